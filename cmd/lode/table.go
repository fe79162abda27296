package main

import (
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// writeFitTable prints header and rows as a table with two spaces between
// columns. With width > 0 (a terminal that many columns wide) the columns
// whose share is above zero are cut with "…" so a row fits: each gets up to
// its share (a percentage) of the room the uncut columns leave, and room a
// column does not need goes to the others in order. With width 0 (a pipe or
// a file) every cell is whole.
func writeFitTable(w io.Writer, header []string, rows [][]string, width int, shares []int) error {
	cuts := make([]int, len(header))
	if width > 0 {
		maxes := make([]int, len(header))
		for i, h := range header {
			maxes[i] = utf8.RuneCountInString(h)
		}
		for _, r := range rows {
			for i, c := range r {
				maxes[i] = max(maxes[i], utf8.RuneCountInString(c))
			}
		}
		avail := width - 2*(len(header)-1)
		var flex []int
		for i := range header {
			if shares[i] > 0 {
				flex = append(flex, i)
			} else {
				avail -= maxes[i]
			}
		}
		left := max(avail, 0)
		for _, i := range flex {
			floor := min(maxes[i], utf8.RuneCountInString(header[i]))
			cuts[i] = min(maxes[i], max(avail*shares[i]/100, floor))
			left -= cuts[i]
		}
		for _, i := range flex {
			if left <= 0 {
				break
			}
			grow := min(left, maxes[i]-cuts[i])
			cuts[i] += grow
			left -= grow
		}
		for _, i := range flex {
			cuts[i] = max(cuts[i], 1)
		}
	}
	tw := tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)
	line := func(cells []string) {
		out := make([]string, len(cells))
		for i, c := range cells {
			out[i] = clip(c, cuts[i])
		}
		io.WriteString(tw, strings.Join(out, "\t")+"\n")
	}
	line(header)
	for _, r := range rows {
		line(r)
	}
	return tw.Flush()
}

// wrapWords word-wraps s to width runes a line: the first line starts
// with first, the others with rest; a word longer than a line is broken.
func wrapWords(s, first, rest string, width int) []string {
	var lines []string
	cur, empty := first, true
	flush := func() {
		lines = append(lines, cur)
		cur, empty = rest, true
	}
	for _, word := range strings.Fields(s) {
		r := []rune(word)
		for len(r) > 0 {
			used := utf8.RuneCountInString(cur)
			space := 1
			if empty {
				space = 0
			}
			switch {
			case used+space+len(r) <= width:
				cur += strings.Repeat(" ", space) + string(r)
				empty, r = false, nil
			case !empty:
				flush() // the word starts the next line
			default:
				// Wider than a line: as much as fits, the rest below.
				n := max(width-used, 1)
				cur, r = cur+string(r[:n]), r[n:]
				flush()
			}
		}
	}
	if !empty || len(lines) == 0 {
		lines = append(lines, cur)
	}
	return lines
}
