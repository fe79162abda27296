package feeds

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
)

func TestConditionalGET(t *testing.T) {
	const etag = `"v1"`
	const lastMod = "Mon, 03 Mar 2025 08:00:00 GMT"
	for _, tc := range []struct {
		name     string
		etag     bool
		lastMod  bool
		wantETag string
		wantLM   string
	}{
		{"etag", true, false, etag, ""},
		{"last-modified", false, true, "", lastMod},
		{"both", true, true, etag, lastMod},
	} {
		t.Run(tc.name, func(t *testing.T) {
			body := fixture(t, "basic.xml")
			var gets, notMod atomic.Int64
			var gotUA, gotINM, gotIMS atomic.Value
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				gets.Add(1)
				gotUA.Store(r.UserAgent())
				gotINM.Store(r.Header.Get("If-None-Match"))
				gotIMS.Store(r.Header.Get("If-Modified-Since"))
				if tc.etag {
					w.Header().Set("ETag", etag)
				}
				if tc.lastMod {
					w.Header().Set("Last-Modified", lastMod)
				}
				if (tc.etag && r.Header.Get("If-None-Match") == etag) || (!tc.etag && tc.lastMod && r.Header.Get("If-Modified-Since") == lastMod) {
					notMod.Add(1)
					w.WriteHeader(http.StatusNotModified)
					return
				}
				w.Header().Set("Content-Type", "application/rss+xml")
				w.Write(body)
			}))
			defer srv.Close()
			c := newCache(t)
			p := newPoller(c, srv, newClock(), Options{})
			f := Feed{URL: srv.URL + "/feed", Name: "Mining Weekly"}

			r := p.Fetch(context.Background(), f)
			if r.Status != OK || r.New != 2 || r.Err != nil {
				t.Fatalf("first poll: status %v new %d err %v", r.Status, r.New, r.Err)
			}
			if r.Title != "Mining Weekly" {
				t.Errorf("title %q", r.Title)
			}
			if ua := gotUA.Load().(string); !strings.HasPrefix(ua, "lode/") || !strings.Contains(ua, "(+https://github.com/lode-reader/lode)") {
				t.Errorf("user agent %q", ua)
			}
			st := stateOf(t, c, f.URL)
			if st.ETag != tc.wantETag || st.LastModified != tc.wantLM || st.Title != "Mining Weekly" || st.LastSuccess.IsZero() {
				t.Errorf("state after first poll: %+v", st)
			}
			upserts := c.upserts.Load()

			rs := p.Poll(context.Background(), []Feed{f}, nil)
			if rs[0].Status != NotModified || rs[0].New != 0 || rs[0].Err != nil {
				t.Fatalf("second poll: %+v", rs[0])
			}
			if gotINM.Load().(string) != tc.wantETag || gotIMS.Load().(string) != tc.wantLM {
				t.Errorf("conditional headers sent: If-None-Match %q If-Modified-Since %q", gotINM.Load(), gotIMS.Load())
			}
			if notMod.Load() != 1 || gets.Load() != 2 {
				t.Errorf("server saw %d requests, %d answered 304", gets.Load(), notMod.Load())
			}
			if c.upserts.Load() != upserts {
				t.Errorf("a 304 wrote items: %d upserts, want %d", c.upserts.Load(), upserts)
			}
			if n := len(itemsOf(t, c, f.URL)); n != 2 {
				t.Errorf("cached items %d, want 2", n)
			}
			if s := Summarize(rs).String(); s != "1 feed: 0 ok, 1 not modified · 0 new, 0 updated" {
				t.Errorf("summary %q", s)
			}
			if st2 := stateOf(t, c, f.URL); st2.ETag != tc.wantETag || st2.LastModified != tc.wantLM {
				t.Errorf("304 lost the validators: %+v", st2)
			}
		})
	}
}

