// Package item holds the briefing record shared by the poller, the cache,
// the command line and the reader, and its stable JSON form.
package item

import (
	"time"

	"github.com/lode-reader/lode/internal/brief"
)

// Ideology is the classifier's verdict on an item.
type Ideology struct {
	// Score is in [0,1]; higher means more political/ideological content.
	Score float64
	// Flagged is Score >= the configured threshold.
	Flagged bool
	// Reasons are the phrases or sentences that drove the score, with weights.
	Reasons []string
	// PoliticalShare is the share of the text's sentences that are political.
	PoliticalShare float64
	// Version identifies the classifier and lexicon that produced the score.
	Version string
}

// Item is one briefing as lode keeps it.
type Item struct {
	ID        int64
	FeedURL   string
	FeedName  string
	GUID      string
	Title     string
	Link      string
	Published time.Time
	Companies []string
	Ideology  Ideology
	Sections  brief.Sections
	Read      bool
	Starred   bool
	// Hash identifies the item's content, to tell an edited item from an unchanged one.
	Hash string
}
