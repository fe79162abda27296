package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/store"
)

// TestLinkListOpensAsO: a reference opened from the link list marks the
// item read as o does (enter, o or a number), once the browser started;
// O in the list opens it and leaves the item unread, as O does.
func TestLinkListOpensAsO(t *testing.T) {
	var opened []string
	st := newFakeStore(skimItems(t)...)
	h := newHarness(t, Options{Store: st, OpenURL: func(u string) error {
		opened = append(opened, u)
		return nil
	}}, 120, 30)
	h.mustSee("Lynas lifted its guidance [1].")
	h.press("L", "O")
	h.mustSee("opened in browser")
	if st.get(1).Read {
		t.Fatal("O in the link list marked the item read")
	}
	h.press("3")
	h.mustSee("opened in browser")
	if !st.get(1).Read {
		t.Fatal("a number in the link list opened the reference and left the item unread")
	}
	if strings.Join(opened, " ") != "https://example.org/lynas-filing http://example.org/asx-announcement" {
		t.Fatalf("opened %v", opened)
	}
}

// TestReasonsTitleWholeNotRepeated: the i pane's title holds the verdict
// whole at every width, and the score and political share are said once,
// in the body, not cut in the title and repeated below it.
func TestReasonsTitleWholeNotRepeated(t *testing.T) {
	for _, w := range []int{40, 80, 100} {
		h, _ := fixtureHarness(t, w, 40, nil)
		h.press("j", "i") // item 2: flagged, score 0.82
		var title string
		for _, l := range strings.Split(h.view(), "\n") {
			if strings.Contains(l, "Ideology") {
				title = l
				break
			}
		}
		if !strings.Contains(title, "Ideology: ⚑F flagged") || strings.Contains(title, "…") {
			t.Errorf("width %d: title %q, want the verdict whole", w, title)
		}
		if n := strings.Count(h.view(), "political share 61%"); n != 1 {
			t.Errorf("width %d: the political share is said %d times:\n%s", w, n, h.view())
		}
		h.mustSee("Score 0.82 · political share 61%")
	}
}

// TestDigestHeadingsCutAtWords: at 40 columns the digest's summary and
// headings end after a whole word ("… since Thu 19 Nov…"), never inside
// one ("00:…").
func TestDigestHeadingsCutAtWords(t *testing.T) {
	summary := "18 items arrived since Thu 19 Nov 00:00 · 5 companies · 2 flagged"
	entries := []DigestEntry{
		{Heading: summary},
		{Heading: "★ China Northern Rare Earth Group High-Tech (2)"},
		{ItemID: 1, Text: "Lynas expands heavy rare earth separation"},
	}
	h, _ := fixtureHarness(t, 40, 20, func(o *Options) {
		o.Digest = func(context.Context) ([]DigestEntry, error) { return entries, nil }
	})
	h.press("D")
	h.mustSee("18 items arrived since Thu 19 Nov…", "★ China Northern Rare Earth Group…")
	for _, l := range strings.Split(h.view(), "\n") {
		l = strings.TrimSpace(l)
		if strings.HasSuffix(l, "…") && !strings.Contains(l, "Lynas") {
			cut := strings.TrimSuffix(l, "…")
			if !strings.HasPrefix(summary, cut+" ") && !strings.HasPrefix(entries[1].Heading, cut+" ") {
				t.Errorf("heading cut inside a word: %q", l)
			}
		}
	}
}

// TestFeedsViewDropsColumnsBeforeCutting: in a narrow window the feeds
// view leaves out whole columns (the last success, then the counts)
// before it cuts a feed's name, and never cuts inside a cell ("· o…").
func TestFeedsViewDropsColumnsBeforeCutting(t *testing.T) {
	ok := time.Now().Add(-2 * time.Hour)
	feeds := []FeedInfo{
		{FeedStats: store.FeedStats{FeedState: store.FeedState{URL: "https://example.org/ree", LastSuccess: ok}, Items: 7, Unread: 7},
			Name: "Rare Earth Exchanges", Tags: []string{"demo"}},
		{FeedStats: store.FeedStats{FeedState: store.FeedState{URL: "https://example.org/bm", LastSuccess: ok}, Items: 12, Unread: 6},
			Name: "Battery Metals Daily", Tags: []string{"demo"}},
	}
	for _, c := range []struct {
		w            int
		want, absent []string
	}{
		{60, []string{"Rare Earth Exchanges #demo  7 unread of 7 · ok <1m ago", "Battery Metals Daily #demo  6 unread of 12 · ok <1m ago"}, []string{"…"}},
		{50, []string{"Rare Earth Exchanges #demo  7 unread of 7", "Battery Metals Daily #demo  6 unread of 12"}, []string{"· ok", "…"}},
		{40, []string{"Rare Earth Exchanges #demo", "Battery Metals Daily #demo"}, []string{"unread of", "· ok", "…"}},
	} {
		h, _ := fixtureHarness(t, c.w, 20, func(o *Options) {
			o.Feeds = func(context.Context) ([]FeedInfo, error) { return feeds, nil }
		})
		h.press("t")
		var rows []string
		for _, l := range strings.Split(h.view(), "\n") {
			if strings.Contains(l, "#demo") {
				rows = append(rows, l)
			}
		}
		got := strings.Join(rows, "\n")
		for _, s := range c.want {
			if !strings.Contains(got, s) {
				t.Errorf("width %d: rows lack %q:\n%s", c.w, s, h.view())
			}
		}
		for _, s := range c.absent {
			if strings.Contains(got, s) {
				t.Errorf("width %d: rows show %q:\n%s", c.w, s, got)
			}
		}
	}
	// Narrower than a name and its tags, only then is the name cut.
	if got := feedLine(feeds[0], time.Now(), feedColumnsFor(feeds, time.Now(), 20)); got != "Rare Earth Ex… #demo" {
		t.Errorf("in 20 cells: %q, want the name cut and the tags whole", got)
	}
}

// TestDigestEntriesCutAtWords: an item's line in the digest too wide for
// the window ends after a whole word, as the headings do.
func TestDigestEntriesCutAtWords(t *testing.T) {
	entries := []DigestEntry{
		{Heading: "★ Lynas Rare Earths (1)"},
		{ItemID: 1, Text: "Lynas Lifts Heavy Rare Earth Output as Malaysian Separation Line Hits Nameplate"},
	}
	h, _ := fixtureHarness(t, 60, 20, func(o *Options) {
		o.Digest = func(context.Context) ([]DigestEntry, error) { return entries, nil }
	})
	h.press("D")
	h.mustSee("● Lynas Lifts Heavy Rare Earth Output as Malaysian…")
	h.mustNotSee("Separa…", "Malaysian S…")
}

// TestLinkListHintSaysReadState: the link list's heading says that
// opening marks the item read and which key keeps it unread.
func TestLinkListHintSaysReadState(t *testing.T) {
	h := newHarness(t, Options{Store: newFakeStore(skimItems(t)...)}, 120, 30)
	h.press("L")
	h.mustSee("Links  enter or a number opens (marks read) · O keeps it unread · q closes")
}
