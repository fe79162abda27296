package store

import (
	"context"
	"fmt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/cputime"
	"github.com/lode-reader/lode/internal/item"
)

// indexFixture fills s with items whose words start with the same letters in
// many ways: ASCII, digits, one-letter words, diacritics the tokenizer folds
// and second characters it does not, with mixed read/flagged/starred state
// and dates that tie.
func indexFixture(t *testing.T, s *Store) []int64 {
	t.Helper()
	words := []string{"lithium", "licence", "lynas", "l", "l2", "lø", "lßx", "Łódź", "lîthium", "léger", "lλ", "lab",
		"gallium", "graphite", "germanium", "g7", "cobalt", "çobalt", "co", "x", "rare", "earth", "lithiumion", "lit"}
	cos := []string{"Lynas Rare Earths", "MP Materials", "Glencore"}
	var items []item.Item
	for i := range 120 {
		w := func(k int) string { return words[(i*7+k*5)%len(words)] }
		it := mk(fmt.Sprint("f", i%3), fmt.Sprint(i), fmt.Sprintf("%s %s report", w(1), w(2)), i/2, cos[i%len(cos)])
		it.Sections.Body = w(3) + " " + w(4)
		it.Ideology.Flagged = i%4 == 1
		it.Mentions = []string{cos[(i+1)%len(cos)]}
		it.Minerals = [][]string{{"lithium"}, {"rare earths", "NdPr"}, nil, {"cobalt"}, {"lithium", "cobalt"}}[i%5]
		items = append(items, it)
	}
	// Items whose only word starting with l, g or c has a second character
	// the tokenizer keeps as non-ASCII.
	for i, title := range []string{"lλ", "gß", "cø", "lλ"} {
		it := mk("f9", fmt.Sprint("odd", i), title, i)
		it.Sections.Body = "report"
		items = append(items, it)
	}
	return upsertWithState(t, s, items, 5)
}

// TestListIndexMatchesSQL checks that the in-memory list index gives exactly
// what SQLite alone gives: counts, pages at several offsets and positions,
// for searches of every length with every other filter.
func TestListIndexMatchesSQL(t *testing.T) {
	cputime.SkipUnderRace(t, "a sweep of every search and filter against SQL")
	s := open(t)
	ids := indexFixture(t, s)
	searches := []string{"l", "li", "lit", "lith", "lithi", "lithium", "lithiumi", "lø", "g", "c", "ç", "x", "l2", "ł",
		"rare e", "rare ea", "earth l", "lithium g", "zzzz", "zzzzz", "ł ó", "lynas"}
	filters := []Query{{}, {UnreadOnly: true}, {Flag: FlagOnly}, {Flag: FlagHide}, {StarredOnly: true},
		{Companies: []string{"Lynas Rare Earths"}}, {Companies: []string{"MP Materials", "Glencore"}, UnreadOnly: true, Flag: FlagHide},
		{IDs: ids[:40]}, {IDs: []int64{}},
		{Mentions: []string{"Glencore"}}, {Minerals: []string{"cobalt"}, UnreadOnly: true},
		{Minerals: []string{"NdPr", "lithium"}, Companies: []string{"MP Materials", "Glencore"}}}
	// Once as a keystroke meets the index cold, once after Warm (the groups
	// of companies and minerals, the one-character searches, which a cache
	// this small would not warm).
	s.list.smallCache = 0
	for _, warm := range []bool{false, true} {
		if warm {
			if err := s.Warm(ctx); err != nil {
				t.Fatal(err)
			}
			if len(s.list.snap.warm.search) != len(warmLetters) || len(s.list.snap.warm.groups) != 4 {
				t.Fatalf("Warm kept %d one-character searches and %d groups", len(s.list.snap.warm.search), len(s.list.snap.warm.groups))
			}
		}
		checkIndexMatchesSQL(t, s, ids, searches, filters)
	}
}

