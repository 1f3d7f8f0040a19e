// Go twin of testsuite/defer.run/go-issue8158.c: Go's
// test/fixedbugs/issue8158.go with the C translation's prints, f1 and f2
// each in a goroutine waited for.

package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func show(v interface{}) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case string:
		return fmt.Sprintf("%q", x)
	}
	return fmt.Sprintf("%v", v)
}

func f1() {
	defer func() {
		fmt.Printf("f1 closure: %s\n", show(recover()))
		runtime.Goexit() // left stack-allocated Panic struct on gp->panic stack
	}()
	panic("p")
}

func f2() {
	defer func() {
		fmt.Printf("f2 closure: %s\n", show(recover()))
		runtime.Goexit()
	}()
	time.Sleep(10 * time.Millisecond) // overwrote Panic struct with Timer struct
	runtime.GC()                      // walked gp->panic list, found mangled Panic struct, crashed
	panic("p")
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
	run("f1", f1)
	run("f2", f2)
}
