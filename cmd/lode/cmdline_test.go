package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHelpAndVersion: --version, help CMD and CMD --help exit 0 and print
// the command's usage on stdout; a usage error is one line on stderr that
// points to the command's --help, with exit status 2.
func TestHelpAndVersion(t *testing.T) {
	home := newHome(t)
	for _, args := range [][]string{{"--version"}, {"version"}} {
		code, out, errOut := lode(t, home, "", args...)
		if code != 0 || out != "lode "+version+"\n" || errOut != "" {
			t.Errorf("%v: %d %q %q", args, code, out, errOut)
		}
	}
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"help", "list"}, []string{"Usage:\n  lode list [--json]", "-since WHEN", "-feed NAME", "-tag TAG"}},
		{[]string{"list", "--help"}, []string{"Usage:\n  lode list [--json]", "-since WHEN"}},
		// The table's FLAGS column (N-I, -*-) was explained nowhere.
		{[]string{"list", "--help"}, []string{"FLAGS: N unread, * starred, I ideology-flagged"}},
		{[]string{"digest", "-h"}, []string{"  lode digest [--since", "-compact", "-mark"}},
		{[]string{"help", "feeds", "add"}, []string{"  lode feeds add URL", "-no-check", "-full-text true|false|auto\n"}},
		{[]string{"feeds", "--help"}, []string{"  lode feeds add URL", "  lode feeds export"}},
		{[]string{"help", "fetch"}, []string{"  lode fetch [--workers N]", "-notify"}},
		{[]string{"help"}, []string{"lode: a terminal reader", "  lode help [COMMAND]"}},
	} {
		code, out, errOut := lode(t, home, "", tc.args...)
		if code != 0 || errOut != "" {
			t.Errorf("%v: exit %d, stderr %q", tc.args, code, errOut)
		}
		for _, w := range tc.want {
			if !strings.Contains(out, w) {
				t.Errorf("%v: usage lacks %q:\n%s", tc.args, w, out)
			}
		}
	}
	for _, tc := range []struct {
		args    []string
		pointer string
	}{
		{[]string{"list", "--bogus"}, "(see 'lode list --help')"},
		{[]string{"digest", "--format", "pdf"}, "(see 'lode digest --help')"},
		{[]string{"fetch", "--workers", "0"}, "(see 'lode fetch --help')"},
		{[]string{"frobnicate"}, "(see 'lode --help')"},
		{[]string{"help", "frobnicate"}, "(see 'lode --help')"},
		{[]string{"--bogus"}, "(see 'lode --help')"},
		{[]string{"feeds", "add"}, "(see 'lode feeds add --help')"},
	} {
		code, out, errOut := lode(t, home, "", tc.args...)
		if code != 2 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "lode: ") || !strings.HasSuffix(errOut, tc.pointer+"\n") {
			t.Errorf("%v: want exit 2 and one line ending %q, got %d %q %q", tc.args, tc.pointer, code, out, errOut)
		}
	}
}

