// Go twin of testsuite/defer.run/go-recover3.c: Go's test/recover3.go
// (the divide, bounds and slice checks) with the C translation's prints.

package main

import (
	"fmt"
	"runtime"
	"strings"
)

var didbug bool

func bug() {
	if didbug {
		return
	}
	println("BUG")
	didbug = true
}

func check(name string, f func(), err string) {
	defer func() {
		v := recover()
		if v == nil {
			bug()
			println(name, "did not panic")
			return
		}
		runt, ok := v.(runtime.Error)
		if !ok {
			bug()
			println(name, "panicked but not with runtime.Error")
			return
		}
		s := runt.Error()
		fmt.Printf("%s: %s\n", name, s)
		if strings.Index(s, err) < 0 {
			bug()
			println(name, "panicked with", s, "not", err)
			return
		}
	}()

	f()
}

var x int
var x64 int64
var i int
var sl []int
var p1 = new([10]int)

func main() {
	check("int-div-zero", func() { println(1 / x) }, "integer divide by zero")
	check("int64-div-zero", func() { println(1 / x64) }, "integer divide by zero")

	i = 99999
	check("array-bounds", func() { println(p1[i]) }, "index out of range")
	check("slice-bounds", func() { println(sl[i]) }, "index out of range")

	if didbug {
		panic("recover3")
	}
	fmt.Println("done")
}
