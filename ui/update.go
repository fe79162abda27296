package ui

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/sanitize"
	"github.com/lode-reader/lode/internal/store"
)

func (m Model) handleKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.c.keys
	if msg.String() == "ctrl+c" {
		return m.quit()
	}
	if m.search.active {
		return m.searchKey(msg)
	}
	if m.prompt.active {
		return m.promptKey(msg)
	}
	if m.overlay != overlayNone && m.overlay != overlayPicker && key.Matches(msg, k.Quit) {
		return m.quit()
	}
	switch m.overlay {
	case overlayPicker:
		return m.pickerKey(msg)
	case overlayWatch:
		return m.watchKey(msg)
	case overlayLinks:
		return m.linksKey(msg)
	case overlayMinerals:
		var res pickerResult
		m.mineral, res = m.mineral.update(msg)
		switch res {
		case pickerCancel:
			m.overlay = overlayNone
		case pickerApply:
			m.overlay = overlayNone
			m.f.Minerals = m.mineral.selection()
			return m, m.filtersChanged(true)
		}
		return m, nil
	case overlayHelp:
		var closed bool
		if m.keyHelp, closed = m.keyHelp.update(msg); closed {
			m.overlay = overlayNone
		}
		return m, nil
	case overlayDigest:
		return m.digestKey(msg)
	case overlayFeeds:
		return m.feedsKey(msg)
	}

	if m.holdKey(msg) {
		m.typeahead = append(m.typeahead, msg)
		return m, nil
	}

	var cmd tea.Cmd
	switch {
	case key.Matches(msg, k.Quit):
		return m.quit()
	case key.Matches(msg, k.Help):
		m.overlay = overlayHelp
		m.keyHelp.open()
	case key.Matches(msg, k.Back):
		if !m.canGoBack() {
			return m.quit()
		}
		cmd = m.back()
	case key.Matches(msg, k.Clear):
		cmd = m.back()
	case key.Matches(msg, k.NextUnread):
		cmd = m.seek(1, true)
	case key.Matches(msg, k.PrevUnread):
		cmd = m.seek(-1, true)
	case key.Matches(msg, k.NextItem):
		cmd = m.seek(1, false)
	case key.Matches(msg, k.PrevItem):
		cmd = m.seek(-1, false)
	case key.Matches(msg, k.Links):
		cmd = m.openLinks()
	case key.Matches(msg, k.Search):
		m.search.open(m.f.Search)
	case key.Matches(msg, k.Query):
		m.prompt.open(m.f.text(), completionNames(m.queryEnv()))
	case key.Matches(msg, k.Sort):
		m.f.Sort = (m.f.Sort + 1) % 3
		if m.f.Sorts == nil {
			m.f.Sorts = map[string]store.Sort{}
		}
		m.f.Sorts[m.tabs.views[m.tabs.active].Name] = m.f.Sort
		cmd = tea.Batch(m.filtersChanged(true), m.setStatus("sorted by "+m.f.Sort.String(), false))
	case key.Matches(msg, k.PrevView, k.NextView):
		n := len(m.tabs.views)
		i := (m.tabs.active + 1) % n
		if key.Matches(msg, k.PrevView) {
			i = (m.tabs.active + n - 1) % n
		}
		cmd = m.switchView(i)
	case key.Matches(msg, k.FeedsView):
		if m.opts.Feeds == nil {
			cmd = m.setStatus("feeds view unavailable", false)
			break
		}
		m.overlay = overlayFeeds
		m.feeds.open()
		cmd = feedsCmd(m.opts.Feeds)
	case key.Matches(msg, k.SaveView):
		if m.opts.SaveView == nil {
			cmd = m.setStatus("views cannot be saved here (no config file)", false)
			break
		}
		if len(m.f.Alerts) > 0 {
			cmd = m.setStatus("the "+newWatchedTab+" tab lists the last refresh's items, not a query: it cannot be saved", false)
			break
		}
		m.prompt.openName()
	case key.Matches(msg, k.Companies):
		m.overlay = overlayPicker
		m.picker.open(m.f.Companies)
		cmd = companiesCmd(m.st)
	case key.Matches(msg, k.Minerals):
		m.overlay = overlayMinerals
		m.mineral.open(m.f.Minerals)
		cmd = mineralsCmd(m.st)
	case key.Matches(msg, k.ClearCompanies):
		if len(m.f.Companies) == 0 && !m.f.Watch {
			cmd = m.setStatus("no company filter to clear", false)
			break
		}
		m.f.Companies, m.f.Watch = nil, false
		cmd = m.filtersChanged(true)
	case key.Matches(msg, k.Flag):
		m.f.Flag = (m.f.Flag + 1) % 3
		cmd = m.filtersChanged(true)
	case key.Matches(msg, k.Unread):
		m.f.Unread = !m.f.Unread
		cmd = m.filtersChanged(true)
	case key.Matches(msg, k.Starred):
		m.f.Starred = !m.f.Starred
		cmd = m.filtersChanged(true)
	case key.Matches(msg, k.WatchView):
		m.f.Watch = !m.f.Watch
		cmd = m.filtersChanged(true)
		if m.f.Watch && len(m.watch) == 0 {
			cmd = tea.Batch(cmd, m.setStatus("the watchlist is empty: press "+first(k.Watch)+" on an item to watch its companies", false))
		}
	case key.Matches(msg, k.Alerts):
		cmd = m.toggleNewWatched()
	case key.Matches(msg, k.Star):
		cmd = m.toggleStar()
	case key.Matches(msg, k.ToggleRead):
		cmd = m.toggleRead()
	case key.Matches(msg, k.MarkAllRead):
		if m.list.total == 0 {
			cmd = m.setStatus("nothing to mark read", false)
			break
		}
		cmd = markAllCmd(m.st, m.f.query(m.watch))
	case key.Matches(msg, k.Watch):
		cmd = m.toggleWatch()
	case key.Matches(msg, k.OpenLink):
		cmd = m.linkAction(linkOpenRead)
	case key.Matches(msg, k.OpenLinkKeep):
		cmd = m.linkAction(linkOpen)
	case key.Matches(msg, k.CopyLink):
		cmd = m.linkAction(linkCopy)
	case key.Matches(msg, k.Refresh):
		cmd = m.startRefresh(true)
	case key.Matches(msg, k.Article):
		cmd = m.fetchArticle()
	case key.Matches(msg, k.Body):
		cmd = m.setMode(detailBody)
	case key.Matches(msg, k.Reasons):
		cmd = m.setMode(detailReasons)
	case key.Matches(msg, k.Digest):
		if m.opts.Digest == nil {
			cmd = m.setStatus("digest unavailable", false)
			break
		}
		m.overlay = overlayDigest
		m.digest.open()
		cmd = digestCmd(m.opts.Digest, m.st)
	case key.Matches(msg, k.Open):
		cmd = m.setFocus(focusPane1)
	case key.Matches(msg, k.NextFocus):
		cmd = m.setFocus((m.focus + 1) % focusArea(m.paneCount()+1))
	case key.Matches(msg, k.PrevFocus):
		n := focusArea(m.paneCount() + 1)
		cmd = m.setFocus((m.focus + n - 1) % n)
	case key.Matches(msg, k.Pane1):
		cmd = m.setFocus(focusPane1)
	case key.Matches(msg, k.Pane2, k.Pane3):
		if m.mode != detailSections {
			m.mode = detailSections
			m.fillPanes()
		}
		f := focusPane2
		if key.Matches(msg, k.Pane3) {
			f = focusPane3
		}
		cmd = m.setFocus(f)
	default:
		cmd = m.moveKey(msg)
	}
	return m, cmd
}

