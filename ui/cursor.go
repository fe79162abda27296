package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// listCursor is the selected row of a short list drawn in a box (the links
// list, the watch chooser) and the first row on screen, kept so the
// selected row stays in view.
type listCursor struct {
	pos, top int
}

// reset selects the first row.
func (c *listCursor) reset() { c.pos, c.top = 0, 0 }

// move handles the moving keys (up, down, top, bottom) over a list of n
// rows and reports whether msg was one of them.
func (c *listCursor) move(msg tea.KeyMsg, k *cursorKeys, n int) bool {
	switch {
	case key.Matches(msg, k.Up, k.PickUp):
		c.pos = max(c.pos-1, 0)
	case key.Matches(msg, k.Down, k.PickDown):
		c.pos = clamp(c.pos+1, 0, max(n-1, 0))
	case key.Matches(msg, k.Top):
		c.pos = 0
	case key.Matches(msg, k.Bottom):
		c.pos = max(n-1, 0)
	default:
		return false
	}
	return true
}

// scroll moves the window of rows on screen so that the selected row is in it.
func (c *listCursor) scroll(rows int) {
	rows = max(rows, 1)
	if c.pos < c.top {
		c.top = c.pos
	}
	if c.pos >= c.top+rows {
		c.top = c.pos - rows + 1
	}
}

// window is the range [from, to) of the n rows on screen, rows at a time.
func (c listCursor) window(rows, n int) (from, to int) {
	return c.top, min(n, c.top+max(rows, 1))
}
