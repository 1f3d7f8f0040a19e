// Go twin of testsuite/defer.run/go-defer-test-issue43921.c: TestIssue43921 of Go's
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

func TestIssue43921(t *T) {
	defer func() {
		expect(t, 1, recover())
	}()
	func() {
		// Prevent open-coded defers
		for {
			defer func() {}()
			break
		}

		defer func() {
			defer func() {
				expect(t, 4, recover())
			}()
			panic(4)
		}()
		panic(1)

	}()
}

func expect(t *T, n int, err interface{}) {
	fmt.Printf("expect(%d): %v\n", n, err)
	if n != err {
		t.Fatalf("have %v, want %v", err, n)
	}
}

func run(name string, f func(*T)) {
	f(&T{name})
	fmt.Printf("%s passed\n", name)
}

func main() {
	run("TestIssue43921", TestIssue43921)
}
