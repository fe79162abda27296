package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCompaniesAdd adds a company lode did not know: it is written to the
// config after the user's own text, items already in the cache are tagged
// with it, and names or tickers lode already knows are refused.
func TestCompaniesAdd(t *testing.T) {
	srv := fixtureServer(t)
	home := t.TempDir()
	cfgPath := filepath.Join(home, "config.toml")
	cfg := "# my feeds\n[[feeds]]\nurl = \"" + srv.URL + "/juniors.rss\"   # wire\n"
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, out, errOut := lode(t, home, "", "fetch"); code != 0 {
		t.Fatalf("fetch: %d %s %s", code, out, errOut)
	}
	if code, _, errOut := lode(t, home, "", "list", "--company", "Tin Hill"); code != exitUsage || !strings.Contains(errOut, `unknown company "Tin Hill"`) {
		t.Fatalf("before add: code %d, %s", code, errOut)
	}

	// The fetch may have rewritten the config (it names the feed); what is
	// there now must be kept as it is.
	orig, _ := os.ReadFile(cfgPath)
	code, out, errOut := lode(t, home, "", "companies", "add", "Tin", "Hill", "Metals", "--ticker", "tsxv:thm", "--alias", "Tin Hill")
	if code != 0 {
		t.Fatalf("companies add: %d %s %s", code, out, errOut)
	}
	if !strings.Contains(out, "Tin Hill Metals") || !strings.Contains(out, "TSXV:THM") || !strings.Contains(out, cfgPath) {
		t.Errorf("add output = %q", out)
	}
	b, _ := os.ReadFile(cfgPath)
	if !strings.HasPrefix(string(b), string(orig)) || !strings.Contains(string(b), "[[companies]]\nname = \"Tin Hill Metals\"\naliases = [\"Tin Hill\"]\ntickers = [\"TSXV:THM\"]\n") {
		t.Errorf("config after add:\n%s", b)
	}
	// The cached item is re-tagged when lode next opens the cache.
	_, out, _ = lode(t, home, "", "list", "--json", "--company", "TSXV:THM")
	recs := decodeLines(t, out)
	if len(recs) != 1 || !strings.Contains(recs[0].Title, "Tin Hill") {
		t.Errorf("list --company after add: %s", out)
	}

	for _, tc := range []struct {
		args    []string
		code    int
		mention string
	}{
		{[]string{"companies", "add", "Tin Hill Metals"}, exitFailed, "added in your config"},
		{[]string{"companies", "add", "Lynas"}, exitFailed, `"Lynas Rare Earths"`},
		{[]string{"companies", "add", "Kaso Minerals", "--ticker", "ASX:LYC"}, exitFailed, `"Lynas Rare Earths"`},
		{[]string{"companies", "add", "Kaso Minerals", "--ticker", "LYC"}, exitFailed, "EXCH:SYMBOL"},
		{[]string{"companies", "add", "Energy"}, exitFailed, "common word"},
		{[]string{"companies", "add"}, exitUsage, "NAME"},
		{[]string{"companies", "remove", "x"}, exitUsage, "add"},
	} {
		before, _ := os.ReadFile(cfgPath)
		code, _, errOut := lode(t, home, "", tc.args...)
		if code != tc.code || !strings.Contains(errOut, tc.mention) {
			t.Errorf("%q: code %d, stderr %q; want %d and %s", tc.args, code, errOut, tc.code, tc.mention)
		}
		if after, _ := os.ReadFile(cfgPath); string(after) != string(before) {
			t.Errorf("%q changed the config", tc.args)
		}
	}
}
