package feeds

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/item"
)

// rawProcess copies every feed field into an item verbatim, with no
// sanitising of its own, so the hostile test proves the poller's cleaning:
// description goes to Analysis, content to Body, authors to Highlights,
// categories to Companies, links and enclosures to Sections.Links.
func rawProcess(feed *gofeed.Feed, feedURL, feedName string) []item.Item {
	var out []item.Item
	for _, fi := range feed.Items {
		if fi == nil {
			continue
		}
		guid := testGUID(fi)
		it := item.Item{FeedURL: feedURL, FeedName: feedName, GUID: guid, Title: fi.Title, Link: fi.Link,
			Hash: hashOf(fi.Title, fi.Content, fi.Description), Companies: fi.Categories}
		it.Sections.Body = fi.Content
		it.Sections.Analysis = fi.Description
		it.Sections.Links = append(it.Sections.Links, fi.Links...)
		for _, a := range fi.Authors {
			it.Sections.Highlights = append(it.Sections.Highlights, a.Name+" <"+a.Email+">")
		}
		for _, e := range fi.Enclosures {
			it.Sections.Links = append(it.Sections.Links, e.URL)
			it.Sections.Highlights = append(it.Sections.Highlights, e.Type)
		}
		out = append(out, it)
	}
	return out
}

// unsafeText names the first character in s that must not reach a
// terminal, or "" if there is none. Newlines are allowed only if multiline.
func unsafeText(s string, multiline bool) string {
	for i, r := range s {
		switch {
		case r == utf8.RuneError:
			if _, size := utf8.DecodeRuneInString(s[i:]); size <= 1 {
				return fmt.Sprintf("invalid UTF-8 at byte %d", i)
			}
		case (r == '\n' || r == '\t') && multiline:
		case r < 0x20, r == 0x7f, r >= 0x80 && r <= 0x9f,
			r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c, r == 0xfeff:
			return fmt.Sprintf("U+%04X at byte %d", r, i)
		}
	}
	return ""
}

// hostileCase is one fixture and what the user must see from it.
type hostileCase struct {
	path   string // under the server
	status Status
	errSub string // substring of Result.Err.Error() when Failed
	items  int    // items cached for the feed (-1: not checked)
	note   string
	check  func(t *testing.T, srvURL string, items []item.Item)
}

func byGUID(items []item.Item) map[string]item.Item {
	m := make(map[string]item.Item, len(items))
	for _, it := range items {
		m[it.GUID] = it
	}
	return m
}

func titleIs(want string) func(*testing.T, string, []item.Item) {
	return func(t *testing.T, _ string, items []item.Item) {
		t.Helper()
		if len(items) == 0 || items[0].Title != want {
			t.Errorf("title %q, want %q", titleOf(items), want)
		}
	}
}

func titleOf(items []item.Item) string {
	if len(items) == 0 {
		return "(no items)"
	}
	return items[0].Title
}

