package main

import (
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/article"
)

// The full-text benchmark measures what it says: its feeds carry teasers
// short enough for full_text = "auto" to fetch every page (under 100 words,
// no sections), each linking to its own page on the site, and each page
// holds an article that readability finds without the site furniture.
func TestFullTextSiteServesTeasersAndArticles(t *testing.T) {
	const nf, ni = 2, 3
	site, err := newFullTextSite(newTestGenerator(t, 7), nf, ni)
	if err != nil {
		t.Fatal(err)
	}
	defer site.Close()
	links := map[string]bool{}
	for _, u := range site.URLs() {
		feed, err := gofeed.NewParser().ParseURL(u)
		if err != nil {
			t.Fatalf("%s: %v", u, err)
		}
		if len(feed.Items) != ni {
			t.Fatalf("%s: %d items, want %d", u, len(feed.Items), ni)
		}
		for _, it := range feed.Items {
			if w := len(strings.Fields(it.Description)); w == 0 || w >= 100 || strings.Contains(it.Description, "Highlights") {
				t.Errorf("teaser of %q is not a short summary (%d words): %q", it.Title, w, it.Description)
			}
			links[it.Link] = true
		}
	}
	if len(links) != nf*ni {
		t.Fatalf("%d distinct article links, want %d", len(links), nf*ni)
	}
	if pages, _ := site.Pages(); len(pages) != nf*ni {
		t.Fatalf("%d pages, want %d", len(pages), nf*ni)
	}
	for link := range links {
		resp, err := http.Get(link)
		if err != nil {
			t.Fatal(err)
		}
		page, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: %s", link, resp.Status)
		}
		a, err := article.Extract(page, nil)
		if err != nil {
			t.Fatalf("%s: %v", link, err)
		}
		if !strings.Contains(a.HTML, "Investor Takeaway") || strings.Contains(a.HTML, "Most read") || strings.Contains(a.HTML, "tracker") {
			t.Errorf("%s: the extracted article lacks the takeaway or keeps the furniture:\n%.400s", link, a.HTML)
		}
	}
	if got := site.pageHits.Load(); got != int64(nf*ni) {
		t.Errorf("the site counted %d page responses, want %d", got, nf*ni)
	}
}
