package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/sanitize"
)

// watchModel is the `w` chooser: the selected item's companies, each with
// its watched state, toggled one at a time, so watching one company never
// drops another.
type watchModel struct {
	c      *common
	keys   *watchKeys
	names  []string // the item's companies, canonical names
	cur    listCursor
	width  int
	height int
}

func newWatch(c *common) watchModel { return watchModel{c: c, keys: new(c.keys.watchKeys())} }

// open shows the chooser for an item's companies.
func (w *watchModel) open(names []string) {
	w.names = append([]string(nil), names...)
	w.cur.reset()
}

func (w *watchModel) setSize(wd, h int) {
	w.width, w.height = max(wd, 0), max(h, 0)
	w.cur.scroll(w.rows())
}

// rows is how many companies fit under the two heading lines.
func (w watchModel) rows() int { return max(w.height-2, 1) }

// watchToggleMsg asks the root to watch the company, or to stop watching it.
type watchToggleMsg struct{ name string }

// watchClosedMsg is the watch chooser closing.
type watchClosedMsg struct{}

// update moves the cursor; space or enter toggles the company under it
// (watchToggleMsg), esc, back or the chooser's key close it (watchClosedMsg).
func (w watchModel) update(msg tea.KeyMsg) (watchModel, tea.Msg) {
	k := w.keys
	switch {
	case key.Matches(msg, k.Cancel, k.Clear, k.Back, k.Watch):
		return w, watchClosedMsg{}
	case w.cur.move(msg, &k.cursorKeys, len(w.names)):
		w.cur.scroll(w.rows())
	case key.Matches(msg, k.Apply, k.Toggle), msg.Type == tea.KeySpace:
		if len(w.names) > 0 {
			return w, watchToggleMsg{name: w.names[w.cur.pos]}
		}
	}
	return w, nil
}

// view renders exactly height lines of exactly width cells; watched holds
// the lower-cased watched names.
func (w watchModel) view(watched map[string]bool) []string {
	st := w.c.styles
	k := w.keys
	title := st.Heading.Render("Watch companies")
	hint := hintsFit(w.width-width(title), "space/"+first(k.Apply)+" toggles the company under the cursor", first(k.Cancel)+" closes")
	out := []string{
		fit(title+st.Dim.Render(hint), w.width),
		fit(st.Dim.Render("  the item's companies; the others on your watchlist stay as they are"), w.width),
	}
	from, to := w.cur.window(w.rows(), len(w.names))
	for i := from; i < to; i++ {
		n := w.names[i]
		box := "[ ]"
		if watched[strings.ToLower(n)] {
			box = "[x]"
		}
		cur := "  "
		if i == w.cur.pos {
			cur = "› "
		}
		line := fit(cur+box+" "+sanitize.Line(n), w.width)
		if i == w.cur.pos {
			line = st.RowSelected.Render(line)
		}
		out = append(out, line)
	}
	return fillBox(out, w.width, w.height)
}
