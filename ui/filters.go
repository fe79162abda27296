package ui

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/charmbracelet/bubbles/key"

	"github.com/lode-reader/lode/internal/sanitize"
	"github.com/lode-reader/lode/internal/store"
)

// filtersKey is the store state key under which the filters are saved.
const filtersKey = "ui.filters"

// filters is everything that narrows the list; all of it combines (AND).
type filters struct {
	// Companies keeps items about any of these canonical names (the picker's ticks).
	Companies []string `json:"companies,omitempty"`
	// Minerals keeps items about any of these mineral tags.
	Minerals []string `json:"minerals,omitempty"`
	// Search is the search box's text: the words items must contain.
	Search string `json:"search,omitempty"`
	// Flag is the flagged filter: all, flagged only, or flagged hidden.
	Flag store.FlagFilter `json:"flag,omitempty"`
	// Unread keeps unread items only; Starred keeps starred items only.
	Unread  bool `json:"unread,omitempty"`
	Starred bool `json:"starred,omitempty"`
	// Watch shows only the watched companies' items (replaces Companies).
	Watch bool `json:"watch,omitempty"`
	// Alerts, when set, shows only these items: the new items about watched
	// companies that the last refresh brought (the new-for-watchlist tab,
	// which is not kept across runs).
	Alerts []int64 `json:"-"`
	// Query is the rest of the visible query: the terms the fields above
	// do not hold (tag:, feed:, newer:, OR, negations...).
	Query string `json:"query,omitempty"`
	// Sort is the list's order.
	Sort store.Sort `json:"sort,omitempty"`
	// View is the index of the tab the filters belong to.
	View int `json:"view,omitempty"`
	// Sorts remembers the order chosen in each view, by view name.
	Sorts map[string]store.Sort `json:"sorts,omitempty"`
	// where is Query compiled (nil when Query is empty).
	where *store.Cond
	// hide leaves out hidden feeds' items when the query does not name
	// them (see query.Visible); nil when there is nothing to leave out.
	hide *store.Cond
}

// filterEdit is what a filter key did: the root reloads the list (and
// saves the filters) when they changed, and shows status when it is set.
type filterEdit struct {
	changed bool
	status  string
}

// update handles the filter keys k: sort order, flag filter, unread only,
// starred only, the watchlist view and clearing the company filter. view is
// the name of the tab shown (each tab remembers its own order) and watching
// says whether the watchlist names any company. ok is false when the key is
// not a filter key.
func (f filters) update(name keyName, k *filterKeys, view string, watching bool) (out filters, e filterEdit, ok bool) {
	switch {
	case key.Matches(name, k.Sort):
		f.Sort = (f.Sort + 1) % 3
		if f.Sorts == nil {
			f.Sorts = map[string]store.Sort{}
		}
		f.Sorts[view] = f.Sort
		return f, filterEdit{changed: true, status: "sorted by " + f.Sort.String()}, true
	case key.Matches(name, k.ClearCompanies):
		if len(f.Companies) == 0 && !f.Watch {
			return f, filterEdit{status: "no company filter to clear"}, true
		}
		f.Companies, f.Watch = nil, false
	case key.Matches(name, k.Flag):
		f.Flag = (f.Flag + 1) % 3
	case key.Matches(name, k.Unread):
		f.Unread = !f.Unread
	case key.Matches(name, k.Starred):
		f.Starred = !f.Starred
	case key.Matches(name, k.WatchView):
		f.Watch = !f.Watch
		if f.Watch && !watching {
			return f, filterEdit{changed: true, status: "the watchlist is empty: press " + first(k.Watch) + " on an item to watch its companies"}, true
		}
	default:
		return f, filterEdit{}, false
	}
	return f, filterEdit{changed: true}, true
}

// query turns the filters into a store query; watch is the watchlist.
func (f filters) query(watch []string) store.Query {
	q := store.Query{
		Companies:   f.Companies,
		Minerals:    f.Minerals,
		Search:      strings.TrimSpace(f.Search),
		Flag:        f.Flag,
		UnreadOnly:  f.Unread,
		StarredOnly: f.Starred,
	}
	if f.Watch {
		q.Companies = watch
	}
	if len(f.Alerts) > 0 {
		q.IDs = f.Alerts
	}
	q.Where, q.Sort = f.where, f.Sort
	if f.hide != nil {
		q.Where = f.hide
		if f.where != nil {
			q.Where = &store.Cond{Op: store.CondAnd, Kids: []*store.Cond{f.where, f.hide}}
		}
	}
	return q
}

