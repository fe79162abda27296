package brief

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/cputime"
)

func TestHostileEscapes(t *testing.T) {
	content := "<h2>\x1b[2J\x1b]0;owned\x07Highlights\x1b[0m</h2>" +
		"<ul><li>Nickel \x1b]52;c;cm0gLXJmIC8=\x07rose &#27;[31m5%\u009b2J.</li><li>\u202eCobalt fell.</li></ul>" +
		"<p>See <a href=\"https://example.com/x\x1b]8;;http://evil\x07y\">the \x1b[5mreport</a> today.</p>" +
		"<h2>Investor \x1b[1mTakeaway\x07</h2><p>Stay \x00calm\x08.</p>"
	got := Extract(content, "")
	assertSafe(t, got)
	want := []string{"Nickel rose 5%.", "Cobalt fell."}
	if !slices.Equal(got.Highlights, want) {
		t.Errorf("highlights = %q, want %q", got.Highlights, want)
	}
	if got.Body != "See the report [1] today." {
		t.Errorf("body = %q", got.Body)
	}
	if got.Takeaway != "Stay calm." {
		t.Errorf("takeaway = %q", got.Takeaway)
	}
	if len(got.Links) != 1 || got.Links[0] != "https://example.com/xy" {
		t.Errorf("links = %q", got.Links)
	}
}

func TestNonHTTPLinksAreNotReferences(t *testing.T) {
	for _, href := range []string{
		"javascript:alert(1)", " JavaScript:alert(1)", "java&#x0A;script:alert(1)", "jav\tascript:x",
		"data:text/html;base64,PHNjcmlwdD4=", "vbscript:msgbox", "mailto:a@example.com", "/local/path",
		"#frag", "https://", "ftp://example.com/file", "https://exa mple.com/",
	} {
		t.Run(href, func(t *testing.T) {
			got := Extract(`<p>Read <a href="`+href+`">this link</a> now, said the fictional Lithium Board.</p>`, "")
			assertSafe(t, got)
			if len(got.Links) != 0 {
				t.Errorf("links = %q, want none", got.Links)
			}
			if got.Body != "Read this link now, said the fictional Lithium Board." {
				t.Errorf("body = %q", got.Body)
			}
		})
	}
}

func TestHugeInputIsCapped(t *testing.T) {
	para := "<p>Lithium output rose 5% as the fictional Salar plant expanded.</p>\n"
	huge := "<h2>Highlights</h2><ul><li>Huge item.</li></ul>" + strings.Repeat(para, 5<<20/len(para)+1)
	if len(huge) < 5<<20 {
		t.Fatalf("input only %d bytes", len(huge))
	}
	got := Extract(huge, huge)
	assertSafe(t, got)
	if !slices.Equal(got.Highlights, []string{"Huge item."}) {
		t.Errorf("highlights = %q", got.Highlights)
	}
	if len(got.Body) > maxInput {
		t.Errorf("body is %d bytes, more than the %d-byte input cap", len(got.Body), maxInput)
	}
	if !strings.Contains(got.Body, "Salar plant expanded.") {
		t.Errorf("body lost the prose")
	}
}

func TestDeepNesting(t *testing.T) {
	const depth = 10000
	for _, tag := range []string{"div", "span", "b", "ul><li", "table><tr><td", "blockquote", "a href=\"https://example.com/\""} {
		open := "<" + tag + ">"
		closeTag := "</" + strings.Fields(strings.Split(tag, "><")[0])[0] + ">"
		in := "<h2>Highlights</h2><ul><li>Deep item.</li></ul><p>Intro paragraph.</p>" + strings.Repeat(open, depth) +
			"Graphite demand grew in the fictional market." + strings.Repeat(closeTag, depth) + "<p>After the nest.</p>"
		t.Run(tag, func(t *testing.T) {
			start := time.Now()
			got := Extract(in, "")
			assertSafe(t, got)
			if !strings.Contains(got.Body, "Graphite demand grew in the fictional market.") || !strings.Contains(got.Body, "After the nest.") {
				t.Errorf("body = %.200q", got.Body)
			}
			if time.Since(start) > 2*time.Second {
				t.Errorf("took %v", time.Since(start))
			}
		})
	}
}

