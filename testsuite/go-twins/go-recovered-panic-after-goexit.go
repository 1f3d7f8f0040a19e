// Go twin of testsuite/defer.run/go-recovered-panic-after-goexit.c: testprog's RecoveredPanicAfterGoexit (TestRecoveredPanicAfterGoexit),
// in a goroutine, with the C translation's prints.

package main

import (
	"fmt"
	"os"
	"runtime"
	"sync"
)

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

func die(s string) {
	fmt.Println("FAIL:", s)
	os.Exit(1)
}

func RecoveredPanicAfterGoexit() {
	defer func() {
		defer func() {
			r := recover()
			fmt.Printf("RecoveredPanicAfterGoexit closure 1.1: %s\n", show(r))
			if r == nil {
				panic("bad recover")
			}
		}()
		panic("hello")
	}()
	runtime.Goexit()
}

func run(name string, f func()) {
	var wg sync.WaitGroup
	returned := false
	wg.Add(1)
	go func() {
		defer wg.Done()
		f()
		returned = true
	}()
	wg.Wait()
	fmt.Printf("%s: the goroutine exited, f returned: %v\n", name, returned)
}

func main() {
	run("RecoveredPanicAfterGoexit", RecoveredPanicAfterGoexit)
}
