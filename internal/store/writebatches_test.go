package store

import (
	"strings"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/item"
)

// TestWriteBatchesSavesStatesWithItems: a refresh's write stores each feed's
// items and its new state together; the state is saved after the items, so
// an undated item of a feed's first fetch is still a backfill (read from the
// state before this fetch), and a feed written without a state keeps its old
// one.
func TestWriteBatchesSavesStatesWithItems(t *testing.T) {
	s := open(t)
	now := time.Now().UTC().Truncate(time.Second)
	if err := s.SaveFeedState(ctx, FeedState{URL: "f3", ETag: `"old"`, LastSuccess: now.Add(-time.Hour)}); err != nil {
		t.Fatal(err)
	}
	dated := mk("f1", "a", "Lynas output rises", 0)
	dated.Published = now.Add(-time.Hour)
	undated := mk("f1", "u", "Undated note on gallium", 0)
	undated.Published = time.Time{}
	first := &FeedState{URL: "f1", Title: "Desk One", ETag: `"e1"`, LastModified: "Sat, 05 Dec 2026 17:00:00 GMT", LastAttempt: now, LastSuccess: now}
	second := &FeedState{URL: "f2", ETag: `"e2"`, LastAttempt: now, LastSuccess: now}
	rs, err := s.WriteBatches(ctx, []Batch{
		{Rows: PrepareRows([]item.Item{dated, undated}), State: first},
		{Rows: PrepareRows([]item.Item{mk("f2", "b", "MP Materials deal", 2)}), State: second},
		{Rows: PrepareRows([]item.Item{mk("f3", "c", "Cobalt price", 3)})},
	})
	if err != nil {
		t.Fatal(err)
	}
	if rs[0].New != 2 || rs[1].New != 1 || rs[2].New != 1 {
		t.Fatalf("new items %d, %d, %d; want 2, 1, 1", rs[0].New, rs[1].New, rs[2].New)
	}
	if rs[0].Backfilled != 1 {
		t.Errorf("the undated item of a first fetch: %d backfilled, want 1 (state saved before the items?)", rs[0].Backfilled)
	}
	for _, want := range []FeedState{*first, *second, {URL: "f3", ETag: `"old"`, LastSuccess: now.Add(-time.Hour)}} {
		got, err := s.FeedState(ctx, want.URL)
		if err != nil {
			t.Fatal(err)
		}
		if got.Title != want.Title || got.ETag != want.ETag || got.LastModified != want.LastModified || !got.LastSuccess.Equal(want.LastSuccess) {
			t.Errorf("%s: state %+v, want %+v", want.URL, got, want)
		}
	}
}

// TestWriteBatchesAllOrNothing: when a feed's state cannot be saved, none
// of the write's items or states are: a feed is never left with new
// validators and without the items they stand for.
func TestWriteBatchesAllOrNothing(t *testing.T) {
	s := open(t)
	if _, err := s.DB().Exec(`CREATE TRIGGER refuse_bad BEFORE INSERT ON feeds WHEN new.url LIKE '%bad%'
		BEGIN SELECT RAISE(ABORT, 'disk says no'); END`); err != nil {
		t.Fatal(err)
	}
	now := time.Now()
	_, err := s.WriteBatches(ctx, []Batch{
		{Rows: PrepareRows([]item.Item{mk("good", "a", "Lynas output rises", 1)}), State: &FeedState{URL: "good", ETag: `"g"`, LastSuccess: now}},
		{Rows: PrepareRows([]item.Item{mk("bad", "b", "MP Materials deal", 2)}), State: &FeedState{URL: "bad", ETag: `"b"`, LastSuccess: now}},
	})
	if err == nil || !strings.Contains(err.Error(), "bad") {
		t.Fatalf("write with a refused state: err %v, want one naming the feed", err)
	}
	var n int
	if err := s.DB().QueryRow(`SELECT (SELECT count(*) FROM items) + (SELECT count(*) FROM feeds) + (SELECT count(*) FROM item_text)`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != 0 {
		t.Errorf("%d items, texts and feed states left by a failed write, want none", n)
	}
	if c, err := s.Counts(ctx, Query{}); err != nil || c.Items != 0 {
		t.Errorf("counts after a failed write: %+v, %v; want no items", c, err)
	}
}
