package ui

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/query"
	"github.com/lode-reader/lode/internal/store"
)

// Every store read or write, refresh, link open and config save runs in one
// of these commands and reports back with a typed message.

type initMsg struct {
	filters     filters
	lastRefresh time.Time
	list        listLoadedMsg
	errs        []string
}

type listLoadedMsg struct {
	seq         int
	counts      store.Counts
	start       int
	rows        []item.Item
	cursor      int
	anchorFound bool
	terms       []string
	emptyCache  bool
	watchCounts []store.CompanyCount
	// filters are set when a jump had to clear the filters to find its item.
	filters *filters
	err     error
}

type pageMsg struct {
	seq   int
	start int
	rows  []item.Item
	err   error
}

type itemMsg struct {
	id  int64
	it  item.Item
	err error
}

type writeDoneMsg struct {
	what   string
	err    error
	reload bool // reload the list (and counts) keeping the selection
}

type countsMsg struct {
	seq     int
	recount int // which recount this answers (Model.recount); only the newest is shown
	counts  store.Counts
	err     error
}

type companiesMsg struct {
	counts []store.CompanyCount
	err    error
}

type refreshProgressMsg struct {
	gen int
	p   Progress
	ch  <-chan Progress
}

type refreshDoneMsg struct {
	gen         int
	res         RefreshResult
	err         error
	lastRefresh time.Time
}

type autoRefreshMsg struct{ gen int }

type spinTickMsg struct{ gen int }

type statusClearMsg struct{ gen int }

// linkDoneMsg is a link opened or copied; read, when set, is the item to
// mark read now that its link opened (o), and never when it did not.
type linkDoneMsg struct {
	what string
	err  error
	read *item.Item
}

type watchSavedMsg struct{ err error }

type digestMsg struct {
	entries []DigestEntry
	// read holds the digest's items that are read.
	read map[int64]bool
	err  error
}

// loadList counts the query's result, finds the anchor item's position and
// fetches the page around the cursor. With clearIfMissing, an anchor that
// the filters hide makes it retry with no filters.
func loadList(ctx context.Context, st Store, f filters, watch []string, seq int, anchor int64, fallback int, clearIfMissing bool) listLoadedMsg {
	res := listLoadedMsg{seq: seq}
	if f.matchesNothing(watch) {
		all, err := st.Counts(ctx, store.Query{})
		if err != nil {
			res.err = fmt.Errorf("count items: %w", err)
		}
		res.emptyCache = all.Items == 0
		return res
	}
	q := f.query(watch)
	if q.Search != "" {
		res.terms = normTerms(st.SearchTerms(q.Search))
	}
	counts, err := st.Counts(ctx, q)
	if err != nil {
		res.err = fmt.Errorf("count items: %w", err)
		return res
	}
	res.counts = counts
	total := counts.Items
	cursor := clamp(fallback, 0, max(total-1, 0))
	// The selected item is usually near the top: look for it in the first
	// page before asking the store for its position.
	if anchor != 0 && total > 0 {
		rows, err := st.Page(ctx, q, 0, pageSize)
		if err != nil {
			res.err = fmt.Errorf("load items: %w", err)
			return res
		}
		for i, r := range rows {
			if r.ID == anchor {
				res.rows, res.cursor, res.start, res.anchorFound = rows, i, 0, true
				break
			}
		}
	}
	if anchor != 0 && total > 0 && !res.anchorFound {
		pos, err := st.Position(ctx, q, anchor)
		if err != nil {
			res.err = fmt.Errorf("find selected item: %w", err)
			return res
		}
		if pos >= 0 {
			cursor, res.anchorFound = pos, true
		}
	}
	if anchor != 0 && !res.anchorFound && clearIfMissing && f.active() {
		clear := filters{}
		out := loadList(ctx, st, clear, watch, seq, anchor, fallback, false)
		out.filters = &clear
		return out
	}
	switch {
	case res.anchorFound && res.rows != nil:
		// already loaded with the first page
	case total == 0:
		res.emptyCache = !f.active()
		if f.active() {
			all, err := st.Counts(ctx, store.Query{})
			if err != nil {
				res.err = fmt.Errorf("count items: %w", err)
				return res
			}
			res.emptyCache = all.Items == 0
		}
	default:
		res.start = clamp(cursor-pageSize/2, 0, max(total-pageSize, 0))
		rows, err := st.Page(ctx, q, res.start, pageSize)
		if err != nil {
			res.err = fmt.Errorf("load items: %w", err)
			return res
		}
		res.rows = rows
		res.cursor = cursor
	}
	if f.Watch {
		cc, err := st.CompanyCounts(ctx)
		if err != nil {
			res.err = fmt.Errorf("count companies: %w", err)
			return res
		}
		res.watchCounts = watchedCounts(cc, watch)
	}
	return res
}

