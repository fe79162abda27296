package feeds

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/classify"
	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/ingest"
	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/sanitize"
)

// grownSeed is a FuzzParse seed that grow expands.
type grownSeed struct {
	body []byte
	n    uint16
	gz   bool
}

// grownSeeds are seeds deeper than the depth limit, wider than 256 KiB,
// with more items than kept, and deep JSON. The body's second half is whole
// units, so grow repeats units.
func grownSeeds() []grownSeed {
	var out []grownSeed
	for _, g := range []struct {
		half, unit string
		n          uint16
		gz         bool
	}{
		{`<rss xmlns:a="http://a.example/"><channel><item><guid>d</guid>`, `<a:x>`, 300, true},
		{`<rss xmlns:a="http://a.example/"><channel><item><guid>w</guid>`, `<a:x y="1" z="2"/>`, 5000, false},
		{`<rss><channel><title>many</title><item><guid>1</guid></item>`, `<item><guid>1</guid></item>`, 1000, true},
		{`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":"1","x":`, `[`, 300, false},
	} {
		half := g.half
		for len(half)%len(g.unit) != 0 {
			half += " "
		}
		body := half + strings.Repeat(g.unit, len(half)/len(g.unit))
		out = append(out, grownSeed{[]byte(body), g.n, g.gz})
	}
	return out
}

// fuzzMaxBytes is the body cap while fuzzing: small, so the cap is hit too.
const fuzzMaxBytes = 256 << 10

// fuzzGrownMax caps a grown document (see grow): over fuzzMaxBytes, so the
// parse limits are reached by documents larger than the plain cap.
const fuzzGrownMax = 512 << 10

// grow expands a fuzzed body into a large or deep document: its second half
// is repeated n times after the first (n = 0 keeps the body), up to
// fuzzGrownMax bytes. "<rss><channel><item>" + "<a:x>" with n = 300 nests
// past the depth limit.
func grow(body []byte, n uint16) []byte {
	if n == 0 || len(body) < 2 {
		return body
	}
	mid := len(body) / 2
	unit := body[mid:]
	reps := min(int(n), (fuzzGrownMax-mid)/len(unit))
	out := make([]byte, 0, mid+reps*len(unit))
	out = append(out, body[:mid]...)
	for range reps {
		out = append(out, unit...)
	}
	return out
}

// fuzzContentTypes are the Content-Type headers a fuzzed body comes with.
func fuzzContentTypes() []string {
	return []string{
		"",
		"application/rss+xml",
		"application/atom+xml; charset=utf-8",
		"application/feed+json",
		"text/xml; charset=iso-8859-1",
		"text/html; charset=utf-8",
		"application/xml; charset=windows-1252",
		"text/plain; charset=utf-16",
		"application/rss+xml; charset=bogus-\x1b[31m",
	}
}

// FuzzParse drives the poller's ingestion path on arbitrary bytes: body
// reading (gzip and the size cap), charset decoding, gofeed parsing, the
// cleaning of every field, and lode's item pipeline. Nothing may panic; every
// error is one safe line; every cleaned field is free of control and escape
// characters; every link is http or https.
func FuzzParse(f *testing.F) {
	types := fuzzContentTypes()
	n := 0
	for _, dir := range []string{filepath.Join("..", "testdata", "hostile"), filepath.Join("..", "testdata", "feeds"), filepath.Join("testdata", "real")} {
		entries, err := os.ReadDir(dir)
		if err != nil {
			f.Fatalf("seed corpus: %v", err)
		}
		for _, e := range entries {
			b, err := os.ReadFile(filepath.Join(dir, e.Name()))
			if err != nil {
				f.Fatalf("seed corpus: %v", err)
			}
			f.Add(b, uint8(n%len(types)), n%5 == 0, uint16(0))
			n++
		}
	}
	if n < 40 {
		f.Fatalf("only %d seed files found", n)
	}
	for _, g := range grownSeeds() {
		f.Add(g.body, uint8(1), g.gz, g.n)
	}

	dict, err := companies.New(nil)
	if err != nil {
		f.Fatal(err)
	}
	cls, err := classify.New(classify.Options{})
	if err != nil {
		f.Fatal(err)
	}
	pipe := ingest.New(dict, cls)
	base, _ := url.Parse("http://127.0.0.1:8080/feeds/feed.xml")

	f.Fuzz(func(t *testing.T, body []byte, ct uint8, gz bool, n uint16) {
		body = grow(body, n)
		maxBytes := int64(fuzzMaxBytes)
		if n > 0 {
			maxBytes = fuzzGrownMax
		}
		contentType := types[int(ct)%len(types)]
		hdr := http.Header{}
		hdr.Set("Content-Type", contentType)
		wire := body
		if gz {
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			zw.Write(body)
			zw.Close()
			wire = buf.Bytes()
			hdr.Set("Content-Encoding", "gzip")
		}
		resp := &http.Response{StatusCode: http.StatusOK, Header: hdr, ContentLength: -1, Body: io.NopCloser(bytes.NewReader(wire))}
		got, err := readBody(resp, maxBytes)
		if err != nil {
			fuzzCheckErrLine(t, err)
			if !errors.Is(err, ErrTooLarge) || int64(len(body)) <= maxBytes && int64(len(wire)) <= maxBytes {
				t.Fatalf("readBody of %d bytes (%d on the wire): %v", len(body), len(wire), err)
			}
			return
		}
		if !bytes.Equal(got, body) {
			t.Fatalf("readBody changed the body (%d bytes in, %d out)", len(body), len(got))
		}

		feed, _, err := parse(got, contentType, base, Limits{})
		if err != nil {
			fuzzCheckErrLine(t, err)
			if !errors.Is(err, ErrNotFeed) && !errors.Is(err, ErrTooComplex) {
				t.Fatalf("parse error is neither ErrNotFeed nor ErrTooComplex: %v", err)
			}
			return
		}
		cleanFeed(feed, base)
		fuzzCheckFeed(t, feed)
		for _, it := range pipe.Process(feed, base.String(), "") {
			fuzzCheckItem(t, it)
		}
	})
}

