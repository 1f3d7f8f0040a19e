// Go twin of testsuite/defer.run/go-defer-test-repanics.c:
// TestDeferWithRepeatedRepanics of Go's src/runtime/defer_test.go, as a
// program, with the C translation's prints.

package main

import "fmt"

func TestDeferWithRepeatedRepanics() {
	interpreter(0, 6, 2)
	recurseFnPanicRec(0, 10)
	interpreter(0, 5, 1)
	recurseFnPanicRec(0, 10)
	interpreter(0, 6, 3)
	recurseFnPanicRec(0, 10)
}

func interpreter(level int, maxlevel int, rec int) {
	defer func() {
		e := recover()
		if e == nil {
			fmt.Printf("interpreter(%d): nothing to recover\n", level)
			return
		}
		if level != e.(int) {
			fmt.Printf("interpreter(%d): re-panicking %d\n", level, e)
			panic(e)
		}
		fmt.Printf("interpreter(%d): recovered\n", level)
	}()
	if level+1 < maxlevel {
		interpreter(level+1, maxlevel, rec)
	} else {
		fmt.Printf("interpreter(%d): panic(%d)\n", level, rec)
		panic(rec)
	}
}

func recurseFnPanicRec(level int, maxlevel int) {
	defer func() {
		fmt.Printf("recurseFnPanicRec: %v\n", recover())
	}()
	recurseFn(level, maxlevel)
}

var saveInt uint32

func recurseFn(level int, maxlevel int) {
	a := [40]uint32{0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff}
	if level+1 < maxlevel {
		// Make sure a array is referenced, so it is not optimized away
		saveInt = a[4]
		recurseFn(level+1, maxlevel)
	} else {
		panic("recurseFn panic")
	}
}

func main() {
	TestDeferWithRepeatedRepanics()
	fmt.Println("TestDeferWithRepeatedRepanics passed")
}