func TestServerErrorThenRecovery(t *testing.T) {
	var fail atomic.Bool
	fail.Store(true)
	body := fixture(t, "basic.xml")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if fail.Load() {
			http.Error(w, "down", http.StatusServiceUnavailable)
			return
		}
		w.Write(body)
	}))
	defer srv.Close()
	c := newCache(t)
	clk := newClock()
	p := newPoller(c, srv, clk, Options{})
	f := Feed{URL: srv.URL, Name: "Mining Weekly"}
	ctx := context.Background()

	r := p.Fetch(ctx, f)
	if r.Status != Failed || errText(r) != "Mining Weekly: server said 503 Service Unavailable, retrying after 10m" {
		t.Fatalf("first failure: %v %q", r.Status, errText(r))
	}
	var se *StatusError
	if !errors.As(r.Err, &se) || se.Code != 503 {
		t.Errorf("error does not unwrap to a StatusError: %#v", r.Err)
	}
	st := stateOf(t, c, f.URL)
	if st.Failures != 1 || st.LastError != "server said 503 Service Unavailable" || !st.NextAttempt.Equal(clk.Now().Add(10*time.Minute)) {
		t.Errorf("state after one failure: %+v", st)
	}

	// Within the back-off the feed is skipped, without a request.
	r = p.Fetch(ctx, f)
	if r.Status != Skipped || r.Err != nil || r.Note != "backing off until "+st.NextAttempt.Local().Format("15:04")+" after 1 failed attempt (server said 503 Service Unavailable)" {
		t.Fatalf("within back-off: %v note %q err %v", r.Status, r.Note, r.Err)
	}

	// A second failure doubles the wait.
	clk.Add(11 * time.Minute)
	r = p.Fetch(ctx, f)
	if r.Status != Failed || errText(r) != "Mining Weekly: server said 503 Service Unavailable, retrying after 20m" {
		t.Fatalf("second failure: %v %q", r.Status, errText(r))
	}
	if st := stateOf(t, c, f.URL); st.Failures != 2 {
		t.Errorf("failures %d, want 2", st.Failures)
	}

	// Force ignores the back-off; recovery resets the state.
	fail.Store(false)
	p.o.Force = true
	r = p.Fetch(ctx, f)
	if r.Status != OK || r.New != 2 {
		t.Fatalf("recovery: %v new %d err %v", r.Status, r.New, r.Err)
	}
	st = stateOf(t, c, f.URL)
	if st.Failures != 0 || st.LastError != "" || !st.NextAttempt.IsZero() || !st.LastSuccess.Equal(clk.Now()) {
		t.Errorf("state after recovery: %+v", st)
	}
}

func TestBackoffGrowsAndCaps(t *testing.T) {
	want := []time.Duration{10 * time.Minute, 20 * time.Minute, 40 * time.Minute, 80 * time.Minute, 160 * time.Minute, 320 * time.Minute, 640 * time.Minute, 1280 * time.Minute, 24 * time.Hour, 24 * time.Hour}
	for i, w := range want {
		if got := backoff(i + 1); got != w {
			t.Errorf("backoff(%d) = %v, want %v", i+1, got, w)
		}
	}
	if backoff(1000) != 24*time.Hour {
		t.Error("backoff(1000) not capped")
	}
}

func TestTooManyRequestsRetryAfter(t *testing.T) {
	clk := newClock()
	for _, tc := range []struct {
		name, header, want string
		wait               time.Duration
	}{
		{"seconds", "3600", "retrying after 1h", time.Hour},
		{"http date", clk.Now().Add(2 * time.Hour).Format(http.TimeFormat), "retrying after 2h", 2 * time.Hour},
		{"short", "5", "retrying after 10m", 10 * time.Minute}, // never sooner than the back-off
		{"absurd", "99999999", "retrying after 24h", 24 * time.Hour},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Retry-After", tc.header)
				w.WriteHeader(http.StatusTooManyRequests)
			}))
			defer srv.Close()
			c := newCache(t)
			p := newPoller(c, srv, clk, Options{})
			r := p.Fetch(context.Background(), Feed{URL: srv.URL, Name: "Busy"})
			if r.Status != Failed || errText(r) != "Busy: server said 429 Too Many Requests, "+tc.want {
				t.Fatalf("got %v %q", r.Status, errText(r))
			}
			if st := stateOf(t, c, srv.URL); !st.NextAttempt.Equal(clk.Now().Add(tc.wait)) || st.Failures != 1 {
				t.Errorf("next attempt %v, want now+%v (failures %d)", st.NextAttempt, tc.wait, st.Failures)
			}
		})
	}
}

