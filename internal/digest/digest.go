// Package digest builds the morning digest (what arrived since the last one,
// grouped by company, ideology-flagged items set apart) and the one-line
// watchlist alerts printed after a fetch.
package digest

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/store"
)

// StateKey is the cache state key holding the time of the previous digest.
const StateKey = "digest.last"

// Options selects what a digest covers.
type Options struct {
	// Since is the start of the digest; zero means since the previous digest
	// (see Remember), or 24 hours before Now if there was none.
	Since time.Time
	// Companies, if set, keeps only items mentioning any of these canonical names.
	Companies []string
	// WatchlistOnly keeps only items mentioning a company in Watchlist.
	WatchlistOnly bool
	// Watchlist holds the canonical names the user follows; their groups come first.
	Watchlist []string
	// Where, if set, keeps only items the condition keeps (a query, see
	// internal/query).
	Where *store.Cond
	// Now is the end of the digest and the reference for relative dates;
	// zero means time.Now(). Its location is the one dates are shown in.
	Now time.Time
}

// Group is one company's items in a digest, newest first: the items whose
// first company it is (see Build), flagged ones included.
type Group struct {
	// Company is the canonical name the group is for.
	Company string
	// Watched is set when the company is on the watchlist; watched groups
	// come first.
	Watched bool
	// Items are the group's items, newest first.
	Items []item.Item
}

// Counts summarises a digest.
type Counts struct {
	// Items is the number of distinct items in the digest.
	Items int
	// Companies is the number of company groups.
	Companies int
	// Flagged is the number of ideology-flagged items.
	Flagged int
}

// Digest is what arrived between Since and Until.
type Digest struct {
	// Since and Until bound the digest, in the location dates are shown
	// in; Until is when it was built.
	Since, Until time.Time
	// Groups holds items by company; each item appears in one group only,
	// its first company's (see Build).
	Groups []Group
	// Other holds unflagged items that mention no company.
	Other []item.Item
	// Flagged holds every ideology-flagged item; those that mention a
	// company are also in that company's group, marked as flagged.
	Flagged []item.Item
	// Counts summarises the digest for its heading.
	Counts Counts
	// grouped maps the id of an item in a group to that group's company.
	grouped map[int64]string
}

// Empty reports whether the digest has no items at all.
func (d Digest) Empty() bool {
	return len(d.Groups) == 0 && len(d.Other) == 0 && len(d.Flagged) == 0
}

// Build reads the items that arrived since o.Since from the cache (published
// at or after it, or first seen at or after it unless they are backfills of
// old items: see store.BackfillGrace) and arranges them into a digest. An
// item about several companies appears once, under its first company: the
// first watched one it names if any, else the first it names (among
// o.Companies when that is set); its line names the others.
func Build(ctx context.Context, st *store.Store, o Options) (Digest, error) {
	now := o.Now
	if now.IsZero() {
		now = time.Now()
	}
	since := o.Since
	if since.IsZero() {
		last, err := lastDigest(ctx, st)
		if err != nil {
			return Digest{}, err
		}
		since = last
		if since.IsZero() {
			since = now.Add(-24 * time.Hour)
		}
	}
	loc := now.Location()
	d := Digest{Since: since.In(loc), Until: now}

	wanted := o.Companies
	if o.WatchlistOnly {
		if len(wanted) == 0 {
			wanted = o.Watchlist
		} else {
			wanted = intersect(wanted, o.Watchlist)
		}
		if len(wanted) == 0 {
			return d, nil
		}
	}
	items, err := st.Items(ctx, store.Query{Since: since, Companies: wanted, Where: o.Where}, 0)
	if err != nil {
		return Digest{}, fmt.Errorf("build digest: %w", err)
	}
	arrange(&d, items, wanted, o.Watchlist)
	return d, nil
}

// arrange sorts items (newest first) into d's groups and sections. When
// wanted is set, only those companies get groups.
func arrange(d *Digest, items []item.Item, wanted, watchlist []string) {
	byCompany := map[string]*Group{}
	d.grouped = map[int64]string{}
	for _, it := range items {
		if it.Ideology.Flagged {
			d.Flagged = append(d.Flagged, it)
		}
		c := home(it, wanted, watchlist)
		if c == "" {
			if !it.Ideology.Flagged {
				d.Other = append(d.Other, it)
			}
			continue
		}
		g := byCompany[c]
		if g == nil {
			g = &Group{Company: c, Watched: contains(watchlist, c)}
			byCompany[c] = g
		}
		g.Items = append(g.Items, it)
		d.grouped[it.ID] = c
	}
	for _, g := range byCompany {
		d.Groups = append(d.Groups, *g)
	}
	sort.Slice(d.Groups, func(i, j int) bool {
		a, b := d.Groups[i], d.Groups[j]
		if a.Watched != b.Watched {
			return a.Watched
		}
		if len(a.Items) != len(b.Items) {
			return len(a.Items) > len(b.Items)
		}
		if la, lb := strings.ToLower(a.Company), strings.ToLower(b.Company); la != lb {
			return la < lb
		}
		return a.Company < b.Company
	})
	d.Counts = Counts{Items: len(items), Companies: len(d.Groups), Flagged: len(d.Flagged)}
}

// home is the company an item is listed under: its first watched company,
// else its first company, among wanted when that is set; "" for none.
func home(it item.Item, wanted, watchlist []string) string {
	first := ""
	for _, c := range it.Companies {
		if c == "" || (len(wanted) > 0 && !contains(wanted, c)) {
			continue
		}
		if contains(watchlist, c) {
			return c
		}
		if first == "" {
			first = c
		}
	}
	return first
}

// also returns the companies an item names besides group (the group it is
// listed under, "" for none), in the item's order.
func also(it item.Item, group string) []string {
	var out []string
	for _, c := range it.Companies {
		if c == "" || strings.EqualFold(c, group) || contains(out, c) {
			continue
		}
		out = append(out, c)
	}
	return out
}

// contains reports whether names holds name, ignoring case.
func contains(names []string, name string) bool {
	for _, n := range names {
		if strings.EqualFold(n, name) {
			return true
		}
	}
	return false
}

func intersect(a, b []string) []string {
	var out []string
	for _, n := range a {
		if contains(b, n) {
			out = append(out, n)
		}
	}
	return out
}

// lastDigest returns the time saved by Remember, or zero if there is none or
// it cannot be read (a damaged value must not block every later digest).
func lastDigest(ctx context.Context, st *store.Store) (time.Time, error) {
	v, err := st.GetState(ctx, StateKey)
	if err != nil {
		return time.Time{}, fmt.Errorf("read previous digest time: %w", err)
	}
	if v == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339Nano, v)
	if err != nil {
		return time.Time{}, nil
	}
	return t, nil
}

// Remember records t (normally the digest's Until) as the time of the
// latest digest, so the next Build with a zero Since starts there.
func Remember(ctx context.Context, st *store.Store, t time.Time) error {
	if err := st.SetState(ctx, StateKey, t.UTC().Format(time.RFC3339Nano)); err != nil {
		return fmt.Errorf("remember digest time: %w", err)
	}
	return nil
}
