package ui

import (
	"context"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/store"
)

func BenchmarkProbe(b *testing.B) {
	st := benchStore(b, 100000)
	ctx := context.Background()
	ids, _ := st.IDs(ctx, store.Query{})
	anchor := ids[5]
	for _, q := range []store.Query{{}, {UnreadOnly: true}, {Search: "l"}, {Search: "lithium"}, {Companies: []string{"CNRE"}}} {
		for name, fn := range map[string]func(){
			"counts":   func() { st.Counts(ctx, q) },
			"position": func() { st.Position(ctx, q, anchor) },
			"page0":    func() { st.Page(ctx, q, 0, 200) },
			"page50k":  func() { st.Page(ctx, q, 50000, 200) },
		} {
			t0 := time.Now()
			for range 5 {
				fn()
			}
			b.Logf("%+v %s %v", q, name, time.Since(t0)/5)
		}
	}
}
