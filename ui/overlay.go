package ui

import (
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/sanitize"
)

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
