package feeds

import (
	"context"
	"sync"
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
	// arrived, when set, is the feed's settle (writer.expect): the writer
	// calls it on receiving the request.
	arrived func()
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
	// busy, when set, reports whether a processing slot (Poller.cpu) is
	// held: a feed is being parsed, enriched or prepared, so that its
	// items may be asked to be written soon. freed, when set, is signalled
	// each time a slot is given back.
	busy  func() bool
	freed *signal
	// coming counts the feeds of this Poll that took a slot and whose
	// items the writer has not received yet (see expect): it covers the
	// moment between a feed giving its slot back and handing its items.
	coming pending
	// wait bounds how long a small write waits for those feeds.
	wait time.Duration
	// after starts that wait's timer (time.After when nil).
	after func(time.Duration) <-chan time.Time
}

// signal wakes the goroutines waiting on it: wait returns a channel that
// the next broadcast closes.
type signal struct {
	mu sync.Mutex
	ch chan struct{}
}

func (s *signal) wait() <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ch == nil {
		s.ch = make(chan struct{})
	}
	return s.ch
}

func (s *signal) broadcast() {
	s.mu.Lock()
	if s.ch != nil {
		close(s.ch)
		s.ch = nil
	}
	s.mu.Unlock()
}

// pending counts the feeds of a Poll the writer may yet hear from, and
// signals each time one of them settles.
type pending struct {
	mu      sync.Mutex
	n       int
	settled signal
}

func (p *pending) add() {
	p.mu.Lock()
	p.n++
	p.mu.Unlock()
}

func (p *pending) settle() {
	p.mu.Lock()
	p.n--
	p.mu.Unlock()
	p.settled.broadcast()
}

// state returns how many feeds are pending and a channel closed when one
// of them settles next.
func (p *pending) state() (int, <-chan struct{}) {
	ch := p.settled.wait()
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.n, ch
}

// expect tells the writer a feed is being processed and may send items
// soon; the returned func, safe to call more than once and from any
// goroutine, says it no longer will: the writer calls it on receiving the
// feed's request, the feed when it ends without one. On a nil writer
// (no batching) it does nothing.
func (w *writer) expect() func() {
	if w == nil {
		return func() {}
	}
	w.coming.add()
	return sync.OnceFunc(w.coming.settle)
}

type writerKey struct{}

// startWriter starts the writer of one Poll when the cache can batch, and
// returns ctx carrying it (unchanged, with a nil writer, when it cannot).
func (p *Poller) startWriter(ctx context.Context) (context.Context, *writer) {
	bc, ok := p.cache.(BatchCache)
	if !ok {
		return ctx, nil
	}
	w := &writer{reqs: make(chan writeReq), done: make(chan struct{}), wait: maxWriteWait,
		busy: func() bool { return len(p.cpu) > 0 }, freed: &p.freed}
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
// settle is the feed's writer.expect, handed to the writer with the items.
func (p *Poller) upsert(ctx, wctx context.Context, items []item.Item, state *store.FeedState, prepared, settle func()) (r store.UpsertResult, saved bool, err error) {
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
	req.arrived = settle
	w.reqs <- req
	res := <-reply
	return res.r, res.err == nil && state != nil, res.err
}

// run writes requests as they come, each write taking every request queued
// meanwhile. A write of fewer than minWriteItems items first waits (up to
// w.wait) for the feeds being processed at that moment (a processing slot
// held, or a feed of the Poll between its slot and the writer): every
// transaction costs a commit and a full-text segment, and while the writer
// waits the workers have the processors. It looks again each time a slot
// is given back or a feed hands its items over or ends without any, so it
// starts as soon as none is left. When nothing is being processed, the
// write starts at once.
// When a batched write fails, each feed is written again alone, so one
// feed's bad item fails only that feed.
func (w *writer) run(bc BatchCache) {
	defer close(w.done)
	after := w.after
	if after == nil {
		after = time.After
	}
	for first := range w.reqs {
		var batch []writeReq
		n := 0
		take := func(r writeReq) {
			arrived(r)
			batch = append(batch, r)
			n += len(r.items)
		}
		take(first)
		var expired <-chan time.Time
	drain:
		for n < maxWriteItems {
			select {
			case r, ok := <-w.reqs:
				if !ok {
					break drain
				}
				take(r)
				continue
			default:
			}
			if n >= minWriteItems {
				break
			}
			// Take the signals before looking, so that a change in
			// between wakes the wait below.
			var freed <-chan struct{}
			if w.freed != nil {
				freed = w.freed.wait()
			}
			coming, settled := w.coming.state()
			if coming == 0 && (w.busy == nil || !w.busy()) {
				break
			}
			if expired == nil {
				expired = after(w.wait)
			}
			select {
			case r, ok := <-w.reqs:
				if !ok {
					break drain
				}
				take(r)
			case <-settled:
			case <-freed:
			case <-expired:
				break drain
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

// arrived settles a received request's feed (see writer.expect).
func arrived(r writeReq) {
	if r.arrived != nil {
		r.arrived()
	}
}
