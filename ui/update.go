package ui

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

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

const (
	linkOpenRead linkVerb = iota // open it and mark the item read
	linkOpen                     // open it, read state unchanged
	linkCopy                     // copy it to the clipboard
)

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
