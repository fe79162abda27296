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
	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/config"
	"github.com/lode-reader/lode/internal/ingest"
	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/store"
	"github.com/lode-reader/lode/ui"
)

// TestReaderRescoresInTheBackground checks what the reader does with a
// cache enriched by an older lexicon: nothing before its first frame (the
// dictionary and the classifier are not even built); once the pass runs,
// it builds them, reports how many items are stale, and an older item the
// reader opens meanwhile is shown with the new enrichment; the first batch
// is the newest items (the rows on screen); the pass rescores every item,
// newest first, reporting progress, and leaves the cache current, so the
// next start's pass finds nothing to do and says nothing.
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
	builds := 0
	e := deferredEnv(st, cfg, func(cfg config.Config) (*companies.Dictionary, *ingest.Pipeline, error) {
		builds++
		return pipeline(cfg)
	})
	var busy sync.Mutex
	readStore, run := readerRescore(e, &busy)
	ids, err := st.IDs(ctx, store.Query{})
	if err != nil {
		t.Fatal(err)
	}
	current := func(id int64) bool {
		it, err := st.Item(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return it.Ideology.Flagged && it.Ideology.Version != oldPipe.Version()
	}
	if builds != 0 || current(ids[0]) {
		t.Fatalf("before the first frame: %d builds, newest item rescored %v", builds, current(ids[0]))
	}
	old := ids[len(ids)-1]
	var reports []ui.RescoreProgress
	done, err := run(ctx, func(p ui.RescoreProgress) {
		reports = append(reports, p)
		switch len(reports) {
		case 1:
			// Known stale, before any batch: an item opened is enriched anew.
			if it, err := readStore.Item(ctx, old); err != nil || !it.Ideology.Flagged || it.Ideology.Version != e.pipe.Version() {
				t.Errorf("an item not yet rescored is shown with stale enrichment: %+v %v", it.Ideology, err)
			}
		case 2:
			for i, id := range ids {
				if got, want := current(id), i < ingest.RescoreBatch; got != want {
					t.Fatalf("after the first batch, item %d (newest first) rescored=%v, want %v", i, got, want)
				}
			}
		}
	})
	if err != nil || done != n || builds != 1 {
		t.Fatalf("background pass: %d items, %v, %d builds; want %d, one build", done, err, builds, n)
	}
	if len(reports) < 3 || reports[0] != (ui.RescoreProgress{Total: n}) || reports[len(reports)-1] != (ui.RescoreProgress{Done: n, Total: n}) {
		t.Errorf("progress reports %v", reports)
	}
	for i, id := range ids {
		if !current(id) {
			t.Errorf("item %d not rescored", i)
		}
	}
	if it, err := readStore.Item(ctx, old); err != nil || !it.Ideology.Flagged {
		t.Errorf("after the pass, the cached item reads %+v %v", it.Ideology, err)
	}
	_, again := readerRescore(e, &busy)
	reports = nil
	if done, err := again(ctx, func(p ui.RescoreProgress) { reports = append(reports, p) }); done != 0 || err != nil || len(reports) != 0 {
		t.Errorf("the next start rescores again: %d, %v, reports %v", done, err, reports)
	}
}

// deferredEnv is the env the reader opens on st with cfg: the dictionary
// and the classifier left to ensure, made by build.
func deferredEnv(st *store.Store, cfg config.Config, build pipelineBuilder) *env {
	return &env{store: st, cfg: cfg, home: config.Home{CachePath: st.Path(), ConfigPath: "config.toml"}, build: build,
		lazy: &sync.Once{}, built: make(chan struct{}), spelling: map[string]string{}}
}
