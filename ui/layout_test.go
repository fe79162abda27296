package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"

	"github.com/lode-reader/lode/internal/brief"
	"github.com/lode-reader/lode/internal/item"
)

// albemarle is a demo-like item: long derived highlights, no analysis and
// no takeaway.
func albemarle() item.Item {
	return item.Item{
		ID: 1, FeedName: "Battery Metals Wire", Title: "Albemarle raises lithium hydroxide volume outlook on conversion gains",
		Link: "https://example.org/albemarle", Published: fixedNow.Add(-time.Hour), Companies: []string{"Albemarle"},
		Sections: brief.Sections{HighlightsDerived: true, Highlights: []string{
			"Albemarle said on Friday it expects fourth-quarter lithium hydroxide sales volumes to rise by about 10 percent from the third quarter, helped by higher output from its conversion plants in China and steadier running at Kemerton in Western Australia.",
			"The company held its full-year capital spending forecast and said it would keep reviewing the pace of expansion projects while lithium carbonate prices remain below the level needed to justify new greenfield capacity.",
			"Contract prices for hydroxide in Asia were broadly flat over the month, traders said.",
		}},
	}
}

// cnre is a demo-like item with every section and many companies.
func cnre() item.Item {
	return item.Item{
		ID: 2, FeedName: "Rare Earth Briefings", Title: "CNRE Raises December Listing Price for NdPr Oxide by 4%",
		Link: "https://example.org/cnre", Published: fixedNow.Add(-2 * time.Hour),
		Companies: []string{"China Northern Rare Earth", "Lynas Rare Earths", "MP Materials", "Iluka Resources"},
		Ideology:  item.Ideology{Score: 0.02, PoliticalShare: 0, Reasons: []string{`"Party secretary" +0.55 (body)`}, Version: "c1-2552da172d-t0.5+6068da0e9e83"},
		Sections: brief.Sections{
			Highlights: []string{
				"China Northern Rare Earth raised its December listing price for NdPr oxide by 4% to CNY 612,000 per tonne.",
				"Terbium and dysprosium listings were left unchanged.",
				"Traders said the rise reflects restocking by magnet makers ahead of the Lunar New Year.",
				"Third-quarter net profit rose 38% on higher separated volumes.",
			},
			AnalysisTitle: "List Price vs. Spot Price",
			Analysis: "A listing increase that follows the spot market is confirmation more than signal. The more useful read is that demand from domestic magnet plants has been strong enough to absorb quota volumes without discounting.\n\n" +
				"For producers outside China, a firmer NdPr price helps margins, since most of their contracts are linked to Chinese indices. Lynas, MP Materials and Iluka all benefit if the higher range holds into the new year. " +
				"Watch for the same pattern in terbium, where listings lag spot by a month or more, and in the export data that shows whether domestic restocking is pulling material away from overseas buyers.",
			Takeaway: "A modest, market-led price move. Watch the January listing and whether spot holds above it.",
		},
	}
}

func resize(w, h int) tea.WindowSizeMsg { return tea.WindowSizeMsg{Width: w, Height: h} }

// detailColumn is the right-hand column of a wide view, or every body line
// of a narrow one.
func detailColumn(v string, wide bool) []string {
	lines := strings.Split(v, "\n")
	lines = lines[headerHeight : len(lines)-statusHeight]
	if !wide {
		return lines
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		if _, r, ok := strings.Cut(l, "│"); ok {
			out[i] = r
		}
	}
	return out
}

// paneRows returns, for each pane title, its line index in col (-1 when
// missing).
func paneRows(col []string) map[string]int {
	rows := map[string]int{"Highlights": -1, "Analysis": -1, "Takeaway": -1}
	for i, l := range col {
		for t := range rows {
			if (strings.HasPrefix(l, "  "+t) || strings.HasPrefix(l, "▶ "+t)) && strings.Contains(l, "─") {
				rows[t] = i
			}
		}
	}
	return rows
}

