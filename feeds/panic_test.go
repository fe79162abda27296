package feeds

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/item"
)

// TestProcessorPanicFailsOneFeed: a bug met on one feed's text (a panic in
// enrichment) fails that feed with one line naming the cause, saves none of
// it, keeps no validators and does not back off, so the next refresh
// fetches it again at once; the other feed of the run is saved as usual.
func TestProcessorPanicFailsOneFeed(t *testing.T) {
	site, srv := newETagSite(t, `"v1"`, fixture(t, "basic.xml"))
	c := newCache(t)
	var broken atomic.Bool
	broken.Store(true)
	process := func(feed *gofeed.Feed, feedURL, feedName string) ([]item.Item, error) {
		if broken.Load() && strings.HasSuffix(feedURL, "/bad") {
			var words []string
			_ = words[1] // the kind of bug hostile text finds
		}
		return testProcess(feed, feedURL, feedName), nil
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

	if st := stateOf(t, c, bad.URL); st.Failures != 0 || !st.NextAttempt.IsZero() {
		t.Errorf("broken feed backs off (%d failures, next attempt %v): lode's bug is not the server's fault", st.Failures, st.NextAttempt)
	}

	broken.Store(false) // the bug fixed: the next refresh, at once, fetches it in full
	rs = p.Poll(context.Background(), []Feed{bad}, nil)
	if inm := site.lastINM("/bad"); rs[0].Status != OK || rs[0].New != 2 || inm != "" {
		t.Fatalf("after the fix: %+v, If-None-Match %q", rs[0], inm)
	}
}

// TestProcessorErrorRetriedAtOnce: when the Processor fails on a feed (lode
// could not build its dictionary, say), the feed fails with one line naming
// it and the cause, its new version is not saved, its old validators are
// kept and it does not back off: the next refresh, a moment later, fetches
// it in full and saves the change.
func TestProcessorErrorRetriedAtOnce(t *testing.T) {
	site, srv := newETagSite(t, `"v1"`, fixture(t, "edited-v1.xml"))
	c := newCache(t)
	cause := errors.New("dictionary unreadable (test)")
	var broken atomic.Bool
	process := func(feed *gofeed.Feed, feedURL, feedName string) ([]item.Item, error) {
		if broken.Load() {
			return nil, fmt.Errorf("config /home/x/config.toml: %w", cause)
		}
		return testProcess(feed, feedURL, feedName), nil
	}
	clk := newClock()
	p := New(c, process, Options{Client: srv.Client(), Now: clk.Now})
	f := Feed{URL: srv.URL + "/edits", Name: "Edits Weekly"}
	title := func() string {
		t.Helper()
		for _, it := range itemsOf(t, c, f.URL) {
			if it.GUID == "e1" {
				return it.Title
			}
		}
		return ""
	}

	if r := p.Fetch(context.Background(), f); r.Status != OK || r.New != 2 {
		t.Fatalf("first fetch: %+v", r)
	}
	site.set(`"v2"`, fixture(t, "edited-v2.xml"))
	broken.Store(true)
	r := p.Fetch(context.Background(), f)
	if r.Status != Failed || !errors.Is(r.Err, cause) {
		t.Fatalf("failing processor: status %v, err %v", r.Status, r.Err)
	}
	if msg := errText(r); !strings.HasPrefix(msg, "Edits Weekly: ") || !strings.Contains(msg, cause.Error()) || strings.Contains(msg, "\n") {
		t.Errorf("want one line naming the feed and the cause, got %q", msg)
	}
	if r.New != 0 || r.Updated != 0 || title() != "Cobalt price falls" {
		t.Errorf("the failed version was saved: %d new, %d updated, title %q", r.New, r.Updated, title())
	}
	st := stateOf(t, c, f.URL)
	if st.ETag != `"v1"` || st.Failures != 0 || !st.NextAttempt.IsZero() || st.LastError != "" {
		t.Errorf("state after the failure: ETag %q (want the old one), %d failures, next attempt %v, last error %q (want no back-off)",
			st.ETag, st.Failures, st.NextAttempt, st.LastError)
	}

	broken.Store(false)
	rs := p.Poll(context.Background(), []Feed{f}, nil) // at once: the clock has not moved
	if inm := site.lastINM("/edits"); rs[0].Status != OK || rs[0].Updated != 1 || inm != `"v1"` {
		t.Fatalf("next refresh: %+v, If-None-Match %q", rs[0], inm)
	}
	if got := title(); got != "Cobalt price falls (corrected)" {
		t.Errorf("next refresh saved title %q", got)
	}
}

// etagSite serves one RSS body on every path under an ETag naming its
// version, answers 304 to a matching If-None-Match, and remembers the
// If-None-Match last asked for on each path.
type etagSite struct {
	mu   sync.Mutex
	etag string
	body []byte
	inm  map[string]string
}

// newETagSite starts an etagSite serving body under etag, closed when the test ends.
func newETagSite(t *testing.T, etag string, body []byte) (*etagSite, *httptest.Server) {
	s := &etagSite{etag: etag, body: body, inm: map[string]string{}}
	srv := httptest.NewServer(http.HandlerFunc(s.serve))
	t.Cleanup(srv.Close)
	return s, srv
}

func (s *etagSite) serve(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	s.inm[r.URL.Path] = r.Header.Get("If-None-Match")
	etag, body := s.etag, s.body
	s.mu.Unlock()
	w.Header().Set("ETag", etag)
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", "application/rss+xml")
	w.Write(body)
}

// set publishes a new version.
func (s *etagSite) set(etag string, body []byte) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.etag, s.body = etag, body
}

// lastINM is the If-None-Match last asked for on path.
func (s *etagSite) lastINM(path string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.inm[path]
}
