package ui

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/lode-reader/lode/internal/brief"
	"github.com/lode-reader/lode/internal/item"
)

func fixtureHarness(t *testing.T, w, h int, mod func(*Options)) (*harness, *fakeStore) {
	t.Helper()
	st := newFakeStore(loadFixtures(t)...)
	o := Options{Store: st}
	if mod != nil {
		mod(&o)
	}
	return newHarness(t, o, w, h), st
}

func TestInitialViewShowsListPanesAndCounts(t *testing.T) {
	h, _ := fixtureHarness(t, 120, 40, nil)
	h.mustSee(
		"4 items · 3 unread · ⚑ 1 flagged",
		"Lynas expands heavy r", "China tightens", "Lithium prices",
		"Highlights", "Analysis: Fact vs. Function", "Takeaway",
		"• Lynas adds dysprosium", "Capacity announcements are not output",
		"https://example.org/lynas-heavy", "[Lynas Rare Earths]", "Rare Earth Wire",
		"⚑F", "3h", "not refreshed yet", "? help",
	)
	checkFits(t, h.view(), 120, 40)
}

func TestResizeNeverOverflows(t *testing.T) {
	h, _ := fixtureHarness(t, 200, 50, nil)
	sizes := [][2]int{{200, 50}, {80, 24}, {60, 20}, {100, 30}, {99, 30}, {30, 8}, {20, 5}, {1, 1}, {150, 10}, {80, 24}}
	for _, sz := range sizes {
		h.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		for _, keys := range [][]string{nil, {"tab"}, {"2"}, {"b"}, {"b", "i"}, {"i", "esc", "esc"}, {"?"}, {"esc", "c"}, {"esc", "D", "esc", "/"}, {"esc"}} {
			h.press(keys...)
			v := h.view()
			checkFits(t, v, sz[0], sz[1])
			if n := len(strings.Split(v, "\n")); n != sz[1] {
				t.Fatalf("%dx%d: %d lines", sz[0], sz[1], n)
			}
		}
	}
	for _, sz := range [][2]int{{200, 50}, {80, 24}, {60, 20}} {
		h.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		h.mustSee("  Highlights ─", "  Analysis: Fact vs. Function ─", "  Takeaway ─")
	}
}

func TestPaneTitlesAt80x24AreWholeWithLongSubtitle(t *testing.T) {
	h, st := fixtureHarness(t, 80, 24, nil)
	st.mu.Lock()
	st.items[0].Sections.AnalysisTitle = strings.Repeat("Very long analysis subtitle ", 10)
	st.mu.Unlock()
	h.send(tea.WindowSizeMsg{Width: 80, Height: 24})
	h.press("j", "k")
	v := h.view()
	checkFits(t, v, 80, 24)
	var titles int
	for _, l := range strings.Split(v, "\n") {
		for _, name := range []string{"  Highlights ", "  Analysis: Very long", "  Takeaway "} {
			if strings.HasPrefix(l, name) {
				titles++
			}
		}
	}
	if titles != 3 {
		t.Fatalf("want 3 whole pane titles, got %d:\n%s", titles, v)
	}
}

func TestMovementAndFocusKeys(t *testing.T) {
	h, st := fixtureHarness(t, 120, 40, nil)
	h.press("j")
	if !strings.Contains(selectedLine(h.view()), "China tightens") {
		t.Fatalf("j did not move:\n%s", h.view())
	}
	h.mustSee("Gallium buyers outside China") // detail loaded
	h.press("down", "down")
	if !strings.Contains(selectedLine(h.view()), "Lithium prices") {
		t.Fatalf("down did not move:\n%s", h.view())
	}
	h.press("k", "up")
	if !strings.Contains(selectedLine(h.view()), "China tightens") {
		t.Fatalf("k/up did not move:\n%s", h.view())
	}
	h.press("G")
	h.mustSee("4/4")
	h.press("g")
	h.mustSee("1/4")
	if st.get(1).Read {
		t.Fatal("item read before focusing the panes")
	}
	h.press("tab")
	h.mustSee("▶ Highlights")
	if !st.get(1).Read {
		t.Fatal("focusing the panes did not mark the item read")
	}
	h.press("tab")
	h.mustSee("▶ Analysis")
	h.press("tab")
	h.mustSee("▶ Takeaway")
	h.press("tab")
	h.mustNotSee("▶ ")
	h.press("shift+tab")
	h.mustSee("▶ Takeaway")
	h.press("1")
	h.mustSee("▶ Highlights")
	h.press("2")
	h.mustSee("▶ Analysis")
	h.press("3")
	h.mustSee("▶ Takeaway")
	h.press("esc")
	h.mustNotSee("▶ ")
	// enter reads the item and focuses the panes
	h.press("j", "enter")
	h.mustSee("▶ Highlights")
	if !st.get(2).Read {
		t.Fatal("enter did not mark the item read")
	}
	// j in a focused pane scrolls it, not the list
	h.press("esc", "g")
	if !strings.Contains(selectedLine(h.view()), "Lynas expands") {
		t.Fatal("g did not go to the top")
	}
}

