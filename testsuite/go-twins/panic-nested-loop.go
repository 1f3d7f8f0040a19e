// The Go twin of testsuite/defer.run/panic-nested-loop.c: the same
// functions, defers, recovers and prints (go run panic-nested-loop.go).
package main

import "fmt"

var p1, p2 = new(int), new(int)
var trace []byte
var cur struct{ d1, d2, kind, h int }

func note(c byte) { trace = append(trace, c) }

//go:noinline
func recoverVia(h int) interface{} {
	if h > 1 {
		return recoverVia(h - 1)
	}
	v := recover()
	if v == nil {
		note('h')
	} else {
		note('H')
	}
	return v
}

func dive2(n int) int {
	defer note(byte('a' + n))
	if n == 0 {
		panic(p2)
	}
	return dive2(n-1) + 1
}

func rescue2() {
	v := recover()
	if v == p2 {
		note('r')
	} else {
		note('?')
	}
}

func guard2(d2 int) {
	defer rescue2()
	dive2(d2)
}

func trouble() {
	note('T')
	switch cur.kind {
	case 0:
		guard2(cur.d2)
	case 1:
		dive2(cur.d2)
	default:
		recoverVia(cur.h)
	}
}

func dive(n, mid int) int {
	defer note(byte('0' + n))
	if n == mid {
		defer trouble()
	}
	if n == 0 {
		panic(p1)
	}
	return dive(n-1, mid) + 1
}

func rescue(res *int) {
	recoverVia(1)
	v := recover()
	note('R')
	switch v {
	case p1:
		*res = 1
	case p2:
		*res = 2
	default:
		*res = -1
	}
	if recover() != nil {
		*res = -3
	}
}

func top(d1 int) (res int) {
	defer rescue(&res)
	dive(d1, d1/2)
	return 0
}

func main() {
	var perKind [3]int
	wrong := 0
	for r := 0; r < 600; r++ {
		cur.d1 = r % 5
		cur.d2 = (r / 5) % 4
		cur.kind = (r / 20) % 3
		cur.h = 1 + r%3
		trace = trace[:0]
		res := top(cur.d1)
		if r == 0 || r == 7 || r == 33 || r == 44 {
			fmt.Printf("round %d: %s %d\n", r, trace, res)
		}
		want := 1
		if cur.kind == 1 {
			want = 2
		}
		if string(trace) != wantTrace() || res != want {
			wrong++
		} else {
			perKind[cur.kind]++
		}
	}
	fmt.Printf("%d %d %d right, %d wrong\n", perKind[0], perKind[1], perKind[2], wrong)
	if recover() == nil {
		fmt.Println("recover after: NULL")
	} else {
		fmt.Println("recover after: a value")
	}
}

// wantTrace is the trace the round cur must leave.
func wantTrace() string {
	var w []byte
	for k := 0; k <= cur.d1; k++ {
		if k == cur.d1/2 {
			w = append(w, 'T')
			if cur.kind == 2 {
				w = append(w, 'h')
			} else {
				for i := 0; i <= cur.d2; i++ {
					w = append(w, byte('a'+i))
				}
			}
			if cur.kind == 0 {
				w = append(w, 'r')
			}
		}
		w = append(w, byte('0'+k))
	}
	return string(append(w, 'h', 'R'))
}
