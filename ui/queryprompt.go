package ui

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/query"
)

// promptModel is the filter prompt (F): the whole query, editable, with
// completion (the complete key, tab) of company, feed, tag and mineral names after company:,
// mention:, feed:, tag: and mineral:, and of the field names themselves.
type promptModel struct {
	c      *common
	keys   *inputKeys
	input  textinput.Model
	active bool
	width  int
	names  map[string][]string // field → names it completes
	// completions are the whole-query completions of the last word; tab
	// takes the next one.
	completions []string
	next        int
	head        string // the query before the word being completed
	// naming is set while the prompt asks for a new view's name.
	naming      bool
	query, name textinput.Model
}

// queryEnteredMsg is enter in the filter prompt: apply the query text. The
// prompt stays open until the root closes it, so a query that does not
// parse can be corrected.
type queryEnteredMsg struct{ text string }

// viewNamedMsg is enter while the prompt asks for a new tab's name.
type viewNamedMsg struct{ name string }

func newPrompt(c *common) promptModel {
	in := newTextInput("query: ", "company:LYC tag:lithium newer:2d -is:flagged · "+first(c.keys.Complete)+" completes · "+first(c.keys.Apply)+" applies · "+first(c.keys.Cancel)+" cancels", c.styles)
	name := newTextInput("save query as tab named: ", "Lithium desk · enter saves · esc cancels", c.styles)
	return promptModel{c: c, keys: new(c.keys.inputKeys()), input: in, query: in, name: name}
}

// completionNames collects what the prompt completes from the query
// environment: company names, feed names, tags and mineral tags.
func completionNames(env query.Env) map[string][]string {
	names := map[string][]string{"is": {"unread", "read", "starred", "flagged", "watched"}}
	if d, ok := env.Companies.(interface{ Companies() []companies.Company }); ok {
		for _, c := range d.Companies() {
			names["company"] = append(names["company"], c.Name)
		}
		names["mention"] = names["company"]
	}
	if env.Minerals != nil {
		names["mineral"] = env.Minerals.Tags()
	}
	for _, f := range env.Feeds {
		if f.Name != "" {
			names["feed"] = append(names["feed"], f.Name)
		}
	}
	names["tag"] = query.Tags(env.Feeds)
	return names
}

func (p *promptModel) open(current string, names map[string][]string) {
	if p.naming {
		p.name, p.input = p.input, p.query
	}
	p.naming = false
	p.active = true
	p.names = names
	p.input.SetValue(current)
	p.input.CursorEnd()
	p.input.Focus()
	p.suggest()
}

// openName asks for a new view's name.
func (p *promptModel) openName() {
	if !p.naming {
		p.query, p.input = p.input, p.name
	}
	p.naming = true
	p.active = true
	p.completions = nil
	p.input.SetValue("")
	p.input.Focus()
}

func (p *promptModel) close() {
	p.active = false
	p.input.Blur()
}

func (p *promptModel) setWidth(w int) {
	p.width = max(w, 0)
	setInputWidth(&p.input, p.width)
	setInputWidth(&p.query, p.width)
	setInputWidth(&p.name, p.width)
}

func (p promptModel) value() string { return p.input.Value() }

// suggest offers completions of the last word: a field name, or a name
// after company:, mention:, feed:, tag: or mineral: (quoted when it has
// spaces).
func (p *promptModel) suggest() {
	v := p.input.Value()
	cut := strings.LastIndexAny(v, " (") + 1
	head, word := v[:cut], v[cut:]
	p.head = head
	neg := ""
	if strings.HasPrefix(word, "-") {
		neg, word = "-", word[1:]
	}
	var out []string
	field, val, hasField := strings.Cut(word, ":")
	if !hasField {
		if word != "" {
			for _, f := range query.Fields() {
				if strings.HasPrefix(f, strings.ToLower(word)) {
					out = append(out, head+neg+f+":")
				}
			}
		}
		p.completions, p.next = out, 0
		return
	}
	val = strings.TrimPrefix(strings.ToLower(val), `"`)
	for _, n := range p.names[strings.ToLower(field)] {
		if !strings.HasPrefix(strings.ToLower(n), val) {
			continue
		}
		if strings.ContainsAny(n, " ,():") {
			n = `"` + n + `"`
		}
		out = append(out, head+neg+field+":"+n)
	}
	if len(out) > 20 {
		out = out[:20]
	}
	p.completions, p.next = out, 0
}

// update edits the query or the name: enter asks the root to apply it
// (queryEnteredMsg, viewNamedMsg); esc closes the prompt, keeping the query
// shown before; the complete key (tab) completes the last word of a query.
func (p promptModel) update(msg tea.KeyMsg) (promptModel, tea.Msg) {
	k := p.keys
	switch {
	case key.Matches(msg, k.Cancel):
		p.close()
		return p, nil
	case key.Matches(msg, k.Apply):
		if p.naming {
			return p, viewNamedMsg{name: strings.TrimSpace(p.value())}
		}
		return p, queryEnteredMsg{text: p.value()}
	case key.Matches(msg, k.Complete) && !p.naming:
		if len(p.completions) > 0 {
			p.input.SetValue(p.completions[p.next%len(p.completions)])
			p.input.CursorEnd()
			p.next++
		}
		return p, nil
	}
	before := p.input.Value()
	p.input, _ = p.input.Update(msg)
	if p.input.Value() != before && !p.naming {
		p.suggest()
	}
	return p, nil
}

func (p promptModel) view() string {
	if n := len(p.completions); n > 0 && p.next == 0 {
		hint := "  " + first(p.keys.Complete) + ": " + strings.TrimPrefix(p.completions[0], p.head)
		if n > 1 {
			hint += fmt.Sprintf(" (+%d)", n-1)
		}
		w := max(p.width-width(hint), 1)
		in := p.input
		setInputWidth(&in, w)
		return fit(inputView(in, w)+p.c.styles.Placeholder.Render(hint), p.width)
	}
	return inputView(p.input, p.width)
}
