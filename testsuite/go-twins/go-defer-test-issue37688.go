// Go twin of testsuite/defer.run/go-defer-test-issue37688.c: TestIssue37688 of Go's
// src/runtime/defer_test.go, as a program, with the C translation's
// prints.

package main

import (
	"fmt"
)

type T struct{ name string }

func TestIssue37688(t *T) {
	for j := 0; j < 10; j++ {
		g2()
		g3()
	}
	fmt.Printf("method1 %d method2 %d ff1 closure %d, globstruct.h %d\n", nmethod1, nmethod2, nff1, globstruct.h)
}

type foo struct {
}

var nmethod1, nmethod2, nff1 int

func (f *foo) method1() {
	nmethod1++
}

func (f *foo) method2() {
	nmethod2++
}

func g2() {
	var a foo
	ap := &a
	// The loop forces this defer to be heap-allocated and the remaining two
	// to be stack-allocated.
	for i := 0; i < 1; i++ {
		defer ap.method1()
	}
	defer ap.method2()
	defer ap.method1()
	ff1(ap, 1, 2, 3, 4, 5, 6, 7, 8, 9)
	// Try to get the stack to be moved by growing it too large, so
	// existing stack-allocated defer becomes invalid.
	rec1(2000)
}

func g3() {
	// Mix up the stack layout by adding in an extra function frame
	g2()
}

var globstruct struct {
	a, b, c, d, e, f, g, h, i int
}

func ff1(ap *foo, a, b, c, d, e, f, g, h, i int) {
	defer ap.method1()

	// Make a defer that has a very large set of args, hence big size for the
	// defer record for the open-coded frame (which means it won't use the
	// defer pool)
	defer func(ap *foo, a, b, c, d, e, f, g, h, i int) {
		if v := recover(); v != nil {
			nff1++
		}
		globstruct.a = a
		globstruct.b = b
		globstruct.c = c
		globstruct.d = d
		globstruct.e = e
		globstruct.f = f
		globstruct.g = g
		globstruct.h = h
	}(ap, a, b, c, d, e, f, g, h, i)
	panic("ff1 panic")
}

func rec1(max int) {
	if max > 0 {
		rec1(max - 1)
	}
}

func run(name string, f func(*T)) {
	f(&T{name})
	fmt.Printf("%s passed\n", name)
}

func main() {
	run("TestIssue37688", TestIssue37688)
}
