package feeds

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

// quickLimits are the limits the differential tests run both scans with:
// the defaults, and small ones that ordinary documents reach, so a scan
// that under-counted depth, elements, attributes or items would accept a
// document boundXML refuses or cuts.
func quickLimits() []Limits {
	return []Limits{
		Limits{}.withDefaults(),
		Limits{MaxDepth: 4, MaxElements: 40, MaxAttrs: 2, MaxItems: 2, MaxItemText: 1 << 10}.withDefaults(),
		Limits{MaxDepth: 2, MaxElements: 8, MaxAttrs: 1, MaxItems: 1, MaxItemText: 64}.withDefaults(),
	}
}

// checkQuickBound fails when quickBound accepts body but boundXML, the
// encoding/xml walk, would refuse it, change it or count other items.
func checkQuickBound(t *testing.T, body []byte, lim Limits) (accepted bool) {
	t.Helper()
	n, ok := quickBound(body, lim)
	if !ok {
		return false
	}
	out, want, err := boundXML(body, lim)
	switch {
	case err != nil:
		t.Fatalf("quickBound accepted a document boundXML refuses (%v), limits %+v:\n%.400q", err, lim, body)
	case !bytes.Equal(out, body):
		t.Fatalf("quickBound accepted a document boundXML cuts (%d -> %d bytes), limits %+v:\n%.400q", len(body), len(out), lim, body)
	case n != want:
		t.Fatalf("quickBound counted %d items, boundXML %d, limits %+v:\n%.400q", n, want, lim, body)
	}
	return true
}

// quickSeeds are the XML documents of the feed fixtures, the hostile set and
// the real-feed captures.
func quickSeeds(tb testing.TB) map[string][]byte {
	tb.Helper()
	out := map[string][]byte{}
	for _, dir := range []string{filepath.Join("..", "testdata", "hostile"), filepath.Join("..", "testdata", "feeds"), filepath.Join("testdata", "real")} {
		addSeeds(tb, out, dir)
	}
	return out
}

// addSeeds adds every file of dir to seeds, keyed by its path.
func addSeeds(tb testing.TB, seeds map[string][]byte, dir string) {
	tb.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		tb.Fatalf("seeds: %v", err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			tb.Fatalf("seeds: %v", err)
		}
		seeds[filepath.Join(dir, e.Name())] = b
	}
}

// TestQuickBoundAgreesOnFixtures runs the fast structural scan and the
// encoding/xml walk on every fixture and on each fixture cut at every
// 97th byte (a document that breaks off), under each set of limits: where
// the fast scan answers, it answers as the walk does. Plain feeds must take
// the fast path (the refresh's parse time depends on it).
func TestQuickBoundAgreesOnFixtures(t *testing.T) {
	seeds := quickSeeds(t)
	fast := map[string]bool{}
	for name, body := range seeds {
		body = dropBadCharRefs(stripEscapes(body))
		for li, lim := range quickLimits() {
			if checkQuickBound(t, body, lim) && li == 0 {
				fast[filepath.Base(name)] = true
			}
			for cut := 1; cut < len(body); cut += 97 {
				checkQuickBound(t, body[:cut], lim)
			}
		}
	}
	for _, name := range []string{"basic.xml", "atom.xml", "dupes.xml", "edited-v1.xml"} {
		if !fast[name] {
			t.Errorf("%s did not take the fast path", name)
		}
	}
}

