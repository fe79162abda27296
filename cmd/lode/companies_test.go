package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCompaniesAndUserDictionary(t *testing.T) {
	srv := fixtureServer(t)
	home := t.TempDir()
	cfg := `[[feeds]]
url = "` + srv.URL + `/briefings.rss"

[[companies]]
name = "Baotou Rare Earth Group"
aliases = ["Baotou Group"]
tickers = ["SHA:999999"]

[[lexicon]]
phrase = "magnet supply deal"
weight = 4.0
`
	os.WriteFile(filepath.Join(home, "config.toml"), []byte(cfg), 0o644)
	if code, out, errOut := lode(t, home, "", "fetch"); code != 0 {
		t.Fatalf("fetch: %d %s %s", code, out, errOut)
	}
	code, out, _ := lode(t, home, "", "companies", "--json")
	if code != 0 {
		t.Fatalf("companies: %d", code)
	}
	counts := map[string]int{}
	n := 0
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var c struct {
			Name  string `json:"name"`
			Items int    `json:"items"`
		}
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			t.Fatalf("bad line %q", line)
		}
		counts[c.Name] = c.Items
		n++
	}
	if n < 80 {
		t.Errorf("dictionary lists %d companies, want at least 80", n)
	}
	if counts["Lynas Rare Earths"] != 1 || counts["MP Materials"] != 1 || counts["China Northern Rare Earth"] != 1 {
		t.Errorf("item counts: Lynas %d, MP %d, CNRE %d", counts["Lynas Rare Earths"], counts["MP Materials"], counts["China Northern Rare Earth"])
	}
	if _, ok := counts["Baotou Rare Earth Group"]; !ok {
		t.Errorf("user company missing from the dictionary listing")
	}
	// The user's company and lexicon term are applied to items.
	_, out, _ = lode(t, home, "", "list", "--json", "--company", "Baotou Group")
	if recs := decodeLines(t, out); len(recs) != 1 || !strings.Contains(recs[0].Title, "Baotou") {
		t.Errorf("user company not detected: %s", out)
	}
	_, out, _ = lode(t, home, "", "list", "--json", "--company", "MP Materials")
	if recs := decodeLines(t, out); len(recs) != 1 || !recs[0].Ideology.Flagged {
		t.Errorf("user lexicon term should flag the MP item: %s", out)
	}
	// Changing the lexicon re-scores cached items on the next start.
	os.WriteFile(filepath.Join(home, "config.toml"), []byte(strings.Replace(cfg, "weight = 4.0", "weight = 0.0", 1)), 0o644)
	_, out, _ = lode(t, home, "", "list", "--json", "--company", "MP Materials")
	if recs := decodeLines(t, out); len(recs) != 1 || recs[0].Ideology.Flagged {
		t.Errorf("after removing the term the MP item should not be flagged: %s", out)
	}
}

// TestCompaniesListsThoseWithItems: `lode companies` printed every
// dictionary company, some 1,000 rows mostly of 0 items, to find the few
// in the news; the table now lists the companies with items, says on
// stderr how many it left out, and --all lists the whole dictionary.
// --json keeps its contract: every dictionary company, the same fields.
func TestCompaniesListsThoseWithItems(t *testing.T) {
	srv := fixtureServer(t)
	home := t.TempDir()
	os.WriteFile(filepath.Join(home, "config.toml"), []byte(`[[feeds]]
url = "`+srv.URL+`/briefings.rss"
`), 0o644)
	if code, out, errOut := lode(t, home, "", "fetch"); code != 0 {
		t.Fatalf("fetch: %d %s %s", code, out, errOut)
	}
	_, js, _ := lode(t, home, "", "companies", "--json")
	var all, withItems int
	for _, line := range strings.Split(strings.TrimSpace(js), "\n") {
		var c struct {
			Items *int `json:"items"`
		}
		if err := json.Unmarshal([]byte(line), &c); err != nil || c.Items == nil {
			t.Fatalf("bad --json line %q", line)
		}
		all++
		if *c.Items > 0 {
			withItems++
		}
	}
	if all < 80 || withItems == 0 || withItems == all {
		t.Fatalf("--json: %d companies, %d with items; want the dictionary", all, withItems)
	}
	rows := func(out string) int { return strings.Count(strings.TrimSpace(out), "\n") } // lines after the header
	code, out, errOut := lode(t, home, "", "companies")
	if code != 0 || rows(out) != withItems || !strings.Contains(out, "Lynas Rare Earths") {
		t.Errorf("companies: %d, %d rows, want %d (those with items):\n%s", code, rows(out), withItems, out)
	}
	if want := fmt.Sprintf("%d dictionary companies with no items not listed (--all lists them)", all-withItems); !strings.Contains(errOut, want) {
		t.Errorf("companies: stderr %q, want %q", errOut, want)
	}
	code, out, errOut = lode(t, home, "", "companies", "--all")
	if code != 0 || rows(out) != all || errOut != "" {
		t.Errorf("companies --all: %d, %d rows, want %d; stderr %q", code, rows(out), all, errOut)
	}
	if _, js2, _ := lode(t, home, "", "companies", "--json", "--all"); js2 != js {
		t.Error("companies --json --all differs from --json, which lists the dictionary")
	}
	if code, out, _ := lode(t, home, "", "companies", "--help"); code != 0 || !strings.Contains(out, "--all") && !strings.Contains(out, "-all") {
		t.Errorf("companies --help does not name --all:\n%s", out)
	}
}

// TestCompaniesOnAnEmptyCache: before the first fetch, `lode companies`
// says why its table is empty and how to fill it, instead of a bare count
// of companies left out.
func TestCompaniesOnAnEmptyCache(t *testing.T) {
	home := t.TempDir()
	code, out, errOut := lode(t, home, "", "companies")
	if code != 0 || strings.TrimSpace(out) == "" || strings.Count(strings.TrimSpace(out), "\n") != 0 {
		t.Errorf("companies on an empty cache: %d, want the header alone:\n%s", code, out)
	}
	if !strings.Contains(errOut, "no cached item names a company yet ('lode fetch' fills the cache); --all lists the") {
		t.Errorf("companies on an empty cache: stderr %q, want the reason and the way on", errOut)
	}
}
