package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// navKey handles the root's own keys, the ones that move between the
// reader's parts or lay them out: quit, back, the next and previous
// (unread) item, refresh, the full text and reasons in place of the panes,
// and the focus keys. ok is false when the key is not one of them.
func (m *Model) navKey(name keyName) (cmd tea.Cmd, ok bool) {
	k := m.c.keys
	switch {
	case key.Matches(name, k.Quit):
		return m.quit(), true
	case key.Matches(name, k.Back):
		if !m.canGoBack() {
			return m.quit(), true
		}
		return m.back(), true
	case key.Matches(name, k.Clear):
		if !m.canGoBack() {
			// esc never quits; it says so rather than do nothing.
			return m.setStatus(fmt.Sprintf("nothing to go back from: this is the list (%s edits its query, %s quits)",
				first(k.Query), first(k.Back)), false), true
		}
		return m.back(), true
	case key.Matches(name, k.NextUnread):
		return m.seek(1, true), true
	case key.Matches(name, k.PrevUnread):
		return m.seek(-1, true), true
	case key.Matches(name, k.NextItem):
		return m.seek(1, false), true
	case key.Matches(name, k.PrevItem):
		return m.seek(-1, false), true
	case key.Matches(name, k.Refresh):
		return m.startRefresh(true), true
	case key.Matches(name, k.Body):
		return m.setMode(detailBody), true
	case key.Matches(name, k.Reasons):
		return m.setMode(detailReasons), true
	case key.Matches(name, k.Open):
		return m.setFocus(focusPane1), true
	case key.Matches(name, k.NextFocus):
		return m.setFocus((m.focus + 1) % focusArea(m.paneCount()+1)), true
	case key.Matches(name, k.PrevFocus):
		n := focusArea(m.paneCount() + 1)
		return m.setFocus((m.focus + n - 1) % n), true
	case key.Matches(name, k.Pane1):
		return m.setFocus(focusPane1), true
	case key.Matches(name, k.Pane2, k.Pane3):
		if m.mode != detailSections {
			m.mode = detailSections
			m.fillPanes()
		}
		f := focusPane2
		if key.Matches(name, k.Pane3) {
			f = focusPane3
		}
		return m.setFocus(f), true
	}
	return nil, false
}

// moveKey moves the list cursor or scrolls the focused pane.
func (m *Model) moveKey(msg tea.KeyMsg) tea.Cmd {
	if m.focus != focusList {
		p := m.focusedPane()
		*p = p.update(msg)
		return nil
	}
	if !m.list.update(msg) {
		return nil
	}
	return tea.Batch(m.fetchPage(), m.syncDetail(false))
}

func (m *Model) focusedPane() *paneModel {
	if m.mode != detailSections {
		return &m.solo
	}
	return &m.panes[clamp(int(m.focus)-1, 0, 2)]
}

func (m Model) paneCount() int {
	if m.mode != detailSections {
		return 1
	}
	return 3
}

// setFocus moves the focus; entering the panes marks the item read.
func (m *Model) setFocus(f focusArea) tea.Cmd {
	f = focusArea(clamp(int(f), 0, m.paneCount()))
	from := m.focus
	m.focus = f
	for i := range m.panes {
		m.panes[i].focused = m.mode == detailSections && int(f) == i+1
	}
	m.solo.focused = m.mode != detailSections && f != focusList
	if from != f {
		m.layout()
	}
	if f != focusList {
		return m.markSelectedRead()
	}
	m.fromDigest = false
	return nil
}

// setMode toggles the full text or the ideology reasons in place of the panes.
func (m *Model) setMode(mode detailMode) tea.Cmd {
	if m.mode == mode {
		mode = detailSections
	}
	wasPane := m.focus != focusList
	if m.mode == detailSections && wasPane {
		m.sectionFocus = m.focus
	}
	m.mode = mode
	m.fillPanes()
	f := focusList
	if wasPane {
		f = focusPane1
		if mode == detailSections && m.sectionFocus > focusList {
			f = m.sectionFocus // back to the section pane that was read
		}
	}
	m.focus = -1 // force a relayout
	return m.setFocus(f)
}

// canGoBack reports whether back has a level to leave.
func (m Model) canGoBack() bool {
	return m.mode != detailSections || m.focus != focusList || m.f.Search != "" || m.f.Watch || len(m.f.Alerts) > 0 ||
		m.fromFeeds != nil
}

