package ui

import (
	"fmt"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// The links list and the watch chooser share one cursor: down, up, top and
// bottom move it in both, and a list longer than its box scrolls so the
// selected row stays on screen.
func TestListCursorKeepsSelectionInView(t *testing.T) {
	lipgloss.SetColorProfile(termenv.Ascii)
	c := &common{styles: DefaultStyles(NewRenderer(nil, false), false), keys: DefaultKeyMap()}
	keyMsg := func(s string) tea.KeyMsg {
		switch s {
		case "down":
			return tea.KeyMsg{Type: tea.KeyDown}
		case "up":
			return tea.KeyMsg{Type: tea.KeyUp}
		}
		return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)}
	}
	selected := func(view []string) string {
		for _, l := range view {
			if strings.Contains(l, "›") {
				return strings.TrimSpace(l)
			}
		}
		return ""
	}

	var links []string
	for i := range 30 {
		links = append(links, fmt.Sprintf("https://wire.example/%02d", i+1))
	}
	l := newLinks(c)
	l.open("Lynas output", links)
	l.setSize(60, 10) // two heading lines, eight links
	for range 12 {
		l, _ = l.update(keyMsg("down"))
	}
	if got := selected(l.view()); !strings.Contains(got, "[13] https://wire.example/13") {
		t.Errorf("links after 12 downs: selected row %q, want [13] on screen", got)
	}
	for _, step := range []struct{ key, want string }{{"G", "[30]"}, {"up", "[29]"}, {"g", "[1]"}} {
		l, _ = l.update(keyMsg(step.key))
		if got := selected(l.view()); !strings.Contains(got, step.want+" ") {
			t.Errorf("links after %s: selected row %q, want %s", step.key, got, step.want)
		}
	}
	if _, open := l.update(keyMsg("3")); open != (linkChosenMsg{url: links[2]}) {
		t.Errorf("3 opens %q, want %q", open, links[2])
	}

	var names []string
	for i := range 12 {
		names = append(names, fmt.Sprintf("Company %02d", i+1))
	}
	w := newWatch(c)
	w.open(names)
	w.setSize(60, 6) // two heading lines, four companies
	for _, step := range []struct{ key, want string }{{"down", "Company 02"}, {"G", "Company 12"}, {"up", "Company 11"}, {"g", "Company 01"}} {
		w, _ = w.update(keyMsg(step.key))
		view := w.view(map[string]bool{})
		if got := selected(view); !strings.Contains(got, step.want) {
			t.Errorf("watch after %s: selected row %q, want %s on screen", step.key, got, step.want)
		}
		if len(view) != 6 {
			t.Errorf("watch view has %d lines, want 6", len(view))
		}
	}
	w, _ = w.update(keyMsg("G"))
	if _, toggle := w.update(tea.KeyMsg{Type: tea.KeySpace}); toggle != (watchToggleMsg{name: "Company 12"}) {
		t.Errorf("space toggles %q, want Company 12", toggle)
	}
}
