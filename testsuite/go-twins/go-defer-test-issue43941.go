// Go twin of testsuite/defer.run/go-defer-test-issue43941.c: TestIssue43941 of Go's
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

func step(t *T, steps *int, want int) {
	*steps++
	fmt.Printf("step %d\n", *steps)
	if *steps != want {
		t.Fatalf("have %v, want %v", *steps, want)
	}
}

func TestIssue43941(t *T) {
	var steps int = 7
	defer func() {
		step(t, &steps, 14)
		expect(t, 4, recover())
	}()
	func() {
		func() {
			defer func() {
				defer func() {
					expect(t, 3, recover())
				}()
				defer panic(3)
				panic(2)
			}()
			defer func() {
				expect(t, 1, recover())
			}()
			defer panic(1)
		}()
		defer func() {}()
		defer func() {}()
		defer step(t, &steps, 10)
		defer step(t, &steps, 9)
		step(t, &steps, 8)
	}()
	func() {
		defer step(t, &steps, 13)
		defer step(t, &steps, 12)
		func() {
			defer step(t, &steps, 11)
			panic(4)
		}()

		// Code below isn't executed,
		// but removing it breaks the test case.
		defer func() {}()
		defer panic(-1)
		defer step(t, &steps, -1)
		defer step(t, &steps, -1)
		defer func() {}()
	}()
}

func run(name string, f func(*T)) {
	f(&T{name})
	fmt.Printf("%s passed\n", name)
}

func main() {
	run("TestIssue43941", TestIssue43941)
}
