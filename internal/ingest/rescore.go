package ingest

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/store"
)

// versionKey is the state key holding the enrichment version the whole
// cache was last brought up to.
const versionKey = "enrich.version"

// cursorKey is the state key holding where an unfinished rescoring pass
// stopped: the version it enriches for, a newline, and its store.Cursor.
const cursorKey = "enrich.cursor"

// Rescorer re-enriches, newest first and a batch at a time, the cached
// items that another version of the dictionary, classifier or mineral list
// enriched. Its progress is kept in the cache after every batch, so a pass
// that stops (the reader quit) goes on where it stopped; a pass for another
// version starts again from the newest item.
type Rescorer struct {
	p       *Pipeline
	st      *store.Store
	version string
	cursor  store.Cursor
	done    bool
	// enrich is p.Enrich (a test puts a failing one in its place).
	enrich func(*item.Item)
}

// Rescorer returns the cache's rescoring pass for this pipeline's version;
// it is Done at once when the cache is already current (one lookup).
func (p *Pipeline) Rescorer(ctx context.Context, st *store.Store) (*Rescorer, error) {
	r := &Rescorer{p: p, st: st, version: p.Version(), enrich: p.Enrich}
	cur, err := st.GetState(ctx, versionKey)
	if err != nil {
		return nil, fmt.Errorf("rescore: %w", err)
	}
	if cur == r.version {
		r.done = true
		return r, nil
	}
	// A cache only fetch has written (a new one) holds current items but
	// no version yet: one look finds nothing to do, and records it.
	if any, err := st.AnyStale(ctx, r.version); err != nil {
		return nil, fmt.Errorf("rescore: %w", err)
	} else if !any {
		if err := st.SetState(ctx, versionKey, r.version); err != nil {
			return nil, fmt.Errorf("rescore: %w", err)
		}
		r.done = true
		return r, nil
	}
	saved, err := st.GetState(ctx, cursorKey)
	if err != nil {
		return nil, fmt.Errorf("rescore: %w", err)
	}
	if v, c, ok := strings.Cut(saved, "\n"); ok && v == r.version {
		if r.cursor, err = store.ParseCursor(c); err != nil {
			r.cursor = store.Cursor{} // unreadable: start again from the newest
		}
	}
	return r, nil
}

// Done reports whether every cached item carries this version.
func (r *Rescorer) Done() bool { return r.done }

// Remaining counts the items still to rescore (a scan of the cache).
func (r *Rescorer) Remaining(ctx context.Context) (int, error) {
	if r.done {
		return 0, nil
	}
	return r.st.CountStale(ctx, r.version)
}

// Newest rescores whichever of the n newest items are stale, without
// moving the pass (which reaches them again and finds them current), and
// returns how many it rescored: a start that shows them first pays only
// for those not done yet.
func (r *Rescorer) Newest(ctx context.Context, n int) (int, error) {
	if r.done {
		return 0, nil
	}
	ids, err := r.st.StaleNewest(ctx, r.version, n)
	if err != nil {
		return 0, fmt.Errorf("rescore: %w", err)
	}
	return r.rescore(ctx, ids)
}

// rescore enriches the items ids again and writes them back.
func (r *Rescorer) rescore(ctx context.Context, ids []int64) (int, error) {
	before := make([]item.Item, 0, len(ids))
	items := make([]item.Item, 0, len(ids))
	for _, id := range ids {
		it, err := r.st.Item(ctx, id)
		if errors.Is(err, store.ErrNotFound) {
			continue // removed meanwhile
		}
		if err != nil {
			return 0, fmt.Errorf("rescore: %w", err)
		}
		old := it // Enrich replaces the lists, never changes them in place
		if !enrichSafe(r.enrich, &it) {
			continue // a bug met on this item's text: it keeps its old enrichment
		}
		before = append(before, old)
		items = append(items, it)
	}
	if len(items) > 0 {
		if _, err := r.st.Rescored(ctx, before, items); err != nil {
			return 0, fmt.Errorf("rescore: %w", err)
		}
	}
	return len(items), nil
}

// Next rescores up to limit of the next items, newest first, saves the
// progress and returns how many it rescored; after the last item the cache
// is marked current and the pass is Done.
func (r *Rescorer) Next(ctx context.Context, limit int) (int, error) {
	if r.done {
		return 0, nil
	}
	ids, next, err := r.st.StaleAfter(ctx, r.version, r.cursor, limit)
	if err != nil {
		return 0, fmt.Errorf("rescore: %w", err)
	}
	n, err := r.rescore(ctx, ids)
	if err != nil {
		return 0, err
	}
	r.cursor = next
	if len(ids) < limit {
		if err := r.st.SetState(ctx, versionKey, r.version); err != nil {
			return n, fmt.Errorf("rescore: %w", err)
		}
		if err := r.st.SetState(ctx, cursorKey, ""); err != nil {
			return n, fmt.Errorf("rescore: %w", err)
		}
		r.done = true
		return n, nil
	}
	if err := r.st.SetState(ctx, cursorKey, r.version+"\n"+next.String()); err != nil {
		return n, fmt.Errorf("rescore: %w", err)
	}
	return n, nil
}

// Enriched returns it as this pipeline enriches it: unchanged when its
// version is current, else enriched again in memory (the cache is left to
// the rescoring pass). An item shown while the pass has not reached it is
// shown with current companies, minerals and score.
func (p *Pipeline) Enriched(it item.Item) item.Item {
	if it.Ideology.Version != p.Version() {
		p.Enrich(&it)
	}
	return it
}

// enrichSafe runs enrich on an item already cached, turning a panic (a bug
// met on hostile text) into false so one item cannot stop a rescoring pass,
// or the reader running it.
func enrichSafe(enrich func(*item.Item), it *item.Item) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	enrich(it)
	return true
}
