package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/lipgloss"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/sanitize"
)

// chip is one name in the item header: a subject "[Lynas Rare Earths]"
// (a candidate not in the dictionary carries a "*"), a mineral
// "<dysprosium>", or a company only mentioned "(MP Materials)", dimmer,
// after the subjects and minerals.
type chip struct {
	text  string
	style lipgloss.Style
}

// chipRow is the shown item's chips, laid out on the header's lines: what
// does not fit is counted in a final "+N more" drawn in more.
type chipRow struct {
	chips []chip
	more  lipgloss.Style
}

// itemChips lists an item's chips: subjects, minerals, then mentions.
func itemChips(d *item.Item, st *Styles) chipRow {
	out := make([]chip, 0, len(d.Companies)+len(d.Minerals)+len(d.Mentions))
	star := func(name string) string {
		if slices.Contains(d.Candidates, name) {
			return "*"
		}
		return ""
	}
	for _, c := range d.Companies {
		out = append(out, chip{"[" + sanitize.Line(c) + star(c) + "]", st.Chip})
	}
	for _, c := range d.Minerals {
		out = append(out, chip{"<" + sanitize.Line(c) + ">", st.Mineral})
	}
	for _, c := range d.Mentions {
		out = append(out, chip{"(" + sanitize.Line(c) + star(c) + ")", st.Mention})
	}
	return chipRow{chips: out, more: st.Dim}
}

// need is the cells the first chip and the "+N more" after it take on
// one line of w cells; 0 when there is no chip.
func (r chipRow) need(w int) int {
	if len(r.chips) == 0 {
		return 0
	}
	s := r.chips[0].text
	if len(r.chips) > 1 {
		s += fmt.Sprintf(" +%d more", len(r.chips)-1)
	}
	return min(width(s), w)
}

// metaChipRows is the most lines the company chips take in the item header.
const metaChipRows = 2

// View lays the chips out on at most maxRows lines of w cells; chips that
// do not fit are counted in a final "+N more". The result depends only on
// the chips and w, so the header keeps its height while an item is shown.
func (r chipRow) View(w, maxRows int) []string {
	chips := r.chips
	if len(chips) == 0 || w <= 0 || maxRows <= 0 {
		return nil
	}
	render := func(cs []chip) string {
		parts := make([]string, len(cs))
		for i, c := range cs {
			parts[i] = c.style.Render(c.text)
		}
		return strings.Join(parts, " ")
	}
	plain := func(cs []chip) string {
		parts := make([]string, len(cs))
		for i, c := range cs {
			parts[i] = c.text
		}
		return strings.Join(parts, " ")
	}
	var rows []string
	var cur []chip
	curW, i := 0, 0
	for ; i < len(chips); i++ {
		c := chips[i]
		c.text = trunc(c.text, w)
		cw := width(c.text)
		if len(cur) > 0 && curW+1+cw > w {
			if len(rows)+1 == maxRows {
				break
			}
			rows = append(rows, render(cur))
			cur, curW = nil, 0
		}
		if len(cur) > 0 {
			curW++
		}
		cur = append(cur, c)
		curW += cw
	}
	rest := len(chips) - i
	more := func() string { return fmt.Sprintf("+%d more", rest) }
	for rest > 0 && len(cur) > 0 && width(plain(cur)+" "+more()) > w {
		cur = cur[:len(cur)-1]
		rest++
	}
	if len(cur) == 0 && rest > 0 {
		// Not even one chip fits beside "+N more": cut the first one.
		rest--
		first := chips[len(chips)-rest-1]
		body, close := first.text[:len(first.text)-1], first.text[len(first.text)-1:]
		if c := trunc(body, w-width(more())-2); width(c) >= 6 {
			cur = []chip{{c + close, first.style}}
		} else {
			// No room for the count either: the company alone, never a
			// "+N more" without one.
			cur, rest = []chip{{trunc(body+close, w), first.style}}, 0
		}
	}
	last := render(cur)
	if rest > 0 {
		last = strings.TrimSpace(last + " " + r.more.Render(more()))
	}
	return append(rows, last)
}
