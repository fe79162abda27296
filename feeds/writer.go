package feeds

import (
	"context"
	"time"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/store"
)

// BatchCache is a Cache that also writes the rows of several feeds in one
// transaction, each with its feed's state (store.Store does). With one,
// Poll keeps a single writer that takes the rows of every feed parsed while
// it was writing the previous ones, so the workers go on parsing, enriching
// and preparing rows (store.PrepareRow) while it writes, and a refresh of
// many feeds costs a few commits rather than two per feed.
type BatchCache interface {
	WriteBatches(ctx context.Context, batches []store.Batch) ([]store.UpsertResult, error)
}

// maxWriteItems bounds the items one batched write takes.
const maxWriteItems = 2000

// A write of fewer than minWriteItems waits, up to maxWriteWait, for the
// feeds being processed at that moment (see writer.run).
const (
	minWriteItems = 400
	maxWriteWait  = 100 * time.Millisecond
)

// writeReq is a feed's items, prepared, waiting for the writer, and where
// to answer.
type writeReq struct {
	items []item.Item
	rows  []store.Row
	// state, when set, is saved with the rows.
	state *store.FeedState
	reply chan writeRes
}

// newWriteReq prepares items for the writer in the calling goroutine.
func newWriteReq(items []item.Item, reply chan writeRes) writeReq {
	return writeReq{items: items, rows: store.PrepareRows(items), reply: reply}
}

type writeRes struct {
	r   store.UpsertResult
	err error
}

// writer is Poll's one writer goroutine.
type writer struct {
	reqs chan writeReq
	done chan struct{}
	// busy, when set, reports whether a feed is being parsed, enriched
	// or prepared, so that its items will be asked to be written soon.
	busy func() bool
	// wait bounds how long a small write waits for those feeds.
	wait time.Duration
}

type writerKey struct{}

// startWriter starts the writer of one Poll when the cache can batch, and
// returns ctx carrying it (unchanged, with a nil writer, when it cannot).
func (p *Poller) startWriter(ctx context.Context) (context.Context, *writer) {
	bc, ok := p.cache.(BatchCache)
	if !ok {
		return ctx, nil
	}
	w := &writer{reqs: make(chan writeReq), done: make(chan struct{}),
		busy: func() bool { return len(p.cpu) > 0 }, wait: maxWriteWait}
	go w.run(bc)
	return context.WithValue(ctx, writerKey{}, w), w
}

// stop ends the writer once every request it was sent is answered.
func (w *writer) stop() {
	if w == nil {
		return
	}
	close(w.reqs)
	<-w.done
}

// writerOf returns the Poll's writer ctx carries, or nil.
func writerOf(ctx context.Context) *writer {
	w, _ := ctx.Value(writerKey{}).(*writer)
	return w
}

// upsert stores a feed's items through the Poll's writer if ctx carries one,
// with the feed's state when state is not nil (saved says it was), else
// directly without it.
func (p *Poller) upsert(ctx, wctx context.Context, items []item.Item, state *store.FeedState, prepared func()) (r store.UpsertResult, saved bool, err error) {
	w := writerOf(ctx)
	if w == nil {
		prepared()
		r, err = p.cache.Upsert(wctx, items)
		return r, false, err
	}
	reply := make(chan writeRes, 1)
	req := newWriteReq(items, reply)
	prepared()
	req.state = state
	w.reqs <- req
	res := <-reply
	return res.r, res.err == nil && state != nil, res.err
}

// run writes requests as they come, each write taking every request queued
// meanwhile. A write of fewer than minWriteItems items first waits (up to
// w.wait) for the feeds being processed at that moment: every transaction
// costs a commit and a full-text segment, and while the writer waits the
// workers have the processors. When nothing is being processed, the write
// starts at once. When a batched write fails, each feed is written again
// alone, so one feed's bad item fails only that feed.
func (w *writer) run(bc BatchCache) {
	defer close(w.done)
	for first := range w.reqs {
		batch := []writeReq{first}
		n := len(first.items)
		start := time.Now()
	drain:
		for n < maxWriteItems {
			select {
			case r, ok := <-w.reqs:
				if !ok {
					break drain
				}
				batch = append(batch, r)
				n += len(r.items)
				continue
			default:
			}
			if n >= minWriteItems || w.busy == nil || !w.busy() || time.Since(start) >= w.wait {
				break
			}
			// Look again every couple of milliseconds: a feed being
			// processed may end with nothing to write.
			const step = 2 * time.Millisecond
			t := time.NewTimer(step)
			select {
			case r, ok := <-w.reqs:
				t.Stop()
				if !ok {
					break drain
				}
				batch = append(batch, r)
				n += len(r.items)
			case <-t.C:
			}
		}
		lists := make([]store.Batch, len(batch))
		for i, r := range batch {
			lists[i] = store.Batch{Rows: r.rows, State: r.state}
		}
		// Each feed keeps the time it had for its own write.
		ctx, cancel := context.WithTimeout(context.Background(), time.Duration(len(batch))*cacheWriteTimeout)
		rs, err := bc.WriteBatches(ctx, lists)
		cancel()
		for i, r := range batch {
			switch {
			case err == nil:
				r.reply <- writeRes{r: rs[i]}
			case len(batch) == 1:
				r.reply <- writeRes{err: err}
			default:
				ctx, cancel := writeCtx(context.Background())
				one, err := bc.WriteBatches(ctx, lists[i:i+1])
				cancel()
				res := writeRes{err: err}
				if err == nil {
					res.r = one[0]
				}
				r.reply <- res
			}
		}
	}
}
