// Go twin of the unrecovered-panic tests testsuite/defer.run/
// go-recursive-panic.c, go-recursive-panic2.c, go-recursive-panic5.c,
// go-panic-traceback.c, go-double-panic.c and go-panic-after-goexit.c:
// the functions of Go's src/runtime/testdata/testprog that
// src/runtime/crash_test.go runs (TestRecursivePanic ...), as they are
// there (plus RecursivePanic3 and RecursivePanic4).  Run one with
//
//	go run go-crash-tests.go RecursivePanic 2>&1
//
// and compare the lines before "goroutine 1 [running]:" with the test's
// dg-output; the C runtime prints "thread N [running]:" there.

package main

import (
	"fmt"
	"os"
	"runtime"
)

func RecursivePanic() {
	func() {
		defer func() {
			fmt.Println(recover())
		}()
		var x [8192]byte
		func(x [8192]byte) {
			defer func() {
				if err := recover(); err != nil {
					panic("wrap: " + err.(string))
				}
			}()
			panic("bad")
		}(x)
	}()
	panic("again")
}

func RecursivePanic2() {
	func() {
		defer func() {
			fmt.Println(recover())
		}()
		var x [8192]byte
		func(x [8192]byte) {
			defer func() {
				panic("second panic")
			}()
			defer func() {
				fmt.Println(recover())
			}()
			panic("first panic")
		}(x)
	}()
	panic("third panic")
}

func RecursivePanic3() {
	defer func() {
		defer func() {
			recover()
		}()
		panic("second panic")
	}()
	panic("first panic")
}

func RecursivePanic4() {
	defer func() {
		recover()
		panic("second panic")
	}()
	panic("first panic")
}

func RecursivePanic5() {
	one()
	panic("third panic")
}

//go:noinline
func one() {
	two()
}

//go:noinline
func two() {
	defer func() {
	}()

	three()
}

//go:noinline
func three() {
	defer func() {
	}()

	defer func() {
		fmt.Println(recover())
	}()

	defer func() {
		fmt.Println(recover())
		panic("second panic")
	}()

	panic("first panic")
}

func PanicTraceback() {
	pt1()
}

func pt1() {
	defer func() {
		panic("panic pt1")
	}()
	pt2()
}

func pt2() {
	defer func() {
		panic("panic pt2")
	}()
	panic("hello")
}

type P string

func DoublePanic() {
	defer func() {
		panic(P("YYY"))
	}()
	panic(P("XXX"))
}

func PanicAfterGoexit() {
	defer func() {
		panic("hello")
	}()
	runtime.Goexit()
}

func main() {
	switch os.Args[1] {
	case "RecursivePanic":
		RecursivePanic()
	case "RecursivePanic2":
		RecursivePanic2()
	case "RecursivePanic3":
		RecursivePanic3()
	case "RecursivePanic4":
		RecursivePanic4()
	case "RecursivePanic5":
		RecursivePanic5()
	case "PanicTraceback":
		PanicTraceback()
	case "DoublePanic":
		DoublePanic()
	case "PanicAfterGoexit":
		PanicAfterGoexit()
	}
}