// holdKey reports whether msg must wait for the list query in flight: a
// list movement would otherwise act on the old list and be undone when the
// new one arrives, and keys after a held one (or typed while a digest jump
// loads) must not overtake it. Quit never waits.
func (m Model) holdKey(msg tea.KeyMsg) bool {
	k := m.c.keys
	if !m.listLoading || key.Matches(msg, k.Quit) {
		return false
	}
	if len(m.typeahead) > 0 || m.openOnLoad != 0 {
		return true
	}
	if key.Matches(msg, k.NextUnread, k.PrevUnread, k.NextItem, k.PrevItem) {
		return true
	}
	return m.focus == focusList && key.Matches(msg, k.Up, k.Down, k.PageUp, k.PageDown, k.HalfPageUp, k.HalfPageDown, k.Top, k.Bottom)
}

// replayTypeahead handles the keys held while the list loaded, in order,
// until one of them starts another list query (the rest wait for that).
func (m *Model) replayTypeahead() tea.Cmd {
	var cmds []tea.Cmd
	for len(m.typeahead) > 0 && !m.listLoading && !m.quitting {
		k := m.typeahead[0]
		m.typeahead = m.typeahead[1:]
		nm, cmd := m.handleKey(k)
		*m = nm.(Model)
		cmds = append(cmds, cmd)
	}
	if len(m.typeahead) == 0 {
		m.typeahead = nil
	}
	return tea.Batch(cmds...)
}

// handleKeys handles keys in order, as handleRunes does, for keys an
// overlay held while it loaded and handed back when it closed.
func (m *Model) handleKeys(keys []tea.KeyMsg) tea.Cmd {
	var cmds []tea.Cmd
	for _, k := range keys {
		if m.quitting {
			break
		}
		nm, cmd := m.handleKey(k)
		*m = nm.(Model)
		cmds = append(cmds, cmd)
	}
	return tea.Batch(cmds...)
}

