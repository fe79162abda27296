package store

import (
	"context"
	"fmt"
)

// Whole-cache counts without a scan: item_counts (migration 9) holds how
// many items have each of the eight read/flagged/starred states, kept by
// triggers on items. A query that tests nothing but those states (the
// reader's first frame, the All, Unread and Flagged tabs) is counted from
// its eight rows, whatever the size of the cache.

// statePred reports whether an item with the state bits st (stRead,
// stFlagged, stStarred) is kept.
type statePred func(st uint8) bool

// stateOnly returns q as a test of an item's state alone; ok is false when
// q tests anything else (companies, text, dates, feeds, ids).
func stateOnly(q Query) (statePred, bool) {
	if len(q.Companies) > 0 || len(q.Mentions) > 0 || len(q.Minerals) > 0 || matchExpr(q.Search) != "" ||
		!q.Since.IsZero() || q.IDs != nil {
		return nil, false
	}
	where := func(uint8) bool { return true }
	if q.Where != nil {
		var ok bool
		if where, ok = condState(q.Where); !ok {
			return nil, false
		}
	}
	flag, unread, starred := q.Flag, q.UnreadOnly, q.StarredOnly
	return func(st uint8) bool {
		switch {
		case flag == FlagOnly && st&stFlagged == 0,
			flag == FlagHide && st&stFlagged != 0,
			unread && st&stRead != 0,
			starred && st&stStarred == 0:
			return false
		}
		return where(st)
	}, true
}

// condState returns c as a test of an item's state alone, as condSQL
// reads it; ok is false when c tests anything else.
func condState(c *Cond) (statePred, bool) {
	switch c.Op {
	case CondAnd, CondOr:
		kids := make([]statePred, len(c.Kids))
		for i, k := range c.Kids {
			var ok bool
			if kids[i], ok = condState(k); !ok {
				return nil, false
			}
		}
		and := c.Op == CondAnd
		return func(st uint8) bool {
			for _, k := range kids {
				if k(st) != and {
					return !and
				}
			}
			return and
		}, true
	case CondNot:
		if len(c.Kids) != 1 {
			return nil, false
		}
		k, ok := condState(c.Kids[0])
		if !ok {
			return nil, false
		}
		return func(st uint8) bool { return !k(st) }, true
	case CondUnread:
		return func(st uint8) bool { return st&stRead == 0 }, true
	case CondStarred:
		return func(st uint8) bool { return st&stStarred != 0 }, true
	case CondFlagged:
		return func(st uint8) bool { return st&stFlagged != 0 }, true
	case CondText:
		if condMatch(c) == "" {
			return func(uint8) bool { return true }, true
		}
	case CondCompany, CondFeed, CondMention, CondMineral:
		if len(c.Values) == 0 {
			return func(uint8) bool { return false }, true
		}
	}
	return nil, false
}

// stateCounts answers Counts from item_counts when q tests nothing but
// the items' state; ok is false otherwise.
func (s *Store) stateCounts(ctx context.Context, q Query) (c Counts, ok bool, err error) {
	keep, ok := stateOnly(q)
	if !ok {
		return c, false, nil
	}
	rows, err := s.db.QueryContext(ctx, "SELECT read, flagged, starred, n FROM item_counts")
	if err != nil {
		return c, true, fmt.Errorf("count items: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var read, flagged, starred bool
		var n int
		if err := rows.Scan(&read, &flagged, &starred, &n); err != nil {
			return c, true, fmt.Errorf("count items: %w", err)
		}
		st := stateBits(read, flagged, starred)
		if !keep(st) {
			continue
		}
		c.Items += n
		if !read {
			c.Unread += n
		}
		if flagged {
			c.Flagged += n
		}
	}
	if err := rows.Err(); err != nil {
		return c, true, fmt.Errorf("count items: %w", err)
	}
	return c, true, nil
}

// stateBits packs an item's state as the list index holds it.
func stateBits(read, flagged, starred bool) uint8 {
	var st uint8
	if read {
		st |= stRead
	}
	if flagged {
		st |= stFlagged
	}
	if starred {
		st |= stStarred
	}
	return st
}
