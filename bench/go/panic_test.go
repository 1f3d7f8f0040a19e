// Go's twins of bench/panic.c: panic + recover with the recovering
// deferred function in the panicking frame, and 5 frames below it.
// Run by bench/table.sh (go test -bench, and -compiler gccgo).
package deferbench

import "testing"

//go:noinline
func rec() {
	if recover() != nil {
		sink++
	}
}

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

func BenchmarkPanic1(b *testing.B) {
	for i := 0; i < b.N; i++ {
		panic1()
	}
}

func BenchmarkPanic5(b *testing.B) {
	for i := 0; i < b.N; i++ {
		panic5()
	}
}
