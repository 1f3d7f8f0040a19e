// Go twin of testsuite/defer.run/go-recover.c: Go's test/recover.go with
// the C translation's prints; reflect tests left out, as in C.

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

func mustRecoverBody(v1, v2, v3, x interface{}) {
	fmt.Printf("mustRecoverBody(%s): %s %s %s\n", show(x), show(v1), show(v2), show(v3))
	v := v1
	if v != nil {
		println("spurious recover", v)
		die()
	}
	v = v2
	if v == nil {
		println("missing recover", x.(int))
		die() // panic is useless here
	}
	if v != x {
		println("wrong value", v, x)
		die()
	}

	// the value should be gone now regardless
	v = v3
	if v != nil {
		println("recover didn't recover")
		die()
	}
}

func doubleRecover() interface{} {
	return recover()
}

func mustRecover(x interface{}) {
	mustRecoverBody(doubleRecover(), recover(), recover(), x)
}

func mustNotRecover() {
	v := recover()
	fmt.Printf("mustNotRecover: %s\n", show(v))
	if v != nil {
		println("spurious recover", v)
		die()
	}
}

func withoutRecover() {
	fmt.Println("withoutRecover")
	mustNotRecover() // because it's a sub-call
}

func withoutRecoverRecursive(n int) {
	fmt.Printf("withoutRecoverRecursive(%d)\n", n)
	if n == 0 {
		withoutRecoverRecursive(1)
	} else {
		v := recover()
		fmt.Printf("withoutRecoverRecursive: %s\n", show(v))
		if v != nil {
			println("spurious recover (recursive)", v)
			die()
		}
	}
}

func test1() {
	fmt.Println("test1")
	defer mustNotRecover()           // because mustRecover will squelch it
	defer mustRecover(1)             // because of panic below
	defer withoutRecover()           // should be no-op, leaving for mustRecover to find
	defer withoutRecoverRecursive(0) // ditto
	panic(1)
}

func test1WithClosures() {
	fmt.Println("test1WithClosures")
	defer func() {
		v := recover()
		fmt.Printf("closure 1: %s\n", show(v))
		if v != nil {
			println("spurious recover in closure")
			die()
		}
	}()
	defer func(x interface{}) {
		mustNotRecover()
		v := recover()
		fmt.Printf("closure 2(%s): %s\n", show(x), show(v))
		if v == nil {
			println("missing recover", x.(int))
			die()
		}
		if v != x {
			println("wrong value", v, x)
			die()
		}
	}(1)
	defer func() {
		fmt.Println("closure 3")
		mustNotRecover()
	}()
	panic(1)
}

func test2() {
	fmt.Println("test2")
	defer mustRecover(2)
	defer recover() // should be no-op
	panic(2)
}

func test3() {
	fmt.Println("test3")
	defer mustNotRecover()
	defer func() {
		fmt.Printf("test3 closure: %s\n", show(recover())) // should squelch
	}()
	panic(3)
}

func test4() {
	fmt.Println("test4")
	// Equivalent to test3 but using defer to make the call.
	defer mustNotRecover()
	defer func() {
		fmt.Println("test4 closure")
		defer recover() // should squelch
	}()
	panic(4)
}

func try(g func(), deflt interface{}) (x interface{}) {
	defer func() {
		if v := recover(); v != nil {
			x = v
		}
	}()
	defer g()
	return deflt
}

func try1(g func(), deflt interface{}) (x interface{}) {
	defer func() {
		if v := recover(); v != nil {
			x = v
		}
	}()
	defer g()
	x = deflt
	return
}

func test5() {
	fmt.Println("test5")
	v := try(func() { panic(5) }, 55).(int)
	fmt.Printf("try panic: %d\n", v)
	if v != 5 {
		println("wrong value", v, 5)
		die()
	}

	s := try(func() {}, "hi").(string)
	fmt.Printf("try no panic: %q\n", s)
	if s != "hi" {
		println("wrong value", s, "hi")
		die()
	}

	v = try1(func() { panic(5) }, 55).(int)
	fmt.Printf("try1 panic: %d\n", v)
	if v != 5 {
		println("try1 wrong value", v, 5)
		die()
	}

	s = try1(func() {}, "hi").(string)
	fmt.Printf("try1 no panic: %q\n", s)
	if s != "hi" {
		println("try1 wrong value", s, "hi")
		die()
	}
}