func (m Model) quit() (tea.Model, tea.Cmd) {
	m.quitting = true
	if m.refreshCancel != nil {
		m.refreshCancel()
	}
	if m.rescore.cancel != nil {
		m.rescore.cancel()
	}
	if m.queryCancel != nil {
		m.queryCancel()
	}
	return m, tea.Quit
}

// moveKey moves the list cursor or scrolls the focused pane.
func (m *Model) moveKey(msg tea.KeyMsg) tea.Cmd {
	if m.focus != focusList {
		p := m.focusedPane()
		*p = p.update(msg)
		return nil
	}
	if !m.list.update(msg) {
		return nil
	}
	return tea.Batch(m.fetchPage(), m.syncDetail(false))
}

func (m *Model) focusedPane() *paneModel {
	if m.mode != detailSections {
		return &m.solo
	}
	return &m.panes[clamp(int(m.focus)-1, 0, 2)]
}

func (m Model) paneCount() int {
	if m.mode != detailSections {
		return 1
	}
	return 3
}

// setFocus moves the focus; entering the panes marks the item read.
func (m *Model) setFocus(f focusArea) tea.Cmd {
	f = focusArea(clamp(int(f), 0, m.paneCount()))
	from := m.focus
	m.focus = f
	for i := range m.panes {
		m.panes[i].focused = m.mode == detailSections && int(f) == i+1
	}
	m.solo.focused = m.mode != detailSections && f != focusList
	if from != f {
		m.layout()
	}
	if f != focusList {
		return m.markSelectedRead()
	}
	m.fromDigest = false
	return nil
}

// setMode toggles the full text or the ideology reasons in place of the panes.
func (m *Model) setMode(mode detailMode) tea.Cmd {
	if m.mode == mode {
		mode = detailSections
	}
	wasPane := m.focus != focusList
	if m.mode == detailSections && wasPane {
		m.sectionFocus = m.focus
	}
	m.mode = mode
	m.fillPanes()
	f := focusList
	if wasPane {
		f = focusPane1
		if mode == detailSections && m.sectionFocus > focusList {
			f = m.sectionFocus // back to the section pane that was read
		}
	}
	m.focus = -1 // force a relayout
	return m.setFocus(f)
}

// canGoBack reports whether back has a level to leave.
func (m Model) canGoBack() bool {
	return m.mode != detailSections || m.focus != focusList || m.f.Search != "" || m.f.Watch || len(m.f.Alerts) > 0
}

// back leaves the full text or reasons, then the panes, then clears the
// search, then leaves the watchlist view, then the new-for-watched view.
func (m *Model) back() tea.Cmd {
	switch {
	case m.mode != detailSections:
		return m.setMode(detailSections)
	case m.focus != focusList:
		back := m.fromDigest
		cmd := m.setFocus(focusList)
		if back {
			// Opened from the digest: back there, where it was left.
			m.overlay = overlayDigest
		}
		return cmd
	case m.f.Search != "":
		m.f.Search = ""
		return m.filtersChanged(true)
	case m.f.Watch:
		m.f.Watch = false
		return m.filtersChanged(true)
	case len(m.f.Alerts) > 0:
		return m.switchView(m.tabs.back)
	}
	return nil
}

// toggleNewWatched switches to the new-for-watchlist tab, or from it back
// to the tab it was opened from.
func (m *Model) toggleNewWatched() tea.Cmd {
	i := m.tabs.newWatched()
	switch {
	case i < 0:
		return m.setStatus("no new items for watched companies since lode started", false)
	case m.tabs.active == i:
		return m.switchView(m.tabs.back)
	}
	m.tabs.back = m.tabs.active
	return m.switchView(i)
}

// seeking is a move to the next or previous (unread) item that waits for
// the list page holding it.
type seeking struct {
	dir    int // 1 forward, -1 back, 0 none
	unread bool
}

// seek opens the next (dir 1) or previous (dir -1) item, or unread item,
// in the panes, marking it read, as newsboat's n/p and J/K do. From the
// list an unread search starts at the selected item itself, so the first
// n reads the item under the cursor when it is unread. Rows beyond the
// cached page are loaded first (see continueSeek).
func (m *Model) seek(dir int, unread bool) tea.Cmd {
	if m.list.total == 0 {
		return m.setStatus("no items", false)
	}
	from := m.list.cursor + dir
	if unread && m.focus == focusList {
		if it, ok := m.list.selected(); ok && !it.Read {
			from = m.list.cursor
		}
	}
	m.seeking = seeking{dir: dir, unread: unread}
	return m.continueSeek(from)
}

