package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/query"
	"github.com/lode-reader/lode/internal/sanitize"
	"github.com/lode-reader/lode/internal/store"
)

// tabsModel is the tab bar: the views (saved queries) with each one's
// unread count, and which one is active.
type tabsModel struct {
	c      *common
	keys   *tabKeys
	views  []View
	unread []int // -1 until counted, or when the view's query is bad
	// counted numbers the countings started and shown the newest shown:
	// countings run concurrently and may answer out of order.
	counted, shown int
	active         int
	// back is the tab N returns to from the new-for-watchlist tab.
	back int
}

// newWatchedTab names the transient tab of the new items about watched
// companies that the last refresh brought.
const newWatchedTab = "New for watchlist"

// newWatched returns the index of the new-for-watchlist tab, -1 when
// there is none.
func (t tabsModel) newWatched() int {
	return slices.IndexFunc(t.views, func(v View) bool { return v.ids != nil })
}

// setNewWatched makes the new-for-watchlist tab list ids, adding the tab
// after the others the first time, and returns its index. It is never
// saved: it lasts until lode quits.
func (t *tabsModel) setNewWatched(ids []int64) int {
	ids = slices.Clone(ids)
	if i := t.newWatched(); i >= 0 {
		t.views[i].ids = ids
		t.unread[i] = -1
		return i
	}
	return t.add(View{Name: newWatchedTab, ids: ids})
}

func newTabs(c *common, views []View) tabsModel {
	if len(views) == 0 {
		views = DefaultViews()
	}
	t := tabsModel{c: c, views: append([]View(nil), views...)}
	if c != nil { // nil: only the views' queries are wanted
		t.keys = new(c.keys.tabKeys())
	}
	t.unread = make([]int, len(t.views))
	for i := range t.unread {
		t.unread[i] = -1
	}
	return t
}

// update handles the tab keys: the previous and next tab, and the
// new-for-watchlist tab, which the same key leaves for the tab it was
// opened from. It returns the tab to show, or -1 with a status line when
// there is none; ok is false when the key is not a tab key.
func (t *tabsModel) update(name keyName) (show int, status string, ok bool) {
	k := t.keys
	n := len(t.views)
	switch {
	case key.Matches(name, k.PrevView):
		return (t.active + n - 1) % n, "", true
	case key.Matches(name, k.NextView):
		return (t.active + 1) % n, "", true
	case key.Matches(name, k.Alerts):
		i := t.newWatched()
		switch {
		case i < 0:
			return -1, "no new items for watched companies since lode started", true
		case t.active == i:
			return t.back, "", true
		}
		t.back = t.active
		return i, "", true
	}
	return -1, "", false
}

// add appends a view and returns its index.
func (t *tabsModel) add(v View) int {
	t.views = append(t.views, v)
	t.unread = append(t.unread, -1)
	return len(t.views) - 1
}

// viewCountsMsg carries each view's unread count (-1 for a bad query).
type viewCountsMsg struct {
	seq    int // which counting this answers (tabsModel.counted)
	unread []int
	err    error
}

// setCounts shows the tabs' unread counts, unless a tab was added since
// they were counted; it returns the counting's error.
// An answer older than the one shown is dropped.
func (t *tabsModel) setCounts(msg viewCountsMsg) error {
	if msg.seq < t.shown {
		return nil
	}
	if msg.err != nil {
		return msg.err
	}
	if len(msg.unread) == len(t.unread) {
		t.unread = msg.unread
		t.shown = msg.seq
	}
	return nil
}

// filtersFor is view i as filters, with the sort remembered for it.
func (t tabsModel) filtersFor(i int, sorts map[string]store.Sort, env query.Env) (filters, error) {
	v := t.views[i]
	f := filters{View: i, Sorts: sorts, Alerts: slices.Clone(v.ids)}
	if s, ok := sorts[v.Name]; ok {
		f.Sort = s
	} else if s, ok := store.ParseSort(v.Sort); ok {
		f.Sort = s
	}
	out, err := f.applyQuery(v.Query, env)
	if err != nil {
		return f, fmt.Errorf("view %q: %w", v.Name, err)
	}
	return out, nil
}

// countsCmd counts every view's unread items in a command.
func (t *tabsModel) countsCmd(st Store, env query.Env, watch []string) tea.Cmd {
	t.counted++
	seq := t.counted
	qs := make([]*store.Query, len(t.views))
	empty := make([]bool, len(t.views))
	for i := range t.views {
		f, err := t.filtersFor(i, nil, env)
		if err != nil {
			continue
		}
		if f.matchesNothing(watch) {
			empty[i] = true
			continue
		}
		q := f.query(watch)
		q.UnreadOnly = true
		qs[i] = &q
	}
	return func() tea.Msg {
		out := make([]int, len(qs))
		for i, q := range qs {
			out[i] = -1
			if q == nil {
				if empty[i] {
					out[i] = 0
				}
				continue
			}
			c, err := st.Counts(context.Background(), *q)
			if err != nil {
				return viewCountsMsg{seq: seq, err: fmt.Errorf("count views: %w", err)}
			}
			out[i] = c.Items
		}
		return viewCountsMsg{seq: seq, unread: out}
	}
}

// view renders the tab bar in w cells: the active tab in brackets, each
// with its unread count.
func (t tabsModel) view(w int) string {
	var parts []string
	for i, v := range t.views {
		label := sanitize.Line(v.Name)
		if v.ids != nil {
			label = "★ " + label
		}
		if n := t.unread[i]; n >= 0 {
			label += " " + count(n)
		}
		if i == t.active {
			parts = append(parts, "["+label+"]")
		} else {
			parts = append(parts, " "+label+" ")
		}
	}
	return fitTabs(parts, t.active, w)
}

// fitTabs joins the tabs' labels in w cells. Tabs that do not fit are
// left out whole, never cut mid-word: the active tab and as many as fit
// after it, then before it, with "…" where some are left out.
func fitTabs(parts []string, active, w int) string {
	if all := strings.Join(parts, " "); width(all) <= w || len(parts) == 0 {
		return all
	}
	active = clamp(active, 0, len(parts)-1)
	show := func(lo, hi int) string {
		s := strings.Join(parts[lo:hi+1], " ")
		if lo > 0 {
			s = "… " + s
		}
		if hi < len(parts)-1 {
			s += " …"
		}
		return s
	}
	lo, hi := active, active
	for hi+1 < len(parts) && width(show(lo, hi+1)) <= w {
		hi++
	}
	for lo > 0 && width(show(lo-1, hi)) <= w {
		lo--
	}
	return trunc(show(lo, hi), w)
}
