package ui

import (
	"strings"
	"unicode"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
)

// lineInput is a one-line text field. (bubbles/textinput would pull in a
// clipboard module that is not in go.sum, so this small editor stands in.)
type lineInput struct {
	prompt      string
	placeholder string
	value       []rune
	pos         int
	limit       int
	focused     bool
	style       lipgloss.Style // placeholder style
	cursor      lipgloss.Style
}

func newLineInput(prompt, placeholder string, st Styles) lineInput {
	return lineInput{prompt: prompt, placeholder: placeholder, limit: 200, style: st.Placeholder, cursor: st.Cursor}
}

func (in *lineInput) setValue(s string) {
	s = strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
	in.value = []rune(s)
	if in.limit > 0 && len(in.value) > in.limit {
		in.value = in.value[:in.limit]
	}
	in.pos = len(in.value)
}

func (in lineInput) text() string { return string(in.value) }

// update edits the value on a key: printable runes insert; backspace,
// delete, left, right, home, end, ctrl+u and ctrl+w edit.
func (in lineInput) update(msg tea.KeyMsg) lineInput {
	switch msg.Type {
	case tea.KeyRunes, tea.KeySpace:
		runes := msg.Runes
		if msg.Type == tea.KeySpace {
			runes = []rune{' '}
		}
		var clean []rune
		for _, r := range runes {
			if !unicode.IsControl(r) {
				clean = append(clean, r)
			}
		}
		if in.limit > 0 && len(in.value)+len(clean) > in.limit {
			clean = clean[:max(in.limit-len(in.value), 0)]
		}
		v := make([]rune, 0, len(in.value)+len(clean))
		v = append(v, in.value[:in.pos]...)
		v = append(v, clean...)
		v = append(v, in.value[in.pos:]...)
		in.value = v
		in.pos += len(clean)
	case tea.KeyBackspace, tea.KeyCtrlH:
		if in.pos > 0 {
			in.value = append(in.value[:in.pos-1:in.pos-1], in.value[in.pos:]...)
			in.pos--
		}
	case tea.KeyDelete, tea.KeyCtrlD:
		if in.pos < len(in.value) {
			in.value = append(in.value[:in.pos:in.pos], in.value[in.pos+1:]...)
		}
	case tea.KeyLeft, tea.KeyCtrlB:
		in.pos = max(in.pos-1, 0)
	case tea.KeyRight, tea.KeyCtrlF:
		in.pos = min(in.pos+1, len(in.value))
	case tea.KeyHome, tea.KeyCtrlA:
		in.pos = 0
	case tea.KeyEnd, tea.KeyCtrlE:
		in.pos = len(in.value)
	case tea.KeyCtrlU:
		in.value = append([]rune(nil), in.value[in.pos:]...)
		in.pos = 0
	case tea.KeyCtrlW:
		i := in.pos
		for i > 0 && in.value[i-1] == ' ' {
			i--
		}
		for i > 0 && in.value[i-1] != ' ' {
			i--
		}
		in.value = append(append([]rune(nil), in.value[:i]...), in.value[in.pos:]...)
		in.pos = i
	}
	return in
}

// view renders the prompt and value in at most w cells, scrolled so the
// cursor stays visible.
func (in lineInput) view(w int) string {
	if len(in.value) == 0 {
		cur := " "
		if in.focused {
			cur = in.cursor.Render(" ")
		}
		return fit(in.prompt+cur+in.style.Render(in.placeholder), w)
	}
	room := max(w-width(in.prompt)-1, 1)
	start := 0
	for width(string(in.value[start:in.pos])) > room-1 && start < in.pos {
		start++
	}
	before := string(in.value[start:in.pos])
	at, after := " ", ""
	if in.pos < len(in.value) {
		at = string(in.value[in.pos])
		after = string(in.value[in.pos+1:])
	}
	if in.focused {
		at = in.cursor.Render(at)
	}
	return fit(in.prompt+before+at+after, w)
}