// watchedCounts keeps the counts of the watched companies, in watchlist order.
func watchedCounts(cc []store.CompanyCount, watch []string) []store.CompanyCount {
	by := make(map[string]store.CompanyCount, len(cc))
	for _, c := range cc {
		by[strings.ToLower(c.Name)] = c
	}
	out := make([]store.CompanyCount, 0, len(watch))
	for _, w := range watch {
		c, ok := by[strings.ToLower(w)]
		if !ok {
			c = store.CompanyCount{Name: w}
		}
		out = append(out, c)
	}
	return out
}

func initCmd(st Store, o Options, env query.Env, seq int) tea.Cmd {
	return func() tea.Msg {
		ctx := context.Background()
		var msg initMsg
		saved, err := st.GetState(ctx, filtersKey)
		if err != nil {
			msg.errs = append(msg.errs, fmt.Sprintf("load saved filters: %v", err))
		}
		f, err := decodeFilters(saved)
		if err != nil {
			msg.errs = append(msg.errs, err.Error())
		}
		if saved == "" && len(o.Views) > 0 {
			// A first start shows the first configured view.
			if f, err = newTabs(nil, o.Views).filtersFor(0, nil, env); err != nil {
				msg.errs = append(msg.errs, err.Error())
			}
		}
		if len(o.Companies) > 0 {
			f.Companies = append([]string(nil), o.Companies...)
			f.Watch = false
		}
		if err := f.compileRest(env); err != nil {
			msg.errs = append(msg.errs, err.Error())
		}
		msg.filters = f
		if t, err := st.LastRefresh(ctx); err != nil {
			msg.errs = append(msg.errs, fmt.Sprintf("read last refresh: %v", err))
		} else {
			msg.lastRefresh = t
		}
		msg.list = loadList(ctx, st, f, o.Watchlist, seq, 0, 0, false)
		return msg
	}
}

func listCmd(ctx context.Context, st Store, f filters, watch []string, seq int, anchor int64, fallback int, clearIfMissing bool) tea.Cmd {
	watch = append([]string(nil), watch...)
	return func() tea.Msg {
		return loadList(ctx, st, f, watch, seq, anchor, fallback, clearIfMissing)
	}
}

func pageCmd(st Store, q store.Query, seq, start int) tea.Cmd {
	return func() tea.Msg {
		rows, err := st.Page(context.Background(), q, start, pageSize)
		if err != nil {
			err = fmt.Errorf("load items: %w", err)
		}
		return pageMsg{seq: seq, start: start, rows: rows, err: err}
	}
}

func countsCmd(st Store, q store.Query, seq, recount int) tea.Cmd {
	return func() tea.Msg {
		c, err := st.Counts(context.Background(), q)
		if err != nil {
			err = fmt.Errorf("count items: %w", err)
		}
		return countsMsg{seq: seq, recount: recount, counts: c, err: err}
	}
}

func itemCmd(st Store, id int64) tea.Cmd {
	return func() tea.Msg {
		it, err := st.Item(context.Background(), id)
		if err != nil {
			err = fmt.Errorf("load item %d: %w", id, err)
		}
		return itemMsg{id: id, it: it, err: err}
	}
}

func markAllCmd(st Store, q store.Query) tea.Cmd {
	return func() tea.Msg {
		n, err := st.MarkRead(context.Background(), q)
		if err != nil {
			return writeDoneMsg{what: "mark all read", err: fmt.Errorf("mark all read: %w", err)}
		}
		return writeDoneMsg{what: fmt.Sprintf("marked %s read", plural(n, "item")), reload: true}
	}
}

// saveFiltersCmd saves f as the filters the next start opens with; those
// of the ★ New for watchlist tab, which lasts until lode quits, are never
// saved, so the tab it was opened from comes back as it was.
func saveFiltersCmd(st Store, f filters) tea.Cmd {
	if len(f.Alerts) > 0 {
		return nil
	}
	return func() tea.Msg {
		if err := st.SetState(context.Background(), filtersKey, f.encode()); err != nil {
			return writeDoneMsg{what: "save filters", err: fmt.Errorf("save filters: %w", err)}
		}
		return nil
	}
}

