package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/lode-reader/lode/internal/item"
)

// TestListFitsTheTerminal: `lode list` on a terminal cut feeds at 24 and
// titles at 70 whatever the width, so on an 80-column terminal every row
// wrapped onto two lines; rows now fit the terminal, the title keeping the
// most room, and into a pipe (width 0) everything is whole.
func TestListFitsTheTerminal(t *testing.T) {
	pub := time.Date(2026, 11, 27, 0, 15, 0, 0, time.UTC)
	rows := []item.Item{
		{ID: 6, FeedName: "Rare Earth Briefings (demo)", Published: pub, Ideology: item.Ideology{Flagged: true},
			Title:     "Doctrine Before Delivery? CNRE Party Committee Convenes Xi Jinping Thought Study Session",
			Companies: []string{"China Northern Rare Earth"}},
		{ID: 13, FeedName: "Battery Metals Wire (demo)", Published: pub, Read: true,
			Title: "Albemarle raises lithium hydroxide volume outlook", Companies: []string{"Albemarle"}},
		{ID: 1, FeedName: "Desk", Published: pub, Title: "Short"},
	}
	for _, w := range []int{80, 100, 120, 200} {
		var b bytes.Buffer
		if err := writeItemTable(&b, rows, w); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		for _, l := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
			if n := utf8.RuneCountInString(l); n > w {
				t.Errorf("%d columns: a row of %d: %q", w, n, l)
			}
		}
		for _, want := range []string{"ID", "TITLE", "N-I", "Doctrine Before Delivery?", "Albemarle raises", "China North", "Short"} {
			if !strings.Contains(out, want) {
				t.Errorf("%d columns: no %q in\n%s", w, want, out)
			}
		}
		if w >= 120 && !strings.Contains(out, "Albemarle raises lithium hydroxide volume outlook") {
			t.Errorf("%d columns: a title that fits was cut:\n%s", w, out)
		}
	}
	var b bytes.Buffer
	if err := writeItemTable(&b, rows, 0); err != nil {
		t.Fatal(err)
	}
	for _, whole := range []string{rows[0].Title, rows[0].FeedName, "China Northern Rare Earth"} {
		if !strings.Contains(b.String(), whole) {
			t.Errorf("into a pipe %q is cut:\n%s", whole, b.String())
		}
	}
}
