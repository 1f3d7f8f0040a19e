// Go twin of testsuite/defer.run/go-defernil.c: Go's test/defernil.go
// with the C translation's prints.

package main

import "fmt"

var x = 0

func main() {
	defer func() {
		err := recover()
		if err == nil {
			panic("did not panic")
		}
		fmt.Printf("recovered, x = %d\n", x)
		if x != 1 {
			panic("FAIL")
		}
	}()
	f()
}

func f() {
	var nilf func()
	defer nilf()
	x = 1
	fmt.Println("f: deferred nilf, x = 1")
}
