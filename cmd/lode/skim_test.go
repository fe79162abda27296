package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// skimHome is a home whose cache holds the 100 briefings of
// testdata/skim100.rss, all unread, and their titles.
func skimHome(t *testing.T) (string, []string) {
	t.Helper()
	srv := fixtureServer(t)
	home := newHome(t)
	if code, _, errOut := lode(t, home, "", "feeds", "add", "--no-check", srv.URL+"/skim100.rss"); code != 0 {
		t.Fatalf("feeds add: %s", errOut)
	}
	if code, out, errOut := lode(t, home, "", "fetch"); code != 0 {
		t.Fatalf("fetch: %d\n%s%s", code, out, errOut)
	}
	data, err := os.ReadFile(filepath.Join("testdata", "skim100.rss"))
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, m := range regexp.MustCompile(`<item>\s*<title>([^<]+)</title>`).FindAllStringSubmatch(string(data), -1) {
		titles = append(titles, m[1])
	}
	if len(titles) != 100 {
		t.Fatalf("fixture has %d titles", len(titles))
	}
	return home, titles
}

// listRows returns, for each list row on screen, how many characters of
// its title it shows and the list's width. A row's title starts after the
// 7 marker cells; in a side-by-side layout the list ends at "│".
func listRows(scr string, width int, titles []string) (rows [][2]int) {
	for _, l := range strings.Split(scr, "\n") {
		r := []rune(l)
		listW := width
		if i := strings.IndexRune(l, '│'); i >= 0 {
			r = []rune(l[:i])
			listW = len(r)
		}
		if len(r) < 8 {
			continue
		}
		// Titles share beginnings: the row's title is the one it matches
		// longest.
		best := 0
		for _, t := range titles {
			n := 0
			tr := []rune(t)
			for n < len(tr) && 7+n < len(r) && r[7+n] == tr[n] {
				n++
			}
			// A cut just after a word drops the space before its "…".
			if n < len(tr) && tr[n] == ' ' && 7+n < len(r) && r[7+n] == '…' {
				n++
			}
			best = max(best, n)
		}
		if best >= 20 {
			rows = append(rows, [2]int{best, listW})
		}
	}
	return rows
}

// listPosition is the cursor's place in the header's "N/100", 0 if none.
func listPosition(scr string) int {
	m := regexp.MustCompile(`\b(\d+)/100\b`).FindStringSubmatch(scr)
	if m == nil {
		return 0
	}
	var n int
	fmt.Sscan(m[1], &n)
	return n
}

// TestMorningSkimInTmux is the skim loop: 100 unread briefings at 100x30,
// n through every one of them (each opens in the panes and is marked
// read), q back to the list, which shows them all read; then the titles
// keep at least 55% of the list's width at 80 to 200 columns.
func TestMorningSkimInTmux(t *testing.T) {
	t.Parallel() // mostly waits on tmux or a child lode, so it runs beside the others
	home, titles := skimHome(t)
	s := startTmux(t, 100, 30, nil, "--home", home, "--no-refresh")
	s.waitText("100 items · 100 unread", "Highlights")
	for i := 1; i <= 100; i++ {
		s.keys("n")
		if i%10 == 0 || i == 1 {
			scr := s.waitText(fmt.Sprintf("%d/100", i), fmt.Sprintf("%d unread", 100-i))
			if i == 1 && !strings.Contains(scr, "Highlights") {
				t.Fatalf("n did not open the item:\n%s", scr)
			}
		}
	}
	s.keys("n")
	s.waitText("no unread items")
	s.keys("q") // the panes → the list
	s.keys("g")
	scr := s.waitText("1/100", "0 unread")
	for page := 0; page < 5; page++ {
		for _, l := range strings.Split(scr, "\n")[2:] {
			if i := strings.IndexRune(l, '│'); i >= 0 {
				l = l[:i]
			}
			if strings.Contains(l, "●") {
				t.Fatalf("an item is still unread:\n%s", scr)
			}
		}
		// Check the next page once the cursor has moved to it (it stays
		// on the last item at the end).
		from := listPosition(scr)
		s.keys("PageDown")
		scr = s.waitFor("the next page", func(scr string) bool {
			at := listPosition(scr)
			return at > from || at == 100
		})
	}
	for _, w := range []int{80, 100, 120, 160, 200} {
		s.run("resize-window", "-t", s.name, "-x", fmt.Sprint(w), "-y", "30")
		var rows [][2]int
		scr := s.waitFor(fmt.Sprintf("list at %d columns", w), func(scr string) bool {
			lines := strings.Split(strings.TrimRight(scr, "\n"), "\n")
			rows = listRows(scr, w, titles)
			return len(lines) > 0 && len([]rune(lines[0])) >= w-2 && len(rows) >= 5 && (w < 100) == !strings.Contains(scr, "│")
		})
		for _, r := range rows {
			if need := (r[1]*55 + 99) / 100; r[0] < need {
				t.Fatalf("%d columns: a row shows %d title characters in a %d-wide list, want %d:\n%s", w, r[0], r[1], need, scr)
			}
		}
	}
	s.keys("q")
	s.waitFor("reader to quit", func(scr string) bool { return !strings.Contains(scr, "Highlights") })
	s.exitedOK()
	code, out, errOut := lode(t, home, "", "list", "--unread", "--json")
	if code != 0 || strings.TrimSpace(out) != "" {
		t.Fatalf("after the skim, unread items remain (exit %d):\n%s%s", code, out, errOut)
	}
}

