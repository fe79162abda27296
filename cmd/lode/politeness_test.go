package main

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/config"
	"github.com/lode-reader/lode/internal/store"
	"github.com/lode-reader/lode/ui"
)

// TestReaderRemembersRetryAfter: a host that answers the reader's first `A`
// with 429 and Retry-After: 120 is not asked again by a second `A` (for the
// same item or another of its pages) nor by the reader's refresh while the
// reader runs, and each refusal is one line saying until when. The memory
// belongs to the reader's run: a new run asks again.
func TestReaderRemembersRetryAfter(t *testing.T) {
	feed, err := os.ReadFile(filepath.Join("testdata", "fulltext", "feed.xml"))
	if err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	hits := map[string]int{}
	var withLithium atomic.Bool
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		hits[r.URL.Path]++
		mu.Unlock()
		if strings.HasPrefix(r.URL.Path, "/articles/") {
			w.Header().Set("Retry-After", "120")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		doc := bytes.ReplaceAll(feed, []byte("{{BASE}}"), []byte(srv.URL))
		if withLithium.Load() {
			doc = bytes.Replace(doc, []byte("</channel>"), []byte(`<item><title>Lithium brine permits</title><link>`+srv.URL+`/articles/lithium.html</link>
<guid isPermaLink="false">teaser-4</guid><description>Permits were granted.</description></item></channel>`), 1)
		}
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(doc)
	}))
	defer srv.Close()
	count := func(path string) int {
		mu.Lock()
		defer mu.Unlock()
		return hits[path]
	}
	host := strings.TrimPrefix(srv.URL, "http://")

	home := newHome(t)
	if code, _, errOut := lode(t, home, "", "feeds", "add", "--no-check", srv.URL+"/feed.xml"); code != 0 {
		t.Fatalf("feeds add: %s", errOut)
	}
	a := &app{stdout: &bytes.Buffer{}, stderr: &bytes.Buffer{}, getenv: func(string) string { return "" }, home: home, buildPipeline: sharedPipeline}
	e, err := a.open(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer e.close()
	ctx := context.Background()
	rn := a.newReaderNet(e)
	if res, err := rn.refresh(ctx, true, func(ui.Progress) {}); err != nil || res.New != 3 {
		t.Fatalf("refresh: %+v %v", res, err)
	}
	ids := map[string]int64{}
	items, err := e.store.Items(ctx, store.Query{}, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range items {
		ids[it.Title] = it.ID
	}

	// until says whether line names the time Retry-After: 120 points to,
	// as the clock read between start and now.
	start := time.Now()
	until := func(line string) bool {
		for _, at := range []time.Time{start, time.Now()} {
			if strings.Contains(line, "before "+at.Add(120*time.Second).Local().Format("15:04")) {
				return true
			}
		}
		return false
	}
	_, err = rn.fetchArticle(ctx, ids["Heavy rare earth output climbs"])
	if err == nil || count("/articles/heavy.html") != 1 {
		t.Fatalf("first A: err %v, page asked %d times", err, count("/articles/heavy.html"))
	}
	want := `article for "Heavy rare earth output climbs": server said 429 Too Many Requests: not asking ` + host + ` again before `
	if line := err.Error(); !strings.HasPrefix(line, want) || !until(line) || strings.Contains(line, "\n") {
		t.Errorf("first A says %q, want one line %q and the time", line, want+"HH:MM")
	}

	for _, title := range []string{"Heavy rare earth output climbs", "Gallium curbs tighten"} {
		_, err = rn.fetchArticle(ctx, ids[title])
		want := `article for "` + title + `": ` + host + ` asked lode to wait: not asking again before `
		if err == nil || !strings.HasPrefix(err.Error(), want) || !until(err.Error()) || strings.Contains(err.Error(), "\n") {
			t.Errorf("A on %q within the wait says %v, want one line %q and the time", title, err, want+"HH:MM")
		}
	}
	if n, m := count("/articles/heavy.html"), count("/articles/missing.html"); n != 1 || m != 0 {
		t.Errorf("within the wait the host was asked again: heavy %d times, missing %d times", n, m)
	}

	// The reader's refresh shares the memory: the feed is polled, the new
	// item's article page (full_text on) waits.
	e.mu.Lock()
	e.cfg.Feeds[0].FullText = config.FullTextOn
	e.mu.Unlock()
	withLithium.Store(true)
	feedHits := count("/feed.xml")
	if res, err := rn.refresh(ctx, true, func(ui.Progress) {}); err != nil || res.New != 1 || count("/feed.xml") != feedHits+1 {
		t.Fatalf("refresh within the wait: %+v %v", res, err)
	}
	if n := count("/articles/lithium.html"); n != 0 {
		t.Errorf("the refresh asked the waiting host for an article page %d times", n)
	}

	// Another run of the reader starts afresh.
	if _, err := a.newReaderNet(e).fetchArticle(ctx, ids["Heavy rare earth output climbs"]); err == nil || count("/articles/heavy.html") != 2 {
		t.Errorf("a new reader run: err %v, page asked %d times in all, want 2", err, count("/articles/heavy.html"))
	}
}
