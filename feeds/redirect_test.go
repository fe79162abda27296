package feeds

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"strings"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/sanitize"
)

// TestRedirectToUnsafeURLRefused: a 301 whose Location hides C1 controls or
// a bidi override is refused with one line; the feed is not moved, and
// nothing unsafe is stored.
func TestRedirectToUnsafeURLRefused(t *testing.T) {
	body := fixture(t, "basic.xml")
	mux := http.NewServeMux()
	for path, loc := range map[string]string{
		"/c1":    "/new?q=\xc2\x9b31m\xc2\x85x",
		"/bidi":  "/new?\u202etxt.exe",
		"/space": "/new?a\u2028b",
	} {
		mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
			w.Header()["Location"] = []string{loc}
			w.WriteHeader(http.StatusMovedPermanently)
		})
	}
	mux.HandleFunc("/new", serveBytes("application/rss+xml", body))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	for _, path := range []string{"/c1", "/bidi", "/space"} {
		c := newCache(t)
		p := newPoller(c, srv, newClock(), Options{})
		r := p.Fetch(context.Background(), Feed{URL: srv.URL + path, Name: "Feed"})
		msg := errText(r)
		if r.Status != Failed || r.MovedTo != "" || msg != "Feed: redirected to a URL with control, bidi or space characters" {
			t.Errorf("%s: status %v, moved to %q, error %q", path, r.Status, r.MovedTo, msg)
		}
		if st := stateOf(t, c, srv.URL+path); !sanitize.URL(st.URL) || st.Failures != 1 {
			t.Errorf("%s: state %+v", path, st)
		}
		if strings.ContainsAny(msg, "\u202e\u0085\u009b") {
			t.Errorf("%s: unsafe error %q", path, msg)
		}
	}
}

// TestPublicFeedRedirectToPrivateRefused: with 127.0.0.1 counted as public
// and 127.0.0.2 as private (the classifier injected), a feed on the public
// address that redirects to the private one, or to localhost, is refused
// with one line and the failure recorded; a feed already on the private
// address may redirect there, and redirects between public addresses work.
func TestPublicFeedRedirectToPrivateRefused(t *testing.T) {
	body := fixture(t, "basic.xml")
	ln, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Skipf("no 127.0.0.2 on this machine: %v", err)
	}
	private := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/hop" {
			http.Redirect(w, r, "/feed", http.StatusFound)
			return
		}
		w.Write(body)
	}))
	private.Listener = ln
	private.Start()
	defer private.Close()
	_, privPort, _ := net.SplitHostPort(ln.Addr().String())

	mux := http.NewServeMux()
	mux.HandleFunc("/to-private", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, private.URL+"/feed", http.StatusFound)
	})
	mux.HandleFunc("/to-localhost", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "http://localhost:"+privPort+"/feed", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/to-public", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/feed", http.StatusFound)
	})
	mux.HandleFunc("/feed", serveBytes("application/rss+xml", body))
	public := httptest.NewServer(mux)
	defer public.Close()

	isPrivate := func(a netip.Addr) bool { return a == netip.MustParseAddr("127.0.0.2") || a.IsPrivate() }
	for _, tc := range []struct {
		url     string
		refused bool
	}{
		{public.URL + "/to-private", true},
		{public.URL + "/to-localhost", true},
		{public.URL + "/to-public", false},
		{private.URL + "/hop", false},
	} {
		c := newCache(t)
		p := newPoller(c, public, newClock(), Options{IsPrivate: isPrivate})
		r := p.Fetch(context.Background(), Feed{URL: tc.url, Name: "Feed"})
		if !tc.refused {
			if r.Status != OK {
				t.Errorf("%s: %v %v, want ok", tc.url, r.Status, r.Err)
			}
			continue
		}
		msg := errText(r)
		if r.Status != Failed || !errors.Is(r.Err, ErrPrivateRedirect) || r.MovedTo != "" ||
			!strings.HasPrefix(msg, "Feed: a public feed redirected to a private address (") || strings.Contains(msg, "\n") {
			t.Errorf("%s: %v, moved to %q, error %q", tc.url, r.Status, r.MovedTo, msg)
		}
		if st := stateOf(t, c, tc.url); st.Failures != 1 {
			t.Errorf("%s: failure not recorded: %+v", tc.url, st)
		}
		if n := len(itemsOf(t, c, tc.url)); n != 0 {
			t.Errorf("%s: %d items stored from the private address", tc.url, n)
		}
	}
}

// TestWrongUTF16Label: an 8-bit (latin-1) body labelled UTF-16, in the
// Content-Type or the XML declaration, is read as the 8-bit text it is
// instead of failing the feed.
func TestWrongUTF16Label(t *testing.T) {
	body := []byte("<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss><channel><title>Caf\xe9 Minerals</title>" +
		"<item><title>Ni\xf1o lithium</title><guid>g1</guid></item></channel></rss>")
	for _, ct := range []string{"application/rss+xml; charset=utf-16", "application/rss+xml; charset=UTF-16LE", "application/rss+xml"} {
		f, err := Parse(body, ct, nil)
		if err != nil {
			t.Errorf("%s: %v", ct, err)
			continue
		}
		if f.Title != "Café Minerals" || len(f.Items) != 1 || f.Items[0].Title != "Niño lithium" {
			t.Errorf("%s: title %q, items %d", ct, f.Title, len(f.Items))
		}
	}
}

// TestStallingHostDoesNotStarveOthers: 56 feeds on a host that never
// answers are listed before a good feed on another host. Once one of them
// times out, the host's others are skipped for this refresh, and the good
// feed is polled. Before, the 56 took every worker for seven timeouts in a
// row and the good feed was skipped when the refresh's deadline ran out.
func TestStallingHostDoesNotStarveOthers(t *testing.T) {
	release := make(chan struct{})
	stall := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer stall.Close()
	defer close(release)
	good := httptest.NewServer(serveBytes("application/rss+xml", fixture(t, "basic.xml")))
	defer good.Close()
	var list []Feed
	for i := range 56 {
		list = append(list, Feed{URL: fmt.Sprintf("%s/stall/%d", stall.URL, i), Name: fmt.Sprintf("Stall %d", i)})
	}
	list = append(list, Feed{URL: good.URL + "/feed", Name: "Good"})
	c := newCache(t)
	p := newPoller(c, good, newClock(), Options{Workers: 8, Timeout: time.Second, Deadline: 3 * time.Second})
	rs := p.Poll(context.Background(), list, nil)
	if r := rs[56]; r.Status != OK || r.New == 0 {
		t.Fatalf("good feed: %v %q, %d new", r.Status, errText(r), r.New)
	}
	timedOut, skipped := 0, 0
	host := strings.TrimPrefix(stall.URL, "http://")
	for _, r := range rs[:56] {
		switch {
		case r.Status == Failed && strings.HasSuffix(errText(r), "timed out after 1s"):
			timedOut++
		case r.Status == Skipped && r.Note == "not polled: another feed on "+host+" timed out in this refresh":
			skipped++
		default:
			t.Errorf("%s: %v %q %q", r.Feed.Name, r.Status, errText(r), r.Note)
		}
	}
	if timedOut == 0 || timedOut > 8 || timedOut+skipped != 56 {
		t.Errorf("%d timed out (want 1 to 8: one round of the workers), %d skipped", timedOut, skipped)
	}
}
