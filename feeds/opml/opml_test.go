package opml

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/lode-reader/lode/feeds"
)

func open(t *testing.T, name string) *os.File {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "testdata", "feeds", name))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestNewsboatImport(t *testing.T) {
	res, err := Import(open(t, "newsboat-urls"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Format != FormatNewsboat {
		t.Errorf("format %q", res.Format)
	}
	want := []feeds.Feed{
		{URL: "https://mining.example/feed.xml", Name: "Mining Weekly", Tags: []string{"lithium", "rare earths"}},
		{URL: "http://cobalt.example/rss", Name: "Cobalt", Tags: []string{"cobalt"}},
		{URL: "https://graphite.example/atom.xml", Tags: []string{"graphite", "battery materials"}, Hidden: true},
		{URL: "https://quoted.example/feed", Name: `Quoted "Name"`, Tags: []string{"tag1"}},
	}
	if !reflect.DeepEqual(res.Feeds, want) {
		t.Errorf("feeds:\n got %#v\nwant %#v", res.Feeds, want)
	}
	var skipped []string
	for _, s := range res.Skipped {
		skipped = append(skipped, s.String())
	}
	wantSkipped := []string{
		`line 5: "query:Unread Articles:unread = \"yes\"" skipped: query feeds are not supported`,
		`line 6: "exec:~/bin/scrape-site.sh" skipped: commands are never run`,
		`line 7: "filter:~/bin/filter.py:https://filtered.example/feed" skipped: filters are never run`,
		`line 8: "file:///home/me/local.xml" skipped: not an http or https URL`,
		`line 9: "javascript:alert(1)" skipped: not an http or https URL`,
		`line 10: "https://mining.example/feed.xml" skipped: listed twice`,
	}
	if !reflect.DeepEqual(skipped, wantSkipped) {
		t.Errorf("skipped:\n got %q\nwant %q", skipped, wantSkipped)
	}
}

func TestOPMLImport(t *testing.T) {
	res, err := Import(open(t, "subscriptions.opml"))
	if err != nil {
		t.Fatal(err)
	}
	want := []feeds.Feed{
		{URL: "https://mining.example/feed.xml", Name: "Mining Weekly", Tags: []string{"Metals"}},
		{URL: "http://cobalt.example/rss", Name: "Cobalt News", Tags: []string{"Metals", "cobalt", "battery/supply"}},
		{URL: "https://graphite.example/atom.xml", Name: "Graphite & Anodes"},
	}
	if res.Format != FormatOPML || !reflect.DeepEqual(res.Feeds, want) {
		t.Errorf("format %q feeds:\n got %#v\nwant %#v", res.Format, res.Feeds, want)
	}
	var reasons []string
	for _, s := range res.Skipped {
		reasons = append(reasons, s.String())
	}
	wantSkipped := []string{
		`"javascript:alert(1)" skipped: not an http or https URL`,
		`"file:///etc/passwd" skipped: not an http or https URL`,
		`"exec:rm -rf ~" skipped: not an http or https URL`,
		`"No URL" skipped: no feed URL`,
	}
	if !reflect.DeepEqual(reasons, wantSkipped) {
		t.Errorf("skipped:\n got %q\nwant %q", reasons, wantSkipped)
	}
}

func TestOPMLRoundTrip(t *testing.T) {
	in := []feeds.Feed{
		{URL: "https://mining.example/feed.xml", Name: "Mining Weekly", Tags: []string{"lithium", "rare earths"}},
		{URL: "https://x.example/rss?a=1&b=2", Name: `Quotes "and" <angles> & ampersands`, Tags: []string{"battery/supply"}},
		{URL: "http://noname.example/feed"},
		{URL: "https://unicode.example/", Name: "Société Minière — 稀土", Tags: []string{"métaux"}},
	}
	var buf bytes.Buffer
	if err := Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !strings.HasPrefix(out, `<?xml version="1.0" encoding="UTF-8"?>`) || !strings.Contains(out, `<opml version="2.0">`) ||
		!strings.Contains(out, `category="lithium,rare earths"`) {
		t.Errorf("OPML written:\n%s", out)
	}
	back, err := Parse(strings.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back, in) {
		t.Errorf("round trip:\n got %#v\nwant %#v\n%s", back, in, out)
	}
}

func TestWriteSanitises(t *testing.T) {
	var buf bytes.Buffer
	err := Write(&buf, []feeds.Feed{{URL: "https://e.example/", Name: "Evil\x1b]0;x\x07 name\u202e", Tags: []string{"a,b", "\x1b[31mred"}}})
	if err != nil {
		t.Fatal(err)
	}
	back, err := Parse(&buf)
	if err != nil {
		t.Fatal(err)
	}
	want := []feeds.Feed{{URL: "https://e.example/", Name: "Evil name", Tags: []string{"a b", "red"}}}
	if !reflect.DeepEqual(back, want) {
		t.Errorf("got %#v", back)
	}
}

func TestBadInput(t *testing.T) {
	if _, err := Parse(strings.NewReader("<opml><body><outline")); err == nil || !strings.HasPrefix(err.Error(), "not an OPML file: ") {
		t.Errorf("truncated OPML: %v", err)
	}
	if _, err := Parse(strings.NewReader("<html><body>hi</body></html>")); err == nil {
		t.Error("HTML taken as OPML")
	}
	fs, err := Parse(strings.NewReader(""))
	if err != nil || len(fs) != 0 {
		t.Errorf("empty file: %v %v", fs, err)
	}
	deep := "<opml><body>" + strings.Repeat("<outline text=\"f\">", 20000) + strings.Repeat("</outline>", 20000) + "</body></opml>"
	if _, err := Parse(strings.NewReader(deep)); err == nil {
		t.Error("20000-deep OPML accepted")
	}
	res, err := Import(strings.NewReader("https://ok.example/feed \x1b]0;x\x07tag \"~Name\x1b[31m\"\nhttps://bad.example/\x1b[2J\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Feeds) != 1 || res.Feeds[0].Name != "Name" || !reflect.DeepEqual(res.Feeds[0].Tags, []string{"tag"}) || len(res.Skipped) != 1 {
		t.Errorf("escapes in newsboat file: %#v", res)
	}
}

// TestSpecialTags: newsboat's special tags are read for what they mean in
// a urls file and in OPML categories (as newsboat's OPML 2.0 export writes
// them): !hidden (or !) hides the feed, ~Name names it; neither is kept as
// a tag, and Write writes them back so that Import reads the same feeds.
func TestSpecialTags(t *testing.T) {
	for _, file := range []string{"special-urls", "special.opml"} {
		fh, err := os.Open(filepath.Join("testdata", file))
		if err != nil {
			t.Fatal(err)
		}
		res, err := Import(fh)
		fh.Close()
		if err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		want := []feeds.Feed{
			{URL: "https://insider.example/rss", Name: "Insider Notes", Tags: []string{"lithium"}, Hidden: true},
			{URL: "https://desk.example/atom.xml", Name: "Cobalt Desk", Tags: []string{"cobalt", "daily"}},
			{URL: "https://plain.example/feed", Tags: []string{"graphite"}, Hidden: true},
		}
		if !reflect.DeepEqual(res.Feeds, want) {
			t.Errorf("%s:\n got %#v\nwant %#v", file, res.Feeds, want)
		}
		var out bytes.Buffer
		if err := Write(&out, res.Feeds); err != nil {
			t.Fatal(err)
		}
		back, err := Import(&out)
		if err != nil || !reflect.DeepEqual(back.Feeds, want) {
			t.Errorf("%s written and read back:\n got %#v (%v)\nwant %#v", file, back.Feeds, err, want)
		}
	}
}
