package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"runtime/debug"
	"sync"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/feeds"
	"github.com/lode-reader/lode/internal/classify"
	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/config"
	"github.com/lode-reader/lode/internal/ingest"
	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/minerals"
	"github.com/lode-reader/lode/internal/store"
)

// env is an opened lode home: config, cache and the enrichment pipeline.
type env struct {
	// mu guards cfg where the reader's commands run at once (a refresh
	// following a moved feed while the user edits the watchlist).
	mu       sync.Mutex
	home     config.Home
	cfg      config.Config
	cfgSaved bool // the config file exists
	store    *store.Store
	dict     *companies.Dictionary
	mins     *minerals.Set // mineral tags, for mineral: in queries
	pipe     *ingest.Pipeline
	// spelling maps a watched company's canonical name to how config.toml
	// spells it ("LYC"), so saving keeps the user's own words.
	spelling map[string]string
	// lazy, when not nil, builds dict and pipe on first use (see
	// openForFetch and ensure); skip is the SkipUnchanged lookup to give
	// the pipeline.
	lazy   *sync.Once
	skip   func(feedURL string) map[string]string
	stderr io.Writer
	// build makes the dictionary and the classifier (pipeline; tests
	// inject one that fails).
	build pipelineBuilder
	// lazyErr is why the lazy build failed (set once, by lazy.Do).
	lazyErr error
	// built is closed once the lazy build has finished, failed or not:
	// after it, dict, pipe and lazyErr may be read without waiting.
	built chan struct{}
	// watchErr is why a configured watched company stayed unresolved by a
	// deferred build (the reader shows it; the entry is kept as written).
	watchErr error
	// savedNames is the company names the cache held for the reader at
	// its start (storedCompanyNames), as saved.
	savedNames string
}

// buildMode says when loadConfigMode builds the dictionary and classifier.
type buildMode int

const (
	// buildNow builds them before returning: a bad config is an error.
	buildNow buildMode = iota
	// buildLazy leaves them to the first item to enrich when the config
	// adds nothing to the bundled data and watches no company (fetch).
	buildLazy
	// buildDeferred always leaves them, and the watchlist's resolution, to
	// ensure (the reader, which draws its first frame from the cache
	// meanwhile).
	buildDeferred
)

// buildGCPercent is the GC target while the dictionary and the classifier
// are built (GOGC's default is 100).
const buildGCPercent = 400

// pipelineBuilder makes the dictionary and the classifier from a config.
type pipelineBuilder func(config.Config) (*companies.Dictionary, *ingest.Pipeline, error)

// pipeline builds the dictionary and classifier from the user's config.
// The two are built at once: each decodes and indexes its data files, and
// together they are most of the time a start takes before the first frame.
//
// The build allocates about 9 MB of short-lived data decoding TOML into a
// heap that starts near empty, so the collector would run several times
// during it; a laxer GC target for the build alone (restored before
// returning) lets it finish with fewer collections.
func pipeline(cfg config.Config) (*companies.Dictionary, *ingest.Pipeline, error) {
	defer debug.SetGCPercent(debug.SetGCPercent(buildGCPercent))
	var (
		cls    *classify.Classifier
		clsErr error
		done   = make(chan struct{})
	)
	go func() {
		defer close(done)
		cls, clsErr = classify.New(classify.Options{Threshold: cfg.Threshold, Extra: cfg.Lexicon})
	}()
	dict, err := companies.New(cfg.Companies)
	<-done
	if err != nil {
		return nil, nil, fmt.Errorf("companies in config: %w", err)
	}
	if clsErr != nil {
		return nil, nil, fmt.Errorf("lexicon in config: %w", clsErr)
	}
	return dict, ingest.New(dict, cls), nil
}

// loadConfig resolves the home and reads its config, without opening the cache.
func (a *app) loadConfig() (*env, error) { return a.loadConfigMode(buildNow) }

// loadConfigMode is loadConfig building the dictionary and the classifier
// when mode says. With buildLazy, when the config adds nothing to the
// bundled dictionary and lexicon and watches no company (so building them
// cannot fail and nothing needs them yet), they are left to be built by the
// first item to enrich; with buildDeferred they always are, and the
// watchlist stays as written until ensure resolves it.
func (a *app) loadConfigMode(mode buildMode) (*env, error) {
	home, err := config.ResolveHome(a.home, a.getenv)
	if err != nil {
		return nil, err
	}
	cfg, exists, err := config.Load(home.ConfigPath)
	if err != nil {
		return nil, err
	}
	e := &env{home: home, cfg: cfg, cfgSaved: exists, stderr: a.stderr, build: a.buildPipeline}
	if e.build == nil {
		e.build = pipeline
	}
	if e.mins, err = minerals.Default(); err != nil {
		return nil, fmt.Errorf("mineral list: %w", err)
	}
	e.spelling = map[string]string{}
	if mode == buildDeferred || mode == buildLazy && len(cfg.Companies) == 0 && len(cfg.Lexicon) == 0 && len(cfg.Watchlist) == 0 {
		e.lazy, e.built = &sync.Once{}, make(chan struct{})
		return e, nil
	}
	if e.dict, e.pipe, err = e.build(cfg); err != nil {
		return nil, fmt.Errorf("config %s: %w", home.ConfigPath, err)
	}
	// Watched companies must be known, and are kept by their canonical names
	// ("LYC" and "lynas rare earths" both watch Lynas Rare Earths).
	canon, err := canonicalCompanies(e.dict, cfg.Watchlist)
	if err != nil {
		return nil, fmt.Errorf("config %s: watchlist: %w", home.ConfigPath, err)
	}
	e.setCanonicalWatchlist(cfg.Watchlist, canon)
	return e, nil
}

