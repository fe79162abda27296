package ui

import (
	"fmt"
	"strings"

	"github.com/lode-reader/lode/internal/sanitize"
	"github.com/lode-reader/lode/internal/store"
)

// header is the two lines above the body: the name, the tabs and the
// cursor's place in the list, then the search box or query prompt being
// typed in beside the counts, or else the counts and the filters in force.
// It holds what it draws; Model.header fills it.
type header struct {
	st    *Styles
	keys  *KeyMap
	width int
	tabs  tabsModel
	// pos is the cursor's place (from 1) among total items.
	pos, total int
	counts     store.Counts
	// edit is the search box or query prompt open, drawn beside the
	// counts (editWidth wide); "" when neither is.
	edit string
	// alerts: items new for watched companies are shown.
	alerts bool
	sort   store.Sort
	// query is the filters' query text ("" for everything).
	query string
	// watch: the watchlist view, with each watched company's unread count.
	watch       bool
	watchCounts []store.CompanyCount
}

// header gathers what the header draws from the reader.
func (m Model) header() header {
	h := header{st: &m.c.styles, keys: &m.c.keys, width: m.width, tabs: m.tabs,
		total: m.list.total, pos: m.list.cursor + 1, counts: m.counts,
		alerts: len(m.f.Alerts) > 0, sort: m.f.Sort, query: m.f.text(),
		watch: m.f.Watch, watchCounts: m.watchCounts}
	switch {
	case m.search.active:
		sb := m.search
		sb.setWidth(h.editWidth())
		h.edit = sb.view()
	case m.prompt.active:
		pr := m.prompt
		pr.setWidth(h.editWidth())
		h.edit = pr.view()
	}
	return h
}

// countsText is the item, unread and flagged counts.
func (h header) countsText() string {
	c := h.counts
	return fmt.Sprintf("%s · %s unread · ⚑ %s flagged", plural(c.Items, "item"), count(c.Unread), count(c.Flagged))
}

// editCounts is the counts shown beside the search box or query prompt:
// all three when they leave the box half the line (at least 24 cells),
// else the items and unread, else the items alone.
func (h header) editCounts() string {
	c := h.counts
	room := h.width - 2 - min(h.width-2, max(h.width/2, 24))
	for _, s := range []string{
		h.countsText(),
		fmt.Sprintf("%s · %s unread", plural(c.Items, "item"), count(c.Unread)),
	} {
		if width(s) <= room {
			return s
		}
	}
	return plural(c.Items, "item")
}

// editWidth is the width of the search box or query prompt: the line
// less the counts beside it.
func (h header) editWidth() int {
	return max(h.width-width(h.editCounts())-2, 10)
}

// fitParts joins the filters line's parts with " | " in w cells: a part
// that does not fit is left out whole with those after it, except a query,
// which is cut after a whole term while "query: " and a term fit.
func fitParts(parts []string, w int) string {
	out := ""
	for i, p := range parts {
		sep := " | "
		if i == 0 {
			sep = ""
		}
		if width(out+sep+p) <= w {
			out += sep + p
			continue
		}
		if q, ok := strings.CutPrefix(p, "query: "); ok && i > 0 {
			if cut, ok := cutAtWord(q, w-width(out+sep+"query: ")); ok {
				out += sep + "query: " + cut
			}
		}
		if i == 0 {
			out = trunc(p, w)
		}
		break
	}
	return out
}

// View returns the header's two lines, each at most width cells.
func (h header) View() []string {
	w := h.width
	counts := h.countsText()
	left := h.st.Header.Render("lode") + "  " + h.tabs.view(max(w-6-12, 0))
	right := ""
	if h.total > 0 {
		right = fmt.Sprintf("%s/%s", count(h.pos), count(h.total))
	}
	line1 := spread(left, right, w)

	var line3 string
	if h.edit != "" {
		// The counts stay beside the box: they answer as you type.
		line3 = spread(h.edit, h.editCounts(), w)
	} else {
		var parts []string
		if h.alerts {
			parts = append(parts, "new for watched companies")
		}
		parts = append(parts, counts)
		if h.sort != store.SortNewest {
			parts = append(parts, "sort: "+h.sort.String())
		}
		if q := h.query; q != "" {
			parts = append(parts, "query: "+sanitize.Line(q))
		} else {
			// The key hints go in whole while they fit, never cut mid-word.
			k := h.keys
			used := width(strings.Join(parts, " | ")) + len(" | ")
			parts = append(parts, appendFit("query: (everything)", " · ", w-used,
				first(k.Query)+" edit", first(k.Companies)+" companies", first(k.Search)+" search",
				first(k.Flag)+" flagged", first(k.Unread)+" unread", first(k.Starred)+" starred"))
		}
		if h.watch {
			var wc []string
			for _, c := range h.watchCounts {
				wc = append(wc, fmt.Sprintf("%s %d", sanitize.Line(c.Name), c.Unread))
			}
			if len(wc) == 0 {
				wc = append(wc, "empty")
			}
			parts = append(parts, "watchlist unread: "+strings.Join(wc, " · "))
		}
		line3 = h.st.Filters.Render(fitParts(parts, w))
	}
	return []string{line1, fit(line3, w)}
}
