package ui

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/lipgloss"

	"github.com/charmbracelet/bubbles/spinner"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/sanitize"
	"github.com/lode-reader/lode/internal/store"
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
	m.prompt.setWidth(w)
	m.picker.setSize(w, b.bodyH)
	m.mineral.setSize(w, b.bodyH)
	m.digest.setSize(w, b.bodyH)
	m.watcher.setSize(w, b.bodyH)
	m.links.setSize(w, b.bodyH)
	m.feeds.setSize(w, b.bodyH)
	m.keyHelp.setSize(w, b.bodyH)
	m.help.Width = w
	if m.wide {
		b.listW = clamp(w/2, 40, 120)
		b.rightW = w - b.listW - 1
		m.list.setSize(b.listW, b.bodyH)
	} else {
		b.listH = clamp(b.bodyH*3/10+1, 2, max(b.bodyH-10, 2))
		m.list.setSize(w, b.listH)
	}
	m.box = b
	m.layoutDetail()
}

// layoutDetail sizes the item's header and the panes below it. It runs on
// resize, focus and mode changes, and whenever the shown item or its text
// changes; it only rewraps text when the width changed.
func (m *Model) layoutDetail() {
	b := &m.box
	if m.wide {
		b.metaH = 3
		if b.bodyH >= 20 {
			b.metaH = 3 + max(len(m.chipRows(b.rightW, metaChipRows)), 1)
		}
		b.metaH += m.titleExtra(b.rightW, b.bodyH)
		b.panesH = max(b.bodyH-b.metaH, 0)
		m.layoutPanes(b.rightW, b.panesH)
		return
	}
	b.metaH = clamp((b.bodyH-b.listH-1)/3, 0, 3)
	if b.bodyH >= 15 {
		b.metaH = 3 + m.titleExtra(max(m.width, 0), b.bodyH)
	}
	b.panesH = max(b.bodyH-b.listH-1-b.metaH, 0)
	m.layoutPanes(max(m.width, 0), b.panesH)
}

// layoutPanes gives the visible panes their width and splits h lines among
// them by need (see splitPanes). While an item loads, the panes keep their
// heights so they do not jump as the cursor moves through the list.
func (m *Model) layoutPanes(w, h int) {
	if m.mode != detailSections {
		m.solo.setSize(w, h)
		for i := range m.panes {
			m.panes[i].setSize(w, 0)
		}
		return
	}
	m.solo.setSize(w, 0)
	var need [3]int
	var empty [3]bool
	sum, same := 0, true
	for i := range m.panes {
		same = same && m.panes[i].width == w
		m.panes[i].setWidth(w)
		need[i] = m.panes[i].lines()
		empty[i] = m.panes[i].placeholder
		sum += m.panes[i].height
	}
	if m.detailID != 0 && !m.detailLoaded && same && sum == h && h > 0 {
		return
	}
	hs := splitPanes(h, need, empty, int(m.focus)-1)
	for i := range m.panes {
		m.panes[i].setHeight(hs[i])
	}
}