// setCanonicalWatchlist keeps the watchlist by canonical names, remembering
// how the config spelt each so that saving keeps the user's own words.
func (e *env) setCanonicalWatchlist(raw, canon []string) {
	e.cfg.Watchlist = canon
	for i, r := range raw {
		if i < len(canon) {
			if _, seen := e.spelling[canon[i]]; !seen {
				e.spelling[canon[i]] = r
			}
		}
	}
}

// ensure builds the dictionary and the classifier when they were left lazy
// (once: concurrent callers wait for the one build) and returns why the
// build failed. A deferred build also resolves the watchlist: an unknown
// watched company is kept as written and reported by watchErr.
func (e *env) ensure() error {
	if e.lazy == nil {
		return nil
	}
	e.lazy.Do(func() {
		defer close(e.built)
		e.mu.Lock()
		cfg := e.cfg
		e.mu.Unlock()
		dict, pipe, err := e.build(cfg)
		if err != nil {
			e.lazyErr = fmt.Errorf("config %s: %w", e.home.ConfigPath, err)
			return
		}
		if e.skip != nil {
			pipe.SkipUnchanged(e.skip)
		}
		e.mu.Lock()
		defer e.mu.Unlock()
		raw := e.cfg.Watchlist
		canon := make([]string, 0, len(raw))
		for _, w := range raw {
			c, err := canonicalCompanies(dict, []string{w})
			if err != nil {
				if e.watchErr == nil {
					e.watchErr = fmt.Errorf("config %s: watchlist: %w", e.home.ConfigPath, err)
				}
				c = []string{w}
			}
			canon = append(canon, c[0])
		}
		e.setCanonicalWatchlist(raw, canon)
		e.dict, e.pipe = dict, pipe
	})
	return e.lazyErr
}

// ready reports whether dict and pipe may be read now: built before the
// config was returned, or by a finished ensure.
func (e *env) ready() bool {
	if e.lazy == nil {
		return true
	}
	select {
	case <-e.built:
		return true
	default:
		return false
	}
}

// open loads the config and opens the cache, re-scoring items scored by an
// older classifier or dictionary first: the commands that print cached
// items wait for it (newest first; an interrupted run keeps its progress).
func (a *app) open(ctx context.Context) (*env, error) {
	return a.openCache(ctx, true)
}

// openNoRescore is open leaving the cache's rescoring to the caller: the
// reader rescores in the background, and fetch does not need it (it
// enriches what it writes, and prints only what it wrote).
func (a *app) openNoRescore(ctx context.Context) (*env, error) {
	return a.openCache(ctx, false)
}

// openForFetch is openNoRescore for `lode fetch`: the dictionary and the
// classifier are built only when a feed brings an item to enrich (see
// loadConfigLazy), so a refresh where every feed answers 304 does not
// spend a third of its time building them.
func (a *app) openForFetch(ctx context.Context) (*env, error) {
	return a.openCacheMode(ctx, false, buildLazy)
}

// openForReader is openNoRescore for the reader: the dictionary and the
// classifier are built by ensure, which the reader starts once its first
// frame is on screen (its refresh and rescoring call it first).
func (a *app) openForReader(ctx context.Context) (*env, error) {
	return a.openCacheMode(ctx, false, buildDeferred)
}

func (a *app) openCache(ctx context.Context, rescore bool) (*env, error) {
	return a.openCacheMode(ctx, rescore, buildNow)
}

func (a *app) openCacheMode(ctx context.Context, rescore bool, mode buildMode) (*env, error) {
	e, err := a.loadConfigMode(mode)
	if err != nil {
		return nil, err
	}
	if err := e.home.Prepare(); err != nil {
		return nil, err
	}
	e.store, err = store.Open(e.home.CachePath)
	if err != nil {
		return nil, err
	}
	if rescore {
		if _, err := e.pipe.Rescore(ctx, e.store); err != nil {
			e.store.Close()
			return nil, fmt.Errorf("cache %s: %w", e.home.CachePath, err)
		}
	}
	st := e.store
	e.skip = func(feedURL string) map[string]string {
		known, err := st.Known(context.Background(), feedURL)
		if err != nil {
			return nil // fall back to processing every item
		}
		return known
	}
	if e.pipe != nil {
		e.pipe.SkipUnchanged(e.skip)
	}
	return e, nil
}

