package ingest

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/brief"
	"github.com/lode-reader/lode/internal/classify"
	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/excerpt"
	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/text"
)

// TestEnrichmentDump writes what enrichment makes of every text the
// repository holds (the labelled company sets, the ideology corpora, the
// extraction corpora, every feed fixture, the hostile ones included) and
// of the sets kept outside it that LODE_EXTERNAL_SETS names, to the file
// LODE_ENRICH_DUMP names. Each item is read whole and with its body cut at
// three points; for each, the dump holds Enrich's companies, mentions,
// candidates, minerals, evidence, score, reasons and index words, the
// names' spans, and the classifier, company analysis, Detect and mineral
// analysis called alone. A change meant only to make enrichment faster
// must leave the file the same byte for byte:
//
//	LODE_ENRICH_DUMP=/tmp/before.txt go test ./internal/ingest -run TestEnrichmentDump
//	(change the code)
//	LODE_ENRICH_DUMP=/tmp/after.txt go test ./internal/ingest -run TestEnrichmentDump
//	cmp /tmp/before.txt /tmp/after.txt
//
// The file holds names found in the texts, never the texts; the test logs
// only counts. Skipped when LODE_ENRICH_DUMP is unset.
func TestEnrichmentDump(t *testing.T) {
	out := os.Getenv("LODE_ENRICH_DUMP")
	if out == "" {
		t.Skip("LODE_ENRICH_DUMP names no file to write")
	}
	f, err := os.Create(out)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	p := pipe(t, nil)
	docs := 0
	dump := func(set, name string, it item.Item) {
		for cut := 0; cut < 4; cut++ {
			c := it
			c.Sections.Body = cutAt(it.Sections.Body, cut)
			fmt.Fprintf(w, "%s\t%s\t%d\t%s\n", set, name, cut, dumpLine(t, p, c))
			docs++
		}
	}
	root := filepath.Join("..", "..")
	counts := map[string]int{}

	// Labelled company sets (every *.txt under the testdata, roles/ and
	// the older flat files alike) and the external sets.
	roleFiles := func(set, dir string) {
		_ = filepath.WalkDir(dir, func(path string, e fs.DirEntry, err error) error {
			if err != nil {
				t.Fatal(err)
			}
			if e.IsDir() || !strings.HasSuffix(path, ".txt") {
				return nil
			}
			rel, _ := filepath.Rel(dir, path)
			dump(set, rel, excerptItem(t, path))
			counts[set]++
			return nil
		})
	}
	roleFiles("companies", filepath.Join(root, "internal", "companies", "testdata"))
	if v := os.Getenv("LODE_EXTERNAL_SETS"); v != "" {
		for _, dir := range filepath.SplitList(v) {
			roleFiles("external:"+filepath.Base(filepath.Clean(dir)), filepath.Join(dir, "roles"))
		}
	}

	// The ideology corpora.
	jsonl, _ := filepath.Glob(filepath.Join(root, "testdata", "ideology", "*.jsonl"))
	for _, path := range jsonl {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for i, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
			var l struct {
				Title, Body, Analysis, Takeaway string
				Highlights                      []string
			}
			if err := json.Unmarshal([]byte(line), &l); err != nil {
				t.Fatalf("%s:%d: %v", path, i+1, err)
			}
			it := item.Item{Title: l.Title, Sections: brief.Sections{Highlights: l.Highlights, Body: l.Body, Analysis: l.Analysis, Takeaway: l.Takeaway}}
			dump("ideology", fmt.Sprintf("%s:%d", filepath.Base(path), i+1), it)
			counts["ideology"]++
		}
	}

	// The extraction corpora: each page's content as extracted.
	pages, _ := filepath.Glob(filepath.Join(root, "internal", "brief", "testdata", "*", "*.txt"))
	for _, path := range pages {
		content, description := pageSections(t, path)
		it := item.Item{Title: filepath.Base(path), Sections: brief.Extract(content, description)}
		dump("pages", path[len(root)+1:], it)
		counts["pages"]++
	}

	// Every feed fixture, the hostile ones included, through Process.
	var feeds []string
	for _, pat := range []string{
		filepath.Join(root, "testdata", "hostile", "*"), filepath.Join(root, "testdata", "feeds", "*"),
		filepath.Join(root, "internal", "ingest", "testdata", "*.xml"), filepath.Join(root, "internal", "digest", "testdata", "*.xml"),
	} {
		m, _ := filepath.Glob(pat)
		feeds = append(feeds, m...)
	}
	sort.Strings(feeds)
	for _, path := range feeds {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		feed, err := gofeed.NewParser().ParseString(string(b))
		if err != nil {
			continue // not a feed (an OPML list, a page, a malformed file)
		}
		for i, it := range p.Process(feed, "http://feed.test/"+filepath.Base(path), "") {
			name := fmt.Sprintf("%s:%d", path[len(root)+1:], i)
			fmt.Fprintf(w, "feed\t%s\tprocess\t%s\n", name, mustJSON(t, it))
			dump("feed", name, it)
			counts["feed items"]++
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		t.Logf("%s: %d", k, counts[k])
	}
	t.Logf("%d documents (each item whole and cut at three points) written to %s", docs, out)
}

