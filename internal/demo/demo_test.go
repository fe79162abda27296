package demo

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"
)

var tagRE = regexp.MustCompile(`<[^>]+>`)

func plain(html string) string { return tagRE.ReplaceAllString(html, " ") }

func TestFeedsParse(t *testing.T) {
	feeds := Feeds()
	if len(feeds) != 3 {
		t.Fatalf("Feeds() returned %d feeds, want 3", len(feeds))
	}
	wantType := []string{"rss", "atom", "json"}
	from := time.Date(2026, time.November, 19, 0, 0, 0, 0, time.UTC)
	to := time.Date(2026, time.November, 29, 0, 0, 0, 0, time.UTC)
	total, structured, unstructured := 0, 0, 0
	guids := map[string]bool{}
	for i, f := range feeds {
		if !strings.HasPrefix(f.Path, "/") || f.ContentType == "" || !strings.HasSuffix(f.Name, "(demo)") {
			t.Errorf("feed %d: bad metadata %q %q %q", i, f.Name, f.Path, f.ContentType)
		}
		parsed, err := gofeed.NewParser().Parse(bytes.NewReader(f.Data))
		if err != nil {
			t.Fatalf("parse %s: %v", f.Path, err)
		}
		if parsed.FeedType != wantType[i] {
			t.Errorf("%s: feed type %q, want %q", f.Path, parsed.FeedType, wantType[i])
		}
		if parsed.Title != f.Name {
			t.Errorf("%s: title %q, want %q", f.Path, parsed.Title, f.Name)
		}
		if !strings.Contains(parsed.Description, "Demo content for lode; fictional events") {
			t.Errorf("%s: description %q lacks the demo notice", f.Path, parsed.Description)
		}
		if parsed.FeedType == "json" && !strings.HasSuffix(parsed.FeedVersion, "1.1") {
			t.Errorf("%s: JSON Feed version %q, want 1.1", f.Path, parsed.FeedVersion)
		}
		for _, it := range parsed.Items {
			total++
			if it.Title == "" || it.Link == "" || it.PublishedParsed == nil {
				t.Errorf("%s: item %q missing title, link or date", f.Path, it.Title)
				continue
			}
			if !strings.HasPrefix(it.Link, "https://"+Host+"/") {
				t.Errorf("%s: item %q link %q outside %s", f.Path, it.Title, it.Link, Host)
			}
			if p := *it.PublishedParsed; p.Before(from) || !p.Before(to) {
				t.Errorf("%s: item %q dated %v, want 19-28 Nov 2026", f.Path, it.Title, p)
			}
			if it.GUID == "" || guids[it.GUID] {
				t.Errorf("%s: item %q has empty or duplicate guid %q", f.Path, it.Title, it.GUID)
			}
			guids[it.GUID] = true
			if len(it.Authors) == 0 || it.Authors[0].Name == "" {
				t.Errorf("%s: item %q has no author", f.Path, it.Title)
			}
			all := it.Description + "\n" + it.Content
			switch {
			case strings.Contains(all, "Highlights") && strings.Contains(it.Content, "REEx Analysis:"):
				structured++
				for _, want := range []string{"<li>", "Spread the word:", "CATEGORIES:", "Leave a Reply"} {
					if !strings.Contains(all, want) {
						t.Errorf("%s: structured item %q lacks %q", f.Path, it.Title, want)
					}
				}
				if !strings.Contains(it.Content, "Investor Takeaway") && !strings.Contains(it.Content, "Bottom Line") &&
					!strings.Contains(it.Content, "What Investors Should Know") {
					t.Errorf("%s: structured item %q has no takeaway section", f.Path, it.Title)
				}
				article, _, _ := strings.Cut(it.Content, "Spread the word:")
				if n := len(strings.Fields(plain(article))); n < 200 || n > 600 {
					t.Errorf("%s: structured item %q has %d words, want 200-600", f.Path, it.Title, n)
				}
			case !strings.Contains(all, "<h") && !strings.Contains(all, "<strong>") && !strings.Contains(all, "Highlights"):
				unstructured++
			default:
				t.Errorf("%s: item %q is neither structured nor plain", f.Path, it.Title)
			}
		}
	}
	if total < 16 {
		t.Errorf("total items %d, want >= 16", total)
	}
	if structured < 7 || unstructured < 5 {
		t.Errorf("structured %d (want >= 7), unstructured %d (want >= 5)", structured, unstructured)
	}
	t.Logf("items: %d (structured %d, unstructured %d)", total, structured, unstructured)
}

func TestFeedsReturnsCopies(t *testing.T) {
	a := Feeds()
	a[0].Data[0] = 'X'
	if b := Feeds(); b[0].Data[0] == 'X' {
		t.Fatal("mutating Feeds() data changed the bundled feed")
	}
}

func TestHandler(t *testing.T) {
	srv := httptest.NewServer(Handler())
	defer srv.Close()
	get := func(t *testing.T, method, path string, hdr map[string]string) *http.Response {
		t.Helper()
		req, err := http.NewRequest(method, srv.URL+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatalf("%s %s: %v", method, path, err)
		}
		defer resp.Body.Close()
		var buf bytes.Buffer
		if _, err := buf.ReadFrom(resp.Body); err != nil {
			t.Fatalf("read %s: %v", path, err)
		}
		resp.Body = nil
		if method == http.MethodGet && resp.StatusCode == http.StatusOK {
			if _, err := gofeed.NewParser().Parse(&buf); err != nil {
				t.Errorf("served %s does not parse: %v", path, err)
			}
		}
		return resp
	}
	for _, f := range Feeds() {
		t.Run(f.Path, func(t *testing.T) {
			resp := get(t, http.MethodGet, f.Path, nil)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("GET %s: status %d", f.Path, resp.StatusCode)
			}
			etag, lm := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
			if etag == "" || lm == "" {
				t.Fatalf("GET %s: ETag %q Last-Modified %q", f.Path, etag, lm)
			}
			if ct := resp.Header.Get("Content-Type"); ct != f.ContentType {
				t.Errorf("GET %s: Content-Type %q, want %q", f.Path, ct, f.ContentType)
			}
			if r := get(t, http.MethodGet, f.Path, map[string]string{"If-None-Match": etag}); r.StatusCode != http.StatusNotModified {
				t.Errorf("If-None-Match %s: status %d, want 304", etag, r.StatusCode)
			}
			if r := get(t, http.MethodGet, f.Path, map[string]string{"If-None-Match": `"other"`}); r.StatusCode != http.StatusOK {
				t.Errorf("stale If-None-Match: status %d, want 200", r.StatusCode)
			}
			if r := get(t, http.MethodGet, f.Path, map[string]string{"If-Modified-Since": lm}); r.StatusCode != http.StatusNotModified {
				t.Errorf("If-Modified-Since %s: status %d, want 304", lm, r.StatusCode)
			}
			if r := get(t, http.MethodHead, f.Path, nil); r.StatusCode != http.StatusOK {
				t.Errorf("HEAD: status %d, want 200", r.StatusCode)
			}
			if r := get(t, http.MethodPost, f.Path, nil); r.StatusCode != http.StatusMethodNotAllowed {
				t.Errorf("POST: status %d, want 405", r.StatusCode)
			}
		})
	}
	for _, p := range []string{"/", "/nope.xml", "/feeds/rare-earth-briefings.xml", "/../demo.go"} {
		if r := get(t, http.MethodGet, p, nil); r.StatusCode != http.StatusNotFound {
			t.Errorf("GET %s: status %d, want 404", p, r.StatusCode)
		}
	}
}
