package brief

import (
	"strings"
	"testing"
)

// TestDateLines: header rows and time stamps are furniture anywhere, a
// date line (with its place) only before the lead; prose that holds a
// date, a table row and a sentence starting "Published" stay.
func TestDateLines(t *testing.T) {
	for _, tc := range []struct {
		text      string
		furniture bool // isFurniture
		dateLine  bool // isDateLine (dropped before the lead)
	}{
		{"Mining Weekly | 3rd December 2026 | By: Peter Mbeki", true, false},
		{"Source: Xinhua| 2026-12-05 16:20:31|Editor: huaxia", true, false},
		{"By Staff Writer | May 20, 2026 | 10:14 am", true, false},
		{"Metals Daily | Thursday, December 3, 2026", true, false},
		{"Published 05 Dec 2026, 14:12 CET", true, true},
		{"Updated: Dec. 9, 2026 at 6:40 a.m. ET", true, false},
		{"Last updated 5 December 2026", true, true},
		{"Posted on 2026-12-05", true, true},
		{"London, 3 December 2026", false, true},
		{"Thursday, December 3, 2026", false, true},
		{"December 3, 2026", false, true},
		{"3 Dec 2026 | 09:30 GMT+8", true, true},
		{"Posted by Admin on December 5, 2026", true, false},
		{"Updated 2 hours ago", true, true},
		{"Dec 5, 2026 · 6 min read", true, false}, {"4 min read", true, false},
		{"Reading time: 5 minutes", true, false},
		{"December 5, 2026 4:13 PM GMT+8 Updated 2 hours ago", false, true},
		{"GT staff reporters", false, true}, {"Our Beijing correspondent", false, true},
		// prose, rows and headings that only look like them
		{"The team", false, false}, {"Staff cuts hit the desk.", false, false},
		{"Posted by the ministry on its website, the notice set a quota of 200 Mt for 2027.", false, false},
		{"Updated figures show 2 hours of downtime a day", false, false},
		{"Investors have a lot to read", false, false},
		{"The filing is a must read", false, false},
		{"Published in 2019, the report found that NdPr demand would double.", false, false},
		{"Updated guidance: output of 800 tonnes in 2027", false, false},
		{"Posted prices rose 3% on December 3, 2026.", false, false},
		{"NdPr oxide | 548 | +2.1%", false, false},
		{"Dysprosium oxide | December 2026 | 1,710 yuan per kg", false, false},
		{"London, where the metal trades, closed higher on 3 December 2026.", false, false},
		{"March 2027 quarter", false, false},
		{"Lithium, 2026", false, false},
		{"May", false, false},
	} {
		l := line{text: tc.text, para: true}
		if got := isFurniture(l); got != tc.furniture {
			t.Errorf("isFurniture(%q) = %v, want %v", tc.text, got, tc.furniture)
		}
		if got := isDateLine(l); got != tc.dateLine {
			t.Errorf("isDateLine(%q) = %v, want %v", tc.text, got, tc.dateLine)
		}
	}
}

// TestCaptionCredits: a photo caption that ends in its credit is no
// story, as its own paragraph; prose that mentions a photo stays.
func TestCaptionCredits(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"A rare earth workshop in Ganzhou, Jiangxi Province. Photo: VCG", true},
		{"Workers check magnets at a plant in Baotou. [Photo/Xinhua]", true},
		{"Workers check magnets at a plant in Baotou. [Photo by Wang Jing/China Daily]", true},
		{"The new separation line in Sillamäe. (Photo: company handout)", true},
		{"Trucks at the mine gate. Image courtesy of the company", true},
		{"Trucks at the mine gate. Credit: Example Mining", true},
		{"The ministry released a photo by the gate of the plant on Friday.", false},
		{"Output rose 6 percent (Photo: see the chart above for the monthly figures in detail)", false},
		{"Lynas shipped more oxide. Photo: the company said the plant ran at full rate all quarter, and more", false},
		{"The plant (Photo/Video) opened.", false},
	} {
		if got := isFurniture(line{text: tc.text, para: true}); got != tc.want {
			t.Errorf("isFurniture(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestBeforeTheLead: a desk byline with no "By", a double time stamp and
// an <h1> repeating the title come before the lead and are not the body's
// start nor a derived highlight; an <h2> subheading over prose stays.
func TestBeforeTheLead(t *testing.T) {
	const lead = "China's rare earth exports rose 8 percent in November from a year earlier, customs data showed on Friday."
	for _, in := range []string{
		"<p>GT staff reporters</p><p>Published: Dec 05, 2026 09:12 PM</p><p>" + lead + "</p><p>Exports of magnets rose 12 percent.</p><p>Enditem</p>",
		"<p>December 5, 2026 4:13 PM GMT+8 Updated 2 hours ago</p><p>" + lead + "</p><p>Exports of magnets rose 12 percent.</p>",
		"<h1>Rare earth exports climb</h1><p>" + lead + "</p><p>Exports of magnets rose 12 percent.</p>",
	} {
		s := Extract(in, "")
		if !strings.HasPrefix(s.Body, lead) || strings.Contains(s.Body, "Enditem") || len(s.Highlights) == 0 || s.Highlights[0] != lead {
			t.Errorf("%.60q: body %q, highlights %q", in, s.Body, s.Highlights)
		}
	}
	s := Extract("<h2>Exports</h2><p>"+lead+"</p><p>Exports of magnets rose 12 percent.</p>", "")
	if !strings.HasPrefix(s.Body, "Exports\n\n"+lead) {
		t.Errorf("an <h2> over the lead was dropped: %q", s.Body)
	}
}

// TestDottedClocks: "04.14" and "05.12.2026" are a clock and a date;
// other dotted tokens are neither, and none is read past its end.
func TestDottedClocks(t *testing.T) {
	for w, want := range map[string]bool{"04.14": true, "05.12.2026": true, "0..0": false, "3.5": false,
		"10.5": false, "05.12.26": false, "05.12": true, "2026-12-05T14:12:00Z": true, "2026-12-05T": false} {
		if got := isClockOrISO(w); got != want {
			t.Errorf("isClockOrISO(%q) = %v, want %v", w, got, want)
		}
	}
}
