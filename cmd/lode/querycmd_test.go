package main

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// queryHome is a home whose feeds carry tags, fetched once from the
// loopback fixtures.
func queryHome(t *testing.T) string {
	t.Helper()
	srv := fixtureServer(t)
	home := t.TempDir()
	cfg := `watchlist = ["LYC"]
[[feeds]]
url = "` + srv.URL + `/briefings.rss"
name = "Briefings"
tags = ["rare-earths"]
[[feeds]]
url = "` + srv.URL + `/wire.atom"
name = "Battery Wire"
tags = ["lithium", "batteries"]
[[feeds]]
url = "` + srv.URL + `/desk.json"
name = "Minerals Desk"
tags = ["gallium"]
`
	if err := os.WriteFile(filepath.Join(home, "config.toml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := lode(t, home, "", "fetch"); code != 0 {
		t.Fatalf("fetch: %d %s", code, errOut)
	}
	return home
}

func titles(t *testing.T, out string) []string {
	t.Helper()
	var ts []string
	for _, r := range decodeLines(t, out) {
		ts = append(ts, r.Title)
	}
	slices.Sort(ts)
	return ts
}

// TestListQuery: lode list --query answers what a trader types, and a bad
// query is a usage error naming the token and its column.
func TestListQuery(t *testing.T) {
	home := queryHome(t)
	checkListQueries(t, home, []listQuery{
		{"tag:lithium", []string{"Albemarle trims lithium capex as spodumene prices slide", `Junta decree puts lithium mine under "national sovereignty" committee`}},
		{"tag:lithium -is:flagged", []string{"Albemarle trims lithium capex as spodumene prices slide"}},
		{"company:LYC OR company:MP", []string{"Lynas Rare Earths lifts NdPr output 18% at Mt Weld", "MP Materials signs magnet supply deal with carmaker"}},
		{"is:watched", []string{"Lynas Rare Earths lifts NdPr output 18% at Mt Weld"}},
		{"feed:desk gallium", []string{"Gallium prices hit record as export licences tighten"}},
		{"tag:rare-earths -company:MP -is:flagged", []string{"Lynas Rare Earths lifts NdPr output 18% at Mt Weld"}},
		{"since:2000-01-01 spodumene", []string{"Albemarle trims lithium capex as spodumene prices slide"}},
		{"older:1w newer:1w", nil},
		{"mineral:spodumene", []string{"Albemarle trims lithium capex as spodumene prices slide", `Junta decree puts lithium mine under "national sovereignty" committee`}},
		{"mineral:gallium,neodymium -company:MP", []string{"Gallium prices hit record as export licences tighten", "Lynas Rare Earths lifts NdPr output 18% at Mt Weld"}},
	})
	code, _, errOut := lode(t, home, "", "list", "--query", "tag:lithium newer:2x")
	if code != 2 || !strings.HasPrefix(errOut, `lode: --query: column 13: "newer:2x" is not an age`) {
		t.Errorf("bad query: %d %q", code, errOut)
	}
	code, _, errOut = lode(t, home, "", "list", "--query", "tag:cobalt")
	if code != 2 || !strings.Contains(errOut, "tags: batteries, gallium, lithium, rare-earths") {
		t.Errorf("unknown tag: %d %q", code, errOut)
	}
	// feeds list --json carries the tags the query's tag: reads.
	if code, out, _ := lode(t, home, "", "feeds", "list", "--json"); code != 0 || !strings.Contains(out, `"tags":["lithium","batteries"]`) {
		t.Errorf("feeds list --json lacks tags: %d %s", code, out)
	}
	// The digest takes the same query.
	code, out, errOut := lode(t, home, "", "digest", "--since", "3650d", "--format", "json", "--query", "tag:rare-earths -is:flagged")
	if code != 0 || !strings.Contains(out, "Lynas") || strings.Contains(out, "Albemarle") || strings.Contains(out, "Baotou") {
		t.Errorf("digest --query: %d %s %s", code, out, errOut)
	}
}

// TestListQueryMentionsMinerals: mention: keeps the items that name a
// company in passing, not the items about it; mineral: reads tags, names
// and aliases; both negate and OR.
func TestListQueryMentionsMinerals(t *testing.T) {
	srv := fixtureServer(t)
	home := t.TempDir()
	cfg := "[[feeds]]\nurl = \"" + srv.URL + "/signals.rss\"\nname = \"Signals\"\n[[feeds]]\nurl = \"" + srv.URL + "/briefings.rss\"\nname = \"Briefings\"\n"
	if err := os.WriteFile(filepath.Join(home, "config.toml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, errOut := lode(t, home, "", "fetch"); code != 0 {
		t.Fatalf("fetch: %d %s", code, errOut)
	}
	const ships, lifts, mp = "Lynas ships first commercial dysprosium from Malaysia", "Lynas Rare Earths lifts NdPr output 18% at Mt Weld", "MP Materials signs magnet supply deal with carmaker"
	checkListQueries(t, home, []listQuery{
		{"mention:MP", []string{ships}},
		{"company:MP", []string{mp}},
		{"company:MP OR mention:MP", []string{ships, mp}},
		{"mention:iluka,arafura", []string{ships}},
		{"company:LYC -mention:MP", []string{lifts}},
		{"mineral:Dy", []string{ships}},
		{`mineral:"rare earths" -mineral:dysprosium`, []string{lifts, mp}},
		{"mineral:spodumene OR mention:Arafura", []string{ships, "Qorvath Minerals signs spodumene offtake"}},
	})
	if code, _, errOut := lode(t, home, "", "list", "--query", "mineral:unobtainium"); code != 2 || !strings.Contains(errOut, `column 1: "mineral:unobtainium" names no mineral lode knows`) {
		t.Errorf("unknown mineral: %d %q", code, errOut)
	}
}

// TestReaderQueryTabsFeedsInTmux drives the real binary: a query with a
// tag, companies and a negation typed at the filter prompt, a tab switch,
// and a feed opened from the feeds view.
func TestReaderQueryTabsFeedsInTmux(t *testing.T) {
	t.Parallel() // mostly waits on tmux or a child lode, so it runs beside the others
	requireTmux(t)
	home := queryHome(t)
	s := startTmux(t, 120, 40, nil, "--home", home, "--no-refresh")
	s.waitText("[All", "Unread", "Watchlist", "Flagged", "6 items")
	s.keys("F")
	s.waitText("query:")
	s.text("tag:rare-earths -is:flagged company:LYC,MP")
	s.keys("Enter")
	scr := s.waitFor("the typed query applied", func(scr string) bool {
		return strings.Contains(scr, "2 items") && strings.Contains(scr, titleLynas) && strings.Contains(scr, titleMP) && !strings.Contains(scr, titleParty)
	})
	if !strings.Contains(scr, `query: company:"Lynas Rare Earths" company:"MP Materials" -is:flagged tag:rare-earths`) {
		t.Errorf("the query line does not show the query:\n%s", scr)
	}
	if strings.Contains(scr, titleAlb) || strings.Contains(scr, titleGallium) {
		t.Errorf("items outside the query are listed:\n%s", scr)
	}
	// A bad query names the token and keeps the list.
	s.keys("F")
	s.text(" newer:2x")
	s.keys("Enter")
	s.waitText(`"newer:2x" is not an age`, titleLynas, "2 items")
	s.keys("Escape")
	// The next key waits for the prompt to close: escape and a key sent
	// at once would read as alt+key. The open prompt's line starts with
	// "query:" (and is cut before "newer:2x" at this width); the closed
	// one shows the counts first and the query after a bar.
	s.waitFor("the prompt closed", func(scr string) bool {
		closed := false
		for _, l := range strings.Split(scr, "\n") {
			if strings.HasPrefix(strings.TrimSpace(l), "query:") {
				return false
			}
			closed = closed || strings.Contains(l, "| query:")
		}
		return closed
	})
	// ] switches to the Unread tab: its own query, every unread item.
	s.keys("]")
	s.waitText("[Unread", "query: is:unread", "6 items", titleAlb, titleGallium)
	// t opens the feeds view; the second feed's items on enter.
	s.keys("t")
	s.waitText("Feeds", "Briefings", "Battery Wire", "#lithium #batteries", "Minerals Desk")
	s.keys("j", "Enter")
	scr = s.waitFor("the feed's items", func(scr string) bool {
		return strings.Contains(scr, `query: feed:"Battery Wire"`) && strings.Contains(scr, "2 items") && strings.Contains(scr, titleAlb)
	})
	if strings.Contains(scr, titleLynas) || strings.Contains(scr, titleGallium) {
		t.Errorf("other feeds' items are listed:\n%s", scr)
	}
}

// TestImportNewsboatSpecialTags: `lode feeds import` reads newsboat's
// special tags for what they mean: ~Name names the feed and !hidden keeps
// its items out of every list that does not name it; neither becomes a
// tag.
func TestImportNewsboatSpecialTags(t *testing.T) {
	srv := fixtureServer(t)
	home := t.TempDir()
	raw, err := os.ReadFile(filepath.Join("testdata", "newsboat-special.urls"))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(home, "config.toml"), []byte("# my feeds\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	urls := filepath.Join(t.TempDir(), "urls")
	if err := os.WriteFile(urls, []byte(strings.ReplaceAll(string(raw), "SRV", srv.URL)), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := lode(t, home, "", "feeds", "import", urls); code != 0 || !strings.Contains(out, "imported 2 feeds") {
		t.Fatalf("import: %d %s %s", code, out, errOut)
	}
	cfg, err := os.ReadFile(filepath.Join(home, "config.toml"))
	if err != nil {
		t.Fatal(err)
	}
	if c := string(cfg); !strings.Contains(c, `name = "Insider Briefings"`) || !strings.Contains(c, "hidden = true") ||
		strings.Contains(c, "!hidden") || strings.Contains(c, "~") || strings.Count(c, "hidden") != 1 {
		t.Errorf("config after import:\n%s", c)
	}
	if code, out, errOut := lode(t, home, "", "fetch"); code != 0 {
		t.Fatalf("fetch: %d %s %s", code, out, errOut)
	}
	code, out, _ := lode(t, home, "", "feeds", "list", "--json")
	if code != 0 || !strings.Contains(out, `"name":"Insider Briefings","url":"`+srv.URL+`/briefings.rss","tags":["rare-earths"],"hidden":true`) ||
		!strings.Contains(out, `"name":"Battery Wire","url":"`+srv.URL+`/wire.atom","tags":["lithium"],"items"`) {
		t.Errorf("feeds list --json: %d %s", code, out)
	}
	const lynas, alb = "Lynas Rare Earths lifts NdPr output 18% at Mt Weld", "Albemarle trims lithium capex as spodumene prices slide"
	for _, tc := range []struct {
		args []string
		has  string
		not  string
	}{
		{[]string{"list", "--json"}, alb, lynas},
		{[]string{"list", "--json", "--query", "company:LYC OR company:ALB"}, alb, lynas},
		{[]string{"list", "--json", "--feed", "insider"}, lynas, alb},
		{[]string{"list", "--json", "--tag", "rare-earths"}, lynas, alb},
		{[]string{"list", "--json", "--query", "feed:insider company:LYC"}, lynas, alb},
	} {
		code, out, errOut := lode(t, home, "", tc.args...)
		if got := titles(t, out); code != 0 || !slices.Contains(got, tc.has) || slices.Contains(got, tc.not) {
			t.Errorf("%v: %d %q %s", tc.args, code, got, errOut)
		}
	}
}

// listQuery is a query and the titles `lode list --query` must print for it.
type listQuery struct {
	q    string
	want []string
}

// checkListQueries runs `lode list --json --query` for each case in home
// and compares the titles it lists.
func checkListQueries(t *testing.T, home string, cases []listQuery) {
	t.Helper()
	for _, tc := range cases {
		code, out, errOut := lode(t, home, "", "list", "--json", "--query", tc.q)
		if code != 0 {
			t.Errorf("list --query %q: %d %s", tc.q, code, errOut)
			continue
		}
		if got := titles(t, out); !slices.Equal(got, tc.want) {
			t.Errorf("list --query %q: %q, want %q", tc.q, got, tc.want)
		}
	}
}
