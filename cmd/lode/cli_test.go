package main

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/lode-reader/lode/internal/classify"
	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/config"
	"github.com/lode-reader/lode/internal/ingest"
	"github.com/lode-reader/lode/internal/item"
)

// lode runs the command in-process with a temporary home and returns its
// exit status, stdout and stderr.
func lode(t *testing.T, home string, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	env := func(k string) string {
		if k == "LODE_HOME" {
			return home
		}
		return ""
	}
	a := &app{stdin: strings.NewReader(stdin), stdout: &out, stderr: &errb, getenv: env, buildPipeline: sharedPipeline}
	code := a.run(context.Background(), args)
	return code, out.String(), errb.String()
}

// sharedBuild is the dictionary and classifier of a config that adds
// nothing to the bundled data, built once per test binary: building them
// was a quarter of this package's CPU under -race, once per command run in
// process. Both are read-only once built and safe to share, as the
// poller's workers share them.
var sharedBuild = sync.OnceValues(func() (built, error) {
	dict, err := companies.Default()
	if err != nil {
		return built{}, err
	}
	cls, err := classify.New(classify.Options{Threshold: classify.DefaultThreshold})
	return built{dict, cls}, err
})

// built is what sharedBuild keeps.
type built struct {
	dict *companies.Dictionary
	cls  *classify.Classifier
}

// sharedPipeline is pipeline for the commands the tests run in process:
// a config with its own companies, lexicon or threshold is built afresh
// (so its errors and readings are its own), any other gets sharedBuild's.
func sharedPipeline(cfg config.Config) (*companies.Dictionary, *ingest.Pipeline, error) {
	if len(cfg.Companies) > 0 || len(cfg.Lexicon) > 0 || cfg.Threshold != 0 && cfg.Threshold != classify.DefaultThreshold {
		return pipeline(cfg)
	}
	b, err := sharedBuild()
	if err != nil {
		return nil, nil, err
	}
	return b.dict, ingest.New(b.dict, b.cls), nil
}

// newHome makes a home with an empty feed list (no default internet feeds).
func newHome(t *testing.T) string {
	t.Helper()
	home := t.TempDir()
	if err := os.WriteFile(filepath.Join(home, "config.toml"), []byte("feeds = []\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return home
}

// fixtureServer serves cmd/lode/testdata on loopback.
func fixtureServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(http.FileServer(http.Dir("testdata")))
	t.Cleanup(srv.Close)
	return srv
}

func decodeLines(t *testing.T, s string) []item.Record {
	t.Helper()
	var out []item.Record
	for _, line := range strings.Split(strings.TrimSpace(s), "\n") {
		if line == "" {
			continue
		}
		var r item.Record
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatalf("bad JSON line %q: %v", line, err)
		}
		out = append(out, r)
	}
	return out
}

