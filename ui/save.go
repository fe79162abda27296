package ui

import (
	"context"
	"fmt"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/item"
)

// A read or star change is shown only once the cache has it: the key starts
// the write, and the row changes when the write comes back. A change shown
// is a change saved, even if lode is killed the next instant. At most one
// write per item and flag is in flight; presses meanwhile set the state
// wanted, written when the first write returns.

// flagKey names one item's read or starred flag.
type flagKey struct {
	id   int64
	star bool // false: the read flag
}

// flagSaves tracks the writes of read and starred flags.
type flagSaves struct {
	inFlight map[flagKey]bool
	want     map[flagKey]bool // the state the user asked for last
}

func newFlagSaves() *flagSaves {
	return &flagSaves{inFlight: map[flagKey]bool{}, want: map[flagKey]bool{}}
}

// flagSavedMsg reports a flag written to the cache (or the failure).
type flagSavedMsg struct {
	key flagKey
	on  bool
	err error
}

func saveFlagCmd(st Store, k flagKey, on bool) tea.Cmd {
	return func() tea.Msg {
		var err error
		if k.star {
			if err = st.SetStarred(context.Background(), k.id, on); err != nil {
				err = fmt.Errorf("star item: %w", err)
			}
		} else if err = st.SetRead(context.Background(), []int64{k.id}, on); err != nil {
			err = fmt.Errorf("mark read: %w", err)
		}
		return flagSavedMsg{key: k, on: on, err: err}
	}
}

// flagOf is the flag's state as shown.
func flagOf(it item.Item, star bool) bool {
	if star {
		return it.Starred
	}
	return it.Read
}

// setFlag asks for the flag of it, the selected item (ok false: none), to
// become on (toggled when toggle is set), starting the write unless one is
// in flight.
func (a itemActions) setFlag(it item.Item, ok, star, toggle, on bool) tea.Cmd {
	if !ok {
		return nil
	}
	k := flagKey{id: it.ID, star: star}
	cur, pending := a.saves.want[k]
	if !pending {
		cur = flagOf(it, star)
	}
	if toggle {
		on = !cur
	}
	if on == cur {
		return nil
	}
	a.saves.want[k] = on
	if a.saves.inFlight[k] {
		return nil
	}
	a.saves.inFlight[k] = true
	return saveFlagCmd(a.st, k, on)
}

// flagSaved shows a written flag, and writes the state wanted since if it
// differs.
func (m *Model) flagSaved(msg flagSavedMsg) tea.Cmd {
	k := msg.key
	delete(m.acts.saves.inFlight, k)
	if msg.err != nil {
		delete(m.acts.saves.want, k)
		return tea.Batch(m.setStatus(msg.err.Error(), true), m.reload())
	}
	m.showFlag(k, msg.on)
	if want, ok := m.acts.saves.want[k]; ok && want != msg.on {
		m.acts.saves.inFlight[k] = true
		return saveFlagCmd(m.st, k, want)
	}
	delete(m.acts.saves.want, k)
	var tabs tea.Cmd
	if !k.star {
		tabs = m.viewCounts() // the tabs count unread items
	}
	if !m.f.Unread && !m.f.Starred {
		// Keep the header's counts in step with the cache. In unread- or
		// starred-only views the item just read or unstarred stays listed
		// until the next filter change, so the counts, already adjusted
		// locally, must keep counting it too.
		// Recounts run concurrently and may answer out of order: number
		// them so an older count never replaces a newer one.
		m.recount++
		return tea.Batch(tabs, countsCmd(m.st, m.f.query(m.watch), m.qseq, m.recount))
	}
	return tabs
}

// showFlag sets a saved flag on the item's row and detail, and the unread count.
func (m *Model) showFlag(k flagKey, on bool) {
	set := func(it *item.Item) {
		if k.star {
			it.Starred = on
		} else {
			it.Read = on
		}
	}
	for i := range m.list.rows {
		it := &m.list.rows[i]
		if it.ID != k.id || flagOf(*it, k.star) == on {
			continue
		}
		set(it)
		if !k.star && on {
			m.counts.Unread = max(m.counts.Unread-1, 0)
		} else if !k.star {
			m.counts.Unread++
		}
		if m.f.Unread || m.f.Starred {
			m.listStale = true
		}
	}
	if m.detailID == k.id {
		set(&m.detail)
		m.layoutDetail() // the header's marks may rewrap its title
	}
	if !k.star {
		m.digest.setRead(k.id, on)
	}
}
