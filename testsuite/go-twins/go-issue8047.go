// Go twin of testsuite/defer.run/go-issue8047.c: Go's
// test/fixedbugs/issue8047.go with the C translation's prints.

package main

import "fmt"

func stackit(n int) {
	if n == 0 {
		return
	}
	stackit(n - 1)
}

func main() {
	defer func() {
		// catch & ignore panic from nil defer below
		err := recover()
		if err == nil {
			panic("defer of nil func didn't panic")
		}
		fmt.Println("recovered the nil func's panic")
	}()
	defer ((func())(nil))()
	stackit(1000)
	fmt.Println("stackit(1000) returned")
}
