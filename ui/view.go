package ui

import (
	"fmt"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/spinner"

	"github.com/lode-reader/lode/internal/sanitize"
)

// box is the layout computed on resize and focus changes.
type box struct {
	bodyH  int
	listW  int // wide: the list column's width
	rightW int // wide: the detail column's width
	listH  int // narrow: the list's height
	metaH  int
	panesH int
}

// layout sizes every part for the window and the current focus.
func (m *Model) layout() {
	w, h := max(m.width, 0), max(m.height, 0)
	b := box{bodyH: max(h-headerHeight-statusHeight, 0)}
	m.wide = w >= wideWidth
	m.search.setWidth(w)
	m.picker.setSize(w, b.bodyH)
	m.digest.setSize(w, b.bodyH)
	m.keyHelp.setSize(w, b.bodyH)
	m.help.Width = w
	if m.wide {
		b.listW = clamp(w*9/20, 40, 90)
		b.rightW = w - b.listW - 1
		b.metaH = 3
		if b.bodyH >= 20 {
			b.metaH = 4
		}
		b.panesH = max(b.bodyH-b.metaH, 0)
		m.list.setSize(b.listW, b.bodyH)
		m.layoutPanes(b.rightW, b.panesH)
	} else {
		b.listH = clamp(b.bodyH*3/10+1, 2, max(b.bodyH-10, 2))
		b.metaH = clamp((b.bodyH-b.listH-1)/3, 0, 3)
		if b.bodyH >= 15 {
			b.metaH = 3
		}
		b.panesH = max(b.bodyH-b.listH-1-b.metaH, 0)
		m.list.setSize(w, b.listH)
		m.layoutPanes(w, b.panesH)
	}
	m.box = b
}

// layoutPanes splits h lines among the visible panes; a focused pane gets
// half the text lines when there are enough to share.
func (m *Model) layoutPanes(w, h int) {
	if m.mode != detailSections {
		m.solo.setSize(w, h)
		for i := range m.panes {
			m.panes[i].setSize(w, 0)
		}
		return
	}
	m.solo.setSize(w, 0)
	var hs [3]int
	if h < 3 {
		for i := 0; i < h; i++ {
			hs[i] = 1
		}
	} else {
		text := h - 3
		f := int(m.focus) - 1
		if f >= 0 && text >= 6 {
			hs[f] = text / 2
			rest := text - hs[f]
			first := true
			for i := range hs {
				if i == f {
					continue
				}
				if first {
					hs[i] = rest - rest/2
					first = false
				} else {
					hs[i] = rest / 2
				}
			}
		} else {
			for i := range hs {
				hs[i] = text / 3
			}
			for i := 0; i < text%3; i++ {
				hs[(max(f, 0)+i)%3]++
			}
		}
		for i := range hs {
			hs[i]++
		}
	}
	for i := range m.panes {
		m.panes[i].setSize(w, hs[i])
	}
}

// View draws the reader: every line fits the width, and there are never
// more lines than the window's height.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 || m.quitting && !m.opts.ExitAfterFirstFrame {
		return ""
	}
	var lines []string
	if m.width < minWidth || m.height < minHeight || m.st == nil {
		msg := "lode: window too small"
		if m.st == nil {
			msg = "lode: no cache"
		}
		lines = []string{msg}
	} else {
		lines = append(lines, m.headerLines()...)
		lines = append(lines, m.bodyLines()...)
		lines = append(lines, m.statusLine())
	}
	if len(lines) > m.height {
		lines = lines[:m.height]
	}
	for i, l := range lines {
		lines[i] = fit(l, m.width)
	}
	return strings.Join(fillBox(lines, m.width, m.height), "\n")
}

func (m Model) headerLines() []string {
	st := m.c.styles
	w := m.width
	c := m.counts
	left := st.Header.Render("lode") + "  " + fmt.Sprintf("%s · %s unread · ⚑ %s flagged",
		plural(c.Items, "item"), count(c.Unread), count(c.Flagged))
	right := ""
	if m.list.total > 0 {
		right = fmt.Sprintf("%s/%s", count(m.list.cursor+1), count(m.list.total))
	}
	line1 := spread(left, right, w)

	var line2 string
	switch {
	case m.search.active:
		line2 = m.search.view()
	default:
		var parts []string
		if m.f.Watch {
			var wc []string
			for _, c := range m.watchCounts {
				wc = append(wc, fmt.Sprintf("%s %d", sanitize.Line(c.Name), c.Unread))
			}
			if len(wc) == 0 {
				wc = append(wc, "empty")
			}
			parts = append(parts, "watchlist unread: "+strings.Join(wc, " · "))
		}
		desc := m.f.describe()
		if m.f.Watch && len(desc) > 0 {
			desc = desc[1:]
		}
		if len(desc) > 0 {
			parts = append(parts, "filters: "+strings.Join(desc, " · "))
		}
		if len(parts) == 0 {
			parts = append(parts, "no filters · c companies · / search · f flagged · u unread · S starred · W watchlist")
		}
		line2 = st.Filters.Render(trunc(strings.Join(parts, " | "), w))
	}
	return []string{line1, fit(line2, w)}
}

