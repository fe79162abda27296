package store

import "time"

// FlagFilter selects items by their ideology flag.
type FlagFilter int

const (
	// FlagAll shows every item.
	FlagAll FlagFilter = iota
	// FlagOnly shows only ideology-flagged items.
	FlagOnly
	// FlagHide hides ideology-flagged items.
	FlagHide
)

// String names the filter as the reader shows it.
func (f FlagFilter) String() string {
	switch f {
	case FlagOnly:
		return "flagged only"
	case FlagHide:
		return "hide flagged"
	}
	return "all"
}

// Query selects cached items; every set field narrows the result (AND).
type Query struct {
	// Companies keeps items about (whose subjects include) any of these
	// canonical names.
	Companies []string
	// Mentions keeps items that name any of these companies without being
	// about them (item.Item.Mentions).
	Mentions []string
	// Minerals keeps items about any of these mineral tags.
	Minerals []string
	// Search is full text typed by the user; matched through FTS5 as prefix terms.
	Search string
	// Flag filters by the ideology flag.
	Flag FlagFilter
	// UnreadOnly keeps unread items.
	UnreadOnly bool
	// StarredOnly keeps starred items.
	StarredOnly bool
	// Since keeps items published at or after this time, or first seen at
	// or after it unless they are backfills (see BackfillGrace): what
	// arrived since then, without a new feed's archive.
	Since time.Time
	// IDs, when non-nil, keeps only these items.
	IDs []int64
	// Where, when non-nil, keeps the items the condition keeps (a parsed
	// query, see internal/query).
	Where *Cond
	// Sort orders the items; the zero value is newest first.
	Sort Sort
}

// Sort is the order of a query's items.
type Sort int

const (
	// SortNewest is newest first.
	SortNewest Sort = iota
	// SortFeed groups items by feed name (A to Z), newest first in each.
	SortFeed
	// SortCompany groups items by their first company name (A to Z; items
	// about no company last), newest first in each.
	SortCompany
)

// String names the order as the reader and the config show it.
func (s Sort) String() string {
	switch s {
	case SortFeed:
		return "feed"
	case SortCompany:
		return "company"
	}
	return "newest"
}

// ParseSort reads a Sort from its name ("newest", "feed", "company").
func ParseSort(name string) (Sort, bool) {
	for _, s := range []Sort{SortNewest, SortFeed, SortCompany} {
		if s.String() == name {
			return s, true
		}
	}
	return SortNewest, false
}

// Counts summarises a query's result for the reader's header.
type Counts struct {
	// Items matched the query; Unread and Flagged of them are unread and
	// ideology-flagged.
	Items, Unread, Flagged int
}

// CompanyCount is a company (or mineral tag) and how many cached items are about it.
type CompanyCount struct {
	// Name is the canonical company name or the mineral tag.
	Name string
	// Items counts the cached items about it.
	Items int
	// Unread counts those of Items not yet read.
	Unread int
}

// FeedState is what the poller remembers about a feed between refreshes.
type FeedState struct {
	// URL is the feed's URL as the config lists it; the state's key.
	URL string
	// Title is the feed's own title from its last successful 200 answer
	// that had one.
	Title string
	// ETag and LastModified are the validators of the last 200 answer,
	// sent back for a conditional GET; "" when the server sent none (or an
	// unprintable or over-long one).
	ETag         string
	LastModified string
	// LastAttempt and LastSuccess are when the feed was last polled and
	// last polled successfully (a 304 counts); zero for never.
	LastAttempt time.Time
	LastSuccess time.Time
	// LastError is the last failure's one-line message; "" after a success.
	LastError string
	// Failures counts the failed attempts since the last success; it sets
	// the back-off.
	Failures int
	// NextAttempt is when the feed may be polled again (back-off, Retry-After).
	NextAttempt time.Time
	// PendingURL is where the feed moved permanently, on another host; the
	// move waits for the user's confirmation.
	PendingURL string
}

// FeedStats is a feed's state with its item counts, for `lode feeds list`.
type FeedStats struct {
	FeedState
	// Items counts the feed's cached items, Unread those not yet read.
	Items, Unread int
}

// UpsertResult reports what a batch of items did to the cache.
type UpsertResult struct {
	// New items were not cached before; Updated ones were, with another
	// content hash; Unchanged ones had the same hash (their enrichment may
	// still have been rewritten).
	New, Updated, Unchanged int
	// Pruned counts items left out because retention removed them before.
	Pruned int
	// NewIDs are the ids of the items that were not cached before.
	NewIDs []int64
	// FreshIDs are the NewIDs that are not backfills (see BackfillGrace):
	// the items to announce as new.
	FreshIDs []int64
	// Backfilled counts the new items that are backfills.
	Backfilled int
	// NewGUIDs are the GUIDs of the new items, in the order of NewIDs.
	NewGUIDs []string
}
