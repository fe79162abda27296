package article

import (
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

func page(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "fulltext", "heavy.html"))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// The article is found and the page's furniture (navigation, sidebar,
// footer, scripts) left behind.
func TestExtractFindsTheArticle(t *testing.T) {
	base, _ := url.Parse("https://wire.example/articles/heavy.html")
	a, err := Extract(page(t), base)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Lynas Rare Earths said its heavy rare earth circuit", "Investor Takeaway", "A clean operating month"} {
		if !strings.Contains(a.HTML, want) {
			t.Errorf("article lacks %q", want)
		}
	}
	for _, junk := range []string{"Most read", "Subscribe", "All rights reserved", "tracker"} {
		if strings.Contains(a.HTML, junk) {
			t.Errorf("article keeps furniture %q", junk)
		}
	}
	if !strings.Contains(a.Title, "Heavy rare earth output climbs") {
		t.Errorf("title %q", a.Title)
	}
}

// A page with no article, and a page over the element cap, fail with a cause.
func TestExtractRefuses(t *testing.T) {
	if _, err := Extract([]byte("<html><body><nav><a href=/>Home</a></nav></body></html>"), nil); err == nil {
		t.Error("a page without an article gave one")
	}
	big := "<html><body>" + strings.Repeat("<div><span>x</span></div>", MaxElements) + "</body></html>"
	if _, err := Extract([]byte(big), nil); err == nil || !strings.Contains(err.Error(), "elements") {
		t.Errorf("oversized page: err %v", err)
	}
}

// FuzzExtract: no page panics the extractor or hangs it; what it returns is
// valid UTF-8.
func FuzzExtract(f *testing.F) {
	f.Add(page(f))
	f.Add([]byte("<html><body><article><p>" + strings.Repeat("word ", 200) + "</p></article></body></html>"))
	f.Add([]byte("<p>\x1b]0;x\x07<script>alert(1)</script><a href=\"javascript:x\">j</a></p>"))
	f.Fuzz(func(t *testing.T, b []byte) {
		a, err := Extract(b, nil)
		if err != nil {
			return
		}
		if !utf8.ValidString(a.HTML) && utf8.Valid(b) {
			t.Fatalf("invalid UTF-8 out of valid input")
		}
	})
}

// BenchmarkExtract reports articles extracted per second from a
// briefing-sized page with site furniture.
func BenchmarkExtract(b *testing.B) {
	p := page(b)
	base, _ := url.Parse("https://wire.example/articles/heavy.html")
	b.SetBytes(int64(len(p)))
	for b.Loop() {
		if _, err := Extract(p, base); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
}