func TestSlowFeedDoesNotDelayOthers(t *testing.T) {
	body := fixture(t, "basic.xml")
	release := make(chan struct{})
	defer close(release)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			select {
			case <-r.Context().Done():
			case <-release:
			}
			return
		}
		w.Write(body)
	}))
	defer srv.Close()
	c := newCache(t)
	p := newPoller(c, srv, newClock(), Options{Timeout: 300 * time.Millisecond, Workers: 4})
	fs := []Feed{{URL: srv.URL + "/slow", Name: "Slow Feed"}}
	for i := range 3 {
		fs = append(fs, Feed{URL: fmt.Sprintf("%s/fast%d", srv.URL, i), Name: fmt.Sprintf("Fast %d", i)})
	}
	var mu sync.Mutex
	var order []string
	var inCallback atomic.Int32
	rs := p.Poll(context.Background(), fs, func(r Result) {
		if inCallback.Add(1) != 1 {
			t.Error("progress called concurrently")
		}
		mu.Lock()
		order = append(order, r.Feed.Name)
		mu.Unlock()
		time.Sleep(time.Millisecond)
		inCallback.Add(-1)
	})
	if len(order) != 4 || order[3] != "Slow Feed" {
		t.Errorf("progress order %v, want the slow feed last", order)
	}
	for i, r := range rs {
		if r.Feed.URL != fs[i].URL {
			t.Errorf("result %d is for %s, want %s", i, r.Feed.URL, fs[i].URL)
		}
	}
	if rs[0].Status != Failed || errText(rs[0]) != "Slow Feed: timed out after 300ms" {
		t.Errorf("slow feed: %v %q", rs[0].Status, errText(rs[0]))
	}
	for _, r := range rs[1:] {
		if r.Status != OK || r.New != 2 {
			t.Errorf("%s: %v new %d err %v", r.Feed.Name, r.Status, r.New, r.Err)
		}
	}
	if st := stateOf(t, c, fs[0].URL); st.Failures != 1 || st.LastError != "timed out after 300ms" {
		t.Errorf("slow feed state %+v", st)
	}
	if s := Summarize(rs).String(); s != "4 feeds: 3 ok, 1 failed · 6 new, 0 updated" {
		t.Errorf("summary %q", s)
	}
}

func TestRefreshDeadline(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		<-r.Context().Done()
	}))
	defer srv.Close()
	c := newCache(t)
	p := newPoller(c, srv, newClock(), Options{Workers: 1, Deadline: 200 * time.Millisecond, Timeout: 10 * time.Second})
	rs := p.Poll(context.Background(), []Feed{{URL: srv.URL + "/a", Name: "A"}, {URL: srv.URL + "/b", Name: "B"}}, nil)
	if rs[0].Status != Failed || errText(rs[0]) != "A: the refresh took longer than 200ms and was stopped" {
		t.Errorf("first: %v %q", rs[0].Status, errText(rs[0]))
	}
	if rs[1].Status != Skipped || rs[1].Note != "not polled: the refresh took longer than 200ms and was stopped" {
		t.Errorf("second: %v %q", rs[1].Status, rs[1].Note)
	}
	if st := stateOf(t, c, srv.URL+"/a"); st.Failures != 0 {
		t.Errorf("a refresh deadline counted against the feed: %+v", st)
	}
}

func TestBodyOverCap(t *testing.T) {
	big := bytes.Repeat([]byte("x"), 2000)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/chunked" {
			w.Write(big[:500])
			w.(http.Flusher).Flush()
			w.Write(big[500:])
			return
		}
		w.Header().Set("Content-Length", fmt.Sprint(len(big)))
		w.Write(big)
	}))
	defer srv.Close()
	c := newCache(t)
	p := newPoller(c, srv, newClock(), Options{MaxBytes: 1024})
	for _, path := range []string{"/length", "/chunked"} {
		r := p.Fetch(context.Background(), Feed{URL: srv.URL + path, Name: "Big"})
		if r.Status != Failed || errText(r) != "Big: response larger than 1 KiB" || !errors.Is(r.Err, ErrTooLarge) {
			t.Errorf("%s: %v %q", path, r.Status, errText(r))
		}
	}
}

func gzipped(t *testing.T, b []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write(b)
	zw.Close()
	return buf.Bytes()
}

