package digest

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mattn/go-runewidth"
	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/brief"
	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/sanitize"
	"github.com/lode-reader/lode/internal/store"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

var (
	testSince = time.Date(2026, 11, 28, 7, 2, 0, 0, time.UTC)
	testNow   = time.Date(2026, 11, 29, 7, 0, 0, 0, time.UTC)
	watchlist = []string{"Lynas Rare Earths", "Pilbara Minerals"}
)

// openStore opens a fresh cache in a temporary directory.
func openStore(t *testing.T) *store.Store {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "cache.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// fetchFixture serves a testdata feed on loopback, parses it with gofeed and
// converts it the simple way: categories are companies ("flag:" ones are
// ideology reasons), "• " lines highlights, a "Takeaway: " line the takeaway.
func fetchFixture(t *testing.T, name string) []item.Item {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(data) }))
	defer srv.Close()
	feedURL := srv.URL + "/" + name
	f, err := gofeed.NewParser().ParseURL(feedURL)
	if err != nil {
		t.Fatalf("parse %s: %v", name, err)
	}
	var items []item.Item
	for _, fi := range f.Items {
		it := item.Item{
			FeedURL: "https://feeds.example/" + name, FeedName: f.Title, GUID: fi.GUID, Title: fi.Title,
			Link: fi.Link, Hash: fi.GUID,
		}
		if it.GUID == "" {
			it.GUID = fi.Link
		}
		if fi.PublishedParsed != nil {
			it.Published = *fi.PublishedParsed
		}
		for _, c := range fi.Categories {
			if r, ok := strings.CutPrefix(c, "flag:"); ok {
				it.Ideology.Flagged = true
				it.Ideology.Score = 0.8
				it.Ideology.Reasons = append(it.Ideology.Reasons, r)
			} else {
				it.Companies = append(it.Companies, c)
			}
		}
		text := fi.Description
		if text == "" {
			text = fi.Content
		}
		var sec brief.Sections
		for _, line := range strings.Split(text, "\n") {
			line = strings.TrimSpace(line)
			if h, ok := strings.CutPrefix(line, "• "); ok {
				sec.Highlights = append(sec.Highlights, h)
			} else if tk, ok := strings.CutPrefix(line, "Takeaway: "); ok {
				sec.Takeaway = tk
			}
		}
		it.Sections = sec
		items = append(items, it)
	}
	return items
}

// fixtureStore is a cache filled from both fixture feeds.
func fixtureStore(t *testing.T) *store.Store {
	t.Helper()
	st := openStore(t)
	items := append(fetchFixture(t, "mining-wire.xml"), fetchFixture(t, "minerals-daily.json")...)
	if _, err := st.Upsert(context.Background(), items); err != nil {
		t.Fatal(err)
	}
	return st
}

