package ui

import (
	"slices"
	"strings"
	"testing"
)

// TestDetailShowsSubjectsMineralsThenMentions checks the item header: the
// companies the item is about first as [chips] (a candidate not in the
// dictionary marked *), then its minerals as <chips>, then the companies it
// only mentions, in (parentheses) and dimmer.
func TestDetailShowsSubjectsMineralsThenMentions(t *testing.T) {
	it := albemarle()
	it.Companies = []string{"Albemarle", "Qorvath Minerals"}
	it.Candidates = []string{"Qorvath Minerals"}
	it.Minerals = []string{"lithium"}
	it.Mentions = []string{"SQM", "Pilbara Minerals"}
	h := newHarness(t, Options{Store: newFakeStore(it)}, 120, 40)
	col := detailColumn(h.view(), true)
	i := slices.IndexFunc(col, func(l string) bool { return strings.HasPrefix(l, "[Albemarle]") })
	if i < 0 || i+1 >= len(col) || !strings.HasPrefix(col[i], "[Albemarle] [Qorvath Minerals*] <lithium> (SQM)") ||
		!strings.HasPrefix(col[i+1], "(Pilbara Minerals)") {
		t.Fatalf("header chips not subjects, minerals, then mentions:\n%s", h.view())
	}
	// Narrow: the first subject keeps its place and the rest are counted.
	h.send(resize(80, 24))
	h.mustSee("[Albemarle]", "+4 more")
	checkFits(t, h.view(), 80, 24)
}

// TestMineralFilter drives the mineral chooser: e lists the minerals items
// are about with their counts, space ticks one, enter filters the list to
// the items about it; e then esc keeps it.
func TestMineralFilter(t *testing.T) {
	lith := albemarle()
	lith.Minerals = []string{"lithium"}
	ree := cnre()
	ree.Minerals = []string{"rare earths", "NdPr"}
	h := newHarness(t, Options{Store: newFakeStore(lith, ree)}, 120, 40)
	h.mustList("CNRE Raises")
	h.press("e")
	h.mustSee("Minerals", "[ ] lithium", "[ ] rare earths", "1 item · 1 unread")
	// The list is sorted by count, then name: lithium, NdPr, rare earths.
	h.press("down", "down", " ")
	h.mustSee("[x] rare earths")
	h.press("enter")
	h.mustSee("1 item · 1 unread")
	if got := h.listText(); !strings.Contains(got, "CNRE Raises") || strings.Contains(got, "Albemarle raises") {
		t.Fatalf("list not filtered to rare earths:\n%s", got)
	}
	if got := h.m.f.describe(); !slices.Contains(got, "mineral rare earths") {
		t.Errorf("filters describe %q", got)
	}
	h.press("e", "esc")
	if got := h.listText(); strings.Contains(got, "Albemarle raises") {
		t.Fatalf("esc in the chooser dropped the filter:\n%s", got)
	}
}
