// Go twin of testsuite/defer.run/go-recover1.c: Go's test/recover1.go
// with the C translation's prints.

package main

import (
	"fmt"
	"os"
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

func die() {
	fmt.Println("die")
	os.Exit(1)
}

func main() {
	test1()
	test2()
	test3()
	test4()
	test5()
	test6()
	test7()
}

func mustRecover(x interface{}) {
	mustNotRecover() // because it's not a defer call
	v := recover()
	fmt.Printf("mustRecover(%s): %s\n", show(x), show(v))
	if v == nil {
		println("missing recover")
		die() // panic is useless here
	}
	if v != x {
		println("wrong value", v, x)
		die()
	}

	// the value should be gone now regardless
	v = recover()
	fmt.Printf("mustRecover(%s) again: %s\n", show(x), show(v))
	if v != nil {
		println("recover didn't recover")
		die()
	}
}

func mustNotRecover() {
	v := recover()
	fmt.Printf("mustNotRecover: %s\n", show(v))
	if v != nil {
		println("spurious recover")
		die()
	}
}

func withoutRecover() {
	mustNotRecover() // because it's a sub-call
}

func test1() {
	fmt.Println("test1")
	// Easy nested recursive panic.
	defer mustRecover(1)
	defer func() {
		fmt.Println("test1 closure")
		defer mustRecover(2)
		panic(2)
	}()
	panic(1)
}

func test2() {
	fmt.Println("test2")
	// Sequential panic.
	defer mustNotRecover()
	defer func() {
		v := recover()
		fmt.Printf("test2 closure: %s\n", show(v))
		if v == nil || v.(int) != 2 {
			println("wrong value", v, 2)
			die()
		}
		defer mustRecover(3)
		panic(3)
	}()
	panic(2)
}

func test3() {
	fmt.Println("test3")
	// Sequential panic - like test2 but less picky.
	defer mustNotRecover()
	defer func() {
		fmt.Printf("test3 closure: %s\n", show(recover()))
		defer mustRecover(3)
		panic(3)
	}()
	panic(2)
}

func test4() {
	fmt.Println("test4")
	// Single panic.
	defer mustNotRecover()
	defer func() {
		fmt.Printf("test4 closure: %s\n", show(recover()))
	}()
	panic(4)
}

func test5() {
	fmt.Println("test5")
	// Single panic but recover called via defer
	defer mustNotRecover()
	defer func() {
		fmt.Println("test5 closure")
		defer recover()
	}()
	panic(5)
}

func test6() {
	fmt.Println("test6")
	// Sequential panic.
	// Like test3, but changed recover to defer (same change as test4 → test5).
	defer mustNotRecover()
	defer func() {
		fmt.Println("test6 closure")
		defer recover() // like a normal call from this func; runs because mustRecover stops the panic
		defer mustRecover(3)
		panic(3)
	}()
	panic(2)
}

func test7() {
	fmt.Println("test7")
	// Like test6, but swapped defer order.
	// The recover in "defer recover()" is now a no-op,
	// because it runs called from panic, not from the func,
	// and therefore cannot see the panic of 2.
	// (Alternately, it cannot see the panic of 2 because
	// there is an active panic of 3.  And it cannot see the
	// panic of 3 because it is at the wrong level (too high on the stack).)
	defer mustRecover(2)
	defer func() {
		fmt.Println("test7 closure")
		defer mustRecover(3)
		defer recover() // now a no-op, unlike in test6.
		panic(3)
	}()
	panic(2)
}
