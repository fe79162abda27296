package text

import (
	"strings"
	"testing"
)

func words(ws Words) []string {
	var out []string
	for i := range ws.List {
		out = append(out, ws.Key(i))
	}
	return out
}

func TestSplit(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string
	}{
		{"Lynas Rare-Earths' NdPr output rose 18%.", "lynas rare earths ndpr output rose 18"},
		{"Lynas's plant and MP Materials’ magnets", "lynas plant and mp materials magnets"},
		{"O'Neill & Sons", "o neill and sons"},
		{"Société Générale in Zürich", "societe generale in zurich"},
		{"中国稀土 group", "中 国 稀 土 group"},
		{"", ""},
		{"\x1b[31m!!", "31m"},
	} {
		if got := strings.Join(words(Split(tc.in, nil)), " "); got != tc.want {
			t.Errorf("Split(%q) keys = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestSplitFlags(t *testing.T) {
	ws := Split("Lynas's O'Neill 3D AB & 稀", nil)
	check := func(i int, f Flag, want bool) {
		t.Helper()
		if ws.Has(i, f) != want {
			t.Errorf("word %d %q: flag %b = %v, want %v", i, ws.Text(i), f, !want, want)
		}
	}
	if ws.Len() != 7 {
		t.Fatalf("got %d words %q, want 7", ws.Len(), words(ws))
	}
	check(0, Possessive, true)
	check(0, UpperInit, true)
	check(1, InnerApos, false)
	check(2, InnerApos, true) // "Neill"
	check(3, DigitInit, true)
	check(4, HasLower, false)
	check(5, Amp, true)
	check(6, Han, true)
	if ws.Text(0) != "Lynas" || ws.Gap(1) != "'s " {
		t.Errorf("possessive: word %q, gap %q", ws.Text(0), ws.Gap(1))
	}
}

func TestLayout(t *testing.T) {
	d := Doc{Title: "Title", Highlights: []string{"One.", "Two."}, Body: "Body text.", Takeaway: "Buy."}
	tx := New(d)
	for p, want := range map[Part]string{Highlights: "One.\n\nTwo.\n\n", Body: "Body text.", Analysis: "", Takeaway: "Buy."} {
		s, e := tx.Range(p)
		if got := tx.Body[s:e]; got != want {
			t.Errorf("part %d = %q, want %q", p, got, want)
		}
	}
	if tx.HighlightsEnd() != len("One.\n\nTwo.\n\n") {
		t.Errorf("HighlightsEnd = %d", tx.HighlightsEnd())
	}
	d.HighlightsDerived = true
	if tx := New(d); tx.HighlightsEnd() != 0 || strings.Contains(tx.Body, "One.") {
		t.Errorf("derived highlights laid out: %q", tx.Body)
	}
	if tx.TitleWords.Len() != 1 || tx.BodyWords.Len() != 5 {
		t.Errorf("words: title %d, body %d", tx.TitleWords.Len(), tx.BodyWords.Len())
	}
}

func FuzzSplit(f *testing.F) {
	f.Add("Lynas's O'Neill & Sons 稀土 — U.S. 3.5%")
	f.Fuzz(func(t *testing.T, s string) {
		ws := Split(s, nil)
		end := int32(0)
		for i, w := range ws.List {
			if w.Start < end || w.End <= w.Start || int(w.End) > len(s) {
				t.Fatalf("word %d [%d,%d) out of order or range in %q", i, w.Start, w.End, s)
			}
			end = w.End
		}
	})
}

func TestFoldTable(t *testing.T) {
	if len([]rune(foldFrom)) != len(foldTo) {
		t.Fatalf("foldFrom has %d runes, foldTo %d bytes", len([]rune(foldFrom)), len(foldTo))
	}
	for in, want := range map[rune]rune{'É': 'e', 'ł': 'l', 'ž': 'z', 'ß': 'ß', '’': '\'', 'Q': 'q'} {
		if got := FoldRune(in); got != want {
			t.Errorf("FoldRune(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestKeyFilter: a key that was added is always let through (a missed
// company, lexicon phrase or mineral would be a wrong answer), and most
// words that were not are stopped.
func TestKeyFilter(t *testing.T) {
	var f KeyFilter
	added := map[string]bool{}
	for _, k := range strings.Fields("lynas albemarle rare earth lithium cobalt miner producer company the 稀土 x ab") {
		f.Add(k)
		added[k] = true
	}
	for k := range added {
		if !f.May(k) || !f.MayBytes([]byte(k)) {
			t.Errorf("filter stops %q, which was added", k)
		}
	}
	if !f.May("") || !f.MayBytes(nil) {
		t.Error("filter stops the empty key")
	}
	ws := Split(strings.Repeat("Shares of the company rose as prices of battery metals climbed in quarterly trading on strong demand from carmakers ", 3), nil)
	stopped, other := 0, 0
	for i := range ws.List {
		k := ws.Key(i)
		if f.May(k) != f.MayBytes([]byte(k)) {
			t.Errorf("May and MayBytes differ on %q", k)
		}
		if added[k] {
			continue
		}
		other++
		if !f.May(k) {
			stopped++
		}
	}
	if stopped*10 < other*8 {
		t.Errorf("filter stopped %d of %d words not in the set, want at least 80%%", stopped, other)
	}
}