func hostileServer(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	dir := filepath.Join("..", "testdata", "hostile")
	mux.HandleFunc("/h/{name}", func(w http.ResponseWriter, r *http.Request) {
		name := r.PathValue("name")
		b, err := os.ReadFile(filepath.Join(dir, filepath.Base(name)))
		if err != nil {
			http.NotFound(w, r)
			return
		}
		switch {
		case strings.HasSuffix(name, ".json"):
			w.Header().Set("Content-Type", "application/feed+json")
		case strings.HasSuffix(name, ".html"), name == "36-rss-as-text-html.xml":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
		case name == "16-wrong-charset-label.xml":
			w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
		default:
			w.Header().Set("Content-Type", "application/rss+xml")
		}
		w.Write(b)
	})
	mux.HandleFunc("/good", func(w http.ResponseWriter, r *http.Request) {
		w.Write(fixture(t, "basic.xml"))
	})
	mux.HandleFunc("/gen/gzip-bomb", func(w http.ResponseWriter, r *http.Request) {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
		zw.Write([]byte(`<rss><channel><title>`))
		chunk := bytes.Repeat([]byte("A"), 1<<20)
		for range 11 {
			zw.Write(chunk)
		}
		zw.Close()
		w.Header().Set("Content-Encoding", "gzip")
		w.Write(buf.Bytes())
	})
	mux.HandleFunc("/gen/100k-items", func(w http.ResponseWriter, r *http.Request) {
		var b bytes.Buffer
		b.WriteString(`<rss version="2.0"><channel><title>Hundred thousand</title>`)
		for i := range 100000 {
			fmt.Fprintf(&b, "<item><title>Item %d</title><guid>g%06d</guid></item>\n", i, i)
		}
		b.WriteString(`</channel></rss>`)
		w.Write(b.Bytes())
	})
	mux.HandleFunc("/gen/huge-title", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<rss><channel><title>%s</title><item><title>%s</title><guid>huge</guid></item></channel></rss>`,
			strings.Repeat("Feed ", 200000), strings.Repeat("Lithium ", 250000))
	})
	mux.HandleFunc("/gen/oversized-text", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<rss><channel><title>Big text</title><item><title>big</title><guid>big</guid><description>%s</description></item></channel></rss>`,
			strings.Repeat("Graphite anode &#27;[31m prices. ", 150000))
	})
	mux.HandleFunc("/gen/deep-nesting", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `<rss><channel><title>Deep</title><item><title>deep</title><guid>deep</guid><x>%s%s</x></item><junk>%s%s</junk></channel></rss>`,
			strings.Repeat("<a>", 100000), strings.Repeat("</a>", 100000), strings.Repeat("<b>", 100000), strings.Repeat("</b>", 100000))
	})
	mux.HandleFunc("/gen/json-deep", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `{"version":"https://jsonfeed.org/version/1.1","title":"deep","items":[],"x":%s%s}`,
			strings.Repeat("[", 100000), strings.Repeat("]", 100000))
	})
	mux.HandleFunc("/gen/over-cap", func(w http.ResponseWriter, r *http.Request) {
		w.Write([]byte(`<rss><channel><title>`))
		chunk := bytes.Repeat([]byte("B"), 1<<20)
		for range 11 {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	mux.HandleFunc("/gen/status-line", func(w http.ResponseWriter, r *http.Request) {
		conn, bw, err := http.NewResponseController(w).Hijack()
		if err != nil {
			return
		}
		defer conn.Close()
		bw.WriteString("HTTP/1.1 599 \x1b]0;pwned\x07Evil\u202e\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
		bw.Flush()
	})
	mux.HandleFunc("/gen/js-redirect", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Location", "javascript:alert(document.domain)")
		w.WriteHeader(http.StatusMovedPermanently)
	})
	mux.HandleFunc("/gen/redirect-loop", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/gen/redirect-loop", http.StatusFound)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestHostileFeeds polls every hostile fixture in one refresh together with
// a good feed: each gets its exact outcome, nothing unsafe reaches the
// cache, and the good feed still lands.
func TestHostileFeeds(t *testing.T) {
	noEscapeLeft := func(t *testing.T, _ string, items []item.Item) {
		t.Helper()
		for _, it := range items {
			for _, s := range []string{it.Title, it.FeedName, it.Sections.Body, it.Sections.Analysis, it.GUID} {
				if strings.Contains(s, "\x1b") || strings.Contains(s, "\u009b") || strings.Contains(s, "\u009d") {
					t.Errorf("escape left in %q", s)
				}
			}
		}
	}
	cases := []hostileCase{
		// Whole sequences go, not just their ESC: no "[2J" or "]0;pwned" left as text.
		{path: "/h/01-esc-item-title.xml", status: OK, items: 1, check: titleIs("Lithium up today")},
		{path: "/h/02-esc-feed-title.xml", status: OK, items: 1, check: func(t *testing.T, _ string, items []item.Item) {
			if len(items) == 1 && (!strings.HasPrefix(items[0].FeedName, "Feed") || strings.ContainsAny(items[0].FeedName, "[]")) {
				t.Errorf("feed name %q", items[0].FeedName)
			}
		}},
		{path: "/h/03-esc-link.xml", status: OK, items: 1, check: func(t *testing.T, _ string, items []item.Item) {
			if len(items) == 1 && !strings.HasPrefix(items[0].Link, "https://hostile.example/a") {
				t.Errorf("link %q", items[0].Link)
			}
		}},
		{path: "/h/04-esc-description.xml", status: OK, items: 1, check: noEscapeLeft},
		{path: "/h/05-esc-content.xml", status: OK, items: 1, check: noEscapeLeft},
		{path: "/h/06-esc-author.xml", status: OK, items: 1, check: func(t *testing.T, _ string, items []item.Item) {
			if len(items) == 1 && (len(items[0].Sections.Highlights) == 0 || !strings.Contains(strings.Join(items[0].Sections.Highlights, " "), "Eve")) {
				t.Errorf("authors %q", items[0].Sections.Highlights)
			}
		}},
		{path: "/h/07-esc-category.xml", status: OK, items: 1, check: func(t *testing.T, _ string, items []item.Item) {
			if len(items) == 1 && (len(items[0].Companies) != 2 || !strings.HasPrefix(items[0].Companies[0], "Lithium")) {
				t.Errorf("categories %q", items[0].Companies)
			}
		}},
		{path: "/h/08-osc52-clipboard.xml", status: OK, items: 1, check: titleIs("copy this")},
		{path: "/h/09-osc8-hyperlink.xml", status: OK, items: 1, check: titleIs("click me")},
		{path: "/h/10-bidi-override.xml", status: OK, items: 1, check: titleIs("invoicegpj.exe and isolate mark")},
		{path: "/h/11-c1-controls.xml", status: OK, items: 1, check: noEscapeLeft},
		{path: "/h/12-c1-charrefs.xml", status: OK, items: 1, check: noEscapeLeft},
		{path: "/h/13-billion-laughs.xml", status: OK, items: 1, check: func(t *testing.T, _ string, items []item.Item) {
			if len(items) == 1 && (strings.Contains(items[0].Title, "lollol") || len(items[0].Sections.Analysis) > 100) {
				t.Errorf("entities expanded: %d bytes", len(items[0].Sections.Analysis))
			}
		}},
		{path: "/h/14-xxe-external-entity.xml", status: OK, items: 1, check: func(t *testing.T, _ string, items []item.Item) {
			if len(items) == 1 && (strings.Contains(items[0].Sections.Analysis, "root:") || strings.Contains(items[0].Title, "root:")) {
				t.Error("external entity was read")
			}
		}},
		{path: "/h/15-invalid-utf8.xml", status: OK, items: 1, check: titleIs("stray ÿþ bytes Ã and â‚ cut")},
		{path: "/h/16-wrong-charset-label.xml", status: OK, items: 1, check: titleIs("Société Générale")},
		{path: "/h/17-unknown-charset.xml", status: OK, items: 1, check: titleIs("Société minière")},
		{path: "/h/18-html-instead.html", status: Failed, errSub: ": not a feed: got an HTML page"},
		{path: "/h/19-truncated.xml", status: Failed, errSub: ": not a feed: XML syntax error on line 6: unexpected EOF"},
		{path: "/h/20-zero-bytes.xml", status: Failed, errSub: ": not a feed: the document is empty"},
		{path: "/h/21-whitespace-only.xml", status: Failed, errSub: ": not a feed: no RSS, Atom or JSON Feed found"},
		{path: "/h/22-bad-links.xml", status: OK, items: 8, check: func(t *testing.T, srvURL string, items []item.Item) {
			want := map[string]string{"bl1": "", "bl2": "", "bl3": "", "bl4": "", "bl5": srvURL + "/post/5",
				"bl6": "http://cdn.example/x", "bl7": "", "bl8": ""}
			got := byGUID(items)
			for g, w := range want {
				if got[g].Link != w {
					t.Errorf("%s: link %q, want %q", g, got[g].Link, w)
				}
			}
		}},
		{path: "/h/23-nul-bytes.xml", status: OK, items: 1, check: titleIs("nul in title")},
		{path: "/h/24-json-escapes.json", status: OK, items: 1, check: noEscapeLeft},
		{path: "/h/25-json-wrong-types.json", status: Failed, errSub: ": not a feed: json: cannot unmarshal number"},
		{path: "/h/26-json-truncated.json", status: Failed, errSub: ": not a feed: unexpected end of JSON input"},
		{path: "/h/27-json-bad-urls.json", status: OK, items: 3, check: func(t *testing.T, srvURL string, items []item.Item) {
			got := byGUID(items)
			if got["jl1"].Link != "" || got["jl2"].Link != "" || got["jl3"].Link != srvURL+"/rel/3" {
				t.Errorf("links %q %q %q", got["jl1"].Link, got["jl2"].Link, got["jl3"].Link)
			}
		}},
		{path: "/h/28-atom-escapes.xml", status: OK, items: 1, check: func(t *testing.T, _ string, items []item.Item) {
			if len(items) == 1 && items[0].Link != "" {
				t.Errorf("javascript: link kept: %q", items[0].Link)
			}
		}},
		{path: "/h/29-rdf-escapes.xml", status: OK, items: 1, check: noEscapeLeft},
		{path: "/h/30-utf16.xml", status: OK, items: 1, check: titleIs("Société UTF-16")},
		{path: "/h/31-not-a-feed-xml.xml", status: Failed, errSub: ": not a feed: no RSS, Atom or JSON Feed found"},
		{path: "/h/32-newline-title.xml", status: OK, items: 1, check: func(t *testing.T, _ string, items []item.Item) {
			if len(items) == 1 && (items[0].Title != "A B C D" || items[0].FeedName != "Multi line feed") {
				t.Errorf("title %q feed %q", items[0].Title, items[0].FeedName)
			}
		}},
		{path: "/h/33-guid-escapes.xml", status: OK, items: 1, check: noEscapeLeft},
		{path: "/h/34-quadratic-blowup.xml", status: OK, items: 1, check: func(t *testing.T, _ string, items []item.Item) {
			if len(items) == 1 && strings.Contains(items[0].Sections.Analysis, "AAAA") {
				t.Error("entity expanded")
			}
		}},
		{path: "/h/35-html-after-comment.html", status: Failed, errSub: ": not a feed: got an HTML page"},
		{path: "/h/36-rss-as-text-html.xml", status: OK, items: 1, check: titleIs("real feed")},
		{path: "/h/37-xml-prolog-only.xml", status: Failed, errSub: ": not a feed: no RSS, Atom or JSON Feed found"},
		{path: "/h/38-dup-guids-hostile.xml", status: OK, items: 1, note: "ignored 2 repeated items", check: titleIs("first")},
		{path: "/h/39-cdata-escapes.xml", status: OK, items: 1, check: noEscapeLeft},
		{path: "/h/40-entity-in-attr-and-enclosure.xml", status: OK, items: 1, check: func(t *testing.T, _ string, items []item.Item) {
			if len(items) == 1 && strings.Join(items[0].Sections.Links, " ") != "https://hostile.example/a https://ok.example/a.mp3" {
				t.Errorf("enclosures %q", items[0].Sections.Links)
			}
		}},
		{path: "/gen/gzip-bomb", status: Failed, errSub: ": response larger than 10 MiB"},
		{path: "/gen/over-cap", status: Failed, errSub: ": response larger than 10 MiB"},
		{path: "/gen/100k-items", status: OK, items: 1000, note: "kept first 1000 of 100000 items"},
		{path: "/gen/huge-title", status: OK, items: 1, check: func(t *testing.T, _ string, items []item.Item) {
			if n := utf8.RuneCountInString(titleOf(items)); n > maxTitle || !strings.HasSuffix(titleOf(items), "…") {
				t.Errorf("title of %d runes", n)
			}
			if n := utf8.RuneCountInString(items[0].FeedName); n > maxTitle {
				t.Errorf("feed name of %d runes", n)
			}
		}},
		{path: "/gen/oversized-text", status: OK, items: 1, check: func(t *testing.T, _ string, items []item.Item) {
			// 150,000 × "Graphite anode  prices. " once the escapes are gone: long text is kept whole.
			if want := 150000 * len("Graphite anode  prices. "); len(items) == 1 && len(items[0].Sections.Analysis) < want-2 {
				t.Errorf("description cut to %d bytes, want about %d", len(items[0].Sections.Analysis), want)
			}
			if len(items) == 1 && strings.Contains(items[0].Sections.Analysis, "[31m") {
				t.Error("escape sequence remnants left in the text")
			}
		}},
		{path: "/gen/deep-nesting", status: Failed, errSub: ": document nested deeper than 256 elements"},
		{path: "/gen/json-deep", status: Failed, errSub: ": document nested deeper than 256 arrays and objects"},
		{path: "/gen/status-line", status: Failed, errSub: ": server said 599 Evil, retrying after 10m"},
		{path: "/gen/js-redirect", status: Failed, errSub: ": redirected to a non-http URL (javascript:)"},
		{path: "/gen/redirect-loop", status: Failed, errSub: ": too many redirects (loop?)"},
	}
	if n := len(cases); n < 30 {
		t.Fatalf("only %d hostile cases", n)
	}

	srv := hostileServer(t)
	c := newCache(t)
	// Generous time limits: this test is about outcomes, and the 5 MB and
	// 100k-item cases are slow under -race on a loaded machine.
	p := New(c, infallible(rawProcess), Options{Client: srv.Client(), Now: newClock().Now, Timeout: 3 * time.Minute, Deadline: 5 * time.Minute})
	fs := []Feed{{URL: srv.URL + "/good", Name: "Good Feed"}}
	for _, tc := range cases {
		fs = append(fs, Feed{URL: srv.URL + tc.path})
	}
	progressed := 0
	rs := p.Poll(context.Background(), fs, func(Result) { progressed++ })
	if progressed != len(fs) {
		t.Errorf("progress called %d times for %d feeds", progressed, len(fs))
	}

	if r := rs[0]; r.Status != OK || r.New != 2 || r.Err != nil {
		t.Errorf("good feed: %v new %d err %v", r.Status, r.New, r.Err)
	}
	if items := itemsOf(t, c, fs[0].URL); len(items) != 2 || items[0].FeedName != "Good Feed" {
		t.Errorf("good feed items: %+v", items)
	}

	for i, tc := range cases {
		r := rs[i+1]
		t.Run(strings.TrimPrefix(tc.path, "/"), func(t *testing.T) {
			if r.Status != tc.status {
				t.Fatalf("status %v, want %v (err %q, note %q)", r.Status, tc.status, errText(r), r.Note)
			}
			if tc.status == Failed {
				msg := errText(r)
				if !strings.Contains(msg, tc.errSub) {
					t.Errorf("error %q does not contain %q", msg, tc.errSub)
				}
				if bad := unsafeText(msg, false); bad != "" || len(msg) > 400 {
					t.Errorf("error %q: %s (%d bytes)", msg, bad, len(msg))
				}
			}
			if r.Note != tc.note {
				t.Errorf("note %q, want %q", r.Note, tc.note)
			}
			if bad := unsafeText(r.Title, false); bad != "" {
				t.Errorf("result title: %s", bad)
			}
			items := itemsOf(t, c, srv.URL+tc.path)
			if tc.items >= 0 && (len(items) != tc.items || r.New != tc.items) {
				t.Errorf("%d items cached, %d new, want %d", len(items), r.New, tc.items)
			}
			if tc.check != nil {
				tc.check(t, srv.URL, items)
			}
		})
	}

	checkStoredText(t, c)
}

// checkStoredText reads every text column of every cached row and fails on
// any character unsafe for a terminal; single-line columns must hold no
// newline and links must be http or https.
func checkStoredText(t *testing.T, c *countingCache) {
	t.Helper()
	for _, table := range []string{"items", "feeds"} {
		rows, err := c.DB().Query("SELECT * FROM " + table)
		if err != nil {
			t.Fatalf("read %s: %v", table, err)
		}
		cols, _ := rows.Columns()
		n := 0
		for rows.Next() {
			n++
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			for i, v := range vals {
				var s string
				switch v := v.(type) {
				case string:
					s = v
				case []byte:
					s = string(v)
				default:
					continue
				}
				col := cols[i]
				texts := []string{s}
				if strings.HasPrefix(s, "[") {
					var arr []string
					if json.Unmarshal([]byte(s), &arr) == nil {
						texts = arr
					}
				}
				multiline := col == "body" || col == "analysis" || col == "takeaway"
				for _, s := range texts {
					if bad := unsafeText(s, multiline); bad != "" {
						t.Errorf("%s.%s holds %s: %q", table, col, bad, clip(s, 80))
					}
					if (col == "link" || col == "links") && s != "" && !strings.HasPrefix(s, "http://") && !strings.HasPrefix(s, "https://") {
						t.Errorf("%s.%s holds a non-http link %q", table, col, s)
					}
				}
			}
		}
		rows.Close()
		if n == 0 {
			t.Errorf("no rows in %s", table)
		}
	}
}
