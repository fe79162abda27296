package main

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// TestNotifyHelperProcess is not a test: it is the notify command the
// digest tests configure. It appends its arguments, one per line, to the
// file named by LODE_NOTIFY_OUT; given FAIL first, it says why on stderr and
// exits 3.
func TestNotifyHelperProcess(t *testing.T) {
	out := os.Getenv("LODE_NOTIFY_OUT")
	if out == "" {
		t.Skip("helper process for the notify tests")
	}
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = args[i+1:]
			break
		}
	}
	f, err := os.OpenFile(out, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		os.Exit(3)
	}
	b, _ := json.Marshal(args)
	f.Write(append(b, '\n'))
	f.Close()
	if len(args) > 0 && args[0] == "FAIL" {
		fmt.Fprintln(os.Stderr, "no notification daemon running")
		os.Exit(3)
	}
	os.Exit(0)
}

// timedServer serves testdata/timed/briefings-N.rss at /briefings.rss, N
// being the current generation (1 at first), with every @AGO:DURATION@
// replaced by the time that long before the request.
func timedServer(t *testing.T) (*httptest.Server, *atomic.Int32) {
	t.Helper()
	var gen atomic.Int32
	gen.Store(1)
	ago := regexp.MustCompile(`@AGO:([0-9a-z]+)@`)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/briefings.rss" {
			http.NotFound(w, r)
			return
		}
		data, err := os.ReadFile(filepath.Join("testdata", "timed", fmt.Sprintf("briefings-%d.rss", gen.Load())))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		now := time.Now()
		data = ago.ReplaceAllFunc(data, func(m []byte) []byte {
			d, _ := time.ParseDuration(string(ago.FindSubmatch(m)[1]))
			return []byte(now.Add(-d).Format(time.RFC1123Z))
		})
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(data)
	}))
	t.Cleanup(srv.Close)
	return srv, &gen
}