func TestEmptySectionsGiveTheirRoomToContent(t *testing.T) {
	st := newFakeStore(albemarle(), cnre())
	h := newHarness(t, Options{Store: st}, 120, 40)
	// The whole of the highlights shows; the empty sections take a title
	// and a placeholder line each.
	h.mustSee("the month, traders said.", "No analysis section in this item.", "No takeaway section in this item.")
	col := detailColumn(h.view(), true)
	r := paneRows(col)
	if r["Takeaway"] != r["Analysis"]+2 || !strings.HasPrefix(col[r["Analysis"]+1], "No analysis section") {
		t.Fatalf("empty Analysis pane is not two lines (rows %v):\n%s", r, h.view())
	}
	if !strings.HasPrefix(col[r["Takeaway"]+1], "No takeaway section") || strings.TrimSpace(col[r["Takeaway"]+2]) != "" {
		t.Fatalf("empty Takeaway pane is not two lines:\n%s", h.view())
	}

	// 80x24: the focused Highlights pane gets every line the empty panes do
	// not need, and it scrolls.
	h = newHarness(t, Options{Store: newFakeStore(albemarle(), cnre())}, 80, 24)
	h.press("tab")
	col = detailColumn(h.view(), false)
	r = paneRows(col)
	for t2, i := range r {
		if i < 0 {
			t.Fatalf("pane title %q missing at 80x24:\n%s", t2, h.view())
		}
	}
	if got := r["Analysis"] - r["Highlights"] - 1; got < 5 {
		t.Fatalf("focused Highlights shows %d lines at 80x24, want at least 5:\n%s", got, h.view())
	}
	if r["Takeaway"] != r["Analysis"]+2 {
		t.Fatalf("empty Analysis pane is not two lines at 80x24:\n%s", h.view())
	}
	h.mustNotSee("traders said.")
	h.press("G")
	h.mustSee("traders said.", "100%")
	checkFits(t, h.view(), 80, 24)
}

func TestPaneHeightsFollowSelectionFocusAndToggles(t *testing.T) {
	h := newHarness(t, Options{Store: newFakeStore(albemarle(), cnre())}, 120, 30)
	heights := func() [3]int {
		return [3]int{h.m.panes[0].height, h.m.panes[1].height, h.m.panes[2].height}
	}
	alb := heights()
	if alb[1] != 2 || alb[2] != 2 {
		t.Fatalf("Albemarle's empty panes: heights %v, want 2 each", alb)
	}
	h.press("j") // CNRE: every section has text, more than fits
	c := heights()
	if c == alb || c[1] <= 2 || c[2] < 2 {
		t.Fatalf("heights did not follow the selection: %v then %v", alb, c)
	}
	if sum := c[0] + c[1] + c[2]; sum != h.m.box.panesH {
		t.Fatalf("panes use %d of %d lines when all need room", sum, h.m.box.panesH)
	}
	// A pane is never taller than its text and title.
	for i, p := range h.m.panes {
		if p.height > p.lines()+1 {
			t.Fatalf("pane %d is %d tall for %d lines", i, p.height, p.lines())
		}
	}
	h.press("tab") // Highlights focused: it gets all it needs
	if p := h.m.panes[0]; p.height != p.lines()+1 {
		t.Fatalf("focused Highlights is %d tall for %d lines: %v", p.height, p.lines(), heights())
	}
	h.press("tab") // Analysis focused: at least half the text lines
	if text := h.m.box.panesH - 3; h.m.panes[1].height-1 < text/2 {
		t.Fatalf("focused Analysis has %d of %d text lines", h.m.panes[1].height-1, text)
	}
	focused := heights()
	h.press("b", "b", "i", "i")
	if heights() != focused {
		t.Fatalf("toggling the body and reasons changed the heights: %v then %v", focused, heights())
	}
	h.send(resize(110, 40))
	h.mustSee("holds into the new year", "above it.")
	h.send(resize(120, 30))
	if heights() != focused {
		t.Fatalf("resizing back changed the heights: %v then %v", focused, heights())
	}
	// Every title at every size.
	for _, sz := range [][2]int{{160, 40}, {120, 40}, {100, 30}, {80, 24}, {60, 20}} {
		h.send(resize(sz[0], sz[1]))
		for _, k := range []string{"esc", "tab", "tab", "tab", "k"} {
			h.press(k)
			r := paneRows(detailColumn(h.view(), sz[0] >= wideWidth))
			for t2, i := range r {
				if i < 0 {
					t.Fatalf("%dx%d after %s: pane title %q missing:\n%s", sz[0], sz[1], k, t2, h.view())
				}
			}
			checkFits(t, h.view(), sz[0], sz[1])
		}
	}
}

