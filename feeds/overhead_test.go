package feeds

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// wave holds the first requests of a refresh until want of them are in
// flight at once, so every worker has a connection of its own open.
type wave struct {
	mu       sync.Mutex
	want, in int
	open     chan struct{}
}

func newWave(want int) *wave { return &wave{want: want, open: make(chan struct{})} }

func (w *wave) wait() {
	w.mu.Lock()
	w.in++
	if w.in == w.want {
		close(w.open)
	}
	w.mu.Unlock()
	select {
	case <-w.open:
	case <-time.After(5 * time.Second): // never hang the test if fewer arrive
	}
}

// TestDefaultClientReusesConnectionsPerWorker: with the default client, the
// workers of a refresh keep their connections to a host between feeds and
// between refreshes, rather than redialling all but two of them.
// serveWithETag answers with body and the ETag "v1", or 304 Not Modified
// to a request that already has it.
func serveWithETag(w http.ResponseWriter, r *http.Request, body []byte) {
	if r.Header.Get("If-None-Match") == `"v1"` {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("ETag", `"v1"`)
	w.Header().Set("Content-Type", "application/rss+xml")
	w.Write(body)
}

func TestDefaultClientReusesConnectionsPerWorker(t *testing.T) {
	const workers, nFeeds = 8, 24
	body := fixture(t, "basic.xml")
	var dials atomic.Int64
	var cur atomic.Pointer[wave]
	cur.Store(newWave(workers))
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cur.Load().wait()
		serveWithETag(w, r, body)
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			dials.Add(1)
		}
	}
	srv.Start()
	defer srv.Close()

	p := New(newCache(t), infallible(testProcess), Options{Workers: workers})
	defer p.o.Client.CloseIdleConnections()
	list := make([]Feed, nFeeds)
	for i := range list {
		list[i] = Feed{URL: fmt.Sprintf("%s/feed/%d.xml", srv.URL, i)}
	}
	var opened [2]int64
	for run, want := range []Status{OK, NotModified} {
		cur.Store(newWave(workers))
		before := dials.Load()
		for _, r := range p.Poll(context.Background(), list, nil) {
			if r.Status != want {
				t.Fatalf("refresh %d: %s: status %v (%v), want %v", run+1, r.Feed.URL, r.Status, r.Err, want)
			}
		}
		opened[run] = dials.Load() - before
	}
	// The first refresh opens one connection per worker (a few more at most,
	// when a request starts before the previous body's connection is back);
	// the all-304 one finds them all idle.
	if opened[1] != 0 {
		t.Errorf("the all-304 refresh of %d feeds on one host with %d workers opened %d new connections (the first refresh opened %d), want 0: each worker's connection kept idle", nFeeds, workers, opened[1], opened[0])
	}
}

// TestAllNotModifiedStatesSavedAndIsolated: an all-304 refresh records every
// feed's success, and a feed whose state the cache refuses fails alone, with
// the cause, the others' states saved.
func TestAllNotModifiedStatesSavedAndIsolated(t *testing.T) {
	const nFeeds = 40
	body := fixture(t, "basic.xml")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		serveWithETag(w, r, body)
	}))
	defer srv.Close()
	c := newCache(t)
	clk := newClock()
	p := newPoller(c, srv, clk, Options{Workers: 8})
	list := make([]Feed, nFeeds)
	for i := range list {
		list[i] = Feed{URL: fmt.Sprintf("%s/feed/%d.xml", srv.URL, i)}
	}
	ctx := context.Background()
	for _, r := range p.Poll(ctx, list, nil) {
		if r.Status != OK {
			t.Fatalf("first refresh: %s: %v (%v)", r.Feed.URL, r.Status, r.Err)
		}
	}
	// The cache now refuses to record feed 7's state.
	bad := list[7].URL
	if _, err := c.DB().Exec(fmt.Sprintf(`CREATE TRIGGER refuse_feed BEFORE UPDATE ON feeds WHEN NEW.url = '%s'
		BEGIN SELECT RAISE(ABORT, 'refused'); END`, bad)); err != nil {
		t.Fatal(err)
	}
	clk.Add(time.Hour)
	for _, r := range p.Poll(ctx, list, nil) {
		if r.Feed.URL == bad {
			if r.Status != Failed || !strings.Contains(errText(r), "save feed state") {
				t.Errorf("%s, whose state the cache refuses: %v %q, want a failure saying the state was not saved", bad, r.Status, errText(r))
			}
			continue
		}
		if r.Status != NotModified || r.Err != nil {
			t.Errorf("all-304 refresh: %s: %v (%v), want not modified", r.Feed.URL, r.Status, r.Err)
		}
	}
	for _, f := range list {
		st, err := c.FeedState(ctx, f.URL)
		if err != nil {
			t.Fatal(err)
		}
		want := clk.Now()
		if f.URL == bad {
			want = want.Add(-time.Hour) // its first success stays
		}
		if !st.LastSuccess.Equal(want) || st.ETag != `"v1"` || st.Failures != 0 {
			t.Errorf("%s: last success %v, etag %q, failures %d; want %v, \"v1\", 0", f.URL, st.LastSuccess, st.ETag, st.Failures, want)
		}
	}
}
