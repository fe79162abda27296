package ui

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/sahilm/fuzzy"

	"github.com/lode-reader/lode/internal/sanitize"
	"github.com/lode-reader/lode/internal/store"
)

// pickerModel chooses companies by fuzzy matching over the companies in the
// cache; several can be chosen.
type pickerModel struct {
	c       *common
	keys    *pickerKeys
	input   textinput.Model
	all     []store.CompanyCount
	names   []string   // sanitised names of all, for matching
	aliases [][]string // lower-cased aliases and ticker symbols of all
	matches []int      // indices into all, best first
	cursor  int
	top     int
	chosen  map[string]bool
	order   []string // chosen names in the order they were picked
	loading bool
	// held is the keys typed while the companies load that act on the
	// matches (space, enter, up, down), and every key after one, in order.
	held     []tea.KeyMsg
	width    int
	height   int
	errorMsg string
}

// companiesChosenMsg is the picker's enter: the list shows these companies'
// items (none clears the company filter).
type companiesChosenMsg struct{ names []string }

func newPicker(c *common) pickerModel {
	in := newTextInput("company: ", "type a name, ticker or alias", c.styles)
	in.Focus()
	return pickerModel{c: c, keys: new(c.keys.pickerKeys()), input: in, chosen: map[string]bool{}}
}

// open resets the picker with the companies already in the filter.
func (p *pickerModel) open(current []string) {
	p.input.SetValue("")
	p.chosen = map[string]bool{}
	p.order = nil
	for _, c := range current {
		p.chosen[c] = true
		p.order = append(p.order, c)
	}
	p.cursor, p.top = 0, 0
	p.loading = true
	p.held = nil
	p.errorMsg = ""
	p.all, p.names, p.matches = nil, nil, nil
}

// setCompanies installs the loaded company counts and then handles the keys
// held while they loaded, as if they were typed now. When one of them
// applies or cancels, it returns what that asks of the root and the keys
// after it, which belong to the reader.
func (p *pickerModel) setCompanies(cc []store.CompanyCount, err error) (tea.Msg, []tea.KeyMsg) {
	p.loading = false
	if err != nil {
		p.errorMsg = err.Error()
	}
	p.all = cc
	p.names = make([]string, len(cc))
	for i, c := range cc {
		p.names[i] = sanitize.Line(c.Name)
	}
	p.setAliases()
	p.filter()
	held := p.held
	p.held = nil
	for i, k := range held {
		var out tea.Msg
		if *p, out = p.update(k); out != nil {
			return out, held[i+1:]
		}
	}
	return nil, nil
}

// setAliases indexes the loaded companies' aliases and tickers from the
// reader's company names.
func (p *pickerModel) setAliases() {
	p.aliases = make([][]string, len(p.all))
	for i, c := range p.all {
		for _, a := range p.c.names[c.Name] {
			p.aliases[i] = append(p.aliases[i], strings.ToLower(a))
		}
	}
}

// namesArrived matches the company dictionary's aliases and tickers once
// it is built: an open picker re-filters what is typed, keeping the
// highlighted company when it still matches.
func (p *pickerModel) namesArrived() {
	if p.loading || p.all == nil {
		return
	}
	var keep string
	if len(p.matches) > 0 {
		keep = p.all[p.matches[p.cursor]].Name
	}
	p.setAliases()
	p.filter()
	if i := slices.IndexFunc(p.matches, func(j int) bool { return p.all[j].Name == keep }); i >= 0 {
		p.cursor = i
		if rows := p.listHeight(); rows > 0 && p.cursor >= p.top+rows {
			p.top = p.cursor - rows + 1
		}
	}
}

func (p *pickerModel) setSize(w, h int) {
	p.width, p.height = max(w, 0), max(h, 0)
	setInputWidth(&p.input, p.width)
	p.scroll()
}

// matchTier ranks how name contains the lower-case pattern: 0 a word of the
// name starts with it, 1 it appears inside a word, 2 only fuzzily.
func matchTier(name, pattern string) int {
	low := strings.ToLower(name)
	for _, w := range strings.FieldsFunc(low, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if strings.HasPrefix(w, pattern) {
			return 0
		}
	}
	if strings.HasPrefix(low, pattern) {
		return 0
	}
	if strings.Contains(low, pattern) {
		return 1
	}
	return 2
}

