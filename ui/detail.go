package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/sanitize"
)

func lowerSet(names []string) map[string]bool {
	set := make(map[string]bool, len(names))
	for _, n := range names {
		set[strings.ToLower(n)] = true
	}
	return set
}

// fillPanes puts the detail item's sections into the panes and sizes them
// for their new text.
func (m *Model) fillPanes() {
	m.fillText()
	m.layoutDetail()
}

// fillText sets the panes' text for the detail item.
func (m *Model) fillText() {
	d := m.detail
	switch {
	case m.detailID == 0:
		for i := range m.panes {
			m.panes[i].setContent("", "", false, false)
		}
		m.solo.setContent("", "", false, false)
		return
	case m.detailErr != "":
		for i := range m.panes {
			m.panes[i].setContent("", "Could not load this item: "+sanitize.Line(m.detailErr), false, true)
		}
		m.solo.setContent("", "Could not load this item: "+sanitize.Line(m.detailErr), false, true)
		return
	case !m.detailLoaded:
		for i := range m.panes {
			m.panes[i].setContent("", "Loading…", false, true)
		}
		m.solo.setContent("", "Loading…", false, true)
		return
	}
	s := d.Sections
	var hl []string
	for _, h := range s.Highlights {
		if h = sanitize.Line(h); h != "" {
			hl = append(hl, "• "+h)
		}
	}
	if len(hl) == 0 {
		m.panes[0].setContent("", "No highlights in this item.", false, true)
	} else {
		sub := ""
		if s.HighlightsDerived {
			sub = "(derived)"
		}
		m.panes[0].setContent(sub, strings.Join(hl, "\n"), s.HighlightsDerived, false)
	}
	if a := strings.TrimSpace(sanitize.Text(s.Analysis)); a != "" {
		m.panes[1].setContent(sanitize.Line(s.AnalysisTitle), a, false, false)
	} else {
		m.panes[1].setContent("", "No analysis section in this item.", false, true)
	}
	if t := strings.TrimSpace(sanitize.Text(s.Takeaway)); t != "" {
		m.panes[2].setContent("", t, false, false)
	} else {
		m.panes[2].setContent("", "No takeaway section in this item.", false, true)
	}
	switch m.mode {
	case detailBody:
		m.solo.title = "Full text"
		var parts []string
		if len(hl) > 0 {
			parts = append(parts, strings.Join(hl, "\n"))
		}
		if b := strings.TrimSpace(sanitize.Text(s.Body)); b != "" {
			parts = append(parts, b)
		}
		if a := strings.TrimSpace(sanitize.Text(s.Analysis)); a != "" {
			head := "Analysis"
			if t := sanitize.Line(s.AnalysisTitle); t != "" {
				head += ": " + t
			}
			parts = append(parts, head+"\n"+a)
		}
		if t := strings.TrimSpace(sanitize.Text(s.Takeaway)); t != "" {
			parts = append(parts, "Takeaway\n"+t)
		}
		if m.detail.TextSource == item.SourceArticle {
			parts = append(parts, "Feed summary (the text above is from the article page)\n"+strings.TrimSpace(sanitize.Text(m.detail.FeedSummary)))
		}
		if len(parts) == 0 {
			m.solo.setContent("", "No text in this item.", false, true)
		} else {
			m.solo.setContent("", strings.Join(parts, "\n\n"), false, false)
		}
	case detailReasons:
		m.solo.title = "Ideology"
		ideo := d.Ideology
		verdict := "not flagged"
		if ideo.Flagged {
			verdict = "⚑F flagged"
		}
		// The title holds the verdict, short enough to stay whole; the
		// numbers behind it are the body's first line, said once.
		sub := verdict
		var lines []string
		for _, r := range ideo.Reasons {
			if r = sanitize.Line(r); r != "" {
				lines = append(lines, "• "+r)
			}
		}
		text := fmt.Sprintf("Score %.2f · political share %d%%", ideo.Score, int(ideo.PoliticalShare*100+0.5))
		if len(lines) == 0 {
			text += "\n\nNo reasons recorded for this item."
		} else {
			text += "\n\nReasons:\n" + strings.Join(lines, "\n")
		}
		if v := classifierLabel(ideo.Version); v != "" {
			text += "\n\n" + v
		}
		m.solo.setContent(sub, text, false, false)
	}
}

// classifierLabel turns the stored classifier version
// ("c1-<lexicon hash>-t0.5+<dictionary hash>") into words a reader
// understands, "Classifier version 1 · threshold 0.50", leaving the hashes
// out. Parts it cannot read are left out too; "" when nothing is left.
func classifierLabel(v string) string {
	v = sanitize.Line(v)
	if i := strings.IndexByte(v, '+'); i >= 0 {
		v = v[:i] // the company dictionary's hash
	}
	var parts []string
	algo, rest, _ := strings.Cut(v, "-")
	if n, err := strconv.Atoi(strings.TrimPrefix(algo, "c")); err == nil && strings.HasPrefix(algo, "c") && n > 0 {
		parts = append(parts, fmt.Sprintf("Classifier version %d", n))
	}
	if i := strings.LastIndex(rest, "-t"); i >= 0 {
		if th, err := strconv.ParseFloat(rest[i+2:], 64); err == nil && th >= 0 && th <= 1 {
			parts = append(parts, fmt.Sprintf("threshold %.2f", th))
		}
	}
	return strings.Join(parts, " · ")
}
