package main

import (
	"context"
	"fmt"
	"time"

	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/config"
	"github.com/lode-reader/lode/ui"

	"github.com/lode-reader/lode/internal/query"
	"github.com/lode-reader/lode/internal/store"
)

// queryEnv is what query names resolve against: the dictionary, the
// mineral tags, the configured feeds and their tags, the watchlist and now.
func (e *env) queryEnv(now time.Time) query.Env {
	e.mu.Lock()
	defer e.mu.Unlock()
	fs := make([]query.Feed, len(e.cfg.Feeds))
	for i, f := range e.cfg.Feeds {
		fs[i] = query.Feed{URL: f.URL, Name: f.Name, Tags: f.Tags, Hidden: f.Hidden}
	}
	var dict query.Companies = e.dict
	if e.lazy != nil {
		dict = dictWhenBuilt{e}
	}
	return query.Env{Now: now, Companies: dict, Minerals: e.mins, Feeds: fs, Watchlist: append([]string(nil), e.cfg.Watchlist...)}
}

// dictWhenBuilt is the dictionary of an env that builds it lazily (the
// reader's): a lookup waits for the build (ensure), so a query naming a
// company resolves exactly as once it is built; if the build failed, no
// company is known. Companies, which only offers completions, does not
// wait: none until the build is done.
type dictWhenBuilt struct{ e *env }

// Find looks a company up once the dictionary is built.
func (d dictWhenBuilt) Find(name string) (companies.Company, bool) {
	if d.e.ensure() != nil {
		return companies.Company{}, false
	}
	return d.e.dict.Find(name)
}

// Suggest gives the closest known names once the dictionary is built.
func (d dictWhenBuilt) Suggest(name string, n int) []string {
	if d.e.ensure() != nil {
		return nil
	}
	return d.e.dict.Suggest(name, n)
}

// Companies lists the dictionary's companies if it is built, else none.
func (d dictWhenBuilt) Companies() []companies.Company {
	if !d.e.ready() || d.e.dict == nil {
		return nil
	}
	return d.e.dict.Companies()
}

// compileQuery reads a --query flag: a query that does not parse or names
// something unknown is a usage error naming the token and its column.
// Hidden feeds' items are left out unless the query names them.
func (e *env) compileQuery(q string, now time.Time) (*store.Cond, error) {
	c, err := query.CompileVisible(q, e.queryEnv(now))
	if err != nil {
		return nil, usagef("--query: %v", err)
	}
	return c, nil
}

// viewOptions gives the reader the query environment, the tabs from the
// config, a way to save a new tab, and the feeds view's data.
func (e *env) viewOptions(o *ui.Options) {
	o.QueryEnv = func() query.Env { return e.queryEnv(time.Now()) }
	for _, v := range e.cfg.Views {
		o.Views = append(o.Views, ui.View{Name: v.Name, Query: v.Query, Sort: v.Sort})
	}
	o.SaveView = func(v ui.View) error {
		e.mu.Lock()
		defer e.mu.Unlock()
		if !e.cfgSaved {
			// A home without a config file gets one first, so the view
			// does not become its only setting.
			if err := e.saveConfig(); err != nil {
				return err
			}
		}
		cv := config.View{Name: v.Name, Query: v.Query, Sort: v.Sort}
		if err := config.AppendView(e.home.ConfigPath, cv); err != nil {
			return err
		}
		e.cfg.Views = append(e.cfg.Views, cv)
		return nil
	}
	o.Feeds = func(ctx context.Context) ([]ui.FeedInfo, error) {
		stats, err := e.store.FeedStats(ctx)
		if err != nil {
			return nil, fmt.Errorf("list feeds: %w", err)
		}
		byURL := map[string]int{}
		for i, s := range stats {
			byURL[config.NormalizeURL(s.URL)] = i
		}
		e.mu.Lock()
		defer e.mu.Unlock()
		var out []ui.FeedInfo
		for _, f := range e.cfg.Feeds {
			fi := ui.FeedInfo{Name: f.Name, Tags: f.Tags, Hidden: f.Hidden}
			if i, ok := byURL[config.NormalizeURL(f.URL)]; ok {
				fi.FeedStats = stats[i]
			}
			fi.URL = f.URL
			if fi.Name == "" {
				fi.Name = fi.Title
			}
			out = append(out, fi)
		}
		return out, nil
	}
}
