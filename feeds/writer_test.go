package feeds

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/store"
)

// batchWatch is the real store, recording the batched writes: how many ran
// at once and how many feeds each took. A batch holding a feed whose URL
// contains poison fails, as a write of that feed alone does.
type batchWatch struct {
	*countingCache
	poison          string
	inFlight, most  atomic.Int64
	writes, batched atomic.Int64
}

func (c *batchWatch) WriteBatches(ctx context.Context, batches []store.Batch) ([]store.UpsertResult, error) {
	n := c.inFlight.Add(1)
	defer c.inFlight.Add(-1)
	for m := c.most.Load(); n > m && !c.most.CompareAndSwap(m, n); m = c.most.Load() {
	}
	c.writes.Add(1)
	c.batched.Add(int64(len(batches)))
	for _, b := range batches {
		if len(b.Rows) > 0 && c.poisoned([]item.Item{b.Rows[0].Item}) {
			return nil, errors.New("disk says no")
		}
	}
	return c.countingCache.WriteBatches(ctx, batches)
}

func (c *batchWatch) Upsert(ctx context.Context, items []item.Item) (store.UpsertResult, error) {
	if c.poisoned(items) {
		return store.UpsertResult{}, errors.New("disk says no")
	}
	return c.countingCache.Upsert(ctx, items)
}

func (c *batchWatch) poisoned(items []item.Item) bool {
	return c.poison != "" && len(items) > 0 && strings.Contains(items[0].FeedURL, c.poison)
}

