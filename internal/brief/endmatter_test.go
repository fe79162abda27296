package brief

import (
	"strings"
	"testing"
)

// TestEndMatterSpellings: the end of a story in the spellings the third
// blind set showed, written anew: a forward-looking-statements heading or
// notice (body, never a derived highlight), a writer's bio, disclaimers and
// subscribe prompts; and prose that only looks like them stays.
func TestEndMatterSpellings(t *testing.T) {
	for _, tc := range []struct {
		heading string
		stop    bool
	}{
		{"Cautionary Note Regarding Forward-Looking Statements", true},
		{"Forward-Looking Information", true}, {"Safe Harbor Statement", true},
		{"Cautionary Statement", true},
		{"Forward-looking guidance for the Nevada brine project and the second well", false},
		{"Production Outlook", false}, {"Forward-looking guidance", false},
		{"Forward Looking Statements", true},
	} {
		lbl, _, _ := matchLabelKind(tc.heading)
		if got := lbl == lblBoiler; got != tc.stop {
			t.Errorf("heading %q opens the notice = %v, want %v", tc.heading, got, tc.stop)
		}
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"This news release contains forward-looking information within the meaning of Canadian securities laws.", true},
		{"Statements in this announcement that are not historical facts are forward-looking statements.", true},
		{"Certain statements herein are forward-looking statements within the meaning of the Securities Act.", true},
		{"Neither the TSX Venture Exchange nor its Regulation Services Provider accepts responsibility for the adequacy or accuracy of this release.", true},
		{"The company withdrew its forward-looking statements in May after the audit.", false},
		{"Neither the miner nor the ministry commented on the TSX Venture Exchange listing.", false},
		{"Analysts said the forward-looking guidance was cautious. This release of the data came late.", false},
	} {
		if got := isBoilerStart(line{text: tc.text, para: true}); got != tc.want {
			t.Errorf("isBoilerStart(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Rafael Ortega writes about Andean mining from Lima.", true},
		{"Daniel covers battery metals for the site.", true},
		{"Priya Nair is a senior reporter at Metals Week.", true},
		{"Jo Kim has covered the cobalt trade since 2015.", true},
		{"MP Materials covers its costs at these prices.", false},
		{"Lynas is a producer of separated rare earths in Malaysia.", false},
		{"Ryan Castle is a senior analyst at a fictional consultancy in Perth.", false},
		{"The analyst covers ten miners for the bank.", false},
		{"Albemarle reports on Wednesday.", false},
		{"Ana Lopez writes about Andean mining. " + strings.Repeat("More text here. ", 12), false},
	} {
		if got := isBio(line{text: tc.text, para: true}); got != tc.want {
			t.Errorf("isBio(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Example Letter is not a broker. Do your own research.", true},
		{"Nothing here is a recommendation to buy or sell securities.", true},
		{"This site is not a financial adviser; consult a financial adviser.", true},
		{"Thanks for reading Cobalt Notes! Subscribe for free to receive new posts.", true},
		{"Subscribe now", true}, {"Subscribe for free", true},
		{"The author holds no position in any company mentioned.", true},
		{"SOURCE Playa Lithium Corp.", true}, {"(With inputs from agencies)", true},
		{"Enditem", true}, {"###", true}, {"# # #", true}, {"Listen to this article", true},
		{"Story continues below advertisement", true}, {"Click here to subscribe to the briefing", true},
		{"Click here to see how a fictional separator doubled its output in a year while prices fell and costs rose sharply", false},
		{"Ends of the supply chain are where the margin sits.", false},
		{"This article was originally published on Example Metals.", true},
		{"Was this forwarded to you? Sign up here.", true}, {"Join our mailing list", true},
		{"Source of the leak was a burst pipe at the tailings dam, the inspectors found after a three-week review of the site and its records " + strings.Repeat("word ", 10), false},
		{"The fund holds no position in cobalt after selling its stake, " + strings.Repeat("and it said more ", 10), false},
		{"The miner is not a broker of ore but sells to traders who do their own research on grades in " + strings.Repeat("word ", 40), false},
		{"Thanks for reading the fine print, investors found the royalty had doubled, and the shares fell by a fifth on the news " + strings.Repeat("word ", 10), false},
	} {
		if got := isFurniture(line{text: tc.text, para: true}); got != tc.want {
			t.Errorf("isFurniture(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestForwardLookingNoticeIsBody: a notice under its heading after a
// takeaway leaves the takeaway and goes to the body, where the companies
// it names are still read; it is never a derived highlight.
func TestForwardLookingNoticeIsBody(t *testing.T) {
	const notice = "This release contains forward-looking statements; peers such as Example Graphite have revised theirs."
	s := Extract(`<h2>Highlights</h2><ul><li>A fictional graphite trial started in Queensland.</li><li>Samples go to two cell makers.</li></ul>
<p>The trial will run for six months at the pilot plant.</p>
<h2>Investor Takeaway</h2><p>Qualification, not output, is the test.</p>
<p><strong>Forward-Looking Statements</strong></p><p>`+notice+`</p>`, "")
	if s.Takeaway != "Qualification, not output, is the test." || !strings.Contains(s.Body, notice) {
		t.Errorf("takeaway %q, body %q: want the notice in the body only", s.Takeaway, s.Body)
	}
	u := Extract(`<p>A fictional lithium junior said on Monday that its pumping test at the Nevada brine project had fallen short of plan.</p>
<p>Forward-Looking Statements</p><p>`+notice+` Actual results may differ materially from those in 2026 and 2027.</p>`, "")
	for _, h := range u.Highlights {
		if strings.Contains(h, "forward-looking") || strings.Contains(h, "Actual results") {
			t.Errorf("derived highlight from the notice: %q", h)
		}
	}
}