func TestPaneScrolls(t *testing.T) {
	items := loadFixtures(t)
	var long []string
	for i := range 60 {
		long = append(long, fmt.Sprintf("Paragraph %d of the analysis.", i))
	}
	items[0].Sections.Analysis = strings.Join(long, "\n")
	h := newHarness(t, Options{Store: newFakeStore(items...)}, 120, 40)
	h.press("2")
	h.mustSee("Paragraph 0 of", "▶ Analysis")
	h.press("pgdown", "j")
	h.mustNotSee("Paragraph 0 of")
	h.press("G")
	h.mustSee("Paragraph 59 of", "100%")
	h.press("g")
	h.mustSee("Paragraph 0 of")
	if !strings.Contains(selectedLine(h.view()), "Lynas expands") {
		t.Fatal("scrolling a pane moved the list")
	}
}

func TestFlagFilterCycles(t *testing.T) {
	h, _ := fixtureHarness(t, 120, 40, nil)
	h.press("f")
	h.mustSee("query: is:flagged", "1 item ·", "China tightens")
	h.mustNotSee("Lithium prices")
	h.press("f")
	h.mustSee("query: -is:flagged", "Lithium prices")
	h.mustNotSee("China tightens")
	h.press("f")
	h.mustSee("query: (everything)", "China tightens", "Lithium prices")
}

func TestUnreadStarAndStarredFilters(t *testing.T) {
	h, st := fixtureHarness(t, 120, 40, nil)
	h.press("u")
	h.mustSee("query: is:unread", "3 items")
	h.mustNotSee("Lithium prices")
	h.press("u")
	h.mustSee("Lithium prices")

	h.press("s")
	if !st.get(1).Starred {
		t.Fatal("s did not star")
	}
	if !strings.Contains(selectedLine(h.view()), "★") {
		t.Fatalf("no star marker:\n%s", h.view())
	}
	h.press("S")
	h.mustSee("query: is:starred", "1 item ·", "Lynas expands")
	h.mustNotSee("China tightens")
	h.press("S", "s")
	if st.get(1).Starred {
		t.Fatal("s did not unstar")
	}
}

func TestToggleReadAndMarkAllRead(t *testing.T) {
	h, st := fixtureHarness(t, 120, 40, nil)
	h.press("m")
	if !st.get(1).Read {
		t.Fatal("m did not mark read")
	}
	h.mustSee("2 unread")
	h.press("m")
	if st.get(1).Read {
		t.Fatal("m did not mark unread")
	}
	h.mustSee("3 unread")
	h.press("f", "f") // hide flagged: items 1, 3, 4
	h.press("M")
	h.mustSee("mark 2 items read? y/n")
	h.press("y")
	h.mustSee("marked 2 items read")
	if !st.get(1).Read || !st.get(3).Read || st.get(2).Read {
		t.Fatal("M did not mark exactly the visible items read")
	}
}

func TestCombinedFiltersAndEmptyMessage(t *testing.T) {
	h, _ := fixtureHarness(t, 140, 40, func(o *Options) { o.Companies = []string{"Lynas Rare Earths"} })
	h.mustSee(`query: company:"Lynas Rare Earths"`, "2 items")
	h.mustNotSee("China tightens")
	h.press("/")
	h.typeText("memo")
	h.press("enter", "u")
	h.mustSee(`query: company:"Lynas Rare Earths" is:unread memo`, "MP Materials and Lynas")
	h.mustNotSee("Lynas expands")
	h.press("f")
	h.mustList(`No items for Lynas Rare Earths, matching "memo", flagged, unread: press C to clear the company filter, esc to clear the search, f to change the flag filter, u to show read items.`)
	checkFits(t, h.view(), 140, 40)
}

func TestEmptyStates(t *testing.T) {
	h := newHarness(t, Options{Store: newFakeStore()}, 120, 30)
	h.mustList("No briefings yet: add a feed with `lode feeds add URL`, or try `lode --demo`")
	h.mustSee("0 items")
	checkFits(t, h.view(), 120, 30)
	h.press("j", "k", "tab", "o", "y", "s", "m", "w", "G")
	checkFits(t, h.view(), 120, 30)

	h2, _ := fixtureHarness(t, 100, 30, func(o *Options) { o.Companies = []string{"CNRE"} })
	h2.press("u", "m") // read the only CNRE item
	h2.press("u", "u")
	h2.mustList("No items for CNRE, unread: press C to clear the company filter, u to show read items.")
	h2.press("u")
	h2.press("f", "f")
	h2.mustList("No items for CNRE, with flagged hidden: press C to clear the company filter, f to change the flag filter.")
	h2.press("C")
	h2.mustSee("Lynas expands")
}

