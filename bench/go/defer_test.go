// Go's twins of bench/strategies.c and of opencoded.c's deferred
// shapes: a plain call of release, one defer (open-coded), one defer
// under an if (open-coded, a deferBits bit), 8 defers (open-coded), 9
// defers (stack-allocated: more than 8) and a loop of 10 defers
// (heap-allocated).  Run by bench/table.sh; each benchmark's name is
// the key of its C twin.
package deferbench

import "testing"

var sink int

//go:noinline
func release(v int) { sink += v }

//go:noinline
func work(v int) int {
	sink += v
	if v&7 == 0 {
		return 1
	}
	return 0
}

//go:noinline
func deferred(v int) int {
	defer release(v)
	if work(v) != 0 {
		return 1
	}
	return work(v + 1)
}

//go:noinline
func deferredIf(v int) int {
	if v&1 != 0 {
		defer release(v)
	}
	if work(v) != 0 {
		return 1
	}
	return work(v + 1)
}

//go:noinline
func defer8(v int) {
	defer release(v)
	defer release(v)
	defer release(v)
	defer release(v)
	defer release(v)
	defer release(v)
	defer release(v)
	defer release(v)
}

//go:noinline
func defer9(v int) {
	defer release(v)
	defer release(v)
	defer release(v)
	defer release(v)
	defer release(v)
	defer release(v)
	defer release(v)
	defer release(v)
	defer release(v)
}

//go:noinline
func deferLoop10(v int) {
	for k := 0; k < 10; k++ {
		defer release(v + k)
	}
}

func BenchmarkCall(b *testing.B) {
	for i := 0; i < b.N; i++ {
		release(i)
	}
}

func BenchmarkDefer(b *testing.B) {
	for i := 0; i < b.N; i++ {
		deferred(i)
	}
}

func BenchmarkDeferIf(b *testing.B) {
	for i := 0; i < b.N; i++ {
		deferredIf(i)
	}
}

func BenchmarkDefer8(b *testing.B) {
	for i := 0; i < b.N; i++ {
		defer8(i)
	}
}

func BenchmarkDefer9(b *testing.B) {
	for i := 0; i < b.N; i++ {
		defer9(i)
	}
}

func BenchmarkDeferLoop10(b *testing.B) {
	for i := 0; i < b.N; i++ {
		deferLoop10(i)
	}
}
