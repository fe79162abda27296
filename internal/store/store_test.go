package store

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/brief"
	"github.com/lode-reader/lode/internal/item"
)

func open(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "cache.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func mk(feed, guid, title string, hoursAgo int, companies ...string) item.Item {
	return item.Item{
		FeedURL: feed, FeedName: "Feed " + feed, GUID: guid, Title: title, Link: "https://example.com/" + guid,
		Published: time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC).Add(-time.Duration(hoursAgo) * time.Hour),
		Companies: companies, Hash: "h-" + title,
		Sections: brief.Sections{Highlights: []string{"point about " + title}, Body: "Body of " + title + " mentioning gallium."},
	}
}

var ctx = context.Background()

func TestUpsertKeepsStateAndUpdates(t *testing.T) {
	s := open(t)
	res, err := s.Upsert(ctx, []item.Item{mk("f1", "a", "Lynas output rises", 1, "Lynas Rare Earths"), mk("f1", "b", "MP Materials deal", 2, "MP Materials")})
	if err != nil || res.New != 2 {
		t.Fatalf("first upsert: %+v %v", res, err)
	}
	if err := s.SetRead(ctx, res.NewIDs[:1], true); err != nil {
		t.Fatal(err)
	}
	if err := s.SetStarred(ctx, res.NewIDs[0], true); err != nil {
		t.Fatal(err)
	}
	edited := mk("f1", "a", "Lynas output rises 12%", 1, "Lynas Rare Earths")
	res2, err := s.Upsert(ctx, []item.Item{edited, mk("f1", "b", "MP Materials deal", 2, "MP Materials")})
	if err != nil {
		t.Fatal(err)
	}
	if res2.New != 0 || res2.Updated != 1 || res2.Unchanged != 1 {
		t.Fatalf("second upsert: %+v", res2)
	}
	it, err := s.Item(ctx, res.NewIDs[0])
	if err != nil {
		t.Fatal(err)
	}
	if it.Title != "Lynas output rises 12%" || !it.Read || !it.Starred {
		t.Fatalf("edited item lost state or content: %+v", it)
	}
	c, _ := s.Counts(ctx, Query{})
	if c.Items != 2 || c.Unread != 1 {
		t.Fatalf("counts %+v", c)
	}
	// Search sees the edited title, not the old one twice.
	ids, _ := s.IDs(ctx, Query{Search: "12"})
	if len(ids) != 1 {
		t.Fatalf("search after edit: %v", ids)
	}
}