func build(t *testing.T, st *store.Store, o Options) Digest {
	t.Helper()
	d, err := Build(context.Background(), st, o)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func titles(items []item.Item) []string {
	var out []string
	for _, it := range items {
		out = append(out, it.Title)
	}
	return out
}

func TestBuildGroupsAndOrder(t *testing.T) {
	st := fixtureStore(t)
	d := build(t, st, Options{Since: testSince, Now: testNow, Watchlist: watchlist})

	var got []string
	for _, g := range d.Groups {
		got = append(got, g.Company)
	}
	want := []string{"Lynas Rare Earths", "Pilbara Minerals", "MP Materials", "Albemarle"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("group order = %q, want %q (watched first, then by count, then name)", got, want)
	}
	if !d.Groups[0].Watched || !d.Groups[1].Watched || d.Groups[2].Watched {
		t.Errorf("watched flags wrong: %+v", d.Groups)
	}
	// An item about several companies appears once, under its first watched
	// company (the MP–Lynas offtake is under Lynas, not repeated under MP).
	lynas := titles(d.Groups[0].Items)
	if len(lynas) != 2 || lynas[0] != "Lynas lifts NdPr output at Mt Weld" || lynas[1] != "MP Materials and Lynas sign magnet offtake" {
		t.Errorf("Lynas items = %q, want newest first incl. the shared offtake item", lynas)
	}
	// A company's flagged item stays under it, and is in the flagged section too.
	mp := titles(d.Groups[2].Items)
	wantMP := []string{"Evil \x1b]0;pwned\a title ](javascript:alert(1)) **bold** <script>x</script> \u202eevil",
		"MP Materials third-quarter results beat estimates as magnet plant ramps up ahead of schedule in Fort Worth, Texas",
		"Minister says the West must wage economic war on rivals"}
	if strings.Join(mp, "|") != strings.Join(wantMP, "|") {
		t.Errorf("MP items = %q, want %q (no shared item, the flagged one kept)", mp, wantMP)
	}
	seen := map[int64]string{}
	for _, g := range d.Groups {
		for _, it := range g.Items {
			if other, dup := seen[it.ID]; dup {
				t.Errorf("item %q under both %s and %s", it.Title, other, g.Company)
			}
			seen[it.ID] = g.Company
		}
	}
	if len(d.Flagged) != 1 || d.Flagged[0].Title != "Minister says the West must wage economic war on rivals" {
		t.Fatalf("flagged = %q", titles(d.Flagged))
	}
	if len(d.Flagged[0].Ideology.Reasons) != 2 {
		t.Errorf("flagged item lost its reasons: %q", d.Flagged[0].Ideology.Reasons)
	}
	if o := titles(d.Other); len(o) != 1 || !strings.HasPrefix(o[0], "Cobalt") {
		t.Errorf("other = %q, want the cobalt item", o)
	}
	if d.Counts != (Counts{Items: 8, Companies: 4, Flagged: 1}) {
		t.Errorf("counts = %+v", d.Counts)
	}
	if d.Empty() {
		t.Error("Empty() on a full digest")
	}

	// Without a watchlist the biggest group leads, and a shared item goes
	// under the first company it names.
	d = build(t, st, Options{Since: testSince, Now: testNow})
	var order []string
	for _, g := range d.Groups {
		order = append(order, fmt.Sprintf("%s %d", g.Company, len(g.Items)))
	}
	if want := "MP Materials 4|Albemarle 1|Lynas Rare Earths 1|Pilbara Minerals 1"; strings.Join(order, "|") != want {
		t.Errorf("unwatched groups = %q, want %q", order, want)
	}
}

func TestBuildFilters(t *testing.T) {
	st := fixtureStore(t)
	d := build(t, st, Options{Since: testSince, Now: testNow, Companies: []string{"Lynas Rare Earths"}})
	if len(d.Groups) != 1 || d.Groups[0].Company != "Lynas Rare Earths" || len(d.Groups[0].Items) != 2 {
		t.Errorf("--company Lynas: groups = %+v", d.Groups)
	}
	if len(d.Other) != 0 || len(d.Flagged) != 0 || d.Counts.Items != 2 {
		t.Errorf("--company Lynas kept unrelated items: other %d flagged %d counts %+v", len(d.Other), len(d.Flagged), d.Counts)
	}

	d = build(t, st, Options{Since: testSince, Now: testNow, WatchlistOnly: true, Watchlist: watchlist})
	if len(d.Groups) != 2 || d.Groups[0].Company != "Lynas Rare Earths" || d.Groups[1].Company != "Pilbara Minerals" {
		t.Errorf("--watchlist groups = %+v", d.Groups)
	}
	if d.Counts.Items != 3 {
		t.Errorf("--watchlist items = %d, want 3", d.Counts.Items)
	}

	d = build(t, st, Options{Since: testSince, Now: testNow, WatchlistOnly: true})
	if !d.Empty() {
		t.Errorf("--watchlist with an empty watchlist should be empty, got %+v", d.Counts)
	}
	d = build(t, st, Options{Since: testSince, Now: testNow, WatchlistOnly: true, Watchlist: watchlist, Companies: []string{"Albemarle"}})
	if !d.Empty() {
		t.Errorf("--watchlist with an unwatched --company should be empty, got %+v", d.Counts)
	}
}

func TestSinceLastDigest(t *testing.T) {
	ctx := context.Background()
	st := openStore(t)
	// Published an hour ago: news, selected by when it arrived.
	recent := time.Now().Add(-time.Hour)
	mk := func(guid, title string) item.Item {
		return item.Item{FeedURL: "https://feeds.example/a", FeedName: "A", GUID: guid, Title: title, Published: recent, Hash: guid}
	}

	// No previous digest: the last 24 hours.
	now := time.Now()
	d := build(t, st, Options{Now: now})
	if !d.Since.Equal(now.Add(-24 * time.Hour)) {
		t.Errorf("first digest since %v, want 24h before %v", d.Since, now)
	}

	if _, err := st.Upsert(ctx, []item.Item{mk("1", "seen before")}); err != nil {
		t.Fatal(err)
	}
	// The cache keeps first-seen times in seconds: move to the next second.
	time.Sleep(time.Until(time.Now().Truncate(time.Second).Add(time.Second + 20*time.Millisecond)))
	last := time.Now()
	if err := Remember(ctx, st, last); err != nil {
		t.Fatal(err)
	}
	// A backfill (published long before it arrived) is not news.
	archive := mk("3", "archive item")
	archive.Published = time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC)
	if _, err := st.Upsert(ctx, []item.Item{mk("2", "arrived after the digest"), archive}); err != nil {
		t.Fatal(err)
	}

	d = build(t, st, Options{Now: last.Add(time.Minute)})
	if !d.Since.Equal(last) {
		t.Errorf("since = %v, want the remembered %v", d.Since, last)
	}
	if got := titles(d.Other); len(got) != 1 || got[0] != "arrived after the digest" {
		t.Errorf("items since last digest = %q, want only the new one", got)
	}
	// An explicit Since wins over the remembered time.
	d = build(t, st, Options{Since: last.Add(-2 * time.Hour), Now: last.Add(time.Minute)})
	if got := titles(d.Other); len(got) != 2 {
		t.Errorf("explicit since: %q, want the two recent items", got)
	}
	// A damaged state value falls back to 24 hours instead of failing forever.
	if err := st.SetState(ctx, StateKey, "garbage"); err != nil {
		t.Fatal(err)
	}
	d = build(t, st, Options{Now: last})
	if !d.Since.Equal(last.Add(-24 * time.Hour)) {
		t.Errorf("damaged state: since = %v", d.Since)
	}
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from golden file; got:\n%s", name, got)
	}
}

