package ui

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"

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
	keys    *moveKeys
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
	return listModel{c: c, keys: new(c.keys.moveKeys()), pending: -1}
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

// scrollToCursor keeps the cursor's row on screen, and the list's end at
// the bottom rather than above blank rows (a window that grew fills from
// above).
func (l *listModel) scrollToCursor() {
	if l.cursor < l.top {
		l.top = l.cursor
	}
	if l.height > 0 && l.cursor >= l.top+l.height {
		l.top = l.cursor - l.height + 1
	}
	l.top = clamp(l.top, 0, max(l.total-max(l.height, 1), 0))
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
	k := l.keys
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

	title := sanitize.Line(it.Title)
	if title == "" {
		title = "(untitled)"
	}
	room := w - prefixW
	chip, feed, age := rowRight(it, title, l.c.names, relTime(it.Published, l.c.now()))
	// The title gets the space first: at least titleShare of the list's
	// width. The chip, then the feed, shorten in what is left over, one
	// cell per cell, so the row changes smoothly with the width. A title
	// shorter than its share leaves the rest to them.
	rest := max(room-min(titleMin(w), width(title)), 0)
	var parts []string
	used := 0
	add := func(s string, style *lipgloss.Style) {
		if s == "" || rest-used-1 < 1 {
			return
		}
		s = trunc(s, rest-used-1)
		if width(s) < 4 && width(s) < width(age) { // a stub reads as noise
			return
		}
		used += 1 + width(s)
		if style != nil {
			s = style.Render(s)
		}
		parts = append(parts, s)
	}
	add(age, nil)
	add(chip, &st.Chip)
	add(feed, &st.Dim)
	// The age reads last on the line.
	if len(parts) > 1 {
		parts = append(parts[1:], parts[0])
	}
	r := ""
	if len(parts) > 0 {
		r = " " + strings.Join(parts, " ")
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

// titleShare is the least part of the list's width, in percent, a row's
// title gets (when it is that long).
const titleShare = 55

// titleMin is the cells a row's title gets at least in a list w cells
// wide: titleShare percent of w, plus one for the "…" of a cut title.
func titleMin(w int) int { return (w*titleShare+99)/100 + 1 }

// rowRight returns what a row shows right of its title: the company chip
// (the first company the title does not already name, and how many more),
// the feed and the age. names maps a company to its aliases and tickers.
func rowRight(it item.Item, title string, names map[string][]string, age string) (chip, feed, ageOut string) {
	var shown []string
	for _, c := range it.Companies {
		if !namedIn(title, c, names[c]) {
			shown = append(shown, c)
		}
	}
	if len(shown) > 0 {
		chip = "[" + trunc(sanitize.Line(shown[0]), 22)
		if n := len(shown) - 1; n > 0 {
			chip += " +" + count(n)
		}
		chip += "]"
	}
	return chip, trunc(sanitize.Line(it.FeedName), 20), age
}

// namedIn reports whether title names the company: its name or one of its
// aliases as whole words, case-insensitively, or a ticker symbol (an
// upper-case alias) in upper case.
func namedIn(title, name string, aliases []string) bool {
	if hasWord(strings.ToLower(title), strings.ToLower(name)) {
		return true
	}
	lower := ""
	for _, a := range aliases {
		if a == "" {
			continue
		}
		if _, sym, ok := strings.Cut(a, ":"); ok {
			a = sym
		}
		if strings.ToUpper(a) == a {
			if hasWord(title, a) {
				return true
			}
			continue
		}
		if lower == "" {
			lower = strings.ToLower(title)
		}
		if hasWord(lower, strings.ToLower(a)) {
			return true
		}
	}
	return false
}

// hasWord reports whether w occurs in s between non-word characters.
func hasWord(s, w string) bool {
	if w == "" {
		return false
	}
	for i := 0; ; {
		j := strings.Index(s[i:], w)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(w)
		before, after := true, true
		if j > 0 {
			r, _ := utf8.DecodeLastRuneInString(s[:j])
			before = !isWordRune(r)
		}
		if end < len(s) {
			r, _ := utf8.DecodeRuneInString(s[end:])
			after = !isWordRune(r)
		}
		if before && after {
			return true
		}
		i = j + 1
	}
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
