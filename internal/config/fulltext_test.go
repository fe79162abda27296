package config

import (
	"path/filepath"
	"strings"
	"testing"
)

// full_text reads true, false and "auto", refuses anything else with the
// key named, and survives a save.
func TestFullTextSetting(t *testing.T) {
	cfg, err := Parse([]byte(`
[[feeds]]
url = "https://a.example/feed"
full_text = true
[[feeds]]
url = "https://b.example/feed"
full_text = "auto"
[[feeds]]
url = "https://c.example/feed"
full_text = false
[[feeds]]
url = "https://d.example/feed"
`))
	if err != nil {
		t.Fatal(err)
	}
	want := []FullText{FullTextOn, FullTextAuto, FullTextOff, FullTextOff}
	for i, f := range cfg.Feeds {
		if f.FullText != want[i] {
			t.Errorf("feed %d: full_text %q, want %q", i, f.FullText, want[i])
		}
	}
	path := filepath.Join(t.TempDir(), "config.toml")
	if err := Save(path, cfg); err != nil {
		t.Fatal(err)
	}
	back, _, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	for i, f := range back.Feeds {
		if f.FullText != want[i] {
			t.Errorf("after save, feed %d: full_text %q, want %q", i, f.FullText, want[i])
		}
	}
	for _, bad := range []string{`"sometimes"`, `1`} {
		_, err := Parse([]byte("[[feeds]]\nurl = \"https://a.example/feed\"\nfull_text = " + bad + "\n"))
		if err == nil || !strings.Contains(err.Error(), "full_text") {
			t.Errorf("full_text = %s: err %v", bad, err)
		}
	}
	if v, err := ParseFullText("auto"); err != nil || v != FullTextAuto {
		t.Errorf("ParseFullText(auto) = %q, %v", v, err)
	}
	if _, err := ParseFullText("maybe"); err == nil {
		t.Error("ParseFullText(maybe) accepted")
	}
}
