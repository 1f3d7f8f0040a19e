// Go twin of testsuite/defer.run/go-issue43835.c: Go's
// test/fixedbugs/issue43835.go with the C translation's prints.

package main

import "fmt"

func main() {
	if f() {
		panic("FAIL")
	}
	if bad, _ := g(); bad {
		panic("FAIL")
	}
	if bad, _ := h(); bad {
		panic("FAIL")
	}
	fmt.Println("f, g, h returned false")
}

func f() (bad bool) {
	defer func() {
		recover()
	}()
	var p *int
	bad, _ = true, *p
	return
}

func g() (bool, int) {
	defer func() {
		recover()
	}()
	var p *int
	return true, *p
}

func h() (_ bool, _ int) {
	defer func() {
		recover()
	}()
	var p *int
	return true, *p
}
