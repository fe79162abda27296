package main

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/lode-reader/lode/internal/companies"
	mineralset "github.com/lode-reader/lode/internal/minerals"
	"github.com/lode-reader/lode/internal/query"
	"github.com/lode-reader/lode/internal/store"
)

// queryLanguage times what the reader asks of the store for a new query of
// the query language on the realistic cache, with the list index warm:
// counts and the first page. Each run changes the query (another company,
// word, mineral or age), so no run finds its sets cached by an earlier one.
func (b *bench) queryLanguage(ctx context.Context, st *store.Store, rep *Report) error {
	dict, err := companies.Default()
	if err != nil {
		return err
	}
	mins, err := mineralset.Default()
	if err != nil {
		return err
	}
	stats, err := st.FeedStats(ctx)
	if err != nil {
		return fmt.Errorf("query rows: %w", err)
	}
	newest, err := st.Page(ctx, store.Query{}, 0, 1)
	if err != nil || len(newest) == 0 {
		return fmt.Errorf("query rows: no newest item (%v)", err)
	}
	// Every fourth feed is tagged lithium; ages count back from the newest
	// item, as they would from now on a cache in daily use.
	env := query.Env{Now: newest[0].Published, Companies: dict, Minerals: mins}
	for i, s := range stats {
		f := query.Feed{URL: s.URL, Name: s.Title}
		if i%4 == 0 {
			f.Tags = []string{"lithium"}
		}
		env.Feeds = append(env.Feeds, f)
	}
	// The companies are those the cache has most items about, as a
	// trader's watchlist would be.
	counts, err := st.CompanyCounts(ctx)
	if err != nil {
		return fmt.Errorf("query rows: %w", err)
	}
	var cos []string
	for _, c := range counts[:min(len(counts), 10)] {
		cos = append(cos, (&query.Node{Field: "company", Value: c.Name}).String()[len("company:"):])
	}
	if len(cos) == 0 {
		return fmt.Errorf("query rows: the cache has no company")
	}
	// mention: asks for the companies the newest items name most in passing.
	recent, err := st.Page(ctx, store.Query{}, 0, 2000)
	if err != nil {
		return fmt.Errorf("query rows: %w", err)
	}
	seen := map[string]int{}
	for _, it := range recent {
		for _, m := range it.Mentions {
			seen[m]++
		}
	}
	mentioned := slices.SortedFunc(maps.Keys(seen), func(a, b string) int { return cmp.Or(seen[b]-seen[a], strings.Compare(a, b)) })
	var ments []string
	for _, m := range mentioned[:min(len(mentioned), 10)] {
		ments = append(ments, (&query.Node{Field: "mention", Value: m}).String())
	}
	if len(ments) == 0 {
		ments = []string{"mention:" + cos[0]}
	}
	words := []string{"lithium", "cobalt", "graphite", "nickel", "uranium", "tungsten", "manganese", "gallium", "antimony"}
	mineralTags := mins.Tags()
	co := func(r, k int) string { return cos[(r*3+k)%len(cos)] }
	rows := []struct {
		name string
		q    func(r int) string
	}{
		{"negation", func(r int) string { return fmt.Sprintf("-company:%s -is:flagged", co(r, 0)) }},
		{"OR of three companies", func(r int) string {
			return fmt.Sprintf("company:%s OR company:%s OR company:%s", co(r, 0), co(r, 1), co(r, 2))
		}},
		{"tag plus date", func(r int) string { return fmt.Sprintf("tag:lithium newer:%dh", 48+r) }},
		{"full text plus company", func(r int) string {
			return fmt.Sprintf("%s company:%s", words[r%len(words)], co(r, 0))
		}},
		{"mention:", func(r int) string { return ments[r%len(ments)] }},
		{"mineral: OR mineral: minus mention:", func(r int) string {
			return fmt.Sprintf("(mineral:%q OR mineral:%q) -%s", mineralTags[r%len(mineralTags)], mineralTags[(r+3)%len(mineralTags)], ments[(r+1)%len(ments)])
		}},
	}
	const page = 100
	b.logf("timing query-language rows on the realistic cache")
	for _, row := range rows {
		var ts []time.Duration
		matched := 0
		for r := range b.o.Runs {
			c, err := query.Compile(row.q(r), env)
			if err != nil {
				return fmt.Errorf("query row %s: %w", row.name, err)
			}
			q := store.Query{Where: c}
			start := time.Now()
			n, err := st.Counts(ctx, q)
			if err != nil {
				return fmt.Errorf("query row %s: %w", row.name, err)
			}
			if r == 0 {
				matched = n.Items
			}
			if _, err := st.Page(ctx, q, 0, page); err != nil {
				return fmt.Errorf("query row %s: %w", row.name, err)
			}
			ts = append(ts, time.Since(start))
		}
		med := median(ts)
		rep.Rows = append(rep.Rows, Row{Figure: "Query on the realistic cache, " + row.name + " (`" + row.q(0) + "`): Counts + first Page of a new query",
			Unit: unitMillis, Lode: med.Seconds(), LodeRuns: secs(ts), NoNewsboat: true, Extra: fmt.Sprintf("%s items", thousands(matched)), Target: "< 16 ms", Met: met(med < 16*time.Millisecond)})
	}
	return nil
}
