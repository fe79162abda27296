// Package config finds lode's home (config file and cache) and reads and
// writes the TOML config: feeds, refresh settings, watchlist, notification
// command, and the user's extra companies and classifier terms.
package config

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/BurntSushi/toml"
	"github.com/adrg/xdg"
	"github.com/lode-reader/lode/internal/classify"
	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/sanitize"
)

// Home is where lode keeps its config file and its cache.
type Home struct {
	// ConfigPath is the TOML config file.
	ConfigPath string
	// CachePath is the SQLite cache.
	CachePath string
}

// ResolveHome picks the home: dir when non-empty (the --home flag), else
// $LODE_HOME, else the XDG config and data directories.
func ResolveHome(dir string, getenv func(string) string) (Home, error) {
	if dir == "" {
		dir = getenv("LODE_HOME")
	}
	if dir != "" {
		abs, err := filepath.Abs(dir)
		if err != nil {
			return Home{}, fmt.Errorf("home %s: %w", dir, err)
		}
		return Home{ConfigPath: filepath.Join(abs, "config.toml"), CachePath: filepath.Join(abs, "cache.db")}, nil
	}
	return Home{
		ConfigPath: filepath.Join(xdg.ConfigHome, "lode", "config.toml"),
		CachePath:  filepath.Join(xdg.DataHome, "lode", "cache.db"),
	}, nil
}

// Prepare creates the directories of the home, with a clear error when they
// cannot be written, naming the directory for what it holds: the home (one
// directory, --home or $LODE_HOME), else the config or the cache directory.
func (h Home) Prepare() error {
	configDir, cacheDir := filepath.Dir(h.ConfigPath), filepath.Dir(h.CachePath)
	for _, d := range []struct{ path, what string }{{configDir, "config directory"}, {cacheDir, "cache directory"}} {
		if configDir == cacheDir {
			d.what = "home"
		}
		if err := os.MkdirAll(d.path, 0o755); err != nil {
			return fmt.Errorf("%s %s: %w", d.what, d.path, err)
		}
		probe, err := os.CreateTemp(d.path, ".lode-write-test-*")
		if err != nil {
			return fmt.Errorf("%s %s is not writable: %w", d.what, d.path, errors.Unwrap(err))
		}
		probe.Close()
		os.Remove(probe.Name())
	}
	return nil
}

// Feed is one configured feed.
type Feed struct {
	// URL is the feed's address, scheme and host in lower case (NormalizeURL).
	URL string `toml:"url"`
	// Name is the name lode shows for the feed; "" uses the feed's own title.
	Name string `toml:"name,omitempty"`
	// Tags group feeds for tag: queries and the feeds view, newsboat style.
	Tags []string `toml:"tags,omitempty"`
	// FullText is when lode fetches the article pages of the feed's new
	// items: true, false (the default) or "auto".
	FullText FullText `toml:"full_text,omitempty"`
	// Hidden leaves the feed's items out of every view and list that does
	// not name it with feed: or tag: (newsboat's !hidden); it is still
	// polled.
	Hidden bool `toml:"hidden,omitempty"`
}

// FullText is a feed's full_text setting.
type FullText string

// The full_text values.
const (
	// FullTextOff keeps the feed's own text (false, the default).
	FullTextOff FullText = ""
	// FullTextOn fetches every new item's article page (true).
	FullTextOn FullText = "true"
	// FullTextAuto fetches it when the feed's text is short or has no sections ("auto").
	FullTextAuto FullText = "auto"
)

// ParseFullText reads a full_text value as written on the command line:
// true, false or auto.
func ParseFullText(s string) (FullText, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "on", "yes":
		return FullTextOn, nil
	case "false", "off", "no", "":
		return FullTextOff, nil
	case "auto":
		return FullTextAuto, nil
	}
	return FullTextOff, fmt.Errorf("full_text %q: want true, false or auto", s)
}

// UnmarshalTOML reads full_text = true | false | "auto".
func (f *FullText) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case bool:
		*f = FullTextOff
		if v {
			*f = FullTextOn
		}
		return nil
	case string:
		if v == "auto" {
			*f = FullTextAuto
			return nil
		}
	}
	return fmt.Errorf("full_text: want true, false or \"auto\", got %v", v)
}