func (m Model) statusLine() string {
	st := m.c.styles
	var left string
	switch {
	case m.refreshing:
		frames := spinner.MiniDot.Frames
		left = frames[m.spin%len(frames)] + " refreshing"
		if m.progress.Total > 0 {
			left += fmt.Sprintf(" feeds %d/%d", m.progress.Done, m.progress.Total)
		}
		if f := sanitize.Line(m.progress.Feed); f != "" {
			left += " · " + trunc(f, 24)
		}
	case m.offline:
		age := "unknown age"
		if !m.lastRefresh.IsZero() {
			age = ago(m.lastRefresh, m.c.now()) + " old"
		}
		left = st.Offline.Render("OFFLINE") + " · cache " + age
	case !m.lastRefresh.IsZero():
		left = "updated " + ago(m.lastRefresh, m.c.now()) + " ago"
	default:
		left = "not refreshed yet"
	}
	left = st.Status.Render(left)
	if m.status != "" {
		sep := st.Rule.Render(" │ ")
		if m.statusErr {
			left += sep + st.StatusError.Render("error: "+m.status)
		} else {
			left += sep + m.status
		}
	}
	right := st.Status.Render("? help")
	if short := m.help.ShortHelpView(m.c.keys.ShortHelp()); width(left)+width(short)+2 <= m.width {
		right = short
	}
	return spread(left, right, m.width)
}

// ago is relTime with "now" spelt so it reads in "updated … ago".
func ago(t, now time.Time) string {
	if r := relTime(t, now); r != "now" {
		return r
	}
	return "<1m"
}

func (m Model) bodyLines() []string {
	b := m.box
	switch m.overlay {
	case overlayPicker:
		return m.picker.view()
	case overlayDigest:
		return m.digest.view()
	case overlayHelp:
		return m.keyHelp.view()
	}
	out := make([]string, 0, b.bodyH)
	if m.wide {
		left := m.list.view()
		right := append(m.metaLines(b.rightW, b.metaH), m.paneLines()...)
		sep := m.c.styles.Rule.Render("│")
		for i := 0; i < b.bodyH; i++ {
			l, r := strings.Repeat(" ", b.listW), strings.Repeat(" ", b.rightW)
			if i < len(left) {
				l = left[i]
			}
			if i < len(right) {
				r = right[i]
			}
			out = append(out, l+sep+r)
		}
		return out
	}
	out = append(out, m.list.view()...)
	if b.bodyH > b.listH {
		out = append(out, m.c.styles.Rule.Render(strings.Repeat("─", m.width)))
	}
	out = append(out, m.metaLines(m.width, b.metaH)...)
	out = append(out, m.paneLines()...)
	return out
}

func (m Model) paneLines() []string {
	if m.detailID == 0 {
		// No item: a placeholder instead of empty titled panes.
		w := m.panes[0].width
		var out []string
		if m.ready && m.box.panesH > 0 {
			out = append(out, fit(m.c.styles.Placeholder.Render("  No item selected"), w))
		}
		return fillBox(out, w, m.box.panesH)
	}
	if m.mode != detailSections {
		return m.solo.view()
	}
	var out []string
	for _, p := range m.panes {
		out = append(out, p.view()...)
	}
	return out
}

// metaLines are the selected item's title, feed, date, link and companies.
func (m Model) metaLines(w, n int) []string {
	out := make([]string, 0, n)
	if m.detailID != 0 && n > 0 {
		st := m.c.styles
		d := m.detail
		marks := ""
		if d.Ideology.Flagged {
			marks += st.Flag.Render("⚑F") + " "
		}
		if d.Starred {
			marks += st.Star.Render("★") + " "
		}
		if !d.Read {
			marks += st.Unread.Render("●") + " "
		}
		title := sanitize.Line(d.Title)
		if title == "" {
			title = "(untitled)"
		}
		info := []string{}
		if f := sanitize.Line(d.FeedName); f != "" {
			info = append(info, f)
		}
		if !d.Published.IsZero() {
			info = append(info, d.Published.Local().Format("2006-01-02 15:04")+" ("+ago(d.Published, m.c.now())+" ago)")
		}
		var chips []string
		for _, c := range d.Companies {
			chips = append(chips, "["+sanitize.Line(c)+"]")
		}
		companies := st.Chip.Render(strings.Join(chips, " "))
		if len(chips) == 0 {
			companies = st.Dim.Render("no companies named")
		}
		link := sanitize.Line(d.Link)
		if link == "" {
			link = st.Dim.Render("no link")
		} else {
			link = st.Link.Render(trunc(link, w))
		}
		lines := []string{marks + st.MetaTitle.Render(title)}
		if n >= 4 {
			lines = append(lines, st.Dim.Render(strings.Join(info, " · ")), link, companies)
		} else {
			lines = append(lines, st.Dim.Render(strings.Join(info, " · "))+"  "+companies, link)
		}
		for _, l := range lines {
			if len(out) == n {
				break
			}
			out = append(out, fit(l, w))
		}
	}
	return fillBox(out, w, n)
}
