package config

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/lode-reader/lode/internal/companies"
)

// userConfig is a hand-edited config with comments and an unusual layout
// that AddCompany must keep byte for byte.
const userConfig = `# my lode settings
workers = 3   # slow link

[[feeds]]
url = "https://example.org/feed.xml"   # the only feed I read
name = "Example"

# companies I track that lode did not know
[[companies]]
name = "Kaso Minerals"
aliases = ["Kaso"]
tickers = ["ASX:KSM"]`

func TestAddCompanyKeepsFileAndLoads(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(path, []byte(userConfig), 0o640); err != nil {
		t.Fatal(err)
	}
	got, err := AddCompany(path, companies.Company{
		Name:    "  Tin Hill   Metals ",
		Aliases: []string{"Tin Hill", `Tin "Hill" \ Co`},
		Tickers: []string{"tsxv: thm", "OTC:THMLF"},
	})
	if err != nil {
		t.Fatalf("AddCompany: %v", err)
	}
	if got.Name != "Tin Hill Metals" || !slices.Equal(got.Tickers, []string{"TSXV:THM", "OTC:THMLF"}) {
		t.Errorf("returned entry = %+v", got)
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(b), userConfig+"\n") {
		t.Fatalf("the user's text was changed:\n%s", b)
	}
	if st, _ := os.Stat(path); st.Mode().Perm() != 0o640 {
		t.Errorf("file mode = %v, want the user's 0640 kept", st.Mode().Perm())
	}
	cfg, _, err := Load(path)
	if err != nil {
		t.Fatalf("config no longer loads: %v\n%s", err, b)
	}
	if cfg.Workers != 3 || len(cfg.Feeds) != 1 || len(cfg.Companies) != 2 {
		t.Errorf("settings changed: workers %d, %d feeds, %d companies", cfg.Workers, len(cfg.Feeds), len(cfg.Companies))
	}
	d, err := companies.New(cfg.Companies)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.Detect("", `Tin "Hill" \ Co said drilling resumed; Kaso agreed.`); !slices.Equal(got, []string{"Tin Hill Metals", "Kaso Minerals"}) {
		t.Errorf("Detect with the added company = %q", got)
	}
	if c, ok := d.Find("TSXV:THM"); !ok || c.Name != "Tin Hill Metals" {
		t.Errorf("Find by the added ticker = %q, %v", c.Name, ok)
	}
}

func TestAddCompanyRefuses(t *testing.T) {
	tests := []struct {
		name    string
		c       companies.Company
		mention []string
	}{
		{"shipped name", companies.Company{Name: "lynas rare earths"}, []string{`"Lynas Rare Earths" is already in the dictionary`}},
		{"shipped alias", companies.Company{Name: "Lynas"}, []string{`"Lynas" is already a name of "Lynas Rare Earths"`}},
		{"alias of a shipped company", companies.Company{Name: "Kaso Two", Aliases: []string{"Hitachi Metals"}}, []string{`"Hitachi Metals"`, `"Proterial"`}},
		{"shipped ticker", companies.Company{Name: "Kaso Two", Tickers: []string{"ASX:LYC"}}, []string{"ASX:LYC", `"Lynas Rare Earths"`}},
		{"user's own company", companies.Company{Name: "KASO MINERALS"}, []string{`"Kaso Minerals"`, "added in your config"}},
		{"user's own alias", companies.Company{Name: "Kaso Two", Aliases: []string{"kaso"}}, []string{`"Kaso Minerals"`, "added in your config"}},
		{"user's own ticker", companies.Company{Name: "Kaso Two", Tickers: []string{"ASX: KSM"}}, []string{"ASX:KSM", `"Kaso Minerals"`}},
		{"malformed ticker", companies.Company{Name: "Kaso Two", Tickers: []string{"ASX:KASO"}}, []string{"ASX:KASO", "3 letters or digits"}},
		{"unknown exchange", companies.Company{Name: "Kaso Two", Tickers: []string{"MARS:KT"}}, []string{"MARS:KT"}},
		{"common word", companies.Company{Name: "Lithium"}, []string{`"Lithium"`, "common word or mineral"}},
		{"mineral alias", companies.Company{Name: "Kaso Two", Aliases: []string{"Rare Earths"}}, []string{`"Rare Earths"`}},
		{"control characters", companies.Company{Name: "Kaso\x1b[2J Two"}, []string{"control characters"}},
		{"empty", companies.Company{Name: "  "}, []string{"empty name"}},
	}
	for _, tc := range tests {
		path := filepath.Join(t.TempDir(), "config.toml")
		if err := os.WriteFile(path, []byte(userConfig), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := AddCompany(path, tc.c)
		if err == nil {
			t.Errorf("%s: AddCompany(%+v) succeeded", tc.name, tc.c)
			continue
		}
		for _, m := range tc.mention {
			if !strings.Contains(err.Error(), m) {
				t.Errorf("%s: error %q does not say %s", tc.name, err, m)
			}
		}
		if b, _ := os.ReadFile(path); string(b) != userConfig {
			t.Errorf("%s: refused entry still changed the file:\n%s", tc.name, b)
		}
	}
}

func TestAddCompanyNewAndBrokenFiles(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "sub", "config.toml")
	if _, err := AddCompany(path, companies.Company{Name: "Kaso Minerals", Tickers: []string{"ASX:KSM"}}); err != nil {
		t.Fatalf("AddCompany on a missing file: %v", err)
	}
	cfg, exists, err := Load(path)
	if err != nil || !exists {
		t.Fatalf("Load after creating: %v, exists=%v", err, exists)
	}
	if len(cfg.Feeds) != len(DefaultFeeds()) || len(cfg.Companies) != 1 || cfg.Companies[0].Name != "Kaso Minerals" {
		t.Errorf("new file: %d feeds, companies %+v", len(cfg.Feeds), cfg.Companies)
	}

	broken := filepath.Join(dir, "broken.toml")
	os.WriteFile(broken, []byte("workers = [\n"), 0o644)
	_, err = AddCompany(broken, companies.Company{Name: "Kaso Two"})
	if err == nil || !strings.Contains(err.Error(), broken) || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("broken config: err = %v, want the file and line named", err)
	}
	if b, _ := os.ReadFile(broken); string(b) != "workers = [\n" {
		t.Errorf("broken config was changed: %q", b)
	}
}