func checkIndexMatchesSQL(t *testing.T, s *Store, ids []int64, searches []string, filters []Query) {
	t.Helper()
	for _, search := range append(searches, "") {
		for _, f := range filters {
			q := f
			q.Search = search
			name := fmt.Sprintf("%+v", q)
			want, err := s.sqlCounts(ctx, q)
			if err != nil {
				t.Fatal(err)
			}
			got, ok, err := s.fastCounts(ctx, q)
			if err != nil || !ok {
				t.Fatalf("%s: index did not answer: %v", name, err)
			}
			if got != want {
				t.Errorf("%s: counts %+v, SQL says %+v", name, got, want)
			}
			if search == "l" && f.Companies == nil && f.IDs == nil && f.Flag == FlagAll && !f.UnreadOnly && !f.StarredOnly && want.Items < 30 {
				t.Errorf("%s: the fixture matches too little to test (%+v)", name, want)
			}
			for _, off := range []int{0, 3, 50} {
				wantRows, err := s.sqlPage(ctx, q, off, 7)
				if err != nil {
					t.Fatal(err)
				}
				gotRows, ok, err := s.fastPage(ctx, q, off, 7)
				if err != nil || !ok {
					t.Fatalf("%s: index did not page: %v", name, err)
				}
				if !slices.EqualFunc(gotRows, wantRows, func(a, b item.Item) bool { return a.ID == b.ID && a.Title == b.Title && a.Read == b.Read }) {
					t.Errorf("%s offset %d: page %v, SQL says %v", name, off, rowIDs(gotRows), rowIDs(wantRows))
				}
			}
			for _, id := range []int64{ids[0], ids[7], ids[60], ids[len(ids)-1], 1 << 40} {
				want, err := s.sqlPosition(ctx, q, id)
				if err != nil {
					t.Fatal(err)
				}
				got, _, err := s.fastPosition(ctx, q, id)
				if err != nil || got != want {
					t.Errorf("%s: position of %d = %d (%v), SQL says %d", name, id, got, err, want)
				}
			}
		}
	}
}

