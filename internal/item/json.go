package item

import "time"

// Record is the stable JSON form of an item printed by `lode list --json`,
// `show --json`, `analyze --json` and `digest --format json`. Fields are only
// ever added, never renamed or removed.
type Record struct {
	// ID is the cache's row id, the one `lode show` takes; absent for items
	// not read from the cache (analyze).
	ID *int64 `json:"id,omitempty"`
	// GUID is the item's key within its feed (Item.GUID).
	GUID string `json:"guid"`
	// Feed is the feed's name (Item.FeedName).
	Feed string `json:"feed"`
	// FeedURL is the URL of the feed the item came from.
	FeedURL string `json:"feed_url"`
	// Title is the item's title, one plain line.
	Title string `json:"title"`
	// Link is the article's http(s) URL; "" when the item has none.
	Link string `json:"link"`
	// Published is the item's date in RFC 3339, UTC; "" when the feed gave none.
	Published string `json:"published"`
	// Companies are the item's subjects (Item.Companies); [] rather than null when none.
	Companies []string `json:"companies"`
	// Mentions, Candidates, Minerals and Evidence were added with subjects
	// and mentions: companies holds the subjects only. Like Companies, each
	// is [] rather than null when empty.
	//
	// Mentions are the other companies the item names.
	Mentions []string `json:"mentions"`
	// Candidates are the names in companies and mentions not in the dictionary.
	Candidates []string `json:"candidates"`
	// Minerals are the minerals the item is about.
	Minerals []string `json:"minerals"`
	// Evidence says where each company and mineral was found and why a mention is not a subject.
	Evidence []Evidence `json:"evidence"`
	// Ideology is the classifier's verdict.
	Ideology IdeologyRecord `json:"ideology"`
	// Sections are the item's text by section.
	Sections SectionsRecord `json:"sections"`
	// Read is the reader's read mark; like ID, absent for items not read from the cache.
	Read *bool `json:"read,omitempty"`
	// Starred is the reader's star; absent like Read.
	Starred *bool `json:"starred,omitempty"`
	// TextSource is "article" when the sections came from the article page
	// (full text); absent when they are the feed's own text.
	TextSource string `json:"text_source,omitempty"`
	// FeedSummary is the feed's own text when the sections come from the article page.
	FeedSummary string `json:"feed_summary,omitempty"`
}

// IdeologyRecord is the JSON form of Ideology.
type IdeologyRecord struct {
	// Score is Ideology.Score in [0,1], rounded to three decimals.
	Score float64 `json:"score"`
	// Flagged is whether Score reached the configured threshold.
	Flagged bool `json:"flagged"`
	// Reasons are the phrases that drove the score; [] rather than null when none.
	Reasons []string `json:"reasons"`
	// PoliticalShare is the share of political sentences, rounded to three decimals.
	PoliticalShare float64 `json:"political_share"`
	// Version names the classifier and lexicon that scored the item.
	Version string `json:"version,omitempty"`
}

// SectionsRecord is the JSON form of the item's sections.
type SectionsRecord struct {
	// Highlights are the bullet points; [] rather than null when none.
	Highlights []string `json:"highlights"`
	// HighlightsDerived is true when the item had no highlights and
	// Highlights holds its most informative sentences instead.
	HighlightsDerived bool `json:"highlights_derived"`
	// Body is the prose that is neither highlights, analysis nor takeaway.
	Body string `json:"body"`
	// Analysis is the publisher's analysis section; "" when none.
	Analysis string `json:"analysis"`
	// AnalysisTitle is the analysis heading's subtitle, when it has one.
	AnalysisTitle string `json:"analysis_title,omitempty"`
	// Takeaway is the investor takeaway or bottom line; "" when none.
	Takeaway string `json:"takeaway"`
	// Links are the targets the text refers to as [1], [2], ...
	Links []string `json:"links,omitempty"`
}

// Record returns the item's JSON form; withState adds id, read and starred,
// which only cached items have.
func (it Item) Record(withState bool) Record {
	r := Record{
		GUID: it.GUID, Feed: it.FeedName, FeedURL: it.FeedURL, Title: it.Title, Link: it.Link,
		Companies: orEmpty(it.Companies), Mentions: orEmpty(it.Mentions), Candidates: orEmpty(it.Candidates),
		Minerals: orEmpty(it.Minerals), Evidence: orEmpty(it.Evidence),
		Ideology: IdeologyRecord{
			Score: round3(it.Ideology.Score), Flagged: it.Ideology.Flagged, Reasons: orEmpty(it.Ideology.Reasons),
			PoliticalShare: round3(it.Ideology.PoliticalShare), Version: it.Ideology.Version,
		},
		Sections: SectionsRecord{
			Highlights: orEmpty(it.Sections.Highlights), HighlightsDerived: it.Sections.HighlightsDerived,
			Body: it.Sections.Body, Analysis: it.Sections.Analysis, AnalysisTitle: it.Sections.AnalysisTitle,
			Takeaway: it.Sections.Takeaway, Links: it.Sections.Links,
		},
	}
	r.FeedSummary = it.FeedSummary
	if it.TextSource == SourceArticle {
		r.TextSource = "article"
	}
	if !it.Published.IsZero() {
		r.Published = it.Published.UTC().Format(time.RFC3339)
	}
	if withState {
		id, read, starred := it.ID, it.Read, it.Starred
		r.ID, r.Read, r.Starred = &id, &read, &starred
	}
	return r
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func round3(f float64) float64 {
	return float64(int64(f*1000+0.5)) / 1000
}
