package ui

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/query"
	"github.com/lode-reader/lode/internal/sanitize"
)

// feedsModel is the feeds view (L): every feed with its tags, unread and
// item counts, last success, last error and back-off; or, grouped by tag
// (t), every tag with its feeds' counts. enter shows the chosen feed's or
// tag's items.
type feedsModel struct {
	c       *common
	keys    *feedsKeys
	feeds   []FeedInfo
	loading bool
	err     string
	byTag   bool
	cursor  int
	top     int
	width   int
	height  int
}

// feedsMsg carries the feeds for the feeds view.
type feedsMsg struct {
	feeds []FeedInfo
	err   error
}

func newFeedsView(c *common) feedsModel { return feedsModel{c: c, keys: new(c.keys.feedsKeys())} }

func feedsCmd(list func(context.Context) ([]FeedInfo, error)) tea.Cmd {
	return func() tea.Msg {
		fs, err := list(context.Background())
		return feedsMsg{feeds: fs, err: err}
	}
}

func (f *feedsModel) open() {
	f.reopen()
	f.cursor, f.top = 0, 0
}

// reopen shows the view again, reloading its counts, on the row it was
// left on.
func (f *feedsModel) reopen() {
	f.loading, f.err, f.feeds = true, "", nil
}

func (f *feedsModel) set(msg feedsMsg) {
	f.loading = false
	f.feeds = msg.feeds
	if msg.err != nil {
		f.err = msg.err.Error()
	}
	f.cursor = min(f.cursor, max(f.rows()-1, 0))
	f.scroll()
}

func (f *feedsModel) setSize(w, h int) {
	f.width, f.height = max(w, 0), max(h, 0)
	f.scroll()
}

// tagRow is one tag with its feeds' totals.
type tagRow struct {
	tag           string
	feeds         int
	items, unread int
}

// tags groups the feeds by tag; feeds without one are under "(untagged)".
func (f feedsModel) tags() []tagRow {
	by := map[string]*tagRow{}
	var order []string
	for _, fd := range f.feeds {
		ts := fd.Tags
		if len(ts) == 0 {
			ts = []string{""}
		}
		for _, t := range ts {
			r, ok := by[t]
			if !ok {
				r = &tagRow{tag: t}
				by[t] = r
				order = append(order, t)
			}
			r.feeds++
			r.items += fd.Items
			r.unread += fd.Unread
		}
	}
	slices.SortFunc(order, func(a, b string) int {
		if (a == "") != (b == "") {
			if a == "" {
				return 1
			}
			return -1
		}
		return strings.Compare(strings.ToLower(a), strings.ToLower(b))
	})
	out := make([]tagRow, len(order))
	for i, t := range order {
		out[i] = *by[t]
	}
	return out
}

func (f feedsModel) rows() int {
	if f.byTag {
		return len(f.tags())
	}
	return len(f.feeds)
}

// feedQueryMsg is the feeds view's enter: the list shows the query naming
// the chosen feed or tag.
type feedQueryMsg struct{ query string }

// update handles a key: enter asks for the chosen feed's or tag's items
// (feedQueryMsg), back, clear or the view's key close it (closeOverlayMsg).
func (f feedsModel) update(msg tea.KeyMsg) (feedsModel, tea.Msg) {
	k := f.keys
	n := f.rows()
	switch {
	case key.Matches(msg, k.Back, k.Clear, k.FeedsView):
		return f, closeOverlayMsg{}
	case key.Matches(msg, k.Down):
		f.cursor = min(f.cursor+1, max(n-1, 0))
	case key.Matches(msg, k.Up):
		f.cursor = max(f.cursor-1, 0)
	case key.Matches(msg, k.Top):
		f.cursor = 0
	case key.Matches(msg, k.Bottom):
		f.cursor = max(n-1, 0)
	case key.Matches(msg, k.GroupTags):
		f.byTag = !f.byTag
		f.cursor, f.top = 0, 0
	case key.Matches(msg, k.Open):
		if n == 0 || f.loading {
			return f, nil
		}
		if f.byTag {
			tags := f.tags()
			if t := tags[f.cursor].tag; t != "" {
				return f, feedQueryMsg{query: (&query.Node{Field: "tag", Value: t}).String()}
			}
			return f, feedQueryMsg{query: untaggedQuery(tags)}
		}
		return f, feedQueryMsg{query: f.feedQuery(f.feeds[f.cursor])}
	}
	f.scroll()
	return f, nil
}

