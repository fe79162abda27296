package brief

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestHeadingVariants: the analysis and takeaway headings publishers
// actually write open the same sections, whether set as <h2>, as a bold
// paragraph or as a plain-text line; sentences that merely start like
// them stay prose.
func TestHeadingVariants(t *testing.T) {
	const before = "Body text about the company and its plant, long enough to be a paragraph of prose."
	const after = "Section text after the heading."
	cases := []struct {
		heading string
		want    string // "analysis", "takeaway" or "body"
	}{
		{"REEx Insight:", "analysis"},
		{"REEx Analysis: Fact vs. Function", "analysis"},
		{"Why This Matters to the West", "analysis"},
		{"Why It Matters", "analysis"},
		{"Implications for the West and the U.S.", "analysis"},
		{"What Matters for Western Businesses?", "analysis"},
		{"What This Means for Europe", "analysis"},
		{"Rare Earth Exchanges Commentary", "analysis"},
		{"Editor's Commentary", "analysis"},
		{"Our View", "analysis"},
		{"The Bigger Picture", "analysis"},
		{"My take", "analysis"},
		{"My View", "analysis"},
		{"Bottom line", "takeaway"},
		{"The Bottom Line for Investors", "takeaway"},
		{"Investor Takeaways", "takeaway"},
		{"Takeaway for Western Investors", "takeaway"},
		{"Key Takeaway for Investors", "takeaway"},
		{"What Investors Should Watch", "takeaway"},
		{"What It Means for Investors", "takeaway"},
		{"Implications for Investors", "takeaway"},
		{"Investor Insight", "takeaway"},
		{"Production Update", "body"},
		{"Implications for investors are limited this year.", "body"},
		{"What matters is whether the plant can run at full rate.", "body"},
	}
	forms := []struct {
		name string
		make func(h string) string
	}{
		{"h2", func(h string) string { return "<p>" + before + "</p><h2>" + h + "</h2><p>" + after + "</p>" }},
		{"strong", func(h string) string {
			return "<p>" + before + "</p><p><strong>" + h + "</strong></p><p>" + after + "</p>"
		}},
		{"plain", func(h string) string { return before + "\n\n" + h + "\n\n" + after }},
	}
	for _, tc := range cases {
		for _, f := range forms {
			if tc.want == "body" && f.name != "plain" {
				continue // a bold or <h2> line is a heading whatever it says
			}
			t.Run(fmt.Sprintf("%s/%s", f.name, tc.heading), func(t *testing.T) {
				s := Extract(f.make(tc.heading), "")
				got := "body"
				switch {
				case s.Analysis == after:
					got = "analysis"
				case s.Takeaway == after:
					got = "takeaway"
				}
				if got != tc.want {
					t.Errorf("section after %q = %s, want %s (analysis %q, takeaway %q, body %q)", tc.heading, got, tc.want, s.Analysis, s.Takeaway, s.Body)
				}
				if tc.want == "body" && s.Analysis+s.Takeaway != "" {
					t.Errorf("prose line opened a section: analysis %q takeaway %q", s.Analysis, s.Takeaway)
				}
			})
		}
	}
}

// TestInlineWhyItMattersStaysProse: "Why it matters: ..." inside a
// paragraph is the writer's prose, not a section; nothing is invented.
func TestInlineWhyItMattersStaysProse(t *testing.T) {
	for _, in := range []string{
		"<p>The mine restarted.</p><p>Why it matters: it supplies a tenth of the world's vanadium.</p>",
		"<p>The mine restarted.</p><p><strong>Why it matters:</strong> it supplies a tenth of the world's vanadium.</p>",
	} {
		s := Extract(in, "")
		if s.Analysis != "" || s.Takeaway != "" {
			t.Errorf("%q: analysis %q, takeaway %q; want none", in, s.Analysis, s.Takeaway)
		}
	}
}