// process enriches a parsed feed's items (the poller's Processor),
// building the dictionary and classifier first when they were left lazy.
// With no extra companies or lexicon that build should not fail (the
// bundled data are checked by their tests); if it does, every feed that
// brings items fails with the cause, and the poller saves nothing of it
// and keeps its validators, so the next refresh fetches it again.
func (e *env) process(feed *gofeed.Feed, feedURL, feedName string) ([]item.Item, error) {
	if err := e.ensure(); err != nil {
		return nil, err
	}
	return e.pipe.Process(feed, feedURL, feedName), nil
}

func (e *env) close() {
	if e.store != nil {
		e.store.Close()
	}
}

// saveConfig writes the config, creating the file from the template if
// needed. Where the reader runs commands at once, callers hold e.mu.
func (e *env) saveConfig() error {
	cfg := e.cfg
	// Watched companies are saved as the user spelt them; the watchlist
	// line stays even when it is empty.
	cfg.Watchlist = make([]string, 0, len(e.cfg.Watchlist))
	for _, w := range e.cfg.Watchlist {
		if raw, ok := e.spelling[w]; ok {
			w = raw
		}
		cfg.Watchlist = append(cfg.Watchlist, w)
	}
	if err := config.Save(e.home.ConfigPath, cfg); err != nil {
		return err
	}
	e.cfgSaved = true
	return nil
}

// watchlist returns a copy of the configured watchlist.
func (e *env) watchlist() []string {
	e.mu.Lock()
	defer e.mu.Unlock()
	return append([]string(nil), e.cfg.Watchlist...)
}

// setWatchlist replaces the watchlist and saves the config.
func (e *env) setWatchlist(w []string) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.cfg.Watchlist = append([]string(nil), w...)
	return e.saveConfig()
}

// configuredFeeds converts the config's feeds for the poller.
func (e *env) configuredFeeds() []feeds.Feed {
	e.mu.Lock()
	defer e.mu.Unlock()
	out := make([]feeds.Feed, len(e.cfg.Feeds))
	for i, f := range e.cfg.Feeds {
		out[i] = feeds.Feed{URL: f.URL, Name: f.Name, Tags: f.Tags, FullText: fullTextMode(f.FullText)}
	}
	return out
}

// fullTextMode maps the config's full_text to the poller's mode.
func fullTextMode(f config.FullText) feeds.FullText {
	switch f {
	case config.FullTextOn:
		return feeds.FullTextOn
	case config.FullTextAuto:
		return feeds.FullTextAuto
	}
	return feeds.FullTextOff
}

// poller builds a poller over the cache with the config's settings.
func (e *env) poller(workers int, force bool, client *http.Client) *feeds.Poller {
	return feeds.New(e.store, e.process, e.pollerOptions(workers, force, client))
}

// pollerOptions are the config's poller settings.
func (e *env) pollerOptions(workers int, force bool, client *http.Client) feeds.Options {
	if workers <= 0 {
		workers = e.cfg.Workers
	}
	return feeds.Options{
		Workers:   workers,
		Timeout:   time.Duration(e.cfg.TimeoutSeconds) * time.Second,
		UserAgent: "lode/" + version + " (+https://github.com/lode-reader/lode)",
		Force:     force,
		Client:    client,
	}
}

// followMoves updates the config after a refresh: configured URLs follow
// permanent redirects, and feeds added without a name take the feed's title.
func (e *env) followMoves(rs []feeds.Result) error {
	e.mu.Lock()
	defer e.mu.Unlock()
	changed := false
	for _, r := range rs {
		for i := range e.cfg.Feeds {
			f := &e.cfg.Feeds[i]
			if f.URL != r.Feed.URL {
				continue
			}
			if r.MovedTo != "" {
				f.URL = r.MovedTo
				changed = true
			}
			if f.Name == "" && r.Title != "" {
				f.Name = r.Title
				changed = true
			}
		}
	}
	if changed {
		return e.saveConfig()
	}
	return nil
}

// retention is the config's retention rule for the cache.
func (e *env) retention() store.Retention {
	e.mu.Lock()
	defer e.mu.Unlock()
	return store.Retention{KeepDays: e.cfg.KeepDays, MaxPerFeed: e.cfg.MaxItemsPerFeed}
}

// prune applies the config's retention to the cache (after a refresh and
// by `lode vacuum`); starred items are always kept.
func (e *env) prune(ctx context.Context) (int, error) {
	n, err := e.store.Prune(ctx, e.retention(), time.Now())
	if err != nil {
		return 0, fmt.Errorf("cache %s: %w", e.home.CachePath, err)
	}
	return n, nil
}
