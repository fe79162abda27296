package ui

import (
	"github.com/charmbracelet/x/ansi"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/sanitize"
)

const (
	// pageSize is how many rows the list keeps cached around the cursor.
	pageSize = 200
	// pageMargin is how close to the cached window's edge the cursor may get
	// before the next page is fetched.
	pageMargin = 40
)

// listModel is the windowed item list: it knows the total count of the
// query's result but holds only a page of rows around the cursor.
type listModel struct {
	c       *common
	seq     int // query generation the rows belong to
	loaded  bool
	total   int
	cursor  int // absolute index in the result
	top     int // absolute index of the first visible row
	start   int // absolute index of rows[0]
	rows    []item.Item
	pending int // start of the page being fetched; -1 when none
	width   int
	height  int
	// empty is shown when the result is empty.
	empty   string
	watched map[string]bool // lower-cased watched company names
	// terms are the search terms highlighted in the titles (normTerms).
	terms []string
}

func newList(c *common) listModel {
	return listModel{c: c, pending: -1}
}

func (l *listModel) setSize(w, h int) {
	l.width, l.height = max(w, 0), max(h, 0)
	l.scrollToCursor()
}

// row returns the cached row at absolute index i.
func (l listModel) row(i int) (item.Item, bool) {
	j := i - l.start
	if j < 0 || j >= len(l.rows) {
		return item.Item{}, false
	}
	return l.rows[j], true
}

// selected is the row under the cursor, if it is loaded.
func (l listModel) selected() (item.Item, bool) {
	if l.total == 0 {
		return item.Item{}, false
	}
	return l.row(l.cursor)
}

// setRow replaces a cached row (after a local read/star change).
func (l *listModel) setRow(it item.Item) {
	for i := range l.rows {
		if l.rows[i].ID == it.ID {
			l.rows[i] = it
			return
		}
	}
}

// apply installs a freshly loaded result, keeping the cursor at the same
// screen row when the selected item is still there.
func (l *listModel) apply(msg listLoadedMsg) {
	offset := l.cursor - l.top
	l.seq = msg.seq
	l.loaded = true
	l.total = msg.counts.Items
	l.start = msg.start
	l.rows = msg.rows
	l.pending = -1
	l.cursor = clamp(msg.cursor, 0, max(l.total-1, 0))
	if msg.anchorFound {
		l.top = l.cursor - offset
	} else {
		l.top = l.cursor - min(offset, l.height/2)
	}
	l.top = clamp(l.top, 0, max(l.total-l.height, 0))
	l.scrollToCursor()
}

// applyPage installs a page fetched while scrolling.
func (l *listModel) applyPage(msg pageMsg) {
	if msg.seq != l.seq {
		return
	}
	if msg.start == l.pending {
		l.pending = -1
	}
	l.start, l.rows = msg.start, msg.rows
}

func (l *listModel) scrollToCursor() {
	if l.cursor < l.top {
		l.top = l.cursor
	}
	if l.height > 0 && l.cursor >= l.top+l.height {
		l.top = l.cursor - l.height + 1
	}
	l.top = clamp(l.top, 0, max(l.total-1, 0))
}

// moveTo puts the cursor at absolute index i.
func (l *listModel) moveTo(i int) {
	if l.total == 0 {
		return
	}
	l.cursor = clamp(i, 0, l.total-1)
	l.scrollToCursor()
}

// update moves the cursor on movement keys; it reports whether it moved.
func (l *listModel) update(msg tea.KeyMsg) bool {
	k := l.c.keys
	before := l.cursor
	page := max(l.height-1, 1)
	switch {
	case key.Matches(msg, k.Up):
		l.moveTo(l.cursor - 1)
	case key.Matches(msg, k.Down):
		l.moveTo(l.cursor + 1)
	case key.Matches(msg, k.PageUp):
		l.top = max(l.top-page, 0)
		l.moveTo(l.cursor - page)
	case key.Matches(msg, k.PageDown):
		l.top = clamp(l.top+page, 0, max(l.total-l.height, 0))
		l.moveTo(l.cursor + page)
	case key.Matches(msg, k.HalfPageUp):
		half := max(l.height/2, 1)
		l.top = max(l.top-half, 0)
		l.moveTo(l.cursor - half)
	case key.Matches(msg, k.HalfPageDown):
		half := max(l.height/2, 1)
		l.top = clamp(l.top+half, 0, max(l.total-l.height, 0))
		l.moveTo(l.cursor + half)
	case key.Matches(msg, k.Top):
		l.moveTo(0)
	case key.Matches(msg, k.Bottom):
		l.moveTo(l.total - 1)
	}
	return l.cursor != before
}