func TestInvalidUTF8(t *testing.T) {
	in := "<h2>High\xfflights</h2><ul><li>Rare \xc3\x28earths \xed\xa0\x80up.</li></ul><p>Body \xf0\x28\x8c\xbc text\xc0\xaf.</p>"
	got := Extract(in, "Plain \xff\xfe description\n\n• bullet \xe2\x82")
	assertSafe(t, got)
	if !slices.Equal(got.Highlights, []string{"Rare (earths up."}) {
		t.Errorf("highlights = %q", got.Highlights)
	}
	if got.HighlightsDerived {
		t.Errorf("highlights should be explicit")
	}
}

func TestPlainTextDescriptionOnly(t *testing.T) {
	got := Extract("", "Highlights\n\n• One.\n• Two.\n\nBody line here.\n\nInvestor Takeaway\n\nBuy the dip, maybe.\n\nSpread the word:\n\nCATEGORIES: ,\n\nLeave a Reply\n\nYour email address will not be published.")
	assertSafe(t, got)
	if !slices.Equal(got.Highlights, []string{"One.", "Two."}) || got.Body != "Body line here." || got.Takeaway != "Buy the dip, maybe." {
		t.Errorf("got %+v", got)
	}
}

func TestEmpty(t *testing.T) {
	for _, in := range [][2]string{{"", ""}, {"   ", "\n\n"}, {"<p></p><div>&nbsp;</div>", ""}, {"<script>x</script>", "<style>y</style>"}} {
		got := Extract(in[0], in[1])
		if len(got.Highlights) != 0 || got.Body != "" || got.Analysis != "" || got.Takeaway != "" || got.HighlightsDerived || len(got.Links) != 0 {
			t.Errorf("Extract(%q, %q) = %+v, want empty", in[0], in[1], got)
		}
	}
}

func TestUnclosedDroppedElementDropsRest(t *testing.T) {
	got := Extract("<p>Cobalt fell 3% on the fictional exchange today.</p><form><p>Name</p><p>Email</p>", "")
	if got.Body != "Cobalt fell 3% on the fictional exchange today." {
		t.Errorf("body = %q", got.Body)
	}
}

func TestSummaryLaterIsSubheading(t *testing.T) {
	got := Extract("<h2>Highlights</h2><ul><li>A.</li></ul><p>Lithium output rose sharply across the fictional region this year, officials said on Monday, citing new mines and expanded processing capacity in the north.</p><h3>Summary</h3><p>Output rose.</p>", "")
	if got.Body != "Lithium output rose sharply across the fictional region this year, officials said on Monday, citing new mines and expanded processing capacity in the north.\n\nSummary\n\nOutput rose." {
		t.Errorf("body = %q", got.Body)
	}
}

