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

// onLinkLineEveryHead is OnLinkLine without its first-word check: every
// head read from the start of the line.
func onLinkLineEveryHead(src string, pos int) bool {
	line, at, ok := lineAt(src, pos)
	return ok && afterLinkHead(line, at)
}

// TestOnLinkLineFirstWord: reading only the line's first word before the
// heads answers as reading every head, at every byte of lines that start
// with heads, case variants, folded letters ("ſee" is "see" to EqualFold)
// and near misses.
func TestOnLinkLineFirstWord(t *testing.T) {
	lines := []string{
		"Related: Iluka opens Eneabba refinery", "RELATED — Lynas: output", "  «Related»: MP Materials",
		"Read more: MP Materials magnets", "read  MORE : Arafura", "Read: more Lynas", "Reader more: x",
		"See also: Iluka", "ſee also: Lynas", "Also read: Albemarle", "Read also - Glencore: y",
		"Recommended: Pilbara", "More from: Lynas", "More from Lynas", "You may also like: Pilbara Minerals",
		"you may also: like Lynas", "The post Albemarle cuts Kemerton appeared first on Mining Wire.",
		"The post office in Kalgoorlie closed.", "the POST x appeared FIRST on y", "Thé post: x",
		"Lynas lifts output at Kalgoorlie", "", ":", "— Related: x", "1. Related: x", "Related",
		"Relatedness: x", "KRelated: x", "Related’s: y", "相关: 稀土 Related: x",
	}
	src := strings.Join(lines, "\n") + "\n\n" + strings.Join(lines, "\r\n")
	for pos := -1; pos <= len(src)+1; pos++ {
		if got, want := OnLinkLine(src, pos), onLinkLineEveryHead(src, pos); got != want {
			t.Fatalf("byte %d (%q): OnLinkLine = %v, every head read = %v", pos, src[max(0, min(pos, len(src))):min(len(src), max(0, pos)+12)], got, want)
		}
	}
}

// afterLinkHeadEach is the head check as first written: each head read and
// compared with byte at, the reference headCut must answer as.
func afterLinkHeadEach(line string, at int) bool {
	for _, lh := range linkHeads {
		end, ok := 0, true
		for _, w := range lh {
			var s int
			s, end = nextWord(line, end)
			if !strings.EqualFold(line[s:end], w) {
				ok = false
				break
			}
		}
		if !ok || at < end {
			continue
		}
		if lh[0] == "the" {
			if postFooter(line) {
				return true
			}
			continue
		}
		for _, r := range line[end:] {
			if r == ':' {
				return true
			}
			if IsWordRune(r) || IsSingle(r) {
				break
			}
		}
	}
	return false
}

// TestLinkLines: LinkLines answers as OnLinkLine and as the head check read
// afresh at every position, in text order, backwards and jumping between
// lines, including positions outside the text.
func TestLinkLines(t *testing.T) {
	src := "Related: Iluka\nRead more: MP\n\nThe post X appeared first on Y.\nSee also - Lynas: z\nplain line\r\nRelated\n:"
	var order []int
	for pos := -2; pos <= len(src)+2; pos++ {
		order = append(order, pos)
	}
	for pos := len(src) + 2; pos >= -2; pos-- {
		order = append(order, pos)
	}
	for k := 0; k < 4*len(src); k++ {
		order = append(order, (k*37)%(len(src)+3)-1)
	}
	ll := NewLinkLines(src)
	for _, pos := range order {
		line, at, ok := lineAt(src, pos)
		want := ok && afterLinkHeadEach(line, at)
		if got := OnLinkLine(src, pos); got != want {
			t.Fatalf("byte %d: OnLinkLine = %v, want %v", pos, got, want)
		}
		if got := ll.On(pos); got != want {
			t.Fatalf("byte %d: LinkLines.On = %v, want %v", pos, got, want)
		}
	}
	var zero LinkLines
	if zero.On(0) || zero.On(1) {
		t.Error("the zero LinkLines found a link line")
	}
}
