package ui

import (
	"context"
	"fmt"
	"io"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/store"
)

// itemActions is the part that owns the keys acting on the selected item:
// star, toggle read, mark the shown items read, watch its companies, list
// its links, open or copy its link and fetch its article page. It does no
// IO itself: writes, opens, copies and fetches are commands it returns.
type itemActions struct {
	keys  *itemKeys
	st    Store
	saves *flagSaves
	// openURL opens a link; fetchArticle fetches an item's article page
	// (nil: unavailable).
	openURL      func(url string) error
	fetchArticle func(ctx context.Context, id int64) (string, error)
	// clipboard receives the OSC 52 sequence that copies a link; tmux
	// wraps it for tmux.
	clipboard io.Writer
	tmux      bool
}

// itemTarget is what the item keys act on, as the reader shows it.
type itemTarget struct {
	row    item.Item // the list's selected row
	hasRow bool
	// shown is the item in the panes, shownID its id (0 when none);
	// ready is set once its text has loaded without error.
	shown   item.Item
	shownID int64
	ready   bool
	// total is how many items the list holds, unread how many of them
	// are unread; f and watch are its query.
	total, unread int
	f             filters
	watch         []string
}

// itemResult is what an item key asks of the root.
type itemResult struct {
	cmd    tea.Cmd // the write, open, copy or fetch it started
	status string  // a line for the status bar ("" for none)
	isErr  bool
	// watch opens the watch chooser on these companies; links opens the
	// link list on the shown item.
	watch []string
	links bool
	// markAll asks the root to hold this query until the question in
	// status is answered: y marks its items read (see markConfirm).
	markAll *store.Query
}

// update handles an item key for t; ok is false when the key is not one.
func (a itemActions) update(name keyName, t *itemTarget) (r itemResult, ok bool) {
	k := a.keys
	switch {
	case key.Matches(name, k.Links):
		switch {
		case t.shownID == 0:
			r.status = "no item selected"
		case !t.ready:
			r.status = "the item's text is not loaded"
		default:
			r.links = true
		}
	case key.Matches(name, k.Star):
		r.cmd = a.setFlag(t.row, t.hasRow, true, true, false)
	case key.Matches(name, k.ToggleRead):
		r.cmd = a.setFlag(t.row, t.hasRow, false, true, false)
	case key.Matches(name, k.MarkAllRead):
		if t.total == 0 || t.unread == 0 {
			r.status = "all read already"
			break
		}
		// One stray M must not lose a view's unread state: it asks first.
		q := t.f.query(t.watch)
		r.status = fmt.Sprintf("mark %s read? %s/n", plural(t.unread, "item"), first(k.Confirm))
		r.markAll = &q
	case key.Matches(name, k.Watch):
		switch {
		case !t.hasRow:
		case len(t.row.Companies) == 0:
			r.status = "this item names no companies"
		default:
			r.watch = t.row.Companies
		}
	case key.Matches(name, k.OpenLink):
		r = a.link(t, linkOpenRead)
	case key.Matches(name, k.OpenLinkKeep):
		r = a.link(t, linkOpen)
	case key.Matches(name, k.CopyLink):
		r = a.link(t, linkCopy)
	case key.Matches(name, k.Article):
		r = a.article(t)
	default:
		return r, false
	}
	return r, true
}

// linkVerb is what a link key does with the selected item's link.
type linkVerb int

const (
	linkOpenRead linkVerb = iota // open it and mark the item read
	linkOpen                     // open it, read state unchanged
	linkCopy                     // copy it to the clipboard
)

