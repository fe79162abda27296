package feeds

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/ingest"
)

// realFixture reads a file of feeds/testdata/real: shapes found in public
// feed-parser test suites, written anew for lode.
func realFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "real", name))
	if err != nil {
		t.Fatalf("fixture: %v", err)
	}
	return b
}

func parseReal(t *testing.T, name string) *Document {
	t.Helper()
	doc, err := ParseDocument(realFixture(t, name), "", nil)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return doc
}

func titles(f *gofeed.Feed) []string {
	out := make([]string, len(f.Items))
	for i, it := range f.Items {
		out[i] = it.Title
	}
	return out
}

func sameStrings(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n got %q\nwant %q", what, got, want)
	}
}

// Atom titles are read by their type: html and xhtml through the
// HTML-to-text step, text as it is (its brackets are not markup).
func TestAtomTitlesByType(t *testing.T) {
	doc := parseReal(t, "atom-html-titles.xml")
	if got, want := doc.Feed.Title, "Lithium & Cobalt Desk"; got != want {
		t.Errorf("feed title %q, want %q", got, want)
	}
	sameStrings(t, "titles", titles(doc.Feed), []string{
		`Why Lynas isn't selling to "anyone"`,
		"MP Materials lifts NdPr & output",
		"Gallium export curbs & the grid",
		"The <blink> tag & graphite",
		"Cobalt a < b",
	})
}

// RSS titles are escaped HTML: decoded once, tags dropped, the text kept;
// so is the channel's title.
func TestRSSTitlesAreHTML(t *testing.T) {
	doc := parseReal(t, "rss-escaped-titles.xml")
	if got, want := doc.Feed.Title, "Rare Earth Wire"; got != want {
		t.Errorf("feed title %q, want %q", got, want)
	}
	sameStrings(t, "titles", titles(doc.Feed), []string{
		"AT&T signs lithium offtake",
		"Gallium prices — up",
		"Cobalt surplus widens",
		"Plain title & no markup",
	})
}

// UTF-16 without a byte order mark and UTF-32 (with or without one) are
// recognised from their first bytes.
func TestWideEncodings(t *testing.T) {
	for _, name := range []string{"utf16le-nobom.xml", "utf16be-nobom.xml", "utf32le.xml", "utf32be.xml", "utf32le-bom.xml"} {
		doc := parseReal(t, name)
		if len(doc.Feed.Items) != 1 {
			t.Errorf("%s: %d items, want 1", name, len(doc.Feed.Items))
			continue
		}
		if got, want := doc.Feed.Items[0].Title, "Nickel ’s price in € and 中文"; got != want {
			t.Errorf("%s: title %q, want %q", name, got, want)
		}
		if !strings.HasPrefix(doc.Feed.Title, "Wide Desk — UTF-") {
			t.Errorf("%s: feed title %q", name, doc.Feed.Title)
		}
		if got := doc.Feed.Items[0].Description; got != "Café 😀 text." {
			t.Errorf("%s: description %q", name, got)
		}
	}
}

// A document cut short keeps its complete items and says so in one line,
// also through the poller, whose result carries the note.
func TestTruncatedDocumentKeepsCompleteItems(t *testing.T) {
	doc := parseReal(t, "truncated.xml")
	sameStrings(t, "titles", titles(doc.Feed), []string{"First complete", "Second complete", "Third complete"})
	if len(doc.Notes) != 1 || doc.Notes[0] != "the document was cut short: kept the 3 complete items" {
		t.Errorf("notes %q", doc.Notes)
	}

	srv := httptest.NewServer(serveBytes("application/rss+xml", realFixture(t, "truncated.xml")))
	defer srv.Close()
	c := newCache(t)
	r := newPoller(c, srv, nil, Options{}).Fetch(context.Background(), Feed{URL: srv.URL + "/cut.xml", Name: "Cut"})
	if r.Status != OK || r.New != 3 {
		t.Fatalf("status %v, new %d, err %v", r.Status, r.New, r.Err)
	}
	if !strings.Contains(r.Note, "cut short: kept the 3 complete items") {
		t.Errorf("note %q", r.Note)
	}
	// A document with no complete item still fails, naming the cause.
	_, err := Parse([]byte(`<rss version="2.0"><channel><title>x</title><item><title>half`), "", nil)
	if err == nil || !strings.Contains(err.Error(), "EOF") {
		t.Errorf("no complete item: err %v", err)
	}
}

// An RSS document behind an XHTML doctype is a feed: the root decides.
func TestXHTMLDoctypeRSSIsAFeed(t *testing.T) {
	doc := parseReal(t, "xhtml-doctype.xml")
	sameStrings(t, "titles", titles(doc.Feed), []string{"Graphite anode plant opens"})
	// A real XHTML page is still called one.
	page := `<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x.dtd"><html xmlns="http://www.w3.org/1999/xhtml"><head><title>p</title></head><body></body></html>`
	if _, err := Parse([]byte(page), "", nil); err == nil || !strings.Contains(err.Error(), "HTML page") {
		t.Errorf("XHTML page: err %v", err)
	}
}

