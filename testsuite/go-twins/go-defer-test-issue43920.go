// Go twin of testsuite/defer.run/go-defer-test-issue43920.c: TestIssue43920 of Go's
// src/runtime/defer_test.go, as a program, with the C translation's
// prints.

package main

import (
	"fmt"
	"os"
)

type T struct{ name string }

func (t *T) Fatalf(format string, args ...interface{}) {
	fmt.Printf("FAIL: %s: "+format+"\n", append([]interface{}{t.name}, args...)...)
	os.Exit(1)
}

func expect(t *T, n int, err interface{}) {
	fmt.Printf("expect(%d): %v\n", n, err)
	if n != err {
		t.Fatalf("have %v, want %v", err, n)
	}
}

func TestIssue43920(t *T) {
	var steps int

	defer func() {
		expect(t, 1, recover())
	}()
	defer func() {
		defer func() {
			defer func() {
				expect(t, 5, recover())
			}()
			defer panic(5)
			func() {
				panic(4)
			}()
		}()
		defer func() {
			expect(t, 3, recover())
		}()
		defer panic(3)
	}()
	func() {
		defer step(t, &steps, 1)
		panic(1)
	}()
}

func step(t *T, steps *int, want int) {
	*steps++
	fmt.Printf("step %d\n", *steps)
	if *steps != want {
		t.Fatalf("have %v, want %v", *steps, want)
	}
}

func run(name string, f func(*T)) {
	f(&T{name})
	fmt.Printf("%s passed\n", name)
}

func main() {
	run("TestIssue43920", TestIssue43920)
}