func TestCompanyPicker(t *testing.T) {
	h, _ := fixtureHarness(t, 120, 40, nil)
	h.press("c")
	h.mustSee("Companies", "company:", "Lynas Rare Earths", "2 items · 2 unread", "MP Materials", "CNRE")
	h.typeText("mp")
	v := h.view()
	if !strings.Contains(v, "› [ ] MP Materials") {
		t.Fatalf("fuzzy match did not put MP Materials first:\n%s", v)
	}
	h.press("tab")
	h.mustSee("[x] MP Materials")
	h.press("backspace", "backspace")
	h.typeText("cnr")
	h.press("tab", "enter")
	h.mustSee(`query: company:"MP Materials" company:CNRE`, "MP Materials and Ly", "China tightens")
	h.mustNotSee("Lithium prices", "Lynas expands")
	h.press("C")
	h.mustSee("query: (everything)", "Lithium prices")
	// esc cancels; enter with only a typed match picks it
	h.press("c")
	h.typeText("lyn")
	h.press("esc")
	h.mustSee("query: (everything)")
	h.press("c")
	h.typeText("lyn")
	h.press("enter")
	h.mustSee(`query: company:"Lynas Rare Earths"`)
	checkFits(t, h.view(), 120, 40)
}

func TestSearchUpdatesAsYouTypeAndHighlights(t *testing.T) {
	h, _ := fixtureHarness(t, 120, 40, nil)
	h.press("/")
	h.mustSee("/ ")
	h.typeText("lith")
	h.mustSee("/ lith", "2 items", "Lithium prices", "MP Materials and Lynas")
	h.mustNotSee("China tightens")
	h.typeText("ium pr")
	h.mustSee("1 item ·", "Lithium prices")
	h.press("backspace", "backspace", "backspace")
	h.mustSee("2 items")
	h.press("enter")
	h.mustSee("query: lithium")
	// keys go to the list again
	h.press("j")
	if !strings.Contains(selectedLine(h.view()), "Lithium prices") {
		t.Fatalf("list did not get focus back:\n%s", h.view())
	}
	// esc in the box clears the search
	h.press("/", "esc")
	h.mustSee("query: (everything)", "4 items")

	// highlighting: with colour the matched words are set apart
	lipgloss.SetColorProfile(termenv.ANSI)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	h2 := newHarnessKeepProfile(t, Options{Store: newFakeStore(loadFixtures(t)...)}, 120, 40)
	h2.press("/")
	h2.typeText("dysprosium")
	h2.press("enter")
	v := h2.view()
	if !strings.Contains(v, "\x1b[1;7mdysprosium") && !strings.Contains(v, "\x1b[7;1mdysprosium") {
		t.Fatalf("match not highlighted: %q", v)
	}
}