// TestBackfillIsNotAnnounced: the first fetch of a feed brings its archive;
// only the item published in the last two days is announced (and notified),
// the old ones are cached but neither announced nor counted as new in the
// digest. A later fetch announces the item published since, not an old one
// the feed lists again.
func TestBackfillIsNotAnnounced(t *testing.T) {
	srv, gen := timedServer(t)
	home := t.TempDir()
	record := filepath.Join(t.TempDir(), "notify.jsonl")
	t.Setenv("LODE_NOTIFY_OUT", record)
	exe, _ := os.Executable()
	cfg := `watchlist = ["Lynas Rare Earths", "MP Materials"]
notify = [` + quote(exe) + `, "-test.run=^TestNotifyHelperProcess$", "--", "{company}", "{title}"]
[[feeds]]
url = "` + srv.URL + `/briefings.rss"
name = "Timed"
`
	if err := os.WriteFile(filepath.Join(home, "config.toml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := lode(t, home, "", "fetch", "--notify")
	if code != 0 {
		t.Fatalf("first fetch: %d\n%s%s", code, out, errOut)
	}
	if !strings.Contains(out, "Timed: 3 new, 0 updated (2 published long before they arrived: not announced)") {
		t.Errorf("first fetch should say the archive was not announced:\n%s", out)
	}
	if strings.Count(out, "★") != 1 || !strings.Contains(out, "★ MP Materials: MP Materials opens Fort Worth magnet line (Timed)") {
		t.Errorf("first fetch should announce only the recent item:\n%s", out)
	}
	notified := func() string { data, _ := os.ReadFile(record); return string(data) }
	if n := notified(); strings.Count(n, "\n") != 1 || !strings.Contains(n, "Fort Worth magnet line") {
		t.Errorf("notify should run once, for the recent item:\n%s", n)
	}

	gen.Store(2)
	code, out, errOut = lode(t, home, "", "fetch", "--notify")
	if code != 0 {
		t.Fatalf("second fetch: %d\n%s%s", code, out, errOut)
	}
	if strings.Count(out, "★") != 1 || !strings.Contains(out, "★ Lynas Rare Earths: Lynas Rare Earths ships first heavy rare earths from Malaysia") {
		t.Errorf("second fetch should announce only the item published since:\n%s", out)
	}
	if n := notified(); strings.Count(n, "\n") != 2 || strings.Contains(n, "archive") {
		t.Errorf("notify runs after the second fetch:\n%s", n)
	}

	// The digest (no previous one: the last 24 hours) holds the two recent
	// items, not the archive.
	code, out, _ = lode(t, home, "", "digest")
	if code != 0 || !strings.HasPrefix(out, "2 items arrived since") || strings.Contains(out, "archive") ||
		!strings.Contains(out, "Fort Worth magnet line") || !strings.Contains(out, "heavy rare earths from Malaysia") {
		t.Errorf("digest should hold the two recent items only: %d\n%s", code, out)
	}
}

// TestNotifyFailureExits1: a notify command that fails, or cannot be run,
// makes `lode fetch --notify` exit 1 with a line naming the command and the
// cause; the fetch itself is kept.
func TestNotifyFailureExits1(t *testing.T) {
	srv, _ := timedServer(t)
	exe, _ := os.Executable()
	t.Setenv("LODE_NOTIFY_OUT", filepath.Join(t.TempDir(), "notify.jsonl"))
	for _, tc := range []struct{ notify, want string }{
		{`[` + quote(exe) + `, "-test.run=^TestNotifyHelperProcess$", "--", "FAIL", "{title}"]`,
			`lode: notify ` + exe + ` for "MP Materials opens Fort Worth magnet line": exit status 3: no notification daemon running`},
		{`["/nonexistent/notifier", "{title}"]`, `lode: notify /nonexistent/notifier for "MP Materials opens Fort Worth magnet line": `},
	} {
		home := t.TempDir()
		cfg := "watchlist = [\"MP Materials\"]\nnotify = " + tc.notify + "\n[[feeds]]\nurl = \"" + srv.URL + "/briefings.rss\"\nname = \"Timed\"\n"
		if err := os.WriteFile(filepath.Join(home, "config.toml"), []byte(cfg), 0o644); err != nil {
			t.Fatal(err)
		}
		code, out, errOut := lode(t, home, "", "fetch", "--notify")
		if code != 1 || !strings.Contains(errOut, tc.want) || !strings.Contains(errOut, "1 of 1 notify runs failed") {
			t.Errorf("notify %s: want exit 1 and %q, got %d\n%s%s", tc.notify, tc.want, code, out, errOut)
		}
		if !strings.Contains(out, "Timed: 3 new") {
			t.Errorf("the fetch should still be reported:\n%s", out)
		}
	}
}

// TestDigestPipeKeepsMark: a digest piped into another program does not move
// the "since the previous digest" mark; --mark does.
func TestDigestPipeKeepsMark(t *testing.T) {
	srv, _ := timedServer(t)
	home := newHome(t)
	lode(t, home, "", "feeds", "add", "--no-check", "--name", "Timed", srv.URL+"/briefings.rss")
	if code, out, errOut := lode(t, home, "", "fetch"); code != 0 {
		t.Fatalf("fetch: %d\n%s%s", code, out, errOut)
	}
	for i := 0; i < 2; i++ {
		code, out, _ := lode(t, home, "", "digest", "--compact")
		if code != 0 || !strings.HasPrefix(out, "1 item arrived since") {
			t.Fatalf("digest into a pipe, run %d: %d\n%s", i+1, code, out)
		}
	}
	if code, _, errOut := lode(t, home, "", "digest", "--mark", "--format", "markdown"); code != 0 {
		t.Fatalf("digest --mark: %d %s", code, errOut)
	}
	code, out, _ := lode(t, home, "", "digest")
	if code != 0 || !strings.HasPrefix(out, "No new briefings since") {
		t.Errorf("after --mark the digest should start from it: %d %q", code, out)
	}
}

// TestDigestGroupsEachItemOnce: in `lode digest` an item is listed once,
// under its first (watched) company, naming the others; a flagged item stays
// under its company, marked, and is in the flagged section too; --compact
// prints one line per item.
func TestDigestGroupsEachItemOnce(t *testing.T) {
	home, srv := readerHome(t)
	if code, _, errOut := lode(t, home, "", "feeds", "add", srv.URL+"/multi.rss"); code != 0 {
		t.Fatalf("feeds add: %s", errOut)
	}
	cfg, _ := os.ReadFile(filepath.Join(home, "config.toml"))
	cfg = regexp.MustCompile(`(?m)^watchlist = .*$`).ReplaceAll(cfg, nil)
	cfg = append([]byte(`watchlist = ["Lynas Rare Earths", "MP Materials"]`+"\n"), cfg...)
	if err := os.WriteFile(filepath.Join(home, "config.toml"), cfg, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := lode(t, home, "", "digest", "--since", "2026-11-01", "--format", "markdown")
	if code != 0 {
		t.Fatalf("digest: %d %s%s", code, out, errOut)
	}
	lynas := strings.Index(out, "## Lynas Rare Earths")
	mp := strings.Index(out, "## MP Materials")
	albemarle := strings.Index(out, "## Albemarle")
	flagged := strings.Index(out, "## Flagged as political")
	if lynas < 0 || mp < 0 || albemarle < 0 || flagged < 0 || !(lynas < albemarle && mp < albemarle && albemarle < flagged) {
		t.Fatalf("digest order (watched first, flagged last) wrong:\n%s", out)
	}
	groups := out[:flagged]
	const titleAlliance = "Iluka, Arafura, MP Materials and Lynas Rare Earths form magnet supply alliance"
	for _, title := range []string{titleLynas, titleMP, titleAlb, titleGallium, titleAlliance} {
		if n := strings.Count(groups, title); n != 1 {
			t.Errorf("%q listed %d times under companies, want once:\n%s", title, n, groups)
		}
	}
	for _, title := range []string{titleParty, titleJunta} {
		if !strings.Contains(out[flagged:], title) {
			t.Errorf("flagged section lacks %q:\n%s", title, out[flagged:])
		}
	}
	if !strings.Contains(groups, "⚑ [Ideology First: Baotou") {
		t.Errorf("a company's flagged item should stay under it, marked:\n%s", groups)
	}
	// The alliance is under MP Materials, the first watched company it
	// names, and its line names the three others.
	if i, j := strings.Index(groups, titleAlliance), strings.Index(groups, "## Lynas"); i < mp || (j > mp && i > j) {
		t.Errorf("the alliance item should be under MP Materials:\n%s", groups)
	}
	line := regexp.MustCompile(`(?m)^- \*\*\[Iluka, Arafura.*$`).FindString(groups)
	if !strings.Contains(line, "** — ") {
		t.Fatalf("no alliance line:\n%s", groups)
	}
	for _, c := range []string{"also ", "Iluka Resources", "Arafura Rare Earths", "Lynas Rare Earths"} {
		if !strings.Contains(line[strings.Index(line, "** — "):], c) {
			t.Errorf("the alliance line should name %q: %q", c, line)
		}
	}

	code, out, _ = lode(t, home, "", "digest", "--since", "2026-11-01", "--compact")
	if code != 0 {
		t.Fatalf("digest --compact: %d %s", code, out)
	}
	for _, title := range []string{titleLynas, titleMP, titleAlb, titleGallium, titleJunta, titleAlliance} {
		for _, line := range strings.Split(out, "\n") {
			if strings.Contains(line, title) && !strings.Contains(line, " · ") {
				t.Errorf("compact line for %q lacks its date and feed: %q", title, line)
			}
		}
	}
	// 7 items, the flagged one about a company listed under it too.
	if lines := strings.Count(out, "\n  "); lines != 7+1 {
		t.Errorf("--compact printed %d item lines, want 8:\n%s", lines, out)
	}
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
