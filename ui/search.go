package ui

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
)

// searchModel is the full-text search box shown in the header while typing.
type searchModel struct {
	c      *common
	keys   *inputKeys
	input  textinput.Model
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
	return searchModel{c: c, keys: new(c.keys.inputKeys()), input: newTextInput("/ ", "search titles and text · enter keeps · esc clears", c.styles)}
}

func (s *searchModel) open(current string) {
	s.active = true
	s.input.SetValue(current)
	s.input.Focus()
}

func (s *searchModel) close() {
	s.active = false
	s.input.Blur()
}

func (s *searchModel) setWidth(w int) {
	s.width = max(w, 0)
	setInputWidth(&s.input, s.width)
}

func (s searchModel) value() string { return s.input.Value() }

func (s searchModel) update(msg tea.KeyMsg) (searchModel, searchResult) {
	k := s.keys
	switch {
	case key.Matches(msg, k.Cancel):
		s.input.SetValue("")
		s.close()
		return s, searchClear
	case key.Matches(msg, k.Apply):
		s.close()
		return s, searchKeep
	}
	before := s.input.Value()
	s.input, _ = s.input.Update(msg)
	if s.input.Value() != before {
		return s, searchChanged
	}
	return s, searchStay
}

func (s searchModel) view() string { return inputView(s.input, s.width) }