// splitPanes divides h lines among the three panes. need[i] is the number
// of lines pane i's text wraps to, empty[i] marks a pane that holds only a
// placeholder, f is the focused pane (-1 for none). Every pane gets its
// title line first, placeholders their text next, and the rest goes to the
// panes with content in proportion to their length, never more than it; the
// focused pane gets at least half of that rest (or all it needs).
// Lines no pane needs are left blank below the panes.
func splitPanes(h int, need [3]int, empty [3]bool, f int) [3]int {
	var hs [3]int
	for i := 0; i < len(hs) && i < h; i++ {
		hs[i] = 1
	}
	rem := h - len(hs)
	if rem <= 0 {
		return hs
	}
	var content []int
	total := 0
	for i := range hs {
		if !empty[i] && need[i] > 0 {
			content = append(content, i)
			total += need[i]
		}
	}
	if f < 0 || f >= len(hs) || empty[f] || need[f] <= 0 {
		f = -1
	}
	// The focused pane keeps one line before placeholders are shown.
	reserve := 0
	if f >= 0 {
		reserve = 1
	}
	for i := range hs {
		if empty[i] {
			g := clamp(need[i], 0, max(rem-reserve, 0))
			hs[i] += g
			rem -= g
		}
	}
	if len(content) == 0 || rem <= 0 {
		return hs
	}
	if total <= rem {
		for _, i := range content {
			hs[i] += need[i]
		}
		return hs
	}
	// In proportion to length: a[i] < need[i] since total > rem.
	var a [3]int
	used := 0
	for _, i := range content {
		a[i] = rem * need[i] / total
		used += a[i]
	}
	order := content
	if f >= 0 {
		order = append([]int{f}, content...)
	}
	for _, i := range order {
		if used < rem && a[i] < need[i] {
			a[i]++
			used++
		}
	}
	for used < rem { // rounding left lines over: fill in order
		moved := false
		for _, i := range content {
			if used < rem && a[i] < need[i] {
				a[i]++
				used++
				moved = true
			}
		}
		if !moved {
			break
		}
	}
	// take moves one line to pane i from the largest other pane that keeps
	// at least one line, the focused pane last.
	take := func(i int) bool {
		j := -1
		for _, k := range content {
			if k != i && k != f && a[k] > 1 && (j < 0 || a[k] > a[j]) {
				j = k
			}
		}
		if j < 0 && f >= 0 && f != i && a[f] > 1 {
			j = f
		}
		if j < 0 {
			return false
		}
		a[j]--
		a[i]++
		return true
	}
	// Every pane with content shows some of it when there is room.
	if rem >= len(content) {
		for _, i := range content {
			if a[i] == 0 && !take(i) {
				break
			}
		}
	}
	if f >= 0 {
		fair := min(need[f], max(rem/len(content), rem/2))
		for a[f] < fair {
			if !take(f) {
				break
			}
		}
	}
	for _, i := range content {
		hs[i] += a[i]
	}
	return hs
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
	counts := fmt.Sprintf("%s · %s unread · ⚑ %s flagged", plural(c.Items, "item"), count(c.Unread), count(c.Flagged))
	left := st.Header.Render("lode") + "  " + m.tabs.view(max(w-6-12, 0))
	right := ""
	if m.list.total > 0 {
		right = fmt.Sprintf("%s/%s", count(m.list.cursor+1), count(m.list.total))
	}
	line1 := spread(left, right, w)

	var line3 string
	switch {
	case m.search.active:
		// The counts stay beside the box: they answer as you type.
		sb := m.search
		sb.setWidth(max(w-width(counts)-2, 10))
		line3 = spread(sb.view(), counts, w)
	case m.prompt.active:
		pr := m.prompt
		pr.setWidth(max(w-width(counts)-2, 10))
		line3 = spread(pr.view(), counts, w)
	default:
		var parts []string
		if len(m.f.Alerts) > 0 {
			parts = append(parts, "new for watched companies")
		}
		parts = append(parts, counts)
		if m.f.Sort != store.SortNewest {
			parts = append(parts, "sort: "+m.f.Sort.String())
		}
		if q := m.f.text(); q != "" {
			parts = append(parts, "query: "+sanitize.Line(q))
		} else {
			k := m.c.keys
			parts = append(parts, fmt.Sprintf("query: (everything) · %s edit · %s companies · %s search · %s flagged · %s unread · %s starred",
				first(k.Query), first(k.Companies), first(k.Search), first(k.Flag), first(k.Unread), first(k.Starred)))
		}
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
		line3 = st.Filters.Render(trunc(strings.Join(parts, " | "), w))
	}
	return []string{line1, fit(line3, w)}
}