func TestSplitPanes(t *testing.T) {
	e := [3]bool{false, true, true}
	for _, c := range []struct {
		name  string
		h     int
		need  [3]int
		empty [3]bool
		f     int
		want  [3]int
	}{
		{"all fits, rest left blank", 30, [3]int{14, 1, 1}, e, -1, [3]int{15, 2, 2}},
		{"one content pane takes the rest", 10, [3]int{14, 1, 1}, e, 0, [3]int{6, 2, 2}},
		{"tiny, list focused: titles", 2, [3]int{14, 1, 1}, e, -1, [3]int{1, 1, 0}},
		{"tiny, reading: the focused pane alone", 2, [3]int{14, 1, 1}, e, 0, [3]int{2, 0, 0}},
		{"three lines, reading: the focused pane alone", 3, [3]int{5, 14, 1}, [3]bool{}, 1, [3]int{0, 3, 0}},
		{"three lines, list focused: titles", 3, [3]int{5, 14, 1}, [3]bool{}, -1, [3]int{1, 1, 1}},
		{"short, list focused: text before placeholders", 4, [3]int{14, 1, 1}, e, -1, [3]int{2, 1, 1}},
		{"short: each text a line before placeholders", 6, [3]int{14, 9, 1}, [3]bool{false, false, true}, -1, [3]int{2, 2, 2}},
		{"titles first, focused keeps a line", 4, [3]int{14, 1, 1}, e, 0, [3]int{2, 1, 1}},
		{"proportional", 23, [3]int{10, 20, 10}, [3]bool{}, -1, [3]int{6, 11, 6}},
		{"focused gets half", 23, [3]int{10, 20, 10}, [3]bool{}, 0, [3]int{11, 6, 6}},
		{"focused capped by need", 23, [3]int{4, 30, 10}, [3]bool{}, 0, [3]int{5, 13, 5}},
		{"short pane keeps a line", 10, [3]int{1, 40, 40}, [3]bool{}, -1, [3]int{2, 4, 4}},
	} {
		got := splitPanes(c.h, c.need, c.empty, c.f)
		if got != c.want {
			t.Errorf("%s: splitPanes(%d, %v, %v, %d) = %v, want %v", c.name, c.h, c.need, c.empty, c.f, got, c.want)
		}
		sum := got[0] + got[1] + got[2]
		if sum > c.h {
			t.Errorf("%s: %v uses more than %d lines", c.name, got, c.h)
		}
	}
}

func TestCompanyChipsWrapToTwoLines(t *testing.T) {
	many := cnre()
	many.ID = 3
	many.Published = fixedNow
	many.Companies = append(many.Companies, "Shenghe Resources", "Neo Performance Materials", "Arafura Rare Earths", "Energy Fuels")
	h := newHarness(t, Options{Store: newFakeStore(many, cnre())}, 130, 40)
	col := detailColumn(h.view(), true)
	r := paneRows(col)
	if !strings.HasPrefix(col[3], "[China Northern Rare Earth] [Lynas Rare Earths] [MP Materials]") ||
		!strings.HasPrefix(col[4], "[Iluka Resources] [Shenghe Resources]") || !strings.Contains(col[4], "+") ||
		!strings.Contains(col[4], " more") || r["Highlights"] != 5 {
		t.Fatalf("chips not wrapped onto two lines with +N more:\n%s", h.view())
	}
	h.mustNotSee("[…", "…]")

	// The CNRE item's four chips take two lines too; the header height is
	// the same while the item loads and once it is loaded.
	h.update(keyMsg("j")) // select without loading
	if h.m.detailLoaded {
		t.Fatal("item loaded synchronously")
	}
	loading := detailColumn(h.view(), true)
	h.press("k", "j")
	loaded := detailColumn(h.view(), true)
	for _, col := range [][]string{loading, loaded} {
		if !strings.HasPrefix(col[4], "[Iluka Resources]") || paneRows(col)["Highlights"] != 5 {
			t.Fatalf("CNRE header:\n%s", strings.Join(col, "\n"))
		}
	}

	// Narrow: chips share the info line and end in "+N more".
	h.send(resize(80, 24))
	h.mustSee("+3 more")
	h.mustNotSee("[Lynas…")
	checkFits(t, h.view(), 80, 24)

	// One company: one chip line, below the title wrapped on two lines.
	h2 := newHarness(t, Options{Store: newFakeStore(albemarle())}, 120, 40)
	if col := detailColumn(h2.view(), true); col[1] != "conversion gains"+strings.Repeat(" ", 59-16) ||
		col[4] != "[Albemarle]"+strings.Repeat(" ", 59-11) || paneRows(col)["Highlights"] != 5 {
		t.Fatalf("single chip line:\n%s", h2.view())
	}
}