// cutAt returns body whole (cut 0) or its first cut quarters (1-3), cut
// back to a rune boundary.
func cutAt(body string, cut int) string {
	if cut == 0 {
		return body
	}
	n := len(body) * cut / 4
	for n > 0 && !utf8.RuneStart(body[n]) {
		n--
	}
	return body[:n]
}

// dumpLine is the enrichment of it and each step's answer alone, as JSON.
func dumpLine(t *testing.T, p *Pipeline, it item.Item) string {
	s := it.Sections
	doc := text.Doc{Title: it.Title, Highlights: s.Highlights, HighlightsDerived: s.HighlightsDerived,
		Body: s.Body, Analysis: s.Analysis, Takeaway: s.Takeaway}
	e := it
	p.enrich(&e, true)
	_, spans := p.dict.AnalyzeTextSpans(text.New(doc), it.Published, nil)
	body := joinText(s)
	return mustJSON(t, map[string]any{
		"companies": e.Companies, "mentions": e.Mentions, "candidates": e.Candidates, "minerals": e.Minerals,
		"evidence": e.Evidence, "ideology": e.Ideology, "index": e.IndexWords, "spans": spans,
		"classify": p.cls.Classify(classify.Doc(doc)),
		"analyze": p.dict.Analyze(companies.Doc{Title: it.Title, Highlights: s.Highlights, HighlightsDerived: s.HighlightsDerived,
			Body: s.Body, Analysis: s.Analysis, Takeaway: s.Takeaway, Published: it.Published}),
		"detect":   p.dict.Detect(it.Title, body),
		"detectAt": p.dict.DetectAt(it.Title, body, it.Published),
		"mineral":  p.mins.Analyze(doc),
	})
}

func mustJSON(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// excerptItem reads a labelled file (title, highlight and published
// headers above "---"), or a file without headers as a body alone.
func excerptItem(t *testing.T, path string) item.Item {
	e, err := excerpt.Read(path)
	if err != nil {
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return item.Item{Sections: brief.Sections{Body: string(b)}}
	}
	it := item.Item{Sections: brief.Sections{Body: e.Body}}
	for _, h := range e.Headers {
		switch h.Key {
		case "title":
			it.Title = h.Value
		case "highlight":
			it.Sections.Highlights = append(it.Sections.Highlights, h.Value)
		case "published":
			it.Published, _ = time.Parse("2006-01-02", h.Value)
		}
	}
	return it
}

var pageEscape = regexp.MustCompile(`\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}`)

// pageSections reads an extraction corpus file's "-- content --" and
// "-- description --" sections, escapes (\xNN, \uNNNN) made bytes as the
// brief package's tests read them.
func pageSections(t *testing.T, path string) (content, description string) {
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	sections := map[string][]string{}
	cur := ""
	for _, ln := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(ln, "-- ") && strings.HasSuffix(ln, " --") {
			cur = strings.TrimSuffix(strings.TrimPrefix(ln, "-- "), " --")
			continue
		}
		if cur != "" {
			sections[cur] = append(sections[cur], ln)
		}
	}
	unescape := func(s string) string {
		return pageEscape.ReplaceAllStringFunc(s, func(m string) string {
			n, _ := strconv.ParseUint(m[2:], 16, 32)
			if m[1] == 'x' {
				return string([]byte{byte(n)})
			}
			return string(rune(n))
		})
	}
	return unescape(strings.Join(sections["content"], "\n")), unescape(strings.Join(sections["description"], "\n"))
}
