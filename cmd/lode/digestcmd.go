package main

import (
	"context"
	"fmt"
	"time"

	"github.com/lode-reader/lode/internal/digest"
)

func (a *app) digest(ctx context.Context, args []string) error {
	fs := a.flags("digest")
	since := fs.String("since", "", "items since `WHEN`: 24h, 7d, 2026-11-28, RFC 3339 (default: since the previous digest)")
	watch := fs.Bool("watchlist", false, "only companies on the watchlist")
	format := fs.String("format", "text", "output `FORMAT`: text, markdown or json")
	comps := companyFlag(fs, "only items about `NAME` (repeatable)")
	qtext := fs.String("query", "", "only items matching `Q` in the query language (tag:lithium -is:flagged ...)")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	if *format != "text" && *format != "markdown" && *format != "json" {
		return usagef("--format %q: want text, markdown or json", *format)
	}
	now := time.Now()
	var from time.Time
	if *since != "" {
		var err error
		if from, err = digest.ParseSince(*since, now); err != nil {
			return usageError{"--" + err.Error()}
		}
	}
	e, err := a.open(ctx)
	if err != nil {
		return err
	}
	defer e.close()
	o := digest.Options{Since: from, Watchlist: e.cfg.Watchlist, WatchlistOnly: *watch, Now: now}
	if o.Companies, err = e.resolveCompanies(*comps); err != nil {
		return err
	}
	if o.Where, err = e.compileQuery(*qtext, now); err != nil {
		return err
	}
	if *watch && len(e.cfg.Watchlist) == 0 {
		return fmt.Errorf("--watchlist: the watchlist in %s is empty (press w in the reader to watch a company)", e.home.ConfigPath)
	}
	d, err := digest.Build(ctx, e.store, o)
	if err != nil {
		return err
	}
	if d.Empty() && *format != "json" {
		fmt.Fprintln(a.stdout, digest.EmptyMessage(d.Since))
	} else {
		switch *format {
		case "markdown":
			err = d.Markdown(a.stdout)
		case "json":
			err = d.JSON(a.stdout)
		default:
			err = d.Text(a.stdout)
		}
		if err != nil {
			return err
		}
	}
	return digest.Remember(ctx, e.store, now)
}
