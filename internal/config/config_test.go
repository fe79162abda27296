package config

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoadMissingGivesDefaults(t *testing.T) {
	cfg, exists, err := Load(filepath.Join(t.TempDir(), "config.toml"))
	if err != nil || exists {
		t.Fatalf("missing config: exists=%v err=%v", exists, err)
	}
	if len(cfg.Feeds) == 0 || cfg.Feeds[0].URL != "https://rareearthexchanges.com/feed/" {
		t.Fatalf("default feeds should start with Rare Earth Exchanges: %+v", cfg.Feeds)
	}
	if cfg.Workers != 8 || cfg.RefreshMinutes != 30 || cfg.TimeoutSeconds != 20 {
		t.Fatalf("defaults: %+v", cfg)
	}
}

func TestSaveLoadRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "sub", "config.toml")
	cfg := Default()
	cfg.Feeds = nil
	cfg.AddFeed(Feed{URL: "http://127.0.0.1:9/feed.xml", Name: "Local", Tags: []string{"a b", "c"}})
	if cfg.AddFeed(Feed{URL: "http://127.0.0.1:9/feed.xml"}) {
		t.Fatal("duplicate feed added")
	}
	cfg.Watchlist = []string{"Lynas Rare Earths"}
	cfg.Notify = []string{"notify-send", "{title}"}
	if err := Save(path, cfg); err != nil {
		t.Fatal(err)
	}
	got, exists, err := Load(path)
	if err != nil || !exists {
		t.Fatal(err)
	}
	if len(got.Feeds) != 1 || got.Feeds[0].Name != "Local" || len(got.Feeds[0].Tags) != 2 || got.Watchlist[0] != "Lynas Rare Earths" || got.Notify[1] != "{title}" {
		t.Fatalf("round trip: %+v", got)
	}
	if _, err := got.RemoveFeed("local"); err != nil || len(got.Feeds) != 0 {
		t.Fatal("remove by name failed")
	}
}

func TestBadConfigErrors(t *testing.T) {
	cases := map[string]string{
		"broken toml":   "workers = [",
		"unknown key":   "wrokers = 3",
		"bad url":       "[[feeds]]\nurl = \"javascript:alert(1)\"",
		"not a url":     "[[feeds]]\nurl = \"rare earth news\"",
		"workers range": "workers = 0",
		"threshold":     "threshold = 3",
		"wrong type":    "workers = \"many\"",
		"open header":   "workers = 8\n[[feeds]\nurl = \"https://example.org/feed\"\n",
		"huge timeout":  "timeout_seconds = 18446744074",
		"int64 timeout": "timeout_seconds = 9223372036854775807",
		"huge refresh":  "refresh_minutes = 153722867280912931",
		"nan threshold": "threshold = nan",
		"bidi url":      "[[feeds]]\nurl = \"https://x.example/feed?\u202etxt.exe\"",
		"c1 url":        "[[feeds]]\nurl = \"https://x.example/\u009b31m\"",
	}
	wants := map[string]string{
		"broken toml": "line 1", "unknown key": "unknown key wrokers", "bad url": "not an http or https URL",
		"not a url": "not an http or https URL", "workers range": "workers = 0", "threshold": "threshold = 3", "wrong type": "workers",
		"open header":  "line 2: expected end of table array name",
		"huge timeout": "timeout_seconds = 18446744074: want 1 to 3600", "int64 timeout": "want 1 to 3600",
		"huge refresh": "refresh_minutes = 153722867280912931: want 0 (off) to 10080", "nan threshold": "threshold = NaN",
		"bidi url": "contains control, bidi or space characters", "c1 url": "contains control, bidi or space characters",
	}
	dir := t.TempDir()
	for name, body := range cases {
		path := filepath.Join(dir, strings.ReplaceAll(name, " ", "_")+".toml")
		os.WriteFile(path, []byte(body), 0o644)
		_, _, err := Load(path)
		if err == nil {
			t.Errorf("%s: no error", name)
			continue
		}
		if !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), wants[name]) || strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: error %q should be one line naming %s and %q", name, err, path, wants[name])
		}
	}
}

