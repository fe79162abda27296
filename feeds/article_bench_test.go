package feeds

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lode-reader/lode/internal/store"
)

// BenchmarkRefreshFullTextAuto is a fresh refresh of one summary-only feed
// of 20 items with full_text = "auto", on a loopback site serving the feed
// and the 20 article pages (the fixture page): parse, 20 article fetches
// and extractions, the pipeline twice per item, and the cache writes.
func BenchmarkRefreshFullTextAuto(b *testing.B) {
	const items = 20
	pageHTML, err := os.ReadFile(filepath.Join("..", "testdata", "fulltext", "heavy.html"))
	if err != nil {
		b.Fatal(err)
	}
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/feed.xml" {
			var sb strings.Builder
			sb.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>`)
			for i := range items {
				fmt.Fprintf(&sb, `<item><title>Teaser %d</title><link>%s/a/%d.html</link><guid>t-%d</guid><description>A short teaser for story %d.</description></item>`, i, srv.URL, i, i, i)
			}
			sb.WriteString(`</channel></rss>`)
			w.Write([]byte(sb.String()))
			return
		}
		if path.Dir(r.URL.Path) == "/a" {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(pageHTML)
			return
		}
		http.NotFound(w, r)
	}))
	defer srv.Close()
	pipe := realPipeline(b)
	articles := 0
	for b.Loop() {
		b.StopTimer()
		st, err := store.Open(filepath.Join(b.TempDir(), "cache.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		p := New(st, infallible(pipe.Process), Options{Client: srv.Client()})
		r := p.Fetch(context.Background(), Feed{URL: srv.URL + "/feed.xml", FullText: FullTextAuto})
		if r.Status != OK || r.Articles != items {
			b.Fatalf("status %v, articles %d, err %v, note %q", r.Status, r.Articles, r.Err, r.Note)
		}
		articles += r.Articles
		b.StopTimer()
		st.Close()
		b.StartTimer()
	}
	b.ReportMetric(float64(articles)/b.Elapsed().Seconds(), "articles/s")
}