// MarshalTOML writes true, false or "auto".
func (f FullText) MarshalTOML() ([]byte, error) {
	switch f {
	case FullTextOn:
		return []byte("true"), nil
	case FullTextAuto:
		return []byte(`"auto"`), nil
	}
	return []byte("false"), nil
}

// Config is the user's settings.
type Config struct {
	// Feeds are polled by `lode fetch` and the reader's refresh.
	Feeds []Feed `toml:"feeds"`
	// Workers is how many feeds are fetched at once.
	Workers int `toml:"workers"`
	// TimeoutSeconds bounds each feed's fetch.
	TimeoutSeconds int `toml:"timeout_seconds"`
	// RefreshMinutes is the reader's background refresh interval (0 = off).
	RefreshMinutes int `toml:"refresh_minutes"`
	// Threshold is the ideology score at which an item is flagged.
	Threshold float64 `toml:"threshold"`
	// Watchlist holds the companies the user follows (canonical names).
	Watchlist []string `toml:"watchlist"`
	// Notify is a command (argument list, no shell) run once per watchlist
	// alert; {title}, {company}, {link}, {feed} are replaced in arguments.
	Notify []string `toml:"notify"`
	// Companies extends or overrides the company dictionary.
	Companies []companies.Company `toml:"companies"`
	// Lexicon extends the ideology classifier's weighted phrases.
	Lexicon []classify.Term `toml:"lexicon"`
	// Views are the reader's tabs: saved queries.
	Views []View `toml:"views,omitempty"`
	// KeepDays removes unstarred items published more than this many days
	// ago after each refresh and on `lode vacuum` (0 = keep everything).
	KeepDays int `toml:"keep_days,omitempty"`
	// MaxItemsPerFeed keeps only each feed's newest unstarred items (0 = no limit).
	MaxItemsPerFeed int `toml:"max_items_per_feed,omitempty"`
	// Browser is the command that opens links, as an argument list (no
	// shell); "%s" in an argument is the link, else it is appended. Empty
	// means $BROWSER, else xdg-open.
	Browser []string `toml:"browser,omitempty"`
	// Keys rebinds the reader's keys: an action name to its keys
	// (next_unread = ["n", "ctrl+n"]); the reader checks the names.
	Keys map[string][]string `toml:"keys,omitempty"`
}

// View is a saved query, shown by the reader as a tab.
type View struct {
	// Name is the tab's label.
	Name string `toml:"name"`
	// Query is the tab's query in lode's query language; "" shows everything.
	Query string `toml:"query"`
	// Sort is "newest" (the default when empty), "feed" or "company".
	Sort string `toml:"sort,omitempty"`
}

// DefaultFeeds are the critical-minerals sources a new config starts with.
func DefaultFeeds() []Feed {
	return []Feed{
		{URL: "https://rareearthexchanges.com/feed/", Name: "Rare Earth Exchanges", Tags: []string{"rare-earths"}},
		{URL: "https://www.mining.com/commodity/rare-earth/feed/", Name: "MINING.COM Rare Earths", Tags: []string{"rare-earths"}},
		{URL: "https://www.mining.com/commodity/lithium/feed/", Name: "MINING.COM Lithium", Tags: []string{"lithium"}},
		{URL: "https://www.northernminer.com/feed/", Name: "The Northern Miner", Tags: []string{"mining"}},
	}
}

// Default is the config a new home starts with.
func Default() Config {
	return Config{Feeds: DefaultFeeds(), Workers: 8, TimeoutSeconds: 20, RefreshMinutes: 30, Threshold: classify.DefaultThreshold}
}

// Load reads the config at path. A missing file gives Default() and
// exists=false. Unknown keys, bad values and broken TOML are errors naming
// the file and the line or key.
func Load(path string) (cfg Config, exists bool, err error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return Default(), false, nil
	}
	if err != nil {
		return Config{}, false, fmt.Errorf("config %s: %w", path, err)
	}
	cfg, err = Parse(data)
	if err != nil {
		return Config{}, true, fmt.Errorf("config %s: %w", path, err)
	}
	return cfg, true, nil
}

