// Go twin of testsuite/defer.run/go-recover-before-panic-after-goexit.c: testprog's RecoverBeforePanicAfterGoexit and RecoverBeforePanicAfterGoexit2,
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

func RecoverBeforePanicAfterGoexit() {
	// 1. defer a function that recovers
	// 2. defer a function that panics
	// 3. call goexit
	// Goexit runs the #2 defer. Its panic
	// is caught by the #1 defer.  For Goexit, we explicitly
	// resume execution in the Goexit loop, instead of resuming
	// execution in the caller (which would make the Goexit disappear!)
	defer func() {
		r := recover()
		fmt.Printf("RecoverBeforePanicAfterGoexit closure 1: %s\n", show(r))
		if r == nil {
			panic("bad recover")
		}
	}()
	defer func() {
		fmt.Println("RecoverBeforePanicAfterGoexit closure 2")
		panic("hello")
	}()
	runtime.Goexit()
}

func RecoverBeforePanicAfterGoexit2() {
	for i := 0; i < 2; i++ {
		defer func() {
			fmt.Println("RecoverBeforePanicAfterGoexit2 loop closure")
		}()
	}
	defer func() {
		r := recover()
		fmt.Printf("RecoverBeforePanicAfterGoexit2 closure 1: %s\n", show(r))
		if r == nil {
			panic("bad recover")
		}
	}()
	defer func() {
		fmt.Println("RecoverBeforePanicAfterGoexit2 closure 2")
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
	run("RecoverBeforePanicAfterGoexit", RecoverBeforePanicAfterGoexit)
	run("RecoverBeforePanicAfterGoexit2", RecoverBeforePanicAfterGoexit2)
}