// newHarnessKeepProfile is newHarness without resetting the colour profile.
func newHarnessKeepProfile(t *testing.T, o Options, w, h int) *harness {
	p := lipgloss.ColorProfile()
	hs := newHarness(t, o, w, h)
	lipgloss.SetColorProfile(p)
	hs.m = New(o)
	hs.m.after = func(time.Duration, tea.Msg) tea.Cmd { return nil }
	hs.m.c.now = func() time.Time { return fixedNow }
	hs.run(hs.m.Init())
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

func TestHighlightCaseInsensitive(t *testing.T) {
	lipgloss.SetColorProfile(termenv.ANSI)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	st := lipgloss.NewStyle().Reverse(true)
	got := highlight("Lynas and LYNAS and lyn", []string{"lynas"}, st)
	if n := strings.Count(got, "\x1b[7m"); n != 2 {
		t.Fatalf("want 2 highlights, got %d: %q", n, got)
	}
	if ansiStrip := lipgloss.Width(got); ansiStrip != len("Lynas and LYNAS and lyn") {
		t.Fatalf("highlight changed the width: %d", ansiStrip)
	}
	got = highlight("Ärger über ÄRGER", []string{"ärger"}, st)
	if n := strings.Count(got, "\x1b[7m"); n != 2 {
		t.Fatalf("want 2 non-ASCII highlights, got %d: %q", n, got)
	}
	// U+212A KELVIN SIGN lowercases to a shorter "k": the rune-wise path.
	got = highlight("\u212Aelvin and kelvin", []string{"kelvin"}, st)
	if n := strings.Count(got, "\x1b[7m"); n != 2 || !strings.Contains(got, "\u212Aelvin") {
		t.Fatalf("want 2 highlights keeping the text, got %d: %q", n, got)
	}
}

func TestStaleSearchResultsDropped(t *testing.T) {
	h, _ := fixtureHarness(t, 120, 40, nil)
	h.press("/")
	// Type two characters without running their queries.
	c1 := h.update(keyMsg("l"))
	c2 := h.update(keyMsg("y"))
	// The newer query answers first, then the stale one.
	h.run(c2)
	h.mustSee("/ ly", "2 items")
	h.run(c1) // "l" would match 4 items
	h.mustSee("2 items")
	h.mustNotSee("Lithium prices")
}

func TestSelectionKeptAcrossRefresh(t *testing.T) {
	var st *fakeStore
	refresh := func(ctx context.Context, _ bool, progress func(Progress)) (RefreshResult, error) {
		progress(Progress{Done: 1, Total: 1, Feed: "Rare Earth Wire"})
		for i := range 2 {
			st.add(item.Item{Title: fmt.Sprintf("Fresh item %d", i), FeedName: "Rare Earth Wire", Link: "https://example.org/f",
				Published: fixedNow.Add(time.Duration(i+1) * time.Minute)})
		}
		return RefreshResult{FeedsOK: 1, New: 2, NewWatchedIDs: []int64{5}}, nil
	}
	st = newFakeStore(loadFixtures(t)...)
	st.lastRefresh = fixedNow.Add(-10 * time.Minute)
	h := newHarness(t, Options{Store: st, Refresh: refresh}, 120, 40)
	h.mustSee("updated 10m ago")
	h.press("j", "j")
	if !strings.Contains(selectedLine(h.view()), "MP Materials and Ly") {
		t.Fatal("setup")
	}
	h.press("r")
	if !strings.Contains(selectedLine(h.view()), "MP Materials and Ly") {
		t.Fatalf("selection lost across refresh:\n%s", h.view())
	}
	h.mustSee("Fresh item 0", "Fresh item 1", "6 items", "5/6", "refreshed: 2 new, 0 updated", "1 new for watched companies")
	// N shows just the new watched items, and N again leaves that view.
	h.mustSee("press N to see them")
	h.press("N")
	h.mustSee("1 item", "new for watched companies")
	h.mustNotSee("6 items")
	h.press("N")
	h.mustSee("6 items", "Fresh item 0")
}

func TestRefreshProgressAndOffline(t *testing.T) {
	release := make(chan struct{})
	offline := false
	refresh := func(ctx context.Context, _ bool, progress func(Progress)) (RefreshResult, error) {
		progress(Progress{Done: 3, Total: 10, Feed: "Battery Metals Daily"})
		<-release
		return RefreshResult{Offline: offline, FeedsFailed: 10, Errors: []string{"fetch https://example.org/feed: no route to host"}}, nil
	}
	st := newFakeStore(loadFixtures(t)...)
	st.lastRefresh = fixedNow.Add(-2 * time.Hour)
	h := newHarness(t, Options{Store: st, Refresh: refresh}, 160, 30)
	for _, off := range []bool{false, true} {
		offline = off
		cmd := h.update(keyMsg("r"))
		batch, ok := cmd().(tea.BatchMsg)
		if !ok {
			t.Fatalf("r returned %T", cmd())
		}
		// The refresh and its progress listener (timers are off in tests).
		inner := batch
		done := make(chan tea.Msg, 1)
		go func() { done <- inner[0]() }()
		next := h.update(inner[1]()) // first progress report; next listens for more
		h.mustSee("refreshing feeds 3/10 · Battery Metals Daily")
		h.press("r")
		h.mustSee("a refresh is already running")
		release <- struct{}{}
		h.send(<-done)
		h.run(next) // the channel is closed now
		h.mustNotSee("refreshing")
		if !off {
			h.mustSee("error: refreshed: 0 new, 0 updated · 10 feeds failed · fetch https://example.org/feed: no route to host")
			h.mustNotSee("OFFLINE")
		}
	}
	h.mustSee("OFFLINE · cache 2h old", "error: offline: no feed could be reached, showing cached items")
	checkFits(t, h.view(), 160, 30)
}

// TestOfflineFirstRun: with no network and nothing cached, the status line
// and the empty list say so plainly, not "showing cached items".
func TestOfflineFirstRun(t *testing.T) {
	refresh := func(ctx context.Context, _ bool, progress func(Progress)) (RefreshResult, error) {
		return RefreshResult{Offline: true, FeedsFailed: 3, Errors: []string{"fetch https://example.org/feed: no route to host"}}, nil
	}
	h := newHarness(t, Options{Store: newFakeStore(), Refresh: refresh}, 120, 30)
	h.mustSee("No briefings yet: press r to fetch your feeds")
	h.send(refreshDoneMsg{gen: h.m.refresh.gen, res: RefreshResult{Offline: true, FeedsFailed: 3}})
	h.mustSee("offline: no feed could be reached and nothing is cached yet; check the network, then press r",
		"No briefings yet: no feed could be reached.")
	h.mustNotSee("showing cached items")
}

func TestRefreshUnavailableAndErrors(t *testing.T) {
	h, _ := fixtureHarness(t, 100, 30, nil)
	h.press("r")
	h.mustSee("refresh unavailable")
	h2, _ := fixtureHarness(t, 100, 30, func(o *Options) {
		o.Refresh = func(context.Context, bool, func(Progress)) (RefreshResult, error) {
			return RefreshResult{}, errors.New("config unreadable")
		}
	})
	h2.press("r")
	h2.mustSee("error: refresh: config unreadable")
	if h2.quit {
		t.Fatal("a refresh error quit the reader")
	}
}

func TestRefreshOnStart(t *testing.T) {
	var manual []bool
	h, _ := fixtureHarness(t, 100, 30, func(o *Options) {
		o.RefreshOnStart = true
		o.Refresh = func(_ context.Context, m bool, _ func(Progress)) (RefreshResult, error) {
			manual = append(manual, m)
			return RefreshResult{FeedsOK: 2}, nil
		}
	})
	if len(manual) != 1 || manual[0] {
		t.Fatalf("refresh on start: calls (manual flags) %v, want one automatic", manual)
	}
	h.mustSee("refreshed: 0 new, 0 updated")
	st := h.m.st.(*fakeStore)
	warms := st.calls["Warm"]
	// r asks for a manual refresh, which polls feeds that are backing off too.
	h.press("r")
	if len(manual) != 2 || !manual[1] {
		t.Fatalf("r: calls (manual flags) %v, want a second, manual one", manual)
	}
	// After a refresh the list index is warmed again for fast filtering.
	if st.calls["Warm"] != warms+1 {
		t.Fatalf("Warm calls after a refresh: %d, want %d", st.calls["Warm"], warms+1)
	}
}

func TestWarmAfterFirstFrame(t *testing.T) {
	h, st := fixtureHarness(t, 100, 30, nil)
	h.mustSee("Highlights")
	if st.calls["Warm"] != 1 {
		t.Fatalf("Warm calls after the first frame: %d, want 1", st.calls["Warm"])
	}
	h.press("j", "u", "u", "/")
	h.typeText("li")
	if st.calls["Warm"] != 1 {
		t.Fatalf("keystrokes warmed again: %d calls", st.calls["Warm"])
	}
}

func TestWatchlist(t *testing.T) {
	var saved [][]string
	var mu sync.Mutex
	h, _ := fixtureHarness(t, 120, 40, func(o *Options) {
		o.SaveWatchlist = func(l []string) error {
			mu.Lock()
			defer mu.Unlock()
			saved = append(saved, l)
			return nil
		}
	})
	h.press("W")
	h.mustSee("the watchlist is empty")
	h.mustList("No items for watched companies: press W to leave the watchlist view.")
	h.press("W")
	h.press("w") // item 1: Lynas, in the chooser
	h.mustSee("Watch companies", "[ ] Lynas Rare Earths")
	h.press("space")
	h.mustSee("[x] Lynas Rare Earths", "watching Lynas Rare Earths")
	if len(saved) != 1 || strings.Join(saved[0], ",") != "Lynas Rare Earths" {
		t.Fatalf("saved %v", saved)
	}
	h.press("esc")
	// item 3 also mentions Lynas: it gets the watched marker too
	for _, l := range strings.Split(h.view(), "\n") {
		if strings.Contains(l, "MP Materials and Lyn") && !strings.Contains(l, "◆") {
			t.Fatalf("no watched marker on %q", l)
		}
		if strings.Contains(l, "Lithium prices") && strings.Contains(l, "◆") {
			t.Fatalf("watched marker on %q", l)
		}
	}
	h.press("W")
	h.mustSee("watchlist unread: Lynas Rare Earths 2", "Lynas expands", "MP Materials and Ly")
	h.mustNotSee("China tightens", "Lithium prices")
	// w twice on an item naming two companies opens and closes the
	// chooser: the watchlist is untouched.
	h.press("j", "w", "w")
	if len(saved) != 1 {
		t.Fatalf("w twice saved %v", saved)
	}
	h.press("w") // item 3: MP Materials + Lynas, one watched
	h.mustSee("[ ] MP Materials", "[x] Lynas Rare Earths")
	h.press("enter") // MP Materials, under the cursor
	h.mustSee("watching MP Materials", "[x] MP Materials", "[x] Lynas Rare Earths")
	if got := strings.Join(saved[len(saved)-1], ","); got != "Lynas Rare Earths,MP Materials" {
		t.Fatalf("saved %q", got)
	}
	h.press("j", "space") // Lynas off; MP Materials stays watched
	h.mustSee("stopped watching Lynas Rare Earths", "[x] MP Materials", "[ ] Lynas Rare Earths")
	if got := strings.Join(saved[len(saved)-1], ","); got != "MP Materials" {
		t.Fatalf("saved %q", got)
	}
	h.press("q") // closes the chooser, the list follows the watchlist
	h.mustSee("watchlist unread: MP Materials 1", "MP Materials and Ly")
	h.mustNotSee("Lynas expands", "Watch companies")
	h.press("W")
	h.mustSee("query: (everything)")
}

func TestOpenLink(t *testing.T) {
	var opened []string
	h, _ := fixtureHarness(t, 120, 40, func(o *Options) {
		o.OpenURL = func(u string) error { opened = append(opened, u); return nil }
	})
	h.press("o")
	h.mustSee("opened in browser")
	if len(opened) != 1 || opened[0] != "https://example.org/lynas-heavy" {
		t.Fatalf("opened %v", opened)
	}
	h.press("j", "j", "o") // item 3 links to javascript:
	h.mustSee("error: not opening link: refusing javascript: link")
	if len(opened) != 1 {
		t.Fatalf("javascript: link was opened: %v", opened)
	}
}

func TestCheckURL(t *testing.T) {
	for _, tc := range []struct {
		url string
		ok  bool
	}{
		{"https://example.org/a?b=c", true},
		{"HTTP://example.org", true},
		{"javascript:alert(1)", false},
		{"JavaScript:alert(1)", false},
		{"file:///etc/passwd", false},
		{"data:text/html,hi", false},
		{"https://example.org/\x1b]0;x\x07", false},
		{"https://exa mple.org", false},
		{"https://example.org/\u202e", false},
		{"//example.org", false},
		{"", false},
		{"https://", false},
	} {
		if err := CheckURL(tc.url); (err == nil) != tc.ok {
			t.Errorf("CheckURL(%q) = %v, want ok=%v", tc.url, err, tc.ok)
		}
	}
}

func TestCopyLinkWritesOSC52(t *testing.T) {
	var buf bytes.Buffer
	h, _ := fixtureHarness(t, 120, 40, func(o *Options) { o.Clipboard = &buf })
	h.m.acts.tmux = false
	h.press("y")
	want := "\x1b]52;c;" + base64.StdEncoding.EncodeToString([]byte("https://example.org/lynas-heavy")) + "\a"
	if buf.String() != want {
		t.Fatalf("clipboard got %q want %q", buf.String(), want)
	}
	h.mustSee("link sent to the terminal clipboard (OSC 52)")
	buf.Reset()
	h.press("j", "j", "y")
	if buf.Len() != 0 {
		t.Fatalf("copied a javascript: link: %q", buf.String())
	}
	h.mustSee("not copying link: refusing javascript:")
}

func TestHostileTextIsSanitised(t *testing.T) {
	items := []item.Item{{
		ID: 1, Title: "Evil\x1b]0;pwned\x07 title\x1b[2J\x1b[31m red\u202e", FeedName: "Feed\x1b[H\r\nname",
		Link: "https://example.org/\x1b[2J", Companies: []string{"Co\x1b[1m"}, Published: fixedNow.Add(-time.Hour),
		Sections: brief.Sections{
			Highlights: []string{"bullet\x1b]52;c;ZXZpbA==\x07 one"}, Body: "body\x1b[2J",
			Analysis: "analysis\x9b31m text\x1bP1$qm\x1b\\", Takeaway: "take\x07away", AnalysisTitle: "Sub\x1b[5mtitle"},
	}}
	h := newHarness(t, Options{Store: newFakeStore(items...)}, 120, 30)
	h.press("b")
	for _, k := range []string{"", "b", "i"} {
		if k != "" {
			h.press(k)
		}
		v := h.view()
		// The C1 CSI is checked as the rune U+009B; the lone byte 0x9b the Analysis
		// carries would make the view invalid UTF-8.
		if strings.ContainsAny(v, "\x1b\x07\u009b\u202e\r") || !utf8.ValidString(v) {
			t.Fatalf("escape or control in view: %q", v)
		}
		if strings.Contains(v, "pwned") || strings.Contains(v, "ZXZpbA") {
			t.Fatalf("OSC payload leaked: %q", v)
		}
	}
	h.mustSee("Evil title red")
	checkFits(t, h.view(), 120, 30)
}

func TestNoColor(t *testing.T) {
	t.Setenv("NO_COLOR", "1")
	lipgloss.SetColorProfile(termenv.TrueColor)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	st := newFakeStore(loadFixtures(t)...)
	m := New(Options{Store: st})
	m.after = func(time.Duration, tea.Msg) tea.Cmd { return nil }
	h := &harness{t: t, m: m}
	h.run(m.Init())
	h.send(tea.WindowSizeMsg{Width: 120, Height: 30})
	h.press("f", "f", "f", "tab")
	v := h.view()
	if strings.Contains(v, "38;2;") || strings.Contains(v, "48;2;") {
		t.Fatalf("colour in NO_COLOR view: %q", v)
	}
	// Attributes survive NO_COLOR: the selected row is in reverse video.
	if !strings.Contains(v, "\x1b[7m") && !strings.Contains(v, ";7m") {
		t.Fatalf("NO_COLOR view has no reverse video for the selection: %q", v)
	}
	// Information is still there as glyphs and words.
	for _, want := range []string{"⚑F", "●", "▶ Highlights", "›"} {
		if !strings.Contains(v, want) {
			t.Fatalf("NO_COLOR view lacks %q", want)
		}
	}
	// Without NO_COLOR the same view has colour.
	t.Setenv("NO_COLOR", "")
	m2 := New(Options{Store: st})
	m2.after = m.after
	h2 := &harness{t: t, m: m2}
	h2.run(m2.Init())
	h2.send(tea.WindowSizeMsg{Width: 120, Height: 30})
	if v := h2.view(); !strings.Contains(v, "38;2;") {
		t.Fatal("colour profile test is not able to fail")
	}
}

func TestFiltersSurviveRestart(t *testing.T) {
	h, st := fixtureHarness(t, 120, 40, nil)
	h.press("f", "u", "/")
	h.typeText("gallium")
	h.press("enter")
	h.mustSee("query: is:flagged is:unread gallium")
	h2 := newHarness(t, Options{Store: st}, 120, 40)
	h2.mustSee("query: is:flagged is:unread gallium", "China tightens")
	h2.mustNotSee("Lithium prices")
	// --company replaces the saved company filter but keeps the others
	h3 := newHarness(t, Options{Store: st, Companies: []string{"CNRE"}}, 120, 40)
	h3.mustSee("query: company:CNRE is:flagged is:unread gallium")
	// bad saved state is reported, not fatal
	st.state[filtersKey] = "{not json"
	h4 := newHarness(t, Options{Store: st}, 120, 40)
	h4.mustSee("error: decode saved filters", "4 items")
}

func TestDigestView(t *testing.T) {
	h, _ := fixtureHarness(t, 120, 40, nil)
	h.press("D")
	h.mustSee("digest unavailable")
	h2, _ := fixtureHarness(t, 120, 40, func(o *Options) {
		o.Digest = func(context.Context) ([]DigestEntry, error) {
			return append(digestEntries(), DigestEntry{Text: "1 more item hidden"}), nil
		}
	})
	h2.press("u") // item 4 is read: hidden by the filter, the jump clears it
	h2.press("D")
	h2.mustSee("Digest", "Lithium", "• Lithium prices slide (Battery Metals Daily)", "Gallium")
	h2.press("enter")
	h2.mustSee("Lithium producers with high costs", "filters cleared to show the item")
	if !strings.Contains(selectedLine(h2.view()), "Lithium prices") {
		t.Fatalf("digest jump did not select the item:\n%s", h2.view())
	}
	h2.press("D", "j", "j", "enter")
	if !strings.Contains(selectedLine(h2.view()), "China tightens") {
		t.Fatalf("digest jump did not select the item:\n%s", h2.view())
	}
	h2.press("D", "esc")
	h2.mustNotSee("Digest")
}

func TestHelpView(t *testing.T) {
	h, _ := fixtureHarness(t, 120, 40, nil)
	h.press("?")
	h.mustSee("Keys", "toggle read", "companies", "watchlist view", "copy link")
	checkFits(t, h.view(), 120, 40)
	h.press("esc")
	h.mustNotSee("toggle read")
	h.mustSee("Highlights")
}

func TestBodyReasonsDerivedAndPlaceholders(t *testing.T) {
	h, _ := fixtureHarness(t, 120, 40, nil)
	h.press("b")
	h.mustSee("Full text", "Kuantan plant", "Analysis: Fact vs. Function")
	h.mustNotSee("  Takeaway ─")
	h.press("b")
	h.mustSee("  Takeaway ─")
	h.press("j") // item 2: derived highlights, no analysis, flagged
	h.mustSee("Highlights (derived)", "No analysis section in this item.", "  Analysis ─")
	h.press("i")
	h.mustSee("Ideology: ⚑F flagged", "Score 0.82 · political share 61%", "trade war rhetoric (0.40)", "national security framing (0.30)")
	h.press("esc")
	h.mustSee("Highlights (derived)")
	h.press("j") // item 3: no takeaway
	h.mustSee("No takeaway section in this item.")
}

func TestItemLoadErrorShownNotFatal(t *testing.T) {
	st := newFakeStore(loadFixtures(t)...)
	st.failItem = errors.New("disk on fire")
	h := newHarness(t, Options{Store: st}, 120, 40)
	h.mustSee("Could not load this item", "error: load item 1: disk on fire")
	if h.quit {
		t.Fatal("quit on a recoverable error")
	}
}

func TestQuitKeys(t *testing.T) {
	h, _ := fixtureHarness(t, 100, 30, nil)
	h.press("/")
	h.typeText("q")
	if h.quit {
		t.Fatal("q typed in the search box quit")
	}
	h.press("esc", "q")
	if !h.quit {
		t.Fatal("q did not quit")
	}
	h2, _ := fixtureHarness(t, 100, 30, nil)
	h2.press("c", "ctrl+c")
	if !h2.quit {
		t.Fatal("ctrl+c did not quit from the picker")
	}
}

func TestExitAfterFirstFrame(t *testing.T) {
	st := newFakeStore(loadFixtures(t)...)
	m := New(Options{Store: st, ExitAfterFirstFrame: true})
	m.after = func(time.Duration, tea.Msg) tea.Cmd { return nil }
	h := &harness{t: t, m: m}
	h.run(m.Init())
	if h.quit {
		t.Fatal("quit before the window size was known")
	}
	h.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	if !h.quit {
		t.Fatal("did not quit after the first frame")
	}
	h.mustSee("Lynas expands", "Capacity announcements")
}

func TestWindowedListFetchesPages(t *testing.T) {
	var items []item.Item
	for i := range 1000 {
		items = append(items, item.Item{ID: int64(i + 1), Title: fmt.Sprintf("Item number %04d", i),
			FeedName: "Feed", Link: "https://example.org/", Published: fixedNow.Add(-time.Duration(i) * time.Minute)})
	}
	st := newFakeStore(items...)
	h := newHarness(t, Options{Store: st}, 120, 40)
	if got := len(h.m.list.rows); got != pageSize {
		t.Fatalf("cached %d rows, want %d", got, pageSize)
	}
	h.mustSee("1,000 items", "1/1,000", "Item number 0000")
	h.press("G")
	h.mustSee("1,000/1,000", "Item number 0999")
	if !strings.Contains(selectedLine(h.view()), "Item number 0999") {
		t.Fatalf("bottom not selected:\n%s", h.view())
	}
	h.press("g")
	for range 300 {
		h.press("j")
	}
	if !strings.Contains(selectedLine(h.view()), "Item number 0300") {
		t.Fatalf("j×300 selected wrong row:\n%s", selectedLine(h.view()))
	}
	h.press("pgdown")
	if !strings.Contains(selectedLine(h.view()), "Item number 0336") {
		t.Fatalf("pgdown selected wrong row:\n%s", selectedLine(h.view()))
	}
	if h.m.list.start > h.m.list.cursor || h.m.list.cursor >= h.m.list.start+len(h.m.list.rows) {
		t.Fatalf("window %d+%d does not cover cursor %d", h.m.list.start, len(h.m.list.rows), h.m.list.cursor)
	}
}

func TestTimersAutoRefreshSpinnerAndStatusClear(t *testing.T) {
	type timer struct {
		d   time.Duration
		msg tea.Msg
	}
	var timers []timer
	calls := 0
	h, _ := fixtureHarness(t, 100, 30, func(o *Options) {
		o.RefreshEvery = 5 * time.Minute
		o.Refresh = func(context.Context, bool, func(Progress)) (RefreshResult, error) {
			calls++
			return RefreshResult{FeedsOK: 1}, nil
		}
	})
	h.m.after = func(d time.Duration, msg tea.Msg) tea.Cmd {
		timers = append(timers, timer{d, msg})
		return nil
	}
	h.run(h.m.Init())
	if len(timers) != 1 || timers[0].d != 5*time.Minute {
		t.Fatalf("timers after Init: %+v", timers)
	}
	h.send(timers[0].msg)
	if calls != 1 {
		t.Fatalf("auto refresh ran %d times", calls)
	}
	var sawSpin, sawNext bool
	var clear tea.Msg
	for _, tm := range timers[1:] {
		switch tm.msg.(type) {
		case spinTickMsg:
			sawSpin = true
		case autoRefreshMsg:
			sawNext = tm.d == 5*time.Minute
		case statusClearMsg:
			clear = tm.msg
		}
	}
	if !sawSpin || !sawNext || clear == nil {
		t.Fatalf("want spinner tick, next auto refresh and status clear; got %+v", timers)
	}
	h.mustSee("refreshed: 0 new")
	h.send(clear)
	h.mustNotSee("refreshed: 0 new")
	// a stale auto refresh tick does nothing
	h.send(autoRefreshMsg{gen: 99})
	if calls != 1 {
		t.Fatal("stale auto refresh tick ran a refresh")
	}
}

func TestWideCharactersFit(t *testing.T) {
	items := []item.Item{
		{ID: 1, Title: "稀土价格上涨，中国出口管制收紧 🚀🚀 稀土价格上涨，中国出口管制收紧", FeedName: "新闻\tfeed", Companies: []string{"中国稀土集团"},
			Published: fixedNow.Add(-time.Hour), Link: "https://example.org/",
			Sections: brief.Sections{Highlights: []string{strings.Repeat("稀土 ", 40)}, Analysis: strings.Repeat("ａｂｃ\t", 30)}},
		{ID: 2, Title: strings.Repeat("x", 500), Published: fixedNow.Add(-2 * time.Hour)},
	}
	h := newHarness(t, Options{Store: newFakeStore(items...)}, 200, 50)
	for _, sz := range [][2]int{{200, 50}, {101, 30}, {80, 24}, {61, 20}, {33, 9}} {
		h.send(tea.WindowSizeMsg{Width: sz[0], Height: sz[1]})
		for _, k := range []string{"", "j", "k", "tab", "b", "i"} {
			if k != "" {
				h.press(k)
			}
			checkFits(t, h.view(), sz[0], sz[1])
		}
		h.press("esc", "esc")
	}
}

func TestDefaultOpenURLRunsBrowserWithoutShell(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "out")
	script := filepath.Join(dir, "browser")
	body := "#!/bin/sh\nprintf '%s|%s' \"$#\" \"$1\" > " + out + "\n"
	if err := os.WriteFile(script, []byte(body), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("BROWSER", script)
	link := "https://example.org/a?b=c&d=$(touch%20pwned);x"
	if err := DefaultOpenURL(link); err != nil {
		t.Fatal(err)
	}
	var got []byte
	for range 200 {
		if b, err := os.ReadFile(out); err == nil && len(b) > 0 {
			got = b
			break
		}
		time.Sleep(10 * time.Millisecond)
	}
	if string(got) != "1|"+link {
		t.Fatalf("browser got %q", got)
	}
	if _, err := os.Stat(filepath.Join(dir, "pwned")); err == nil {
		t.Fatal("link ran through a shell")
	}
	if err := DefaultOpenURL("javascript:alert(1)"); err == nil {
		t.Fatal("javascript: link opened")
	}
}

func TestRendererForNonTerminal(t *testing.T) {
	t.Setenv("TERM", "xterm-256color")
	var buf bytes.Buffer
	// A writer that is not a terminal gets plain text, colour or not.
	for _, noColor := range []bool{false, true} {
		r := NewRenderer(&buf, noColor)
		if p := r.ColorProfile(); p != termenv.Ascii {
			t.Errorf("noColor=%v: profile %v for a non-terminal, want Ascii", noColor, p)
		}
		if got := DefaultStyles(r, noColor).Match.Render("x"); got != "x" {
			t.Errorf("noColor=%v: styled output to a non-terminal: %q", noColor, got)
		}
	}
	if NewRenderer(nil, false) != lipgloss.DefaultRenderer() {
		t.Error("nil output should use the default renderer")
	}
}
