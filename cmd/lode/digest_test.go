package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestNotifyHelperProcess is not a test: it is the notify command the
// digest tests configure. It appends its arguments, one per line, to the
// file named by LODE_NOTIFY_OUT.
func TestNotifyHelperProcess(t *testing.T) {
	out := os.Getenv("LODE_NOTIFY_OUT")
	if out == "" {
		t.Skip("helper process for the notify tests")
	}
	args := os.Args
	for i, a := range args {
		if a == "--" {
			args = args[i+1:]
			break
		}
	}
	f, err := os.OpenFile(out, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	if err != nil {
		os.Exit(3)
	}
	b, _ := json.Marshal(args)
	f.Write(append(b, '\n'))
	f.Close()
	os.Exit(0)
}

func TestFetchAlertsAndDigest(t *testing.T) {
	srv := fixtureServer(t)
	home := t.TempDir()
	record := filepath.Join(t.TempDir(), "notify.jsonl")
	t.Setenv("LODE_NOTIFY_OUT", record)
	exe, _ := os.Executable()
	cfg := `watchlist = ["Lynas Rare Earths", "MP Materials"]
notify = [` + quote(exe) + `, "-test.run=^TestNotifyHelperProcess$", "--", "{company}", "{title}"]
[[feeds]]
url = "` + srv.URL + `/briefings.rss"
name = "Briefings"
[[feeds]]
url = "` + srv.URL + `/wire.atom"
name = "Wire"
`
	if err := os.WriteFile(filepath.Join(home, "config.toml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := lode(t, home, "", "fetch", "--notify")
	if code != 0 {
		t.Fatalf("fetch: %d\n%s%s", code, out, errOut)
	}
	for _, want := range []string{"Lynas Rare Earths: Lynas Rare Earths lifts NdPr output 18% at Mt Weld", "MP Materials: MP Materials signs magnet supply deal with carmaker"} {
		if !strings.Contains(out, want) {
			t.Errorf("fetch should announce %q:\n%s", want, out)
		}
	}
	data, _ := os.ReadFile(record)
	lines := strings.Split(strings.TrimSpace(string(data)), "\n")
	if len(lines) != 2 {
		t.Fatalf("notify ran %d times, want 2:\n%s", len(lines), data)
	}
	var args []string
	json.Unmarshal([]byte(lines[0]), &args)
	if len(args) != 2 || (args[0] != "Lynas Rare Earths" && args[0] != "MP Materials") || !strings.Contains(args[1], "Lynas") && !strings.Contains(args[1], "MP Materials") {
		t.Errorf("notify arguments: %q", args)
	}
	// A second fetch brings nothing new: no alerts.
	_, out, _ = lode(t, home, "", "fetch", "--notify")
	if strings.Contains(out, "★") {
		t.Errorf("second fetch re-announced items:\n%s", out)
	}

	code, out, _ = lode(t, home, "", "digest", "--format", "markdown")
	if code != 0 {
		t.Fatalf("digest: %d %s", code, out)
	}
	lynas := strings.Index(out, "## Lynas Rare Earths")
	mp := strings.Index(out, "## MP Materials")
	albemarle := strings.Index(out, "## Albemarle")
	flagged := strings.Index(out, "Flagged as political")
	if lynas < 0 || mp < 0 || albemarle < 0 || flagged < 0 || !(lynas < albemarle && mp < albemarle && albemarle < flagged) {
		t.Errorf("digest order (watched first, flagged last) wrong:\n%s", out)
	}
	if !strings.Contains(out[flagged:], "Ideology First") || !strings.Contains(out[flagged:], "Junta decree") {
		t.Errorf("flagged section lacks the flagged items:\n%s", out[flagged:])
	}
	if strings.Contains(out[:flagged], "Ideology First") {
		t.Errorf("flagged item also listed under a company")
	}
	// The digest remembers when it last ran.
	code, out, _ = lode(t, home, "", "digest")
	if code != 0 || !strings.HasPrefix(out, "No new briefings since") {
		t.Errorf("second digest: %d %q", code, out)
	}
	code, out, _ = lode(t, home, "", "digest", "--since", "2026-11-01", "--company", "LYC", "--format", "json")
	var d struct {
		Counts struct{ Items int } `json:"counts"`
		Groups []struct {
			Company string `json:"company"`
		} `json:"groups"`
	}
	if err := json.Unmarshal([]byte(out), &d); err != nil || code != 0 || len(d.Groups) != 1 || d.Groups[0].Company != "Lynas Rare Earths" {
		t.Errorf("digest --company LYC --format json: %d %v\n%s", code, err, out)
	}
	code, _, errOut = lode(t, home, "", "digest", "--company", "Lynaz")
	if code != 2 || !strings.Contains(errOut, "did you mean") {
		t.Errorf("unknown company: %d %q", code, errOut)
	}
}

func quote(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
