package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/sanitize"
)

// The overlays (the search box, the query prompt, the company picker, the
// mineral chooser, the watch chooser, the link list, the digest, the feeds
// view and the key help) are models of their own: while one is open it
// takes every key through its update, which returns what it asks of the
// root as a message (closeOverlayMsg, companiesChosenMsg, ...). The root
// handles those like any other message: it owns the filters, the list and
// which overlay is open.

// closeOverlayMsg asks the root to close the open overlay.
type closeOverlayMsg struct{}

// overlayKey routes a key to the open text box or overlay, then handles
// what it asks for. Quit quits from an overlay that has no text box.
func (m *Model) overlayKey(msg tea.KeyMsg) tea.Cmd {
	var out tea.Msg
	switch {
	case m.search.active:
		m.search, out = m.search.update(msg)
	case m.prompt.active:
		m.prompt, out = m.prompt.update(msg)
	case m.overlay != overlayPicker && key.Matches(msg, m.c.keys.Quit):
		return m.quit()
	case m.overlay == overlayPicker:
		m.picker, out = m.picker.update(msg)
	case m.overlay == overlayMinerals:
		m.mineral, out = m.mineral.update(msg)
	case m.overlay == overlayWatch:
		m.watcher, out = m.watcher.update(msg)
	case m.overlay == overlayLinks:
		m.links, out = m.links.update(msg)
	case m.overlay == overlayDigest:
		m.digest, out = m.digest.update(msg)
	case m.overlay == overlayFeeds:
		m.feeds, out = m.feeds.update(msg)
	case m.overlay == overlayHelp:
		m.keyHelp, out = m.keyHelp.update(msg)
	}
	if out == nil {
		return nil
	}
	return m.handleMsg(out)
}

// openKey opens the overlay the key names, starting the load of what it shows.
// ok is false when the key opens none.
func (m *Model) openKey(name keyName) (cmd tea.Cmd, ok bool) {
	k := m.c.keys
	switch {
	case key.Matches(name, k.Help):
		m.overlay = overlayHelp
		m.keyHelp.open()
	case key.Matches(name, k.Search):
		m.search.open(m.f.Search)
	case key.Matches(name, k.Query):
		m.prompt.open(m.f.text(), completionNames(m.queryEnv()))
		return promptCountsCmd(m.st), true
	case key.Matches(name, k.FeedsView):
		if m.opts.Feeds == nil {
			return m.setStatus("feeds view unavailable", false), true
		}
		m.overlay = overlayFeeds
		m.feeds.open()
		return feedsCmd(m.opts.Feeds), true
	case key.Matches(name, k.SaveView):
		if m.opts.SaveView == nil {
			return m.setStatus("views cannot be saved here (no config file)", false), true
		}
		if len(m.f.Alerts) > 0 {
			return m.setStatus("the "+newWatchedTab+" tab lists the last refresh's items, not a query: it cannot be saved", false), true
		}
		m.prompt.openName()
	case key.Matches(name, k.Companies):
		m.overlay = overlayPicker
		m.picker.open(m.f.Companies)
		return companiesCmd(m.st), true
	case key.Matches(name, k.Minerals):
		m.overlay = overlayMinerals
		m.mineral.open(m.f.Minerals)
		return mineralsCmd(m.st), true
	case key.Matches(name, k.Digest):
		if m.opts.Digest == nil {
			return m.setStatus("digest unavailable", false), true
		}
		m.overlay = overlayDigest
		m.digest.open()
		return digestCmd(m.opts.Digest, m.st), true
	default:
		return nil, false
	}
	return nil, true
}

// overlayMsg handles what an overlay asked for after a key.
func (m *Model) overlayMsg(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case closeOverlayMsg:
		m.overlay = overlayNone
	case searchEditedMsg:
		m.f.Search = msg.text
		return m.filtersChanged(false)
	case searchKeptMsg:
		return tea.Batch(m.setFocus(focusList), saveFiltersCmd(m.st, m.f))
	case searchClearedMsg:
		if m.f.Search == "" {
			return saveFiltersCmd(m.st, m.f)
		}
		m.f.Search = ""
		return m.filtersChanged(true)
	case queryEnteredMsg:
		// The query applies when it parses and resolves; else the error
		// shows, the prompt stays open and the list keeps its results.
		f, err := m.f.applyQuery(msg.text, m.queryEnv())
		if err != nil {
			return m.setQueryErr(err)
		}
		m.prompt.close()
		m.clearStatus()
		m.f = f
		return m.filtersChanged(true)
	case viewNamedMsg:
		if msg.name == "" {
			return m.setStatus("a view needs a name", true)
		}
		m.prompt.close()
		return m.saveView(msg.name)
	case companiesChosenMsg:
		m.overlay = overlayNone
		m.f.Companies = msg.names
		m.f.Watch = false
		return m.filtersChanged(true)
	case mineralsChosenMsg:
		m.overlay = overlayNone
		m.f.Minerals = msg.names
		return m.filtersChanged(true)
	case digestJumpMsg:
		return m.jumpTo(msg.id)
	case feedQueryMsg:
		f, err := filters{View: m.f.View, Sort: m.f.Sort, Sorts: m.f.Sorts}.applyQuery(msg.query, m.queryEnv())
		if err != nil {
			return m.setQueryErr(err)
		}
		m.overlay = overlayNone
		if m.fromFeeds == nil {
			prev := m.f
			m.fromFeeds = &prev
		}
		m.f = f
		return tea.Batch(m.setFocus(focusList), m.filtersChanged(true))
	case watchToggleMsg:
		return m.toggleWatched(msg.name)
	case watchClosedMsg:
		m.overlay = overlayNone
		if m.f.Watch {
			return m.reload()
		}
	case linkChosenMsg:
		if err := CheckURL(msg.url); err != nil {
			return m.setStatus(fmt.Sprintf("not opening link: %v", err), true)
		}
		// Following a source counts as reading the item, as o does.
		var read *item.Item
		if !msg.keep && m.detailID != 0 {
			it := m.detail
			read = &it
		}
		return openCmd(m.opts.OpenURL, msg.url, read)
	}
	return nil
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

// companiesLoaded gives the picker its companies; keys it held while they
// loaded apply now, and those typed after an enter go to the reader.
func (m *Model) companiesLoaded(msg companiesMsg) tea.Cmd {
	out, rest := m.picker.setCompanies(msg.counts, msg.err)
	if m.overlay != overlayPicker || out == nil {
		return nil
	}
	cmd := m.overlayMsg(out)
	return tea.Batch(cmd, m.handleKeys(rest))
}

// digestLoaded shows the digest; keys it held while it loaded apply now,
// and those typed after an enter follow the jump.
func (m *Model) digestLoaded(msg digestMsg) tea.Cmd {
	out, rest := m.digest.set(msg.entries, msg.read, msg.err)
	if m.overlay != overlayDigest || out == nil {
		return nil
	}
	cmd := m.overlayMsg(out)
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
	// The tabs count unread items of is:watched: recount them now, not at
	// the next refresh.
	return tea.Batch(saveWatchCmd(m.opts.SaveWatchlist, m.watch), m.setStatus(status, false), m.viewCounts())
}
