// Go twin of testsuite/defer.run/go-issue5856.c: Go's
// test/fixedbugs/issue5856.go with the C translation's prints.

package main

import (
	"fmt"
	"os"
)

func main() {
	f()
	panic("deferred function not run")
}

var x = 1

func f() {
	if x == 0 {
		return
	}
	defer g()
	panic("panic")
}

func g() {
	fmt.Println("g: exit(0)")
	os.Exit(0)
}
