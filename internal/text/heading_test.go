package text

import "testing"

// TestLeadStart checks that a release's heading lines are skipped before
// the lead and that prose, names with tickers and lone lines are not.
func TestLeadStart(t *testing.T) {
	for _, c := range []struct {
		body, lead string
	}{
		{"ASX ANNOUNCEMENT\n\nQorvath Graphite Limited signed a deal.", "Qorvath Graphite Limited signed a deal."},
		{"NEWS RELEASE\n14 August 2026\n\nQorvath Lithium Corp. reports.", "Qorvath Lithium Corp. reports."},
		{"FOR IMMEDIATE RELEASE\nQorvath Cobalt said output rose.", "Qorvath Cobalt said output rose."},
		{"Highlights:\n- Output rose.", "- Output rose."},
		{"Qorvath Graphite Ltd (ASX: QGR)\nThe company signed a deal.", "Qorvath Graphite Ltd (ASX: QGR)\nThe company signed a deal."},
		{"Output rose in May.\nPrices fell.", "Output rose in May.\nPrices fell."},
		{"Shares of Lynas rose\nafter the report.", "Shares of Lynas rose\nafter the report."},
		{"ASX ANNOUNCEMENT", "ASX ANNOUNCEMENT"},
		{"One Two Three Four Five Six Seven Eight Nine\nText follows.", "One Two Three Four Five Six Seven Eight Nine\nText follows."},
	} {
		src := "Title\n\n" + c.body
		if got := src[LeadStart(src, 7):]; got != c.lead {
			t.Errorf("%q: lead starts at %q, want %q", c.body, got, c.lead)
		}
	}
}
