package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFeedsAddFullText: `feeds add --full-text=auto` writes full_text =
// "auto", its check fetch brings the teaser items' article pages, `show`
// says the text came from the article page and keeps the feed's summary,
// and the item whose page is missing keeps its feed text with one line.
func TestFeedsAddFullText(t *testing.T) {
	feed, _ := os.ReadFile(filepath.Join("testdata", "fulltext", "feed.xml"))
	page, _ := os.ReadFile(filepath.Join("..", "..", "testdata", "fulltext", "heavy.html"))
	var srv *httptest.Server
	srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/feed.xml":
			w.Write(bytes.ReplaceAll(feed, []byte("{{BASE}}"), []byte(srv.URL)))
		case "/articles/heavy.html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(page)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	home := newHome(t)
	code, out, errOut := lode(t, home, "", "feeds", "add", "--full-text=auto", srv.URL+"/feed.xml")
	if code != 0 {
		t.Fatalf("feeds add: %d %s%s", code, out, errOut)
	}
	if !strings.Contains(out+errOut, "fetched 1 article") || !strings.Contains(out+errOut, `article for "Gallium curbs tighten": server said 404 Not Found`) {
		t.Errorf("feeds add output lacks the article lines:\n%s%s", out, errOut)
	}
	cfg, _ := os.ReadFile(filepath.Join(home, "config.toml"))
	if !strings.Contains(string(cfg), `full_text = "auto"`) {
		t.Errorf("config lacks full_text:\n%s", cfg)
	}
	_, out, _ = lode(t, home, "", "list", "--json")
	var heavyID int64
	for _, rec := range decodeLines(t, out) {
		if rec.Title == "Heavy rare earth output climbs" {
			heavyID = *rec.ID
			if rec.TextSource != "article" || !strings.Contains(rec.FeedSummary, "A Malaysian separation line") {
				t.Errorf("list --json text_source %q, feed_summary %q", rec.TextSource, rec.FeedSummary)
			}
		} else if rec.TextSource != "" {
			t.Errorf("%v: text_source %v", rec.Title, rec.TextSource)
		}
	}
	if heavyID == 0 {
		t.Fatal("heavy item not listed")
	}
	_, out, _ = lode(t, home, "", "show", jsonNum(heavyID))
	for _, want := range []string{"Text: from the article page", "Takeaway\nA clean operating month", "Feed summary\nA Malaysian separation line hit nameplate.", "Lynas Rare Earths"} {
		if !strings.Contains(out, want) {
			t.Errorf("show lacks %q:\n%s", want, out)
		}
	}
	code, _, errOut = lode(t, home, "", "feeds", "add", "--full-text=sometimes", "--no-check", srv.URL+"/other.xml")
	if code != 2 || !strings.Contains(errOut, "want true, false or auto") {
		t.Errorf("bad --full-text: exit %d %q", code, errOut)
	}
}

func jsonNum(n int64) string {
	b, _ := json.Marshal(n)
	return string(b)
}
