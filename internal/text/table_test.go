package text

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// tableKeys are keys of every length from 1 to 40 bytes, words, numbers,
// non-ASCII keys, long keys sharing their first 8 bytes, and near misses
// of each other.
func tableKeys() map[string]int32 {
	m := map[string]int32{}
	r := rand.New(rand.NewPCG(1, 2))
	add := func(k string) {
		if _, ok := m[k]; !ok {
			m[k] = int32(len(m)) - 7
		}
	}
	for n := 1; n <= 40; n++ {
		for range 30 {
			b := make([]byte, n)
			for i := range b {
				b[i] = "abcdefghijklmnopqrstuvwxyz0123456789'"[r.IntN(37)]
			}
			add(string(b))
		}
	}
	for _, w := range strings.Fields("party secretary xi jinping rare earth lithium société générale 稀土 cobalt d'état a b z 0 00 000 production productive productivity producers") {
		add(w)
	}
	add("")
	return m
}

func TestTableAsMap(t *testing.T) {
	for _, m := range []map[string]int32{{}, {"": 3}, {"a": 1}, tableKeys()} {
		tb := NewTable(m)
		if tb.Len() != len(m) {
			t.Errorf("Len = %d, want %d", tb.Len(), len(m))
		}
		probe := func(k string) {
			want, wok := m[k]
			if got, ok := tb.Get(k); got != want || ok != wok {
				t.Fatalf("Get(%q) = %d, %v; want %d, %v", k, got, ok, want, wok)
			}
			if got, ok := tb.GetBytes([]byte(k)); got != want || ok != wok {
				t.Fatalf("GetBytes(%q) = %d, %v; want %d, %v", k, got, ok, want, wok)
			}
		}
		for k := range m {
			probe(k)
			// near misses: one byte changed, cut, lengthened, in upper case
			for i := range len(k) {
				probe(k[:i] + "#" + k[i+1:])
				probe(k[:i])
			}
			probe(k + "s")
			probe(strings.ToUpper(k))
		}
		probe("")
		probe("not a key of any table")
	}
}

func TestTableFull(t *testing.T) {
	// A table is never more than half full, so a miss always ends.
	for n := range 70 {
		m := map[string]int32{}
		for i := range n {
			m[fmt.Sprint("k", i)] = int32(i)
		}
		tb := NewTable(m)
		used := tb.Len()
		if used != n || 2*used > len(tb.slots) {
			t.Fatalf("%d keys: Len %d, %d slots", n, used, len(tb.slots))
		}
		if _, ok := tb.Get("missing"); ok {
			t.Fatal("found a missing key")
		}
	}
}

func BenchmarkTable(b *testing.B) {
	m := tableKeys()
	tb := NewTable(m)
	var probes [][]byte
	for k := range m {
		if len(k) < 12 {
			probes = append(probes, []byte(k), []byte(k+"x"))
		}
	}
	b.Run("map", func(b *testing.B) {
		n := 0
		for i := 0; i < b.N; i++ {
			if _, ok := m[string(probes[i%len(probes)])]; ok {
				n++
			}
		}
	})
	b.Run("table", func(b *testing.B) {
		n := 0
		for i := 0; i < b.N; i++ {
			if _, ok := tb.GetBytes(probes[i%len(probes)]); ok {
				n++
			}
		}
	})
}