func TestGzip(t *testing.T) {
	plain := fixture(t, "basic.xml")
	zipped := gzipped(t, plain)
	var acceptEnc atomic.Value
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		acceptEnc.Store(r.Header.Get("Accept-Encoding"))
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(zipped)
	}))
	defer srv.Close()
	c := newCache(t)
	// MaxBytes between the compressed and the plain size: gzip must still pass the compressed cap.
	p := newPoller(c, srv, newClock(), Options{MaxBytes: int64(len(plain) + 10)})
	r := p.Fetch(context.Background(), Feed{URL: srv.URL, Name: "Zipped"})
	if r.Status != OK || r.New != 2 {
		t.Fatalf("gzip feed: %v new %d err %v", r.Status, r.New, r.Err)
	}
	if acceptEnc.Load() != "gzip" {
		t.Errorf("Accept-Encoding %q", acceptEnc.Load())
	}
	if items := itemsOf(t, c, srv.URL); len(items) != 2 || items[0].Title != "Gallium export curbs tighten" {
		t.Errorf("items %+v", items)
	}
}

func TestGzipBomb(t *testing.T) {
	// 16 MiB of spaces compress to about 16 KiB.
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write([]byte(`<?xml version="1.0"?><rss><channel><title>`))
	chunk := bytes.Repeat([]byte(" "), 1<<20)
	for range 16 {
		zw.Write(chunk)
	}
	zw.Close()
	bomb := buf.Bytes()
	if len(bomb) > 1<<20 {
		t.Fatalf("bomb is %d bytes compressed", len(bomb))
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(bomb)
	}))
	defer srv.Close()
	p := newPoller(newCache(t), srv, newClock(), Options{MaxBytes: 1 << 20})
	r := p.Fetch(context.Background(), Feed{URL: srv.URL, Name: "Bomb"})
	if r.Status != Failed || errText(r) != "Bomb: response larger than 1 MiB" {
		t.Errorf("gzip bomb: %v %q", r.Status, errText(r))
	}
}

