package ui

import (
	"context"
	"fmt"
	"slices"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/sanitize"
	"github.com/lode-reader/lode/internal/store"
)

// mineralsModel chooses the minerals the list is filtered by, from the
// minerals the cached items are about, with their counts. Several can be
// ticked; an item about any of them is shown.
type mineralsModel struct {
	c       *common
	keys    *mineralKeys
	all     []store.CompanyCount
	chosen  []string
	cursor  int
	loading bool
	err     string
	width   int
	height  int
}

// mineralsMsg carries the cache's mineral counts to the chooser.
type mineralsMsg struct {
	counts []store.CompanyCount
	err    error
}

// mineralsCmd loads the mineral counts off the UI goroutine.
func mineralsCmd(st Store) tea.Cmd {
	return func() tea.Msg {
		cc, err := st.MineralCounts(context.Background())
		return mineralsMsg{counts: cc, err: err}
	}
}

func newMinerals(c *common) mineralsModel {
	return mineralsModel{c: c, keys: new(c.keys.mineralKeys())}
}

// open resets the chooser with the minerals already in the filter.
func (p *mineralsModel) open(current []string) {
	p.chosen = slices.Clone(current)
	p.cursor, p.loading, p.err, p.all = 0, true, "", nil
}

// set installs the loaded counts.
func (p *mineralsModel) set(msg mineralsMsg) {
	p.loading = false
	if msg.err != nil {
		p.err = msg.err.Error()
		return
	}
	p.all = msg.counts
	p.cursor = min(p.cursor, max(len(p.all)-1, 0))
}

func (p *mineralsModel) setSize(w, h int) { p.width, p.height = w, h }

// mineralsChosenMsg is the mineral chooser's enter: the list shows items
// about any of these minerals (none clears the mineral filter).
type mineralsChosenMsg struct{ names []string }

// update handles a key: enter applies the ticked minerals
// (mineralsChosenMsg), esc or the chooser's key closes it (closeOverlayMsg).
func (p mineralsModel) update(msg tea.KeyMsg) (mineralsModel, tea.Msg) {
	k := p.keys
	switch {
	case key.Matches(msg, k.Cancel), key.Matches(msg, k.Minerals):
		return p, closeOverlayMsg{}
	case key.Matches(msg, k.Apply):
		return p, mineralsChosenMsg{names: p.selection()}
	case key.Matches(msg, k.Up), key.Matches(msg, k.PickUp):
		p.cursor = max(p.cursor-1, 0)
	case key.Matches(msg, k.Down), key.Matches(msg, k.PickDown):
		p.cursor = min(p.cursor+1, max(len(p.all)-1, 0))
	case key.Matches(msg, k.Toggle), msg.String() == " ":
		if p.cursor < len(p.all) {
			name := p.all[p.cursor].Name
			if i := slices.Index(p.chosen, name); i >= 0 {
				p.chosen = slices.Delete(p.chosen, i, i+1)
			} else {
				p.chosen = append(p.chosen, name)
			}
		}
	}
	return p, nil
}

// selection is the ticked minerals, in the order ticked.
func (p mineralsModel) selection() []string { return slices.Clone(p.chosen) }

// view draws the chooser in its box.
func (p mineralsModel) view() []string {
	st := p.c.styles
	w := p.width
	k := p.keys
	title := st.Heading.Render("Minerals")
	head := hintsFit(w-width(title), fmt.Sprintf("%d chosen", len(p.chosen)), first(k.Toggle)+" or space ticks",
		first(k.Apply)+" applies", first(k.Cancel)+" cancels")
	out := []string{fit(title+st.Dim.Render(head), w)}
	switch {
	case p.loading:
		out = append(out, fit(st.Dim.Render("loading…"), w))
	case p.err != "":
		out = append(out, fit(st.StatusError.Render("cannot count minerals: "+sanitize.Line(p.err)), w))
	case len(p.all) == 0:
		out = append(out, fit(st.Empty.Render("no item is tagged with a mineral yet"), w))
	}
	top := 0
	if room := p.height - 1; room > 0 && p.cursor >= room {
		top = p.cursor - room + 1
	}
	for i := top; i < len(p.all) && len(out) < p.height; i++ {
		c := p.all[i]
		out = append(out, chooserRow(st.RowSelected, sanitize.Line(c.Name), c, i == p.cursor, slices.Contains(p.chosen, c.Name), w))
	}
	return fillBox(out, w, p.height)
}