// continueSeek looks for the item seek wants from index from on. When it
// reaches a row that is not cached, it moves the cursor there and fetches
// the page; the page's arrival calls it again.
func (m *Model) continueSeek(from int) tea.Cmd {
	s := m.seeking
	if s.dir == 0 {
		return nil
	}
	for i := from; i >= 0 && i < m.list.total; i += s.dir {
		it, ok := m.list.row(i)
		if !ok {
			m.list.moveTo(i)
			return m.fetchPage()
		}
		if s.unread && it.Read {
			continue
		}
		m.seeking = seeking{}
		m.list.moveTo(i)
		f := m.focus
		if f == focusList {
			f = focusPane1
		}
		return tea.Batch(m.fetchPage(), m.syncDetail(false), m.setFocus(f))
	}
	m.seeking = seeking{}
	// Nothing further: the cursor goes back to the last row it passed that
	// is cached, the one it started from when none was skipped.
	m.list.moveTo(clamp(m.list.cursor, m.list.start, m.list.start+len(m.list.rows)-1))
	var status string
	switch {
	case s.unread && s.dir > 0:
		status = "no more unread items below"
	case s.unread:
		status = "no unread items above"
	case s.dir > 0:
		status = "this is the last item"
	default:
		status = "this is the first item"
	}
	return tea.Batch(m.setStatus(status, false), m.syncDetail(false))
}

func (m Model) searchKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	var res searchResult
	m.search, res = m.search.update(msg)
	switch res {
	case searchChanged:
		m.f.Search = m.search.value()
		return m, m.filtersChanged(false)
	case searchKeep:
		return m, tea.Batch(m.setFocus(focusList), saveFiltersCmd(m.st, m.f))
	case searchClear:
		if m.f.Search == "" {
			return m, saveFiltersCmd(m.st, m.f)
		}
		m.f.Search = ""
		return m, m.filtersChanged(true)
	}
	return m, nil
}

// feedsKey moves in the feeds view; enter shows the chosen feed's or
// tag's items as the query.
func (m Model) feedsKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	var res feedsResult
	var q string
	m.feeds, res, q = m.feeds.update(msg)
	switch res {
	case feedsClose:
		m.overlay = overlayNone
	case feedsShow:
		f, err := filters{View: m.f.View, Sort: m.f.Sort, Sorts: m.f.Sorts}.applyQuery(q, m.queryEnv())
		if err != nil {
			return m, m.setStatus("query: "+err.Error(), true)
		}
		m.overlay = overlayNone
		m.f = f
		return m, tea.Batch(m.setFocus(focusList), m.filtersChanged(true))
	}
	return m, nil
}

// switchView shows tab i: its query, and the order last chosen in it.
func (m *Model) switchView(i int) tea.Cmd {
	f, err := m.tabs.filtersFor(i, m.f.Sorts, m.queryEnv())
	if err != nil {
		return m.setStatus(err.Error(), true)
	}
	m.tabs.active = i
	m.f = f
	return m.filtersChanged(true)
}

// viewCounts recounts every tab's unread items.
func (m *Model) viewCounts() tea.Cmd {
	if m.st == nil {
		return nil
	}
	return m.tabs.countsCmd(m.st, m.queryEnv(), m.watch)
}

// saveView saves the current query as a new tab named name.
func (m *Model) saveView(name string) tea.Cmd {
	v := View{Name: name, Query: m.f.text(), Sort: m.f.Sort.String()}
	i := m.tabs.add(v)
	m.tabs.active, m.f.View = i, i
	save := m.opts.SaveView
	return tea.Batch(saveFiltersCmd(m.st, m.f), m.viewCounts(), func() tea.Msg {
		if err := save(v); err != nil {
			return writeDoneMsg{what: "save view", err: fmt.Errorf("save view %q: %w", name, err)}
		}
		return writeDoneMsg{what: "saved view " + name}
	})
}

// promptKey edits the query; enter applies it when it parses and resolves,
// else the error shows and the list keeps its results.
func (m Model) promptKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	var res promptResult
	m.prompt, res = m.prompt.update(msg)
	if res != promptApply {
		return m, nil
	}
	if m.prompt.naming {
		name := strings.TrimSpace(m.prompt.value())
		if name == "" {
			return m, m.setStatus("a view needs a name", true)
		}
		m.prompt.close()
		return m, m.saveView(name)
	}
	f, err := m.f.applyQuery(m.prompt.value(), m.queryEnv())
	if err != nil {
		return m, m.setStatus("query: "+err.Error(), true)
	}
	m.prompt.close()
	m.clearStatus()
	m.f = f
	return m, m.filtersChanged(true)
}

func (m Model) pickerKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	var res pickerResult
	m.picker, res = m.picker.update(msg)
	return m, m.pickerDone(res)
}

// pickerDone closes the picker on cancel, and applies its selection on enter.
func (m *Model) pickerDone(res pickerResult) tea.Cmd {
	switch res {
	case pickerCancel:
		m.overlay = overlayNone
	case pickerApply:
		m.overlay = overlayNone
		m.f.Companies = m.picker.selection()
		m.f.Watch = false
		return m.filtersChanged(true)
	}
	return nil
}

