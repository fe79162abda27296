package query

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/store"
)

// Feed is a feed as the query language sees it: feed: matches its name or
// URL, tag: its tags.
type Feed struct {
	// URL is the feed's configured URL, the one items carry.
	URL string
	// Name is the feed's configured name; "" when it has none.
	Name string
	// Tags are the feed's configured tags.
	Tags []string
	// Hidden feeds (newsboat's !hidden) are left out of every query that
	// does not name them with feed: or tag: (see Visible).
	Hidden bool
}

// Companies finds companies by name, alias or ticker; *companies.Dictionary
// implements it.
type Companies interface {
	Find(name string) (companies.Company, bool)
	Suggest(name string, n int) []string
}

// Minerals finds mineral tags by tag, name or alias; *minerals.Set
// implements it.
type Minerals interface {
	Find(name string) (string, bool)
	Tags() []string
}

// Env is what names in a query are resolved against.
type Env struct {
	// Now anchors newer:, older: and since: (since: dates are midnight in
	// Now's location).
	Now time.Time
	// Companies resolves company: and mention: names; nil refuses those
	// terms.
	Companies Companies
	// Minerals resolves mineral: names; nil refuses mineral: terms.
	Minerals Minerals
	// Feeds are the configured feeds, for feed: and tag:.
	Feeds []Feed
	// Watchlist is the watched companies (canonical names), for is:watched.
	Watchlist []string
}

// Resolve turns a parsed query into a store condition: names become
// canonical company names and feed URLs, ages become times. nil (the empty
// query) gives nil. An unknown company, feed or tag is an *Error naming it.
func Resolve(n *Node, env Env) (*store.Cond, error) {
	if n == nil {
		return nil, nil
	}
	switch n.Kind {
	case KindAnd, KindOr:
		op := store.CondAnd
		if n.Kind == KindOr {
			op = store.CondOr
		}
		c := &store.Cond{Op: op}
		for _, k := range n.Kids {
			kc, err := Resolve(k, env)
			if err != nil {
				return nil, err
			}
			c.Kids = append(c.Kids, kc)
		}
		// company:A OR company:B → one company condition with both names
		// (and so for mention: and mineral:).
		if op == store.CondOr && len(c.Kids) > 0 && named(c.Kids[0].Op) &&
			!slices.ContainsFunc(c.Kids, func(k *store.Cond) bool { return k.Op != c.Kids[0].Op }) {
			merged := &store.Cond{Op: c.Kids[0].Op}
			for _, k := range c.Kids {
				for _, v := range k.Values {
					if !slices.Contains(merged.Values, v) {
						merged.Values = append(merged.Values, v)
					}
				}
			}
			return merged, nil
		}
		return c, nil
	case KindNot:
		k, err := Resolve(n.Kids[0], env)
		if err != nil {
			return nil, err
		}
		return &store.Cond{Op: store.CondNot, Kids: []*store.Cond{k}}, nil
	}
	bad := func(msg string) (*store.Cond, error) {
		return nil, &Error{Col: n.Col, Token: n.String(), Msg: msg}
	}
	switch n.Field {
	case "":
		return &store.Cond{Op: store.CondText, Text: n.Value, Phrase: n.Phrase}, nil
	case "company", "mention":
		if env.Companies == nil {
			return bad("cannot be resolved: no company dictionary")
		}
		co, ok := env.Companies.Find(n.Value)
		if !ok {
			msg := "names no company lode knows"
			if s := env.Companies.Suggest(n.Value, 3); len(s) > 0 {
				msg += " (did you mean " + strings.Join(s, ", ") + "?)"
			}
			return bad(msg)
		}
		op := store.CondCompany
		if n.Field == "mention" {
			op = store.CondMention
		}
		return &store.Cond{Op: op, Values: []string{co.Name}}, nil
	case "mineral":
		if env.Minerals == nil {
			return bad("cannot be resolved: no mineral list")
		}
		tag, ok := env.Minerals.Find(n.Value)
		if !ok {
			tags := env.Minerals.Tags()
			more := ""
			if len(tags) > 3 {
				tags, more = tags[:3], fmt.Sprintf(" +%d", len(tags)-3)
			}
			return bad("names no mineral lode knows (" + strings.Join(tags, ", ") + more + ")")
		}
		return &store.Cond{Op: store.CondMineral, Values: []string{tag}}, nil
	case "feed":
		urls := matchFeeds(env.Feeds, n.Value)
		if len(urls) == 0 {
			return bad("names no configured feed (lode feeds list shows them)")
		}
		return &store.Cond{Op: store.CondFeed, Values: urls}, nil
	case "tag":
		var urls []string
		for _, f := range env.Feeds {
			if slices.ContainsFunc(f.Tags, func(t string) bool { return strings.EqualFold(t, n.Value) }) {
				urls = append(urls, f.URL)
			}
		}
		if len(urls) == 0 {
			msg := "is a tag no feed has"
			if tags := Tags(env.Feeds); len(tags) > 0 {
				msg += " (tags: " + strings.Join(tags, ", ") + ")"
			}
			return bad(msg)
		}
		return &store.Cond{Op: store.CondFeed, Values: urls}, nil
	case "is":
		switch n.Value {
		case "unread":
			return &store.Cond{Op: store.CondUnread}, nil
		case "read":
			return &store.Cond{Op: store.CondNot, Kids: []*store.Cond{{Op: store.CondUnread}}}, nil
		case "starred":
			return &store.Cond{Op: store.CondStarred}, nil
		case "flagged":
			return &store.Cond{Op: store.CondFlagged}, nil
		case "watched":
			return &store.Cond{Op: store.CondCompany, Values: slices.Clone(env.Watchlist)}, nil
		}
	case "newer":
		return &store.Cond{Op: store.CondAfter, Time: env.Now.Add(-n.Dur)}, nil
	case "older":
		return &store.Cond{Op: store.CondBefore, Time: env.Now.Add(-n.Dur)}, nil
	case "since":
		d := n.Date
		return &store.Cond{Op: store.CondAfter, Time: time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, env.Now.Location())}, nil
	}
	return bad("cannot be resolved")
}

