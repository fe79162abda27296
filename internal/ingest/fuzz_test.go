package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
)

// FuzzEnrich feeds arbitrary titles and bodies (text, HTML, broken lines)
// through extraction and all of enrichment: companies, minerals and the
// classifier must never panic on feed text, and what they report must come
// from the text (every subject is also a detected company or candidate).
func FuzzEnrich(f *testing.F) {
	seeds, _ := filepath.Glob("../companies/testdata/*/roles/*.txt")
	for i, path := range seeds {
		if i%7 != 0 { // a spread of styles keeps the seed corpus small
			continue
		}
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		head, body, _ := strings.Cut(string(b), "\n---\n")
		title := ""
		for _, l := range strings.Split(head, "\n") {
			if t, ok := strings.CutPrefix(l, "title:"); ok {
				title = strings.TrimSpace(t)
			}
		}
		f.Add(title, body)
	}
	f.Add("About-us", "About-us\nAbout\n-\n:\n")
	f.Add("", "<ul><li>Highlights<ul><li></li></ul></li></ul><h2>REEx Analysis:</h2><p>(ASX: )</p>")
	f.Add("PT  Tbk ()", "JSC\n\nCo., Ltd.\n\n(TSXV: \n")
	p := pipe(f, nil)
	f.Fuzz(func(t *testing.T, title, body string) {
		if !utf8.ValidString(title) || !utf8.ValidString(body) {
			return // feeds hand the pipeline valid UTF-8 (sanitize repairs it first)
		}
		it := p.Entry(&gofeed.Item{Title: title, GUID: "g", Description: body}, "http://feed.test/rss", "Desk")
		names := map[string]bool{}
		for _, e := range it.Evidence {
			names[e.Name] = true
		}
		for _, c := range it.Companies {
			if !names[c] {
				t.Errorf("subject %q has no evidence", c)
			}
		}
	})
}