func (p *pickerModel) filter() {
	pattern := strings.TrimSpace(p.input.Value())
	p.matches = p.matches[:0]
	if pattern == "" {
		for i := range p.all {
			p.matches = append(p.matches, i)
		}
	} else {
		lp := strings.ToLower(pattern)
		seen := make(map[int]bool)
		for _, m := range fuzzy.Find(pattern, p.names) {
			p.matches = append(p.matches, m.Index)
			seen[m.Index] = true
		}
		// A ticker or alias ("LYC", "Lynas") finds its company too.
		for i := range p.all {
			if !seen[i] && p.aliasTier(i, lp) < 2 {
				p.matches = append(p.matches, i)
			}
		}
		// Fuzzy scores favour early, adjacent letters; a trader typing
		// "li" means a word that starts with it (Ganfeng Lithium) before
		// letters scattered across a name (Almonty Industries). An exact
		// ticker or alias comes first of all.
		tier := func(i int) int { return min(matchTier(p.names[i], lp), p.aliasTier(i, lp)) }
		slices.SortStableFunc(p.matches, func(a, b int) int { return cmp.Compare(tier(a), tier(b)) })
	}
	p.cursor = clamp(p.cursor, 0, max(len(p.matches)-1, 0))
	p.top = 0
}

// aliasTier ranks how company i's aliases and tickers match the
// lower-case pattern: -1 one equals it, 0 one starts with it, 2 none.
func (p pickerModel) aliasTier(i int, pattern string) int {
	t := 2
	for _, a := range p.aliases[i] {
		switch {
		case a == pattern:
			return -1
		case strings.HasPrefix(a, pattern):
			t = 0
		}
	}
	return t
}

// spaceTicks reports whether msg is a space that ticks rather than types:
// one typed before any text. After text a space is part of the query
// ("china rare").
func (p pickerModel) spaceTicks(msg tea.KeyMsg) bool {
	return msg.Type == tea.KeySpace && strings.TrimSpace(p.input.Value()) == ""
}

// ticked is the companies ticked with space, in the order they were picked.
func (p pickerModel) ticked() []string {
	var out []string
	for _, n := range p.order {
		if p.chosen[n] {
			out = append(out, n)
		}
	}
	return out
}

// highlighted is the company enter applies when none is ticked: the one
// under the cursor once something is typed.
func (p pickerModel) highlighted() (string, bool) {
	if len(p.matches) == 0 || strings.TrimSpace(p.input.Value()) == "" {
		return "", false
	}
	return p.all[p.matches[p.cursor]].Name, true
}

// selection is what enter applies: the ticked companies, or the highlighted
// one when none is ticked (none at all clears the company filter).
func (p pickerModel) selection() []string {
	out := p.ticked()
	if len(out) == 0 {
		if name, ok := p.highlighted(); ok {
			out = append(out, name)
		}
	}
	return out
}

// update handles a key: enter applies the selection (companiesChosenMsg),
// esc closes the picker (closeOverlayMsg), anything else edits the query or
// moves and ticks; nil asks nothing of the root.
func (p pickerModel) update(msg tea.KeyMsg) (pickerModel, tea.Msg) {
	k := p.keys
	if key.Matches(msg, k.Cancel) {
		p.held = nil
		return p, closeOverlayMsg{}
	}
	if p.loading && (len(p.held) > 0 || key.Matches(msg, k.Apply, k.Toggle, k.PickUp, k.PickDown) || p.spaceTicks(msg)) {
		// Typing goes into the box at once; what acts on the matches
		// waits for them, and so does everything typed after it.
		p.held = append(p.held, msg)
		return p, nil
	}
	switch {
	case key.Matches(msg, k.Apply):
		return p, companiesChosenMsg{names: p.selection()}
	case key.Matches(msg, k.PickUp):
		p.cursor = max(p.cursor-1, 0)
	case key.Matches(msg, k.PickDown):
		p.cursor = clamp(p.cursor+1, 0, max(len(p.matches)-1, 0))
	case key.Matches(msg, k.Toggle), p.spaceTicks(msg):
		if len(p.matches) > 0 {
			name := p.all[p.matches[p.cursor]].Name
			if p.chosen[name] {
				delete(p.chosen, name)
				p.order = slices.DeleteFunc(p.order, func(n string) bool { return n == name })
			} else {
				p.chosen[name] = true
				p.order = append(p.order, name)
			}
		}
	default:
		before := p.input.Value()
		p.input, _ = p.input.Update(msg)
		if p.input.Value() != before {
			p.cursor = 0
			p.filter()
		}
	}
	p.scroll()
	return p, nil
}

