// Go twin of testsuite/defer.run/go-issue48898.c: Go's
// test/fixedbugs/issue48898.go with the C translation's prints.

package main

import "fmt"

func main() {
	defer func() {
		fmt.Println(recover().(int))
	}()
	func() {
		func() (_ [2]int) { type _ int; return }()
		func() {
			defer func() {
				defer func() {
					fmt.Printf("closure 1.1: %v\n", recover())
				}()
				defer panic(3)
				panic(2)
			}()
			defer func() {
				fmt.Printf("closure 1.2: %v\n", recover())
			}()
			panic(1)
		}()
		defer func() {}()
	}()

	var x = 123
	func() {
		// in the original issue, this defer was not executed (which is incorrect)
		defer fmt.Print(x)
		func() {
			defer func() {}()
			panic(4)
		}()
	}()
}
