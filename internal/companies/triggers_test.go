package companies

import "testing"

// TestTriggerIndex checks that one lookup classes each token exactly as the
// word lists the candidate scan used to look up one by one, and that the
// item's classes are the union of its tokens'.
func TestTriggerIndex(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	r := d.roles
	lists := []struct {
		words map[string]bool
		bit   uint16
	}{
		{d.words.legal, tLegal}, {d.words.sector, tSector}, {r.techSuffix, tTech},
		{r.mineralSuffix, tMineral}, {r.companyNoun, tCompanyNoun}, {r.unit, tUnit},
		{r.latinHead, tLatinHead}, {r.latinOpener, tLatinOpener}, {r.definedHead, tDefinedHead},
	}
	cue := func(k string) bool { return r.share[k] || r.officer[k] || r.businessForm[k] }
	for _, text := range []string{
		"Compañía Minera Vellorita S.A. de C.V., a subsidiary of Brindlecott Mining Ltd, said its shares rose.",
		"The Toronto-based producer Quillmere Lithium Corp and Harrowgate Graphite Group signed the offtake on Tuesday.",
		"Fenwarra Resources' chief executive told the miner's board that the copper smelter would close.",
		"La Société du Vallon de Kestrel (SVK) et l'Entreprise Tarnaise ont signé.",
	} {
		ts := d.words.tokenize(text)
		all := r.triggers.mark(&ts)
		var union uint16
		for i := range ts.toks {
			k, c := ts.key(i), ts.toks[i].cls
			union |= c
			for _, l := range lists {
				if got, want := c&l.bit != 0, l.words[k]; got != want {
					t.Errorf("%q: token %q class %b: bit %b is %v, list says %v", text, k, c, l.bit, got, want)
				}
			}
			if got, want := c&tCue != 0, cue(k); got != want {
				t.Errorf("%q: token %q cue bit %v, lists say %v", text, k, got, want)
			}
		}
		if all != union || all == 0 {
			t.Errorf("%q: item classes %b, tokens hold %b", text, all, union)
		}
	}
	// An item without share, officer or business-form words has no cue:
	// cuedNameAt is skipped for it.
	ts := d.words.tokenize("Orrindale Holdings opened a plant near the river.")
	if r.triggers.mark(&ts)&tCue != 0 {
		t.Errorf("no cue word, yet the cue class is set")
	}
}

// TestLowerFilter checks that every pattern a lower-case word can begin
// ("ioneer", "enCore") keeps its key in lowerFilter, so scanNames skips
// only lookups that cannot match.
func TestLowerFilter(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	lower := 0
	for k, ps := range patternMap(d) {
		for _, p := range ps {
			if startsLower(p) {
				lower++
				if !d.lowerFilter.May(k) {
					t.Errorf("pattern %q starts in lower case, but its key %q is not in lowerFilter", p.keys, k)
				}
			}
		}
	}
	if lower == 0 {
		t.Fatal("no pattern may start in lower case: the dictionary has ioneer and enCore")
	}
	// The skip keeps what a lower-case word names and drops what only a
	// capital can name.
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Shares of ioneer rose after the offtake.", true},
		{"The lynas plant was closed.", false},
	} {
		ts := d.words.tokenize(tc.text)
		if got := len(d.scanNames(&ts, 1, nil)) > 0; got != tc.want {
			t.Errorf("%q: a name found %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestTickersWithoutColon checks the colon skip of scanTickers: a text with
// no colon still has its "SYM.AX" forms read, and "EXCH: SYM" forms, which
// need the colon, are read where it is written (full-width too).
func TestTickersWithoutColon(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text, want string
	}{
		{"Shares in LYC.AX rose after the plant restarted.", "Lynas Rare Earths"},
		{"The miner (ASX: ILU) said its kiln was back.", "Iluka Resources"},
		{"The miner (ASX\uFF1AILU) said its kiln was back.", "Iluka Resources"},
		{"The miner ASX ILU said its kiln was back.", ""},
	} {
		ts := d.words.tokenize(tc.text)
		got := ""
		if hs := d.scanTickers(&ts, 1, nil); len(hs) > 0 {
			got = hs[0].name
		}
		if got != tc.want {
			t.Errorf("%q: ticker names %q, want %q", tc.text, got, tc.want)
		}
	}
}

// TestListSkip checks listMembers' skip of items with fewer than two found
// companies and no "such as": the cue still opens a list, its absence none.
func TestListSkip(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		text string
		want int
	}{
		{"Smaller explorers such as Brindlecott Cobalt have paused drilling.", 1},
		{"Smaller explorers, Brindlecott Cobalt among them, have paused drilling.", 0},
	} {
		ts := d.words.tokenize(tc.text)
		if got := len(d.listMembers(&ts, nil, make([]bool, len(ts.toks)))); got != tc.want {
			t.Errorf("%q: %d list members, want %d", tc.text, got, tc.want)
		}
	}
}

// TestPluralFilter checks that the filter in front of the plural lookup
// passes every plural the dictionary knows, so "Rare Earths" and "Holdings"
// still take their singular keys.
func TestPluralFilter(t *testing.T) {
	w, err := loadWords(wordsData)
	if err != nil {
		t.Fatal(err)
	}
	for pl := range w.plural {
		if !w.pluralFilter.May(pl) {
			t.Errorf("plural %q is not in pluralFilter", pl)
		}
	}
	ts := w.tokenize("Varnholt Rare Earths Holdings sells minerals")
	for i, want := range []string{"varnholt", "rare", "earth", "holding", "sells", "mineral"} {
		if got := ts.key(i); got != want {
			t.Errorf("token %d key %q, want %q", i, got, want)
		}
	}
}
