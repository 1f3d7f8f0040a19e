// Go twin of testsuite/defer.run/go-issue4066.c: Go's
// test/fixedbugs/issue4066.go with the C translation's prints.

package main

import "fmt"

func main() {
	n := foo()
	fmt.Printf("foo() = %d\n", n)
	if n != 2 {
		println(n)
		panic("wrong return value")
	}
}

type terr struct{}

func foo() (val int) {
	val = 0
	defer func() {
		if x := recover(); x != nil {
			_ = x.(terr)
		}
	}()
	for {
		val = 2
		foo1()
	}
	panic("unreachable")
}

func foo1() {
	panic(terr{})
}