// back leaves the full text or reasons, then the panes, then clears the
// search, then leaves the watchlist view, then the new-for-watched view,
// then a feed's items listed from the feeds view, for that view.
func (m *Model) back() tea.Cmd {
	switch {
	case m.mode != detailSections:
		return m.setMode(detailSections)
	case m.focus != focusList:
		back := m.fromDigest
		cmd := m.setFocus(focusList)
		if back {
			// Opened from the digest: back there, where it was left.
			m.overlay = overlayDigest
		}
		return cmd
	case m.f.Search != "":
		m.f.Search = ""
		return m.filtersChanged(true)
	case m.f.Watch:
		m.f.Watch = false
		return m.filtersChanged(true)
	case len(m.f.Alerts) > 0:
		return m.switchView(m.tabs.back)
	case m.fromFeeds != nil && m.opts.Feeds != nil:
		m.f = *m.fromFeeds
		m.fromFeeds = nil
		m.overlay = overlayFeeds
		m.feeds.reopen()
		return tea.Batch(m.filtersChanged(true), feedsCmd(m.opts.Feeds))
	}
	return nil
}

// seeking is a move to the next or previous (unread) item that waits for
// the list page holding it.
type seeking struct {
	dir    int // 1 forward, -1 back, 0 none
	unread bool
	// origin is the cursor the move started from; wrapped is set once an
	// unread search ran off the end and goes on from the other end, up
	// to origin.
	origin  int
	wrapped bool
	// jumped is set once the cache has named the unread item (unreadCmd):
	// rows not loaded on the way to it are then read page by page.
	jumped bool
}

// scans reports whether the search looks at row i.
func (s seeking) scans(i, total int) bool {
	if i < 0 || i >= total {
		return false
	}
	switch {
	case !s.wrapped:
		return true
	case s.dir > 0:
		return i < s.origin
	}
	return i > s.origin
}

// The status lines of an unread search that wrapped around.
const (
	wrappedTop    = "wrapped to the top"
	wrappedBottom = "wrapped to the bottom"
)

// seek opens the next (dir 1) or previous (dir -1) item, or unread item,
// in the panes, marking it read, as newsboat's n/p and J/K do. From the
// list an unread search starts at the selected item itself, so the first
// n reads the item under the cursor when it is unread; one that finds no
// unread item before the end wraps around to the other end. Rows beyond
// the cached page are loaded first (see continueSeek).
func (m *Model) seek(dir int, unread bool) tea.Cmd {
	if m.list.total == 0 {
		return m.setStatus("no items", false)
	}
	if unread && m.counts.Unread == 0 {
		// The header says 0 unread: no page need be read to agree.
		return m.setStatus("no unread items", false)
	}
	from := m.list.cursor + dir
	if unread && m.focus == focusList {
		if it, ok := m.list.selected(); ok && !it.Read {
			from = m.list.cursor
		}
	}
	m.seeking = seeking{dir: dir, unread: unread, origin: m.list.cursor}
	return m.continueSeek(from)
}

// continueSeek looks for the item seek wants from index from on. When it
// reaches a row that is not cached, it moves the cursor there and fetches
// the page; the page's arrival calls it again.
func (m *Model) continueSeek(from int) tea.Cmd {
	s := m.seeking
	if s.dir == 0 {
		return nil
	}
	for {
		for i := from; s.scans(i, m.list.total); i += s.dir {
			it, ok := m.list.row(i)
			if !ok && s.unread && !s.jumped && !m.listStale && !m.listLoading {
				// Ask the cache where the unread item is rather than read
				// every page on the way (a wrap on a long view read them all).
				return unreadCmd(m.st, m.f.query(m.watch), m.list.seq, s, i)
			}
			if !ok {
				m.list.moveTo(i)
				return m.fetchPage()
			}
			if s.unread && it.Read {
				continue
			}
			m.seeking = seeking{}
			m.list.moveTo(i)
			f := m.focus
			if f == focusList {
				f = focusPane1
			}
			var status tea.Cmd
			switch {
			case s.wrapped && s.dir > 0:
				status = m.setStatus(wrappedTop, false)
			case s.wrapped:
				status = m.setStatus(wrappedBottom, false)
			case m.status == wrappedTop || m.status == wrappedBottom:
				m.clearStatus() // the last move's wrap, not this one's
			}
			return tea.Batch(status, m.fetchPage(), m.syncDetail(false), m.setFocus(f))
		}
		if !s.unread || s.wrapped {
			break
		}
		// Nothing unread before the end: on from the other end.
		s.wrapped = true
		m.seeking = s
		from = 0
		if s.dir < 0 {
			from = m.list.total - 1
		}
	}
	m.seeking = seeking{}
	// Nothing further: the cursor goes back to where it started when that
	// row is cached, else to the last row it passed that is.
	if _, ok := m.list.row(s.origin); ok && s.unread {
		m.list.moveTo(s.origin)
	} else {
		m.list.moveTo(clamp(m.list.cursor, m.list.start, m.list.start+len(m.list.rows)-1))
	}
	var status string
	switch {
	case s.unread:
		status = "no unread items"
	case s.dir > 0:
		status = "this is the last item"
	default:
		status = "this is the first item"
	}
	return tea.Batch(m.setStatus(status, false), m.syncDetail(false))
}
