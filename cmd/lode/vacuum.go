package main

import (
	"context"
	"fmt"
)

// vacuum applies the config's retention (keep_days, max_items_per_feed;
// starred items are always kept) and gives the freed space back to the
// file system.
func (a *app) vacuum(ctx context.Context, args []string) error {
	fs := a.flags("vacuum")
	if err := parseNone(fs, args); err != nil {
		return err
	}
	e, err := a.open(ctx)
	if err != nil {
		return err
	}
	defer e.close()
	n, err := e.prune(ctx)
	if err != nil {
		return err
	}
	before, after, err := e.store.Vacuum(ctx)
	if err != nil {
		return err
	}
	fmt.Fprintf(a.stdout, "removed %d items past retention; cache %s: %s -> %s\n",
		n, e.home.CachePath, megabytes(before), megabytes(after))
	return nil
}

// megabytes formats a size in bytes for people.
func megabytes(n int64) string {
	return fmt.Sprintf("%.1f MB", float64(n)/1e6)
}
