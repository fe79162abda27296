package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Update routes a message to the part of the reader it concerns.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if m.st == nil {
		if k, ok := msg.(tea.KeyMsg); ok && (k.String() == "q" || k.String() == "ctrl+c") {
			return m, tea.Quit
		}
		if ws, ok := msg.(tea.WindowSizeMsg); ok {
			m.width, m.height = ws.Width, ws.Height
		}
		return m, nil
	}
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		// A taller list may show rows above the loaded page.
		return m, tea.Batch(m.firstFrame(), m.fetchPage())
	case tea.KeyMsg:
		if msg.Type == tea.KeyRunes && len(msg.Runes) > 1 && !msg.Paste {
			return m.handleRunes(msg)
		}
		return m.handleKey(msg)
	}
	cmd := m.handleMsg(msg)
	return m, cmd
}

// handleRunes handles keys that arrived in one read (Bubble Tea v1 delivers
// "jjj" as one message) as one key each, in order, so bindings match and
// text boxes still receive every character. Keys after a quit are dropped.
func (m Model) handleRunes(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	var cmds []tea.Cmd
	for i, r := range msg.Runes {
		k := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune{r}, Alt: msg.Alt && i == 0}
		if r == ' ' {
			k.Type = tea.KeySpace
		}
		nm, cmd := m.handleKey(k)
		m = nm.(Model)
		cmds = append(cmds, cmd)
		if m.quitting {
			break
		}
	}
	return m, tea.Batch(cmds...)
}

// handleKey routes a key to the part that owns it. An open text box or
// overlay takes every key (overlayKey). Otherwise, once no list query it
// must wait for is in flight (holdKey), the key goes to the first part
// that has it bound: the root's own navigation and focus keys (navKey),
// the tabs, the filters, the item actions, the keys that open an overlay
// (openKey); any other key moves the list's cursor or scrolls the focused
// pane (moveKey).
func (m Model) handleKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	cmd := m.routeKey(msg)
	return m, cmd
}

// routeKey is handleKey's routing; it returns the command of the part
// that took the key.
func (m *Model) routeKey(msg tea.KeyMsg) tea.Cmd {
	name := keyName(msg.String())
	if name == "ctrl+c" {
		return m.quit()
	}
	if cmd, ok := m.answerConfirm(name); ok {
		return cmd
	}
	if m.search.active || m.prompt.active || m.overlay != overlayNone {
		return m.overlayKey(msg)
	}
	if m.holdKey(name) {
		m.typeahead = append(m.typeahead, msg)
		return nil
	}
	if cmd, ok := m.navKey(name); ok {
		return cmd
	}
	if i, status, ok := m.tabs.update(name); ok {
		if i < 0 {
			return m.setStatus(status, false)
		}
		return m.switchView(i)
	}
	if f, e, ok := m.f.update(name, m.fkeys, m.tabs.views[m.tabs.active].Name, len(m.watch) > 0); ok {
		return m.filtersEdited(f, e)
	}
	if cmd, ok := m.itemKey(name); ok {
		return cmd
	}
	if cmd, ok := m.openKey(name); ok {
		return cmd
	}
	return m.moveKey(msg)
}

// filtersEdited installs filters a filter key changed: the list reloads
// and they are saved; the edit's status line shows.
func (m *Model) filtersEdited(f filters, e filterEdit) tea.Cmd {
	m.f = f
	var reload, status tea.Cmd
	if e.changed {
		reload = m.filtersChanged(true)
	}
	if e.status != "" {
		status = m.setStatus(e.status, false)
	}
	return tea.Batch(reload, status)
}

// handleMsg routes a message that is not a key or a resize to the part
// that owns it; the overlays' answers to a key come this way too.
func (m *Model) handleMsg(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case initMsg:
		return m.initLoaded(msg)
	case listLoadedMsg:
		return m.listLoaded(msg)
	case pageMsg:
		return m.pageLoaded(msg)
	case unreadFoundMsg:
		return m.unreadFound(msg)
	case itemMsg:
		return m.itemLoaded(msg)
	case countsMsg:
		m.countsLoaded(msg)
	case writeDoneMsg:
		return m.writeDone(msg)
	case flagSavedMsg:
		return m.flagSaved(msg)
	case viewCountsMsg:
		if err := m.tabs.setCounts(msg); err != nil {
			return m.setStatus(err.Error(), true)
		}
	case feedsMsg:
		m.feeds.set(msg)
	case mineralsMsg:
		m.mineral.set(msg)
	case promptCountsMsg:
		m.prompt.setCounts(msg, m.watch)
	case companiesMsg:
		return m.companiesLoaded(msg)
	case dictionaryMsg:
		return m.dictionaryLoaded(msg)
	case digestMsg:
		return m.digestLoaded(msg)
	case refreshProgressMsg, refreshDoneMsg, autoRefreshMsg, spinTickMsg:
		return m.refreshMsg(msg)
	case rescoreProgressMsg, rescoreDoneMsg:
		return m.rescoreMsg(msg)
	case statusClearMsg, linkDoneMsg, watchSavedMsg:
		return m.statusMsg(msg)
	case closeOverlayMsg, searchEditedMsg, searchKeptMsg, searchClearedMsg, queryEnteredMsg, viewNamedMsg,
		companiesChosenMsg, mineralsChosenMsg, digestJumpMsg, feedQueryMsg, watchToggleMsg, watchClosedMsg, linkChosenMsg:
		return m.overlayMsg(msg)
	}
	return nil
}

// holdKey reports whether the key must wait for the list query in flight: a
// list movement would otherwise act on the old list and be undone when the
// new one arrives, and keys after a held one (or typed while a digest jump
// loads) must not overtake it. Quit never waits.
func (m Model) holdKey(name keyName) bool {
	k := m.c.keys
	if !m.listLoading || key.Matches(name, k.Quit) {
		return false
	}
	if len(m.typeahead) > 0 || m.openOnLoad != 0 {
		return true
	}
	if key.Matches(name, k.NextUnread, k.PrevUnread, k.NextItem, k.PrevItem) {
		return true
	}
	return m.focus == focusList && key.Matches(name, k.Up, k.Down, k.PageUp, k.PageDown, k.HalfPageUp, k.HalfPageDown, k.Top, k.Bottom)
}

// replayTypeahead handles the keys held while the list loaded, in order,
// until one of them starts another list query (the rest wait for that).
func (m *Model) replayTypeahead() tea.Cmd {
	var cmds []tea.Cmd
	for len(m.typeahead) > 0 && !m.listLoading && !m.quitting {
		k := m.typeahead[0]
		m.typeahead = m.typeahead[1:]
		nm, cmd := m.handleKey(k)
		*m = nm.(Model)
		cmds = append(cmds, cmd)
	}
	if len(m.typeahead) == 0 {
		m.typeahead = nil
	}
	return tea.Batch(cmds...)
}

// handleKeys handles keys in order, as handleRunes does, for keys an
// overlay held while it loaded and handed back when it closed.
func (m *Model) handleKeys(keys []tea.KeyMsg) tea.Cmd {
	var cmds []tea.Cmd
	for _, k := range keys {
		if m.quitting {
			break
		}
		nm, cmd := m.handleKey(k)
		*m = nm.(Model)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

// quit stops the refresh, the rescore and the list query in flight, and quits.
func (m *Model) quit() tea.Cmd {
	m.quitting = true
	if m.refresh.cancel != nil {
		m.refresh.cancel()
	}
	if m.rescore.cancel != nil {
		m.rescore.cancel()
	}
	if m.queryCancel != nil {
		m.queryCancel()
	}
	return tea.Quit
}
