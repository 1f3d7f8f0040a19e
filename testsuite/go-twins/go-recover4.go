// Go twin of testsuite/defer.run/go-recover4.c: Go's test/recover4.go
// with the C translation's prints.

package main

import (
	"fmt"
	"log"
	"runtime/debug"
	"syscall"
)

func memcopy(dst, src []byte) (n int, err error) {
	defer func() {
		if r, ok := recover().(error); ok {
			err = r
		}
	}()

	for i := 0; i < len(dst) && i < len(src); i++ {
		dst[i] = src[i]
		n++
	}
	return
}

func main() {
	debug.SetPanicOnFault(true)

	size := syscall.Getpagesize()

	data, err := syscall.Mmap(-1, 0, 16*size, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_ANON|syscall.MAP_PRIVATE)
	if err != nil {
		log.Fatalf("mmap: %v", err)
	}

	hole := data[len(data)/2 : 3*(len(data)/4)]
	if err := syscall.Mprotect(hole, syscall.PROT_NONE); err != nil {
		log.Fatalf("mprotect: %v", err)
	}

	const offset = 5
	n, err := memcopy(data[offset:], make([]byte, len(data)))
	if err == nil {
		log.Fatal("no error from memcopy across memory hole")
	}
	fmt.Printf("memcopy: %v\n", err)
	if expect := len(data)/2 - offset; n != expect {
		log.Fatalf("memcopy returned %d, want %d", n, expect)
	}
	fmt.Printf("memcopy returned len(data)/2 - offset\n")
}
