package feeds

import (
	"bytes"
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/lode-reader/lode/internal/classify"
	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/ingest"
	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/store"
)

// articleSite serves feeds/testdata/fulltext on loopback: the summary-only
// feed, the article pages, a 404 for the missing one, and counts requests
// per path and the most article pages in flight at once.
type articleSite struct {
	srv     *httptest.Server
	mu      sync.Mutex
	hits    map[string]int
	active  int
	maxConc int
	status  map[string]int // path -> forced status
	// etag is the article page's current ETag per path (none when
	// unset); lastMod its Last-Modified. cond records the If-None-Match
	// and If-Modified-Since each request of a page carried, and full and
	// notModified count its 200 and 304 answers.
	etag              map[string]string
	lastMod           map[string]string
	cond              map[string][]string
	full, notModified map[string]int
}

func newArticleSite(t *testing.T) *articleSite {
	t.Helper()
	s := &articleSite{hits: map[string]int{}, status: map[string]int{}, etag: map[string]string{}, lastMod: map[string]string{},
		cond: map[string][]string{}, full: map[string]int{}, notModified: map[string]int{}}
	read := func(name string) []byte {
		dir := filepath.Join("testdata", "fulltext")
		if name == "heavy.html" { // the article page shared with the other packages' tests
			dir = filepath.Join("..", "testdata", "fulltext")
		}
		b, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	feed, heavy, cobalt := read("feed.xml"), read("heavy.html"), read("cobalt.html")
	s.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.mu.Lock()
		s.hits[r.URL.Path]++
		code := s.status[r.URL.Path]
		if strings.HasPrefix(r.URL.Path, "/articles/") {
			s.active++
			s.maxConc = max(s.maxConc, s.active)
			defer func() { s.mu.Lock(); s.active--; s.mu.Unlock() }()
		}
		etag, lastMod := s.etag[r.URL.Path], s.lastMod[r.URL.Path]
		s.cond[r.URL.Path] = append(s.cond[r.URL.Path], r.Header.Get("If-None-Match")+"|"+r.Header.Get("If-Modified-Since"))
		s.mu.Unlock()
		if etag != "" {
			w.Header().Set("ETag", etag)
		}
		if lastMod != "" {
			w.Header().Set("Last-Modified", lastMod)
		}
		inm, ims := r.Header.Get("If-None-Match"), r.Header.Get("If-Modified-Since")
		if code == 0 && ((inm != "" && inm == etag) || (inm == "" && ims != "" && ims == lastMod)) {
			code = http.StatusNotModified
		}
		s.mu.Lock()
		switch code {
		case 0:
			s.full[r.URL.Path]++
		case http.StatusNotModified:
			s.notModified[r.URL.Path]++
		}
		s.mu.Unlock()
		if code == http.StatusNotModified {
			w.WriteHeader(code)
			return
		}
		if code != 0 {
			w.Header().Set("Retry-After", "120")
			w.WriteHeader(code)
			return
		}
		switch r.URL.Path {
		case "/feed.xml":
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Write(bytes.ReplaceAll(feed, []byte("{{BASE}}"), []byte(s.srv.URL)))
		case "/articles/heavy.html":
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			w.Write(heavy)
		case "/articles/cobalt.html":
			w.Header().Set("Content-Type", "text/html")
			w.Write(cobalt)
		default:
			http.NotFound(w, r)
		}
	}))
	t.Cleanup(s.srv.Close)
	return s
}

func (s *articleSite) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

