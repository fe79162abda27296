package brief

import (
	"slices"
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"One sentence.", []string{"One sentence."}},
		{"Prices rose 2.5% today. Traders cheered!  Why? Nobody knows.", []string{"Prices rose 2.5% today.", "Traders cheered!", "Why?", "Nobody knows."}},
		{"Spinifex Lithium Corp. of Perth said so. Dr. Marsh agreed.", []string{"Spinifex Lithium Corp. of Perth said so.", "Dr. Marsh agreed."}},
		{"The U.S. and the E.U. disagree. J. K. Smith spoke.", []string{"The U.S. and the E.U. disagree.", "J. K. Smith spoke."}},
		{`He said "stop." Then he left.`, []string{`He said "stop."`, "Then he left."}},
		{"Output fell (by 5%.) Prices rose.", []string{"Output fell (by 5%.)", "Prices rose."}},
		{"e.g. lithium and cobalt. 2026 looks better.", []string{"e.g. lithium and cobalt.", "2026 looks better."}},
		{"first line\nsecond line. third", []string{"first line", "second line. third"}},
		{"Wait… Then more.", []string{"Wait…", "Then more."}},
		{"", nil},
		{"  \n \n", nil},
	}
	for _, c := range cases {
		if got := Sentences(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Sentences(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestDerivedHighlightsDeterministicAndVerbatim(t *testing.T) {
	in := "<p>The fictional Orca Cobalt said output rose 12% to 4,100 tonnes in the June quarter.</p>" +
		"<p>It was a good quarter.</p><p>Orca Cobalt (TSX: ORC) expects a further 8% rise in 2027 from its Congo mine.</p>" +
		"<p>Shares were flat.</p><p>The mine employs many people in the area and has done so for a long time now.</p>"
	first := Extract(in, "")
	for i := 0; i < 20; i++ {
		if got := Extract(in, ""); !slices.Equal(got.Highlights, first.Highlights) {
			t.Fatalf("not deterministic: %q vs %q", got.Highlights, first.Highlights)
		}
	}
	want := []string{
		"The fictional Orca Cobalt said output rose 12% to 4,100 tonnes in the June quarter.",
		"Orca Cobalt (TSX: ORC) expects a further 8% rise in 2027 from its Congo mine.",
		"The mine employs many people in the area and has done so for a long time now.",
	}
	if !slices.Equal(first.Highlights, want) || !first.HighlightsDerived {
		t.Errorf("derived = %q (%v), want %q", first.Highlights, first.HighlightsDerived, want)
	}
	if first.Analysis != "" || first.Takeaway != "" {
		t.Errorf("unstructured item got analysis %q takeaway %q", first.Analysis, first.Takeaway)
	}
}

// TestStripDateline: a derived highlight loses the wire or release
// dateline that opens the story, and keeps every other sentence whole.
func TestStripDateline(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"LONDON, Dec 3 (Reuters) - Antimony rose.", "Antimony rose."},
		// Session 29, second round: a Latin American agency's ".-" after its tag.
		{"Quito, Nov 4 (Example Agency).- The ministry signed the permit.", "The ministry signed the permit."},
		{"Lima, Nov 4 (EXA) .- Output rose.", "Output rose."},
		{"BEIJING, Dec. 3 (Xinhua) -- Output grew 6 percent.", "Output grew 6 percent."},
		{"DENVER, Dec. 1, 2026 /PRNewswire/ -- Acme Corp. (NASDAQ: ACME) signed a deal.", "Acme Corp. (NASDAQ: ACME) signed a deal."},
		{"TOKYO, Dec 3, 2026 - (JCN Newswire) - Shirogane will build a plant.", "Shirogane will build a plant."},
		{"Vancouver, British Columbia--(Newsfile Corp. - December 5, 2026) - Kettle Graphite reported grades.", "Kettle Graphite reported grades."},
		{"Lynas (ASX: LYC) - the largest producer outside China - raised output.", "Lynas (ASX: LYC) - the largest producer outside China - raised output."},
		{"Output rose 12% in Q3 (after a halt) - the best quarter.", "Output rose 12% in Q3 (after a halt) - the best quarter."},
		{"PERTH, Dec 4 (Reuters) - ", "PERTH, Dec 4 (Reuters) - "},
		{"(Metals Desk) -- Nickel fell 2%.", "Nickel fell 2%."},
		{"DAKAR, Senegal (Example Press) — Senegal will tax exports.", "Senegal will tax exports."},
		// Session 29: a two-letter agency; a city in capitals must lead.
		{"DAKAR, Senegal (EP) — Senegal will tax exports.", "Senegal will tax exports."},
		{"Output (t) — up 4% — beat guidance.", "Output (t) — up 4% — beat guidance."},
		{"ELKO, NV / ACCESSWIRE / March 2, 2026 / Acme Lithium Corp. announces a permit.", "Acme Lithium Corp. announces a permit."},
		{"Prices (in dollars) - as quoted - rose.", "Prices (in dollars) - as quoted - rose."},
		{"Lynas (ASX: LYC) — the producer — grew.", "Lynas (ASX: LYC) — the producer — grew."},
		// Session 28, second round: a place glued to the distributor by
		// double hyphens; a hyphenated name in prose stays.
		{"HOUSTON--(EXAMPLE WIRE)--Acme Tungsten Inc. (NYSE: ACT) opened a mill.", "Acme Tungsten Inc. (NYSE: ACT) opened a mill."},
		{"Salt Lake City, Utah--(Example Wire)--Acme Copper hired a CFO.", "Acme Copper hired a CFO."},
		{"Rio Tinto--(the miner)--raised output.", "Rio Tinto--(the miner)--raised output."},
	} {
		if got := stripDateline(tc.in); got != tc.want {
			t.Errorf("stripDateline(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestTableRowsNotDerived: a price table's rows are not sentences, so no
// derived highlight is one, nor the table's "Source:" note; prose in a
// one-cell layout table still is.
func TestTableRowsNotDerived(t *testing.T) {
	const table = `<p>Tungsten prices in Rotterdam firmed this week as a fictional Austrian converter restocked.</p>
<table><tr><th>Product</th><th>Basis</th><th>Price</th><th>Change</th></tr>
<tr><td>APT 88.5% WO3</td><td>$/mtu, in-whs Rotterdam</td><td>412-418</td><td>+1.9%</td></tr>
<tr><td>Ferro-tungsten 75% W</td><td>$/kg, in-whs Rotterdam</td><td>54.10</td><td>+0.6%</td></tr></table>
<p>Source: assessments compiled from 14 traders; prices exclude VAT.</p>
<p>Chinese export licences for APT were issued late in November, traders said.</p>`
	s := Extract(table, "")
	if !s.HighlightsDerived || len(s.Highlights) == 0 {
		t.Fatalf("no derived highlights: %+v", s)
	}
	for _, h := range s.Highlights {
		if strings.Contains(h, "Rotterdam 412") || strings.Contains(h, "WO3") || strings.Contains(h, "54.10") || strings.Contains(h, "Source:") {
			t.Errorf("derived highlight is a table row or its source note: %q", h)
		}
	}
	if !strings.Contains(s.Body, "APT 88.5% WO3") {
		t.Errorf("the table left the body: %q", s.Body)
	}
	layout := `<table><tr><td><p>A fictional Kazakh mine shipped 1,200 tonnes of tungsten concentrate to Europe in November.</p><p>The route crosses the Caspian by ferry.</p></td></tr></table>`
	if s := Extract(layout, ""); len(s.Highlights) != 2 || !strings.Contains(s.Highlights[0], "1,200 tonnes") {
		t.Errorf("prose in a layout table gave derived highlights %q", s.Highlights)
	}
}

// TestTextTableRowsNotDerived: a price table written as text rows, cells
// split by "|" or tabs, gives no derived highlight; a sentence with one
// "|" in it still can.
func TestTextTableRowsNotDerived(t *testing.T) {
	desc := "Cobalt hydroxide payables rose for a ninth week as a fictional Congolese quota held back supply.\n\n" +
		"| Product | Basis | Price | Change |\n| Cobalt hydroxide | % of metal, CIF China | 78 | +2 |\n| Cobalt sulphate | yuan/t, ex-works | 41,500 | +1.2% |\n\n" +
		"Refiners in Zhejiang said stocks would last until March 2027.\n\nTraders expect the quota to be reviewed in January."
	s := Extract("", desc)
	if !s.HighlightsDerived || len(s.Highlights) == 0 {
		t.Fatalf("no derived highlights: %+v", s)
	}
	for _, h := range s.Highlights {
		if strings.Contains(h, "|") {
			t.Errorf("derived highlight is a table row: %q", h)
		}
	}
	if !strings.Contains(s.Body, "| Product | Basis | Price | Change |\n| Cobalt hydroxide |") {
		t.Errorf("table rows joined into one line: %q", s.Body)
	}
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"| NdPr oxide | 548 | +2.1% |", true}, {"Terbium oxide\t6,950\t+3.1%", true},
		{"Lynas | Iluka | MP Materials", true},
		{"Prices rose | said the desk in a note that ran to several pages and more words than a cell | on Monday", false},
		{"The Shanghai Metals Market | SMM assessment rose 2%.", false},
	} {
		if got := textRow(tc.in); got != tc.want {
			t.Errorf("textRow(%q) = %v, want %v", tc.in, got, tc.want)
		}
	}
}

// TestTranscriptTurnsNotDerived: a transcript's turns, opening with a
// speaker's label in capitals, are not derived highlights; one label-like
// dateline ("NEW DELHI: ...") is a lead and still is.
func TestTranscriptTurnsNotDerived(t *testing.T) {
	const page = `<p>A fictional Namibian uranium mine has shipped its first drums of concentrate to a converter in France, the operator said.</p>
<p>The mine restarted in March after six years on care and maintenance.</p>
<p><strong>Transcript</strong></p>
<p><strong>ANCHOR:</strong> The first drums left Walvis Bay on Monday.</p>
<p><strong>MINE MANAGER:</strong> We have waited six years for this shipment, and 340 people are back at work.</p>
<p><strong>ANCHOR:</strong> Full output is due in 2028.</p>`
	s := Extract(page, "")
	if !s.HighlightsDerived || len(s.Highlights) == 0 {
		t.Fatalf("no derived highlights: %+v", s)
	}
	for _, h := range s.Highlights {
		if strings.Contains(h, "ANCHOR:") || strings.Contains(h, "MANAGER:") {
			t.Errorf("derived highlight is a transcript turn: %q", h)
		}
	}
	if !strings.Contains(s.Body, "MINE MANAGER: We have waited") {
		t.Errorf("the transcript left the body: %q", s.Body)
	}
	const dateline = `<p>NEW DELHI: India will auction 24 critical mineral blocks including lithium and rare earths in January, the mines ministry said on Tuesday.</p>
<p>The blocks are in seven states.</p>`
	if s := Extract(dateline, ""); len(s.Highlights) == 0 || !strings.Contains(s.Highlights[0], "24 critical mineral blocks") {
		t.Errorf("a lead opening with a dateline label gave derived highlights %q", s.Highlights)
	}
}