func big(mustRecover bool) {
	var x [100000]int
	x[0] = 1
	x[99999] = 1
	_ = x

	v := recover()
	fmt.Printf("big(%v): %s\n", mustRecover, show(v))
	if mustRecover {
		if v == nil {
			println("missing big recover")
			die()
		}
	} else {
		if v != nil {
			println("spurious big recover")
			die()
		}
	}
}

func test6() {
	fmt.Println("test6")
	defer big(false)
	defer big(true)
	panic(6)
}

func test6WithClosures() {
	fmt.Println("test6WithClosures")
	defer func() {
		var x [100000]int
		x[0] = 1
		x[99999] = 1
		_ = x
		v := recover()
		fmt.Printf("big closure 1: %s\n", show(v))
		if v != nil {
			println("spurious big closure recover")
			die()
		}
	}()
	defer func() {
		var x [100000]int
		x[0] = 1
		x[99999] = 1
		_ = x
		v := recover()
		fmt.Printf("big closure 2: %s\n", show(v))
		if v == nil {
			println("missing big closure recover")
			die()
		}
	}()
	panic("6WithClosures")
}

func test7() {
	fmt.Println("test7")
	ok := false
	func() {
		defer func() { ok = true }()
		defer mustRecover(7)
		panic(7)
	}()
	fmt.Printf("test7 ok: %v\n", ok)
	if !ok {
		println("did not run ok func")
		die()
	}
}

func varargs(s *int, a ...int) {
	*s = 0
	for _, v := range a {
		*s += v
	}
	if recover() != nil {
		*s += 100
	}
}

func test8a() (r int) {
	defer varargs(&r, 1, 2, 3)
	panic(0)
}

func test8b() (r int) {
	defer varargs(&r, 4, 5, 6)
	return
}

func test8() {
	fmt.Println("test8")
	a, b := test8a(), test8b()
	fmt.Printf("test8a %d test8b %d\n", a, b)
	if a != 106 || b != 15 {
		println("wrong value")
		die()
	}
}

type I interface {
	M()
}

type T1 struct{}

func (*T1) M() {
	mustRecoverBody(doubleRecover(), recover(), recover(), 9)
}

func test9() {
	fmt.Println("test9")
	var i I = &T1{}
	defer i.M()
	panic(9)
}

type T2 uintptr

func (T2) M() {
	mustRecoverBody(doubleRecover(), recover(), recover(), 10)
}

func test10() {
	fmt.Println("test10")
	var i I = T2(0)
	defer i.M()
	panic(10)
}

type T3 struct{}

func (T3) M() {
	mustRecoverBody(doubleRecover(), recover(), recover(), 11)
}

func test11() {
	fmt.Println("test11")
	var i I = T3{}
	defer i.M()
	panic(11)
}

type T3deeper struct{}

func (T3deeper) M() {
	badstate() // difference from T3
	mustRecoverBody(doubleRecover(), recover(), recover(), 111)
}

func test111() {
	fmt.Println("test111")
	var i I = T3deeper{}
	defer i.M()
	panic(111)
}

type Tiny struct{}

func (Tiny) M() {
	panic(112)
}

func badstate() {
	defer func() {
		fmt.Printf("badstate: %s\n", show(recover()))
	}()
	var i I = Tiny{}
	i.M()
}

type T4 [2]string

func (T4) M() {
	mustRecoverBody(doubleRecover(), recover(), recover(), 12)
}

func test12() {
	fmt.Println("test12")
	var i I = T4{}
	defer i.M()
	panic(12)
}

type T5 [8192]byte

func (T5) M() {
	mustRecoverBody(doubleRecover(), recover(), recover(), 13)
}

func test13() {
	fmt.Println("test13")
	var i I = T5{}
	defer i.M()
	panic(13)
}

type T6 [8192]byte

var global byte

func (T6) M() {
	var x [8192]byte
	x[0] = 1
	x[1] = 2
	for i := range x {
		global += x[i]
	}
	mustRecoverBody(doubleRecover(), recover(), recover(), 14)
}

func test14() {
	fmt.Println("test14")
	var i I = T6{}
	defer i.M()
	panic(14)
}

func main() {
	test1()
	test1WithClosures()
	test2()
	test3()
	test4()
	test5()
	test6()
	test6WithClosures()
	test7()
	test8()
	test9()
	test10()
	test11()
	test111()
	test12()
	test13()
	test14()
	fmt.Printf("global %d\n", global)
}