// matchesNothing is true when the filters cannot match any item: the
// watchlist view with an empty watchlist.
func (f filters) matchesNothing(watch []string) bool {
	return f.Watch && len(watch) == 0
}

// active reports whether any filter narrows the list.
func (f filters) active() bool {
	return len(f.Companies) > 0 || len(f.Minerals) > 0 || strings.TrimSpace(f.Search) != "" || f.Flag != store.FlagAll ||
		f.Unread || f.Starred || f.Watch || len(f.Alerts) > 0 || strings.TrimSpace(f.Query) != ""
}

// describe lists the active filters as the header shows them.
func (f filters) describe() []string {
	var out []string
	if len(f.Alerts) > 0 {
		out = append(out, "new for watched companies")
	}
	if f.Watch {
		out = append(out, "watchlist")
	} else if len(f.Companies) > 0 {
		out = append(out, "company "+joinNames(f.Companies))
	}
	if len(f.Minerals) > 0 {
		out = append(out, "mineral "+joinNames(f.Minerals))
	}
	if s := strings.TrimSpace(f.Search); s != "" {
		out = append(out, fmt.Sprintf("search %q", sanitize.Line(s)))
	}
	if f.Flag != store.FlagAll {
		out = append(out, f.Flag.String())
	}
	if f.Unread {
		out = append(out, "unread only")
	}
	if f.Starred {
		out = append(out, "starred only")
	}
	if q := strings.TrimSpace(f.Query); q != "" {
		out = append(out, "query "+sanitize.Line(q))
	}
	return out
}

// emptyMessage explains an empty filtered list, naming the filters and the
// keys that clear them.
func (f filters) emptyMessage(k KeyMap) string {
	var what, keys []string
	if len(f.Alerts) > 0 {
		what = append(what, "among the new watched items")
		keys = append(keys, first(k.Alerts)+" to leave that view")
	}
	if f.Watch {
		what = append(what, "for watched companies")
		keys = append(keys, first(k.WatchView)+" to leave the watchlist view")
	} else if len(f.Companies) > 0 {
		what = append(what, "for "+joinNames(f.Companies))
		keys = append(keys, first(k.ClearCompanies)+" to clear the company filter")
	}
	if len(f.Minerals) > 0 {
		what = append(what, "about "+joinNames(f.Minerals))
		keys = append(keys, first(k.Minerals)+" to change the mineral filter")
	}
	if s := strings.TrimSpace(f.Search); s != "" {
		what = append(what, fmt.Sprintf("matching %q", sanitize.Line(s)))
		keys = append(keys, first(k.Clear)+" to clear the search")
	}
	switch f.Flag {
	case store.FlagOnly:
		what = append(what, "flagged")
		keys = append(keys, first(k.Flag)+" to change the flag filter")
	case store.FlagHide:
		what = append(what, "with flagged hidden")
		keys = append(keys, first(k.Flag)+" to change the flag filter")
	}
	if f.Unread {
		what = append(what, "unread")
		keys = append(keys, first(k.Unread)+" to show read items")
	}
	if f.Starred {
		what = append(what, "starred")
		keys = append(keys, first(k.Starred)+" to show unstarred items")
	}
	if q := strings.TrimSpace(f.Query); q != "" {
		what = append(what, "matching "+sanitize.Line(q))
		keys = append(keys, first(k.Query)+" to edit the query")
	}
	if len(what) == 0 {
		return "No items."
	}
	return "No items " + strings.Join(what, ", ") + ": press " + strings.Join(keys, ", ") + "."
}

func joinNames(names []string) string {
	clean := make([]string, len(names))
	for i, n := range names {
		clean[i] = sanitize.Line(n)
	}
	return strings.Join(clean, ", ")
}

// encode is the JSON saved under filtersKey.
func (f filters) encode() string {
	b, err := json.Marshal(f)
	if err != nil {
		return "{}"
	}
	return string(b)
}

// decodeFilters reads saved filters; bad or empty input yields no filters.
func decodeFilters(s string) (filters, error) {
	var f filters
	if strings.TrimSpace(s) == "" {
		return f, nil
	}
	if err := json.Unmarshal([]byte(s), &f); err != nil {
		return filters{}, fmt.Errorf("decode saved filters: %w", err)
	}
	if f.Flag < store.FlagAll || f.Flag > store.FlagHide {
		f.Flag = store.FlagAll
	}
	if f.Sort < store.SortNewest || f.Sort > store.SortCompany {
		f.Sort = store.SortNewest
	}
	return f, nil
}
