package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"github.com/lode-reader/lode/internal/item"
)

// where builds the WHERE clause and arguments for q.
func where(q Query) (string, []any) { return whereFor(q, false) }

// whereFor builds the WHERE clause; ordered asks SQLite to walk the
// newest-first index and test membership in the company and search sets
// ("+id" keeps it from driving the query by those sets and sorting them),
// which returns the first page of a large result without sorting it all.
func whereFor(q Query, ordered bool) (string, []any) {
	idCol := "id"
	if ordered {
		idCol = "+id"
	}
	var conds []string
	var args []any
	if len(q.Companies) > 0 {
		conds = append(conds, idCol+" IN (SELECT item_id FROM item_companies WHERE company IN ("+placeholders(len(q.Companies))+"))")
		for _, c := range q.Companies {
			args = append(args, c)
		}
	}
	for _, f := range []struct {
		names        []string
		table, field string
	}{{q.Mentions, "item_mentions", "company"}, {q.Minerals, "item_minerals", "mineral"}} {
		if len(f.names) > 0 {
			conds = append(conds, idCol+" IN (SELECT item_id FROM "+f.table+" WHERE "+f.field+" IN ("+placeholders(len(f.names))+"))")
			for _, c := range f.names {
				args = append(args, c)
			}
		}
	}
	if m := matchExpr(q.Search); m != "" {
		conds = append(conds, idCol+" IN (SELECT rowid FROM items_fts WHERE items_fts MATCH ?)")
		args = append(args, m)
	}
	switch q.Flag {
	case FlagOnly:
		conds = append(conds, "flagged = 1")
	case FlagHide:
		conds = append(conds, "flagged = 0")
	}
	if q.UnreadOnly {
		conds = append(conds, "read = 0")
	}
	if q.StarredOnly {
		conds = append(conds, "starred = 1")
	}
	if !q.Since.IsZero() {
		conds = append(conds, "(published >= ? OR (fetched >= ? AND backfill = 0))")
		// published is in seconds; fetched (first seen) in milliseconds, so an
		// item fetched just after a digest is not lost within the same second.
		args = append(args, q.Since.Unix(), q.Since.UnixMilli())
	}
	if q.Where != nil {
		c, a := condSQL(q.Where, idCol)
		conds = append(conds, "("+c+")")
		args = append(args, a...)
	}
	if q.IDs != nil {
		if len(q.IDs) == 0 {
			conds = append(conds, "0")
		} else {
			conds = append(conds, "id IN ("+placeholders(len(q.IDs))+")")
			for _, id := range q.IDs {
				args = append(args, id)
			}
		}
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

func placeholders(n int) string {
	return strings.TrimSuffix(strings.Repeat("?,", n), ",")
}

// SearchTerms splits a user's search into the words it matches, lowercased.
func SearchTerms(search string) []string {
	return strings.FieldsFunc(strings.ToLower(search), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// SearchTerms splits a user's search into the words it matches (see the
// package function); a method so the reader can reach it through its Store.
func (s *Store) SearchTerms(search string) []string { return SearchTerms(search) }

// matchExpr turns typed text into an FTS5 query: every word must appear,
// the last one as a prefix so results update while typing.
func matchExpr(search string) string {
	terms := SearchTerms(search)
	if len(terms) == 0 {
		return ""
	}
	parts := make([]string, len(terms))
	for i, t := range terms {
		parts[i] = `"` + t + `"`
	}
	parts[len(parts)-1] += "*"
	return strings.Join(parts, " ")
}

// Counts returns how many items q selects, and how many of them are unread
// and flagged. A query on the items' state alone is counted from the
// state counters (counts.go); else the list index (listindex.go) answers
// it when it can; else SQLite scans the small state index and tests
// membership in the company and search sets.
func (s *Store) Counts(ctx context.Context, q Query) (Counts, error) {
	s.touch()
	if c, ok, err := s.stateCounts(ctx, q); ok || err != nil {
		return c, err
	}
	if c, ok, err := s.fastCounts(ctx, q); ok || err != nil {
		return c, err
	}
	return s.sqlCounts(ctx, q)
}

// sqlCounts is Counts answered by SQLite alone.
func (s *Store) sqlCounts(ctx context.Context, q Query) (Counts, error) {
	w, args := whereFor(q, true)
	var c Counts
	var unread, flagged sql.NullInt64
	err := s.db.QueryRowContext(ctx, "SELECT count(*), sum(read = 0), sum(flagged) FROM items"+w, args...).Scan(&c.Items, &unread, &flagged)
	if err != nil {
		return c, fmt.Errorf("count items: %w", err)
	}
	c.Unread, c.Flagged = int(unread.Int64), int(flagged.Int64)
	return c, nil
}

const listCols = "id, feed_url, feed_name, guid, title, link, published, companies, score, flagged, read, starred, mentions, candidates, minerals"

func scanListRow(rows interface{ Scan(...any) error }, it *item.Item) error {
	var pub int64
	var companies, mentions, candidates, minerals string
	if err := rows.Scan(&it.ID, &it.FeedURL, &it.FeedName, &it.GUID, &it.Title, &it.Link, &pub, &companies,
		&it.Ideology.Score, &it.Ideology.Flagged, &it.Read, &it.Starred, &mentions, &candidates, &minerals); err != nil {
		return err
	}
	it.Published = fromUnix(pub)
	for _, f := range []struct {
		src string
		dst *[]string
	}{{companies, &it.Companies}, {mentions, &it.Mentions}, {candidates, &it.Candidates}, {minerals, &it.Minerals}} {
		if f.src != "[]" {
			_ = json.Unmarshal([]byte(f.src), f.dst)
		}
	}
	return nil
}

// Page returns list rows for q, newest first, skipping offset rows. Rows
// carry everything the list shows but not the sections (see Item). The list
// index picks the rows when it can (see Counts).
func (s *Store) Page(ctx context.Context, q Query, offset, limit int) ([]item.Item, error) {
	s.touch()
	if rows, ok, err := s.fastPage(ctx, q, offset, limit); ok || err != nil {
		return rows, err
	}
	return s.sqlPage(ctx, q, offset, limit)
}

// sqlPage is Page answered by SQLite alone.
func (s *Store) sqlPage(ctx context.Context, q Query, offset, limit int) ([]item.Item, error) {
	w, args := whereFor(q, true)
	args = append(args, limit, offset)
	rows, err := s.db.QueryContext(ctx, "SELECT "+listCols+" FROM items"+w+" ORDER BY "+orderSQL(q.Sort)+" LIMIT ? OFFSET ?", args...)
	if err != nil {
		return nil, fmt.Errorf("list items: %w", err)
	}
	defer rows.Close()
	out := make([]item.Item, 0, min(max(limit, 0), 1024))
	for rows.Next() {
		var it item.Item
		if err := scanListRow(rows, &it); err != nil {
			return nil, fmt.Errorf("list items: %w", err)
		}
		out = append(out, it)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list items: %w", err)
	}
	return out, nil
}

// firstCompanySQL is an item's first company name in byte order (NULL
// when it has none), what SortCompany groups by.
const firstCompanySQL = "(SELECT min(company) FROM item_companies WHERE item_id = items.id)"

// orderSQL is the ORDER BY clause of a sort.
func orderSQL(s Sort) string {
	switch s {
	case SortFeed:
		return "feed_name, published DESC, id DESC"
	case SortCompany:
		return firstCompanySQL + " IS NULL, " + firstCompanySQL + ", published DESC, id DESC"
	}
	return "published DESC, id DESC"
}

// IDs returns the ids of every item q selects, in q's order.
func (s *Store) IDs(ctx context.Context, q Query) ([]int64, error) {
	w, args := where(q)
	return s.queryIDs(ctx, "list items", "SELECT id FROM items"+w+" ORDER BY "+orderSQL(q.Sort), args...)
}

// queryIDs runs query, which selects one id column, and returns the ids in
// its order; what names the work in its errors.
func (s *Store) queryIDs(ctx context.Context, what, query string, args ...any) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return ids, nil
}

// Position returns the index of item id in q's newest-first order, or -1
// when q does not select it.
func (s *Store) Position(ctx context.Context, q Query, id int64) (int, error) {
	s.touch()
	if pos, ok, err := s.fastPosition(ctx, q, id); ok || err != nil {
		return pos, err
	}
	return s.sqlPosition(ctx, q, id)
}

// sqlPosition is Position answered by SQLite alone.
func (s *Store) sqlPosition(ctx context.Context, q Query, id int64) (int, error) {
	if q.IDs != nil && !slices.Contains(q.IDs, id) {
		return -1, nil
	}
	var pub int64
	err := s.db.QueryRowContext(ctx, "SELECT published FROM items WHERE id = ?", id).Scan(&pub)
	if errors.Is(err, sql.ErrNoRows) {
		return -1, nil
	}
	if err != nil {
		return -1, fmt.Errorf("find item %d: %w", id, err)
	}
	if q.Sort != SortNewest {
		w, args := where(q)
		var pos sql.NullInt64
		err := s.db.QueryRowContext(ctx, "SELECT pos FROM (SELECT id, row_number() OVER (ORDER BY "+orderSQL(q.Sort)+") - 1 AS pos FROM items"+w+") WHERE id = ?", append(args, id)...).Scan(&pos)
		if errors.Is(err, sql.ErrNoRows) {
			return -1, nil
		}
		if err != nil {
			return -1, fmt.Errorf("find item %d: %w", id, err)
		}
		return int(pos.Int64), nil
	}
	one := q
	one.IDs = []int64{id}
	w, args := where(one)
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM items"+w, args...).Scan(&n); err != nil {
		return -1, fmt.Errorf("find item %d: %w", id, err)
	}
	if n == 0 {
		return -1, nil
	}
	w, args = where(q)
	cond := "(published > ? OR (published = ? AND id > ?))"
	if w == "" {
		w = " WHERE " + cond
	} else {
		w += " AND " + cond
	}
	args = append(args, pub, pub, id)
	var pos int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM items"+w, args...).Scan(&pos); err != nil {
		return -1, fmt.Errorf("find item %d: %w", id, err)
	}
	return pos, nil
}

// Item returns one item with its sections, or ErrNotFound.
func (s *Store) Item(ctx context.Context, id int64) (item.Item, error) {
	s.touch()
	var it item.Item
	var pub int64
	var companies, highlights, links, reasons, mentions, candidates, minerals, evidence string
	sec := &it.Sections
	err := s.db.QueryRowContext(ctx, `SELECT i.id, feed_url, feed_name, guid, title, link, published, companies,
		highlights, highlights_derived, body, analysis, analysis_title, takeaway, links,
		score, flagged, reasons, political_share, cls_version, hash, read, starred, mentions, candidates, minerals, evidence, source, feed_summary
		FROM items i JOIN item_text t ON t.id = i.id WHERE i.id = ?`, id).Scan(
		&it.ID, &it.FeedURL, &it.FeedName, &it.GUID, &it.Title, &it.Link, &pub, &companies,
		&highlights, &sec.HighlightsDerived, &sec.Body, &sec.Analysis, &sec.AnalysisTitle, &sec.Takeaway, &links,
		&it.Ideology.Score, &it.Ideology.Flagged, &reasons, &it.Ideology.PoliticalShare, &it.Ideology.Version, &it.Hash, &it.Read, &it.Starred,
		&mentions, &candidates, &minerals, &evidence,
		&it.TextSource, &it.FeedSummary)
	if errors.Is(err, sql.ErrNoRows) {
		return it, fmt.Errorf("item %d: %w", id, ErrNotFound)
	}
	if err != nil {
		return it, fmt.Errorf("read item %d: %w", id, err)
	}
	it.Published = fromUnix(pub)
	for _, f := range []struct {
		src string
		dst any
	}{{companies, &it.Companies}, {highlights, &sec.Highlights}, {links, &sec.Links}, {reasons, &it.Ideology.Reasons},
		{mentions, &it.Mentions}, {candidates, &it.Candidates}, {minerals, &it.Minerals}, {evidence, &it.Evidence}} {
		if f.src != "[]" {
			if err := json.Unmarshal([]byte(f.src), f.dst); err != nil {
				return it, fmt.Errorf("read item %d: %w", id, err)
			}
		}
	}
	return it, nil
}

// Items returns full items (with sections) for q, newest first, at most limit (0 = all).
func (s *Store) Items(ctx context.Context, q Query, limit int) ([]item.Item, error) {
	ids, err := s.IDs(ctx, q)
	if err != nil {
		return nil, err
	}
	if limit > 0 && len(ids) > limit {
		ids = ids[:limit]
	}
	out := make([]item.Item, 0, len(ids))
	for _, id := range ids {
		it, err := s.Item(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	return out, nil
}

// CompanyCounts lists the companies mentioned in the cache with their item
// and unread counts, most items first.
func (s *Store) CompanyCounts(ctx context.Context) ([]CompanyCount, error) {
	return s.groupCounts(ctx, "item_companies", "company", "count companies")
}

// MineralCounts lists the minerals items in the cache are about, with their
// item and unread counts, most items first.
func (s *Store) MineralCounts(ctx context.Context) ([]CompanyCount, error) {
	return s.groupCounts(ctx, "item_minerals", "mineral", "count minerals")
}

// groupCounts lists the names in column of table (item_companies.company,
// item_minerals.mineral) with their item and unread counts, most items
// first, from the warm list index when it is current and otherwise by
// query; what names the work in its errors.
func (s *Store) groupCounts(ctx context.Context, table, column, what string) ([]CompanyCount, error) {
	if cc, ok, err := s.fastGroupCounts(ctx, table); ok || err != nil {
		return cc, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+column+`, count(*), sum(read = 0) FROM `+table+`
		GROUP BY `+column+` ORDER BY count(*) DESC, `+column+` COLLATE NOCASE, `+column)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var out []CompanyCount
	for rows.Next() {
		var c CompanyCount
		if err := rows.Scan(&c.Name, &c.Items, &c.Unread); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		out = append(out, c)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}
