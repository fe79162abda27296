package classify

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestOrderHitsAsComparison checks orderHits against sorting the hits
// with the comparison it replaced, on random hits laid out as matchField
// records them (field by field, by start within a field): terms repeated
// across fields, every kind, and terms whose hits differ in kind.
func TestOrderHitsAsComparison(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	for round := range 3000 {
		var w scratch
		n := r.IntN(60)
		terms := 1 + r.IntN(12)
		termKind := make([]kind, terms)
		for i := range termKind {
			termKind[i] = kind(r.IntN(int(nKinds)))
		}
		mixed := round%3 == 0
		start := int32(0)
		field := uint8(0)
		for range n {
			if r.IntN(5) == 0 && field < nFields-1 {
				field++
			}
			start += 1 + int32(r.IntN(9))
			term := int32(r.IntN(terms))
			k := termKind[term]
			if mixed && r.IntN(4) == 0 {
				k = kTopic
			}
			w.hits = append(w.hits, hit{term: term, field: field, kind: k, start: start})
		}
		want := make([]int32, len(w.hits))
		for i := range want {
			want[i] = int32(i)
		}
		hits := w.hits
		slices.SortFunc(want, func(a, b int32) int {
			ha, hb := &hits[a], &hits[b]
			if ha.term != hb.term {
				return cmp.Compare(ha.term, hb.term)
			}
			if ha.field != hb.field {
				ma, mb := fieldMult(ha.field, ha.kind), fieldMult(hb.field, hb.kind)
				if ma != mb {
					return cmp.Compare(mb, ma)
				}
				return cmp.Compare(ha.field, hb.field)
			}
			return cmp.Compare(ha.start, hb.start)
		})
		orderHits(&w)
		if !slices.Equal(w.order, want) {
			t.Fatalf("round %d: orderHits = %v, want %v (hits %+v)", round, w.order, want, hits)
		}
	}
}