// Parse decodes and checks config TOML; absent settings take defaults.
func Parse(data []byte) (Config, error) {
	cfg := Default()
	cfg.Feeds = nil
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&cfg)
	if err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			line := perr.Position.Line
			// The parser's line can be the next one when the error's span
			// ends with a newline (a missing "]"); where the span starts is
			// the line to fix.
			if at := perr.Position.Start; at >= 0 && at < len(data) {
				line = 1 + bytes.Count(data[:at], []byte("\n"))
			}
			return Config{}, fmt.Errorf("line %d: %s", line, perr.Message)
		}
		return Config{}, wrongType(err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		keys := make([]string, len(und))
		for i, k := range und {
			keys[i] = k.String()
		}
		return Config{}, fmt.Errorf("unknown key %s", strings.Join(keys, ", "))
	}
	// The decoder lets a plain value stand for the keys map, ignored.
	if t := md.Type("keys"); t != "" && t != "Hash" {
		return Config{}, fmt.Errorf("keys: want a table ([keys], action = [\"key\", ...]), not %s", tomlValueWords[t])
	}
	return cfg, cfg.Validate()
}

// Validate checks values a user could get wrong.
func (c Config) Validate() error {
	for i, f := range c.Feeds {
		if err := CheckURL(f.URL); err != nil {
			return fmt.Errorf("feeds[%d]: %w", i, err)
		}
	}
	for i, v := range c.Views {
		if strings.TrimSpace(v.Name) == "" {
			return fmt.Errorf("views[%d]: name is empty", i)
		}
		if v.Sort != "" && v.Sort != "newest" && v.Sort != "feed" && v.Sort != "company" {
			return fmt.Errorf("views[%d] %q: sort = %q: want newest, feed or company", i, v.Name, v.Sort)
		}
	}
	if c.Workers < 1 || c.Workers > 256 {
		return fmt.Errorf("workers = %d: want 1 to 256", c.Workers)
	}
	// Upper bounds keep every duration far from overflowing time.Duration
	// (timeout_seconds = 18446744074 used to wrap round to 290 ms).
	if c.TimeoutSeconds < 1 || c.TimeoutSeconds > maxTimeoutSeconds {
		return fmt.Errorf("timeout_seconds = %d: want 1 to %d", c.TimeoutSeconds, maxTimeoutSeconds)
	}
	if c.RefreshMinutes < 0 || c.RefreshMinutes > maxRefreshMinutes {
		return fmt.Errorf("refresh_minutes = %d: want 0 (off) to %d (a week)", c.RefreshMinutes, maxRefreshMinutes)
	}
	if c.KeepDays < 0 || c.KeepDays > 36500 {
		return fmt.Errorf("keep_days = %d: want 0 (keep everything) to 36500", c.KeepDays)
	}
	if c.MaxItemsPerFeed < 0 || c.MaxItemsPerFeed > 10_000_000 {
		return fmt.Errorf("max_items_per_feed = %d: want 0 (no limit) to 10000000", c.MaxItemsPerFeed)
	}
	if len(c.Browser) > 0 && strings.TrimSpace(c.Browser[0]) == "" {
		return fmt.Errorf("browser = %q: the first word must name a program", c.Browser)
	}
	if !(c.Threshold > 0 && c.Threshold <= 1) { // NaN fails too
		return fmt.Errorf("threshold = %g: want a number in (0, 1]", c.Threshold)
	}
	return nil
}

// CheckURL accepts absolute http and https URLs with a host, nothing else.
func CheckURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil {
		return fmt.Errorf("%q is not a URL: %w", raw, errors.Unwrap(err))
	}
	if u.Scheme != "http" && u.Scheme != "https" {
		return fmt.Errorf("%q is not an http or https URL", raw)
	}
	if u.Host == "" {
		return fmt.Errorf("%q has no host", raw)
	}
	if !sanitize.URL(raw) {
		return fmt.Errorf("%q contains control, bidi or space characters", raw)
	}
	return nil
}

// Ranges of the durations in the config.
const (
	maxTimeoutSeconds = 3600
	maxRefreshMinutes = 7 * 24 * 60
)

