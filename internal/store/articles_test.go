package store

import (
	"testing"

	"github.com/lode-reader/lode/internal/item"
)

// The validators of an item's article page are remembered per item, replaced
// by the next fetch, never saved for an item the cache does not hold, and
// forgotten with their item.
func TestArticlePages(t *testing.T) {
	s := open(t)
	if _, err := s.Upsert(ctx, []item.Item{mk("f1", "a", "Lynas output rises", 24), mk("f2", "a", "Same guid elsewhere", 24), mk("f1", "old", "Gallium curbs tighten", 24*40)}); err != nil {
		t.Fatal(err)
	}
	if p, err := s.ArticlePage(ctx, "f1", "a"); err != nil || p != (ArticlePage{}) {
		t.Fatalf("before any fetch: %+v %v", p, err)
	}
	first := ArticlePage{URL: "https://example.com/a", ETag: `"v1"`, LastModified: "Sat, 05 Dec 2026 10:00:00 GMT"}
	for _, save := range []struct {
		feed, guid string
		p          ArticlePage
	}{{"f1", "a", first}, {"f1", "old", first}, {"f3", "missing", first}} {
		if err := s.SaveArticlePage(ctx, save.feed, save.guid, save.p); err != nil {
			t.Fatal(err)
		}
	}
	if p, _ := s.ArticlePage(ctx, "f1", "a"); p != first {
		t.Errorf("saved %+v, read %+v", first, p)
	}
	if p, _ := s.ArticlePage(ctx, "f2", "a"); p != (ArticlePage{}) {
		t.Errorf("the same guid in another feed shares the page: %+v", p)
	}
	var n int
	if err := s.DB().QueryRow(`SELECT count(*) FROM article_pages`).Scan(&n); err != nil || n != 2 {
		t.Errorf("%d article pages stored (%v), want 2: an item not cached gets none", n, err)
	}
	second := ArticlePage{URL: "https://example.com/a", ETag: `"v2"`}
	if err := s.SaveArticlePage(ctx, "f1", "a", second); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.ArticlePage(ctx, "f1", "a"); p != second {
		t.Errorf("replaced by %+v, read %+v", second, p)
	}
	if _, err := s.Prune(ctx, Retention{KeepDays: 30}, retentionNow); err != nil {
		t.Fatal(err)
	}
	if err := s.DB().QueryRow(`SELECT count(*) FROM article_pages`).Scan(&n); err != nil || n != 1 {
		t.Errorf("%d article pages after the prune (%v), want 1: the pruned item's page goes with it", n, err)
	}
	if err := s.Check(ctx); err != nil {
		t.Fatal(err)
	}
}