func companiesCmd(st Store) tea.Cmd {
	return func() tea.Msg {
		cc, err := st.CompanyCounts(context.Background())
		if err != nil {
			err = fmt.Errorf("load companies: %w", err)
		}
		return companiesMsg{counts: cc, err: err}
	}
}

// warmCmd prepares the store for fast filtering. A failure is not reported:
// the queries that follow work without it and report their own errors.
func warmCmd(st Store) tea.Cmd {
	return func() tea.Msg {
		_ = st.Warm(context.Background())
		return nil
	}
}

// refreshCmds starts the refresh and listens for its progress.
func refreshCmds(ctx context.Context, st Store, refresh RefreshFunc, manual bool, gen int) tea.Cmd {
	ch := make(chan Progress, 64)
	run := func() tea.Msg {
		defer close(ch)
		res, err := refresh(ctx, manual, func(p Progress) {
			select {
			case ch <- p:
			default: // a later report supersedes a dropped one
			}
		})
		if err != nil {
			err = fmt.Errorf("refresh: %w", err)
		}
		last, lerr := st.LastRefresh(context.Background())
		if lerr != nil && err == nil {
			err = fmt.Errorf("read last refresh: %w", lerr)
		}
		return refreshDoneMsg{gen: gen, res: res, err: err, lastRefresh: last}
	}
	return tea.Batch(run, listenProgress(ch, gen))
}

func listenProgress(ch <-chan Progress, gen int) tea.Cmd {
	return func() tea.Msg {
		p, ok := <-ch
		if !ok {
			return nil
		}
		return refreshProgressMsg{gen: gen, p: p, ch: ch}
	}
}

// openCmd opens link; read, when not nil, is the item to mark read once
// the link has opened.
func openCmd(open func(string) error, link string, read *item.Item) tea.Cmd {
	return func() tea.Msg {
		if err := open(link); err != nil {
			return linkDoneMsg{what: "open", err: fmt.Errorf("open link: %w", err)}
		}
		return linkDoneMsg{what: "opened in browser", read: read}
	}
}

func copyCmd(w io.Writer, link string, tmux bool) tea.Cmd {
	return func() tea.Msg {
		if err := copyLink(w, link, tmux); err != nil {
			return linkDoneMsg{what: "copy", err: fmt.Errorf("copy link: %w", err)}
		}
		// lode cannot know whether the terminal honours OSC 52.
		return linkDoneMsg{what: "link sent to the terminal clipboard (OSC 52)"}
	}
}

func saveWatchCmd(save func([]string) error, list []string) tea.Cmd {
	list = append([]string(nil), list...)
	return func() tea.Msg {
		if save == nil {
			return watchSavedMsg{}
		}
		if err := save(list); err != nil {
			return watchSavedMsg{err: fmt.Errorf("save watchlist: %w", err)}
		}
		return watchSavedMsg{}
	}
}

// digestCmd builds the digest and looks up which of its items are read.
func digestCmd(d func(context.Context) ([]DigestEntry, error), st Store) tea.Cmd {
	return func() tea.Msg {
		if d == nil {
			return digestMsg{err: errors.New("digest unavailable")}
		}
		ctx := context.Background()
		e, err := d(ctx)
		if err != nil {
			return digestMsg{err: fmt.Errorf("build digest: %w", err)}
		}
		ids := []int64{}
		for _, en := range e {
			if en.ItemID != 0 {
				ids = append(ids, en.ItemID)
			}
		}
		read := map[int64]bool{}
		if len(ids) > 0 {
			rows, err := st.Page(ctx, store.Query{IDs: ids}, 0, len(ids))
			if err != nil {
				return digestMsg{entries: e, err: fmt.Errorf("digest read state: %w", err)}
			}
			for _, r := range rows {
				read[r.ID] = r.Read
			}
		}
		return digestMsg{entries: e, read: read}
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return count(n) + " " + word + "s"
}

// articleCmd fetches one item's article page through fetch and reports the
// outcome as a write, so the list and the shown item reload.
func articleCmd(fetch func(ctx context.Context, id int64) (string, error), id int64) tea.Cmd {
	return func() tea.Msg {
		what, err := fetch(context.Background(), id)
		return writeDoneMsg{what: what, err: err, reload: err == nil}
	}
}
