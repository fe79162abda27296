package ui

import (
	"context"
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/store"
)

// unreadFoundMsg answers unreadCmd: the index in the list of the unread
// item an n or p seek wants (-1: none), and whether reaching it wrapped
// around the end.
type unreadFoundMsg struct {
	// seq and seek are the list and the seek it answers.
	seq     int
	seek    seeking
	pos     int
	wrapped bool
	err     error
}

// unreadCmd finds, in the cache, the unread item a seek in direction dir
// wants from index from on (wrapping around once, up to origin, as
// seeking.scans does), so that n and p jump to its page instead of reading
// every page on the way. The unread items of q, in q's order, are a sublist
// of q's items, so their indexes in q rise with their rank and a binary
// search over the rank finds the nearest in a few look-ups.
func unreadCmd(st Store, q store.Query, seq int, s seeking, from int) tea.Cmd {
	return func() tea.Msg {
		pos, wrapped, err := findUnread(context.Background(), st, q, s, from)
		if err != nil {
			err = fmt.Errorf("find the next unread item: %w", err)
		}
		return unreadFoundMsg{seq: seq, seek: s, pos: pos, wrapped: wrapped, err: err}
	}
}

func findUnread(ctx context.Context, st Store, q store.Query, s seeking, from int) (pos int, wrapped bool, err error) {
	uq := q
	uq.UnreadOnly = true
	c, err := st.Counts(ctx, uq)
	if err != nil {
		return -1, false, err
	}
	n := c.Unread
	// at is the list index of the unread item of rank k.
	at := func(k int) (int, error) {
		rows, err := st.Page(ctx, uq, k, 1)
		if err != nil || len(rows) == 0 {
			return -1, err
		}
		return st.Position(ctx, q, rows[0].ID)
	}
	// first is the lowest rank whose index passes ok (n when none).
	first := func(ok func(int) bool) (int, error) {
		lo, hi := 0, n
		for lo < hi {
			mid := (lo + hi) / 2
			p, err := at(mid)
			if err != nil {
				return 0, err
			}
			if ok(p) {
				hi = mid
			} else {
				lo = mid + 1
			}
		}
		return lo, nil
	}
	if n == 0 {
		return -1, false, nil
	}
	if s.dir > 0 {
		k, err := first(func(p int) bool { return p >= from })
		if err != nil {
			return -1, false, err
		}
		if k < n {
			p, err := at(k)
			if ok := p >= 0 && (!s.wrapped || p < s.origin); err != nil || ok {
				return p, s.wrapped, err
			}
		}
		if s.wrapped {
			return -1, false, nil
		}
		p, err := at(0)
		if err != nil || p < 0 || p >= s.origin {
			return -1, false, err
		}
		return p, true, nil
	}
	k, err := first(func(p int) bool { return p > from })
	if err != nil {
		return -1, false, err
	}
	if k > 0 {
		p, err := at(k - 1)
		if ok := p >= 0 && (!s.wrapped || p > s.origin); err != nil || ok {
			return p, s.wrapped, err
		}
	}
	if s.wrapped {
		return -1, false, nil
	}
	p, err := at(n - 1)
	if err != nil || p <= s.origin {
		return -1, false, err
	}
	return p, true, nil
}

// unreadFound moves the seek to the unread item the cache named, loading
// its page, or ends it when there is none.
func (m *Model) unreadFound(msg unreadFoundMsg) tea.Cmd {
	if msg.seq != m.list.seq || msg.seek != m.seeking {
		return nil
	}
	if msg.err != nil {
		m.seeking = seeking{}
		return m.setStatus(msg.err.Error(), true)
	}
	if msg.pos < 0 || msg.pos >= m.list.total {
		m.seeking.wrapped = true
		m.seeking.jumped = true
		return m.continueSeek(m.seeking.origin)
	}
	m.seeking.wrapped = msg.wrapped
	m.seeking.jumped = true
	return m.continueSeek(msg.pos)
}
