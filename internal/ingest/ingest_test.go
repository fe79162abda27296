package ingest

import (
	"context"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/brief"
	"github.com/lode-reader/lode/internal/classify"
	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/store"
)

func pipe(t testing.TB, extra []classify.Term) *Pipeline {
	t.Helper()
	dict, err := companies.Default()
	if err != nil {
		t.Fatal(err)
	}
	cls, err := classify.New(classify.Options{Extra: extra})
	if err != nil {
		t.Fatal(err)
	}
	return New(dict, cls)
}

const feedXML = `<?xml version="1.0"?><rss version="2.0"><channel><title>Desk \x1b[31mRed</title>
<item><title>Lynas Rare Earths ships first heavy rare earths</title><guid>g-1</guid><link>https://x.test/1</link>
<pubDate>Sat, 28 Nov 2026 09:30:00 +0000</pubDate><description>Lynas Rare Earths (ASX: LYC) shipped dysprosium from Malaysia.</description></item>
<item><title>No guid here</title><link>https://x.test/2</link><description>Albemarle cut capex.</description></item>
<item><title>Neither guid nor link</title><link>javascript:alert(1)</link><pubDate>Fri, 27 Nov 2026 09:30:00 +0000</pubDate><description>Text.</description></item>
</channel></rss>`

func TestProcessIdentityAndEnrichment(t *testing.T) {
	f, err := gofeed.NewParser().ParseString(strings.ReplaceAll(feedXML, `\x1b`, "\x1b"))
	if err != nil {
		t.Fatal(err)
	}
	p := pipe(t, nil)
	items := p.Process(f, "http://feed.test/rss", "")
	if len(items) != 3 {
		t.Fatalf("%d items", len(items))
	}
	if items[0].FeedName != "Desk [31mRed" && strings.ContainsRune(items[0].FeedName, 0x1b) {
		t.Errorf("feed name not sanitised: %q", items[0].FeedName)
	}
	if items[0].GUID != "g-1" || items[1].GUID != "https://x.test/2" || !strings.HasPrefix(items[2].GUID, "sha256:") {
		t.Errorf("identities: %q %q %q", items[0].GUID, items[1].GUID, items[2].GUID)
	}
	if items[2].Link != "" {
		t.Errorf("javascript: link kept: %q", items[2].Link)
	}
	again := p.Process(f, "http://feed.test/rss", "")
	if again[2].GUID != items[2].GUID || again[0].Hash != items[0].Hash {
		t.Errorf("identity or hash not stable across runs")
	}
	if len(items[0].Companies) == 0 || items[0].Companies[0] != "Lynas Rare Earths" {
		t.Errorf("companies: %v", items[0].Companies)
	}
	if items[0].Ideology.Version == "" || items[0].Ideology.Flagged {
		t.Errorf("ideology: %+v", items[0].Ideology)
	}
	if !items[0].Published.Equal(time.Date(2026, 11, 28, 9, 30, 0, 0, time.UTC)) {
		t.Errorf("published %v", items[0].Published)
	}
}

func TestRescoreWhenLexiconChanges(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "cache.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	f, _ := gofeed.NewParser().ParseString(strings.ReplaceAll(feedXML, `\x1b`, ""))
	p := pipe(t, nil)
	res, err := st.Upsert(ctx, p.Process(f, "http://feed.test/rss", ""))
	if err != nil || res.New != 3 {
		t.Fatal(res, err)
	}
	st.SetRead(ctx, res.NewIDs[:1], true)
	if n, _ := p.Rescore(ctx, st); n != 0 {
		t.Fatalf("same version rescored %d items", n)
	}
	// A user term that makes shipping dysprosium political changes the version and the score.
	p2 := pipe(t, []classify.Term{{Phrase: "shipped dysprosium", Weight: 5}, {Phrase: "heavy rare earths", Weight: 5}})
	n, err := p2.Rescore(ctx, st)
	if err != nil || n != 3 {
		t.Fatalf("rescore: %d %v", n, err)
	}
	it, _ := st.Item(ctx, res.NewIDs[0])
	if !it.Ideology.Flagged || it.Ideology.Version != p2.Version() || !it.Read {
		t.Errorf("after rescore: %+v read=%v", it.Ideology, it.Read)
	}
}

