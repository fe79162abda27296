package store

import (
	"strings"
	"time"
)

// CondOp is what a Cond tests.
type CondOp int

const (
	// CondAnd keeps items every child keeps (no children: every item).
	CondAnd CondOp = iota
	// CondOr keeps items any child keeps (no children: no item).
	CondOr
	// CondNot keeps items its one child drops.
	CondNot
	// CondCompany keeps items about any of Values (canonical company names).
	CondCompany
	// CondFeed keeps items from any of Values (feed URLs).
	CondFeed
	// CondText keeps items whose title or text has every word of Text,
	// the last as a prefix; with Phrase, whole words only.
	CondText
	// CondUnread keeps unread items.
	CondUnread
	// CondStarred keeps starred items.
	CondStarred
	// CondFlagged keeps ideology-flagged items.
	CondFlagged
	// CondAfter keeps items published at or after Time.
	CondAfter
	// CondBefore keeps items published before Time.
	CondBefore
	// CondMention keeps items that name any of Values (canonical company
	// names) in passing, without being about them (item.Item.Mentions).
	CondMention
	// CondMineral keeps items about any of Values (mineral tags).
	CondMineral
)

// Cond is a condition on items, the store's form of a parsed query (see
// internal/query): a tree of And, Or and Not over leaf tests.
type Cond struct {
	Op     CondOp    // which test or connective the node is
	Kids   []*Cond   // operands of CondAnd, CondOr and CondNot
	Values []string  // names of CondCompany, CondMention, CondMineral; URLs of CondFeed
	Text   string    // the words of CondText
	Phrase bool      // CondText matches whole words only
	Time   time.Time // the bound of CondAfter and CondBefore
}

// key identifies c for the list index's cache of bitsets; it is nil-safe
// and distinct for distinct conditions.
func (c *Cond) key() string {
	var b strings.Builder
	c.writeKey(&b)
	return b.String()
}

func (c *Cond) writeKey(b *strings.Builder) {
	if c == nil {
		b.WriteString("T")
		return
	}
	b.WriteByte(byte('A' + c.Op))
	switch c.Op {
	case CondAnd, CondOr, CondNot:
		b.WriteByte('(')
		for _, k := range c.Kids {
			k.writeKey(b)
			b.WriteByte(',')
		}
		b.WriteByte(')')
	case CondCompany, CondFeed, CondMention, CondMineral:
		for _, v := range c.Values {
			b.WriteString(v)
			b.WriteByte(0)
		}
	case CondText:
		if c.Phrase {
			b.WriteByte('"')
		}
		b.WriteString(c.Text)
		b.WriteByte(0)
	case CondAfter, CondBefore:
		b.WriteString(c.Time.UTC().Format(time.RFC3339))
	}
}

// condSQL is c as an SQL condition on items, with its arguments: the plain
// reference the list index is checked against.
func condSQL(c *Cond, idCol string) (string, []any) {
	switch c.Op {
	case CondAnd, CondOr:
		if len(c.Kids) == 0 {
			if c.Op == CondAnd {
				return "1", nil
			}
			return "0", nil
		}
		sep := " AND "
		if c.Op == CondOr {
			sep = " OR "
		}
		parts := make([]string, len(c.Kids))
		var args []any
		for i, k := range c.Kids {
			s, a := condSQL(k, idCol)
			parts[i] = "(" + s + ")"
			args = append(args, a...)
		}
		return strings.Join(parts, sep), args
	case CondNot:
		s, a := condSQL(c.Kids[0], idCol)
		return "NOT (" + s + ")", a
	case CondCompany:
		if len(c.Values) == 0 {
			return "0", nil
		}
		return idCol + " IN (SELECT item_id FROM item_companies WHERE company IN (" + placeholders(len(c.Values)) + "))", strArgs(c.Values)
	case CondMention, CondMineral:
		if len(c.Values) == 0 {
			return "0", nil
		}
		table, col := leafTable(c.Op)
		return idCol + " IN (SELECT item_id FROM " + table + " WHERE " + col + " IN (" + placeholders(len(c.Values)) + "))", strArgs(c.Values)
	case CondFeed:
		if len(c.Values) == 0 {
			return "0", nil
		}
		return "feed_url IN (" + placeholders(len(c.Values)) + ")", strArgs(c.Values)
	case CondText:
		m := condMatch(c)
		if m == "" {
			return "1", nil
		}
		return idCol + " IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)", []any{m}
	case CondUnread:
		return "read = 0", nil
	case CondStarred:
		return "starred = 1", nil
	case CondFlagged:
		return "flagged = 1", nil
	case CondAfter:
		return "published >= ?", []any{c.Time.Unix()}
	case CondBefore:
		return "published < ?", []any{c.Time.Unix()}
	}
	return "0", nil
}

// condMatch is a text condition's FTS5 query: every word, the last as a
// prefix unless the condition is a phrase ("" when there are no words).
func condMatch(c *Cond) string {
	if !c.Phrase {
		return matchExpr(c.Text)
	}
	terms := SearchTerms(c.Text)
	parts := make([]string, len(terms))
	for i, t := range terms {
		parts[i] = ftsQuote(t)
	}
	return strings.Join(parts, " ")
}

// leafTable is the table and column that list the items a company,
// mention or mineral condition keeps.
func leafTable(op CondOp) (table, col string) {
	switch op {
	case CondMention:
		return "item_mentions", "company"
	case CondMineral:
		return "item_minerals", "mineral"
	}
	return "item_companies", "company"
}

func strArgs(vs []string) []any {
	out := make([]any, len(vs))
	for i, v := range vs {
		out[i] = v
	}
	return out
}