// fuzzCheckErrLine fails unless err reads as one terminal-safe line.
func fuzzCheckErrLine(t *testing.T, err error) {
	t.Helper()
	msg := err.Error()
	if sanitize.Line(msg) != msg || unsafeText(msg, false) != "" {
		t.Fatalf("error is not one safe line: %q", msg)
	}
}

// fuzzCheckLine fails unless s is a safe single line.
func fuzzCheckLine(t *testing.T, field, s string) {
	t.Helper()
	if sanitize.Line(s) != s {
		t.Fatalf("%s is not a clean line: %q", field, s)
	}
	if u := unsafeText(s, false); u != "" {
		t.Fatalf("%s has %s: %q", field, u, s)
	}
}

// fuzzCheckText fails unless s is safe text (newlines and tabs allowed).
func fuzzCheckText(t *testing.T, field, s string) {
	t.Helper()
	if !sanitize.Safe(s) {
		t.Fatalf("%s is not safe text: %q", field, s)
	}
	if u := unsafeText(s, true); u != "" {
		t.Fatalf("%s has %s: %q", field, u, s)
	}
}

// fuzzCheckLink fails unless s is empty or a safe absolute http(s) URL.
func fuzzCheckLink(t *testing.T, field, s string) {
	t.Helper()
	if s == "" {
		return
	}
	fuzzCheckLine(t, field, s)
	u, err := url.Parse(s)
	if err != nil || !httpURL(u) {
		t.Fatalf("%s is not an http(s) URL: %q", field, s)
	}
}

func fuzzCheckPerson(t *testing.T, field string, p *gofeed.Person) {
	t.Helper()
	if p != nil {
		fuzzCheckLine(t, field+" name", p.Name)
		fuzzCheckLine(t, field+" email", p.Email)
	}
}

