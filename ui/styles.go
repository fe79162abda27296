package ui

import "github.com/charmbracelet/lipgloss"

// Styles are every style the reader draws with. Colour is never the only
// carrier of information: markers (●, ⚑F, ◆, ★, ▶) and words say the same.
type Styles struct {
	Header      lipgloss.Style
	Filters     lipgloss.Style
	Status      lipgloss.Style
	StatusError lipgloss.Style
	Offline     lipgloss.Style

	Row         lipgloss.Style
	RowSelected lipgloss.Style
	RowRead     lipgloss.Style
	Unread      lipgloss.Style
	Flag        lipgloss.Style
	Watched     lipgloss.Style
	Star        lipgloss.Style
	Chip        lipgloss.Style
	Dim         lipgloss.Style

	MetaTitle lipgloss.Style
	Link      lipgloss.Style

	PaneTitle        lipgloss.Style
	PaneTitleFocused lipgloss.Style
	Rule             lipgloss.Style
	Derived          lipgloss.Style
	Placeholder      lipgloss.Style
	Match            lipgloss.Style

	Heading lipgloss.Style
	Empty   lipgloss.Style
}

// DefaultStyles returns the reader's styles with adaptive colours for light
// and dark terminals, or with no colour at all when noColor is set (NO_COLOR):
// then only attributes such as bold, faint, italic and reverse are used.
func DefaultStyles(noColor bool) Styles {
	s := lipgloss.NewStyle
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
	}
	if noColor {
		// Without colour the selected row needs an attribute of its own.
		st.RowSelected = s().Reverse(true)
	}
	return st
}
