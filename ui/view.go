package ui

import "strings"

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
	meta := m.itemMeta()
	if m.wide {
		b.metaH = 3
		if b.bodyH >= 20 {
			b.metaH = 3 + max(len(meta.chips.View(b.rightW, metaChipRows)), 1)
		}
		b.metaH += meta.titleExtra(b.rightW, b.bodyH)
		b.panesH = max(b.bodyH-b.metaH, 0)
		m.layoutPanes(b.rightW, b.panesH)
		return
	}
	b.metaH = clamp((b.bodyH-b.listH-1)/3, 0, 3)
	if b.bodyH >= 15 {
		b.metaH = 3 + meta.titleExtra(max(m.width, 0), b.bodyH)
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
// title line first, then each pane with content one line of it,
// placeholders their text next, and the rest goes to the panes with content
// in proportion to their length, never more than it; the focused pane gets
// at least half of that rest (or all it needs). When the titles leave the
// focused pane no line of text (a window a dozen rows high), it takes every
// line alone, so reading is still possible. Lines no pane needs are left
// blank below the panes.
func splitPanes(h int, need [3]int, empty [3]bool, f int) [3]int {
	var hs [3]int
	if f < 0 || f >= len(hs) || empty[f] || need[f] <= 0 {
		f = -1
	}
	if f >= 0 && h >= 2 && h <= len(hs) {
		hs[f] = h
		return hs
	}
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
	// Each pane with content keeps one line before placeholders are shown.
	reserve := len(content)
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
		lines = append(lines, m.header().View()...)
		lines = append(lines, m.bodyLines()...)
		lines = append(lines, m.statusBar().View())
	}
	if len(lines) > m.height {
		lines = lines[:m.height]
	}
	for i, l := range lines {
		lines[i] = fit(l, m.width)
	}
	return strings.Join(fillBox(lines, m.width, m.height), "\n")
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
		right := m.noItemLines(b.rightW, b.metaH+m.box.panesH)
		if m.detailID != 0 {
			right = append(m.itemMeta().View(b.rightW, b.metaH), m.paneLines()...)
		}
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
	if m.detailID == 0 {
		return append(out, m.noItemLines(m.width, b.metaH+m.box.panesH)...)
	}
	out = append(out, m.itemMeta().View(m.width, b.metaH)...)
	out = append(out, m.paneLines()...)
	return out
}

// noItemLines is the right pane (or the part below the list) when no item
// is shown: a placeholder on its first line, h lines of w cells. When a
// search leaves the list empty it says so and which key clears it.
func (m Model) noItemLines(w, h int) []string {
	var out []string
	if m.ready && h > 0 {
		text := "No item selected"
		if m.list.total == 0 && m.f.Search != "" {
			text = "No items match: " + first(m.c.keys.Clear) + " clears the search"
		}
		out = append(out, fit(m.c.styles.Placeholder.Render("  "+text), w))
	}
	return fillBox(out, w, h)
}

// paneLines are the shown item's panes (bodyLines draws noItemLines
// instead when no item is shown).
func (m Model) paneLines() []string {
	if m.mode != detailSections {
		return m.solo.view()
	}
	var out []string
	for _, p := range m.panes {
		out = append(out, p.view()...)
	}
	return fillBox(out, m.panes[0].width, m.box.panesH)
}