// untaggedQuery selects the items of the feeds under "(untagged)": those
// with none of the tags ("" when no feed has a tag: every feed).
func untaggedQuery(tags []tagRow) string {
	var terms []string
	for _, r := range tags {
		if r.tag != "" {
			terms = append(terms, (&query.Node{Kind: query.KindNot, Kids: []*query.Node{{Field: "tag", Value: r.tag}}}).String())
		}
	}
	return strings.Join(terms, " ")
}

// feedQuery names fd in a query: by its name when no other feed's name
// contains it, else by its URL.
func (f feedsModel) feedQuery(fd FeedInfo) string {
	v := fd.URL
	if name := strings.ToLower(fd.Name); name != "" {
		unique := true
		for _, o := range f.feeds {
			if o.URL != fd.URL && (strings.Contains(strings.ToLower(o.Name), name) || strings.Contains(strings.ToLower(o.URL), name)) {
				unique = false
			}
		}
		if unique {
			v = fd.Name
		}
	}
	return (&query.Node{Field: "feed", Value: v}).String()
}

// scroll keeps the cursor's row on screen (after a key or a resize), with
// no blank rows below the last while rows are hidden above.
func (f *feedsModel) scroll() {
	vis := max(f.height-2, 1)
	if f.cursor < f.top {
		f.top = f.cursor
	}
	if f.cursor >= f.top+vis {
		f.top = f.cursor - vis + 1
	}
	f.top = clamp(f.top, 0, max(f.rows()-vis, 0))
}

func (f feedsModel) view(now time.Time) []string {
	st := f.c.styles
	w := f.width
	title := "Feeds"
	k := f.keys
	hints := []string{first(k.Open) + " shows its items", first(k.GroupTags) + " groups by tag", first(k.Clear) + " back"}
	if f.byTag {
		title, hints = "Tags", []string{first(k.Open) + " shows the tag's items", first(k.GroupTags) + " lists feeds", first(k.Clear) + " back"}
	}
	head := st.Heading.Render(title)
	out := []string{fit(head+st.Dim.Render(hintsFit(w-width(head), hints...)), w)}
	switch {
	case f.loading:
		out = append(out, fit(st.Placeholder.Render("  Loading feeds…"), w))
	case f.err != "":
		out = append(out, fit(st.StatusError.Render("  error: "+sanitize.Line(f.err)), w))
	case len(f.feeds) == 0:
		out = append(out, fit(st.Empty.Render("  No feeds: add one with lode feeds add URL."), w))
	default:
		var lines []string
		if f.byTag {
			// The tag column is as wide as the longest tag, up to a third
			// of the width (at least 12 cells).
			nameCap := max(12, (w-2)/3)
			tags := f.tags()
			names := make([]string, len(tags))
			nameW := 0
			for i, t := range tags {
				names[i] = "(untagged)"
				if t.tag != "" {
					names[i] = "#" + sanitize.Line(t.tag)
				}
				nameW = max(nameW, width(names[i]))
			}
			nameW = min(nameW, nameCap)
			for i, t := range tags {
				lines = append(lines, fmt.Sprintf("%s  %s · %s unread of %s", padTo(names[i], nameW), plural(t.feeds, "feed"), count(t.unread), count(t.items)))
			}
		} else {
			cols := feedColumnsFor(f.feeds, now, w-2)
			for _, fd := range f.feeds {
				lines = append(lines, feedLine(fd, now, cols))
			}
		}
		vis := max(f.height-2, 1)
		for i := f.top; i < len(lines) && i < f.top+vis; i++ {
			cur := "  "
			if i == f.cursor {
				cur = "› "
			}
			line := fit(cur+lines[i], w)
			if i == f.cursor {
				line = st.RowSelected.Render(line)
			}
			out = append(out, line)
		}
		if len(lines) > vis {
			out = fillBox(out, w, max(f.height-1, 0))
			out = append(out, fit(st.Dim.Render(fmt.Sprintf("%d/%d  (%s move)", f.cursor+1, len(lines), moveHint(f.keys.Down, f.keys.Up))), w))
		}
	}
	return fillBox(out, w, f.height)
}

