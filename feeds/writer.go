package feeds

import (
	"context"
	"time"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/store"
)

// BatchCache is a Cache that also writes the rows of several feeds in one
// transaction (store.Store does). With one, Poll keeps a single writer that
// takes the rows of every feed parsed while it was writing the previous
// ones, so the workers go on parsing, enriching and preparing rows
// (store.PrepareRow) while it writes, and a refresh of many feeds costs a
// few commits rather than one per feed.
type BatchCache interface {
	UpsertRows(ctx context.Context, batches [][]store.Row) ([]store.UpsertResult, error)
}

// StateBatchCache is a Cache that also saves several feeds' states in one
// transaction (store.Store does). With one, Poll's writer saves the states
// queued while it was writing in one transaction, rather than one each.
type StateBatchCache interface {
	SaveFeedStates(ctx context.Context, sts []store.FeedState) error
}

// maxWriteItems bounds the items one batched write takes.
const maxWriteItems = 2000

// writeReq is a feed's items, prepared, waiting for the writer, and where
// to answer.
type writeReq struct {
	items []item.Item
	rows  []store.Row
	// state, when set, is a feed state to save instead of items.
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
	// states saves feed states in batches (nil: each alone, by the worker).
	states StateBatchCache
}

type writerKey struct{}

// startWriter starts the writer of one Poll when the cache can batch, and
// returns ctx carrying it (unchanged, with a nil writer, when it cannot).
func (p *Poller) startWriter(ctx context.Context) (context.Context, *writer) {
	bc, ok := p.cache.(BatchCache)
	if !ok {
		return ctx, nil
	}
	w := &writer{reqs: make(chan writeReq), done: make(chan struct{})}
	w.states, _ = p.cache.(StateBatchCache)
	go w.run(bc, p.cache)
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

// upsert stores a feed's items through the Poll's writer if ctx carries one,
// else directly.
func (p *Poller) upsert(ctx, wctx context.Context, items []item.Item) (store.UpsertResult, error) {
	w, _ := ctx.Value(writerKey{}).(*writer)
	if w == nil {
		return p.cache.Upsert(wctx, items)
	}
	reply := make(chan writeRes, 1)
	w.reqs <- newWriteReq(items, reply)
	r := <-reply
	return r.r, r.err
}

// saveState records a feed's state through the Poll's writer if ctx carries
// one that batches states, else directly. It returns once the state is
// committed (or failed), so a feed's result is never reported before its
// state is written.
func (p *Poller) saveState(ctx, wctx context.Context, st store.FeedState) error {
	w, _ := ctx.Value(writerKey{}).(*writer)
	if w == nil || w.states == nil {
		return p.cache.SaveFeedState(wctx, st)
	}
	reply := make(chan writeRes, 1)
	w.reqs <- writeReq{state: &st, reply: reply}
	return (<-reply).err
}

// run writes requests as they come, each write taking every request queued
// meanwhile. When a batched write fails, each feed is written again alone,
// so one feed's bad item fails only that feed.
func (w *writer) run(bc BatchCache, c Cache) {
	defer close(w.done)
	for first := range w.reqs {
		batch := []writeReq{first}
		n := len(first.items)
	drain:
		for n < maxWriteItems {
			select {
			case r, ok := <-w.reqs:
				if !ok {
					break drain
				}
				batch = append(batch, r)
				n += len(r.items)
			default:
				break drain
			}
		}
		var items, states []writeReq
		for _, r := range batch {
			if r.state != nil {
				states = append(states, r)
			} else {
				items = append(items, r)
			}
		}
		w.writeItems(bc, c, items)
		w.saveStates(c, states)
	}
}

// writeItems writes the items of a batch's feeds in one transaction; when
// it fails, each feed is written again alone.
func (w *writer) writeItems(bc BatchCache, c Cache, batch []writeReq) {
	if len(batch) == 0 {
		return
	}
	lists := make([][]store.Row, len(batch))
	for i, r := range batch {
		lists[i] = r.rows
	}
	// Each feed keeps the time it had for its own write.
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(len(batch))*cacheWriteTimeout)
	rs, err := bc.UpsertRows(ctx, lists)
	cancel()
	for i, r := range batch {
		switch {
		case err == nil:
			r.reply <- writeRes{r: rs[i]}
		case len(batch) == 1:
			r.reply <- writeRes{err: err}
		default:
			ctx, cancel := writeCtx(context.Background())
			one, err := c.Upsert(ctx, r.items)
			cancel()
			r.reply <- writeRes{r: one, err: err}
		}
	}
}

// saveStates saves the feed states of a batch in one transaction; when it
// fails, each state is saved again alone, so one refused state fails only
// its feed.
func (w *writer) saveStates(c Cache, batch []writeReq) {
	if len(batch) == 0 {
		return
	}
	sts := make([]store.FeedState, len(batch))
	for i, r := range batch {
		sts[i] = *r.state
	}
	ctx, cancel := context.WithTimeout(context.Background(), time.Duration(len(batch))*cacheWriteTimeout)
	err := w.states.SaveFeedStates(ctx, sts)
	cancel()
	for _, r := range batch {
		if err != nil && len(batch) > 1 {
			ctx, cancel := writeCtx(context.Background())
			r.reply <- writeRes{err: c.SaveFeedState(ctx, *r.state)}
			cancel()
			continue
		}
		r.reply <- writeRes{err: err}
	}
}
