package main

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// TestFeedsAddSameURLOtherCase: a URL already configured, written with an
// upper-case scheme or host, is refused before anything is fetched, so the
// cache never holds the feed's items twice.
func TestFeedsAddSameURLOtherCase(t *testing.T) {
	var hits atomic.Int32
	fixtures := http.FileServer(http.Dir("testdata"))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		hits.Add(1)
		fixtures.ServeHTTP(w, r)
	}))
	defer srv.Close()
	home := newHome(t)
	if code, out, errOut := lode(t, home, "", "feeds", "add", srv.URL+"/briefings.rss"); code != 0 || !strings.Contains(out, "items") {
		t.Fatalf("feeds add: %d %s%s", code, out, errOut)
	}
	before := hits.Load()
	upper := strings.Replace(srv.URL, "http://", "HTTP://", 1) + "/briefings.rss"
	code, _, errOut := lode(t, home, "", "feeds", "add", upper)
	if code != 1 || !strings.Contains(errOut, "already in") || !strings.Contains(errOut, srv.URL+"/briefings.rss") {
		t.Fatalf("second add in other case: exit %d, %q", code, errOut)
	}
	if hits.Load() != before {
		t.Error("a feed already configured was fetched again")
	}
	_, out, _ := lode(t, home, "", "list", "--json")
	if n := len(decodeLines(t, out)); n != 3 {
		t.Fatalf("list has %d items, want the feed's 3 once", n)
	}
}

// TestFeedsRemoveAmbiguousName: a name two feeds share removes neither and
// says which URLs to choose from.
func TestFeedsRemoveAmbiguousName(t *testing.T) {
	home := newHome(t)
	for _, u := range []string{"http://127.0.0.1:9/a.xml", "http://127.0.0.1:9/b.xml"} {
		if code, _, errOut := lode(t, home, "", "feeds", "add", "--no-check", "--name", "Edits", u); code != 0 {
			t.Fatalf("feeds add: %s", errOut)
		}
	}
	code, _, errOut := lode(t, home, "", "feeds", "remove", "edits")
	if code != 1 || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, "a.xml") || !strings.Contains(errOut, "b.xml") {
		t.Fatalf("ambiguous remove: exit %d, %q", code, errOut)
	}
	cfg, err := os.ReadFile(filepath.Join(home, "config.toml"))
	if err != nil || strings.Count(string(cfg), `url = "http://127.0.0.1:9/`) != 2 {
		t.Fatalf("config changed by an ambiguous remove:\n%s", cfg)
	}
	if code, out, errOut := lode(t, home, "", "feeds", "remove", "http://127.0.0.1:9/b.xml"); code != 0 || !strings.Contains(out, "removed http://127.0.0.1:9/b.xml") {
		t.Fatalf("remove by URL: %d %s%s", code, out, errOut)
	}
}

// TestWatchlistInConfigIsChecked: an unknown watched company stops lode with
// one line naming the file and suggesting known names; aliases and tickers
// are accepted and read as the company's canonical name.
func TestWatchlistInConfigIsChecked(t *testing.T) {
	home := t.TempDir()
	cfg := filepath.Join(home, "config.toml")
	os.WriteFile(cfg, []byte("watchlist = [\"Lynas Rare Earth Ltd\"]\n"), 0o644)
	code, _, errOut := lode(t, home, "", "list")
	if code != 1 || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, cfg) ||
		!strings.Contains(errOut, `watchlist: unknown company "Lynas Rare Earth Ltd"`) || !strings.Contains(errOut, "Lynas Rare Earths") {
		t.Fatalf("unknown watched company: exit %d, %q", code, errOut)
	}
	// Watching by ticker: the fetch announces the new Lynas item.
	srv, gen := timedServer(t)
	gen.Store(2)
	os.WriteFile(cfg, []byte("watchlist = [\"LYC\"]\n[[feeds]]\nurl = \""+srv.URL+"/briefings.rss\"\n"), 0o644)
	code, out, errOut := lode(t, home, "", "fetch")
	if code != 0 || !strings.Contains(out, "★ Lynas Rare Earths: Lynas Rare Earths ships first heavy") {
		t.Fatalf("fetch with watchlist [LYC]: exit %d\n%s%s", code, out, errOut)
	}
}

// TestFailedAddCheckLeavesNoBackOff: a feed whose check failed was not
// added, so the failure must not follow it: once the user adds it with
// --no-check, the next `lode fetch` polls it instead of skipping it as
// "backing off after 1 failed attempt".
func TestFailedAddCheckLeavesNoBackOff(t *testing.T) {
	var broken atomic.Bool
	broken.Store(true)
	fixtures := http.FileServer(http.Dir("testdata"))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if broken.Load() {
			http.Error(w, "down for maintenance", http.StatusServiceUnavailable)
			return
		}
		fixtures.ServeHTTP(w, r)
	}))
	defer srv.Close()
	home := newHome(t)
	url := srv.URL + "/briefings.rss"
	if code, _, errOut := lode(t, home, "", "feeds", "add", url); code != 1 || !strings.Contains(errOut, "not added") {
		t.Fatalf("feeds add of a failing feed: exit %d, %q", code, errOut)
	}
	if code, out, errOut := lode(t, home, "", "feeds", "add", "--no-check", url); code != 0 {
		t.Fatalf("feeds add --no-check: exit %d, %s%s", code, out, errOut)
	}
	broken.Store(false)
	code, out, errOut := lode(t, home, "", "fetch")
	if code != 0 || strings.Contains(out+errOut, "backing off") {
		t.Fatalf("fetch after adding the feed: exit %d, %s%s", code, out, errOut)
	}
	_, out, _ = lode(t, home, "", "list", "--json")
	if n := len(decodeLines(t, out)); n != 3 {
		t.Fatalf("list has %d items, want the feed's 3", n)
	}
}

// TestFeedsImportMissingFile: a file that is not there is one line naming it
// once, with the cause.
func TestFeedsImportMissingFile(t *testing.T) {
	home := newHome(t)
	missing := filepath.Join(t.TempDir(), "subscriptions.opml")
	code, _, errOut := lode(t, home, "", "feeds", "import", missing)
	if want := "lode: import " + missing + ": no such file or directory\n"; code != 1 || errOut != want {
		t.Errorf("import of a missing file: exit %d, %q, want 1, %q", code, errOut, want)
	}
}
