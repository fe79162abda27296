package ui

import (
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
	if !strings.HasPrefix(col[3], "[Albemarle] [Qorvath Minerals*] <lithium> (SQM)") || !strings.HasPrefix(col[4], "(Pilbara Minerals)") {
		t.Fatalf("header chips not subjects, minerals, then mentions:\n%s", h.view())
	}
	// Narrow: the first subject keeps its place and the rest are counted.
	h.send(resize(80, 24))
	h.mustSee("[Albemarle]", "+4 more")
	checkFits(t, h.view(), 80, 24)
}
