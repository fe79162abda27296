package feeds

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
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
func TestDefaultClientReusesConnectionsPerWorker(t *testing.T) {
	const workers, nFeeds = 8, 24
	body := fixture(t, "basic.xml")
	var dials atomic.Int64
	var cur atomic.Pointer[wave]
	cur.Store(newWave(workers))
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		cur.Load().wait()
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(body)
	}))
	srv.Config.ConnState = func(_ net.Conn, s http.ConnState) {
		if s == http.StateNew {
			dials.Add(1)
		}
	}
	srv.Start()
	defer srv.Close()

	p := New(newCache(t), testProcess, Options{Workers: workers})
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
