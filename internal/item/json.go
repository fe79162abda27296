package item

import "time"

// Record is the stable JSON form of an item printed by `lode list --json`,
// `show --json`, `analyze --json` and `digest --format json`. Fields are only
// ever added, never renamed or removed.
type Record struct {
	ID        *int64   `json:"id,omitempty"`
	GUID      string   `json:"guid"`
	Feed      string   `json:"feed"`
	FeedURL   string   `json:"feed_url"`
	Title     string   `json:"title"`
	Link      string   `json:"link"`
	Published string   `json:"published"`
	Companies []string `json:"companies"`
	// Mentions, Candidates, Minerals and Evidence were added with subjects
	// and mentions: companies holds the subjects only.
	Mentions   []string       `json:"mentions"`
	Candidates []string       `json:"candidates"`
	Minerals   []string       `json:"minerals"`
	Evidence   []Evidence     `json:"evidence"`
	Ideology   IdeologyRecord `json:"ideology"`
	Sections   SectionsRecord `json:"sections"`
	Read       *bool          `json:"read,omitempty"`
	Starred    *bool          `json:"starred,omitempty"`
	// TextSource is "article" when the sections came from the article page
	// (full text); absent when they are the feed's own text.
	TextSource string `json:"text_source,omitempty"`
	// FeedSummary is the feed's own text when the sections come from the article page.
	FeedSummary string `json:"feed_summary,omitempty"`
}

// IdeologyRecord is the JSON form of Ideology.
type IdeologyRecord struct {
	Score          float64  `json:"score"`
	Flagged        bool     `json:"flagged"`
	Reasons        []string `json:"reasons"`
	PoliticalShare float64  `json:"political_share"`
	Version        string   `json:"version,omitempty"`
}

// SectionsRecord is the JSON form of the item's sections.
type SectionsRecord struct {
	Highlights        []string `json:"highlights"`
	HighlightsDerived bool     `json:"highlights_derived"`
	Body              string   `json:"body"`
	Analysis          string   `json:"analysis"`
	AnalysisTitle     string   `json:"analysis_title,omitempty"`
	Takeaway          string   `json:"takeaway"`
	Links             []string `json:"links,omitempty"`
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
