package store

import (
	"context"
	"database/sql"
	"fmt"
	"math/bits"
	"slices"
	"sort"
	"strings"
)

// condSet is the bitset of the items c keeps, over the index's snapshot.
// Leaves that need SQLite (companies, feeds, text) are cached by the index;
// the result is new and may be changed by the caller. Callers hold ix.mu.
func (s *Store) condSet(ctx context.Context, ix *listIndex, c *Cond) (bitset, error) {
	sn := ix.snap
	n := len(sn.ids)
	switch c.Op {
	case CondAnd, CondOr:
		var out bitset
		if c.Op == CondAnd {
			out = fullBitset(n)
		} else {
			out = newBitset(n)
		}
		for _, k := range c.Kids {
			b, err := s.condSet(ctx, ix, k)
			if err != nil {
				return nil, err
			}
			for i := range out {
				if c.Op == CondAnd {
					out[i] &= b[i]
				} else {
					out[i] |= b[i]
				}
			}
		}
		return out, nil
	case CondNot:
		b, err := s.condSet(ctx, ix, c.Kids[0])
		if err != nil {
			return nil, err
		}
		full := fullBitset(n)
		for i := range b {
			b[i] = ^b[i] & full[i]
		}
		return b, nil
	case CondUnread, CondStarred, CondFlagged:
		bit, on := uint8(stStarred), true
		switch c.Op {
		case CondUnread:
			bit, on = stRead, false
		case CondFlagged:
			bit = stFlagged
		}
		out := newBitset(n)
		for p, st := range sn.state {
			if (st&bit != 0) == on {
				out.set(p)
			}
		}
		return out, nil
	case CondAfter, CondBefore:
		// Positions are newest first: published >= t is a prefix.
		t := c.Time.Unix()
		k := sort.Search(n, func(p int) bool { return sn.pub[p] < t })
		out := newBitset(n)
		lo, hi := 0, k
		if c.Op == CondBefore {
			lo, hi = k, n
		}
		for p := lo; p < hi; p++ {
			out.set(p)
		}
		return out, nil
	}
	b, err := s.leafSet(ctx, ix, c)
	if err != nil {
		return nil, err
	}
	return slices.Clone(b), nil
}

// leafSet is the cached bitset of a company, mention, mineral, feed or
// text condition.
func (s *Store) leafSet(ctx context.Context, ix *listIndex, c *Cond) (bitset, error) {
	sn := ix.snap
	switch c.Op {
	case CondCompany, CondFeed, CondMention, CondMineral:
		if len(c.Values) == 0 {
			return newBitset(len(sn.ids)), nil
		}
		table, _ := leafTable(c.Op)
		make := func() (bitset, error) { return s.linkSet(ctx, ix, table, c.Values) }
		what := map[CondOp]string{CondCompany: "company", CondMention: "mention", CondMineral: "mineral"}[c.Op]
		if c.Op == CondFeed {
			make = func() (bitset, error) { return s.linkSet(ctx, ix, "items", c.Values) }
			what = "feed"
		}
		b, err := ix.set(c.key(), make)
		if err != nil {
			return nil, fmt.Errorf("filter by %s: %w", what, err)
		}
		return b, nil
	case CondText:
		if !c.Phrase {
			if matchExpr(c.Text) == "" {
				return fullBitset(len(sn.ids)), nil
			}
			b, err := s.searchSet(ctx, ix, c.Text)
			if err != nil {
				return nil, fmt.Errorf("search %q: %w", c.Text, err)
			}
			return b, nil
		}
		m := condMatch(c)
		if m == "" {
			return fullBitset(len(sn.ids)), nil
		}
		b, err := ix.set(c.key(), func() (bitset, error) {
			return s.idSet(ctx, sn, "SELECT group_concat(rowid) FROM items_fts WHERE items_fts MATCH ?", m)
		})
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", c.Text, err)
		}
		return b, nil
	}
	return nil, fmt.Errorf("unknown condition %d", c.Op)
}

// fullBitset has every position below n.
func fullBitset(n int) bitset {
	b := newBitset(n)
	for i := range b {
		b[i] = ^uint64(0)
	}
	if r := n & 63; r != 0 {
		b[len(b)-1] = 1<<uint(r) - 1
	}
	return b
}

// count is how many positions b has.
func (b bitset) count() int {
	n := 0
	for _, w := range b {
		n += bits.OnesCount64(w)
	}
	return n
}

// order returns the snapshot's positions sorted by so (a Sort other than
// newest), made once per snapshot. Callers hold ix.mu.
func (s *Store) order(ctx context.Context, ix *listIndex, so Sort) ([]int32, error) {
	sn := ix.snap
	if o, ok := (*sn.orders)[so]; ok {
		return o, nil
	}
	// Each group's ids come back as one string, groups in byte order of
	// their name: the group's rank is its place in that list.
	var q string
	switch so {
	case SortFeed:
		q = "SELECT group_concat(id) FROM items GROUP BY feed_name ORDER BY feed_name"
	case SortCompany:
		q = "SELECT group_concat(item_id) FROM item_companies GROUP BY company ORDER BY company"
	default:
		return nil, fmt.Errorf("unknown order %d", so)
	}
	rank := make([]int32, len(sn.ids))
	for i := range rank {
		rank[i] = -1
	}
	rows, err := s.db.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var g int32
	for rows.Next() {
		var list sql.NullString
		if err := rows.Scan(&list); err != nil {
			return nil, err
		}
		err := eachInt(list.String, func(id int64) error {
			if p := sn.position(id); p >= 0 && rank[p] < 0 {
				rank[p] = g
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		g++
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	for i := range rank {
		if rank[i] < 0 {
			rank[i] = g // no company: last
		}
	}
	o := make([]int32, len(sn.ids))
	for i := range o {
		o[i] = int32(i)
	}
	// Positions are newest first already: a stable sort by rank keeps that
	// order within a group.
	slices.SortStableFunc(o, func(a, b int32) int { return int(rank[a]) - int(rank[b]) })
	(*sn.orders)[so] = o
	return o, nil
}

// String names the condition compactly, for test failures.
func (c *Cond) String() string {
	if c == nil {
		return "<all>"
	}
	return strings.ReplaceAll(c.key(), "\x00", "|")
}
