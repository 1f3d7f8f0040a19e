// Go twin of testsuite/defer.run/go-issue8047b.c: Go's
// test/fixedbugs/issue8047b.go with the C translation's prints.

package main

import "fmt"

func main() {
	defer func() {
		// This recover recovers the panic caused by the nil defer func
		// g(). The original panic(1) was already aborted/replaced by this
		// new panic, so when this recover is done, the program completes
		// normally.
		v := recover()
		fmt.Printf("recovered a nil func panic: %v\n", v != nil && v != 1)
	}()
	f()
}

func f() {
	var g func()
	defer g()
	panic(1)
}
