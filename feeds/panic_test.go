package feeds

import (
	"context"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/item"
)

// TestProcessorPanicFailsOneFeed: a bug met on one feed's text (a panic in
// enrichment) fails that feed with one line naming the cause, saves none of
// it and keeps no validators, so the next refresh fetches it again; the
// other feed of the run is saved as usual.
func TestProcessorPanicFailsOneFeed(t *testing.T) {
	body := fixture(t, "basic.xml")
	var sawINM atomic.Value
	sawINM.Store("")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/bad" {
			sawINM.Store(r.Header.Get("If-None-Match"))
		}
		w.Header().Set("ETag", `"v1"`)
		if r.Header.Get("If-None-Match") == `"v1"` {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(body)
	}))
	defer srv.Close()
	c := newCache(t)
	var broken atomic.Bool
	broken.Store(true)
	process := func(feed *gofeed.Feed, feedURL, feedName string) []item.Item {
		if broken.Load() && strings.HasSuffix(feedURL, "/bad") {
			var words []string
			_ = words[1] // the kind of bug hostile text finds
		}
		return testProcess(feed, feedURL, feedName)
	}
	clk := newClock()
	p := New(c, process, Options{Client: srv.Client(), Now: clk.Now})
	bad := Feed{URL: srv.URL + "/bad", Name: "Broken Weekly"}
	good := Feed{URL: srv.URL + "/good", Name: "Mining Weekly"}

	rs := p.Poll(context.Background(), []Feed{bad, good}, nil)
	if rs[0].Status != Failed || !strings.Contains(errText(rs[0]), "processing its items failed") || !strings.Contains(errText(rs[0]), "index out of range") {
		t.Fatalf("broken feed: status %v, err %q", rs[0].Status, errText(rs[0]))
	}
	if strings.Contains(errText(rs[0]), "\n") {
		t.Errorf("error is not one line: %q", errText(rs[0]))
	}
	if rs[1].Status != OK || rs[1].New != 2 {
		t.Fatalf("other feed: %+v", rs[1])
	}
	if n := len(itemsOf(t, c, bad.URL)); n != 0 {
		t.Errorf("broken feed saved %d items", n)
	}
	if st := stateOf(t, c, bad.URL); st.ETag != "" {
		t.Errorf("broken feed kept validators %q: the next refresh would get a 304 and never save it", st.ETag)
	}

	broken.Store(false) // the bug fixed: the next refresh, after the backoff, fetches it in full
	clk.Add(24 * time.Hour)
	rs = p.Poll(context.Background(), []Feed{bad}, nil)
	if rs[0].Status != OK || rs[0].New != 2 || sawINM.Load().(string) != "" {
		t.Fatalf("after the fix: %+v, If-None-Match %q", rs[0], sawINM.Load())
	}
}
