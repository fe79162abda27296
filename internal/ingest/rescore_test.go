package ingest

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/classify"
	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/store"
)

// rescoreFixture caches n briefings about Lynas, one an hour, the newest
// first in the returned ids; every third says "heavy rare earths".
func rescoreFixture(t *testing.T, p *Pipeline, n int) (*store.Store, []int64) {
	t.Helper()
	st, err := store.Open(filepath.Join(t.TempDir(), "cache.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	base := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC)
	var items []item.Item
	for i := range n {
		pub := base.Add(time.Duration(i) * time.Hour)
		body := "Lynas Rare Earths (ASX: LYC) shipped concentrate from Malaysia."
		if i%3 == 0 {
			body = "Lynas Rare Earths (ASX: LYC) shipped heavy rare earths from Malaysia."
		}
		items = append(items, p.Entry(&gofeed.Item{Title: fmt.Sprintf("Lynas shipment %d", i), GUID: fmt.Sprint("g", i),
			Link: fmt.Sprintf("https://x.test/%d", i), PublishedParsed: &pub, Description: body}, "http://feed.test/rss", "Desk"))
	}
	if _, err := st.Upsert(context.Background(), items); err != nil {
		t.Fatal(err)
	}
	ids, err := st.IDs(context.Background(), store.Query{})
	if err != nil || len(ids) != n {
		t.Fatalf("%d ids: %v", len(ids), err)
	}
	return st, ids
}

// TestRescorerNewestFirstResumes checks the background rescoring pass: it
// rescores the newest items first, a batch at a time; a pass started again
// (the reader restarted) goes on and ends with every item rescored and the
// cache marked current; the list index answers as SQL does throughout.
func TestRescorerNewestFirstResumes(t *testing.T) {
	ctx := context.Background()
	p := pipe(t, nil)
	st, ids := rescoreFixture(t, p, 25)
	if err := st.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	p2 := pipe(t, []classify.Term{{Phrase: "heavy rare earths", Weight: 5}, {Phrase: "shipped heavy", Weight: 5}})
	if p2.Version() == p.Version() {
		t.Fatal("the extra term did not change the version")
	}
	r, err := p2.Rescorer(ctx, st)
	if err != nil || r.Done() {
		t.Fatalf("rescorer: done=%v %v", r.Done(), err)
	}
	if left, err := r.Remaining(ctx); err != nil || left != 25 {
		t.Fatalf("remaining %d: %v", left, err)
	}
	version := func(id int64) string {
		it, err := st.Item(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return it.Ideology.Version
	}
	flagged := func() int {
		// A search goes through the list index; its count must follow the rescoring.
		c, err := st.Counts(ctx, store.Query{Search: "lynas", Flag: store.FlagOnly})
		if err != nil {
			t.Fatal(err)
		}
		return c.Items
	}
	if n := flagged(); n != 0 {
		t.Fatalf("%d flagged before rescoring", n)
	}
	// The newest three first (a start's first page), then the pass, which
	// finds them current and goes on after them.
	if n, err := r.Newest(ctx, 3); err != nil || n != 3 {
		t.Fatalf("newest: %d %v", n, err)
	}
	if n, err := r.Newest(ctx, 3); err != nil || n != 0 {
		t.Fatalf("newest again: %d %v, want nothing left to do", n, err)
	}
	if n, err := r.Next(ctx, 7); err != nil || n != 7 {
		t.Fatalf("first batch: %d %v", n, err)
	}
	for i, id := range ids {
		if got, want := version(id) == p2.Version(), i < 10; got != want {
			t.Fatalf("after one batch, item %d (newest first) rescored=%v", i, got)
		}
	}
	// The newest ten hold items 24..15; 24, 21, 18 and 15 say "heavy rare earths".
	if n := flagged(); n != 4 {
		t.Errorf("after one batch the index counts %d flagged items, want 4", n)
	}
	// A new pass, as after a restart, goes on.
	r2, err := p2.Rescorer(ctx, st)
	if err != nil || r2.Done() {
		t.Fatalf("restarted rescorer: done=%v %v", r2.Done(), err)
	}
	total := 0
	for !r2.Done() {
		n, err := r2.Next(ctx, 10)
		if err != nil {
			t.Fatal(err)
		}
		total += n
	}
	if total != 15 {
		t.Errorf("the restarted pass rescored %d items, want the 15 left", total)
	}
	for i, id := range ids {
		if version(id) != p2.Version() {
			t.Errorf("item %d not rescored", i)
		}
	}
	if n := flagged(); n != 9 {
		t.Errorf("after the pass the index counts %d flagged items, want 9", n)
	}
	if r3, err := p2.Rescorer(ctx, st); err != nil || !r3.Done() {
		t.Errorf("a finished cache is not current: %v", err)
	}
	// Enriched gives an item of another version as the pipeline at hand
	// enriches it, and leaves a current one alone.
	it, _ := st.Item(ctx, ids[0])
	if !it.Ideology.Flagged {
		t.Fatalf("item 24 not flagged by the new lexicon: %+v", it.Ideology)
	}
	if old := p.Enriched(it); old.Ideology.Flagged || old.Ideology.Version != p.Version() {
		t.Errorf("Enriched by the old pipeline: %+v", old.Ideology)
	}
	if same := p2.Enriched(it); same.Ideology.Score != it.Ideology.Score || !same.Ideology.Flagged {
		t.Errorf("Enriched changed a current item: %+v", same.Ideology)
	}
}

// TestRescoreSurvivesEnrichmentPanic: a bug in enrichment met on one item's
// text while rescoring neither stops the pass (nor the reader running it)
// nor loses anything: that item keeps the enrichment it had, the others are
// rescored.
func TestRescoreSurvivesEnrichmentPanic(t *testing.T) {
	ctx := context.Background()
	p := pipe(t, nil)
	st, ids := rescoreFixture(t, p, 5)
	p2 := pipe(t, []classify.Term{{Phrase: "shipped heavy", Weight: 5}})
	r, err := p2.Rescorer(ctx, st)
	if err != nil {
		t.Fatal(err)
	}
	r.enrich = func(it *item.Item) {
		if it.Title == "Lynas shipment 2" {
			var words []string
			_ = words[1] // the kind of bug hostile text finds
		}
		p2.Enrich(it)
	}
	n, err := r.Next(ctx, 100)
	if err != nil || n != 4 {
		t.Fatalf("rescore: %d items, %v; want the 4 others", n, err)
	}
	for _, id := range ids {
		it, err := st.Item(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		want := p2.Version()
		if it.Title == "Lynas shipment 2" {
			want = p.Version()
		}
		if len(it.Companies) != 1 || it.Companies[0] != "Lynas Rare Earths" || it.Ideology.Version != want {
			t.Errorf("%s: companies %q, version %q, want %q", it.Title, it.Companies, it.Ideology.Version, want)
		}
	}
}
