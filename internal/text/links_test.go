package text

import (
	"strings"
	"testing"
)

// TestOnLinkLine: a word after the head of a "Related:"-style line, or on
// a feed's "The post ... appeared first on" line, is on a link line; the
// head itself, a line without the colon, and other lines are not.
func TestOnLinkLine(t *testing.T) {
	src := "Lynas lifts output at Kalgoorlie\n\n" +
		"Related: Iluka opens Eneabba refinery\n" +
		"Read more: MP Materials magnets\n" +
		"Related news from Arafura today\n" +
		"The post Albemarle cuts Kemerton appeared first on Mining Wire.\n" +
		"The post office in Kalgoorlie closed.\n" +
		"You may also like: Pilbara Minerals"
	cases := []struct {
		word string
		want bool
	}{
		{"Lynas", false},
		{"Iluka", true},
		{"Related", false}, // the head itself
		{"MP", true},
		{"Arafura", false}, // no colon after the head
		{"Albemarle", true},
		{"office", false},
		{"Pilbara", true},
	}
	for _, c := range cases {
		pos := strings.Index(src, c.word)
		if got := OnLinkLine(src, pos); got != c.want {
			t.Errorf("%s: OnLinkLine = %v, want %v", c.word, got, c.want)
		}
	}
	if OnLinkLine(src, -1) || OnLinkLine(src, len(src)+1) {
		t.Error("a position outside the text is on a link line")
	}
}