func TestRedirects(t *testing.T) {
	body := fixture(t, "basic.xml")
	mux := http.NewServeMux()
	mux.HandleFunc("/loop-a", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop-b", http.StatusFound) })
	mux.HandleFunc("/loop-b", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/loop-a", http.StatusFound) })
	mux.HandleFunc("/old", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/new", http.StatusMovedPermanently) })
	mux.HandleFunc("/old308", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/new308", http.StatusPermanentRedirect)
	})
	mux.HandleFunc("/temp", func(w http.ResponseWriter, r *http.Request) { http.Redirect(w, r, "/new", http.StatusFound) })
	mux.HandleFunc("/temp307", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/new", http.StatusTemporaryRedirect)
	})
	mux.HandleFunc("/perm-then-temp", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/temp", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "javascript:alert(1)")
		w.WriteHeader(http.StatusFound)
	})
	mux.HandleFunc("/file", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "file:///etc/passwd")
		w.WriteHeader(http.StatusMovedPermanently)
	})
	mux.HandleFunc("/new", func(w http.ResponseWriter, r *http.Request) { w.Write(body) })
	mux.HandleFunc("/new308", func(w http.ResponseWriter, r *http.Request) { w.Write(body) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	ctx := context.Background()

	t.Run("loop", func(t *testing.T) {
		p := newPoller(newCache(t), srv, newClock(), Options{})
		r := p.Fetch(ctx, Feed{URL: srv.URL + "/loop-a", Name: "Loop"})
		if r.Status != Failed || errText(r) != "Loop: too many redirects (loop?)" || !errors.Is(r.Err, ErrTooManyRedirects) {
			t.Errorf("%v %q", r.Status, errText(r))
		}
	})
	for _, tc := range []struct{ path, want string }{
		{"/js", "Evil: redirected to a non-http URL (javascript:)"},
		{"/file", "Evil: redirected to a non-http URL (file:)"},
	} {
		t.Run(tc.path, func(t *testing.T) {
			p := newPoller(newCache(t), srv, newClock(), Options{})
			r := p.Fetch(ctx, Feed{URL: srv.URL + tc.path, Name: "Evil"})
			if r.Status != Failed || errText(r) != tc.want || !errors.Is(r.Err, ErrNotHTTP) {
				t.Errorf("%v %q", r.Status, errText(r))
			}
		})
	}
	for _, tc := range []struct{ path, moved string }{
		{"/old", "/new"},
		{"/old308", "/new308"},
		{"/temp", ""},
		{"/temp307", ""},
		{"/perm-then-temp", "/temp"},
	} {
		t.Run(tc.path, func(t *testing.T) {
			c := newCache(t)
			p := newPoller(c, srv, newClock(), Options{})
			old := srv.URL + tc.path
			// Something cached under the old URL follows the move.
			if _, err := c.Upsert(ctx, testProcess(mustParse(t, body), old, "Moved")[:1]); err != nil {
				t.Fatal(err)
			}
			r := p.Fetch(ctx, Feed{URL: old, Name: "Moved"})
			if r.Status != OK {
				t.Fatalf("%v %v", r.Status, r.Err)
			}
			want := ""
			if tc.moved != "" {
				want = srv.URL + tc.moved
			}
			if r.MovedTo != want {
				t.Fatalf("MovedTo %q, want %q", r.MovedTo, want)
			}
			if want == "" {
				if n := len(itemsOf(t, c, old)); n != 2 || c.moves.Load() != 0 {
					t.Errorf("temporary redirect: %d items under the old URL, %d moves", n, c.moves.Load())
				}
				return
			}
			if r.New != 1 || r.Updated != 0 {
				t.Errorf("after move: new %d updated %d, want 1 and 0", r.New, r.Updated)
			}
			if n := len(itemsOf(t, c, old)); n != 0 {
				t.Errorf("%d items left under the old URL", n)
			}
			if n := len(itemsOf(t, c, want)); n != 2 {
				t.Errorf("%d items under the new URL, want 2", n)
			}
			if st := stateOf(t, c, want); st.LastSuccess.IsZero() {
				t.Errorf("no state under the new URL: %+v", st)
			}
		})
	}
}

func mustParse(t *testing.T, body []byte) *gofeed.Feed {
	t.Helper()
	f, _, err := parse(body, "", nil, Limits{})
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestRefusedURLs(t *testing.T) {
	p := New(newCache(t), infallible(testProcess), Options{})
	for _, tc := range []struct{ url, name, want string }{
		{"javascript:alert(1)", "", "javascript:alert(1): not an http or https URL"},
		{"file:///etc/passwd", "Local", "Local: not an http or https URL"},
		{"ftp://ftp.example/feed.xml", "", "ftp.example/feed.xml: not an http or https URL"},
		{"feed.example/rss", "", "feed.example/rss: not an http or https URL"},
		{"", "", "(feed without a URL): not an http or https URL"},
	} {
		r := p.Fetch(context.Background(), Feed{URL: tc.url, Name: tc.name})
		if r.Status != Failed || errText(r) != tc.want || !errors.Is(r.Err, ErrNotHTTP) {
			t.Errorf("%q: %v %q, want %q", tc.url, r.Status, errText(r), tc.want)
		}
	}
}

func TestBodies(t *testing.T) {
	for _, tc := range []struct {
		name, fixture, ct string
		status            Status
		err               string
		titles            []string
		feedTitle         string
	}{
		{name: "malformed XML", fixture: "malformed.xml", ct: "application/rss+xml", status: Failed,
			err: "Feed: not a feed: XML syntax error on line 3: unexpected EOF"},
		{name: "HTML page with a feed link", fixture: "html-page.html", ct: "text/html; charset=utf-8", status: Failed,
			err: "Feed: not a feed: got an HTML page (it links to a feed at SERVER/feed.xml)"},
		{name: "HTML page", fixture: "html-nolink.html", ct: "text/html", status: Failed,
			err: "Feed: not a feed: got an HTML page"},
		{name: "empty feed", fixture: "empty-feed.xml", ct: "application/rss+xml", status: OK, feedTitle: "Quiet Feed"},
		{name: "0-byte body", fixture: "empty-body.xml", ct: "application/rss+xml", status: Failed,
			err: "Feed: not a feed: the document is empty"},
		{name: "ISO-8859-1 by XML declaration", fixture: "latin1.xml", ct: "application/xml", status: OK,
			titles: []string{"Société Générale finance la mine de Nioé"}, feedTitle: "Société Minière"},
		{name: "ISO-8859-1 by both header and declaration", fixture: "latin1.xml", ct: "application/xml; charset=ISO-8859-1", status: OK,
			titles: []string{"Société Générale finance la mine de Nioé"}, feedTitle: "Société Minière"},
		{name: "windows-1252 by Content-Type", fixture: "cp1252.xml", ct: "text/xml; charset=windows-1252", status: OK,
			titles: []string{"“Graphite” anode costs — €12/kg’s floor"}, feedTitle: "Graphite – Daily"},
		{name: "windows-1252 unlabelled", fixture: "cp1252.xml", ct: "text/xml", status: OK,
			titles: []string{"“Graphite” anode costs — €12/kg’s floor"}, feedTitle: "Graphite – Daily"},
		{name: "Atom", fixture: "atom.xml", ct: "application/atom+xml", status: OK,
			titles: []string{"Neodymium output rises"}, feedTitle: "Rare Earth Wire"},
		{name: "JSON Feed", fixture: "jsonfeed.json", ct: "application/feed+json", status: OK,
			titles: []string{"Cobalt hydroxide payables"}, feedTitle: "Cobalt JSON"},
		{name: "duplicate GUIDs keep the first", fixture: "dupes.xml", ct: "application/rss+xml", status: OK,
			titles: []string{"Other", "First copy"}, feedTitle: "Dupes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := httptest.NewServer(serveBytes(tc.ct, fixture(t, tc.fixture)))
			defer srv.Close()
			c := newCache(t)
			p := newPoller(c, srv, newClock(), Options{})
			r := p.Fetch(context.Background(), Feed{URL: srv.URL, Name: "Feed"})
			want := strings.ReplaceAll(tc.err, "SERVER", srv.URL)
			if r.Status != tc.status || errText(r) != want {
				t.Fatalf("got %v %q, want %v %q", r.Status, errText(r), tc.status, want)
			}
			items := itemsOf(t, c, srv.URL)
			if len(items) != len(tc.titles) || r.New != len(tc.titles) {
				t.Fatalf("%d items cached, %d new, want %d", len(items), r.New, len(tc.titles))
			}
			for i, it := range items {
				if it.Title != tc.titles[i] {
					t.Errorf("title %q, want %q", it.Title, tc.titles[i])
				}
			}
			if r.Title != tc.feedTitle {
				t.Errorf("feed title %q, want %q", r.Title, tc.feedTitle)
			}
			st := stateOf(t, c, srv.URL)
			if tc.status == Failed && (st.Failures != 1 || st.LastError == "") {
				t.Errorf("failure not recorded: %+v", st)
			}
			if tc.status == OK && (st.Failures != 0 || st.LastSuccess.IsZero() || st.Title != tc.feedTitle) {
				t.Errorf("success not recorded: %+v", st)
			}
		})
	}
}

func TestDuplicateGUIDsNote(t *testing.T) {
	srv := httptest.NewServer(serveBytes("application/rss+xml", fixture(t, "dupes.xml")))
	defer srv.Close()
	r := newPoller(newCache(t), srv, newClock(), Options{}).Fetch(context.Background(), Feed{URL: srv.URL})
	if r.Status != OK || r.New != 2 || r.Note != "ignored 1 repeated item" {
		t.Errorf("%v new %d note %q", r.Status, r.New, r.Note)
	}
}

func TestEditedUpstream(t *testing.T) {
	var version atomic.Int32
	v1, v2 := fixture(t, "edited-v1.xml"), fixture(t, "edited-v2.xml")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if version.Load() == 0 {
			w.Write(v1)
			return
		}
		w.Write(v2)
	}))
	defer srv.Close()
	c := newCache(t)
	p := newPoller(c, srv, newClock(), Options{})
	f := Feed{URL: srv.URL, Name: "Edits"}
	r := p.Fetch(context.Background(), f)
	if r.New != 2 || r.Updated != 0 || len(r.NewIDs) != 2 {
		t.Fatalf("first: %+v", r)
	}
	if err := c.SetRead(context.Background(), r.NewIDs, true); err != nil {
		t.Fatal(err)
	}
	version.Store(1)
	r = p.Fetch(context.Background(), f)
	if r.Status != OK || r.New != 0 || r.Updated != 1 {
		t.Fatalf("after edit: %v new %d updated %d", r.Status, r.New, r.Updated)
	}
	items := itemsOf(t, c, srv.URL)
	if len(items) != 2 || items[0].Title != "Cobalt price falls (corrected)" || items[0].Sections.Body != "Cobalt fell 2%, not 3%." {
		t.Errorf("items after edit: %+v", items)
	}
	if !items[0].Read {
		t.Error("the edit lost the read state")
	}
}

