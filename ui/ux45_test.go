package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/muesli/termenv"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/store"
)

// TestHelpListsEveryReaderAction: every action the reader's own keys do
// has a line in `?`; only the keys of the picker, the choosers and the
// feeds view, which those say themselves, are left out.
func TestHelpListsEveryReaderAction(t *testing.T) {
	k := DefaultKeyMap()
	inHelp := map[string]bool{}
	for _, col := range k.FullHelp() {
		for _, b := range col {
			inHelp[b.Help().Key+" "+b.Help().Desc] = true
		}
	}
	ownHint := map[string]bool{"tick": true, "apply": true, "cancel": true, "pick_up": true, "pick_down": true, "group_tags": true,
		"previous_tab": true, "next_tab": true, // the tab keys share one line, "[/] tab ←/→"
		"confirm": true} // M's question names its answer
	for _, a := range k.actions() {
		if ownHint[a.name] {
			continue
		}
		if e := a.b.Help().Key + " " + a.b.Help().Desc; !inHelp[e] {
			t.Errorf("the help lacks %s (%q)", a.name, e)
		}
	}
	h, _ := fixtureHarness(t, 80, 24, nil)
	h.press("?")
	h.mustSee("A", "fetch article")
}

// TestWatchingRecountsTheTabs: watching a company from the chooser
// recounts the Watchlist tab at once, as reading an item does; the tab
// never says a number its own list disagrees with.
func TestWatchingRecountsTheTabs(t *testing.T) {
	h, _ := viewsHarness(t, nil, nil)
	h.mustSee("Watchlist 1")
	h.press("w") // the first item: Lynas
	h.mustSee("[ ] Lynas Rare Earths")
	h.press("space")
	h.mustSee("watching Lynas Rare Earths", "Watchlist 2")
	h.press("space", "esc")
	h.mustSee("stopped watching Lynas Rare Earths", "Watchlist 1")
	if !strings.Contains(h.view(), "[All 4]") {
		t.Fatalf("the active tab changed:\n%s", h.view())
	}
}

// TestShortWindowStillReads: in a window ten rows high the panes' three
// titles used to take every line left, so enter showed no text at all;
// now the focused pane takes them, and tab moves to the next one.
func TestShortWindowStillReads(t *testing.T) {
	for _, w := range []int{40, 80} {
		h, _ := fixtureHarness(t, w, 10, nil)
		h.press("enter")
		h.mustSee("Highlights", "• Lynas adds")
		h.mustNotSee("Takeaway")
		checkFits(t, h.view(), w, 10)
		h.press("3")
		h.mustSee("Takeaway")
		h.mustNotSee("Highlights")
		checkFits(t, h.view(), w, 10)
		h.press("esc")
		h.mustSee("Highlights", "Analysis", "Takeaway")
	}
}

// TestItemMetaInfoLineGivesWayWhole: on a line of its own (a header of
// four lines or more, as in the wide layout's 49-cell column at 100
// columns) the feed and date give way in steps, as they do beside the
// chips, instead of being cut inside the date ("2026-11-26 06:40 (…").
func TestItemMetaInfoLineGivesWayWhole(t *testing.T) {
	it := chipItem()
	it.FeedName = "Rare Earth Briefings (demo)"
	st := partStyles(termenv.Ascii, false)
	// A short body keeps the title on one line, the info on the second.
	im := itemMeta{st: st, shown: true, it: it, chips: itemChips(&it, st), now: fixedNow, bodyH: 12}
	for _, c := range []struct {
		w    int
		want string
	}{
		{120, "Rare Earth Briefings (demo) · 2025-06-01 "},
		{49, "Rare Earth Briefings (demo) · 2h ago"},
		{30, "Rare Earth Briefings… · 2h ago"},
		{16, "2h ago"},
	} {
		lines := im.View(c.w, 5)
		if got := strings.TrimSpace(lines[1]); !strings.HasPrefix(got, strings.TrimSpace(c.want)) || strings.Contains(got, "(…") {
			t.Errorf("%d cells: info line %q, want %q", c.w, got, c.want)
		}
	}
}

// TestOpenLinkMarksReadOnlyWhenOpened: o marks the item read because the
// trader is reading it in the browser; when no browser could be started
// (no xdg-open, a wrong browser setting) the item stays unread.
func TestOpenLinkMarksReadOnlyWhenOpened(t *testing.T) {
	fail := true
	var opened []string
	h, _ := fixtureHarness(t, 120, 40, func(o *Options) {
		o.OpenURL = func(u string) error {
			if fail {
				return errors.New(`start xdg-open: exec: "xdg-open": executable file not found in $PATH`)
			}
			opened = append(opened, u)
			return nil
		}
	})
	h.mustSee("4 items · 3 unread")
	if !strings.Contains(selectedLine(h.view()), "●") {
		t.Fatalf("the first item is not unread:\n%s", h.view())
	}
	h.press("o")
	h.mustSee("error: open link: start xdg-open", "4 items · 3 unread")
	if !strings.Contains(selectedLine(h.view()), "●") {
		t.Fatalf("a link that did not open marked the item read:\n%s", h.view())
	}
	fail = false
	h.press("o")
	h.mustSee("opened in browser", "4 items · 2 unread")
	if len(opened) != 1 || strings.Contains(selectedLine(h.view()), "●") {
		t.Fatalf("opened %q; the item is not read:\n%s", opened, h.view())
	}
}

