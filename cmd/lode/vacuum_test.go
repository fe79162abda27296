package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/store"
)

// retentionFeed serves an RSS feed of n items published an hour apart,
// the newest an hour ago.
func retentionFeed(t *testing.T, n int) *httptest.Server {
	t.Helper()
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Retention Wire</title><link>https://example.com/</link>`)
	now := time.Now().UTC()
	for i := range n {
		fmt.Fprintf(&b, `<item><title>Cobalt cargo %d clears Durban</title><link>https://example.com/c%d</link><guid>c%d</guid><pubDate>%s</pubDate><description>Cargo %d of cobalt hydroxide cleared the port.</description></item>`,
			i, i, i, now.Add(-time.Duration(i+1)*time.Hour).Format(time.RFC1123Z), i)
	}
	b.WriteString(`</channel></rss>`)
	body := b.String()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, body) }))
	t.Cleanup(srv.Close)
	return srv
}

func TestRetentionAfterFetchAndVacuum(t *testing.T) {
	srv := retentionFeed(t, 5)
	home := t.TempDir()
	cfg := fmt.Sprintf("max_items_per_feed = 2\n[[feeds]]\nurl = %q\n", srv.URL+"/feed.rss")
	if err := os.WriteFile(filepath.Join(home, "config.toml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := lode(t, home, "", "fetch")
	if code != 0 || !strings.Contains(out, "removed 3 items past retention") {
		t.Fatalf("fetch: %d\n%s%s", code, out, errOut)
	}
	_, out, _ = lode(t, home, "", "list", "--json")
	recs := decodeLines(t, out)
	if len(recs) != 2 || recs[0].Title != "Cobalt cargo 0 clears Durban" || recs[1].Title != "Cobalt cargo 1 clears Durban" {
		t.Fatalf("after retention the cache should hold the two newest items, got %+v", recs)
	}

	// The feed still lists the pruned items: they do not come back as new.
	code, out, _ = lode(t, home, "", "fetch", "--force")
	if code != 0 || !strings.Contains(out, "0 new") || strings.Contains(out, "removed") {
		t.Fatalf("second fetch brought pruned items back:\n%s", out)
	}

	// A starred item outlives a tighter rule, and vacuum reports the space.
	st, err := store.Open(filepath.Join(home, "cache.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SetStarred(context.Background(), *recs[1].ID, true); err != nil {
		t.Fatal(err)
	}
	st.Close()
	os.WriteFile(filepath.Join(home, "config.toml"), []byte(strings.Replace(cfg, "= 2", "= 1", 1)), 0o644)
	code, out, errOut = lode(t, home, "", "vacuum")
	if code != 0 || !strings.Contains(out, "removed 0 items past retention") || !strings.Contains(out, "MB") {
		t.Fatalf("vacuum: %d %q %q", code, out, errOut)
	}
	_, out, _ = lode(t, home, "", "list", "--starred", "--json")
	if recs := decodeLines(t, out); len(recs) != 1 || recs[0].Title != "Cobalt cargo 1 clears Durban" {
		t.Fatalf("starred item must survive retention: %+v", recs)
	}
}

func TestRetentionConfigChecked(t *testing.T) {
	for _, bad := range []string{"keep_days = -1\n", "max_items_per_feed = -5\n", "keep_days = 99999999\n"} {
		home := t.TempDir()
		os.WriteFile(filepath.Join(home, "config.toml"), []byte("feeds = []\n"+bad), 0o644)
		code, _, errOut := lode(t, home, "", "vacuum")
		key := strings.Fields(bad)[0]
		if code != 1 || !strings.Contains(errOut, "config.toml") || !strings.Contains(errOut, key) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%q: want one line naming the file and %s, got %d %q", bad, key, code, errOut)
		}
	}
}
