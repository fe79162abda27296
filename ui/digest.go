package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/sanitize"
)

// DigestEntry is one line of the digest: a group heading (Heading set) or an
// entry whose ItemID, when not 0, is the item enter jumps to.
type DigestEntry struct {
	// Heading is the digest's summary, a group or section heading, or the
	// message of an empty digest; "" for an entry line.
	Heading string
	// ItemID is the cached item the entry is about; 0 for a heading.
	ItemID int64
	// Text is the entry's line, plain; the view sanitises it again.
	Text string
}

// digestModel is the scrollable digest view.
type digestModel struct {
	c       *common
	keys    *digestKeys
	entries []DigestEntry
	read    map[int64]bool // the items that are read
	loading bool
	// keepID and keepRow restore the cursor (on this item, on this screen
	// row) when the digest is opened again.
	keepID  int64
	keepRow int
	// held is the keys typed while the digest loads, applied when it arrives.
	held   []tea.KeyMsg
	err    string
	cursor int
	top    int
	width  int
	height int
}

func newDigest(c *common) digestModel { return digestModel{c: c, keys: new(c.keys.digestKeys())} }

// open starts loading the digest; the item under the cursor, if any,
// keeps the cursor once it has loaded again.
func (d *digestModel) open() {
	d.keepID, d.keepRow = 0, 0
	if d.openable(d.cursor) {
		d.keepID, d.keepRow = d.entries[d.cursor].ItemID, d.cursor-d.top
	}
	d.entries, d.err, d.loading = nil, "", true
	d.held = nil
	d.cursor, d.top = -1, 0
}

// setRead records an item's read state, changed in the reader.
func (d *digestModel) setRead(id int64, read bool) {
	if d.read != nil {
		d.read[id] = read
	}
}

// digestJumpMsg is the digest's enter on an item: leave the digest for it.
type digestJumpMsg struct{ id int64 }

// set shows the loaded digest and then handles the keys held while it
// loaded, in order. When one of them asks something of the root (enter on
// an item), it returns that and the keys after it, which belong to the
// reader.
func (d *digestModel) set(entries []DigestEntry, read map[int64]bool, err error) (tea.Msg, []tea.KeyMsg) {
	d.loading = false
	d.entries = entries
	d.read = read
	if err != nil {
		d.err = err.Error()
	}
	d.cursor, d.top = d.next(-1, 1), 0
	for i, e := range entries {
		if d.keepID != 0 && e.ItemID == d.keepID {
			d.cursor = i
			rows, _ := d.visibleRows()
			d.top = clamp(i-d.keepRow, 0, max(len(entries)-max(rows, 1), 0))
			break
		}
	}
	d.scroll()
	held := d.held
	d.held = nil
	for i, k := range held {
		var out tea.Msg
		if *d, out = d.update(k); out != nil {
			return out, held[i+1:]
		}
	}
	return nil, nil
}

func (d *digestModel) setSize(w, h int) {
	d.width, d.height = max(w, 0), max(h, 0)
	d.scroll()
}

// openable reports whether entry i is an item enter can open.
func (d digestModel) openable(i int) bool {
	return i >= 0 && i < len(d.entries) && d.entries[i].ItemID != 0
}

// next is the first openable entry after i in direction dir (1 or -1), or -1.
func (d digestModel) next(i, dir int) int {
	for i += dir; i >= 0 && i < len(d.entries); i += dir {
		if d.openable(i) {
			return i
		}
	}
	return -1
}

// near is the openable entry closest to i, looking in direction dir first;
// -1 when there is none.
func (d digestModel) near(i, dir int) int {
	i = clamp(i, 0, max(len(d.entries)-1, 0))
	if d.openable(i) {
		return i
	}
	if j := d.next(i, dir); j >= 0 {
		return j
	}
	return d.next(i, -dir)
}

// visibleRows is how many entries show below the title, and whether a
// scroll hint line is needed because they do not all fit.
func (d digestModel) visibleRows() (int, bool) {
	avail := max(d.height-1, 0)
	if d.loading || d.err != "" || len(d.entries) <= avail {
		return avail, false
	}
	return max(avail-1, 0), true
}

// scroll keeps the cursor in view, with the headings just above it when
// they fit, and the top of the digest when the cursor is on its first item;
// the last entry never sits above the bottom while entries are hidden above.
func (d *digestModel) scroll() {
	rows, _ := d.visibleRows()
	rows = max(rows, 1)
	if d.cursor < 0 {
		d.top = 0
		return
	}
	first := d.cursor // the cursor's headings start here
	for first > 0 && !d.openable(first-1) {
		first--
	}
	if d.next(d.cursor, -1) < 0 {
		first = 0
	}
	if first < d.top && d.cursor-first < rows {
		d.top = first
	}
	if d.cursor < d.top {
		d.top = d.cursor
	}
	if d.cursor >= d.top+rows {
		d.top = d.cursor - rows + 1
	}
	// Never blank rows below the end while lines are hidden above: a
	// window that grew shows the digest's start again.
	d.top = clamp(d.top, 0, max(len(d.entries)-rows, 0))
}