// TestWarmGroupCountsMatchSQL checks the company and mineral counts the
// warm index gives (the company picker's) against SQLite's, also after this
// process marks items read and after another write.
func TestWarmGroupCountsMatchSQL(t *testing.T) {
	s := open(t)
	ids := indexFixture(t, s)
	sqlCounts := func(table, field string) []CompanyCount {
		rows, err := s.db.QueryContext(ctx, "SELECT "+field+", count(*), sum(read = 0) FROM "+table+" GROUP BY "+field+" ORDER BY count(*) DESC, "+field+" COLLATE NOCASE, "+field)
		if err != nil {
			t.Fatal(err)
		}
		defer rows.Close()
		var out []CompanyCount
		for rows.Next() {
			var c CompanyCount
			if err := rows.Scan(&c.Name, &c.Items, &c.Unread); err != nil {
				t.Fatal(err)
			}
			out = append(out, c)
		}
		return out
	}
	check := func(when string, wantFast bool) {
		t.Helper()
		for _, g := range []struct {
			table, field string
			fn           func(context.Context) ([]CompanyCount, error)
		}{{"item_companies", "company", s.CompanyCounts}, {"item_minerals", "mineral", s.MineralCounts}} {
			_, fast, err := s.fastGroupCounts(ctx, g.table)
			if err != nil || fast != wantFast {
				t.Fatalf("%s: %s answered from the index: %v (%v), want %v", when, g.table, fast, err, wantFast)
			}
			got, err := g.fn(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if want := sqlCounts(g.table, g.field); !slices.Equal(got, want) || len(want) < 3 {
				t.Errorf("%s: %s counts %+v, SQL says %+v", when, g.table, got, want)
			}
		}
	}
	check("before Warm", false)
	if err := s.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	check("after Warm", true)
	if err := s.SetRead(ctx, ids[:30], true); err != nil {
		t.Fatal(err)
	}
	check("after marking 30 items read", true)
	if _, err := s.Upsert(ctx, []item.Item{mk("f1", "new", "lithium again", 500, "Glencore")}); err != nil {
		t.Fatal(err)
	}
	check("after a new item", false)
}

func rowIDs(rows []item.Item) []int64 {
	var out []int64
	for _, r := range rows {
		out = append(out, r.ID)
	}
	return out
}

// TestFastMatchExprsSameMatches checks the rewritten FTS5 queries against
// FTS5's own prefix query, for every prefix of every indexed word.
func TestFastMatchExprsSameMatches(t *testing.T) {
	s := open(t)
	indexFixture(t, s)
	rowids := func(exprs ...string) []int64 {
		t.Helper()
		var out []int64
		for _, e := range exprs {
			rows, err := s.db.QueryContext(ctx, "SELECT rowid FROM items_fts WHERE items_fts MATCH ?", e)
			if err != nil {
				t.Fatalf("%s: %v", e, err)
			}
			for rows.Next() {
				var id int64
				rows.Scan(&id)
				out = append(out, id)
			}
			rows.Close()
		}
		slices.Sort(out)
		return slices.Compact(out)
	}
	terms, err := s.termsWithPrefix(ctx, "", "", -1)
	if err != nil || len(terms) < 20 {
		t.Fatalf("terms %v %v", terms, err)
	}
	// Without the cache of long prefixes' words, and with one shared by
	// every search, so most long prefixes are expanded from the one before.
	for _, expand := range []map[string]expansion{nil, {}} {
		seen := map[string]bool{}
		for _, term := range terms {
			rs := []rune(term)
			for n := 1; n <= len(rs)+1; n++ {
				prefix := string(rs[:min(n, len(rs))])
				if n > len(rs) {
					prefix += "q" // a word no item has
				}
				for _, search := range []string{prefix, "report " + prefix} {
					if seen[search] {
						continue
					}
					seen[search] = true
					exprs, err := s.fastMatchExprs(ctx, search, expand)
					if err != nil {
						t.Fatal(err)
					}
					want, got := rowids(matchExpr(search)), rowids(exprs...)
					if !slices.Equal(got, want) {
						t.Errorf("search %q (cache %v): %v matches %v, FTS5 prefix query %v", search, expand != nil, exprs, got, want)
					}
				}
			}
		}
		if expand != nil && len(expand) < 10 {
			t.Errorf("only %d prefixes expanded through the cache", len(expand))
		}
	}
}

// twoHandles opens one new cache file twice, as two lode processes would;
// both close when the test ends.
func twoHandles(t *testing.T) (s, other *Store) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "cache.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	other, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { other.Close() })
	return s, other
}

