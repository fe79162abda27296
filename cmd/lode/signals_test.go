package main

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/lode-reader/lode/internal/item"
)

// TestShowSubjectsMentionsMinerals checks what a user sees of an item's
// subjects, mentions, candidate companies and minerals: list --json carries
// them apart, the company filter means "about", a candidate company filters
// like a known one, and show names each with its evidence and prints the
// command that adds a candidate to the dictionary.
func TestShowSubjectsMentionsMinerals(t *testing.T) {
	srv := fixtureServer(t)
	home := newHome(t)
	if code, _, errOut := lode(t, home, "", "feeds", "add", "--no-check", srv.URL+"/signals.rss"); code != 0 {
		t.Fatalf("feeds add: %d %s", code, errOut)
	}
	if code, out, errOut := lode(t, home, "", "fetch"); code != 0 {
		t.Fatalf("fetch: %d\n%s%s", code, out, errOut)
	}
	code, out, _ := lode(t, home, "", "list", "--json")
	recs := decodeLines(t, out)
	if code != 0 || len(recs) != 2 {
		t.Fatalf("list --json: %d\n%s", code, out)
	}
	qorvath, lynas := recs[0], recs[1]
	if !slices.Equal(lynas.Companies, []string{"Lynas Rare Earths"}) || !slices.Contains(lynas.Mentions, "MP Materials") ||
		!slices.Contains(lynas.Minerals, "dysprosium") || !slices.Contains(lynas.Minerals, "rare earths") {
		t.Errorf("lynas record: companies %q mentions %q minerals %q", lynas.Companies, lynas.Mentions, lynas.Minerals)
	}
	if !slices.Equal(qorvath.Companies, []string{"Qorvath Minerals"}) || !slices.Equal(qorvath.Candidates, []string{"Qorvath Minerals"}) ||
		!slices.Equal(qorvath.Minerals, []string{"lithium"}) {
		t.Errorf("candidate record: %+v", qorvath)
	}
	// --company means the items about the company, not those naming it.
	if code, out, _ = lode(t, home, "", "list", "--company", "MP Materials", "--json"); code != 0 || len(decodeLines(t, out)) != 0 {
		t.Errorf("--company MP Materials lists an item that only mentions it: %d %s", code, out)
	}
	if code, out, _ = lode(t, home, "", "list", "--company", "qorvath minerals", "--json"); code != 0 || len(decodeLines(t, out)) != 1 {
		t.Errorf("--company with a candidate: %d %s", code, out)
	}
	code, out, _ = lode(t, home, "", "show", jsonID(*lynas.ID))
	if code != 0 {
		t.Errorf("show: exit %d\n%s", code, out)
	}
	// The item's state, which --json and list's FLAGS give, is said too.
	for _, want := range []string{" · id " + jsonID(*lynas.ID) + " · unread\n", "Companies: Lynas Rare Earths (title, lead, body ×3)", "Mentioned: MP Materials (body: one of a list)", "Minerals: dysprosium, rare earths"} {
		if !strings.Contains(out, want) {
			t.Errorf("show lacks %q:\n%s", want, out)
		}
	}
	code, out, _ = lode(t, home, "", "show", jsonID(*qorvath.ID))
	if code != 0 || !strings.Contains(out, "Companies: Qorvath Minerals* (title, lead, body ×3)") ||
		!strings.Contains(out, "lode companies add 'Qorvath Minerals'") {
		t.Errorf("show of a candidate:\n%s", out)
	}
	code, out, _ = lode(t, home, "", "show", jsonID(*lynas.ID), "--json")
	var one item.Record
	if err := json.Unmarshal([]byte(out), &one); err != nil || code != 0 || len(one.Evidence) == 0 {
		t.Fatalf("show --json evidence: exit %d, %v\n%s", code, err, out)
	}
}
