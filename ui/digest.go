package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/sanitize"
)

// DigestEntry is one line of the digest: a group heading (Heading set) or an
// entry whose ItemID, when not 0, is the item enter jumps to.
type DigestEntry struct {
	Heading string
	ItemID  int64
	Text    string
}

// digestModel is the scrollable digest view.
type digestModel struct {
	c       *common
	entries []DigestEntry
	loading bool
	err     string
	cursor  int
	top     int
	width   int
	height  int
}

func newDigest(c *common) digestModel { return digestModel{c: c} }

func (d *digestModel) open() {
	d.entries, d.err, d.loading = nil, "", true
	d.cursor, d.top = 0, 0
}

func (d *digestModel) set(entries []DigestEntry, err error) {
	d.loading = false
	d.entries = entries
	if err != nil {
		d.err = err.Error()
	}
	d.cursor = 0
	for i, e := range entries {
		if e.ItemID != 0 {
			d.cursor = i
			break
		}
	}
	d.scroll()
}

func (d *digestModel) setSize(w, h int) {
	d.width, d.height = max(w, 0), max(h, 0)
	d.scroll()
}

func (d *digestModel) scroll() {
	rows := max(d.height-1, 1)
	if d.cursor < d.top {
		d.top = d.cursor
	}
	if d.cursor >= d.top+rows {
		d.top = d.cursor - rows + 1
	}
}

// update moves through the entries; it returns the item id to jump to when
// enter is pressed on an item entry.
func (d digestModel) update(msg tea.KeyMsg) (digestModel, int64) {
	k := d.c.keys
	n := len(d.entries)
	page := max(d.height-2, 1)
	switch {
	case key.Matches(msg, k.Up):
		d.cursor = max(d.cursor-1, 0)
	case key.Matches(msg, k.Down):
		d.cursor = clamp(d.cursor+1, 0, max(n-1, 0))
	case key.Matches(msg, k.PageUp):
		d.cursor = max(d.cursor-page, 0)
	case key.Matches(msg, k.PageDown):
		d.cursor = clamp(d.cursor+page, 0, max(n-1, 0))
	case key.Matches(msg, k.HalfPageUp):
		d.cursor = max(d.cursor-max(page/2, 1), 0)
	case key.Matches(msg, k.HalfPageDown):
		d.cursor = clamp(d.cursor+max(page/2, 1), 0, max(n-1, 0))
	case key.Matches(msg, k.Top):
		d.cursor = 0
	case key.Matches(msg, k.Bottom):
		d.cursor = max(n-1, 0)
	case key.Matches(msg, k.Open):
		if d.cursor < n && d.entries[d.cursor].ItemID != 0 {
			return d, d.entries[d.cursor].ItemID
		}
	}
	d.scroll()
	return d, 0
}

// view renders exactly height lines of exactly width cells.
func (d digestModel) view() []string {
	st := d.c.styles
	w := d.width
	out := []string{fit(st.Heading.Render("Digest")+st.Dim.Render("  enter opens an item · esc back"), w)}
	switch {
	case d.loading:
		out = append(out, fit(st.Placeholder.Render("  Building digest…"), w))
	case d.err != "":
		out = append(out, fit(st.StatusError.Render("  error: "+sanitize.Line(d.err)), w))
	case len(d.entries) == 0:
		out = append(out, fit(st.Empty.Render("  Nothing new for the digest."), w))
	default:
		for i := d.top; i < len(d.entries) && len(out) < d.height; i++ {
			e := d.entries[i]
			cur := "  "
			if i == d.cursor {
				cur = "› "
			}
			var line string
			if e.Heading != "" {
				line = cur + st.Heading.Render(sanitize.Line(e.Heading))
			} else {
				bullet := "  "
				if e.ItemID != 0 {
					bullet = "• "
				}
				line = cur + bullet + sanitize.Line(e.Text)
			}
			line = fit(line, w)
			if i == d.cursor {
				line = st.RowSelected.Render(line)
			}
			out = append(out, line)
		}
	}
	return fillBox(out, w, d.height)
}
