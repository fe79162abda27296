package main

import (
	"encoding/json"
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
