// Go twin of testsuite/defer.run/go-bug266.c: Go's
// test/fixedbugs/bug266.go with the C translation's prints.

package main

import "fmt"

func f() int {
	defer func() {
		recover()
	}()
	panic("oops")
}

func g() int {
	return 12345
}

func main() {
	g() // leave 12345 on stack
	x := f()
	fmt.Printf("f() = %d\n", x)
	if x != 0 {
		panic(x)
	}
}