func TestSkipUnchanged(t *testing.T) {
	ctx := context.Background()
	st, err := store.Open(filepath.Join(t.TempDir(), "cache.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	p := pipe(t, nil)
	p.SkipUnchanged(func(u string) map[string]string { k, _ := st.Known(ctx, u); return k })
	f, _ := gofeed.NewParser().ParseString(strings.ReplaceAll(feedXML, `\x1b`, ""))
	if res, err := st.Upsert(ctx, p.Process(f, "http://feed.test/rss", "")); err != nil || res.New != 3 {
		t.Fatal(res, err)
	}
	// Same feed again: nothing is re-extracted, nothing written, sections kept.
	items := p.Process(f, "http://feed.test/rss", "")
	for _, it := range items {
		if it.Sections.Body != "" || len(it.Companies) != 0 {
			t.Errorf("unchanged item %q was processed again", it.GUID)
		}
	}
	res, err := st.Upsert(ctx, items)
	if err != nil || res.Unchanged != 3 || res.New+res.Updated != 0 {
		t.Fatalf("second upsert: %+v %v", res, err)
	}
	rows, _ := st.Items(ctx, store.Query{Search: "dysprosium"}, 0)
	if len(rows) != 1 || rows[0].Sections.Body == "" || rows[0].Companies[0] != "Lynas Rare Earths" {
		t.Fatalf("cached item lost its content: %+v", rows)
	}
	// An edited entry is processed and updated.
	f.Items[0].Description = "Lynas Rare Earths shipped terbium too."
	items = p.Process(f, "http://feed.test/rss", "")
	if items[0].Sections.Body == "" {
		t.Fatal("edited item not processed")
	}
	if res, _ := st.Upsert(ctx, items); res.Updated != 1 || res.Unchanged != 2 {
		t.Fatalf("edit: %+v", res)
	}
}

// TestDerivedHighlightsScoredOnce: an item without highlights gets derived
// ones from its body; the classifier must score it as the body alone, not
// count those sentences again with the highlight weight.
func TestDerivedHighlightsScoredOnce(t *testing.T) {
	const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>
<item><title>Lithium miner ships first cargo</title><guid>d-1</guid><description><![CDATA[<p>The minister told the crowd that the lithium belongs to the people and that foreign plunder is over. The mine shipped 20,000 tonnes of spodumene concentrate to a converter in China. Revenue from the first cargo is expected to reach $18 million at current prices, the company said in a statement.</p>]]></description></item>
</channel></rss>`
	f, err := gofeed.NewParser().ParseString(xml)
	if err != nil {
		t.Fatal(err)
	}
	p := pipe(t, nil)
	it := p.Process(f, "http://feed.test/rss", "")[0]
	s := it.Sections
	if !s.HighlightsDerived || len(s.Highlights) == 0 {
		t.Fatalf("want derived highlights, got %+v", s)
	}
	cls, err := classify.New(classify.Options{})
	if err != nil {
		t.Fatal(err)
	}
	bodyOnly := cls.Classify(classify.Doc{Title: it.Title, Body: s.Body})
	if it.Ideology.Score != bodyOnly.Score {
		t.Errorf("score with derived highlights %.4f, body alone %.4f", it.Ideology.Score, bodyOnly.Score)
	}
	for _, r := range it.Ideology.Reasons {
		if strings.Contains(r, "(highlights)") {
			t.Errorf("reason from derived highlights: %s", r)
		}
	}
}

// TestSubjectsMentionsMinerals checks what an item is about against what
// it only names: a fund's holdings listed in one sentence are mentions, the
// title's company a subject; the minerals the item is about are tagged
// (dysprosium implying rare earths); a company not in the dictionary is a
// candidate; and the evidence says where each was found.
func TestSubjectsMentionsMinerals(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "subjects.xml"))
	if err != nil {
		t.Fatal(err)
	}
	f, err := gofeed.NewParser().ParseString(string(b))
	if err != nil {
		t.Fatal(err)
	}
	items := pipe(t, nil).Process(f, "http://feed.test/rss", "")
	if len(items) != 2 {
		t.Fatalf("%d items", len(items))
	}
	lynas, kodal := items[0], items[1]
	if !slices.Equal(lynas.Companies, []string{"Lynas Rare Earths"}) {
		t.Errorf("subjects %q, want only Lynas", lynas.Companies)
	}
	for _, m := range []string{"MP Materials", "Iluka Resources", "Arafura Rare Earths"} {
		if !slices.Contains(lynas.Mentions, m) {
			t.Errorf("mentions %q lack %s", lynas.Mentions, m)
		}
	}
	for _, m := range []string{"dysprosium", "rare earths"} {
		if !slices.Contains(lynas.Minerals, m) {
			t.Errorf("minerals %q lack %s", lynas.Minerals, m)
		}
	}
	var sawList bool
	for _, e := range lynas.Evidence {
		if e.Name == "MP Materials" && !e.Subject && e.Note != "" && slices.Equal(e.Where, []string{"body"}) {
			sawList = true
		}
		if e.Name == "Lynas Rare Earths" && (!e.Subject || e.Where[0] != "title" || e.Count < 2) {
			t.Errorf("Lynas evidence %+v", e)
		}
	}
	if !sawList {
		t.Errorf("no evidence for MP Materials as a mention: %+v", lynas.Evidence)
	}
	if !slices.Equal(kodal.Companies, []string{"Qorvath Minerals"}) || !slices.Equal(kodal.Candidates, []string{"Qorvath Minerals"}) {
		t.Errorf("candidate: companies %q candidates %q", kodal.Companies, kodal.Candidates)
	}
	if !slices.Equal(kodal.Minerals, []string{"lithium"}) {
		t.Errorf("spodumene item minerals %q, want lithium", kodal.Minerals)
	}
}

// TestEnrichKeepsIndexWords checks that the full-text index words
// enrichment keeps (built from its split words) give the cache row that
// the item's own text gives, for every item of the feed fixtures.
func TestEnrichKeepsIndexWords(t *testing.T) {
	var paths []string
	for _, g := range []string{"testdata/*.xml", "../../testdata/feeds/*", "../../testdata/hostile/*"} {
		m, _ := filepath.Glob(g)
		paths = append(paths, m...)
	}
	p := pipe(t, nil)
	n, kept := 0, 0
	for _, path := range paths {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		f, err := gofeed.NewParser().ParseString(string(b))
		if err != nil {
			continue // not a feed gofeed reads: the poller's tests have it
		}
		for _, it := range p.Process(f, "http://feed.test/rss", "") {
			if it.IndexWords != "" {
				kept++
			}
			plain := it
			plain.IndexWords = ""
			got, want := store.PrepareRow(it), store.PrepareRow(plain)
			got.Item.IndexWords = ""
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s: %q: the row from enrichment's words differs from the row from the item's text", path, it.Title)
			}
			n++
		}
	}
	if n < 20 || kept < n/2 {
		t.Fatalf("%d items read, %d with index words kept", n, kept)
	}
}

// TestEnrichMasksCompanyNames checks that a word of the ideology lexicon
// inside a company's name (a junior named "Patriot ...", dictionary or not)
// does not flag a drilling release, while the same word outside a name in a
// political item still scores.
func TestEnrichMasksCompanyNames(t *testing.T) {
	p := pipe(t, nil)
	for _, c := range []struct {
		title, body string
		flagged     bool
	}{
		{"Patriot Battery Metals extends spodumene zone, updates drill program",
			"Patriot Battery Metals Inc. reported assays from 12 drill holes at its Quebec property. The company plans a feasibility study next year.", false},
		{"Vanguard Graphite Ltd extends drilling at Kestrel Ridge",
			"Vanguard Graphite Ltd (ASX: VGX) reported assays from 9 drill holes. Vanguard Graphite plans a resource update in the third quarter.", false},
		{"Minister tells miners every patriot must defend the revolution",
			"The minister told workers that every patriot must defend the revolution against foreign plunder of our minerals, our wealth.", true},
	} {
		it := item.Item{Title: c.title, Sections: brief.Sections{Body: c.body}}
		p.Enrich(&it)
		if it.Ideology.Flagged != c.flagged {
			t.Errorf("%q: flagged %v (score %.3f, reasons %v), want %v", c.title, it.Ideology.Flagged, it.Ideology.Score, it.Ideology.Reasons, c.flagged)
		}
		for _, r := range it.Ideology.Reasons {
			if !c.flagged && (strings.Contains(r, "Patriot") || strings.Contains(r, "Vanguard")) {
				t.Errorf("%q: a company's name scored: %s", c.title, r)
			}
		}
	}
}
