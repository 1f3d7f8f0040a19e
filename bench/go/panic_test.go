// Go's twins of bench/panic.c: panic + recover with the recovering
// deferred function in the panicking frame, and 5 frames below it.
// Run by bench/go-panic.sh: go test -bench . -benchtime 200000x
package panicbench

import "testing"

var sink int

//go:noinline
func rec() {
	if recover() != nil {
		sink++
	}
}

//go:noinline
func plain() { rec() }

//go:noinline
func panic1() {
	defer rec()
	panic("boom")
}

//go:noinline
func down(n int) {
	if n == 1 {
		panic("boom")
	}
	down(n - 1)
	sink++
}

//go:noinline
func panic5() {
	defer rec()
	down(5)
}

func BenchmarkPlainCall(b *testing.B) {
	for i := 0; i < b.N; i++ {
		plain()
	}
}

func BenchmarkPanicRecover1Frame(b *testing.B) {
	for i := 0; i < b.N; i++ {
		panic1()
	}
}

func BenchmarkPanicRecover5Frames(b *testing.B) {
	for i := 0; i < b.N; i++ {
		panic5()
	}
}