// companiesLoaded gives the picker its companies; keys it held while they
// loaded apply now, and those typed after an enter go to the reader.
func (m *Model) companiesLoaded(msg companiesMsg) tea.Cmd {
	res, rest := m.picker.setCompanies(msg.counts, msg.err)
	if m.overlay != overlayPicker {
		return nil
	}
	cmd := m.pickerDone(res)
	return tea.Batch(cmd, m.handleKeys(rest))
}

func (m Model) digestKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	k := m.c.keys
	if key.Matches(msg, k.Back, k.Clear, k.Digest) {
		m.overlay = overlayNone
		return m, nil
	}
	var id int64
	m.digest, id = m.digest.update(msg)
	if id == 0 {
		return m, nil
	}
	return m, m.jumpTo(id)
}

// digestLoaded shows the digest; keys it held while it loaded apply now,
// and those typed after an enter follow the jump.
func (m *Model) digestLoaded(msg digestMsg) tea.Cmd {
	id, rest := m.digest.set(msg.entries, msg.read, msg.err)
	if m.overlay != overlayDigest || id == 0 {
		return nil
	}
	cmd := m.jumpTo(id)
	return tea.Batch(cmd, m.handleKeys(rest))
}

// jumpTo leaves the digest for item id: the list reloads around it (clearing
// the filters when they hide it) and, once it is selected, opens it as enter
// in the list does, marking it read.
func (m *Model) jumpTo(id int64) tea.Cmd {
	m.overlay = overlayNone
	m.fromDigest = true
	m.qseq++
	m.forceDetail = true
	ctx := m.newQueryCtx()
	m.openOnLoad = id
	return listCmd(ctx, m.st, m.f, m.watch, m.qseq, id, 0, true)
}

// openJumped opens the item a digest jump asked for once the list selects it.
func (m *Model) openJumped() tea.Cmd {
	id := m.openOnLoad
	m.openOnLoad = 0
	if it, ok := m.list.selected(); ok && id != 0 && it.ID == id {
		return m.setFocus(focusPane1)
	}
	return nil
}

// newQueryCtx cancels the previous list query and returns a context for the
// next; keys typed until it arrives wait for it (see holdKey).
func (m *Model) newQueryCtx() context.Context {
	if m.queryCancel != nil {
		m.queryCancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.queryCancel = cancel
	m.listLoading = true
	m.openOnLoad = 0
	return ctx
}

// filtersChanged reloads the list for the new filters, keeping the selected
// item when it still matches; save persists the filters.
func (m *Model) filtersChanged(save bool) tea.Cmd {
	m.qseq++
	var anchor int64
	if it, ok := m.list.selected(); ok {
		anchor = it.ID
	}
	cmd := listCmd(m.newQueryCtx(), m.st, m.f, m.watch, m.qseq, anchor, 0, false)
	if save {
		return tea.Batch(cmd, saveFiltersCmd(m.st, m.f))
	}
	return cmd
}

// reload refreshes the list in place, keeping the selection.
func (m *Model) reload() tea.Cmd {
	m.qseq++
	var anchor int64
	if it, ok := m.list.selected(); ok {
		anchor = it.ID
	}
	m.forceDetail = true
	return listCmd(m.newQueryCtx(), m.st, m.f, m.watch, m.qseq, anchor, m.list.cursor, false)
}

// fetchPage asks for the page around the cursor when the window runs out.
func (m *Model) fetchPage() tea.Cmd {
	if m.listLoading {
		return nil // the new list brings its own page
	}
	start := m.list.need()
	if start < 0 || m.f.matchesNothing(m.watch) {
		return nil
	}
	if m.listStale {
		// Rows read or unstarred here left the query's result, so its
		// pages no longer line up with the list: load it afresh.
		return m.reload()
	}
	return pageCmd(m.st, m.f.query(m.watch), m.list.seq, start)
}

// syncDetail loads the selected item's full text when the selection changed.
func (m *Model) syncDetail(force bool) tea.Cmd {
	it, ok := m.list.selected()
	if !ok {
		if m.list.total == 0 && m.detailID != 0 {
			m.detailID, m.detail, m.detailLoaded, m.detailErr = 0, item.Item{}, false, ""
			m.fillPanes()
		}
		return nil
	}
	if it.ID == m.detailID && !force {
		return nil
	}
	if it.ID != m.detailID {
		m.detailID, m.detail, m.detailLoaded, m.detailErr = it.ID, it, false, ""
		m.fillPanes()
	}
	return itemCmd(m.st, it.ID)
}

// toggleWatch opens the watch chooser on the selected item's companies.
func (m *Model) toggleWatch() tea.Cmd {
	it, ok := m.list.selected()
	if !ok {
		return nil
	}
	if len(it.Companies) == 0 {
		return m.setStatus("this item names no companies", false)
	}
	m.overlay = overlayWatch
	m.watcher.open(it.Companies)
	return nil
}

func (m Model) watchKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	var name string
	var closed bool
	m.watcher, name, closed = m.watcher.update(msg)
	if closed {
		m.overlay = overlayNone
		if m.f.Watch {
			return m, m.reload()
		}
		return m, nil
	}
	if name == "" {
		return m, nil
	}
	return m, m.toggleWatched(name)
}