// feedName is the name the feeds view shows: the feed's, else its URL.
func feedName(fd FeedInfo) string {
	if name := sanitize.Line(fd.Name); name != "" {
		return name
	}
	return sanitize.Line(fd.URL)
}

// feedTags is the feed's tags as the feeds view shows them: "#a #b".
func feedTags(fd FeedInfo) string {
	var tags []string
	for _, t := range fd.Tags {
		tags = append(tags, "#"+sanitize.Line(t))
	}
	return strings.Join(tags, " ")
}

// padTo is s cut or padded with spaces to exactly w cells.
func padTo(s string, w int) string {
	s = trunc(s, w)
	return s + strings.Repeat(" ", max(w-width(s), 0))
}

// feedColumns is how the feeds view lays a feed's row out: the name and
// tags columns' widths (no tags column when tags is 0) and whether the
// counts and the last success show.
type feedColumns struct {
	name, tags      int
	counts, success bool
}

// feedNameWhole is how much of a long name (a URL, when the feed has no
// name) the feeds view keeps before it drops columns for it.
const feedNameWhole = 32

// feedColumnsFor fits the feeds' rows in avail cells: the name column is
// as wide as the longest name and the tags' up to 20 cells. When a row
// would not fit, whole columns go first, the last success and then the
// counts, and only then is the name cut (a name longer than feedNameWhole
// is cut before a column goes).
func feedColumnsFor(feeds []FeedInfo, now time.Time, avail int) feedColumns {
	c := feedColumns{counts: true, success: true}
	nameMax, countsW, successW := 0, 0, 0
	for _, fd := range feeds {
		nameMax = max(nameMax, width(feedName(fd)))
		c.tags = max(c.tags, width(feedTags(fd)))
		countsW = max(countsW, width(feedCounts(fd)))
		successW = max(successW, width(" · "+feedSuccess(fd, now)))
	}
	c.tags = min(c.tags, 20)
	head := min(nameMax, feedNameWhole)
	if c.tags > 0 {
		head += 1 + c.tags
	}
	rest := 2 + countsW + successW
	switch {
	case head+rest <= avail:
	case head+rest-successW <= avail:
		c.success = false
	default:
		c.counts, c.success = false, false
	}
	room := avail - (head - min(nameMax, feedNameWhole))
	if c.counts {
		room -= 2 + countsW
	}
	if c.success {
		room -= successW
	}
	c.name = min(nameMax, max(room, 1))
	return c
}

// feedCounts is a feed's counts column: "7 unread of 12".
func feedCounts(fd FeedInfo) string {
	return fmt.Sprintf("%s unread of %s", count(fd.Unread), count(fd.Items))
}

// feedSuccess says when the feed was last fetched: "ok 3h ago".
func feedSuccess(fd FeedInfo, now time.Time) string {
	if fd.LastSuccess.IsZero() {
		return "never fetched"
	}
	return "ok " + ago(fd.LastSuccess, now) + " ago"
}

// feedLine is one feed in the columns cols: name, tags, counts, whether
// it is hidden, last success, error, back-off.
func feedLine(fd FeedInfo, now time.Time, cols feedColumns) string {
	head := padTo(feedName(fd), cols.name)
	if cols.tags > 0 {
		head += " " + padTo(feedTags(fd), cols.tags)
	}
	if cols.counts {
		head += "  " + feedCounts(fd)
	}
	parts := []string{strings.TrimRight(head, " ")}
	if fd.Hidden {
		parts = append(parts, "hidden (only feed: or tag: shows it)")
	}
	if cols.success {
		parts = append(parts, feedSuccess(fd, now))
	}
	if fd.LastError != "" {
		parts = append(parts, "error: "+sanitize.Line(fd.LastError))
	}
	if fd.Failures > 0 && fd.NextAttempt.After(now) {
		parts = append(parts, fmt.Sprintf("backing off %s (%s)", until(fd.NextAttempt, now), plural(fd.Failures, "failure")))
	}
	return strings.Join(parts, " · ")
}

// until says how long until t, in ago's units.
func until(t, now time.Time) string { return "for " + ago(now, t) }
