package main

import (
	"context"
	"fmt"
	"strings"

	"github.com/lode-reader/lode/internal/config"
)

// feedsAccept follows a feed's pending permanent redirect to another host:
// the cache moves the feed's items and state to the new URL, and the config
// lists the new URL. lode never does this on its own.
func (a *app) feedsAccept(ctx context.Context, args []string) error {
	fs := a.flags("feeds accept")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		return usagef("feeds accept needs exactly one URL or name")
	}
	e, err := a.open(ctx)
	if err != nil {
		return err
	}
	defer e.close()
	i, err := findFeed(&e.cfg, pos[0])
	if err != nil {
		return fmt.Errorf("%w in %s (see 'lode feeds list')", err, e.home.ConfigPath)
	}
	f := e.cfg.Feeds[i]
	st, err := e.store.FeedState(ctx, f.URL)
	if err != nil {
		return err
	}
	if st.PendingURL == "" {
		return fmt.Errorf("%s has no pending move (see 'lode feeds list')", displayName(f))
	}
	if err := config.CheckURL(st.PendingURL); err != nil {
		return fmt.Errorf("%s: not moved: %w", displayName(f), err)
	}
	if other, ok := e.cfg.FindURL(st.PendingURL); ok {
		return fmt.Errorf("%s: not moved: %s is already in %s", displayName(f), other.URL, e.home.ConfigPath)
	}
	if err := e.store.MoveFeed(ctx, f.URL, st.PendingURL); err != nil {
		return err
	}
	e.cfg.Feeds[i].URL = st.PendingURL
	if err := e.saveConfig(); err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "moved %s from %s to %s\n", displayName(f), f.URL, st.PendingURL)
	return nil
}

// findFeed returns the index of the configured feed with this URL, or else
// the one feed with this name (case-insensitive).
func findFeed(cfg *config.Config, urlOrName string) (int, error) {
	want := config.NormalizeURL(urlOrName)
	var named []int
	for i, f := range cfg.Feeds {
		if config.NormalizeURL(f.URL) == want {
			return i, nil
		}
		if f.Name != "" && strings.EqualFold(f.Name, urlOrName) {
			named = append(named, i)
		}
	}
	switch len(named) {
	case 0:
		return -1, fmt.Errorf("no feed %q", urlOrName)
	case 1:
		return named[0], nil
	}
	return -1, fmt.Errorf("%d feeds are named %q: give the URL", len(named), urlOrName)
}