// need reports the start of the page to fetch so the cached window keeps
// covering the cursor, or -1 when no fetch is needed.
func (l *listModel) need() int {
	if l.total == 0 || !l.loaded {
		return -1
	}
	end := l.start + len(l.rows)
	lowOK := l.cursor >= l.start+pageMargin || l.start == 0
	highOK := l.cursor < end-pageMargin || end >= l.total
	if lowOK && highOK && l.cursor >= l.start && l.cursor < end {
		return -1
	}
	start := clamp(l.cursor-pageSize/2, 0, max(l.total-pageSize, 0))
	if start == l.start && len(l.rows) > 0 {
		return -1
	}
	if start == l.pending {
		return -1
	}
	l.pending = start
	return start
}

// view renders exactly height lines of exactly width cells.
func (l listModel) view() []string {
	out := make([]string, 0, l.height)
	blank := strings.Repeat(" ", l.width)
	switch {
	case l.height <= 0 || l.width <= 0:
		return nil
	case !l.loaded:
		out = append(out, fit(l.c.styles.Placeholder.Render(" Loading…"), l.width))
	case l.total == 0:
		for _, line := range wrapText(l.empty, max(l.width-2, 1)) {
			if len(out) == l.height {
				break
			}
			out = append(out, fit(" "+l.c.styles.Empty.Render(line), l.width))
		}
	default:
		for i := l.top; i < l.total && len(out) < l.height; i++ {
			out = append(out, l.renderRow(i))
		}
	}
	for len(out) < l.height {
		out = append(out, blank)
	}
	return out
}

// renderRow draws one row: cursor, unread, flag, watched and starred markers,
// title, first company, feed and age. Every marker is a glyph, never colour
// alone.
func (l listModel) renderRow(i int) string {
	st := l.c.styles
	w := l.width
	sel := i == l.cursor
	it, ok := l.row(i)
	if !ok {
		line := fit("  …", w)
		if sel {
			return st.RowSelected.Render(line)
		}
		return st.Dim.Render(line)
	}
	cur := " "
	if sel {
		cur = "›"
	}
	unread := " "
	if !it.Read {
		unread = st.Unread.Render("●")
	}
	flag := "  "
	if it.Ideology.Flagged {
		flag = st.Flag.Render("⚑F")
	}
	watched := " "
	for _, c := range it.Companies {
		if l.watched[strings.ToLower(c)] {
			watched = st.Watched.Render("◆")
			break
		}
	}
	star := " "
	if it.Starred {
		star = st.Star.Render("★")
	}
	prefix := cur + unread + flag + watched + star + " "
	const prefixW = 7

	age := relTime(it.Published, l.c.now())
	feed := trunc(sanitize.Line(it.FeedName), 16)
	chip := ""
	if len(it.Companies) > 0 {
		chip = "[" + trunc(sanitize.Line(it.Companies[0]), 18)
		if n := len(it.Companies) - 1; n > 0 {
			chip += " +" + count(n)
		}
		chip += "]"
	}
	room := w - prefixW
	right := func() string {
		var parts []string
		if chip != "" {
			parts = append(parts, st.Chip.Render(chip))
		}
		if feed != "" {
			parts = append(parts, st.Dim.Render(feed))
		}
		parts = append(parts, age)
		return " " + strings.Join(parts, " ")
	}
	if room-width(right()) < 16 {
		chip = ""
	}
	if room-width(right()) < 16 {
		feed = ""
	}
	r := right()
	if room-width(r) < 4 {
		r = ""
	}
	title := sanitize.Line(it.Title)
	if title == "" {
		title = "(untitled)"
	}
	titleStyle := st.Row
	if it.Read {
		titleStyle = st.RowRead
	}
	tw := room - width(r)
	body := fit(highlightIn(trunc(title, tw), l.terms, &titleStyle, st.Match), tw) + r
	line := fit(prefix+body, w)
	if sel {
		// The marker and match styles end with a reset, which would cut the
		// selection's background short: the selected row is drawn whole in
		// the selection style (markers as glyphs), with its search matches.
		plain := ansi.Strip(line)
		return highlightIn(plain, l.terms, &st.RowSelected, st.RowSelected.Inherit(st.Match))
	}
	return line
}
