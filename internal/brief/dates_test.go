package brief

import "testing"

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
		{"Published 05 Dec 2026, 14:12 CET", true, false},
		{"Updated: Dec. 9, 2026 at 6:40 a.m. ET", true, false},
		{"Last updated 5 December 2026", true, false},
		{"Posted on 2026-12-05", true, false},
		{"London, 3 December 2026", false, true},
		{"Thursday, December 3, 2026", false, true},
		{"December 3, 2026", false, true},
		{"3 Dec 2026 | 09:30 GMT+8", true, true},
		{"Posted by Admin on December 5, 2026", true, false},
		{"Updated 2 hours ago", true, false},
		{"Dec 5, 2026 · 6 min read", true, false}, {"4 min read", true, false},
		{"Reading time: 5 minutes", true, false},
		// prose, rows and headings that only look like them
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
