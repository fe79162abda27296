package main

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/classify"
	"github.com/lode-reader/lode/internal/config"
	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/store"
	"github.com/lode-reader/lode/ui"
)

// TestReaderRescoresInTheBackground checks what the reader does with a
// cache enriched by an older lexicon: before its first frame it rescores
// only the newest page; an older item it opens meanwhile is shown with the
// new enrichment; the background pass then rescores every other item,
// newest first, reporting progress, and leaves the cache current.
func TestReaderRescoresInTheBackground(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "cache.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	_, oldPipe, err := pipeline(config.Default())
	if err != nil {
		t.Fatal(err)
	}
	const n = 550
	base := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	var items []item.Item
	for i := range n {
		pub := base.Add(time.Duration(i) * time.Minute)
		items = append(items, oldPipe.Entry(&gofeed.Item{Title: fmt.Sprintf("Lynas ships heavy rare earths, lot %d", i), GUID: fmt.Sprint("g", i),
			Link: fmt.Sprintf("https://x.test/%d", i), PublishedParsed: &pub,
			Description: "Lynas Rare Earths (ASX: LYC) shipped heavy rare earths from Malaysia."}, "http://feed.test/rss", "Desk"))
	}
	if _, err := st.Upsert(ctx, items); err != nil {
		t.Fatal(err)
	}
	if _, err := oldPipe.Rescore(ctx, st); err != nil { // marks the cache current for the old lexicon
		t.Fatal(err)
	}
	cfg := config.Default()
	cfg.Lexicon = []classify.Term{{Phrase: "heavy rare earths", Weight: 5}, {Phrase: "ships heavy", Weight: 5}}
	dict, newPipe, err := pipeline(cfg)
	if err != nil {
		t.Fatal(err)
	}
	e := &env{store: st, pipe: newPipe, dict: dict, home: config.Home{CachePath: st.Path()}}
	var busy sync.Mutex
	readStore, run, err := readerRescore(ctx, e, &busy)
	if err != nil || run == nil {
		t.Fatalf("no background rescore: %v", err)
	}
	ids, err := st.IDs(ctx, store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	current := func(id int64) bool {
		it, err := st.Item(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return it.Ideology.Version == newPipe.Version() && it.Ideology.Flagged
	}
	for i, id := range ids {
		if got, want := current(id), i < firstPageRescore; got != want {
			t.Fatalf("before the first frame, item %d (newest first) rescored=%v, want %v", i, got, want)
		}
	}
	old := ids[len(ids)-1]
	if it, err := readStore.Item(ctx, old); err != nil || !it.Ideology.Flagged || it.Ideology.Version != newPipe.Version() {
		t.Fatalf("an item not yet rescored is shown with stale enrichment: %+v %v", it.Ideology, err)
	}
	var reports []ui.RescoreProgress
	done, err := run(ctx, func(p ui.RescoreProgress) { reports = append(reports, p) })
	left := n - firstPageRescore
	if err != nil || done != left {
		t.Fatalf("background pass: %d items, %v; want the %d the first frame did not show", done, err, left)
	}
	if len(reports) < 2 || reports[len(reports)-1] != (ui.RescoreProgress{Done: left, Total: left}) {
		t.Errorf("progress reports %v", reports)
	}
	for i, id := range ids {
		if !current(id) {
			t.Errorf("item %d not rescored", i)
		}
	}
	if _, again, err := readerRescore(ctx, e, &busy); err != nil || again != nil {
		t.Errorf("the next start rescores again (%v)", err)
	}
}