// C1 control characters that stand for windows-1252 punctuation, raw or as
// references, become that punctuation instead of vanishing.
func TestC1PunctuationMapped(t *testing.T) {
	doc := parseReal(t, "c1-punct.xml")
	it := doc.Feed.Items[0]
	if got, want := it.Title, "Miners don’t wait"; got != want {
		t.Errorf("title %q, want %q", got, want)
	}
	if got, want := it.Description, "It’s “tight” … and costs € 9."; got != want {
		t.Errorf("description %q, want %q", got, want)
	}
	// The C1 codes that open terminal escape strings still go, with their payload.
	if got := string(mapC1([]byte("a\u009b2Jb"))); got != "a\u009b2Jb" {
		t.Errorf("CSI mapped: %q", got)
	}
}

// An item whose only URL is a permalink GUID gets it as its link; a GUID
// marked isPermaLink="false", or not http(s), does not.
func TestGUIDPermalinkIsTheLink(t *testing.T) {
	doc := parseReal(t, "guid-links.xml")
	var links []string
	for _, it := range doc.Feed.Items {
		links = append(links, it.Link)
	}
	sameStrings(t, "links", links, []string{
		"https://guid.example/posts/1",
		"https://guid.example/posts/2",
		"",
		"",
		"https://guid.example/own/5",
	})
}

// Items that reuse a GUID stay distinct when their link or title differ;
// a true repeat is dropped; the result says what happened.
func TestSharedGUIDsStayDistinct(t *testing.T) {
	srv := httptest.NewServer(serveBytes("application/rss+xml", realFixture(t, "shared-guids.xml")))
	defer srv.Close()
	c := newCache(t)
	p := New(c, infallible(ingest.New(nil, nil).Process), Options{Client: srv.Client()})
	feedURL := srv.URL + "/shared.xml"
	r := p.Fetch(context.Background(), Feed{URL: feedURL, Name: "Shared"})
	if r.Status != OK || r.New != 4 {
		t.Fatalf("status %v, new %d (want 4), err %v", r.Status, r.New, r.Err)
	}
	for _, want := range []string{"3 items share their id with another item: told apart by link and title", "ignored 1 repeated item"} {
		if !strings.Contains(r.Note, want) {
			t.Errorf("note %q lacks %q", r.Note, want)
		}
	}
	var got []string
	for _, it := range itemsOf(t, c, feedURL) {
		got = append(got, it.Title)
	}
	sort.Strings(got)
	sameStrings(t, "cached titles", got, []string{"Arafura funding", "Iluka refinery", "Lynas quarterly", "MP Materials guidance"})
	// A second refresh of the same document changes nothing.
	r = p.Fetch(context.Background(), Feed{URL: feedURL, Name: "Shared"})
	if r.New != 0 || r.Updated != 0 {
		t.Errorf("second refresh: new %d, updated %d", r.New, r.Updated)
	}
}

// Content lode used to ignore: RSS xhtml:body and fullitem, media:title and
// media:description when nothing else is there, Atom 0.3 base64.
func TestContentFallbacks(t *testing.T) {
	doc := parseReal(t, "content-fallbacks.xml")
	items := doc.Feed.Items
	if len(items) != 4 {
		t.Fatalf("%d items", len(items))
	}
	for i, want := range []string{"<p>Antimony exports <b>halted</b>.</p><ul><li>Smelters idle</li></ul><p>Prices rose.</p>", "<p>Tungsten concentrate <em>tightens</em>.</p>"} {
		if got := strings.TrimSpace(items[i].Content); got != want {
			t.Errorf("item %d content %q, want %q", i, got, want)
		}
	}
	if got := items[2].Description; got != "Germanium recycling plant tour." {
		t.Errorf("media:description %q", got)
	}
	if items[3].Title != "Media title stands in" || items[3].Description != "Scandium alloy demand." {
		t.Errorf("media fallback: %q / %q", items[3].Title, items[3].Description)
	}

	doc = parseReal(t, "atom03-base64.xml")
	sameStrings(t, "atom 0.3 titles", titles(doc.Feed), []string{"Niobium supply deal", "Rhenium & hafnium"})
	if got := doc.Feed.Items[0].Content; got != "<p>Vanadium batteries <b>scale</b>.</p>" {
		t.Errorf("base64 content %q", got)
	}
	if got := doc.Feed.Items[1].Description; got != "<p>Superalloys.</p>" {
		t.Errorf("escaped summary %q", got)
	}
}

// A CDF channel (Microsoft's 1997 format) is read as a feed.
func TestCDFChannel(t *testing.T) {
	doc := parseReal(t, "cdf.xml")
	f := doc.Feed
	if f.Title != "Channel Definition Desk" || len(f.Items) != 1 {
		t.Fatalf("feed %q with %d items", f.Title, len(f.Items))
	}
	it := f.Items[0]
	if it.Title != "Rare earth magnets, 1997 edition" || it.Link != "https://cdf.example/item/1" || it.Description != "Neodymium was cheap." {
		t.Errorf("item %q %q %q", it.Title, it.Link, it.Description)
	}
	if it.UpdatedParsed == nil || it.UpdatedParsed.Format("2006-01-02T15:04Z07:00") != "2004-04-07T04:05Z" {
		t.Errorf("lastmod %v", it.UpdatedParsed)
	}
}
