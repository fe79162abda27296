package store

import (
	"slices"
	"testing"

	"github.com/lode-reader/lode/internal/item"
)

// TestRescoredPatchesIndex checks that items written back by a rescoring
// pass keep the list index current without a rebuild, and that every
// answer it then gives (flags, companies, minerals, searches over the new
// company names) is SQL's.
func TestRescoredPatchesIndex(t *testing.T) {
	s := open(t)
	ids := indexFixture(t, s)
	s.list.smallCache = 0
	if err := s.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	var cur Cursor
	var done []int64
	for len(done) < 30 {
		batch, next, err := s.StaleAfter(ctx, "v2", cur, 12)
		if err != nil || len(batch) == 0 {
			t.Fatalf("stale after %v: %v %v", cur, batch, err)
		}
		cur = next
		done = append(done, batch...)
	}
	for i, id := range done {
		if id != ids[i] {
			t.Fatalf("stale item %d is %d, want %d (newest first)", i, id, ids[i])
		}
	}
	var items = done[:30]
	rescored := make([]int64, 0, len(items))
	var its []item.Item
	for i, id := range items {
		it, err := s.Item(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		it.Ideology.Flagged = !it.Ideology.Flagged
		it.Ideology.Version = "v2"
		it.Companies = []string{"Zeta Mining"}
		if i%2 == 0 {
			it.Minerals = []string{"gallium"}
		}
		its = append(its, it)
		rescored = append(rescored, id)
	}
	snap := s.list.snap
	if _, err := s.Rescored(ctx, nil, its); err != nil {
		t.Fatal(err)
	}
	rev, err := s.currentRev(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if s.list.snap == snap || s.list.snap.rev != rev || len(s.list.snap.ids) != len(snap.ids) {
		t.Fatalf("the index was not brought to revision %d in place", rev)
	}
	if len(s.list.snap.warm.groups) != 4 {
		t.Fatalf("the warm groups were dropped (%d left), not patched", len(s.list.snap.warm.groups))
	}
	for _, table := range []string{"item_companies", "item_minerals"} {
		got, ok, err := s.fastGroupCounts(ctx, table)
		if err != nil || !ok {
			t.Fatalf("%s counts not answered from the warm groups: %v", table, err)
		}
		field := map[string]string{"item_companies": "company", "item_minerals": "mineral"}[table]
		rows, err := s.db.QueryContext(ctx, "SELECT "+field+", count(*), sum(read = 0) FROM "+table+" GROUP BY "+field+" ORDER BY count(*) DESC, "+field)
		if err != nil {
			t.Fatal(err)
		}
		var want []CompanyCount
		for rows.Next() {
			var c CompanyCount
			if err := rows.Scan(&c.Name, &c.Items, &c.Unread); err != nil {
				t.Fatal(err)
			}
			want = append(want, c)
		}
		rows.Close()
		zeta := slices.ContainsFunc(want, func(c CompanyCount) bool { return c.Name == "Zeta Mining" && c.Items == 30 })
		if !slices.Equal(got, want) || zeta != (table == "item_companies") {
			t.Errorf("%s: warm counts %v, SQL says %v", table, got, want)
		}
	}
	checkIndexMatchesSQL(t, s, ids, []string{"li", "ze", "zeta", "gal", "lynas"},
		[]Query{{}, {Flag: FlagOnly}, {Companies: []string{"Zeta Mining"}}, {Companies: []string{"Lynas Rare Earths"}, UnreadOnly: true},
			{Minerals: []string{"gallium"}}, {Minerals: []string{"lithium"}, Flag: FlagHide}, {Sort: SortCompany},
			{Mentions: []string{"Glencore"}}})
	if left, err := s.CountStale(ctx, "v2"); err != nil || left != len(ids)-len(rescored) {
		t.Errorf("%d stale left (%v), want %d", left, err, len(ids)-len(rescored))
	}

	// A rescore that changes no indexed word (only the flag here) keeps the
	// items' full-text rows: every search finds what it found before.
	searches := []string{"li", "lithium", "g", "report", "lynas", "co"}
	found := map[string]Counts{}
	for _, q := range searches {
		if found[q], err = s.sqlCounts(ctx, Query{Search: q}); err != nil {
			t.Fatal(err)
		}
	}
	var before, after []item.Item
	for _, id := range ids[30:60] {
		it, err := s.Item(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		before = append(before, it)
		it.Ideology.Flagged, it.Ideology.Version = !it.Ideology.Flagged, "v2"
		after = append(after, it)
	}
	if _, err := s.Rescored(ctx, before, after); err != nil {
		t.Fatal(err)
	}
	for _, q := range searches {
		c, err := s.sqlCounts(ctx, Query{Search: q})
		if err != nil {
			t.Fatal(err)
		}
		if c.Items != found[q].Items || c.Items == 0 && q != "co" {
			t.Errorf("search %q finds %d items after a rescore that kept the index, %d before", q, c.Items, found[q].Items)
		}
	}
	checkIndexMatchesSQL(t, s, ids, []string{"li", "lynas", "report"}, []Query{{}, {Flag: FlagOnly}, {Companies: []string{"Zeta Mining"}}})
	if err := s.Check(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, "INSERT INTO items_fts(items_fts) VALUES ('integrity-check')"); err != nil {
		t.Errorf("full-text index after kept rows: %v", err)
	}
}