// scroll keeps the cursor's row in the list's rows, with no blank rows
// below the last match while matches are hidden above.
func (p *pickerModel) scroll() {
	rows := p.listHeight()
	if p.cursor < p.top {
		p.top = p.cursor
	}
	if rows > 0 && p.cursor >= p.top+rows {
		p.top = p.cursor - rows + 1
	}
	p.top = clamp(p.top, 0, max(len(p.matches)-max(rows, 1), 0))
}

func (p pickerModel) listHeight() int { return max(p.height-3, 0) }

// view renders exactly height lines of exactly width cells.
func (p pickerModel) view() []string {
	st := p.c.styles
	k := p.keys
	w := p.width
	var out []string
	tick, apply, cancel := first(k.Toggle), first(k.Apply), first(k.Cancel)
	title := st.Heading.Render("Companies")
	hints := []string{fmt.Sprintf("%d chosen", len(p.ticked())), tick + " ticks another", apply + " applies", cancel + " cancels"}
	if len(p.ticked()) == 0 {
		enter := apply + ": all companies"
		if name, ok := p.highlighted(); ok {
			enter = apply + ": filter by " + sanitize.Line(name)
		}
		hints = []string{"0 chosen", enter, tick + " ticks to choose several", cancel + " cancels"}
	}
	out = append(out, fit(title+st.Dim.Render(hintsFit(w-width(title), hints...)), w))
	out = append(out, inputView(p.input, w))
	switch {
	case p.loading:
		out = append(out, fit(st.Placeholder.Render("  Loading companies…"), w))
	case p.errorMsg != "":
		out = append(out, fit(st.StatusError.Render("  error: "+sanitize.Line(p.errorMsg)), w))
	case len(p.all) == 0:
		out = append(out, fit(st.Empty.Render("  No companies in the cache yet."), w))
	case len(p.matches) == 0:
		none := "  No company matches."
		if p.c.namesPending {
			none += " Tickers and aliases are loading…"
		}
		out = append(out, fit(st.Empty.Render(none), w))
	default:
		counted := fmt.Sprintf("  %d of %d companies", len(p.matches), len(p.all))
		if p.c.namesPending {
			counted += " · tickers and aliases loading…"
		}
		out = append(out, fit(st.Dim.Render(counted), w))
		for i := p.top; i < len(p.matches) && i < p.top+p.listHeight(); i++ {
			c := p.all[p.matches[i]]
			out = append(out, chooserRow(st.RowSelected, p.names[p.matches[i]], c, i == p.cursor, p.chosen[c.Name], w))
		}
	}
	return fillBox(out, w, p.height)
}

// chooserRow is one row of a chooser (companies, minerals): cursor, tick
// box and name on the left, how many items and unread on the right, the
// whole row highlighted under the cursor.
func chooserRow(selected lipgloss.Style, name string, c store.CompanyCount, cursor, ticked bool, w int) string {
	box := "[ ]"
	if ticked {
		box = "[x]"
	}
	cur := "  "
	if cursor {
		cur = "› "
	}
	stats := fmt.Sprintf(" %s · %s unread", plural(c.Items, "item"), count(c.Unread))
	line := spread(cur+box+" "+name, stats, w)
	if cursor {
		line = selected.Render(line)
	}
	return line
}
