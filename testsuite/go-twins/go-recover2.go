// Go twin of testsuite/defer.run/go-recover2.c: Go's test/recover2.go
// (tests 1, 2, 3 and 7) with the C translation's prints.

package main

import (
	"fmt"
	"strings"
)

var x = make([]byte, 10)

func main() {
	test1()
	test2()
	test3()
	test7()
	fmt.Println("done")
}

func mustRecover(s string) {
	v := recover()
	if v == nil {
		panic("expected panic")
	}
	e := v.(error).Error()
	fmt.Printf("mustRecover(%q): %s\n", s, e)
	if strings.Index(e, s) < 0 {
		panic("want: " + s + "; have: " + e)
	}
}

func test1() {
	defer mustRecover("index")
	println(x[123])
}

func test2() {
	defer mustRecover("slice")
	println(x[5:15])
}

func test3() {
	defer mustRecover("slice")
	var lo = 11
	var hi = 9
	println(x[lo:hi])
}

func test7() {
	defer mustRecover("divide by zero")
	var x, y int
	println(x / y)
}
