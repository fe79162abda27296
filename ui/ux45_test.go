package ui

import (
	"strings"
	"testing"
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
		"previous_tab": true, "next_tab": true} // the tab keys share one line, "[/] tab ←/→"
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
