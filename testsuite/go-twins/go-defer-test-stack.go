// Go twin of testsuite/defer.run/go-defer-test-stack.c: TestPanicUseStack,
// TestDeferPtrs, TestDeferPtrsGoexit and TestDeferPtrsPanic of Go's
// src/runtime/stack_test.go, as a program, with the C translation's
// prints.

package main

import (
	"fmt"
	"os"
	"runtime"
)

func fatalf(format string, args ...interface{}) {
	fmt.Printf("FAIL: "+format+"\n", args...)
	os.Exit(1)
}

func show(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return fmt.Sprint(x)
	case string:
		return fmt.Sprintf("%q", x)
	}
	return fmt.Sprintf("%v", v)
}

// use about n KB of stack and call f
func useStackAndCall(n int, f func()) {
	if n == 0 {
		f()
		return
	}
	var b [1024]byte // makes frame about 1KB
	useStackAndCall(n-1+int(b[99]), f)
}

// TestPanicUseStack checks that a chain of Panic structs on the stack are
// updated correctly if the stack grows during the deferred execution that
// happens as a result of the panic.
func TestPanicUseStack() {
	defer func() {
		fmt.Printf("TestPanicUseStack closure 1: %s\n", show(recover()))
		useStackAndCall(100, func() {
			defer func() {
				fmt.Printf("TestPanicUseStack closure 2: %s\n", show(recover()))
				useStackAndCall(200, func() {
					defer func() {
						fmt.Printf("TestPanicUseStack closure 3: %s\n", show(recover()))
					}()
					panic(3)
				})
			}()
			panic(2)
		})
	}()
	panic(1)
}

func set(p *int, x int) {
	*p = x
}

func growStack(n *int) {
	useStackAndCall(1000, func() {})
}

func TestDeferPtrs() {
	var y int

	defer func() {
		fmt.Printf("TestDeferPtrs: y = %d\n", y)
		if y != 42 {
			fatalf("defer's stack references were not adjusted appropriately")
		}
	}()
	defer set(&y, 42)
	growStack(nil)
}

type bigBuf [4 * 1024]byte

func TestDeferPtrsGoexit() {
	for i := 0; i < 100; i++ {
		c := make(chan int, 1)
		go testDeferPtrsGoexit(c, i)
		if n := <-c; n != 42 {
			fatalf("defer's stack references were not adjusted appropriately (i=%d n=%d)", i, n)
		}
	}
	fmt.Println("TestDeferPtrsGoexit: 100 goroutines")
}

func testDeferPtrsGoexit(c chan int, i int) {
	var y int
	defer func() {
		c <- y
	}()
	defer setBig(&y, 42, bigBuf{})
	useStackAndCall(i, runtime.Goexit)
}

func setBig(p *int, x int, b bigBuf) {
	*p = x
}

// TestDeferPtrsPanic is like TestDeferPtrsGoexit, but it's using panic
// instead of Goexit to run the Defers.  (Go's own test starts
// testDeferPtrsGoexit by mistake; here it starts testDeferPtrsPanic.)
func TestDeferPtrsPanic() {
	for i := 0; i < 100; i++ {
		c := make(chan int, 1)
		go testDeferPtrsPanic(c, i)
		if n := <-c; n != 42 {
			fatalf("defer's stack references were not adjusted appropriately (i=%d n=%d)", i, n)
		}
	}
	fmt.Println("TestDeferPtrsPanic: 100 goroutines")
}

func testDeferPtrsPanic(c chan int, i int) {
	var y int
	defer func() {
		if recover() == nil {
			c <- -1
			return
		}
		c <- y
	}()
	defer setBig(&y, 42, bigBuf{})
	useStackAndCall(i, func() { panic(1) })
}

func main() {
	TestPanicUseStack()
	fmt.Println("TestPanicUseStack passed")
	TestDeferPtrs()
	fmt.Println("TestDeferPtrs passed")
	TestDeferPtrsGoexit()
	fmt.Println("TestDeferPtrsGoexit passed")
	TestDeferPtrsPanic()
	fmt.Println("TestDeferPtrsPanic passed")
}