// toggleWatched watches or stops watching one company; the rest of the
// watchlist stays as it is.
func (m *Model) toggleWatched(name string) tea.Cmd {
	low := strings.ToLower(name)
	status := "watching " + sanitize.Line(name)
	if lowerSet(m.watch)[low] {
		m.watch = slices.DeleteFunc(slices.Clone(m.watch), func(w string) bool { return strings.ToLower(w) == low })
		status = "stopped watching " + sanitize.Line(name)
	} else {
		m.watch = append(slices.Clone(m.watch), name)
	}
	m.list.watched = lowerSet(m.watch)
	return tea.Batch(saveWatchCmd(m.opts.SaveWatchlist, m.watch), m.setStatus(status, false))
}

// openLinks shows the shown item's numbered references.
func (m *Model) openLinks() tea.Cmd {
	if m.detailID == 0 {
		return m.setStatus("no item selected", false)
	}
	if !m.detailLoaded || m.detailErr != "" {
		return m.setStatus("the item's text is not loaded", false)
	}
	m.overlay = overlayLinks
	m.links.open(m.detail.Title, m.detail.Sections.Links)
	return nil
}

func (m Model) linksKey(msg tea.KeyMsg) (tea.Model, tea.Cmd) {
	var link string
	var closed bool
	m.links, link, closed = m.links.update(msg)
	if closed {
		m.overlay = overlayNone
		return m, nil
	}
	if link == "" {
		return m, nil
	}
	if err := CheckURL(link); err != nil {
		return m, m.setStatus(fmt.Sprintf("not opening link: %v", err), true)
	}
	return m, openCmd(m.opts.OpenURL, link)
}

// selectedLink is the link of the selected item.
func (m Model) selectedLink() (string, bool) {
	if m.detailID != 0 {
		return m.detail.Link, true
	}
	it, ok := m.list.selected()
	return it.Link, ok
}

// linkVerb is what a link key does with the selected item's link.
type linkVerb int

const (
	linkOpenRead linkVerb = iota // open it and mark the item read
	linkOpen                     // open it, read state unchanged
	linkCopy                     // copy it to the clipboard
)

// linkAction opens or copies the selected item's link after checking it;
// linkOpenRead also marks the item read.
func (m *Model) linkAction(v linkVerb) tea.Cmd {
	link, ok := m.selectedLink()
	if !ok {
		return m.setStatus("no item selected", false)
	}
	if err := CheckURL(link); err != nil {
		verb := "opening"
		if v == linkCopy {
			verb = "copying"
		}
		return m.setStatus(fmt.Sprintf("not %s link: %v", verb, err), true)
	}
	switch v {
	case linkOpenRead:
		return tea.Batch(openCmd(m.opts.OpenURL, link), m.markSelectedRead())
	case linkOpen:
		return openCmd(m.opts.OpenURL, link)
	}
	return copyCmd(m.clipboard, link, m.tmux)
}

// fetchArticle asks for the shown (or selected) item's article page in a
// command; the reload that follows shows it.
func (m *Model) fetchArticle() tea.Cmd {
	if m.opts.FetchArticle == nil {
		return m.setStatus("full article unavailable", false)
	}
	id := m.detailID
	if id == 0 {
		it, ok := m.list.selected()
		if !ok {
			return m.setStatus("no item selected", false)
		}
		id = it.ID
	}
	return tea.Batch(m.setStatus("fetching the article page…", false), articleCmd(m.opts.FetchArticle, id))
}

// startRefresh begins a background refresh; manual says a key asked for it.
func (m *Model) startRefresh(manual bool) tea.Cmd {
	if m.opts.Refresh == nil {
		if manual {
			return m.setStatus("refresh unavailable: no feeds configured (lode feeds add URL)", false)
		}
		return nil
	}
	if m.refreshing {
		if manual {
			return m.setStatus("a refresh is already running", false)
		}
		return nil
	}
	m.refreshing = true
	m.refreshGen++
	m.progress = Progress{}
	m.clearStatus() // the progress replaces an older message or error
	m.list.empty = m.emptyText()
	ctx, cancel := context.WithCancel(context.Background())
	m.refreshCancel = cancel
	return tea.Batch(refreshCmds(ctx, m.st, m.opts.Refresh, manual, m.refreshGen), m.after(spinInterval, spinTickMsg{gen: m.refreshGen}))
}

// clearStatus removes the status message; a pending clear timer for it
// becomes stale.
func (m *Model) clearStatus() {
	m.status, m.statusErr = "", false
	m.statusGen++
}