// TestListWholeTitlesAndFilters: into a pipe `lode list` prints whole
// titles; --feed, --tag and --since narrow the list; an unknown feed or tag
// is a usage error naming it.
func TestListWholeTitlesAndFilters(t *testing.T) {
	srv := fixtureServer(t)
	tsrv, _ := timedServer(t)
	home := t.TempDir()
	cfg := `[[feeds]]
url = "` + srv.URL + `/briefings.rss"
name = "Briefings"
tags = ["rare-earths"]
[[feeds]]
url = "` + srv.URL + `/wire.atom"
name = "Wire"
tags = ["lithium"]
[[feeds]]
url = "` + tsrv.URL + `/briefings.rss"
name = "Timed"
tags = ["rare-earths"]
`
	if err := os.WriteFile(filepath.Join(home, "config.toml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := lode(t, home, "", "fetch"); code != 0 {
		t.Fatalf("fetch: %d\n%s%s", code, out, errOut)
	}
	const long = "Ideology First: Baotou Rare Earth Group Convenes Party Loyalty Study Session" // 77 characters
	code, out, _ := lode(t, home, "", "list")
	if code != 0 || !strings.Contains(out, long+"  ") {
		t.Errorf("list into a pipe should print whole titles:\n%s", out)
	}
	rows := func(args ...string) []string {
		t.Helper()
		code, out, errOut := lode(t, home, "", append([]string{"list"}, args...)...)
		if code != 0 {
			t.Fatalf("list %v: %d %s", args, code, errOut)
		}
		var feeds []string
		for _, l := range strings.Split(strings.TrimSpace(out), "\n")[1:] {
			if l != "" {
				feeds = append(feeds, strings.Fields(l)[3])
			}
		}
		return feeds
	}
	check := func(args []string, wantFeeds map[string]int) {
		t.Helper()
		got := map[string]int{}
		for _, f := range rows(args...) {
			got[f]++
		}
		if len(got) != len(wantFeeds) {
			t.Errorf("list %v: feeds %v, want %v", args, got, wantFeeds)
		}
		for f, n := range wantFeeds {
			if got[f] != n {
				t.Errorf("list %v: feeds %v, want %v", args, got, wantFeeds)
			}
		}
	}
	check([]string{"--feed", "wire"}, map[string]int{"Wire": 2})
	check([]string{"--feed", "Wire", "--feed", "Briefings"}, map[string]int{"Wire": 2, "Briefings": 3})
	check([]string{"--tag", "rare-earths"}, map[string]int{"Briefings": 3, "Timed": 3})
	// Since 24 hours ago: what arrived in that time, without the backfills.
	check([]string{"--since", "24h"}, map[string]int{"Timed": 1})
	check([]string{"--since", "24h", "--tag", "lithium"}, map[string]int{})
	for _, tc := range []struct{ args []string }{{[]string{"--feed", "nosuch"}}, {[]string{"--tag", "cobalt"}}, {[]string{"--since", "soon"}}} {
		code, _, errOut := lode(t, home, "", append([]string{"list"}, tc.args...)...)
		if code != 2 || !strings.Contains(errOut, tc.args[1]) || strings.Count(errOut, "\n") != 1 {
			t.Errorf("list %v: want a one-line usage error naming %q, got %d %q", tc.args, tc.args[1], code, errOut)
		}
	}
}

// TestFetchOfflineFirstRun: with no feed reachable and nothing cached,
// lode fetch says so plainly and exits 1.
func TestFetchOfflineFirstRun(t *testing.T) {
	home := t.TempDir()
	cfg := "[[feeds]]\nurl = \"http://127.0.0.1:9/feed.xml\"\nname = \"Down\"\n"
	if err := os.WriteFile(filepath.Join(home, "config.toml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := lode(t, home, "", "fetch")
	if code != 1 || !strings.Contains(out, "Down:") || !strings.Contains(errOut, "no feed could be reached and nothing is cached yet") {
		t.Errorf("offline first fetch: %d\n%s%s", code, out, errOut)
	}
}

// TestFetchEveryFeedAnsweredWithAnError: servers that answer, but with a
// 404 or a web page instead of a feed, are not a network problem: on a first
// run lode fetch says every feed failed and points at their errors, without
// telling the user to check the network.
func TestFetchEveryFeedAnsweredWithAnError(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/page" {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, "<!doctype html><html><body><p>Welcome</p></body></html>")
			return
		}
		http.NotFound(w, r)
	}))
	defer srv.Close()
	home := t.TempDir()
	cfg := fmt.Sprintf("[[feeds]]\nurl = %q\nname = \"Gone\"\n[[feeds]]\nurl = %q\nname = \"Page\"\n", srv.URL+"/gone.xml", srv.URL+"/page")
	if err := os.WriteFile(filepath.Join(home, "config.toml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := lode(t, home, "", "fetch")
	if code != 1 || !strings.Contains(out, "Gone: server said 404") || !strings.Contains(out, "Page: not a feed") {
		t.Fatalf("fetch: %d\n%s%s", code, out, errOut)
	}
	if strings.Contains(errOut, "network") || strings.Contains(errOut, "could not be reached") ||
		!strings.Contains(errOut, "every feed failed and nothing is cached yet") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("fetch's last word when every server answered with an error: %q", errOut)
	}
}

// TestUsageDescriptionsLineUp: in 'lode --help' every description whose
// command fits before the description column starts in that column, so the
// list reads as two columns.
func TestUsageDescriptionsLineUp(t *testing.T) {
	col := strings.Index(usageHeader, "remove a feed") - strings.LastIndex(usageHeader[:strings.Index(usageHeader, "remove a feed")], "\n") - 1
	for _, l := range strings.Split(usageHeader, "\n") {
		if !strings.HasPrefix(l, "  lode ") {
			continue
		}
		end := strings.Index(l[2:], "  ") + 2
		if end < 2 || end >= col-1 {
			continue // no description, or a command too long for the column
		}
		if at := len(l) - len(strings.TrimLeft(l[end:], " ")); at != col {
			t.Errorf("description at column %d, not %d: %q", at, col, l)
		}
	}
}