func TestMaxItems(t *testing.T) {
	var b strings.Builder
	b.WriteString(`<rss><channel><title>Many</title>`)
	for i := range 50 {
		fmt.Fprintf(&b, "<item><title>Item %d</title><guid>g%02d</guid></item>", i, i)
	}
	b.WriteString(`</channel></rss>`)
	srv := httptest.NewServer(serveBytes("application/rss+xml", []byte(b.String())))
	defer srv.Close()
	c := newCache(t)
	r := newPoller(c, srv, newClock(), Options{MaxItems: 10}).Fetch(context.Background(), Feed{URL: srv.URL})
	if r.Status != OK || r.New != 10 || r.Note != "kept first 10 of 50 items" {
		t.Errorf("%v new %d note %q", r.Status, r.New, r.Note)
	}
	if items := itemsOf(t, c, srv.URL); len(items) != 10 || items[9].GUID != "g09" {
		t.Errorf("kept %d items", len(items))
	}
}

func TestSummaryString(t *testing.T) {
	rs := []Result{
		{Status: OK, New: 30, Updated: 3}, {Status: OK, New: 4}, {Status: OK}, {Status: OK}, {Status: OK}, {Status: OK},
		{Status: OK}, {Status: OK}, {Status: OK}, {Status: NotModified}, {Status: NotModified}, {Status: Failed},
	}
	if s := Summarize(rs).String(); s != "12 feeds: 9 ok, 2 not modified, 1 failed · 34 new, 3 updated" {
		t.Errorf("summary %q", s)
	}
	if s := Summarize(append(rs, Result{Status: Skipped})).String(); s != "13 feeds: 9 ok, 2 not modified, 1 failed, 1 skipped · 34 new, 3 updated" {
		t.Errorf("summary %q", s)
	}
	if got := Summarize(rs); got != (Summary{OK: 9, NotModified: 2, Failed: 1, New: 34, Updated: 3}) {
		t.Errorf("counts %+v", got)
	}
}