// TestFurnitureBounds: isFurniture lower-cases only as much of a line as
// the longest furniture line and prefix can need.
func TestFurnitureBounds(t *testing.T) {
	for k := range lex().dropLines {
		if len(k) > maxDropLine {
			t.Errorf("dropLines has %q, longer than maxDropLine %d", k, maxDropLine)
		}
	}
	for _, p := range lex().furniturePrefixes {
		if len(p) > maxFurniturePrefix {
			t.Errorf("furniturePrefixes has %q, longer than maxFurniturePrefix %d", p, maxFurniturePrefix)
		}
	}
	long := strings.Repeat("word ", 100)
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Share this:", true}, {"SHARE ON FACEBOOK", true}, {"Continue reading →", true},
		{"Continue reading the long story of how lithium prices fell so far this year", false},
		{"Tags: lithium, cobalt", true}, {"TAGGED WITH: lithium " + long, true},
		{"The post Lithium falls appeared first on Desk.", true},
		{"The post War " + long + " Appeared First On nothing", true},
		{"The post-war order " + long, false}, {"- - Read More - -", true},
		{"\u212Aelvin", false}, {"Lithium output rose 12% in the quarter.", false},
		// Real-path furniture (internal/ingest TestRealPath): bylines, wire
		// sign-offs, photo credits, cross-promotion links; and prose that
		// only starts or ends like them.
		{"By Staff Writer [1] | May 20, 2026 | 10:14 am", true}, {"By Amy Lv and Tom Daly", true},
		{"By Jane Mills, Perth", true}, {"By Reuters", true},
		{"By January, output had risen to 20,000 tonnes.", false},
		{"By 2030 the mine will produce 40,000 tonnes a year", false},
		{"By contrast Lynas shipped more", false},
		{"Reporting by Amy Lv; Editing by Kim Coghill", true},
		{"Reporting by " + long, false}, {"Editor: Liu Jie", true},
		{"Editor: " + long, false},
		{"Photo taken on Dec. 4 shows a plant in Baotou. (Xinhua/Wang Peng)", true},
		{"Prices of praseodymium and neodymium oxide rose (NdPr/Dy)", false},
		{"The oxide sold at 640,000 yuan a tonne (Nd/Pr)", false},
		{"Read more: Albemarle to idle a lithium hydroxide train", true},
		{"Read more: " + long, false}, {"(With files from Bloomberg)", true},
		{"NOT FOR DISTRIBUTION TO U.S. NEWSWIRE SERVICES OR FOR DISSEMINATION IN THE UNITED STATES", true},
		{"Figure 1: Plan view of the drill collars", true}, {"Table 2 - Resource estimate", true},
		{"Figure 1 shows the drill collars across the northern zone.", false},
		{"Table salt prices rose.", false}, {"https://example.com/figure1.jpg", true},
		{"https://example.com/a is where the data sits", false},
		// End-of-story furniture (session 26): share and subscribe rows, a
		// newsletter's browser link, a leaked caption shortcode, a blogging
		// platform's syndication line; and prose that starts like them.
		{"Share: Facebook [1] X [2] LinkedIn [3]", true}, {"Share: " + long, false},
		{"Subscribe to the morning briefing [4]", true},
		{"Subscribe to the view that prices have bottomed and you will miss the next leg down", false},
		{"View in browser", true}, {"View this email in your browser [1]", true},
		{`[caption id="attachment_7" width="640"] A concentrator.[/caption]`, true},
		{"Cobalt Climbs was originally published in Battery Desk on Medium, where people are continuing the conversation.", true},
		{"The plan was originally published in 2019 and revised twice since.", false},
		// Second blind set's classes, in new spellings: desk bylines,
		// rights lines, reporter contacts, membership buttons, standing
		// disclaimers; and prose that only looks like them.
		{"By the editorial team", true}, {"By Xinhua staff reporters", true},
		{"By the end of the year the team will have drilled 40 holes", false},
		{"Copyright © 2026 Example Media Ltd. All rights reserved.", true},
		{"© 2026 Example Media", true},
		{"To contact the reporter on this story: A. Writer in Lima at aw@example.com", true},
		{"Become a member", true},
		{"Example Wire is a news service. Nothing here is investment advice.", true},
		{"The ministry said its notice was not investment advice for miners but " + long, false},
	} {
		if got := isFurniture(line{text: tc.text}); got != tc.want {
			t.Errorf("isFurniture(%.40q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestLowerPrefix: the lower-cased start isFurniture reads is the start of
// strings.ToLower of the same cut, ASCII or not.
func TestLowerPrefix(t *testing.T) {
	for _, s := range []string{"", "Share This:", "THE POST Lithium", "Kelvin SHARE", "Société Générale",
		"ÀÉÎ stop", "read MORE", "稀土 News", "aİb", strings.Repeat("Ab", 80), strings.Repeat("É", 80),
		"@AZ[`az{~ 09\x7f@@@@ZZZZ[[[[", "ABCDEFGHIJKLMNOPQRSTUVWXYZ@[`{abcdefgh", "ABCDEFGHÉIJKLMNOP", "ABCDEFGHIJKLMNOPÉ"} {
		for n := 0; n <= len(s)+1; n++ {
			cut := s
			if len(cut) > n {
				k := n
				for k < len(cut) && !utf8.RuneStart(cut[k]) {
					k++
				}
				cut = cut[:k]
			}
			if got, want := string(lowerPrefix(nil, s, n)), strings.ToLower(cut); got != want {
				t.Errorf("lowerPrefix(%q, %d) = %q, want %q", s, n, got, want)
			}
		}
	}
}

// TestMoreFields: the word count that spares normLabel on long lines never
// says "more" when normLabel's result has few words.
func TestMoreFields(t *testing.T) {
	for _, s := range []string{"Why this matters", "— — — Why it matters: for the West — — — — — — — — —",
		"a b c d e f g h i", ": : : : : : : : : : : : a", "Implications for the West - and the U.S.", "one\u00a0two\u2003three"} {
		if n := len(strings.Fields(normLabel(s))); moreFields(s, n) {
			t.Errorf("moreFields(%q, %d) = true; normLabel gives %d words", s, n, n)
		}
	}
	if !moreFields("Implications for the West are many and they keep growing every single day", maxPhrasedWords) {
		t.Error("a 14-word sentence is not more than 9 words")
	}
}

// TestCountWordsUpTo checks the bounded count that heading detection uses:
// it equals the full count up to the limit and is limit+1 past it, so
// "words <= n" reads the same for every n up to the limit.
func TestCountWordsUpTo(t *testing.T) {
	for _, s := range []string{"", " ", "one", "  two words ", "a\tb\nc d  e", strings.Repeat("word ", 40), "Bottom line: the plant ran at design rates for the third quarter in a row, and more"} {
		full := countWords(s)
		for limit := 0; limit <= 20; limit++ {
			if got, want := countWordsUpTo(s, limit), min(full, limit+1); got != want {
				t.Errorf("countWordsUpTo(%q, %d) = %d, want %d", s, limit, got, want)
			}
		}
	}
}

// TestMoreFieldsStopsEarly: moreFields, which stops reading once it has
// counted past n, answers as the count of the whole line would.
func TestMoreFieldsStopsEarly(t *testing.T) {
	full := func(s string) int { // the words moreFields counts, to the end
		words := 0
		for _, f := range strings.Fields(s) {
			if strings.Trim(f, normCut) != "" || strings.ContainsFunc(f, func(r rune) bool { return !strings.ContainsRune(normCut, r) }) {
				words++
			}
		}
		return words
	}
	for _, s := range []string{"", "Why this matters", "— — — Why it matters: for the West — — — — — — — — —",
		"a b c d e f g h i", ": : : : : : : : : : : : a", "one\u00a0two\u2003three", strings.Repeat("word — ", 30),
		"Implications for the West are many and they keep growing every single day", " a  b\tc\nd "} {
		for n := 0; n <= 16; n++ {
			if got, want := moreFields(s, n), full(s) > n; got != want {
				t.Errorf("moreFields(%q, %d) = %v, want %v", s, n, got, want)
			}
		}
	}
}

// TestJoinFields: joinFields is strings.Join(strings.Fields(s), " ").
func TestJoinFields(t *testing.T) {
	for _, s := range []string{"", " ", "a", "key takeaways", " key takeaways", "key takeaways ", "key  takeaways",
		"key\ttakeaways", "key\u00a0takeaways", "key\u2003takeaways", "bottom line\n", "what’s at stake", "a b c d e",
		"\v", "x\fy", "x\ry", "x\u0085y", "déjà vu"} {
		if got, want := joinFields(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("joinFields(%q) = %q, want %q", s, got, want)
		}
	}
}

// TestCountWordsEightAtATime: countWords, which reads eight bytes at a
// time, counts what a byte-by-byte reading counts, at every length and
// alignment, with every byte value beside the three spaces.
func TestCountWordsEightAtATime(t *testing.T) {
	byByte := func(s string) int {
		n, in := 0, false
		for i := 0; i < len(s); i++ {
			sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
			if !sp && !in {
				n++
			}
			in = !sp
		}
		return n
	}
	alphabet := []byte{' ', '\n', '\t', 'a', 'Z', 0, 0x80, 0xff, 0x1f, 0x21, 0x09 ^ 0x80, 0x20 ^ 0x80, 0x0a ^ 0x80, 0x7f, 0x01}
	rnd := uint64(1)
	for k := 0; k < 20000; k++ {
		b := make([]byte, k%41)
		for i := range b {
			rnd = rnd*6364136223846793005 + 1442695040888963407
			b[i] = alphabet[(rnd>>33)%uint64(len(alphabet))]
		}
		if got, want := countWords(string(b)), byByte(string(b)); got != want {
			t.Fatalf("countWords(%q) = %d, want %d", b, got, want)
		}
	}
	for c := 0; c < 256; c++ {
		s := strings.Repeat(string([]byte{byte(c), ' '}), 9) + string([]byte{byte(c)})
		if got, want := countWords(s), byByte(s); got != want {
			t.Fatalf("byte %#x: countWords = %d, want %d", c, got, want)
		}
	}
}

// TestQualifiedHighlights: a release's highlights under a qualified label
// (a period's, a study's or a deal's highlights, "key facts at a glance")
// are its highlights when a list follows near the top; the same words
// over prose, deep in the story, or in a sentence stay body.
func TestQualifiedHighlights(t *testing.T) {
	const lead = "<p>Acme Cobalt Corp. (TSX: ACO), a fictional refiner, today reported results for the quarter.</p>"
	const list = "<ul><li>Cobalt sulphate output of 1,200 tonnes</li><li>Cash costs down 8%</li></ul><p>The refinery ran all quarter.</p>"
	long := "<p>" + strings.Repeat("The refinery in the fictional town processed more feed than planned. ", 16) + "</p>"
	for _, tc := range []struct {
		in   string
		want bool // the list is the highlights
	}{
		{lead + "<p><b>Third Quarter Highlights</b></p>" + list, true},
		{lead + "<h3>PEA Highlights (all figures in US dollars)</h3>" + list, true},
		{lead + "<p><strong>Key facts at a glance:</strong></p>" + list, true},
		{lead + "<p><b>Transaction Highlights</b></p>" + list, true},
		{lead + "<h4>Highlights of the quarter</h4>" + list, true},
		{"Acme Cobalt Corp. (TSX: ACO) today reported results for the quarter.\n\nQ3 2026 highlights\n\n- Cobalt sulphate output of 1,200 tonnes\n- Cash costs down 8%\n\nThe refinery ran all quarter.", true},
		{lead + "<p><b>Third Quarter 2026 Financial and Operating Highlights</b></p>" + list, true},
		{lead + "<p><b>Highlights of the agreement include:</b></p>" + list, true},
		{lead + "<h3>Fast facts</h3>" + list, true},
		{lead + "<p><strong>By the numbers</strong></p>" + list, true},
		// over prose, after a long body, or with a verb: a subheading or prose
		{lead + "<p><b>Third Quarter Highlights</b></p><p>Cobalt sulphate output was 1,200 tonnes.</p>", false},
		{lead + long + "<p><b>Operational Highlights</b></p>" + list, false},
		{lead + "<p><b>Highlights include a new plant</b></p>" + list, false},
		{lead + "<p><b>Key terms of the agreement include:</b></p>" + list, false},
		{lead + "<p><b>By the numbers, the plant is small</b></p>" + list, false},
		{lead + "<p><b>Why the quarter highlights the risk</b></p>" + list, false},
	} {
		s := Extract(tc.in, "")
		got := !s.HighlightsDerived && len(s.Highlights) == 2 && s.Highlights[0] == "Cobalt sulphate output of 1,200 tonnes"
		if got != tc.want {
			t.Errorf("%.90q: highlights %q (derived %v), want list taken = %v", tc.in, s.Highlights, s.HighlightsDerived, tc.want)
		}
	}
}

// TestBulletMarks: highlights written with the square, circle, diamond or
// arrow bullets some publishers paste are list items like "•" ones; a
// dash or arrow run into a word is no bullet.
func TestBulletMarks(t *testing.T) {
	for _, m := range []string{"■ ", "□ ", "○ ", "◆ ", "➤ ", "→ ", "❖ ", "♦ ", "■"} {
		in := "Highlights\n\n" + m + "A fictional Chilean brine project won its water permit.\n" + m + "First carbonate is due in 2028.\n\nThe ministry approved the permit on Monday after a two-year review."
		s := Extract("", in)
		if len(s.Highlights) != 2 || s.Highlights[1] != "First carbonate is due in 2028." {
			t.Errorf("mark %q: highlights %q", m, s.Highlights)
		}
	}
	for _, in := range []string{"-5% was the weekly drop in cobalt hydroxide payables.", "→Output rose."} {
		if l := parseField(in, new([]string)); len(l) != 1 || l[0].kind == kindItem {
			t.Errorf("%q read as a bullet: %+v", in, l)
		}
	}
}