// TestListIndexSeesWrites checks that the index follows every change to the
// items, whether made through this Store or another connection (another
// lode process).
func TestListIndexSeesWrites(t *testing.T) {
	s, other := twoHandles(t)
	if _, err := s.Upsert(ctx, []item.Item{mk("f", "1", "Lithium price", 1), mk("f", "2", "Lynas output", 2)}); err != nil {
		t.Fatal(err)
	}
	q := Query{Search: "l"}
	check := func(step string, want Counts, wantFirst string) {
		t.Helper()
		c, err := s.Counts(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		rows, err := s.Page(ctx, q, 0, 10)
		if err != nil {
			t.Fatal(err)
		}
		if c != want || len(rows) == 0 || rows[0].Title != wantFirst {
			t.Fatalf("%s: counts %+v first %v, want %+v first %q", step, c, rowIDs(rows), want, wantFirst)
		}
		if ix := s.listIndex(); ix.snap == nil {
			t.Fatalf("%s: the search did not use the list index", step)
		}
	}
	check("start", Counts{Items: 2, Unread: 2}, "Lithium price")
	ids, _ := s.IDs(ctx, Query{})
	if err := s.SetRead(ctx, ids[:1], true); err != nil {
		t.Fatal(err)
	}
	check("read here", Counts{Items: 2, Unread: 1}, "Lithium price")
	if _, err := other.Upsert(ctx, []item.Item{mk("f", "3", "Lanthanum flagged", 0)}); err != nil {
		t.Fatal(err)
	}
	check("new item from another process", Counts{Items: 3, Unread: 2}, "Lanthanum flagged")
	if _, err := other.MarkRead(ctx, Query{}); err != nil {
		t.Fatal(err)
	}
	check("mark all read elsewhere", Counts{Items: 3}, "Lanthanum flagged")
	// Starring changes what StarredOnly shows.
	if err := other.SetStarred(ctx, ids[1], true); err != nil {
		t.Fatal(err)
	}
	if c, _ := s.Counts(ctx, Query{Search: "ly", StarredOnly: true}); c.Items != 1 {
		t.Fatalf("star elsewhere: %+v", c)
	}
}

// TestListIndexPatchedByOwnStateWrites: reading or starring an item through
// this Store updates the list index in place (no rebuild before the next
// keystroke), while a write from another process still forces a rebuild.
func TestListIndexPatchedByOwnStateWrites(t *testing.T) {
	s, other := twoHandles(t)
	if _, err := s.Upsert(ctx, []item.Item{mk("f", "1", "Lithium price", 1), mk("f", "2", "Lynas output", 2), mk("f", "3", "Cobalt deal", 3)}); err != nil {
		t.Fatal(err)
	}
	if err := s.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	built := s.listIndex().snap
	if built == nil {
		t.Fatal("Warm did not build the index")
	}
	ids, _ := s.IDs(ctx, Query{})
	if err := s.SetRead(ctx, ids[:2], true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStarred(ctx, ids[2], true); err != nil {
		t.Fatal(err)
	}
	snap := s.listIndex().snap
	if snap == built || &snap.ids[0] != &built.ids[0] {
		t.Fatal("own state writes should patch the index, not rebuild or keep it")
	}
	// The patched index answers like SQL, and is current (no rebuild).
	for _, q := range []Query{{UnreadOnly: true}, {StarredOnly: true}, {Search: "l", UnreadOnly: true}, {Search: "co", StarredOnly: true}} {
		fast, ok, err := s.fastCounts(ctx, q)
		if err != nil || !ok {
			t.Fatalf("%+v: index did not answer (%v)", q, err)
		}
		slow, err := s.sqlCounts(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		if fast != slow {
			t.Fatalf("%+v: index %+v, SQL %+v", q, fast, slow)
		}
	}
	if s.listIndex().snap != snap {
		t.Fatal("queries after own writes rebuilt the index")
	}
	// A state change from another process is not patched: the next query rebuilds.
	if err := other.SetRead(ctx, ids[2:], true); err != nil {
		t.Fatal(err)
	}
	if c, err := s.Counts(ctx, Query{Search: "co", UnreadOnly: true}); err != nil || c.Items != 0 {
		t.Fatalf("after another process read the item: %+v, %v", c, err)
	}
	if s.listIndex().snap == snap {
		t.Fatal("a write from another process did not rebuild the index")
	}
}

// TestMigrateSchema1 opens a cache written by the first schema and checks
// that it is upgraded: its items are found by the list index and changes
// to them are seen.
func TestMigrateSchema1(t *testing.T) {
	s := openOldCache(t, 1,
		`INSERT INTO items (id, feed_url, guid, title, published) VALUES (7, 'f', 'g', 'Lithium deal', 100), (8, 'f', 'h', 'Cobalt deal', 200)`,
		`INSERT INTO items_fts (rowid, title, text) VALUES (7, 'Lithium deal', ''), (8, 'Cobalt deal', 'lanthanum')`)
	var v int
	if err := s.db.QueryRow("PRAGMA user_version").Scan(&v); err != nil || v != SchemaVersion() || v < 2 {
		t.Fatalf("schema %d (%v), want %d", v, err, SchemaVersion())
	}
	c, err := s.Counts(ctx, Query{Search: "l"})
	if err != nil || c != (Counts{Items: 2, Unread: 2}) || s.listIndex().snap == nil {
		t.Fatalf("search after upgrade: %+v %v", c, err)
	}
	if err := s.SetRead(ctx, []int64{7}, true); err != nil {
		t.Fatal(err)
	}
	if c, _ := s.Counts(ctx, Query{Search: "l"}); c != (Counts{Items: 2, Unread: 1}) {
		t.Fatalf("after read: %+v", c)
	}
	if _, err := s.Upsert(ctx, []item.Item{{FeedURL: "f", GUID: "new", Title: "Lanthanum", Published: time.Unix(300, 0), Hash: "x"}}); err != nil {
		t.Fatal(err)
	}
	rows, err := s.Page(ctx, Query{Search: "lan"}, 0, 5)
	if err != nil || len(rows) != 2 || rows[0].Title != "Lanthanum" || rows[1].ID != 8 {
		t.Fatalf("page after upsert: %v %v", rowIDs(rows), err)
	}
	if err := s.Check(ctx); err != nil {
		t.Fatal(err)
	}
}

// upsertWithState stores items and gives them mixed state: every third
// item (newest first) read, every starEvery-th starred. It returns the ids,
// newest first.
func upsertWithState(t *testing.T, s *Store, items []item.Item, starEvery int) []int64 {
	t.Helper()
	if _, err := s.Upsert(ctx, items); err != nil {
		t.Fatal(err)
	}
	ids, err := s.IDs(ctx, Query{})
	if err != nil {
		t.Fatal(err)
	}
	var read []int64
	for i, id := range ids {
		if i%3 == 0 {
			read = append(read, id)
		}
		if i%starEvery == 0 {
			if err := s.SetStarred(ctx, id, true); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := s.SetRead(ctx, read, true); err != nil {
		t.Fatal(err)
	}
	return ids
}

// TestWarmWhileSearching runs Warm while the reader searches and filters,
// as the reader does after its first frame: every answer stays the SQL one
// (run with -race, it also checks that the warm sets are shared safely).
func TestWarmWhileSearching(t *testing.T) {
	s := open(t)
	indexFixture(t, s)
	s.list.smallCache = 0
	qs := []Query{{Search: "l"}, {Search: "g"}, {Companies: []string{"MP Materials"}}, {Minerals: []string{"cobalt"}, Search: "c"}}
	want := make([]Counts, len(qs))
	for i, q := range qs {
		var err error
		if want[i], err = s.sqlCounts(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	done := make(chan error, 1)
	go func() { done <- s.Warm(ctx) }()
	for range 5 {
		for i, q := range qs {
			got, err := s.Counts(ctx, q)
			if err != nil || got != want[i] {
				t.Fatalf("%+v during Warm: %+v (%v), SQL says %+v", q, got, err, want[i])
			}
		}
		if _, err := s.CompanyCounts(ctx); err != nil {
			t.Fatal(err)
		}
	}
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// TestPrefixesOfOneWordShareASearch checks that prefixes standing for the
// same indexed words are answered by one FTS5 search: once "lith" is
// known, typing on to "lithi" and "lithium" reuses its bitset, and the
// answers stay SQL's.
func TestPrefixesOfOneWordShareASearch(t *testing.T) {
	s := open(t)
	ids := indexFixture(t, s)
	for _, search := range []string{"lith", "lithi", "lithiu", "lithium", "lithiumi"} {
		if _, err := s.Counts(ctx, Query{Search: search}); err != nil {
			t.Fatal(err)
		}
	}
	first := func(search string) *uint64 {
		b, ok := s.list.sets[searchKey(search)]
		if !ok || len(b) == 0 {
			t.Fatalf("%q not cached", search)
		}
		return &b[0]
	}
	if first("lith") != first("lithium") || first("lithi") != first("lithium") {
		t.Error("prefixes of the same words were searched again")
	}
	if first("lithiumi") == first("lithium") {
		t.Error("a prefix of fewer words shares the longer one's matches")
	}
	checkIndexMatchesSQL(t, s, ids, []string{"lith", "lithi", "lithium", "lithiumi"}, []Query{{}, {UnreadOnly: true}})
}