// named reports whether op is a condition on a list of names, which an OR
// of the same kind merges into one.
func named(op store.CondOp) bool {
	return op == store.CondCompany || op == store.CondMention || op == store.CondMineral
}

// matchFeeds returns the URLs of the feeds named by v: those whose name or
// URL equals v (any case), else those whose name or URL contains it.
func matchFeeds(feeds []Feed, v string) []string {
	var exact, part []string
	lv := strings.ToLower(v)
	for _, f := range feeds {
		name, u := strings.ToLower(f.Name), strings.ToLower(f.URL)
		switch {
		case name == lv || u == lv:
			exact = append(exact, f.URL)
		case strings.Contains(name, lv) || strings.Contains(u, lv):
			part = append(part, f.URL)
		}
	}
	if len(exact) > 0 {
		return exact
	}
	return part
}

// Tags lists the feeds' tags, sorted, each once.
func Tags(feeds []Feed) []string {
	var out []string
	for _, f := range feeds {
		for _, t := range f.Tags {
			if !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
	}
	slices.Sort(out)
	return out
}

// Visible is the condition that leaves out the items of hidden feeds, for
// a query n that names none of them with feed: or tag: (a hidden feed is
// reached only by asking for it); nil when nothing is to be left out.
func Visible(n *Node, env Env) *store.Cond {
	var hidden []string
	for _, f := range env.Feeds {
		if f.Hidden {
			hidden = append(hidden, f.URL)
		}
	}
	if len(hidden) == 0 || namesAny(n, env, hidden) {
		return nil
	}
	return &store.Cond{Op: store.CondNot, Kids: []*store.Cond{{Op: store.CondFeed, Values: hidden}}}
}

// namesAny reports whether a feed: or tag: term of n selects one of urls.
func namesAny(n *Node, env Env, urls []string) bool {
	if n == nil {
		return false
	}
	if n.Kind != KindTerm {
		return slices.ContainsFunc(n.Kids, func(k *Node) bool { return namesAny(k, env, urls) })
	}
	if n.Field != "feed" && n.Field != "tag" {
		return false
	}
	c, err := Resolve(n, env)
	return err == nil && slices.ContainsFunc(c.Values, func(u string) bool { return slices.Contains(urls, u) })
}

// CompileVisible is Compile with the items of hidden feeds left out unless
// the query names them (see Visible).
func CompileVisible(q string, env Env) (*store.Cond, error) {
	n, err := Parse(q)
	if err != nil {
		return nil, err
	}
	c, err := Resolve(n, env)
	if err != nil {
		return nil, err
	}
	v := Visible(n, env)
	switch {
	case v == nil:
		return c, nil
	case c == nil:
		return v, nil
	}
	return &store.Cond{Op: store.CondAnd, Kids: []*store.Cond{c, v}}, nil
}

// Compile parses and resolves q in one step (see Parse and Resolve).
func Compile(q string, env Env) (*store.Cond, error) {
	n, err := Parse(q)
	if err != nil {
		return nil, err
	}
	return Resolve(n, env)
}