// update moves between the item entries, skipping headings and other
// lines enter cannot open; enter on an item asks for the jump to it
// (digestJumpMsg), and back, clear or the digest's key close the digest
// (closeOverlayMsg), even while it loads.
func (d digestModel) update(msg tea.KeyMsg) (digestModel, tea.Msg) {
	k := d.keys
	if key.Matches(msg, k.Back, k.Clear, k.Digest) {
		return d, closeOverlayMsg{}
	}
	n := len(d.entries)
	vis, _ := d.visibleRows()
	page := max(vis-1, 1)
	if d.loading {
		// Movement and enter wait for the digest, and so does every key
		// typed after one of them.
		if len(d.held) > 0 || key.Matches(msg, k.Up, k.Down, k.PageUp, k.PageDown, k.HalfPageUp, k.HalfPageDown, k.Top, k.Bottom, k.Open) {
			d.held = append(d.held, msg)
		}
		return d, nil
	}
	if d.cursor < 0 {
		return d, nil
	}
	move := func(j, dir int) {
		if j = d.near(j, dir); j >= 0 {
			d.cursor = j
		}
	}
	switch {
	case key.Matches(msg, k.Up):
		if j := d.next(d.cursor, -1); j >= 0 {
			d.cursor = j
		}
	case key.Matches(msg, k.Down):
		if j := d.next(d.cursor, 1); j >= 0 {
			d.cursor = j
		}
	case key.Matches(msg, k.PageUp):
		move(d.cursor-page, -1)
	case key.Matches(msg, k.PageDown):
		move(d.cursor+page, 1)
	case key.Matches(msg, k.HalfPageUp):
		move(d.cursor-max(page/2, 1), -1)
	case key.Matches(msg, k.HalfPageDown):
		move(d.cursor+max(page/2, 1), 1)
	case key.Matches(msg, k.Top):
		move(0, 1)
	case key.Matches(msg, k.Bottom):
		move(n-1, -1)
	case key.Matches(msg, k.Open):
		if d.openable(d.cursor) {
			return d, digestJumpMsg{id: d.entries[d.cursor].ItemID}
		}
	}
	d.scroll()
	return d, nil
}

// view renders exactly height lines of exactly width cells.
func (d digestModel) view() []string {
	st := d.c.styles
	w := d.width
	k := d.keys
	title := st.Heading.Render("Digest")
	hint := hintsFit(w-width(title), "● unread, • read", first(k.Open)+" opens an item (marks it read)", first(k.Back)+" back")
	out := []string{fit(title+st.Dim.Render(hint), w)}
	switch {
	case d.loading:
		out = append(out, fit(st.Placeholder.Render("  Building digest…"), w))
	case d.err != "":
		out = append(out, fit(st.StatusError.Render("  error: "+sanitize.Line(d.err)), w))
	case len(d.entries) == 0:
		out = append(out, fit(st.Empty.Render("  Nothing new for the digest."), w))
	default:
		vis, hint := d.visibleRows()
		for i := d.top; i < len(d.entries) && i < d.top+vis && len(out) < d.height; i++ {
			e := d.entries[i]
			cur := "  "
			if i == d.cursor {
				cur = "› "
			}
			var line string
			if e.Heading != "" {
				// A line cut short ends after a whole word, not "00:…".
				line = cur + st.Heading.Render(truncWords(sanitize.Line(e.Heading), w-width(cur)))
			} else {
				bullet := "  "
				if e.ItemID != 0 {
					bullet = "● " // unread, as in the list
					if d.read[e.ItemID] {
						bullet = "• "
					}
				}
				line = cur + bullet + truncWords(sanitize.Line(e.Text), w-width(cur+bullet))
			}
			line = fit(line, w)
			if i == d.cursor {
				line = st.RowSelected.Render(line)
			}
			out = append(out, line)
		}
		if hint && d.height > 1 {
			var more []string
			if d.top > 0 {
				more = append(more, "↑ more")
			}
			if d.top+vis < len(d.entries) {
				more = append(more, "↓ more")
			}
			out = fillBox(out, w, d.height-1)
			out = append(out, fit(st.Dim.Render(strings.Join(more, " · ")+"  ("+moveHint(d.keys.Down, d.keys.Up, d.keys.PageUp, d.keys.PageDown)+" move)"), w))
		}
	}
	return fillBox(out, w, d.height)
}