func TestQueryFilters(t *testing.T) {
	s := open(t)
	items := []item.Item{
		mk("f1", "1", "Lynas expands Kalgoorlie", 1, "Lynas Rare Earths"),
		mk("f1", "2", "CNRE Party study session", 2, "China Northern Rare Earth"),
		mk("f2", "3", "Lithium prices slide", 3),
		mk("f2", "4", "Lynas and MP sign offtake", 4, "Lynas Rare Earths", "MP Materials"),
	}
	items[1].Ideology = item.Ideology{Score: 0.9, Flagged: true, Reasons: []string{"party study"}}
	if _, err := s.Upsert(ctx, items); err != nil {
		t.Fatal(err)
	}
	titles := func(q Query) []string { t.Helper(); return pageTitles(t, s, q, 50) }
	check := func(name string, q Query, want ...string) {
		t.Helper()
		got := titles(q)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: got %q want %q", name, got, want)
		}
	}
	check("all newest first", Query{}, "Lynas expands Kalgoorlie", "CNRE Party study session", "Lithium prices slide", "Lynas and MP sign offtake")
	check("company", Query{Companies: []string{"Lynas Rare Earths"}}, "Lynas expands Kalgoorlie", "Lynas and MP sign offtake")
	check("two companies any", Query{Companies: []string{"MP Materials", "China Northern Rare Earth"}}, "CNRE Party study session", "Lynas and MP sign offtake")
	check("flagged", Query{Flag: FlagOnly}, "CNRE Party study session")
	check("hide flagged", Query{Flag: FlagHide}, "Lynas expands Kalgoorlie", "Lithium prices slide", "Lynas and MP sign offtake")
	check("search prefix", Query{Search: "lith"}, "Lithium prices slide")
	check("search body", Query{Search: "gallium kalgoorlie"}, "Lynas expands Kalgoorlie")
	check("search and company", Query{Search: "offtake", Companies: []string{"Lynas Rare Earths"}}, "Lynas and MP sign offtake")
	check("fts syntax is literal", Query{Search: `Lynas")* NEAR(`})
	check("fts syntax stripped", Query{Search: `"Lynas")*(`}, "Lynas expands Kalgoorlie", "Lynas and MP sign offtake")
	ids, _ := s.IDs(ctx, Query{})
	if err := s.SetRead(ctx, ids[:1], true); err != nil {
		t.Fatal(err)
	}
	check("unread", Query{UnreadOnly: true, Companies: []string{"Lynas Rare Earths"}}, "Lynas and MP sign offtake")
	pos, _ := s.Position(ctx, Query{Companies: []string{"Lynas Rare Earths"}}, ids[3])
	if pos != 1 {
		t.Errorf("position = %d, want 1", pos)
	}
	pos, _ = s.Position(ctx, Query{Flag: FlagOnly}, ids[0])
	if pos != -1 {
		t.Errorf("position of filtered-out item = %d, want -1", pos)
	}
	cc, _ := s.CompanyCounts(ctx)
	if len(cc) != 3 || cc[0].Name != "Lynas Rare Earths" || cc[0].Items != 2 || cc[0].Unread != 1 {
		t.Errorf("company counts %+v", cc)
	}
	n, _ := s.MarkRead(ctx, Query{Companies: []string{"Lynas Rare Earths"}})
	if n != 1 {
		t.Errorf("mark read changed %d, want 1", n)
	}
	cc, _ = s.CompanyCounts(ctx)
	if cc[0].Name != "Lynas Rare Earths" || cc[0].Unread != 0 {
		t.Errorf("company unread after mark read: %+v", cc[0])
	}
	c, _ := s.Counts(ctx, Query{})
	if c.Unread != 2 || c.Flagged != 1 {
		t.Errorf("counts %+v", c)
	}
}

func TestFeedStateAndMove(t *testing.T) {
	s := open(t)
	now := time.Now().UTC().Truncate(time.Second)
	st := FeedState{URL: "http://a/feed", ETag: `"x"`, LastModified: "Mon", LastSuccess: now, Failures: 2, LastError: "boom"}
	if err := s.SaveFeedState(ctx, st); err != nil {
		t.Fatal(err)
	}
	got, _ := s.FeedState(ctx, "http://a/feed")
	if got.ETag != `"x"` || !got.LastSuccess.Equal(now) || got.Failures != 2 {
		t.Fatalf("state %+v", got)
	}
	s.Upsert(ctx, []item.Item{mk("http://a/feed", "1", "one", 1)})
	if err := s.MoveFeed(ctx, "http://a/feed", "http://b/feed"); err != nil {
		t.Fatal(err)
	}
	moved, _ := s.FeedState(ctx, "http://b/feed")
	if moved.ETag != `"x"` {
		t.Fatalf("state did not move: %+v", moved)
	}
	stats, _ := s.FeedStats(ctx)
	if len(stats) != 1 || stats[0].URL != "http://b/feed" || stats[0].Items != 1 {
		t.Fatalf("stats %+v", stats)
	}
}

func TestNewerSchemaRefused(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cache.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	s.Upsert(ctx, []item.Item{mk("f", "1", "kept", 1)})
	s.DB().Exec("PRAGMA user_version = 99")
	s.Close()
	if _, err := Open(path); !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("want ErrNewerSchema, got %v", err)
	}
}

