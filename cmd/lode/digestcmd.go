package main

import (
	"context"
	"flag"
	"fmt"
	"time"

	"github.com/lode-reader/lode/internal/digest"
)

func (a *app) digest(ctx context.Context, args []string) error {
	fs := a.flags("digest")
	since := fs.String("since", "", "items since `WHEN`: 24h, 7d, 2026-11-28, RFC 3339 (default: since the previous digest)")
	watch := fs.Bool("watchlist", false, "only companies on the watchlist")
	format := fs.String("format", "text", "output `FORMAT`: text, markdown or json")
	compact := fs.Bool("compact", false, "one line per item (text and markdown)")
	mark := fs.Bool("mark", false, "move the \"since the previous digest\" mark to now (the default on a terminal, not in a pipe; --mark=false never moves it)")
	comps := companyFlag(fs, "only items about `NAME` (repeatable)")
	qtext := fs.String("query", "", "only items matching `Q` in the query language (tag:lithium -is:flagged ...)")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	if *format != "text" && *format != "markdown" && *format != "json" {
		return usagef("--format %q: want text, markdown or json", *format)
	}
	if *compact && *format == "json" {
		return usagef("--compact works with text and markdown, not json")
	}
	// A digest read on a terminal moves the mark; one piped into another
	// program (| head, | mail) does not, unless --mark says so.
	tty, width := a.terminal()
	remember := tty
	fs.Visit(func(f *flag.Flag) {
		if f.Name == "mark" {
			remember = *mark
		}
	})
	now := time.Now()
	from, err := sinceFlag(*since, now)
	if err != nil {
		return err
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
		switch {
		case *format == "markdown" && *compact:
			err = d.CompactMarkdown(a.stdout)
		case *format == "markdown":
			err = d.Markdown(a.stdout)
		case *format == "json":
			err = d.JSON(a.stdout)
		case *compact:
			if !tty {
				width = 0 // whole lines for a pipe
			}
			err = d.CompactText(a.stdout, width)
		default:
			err = d.Text(a.stdout)
		}
		if err != nil {
			return err
		}
	}
	if !remember {
		return nil
	}
	return digest.Remember(ctx, e.store, now)
}
