package ui

import (
	"fmt"
	"strings"

	"github.com/lode-reader/lode/internal/query"
	"github.com/lode-reader/lode/internal/store"
)

// text is the filters as one query: what the reader shows and what the
// filter prompt (F) starts from. The shortcut keys (c, e, /, f, u, S, W)
// edit the parts of it they stand for.
func (f filters) text() string {
	var parts []string
	if f.Watch {
		parts = append(parts, "is:watched")
	} else {
		for _, c := range f.Companies {
			parts = append(parts, (&query.Node{Field: "company", Value: c}).String())
		}
	}
	var mins []string
	for _, t := range f.Minerals {
		mins = append(mins, (&query.Node{Field: "mineral", Value: t}).String())
	}
	switch {
	case len(mins) == 1:
		parts = append(parts, mins[0])
	case len(mins) > 1:
		parts = append(parts, "("+strings.Join(mins, " OR ")+")")
	}
	switch f.Flag {
	case store.FlagOnly:
		parts = append(parts, "is:flagged")
	case store.FlagHide:
		parts = append(parts, "-is:flagged")
	}
	if f.Unread {
		parts = append(parts, "is:unread")
	}
	if f.Starred {
		parts = append(parts, "is:starred")
	}
	if q := strings.TrimSpace(f.Query); q != "" {
		if n, err := query.Parse(q); err == nil && n != nil && n.Kind == query.KindOr {
			q = "(" + q + ")"
		}
		parts = append(parts, q)
	}
	for _, w := range strings.Fields(f.Search) {
		n, err := query.Parse(w)
		if err != nil || n == nil || n.Kind != query.KindTerm || n.Field != "" {
			w = (&query.Node{Value: w, Phrase: true}).String()
		}
		parts = append(parts, w)
	}
	return strings.Join(parts, " ")
}

// applyQuery reads a typed query into filters: the terms a shortcut key
// stands for go to their fields (so the keys keep toggling them), the rest
// to Query, compiled with env. Alerts, Sort and View are kept. A query that
// does not parse or names something unknown is an error, and f is unchanged.
func (f filters) applyQuery(text string, env query.Env) (filters, error) {
	n, err := query.Parse(text)
	if err != nil {
		return f, err
	}
	if _, err := query.Resolve(n, env); err != nil {
		return f, err
	}
	out := filters{Alerts: f.Alerts, Sort: f.Sort, View: f.View, Sorts: f.Sorts, hide: query.Visible(n, env)}
	var kids []*query.Node
	switch {
	case n == nil:
	case n.Kind == query.KindAnd:
		kids = n.Kids
	default:
		kids = []*query.Node{n}
	}
	var rest, search []string
	companiesSet, mineralsSet := false, false
	for _, k := range kids {
		switch {
		case k.Kind == query.KindTerm && k.Field == "is" && k.Value == "unread" && !out.Unread:
			out.Unread = true
		case k.Kind == query.KindTerm && k.Field == "is" && k.Value == "starred" && !out.Starred:
			out.Starred = true
		case k.Kind == query.KindTerm && k.Field == "is" && k.Value == "flagged" && out.Flag == store.FlagAll:
			out.Flag = store.FlagOnly
		case k.Kind == query.KindNot && k.Kids[0].Kind == query.KindTerm && k.Kids[0].Field == "is" && k.Kids[0].Value == "flagged" && out.Flag == store.FlagAll:
			out.Flag = store.FlagHide
		case k.Kind == query.KindTerm && k.Field == "is" && k.Value == "watched" && !out.Watch && !companiesSet:
			out.Watch = true
			companiesSet = true
		case isGroup(k, "company") && !companiesSet:
			c, err := query.Resolve(k, env)
			if err != nil {
				return f, err
			}
			out.Companies = c.Values
			companiesSet = true
		case isGroup(k, "mineral") && !mineralsSet:
			c, err := query.Resolve(k, env)
			if err != nil {
				return f, err
			}
			out.Minerals = c.Values
			mineralsSet = true
		case k.Kind == query.KindTerm && k.Field == "" && !k.Phrase:
			search = append(search, k.Value)
		case k.Kind == query.KindOr:
			rest = append(rest, "("+k.String()+")")
		default:
			rest = append(rest, k.String())
		}
	}
	out.Search = strings.Join(search, " ")
	if len(rest) > 0 {
		// Every kid of an AND renders on its own; joined they parse back
		// to the same terms.
		out.Query = strings.Join(rest, " ")
		if out.where, err = query.Compile(out.Query, env); err != nil {
			return f, fmt.Errorf("query %q: %w", out.Query, err)
		}
	}
	return out, nil
}

// isGroup reports whether n is field:NAME or an OR of them.
func isGroup(n *query.Node, field string) bool {
	if n.Kind == query.KindTerm {
		return n.Field == field
	}
	if n.Kind != query.KindOr {
		return false
	}
	for _, k := range n.Kids {
		if k.Kind != query.KindTerm || k.Field != field {
			return false
		}
	}
	return true
}

// compileRest compiles Query after the filters were loaded or the
// watchlist changed; a query that no longer resolves (a tag removed from
// the config) is dropped with the error.
func (f *filters) compileRest(env query.Env) error {
	f.where, f.hide = nil, query.Visible(nil, env)
	if strings.TrimSpace(f.Query) == "" {
		return nil
	}
	n, err := query.Parse(f.Query)
	if err == nil {
		f.where, err = query.Resolve(n, env)
	}
	if err != nil {
		bad := f.Query
		f.Query = ""
		return fmt.Errorf("saved query %q dropped: %w", bad, err)
	}
	f.hide = query.Visible(n, env)
	return nil
}
