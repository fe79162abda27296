package ui

import (
	"errors"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/query"
	"github.com/lode-reader/lode/internal/sanitize"
)

// clearStatus removes the status message; a pending clear timer for it
// becomes stale.
func (m *Model) clearStatus() {
	m.status, m.statusErr, m.statusQErr = "", false, nil
	m.statusGen++
}

// setStatus shows a one-line message in the status bar for a while,
// replacing the previous one.
func (m *Model) setStatus(text string, isErr bool) tea.Cmd {
	m.status = sanitize.Line(text)
	m.statusErr, m.statusQErr = isErr, nil
	m.statusGen++
	ttl := statusTTL
	if isErr {
		ttl = errorTTL
	}
	return m.after(ttl, statusClearMsg{gen: m.statusGen})
}

// setQueryErr shows a query that does not parse or resolve: its error
// with "query: " before it, which a narrow status line shortens keeping
// the bad token and the cause (queryErrFit).
func (m *Model) setQueryErr(err error) tea.Cmd {
	cmd := m.setStatus("query: "+err.Error(), true)
	var qe *query.Error
	if errors.As(err, &qe) {
		m.statusQErr = qe
	}
	return cmd
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