// fuzzCheckFeed checks every field cleanFeed is responsible for.
func fuzzCheckFeed(t *testing.T, f *gofeed.Feed) {
	t.Helper()
	fuzzCheckLine(t, "feed title", f.Title)
	fuzzCheckText(t, "feed description", f.Description)
	fuzzCheckLink(t, "feed link", f.Link)
	fuzzCheckLink(t, "feed self link", f.FeedLink)
	for _, l := range f.Links {
		if l == "" {
			t.Fatalf("empty feed link kept")
		}
		fuzzCheckLink(t, "feed links", l)
	}
	fuzzCheckLine(t, "feed language", f.Language)
	fuzzCheckLine(t, "feed copyright", f.Copyright)
	fuzzCheckLine(t, "feed generator", f.Generator)
	fuzzCheckPerson(t, "feed author", f.Author)
	for _, p := range f.Authors {
		fuzzCheckPerson(t, "feed authors", p)
	}
	for _, c := range f.Categories {
		fuzzCheckLine(t, "feed category", c)
	}
	if f.Image != nil {
		fuzzCheckLink(t, "feed image", f.Image.URL)
		fuzzCheckLine(t, "feed image title", f.Image.Title)
	}
	for _, it := range f.Items {
		if it == nil {
			continue
		}
		fuzzCheckLine(t, "item title", it.Title)
		fuzzCheckText(t, "item description", it.Description)
		fuzzCheckText(t, "item content", it.Content)
		fuzzCheckLink(t, "item link", it.Link)
		for _, l := range it.Links {
			if l == "" {
				t.Fatalf("empty item link kept")
			}
			fuzzCheckLink(t, "item links", l)
		}
		fuzzCheckLine(t, "item guid", it.GUID)
		fuzzCheckLine(t, "item updated", it.Updated)
		fuzzCheckLine(t, "item published", it.Published)
		fuzzCheckPerson(t, "item author", it.Author)
		for _, p := range it.Authors {
			fuzzCheckPerson(t, "item authors", p)
		}
		for _, c := range it.Categories {
			fuzzCheckLine(t, "item category", c)
		}
		if it.Image != nil {
			fuzzCheckLink(t, "item image", it.Image.URL)
			fuzzCheckLine(t, "item image title", it.Image.Title)
		}
		for _, e := range it.Enclosures {
			if e == nil || e.URL == "" {
				t.Fatalf("enclosure without a URL kept")
			}
			fuzzCheckLink(t, "enclosure", e.URL)
			fuzzCheckLine(t, "enclosure length", e.Length)
			fuzzCheckLine(t, "enclosure type", e.Type)
		}
	}
}

// fuzzCheckItem checks an item as it would be stored in the cache.
func fuzzCheckItem(t *testing.T, it item.Item) {
	t.Helper()
	fuzzCheckLine(t, "stored title", it.Title)
	fuzzCheckLine(t, "stored feed name", it.FeedName)
	fuzzCheckLink(t, "stored link", it.Link)
	fuzzCheckText(t, "stored guid", it.GUID)
	if it.GUID == "" {
		t.Fatalf("item without an identity: %+v", it)
	}
	s := it.Sections
	for _, h := range s.Highlights {
		fuzzCheckText(t, "stored highlight", h)
	}
	fuzzCheckText(t, "stored body", s.Body)
	fuzzCheckText(t, "stored analysis", s.Analysis)
	fuzzCheckLine(t, "stored analysis title", s.AnalysisTitle)
	fuzzCheckText(t, "stored takeaway", s.Takeaway)
	for _, l := range s.Links {
		if l == "" {
			t.Fatalf("empty section link kept")
		}
		fuzzCheckLink(t, "stored section link", l)
	}
	for _, c := range it.Companies {
		fuzzCheckLine(t, "stored company", c)
	}
	for _, r := range it.Ideology.Reasons {
		fuzzCheckText(t, "stored reason", r)
	}
	if sc := it.Ideology.Score; !(sc >= 0 && sc <= 1) {
		t.Fatalf("ideology score %v out of [0, 1]", sc)
	}
}

// TestFuzzSeedsReachLimits: FuzzParse's grown seeds reach documents larger
// than 256 KiB and deeper than the depth limit, and are refused or cut
// there.
func TestFuzzSeedsReachLimits(t *testing.T) {
	seeds := grownSeeds()
	deep, wide, items, jsonDeep := grow(seeds[0].body, seeds[0].n), grow(seeds[1].body, seeds[1].n), grow(seeds[2].body, seeds[2].n), grow(seeds[3].body, seeds[3].n)
	if _, _, err := parse(deep, "", nil, Limits{}); !errors.Is(err, ErrTooComplex) || !strings.Contains(err.Error(), "nested deeper") {
		t.Errorf("deep seed (%d bytes): %v", len(deep), err)
	}
	if _, _, err := parse(jsonDeep, "", nil, Limits{}); !errors.Is(err, ErrTooComplex) {
		t.Errorf("deep JSON seed: %v", err)
	}
	if len(wide) <= 256<<10 || len(wide) > fuzzGrownMax {
		t.Errorf("wide seed grows to %d bytes, want over 256 KiB and within %d", len(wide), fuzzGrownMax)
	}
	if f, total, err := parse(append(items, "</channel></rss>"...), "", nil, Limits{}); err != nil || total <= DefaultMaxItems || len(f.Items) != DefaultMaxItems {
		t.Errorf("items seed: %v, %d items", err, total)
	}
}
