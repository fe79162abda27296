package ui

import (
	"context"
	"slices"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
)

// Dictionary is what the reader learns once the company dictionary is
// built (Options.LoadDictionary).
type Dictionary struct {
	// Names maps a company's canonical name to its other names and ticker
	// symbols, as Options.CompanyNames.
	Names map[string][]string
	// Watchlist is the watched companies by canonical names; nil keeps
	// Options.Watchlist.
	Watchlist []string
	// Err, when set, is a problem met resolving the configuration that did
	// not stop the build (a watched company the dictionary does not know):
	// shown in the status line.
	Err error
}

// dictionaryMsg is Options.LoadDictionary's answer.
type dictionaryMsg struct {
	dict Dictionary
	err  error
}

// loadDictionary runs Options.LoadDictionary in a command; nil without it.
func (m *Model) loadDictionary() tea.Cmd {
	load := m.opts.LoadDictionary
	if load == nil {
		return nil
	}
	return func() tea.Msg {
		d, err := load(context.Background())
		return dictionaryMsg{dict: d, err: err}
	}
}

// dictionaryLoaded installs the companies' other names (the picker matches
// them from now on, the list's chips leave out names a title shows) and
// the canonical watchlist; an error is one line in the status bar, and the
// reader goes on with the names stored on items.
func (m *Model) dictionaryLoaded(msg dictionaryMsg) tea.Cmd {
	m.c.namesPending = false
	if msg.err != nil {
		return m.setStatus(msg.err.Error(), true)
	}
	m.c.names = msg.dict.Names
	m.picker.namesArrived()
	var cmds []tea.Cmd
	if w := msg.dict.Watchlist; w != nil && slices.Equal(m.watch, m.opts.Watchlist) && !sameFold(w, m.watch) {
		// The configured watchlist, read as written, named a company by
		// an alias or ticker: watch it by its canonical name (unless the
		// watchlist was edited meanwhile).
		m.watch = slices.Clone(w)
		m.list.watched = lowerSet(m.watch)
		cmds = append(cmds, m.reload(), m.viewCounts())
	}
	if msg.dict.Err != nil {
		cmds = append(cmds, m.setStatus(msg.dict.Err.Error(), true))
	}
	return tea.Batch(cmds...)
}

// sameFold reports whether a and b hold the same names, ignoring case.
func sameFold(a, b []string) bool {
	return len(a) == len(b) && !slices.ContainsFunc(a, func(n string) bool {
		return !slices.ContainsFunc(b, func(o string) bool { return strings.EqualFold(n, o) })
	})
}
