package ui

import "github.com/charmbracelet/bubbles/key"

// KeyMap holds every key binding of the reader; the help view is generated
// from the same bindings the code matches on.
type KeyMap struct {
	Up, Down, PageUp, PageDown, Top, Bottom key.Binding
	HalfPageUp, HalfPageDown                key.Binding

	Open, NextFocus, PrevFocus key.Binding
	Pane1, Pane2, Pane3        key.Binding

	Companies, ClearCompanies, Search key.Binding
	Flag, Unread, Star, Starred       key.Binding
	ToggleRead, MarkAllRead           key.Binding
	Watch, WatchView, Alerts          key.Binding

	OpenLink, CopyLink, Refresh key.Binding
	Body, Reasons, Digest       key.Binding

	Help, Back, Quit key.Binding

	// Toggle, Apply and Cancel are used inside the company picker and the search box.
	Toggle, Apply, Cancel key.Binding
	// PickUp and PickDown move in the picker while letters go to its input.
	PickUp, PickDown key.Binding
}

// DefaultKeyMap returns the reader's bindings: vim keys and arrows both work.
func DefaultKeyMap() KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Up:       b("↑/k", "up", "up", "k"),
		Down:     b("↓/j", "down", "down", "j"),
		PageUp:   b("pgup/ctrl+b", "page up", "pgup", "ctrl+b"),
		PageDown: b("pgdn/space/ctrl+f", "page down", "pgdown", "ctrl+f", " "),
		Top:      b("g", "top", "g", "home"),
		Bottom:   b("G", "bottom", "G", "end"),

		HalfPageUp:   b("ctrl+u", "half page up", "ctrl+u"),
		HalfPageDown: b("ctrl+d", "half page down", "ctrl+d"),

		Open:      b("enter", "read item", "enter"),
		NextFocus: b("tab", "next pane", "tab"),
		PrevFocus: b("shift+tab", "previous pane", "shift+tab"),
		Pane1:     b("1", "highlights", "1"),
		Pane2:     b("2", "analysis", "2"),
		Pane3:     b("3", "takeaway", "3"),

		Companies:      b("c", "companies", "c"),
		ClearCompanies: b("C", "clear companies", "C"),
		Search:         b("/", "search", "/"),
		Flag:           b("f", "flag filter", "f"),
		Unread:         b("u", "unread only", "u"),
		Star:           b("s", "star", "s"),
		Starred:        b("S", "starred only", "S"),
		ToggleRead:     b("m", "toggle read", "m"),
		MarkAllRead:    b("M", "mark visible read", "M"),
		Watch:          b("w", "watch companies", "w"),
		WatchView:      b("W", "watchlist view", "W"),
		Alerts:         b("n", "new for watched", "n"),

		OpenLink: b("o", "open link", "o"),
		CopyLink: b("y", "copy link", "y"),
		Refresh:  b("r", "refresh", "r"),
		Body:     b("b", "full text", "b"),
		Reasons:  b("i", "ideology reasons", "i"),
		Digest:   b("D", "digest", "D"),

		Help: b("?", "help", "?"),
		Back: b("esc", "back / clear", "esc"),
		Quit: b("q/ctrl+c", "quit", "q", "ctrl+c"),

		Toggle:   b("space", "toggle", " "),
		Apply:    b("enter", "apply", "enter"),
		Cancel:   b("esc", "cancel", "esc"),
		PickUp:   b("↑", "up", "up", "ctrl+p", "ctrl+k"),
		PickDown: b("↓", "down", "down", "ctrl+n", "ctrl+j"),
	}
}

// ShortHelp lists the bindings shown in the one-line help.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Down, k.Open, k.NextFocus, k.Companies, k.Search, k.Flag, k.Refresh, k.Help, k.Quit}
}

// FullHelp lists every binding, in groups, for the `?` view; the view lays
// them out in as many columns as fit.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.PageUp, k.PageDown, k.HalfPageUp, k.HalfPageDown, k.Top, k.Bottom, k.Open, k.NextFocus, k.PrevFocus},
		{k.Pane1, k.Pane2, k.Pane3, k.Body, k.Reasons, k.Digest, k.OpenLink, k.CopyLink, k.Refresh},
		{k.Companies, k.ClearCompanies, k.Search, k.Flag, k.Unread, k.Starred, k.WatchView, k.Alerts},
		{k.Star, k.ToggleRead, k.MarkAllRead, k.Watch, k.Help, k.Back, k.Quit},
	}
}
