package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/viewport"
	tea "github.com/charmbracelet/bubbletea"
)

// paneModel is one titled, scrollable text pane; the reader uses it for
// Highlights, Analysis and Takeaway, and for the full text and the ideology
// reasons.
type paneModel struct {
	c        *common
	title    string // fixed name, never cut: "Highlights"
	subtitle string // optional, cut first: "Fact vs. Function", "(derived)"
	// text is sanitised plain text; dim renders it faint (derived highlights),
	// placeholder renders it as a placeholder in italics.
	text        string
	dim         bool
	placeholder bool
	terms       []string
	focused     bool
	width       int
	height      int // including the title line
	vp          viewport.Model
	keys        *moveKeys
}

func newPane(c *common, title string) paneModel {
	vp := viewport.New(0, 0)
	vp.MouseWheelEnabled = false
	return paneModel{c: c, title: title, vp: vp, keys: new(c.keys.moveKeys())}
}

// setSize gives the pane its box; the text is rewrapped only when the width
// changes.
func (p *paneModel) setSize(w, h int) {
	p.setWidth(w)
	p.setHeight(h)
}

// setWidth rewraps the text when w differs from the current width, so
// lines() is ready before the heights are decided.
func (p *paneModel) setWidth(w int) {
	w = max(w, 0)
	if w == p.width {
		return
	}
	p.width = w
	p.vp.Width = w
	p.render()
}

// setHeight sets the pane's height, title line included, keeping the scroll
// position where it still fits.
func (p *paneModel) setHeight(h int) {
	p.height = max(h, 0)
	p.vp.Height = max(p.height-1, 0)
	p.vp.SetYOffset(p.vp.YOffset)
}

// lines is the number of lines the text wraps to at the pane's width; it is
// computed when the text or the width changes, not here.
func (p paneModel) lines() int {
	if p.width <= 0 || p.text == "" {
		return 0
	}
	return p.vp.TotalLineCount()
}

// setContent replaces the text and scrolls to the top.
func (p *paneModel) setContent(subtitle, text string, dim, placeholder bool) {
	p.subtitle, p.text, p.dim, p.placeholder = subtitle, text, dim, placeholder
	p.render()
	p.vp.GotoTop()
}

// setTerms changes the highlighted search terms, keeping the scroll position.
func (p *paneModel) setTerms(terms []string) {
	if strings.Join(terms, "\x00") == strings.Join(p.terms, "\x00") {
		return
	}
	p.terms = terms
	p.render()
}

func (p *paneModel) render() {
	if p.width <= 0 {
		p.vp.SetContent("")
		return
	}
	st := p.c.styles
	lines := wrapText(p.text, p.width)
	for i, l := range lines {
		switch {
		case p.placeholder:
			l = st.Placeholder.Render(l)
		case p.dim:
			l = highlight(l, p.terms, st.Match)
			l = st.Derived.Render(l)
		default:
			l = highlight(l, p.terms, st.Match)
		}
		lines[i] = l
	}
	y := p.vp.YOffset
	p.vp.SetContent(strings.Join(lines, "\n"))
	p.vp.SetYOffset(y)
}

// update scrolls the pane on movement keys.
func (p paneModel) update(msg tea.KeyMsg) paneModel {
	k := p.keys
	switch {
	case key.Matches(msg, k.Up):
		p.vp.ScrollUp(1)
	case key.Matches(msg, k.Down):
		p.vp.ScrollDown(1)
	case key.Matches(msg, k.PageUp):
		p.vp.PageUp()
	case key.Matches(msg, k.PageDown):
		p.vp.PageDown()
	case key.Matches(msg, k.HalfPageUp):
		p.vp.HalfPageUp()
	case key.Matches(msg, k.HalfPageDown):
		p.vp.HalfPageDown()
	case key.Matches(msg, k.Top):
		p.vp.GotoTop()
	case key.Matches(msg, k.Bottom):
		p.vp.GotoBottom()
	}
	return p
}

// titleLine is the pane's title with a focus marker, a rule and the scroll
// position; the fixed title is never cut, the subtitle is cut first.
func (p paneModel) titleLine() string {
	st := p.c.styles
	w := p.width
	marker := "  "
	style := st.PaneTitle
	if p.focused {
		marker = "▶ "
		style = st.PaneTitleFocused
	}
	pos := ""
	if total := p.vp.TotalLineCount(); total > p.vp.Height && p.vp.Height > 0 {
		pos = fmt.Sprintf(" %d%%", int(p.vp.ScrollPercent()*100+0.5))
	}
	base := marker + p.title
	if width(base) > w {
		return fit(style.Render(trunc(base, w)), w)
	}
	sub := ""
	if p.subtitle != "" {
		sep := ": "
		if strings.HasPrefix(p.subtitle, "(") {
			sep = " "
		}
		room := w - width(base) - width(pos) - 2
		if room >= 4 {
			sub = trunc(sep+p.subtitle, room)
		}
	}
	head := base + sub
	if width(head)+width(pos) > w {
		pos = ""
	}
	fill := w - width(head) - width(pos)
	rule := ""
	if fill > 1 {
		rule = " " + strings.Repeat("─", fill-1)
	} else if fill == 1 {
		rule = " "
	}
	return style.Render(head) + st.Rule.Render(rule) + st.PaneTitle.Render(pos)
}

// view renders exactly height lines of exactly width cells.
func (p paneModel) view() []string {
	if p.height <= 0 || p.width <= 0 {
		return nil
	}
	out := make([]string, 0, p.height)
	out = append(out, p.titleLine())
	if p.vp.Height > 0 {
		for _, l := range strings.Split(p.vp.View(), "\n") {
			if len(out) == p.height {
				break
			}
			out = append(out, fit(l, p.width))
		}
	}
	return fillBox(out, p.width, p.height)
}
