package ui

import (
	"context"
	"errors"
	"testing"

	"github.com/lode-reader/lode/internal/item"
)

// A fetches the shown item's article page in a command; the reloaded item
// says its text came from the article page, and the full text keeps the
// feed's summary. A failure is one status line and the item stays.
func TestFetchArticleKey(t *testing.T) {
	var asked []int64
	var st *fakeStore
	h, st := fixtureHarness(t, 140, 40, func(o *Options) {
		o.FetchArticle = func(ctx context.Context, id int64) (string, error) {
			asked = append(asked, id)
			if id != 1 {
				return "", errors.New(`article for "China tightens": server said 404 Not Found`)
			}
			st.mu.Lock()
			for i := range st.items {
				if st.items[i].ID == id {
					st.items[i].TextSource = item.SourceArticle
					st.items[i].FeedSummary = "The feed's own teaser."
					st.items[i].Sections.Takeaway = "Takeaway written on the article page."
				}
			}
			st.mu.Unlock()
			return `article page fetched for "Lynas"`, nil
		}
	})
	h.press("A")
	if len(asked) != 1 || asked[0] != 1 {
		t.Fatalf("fetch asked for %v, want [1]", asked)
	}
	h.mustSee(`article page fetched for "Lynas"`, "text: article page", "Takeaway written on the article page.")
	h.press("b")
	h.mustSee("Feed summary (the text above is from the article page)", "The feed's own teaser.")
	h.press("esc", "j", "A")
	h.mustSee(`article for "China tightens": server said 404 Not Found`)

	h2, _ := fixtureHarness(t, 120, 40, nil)
	h2.press("A")
	h2.mustSee("full article unavailable")
}
