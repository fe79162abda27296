package store

import (
	"fmt"
	"os"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/item"
)

// mk's items are dated relative to this instant.
var retentionNow = time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)

func TestPruneKeepDaysNeverStarred(t *testing.T) {
	s := open(t)
	res, err := s.Upsert(ctx, []item.Item{
		mk("f1", "new", "Lynas output rises", 24, "Lynas Rare Earths"),    // 1 day old
		mk("f1", "old", "Gallium curbs tighten", 24*40),                   // 40 days
		mk("f1", "oldstar", "Starred cobalt note", 24*60, "MP Materials"), // 60 days, starred
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetStarred(ctx, res.NewIDs[2], true); err != nil {
		t.Fatal(err)
	}
	n, err := s.Prune(ctx, Retention{KeepDays: 30}, retentionNow)
	if err != nil || n != 1 {
		t.Fatalf("prune removed %d (%v), want the one unstarred item older than 30 days", n, err)
	}
	titles := map[string]bool{}
	rows, _ := s.Items(ctx, Query{}, 0)
	for _, it := range rows {
		titles[it.Title] = true
	}
	if !titles["Lynas output rises"] || !titles["Starred cobalt note"] || titles["Gallium curbs tighten"] {
		t.Fatalf("after prune the cache holds %v", titles)
	}
	// Its text left the search index and its company rows the counts.
	if ids, _ := s.IDs(ctx, Query{Search: "gallium curbs"}); len(ids) != 0 {
		t.Fatalf("search still finds the pruned item: %v", ids)
	}
	if err := s.Check(ctx); err != nil {
		t.Fatal(err)
	}
	// A refresh that still lists the pruned item does not bring it back.
	again, err := s.Upsert(ctx, []item.Item{mk("f1", "old", "Gallium curbs tighten", 24*40)})
	if err != nil || again.New != 0 || again.Pruned != 1 {
		t.Fatalf("re-listed pruned item: %+v %v", again, err)
	}
	// The same GUID in another feed is another item.
	other, err := s.Upsert(ctx, []item.Item{mk("f2", "old", "Gallium curbs tighten", 24*40)})
	if err != nil || other.New != 1 {
		t.Fatalf("same guid, other feed: %+v %v", other, err)
	}
}

func TestPruneMaxPerFeedKeepsNewestAndStarred(t *testing.T) {
	s := open(t)
	var items []item.Item
	for i := range 10 {
		items = append(items, mk("f1", fmt.Sprint("a", i), fmt.Sprint("Feed one item ", i), i))
	}
	for i := range 3 {
		items = append(items, mk("f2", fmt.Sprint("b", i), fmt.Sprint("Feed two item ", i), i))
	}
	res, err := s.Upsert(ctx, items)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SetStarred(ctx, res.NewIDs[9], true); err != nil { // f1's oldest
		t.Fatal(err)
	}
	n, err := s.Prune(ctx, Retention{MaxPerFeed: 4}, retentionNow)
	if err != nil {
		t.Fatal(err)
	}
	if n != 5 { // f1: 10 items, keep newest 4 and the starred one; f2 under the limit
		t.Fatalf("pruned %d, want 5", n)
	}
	rows, _ := s.Items(ctx, Query{}, 0)
	kept := map[string]bool{}
	for _, it := range rows {
		kept[it.Title] = true
	}
	for _, want := range []string{"Feed one item 0", "Feed one item 3", "Feed one item 9", "Feed two item 2"} {
		if !kept[want] {
			t.Errorf("%q was pruned; kept %v", want, kept)
		}
	}
	if kept["Feed one item 4"] {
		t.Errorf("item beyond the limit kept")
	}
	c, _ := s.Counts(ctx, Query{})
	if c.Items != 8 {
		t.Fatalf("counts after prune: %+v", c)
	}
}

func TestPruneOffAndVacuumShrinks(t *testing.T) {
	s := open(t)
	if n, err := s.Prune(ctx, Retention{}, retentionNow); err != nil || n != 0 {
		t.Fatalf("retention off removed %d (%v)", n, err)
	}
	var items []item.Item
	for i := range 2000 {
		it := mk("f1", fmt.Sprint("g", i), fmt.Sprint("Long briefing ", i), 24*100+i)
		it.Sections.Body = fmt.Sprintf("%d %0500d", i, i)
		items = append(items, it)
	}
	if _, err := s.Upsert(ctx, items); err != nil {
		t.Fatal(err)
	}
	if n, err := s.Prune(ctx, Retention{KeepDays: 30}, retentionNow); err != nil || n != 2000 {
		t.Fatalf("prune: %d %v", n, err)
	}
	before, after, err := s.Vacuum(ctx)
	if err != nil {
		t.Fatal(err)
	}
	fi, err := os.Stat(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	if after >= before || fi.Size() > before/2 {
		t.Fatalf("vacuum: %d -> %d bytes (file %d), want the space back", before, after, fi.Size())
	}
}