func TestSameURLTwice(t *testing.T) {
	srv := httptest.NewServer(serveBytes("application/rss+xml", fixture(t, "basic.xml")))
	defer srv.Close()
	rs := newPoller(newCache(t), srv, newClock(), Options{}).Poll(context.Background(), []Feed{{URL: srv.URL}, {URL: srv.URL}}, nil)
	if rs[0].Status != OK || rs[1].Status != Skipped || rs[1].Note != "not polled: the same URL is listed twice" {
		t.Errorf("%+v", rs)
	}
}

func TestHumanDurations(t *testing.T) {
	for d, want := range map[time.Duration]string{
		300 * time.Millisecond: "300ms", 20 * time.Second: "20s", 10 * time.Minute: "10m",
		90 * time.Minute: "1h30m", 24 * time.Hour: "24h", 61 * time.Second: "1m1s",
	} {
		if got := human(d); got != want {
			t.Errorf("human(%v) = %q, want %q", d, got, want)
		}
	}
}

// An unreachable host (lode offline) is retried on the next refresh rather
// than backed off: waiting spares no server.
func TestUnreachableIsNotBackedOff(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL + "/feed.xml"
	srv.Close() // connection refused from now on
	c := newCache(t)
	p := New(c, infallible(testProcess), Options{})
	r := p.Fetch(context.Background(), Feed{URL: url, Name: "Gone"})
	if r.Status != Failed || !strings.Contains(errText(r), "Gone: ") {
		t.Fatalf("first fetch: %v %q", r.Status, errText(r))
	}
	st, _ := c.FeedState(context.Background(), url)
	if st.Failures != 1 || !st.NextAttempt.IsZero() || st.LastError == "" {
		t.Fatalf("state after an unreachable host: %+v", st)
	}
	if r := p.Fetch(context.Background(), Feed{URL: url, Name: "Gone"}); r.Status == Skipped {
		t.Fatalf("second refresh skipped an unreachable feed: %q", r.Note)
	}
}