func TestGolden(t *testing.T) {
	st := fixtureStore(t)
	d := build(t, st, Options{Since: testSince, Now: testNow, Watchlist: watchlist})
	for _, f := range []struct {
		name   string
		render func(*bytes.Buffer) error
	}{
		{"digest.txt.golden", func(b *bytes.Buffer) error { return d.Text(b) }},
		{"digest.md.golden", func(b *bytes.Buffer) error { return d.Markdown(b) }},
		{"digest.json.golden", func(b *bytes.Buffer) error { return d.JSON(b) }},
		{"digest.compact.txt.golden", func(b *bytes.Buffer) error { return d.CompactText(b, Width) }},
		{"digest.compact-pipe.txt.golden", func(b *bytes.Buffer) error { return d.CompactText(b, 0) }},
		{"digest.compact.md.golden", func(b *bytes.Buffer) error { return d.CompactMarkdown(b) }},
	} {
		t.Run(f.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := f.render(&b); err != nil {
				t.Fatal(err)
			}
			golden(t, f.name, b.Bytes())
		})
	}
}

func TestJSONShape(t *testing.T) {
	st := fixtureStore(t)
	d := build(t, st, Options{Since: testSince, Now: testNow, Watchlist: watchlist})
	var b bytes.Buffer
	if err := d.JSON(&b); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Since, Until string
		Counts       map[string]int
		Groups       []struct {
			Company string
			Watched bool
			Items   []item.Record
		}
		Other, Flagged []item.Record
	}
	dec := json.NewDecoder(&b)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&got); err != nil {
		t.Fatal(err)
	}
	if got.Since != "2026-11-28T07:02:00Z" || got.Until != "2026-11-29T07:00:00Z" {
		t.Errorf("since/until = %s %s", got.Since, got.Until)
	}
	if got.Counts["items"] != 8 || got.Counts["companies"] != 4 || got.Counts["flagged"] != 1 {
		t.Errorf("counts = %v", got.Counts)
	}
	if len(got.Groups) != 4 || got.Groups[0].Company != "Lynas Rare Earths" || !got.Groups[0].Watched {
		t.Fatalf("groups = %+v", got.Groups)
	}
	first := got.Groups[0].Items[0]
	if first.ID == nil || first.Read == nil || first.Title != "Lynas lifts NdPr output at Mt Weld" || len(first.Sections.Highlights) != 2 {
		t.Errorf("item record incomplete: %+v", first)
	}
	if len(got.Flagged) != 1 || len(got.Flagged[0].Ideology.Reasons) != 2 {
		t.Errorf("flagged = %+v", got.Flagged)
	}

	// An empty digest still has every array.
	var e bytes.Buffer
	if err := (Digest{Since: testSince, Until: testNow}).JSON(&e); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{`"groups": []`, `"other": []`, `"flagged": []`} {
		if !strings.Contains(e.String(), key) {
			t.Errorf("empty digest JSON lacks %s:\n%s", key, e.String())
		}
	}
}

