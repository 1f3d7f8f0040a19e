// Go twin of testsuite/defer.run/go-defer-test-aborted.c: TestAbortedPanic,
// TestRecoverMatching of Go's src/runtime/defer_test.go and the panics of
// TestCallersAbortedPanic2 (callers_test.go), as a program, with the C
// translation's prints.

package main

import (
	"fmt"
	"os"
)

type T struct{ name string }

func (t *T) Fatal(args ...interface{}) {
	fmt.Println(append([]interface{}{"FAIL:", t.name}, args...)...)
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

func TestAbortedPanic(t *T) {
	defer func() {
		r := recover()
		fmt.Printf("TestAbortedPanic closure 1: %s\n", show(r))
		if r != nil {
			t.Fatal(fmt.Sprintf("wanted nil recover, got %v", r))
		}
	}()
	defer func() {
		r := recover()
		fmt.Printf("TestAbortedPanic closure 2: %s\n", show(r))
		if r != "panic2" {
			t.Fatal(fmt.Sprintf("wanted %v, got %v", "panic2", r))
		}
	}()
	defer func() {
		fmt.Println("TestAbortedPanic closure 3")
		panic("panic2")
	}()
	panic("panic1")
}

func TestRecoverMatching(t *T) {
	defer func() {
		r := recover()
		fmt.Printf("TestRecoverMatching closure 1: %s\n", show(r))
		if r != "panic1" {
			t.Fatal(fmt.Sprintf("wanted %v, got %v", "panic1", r))
		}
	}()
	defer func() {
		fmt.Println("TestRecoverMatching closure 2")
		defer func() {
			// Shouldn't succeed, even though it is called directly
			// from a defer function, since this defer function was
			// not directly called by the panic.
			r := recover()
			fmt.Printf("TestRecoverMatching closure 2.1: %s\n", show(r))
			if r != nil {
				t.Fatal(fmt.Sprintf("wanted nil recover, got %v", r))
			}
		}()
	}()
	panic("panic1")
}

func TestCallersAbortedPanic2(t *T) {
	defer func() {
		r := recover()
		fmt.Printf("TestCallersAbortedPanic2 closure 1: %s\n", show(r))
		if r != nil {
			t.Fatal("should be no panic remaining to recover")
		}
	}()
	defer func() {
		fmt.Println("TestCallersAbortedPanic2 closure 2")
	}()
	func() {
		defer func() {
			r := recover()
			fmt.Printf("TestCallersAbortedPanic2 closure 3.1: %s\n", show(r))
			if r != "panic2" {
				t.Fatal(fmt.Sprintf("got %v, wanted %v", r, "panic2"))
			}
		}()
		func() {
			defer func() {
				// Again, panic2 aborts/replaces panic1
				fmt.Println("TestCallersAbortedPanic2 closure 3.2.1")
				panic("panic2")
			}()
			panic("panic1")
		}()
	}()
}

func run(name string, f func(*T)) {
	f(&T{name})
	fmt.Printf("%s passed\n", name)
}

func main() {
	run("TestAbortedPanic", TestAbortedPanic)
	run("TestRecoverMatching", TestRecoverMatching)
	run("TestCallersAbortedPanic2", TestCallersAbortedPanic2)
}