// setStatus shows a one-line message in the status bar for a while,
// replacing the previous one.
func (m *Model) setStatus(text string, isErr bool) tea.Cmd {
	m.status = sanitize.Line(text)
	m.statusErr = isErr
	m.statusGen++
	ttl := statusTTL
	if isErr {
		ttl = errorTTL
	}
	return m.after(ttl, statusClearMsg{gen: m.statusGen})
}

func (m *Model) handleMsg(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case initMsg:
		m.f = msg.filters
		if m.f.View < 0 || m.f.View >= len(m.tabs.views) {
			m.f.View = 0
		}
		m.tabs.active = m.f.View
		m.lastRefresh = msg.lastRefresh
		cmds := []tea.Cmd{m.viewCounts()}
		if len(msg.errs) > 0 {
			cmds = append(cmds, m.setStatus(strings.Join(msg.errs, "; "), true))
		}
		cmds = append(cmds, m.listLoaded(msg.list))
		return tea.Batch(cmds...)
	case listLoadedMsg:
		return m.listLoaded(msg)
	case feedsMsg:
		m.feeds.set(msg)
		return nil
	case viewCountsMsg:
		if msg.err != nil {
			return m.setStatus(msg.err.Error(), true)
		}
		if len(msg.unread) == len(m.tabs.unread) {
			m.tabs.unread = msg.unread
		}
		return nil
	case pageMsg:
		if msg.seq != m.list.seq {
			return nil
		}
		if msg.err != nil {
			m.list.pending = -1
			m.seeking = seeking{}
			return m.setStatus(msg.err.Error(), true)
		}
		m.list.applyPage(msg)
		if m.seeking.dir != 0 {
			return m.continueSeek(m.list.cursor)
		}
		return tea.Batch(m.syncDetail(false), m.fetchPage())
	case itemMsg:
		return m.itemLoaded(msg)
	case flagSavedMsg:
		return m.flagSaved(msg)
	case writeDoneMsg:
		if msg.err != nil {
			return tea.Batch(m.setStatus(msg.err.Error(), true), m.reload())
		}
		if msg.reload {
			return tea.Batch(m.setStatus(msg.what, false), m.reload())
		}
	case countsMsg:
		if msg.seq == m.qseq && msg.recount == m.recount && msg.err == nil && !m.f.matchesNothing(m.watch) {
			m.counts = msg.counts
		}
	case mineralsMsg:
		m.mineral.set(msg)
	case companiesMsg:
		return m.companiesLoaded(msg)
	case refreshProgressMsg:
		if msg.gen != m.refreshGen || !m.refreshing {
			return nil
		}
		m.progress = msg.p
		return listenProgress(msg.ch, msg.gen)
	case refreshDoneMsg:
		return m.refreshDone(msg)
	case rescoreProgressMsg, rescoreDoneMsg:
		return m.rescoreMsg(msg)
	case autoRefreshMsg:
		if msg.gen != m.autoGen {
			return nil
		}
		if m.refreshing {
			return m.scheduleAuto()
		}
		if m.opts.Refresh == nil {
			return nil
		}
		return m.startRefresh(false)
	case spinTickMsg:
		if msg.gen != m.refreshGen || !m.refreshing {
			return nil
		}
		m.spin++
		return m.after(spinInterval, spinTickMsg{gen: msg.gen})
	case statusClearMsg:
		if msg.gen == m.statusGen {
			m.clearStatus()
		}
	case linkDoneMsg:
		if msg.err != nil {
			return m.setStatus(msg.err.Error(), true)
		}
		return m.setStatus(msg.what, false)
	case watchSavedMsg:
		if msg.err != nil {
			return m.setStatus(msg.err.Error(), true)
		}
	case digestMsg:
		return m.digestLoaded(msg)
	}
	return nil
}

func (m *Model) scheduleAuto() tea.Cmd {
	if m.opts.RefreshEvery <= 0 {
		return nil
	}
	m.autoGen++
	return m.after(m.opts.RefreshEvery, autoRefreshMsg{gen: m.autoGen})
}

func (m *Model) listLoaded(msg listLoadedMsg) tea.Cmd {
	if msg.seq != m.qseq {
		return nil // stale: a newer query is on its way
	}
	m.listLoading = false
	var cmds []tea.Cmd
	if msg.err != nil {
		m.list.loaded = true
		m.ready = true
		m.openOnLoad = 0
		if errors.Is(msg.err, context.Canceled) {
			return m.replayTypeahead() // held keys must not wait forever
		}
		return tea.Batch(m.setStatus(msg.err.Error(), true), m.replayTypeahead(), m.firstFrame())
	}
	if msg.filters != nil {
		m.f = *msg.filters
		cmds = append(cmds, saveFiltersCmd(m.st, m.f), m.setStatus("filters cleared to show the item", false))
	}
	m.listStale = false
	m.counts = msg.counts
	m.terms = msg.terms
	m.list.terms = m.terms
	m.emptyCache = msg.emptyCache
	m.watchCounts = msg.watchCounts
	m.list.empty = m.emptyText()
	m.list.apply(msg)
	for i := range m.panes {
		m.panes[i].setTerms(m.terms)
	}
	m.solo.setTerms(m.terms)
	m.ready = true
	force := m.forceDetail
	m.forceDetail = false
	if m.seeking.dir != 0 {
		cmds = append(cmds, m.continueSeek(m.list.cursor))
	}
	cmds = append(cmds, m.openJumped())
	cmds = append(cmds, m.replayTypeahead())
	cmds = append(cmds, m.syncDetail(force), m.fetchPage(), m.firstFrame())
	return tea.Batch(cmds...)
}

