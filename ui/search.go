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

// searchEditedMsg is the search box's text after a key changed it: the
// list shows what it matches.
type searchEditedMsg struct{ text string }

// searchKeptMsg is enter in the search box: keep the search, back to the list.
type searchKeptMsg struct{}

// searchClearedMsg is esc in the search box: clear the search.
type searchClearedMsg struct{}

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

// update edits the search; what it asks of the root is one of
// searchEditedMsg, searchKeptMsg and searchClearedMsg, or nil.
func (s searchModel) update(msg tea.KeyMsg) (searchModel, tea.Msg) {
	k := s.keys
	switch {
	case key.Matches(msg, k.Cancel):
		s.input.SetValue("")
		s.close()
		return s, searchClearedMsg{}
	case key.Matches(msg, k.Apply):
		s.close()
		return s, searchKeptMsg{}
	}
	before := s.input.Value()
	s.input, _ = s.input.Update(msg)
	if v := s.input.Value(); v != before {
		return s, searchEditedMsg{text: v}
	}
	return s, nil
}

func (s searchModel) view() string { return inputView(s.input, s.width) }