func TestFetchListShowEndToEnd(t *testing.T) {
	srv := fixtureServer(t)
	home := newHome(t)
	for _, f := range []string{"briefings.rss", "wire.atom", "desk.json", "malformed.xml"} {
		if code, _, errOut := lode(t, home, "", "feeds", "add", "--no-check", srv.URL+"/"+f); code != 0 {
			t.Fatalf("feeds add %s: %d %s", f, code, errOut)
		}
	}
	code, out, _ := lode(t, home, "", "feeds", "list")
	if code != 0 || strings.Count(out, srv.URL) != 4 {
		t.Fatalf("feeds list: %d\n%s", code, out)
	}

	code, out, errOut := lode(t, home, "", "fetch")
	if code != 1 {
		t.Fatalf("fetch with one malformed feed should exit 1, got %d\n%s%s", code, out, errOut)
	}
	for _, want := range []string{"Test Rare Earth Briefings: 3 new", "Test Battery Metals Wire: 2 new", "Test Critical Minerals Desk: 1 new", "127.0.0.1", "malformed.xml: not a feed", "6 new"} {
		if !strings.Contains(out, want) {
			t.Errorf("fetch output lacks %q:\n%s", want, out)
		}
	}
	for _, line := range strings.Split(out, "\n") {
		if strings.Contains(line, "malformed.xml") && !strings.Contains(line, "not a feed") && !strings.Contains(line, "XML") && !strings.Contains(line, "parse") {
			t.Errorf("malformed feed line should say why: %q", line)
		}
	}

	code, out, _ = lode(t, home, "", "list", "--json")
	recs := decodeLines(t, out)
	if code != 0 || len(recs) != 6 {
		t.Fatalf("list --json: %d, %d items\n%s", code, len(recs), out)
	}
	if recs[0].Title != "Albemarle trims lithium capex as spodumene prices slide" || recs[1].Title != "Lynas Rare Earths lifts NdPr output 18% at Mt Weld" {
		t.Errorf("newest first: got %q", recs[0].Title)
	}
	byTitle := map[string]item.Record{}
	for _, r := range recs {
		byTitle[r.Title] = r
		if r.ID == nil || r.Read == nil || r.Published == "" || r.FeedURL == "" {
			t.Errorf("record lacks cache fields: %+v", r)
		}
	}
	party := byTitle["Ideology First: Baotou Rare Earth Group Convenes Party Loyalty Study Session"]
	if !party.Ideology.Flagged || len(party.Ideology.Reasons) == 0 {
		t.Errorf("party study item not flagged with reasons: %+v", party.Ideology)
	}
	if len(party.Sections.Highlights) != 3 || party.Sections.Takeaway == "" || party.Sections.Analysis == "" {
		t.Errorf("party item sections: %+v", party.Sections)
	}
	if strings.Contains(party.Sections.Body+party.Sections.Takeaway, "Leave a Reply") {
		t.Errorf("site furniture kept: %q", party.Sections.Takeaway)
	}
	if !contains(party.Companies, "China Northern Rare Earth") {
		t.Errorf("party item companies: %v", party.Companies)
	}
	lynas := byTitle["Lynas Rare Earths lifts NdPr output 18% at Mt Weld"]
	if lynas.Ideology.Flagged || !contains(lynas.Companies, "Lynas Rare Earths") {
		t.Errorf("lynas item: flagged=%v companies=%v", lynas.Ideology.Flagged, lynas.Companies)
	}
	if !byTitle[`Junta decree puts lithium mine under "national sovereignty" committee`].Ideology.Flagged {
		t.Errorf("junta decree not flagged")
	}

	code, out, _ = lode(t, home, "", "list", "--flagged", "--json")
	if code != 0 {
		t.Errorf("list --flagged: exit %d\n%s", code, out)
	}
	for _, r := range decodeLines(t, out) {
		if !r.Ideology.Flagged {
			t.Errorf("--flagged listed %q", r.Title)
		}
	}
	code, out, _ = lode(t, home, "", "list", "--company", "LYC", "--json")
	if rs := decodeLines(t, out); code != 0 || len(rs) != 1 || rs[0].Title != lynas.Title {
		t.Errorf("--company LYC: %d %s", code, out)
	}
	code, _, errOut = lode(t, home, "", "list", "--company", "Lynaz Rare Earth")
	if code != 2 || !strings.Contains(errOut, "Lynas Rare Earths") {
		t.Errorf("unknown company should suggest: %d %q", code, errOut)
	}

	code, out, _ = lode(t, home, "", "show", jsonID(*party.ID), "--json")
	var one item.Record
	if err := json.Unmarshal([]byte(out), &one); err != nil || code != 0 || one.Title != party.Title {
		t.Fatalf("show --json: %d %v\n%s", code, err, out)
	}
	code, out, _ = lode(t, home, "", "show", jsonID(*party.ID))
	if code != 0 {
		t.Errorf("show: exit %d\n%s", code, out)
	}
	for _, want := range []string{"Highlights", "Analysis: Politics vs. Production", "Takeaway", "FLAGGED"} {
		if !strings.Contains(out, want) {
			t.Errorf("show text lacks %q:\n%s", want, out)
		}
	}
	if code, _, errOut = lode(t, home, "", "show", "99999"); code != 1 || !strings.Contains(errOut, "no item 99999") {
		t.Errorf("show missing: %d %q", code, errOut)
	}

	// A second fetch changes nothing and keeps read state.
	lode(t, home, "", "feeds", "remove", srv.URL+"/malformed.xml")
	code, out, _ = lode(t, home, "", "fetch")
	if code != 0 || strings.Contains(out, " new, ") && !strings.Contains(out, "0 new") {
		t.Errorf("second fetch: %d\n%s", code, out)
	}
	code, out, _ = lode(t, home, "", "list", "--json")
	if n := len(decodeLines(t, out)); code != 0 || n != 6 {
		t.Errorf("after refetch: exit %d, %d items, want 6 (no duplicates)", code, n)
	}
}

