package feeds

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/brief"
	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/sanitize"
)

// FuzzArticlePage drives the path of a fetched article page into the cache:
// charset decoding, readability extraction, sanitising, sections, company
// detection and the score. Nothing may panic; a refused page is one line of
// cause; an accepted page gives an item as safe to store and show as a feed
// item (fuzzCheckItem), whose identity, title and link stay the feed's.
func FuzzArticlePage(f *testing.F) {
	for _, path := range []string{filepath.Join("..", "testdata", "fulltext", "heavy.html"), filepath.Join("testdata", "fulltext", "cobalt.html"), filepath.Join("..", "testdata", "hostile", "18-html-instead.html")} {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatalf("seed corpus: %v", err)
		}
		f.Add(b, uint8(0))
	}
	words := strings.Repeat("Lynas Rare Earths shipped more separated oxide this month. ", 12)
	f.Add([]byte("<html><body><article><h2>Highlights</h2><ul><li>\x1b]52;c;cHdu\x07Clipboard</li></ul><p>"+words+"\u202eevil <a href=\"javascript:alert(1)\">x</a> \x1b[2J</p><h2>Investor Takeaway</h2><p>"+words+"</p></article></body></html>"), uint8(1))
	f.Add([]byte("<html><body><article><p>don\x92t "+words+"\x9b31m \x90payload\x9c</p></article></body></html>"), uint8(2))
	types := fuzzContentTypes()
	p := New(nil, infallible(realPipeline(f).Process), Options{})
	base, _ := url.Parse("https://wire.example/articles/page.html")
	teaser := item.Item{FeedURL: "https://wire.example/feed.xml", FeedName: "Teaser Wire", GUID: "teaser-1", Title: "Heavy rare earth output climbs",
		Link: base.String(), Hash: "h", Published: time.Date(2026, 11, 26, 6, 40, 0, 0, time.UTC),
		Sections: brief.Sections{Body: "A Malaysian separation line hit nameplate. Read more on our site."}}

	f.Fuzz(func(t *testing.T, page []byte, ct uint8) {
		a, err := p.readArticle(teaser, page, types[int(ct)%len(types)], base)
		if err != nil {
			if line := sanitize.Line(err.Error()); line == "" {
				t.Fatalf("a refused page gives no cause: %q", err)
			}
			return
		}
		fuzzCheckItem(t, a)
		fuzzCheckText(t, "stored feed summary", a.FeedSummary)
		if a.TextSource != item.SourceArticle || a.GUID != teaser.GUID || a.Title != teaser.Title || a.Link != teaser.Link || a.Hash != teaser.Hash {
			t.Fatalf("the article item lost the feed's identity: %q %q %q %q %q", a.TextSource, a.GUID, a.Title, a.Link, a.Hash)
		}
	})
}
