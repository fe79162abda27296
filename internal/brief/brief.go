// Package brief turns a briefing's HTML into clean text split into the
// sections lode shows: highlights, body, analysis and takeaway.
package brief

import "github.com/lode-reader/lode/internal/text"

// Sections is an item's text split into the parts the reader shows.
type Sections struct {
	// Highlights are the bullet points at the top of a briefing.
	Highlights []string `json:"highlights"`
	// HighlightsDerived is true when the item had no highlights of its own
	// and Highlights holds its most informative sentences instead.
	HighlightsDerived bool `json:"highlights_derived,omitempty"`
	// Body is the prose that is neither highlights, analysis nor takeaway.
	Body string `json:"body"`
	// Analysis is the publisher's analysis section, if any.
	Analysis string `json:"analysis"`
	// AnalysisTitle is the analysis heading's subtitle ("Fact vs. Function").
	AnalysisTitle string `json:"analysis_title,omitempty"`
	// Takeaway is the investor takeaway / bottom line, if any.
	Takeaway string `json:"takeaway"`
	// Links are the link targets referenced in the text as [1], [2], ...
	Links []string `json:"links,omitempty"`
}

// Doc is the text.Doc of an item titled title with these sections, the
// form company detection, mineral tagging and the classifier read.
func (s Sections) Doc(title string) text.Doc {
	return text.Doc{Title: title, Highlights: s.Highlights, HighlightsDerived: s.HighlightsDerived,
		Body: s.Body, Analysis: s.Analysis, Takeaway: s.Takeaway}
}