const header = `# lode configuration. Edit freely; lode rewrites this file when you add or
# remove feeds or change the watchlist from the reader, keeping your settings.
#
# [[feeds]]            url = "https://...", name = "...", tags = ["..."]
# workers              feeds fetched at once (default 8)
# timeout_seconds      per-feed timeout (default 20)
# refresh_minutes      background refresh in the reader, 0 = off (default 30)
# threshold            ideology score at which an item is flagged (default 0.5)
# watchlist            companies you follow, e.g. ["Lynas Rare Earths"]
# keep_days            remove unstarred items older than this after a refresh, 0 = keep all (default 0)
# max_items_per_feed   keep each feed's newest N unstarred items, 0 = no limit (default 0)
# notify               command run per watchlist alert, e.g. ["notify-send", "lode", "{company}: {title}"]
# browser              opens links, e.g. ["firefox", "--new-tab", "%s"] (default $BROWSER, else xdg-open)
# [keys]               reader keys, action = ["key", ...], e.g. next_unread = ["n", "ctrl+n"]
# [[companies]]        name = "...", aliases = ["..."], tickers = ["ASX:XYZ"]   (or: lode companies add NAME --ticker ASX:XYZ)
# [[lexicon]]          phrase = "...", weight = 0.4   (negative weights mark business language)
# [[views]]            name = "Lithium", query = "tag:lithium newer:2d", sort = "newest" (reader tabs)

`

// render is the text Save writes for cfg: the header comment and the settings.
func render(cfg Config) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString(header)
	if err := toml.NewEncoder(&buf).Encode(cfg); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Save writes cfg to path atomically (temp file, then rename).
func Save(path string, cfg Config) error {
	data, err := render(cfg)
	if err != nil {
		return fmt.Errorf("config %s: %w", path, err)
	}
	return writeAtomic(path, data)
}

// AppendView adds v to the config file at path as a new [[views]] table
// appended to the text, so the user's comments and layout stay as they
// are; the result is checked to parse before it replaces the file. A
// missing file is created with v as its only setting.
func AppendView(path string, v View) error {
	data, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("config %s: %w", path, err)
	}
	var block bytes.Buffer
	if err := toml.NewEncoder(&block).Encode(struct {
		Views []View `toml:"views"` // one [[views]] table, appended as it is
	}{[]View{v}}); err != nil {
		return fmt.Errorf("config %s: %w", path, err)
	}
	if len(data) > 0 && !bytes.HasSuffix(data, []byte("\n")) {
		data = append(data, '\n')
	}
	if len(data) > 0 {
		data = append(data, '\n')
	}
	data = append(data, block.Bytes()...)
	if _, err := Parse(data); err != nil {
		return fmt.Errorf("config %s: adding the view would break the file: %w", path, err)
	}
	return writeAtomic(path, data)
}

// AddFeed appends f unless its URL is already configured; it reports whether it was added.
func (c *Config) AddFeed(f Feed) bool {
	if _, ok := c.FindURL(f.URL); ok {
		return false
	}
	c.Feeds = append(c.Feeds, f)
	return true
}

// FindURL returns the configured feed with this URL, compared after
// NormalizeURL (so "HTTP://Example.org/feed" finds "http://example.org/feed").
func (c *Config) FindURL(raw string) (Feed, bool) {
	want := NormalizeURL(raw)
	for _, f := range c.Feeds {
		if NormalizeURL(f.URL) == want {
			return f, true
		}
	}
	return Feed{}, false
}

// NormalizeURL returns raw with its scheme and host in lower case, the form
// lode stores and compares feed URLs in; a string that does not parse is
// returned unchanged.
func NormalizeURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return raw
	}
	u.Scheme, u.Host = strings.ToLower(u.Scheme), strings.ToLower(u.Host)
	return u.String()
}

// ErrNoFeed is returned by RemoveFeed when no feed has the URL or name.
var ErrNoFeed = errors.New("no such feed")

// RemoveFeed drops the feed with this URL, or the one feed with this name
// (case-insensitive). A name shared by several feeds removes none and
// returns an error listing their URLs; no match returns ErrNoFeed.
func (c *Config) RemoveFeed(urlOrName string) (Feed, error) {
	want := NormalizeURL(urlOrName)
	match := -1
	var named []int
	for i, f := range c.Feeds {
		if NormalizeURL(f.URL) == want {
			match = i
			break
		}
		if f.Name != "" && strings.EqualFold(f.Name, urlOrName) {
			named = append(named, i)
		}
	}
	if match < 0 {
		switch len(named) {
		case 0:
			return Feed{}, ErrNoFeed
		case 1:
			match = named[0]
		default:
			urls := make([]string, len(named))
			for j, i := range named {
				urls[j] = c.Feeds[i].URL
			}
			return Feed{}, fmt.Errorf("%d feeds are named %q; remove one by URL: %s", len(named), urlOrName, strings.Join(urls, ", "))
		}
	}
	f := c.Feeds[match]
	c.Feeds = slices.Delete(c.Feeds, match, match+1)
	return f, nil
}