// TestPathologicalInputsScaleLinearly guards against quadratic work: each
// input at the size cap must take well under 16 times (the quadratic ratio)
// as long as the same input at a quarter of the size.
func TestPathologicalInputsScaleLinearly(t *testing.T) {
	gens := map[string]func(n int) string{
		"wrapped plain lines": func(n int) string { return "Start\n\n" + strings.Repeat("word word word\n", n/15) },
		"bold tags":           func(n int) string { return strings.Repeat("<b>", n/3) },
		"links":               func(n int) string { return strings.Repeat(`<a href="https://example.com/">x</a>`, n/36) },
		"bullets on one line": func(n int) string { return "Highlights " + strings.Repeat("• a ", n/6) },
		"initials":            func(n int) string { return strings.Repeat("A. ", n/3) },
		"colon lines":         func(n int) string { return strings.Repeat("Bottom line: x\n", n/15) },
		"br soup":             func(n int) string { return strings.Repeat("<br>x", n/5) },
		"spans":               func(n int) string { return strings.Repeat(`<span style="font-weight:700">`, n/31) },
		"dashes":              func(n int) string { return strings.Repeat("Analysis — ", n/13) },
		"no spaces":           func(n int) string { return strings.Repeat("x", n) },
		// each line looks like a writer's bio, and prose follows them all
		"bio lines": func(n int) string {
			return strings.Repeat("<p>Jo Kim writes about cobalt from Lima.</p>", n/46-1) + "<p>Prose ends it.</p>"
		},
		// footnote-like lines after the story, and prose after them all
		"footnote lines": func(n int) string {
			return "<p>Copper output in Chile fell for a third month in November.</p>" +
				strings.Repeat("<p>[1] Customs data.</p>", n/24-4) + "<p>Prose ends it, with more words than a note.</p>"
		},
		// related-story headings, each over furniture and then prose
		"related headings": func(n int) string {
			return "<p>Copper output in Chile fell for a third month in November.</p>" +
				strings.Repeat("<h3>Read next</h3><p>Share</p><p>Word.</p>", n/40-2)
		},
		// short quotations, each a pull-quote candidate
		"quoted lines": func(n int) string {
			return strings.Repeat("<blockquote><p>“Prices must rise before new supply comes in”</p></blockquote>", n/84)
		},
		// blockquotes of embedded posts
		"embedded posts": func(n int) string {
			return strings.Repeat("<blockquote><p>Text of a post.</p><p>— Name (@handle) December 5, 2026</p></blockquote><p>Prose.</p>", n/106)
		},
	}
	if testing.Short() {
		t.Skip("slow: runs every input at the 2 MiB cap")
	}
	cputime.SkipUnderRace(t, "a timing guard")
	timeIt := func(in string) time.Duration {
		// The best of three runs: a busy machine slows some runs, not all.
		best := time.Duration(1 << 62)
		for range 3 {
			// CPU time of the thread doing the work: a busy machine delays
			// it but does not add to it.
			var got Sections
			if d := cputime.Thread(func() { got = Extract(in, "") }); d < best {
				best = d
			}
			assertSafe(t, got)
		}
		return best
	}
	for name, gen := range gens {
		t.Run(name, func(t *testing.T) {
			// An eighth of the size against the whole: linear work takes about
			// 8 times as long, quadratic work 64 times. A busy machine can slow
			// any one measurement, so the test fails only when five attempts
			// in a row all look worse than linear.
			smallIn, largeIn := gen(maxInput/8), gen(maxInput)
			var small, large time.Duration
			for range 5 {
				small, large = timeIt(smallIn), timeIt(largeIn)
				if large <= 20*small+100*time.Millisecond {
					return
				}
			}
			t.Errorf("an eighth of the size took %v, full size %v: worse than linear", small, large)
		})
	}
}

// TestResidualEntities: a feed that escapes its markup twice shows its
// text once decoded ("Japan’s", "S&P"), text with a bare ampersand is left
// alone, and a reference that decodes to a control character or an escape
// sequence never reaches the screen.
func TestResidualEntities(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Japan&#8217;s stockpile", "Japan’s stockpile"},
		{"S&amp;P Global said", "S&P Global said"},
		{"a guaranteed bid &#x2014; few can", "a guaranteed bid — few can"},
		{"S&P and R&D; AT&T", "S&P and R&D; AT&T"},
	} {
		if got := residual(tc.in); got != tc.want {
			t.Errorf("residual(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	s := Extract(`<p>Prices rose &amp;#8220;sharply&amp;#8221; as &amp;#27;[31mred&amp;#27;[0m traders &amp;amp; miners bought.</p>`, "")
	if !strings.Contains(s.Body, "“sharply”") || !strings.Contains(s.Body, "traders & miners") {
		t.Errorf("body %q: want the twice-escaped quotes and ampersand decoded", s.Body)
	}
	if strings.ContainsAny(s.Body, "\x1b\x07") {
		t.Errorf("body %q holds a control character from a decoded reference", s.Body)
	}
}
