package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// refreshState is the reader's view of the feeds' refresh: the one running
// (its generation, cancel, progress and spinner frame), the last one's
// outcome, and the automatic refresh's timer.
type refreshState struct {
	running  bool
	gen      int
	cancel   context.CancelFunc
	progress Progress
	spin     int
	// last is when the feeds were last refreshed; offline is set when the
	// last refresh reached no feed.
	last    time.Time
	offline bool
	// autoGen numbers the automatic refresh's timers: only the latest acts.
	autoGen int
}

// startRefresh begins a background refresh; manual says a key asked for it.
func (m *Model) startRefresh(manual bool) tea.Cmd {
	if m.opts.Refresh == nil {
		if manual {
			return m.setStatus("refresh unavailable: no feeds configured (lode feeds add URL)", false)
		}
		return nil
	}
	if m.refresh.running {
		if manual {
			return m.setStatus("a refresh is already running", false)
		}
		return nil
	}
	m.refresh.running = true
	m.refresh.gen++
	m.refresh.progress = Progress{}
	m.clearStatus() // the progress replaces an older message or error
	m.list.empty = m.emptyText()
	ctx, cancel := context.WithCancel(context.Background())
	m.refresh.cancel = cancel
	return tea.Batch(refreshCmds(ctx, m.st, m.opts.Refresh, manual, m.refresh.gen), m.after(spinInterval, spinTickMsg{gen: m.refresh.gen}))
}

func (m *Model) scheduleAuto() tea.Cmd {
	if m.opts.RefreshEvery <= 0 {
		return nil
	}
	m.refresh.autoGen++
	return m.after(m.opts.RefreshEvery, autoRefreshMsg{gen: m.refresh.autoGen})
}

func (m *Model) refreshDone(msg refreshDoneMsg) tea.Cmd {
	if msg.gen != m.refresh.gen {
		return nil
	}
	m.refresh.running = false
	m.refresh.offline = msg.res.Offline
	if !msg.lastRefresh.IsZero() {
		m.refresh.last = msg.lastRefresh
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
		if msg.gen != m.refresh.gen || !m.refresh.running {
			return nil
		}
		m.refresh.progress = msg.p
		return listenProgress(msg.ch, msg.gen)
	case refreshDoneMsg:
		return m.refreshDone(msg)
	case autoRefreshMsg:
		if msg.gen != m.refresh.autoGen {
			return nil
		}
		if m.refresh.running {
			return m.scheduleAuto()
		}
		if m.opts.Refresh == nil {
			return nil
		}
		return m.startRefresh(false)
	case spinTickMsg:
		if msg.gen != m.refresh.gen || !m.refresh.running {
			return nil
		}
		m.refresh.spin++
		return m.after(spinInterval, spinTickMsg{gen: msg.gen})
	}
	return nil
}
