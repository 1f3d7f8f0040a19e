// Go twin of testsuite/defer.run/go-issue8132.c: Go's
// test/fixedbugs/issue8132.go with the C translation's prints.

package main

import "fmt"

var p *int

func main() {
	func() {
		defer func() {
			fmt.Printf("outer closure: %v\n", recover())
		}()
		var x [8192]byte
		func(x [8192]byte) {
			defer func() {
				if err := recover(); err != nil {
					fmt.Printf("inner closure: %v\n", err)
					println(*p)
				}
			}()
			println(*p)
		}(x)
	}()
	fmt.Println("main returns")
}