// TestReadmeKeyTableNamesEachKeyOnce: a key with two rows in README's
// table (F, [ ], =, V and t had two, worded differently) leaves the
// reader wondering which is true.
func TestReadmeKeyTableNamesEachKeyOnce(t *testing.T) {
	_, table := readmeKeyTable(t)
	seen := map[string]bool{}
	for _, row := range strings.Split(table, "\n")[2:] {
		cells := strings.Split(row, "|")
		if len(cells) < 3 {
			continue
		}
		k := strings.TrimSpace(cells[1])
		if seen[k] {
			t.Errorf("README's key table has two rows for %s", k)
		}
		seen[k] = true
	}
}

// TestFeedsViewNamesUseTheWidth: the feeds view cut every name at 24
// cells, even with a hundred columns to spare ("Rare Earth Briefings
// (d…"); names now take the room the window has, and on a narrow window
// they give way before the counts.
func TestFeedsViewNamesUseTheWidth(t *testing.T) {
	feeds := []FeedInfo{
		{FeedStats: store.FeedStats{FeedState: store.FeedState{URL: "https://a.example/feed", LastSuccess: fixedNow.Add(-time.Hour)}, Items: 7, Unread: 7},
			Name: "Rare Earth Briefings (demo)", Tags: []string{"demo"}},
		{FeedStats: store.FeedStats{FeedState: store.FeedState{URL: "https://b.example/feed", LastSuccess: fixedNow.Add(-time.Hour)}, Items: 5, Unread: 5},
			Name: "Critical Minerals Desk (demo)", Tags: []string{"demo"}},
	}
	open := func(w int) *harness {
		h, _ := fixtureHarness(t, w, 24, func(o *Options) {
			o.Feeds = func(context.Context) ([]FeedInfo, error) { return feeds, nil }
		})
		h.press("t")
		checkFits(t, h.view(), w, 24)
		return h
	}
	h := open(100)
	h.mustSee("Rare Earth Briefings (demo)   #demo  7 unread of 7 · ok 1h ago", "Critical Minerals Desk (demo) #demo  5 unread")
	h = open(60)
	h.mustSee("Rare Earth Bri", "#demo", "7 unread of 7")
}

// TestGrowingWindowShowsTheWholeDigest: scrolled down in a short window,
// the digest kept its scroll when the window grew, so its first lines
// (the summary, the first company) stayed hidden above empty rows with
// no "↑ more" to say so.
func TestGrowingWindowShowsTheWholeDigest(t *testing.T) {
	entries := []DigestEntry{
		{Text: "3 items · 2 companies · 1 flagged since Sun 1 Jun"},
		{Heading: "★ Lynas Rare Earths (2)"},
		{ItemID: 1, Text: "Lynas expands heavy rare earth separation"},
		{ItemID: 4, Text: "Lithium prices slide"},
		{Heading: "★ MP Materials (1)"},
		{ItemID: 3, Text: "MP Materials and the magnet line"},
		{Heading: "Flagged as political (1)"},
		{ItemID: 2, Text: "China tightens gallium export licences"},
	}
	h, _ := fixtureHarness(t, 80, 8, func(o *Options) {
		o.Digest = func(context.Context) ([]DigestEntry, error) { return entries, nil }
	})
	h.press("D", "G")
	h.mustSee("China tightens", "↑ more")
	h.mustNotSee("3 items · 2 companies")
	h.send(tea.WindowSizeMsg{Width: 120, Height: 30})
	h.mustSee("3 items · 2 companies", "★ Lynas Rare Earths (2)", "China tightens")
	if !strings.Contains(selectedLine(h.view()), "China tightens") {
		t.Fatalf("the cursor left its item:\n%s", h.view())
	}
}