func TestResolveHome(t *testing.T) {
	env := map[string]string{"LODE_HOME": "/tmp/lode-env"}
	h, _ := ResolveHome("", func(k string) string { return env[k] })
	if h.CachePath != "/tmp/lode-env/cache.db" || h.ConfigPath != "/tmp/lode-env/config.toml" {
		t.Fatalf("LODE_HOME: %+v", h)
	}
	h, _ = ResolveHome("/tmp/flag", func(k string) string { return env[k] })
	if h.CachePath != "/tmp/flag/cache.db" {
		t.Fatalf("--home should win: %+v", h)
	}
	h, _ = ResolveHome("", func(string) string { return "" })
	if !strings.HasSuffix(h.CachePath, filepath.Join("lode", "cache.db")) {
		t.Fatalf("xdg: %+v", h)
	}
}

func TestUnwritableHome(t *testing.T) {
	if os.Geteuid() == 0 {
		dir := t.TempDir()
		file := filepath.Join(dir, "file")
		os.WriteFile(file, nil, 0o644)
		// A home below a regular file cannot be created, even by root.
		err := Home{ConfigPath: filepath.Join(file, "x", "config.toml"), CachePath: filepath.Join(file, "x", "cache.db")}.Prepare()
		if err == nil || !strings.Contains(err.Error(), file) {
			t.Fatalf("want error naming %s, got %v", file, err)
		}
		return
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o555)
	defer os.Chmod(dir, 0o755)
	err := Home{ConfigPath: filepath.Join(dir, "config.toml"), CachePath: filepath.Join(dir, "cache.db")}.Prepare()
	if err == nil || !strings.Contains(err.Error(), "not writable") {
		t.Fatalf("want not writable, got %v", err)
	}
}

func TestFeedURLsCompareNormalized(t *testing.T) {
	cfg := Config{}
	cfg.AddFeed(Feed{URL: "https://example.org/Feed/", Name: "Desk"})
	for _, dup := range []string{"HTTPS://example.org/Feed/", "https://EXAMPLE.org/Feed/"} {
		if cfg.AddFeed(Feed{URL: dup}) {
			t.Errorf("%s added beside https://example.org/Feed/", dup)
		}
	}
	// The path is case-sensitive: a different feed.
	if !cfg.AddFeed(Feed{URL: "https://example.org/feed/", Name: "Desk"}) {
		t.Error("a different path was refused")
	}
	if got := NormalizeURL("HTTP://Example.ORG:8080/A?b=C"); got != "http://example.org:8080/A?b=C" {
		t.Errorf("NormalizeURL = %q", got)
	}
	// Two feeds named "Desk": removing by name is ambiguous and removes nothing.
	_, err := cfg.RemoveFeed("desk")
	if err == nil || errors.Is(err, ErrNoFeed) || !strings.Contains(err.Error(), "https://example.org/Feed/") || !strings.Contains(err.Error(), "https://example.org/feed/") {
		t.Fatalf("ambiguous remove: %v", err)
	}
	if len(cfg.Feeds) != 2 {
		t.Fatalf("ambiguous remove dropped a feed: %+v", cfg.Feeds)
	}
	if _, err := cfg.RemoveFeed("nothing"); !errors.Is(err, ErrNoFeed) {
		t.Fatalf("unknown feed: %v", err)
	}
	// By URL, in any case of scheme and host, it works.
	if f, err := cfg.RemoveFeed("HTTPS://EXAMPLE.ORG/Feed/"); err != nil || f.URL != "https://example.org/Feed/" || len(cfg.Feeds) != 1 {
		t.Fatalf("remove by URL: %+v %v", f, err)
	}
}

