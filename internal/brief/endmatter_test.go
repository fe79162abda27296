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

// TestPublisherFurniture: furniture as real publishers write it (a kicker
// or dateline in capitals, a reporter's name alone above the lead, an
// editing note, a correction, a paywall, an authorisation line, a price
// notice, footnotes, a read-more link, the paper's name at the end) is in
// no section; prose that only looks like it stays in the body.
func TestPublisherFurniture(t *testing.T) {
	lead := "<p>Copper smelters in Chile cut output in November as concentrate supply tightened, the state agency said.</p>"
	for _, tc := range []struct {
		name, content, gone, kept string
	}{
		{"caps kicker", "<p>MINING</p>" + lead, "MINING", ""},
		{"caps dateline", "<p>SANTIAGO</p>" + lead, "SANTIAGO", ""},
		{"reporter alone", "<p>Ana María Soto</p>" + lead, "Ana María Soto", ""},
		{"sentence over the lead stays", "<p>Good morning.</p>" + lead, "", "Good morning."},
		{"h2 over the lead stays", "<h2>Smelters</h2>" + lead, "", "Smelters"},
		{"editing note", "<p><em>This interview has been edited for length.</em></p>" + lead, "edited for length", ""},
		{"correction", lead + "<p>Correction: A previous version of this story gave the wrong month.</p>", "previous version", ""},
		{"earlier version in prose stays", lead + "<p>An earlier version of the smelting law was struck down in 2019.</p>", "", "struck down in 2019"},
		{"paywall", lead + "<p>This story is available to subscribers. Sign in.</p><p>More text here.</p>", "subscribers", ""},
		{"authorisation", lead + "<p>Authorised for release by the Board of Andes Copper Ltd.</p>", "Authorised", ""},
		{"price notice", lead + "<p>Prices are indicative. The Letter accepts no liability for any loss.</p>", "indicative", ""},
		{"indicative in prose stays", lead + "<p>Prices are indicative of a tight market, a trader said in Lima.</p>", "", "indicative of a tight market"},
		{"liability in prose stays", lead + "<p>The company accepts no liability for the spill, its lawyers said.</p>", "", "accepts no liability for the spill"},
		{"footnote list", lead + "<p>[1] Cochilco monthly report.</p><p>[2] Company filings.</p>", "Cochilco", ""},
		{"bare footnote", lead + "<p>1 Cochilco monthly report.</p>", "Cochilco", ""},
		{"superscript glued to a lower-case accented word stays", lead + "<p>²élan in the tender lifted bids, traders said.</p>", "", "lan in the tender lifted bids"},
		{"numbered prose then more prose stays", lead + "<p>3 Chinese smelters bid for the concentrate.</p><p>The tender closes in January, the agency said.</p>", "", "3 Chinese smelters bid"},
		{"read-more link", "<p>Copper smelters in Chile cut output. <a href=\"https://x.example/a\">Read more »</a></p>", "Read more", ""},
		{"read more in prose stays", "<p>Readers can read more in the agency's report, published on Friday, about smelters.</p>", "", "read more in the agency"},
		{"masthead at the end", lead + "<p>The Copper Courier</p>", "Copper Courier", ""},
		{"last sentence naming a paper stays", lead + "<p>The Copper Courier first reported the cut.</p>", "", "first reported the cut"},
	} {
		s := extractGoneKept(t, tc.name, tc.content, tc.gone, tc.kept)
		if !strings.Contains(s.Body, "smelters") && !strings.Contains(s.Body, "Smelters") {
			t.Errorf("%s: the story itself is lost: %q", tc.name, s.Body)
		}
	}
	for _, tc := range []struct{ in, want string }{
		{"&lt;p&gt;Lithium &amp;amp; cobalt&lt;/p&gt;", "Lithium & cobalt"},
		{"&lt;5% of supply &amp; falling", "&lt;5% of supply &amp; falling"},
		{"<p>&lt;b&gt; is a tag</p>", "<p>&lt;b&gt; is a tag</p>"},
	} {
		if got := unescapeWhole(tc.in); tc.want == "Lithium & cobalt" {
			if b := Extract(tc.in, "").Body; b != tc.want {
				t.Errorf("Extract(%q).Body = %q, want %q", tc.in, b, tc.want)
			}
		} else if got != tc.want {
			t.Errorf("unescapeWhole(%q) = %q, want it unchanged", tc.in, got)
		}
	}
}
