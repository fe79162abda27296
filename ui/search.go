package ui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// searchModel is the full-text search box shown in the header while typing.
type searchModel struct {
	c      *common
	input  lineInput
	active bool
	width  int
}

// searchResult is what the search box asks the root to do after a key.
type searchResult int

const (
	searchStay    searchResult = iota
	searchChanged              // the text changed: run the query
	searchKeep                 // enter: keep the search, focus the list
	searchClear                // esc: clear the search
)

func newSearch(c *common) searchModel {
	return searchModel{c: c, input: newLineInput("/ ", "search titles and text · enter keeps · esc clears", c.styles)}
}

func (s *searchModel) open(current string) {
	s.active = true
	s.input.setValue(current)
	s.input.focused = true
}

func (s *searchModel) close() {
	s.active = false
	s.input.focused = false
}

func (s *searchModel) setWidth(w int) { s.width = max(w, 0) }

func (s searchModel) value() string { return s.input.text() }

func (s searchModel) update(msg tea.KeyMsg) (searchModel, searchResult) {
	k := s.c.keys
	switch {
	case key.Matches(msg, k.Cancel):
		s.input.setValue("")
		s.close()
		return s, searchClear
	case key.Matches(msg, k.Apply):
		s.close()
		return s, searchKeep
	}
	before := s.input.text()
	s.input = s.input.update(msg)
	if s.input.text() != before {
		return s, searchChanged
	}
	return s, searchStay
}

func (s searchModel) view() string { return s.input.view(s.width) }