// TestAppendViewKeepsComments: saving a view from the reader appends a
// [[views]] table and leaves the user's comments, order and spacing alone.
func TestAppendViewKeepsComments(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.toml")
	orig := "# my feeds, hand-sorted\nworkers = 4   # slow line\n\n[[feeds]]\nurl = \"https://a.example/rss\"\ntags = [\"lithium\"]  # keep\n"
	if err := os.WriteFile(path, []byte(orig), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := AppendView(path, View{Name: `Li "fast"`, Query: `tag:lithium newer:2d -company:"MP Materials"`, Sort: "feed"}); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(data), orig) {
		t.Fatalf("the original text changed:\n%s", data)
	}
	cfg, _, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(cfg.Views) != 1 || cfg.Views[0].Name != `Li "fast"` || cfg.Views[0].Query != `tag:lithium newer:2d -company:"MP Materials"` || cfg.Views[0].Sort != "feed" || cfg.Workers != 4 || len(cfg.Feeds) != 1 {
		t.Fatalf("read back %+v", cfg)
	}
	if err := AppendView(path, View{Name: "Second", Query: "is:unread"}); err != nil {
		t.Fatal(err)
	}
	if cfg, _, err = Load(path); err != nil || len(cfg.Views) != 2 {
		t.Fatalf("second view: %+v %v", cfg.Views, err)
	}
	// A missing file is created.
	other := filepath.Join(t.TempDir(), "new.toml")
	if err := AppendView(other, View{Name: "A", Query: "is:starred"}); err != nil {
		t.Fatal(err)
	}
	if cfg, _, err = Load(other); err != nil || len(cfg.Views) != 1 {
		t.Fatalf("new file: %+v %v", cfg.Views, err)
	}
	// A bad sort in a hand-edited view is refused with the view named.
	bad := filepath.Join(t.TempDir(), "bad.toml")
	os.WriteFile(bad, []byte("[[views]]\nname = \"X\"\nquery = \"\"\nsort = \"oldest\"\n"), 0o644)
	if _, _, err := Load(bad); err == nil || !strings.Contains(err.Error(), `views[0] "X": sort = "oldest"`) {
		t.Fatalf("bad sort: %v", err)
	}
}

// TestUnusableDirectoryNamedForWhatItHolds: with the XDG layout the config
// and the cache live in two directories; the error says which one lode
// could not create, so "home" is not used for a cache directory under
// ~/.local/share.
func TestUnusableDirectoryNamedForWhatItHolds(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(dir, "config", "lode", "config.toml")
	bad := filepath.Join(file, "lode")
	for _, c := range []struct {
		h    Home
		want string
	}{
		{Home{ConfigPath: good, CachePath: filepath.Join(bad, "cache.db")}, "cache directory " + bad + ": "},
		{Home{ConfigPath: filepath.Join(bad, "config.toml"), CachePath: filepath.Join(dir, "data", "cache.db")}, "config directory " + bad + ": "},
		{Home{ConfigPath: filepath.Join(bad, "config.toml"), CachePath: filepath.Join(bad, "cache.db")}, "home " + bad + ": "},
	} {
		if err := c.h.Prepare(); err == nil || !strings.HasPrefix(err.Error(), c.want) {
			t.Errorf("Prepare(%+v) = %v, want an error starting %q", c.h, err, c.want)
		}
	}
}

// TestWrongTypeSaysWhatToWrite: a value of the wrong type names its line and
// key and says what to write there, in words, not the decoder's Go types.
func TestWrongTypeSaysWhatToWrite(t *testing.T) {
	for body, want := range map[string]string{
		"workers = \"eight\"\n":             `line 1: workers: want a whole number, not text in quotes`,
		"threshold = \"high\"\n":            `line 1: threshold: want a number, not text in quotes`,
		"refresh_minutes = 1.5\n":           `line 1: refresh_minutes: want a whole number, not a number with a fraction`,
		"watchlist = \"LYC\"\n":             `line 1: watchlist: want a list, e.g. ["a", "b"], not text in quotes`,
		"workers = 8\n[[feeds]]\nurl = 5\n": `line 3: feeds.url: want text in quotes, not a whole number`,
	} {
		_, err := Parse([]byte(body))
		if err == nil || err.Error() != want {
			t.Errorf("%q: got %v, want %q", body, err, want)
		}
	}
}

// TestKeysMustBeATable: keys written as a value instead of a [keys] table
// was silently ignored, leaving the default keys with no word; it is an
// error naming the key, like every other value of the wrong type.
func TestKeysMustBeATable(t *testing.T) {
	for body, want := range map[string]string{
		"keys = 3\n":       "keys: want a table ([keys], action = [\"key\", ...]), not a whole number",
		"keys = \"vim\"\n": "keys: want a table ([keys], action = [\"key\", ...]), not text in quotes",
	} {
		if _, err := Parse([]byte(body)); err == nil || err.Error() != want {
			t.Errorf("%q: got %v, want %q", body, err, want)
		}
	}
	if _, err := Parse([]byte("[keys]\nquit = [\"Q\"]\n")); err != nil {
		t.Errorf("a [keys] table: %v", err)
	}
	if _, err := Parse([]byte("keys = { quit = [\"Q\"] }\n")); err != nil {
		t.Errorf("an inline keys table: %v", err)
	}
}
