package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// keyHelpModel is the `?` overlay: every binding of KeyMap.FullHelp, laid out
// in as many columns as the width holds, scrolled with the movement keys
// when the rows do not fit the height.
type keyHelpModel struct {
	c      *common
	width  int
	height int
	offset int // first visible row
}

type helpEntry struct{ key, desc string }

// helpGrid is the entries arranged in columns, filled top to bottom.
type helpGrid struct {
	cols  [][]helpEntry
	keyW  []int
	descW []int
	rows  int
}

const helpColGap = 3

func newKeyHelp(c *common) keyHelpModel { return keyHelpModel{c: c} }

// open shows the overlay from the top.
func (h *keyHelpModel) open() { h.offset = 0 }

func (h *keyHelpModel) setSize(w, ht int) {
	h.width, h.height = max(w, 0), max(ht, 0)
	h.offset = clamp(h.offset, 0, h.maxOffset())
}

func (h keyHelpModel) entries() []helpEntry {
	var out []helpEntry
	for _, group := range h.c.keys.FullHelp() {
		for _, b := range group {
			if b.Enabled() {
				out = append(out, helpEntry{b.Help().Key, b.Help().Desc})
			}
		}
	}
	return out
}

// grid arranges es in n columns.
func grid(es []helpEntry, n int) helpGrid {
	g := helpGrid{rows: (len(es) + n - 1) / max(n, 1)}
	for start := 0; start < len(es); start += max(g.rows, 1) {
		col := es[start:min(start+g.rows, len(es))]
		kw, dw := 0, 0
		for _, e := range col {
			kw, dw = max(kw, width(e.key)), max(dw, width(e.desc))
		}
		g.cols, g.keyW, g.descW = append(g.cols, col), append(g.keyW, kw), append(g.descW, dw)
	}
	return g
}

func (g helpGrid) width() int {
	w := 0
	for i := range g.cols {
		w += g.keyW[i] + 2 + g.descW[i]
	}
	return w + helpColGap*max(len(g.cols)-1, 0)
}

// layout picks the fewest columns whose rows fit the height, or else the
// most columns that fit the width (the rows then scroll).
func (h keyHelpModel) layout() helpGrid {
	es := h.entries()
	avail := max(h.height-1, 0)
	best := grid(es, 1)
	for n := 2; n <= len(es) && best.rows > avail; n++ {
		g := grid(es, n)
		if g.width() > h.width {
			break
		}
		best = g
	}
	return best
}

// visibleRows is how many entry rows show, and whether a scroll hint line is
// needed.
func (h keyHelpModel) visibleRows(g helpGrid) (int, bool) {
	avail := max(h.height-1, 0)
	if g.rows <= avail {
		return avail, false
	}
	return max(avail-1, 0), true
}

func (h keyHelpModel) maxOffset() int {
	g := h.layout()
	vis, _ := h.visibleRows(g)
	return max(g.rows-vis, 0)
}

// update scrolls on movement keys; the help, back and clear keys close the
// overlay (closeOverlayMsg).
func (h keyHelpModel) update(msg tea.KeyMsg) (keyHelpModel, tea.Msg) {
	k := h.c.keys
	vis, _ := h.visibleRows(h.layout())
	switch {
	case key.Matches(msg, k.Help, k.Back, k.Clear):
		return h, closeOverlayMsg{}
	case key.Matches(msg, k.Up):
		h.offset--
	case key.Matches(msg, k.Down):
		h.offset++
	case key.Matches(msg, k.PageUp):
		h.offset -= max(vis, 1)
	case key.Matches(msg, k.PageDown):
		h.offset += max(vis, 1)
	case key.Matches(msg, k.HalfPageUp):
		h.offset -= max(vis/2, 1)
	case key.Matches(msg, k.HalfPageDown):
		h.offset += max(vis/2, 1)
	case key.Matches(msg, k.Top):
		h.offset = 0
	case key.Matches(msg, k.Bottom):
		h.offset = h.maxOffset()
	}
	h.offset = clamp(h.offset, 0, h.maxOffset())
	return h, nil
}

// view renders exactly height lines of exactly width cells.
func (h keyHelpModel) view() []string {
	st := h.c.styles
	w := h.width
	g := h.layout()
	vis, scroll := h.visibleRows(g)
	k := h.c.keys
	closes := fmt.Sprintf("  %s, %s or %s closes", first(k.Clear), first(k.Back), first(k.Help))
	out := []string{fit(st.Heading.Render("Keys")+st.Dim.Render(closes), w)}
	gap := strings.Repeat(" ", helpColGap)
	for r := h.offset; r < g.rows && r < h.offset+vis; r++ {
		var cells []string
		for i, col := range g.cols {
			if r >= len(col) {
				break
			}
			e := col[r]
			pad := g.keyW[i] - width(e.key) + 2
			if len(g.cols) == 1 {
				// One narrow column: a long key (pgdn/space/ctrl+f) gives
				// up the alignment before a description is cut.
				pad = clamp(w-width(e.key)-width(e.desc), 2, pad)
			}
			cell := st.Help.FullKey.Render(e.key) + strings.Repeat(" ", pad) + st.Help.FullDesc.Render(e.desc)
			if i < len(g.cols)-1 {
				cell += strings.Repeat(" ", g.descW[i]-width(e.desc))
			}
			cells = append(cells, cell)
		}
		out = append(out, fit(strings.Join(cells, gap), w))
	}
	if scroll {
		var hint []string
		if h.offset > 0 {
			hint = append(hint, "↑ more")
		}
		if h.offset+vis < g.rows {
			hint = append(hint, "↓ more")
		}
		out = fillBox(out, w, h.height-1)
		out = append(out, fit(st.Dim.Render(strings.Join(hint, " · ")+"  ("+moveHint(h.c.keys.Down, h.c.keys.Up, h.c.keys.PageUp, h.c.keys.PageDown)+" scroll)"), w))
	}
	return fillBox(out, w, h.height)
}
