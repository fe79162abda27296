package store

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/cputime"
	"github.com/lode-reader/lode/internal/item"
)

// condFixture fills s with generated items: several feeds (two sharing a
// name), zero to three companies each, words from a small vocabulary, dates
// that tie, and mixed read/flagged/starred state.
func condFixture(t *testing.T, s *Store) []int64 {
	t.Helper()
	r := rand.New(rand.NewPCG(7, 13))
	feeds := []struct{ url, name string }{{"https://a.example/rss", "Alpha Wire"}, {"https://b.example/rss", "Beta Daily"},
		{"https://c.example/rss", "Alpha Wire"}, {"https://d.example/rss", "Zeta Notes"}, {"https://e.example/rss", ""}}
	cos := []string{"Lynas Rare Earths", "MP Materials", "Glencore", "Albemarle", "Iluka Resources"}
	mins := []string{"rare earths", "NdPr", "lithium", "cobalt"}
	words := []string{"lithium", "lithium", "cobalt", "rare", "earth", "gallium", "graphite", "price", "export", "ban", "mine", "output", "licence"}
	var items []item.Item
	for i := range 400 {
		f := feeds[r.IntN(len(feeds))]
		var its []string
		for range r.IntN(4) {
			c := cos[r.IntN(len(cos))]
			if !slices.Contains(its, c) {
				its = append(its, c)
			}
		}
		title := fmt.Sprintf("%s %s %s", words[r.IntN(len(words))], words[r.IntN(len(words))], words[r.IntN(len(words))])
		it := item.Item{FeedURL: f.url, FeedName: f.name, GUID: fmt.Sprint(i), Title: title, Link: "https://example.com/" + fmt.Sprint(i),
			Published: time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC).Add(-time.Duration(r.IntN(240)) * time.Hour),
			Companies: its, Hash: fmt.Sprint("h", i)}
		it.Sections.Body = words[r.IntN(len(words))] + " " + words[r.IntN(len(words))]
		it.Ideology.Flagged = r.IntN(5) == 0
		for _, c := range cos {
			if !slices.Contains(its, c) && r.IntN(5) == 0 {
				it.Mentions = append(it.Mentions, c)
			}
		}
		for _, m := range mins {
			if r.IntN(4) == 0 {
				it.Minerals = append(it.Minerals, m)
			}
		}
		items = append(items, it)
	}
	return upsertWithState(t, s, items, 7)
}

func leaf(op CondOp, vs ...string) *Cond { return &Cond{Op: op, Values: vs} }
func text(t string) *Cond                { return &Cond{Op: CondText, Text: t} }
func not(c *Cond) *Cond                  { return &Cond{Op: CondNot, Kids: []*Cond{c}} }
func and(cs ...*Cond) *Cond              { return &Cond{Op: CondAnd, Kids: cs} }
func or(cs ...*Cond) *Cond               { return &Cond{Op: CondOr, Kids: cs} }
func at(op CondOp, hoursBefore int) *Cond {
	return &Cond{Op: op, Time: time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC).Add(-time.Duration(hoursBefore) * time.Hour)}
}

// TestCondIndexMatchesSQL checks every kind of condition the query
// language produces, under every sort, answered by the list index against
// the same query answered by plain SQL: counts, pages at several offsets,
// positions and the full id list.
//
// It runs twice: with the list index cold (names read from SQLite) and
// after Warm (names answered from the warm groups).
func TestCondIndexMatchesSQL(t *testing.T) {
	cputime.SkipUnderRace(t, "a sweep of every condition shape against SQL")
	s := open(t)
	ids := condFixture(t, s)
	t.Run("cold", func(t *testing.T) { testCondIndexMatchesSQL(t, s, ids) })
	if err := s.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	s.list.mu.Lock()
	groups := len(s.list.snap.warm.groups)
	s.list.sets, s.list.keys = map[string]bitset{}, nil
	s.list.mu.Unlock()
	if groups != 4 {
		t.Fatalf("Warm kept %d groups, want companies, mentions, minerals and feeds", groups)
	}
	t.Run("warm", func(t *testing.T) { testCondIndexMatchesSQL(t, s, ids) })
}