// TestGrowingWindowFillsTheList: at the bottom of the list in a short
// window, growing the window kept the last item on the list's first rows
// and left the rest blank; the list now fills from above.
func TestGrowingWindowFillsTheList(t *testing.T) {
	var items []item.Item
	for i := range 30 {
		items = append(items, item.Item{Title: fmt.Sprintf("Briefing number %02d", i+1), FeedName: "Wire",
			Published: fixedNow.Add(-time.Duration(i+1) * time.Hour), Link: "https://example.org/"})
	}
	for _, w := range []int{80, 120} { // stacked and side by side
		h := newHarness(t, Options{Store: newFakeStore(items...)}, w, 10)
		h.press("G")
		h.mustSee("30/30", "Briefing number 30")
		h.send(tea.WindowSizeMsg{Width: w, Height: 50})
		if !strings.Contains(selectedLine(h.view()), "Briefing number 30") {
			t.Fatalf("%d columns: the cursor left the last item:\n%s", w, h.view())
		}
		h.mustSee("Briefing number 25")
		checkFits(t, h.view(), w, 50)
	}
}

// TestShrinkingKeepsTheCursorInPickerAndFeeds: the company picker and the
// feeds view scrolled only on keys, so a window that shrank hid the row
// under the cursor; enter then acted on a row the trader could not see.
func TestShrinkingKeepsTheCursorInPickerAndFeeds(t *testing.T) {
	h, _ := viewsHarness(t, nil, nil)
	h.press("c")
	for range 20 {
		h.press("down")
	}
	sel := selectedLine(h.view())
	if sel == "" {
		t.Fatalf("no picker cursor:\n%s", h.view())
	}
	h.send(tea.WindowSizeMsg{Width: 80, Height: 8})
	if got := selectedLine(h.view()); got == "" || strings.Fields(got)[3] != strings.Fields(sel)[3] {
		t.Fatalf("the picker's cursor row %q is gone after shrinking:\n%s", sel, h.view())
	}
	var feeds []FeedInfo
	for i := range 8 {
		feeds = append(feeds, FeedInfo{FeedStats: store.FeedStats{FeedState: store.FeedState{URL: fmt.Sprintf("https://%d.example/feed", i+1)}},
			Name: fmt.Sprintf("Wire number %d", i+1)})
	}
	h, _ = fixtureHarness(t, 120, 40, func(o *Options) {
		o.Feeds = func(context.Context) ([]FeedInfo, error) { return feeds, nil }
	})
	h.press("t", "G")
	h.mustSee("› Wire number 8")
	h.send(tea.WindowSizeMsg{Width: 80, Height: 8})
	h.mustSee("› Wire number 8")
	h.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	h.mustSee("Wire number 1", "› Wire number 8")
}

// TestNarrowSearchBoxShowsWhatIsTyped: at 40 columns the counts beside the
// search box kept 31 cells and the box showed "/ lithi…" of
// "lithium hyd"; the counts now give way (unread and flagged first) so the
// box keeps at least half the line.
func TestNarrowSearchBoxShowsWhatIsTyped(t *testing.T) {
	for _, w := range []int{40, 60} {
		h, _ := fixtureHarness(t, w, 24, nil)
		h.press("/")
		h.typeText("lithium pric")
		h.mustSee("/ lithium pric", "1 item")
		checkFits(t, h.view(), w, 24)
		h.press("esc", "F")
		h.send(tea.KeyMsg{Type: tea.KeyCtrlU})
		h.typeText("tag:lith")
		h.mustSee("tag:lith")
		checkFits(t, h.view(), w, 24)
	}
	h, _ := fixtureHarness(t, 120, 24, nil)
	h.press("/")
	h.typeText("lithium")
	h.mustSee("/ lithium", "unread · ⚑ 0 flagged")
}

// TestBackFromAFeedReturnsToTheFeedsView: enter on a feed in the feeds
// view (t) lists its items; q there quit lode, as from the plain list.
// Now q (or esc) goes back to the feeds view, on the same feed, with the
// query from before; q on the plain list still quits.
func TestBackFromAFeedReturnsToTheFeedsView(t *testing.T) {
	h, _ := viewsHarness(t, nil, nil)
	h.press("u") // a query of the trader's own before the feeds view
	h.mustSee("query: is:unread")
	h.press("t", "j", "enter")
	h.mustSee(`query: feed:"Battery Metals Daily"`)
	h.mustNotSee("Feeds  enter")
	h.press("enter", "q") // read an item, back to the list
	h.mustSee(`query: feed:"Battery Metals Daily"`)
	h.press("q")
	if h.quit {
		t.Fatal("q in a feed opened from the feeds view quit lode")
	}
	h.mustSee("Feeds", "› Battery Metals Daily")
	h.press("esc")
	h.mustSee("query: is:unread")
	h.press("q")
	if !h.quit {
		t.Fatalf("q on the plain list did not quit:\n%s", h.view())
	}
	// A tab switch forgets the way back.
	h, _ = viewsHarness(t, nil, nil)
	h.press("t", "enter", "]", "[")
	h.press("q")
	if !h.quit {
		t.Fatalf("q after a tab switch did not quit:\n%s", h.view())
	}
}
