// Go twin of testsuite/defer.run/go-issue16095.c: Go's
// test/fixedbugs/issue16095.go with the C translation's prints.

package main

import (
	"fmt"
	"runtime"
)

var sink *[20]byte

func f() (x [20]byte) {
	// Initialize x.
	for i := range x {
		x[i] = byte(i)
	}

	// Force x to be allocated on the heap.
	sink = &x
	sink = nil

	// Go to deferreturn after the panic below.
	defer func() {
		recover()
	}()

	// This call collects the heap-allocated version of x (oops!)
	runtime.GC()

	// Allocate that same object again and clobber it.
	y := new([20]byte)
	for i := 0; i < 20; i++ {
		y[i] = 99
	}
	// Make sure y is heap allocated.
	sink = y

	panic(nil)
}

var sinkint int

func g(p *int) (x [20]byte) {
	// Initialize x.
	for i := range x {
		x[i] = byte(i)
	}

	// Force x to be allocated on the heap.
	sink = &x
	sink = nil

	// Go to deferreturn after the panic below.
	defer func() {
		recover()
	}()

	// This call collects the heap-allocated version of x (oops!)
	runtime.GC()

	// Allocate that same object again and clobber it.
	y := new([20]byte)
	for i := 0; i < 20; i++ {
		y[i] = 99
	}
	// Make sure y is heap allocated.
	sink = y

	// panic with a non-call (with no fallthrough)
	for {
		sinkint = *p
	}
}

func main() {
	x := f()
	for i, v := range x {
		if v != byte(i) {
			fmt.Printf("%v\n", x)
			panic("bad f")
		}
	}
	fmt.Printf("f() = %v\n", x)
	x = g(nil)
	for i, v := range x {
		if v != byte(i) {
			fmt.Printf("%v\n", x)
			panic("bad g")
		}
	}
	fmt.Printf("g(nil) = %v\n", x)
}