func jsonID(id int64) string {
	b, _ := json.Marshal(id)
	return string(b)
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}

func TestAnalyzeDoesNotTouchCache(t *testing.T) {
	home := newHome(t)
	code, out, errOut := lode(t, home, "", "analyze", "--json", "testdata/briefings.rss")
	if code != 0 {
		t.Fatalf("analyze: %d %s", code, errOut)
	}
	recs := decodeLines(t, out)
	if len(recs) != 3 || recs[0].ID != nil || recs[0].Read != nil {
		t.Fatalf("analyze records: %+v", recs)
	}
	if !recs[0].Ideology.Flagged || recs[1].Ideology.Flagged {
		t.Errorf("analyze flags: %v %v", recs[0].Ideology, recs[1].Ideology)
	}
	if _, err := os.Stat(filepath.Join(home, "cache.db")); !os.IsNotExist(err) {
		t.Errorf("analyze created a cache")
	}
	data, _ := os.ReadFile("testdata/desk.json")
	code, out, _ = lode(t, home, string(data), "analyze", "-")
	if code != 0 || !strings.Contains(out, "Gallium prices hit record") || !strings.Contains(out, "Umicore") {
		t.Errorf("analyze stdin: %d\n%s", code, out)
	}
	code, _, errOut = lode(t, home, "", "analyze", "testdata/malformed.xml")
	if code != 1 || !strings.Contains(errOut, "malformed.xml") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("analyze malformed: %d %q", code, errOut)
	}
	// analyze explains what a non-feed is, as fetch does.
	page := filepath.Join(t.TempDir(), "page.html")
	os.WriteFile(page, []byte("<!doctype html><html><head><title>Shop</title></head><body>hi</body></html>"), 0o644)
	code, _, errOut = lode(t, home, "", "analyze", page)
	if code != 1 || !strings.Contains(errOut, "page.html: not a feed: got an HTML page") {
		t.Errorf("analyze HTML page: %d %q", code, errOut)
	}
	code, _, errOut = lode(t, home, "", "analyze", "testdata/missing.xml")
	if code != 1 || !strings.Contains(errOut, "missing.xml") {
		t.Errorf("analyze missing file: %d %q", code, errOut)
	}
}

func TestUsageErrors(t *testing.T) {
	home := newHome(t)
	for _, args := range [][]string{
		{"frobnicate"}, {"list", "--bogus"}, {"show"}, {"show", "abc"}, {"fetch", "--workers", "-3"},
		{"feeds"}, {"feeds", "add"}, {"feeds", "add", "file:///etc/passwd"}, {"feeds", "add", "not a url"},
		{"list", "--flagged", "--unflagged"}, {"digest", "--since", "last tuesday-ish"}, {"digest", "--format", "pdf"},
		{"fetch", "--workers", "0"},
	} {
		code, _, errOut := lode(t, home, "", args...)
		if code != 2 || !strings.HasPrefix(errOut, "lode: ") {
			t.Errorf("%v: want exit 2 with a lode: message, got %d %q", args, code, errOut)
		}
	}
	for _, h := range []string{"help", "--help", "-h"} {
		code, out, _ := lode(t, home, "", h)
		if code != 0 || !strings.Contains(out, "lode fetch") || !strings.Contains(out, "lode digest") {
			t.Errorf("%s: want the full usage, got %d %s", h, code, out)
		}
	}
	if _, _, errOut := lode(t, home, "", "digest", "--since", "bogus"); !strings.HasPrefix(errOut, `lode: --since "bogus": `) {
		t.Errorf("--since error: %q", errOut)
	}
}