func (m *Model) itemLoaded(msg itemMsg) tea.Cmd {
	if msg.id != m.detailID {
		return nil // the selection moved on
	}
	if msg.err != nil {
		m.detailLoaded = true
		m.detailErr = msg.err.Error()
		m.fillPanes()
		return tea.Batch(m.setStatus(msg.err.Error(), true), m.firstFrame())
	}
	it := msg.it
	if row, ok := m.list.selected(); ok && row.ID == it.ID {
		// The list holds the latest local read/star changes.
		it.Read, it.Starred = row.Read, row.Starred
	}
	m.detail, m.detailLoaded, m.detailErr = it, true, ""
	m.fillPanes()
	return m.firstFrame()
}

// firstFrame acts once, when the first complete frame (list and panes) is
// on screen: it quits when benchmarking, and otherwise warms the cache's
// list index in the background so the first filter keystroke is fast.
func (m *Model) firstFrame() tea.Cmd {
	if m.framed || m.quitting || !m.ready || m.width <= 0 || m.height <= 0 {
		return nil
	}
	if _, ok := m.list.selected(); ok && !m.detailLoaded {
		return nil
	}
	m.framed = true
	if m.opts.ExitAfterFirstFrame {
		m.quitting = true
		return tea.Quit
	}
	if m.opts.ExitAfterWarm {
		return tea.Sequence(warmCmd(m.st), tea.Quit)
	}
	return tea.Batch(warmCmd(m.st), m.startRescore())
}

func (m *Model) refreshDone(msg refreshDoneMsg) tea.Cmd {
	if msg.gen != m.refreshGen {
		return nil
	}
	m.refreshing = false
	m.offline = msg.res.Offline
	if !msg.lastRefresh.IsZero() {
		m.lastRefresh = msg.lastRefresh
	}
	var status string
	isErr := msg.err != nil
	switch {
	case msg.err != nil:
		status = msg.err.Error()
	case msg.res.Offline && m.emptyCache:
		// A first run without network: there is nothing cached to show.
		status = "offline: no feed could be reached and nothing is cached yet; check the network, then press r"
		isErr = true
	case msg.res.Offline:
		status = "offline: no feed could be reached, showing cached items"
		isErr = true
	default:
		r := msg.res
		parts := []string{fmt.Sprintf("refreshed: %d new, %d updated", r.New, r.Updated)}
		if r.FeedsFailed > 0 {
			parts = append(parts, plural(r.FeedsFailed, "feed")+" failed")
		}
		if n := len(r.NewWatchedIDs); n > 0 {
			if i := m.tabs.setNewWatched(r.NewWatchedIDs); m.tabs.active == i {
				m.f.Alerts = slices.Clone(r.NewWatchedIDs) // shown by the reload below
			}
			parts = append(parts, fmt.Sprintf("★ %d new for watched companies: press %s to see them", n, first(m.c.keys.Alerts)))
		}
		if len(r.Errors) > 0 {
			parts = append(parts, r.Errors[0])
			isErr = true
		}
		status = strings.Join(parts, " · ")
	}
	return tea.Batch(m.setStatus(status, isErr), m.reload(), m.scheduleAuto(), warmCmd(m.st), m.viewCounts())
}

// emptyText explains an empty list.
func (m Model) emptyText() string {
	if m.emptyCache {
		switch {
		case m.refreshing:
			return "No briefings yet: fetching your feeds…"
		case m.offline:
			return "No briefings yet: no feed could be reached. Check the network, then press r"
		case m.opts.Refresh != nil:
			return "No briefings yet: press " + first(m.c.keys.Refresh) + " to fetch your feeds"
		}
		return "No briefings yet: add a feed with `lode feeds add URL`, or try `lode --demo`"
	}
	return m.f.emptyMessage(m.c.keys)
}

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
		sub := fmt.Sprintf("score %.2f · political share %d%% · %s", ideo.Score, int(ideo.PoliticalShare*100+0.5), verdict)
		var lines []string
		for _, r := range ideo.Reasons {
			if r = sanitize.Line(r); r != "" {
				lines = append(lines, "• "+r)
			}
		}
		text := fmt.Sprintf("Score %.2f, political share %d%%, %s.", ideo.Score, int(ideo.PoliticalShare*100+0.5), verdict)
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
