package ui

import (
	"io"

	"github.com/charmbracelet/bubbles/help"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
	"golang.org/x/term"
)

// Styles are every style the reader draws with. Colour is never the only
// carrier of information: markers (●, ⚑F, ◆, ★, ▶) and words say the same.
type Styles struct {
	// Header styles the "lode" name at the left of the header's first line.
	Header lipgloss.Style
	// Filters styles the header's second line: counts, sort, query, watchlist.
	Filters lipgloss.Style
	// Status styles the status bar's refresh state and its "? help".
	Status lipgloss.Style
	// StatusError styles an error in the status bar and in the digest,
	// feeds, minerals and picker views.
	StatusError lipgloss.Style
	// Offline styles the OFFLINE marker in the status bar.
	Offline lipgloss.Style

	// Row styles an unread item's title in the list.
	Row lipgloss.Style
	// RowSelected draws the selected row whole (list, digest, feeds, links);
	// without colour it is reverse video.
	RowSelected lipgloss.Style
	// RowRead styles a read item's title in the list.
	RowRead lipgloss.Style
	// Unread styles the ● unread marker.
	Unread lipgloss.Style
	// Flag styles the ⚑F marker of a flagged item.
	Flag lipgloss.Style
	// Watched styles the ◆ marker of an item about a watched company.
	Watched lipgloss.Style
	// Star styles the ★ marker of a starred item.
	Star lipgloss.Style
	// Chip styles the [Company] chips of an item's subjects.
	Chip lipgloss.Style
	// Mention styles the chips of companies an item names without being
	// about them (after the subjects, dimmer); Mineral the mineral chips.
	Mention lipgloss.Style
	Mineral lipgloss.Style
	// Dim styles secondary text: the feed name in a row, "+N more" after
	// chips, the hints beside a view's heading.
	Dim lipgloss.Style

	// MetaTitle styles the item's title above the panes.
	MetaTitle lipgloss.Style
	// Link styles the item's link and the links view's targets.
	Link lipgloss.Style

	// PaneTitle styles an unfocused pane's title and every pane's scroll position.
	PaneTitle lipgloss.Style
	// PaneTitleFocused styles the title of the pane that has focus.
	PaneTitleFocused lipgloss.Style
	// Rule styles the lines between panes and the status bar's separators.
	Rule lipgloss.Style
	// Derived styles highlights lode picked from the text, not the publisher's own.
	Derived lipgloss.Style
	// Placeholder styles "Loading…" lines, an empty pane's placeholder and
	// the input boxes' placeholder text.
	Placeholder lipgloss.Style
	// Match styles search matches in titles and panes.
	Match lipgloss.Style

	// Heading styles a full-screen view's heading and the digest's group headings.
	Heading lipgloss.Style
	// Empty styles the message of a view or list with nothing to show.
	Empty lipgloss.Style
	// Cursor styles the input boxes' cursor.
	Cursor lipgloss.Style

	// Help styles the key help line and the `?` overlay.
	Help help.Styles
}

// NewRenderer returns the renderer the reader draws with on out. nil means
// lipgloss's default renderer (what tests get: no terminal, plain text).
//
// When out is a terminal it is treated as one even where termenv's heuristics
// say otherwise (a CI variable in the environment turns every attribute off),
// because the reader only ever runs on a terminal. With noColor (NO_COLOR) the
// profile still allows attributes, so the selected row and search matches stay
// visible in reverse video while no colour is drawn; TERM=dumb keeps plain text.
func NewRenderer(out io.Writer, noColor bool) *lipgloss.Renderer {
	if out == nil {
		return lipgloss.DefaultRenderer()
	}
	tty := false
	if f, ok := out.(interface{ Fd() uintptr }); ok {
		tty = term.IsTerminal(int(f.Fd()))
	}
	r := lipgloss.NewRenderer(out, termenv.WithTTY(tty))
	p := r.Output().ColorProfile() // honours TERM, ignores NO_COLOR
	if noColor && p != termenv.Ascii {
		p = termenv.ANSI
	}
	r.SetColorProfile(p)
	return r
}

// DefaultStyles returns the reader's styles, rendered by r, with adaptive
// colours for light and dark terminals, or with no colour at all when noColor
// is set (NO_COLOR): then only attributes such as bold, faint, italic and
// reverse are used.
func DefaultStyles(r *lipgloss.Renderer, noColor bool) Styles {
	s := r.NewStyle
	col := func(light, dark string) lipgloss.TerminalColor {
		if noColor {
			return lipgloss.NoColor{}
		}
		return lipgloss.AdaptiveColor{Light: light, Dark: dark}
	}
	accent := col("#5A3FC0", "#B9A7FF")
	subtle := col("#6B6B6B", "#9A9A9A")
	warn := col("#B3261E", "#FF8A80")
	gold := col("#9A6700", "#FFD166")
	teal := col("#00796B", "#64D8CB")
	selBg := col("#E4DDFF", "#3B3162")

	st := Styles{
		Header:      s().Bold(true).Foreground(accent),
		Filters:     s().Foreground(subtle),
		Status:      s().Foreground(subtle),
		StatusError: s().Bold(true).Foreground(warn),
		Offline:     s().Bold(true).Reverse(true),

		Row:         s(),
		RowSelected: s().Bold(true).Background(selBg),
		RowRead:     s().Foreground(subtle),
		Unread:      s().Foreground(accent),
		Flag:        s().Bold(true).Foreground(warn),
		Watched:     s().Foreground(teal),
		Star:        s().Foreground(gold),
		Chip:        s().Foreground(teal),
		Mention:     s().Foreground(subtle).Faint(true),
		Mineral:     s().Foreground(gold),
		Dim:         s().Faint(true),

		MetaTitle: s().Bold(true),
		Link:      s().Foreground(accent),

		PaneTitle:        s().Foreground(subtle),
		PaneTitleFocused: s().Bold(true).Foreground(accent),
		Rule:             s().Foreground(subtle),
		Derived:          s().Faint(true).Italic(true),
		Placeholder:      s().Faint(true).Italic(true),
		Match:            s().Reverse(true).Bold(true),

		Heading: s().Bold(true),
		Empty:   s().Italic(true),
		Cursor:  s().Reverse(true),
	}
	key, desc, sep := s().Foreground(col("#909090", "#8A8A8A")), s().Foreground(col("#8A8A8A", "#6C6C6C")), s().Foreground(col("#C8C8C8", "#4A4A4A"))
	st.Help = help.Styles{ShortKey: key, ShortDesc: desc, ShortSeparator: sep, Ellipsis: sep, FullKey: key, FullDesc: desc, FullSeparator: sep}
	if noColor {
		// Without colour the selected row needs an attribute of its own.
		st.RowSelected = s().Reverse(true)
	}
	return st
}