// hostile is an item whose every field tries to break out of its place.
func hostile() item.Item {
	return item.Item{
		ID: 99, FeedName: "Evil\x1b[31m *Feed* [x](javascript:y)", Link: "javascript:alert(1)",
		Title:     "Buy now\x1b]0;pwned\x07 ](javascript:alert(1)) **bold** <img src=x onerror=alert(1)> \u202eevil " + strings.Repeat("very long ", 12),
		Published: testNow.Add(-time.Hour),
		Companies: []string{"MP Materials"},
		Sections: brief.Sections{
			Highlights: []string{"# heading\n[click](javascript:alert(2)) &amp; `code`", "- nested", "1. ordered", "> quote", strings.Repeat("x", 200)},
			Takeaway:   "\x1b[2J cleared _emph_ ~~strike~~ | pipe |",
		},
	}
}

func TestTextFitsAndIsSafe(t *testing.T) {
	st := fixtureStore(t)
	d := build(t, st, Options{Since: testSince, Now: testNow, Watchlist: watchlist})
	h := hostile()
	wide := hostile()
	wide.ID, wide.Title = 100, strings.Repeat("稀土永磁体 ", 20)
	wide.Sections.Highlights = []string{strings.Repeat("锂电池", 40), "a " + strings.Repeat("é", 100)}
	d.Groups = append(d.Groups, Group{Company: "Hostile\x1b[2J Co " + strings.Repeat("Name ", 30), Items: []item.Item{h, wide}})
	d.Flagged = append(d.Flagged, item.Item{Title: "flagged", Ideology: item.Ideology{Flagged: true, Reasons: []string{strings.Repeat("reason ", 40)}}})
	var b bytes.Buffer
	if err := d.Text(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for i, line := range strings.Split(out, "\n") {
		if w := runewidth.StringWidth(line); w > Width {
			t.Errorf("line %d is %d columns: %q", i+1, w, line)
		}
	}
	if strings.ContainsAny(out, "\x1b\x07\u202e") {
		t.Error("Text output contains escape, bell or bidi characters")
	}
	if !strings.Contains(out, "  Buy now ](javascript:alert(1)) **bold**") || !strings.Contains(out, "evil ver…\n") {
		t.Errorf("hostile title not shown as plain truncated text:\n%s", out)
	}
	if !strings.HasPrefix(out, "8 items arrived since Sat 28 Nov 07:02 · 4 companies · 1 flagged\n") {
		t.Errorf("summary line: %q", strings.SplitN(out, "\n", 2)[0])
	}
	if i, j := strings.Index(out, "Flagged as political"), strings.Index(out, "Other briefings"); i < j || j < 0 {
		t.Error("flagged section is not last")
	}
}

func TestMarkdownIsInert(t *testing.T) {
	d := Digest{Since: testSince, Until: testNow}
	arrange(&d, []item.Item{hostile()}, nil, nil)
	var b bytes.Buffer
	if err := d.Markdown(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, bad := range []string{"](javascript", "<img", "**bold**", "\x1b", "\u202e", "&amp;", "`code`", "[click]", "_emph_", "  - #", "  - - nested", "  - 1. ordered", "  - > quote"} {
		if live(out, bad) {
			t.Errorf("markdown contains live %q:\n%s", bad, out)
		}
	}
	for _, want := range []string{
		`- **Buy now \](javascript:alert(1)) \*\*bold\*\* \<img src=x onerror=alert(1)\> evil`,
		`— Evil \*Feed\* \[x\](javascript:y), Sun 29 Nov 06:00`,
		`  - \# heading \[click\](javascript:alert(2)) \&amp; \` + "`code\\`",
		`  - \- nested`, `  - 1\. ordered`, `  - \> quote`,
		`  > Takeaway: cleared \_emph\_ \~\~strike\~\~ \| pipe \|`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
}

// live reports whether s occurs in out without a backslash escaping its
// first character.
func live(out, s string) bool {
	for i := 0; ; {
		j := strings.Index(out[i:], s)
		if j < 0 {
			return false
		}
		if i+j == 0 || out[i+j-1] != '\\' {
			return true
		}
		i += j + 1
	}
}

func TestSafeLink(t *testing.T) {
	for _, c := range []struct {
		in, want string
		ok       bool
	}{
		{"https://a.example/x", "https://a.example/x", true},
		{"https://a.example/x_(y) z", "https://a.example/x_%28y%29%20z", true},
		{"javascript:alert(1)", "", false},
		{"data:text/html,x", "", false},
		{"/relative", "", false},
		{"HTTPS://A.example/", "https://A.example/", true},
	} {
		got, ok := safeLink(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("safeLink(%q) = %q %v, want %q %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestParseSince(t *testing.T) {
	loc := time.FixedZone("AEST", 10*3600)
	now := time.Date(2026, 11, 29, 14, 30, 0, 0, loc)
	for _, c := range []struct {
		in   string
		want time.Time
	}{
		{"24h", now.Add(-24 * time.Hour)},
		{"90m", now.Add(-90 * time.Minute)},
		{"1h30m", now.Add(-90 * time.Minute)},
		{"7d", now.AddDate(0, 0, -7)},
		{"2w", now.AddDate(0, 0, -14)},
		{" 7D ", now.AddDate(0, 0, -7)},
		{"2026-11-28", time.Date(2026, 11, 28, 0, 0, 0, 0, loc)},
		{"2026-11-28T07:00", time.Date(2026, 11, 28, 7, 0, 0, 0, loc)},
		{"2026-11-28 07:00", time.Date(2026, 11, 28, 7, 0, 0, 0, loc)},
		{"2026-11-28T07:00:00Z", time.Date(2026, 11, 28, 7, 0, 0, 0, time.UTC)},
		{"2026-11-28T07:00:00+10:00", time.Date(2026, 11, 28, 7, 0, 0, 0, loc)},
		{"yesterday", time.Date(2026, 11, 28, 0, 0, 0, 0, loc)},
		{"Today", time.Date(2026, 11, 29, 0, 0, 0, 0, loc)},
	} {
		got, err := ParseSince(c.in, now)
		if err != nil || !got.Equal(c.want) {
			t.Errorf("ParseSince(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
	for _, in := range []string{"", "soon", "-24h", "0h", "0d", "24", "7x", "2026-13-01", "2026-11-30", "2026-11-29T23:00", "99999999d", "last tuesday", "\x1b[2J"} {
		_, err := ParseSince(in, now)
		if err == nil {
			t.Errorf("ParseSince(%q) accepted", in)
			continue
		}
		if msg := err.Error(); !strings.Contains(msg, "24h") || !strings.Contains(msg, "2026-11-28") || !strings.Contains(msg, "yesterday") {
			t.Errorf("ParseSince(%q) error does not list the accepted forms: %v", in, err)
		}
	}
}

func TestEmptyMessage(t *testing.T) {
	now := time.Date(2026, 11, 29, 14, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		since time.Time
		want  string
	}{
		{time.Date(2026, 11, 24, 7, 2, 0, 0, time.UTC), "No new briefings since Tue 07:02"},
		{time.Date(2026, 11, 29, 7, 2, 0, 0, time.UTC), "No new briefings since Sun 07:02"},
		{time.Date(2026, 11, 20, 7, 2, 0, 0, time.UTC), "No new briefings since 20 Nov 2026"},
		{time.Time{}, "No new briefings."},
	} {
		if got := emptyMessage(c.since, now); got != c.want {
			t.Errorf("emptyMessage(%v) = %q, want %q", c.since, got, c.want)
		}
	}
	if got := EmptyMessage(time.Now().Add(-time.Hour)); !regexp.MustCompile(`^No new briefings since (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d\d:\d\d$`).MatchString(got) {
		t.Errorf("EmptyMessage(an hour ago) = %q", got)
	}

	st := fixtureStore(t)
	d := build(t, st, Options{Since: testSince, Now: testNow, Companies: []string{"Nobody Mining"}})
	if !d.Empty() {
		t.Fatal("digest for an unknown company is not empty")
	}
	var txt, md bytes.Buffer
	if err := d.Text(&txt); err != nil {
		t.Fatal(err)
	}
	if err := d.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	if txt.String() != "No new briefings since Sat 07:02\n" {
		t.Errorf("empty text = %q", txt.String())
	}
	if md.String() != "# lode digest\n\nNo new briefings since Sat 07:02\n" {
		t.Errorf("empty markdown = %q", md.String())
	}
	if e := d.Entries(); len(e) != 1 || e[0].Heading != "No new briefings since Sat 07:02" {
		t.Errorf("empty entries = %+v", e)
	}
}

func TestEntries(t *testing.T) {
	st := fixtureStore(t)
	d := build(t, st, Options{Since: testSince, Now: testNow, Watchlist: watchlist})
	e := d.Entries()
	var headings []string
	items := 0
	for _, x := range e {
		if x.Heading != "" {
			headings = append(headings, x.Heading)
			if x.ItemID != 0 || x.Text != "" {
				t.Errorf("heading entry with item fields: %+v", x)
			}
			continue
		}
		items++
		if x.ItemID == 0 || x.Text == "" {
			t.Errorf("item entry without id or text: %+v", x)
		}
		if strings.ContainsAny(x.Text, "\x1b\x07\u202e") {
			t.Errorf("entry text not sanitized: %q", x.Text)
		}
	}
	want := []string{d.Summary(), "★ Lynas Rare Earths (2)", "★ Pilbara Minerals (1)", "MP Materials (3)", "Albemarle (1)", "Other briefings (1)", "Flagged as political (1)"}
	if strings.Join(headings, "|") != strings.Join(want, "|") {
		t.Errorf("headings = %q, want %q", headings, want)
	}
	if items != 2+1+3+1+1+1 {
		t.Errorf("%d item entries, want 9 (each item once, a flagged one also in its section)", items)
	}
	var shared, flaggedUnderMP bool
	for _, x := range e {
		if strings.HasPrefix(x.Text, "MP Materials and Lynas sign magnet offtake — ") {
			if shared {
				t.Errorf("shared item listed twice")
			}
			shared = strings.HasSuffix(x.Text, " · also MP Materials")
		}
		if strings.HasPrefix(x.Text, "⚑ Minister says") && strings.HasSuffix(x.Text, " — flagged") && x.Flagged {
			flaggedUnderMP = true
		}
	}
	if !shared || !flaggedUnderMP {
		t.Errorf("entries should name the other companies (%v) and mark a company's flagged item (%v)", shared, flaggedUnderMP)
	}
	last := e[len(e)-1]
	if !strings.Contains(last.Text, `flagged: "economic war" (0.40); "hostile regime" (0.25)`) {
		t.Errorf("flagged entry lacks reasons: %q", last.Text)
	}
	if e[2].Text != "Lynas lifts NdPr output at Mt Weld — Mining Wire · Sun 29 Nov 06:30" {
		t.Errorf("item entry text = %q", e[2].Text)
	}
}

func TestAlerts(t *testing.T) {
	items := append(fetchFixture(t, "mining-wire.xml"), fetchFixture(t, "minerals-daily.json")...)
	for i := range items {
		items[i].ID = int64(i + 1)
	}
	got := Alerts(items, []string{"pilbara minerals", "Lynas Rare Earths", "MP Materials"})
	var lines []string
	for _, a := range got {
		lines = append(lines, a.String())
	}
	want := []string{
		"★ Lynas Rare Earths: Lynas lifts NdPr output at Mt Weld (Mining Wire)",
		"★ MP Materials: MP Materials and Lynas sign magnet offtake (Mining Wire)",
		"★ MP Materials: MP Materials third-quarter results beat estimates as magnet plant ramps up ahead of schedule in Fort Worth, Texas (Mining Wire)",
		"★ MP Materials: Minister says the West must wage economic war on rivals (Mining Wire)",
		"★ Pilbara Minerals: Pilbara Minerals: record spodumene shipments (Critical *Minerals* Daily)",
		"★ MP Materials: Evil title ](javascript:alert(1)) **bold** <script>x</script> evil (Critical *Minerals* Daily)",
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("alerts:\n%s\nwant:\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if got[0].ItemID != 1 || got[0].Link != "https://mining-wire.example/lynas-ndpr" || got[0].Feed != "Mining Wire" {
		t.Errorf("alert fields: %+v", got[0])
	}
	if a := Alerts(items, nil); len(a) != 0 {
		t.Errorf("no watchlist gave %d alerts", len(a))
	}
	if s := (Alert{Company: "X", Title: "\x1b[2J"}).String(); s != "★ X: (untitled)" {
		t.Errorf("empty title alert = %q", s)
	}
}

// TestHugeHighlightIsClipped: a feed that puts 60 KB in one bullet gets a
// few lines in the text digest and one bounded line in Markdown, not a flood.
func TestHugeHighlightIsClipped(t *testing.T) {
	huge := item.Item{ID: 7, Title: "Quadratic", FeedName: "Hostile", Published: testNow.Add(-time.Hour),
		Sections: brief.Sections{Highlights: []string{strings.Repeat("&a;", 20000)}, Takeaway: strings.Repeat("word ", 5000)}}
	d := Digest{Since: testSince, Until: testNow}
	arrange(&d, []item.Item{huge}, nil, nil)
	var text, md bytes.Buffer
	if err := d.Text(&text); err != nil {
		t.Fatal(err)
	}
	if err := d.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(text.String(), "\n"); n > 30 {
		t.Errorf("text digest of one item is %d lines", n)
	}
	if !strings.Contains(text.String(), "…") {
		t.Error("clipped text is not marked with …")
	}
	for _, line := range strings.Split(md.String(), "\n") {
		if runewidth.StringWidth(line) > 2*maxEntryText {
			t.Errorf("markdown line of %d columns", runewidth.StringWidth(line))
		}
	}
}

// TestMineralsInByline checks that each digest entry says which minerals
// the item is about, after the feed and date, in text and Markdown.
func TestMineralsInByline(t *testing.T) {
	it := item.Item{ID: 1, Title: "Offtake signed", FeedName: "Wire", Published: testNow.Add(-time.Hour),
		Companies: []string{"Lynas Rare Earths"}, Minerals: []string{"rare earths", "dysprosium"}}
	d := Digest{Since: testSince, Until: testNow, Groups: []Group{{Company: "Lynas Rare Earths", Items: []item.Item{it}}}}
	d.Counts.Items = 1
	var text, md bytes.Buffer
	if err := d.Text(&text); err != nil {
		t.Fatal(err)
	}
	if err := d.Markdown(&md); err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"text": text.String(), "markdown": md.String()} {
		if !strings.Contains(out, "rare earths, dysprosium") {
			t.Errorf("%s digest does not name the minerals:\n%s", name, out)
		}
	}
}

// TestAlertsOnSubjectsOnly checks that a watchlist alert fires for an item
// about a watched company, not for one that only mentions it.
func TestAlertsOnSubjectsOnly(t *testing.T) {
	about := item.Item{ID: 1, Title: "Lynas ships dysprosium", Companies: []string{"Lynas Rare Earths"}}
	names := item.Item{ID: 2, Title: "Fund rebalances", Mentions: []string{"Lynas Rare Earths", "MP Materials", "Iluka Resources"}}
	got := Alerts([]item.Item{about, names}, []string{"Lynas Rare Earths"})
	if len(got) != 1 || got[0].ItemID != 1 {
		t.Errorf("alerts %+v, want only the item about Lynas", got)
	}
}

// TestCompactOneLinePerItem: --compact prints the summary, a line per
// heading and exactly one line per listed item; on an 80-column terminal
// every line fits and a long title gives way to the date and companies,
// in a pipe lines are whole.
func TestCompactOneLinePerItem(t *testing.T) {
	st := fixtureStore(t)
	d := build(t, st, Options{Since: testSince, Now: testNow, Watchlist: watchlist})
	h := hostile()
	h.Companies = []string{"Lynas Rare Earths", "MP Materials"}
	d.Groups[0].Items = append(d.Groups[0].Items, h)
	listed := len(d.Other) + len(d.Flagged)
	for _, g := range d.Groups {
		listed += len(g.Items)
	}
	for _, tc := range []struct {
		name  string
		write func(io.Writer) error
	}{
		{"text 80", func(w io.Writer) error { return d.CompactText(w, Width) }},
		{"text pipe", func(w io.Writer) error { return d.CompactText(w, 0) }},
		{"markdown", d.CompactMarkdown},
	} {
		var b bytes.Buffer
		if err := tc.write(&b); err != nil {
			t.Fatal(err)
		}
		var itemLines []string
		for _, line := range strings.Split(strings.TrimRight(b.String(), "\n"), "\n") {
			if strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "- ") {
				itemLines = append(itemLines, line)
			}
		}
		if len(itemLines) != listed {
			t.Fatalf("%s: %d item lines for %d listed items:\n%s", tc.name, len(itemLines), listed, b.String())
		}
		long := itemLines[2]
		switch tc.name {
		case "text 80":
			for _, l := range strings.Split(b.String(), "\n") {
				if w := runewidth.StringWidth(l); w > Width {
					t.Errorf("compact line is %d columns: %q", w, l)
				}
			}
			if !strings.Contains(long, "… · Sun 29 Nov 06:00 · also MP") {
				t.Errorf("a long title should give way to the date and companies: %q", long)
			}
		case "text pipe":
			if !strings.HasSuffix(long, strings.TrimSpace(sanitize.Line(h.Title))+" · Sun 29 Nov 06:00 · also MP Materials · Evil *Feed* [x](javascript:y)") {
				t.Errorf("in a pipe the line should be whole: %q", long)
			}
		}
	}
}
