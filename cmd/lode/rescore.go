package main

import (
	"context"
	"fmt"
	"sync"

	"github.com/lode-reader/lode/internal/ingest"
	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/store"
	"github.com/lode-reader/lode/ui"
)

// firstPageRescore is how many of the newest items the reader rescores
// before its first frame when the cache needs rescoring: the rows the
// first frame shows.
const firstPageRescore = 100

// readerRescore prepares the reader's rescoring after a dictionary,
// classifier or lexicon change: the newest items (the first frame's rows)
// are rescored at once, the rest in the background once the reader is on
// screen (the returned RescoreFunc; nil when the cache is current). The
// returned store is what the reader reads: while items remain to rescore,
// an item it opens is enriched again in memory, so no item is shown with
// stale enrichment before the pass reaches it.
func readerRescore(ctx context.Context, e *env, busy *sync.Mutex) (ui.Store, ui.RescoreFunc, error) {
	r, err := e.pipe.Rescorer(ctx, e.store)
	if err != nil {
		return nil, nil, fmt.Errorf("cache %s: %w", e.home.CachePath, err)
	}
	if r.Done() {
		return e.store, nil, nil
	}
	if _, err := r.Newest(ctx, firstPageRescore); err != nil {
		return nil, nil, fmt.Errorf("cache %s: %w", e.home.CachePath, err)
	}
	run := func(ctx context.Context, progress func(ui.RescoreProgress)) (int, error) {
		left, err := r.Remaining(ctx)
		if err != nil {
			return 0, err
		}
		total, done := left, 0
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
	return enrichedStore{Store: e.store, pipe: e.pipe}, run, nil
}

// enrichedStore is the cache as the reader reads it while a rescoring pass
// runs: Item enriches an item the pass has not reached yet.
type enrichedStore struct {
	*store.Store
	pipe *ingest.Pipeline
}

// Item reads an item and enriches it again when another version enriched it.
func (s enrichedStore) Item(ctx context.Context, id int64) (item.Item, error) {
	it, err := s.Store.Item(ctx, id)
	if err != nil {
		return it, err
	}
	return s.pipe.Enriched(it), nil
}
