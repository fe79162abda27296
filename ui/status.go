package ui

import (
	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/sanitize"
)

// clearStatus removes the status message; a pending clear timer for it
// becomes stale.
func (m *Model) clearStatus() {
	m.status, m.statusErr = "", false
	m.statusGen++
}

// setStatus shows a one-line message in the status bar for a while,
// replacing the previous one.
func (m *Model) setStatus(text string, isErr bool) tea.Cmd {
	m.status = sanitize.Line(text)
	m.statusErr = isErr
	m.statusGen++
	ttl := statusTTL
	if isErr {
		ttl = errorTTL
	}
	return m.after(ttl, statusClearMsg{gen: m.statusGen})
}

// statusMsg handles the messages that only report in the status bar: a
// status line's timer, a link opened or copied, the watchlist saved.
func (m *Model) statusMsg(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case statusClearMsg:
		if msg.gen == m.statusGen {
			m.clearStatus()
		}
	case linkDoneMsg:
		if msg.err != nil {
			return m.setStatus(msg.err.Error(), true)
		}
		if msg.read != nil {
			return tea.Batch(m.setStatus(msg.what, false), m.acts.setFlag(*msg.read, true, false, false, true))
		}
		return m.setStatus(msg.what, false)
	case watchSavedMsg:
		if msg.err != nil {
			return m.setStatus(msg.err.Error(), true)
		}
	}
	return nil
}