func testCondIndexMatchesSQL(t *testing.T, s *Store, ids []int64) {
	lynas, mp, glen := leaf(CondCompany, "Lynas Rare Earths"), leaf(CondCompany, "MP Materials"), leaf(CondCompany, "Glencore")
	alpha := leaf(CondFeed, "https://a.example/rss", "https://c.example/rss")
	conds := []*Cond{
		lynas,
		leaf(CondCompany, "Lynas Rare Earths", "MP Materials", "Glencore"),
		or(lynas, mp, glen),
		not(lynas),
		not(leaf(CondFlagged)),
		and(alpha, at(CondAfter, 48)),
		and(leaf(CondFeed, "https://b.example/rss"), at(CondBefore, 100), not(leaf(CondUnread))),
		and(text("lith"), lynas),
		and(text("rare earth"), not(text("ban"))),
		{Op: CondText, Text: "rare earth", Phrase: true},
		or(and(lynas, leaf(CondStarred)), and(not(lynas), leaf(CondFlagged))),
		and(leaf(CondUnread), not(or(leaf(CondFeed, "https://d.example/rss"), text("cobalt")))),
		leaf(CondCompany),
		and(),
		or(),
		not(and(at(CondAfter, 72), at(CondBefore, 24))),
		leaf(CondFeed, "https://nowhere.example/"),
		leaf(CondMention, "Glencore"),
		leaf(CondMention, "Glencore", "Albemarle", "Iluka Resources"),
		not(leaf(CondMention, "Lynas Rare Earths")),
		or(lynas, leaf(CondMention, "Lynas Rare Earths")),
		leaf(CondMineral, "NdPr"),
		and(leaf(CondMineral, "rare earths", "cobalt"), not(leaf(CondMineral, "lithium")), at(CondAfter, 120)),
		and(leaf(CondMineral, "lithium"), text("price"), not(leaf(CondMention, "Albemarle"))),
		leaf(CondMineral),
	}
	bases := []Query{{}, {UnreadOnly: true, Search: "li"}, {Flag: FlagHide, Companies: []string{"Albemarle"}}}
	sorts := []Sort{SortNewest, SortFeed, SortCompany}
	nonEmpty := 0
	for _, c := range conds {
		for _, base := range bases {
			for _, so := range sorts {
				q := base
				q.Where, q.Sort = c, so
				name := fmt.Sprintf("%s base %+v sort %s", c, base.Search, so)
				want, err := s.sqlCounts(ctx, q)
				if err != nil {
					t.Fatalf("%s: %v", name, err)
				}
				got, ok, err := s.fastCounts(ctx, q)
				if err != nil || !ok {
					t.Fatalf("%s: index did not answer: %v", name, err)
				}
				if got != want {
					t.Errorf("%s: counts %+v, SQL says %+v", name, got, want)
				}
				if want.Items > 5 {
					nonEmpty++
				}
				wantIDs, err := s.IDs(ctx, q)
				if err != nil {
					t.Fatal(err)
				}
				for _, off := range []int{0, 4, 60} {
					wantRows, err := s.sqlPage(ctx, q, off, 9)
					if err != nil {
						t.Fatal(err)
					}
					gotRows, ok, err := s.fastPage(ctx, q, off, 9)
					if err != nil || !ok {
						t.Fatalf("%s: index did not page: %v", name, err)
					}
					if !slices.Equal(rowIDs(gotRows), rowIDs(wantRows)) {
						t.Errorf("%s offset %d: page %v, SQL says %v", name, off, rowIDs(gotRows), rowIDs(wantRows))
					}
					if off < len(wantIDs) && !slices.Equal(rowIDs(wantRows), wantIDs[off:min(off+9, len(wantIDs))]) {
						t.Errorf("%s offset %d: SQL page disagrees with IDs", name, off)
					}
				}
				for _, id := range []int64{ids[0], ids[33], ids[200], ids[len(ids)-1]} {
					want, err := s.sqlPosition(ctx, q, id)
					if err != nil {
						t.Fatal(err)
					}
					got, _, err := s.fastPosition(ctx, q, id)
					if err != nil || got != want {
						t.Errorf("%s: position of %d = %d (%v), SQL says %d", name, id, got, err, want)
					}
					if want >= 0 && wantIDs[want] != id {
						t.Errorf("%s: SQL position of %d is %d, but IDs has %d there", name, id, want, wantIDs[want])
					}
				}
			}
		}
	}
	if nonEmpty < len(conds)*len(sorts) {
		t.Errorf("the fixture matches too little to test: %d non-empty results", nonEmpty)
	}
}

// TestSortGroups checks what a reader sees when sorting: by feed, the
// feeds' names in order, newest first within each; by company, items about
// no company last.
func TestSortGroups(t *testing.T) {
	s := open(t)
	condFixture(t, s)
	rows, err := s.Page(ctx, Query{Sort: SortFeed}, 0, 1000)
	if err != nil || len(rows) != 400 {
		t.Fatalf("page: %d rows, %v", len(rows), err)
	}
	for i := 1; i < len(rows); i++ {
		a, b := rows[i-1], rows[i]
		if a.FeedName > b.FeedName || (a.FeedName == b.FeedName && a.Published.Before(b.Published)) {
			t.Fatalf("by feed: row %d (%q %v) before row %d (%q %v)", i-1, a.FeedName, a.Published, i, b.FeedName, b.Published)
		}
	}
	rows, err = s.Page(ctx, Query{Sort: SortCompany}, 0, 1000)
	if err != nil {
		t.Fatal(err)
	}
	first := func(it item.Item) string {
		if len(it.Companies) == 0 {
			return "\xff"
		}
		return slices.Min(it.Companies)
	}
	for i := 1; i < len(rows); i++ {
		if first(rows[i-1]) > first(rows[i]) {
			t.Fatalf("by company: %v before %v", rows[i-1].Companies, rows[i].Companies)
		}
	}
	if len(rows[len(rows)-1].Companies) != 0 || len(rows[0].Companies) == 0 || first(rows[0]) != "Albemarle" {
		t.Fatalf("by company: first %v, last %v", rows[0].Companies, rows[len(rows)-1].Companies)
	}
}