func TestBadConfigAndNewerCache(t *testing.T) {
	home := t.TempDir()
	os.WriteFile(filepath.Join(home, "config.toml"), []byte("wrokers = 2\n"), 0o644)
	code, _, errOut := lode(t, home, "", "list")
	if code != 1 || !strings.Contains(errOut, "config.toml") || !strings.Contains(errOut, "unknown key wrokers") {
		t.Errorf("bad config: %d %q", code, errOut)
	}
	if _, err := os.Stat(filepath.Join(home, "cache.db")); !os.IsNotExist(err) {
		t.Errorf("bad config still created the cache")
	}
}

func TestPermanentRedirectUpdatesConfig(t *testing.T) {
	data, _ := os.ReadFile("testdata/briefings.rss")
	mux := http.NewServeMux()
	mux.HandleFunc("/old.rss", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/new.rss", http.StatusMovedPermanently)
	})
	mux.HandleFunc("/new.rss", func(w http.ResponseWriter, r *http.Request) { w.Write(data) })
	srv := httptest.NewServer(mux)
	defer srv.Close()
	home := newHome(t)
	lode(t, home, "", "feeds", "add", "--no-check", srv.URL+"/old.rss")
	code, out, errOut := lode(t, home, "", "fetch")
	if code != 0 || !strings.Contains(out, "moved permanently") {
		t.Fatalf("fetch: %d\n%s%s", code, out, errOut)
	}
	_, out, _ = lode(t, home, "", "feeds", "list", "--json")
	if !strings.Contains(out, srv.URL+"/new.rss") || strings.Contains(out, "/old.rss") {
		t.Errorf("config should now hold the new URL:\n%s", out)
	}
	if !strings.Contains(out, `"name":"Test Rare Earth Briefings"`) || !strings.Contains(out, `"items":3`) {
		t.Errorf("feed should take its title and keep its items:\n%s", out)
	}
}

func TestEmptyCache(t *testing.T) {
	home := newHome(t)
	code, out, errOut := lode(t, home, "", "list")
	if code != 0 || out != "" || !strings.Contains(errOut, "No items") {
		t.Errorf("list on an empty cache: %d %q %q", code, out, errOut)
	}
	code, out, _ = lode(t, home, "", "list", "--json", "--limit", "5")
	if code != 0 || out != "" {
		t.Errorf("list --json on an empty cache: %d %q", code, out)
	}
	code, out, _ = lode(t, home, "", "digest")
	if code != 0 || !strings.HasPrefix(out, "No new briefings since") {
		t.Errorf("digest on an empty cache: %d %q", code, out)
	}
}

// TestUsageErrorPointsToItsHelp: a usage error ends with one pointer, to the
// help that shows the flags of the command the user typed (for a feeds or
// companies subcommand, that subcommand's own --help).
func TestUsageErrorPointsToItsHelp(t *testing.T) {
	home := newHome(t)
	for _, c := range []struct {
		args []string
		help string
	}{
		{[]string{"feeds", "add"}, "lode feeds add --help"},
		{[]string{"feeds", "add", "ftp://example.com/feed"}, "lode feeds add --help"},
		{[]string{"feeds", "import"}, "lode feeds import --help"},
		{[]string{"feeds", "remove"}, "lode feeds remove --help"},
		{[]string{"companies", "add"}, "lode companies add --help"},
		{[]string{"feeds", "frob"}, "lode feeds --help"},
		{[]string{"show"}, "lode show --help"},
		{[]string{"list", "--bogus"}, "lode list --help"},
	} {
		code, _, errOut := lode(t, home, "", c.args...)
		if code != 2 || strings.Count(errOut, "(see ") != 1 || !strings.HasSuffix(strings.TrimSpace(errOut), "(see '"+c.help+"')") {
			t.Errorf("%v: want exit 2 and one line ending (see '%s'), got %d %q", c.args, c.help, code, errOut)
		}
		if code, _, _ := lode(t, home, "", strings.Fields(strings.TrimPrefix(c.help, "lode "))...); code != 0 {
			t.Errorf("%s: exit %d", c.help, code)
		}
	}
}