// TestBadKeysStopTheReader: an unknown action or a key lode cannot read in
// [keys] stops lode with one line naming the file and the key.
func TestBadKeysStopTheReader(t *testing.T) {
	for conf, want := range map[string]string{
		"[keys]\nnext_unred = [\"n\"]\n": "keys.next_unred: unknown action",
		"[keys]\nquit = [\"ctrl+?\"]\n":  `keys.quit: cannot read key "ctrl+?"`,
	} {
		home := t.TempDir()
		cfg := filepath.Join(home, "config.toml")
		if err := os.WriteFile(cfg, []byte("feeds = []\n"+conf), 0o644); err != nil {
			t.Fatal(err)
		}
		code, _, errOut := lode(t, home, "", "--no-refresh")
		if code == 0 || !strings.Contains(errOut, cfg) || !strings.Contains(errOut, want) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("%q: exit %d, stderr %q; want one line naming %s and %q", conf, code, errOut, cfg, want)
		}
	}
}

// TestWatchlistKeepsTheUsersSpelling: saving the watchlist from the reader
// keeps "LYC" as the user wrote it, adds the new company by name, and an
// emptied watchlist keeps its line.
func TestWatchlistKeepsTheUsersSpelling(t *testing.T) {
	home := t.TempDir()
	cfg := filepath.Join(home, "config.toml")
	if err := os.WriteFile(cfg, []byte("feeds = []\nwatchlist = [\"LYC\", \"mp materials\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	a := &app{stdout: os.Stdout, stderr: os.Stderr, getenv: func(string) string { return "" }, home: home, buildPipeline: sharedPipeline}
	e, err := a.open(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer e.close()
	w := e.watchlist()
	if strings.Join(w, ",") != "Lynas Rare Earths,MP Materials" {
		t.Fatalf("watchlist %q", w)
	}
	if err := e.setWatchlist(append(w, "Albemarle")); err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(cfg)
	if !strings.Contains(string(data), `watchlist = ["LYC", "mp materials", "Albemarle"]`) {
		t.Fatalf("watchlist not saved as spelt:\n%s", data)
	}
	if err := e.setWatchlist([]string{"MP Materials"}); err != nil {
		t.Fatal(err)
	}
	data, _ = os.ReadFile(cfg)
	if !strings.Contains(string(data), `watchlist = ["mp materials"]`) {
		t.Fatalf("watchlist after removing two:\n%s", data)
	}
	if err := e.setWatchlist(nil); err != nil {
		t.Fatal(err)
	}
	data, _ = os.ReadFile(cfg)
	if !strings.Contains(string(data), `watchlist = []`) {
		t.Fatalf("empty watchlist lost its line:\n%s", data)
	}
}
