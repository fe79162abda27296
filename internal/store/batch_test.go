package store

import (
	"fmt"
	"testing"

	"github.com/lode-reader/lode/internal/item"
)

// TestUpsertBatches writes the items of three feeds in one call: each feed
// gets its own counts and ids, and every item is searchable, filterable by
// company and mineral, and keeps its read state on a later update.
func TestUpsertBatches(t *testing.T) {
	s := open(t)
	var batches [][]item.Item
	for f := range 3 {
		var b []item.Item
		for i := range f + 2 {
			it := mk(fmt.Sprint("feed", f), fmt.Sprint("g", i), fmt.Sprintf("Feed %d story %d", f, i), i, "Lynas Rare Earths")
			it.Minerals = []string{"NdPr"}
			it.Mentions = []string{"Iluka Resources"}
			b = append(b, it)
		}
		batches = append(batches, b)
	}
	rs, err := s.UpsertBatches(ctx, batches)
	if err != nil {
		t.Fatal(err)
	}
	for f, r := range rs {
		if r.New != f+2 || len(r.NewIDs) != f+2 || len(r.NewGUIDs) != f+2 {
			t.Errorf("feed %d: %+v, want %d new", f, r, f+2)
		}
	}
	for _, q := range []Query{{}, {Search: "story"}, {Companies: []string{"Lynas Rare Earths"}}, {Minerals: []string{"NdPr"}}, {Mentions: []string{"Iluka Resources"}}} {
		if c, err := s.Counts(ctx, q); err != nil || c.Items != 9 {
			t.Errorf("counts %+v: %+v %v, want 9 items", q, c, err)
		}
	}
	if err := s.SetRead(ctx, rs[2].NewIDs[:1], true); err != nil {
		t.Fatal(err)
	}
	edited := batches[2][0]
	edited.Title += " (updated)"
	edited.Hash += "2"
	rs, err = s.UpsertBatches(ctx, [][]item.Item{batches[0], {edited}})
	if err != nil || rs[0].Unchanged != 2 || rs[1].Updated != 1 {
		t.Fatalf("second write: %+v %v", rs, err)
	}
	if c, _ := s.Counts(ctx, Query{Companies: []string{"Lynas Rare Earths"}}); c.Unread != 8 {
		t.Errorf("company counts after an update of a read item: %+v, want 8 unread", c)
	}
	// The per-company and per-mineral rows mirror the read flag: new items'
	// rows unread, the updated read item's rows read.
	for _, table := range []string{"item_companies", "item_minerals"} {
		var rows, read int
		if err := s.DB().QueryRow(`SELECT count(*), coalesce(sum(read), 0) FROM `+table).Scan(&rows, &read); err != nil || rows != 9 || read != 1 {
			t.Errorf("%s: %d rows, %d read (%v), want 9 rows, 1 read", table, rows, read, err)
		}
	}
	if c, _ := s.Counts(ctx, Query{Search: "updated"}); c.Items != 1 {
		t.Errorf("search for the update: %+v", c)
	}
}
