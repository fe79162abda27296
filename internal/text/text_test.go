package text

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
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
	f.Add("ÉRAMET SA, Société Générale and 3D-printed MP-Materials")
	f.Add("He said “the firm's ‘loot’ «ore»\n'90s \"1 000,5 % 「X」")
	f.Fuzz(func(t *testing.T, s string) {
		ws := Split(s, nil)
		end := int32(0)
		for i, w := range ws.List {
			if w.Start < end || w.End <= w.Start || int(w.End) > len(s) {
				t.Fatalf("word %d [%d,%d) out of order or range in %q", i, w.Start, w.End, s)
			}
			end = w.End
			if ws.Has(i, Quoted) != ws.InQuote(int(w.Start)) {
				t.Fatalf("word %d: Quoted flag disagrees with the spans in %q", i, s)
			}
			if f, ok := FigureAt(s, int(w.Start)); ok && (f.Start > int(w.Start) || f.End < f.Start || f.End > len(s)) {
				t.Fatalf("word %d: figure [%d,%d) out of range in %q", i, f.Start, f.End, s)
			}
		}
		checkWords(t, &ws)
		if q := QuoteSpans(s, nil); !slices.Equal(ws.Quotes(), q) {
			t.Fatalf("Split read quotes %v, QuoteSpans %v in %q", ws.Quotes(), q, s)
		}
		for i, q := range ws.Quotes() {
			if q.Start >= q.End || int(q.End) > len(s) || i > 0 && ws.Quotes()[i-1].End >= q.Start {
				t.Fatalf("quote %d %v out of order or range in %q", i, q, s)
			}
		}
	})
}

// checkWords compares each word's key, rune count and letter flags with
// what reading its runes one by one gives (Split reads letters and digits
// of ASCII words byte by byte).
func checkWords(t *testing.T, ws *Words) {
	t.Helper()
	const letterFlags = UpperInit | HasLower | HasLetter | DigitInit | NonASCII
	for i, w := range ws.List {
		if w.Flags&Amp != 0 {
			continue
		}
		var key []byte
		var flags Flag
		n := int32(0)
		for _, r := range ws.Text(i) {
			n++
			if r >= utf8.RuneSelf {
				flags |= NonASCII
			}
			switch {
			case unicode.IsUpper(r):
				flags |= HasLetter
				if n == 1 {
					flags |= UpperInit
				}
			case unicode.IsLower(r):
				flags |= HasLetter | HasLower
			case unicode.IsLetter(r):
				flags |= HasLetter
			case unicode.IsDigit(r) && n == 1:
				flags |= DigitInit
			}
			if w.Flags&Han != 0 {
				r = SimplifyRune(r) // a traditional character is keyed simplified
			}
			key = utf8.AppendRune(key, FoldRune(r))
		}
		if got := w.Flags & letterFlags; got != flags || ws.Key(i) != string(key) || w.Runes != n {
			t.Fatalf("word %d %q: flags %b key %q runes %d, want %b %q %d", i, ws.Text(i), got, ws.Key(i), w.Runes, flags, key, n)
		}
	}
}

// TestSplitWords: every word of varied text (ASCII, Latin with
// diacritics, Greek, Cyrillic, CJK, digits, possessives, apostrophes)
// has the key, rune count and flags its runes give.
func TestSplitWords(t *testing.T) {
	for _, s := range []string{
		"Lynas's O'Neill & Sons 稀土 — U.S. 3.5% ÉRAMET SA, Société Générale; MP-Materials 3D x86 ABC def GhI",
		"Ελληνικά ΚΑΙ русский ТЕКСТ d’Arcy l'État ǅemal ǈ Ǆ 123abc ABC123 ẞtraße İstanbul ıi",
		"\u00aa\u00ba ² ³ ¹ ½ Ⅻ ⅻ ０１２ ＡＢＣ ａｂｃ 가나다 カタカナ ひらがな 中文字 中國稀土集團",
	} {
		ws := Split(s, nil)
		checkWords(t, &ws)
	}
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

// TestASCIIWord checks the table Split reads runs of ASCII letters and
// digits with.
func TestASCIIWord(t *testing.T) {
	for c := range 256 {
		if got := asciiWord[c]; got != ('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			t.Errorf("asciiWord[%q] = %v", rune(c), got)
		}
	}
}

// TestSplitBracketBefore: Split marks the words a round or square bracket
// stands before, so a reader of phrases can stop at an aside without
// reading the bytes between words again.
func TestSplitBracketBefore(t *testing.T) {
	ws := Split("Kendali (soal nikel) kita [sic] & Co. (ASX: KOD) said", nil)
	want := map[string]bool{"soal": true, "kita": true, "sic": true, "Co": false, "ASX": true, "said": true, "Kendali": false, "nikel": false, "KOD": false}
	for i := range ws.Len() {
		w := ws.Text(i)
		if b, ok := want[w]; ok && ws.Has(i, BracketBefore) != b {
			t.Errorf("%q: BracketBefore = %v, want %v", w, !b, b)
		}
	}
	// "&" after "]": the flag is on "&", which a reader skipping "&" must
	// carry to the next word
	for i := range ws.Len() {
		if ws.Has(i, Amp) && !ws.Has(i, BracketBefore) {
			t.Errorf("\"&\" after \"[sic]\" lost the bracket")
		}
	}
}

// TestSplitPossessiveAfterStop: an abbreviation's full stop before a
// possessive ("Corp.'s", "Co.’s") makes the word before it the possessive,
// with no "s" word of its own; a stop that ends a sentence before a quoted
// s-word does not.
func TestSplitPossessiveAfterStop(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want string // the words' keys
		poss int    // the possessive word, or -1
	}{
		{"Acme Corp.'s unit", "acme corp unit", 1},
		{"Acme Co.\u2019s unit", "acme co unit", 1},
		{"U.S.'s plan", "u s plan", 1},
		{"it ended. 'so be it'", "it ended so be it", -1},
		{"Acme Corp. 's", "acme corp s", -1},
	} {
		ws := Split(tc.in, nil)
		if got := strings.Join(words(ws), " "); got != tc.want {
			t.Errorf("Split(%q) keys = %q, want %q", tc.in, got, tc.want)
			continue
		}
		for i := 0; i < ws.Len(); i++ {
			if ws.Has(i, Possessive) != (i == tc.poss) {
				t.Errorf("Split(%q): word %d %q possessive = %v", tc.in, i, ws.Text(i), !(i == tc.poss))
			}
		}
	}
}
