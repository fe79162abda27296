package ui

import (
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
)

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
