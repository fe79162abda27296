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
	// ID is the cache's row id; zero for an item not (yet) cached.
	ID int64
	// FeedURL is the URL of the feed the item came from, as the config lists it.
	FeedURL string
	// FeedName is the feed's name from the config, else the feed's own title; one plain line.
	FeedName string
	// GUID is the item's key within its feed (ingest.Identity): the feed's
	// GUID, else the link, else "sha256:" and a hash of title and date.
	GUID string
	// Title is one plain line; "(untitled)" or the start of the text when
	// the feed gave none.
	Title string
	// Link is the article's absolute http(s) URL; empty when the feed gave
	// none or an unsafe one.
	Link string
	// Published is the item's date as the feed gave it (published, else
	// updated), UTC; zero when the feed gave none.
	Published time.Time
	// Companies are the item's subjects: the companies it is about (see
	// companies.Found.Subject). Filters, chips, counts, alerts and the
	// digest use them.
	Companies []string
	// Mentions are the other companies the item names.
	Mentions []string
	// Candidates are the names in Companies and Mentions that are not in
	// the dictionary: found by a legal or sector suffix or a ticker.
	Candidates []string
	// Minerals are the minerals the item is about ("rare earths", "NdPr").
	Minerals []string
	// Evidence says where each company and mineral was found and why a
	// mention is not a subject; only full items (not list rows) carry it.
	Evidence []Evidence
	// Ideology is the classifier's verdict on the title and sections.
	Ideology Ideology
	// Sections are the item's text split into highlights, body, analysis
	// and takeaway, plain text.
	Sections brief.Sections
	// Read is the reader's read mark; the cache keeps it across refetches.
	Read bool
	// Starred is the reader's star; starred items are never pruned by retention.
	Starred bool
	// Hash identifies the item's content, to tell an edited item from an unchanged one.
	Hash string
	// TextSource says where Sections came from: SourceFeed (the feed's own
	// text) or SourceArticle (the article page, fetched for a feed with
	// full_text on).
	TextSource string
	// FeedSummary is the feed's own text, plain, kept when the sections come
	// from the article page.
	FeedSummary string
	// IndexWords, set by enrichment (ingest), is the full-text index's
	// text column built from the words enrichment split (store.IndexWords),
	// so that preparing the cache's row does not split the text again;
	// empty, the row builds it from the item. Code that changes an
	// enriched item's title, sections, companies, mentions or minerals
	// enriches it again or empties this. It is never cached.
	IndexWords string
}

// Evidence is where an item names a company or mineral, how often, and
// what it is to the item.
type Evidence struct {
	// Name is the company's canonical (or candidate) name, or the mineral's tag.
	Name string `json:"name"`
	// Kind is "company", "candidate" (a company not in the dictionary) or "mineral".
	Kind string `json:"kind"`
	// Subject is true when the item is about it.
	Subject bool `json:"subject"`
	// Where lists the parts naming it: "title", "highlights", "lead", "body".
	Where []string `json:"where"`
	// Count is how many times the item names it.
	Count int `json:"count"`
	// Note says why it is a mention only ("one of a list", "bid target"...).
	Note string `json:"note,omitempty"`
	// Former is the former name the item used for the company, when it
	// never uses the current one.
	Former string `json:"former,omitempty"`
}

// Evidence kinds.
const (
	KindCompany   = "company"
	KindCandidate = "candidate"
	KindMineral   = "mineral"
)

// Where an item's sections came from.
const (
	// SourceFeed is the feed's own text (the zero value).
	SourceFeed = ""
	// SourceArticle is the article page the item links to.
	SourceArticle = "article"
)