// TestQuickBoundDefers lists documents the fast scan must leave to the
// encoding/xml walk: at or over a limit, or written in a way it does not
// read exactly as encoding/xml does.
func TestQuickBoundDefers(t *testing.T) {
	lim := Limits{MaxDepth: 8, MaxElements: 50, MaxAttrs: 3, MaxItems: 3, MaxItemText: 4 << 10}.withDefaults()
	for name, doc := range map[string]string{
		"deep":                `<rss><channel><item>` + strings.Repeat("<a>", 6) + `</item></channel></rss>`,
		"many attributes":     `<rss><channel><item><a x="1" y="2" z="3" w="4"/></item></channel></rss>`,
		"many elements":       `<rss><channel>` + strings.Repeat("<a/>", 60) + `</channel></rss>`,
		"too many items":      `<rss><channel>` + strings.Repeat("<item><title>t</title></item>", 4) + `</channel></rss>`,
		"long text":           `<rss><channel><item><title>` + strings.Repeat("x", 5000) + `</title></item></channel></rss>`,
		"value-less attr":     `<rss><channel><item><a href>x</a></item></channel></rss>`,
		"unquoted attr":       `<rss><channel><item><a href=x>x</a></item></channel></rss>`,
		"doctype":             `<!DOCTYPE rss [<!ENTITY x "y">]><rss><channel></channel></rss>`,
		"lt in attribute":     `<rss><channel><item><a t="a<b">x</a></item></channel></rss>`,
		"stray lt":            `<rss><channel><item><title>a < b</title></item></channel></rss>`,
		"cdata end in text":   `<rss><channel><item><title>a ]]> b</title></item></channel></rss>`,
		"bad char reference":  `<rss><channel><item><title>a &#1; b</title></item></channel></rss>`,
		"control byte":        "<rss><channel><item><title>a \x01 b</title></item></channel></rss>",
		"invalid UTF-8":       "<rss><channel><item><title>a \xff b</title></item></channel></rss>",
		"U+FFFE":              "<rss><channel><item><title>a \uFFFE b</title></item></channel></rss>",
		"two colons":          `<rss><channel><a:b:item>x</a:b:item></channel></rss>`,
		"non-ASCII name":      `<rss><channel><itém>x</itém></channel></rss>`,
		"bad comment":         `<rss><!-- a -- b --><channel></channel></rss>`,
		"unclosed CDATA":      `<rss><channel><item><title><![CDATA[x</title></item></channel></rss>`,
		"latin-1 declaration": `<?xml version="1.0" encoding="iso-8859-1"?><rss><channel></channel></rss>`,
		"version 1.1":         `<?xml version='1.1'?><rss><channel></channel></rss>`,
		"entity at the end":   `<rss><channel></channel></rss>&amp`,
		"end tag junk":        `<rss><channel></channel x></rss>`,
	} {
		if _, ok := quickBound([]byte(doc), lim); ok {
			t.Errorf("%s: the fast scan accepted %q", name, doc)
		}
	}
	// And it takes what it can read, counting items as boundXML does:
	// prefixed ones too, nested ones once, none below depth 3.
	doc := `<?xml version="1.0" encoding="UTF-8"?>
<!-- a feed --><rss xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>T &amp; &#8217; &#x2014;</title>
<item><title><![CDATA[<b>a</b> ]] > <item>]]></title><item/></item>
<atom:entry a='1' b = "2"/><x><y><item/></y></x><?pi data?></channel></rss>`
	n, ok := quickBound([]byte(doc), lim)
	if !ok || n != 2 {
		t.Fatalf("quickBound = %d, %v; want 2 items, fast", n, ok)
	}
	checkQuickBound(t, []byte(doc), lim)
}

// FuzzQuickBound compares the fast structural scan with the encoding/xml
// walk on arbitrary documents (see checkQuickBound).
func FuzzQuickBound(f *testing.F) {
	for _, b := range quickSeeds(f) {
		f.Add(b)
	}
	for _, g := range grownSeeds() {
		f.Add(grow(g.body, g.n))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		for _, lim := range quickLimits() {
			checkQuickBound(t, body, lim)
		}
	})
}

// TestPlainXMLBytesEveryPosition checks the word-at-a-time control scan
// against the plain byte test: each C0 character (and a few others) at
// every position of documents of lengths around the word size, amid ASCII
// and non-ASCII bytes.
func TestPlainXMLBytesEveryPosition(t *testing.T) {
	for _, fill := range []string{"a", "é", "\x80", "\xff", " "} {
		for n := 1; n <= 40; n++ {
			for pos := range n {
				for _, c := range []byte{0x00, 0x01, 0x08, '\t', '\n', 0x0B, '\r', 0x1F, 0x20, 'a', 0x7F, 0x80, 0xFF} {
					b := []byte(strings.Repeat(fill, n))[:n]
					b[pos] = c
					want := plainControls(b) && utf8.Valid(b)
					if got := plainXMLBytes(b); got != want {
						t.Fatalf("plainXMLBytes(%q) = %v, want %v", b, got, want)
					}
				}
			}
		}
	}
}
