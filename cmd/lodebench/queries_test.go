package main

import (
	"context"
	"io"
	"path/filepath"
	"strings"
	"testing"

	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/store"
)

// TestQueryLanguageRows runs the query-language rows on a small generated
// cache: every query resolves (companies, tags, minerals) and each row
// reports its runs against the 16 ms target.
func TestQueryLanguageRows(t *testing.T) {
	dict, err := companies.Default()
	if err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	g := NewGenerator(dict, 3)
	set := FeedSet{Prefix: "/q", Gen: g.WithTemplates(8, 30), Feeds: 8, Items: 30}
	ctx := context.Background()
	if err := fillLodeCache(ctx, home, set, "http://127.0.0.1:1"); err != nil {
		t.Fatal(err)
	}
	st, err := store.Open(filepath.Join(home, "cache.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	if err := st.Warm(ctx); err != nil {
		t.Fatal(err)
	}
	b := &bench{o: Options{Runs: 2}, log: io.Discard}
	var rep Report
	if err := b.queryLanguage(ctx, st, &rep); err != nil {
		t.Fatal(err)
	}
	if len(rep.Rows) != 6 {
		t.Fatalf("%d rows", len(rep.Rows))
	}
	for _, r := range rep.Rows {
		if !strings.HasPrefix(r.Figure, "Query on the realistic cache") || len(r.LodeRuns) != 2 || r.Target != "< 16 ms" || r.Met == "" {
			t.Errorf("row %+v", r)
		}
	}
	// The queries ask for what the cache has: every row matches items,
	// mention: included (the generator names companies in passing).
	for _, r := range rep.Rows {
		if r.Extra == "0 items" {
			t.Errorf("%s matches nothing", r.Figure)
		}
	}
}