// realPipeline is lode's own item pipeline with the bundled dictionary and classifier.
func realPipeline(t testing.TB) *ingest.Pipeline {
	t.Helper()
	dict, err := companies.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	cls, err := classify.New(classify.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return ingest.New(dict, cls)
}

func byTitle(t *testing.T, c *countingCache, feedURL string) map[string]item.Item {
	t.Helper()
	out := map[string]item.Item{}
	for _, it := range itemsOf(t, c, feedURL) {
		out[it.Title] = it
	}
	return out
}

// full_text = "auto": the teaser items get their article page, read into
// sections with companies and a score; the item already structured is left
// alone; a missing page costs one note and never the feed item; a second
// refresh keeps the articles.
func TestFullTextAuto(t *testing.T) {
	site := newArticleSite(t)
	c := newCache(t)
	p := New(c, infallible(realPipeline(t).Process), Options{Client: site.srv.Client()})
	feedURL := site.srv.URL + "/feed.xml"
	f := Feed{URL: feedURL, Name: "Teaser Wire", FullText: FullTextAuto}
	r := p.Fetch(context.Background(), f)
	if r.Status != OK || r.New != 3 || r.Articles != 1 {
		t.Fatalf("status %v, new %d, articles %d, err %v, note %q", r.Status, r.New, r.Articles, r.Err, r.Note)
	}
	if !strings.Contains(r.Note, `article for "Gallium curbs tighten": server said 404 Not Found`) {
		t.Errorf("note %q lacks the failed article's line", r.Note)
	}
	if site.count("/articles/cobalt.html") != 0 {
		t.Error("the structured item's article page was fetched")
	}
	items := byTitle(t, c, feedURL)
	heavy := items["Heavy rare earth output climbs"]
	if heavy.TextSource != item.SourceArticle {
		t.Fatalf("heavy: text source %q", heavy.TextSource)
	}
	s := heavy.Sections
	if len(s.Highlights) != 3 || s.HighlightsDerived || !strings.HasPrefix(s.Highlights[0], "Lynas Rare Earths said its heavy rare earth circuit") {
		t.Errorf("heavy highlights %q (derived %v)", s.Highlights, s.HighlightsDerived)
	}
	if !strings.Contains(s.Analysis, "only commercial source of separated heavy rare earths") || !strings.HasPrefix(s.Takeaway, "A clean operating month") {
		t.Errorf("heavy analysis %q / takeaway %q", s.Analysis, s.Takeaway)
	}
	all := strings.Join(s.Highlights, " ") + s.Body + s.Analysis + s.Takeaway
	for _, junk := range []string{"Most read", "Subscribe", "Copyright", "tracker"} {
		if strings.Contains(all, junk) {
			t.Errorf("page furniture %q in the article text", junk)
		}
	}
	if !contains(heavy.Companies, "Lynas Rare Earths") {
		t.Errorf("companies %q: Lynas is named only on the article page", heavy.Companies)
	}
	if heavy.Ideology.Version == "" || heavy.Ideology.Flagged {
		t.Errorf("ideology %+v", heavy.Ideology)
	}
	if !strings.Contains(heavy.FeedSummary, "A Malaysian separation line hit nameplate.") {
		t.Errorf("feed summary %q", heavy.FeedSummary)
	}
	gallium := items["Gallium curbs tighten"]
	if gallium.TextSource != item.SourceFeed || !strings.Contains(gallium.Sections.Body+strings.Join(gallium.Sections.Highlights, " "), "Export licences slowed") {
		t.Errorf("gallium kept %q from %q", gallium.Sections.Body, gallium.TextSource)
	}
	if cob := items["Cobalt market review"]; cob.TextSource != item.SourceFeed || cob.Sections.Takeaway == "" {
		t.Errorf("cobalt %q %+v", cob.TextSource, cob.Sections)
	}

	// A second refresh: nothing new, no page fetched again, the article stays.
	r = p.Fetch(context.Background(), f)
	if r.New != 0 || r.Articles != 0 || site.count("/articles/heavy.html") != 1 {
		t.Errorf("second refresh: new %d, articles %d, heavy fetched %d times", r.New, r.Articles, site.count("/articles/heavy.html"))
	}
	if again := byTitle(t, c, feedURL)["Heavy rare earth output climbs"]; again.TextSource != item.SourceArticle || again.Sections.Takeaway != s.Takeaway {
		t.Errorf("second refresh replaced the article: %q %q", again.TextSource, again.Sections.Takeaway)
	}
}

// full_text off (the default) never fetches a page; on fetches every new
// item's page, structured or not, and keeps the feed text when the page has
// no article.
func TestFullTextModes(t *testing.T) {
	site := newArticleSite(t)
	c := newCache(t)
	p := New(c, infallible(realPipeline(t).Process), Options{Client: site.srv.Client()})
	r := p.Fetch(context.Background(), Feed{URL: site.srv.URL + "/feed.xml"})
	if r.Status != OK || r.Articles != 0 || site.count("/articles/heavy.html") != 0 {
		t.Fatalf("off: status %v, articles %d", r.Status, r.Articles)
	}
	c2 := newCache(t)
	p2 := New(c2, infallible(realPipeline(t).Process), Options{Client: site.srv.Client()})
	r = p2.Fetch(context.Background(), Feed{URL: site.srv.URL + "/feed.xml", FullText: FullTextOn})
	// The cobalt page has too little text to be an article: the item keeps its feed text.
	if r.Articles != 1 || site.count("/articles/cobalt.html") != 1 || !strings.Contains(r.Note, `article for "Cobalt market review": no readable article on the page`) {
		t.Errorf("on: articles %d, cobalt fetched %d times, note %q", r.Articles, site.count("/articles/cobalt.html"), r.Note)
	}
}

// The reader's on-demand fetch: one item's article, stored; a host that
// answered 429 with Retry-After is left alone until then; a link that is
// not http(s) is refused.
func TestFetchArticleOnDemand(t *testing.T) {
	site := newArticleSite(t)
	c := newCache(t)
	p := New(c, infallible(realPipeline(t).Process), Options{Client: site.srv.Client()})
	feedURL := site.srv.URL + "/feed.xml"
	if r := p.Fetch(context.Background(), Feed{URL: feedURL}); r.Status != OK {
		t.Fatal(r.Err)
	}
	items := byTitle(t, c, feedURL)
	got, _, err := p.FetchArticle(context.Background(), items["Heavy rare earth output climbs"])
	if err != nil || got.TextSource != item.SourceArticle {
		t.Fatalf("fetch: %v, source %q", err, got.TextSource)
	}
	if cached := byTitle(t, c, feedURL)["Heavy rare earth output climbs"]; cached.TextSource != item.SourceArticle || cached.Sections.Takeaway == "" {
		t.Errorf("not cached: %q", cached.TextSource)
	}

	site.mu.Lock()
	site.status["/articles/cobalt.html"] = http.StatusTooManyRequests
	site.mu.Unlock()
	if _, _, err := p.FetchArticle(context.Background(), items["Cobalt market review"]); err == nil || !strings.Contains(err.Error(), "429") {
		t.Errorf("429: err %v", err)
	}
	before := site.count("/articles/heavy.html")
	if _, _, err := p.FetchArticle(context.Background(), items["Heavy rare earth output climbs"]); err == nil || !strings.Contains(err.Error(), "asked lode to wait: not asking again before") {
		t.Errorf("after Retry-After: err %v", err)
	}
	if site.count("/articles/heavy.html") != before {
		t.Error("a host that asked to wait was asked again")
	}

	bad := items["Gallium curbs tighten"]
	bad.Link = "javascript:alert(1)"
	if _, _, err := p.FetchArticle(context.Background(), bad); err == nil || !strings.Contains(err.Error(), "the item has no link") {
		t.Errorf("javascript link: err %v", err)
	}
}

// An article page fetched again (the reader's A on an item whose text came
// from it) is asked for with the validators its server sent: a 304 keeps
// the stored article; a changed page is fetched whole and replaces it. An
// item whose text is the feed's is asked for unconditionally, and a 304 to
// such a request is an error, not an empty article.
func TestArticleConditionalGET(t *testing.T) {
	site := newArticleSite(t)
	const heavyPath, lastMod = "/articles/heavy.html", "Sat, 05 Dec 2026 09:00:00 GMT"
	site.etag[heavyPath], site.lastMod[heavyPath] = `"heavy-1"`, lastMod
	c := newCache(t)
	p := New(c, infallible(realPipeline(t).Process), Options{Client: site.srv.Client()})
	feedURL := site.srv.URL + "/feed.xml"
	if r := p.Fetch(context.Background(), Feed{URL: feedURL, FullText: FullTextAuto}); r.Status != OK || r.Articles != 1 {
		t.Fatalf("refresh: %v articles %d %v", r.Status, r.Articles, r.Err)
	}
	heavy := byTitle(t, c, feedURL)["Heavy rare earth output climbs"]
	if heavy.TextSource != item.SourceArticle {
		t.Fatalf("heavy text source %q", heavy.TextSource)
	}
	status := func() (full, notModified int, cond []string) {
		site.mu.Lock()
		defer site.mu.Unlock()
		return site.full[heavyPath], site.notModified[heavyPath], append([]string(nil), site.cond[heavyPath]...)
	}

	// Fetched again, unchanged: one 304, the stored article stays.
	got, unchanged, err := p.FetchArticle(context.Background(), heavy)
	full, nm, cond := status()
	if err != nil || !unchanged || full != 1 || nm != 1 {
		t.Fatalf("again: unchanged %v err %v; the page answered 200 %d times, 304 %d times", unchanged, err, full, nm)
	}
	if want := []string{"|", `"heavy-1"|` + lastMod}; strings.Join(cond, " / ") != strings.Join(want, " / ") {
		t.Errorf("conditional headers %q, want %q (none on the first fetch of a new item)", cond, want)
	}
	if got.TextSource != item.SourceArticle || got.Sections.Takeaway != heavy.Sections.Takeaway {
		t.Errorf("the unchanged article came back as %q / %q", got.TextSource, got.Sections.Takeaway)
	}
	if again := byTitle(t, c, feedURL)["Heavy rare earth output climbs"]; again.TextSource != item.SourceArticle || again.Sections.Takeaway != heavy.Sections.Takeaway || again.FeedSummary != heavy.FeedSummary {
		t.Errorf("a 304 changed the stored article: %q %q", again.TextSource, again.Sections.Takeaway)
	}

	// Only Last-Modified remembered: If-Modified-Since alone gets the 304.
	site.mu.Lock()
	site.etag[heavyPath] = ""
	site.mu.Unlock()
	if err := c.SaveArticlePage(context.Background(), feedURL, heavy.GUID, store.ArticlePage{URL: heavy.Link, LastModified: lastMod}); err != nil {
		t.Fatal(err)
	}
	if _, unchanged, err := p.FetchArticle(context.Background(), heavy); err != nil || !unchanged {
		t.Errorf("If-Modified-Since: unchanged %v err %v", unchanged, err)
	}

	// The page changed: fetched whole, the article is read again (not refused
	// for having no more text than the stored article), new validators kept.
	site.mu.Lock()
	site.etag[heavyPath], site.lastMod[heavyPath] = `"heavy-2"`, "Sat, 05 Dec 2026 11:00:00 GMT"
	site.mu.Unlock()
	got, unchanged, err = p.FetchArticle(context.Background(), heavy)
	if full, nm, _ = status(); err != nil || unchanged || full != 2 || nm != 2 || got.TextSource != item.SourceArticle {
		t.Fatalf("changed page: unchanged %v err %v, 200 %d times, 304 %d times", unchanged, err, full, nm)
	}
	if pg, _ := c.ArticlePage(context.Background(), feedURL, heavy.GUID); pg.ETag != `"heavy-2"` || pg.URL != heavy.Link {
		t.Errorf("validators kept after the new page: %+v", pg)
	}

	// An item whose text is the feed's: no validators sent; a 304 anyway is a failure.
	cobalt := byTitle(t, c, feedURL)["Cobalt market review"]
	site.mu.Lock()
	site.status["/articles/cobalt.html"] = http.StatusNotModified
	site.mu.Unlock()
	if _, unchanged, err := p.FetchArticle(context.Background(), cobalt); err == nil || unchanged || !strings.Contains(err.Error(), "not conditional") {
		t.Errorf("304 to a plain request: unchanged %v err %v", unchanged, err)
	}
	if after := byTitle(t, c, feedURL)["Cobalt market review"]; after.TextSource != item.SourceFeed || after.Sections.Takeaway != cobalt.Sections.Takeaway {
		t.Errorf("the failed fetch changed the feed item: %q", after.TextSource)
	}
}

// Article pages of one host are fetched at most ArticlesPerHost at a time.
func TestArticlesPerHost(t *testing.T) {
	site := newArticleSite(t)
	c := newCache(t)
	p := New(c, infallible(realPipeline(t).Process), Options{Client: site.srv.Client(), ArticlesPerHost: 1})
	r := p.Fetch(context.Background(), Feed{URL: site.srv.URL + "/feed.xml", FullText: FullTextOn})
	if r.Status != OK {
		t.Fatal(r.Err)
	}
	site.mu.Lock()
	defer site.mu.Unlock()
	if site.maxConc != 1 {
		t.Errorf("%d article pages of one host in flight at once, want 1", site.maxConc)
	}
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
