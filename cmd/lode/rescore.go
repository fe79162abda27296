package main

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"

	"github.com/lode-reader/lode/internal/ingest"
	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/store"
	"github.com/lode-reader/lode/ui"
)

// readerRescore prepares the reader's rescoring after a dictionary,
// classifier or lexicon change. The returned RescoreFunc, which the reader
// runs once its first frame is on screen, waits for the dictionary and the
// classifier (env.ensure), finds whether another version enriched the
// cache (one lookup when it is current: then it reports nothing and
// returns 0) and rescores those items, newest first: the first batch is
// the rows on screen, which the reader reloads after it. The returned store
// is what the reader reads: while items remain to rescore, an item it
// opens is enriched again in memory, so no item is shown with stale
// enrichment once the pass is known to be needed.
func readerRescore(e *env, busy *sync.Mutex) (ui.Store, ui.RescoreFunc) {
	s := enrichedStore{Store: e.store, stale: &atomic.Pointer[ingest.Pipeline]{}}
	run := func(ctx context.Context, progress func(ui.RescoreProgress)) (int, error) {
		if err := e.ensure(); err != nil {
			return 0, err
		}
		r, err := e.pipe.Rescorer(ctx, e.store)
		if err != nil {
			return 0, fmt.Errorf("cache %s: %w", e.home.CachePath, err)
		}
		if r.Done() {
			return 0, nil
		}
		s.stale.Store(e.pipe)
		defer s.stale.Store(nil)
		total, err := r.Remaining(ctx)
		if err != nil {
			return 0, err
		}
		progress(ui.RescoreProgress{Total: total})
		done := 0
		for !r.Done() {
			// A refresh and a rescoring step never overlap, so a step never
			// writes back an item a refresh has just changed.
			busy.Lock()
			n, err := r.Next(ctx, ingest.RescoreBatch)
			busy.Unlock()
			done += n
			if err != nil {
				return done, err
			}
			progress(ui.RescoreProgress{Done: done, Total: max(total, done)})
		}
		return done, nil
	}
	return s, run
}

// enrichedStore is the cache as the reader reads it: while a rescoring
// pass has items left, Item enriches an item the pass has not reached yet.
type enrichedStore struct {
	*store.Store
	// stale is the pipeline while a pass has items left, nil otherwise.
	stale *atomic.Pointer[ingest.Pipeline]
}

// Item reads an item and, while a pass runs, enriches it again when
// another version enriched it.
func (s enrichedStore) Item(ctx context.Context, id int64) (item.Item, error) {
	it, err := s.Store.Item(ctx, id)
	if err != nil {
		return it, err
	}
	if p := s.stale.Load(); p != nil {
		return p.Enriched(it), nil
	}
	return it, nil
}