func (m Model) statusLine() string {
	st := m.c.styles
	var left string
	switch {
	case m.refresh.running:
		frames := spinner.MiniDot.Frames
		left = frames[m.refresh.spin%len(frames)] + " refreshing"
		if m.refresh.progress.Total > 0 {
			left += fmt.Sprintf(" feeds %d/%d", m.refresh.progress.Done, m.refresh.progress.Total)
		}
		if f := sanitize.Line(m.refresh.progress.Feed); f != "" {
			left += " · " + trunc(f, 24)
		}
	case m.refresh.offline:
		age := "unknown age"
		if !m.refresh.last.IsZero() {
			age = ago(m.refresh.last, m.c.now()) + " old"
		}
		left = st.Offline.Render("OFFLINE") + " · cache " + age
	case !m.refresh.last.IsZero():
		left = "updated " + ago(m.refresh.last, m.c.now()) + " ago"
	default:
		left = "not refreshed yet"
	}
	if r := m.rescoreStatus(); r != "" {
		left += " · " + r
	}
	left = st.Status.Render(left)
	if m.status != "" {
		sep := st.Rule.Render(" │ ")
		if m.statusErr && width(left+sep)+width("error: "+m.status)+1+width("? help") > m.width {
			// An error that does not fit beside the rest gets the whole
			// line, and keeps its end (the cause) when it is still too long.
			// OFFLINE stays: it is state, not a message.
			prefix := "error: "
			lead := ""
			if m.refresh.offline && !m.refresh.running {
				lead = st.Offline.Render("OFFLINE") + " "
			}
			return lead + st.StatusError.Render(prefix+truncStart(m.status, max(m.width-width(lead)-width(prefix), 1)))
		}
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
	case overlayMinerals:
		return m.mineral.view()
	case overlayDigest:
		return m.digest.view()
	case overlayFeeds:
		return m.feeds.view(m.c.now())
	case overlayHelp:
		return m.keyHelp.view()
	case overlayWatch:
		return m.watcher.view(m.list.watched)
	case overlayLinks:
		return m.links.view()
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
	return fillBox(out, m.panes[0].width, m.box.panesH)
}

// metaLines are the selected item's title, feed, date, link and companies.
func (m Model) metaLines(w, n int) []string {
	out := make([]string, 0, n)
	if m.detailID != 0 && n > 0 {
		st := m.c.styles
		d := m.detail
		marks := m.metaMarks()
		titles := m.titleLines(w)
		extra := min(len(titles)-1, m.titleExtra(w, m.box.bodyH))
		titles = titles[:1+extra]
		n := n - extra
		var companies []string
		var info string
		if n >= 4 {
			info = m.infoText(w, 0)
			companies = m.chipRows(w, n-3)
		} else {
			// The chips share the line: the feed and date give way first.
			info = m.infoText(w, m.chipNeed(w))
			room := w
			if info != "" {
				room = w - width(info) - 2
			}
			companies = m.chipRows(room, 1)
		}
		infoLine := st.Dim.Render(info)
		if len(m.chips()) == 0 {
			companies = []string{st.Dim.Render("no companies named")}
		}
		link := sanitize.Line(d.Link)
		if link == "" {
			link = st.Dim.Render("no link")
		} else {
			link = st.Link.Render(trunc(link, w))
		}
		var lines []string
		for i, t := range titles {
			lead := ""
			if i == 0 {
				lead = marks
			}
			lines = append(lines, lead+highlightIn(trunc(t, w-width(lead)), m.terms, &st.MetaTitle, st.Match))
		}
		if n >= 4 {
			lines = append(lines, infoLine, link)
			lines = append(lines, companies...)
		} else {
			if len(companies) > 0 {
				if info != "" {
					infoLine += "  "
				}
				infoLine += companies[0]
			}
			lines = append(lines, infoLine, link)
		}
		for _, l := range lines {
			if len(out) == n+extra {
				break
			}
			out = append(out, fit(l, w))
		}
	}
	return fillBox(out, w, n)
}

// maxTitleLines is the most lines the item header's title wraps to.
const maxTitleLines = 3

// metaMarks are the shown item's flag, star and unread marks, drawn
// before its title in the header.
func (m Model) metaMarks() string {
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
	return marks
}

// titleLines is the shown item's title wrapped in the header, w cells
// wide with the marks before its first line, on at most maxTitleLines
// lines: the whole title unless it is longer still, when the last line is
// cut.
func (m Model) titleLines(w int) []string {
	title := sanitize.Line(m.detail.Title)
	if title == "" {
		title = "(untitled)"
	}
	mw := width(m.metaMarks())
	firstW := max(w-mw, 1)
	head := wrapText(title, firstW)
	if len(head) <= 1 {
		return []string{title}
	}
	lines := head
	if rest, ok := strings.CutPrefix(title, head[0]); ok {
		// The lines after the first have the whole width.
		lines = append([]string{head[0]}, wrapText(strings.TrimSpace(rest), max(w, 1))...)
	}
	if len(lines) > maxTitleLines {
		last := trunc(strings.Join(lines[maxTitleLines-1:], " "), max(w, 1))
		lines = append(lines[:maxTitleLines-1:maxTitleLines-1], last)
	}
	return lines
}

// titleExtra is how many lines beyond one the header's title takes in a
// detail area w cells wide and a body h lines high: none when the body is
// too short to spare them.
func (m Model) titleExtra(w, h int) int {
	if m.detailID == 0 || h < 15 {
		return 0
	}
	return len(m.titleLines(w)) - 1
}

// infoText is the shown item's feed and date in at most w cells less the
// need cells (and a two-cell gap) kept for the company chips beside it. It
// gives way in steps: the full date, then the feed's length, then the feed;
// it is empty when not even the age fits. need 0 means the whole line.
func (m Model) infoText(w, need int) string {
	d := m.detail
	feed := sanitize.Line(d.FeedName)
	var date, age string
	if !d.Published.IsZero() {
		age = ago(d.Published, m.c.now()) + " ago"
		date = d.Published.Local().Format("2006-01-02 15:04") + " (" + age + ")"
	}
	join := func(parts ...string) string {
		var out []string
		for _, p := range parts {
			if p != "" {
				out = append(out, p)
			}
		}
		return strings.Join(out, " · ")
	}
	if d.TextSource == item.SourceArticle {
		date = join(date, "text: article page")
	}
	full := join(feed, date)
	if need <= 0 {
		return full
	}
	room := w - need - 2
	if width(full) <= room {
		return full
	}
	if s := join(feed, age); width(s) <= room {
		return s
	}
	// The feed cut to what is left beside the age, when enough of it reads.
	if age != "" || feed != "" {
		fw := room - width(age)
		if age != "" {
			fw -= width(" · ")
		}
		if feed != "" && fw >= 8 {
			return join(trunc(feed, fw), age)
		}
	}
	if age != "" && width(age) <= room {
		return age
	}
	return ""
}

// chipNeed is the cells the first company chip and the "+N more" after it
// take on one line of w cells; 0 when the item names no company.
func (m Model) chipNeed(w int) int {
	chips := m.chips()
	if m.detailID == 0 || len(chips) == 0 {
		return 0
	}
	s := chips[0].text
	if len(chips) > 1 {
		s += fmt.Sprintf(" +%d more", len(chips)-1)
	}
	return min(width(s), w)
}

// chip is one name in the item header: a subject "[Lynas Rare Earths]"
// (a candidate not in the dictionary carries a "*"), a mineral
// "<dysprosium>", or a company only mentioned "(MP Materials)", dimmer,
// after the subjects and minerals.
type chip struct {
	text  string
	style lipgloss.Style
}

// chips lists the shown item's chips: subjects, minerals, then mentions.
func (m Model) chips() []chip {
	d := &m.detail
	st := m.c.styles
	out := make([]chip, 0, len(d.Companies)+len(d.Minerals)+len(d.Mentions))
	star := func(name string) string {
		if slices.Contains(d.Candidates, name) {
			return "*"
		}
		return ""
	}
	for _, c := range d.Companies {
		out = append(out, chip{"[" + sanitize.Line(c) + star(c) + "]", st.Chip})
	}
	for _, c := range d.Minerals {
		out = append(out, chip{"<" + sanitize.Line(c) + ">", st.Mineral})
	}
	for _, c := range d.Mentions {
		out = append(out, chip{"(" + sanitize.Line(c) + star(c) + ")", st.Mention})
	}
	return out
}

// metaChipRows is the most lines the company chips take in the item header.
const metaChipRows = 2

// chipRows lays the shown item's companies out as chips ("[Name]") on at most
// maxRows lines of w cells; chips that do not fit are counted in a final
// "+N more". The result depends only on the item and w, so the header keeps
// its height while an item is shown.
func (m Model) chipRows(w, maxRows int) []string {
	chips := m.chips()
	if m.detailID == 0 || len(chips) == 0 || w <= 0 || maxRows <= 0 {
		return nil
	}
	render := func(cs []chip) string {
		parts := make([]string, len(cs))
		for i, c := range cs {
			parts[i] = c.style.Render(c.text)
		}
		return strings.Join(parts, " ")
	}
	plain := func(cs []chip) string {
		parts := make([]string, len(cs))
		for i, c := range cs {
			parts[i] = c.text
		}
		return strings.Join(parts, " ")
	}
	var rows []string
	var cur []chip
	curW, i := 0, 0
	for ; i < len(chips); i++ {
		c := chips[i]
		c.text = trunc(c.text, w)
		cw := width(c.text)
		if len(cur) > 0 && curW+1+cw > w {
			if len(rows)+1 == maxRows {
				break
			}
			rows = append(rows, render(cur))
			cur, curW = nil, 0
		}
		if len(cur) > 0 {
			curW++
		}
		cur = append(cur, c)
		curW += cw
	}
	rest := len(chips) - i
	more := func() string { return fmt.Sprintf("+%d more", rest) }
	for rest > 0 && len(cur) > 0 && width(plain(cur)+" "+more()) > w {
		cur = cur[:len(cur)-1]
		rest++
	}
	if len(cur) == 0 && rest > 0 {
		// Not even one chip fits beside "+N more": cut the first one.
		rest--
		first := chips[len(chips)-rest-1]
		body, close := first.text[:len(first.text)-1], first.text[len(first.text)-1:]
		if c := trunc(body, w-width(more())-2); width(c) >= 6 {
			cur = []chip{{c + close, first.style}}
		} else {
			// No room for the count either: the company alone, never a
			// "+N more" without one.
			cur, rest = []chip{{trunc(body+close, w), first.style}}, 0
		}
	}
	last := render(cur)
	if rest > 0 {
		last = strings.TrimSpace(last + " " + m.c.styles.Dim.Render(more()))
	}
	return append(rows, last)
}
