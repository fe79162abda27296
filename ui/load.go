package ui

import (
	"context"
	"errors"
	"strings"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/item"
)

// switchView shows tab i: its query, and the order last chosen in it.
func (m *Model) switchView(i int) tea.Cmd {
	f, err := m.tabs.filtersFor(i, m.f.Sorts, m.queryEnv())
	if err != nil {
		return m.setStatus(err.Error(), true)
	}
	m.tabs.active = i
	m.f = f
	m.fromFeeds = nil
	return m.filtersChanged(true)
}

// viewCounts recounts every tab's unread items.
func (m *Model) viewCounts() tea.Cmd {
	if m.st == nil {
		return nil
	}
	return m.tabs.countsCmd(m.st, m.queryEnv(), m.watch)
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
// list index in the background so the first filter keystroke is fast,
// loads the company dictionary and starts the rescoring.
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
		// A session holds the dictionary too, built before the index
		// warms: the memory figure counts it.
		return tea.Sequence(m.loadDictionary(), warmCmd(m.st), tea.Quit)
	}
	return tea.Batch(warmCmd(m.st), m.loadDictionary(), m.startRescore())
}

// emptyText explains an empty list.
func (m Model) emptyText() string {
	if m.emptyCache {
		switch {
		case m.refresh.running:
			return "No briefings yet: fetching your feeds…"
		case m.refresh.offline:
			return "No briefings yet: no feed could be reached. Check the network, then press r"
		case m.opts.Refresh != nil:
			return "No briefings yet: press " + first(m.c.keys.Refresh) + " to fetch your feeds"
		}
		return "No briefings yet: add a feed with `lode feeds add URL`, or try `lode --demo`"
	}
	return m.f.emptyMessage(m.c.keys)
}

// initLoaded installs the saved filters and the first page Init loaded.
func (m *Model) initLoaded(msg initMsg) tea.Cmd {
	m.f = msg.filters
	if m.f.View < 0 || m.f.View >= len(m.tabs.views) {
		m.f.View = 0
	}
	m.tabs.active = m.f.View
	m.refresh.last = msg.lastRefresh
	cmds := []tea.Cmd{m.viewCounts()}
	if len(msg.errs) > 0 {
		cmds = append(cmds, m.setStatus(strings.Join(msg.errs, "; "), true))
	}
	cmds = append(cmds, m.listLoaded(msg.list))
	return tea.Batch(cmds...)
}

// pageLoaded installs a page of the list fetched while scrolling, and
// carries on a seek that waited for it.
func (m *Model) pageLoaded(msg pageMsg) tea.Cmd {
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
}

// countsLoaded shows the header's counts when they answer the latest query
// and recount.
func (m *Model) countsLoaded(msg countsMsg) {
	if msg.seq == m.qseq && msg.recount == m.recount && msg.err == nil && !m.f.matchesNothing(m.watch) {
		m.counts = msg.counts
	}
}

// writeDone reports a write to the cache; a failed one, or one that
// changed what the list shows, reloads it.
func (m *Model) writeDone(msg writeDoneMsg) tea.Cmd {
	if msg.err != nil {
		return tea.Batch(m.setStatus(msg.err.Error(), true), m.reload())
	}
	if msg.reload {
		// A write that reloads (mark all read, a fetched article) can
		// change what the tabs count.
		return tea.Batch(m.setStatus(msg.what, false), m.reload(), m.viewCounts())
	}
	return nil
}
