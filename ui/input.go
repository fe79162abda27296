package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/cursor"
	"github.com/charmbracelet/bubbles/textinput"
	"github.com/charmbracelet/lipgloss"
)

// inputLimit caps what a text box holds, in characters.
const inputLimit = 200

// newTextInput returns a one-line text field (bubbles/textinput) drawn in
// the reader's styles: a steady cursor, so no blink timer runs, and at most
// inputLimit characters. Control characters typed or pasted are dropped by
// textinput itself. ctrl+v is left out: it would read the system clipboard,
// while a terminal paste arrives as typed text anyway.
func newTextInput(prompt, placeholder string, st Styles) textinput.Model {
	in := textinput.New()
	in.Prompt = prompt
	in.Placeholder = placeholder
	in.CharLimit = inputLimit
	in.PromptStyle = lipgloss.NewStyle()
	in.TextStyle = lipgloss.NewStyle()
	in.PlaceholderStyle = st.Placeholder
	in.Cursor.Style = st.Cursor
	in.Cursor.TextStyle = lipgloss.NewStyle()
	in.Cursor.SetMode(cursor.CursorStatic)
	in.KeyMap.Paste.SetEnabled(false)
	return in
}

// setInputWidth sizes in so that its prompt, text and cursor fit w cells.
func setInputWidth(in *textinput.Model, w int) {
	in.Width = max(w-width(in.Prompt)-1, 1)
}

// inputView renders in within exactly w cells. textinput takes the
// prompt's width off Width a second time for the placeholder, which cut it
// short of the room ("save query as tab named: L"): an empty box gets that
// width back. The placeholder's " · " hints go in whole, the first cut
// after a word when even it does not fit.
func inputView(in textinput.Model, w int) string {
	if in.Value() == "" && in.Placeholder != "" {
		in.Width += width(in.Prompt)
		in.Placeholder = placeholderFit(in.Placeholder, w-width(in.Prompt)-1)
	}
	return fit(in.View(), w)
}

// placeholderFit is the " · "-separated hints of placeholder that fit in
// w cells, each whole; the first cut after a whole word when it alone is
// too wide.
func placeholderFit(placeholder string, w int) string {
	parts := strings.Split(placeholder, " · ")
	if width(parts[0]) > w {
		return truncWords(parts[0], w)
	}
	return appendFit(parts[0], " · ", w, parts[1:]...)
}
