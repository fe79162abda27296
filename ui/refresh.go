package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
)

// startRefresh begins a background refresh; manual says a key asked for it.
func (m *Model) startRefresh(manual bool) tea.Cmd {
	if m.opts.Refresh == nil {
		if manual {
			return m.setStatus("refresh unavailable: no feeds configured (lode feeds add URL)", false)
		}
		return nil
	}
	if m.refreshing {
		if manual {
			return m.setStatus("a refresh is already running", false)
		}
		return nil
	}
	m.refreshing = true
	m.refreshGen++
	m.progress = Progress{}
	m.clearStatus() // the progress replaces an older message or error
	m.list.empty = m.emptyText()
	ctx, cancel := context.WithCancel(context.Background())
	m.refreshCancel = cancel
	return tea.Batch(refreshCmds(ctx, m.st, m.opts.Refresh, manual, m.refreshGen), m.after(spinInterval, spinTickMsg{gen: m.refreshGen}))
}

func (m *Model) scheduleAuto() tea.Cmd {
	if m.opts.RefreshEvery <= 0 {
		return nil
	}
	m.autoGen++
	return m.after(m.opts.RefreshEvery, autoRefreshMsg{gen: m.autoGen})
}

func (m *Model) refreshDone(msg refreshDoneMsg) tea.Cmd {
	if msg.gen != m.refreshGen {
		return nil
	}
	m.refreshing = false
	m.offline = msg.res.Offline
	if !msg.lastRefresh.IsZero() {
		m.lastRefresh = msg.lastRefresh
	}
	var status string
	isErr := msg.err != nil
	switch {
	case msg.err != nil:
		status = msg.err.Error()
	case msg.res.Offline && m.emptyCache:
		// A first run without network: there is nothing cached to show.
		status = "offline: no feed could be reached and nothing is cached yet; check the network, then press r"
		isErr = true
	case msg.res.Offline:
		status = "offline: no feed could be reached, showing cached items"
		isErr = true
	default:
		r := msg.res
		parts := []string{fmt.Sprintf("refreshed: %d new, %d updated", r.New, r.Updated)}
		if r.FeedsFailed > 0 {
			parts = append(parts, plural(r.FeedsFailed, "feed")+" failed")
		}
		if n := len(r.NewWatchedIDs); n > 0 {
			if i := m.tabs.setNewWatched(r.NewWatchedIDs); m.tabs.active == i {
				m.f.Alerts = slices.Clone(r.NewWatchedIDs) // shown by the reload below
			}
			parts = append(parts, fmt.Sprintf("★ %d new for watched companies: press %s to see them", n, first(m.c.keys.Alerts)))
		}
		if len(r.Errors) > 0 {
			parts = append(parts, r.Errors[0])
			isErr = true
		}
		status = strings.Join(parts, " · ")
	}
	return tea.Batch(m.setStatus(status, isErr), m.reload(), m.scheduleAuto(), warmCmd(m.st), m.viewCounts())
}

// refreshMsg handles the refresh's progress and end, the automatic
// refresh's timer and the spinner's ticks.
func (m *Model) refreshMsg(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case refreshProgressMsg:
		if msg.gen != m.refreshGen || !m.refreshing {
			return nil
		}
		m.progress = msg.p
		return listenProgress(msg.ch, msg.gen)
	case refreshDoneMsg:
		return m.refreshDone(msg)
	case autoRefreshMsg:
		if msg.gen != m.autoGen {
			return nil
		}
		if m.refreshing {
			return m.scheduleAuto()
		}
		if m.opts.Refresh == nil {
			return nil
		}
		return m.startRefresh(false)
	case spinTickMsg:
		if msg.gen != m.refreshGen || !m.refreshing {
			return nil
		}
		m.spin++
		return m.after(spinInterval, spinTickMsg{gen: msg.gen})
	}
	return nil
}