// link opens or copies the selected item's link after checking it;
// linkOpenRead also marks the item read.
func (a itemActions) link(t *itemTarget, v linkVerb) itemResult {
	link, ok := t.shown.Link, true
	if t.shownID == 0 {
		link, ok = t.row.Link, t.hasRow
	}
	if !ok {
		return itemResult{status: "no item selected"}
	}
	if err := CheckURL(link); err != nil {
		verb := "opening"
		if v == linkCopy {
			verb = "copying"
		}
		return itemResult{status: fmt.Sprintf("not %s link: %v", verb, err), isErr: true}
	}
	if v != linkCopy && demoLink(link) {
		// A browser would only say the host does not exist.
		return itemResult{status: "not opening link: the demo's links are not real pages", isErr: true}
	}
	switch v {
	case linkOpenRead:
		// The item is marked read once the browser started (linkDoneMsg).
		var read *item.Item
		if t.hasRow {
			row := t.row
			read = &row
		}
		return itemResult{cmd: openCmd(a.openURL, link, read)}
	case linkOpen:
		return itemResult{cmd: openCmd(a.openURL, link, nil)}
	}
	return itemResult{cmd: copyCmd(a.clipboard, link, a.tmux)}
}

// article asks for the shown (or selected) item's article page in a
// command; the reload that follows shows it.
func (a itemActions) article(t *itemTarget) itemResult {
	if a.fetchArticle == nil {
		return itemResult{status: "full article unavailable"}
	}
	id, link := t.shownID, t.shown.Link
	if id == 0 {
		if !t.hasRow {
			return itemResult{status: "no item selected"}
		}
		id, link = t.row.ID, t.row.Link
	}
	// The link is checked as o checks it, and said the same way.
	if err := CheckURL(link); err != nil {
		return itemResult{status: fmt.Sprintf("not fetching the article: %v", err), isErr: true}
	}
	if demoLink(link) {
		return itemResult{status: "not fetching the article: the demo's links are not real pages", isErr: true}
	}
	return itemResult{status: "fetching the article page…", cmd: articleCmd(a.fetchArticle, id)}
}

// itemKey hands an item key to the item actions and does what they ask:
// the status line first, then their command, or the overlay they open.
func (m *Model) itemKey(name keyName) (tea.Cmd, bool) {
	t := itemTarget{total: m.list.total, unread: m.counts.Unread, f: m.f, watch: m.watch}
	t.row, t.hasRow = m.list.selected()
	if m.detailID != 0 {
		t.shown, t.shownID, t.ready = m.detail, m.detailID, m.detailLoaded && m.detailErr == ""
	}
	r, ok := m.acts.update(name, &t)
	if !ok {
		return nil, false
	}
	switch {
	case r.links:
		m.overlay = overlayLinks
		m.links.open(m.detail.Title, m.detail.Sections.Links)
	case r.watch != nil:
		m.overlay = overlayWatch
		m.watcher.open(r.watch)
	}
	var status tea.Cmd
	if r.status != "" {
		status = m.setStatus(r.status, r.isErr)
	}
	if r.markAll != nil {
		m.confirm = markConfirm{q: *r.markAll, gen: m.statusGen, on: true}
	}
	return tea.Batch(status, r.cmd), true
}

// markConfirm is M's question waiting for its answer: the query whose
// items y marks read. It holds only while its question is the status line
// (gen is that line's statusGen): once another message replaces it, or
// its time runs out, the next key is an ordinary key again.
type markConfirm struct {
	q   store.Query
	gen int
	on  bool
}

// confirms reports whether name answers yes to M's question.
func (a itemActions) confirms(name keyName) bool { return key.Matches(name, a.keys.Confirm) }

// answerConfirm takes the key that answers M's question, if one is
// waiting: the confirm key (y) marks the items read, any other key keeps
// them unread and does nothing else. ok is false when no question is
// waiting.
func (m *Model) answerConfirm(name keyName) (tea.Cmd, bool) {
	c := m.confirm
	m.confirm = markConfirm{}
	if !c.on || c.gen != m.statusGen {
		return nil, false
	}
	if m.acts.confirms(name) {
		m.clearStatus()
		return markAllCmd(m.st, c.q), true
	}
	return m.setStatus("kept unread", false), true
}

// markSelectedRead marks the list's selected item read (opening it does).
func (m *Model) markSelectedRead() tea.Cmd {
	it, ok := m.list.selected()
	return m.acts.setFlag(it, ok, false, false, true)
}
