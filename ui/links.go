package ui

import (
	"fmt"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/sanitize"
)

// linksModel is the link list: the references numbered [1], [2], ... in
// the item's text, each openable (http and https only, as `o`).
type linksModel struct {
	c      *common
	keys   *linkKeys
	title  string
	links  []string
	cur    listCursor
	width  int
	height int
}

func newLinks(c *common) linksModel { return linksModel{c: c, keys: new(c.keys.linkKeys())} }

// open shows the references of the item titled title.
func (l *linksModel) open(title string, links []string) {
	l.title, l.links = title, append([]string(nil), links...)
	l.cur.reset()
}

func (l *linksModel) setSize(w, h int) {
	l.width, l.height = max(w, 0), max(h, 0)
	l.scroll()
}

func (l linksModel) rows() int { return max(l.height-2, 1) }

func (l *linksModel) scroll() { l.cur.scroll(l.rows()) }

// linkChosenMsg asks the root to open a link of the list and, unless keep
// is set, to mark the item read once it opened, as o and O do.
type linkChosenMsg struct {
	url  string
	keep bool
}

// update moves the cursor; enter or o opens the link under it and digits
// 1 to 9 open that reference directly, marking the item read, and O opens
// it leaving the item unread (linkChosenMsg); esc, back or the list's key
// close it (closeOverlayMsg).
func (l linksModel) update(msg tea.KeyMsg) (linksModel, tea.Msg) {
	k := l.keys
	switch {
	case key.Matches(msg, k.Cancel, k.Clear, k.Back, k.Links):
		return l, closeOverlayMsg{}
	case l.cur.move(msg, &k.cursorKeys, len(l.links)):
	case key.Matches(msg, k.Open, k.OpenLink, k.OpenLinkKeep):
		if len(l.links) > 0 {
			return l, linkChosenMsg{url: l.links[l.cur.pos], keep: key.Matches(msg, k.OpenLinkKeep)}
		}
	case msg.Type == tea.KeyRunes && len(msg.Runes) == 1 && msg.Runes[0] >= '1' && msg.Runes[0] <= '9':
		if i := int(msg.Runes[0] - '1'); i < len(l.links) {
			l.cur.pos = i
			l.scroll()
			return l, linkChosenMsg{url: l.links[i]}
		}
	}
	l.scroll()
	return l, nil
}

// view renders exactly height lines of exactly width cells.
func (l linksModel) view() []string {
	st := l.c.styles
	k := l.keys
	title := st.Heading.Render("Links")
	hint := hintsFit(l.width-width(title), first(k.Open)+" or a number opens (marks read)", first(k.OpenLinkKeep)+" keeps it unread", first(k.Back)+" closes")
	out := []string{
		fit(title+st.Dim.Render(hint), l.width),
		fit(st.Dim.Render("  in "+sanitize.Line(l.title)), l.width),
	}
	if len(l.links) == 0 {
		out = append(out, fit(st.Empty.Render("  This item has no numbered references."), l.width))
	}
	from, to := l.cur.window(l.rows(), len(l.links))
	for i := from; i < to; i++ {
		cur := "  "
		if i == l.cur.pos {
			cur = "› "
		}
		link := sanitize.Line(l.links[i])
		text := st.Link.Render(link)
		if err := CheckURL(l.links[i]); err != nil {
			text = st.Dim.Render(link + "  (" + err.Error() + ")")
		}
		line := fit(fmt.Sprintf("%s[%d] ", cur, i+1)+text, l.width)
		if i == l.cur.pos {
			line = st.RowSelected.Render(fit(fmt.Sprintf("%s[%d] %s", cur, i+1, link), l.width))
		}
		out = append(out, line)
	}
	return fillBox(out, l.width, l.height)
}