func TestStateKV(t *testing.T) {
	s := open(t)
	if v, _ := s.GetState(ctx, "k"); v != "" {
		t.Fatal("unset state not empty")
	}
	s.SetState(ctx, "k", "1")
	s.SetState(ctx, "k", "2")
	if v, _ := s.GetState(ctx, "k"); v != "2" {
		t.Fatalf("state = %q", v)
	}
	if err := s.Check(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestDerivedHighlightsIndexedOnce: derived highlights are body sentences,
// so the index holds them once (in the body) and search still finds them.
func TestDerivedHighlightsIndexedOnce(t *testing.T) {
	it := item.Item{Title: "Cobalt", Sections: brief.Sections{
		Highlights: []string{"Kamoto output rose."}, HighlightsDerived: true, Body: "Kamoto output rose. Prices fell."}}
	if got := ftsText(it); strings.Count(got, "Kamoto") != 1 {
		t.Fatalf("derived highlight indexed %d times: %q", strings.Count(got, "Kamoto"), got)
	}
	it.Sections.HighlightsDerived = false
	if got := ftsText(it); strings.Count(got, "Kamoto") != 2 {
		t.Fatalf("explicit highlights must be indexed: %q", got)
	}
	s := open(t)
	it.FeedURL, it.GUID, it.Hash, it.Sections.HighlightsDerived = "f", "g", "h", true
	if _, err := s.Upsert(ctx, []item.Item{it}); err != nil {
		t.Fatal(err)
	}
	if c, err := s.Counts(ctx, Query{Search: "kamoto"}); err != nil || c.Items != 1 {
		t.Fatalf("search for a derived highlight's word: %+v %v", c, err)
	}
}

// TestSubjectsMentionsMinerals checks that an item's subjects, mentions and
// minerals are kept apart: the company filter and counts see only subjects,
// the mention and mineral filters their own lists, and a full item brings
// back its evidence.
func TestSubjectsMentionsMinerals(t *testing.T) {
	s := open(t)
	a := mk("f", "a", "Lynas ships NdPr", 1, "Lynas Rare Earths")
	a.Mentions = []string{"Iluka Resources", "Kodal Minerals"}
	a.Candidates = []string{"Kodal Minerals"}
	a.Minerals = []string{"rare earths", "NdPr"}
	a.Evidence = []item.Evidence{{Name: "Lynas Rare Earths", Kind: item.KindCompany, Subject: true, Where: []string{"title"}, Count: 2},
		{Name: "Iluka Resources", Kind: item.KindCompany, Where: []string{"body"}, Count: 1, Note: "one of a list"}}
	b := mk("f", "b", "Iluka refinery", 2, "Iluka Resources")
	b.Minerals = []string{"rare earths"}
	res, err := s.Upsert(ctx, []item.Item{a, b})
	if err != nil {
		t.Fatal(err)
	}
	titles := func(q Query) []string { t.Helper(); return pageTitles(t, s, q, 10) }
	if got := titles(Query{Companies: []string{"Iluka Resources"}}); len(got) != 1 || got[0] != "Iluka refinery" {
		t.Errorf("company filter reaches mentions: %q", got)
	}
	if got := titles(Query{Mentions: []string{"Iluka Resources"}}); len(got) != 1 || got[0] != "Lynas ships NdPr" {
		t.Errorf("mention filter: %q", got)
	}
	if got := titles(Query{Minerals: []string{"NdPr"}}); len(got) != 1 || got[0] != "Lynas ships NdPr" {
		t.Errorf("mineral filter: %q", got)
	}
	if got := titles(Query{Minerals: []string{"rare earths"}}); len(got) != 2 {
		t.Errorf("rare earths filter: %q", got)
	}
	cc, err := s.CompanyCounts(ctx)
	if err != nil || len(cc) != 2 {
		t.Errorf("company counts count mentions: %+v %v", cc, err)
	}
	if err := s.SetRead(ctx, res.NewIDs[:1], true); err != nil {
		t.Fatal(err)
	}
	mc, err := s.MineralCounts(ctx)
	if err != nil || len(mc) != 2 || mc[0] != (CompanyCount{Name: "rare earths", Items: 2, Unread: 1}) || mc[1] != (CompanyCount{Name: "NdPr", Items: 1}) {
		t.Errorf("mineral counts: %+v %v", mc, err)
	}
	rows, _ := s.Page(ctx, Query{}, 0, 10)
	if len(rows) != 2 || len(rows[0].Mentions) != 2 || rows[0].Candidates[0] != "Kodal Minerals" || len(rows[0].Minerals) != 2 {
		t.Errorf("list rows lack mentions, candidates or minerals: %+v", rows)
	}
	it, err := s.Item(ctx, res.NewIDs[0])
	if err != nil || len(it.Evidence) != 2 || it.Evidence[1].Note != "one of a list" || it.Evidence[0].Where[0] != "title" {
		t.Fatalf("evidence: %+v %v", it.Evidence, err)
	}
	// An update replaces the lists: Iluka is no longer mentioned.
	a.Mentions, a.Hash = []string{"Kodal Minerals"}, "changed"
	if _, err := s.Upsert(ctx, []item.Item{a}); err != nil {
		t.Fatal(err)
	}
	if got := titles(Query{Mentions: []string{"Iluka Resources"}}); len(got) != 0 {
		t.Errorf("stale mention after update: %q", got)
	}
	if n, err := s.MarkRead(ctx, Query{}); err != nil || n != 1 {
		t.Fatalf("mark all read: %d %v", n, err)
	}
	if mc, _ := s.MineralCounts(ctx); mc[0].Unread != 0 {
		t.Errorf("mineral unread after marking all read: %+v", mc)
	}
}

// TestBackfillIsNotNews: a feed's first fetch brings its archive; items
// published long before they arrived are cached but not fresh, and a
// since-query finds them only by their date. Later fetches judge an item
// against the feed's previous success, so news from a long outage counts.
func TestBackfillIsNotNews(t *testing.T) {
	s := open(t)
	now := time.Now()
	at := func(feed, guid string, published time.Time) item.Item {
		it := mk(feed, guid, guid, 0)
		it.Published = published
		return it
	}
	res, err := s.Upsert(ctx, []item.Item{
		at("f1", "archive", now.Add(-30*24*time.Hour)),
		at("f1", "yesterday", now.Add(-24*time.Hour)),
		at("f1", "undated", time.Time{}),
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 3 || res.Backfilled != 2 || len(res.FreshIDs) != 1 || res.FreshIDs[0] != res.NewIDs[1] {
		t.Fatalf("first fetch: %+v, want only the item from yesterday fresh", res)
	}
	// The feed last succeeded ten days ago: an item published a week ago is
	// news to this reader, one published a month ago is not.
	if err := s.SaveFeedState(ctx, FeedState{URL: "f1", LastSuccess: now.Add(-10 * 24 * time.Hour)}); err != nil {
		t.Fatal(err)
	}
	res, err = s.Upsert(ctx, []item.Item{
		at("f1", "week", now.Add(-7*24*time.Hour)),
		at("f1", "old", now.Add(-40*24*time.Hour)),
		at("f1", "undated2", time.Time{}),
	})
	if err != nil {
		t.Fatal(err)
	}
	if res.New != 3 || res.Backfilled != 1 || len(res.FreshIDs) != 2 {
		t.Fatalf("later fetch: %+v, want the week-old and undated items fresh", res)
	}
	items, err := s.Items(ctx, Query{Since: now.Add(-2 * time.Hour)}, 0)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range items {
		got = append(got, it.GUID)
	}
	want := map[string]bool{"yesterday": true, "week": true, "undated": true, "undated2": true}
	if len(got) != len(want) {
		t.Fatalf("since two hours ago: %v, want %v", got, want)
	}
	for _, g := range got {
		if !want[g] {
			t.Errorf("since two hours ago selected %q", g)
		}
	}
}

// pageTitles is the titles of the first n rows of q's page.
func pageTitles(t *testing.T, s *Store, q Query, n int) []string {
	t.Helper()
	rows, err := s.Page(ctx, q, 0, n)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, r := range rows {
		out = append(out, r.Title)
	}
	return out
}

// TestWriteKeepsTempStorageOnDisk checks that the write transaction's
// in-memory statement journal ends with it: the connection goes back to
// the pool with temporary storage (VACUUM's copy of the cache, large
// sorts) on disk again, so a vacuum of a large cache does not take its
// size in memory.
func TestWriteKeepsTempStorageOnDisk(t *testing.T) {
	s := open(t)
	s.DB().SetMaxOpenConns(1) // every statement below runs on the writer's connection
	if _, err := s.Upsert(ctx, []item.Item{mk("f1", "a", "Lynas output rises", 1, "Lynas Rare Earths")}); err != nil {
		t.Fatal(err)
	}
	var mode int
	if err := s.DB().QueryRowContext(ctx, "PRAGMA temp_store").Scan(&mode); err != nil {
		t.Fatal(err)
	}
	if mode != 0 {
		t.Fatalf("temp_store after a write = %d, want 0 (the default, on disk)", mode)
	}
	if _, err := s.Upsert(ctx, []item.Item{mk("f1", "b", "MP Materials deal", 2, "MP Materials")}); err != nil {
		t.Fatalf("second write on the same connection: %v", err)
	}
}