func TestReasonsShowClassifierInWords(t *testing.T) {
	h := newHarness(t, Options{Store: newFakeStore(cnre())}, 120, 40)
	h.press("i")
	h.mustSee("Ideology: not flagged", "Score 0.02 · political share 0%", `"Party secretary" +0.55 (body)`, "Classifier version 1 · threshold 0.50")
	h.mustNotSee("2552da172d", "6068da0e9e83", "c1-")
	for v, want := range map[string]string{
		"c1-2552da172d-t0.5+6068da0e9e83": "Classifier version 1 · threshold 0.50",
		"c2-abc-t0.65":                    "Classifier version 2 · threshold 0.65",
		"c1-abc":                          "Classifier version 1",
		"v1":                              "",
		"":                                "",
	} {
		if got := classifierLabel(v); got != want {
			t.Errorf("classifierLabel(%q) = %q, want %q", v, got, want)
		}
	}
}

func TestDigestCursorSkipsHeadings(t *testing.T) {
	entries := []DigestEntry{
		{Text: "3 items · 2 companies · 1 flagged since Sun 1 Jun"},
		{Heading: "★ Lynas Rare Earths (2)"},
		{ItemID: 1, Text: "Lynas expands heavy rare earth separation"},
		{ItemID: 4, Text: "Lithium prices slide"},
		{Heading: "★ MP Materials (2)"},
		{ItemID: 3, Text: "MP Materials and the magnet line"},
		{ItemID: 1, Text: "Lynas expands heavy rare earth separation again"},
		{Heading: "Flagged as political (1)"},
		{ItemID: 2, Text: "China tightens gallium export licences"},
		{Text: `  – "export control" +0.40`},
	}
	h, _ := fixtureHarness(t, 100, 9, func(o *Options) { // 5 digest rows
		o.Digest = func(context.Context) ([]DigestEntry, error) { return entries, nil }
	})
	h.press("D")
	h.mustSee("3 items · 2 companies", "★ Lynas Rare Earths (2)")
	onItem := func(key string) string {
		t.Helper()
		sel := selectedLine(h.view())
		if !strings.HasPrefix(sel, "› • ") && !strings.HasPrefix(sel, "› ● ") {
			t.Fatalf("after %s the cursor is not on an item: %q\n%s", key, sel, h.view())
		}
		return sel
	}
	var seen []string
	seen = append(seen, onItem("D"))
	for range 8 {
		h.press("j")
		seen = append(seen, onItem("j"))
	}
	if !strings.Contains(seen[4], "China tightens") || !strings.Contains(seen[8], "China tightens") {
		t.Fatalf("j did not stop on the last item: %q", seen)
	}
	for range 8 {
		h.press("k")
		onItem("k")
	}
	// Back at the top: the summary and the first heading are visible again.
	h.mustSee("3 items · 2 companies", "★ Lynas Rare Earths (2)")
	if !strings.Contains(onItem("k"), "Lynas expands heavy rare earth separation") {
		t.Fatalf("k did not return to the first item:\n%s", h.view())
	}
	// Moving up onto a group's first item shows its heading.
	h.press("G")
	onItem("G")
	h.press("k", "k")
	h.mustSee("★ MP Materials (2)")
	for _, k := range []string{"pgdown", "pgup", "pgdown", "G", "g"} {
		h.press(k)
		onItem(k)
	}
	h.mustSee("3 items · 2 companies")
	h.press("j", "enter")
	if !strings.Contains(selectedLine(h.view()), "Lithium prices") {
		t.Fatalf("enter did not open the item under the cursor:\n%s", h.view())
	}
}