func itemsRSS(feed, n int) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>`)
	for i := range n {
		fmt.Fprintf(&b, "<item><title>Feed %d item %d</title><guid>f%d-%d</guid><description>Lithium output rose.</description></item>", feed, i, feed, i)
	}
	b.WriteString("</channel></rss>")
	return b.String()
}

// TestPollWritesThroughOneWriter polls many feeds at once: every feed's
// items are stored and counted as its own, and the writes never overlap.
func TestPollWritesThroughOneWriter(t *testing.T) {
	const nFeeds, perFeed = 24, 5
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var f int
		fmt.Sscanf(r.URL.Path, "/feed/%d", &f)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, itemsRSS(f, perFeed))
	}))
	defer srv.Close()
	c := &batchWatch{countingCache: newCache(t)}
	p := newPoller(c, srv, newClock(), Options{Workers: 8})
	var list []Feed
	for f := range nFeeds {
		list = append(list, Feed{URL: fmt.Sprintf("%s/feed/%d", srv.URL, f)})
	}
	for _, r := range p.Poll(context.Background(), list, nil) {
		if r.Status != OK || r.New != perFeed || len(r.NewIDs) != perFeed {
			t.Errorf("%s: status %v, %d new (%d ids), err %v; want %d new", r.Feed.URL, r.Status, r.New, len(r.NewIDs), r.Err, perFeed)
		}
		if got := itemsOf(t, c.countingCache, r.Feed.URL); len(got) != perFeed {
			t.Errorf("%s: %d items cached, want %d", r.Feed.URL, len(got), perFeed)
		}
	}
	if c.most.Load() != 1 {
		t.Errorf("%d writes ran at once, want one writer", c.most.Load())
	}
	if c.batched.Load() != nFeeds {
		t.Errorf("the writer wrote %d feeds, want %d", c.batched.Load(), nFeeds)
	}
	// Each feed's state is committed with its items, not on its own.
	if c.written.Load() != nFeeds || c.saves.Load() != nFeeds {
		t.Errorf("%d feed states saved, %d of them with the items; want %d, all with the items", c.saves.Load(), c.written.Load(), nFeeds)
	}
	for _, f := range list {
		st, err := c.FeedState(context.Background(), f.URL)
		if err != nil || st.Title != "Desk" || st.LastSuccess.IsZero() || st.Failures != 0 {
			t.Errorf("%s: state %+v, %v; want the title and a success", f.URL, st, err)
		}
	}
}

// TestWriterBatchesQueuedFeeds: the feeds waiting while the writer was busy
// go into one transaction, each answered with its own result.
func TestWriterBatchesQueuedFeeds(t *testing.T) {
	c := &batchWatch{countingCache: newCache(t)}
	w := &writer{reqs: make(chan writeReq, 3), done: make(chan struct{})}
	var replies []chan writeRes
	for f := range 3 {
		var items []item.Item
		for i := range f + 1 {
			items = append(items, item.Item{FeedURL: fmt.Sprintf("https://desk.test/%d", f), GUID: fmt.Sprint(i), Title: "A"})
		}
		reply := make(chan writeRes, 1)
		replies = append(replies, reply)
		w.reqs <- newWriteReq(items, reply)
	}
	go w.run(c)
	for f, reply := range replies {
		r := <-reply
		if r.err != nil || r.r.New != f+1 {
			t.Errorf("feed %d: %d new, err %v; want %d new", f, r.r.New, r.err, f+1)
		}
	}
	close(w.reqs)
	<-w.done
	if c.writes.Load() != 1 || c.batched.Load() != 3 {
		t.Errorf("%d writes of %d feeds, want one write of 3", c.writes.Load(), c.batched.Load())
	}
}

// TestWriterIsolatesAFailingFeed: a feed whose items cannot be written fails
// alone; the feeds batched with it are stored.
func TestWriterIsolatesAFailingFeed(t *testing.T) {
	c := &batchWatch{countingCache: newCache(t), poison: "/bad"}
	w := &writer{reqs: make(chan writeReq, 3), done: make(chan struct{})}
	urls := []string{"https://desk.test/good1", "https://desk.test/bad", "https://desk.test/good2"}
	var replies []chan writeRes
	for _, u := range urls {
		reply := make(chan writeRes, 1)
		replies = append(replies, reply)
		req := newWriteReq([]item.Item{{FeedURL: u, GUID: "x", Title: "X"}}, reply)
		req.state = &store.FeedState{URL: u, ETag: `"v"`, LastSuccess: time.Now()}
		w.reqs <- req
	}
	go w.run(c)
	for i, reply := range replies {
		r := <-reply
		if bad := strings.Contains(urls[i], "/bad"); bad != (r.err != nil) || !bad && r.r.New != 1 {
			t.Errorf("%s: %d new, err %v", urls[i], r.r.New, r.err)
		}
	}
	close(w.reqs)
	<-w.done
	if got := itemsOf(t, c.countingCache, "https://desk.test/good2"); len(got) != 1 {
		t.Errorf("good feed after a failing one: %d items cached, want 1", len(got))
	}
	// The good feeds' states are saved with their items; the failing one's is not.
	for _, u := range urls {
		st, err := c.FeedState(context.Background(), u)
		if bad := strings.Contains(u, "/bad"); err != nil || (st.ETag == `"v"`) == bad {
			t.Errorf("%s: state %+v, %v after the write", u, st, err)
		}
	}
}

// slowWriter is the real store whose first batched write waits until the
// poller has fetched the feed given by next: a poller whose workers all
// wait for the writer never gets there.
type slowWriter struct {
	*countingCache
	next    chan struct{}
	waited  atomic.Bool
	stalled atomic.Bool
}

func (c *slowWriter) WriteBatches(ctx context.Context, batches []store.Batch) ([]store.UpsertResult, error) {
	if !c.waited.Swap(true) {
		select {
		case <-c.next:
		case <-time.After(30 * time.Second):
			c.stalled.Store(true)
		}
	}
	return c.countingCache.WriteBatches(ctx, batches)
}

// TestPollFetchesWhileTheWriterIsBusy: with one worker, the next feed is
// fetched (and parsed) while the first one's items wait for the writer,
// and still no more than one feed is requested at a time.
func TestPollFetchesWhileTheWriterIsBusy(t *testing.T) {
	var inFlight, most, served atomic.Int64
	c := &slowWriter{countingCache: newCache(t), next: make(chan struct{})}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		var f int
		fmt.Sscanf(r.URL.Path, "/feed/%d", &f)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, itemsRSS(f, 3))
		if served.Add(1) == 2 {
			close(c.next)
		}
	}))
	defer srv.Close()
	p := newPoller(c, srv, newClock(), Options{Workers: 1})
	var list []Feed
	for f := range 4 {
		list = append(list, Feed{URL: fmt.Sprintf("%s/feed/%d", srv.URL, f)})
	}
	for _, r := range p.Poll(context.Background(), list, nil) {
		if r.Status != OK || r.New != 3 {
			t.Errorf("%s: %v, %d new, err %v", r.Feed.URL, r.Status, r.New, r.Err)
		}
	}
	if c.stalled.Load() {
		t.Error("no other feed was fetched while the writer was busy with the first")
	}
	if most.Load() != 1 {
		t.Errorf("%d requests at once with one worker", most.Load())
	}
}

// TestPollProcessesAtMostAFeedPerProcessor: with eight workers and many
// feeds fetched at once, no more feeds are parsed, enriched and prepared at
// the same time than Go has processors, so the cache's one writer, which
// every feed waits for, is not crowded out by feeds it cannot take yet.
func TestPollProcessesAtMostAFeedPerProcessor(t *testing.T) {
	const nFeeds = 24
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var f int
		fmt.Sscanf(r.URL.Path, "/feed/%d", &f)
		w.Header().Set("Content-Type", "application/rss+xml")
		fmt.Fprint(w, itemsRSS(f, 2))
	}))
	defer srv.Close()
	var inFlight, most atomic.Int64
	process := func(feed *gofeed.Feed, feedURL, feedName string) []item.Item {
		n := inFlight.Add(1)
		defer inFlight.Add(-1)
		for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
		}
		time.Sleep(2 * time.Millisecond) // long enough for the other workers to arrive
		return testProcess(feed, feedURL, feedName)
	}
	c := &batchWatch{countingCache: newCache(t)}
	p := New(c, infallible(process), Options{Workers: 8, Client: srv.Client()})
	var list []Feed
	for f := range nFeeds {
		list = append(list, Feed{URL: fmt.Sprintf("%s/feed/%d", srv.URL, f)})
	}
	for _, r := range p.Poll(context.Background(), list, nil) {
		if r.Status != OK || r.New != 2 {
			t.Errorf("%s: %v, %d new, err %v", r.Feed.URL, r.Status, r.New, r.Err)
		}
	}
	if limit := int64(runtime.GOMAXPROCS(0)); most.Load() > limit {
		t.Errorf("%d feeds processed at once, want at most %d (GOMAXPROCS)", most.Load(), limit)
	}
}

// TestWriterWaitsForFeedsBeingProcessed: a small write waits for the feed
// being processed at that moment and takes it in the same transaction;
// with nothing being processed, each feed is written as it comes.
func TestWriterWaitsForFeedsBeingProcessed(t *testing.T) {
	for _, processing := range []bool{true, false} {
		c := &batchWatch{countingCache: newCache(t)}
		w := &writer{reqs: make(chan writeReq), done: make(chan struct{}), wait: time.Minute}
		go w.run(c)
		var replies []chan writeRes
		var settles []func()
		if processing {
			settles = []func(){w.expect(), w.expect()}
		}
		for f := range 2 {
			reply := make(chan writeRes, 1)
			replies = append(replies, reply)
			req := newWriteReq([]item.Item{{FeedURL: fmt.Sprintf("https://desk.test/%d", f), GUID: "x", Title: "X"}}, reply)
			if processing {
				req.arrived = settles[f] // the second feed is the last being processed
			}
			w.reqs <- req
			if !processing {
				<-reply // written alone
			}
		}
		for f, reply := range replies {
			if processing {
				if r := <-reply; r.err != nil || r.r.New != 1 {
					t.Errorf("feed %d: %d new, err %v", f, r.r.New, r.err)
				}
			}
		}
		close(w.reqs)
		<-w.done
		want := map[bool]int64{true: 1, false: 2}[processing]
		if c.writes.Load() != want || c.batched.Load() != 2 {
			t.Errorf("feeds being processed %v: %d writes of %d feeds, want %d of 2", processing, c.writes.Load(), c.batched.Load(), want)
		}
	}
}

// settleWatch is the real store, recording whether the last feed being
// processed had ended when the writer began its first transaction.
type settleWatch struct {
	*batchWatch
	ended       *atomic.Bool
	endedBefore atomic.Bool
}

func (c *settleWatch) WriteBatches(ctx context.Context, batches []store.Batch) ([]store.UpsertResult, error) {
	if c.writes.Load() == 0 {
		c.endedBefore.Store(c.ended.Load())
	}
	return c.batchWatch.WriteBatches(ctx, batches)
}

// TestWriterStopsWaitingWhenTheLastFeedEnds: a feed sends its items while
// another is being processed; once the writer waits for that one, it ends
// without items (a parse error, nothing new), or the processing slot it
// held is given back before it told the writer of itself. The writer
// writes the first feed as soon as that happens, without its time limit
// running out (the limit's clock here never runs out: a writer that waited
// for it would never write).
func TestWriterStopsWaitingWhenTheLastFeedEnds(t *testing.T) {
	for _, how := range []string{"settled", "slot given back"} {
		var ended, slotHeld atomic.Bool
		c := &settleWatch{batchWatch: &batchWatch{countingCache: newCache(t)}, ended: &ended}
		waiting := make(chan struct{}, 1)
		var timers atomic.Int64
		var freed signal
		w := &writer{reqs: make(chan writeReq), done: make(chan struct{}), wait: maxWriteWait,
			busy: slotHeld.Load, freed: &freed,
			after: func(time.Duration) <-chan time.Time {
				timers.Add(1)
				waiting <- struct{}{}
				return make(chan time.Time) // never sent on
			}}
		go w.run(c)
		first := w.expect()
		var last func()
		if how == "settled" {
			last = w.expect()
		} else {
			slotHeld.Store(true)
		}
		reply := make(chan writeRes, 1)
		req := newWriteReq([]item.Item{{FeedURL: "https://desk.test/first", GUID: "x", Title: "X"}}, reply)
		req.arrived = first
		w.reqs <- req
		<-waiting // the writer waits for the last feed
		ended.Store(true)
		if how == "settled" {
			last() // which ends with nothing to write
			last() // and says so twice (an error path and a deferred settle): counted once
		} else {
			slotHeld.Store(false)
			freed.broadcast()
		}
		select {
		case r := <-reply:
			if r.err != nil || r.r.New != 1 {
				t.Errorf("%s: first feed: %d new, err %v", how, r.r.New, r.err)
			}
		case <-time.After(time.Minute): // only a writer waiting for its limit gets here
			t.Fatalf("%s: the first feed was not written after the last feed being processed ended: the writer waits for its time limit", how)
		}
		close(w.reqs)
		<-w.done
		if !c.endedBefore.Load() {
			t.Errorf("%s: the writer wrote before the last feed being processed had ended", how)
		}
		if c.writes.Load() != 1 || c.batched.Load() != 1 || timers.Load() != 1 {
			t.Errorf("%s: %d writes of %d feeds, %d time limits started; want one write of 1 feed, one limit", how, c.writes.Load(), c.batched.Load(), timers.Load())
		}
		if n, _ := w.coming.state(); n != 0 {
			t.Errorf("%s: %d feeds still pending after all settled", how, n)
		}
	}
}
