package main

import (
	"time"

	"github.com/lode-reader/lode/internal/query"
	"github.com/lode-reader/lode/internal/store"
)

// queryEnv is what query names resolve against: the dictionary, the
// configured feeds and their tags, the watchlist and now.
func (e *env) queryEnv(now time.Time) query.Env {
	e.mu.Lock()
	defer e.mu.Unlock()
	fs := make([]query.Feed, len(e.cfg.Feeds))
	for i, f := range e.cfg.Feeds {
		fs[i] = query.Feed{URL: f.URL, Name: f.Name, Tags: f.Tags}
	}
	return query.Env{Now: now, Companies: e.dict, Feeds: fs, Watchlist: append([]string(nil), e.cfg.Watchlist...)}
}

// compileQuery reads a --query flag: a query that does not parse or names
// something unknown is a usage error naming the token and its column.
func (e *env) compileQuery(q string, now time.Time) (*store.Cond, error) {
	c, err := query.Compile(q, e.queryEnv(now))
	if err != nil {
		return nil, usagef("--query: %v", err)
	}
	return c, nil
}
