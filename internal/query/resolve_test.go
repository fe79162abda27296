package query

import (
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/minerals"
	"github.com/lode-reader/lode/internal/store"
)

func testEnv(t *testing.T) Env {
	t.Helper()
	dict, err := companies.Default()
	if err != nil {
		t.Fatal(err)
	}
	mins, err := minerals.Default()
	if err != nil {
		t.Fatal(err)
	}
	return Env{
		Minerals:  mins,
		Now:       time.Date(2026, 12, 5, 9, 0, 0, 0, time.UTC),
		Companies: dict,
		Feeds: []Feed{
			{URL: "https://rareearthexchanges.com/feed/", Name: "Rare Earth Exchanges", Tags: []string{"rare-earths"}},
			{URL: "https://www.mining.com/commodity/lithium/feed/", Name: "MINING.COM Lithium", Tags: []string{"lithium", "Daily"}},
			{URL: "https://www.mining.com/commodity/rare-earth/feed/", Name: "MINING.COM Rare Earths", Tags: []string{"rare-earths", "daily"}},
		},
		Watchlist: []string{"Lynas Rare Earths", "MP Materials"},
	}
}

// TestResolve checks that names become what the store filters on: tickers
// and aliases the canonical company, feed names and tags the feeds' URLs,
// ages and dates times.
func TestResolve(t *testing.T) {
	env := testEnv(t)
	for _, tc := range []struct{ in, want string }{
		{"company:LYC", "D[Lynas Rare Earths]"},
		{"company:lyc,MP", "D[Lynas Rare Earths MP Materials]"},
		{`company:"lynas rare earths" company:ASX:LYC`, "D[Lynas Rare Earths]"},
		{"feed:lithium", "E[https://www.mining.com/commodity/lithium/feed/]"},
		{`feed:"rare earth exchanges"`, "E[https://rareearthexchanges.com/feed/]"},
		{"feed:mining.com", "E[https://www.mining.com/commodity/lithium/feed/ https://www.mining.com/commodity/rare-earth/feed/]"},
		{"tag:DAILY", "E[https://www.mining.com/commodity/lithium/feed/ https://www.mining.com/commodity/rare-earth/feed/]"},
		{"is:watched", "D[Lynas Rare Earths MP Materials]"},
		{"is:read", "C(G)"},
		{"newer:2d", "J 2026-12-03T09:00:00Z"},
		{"older:1w", "K 2026-11-28T09:00:00Z"},
		{"since:2026-11-28", "J 2026-11-28T00:00:00Z"},
		{`lithium "rare earth"`, `A(F lithium F"rare earth")`},
		{"-company:LYC OR is:starred", "B(C(D[Lynas Rare Earths]) H)"},
		{"mention:LYC", "L[Lynas Rare Earths]"},
		{"mention:glencore OR mention:MP", "L[Glencore MP Materials]"},
		{"company:LYC OR mention:LYC", "B(D[Lynas Rare Earths] L[Lynas Rare Earths])"},
		{"mineral:neodymium", "M[NdPr]"},
		{"mineral:REE,spodumene", "M[rare earths lithium]"},
		{"mineral:Lithium -mineral:cobalt", "A(M[lithium] C(M[cobalt]))"},
	} {
		c, err := Compile(tc.in, env)
		if err != nil {
			t.Errorf("Compile(%q): %v", tc.in, err)
			continue
		}
		if got := show(c); got != tc.want {
			t.Errorf("Compile(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// show prints a condition compactly: op letter (A and, B or, C not, D
// company, E feed, F text, G unread, H starred, I flagged, J after, K
// before, L mention, M mineral) and its operands.
func show(c *store.Cond) string {
	op := string(rune('A' + c.Op))
	switch c.Op {
	case store.CondAnd, store.CondOr, store.CondNot:
		var parts []string
		for _, k := range c.Kids {
			parts = append(parts, show(k))
		}
		return op + "(" + strings.Join(parts, " ") + ")"
	case store.CondCompany, store.CondFeed, store.CondMention, store.CondMineral:
		return op + "[" + strings.Join(c.Values, " ") + "]"
	case store.CondText:
		if c.Phrase {
			return op + `"` + c.Text + `"`
		}
		return op + " " + c.Text
	case store.CondAfter, store.CondBefore:
		return op + " " + c.Time.UTC().Format(time.RFC3339)
	}
	return op
}

// TestResolveErrors: an unknown company, feed or tag names the token, its
// column and what would be right.
func TestResolveErrors(t *testing.T) {
	env := testEnv(t)
	for _, tc := range []struct {
		in, token string
		col       int
		says      string
	}{
		{"lithium company:Albermarle", "company:Albermarle", 9, "did you mean Albemarle"},
		{"tag:cobalt", "tag:cobalt", 1, "tags: Daily, daily, lithium, rare-earths"},
		{"is:unread feed:nowhere", "feed:nowhere", 11, "no configured feed"},
		{"lithium mineral:unobtainium", "mineral:unobtainium", 9, "names no mineral lode knows (rare earths, NdPr, dysprosium +11)"},
		{"mention:Albermarle", "mention:Albermarle", 1, "did you mean Albemarle"},
	} {
		_, err := Compile(tc.in, env)
		var qe *Error
		if !errors.As(err, &qe) {
			t.Errorf("Compile(%q): %v, want a query error", tc.in, err)
			continue
		}
		if qe.Col != tc.col || qe.Token != tc.token || !strings.Contains(qe.Error(), tc.says) {
			t.Errorf("Compile(%q): %s, want %q at column %d saying %q", tc.in, qe, tc.token, tc.col, tc.says)
		}
	}
}

// TestVisible: a hidden feed's items are left out of every query that does
// not name that feed with feed: or tag:.
func TestVisible(t *testing.T) {
	env := testEnv(t)
	env.Feeds = append(env.Feeds, Feed{URL: "https://example.org/insider.rss", Name: "Insider Notes", Tags: []string{"insider"}, Hidden: true})
	for _, tc := range []struct{ in, want string }{
		{"", "C(E[https://example.org/insider.rss])"},
		{"company:LYC", "A(D[Lynas Rare Earths] C(E[https://example.org/insider.rss]))"},
		{"tag:daily OR is:starred", "A(B(E[https://www.mining.com/commodity/lithium/feed/ https://www.mining.com/commodity/rare-earth/feed/] H) C(E[https://example.org/insider.rss]))"},
		{`feed:"insider notes"`, "E[https://example.org/insider.rss]"},
		{"tag:insider is:unread", "A(E[https://example.org/insider.rss] G)"},
		{"lithium OR feed:insider", "B(F lithium E[https://example.org/insider.rss])"},
	} {
		c, err := CompileVisible(tc.in, env)
		if err != nil {
			t.Errorf("CompileVisible(%q): %v", tc.in, err)
			continue
		}
		if got := show(c); got != tc.want {
			t.Errorf("CompileVisible(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
	// No hidden feed: nothing added.
	if c, err := CompileVisible("", testEnv(t)); err != nil || c != nil {
		t.Errorf("CompileVisible with no hidden feed = %v, %v", c, err)
	}
}
