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
