package companies

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A short all-capitals alias ("EGC", "YLB") names its company only with
// stronger evidence (detect.go: weak hits). One such evidence is the item
// spelling the acronym out right before it, "Yacimientos del Litio
// Boliviano (YLB)", "l’Entreprise générale du cobalt, EGC": the words
// before it, skipping the connectors of acronym_skip_words ("del", "du",
// "of"), start with its letters in order, and each begins as the
// corresponding word of one of the company's own dictionary names does
// (its first four letters), so a typo, sentence case or a dropped plural
// still names the company the dictionary knows by that acronym, while
// another body with the same initials ("Shanghai Metals Market (SMM)" is
// not Sumitomo Metal Mining) does not.

// spelledOutBefore reports a weak hit h written in brackets or after a
// comma right after the words that spell it out as one of its company's
// names.
func (d *Dictionary) spelledOutBefore(ts *tokens, h hit) bool {
	if h.company < 0 || h.end != h.pos+1 || h.pos == 0 || ts.toks[h.pos].para {
		return false
	}
	g := ts.gap(h.pos)
	if !strings.HasSuffix(g, "(") && !strings.HasSuffix(g, ",") {
		return false
	}
	acr := ts.text(h.pos)
	return d.namedBy(h.company, d.spelledWords(ts, h.pos-1, acr))
}

// spelledOutCompany returns the company of the weak hit on token j, the
// acronym acr an item writes in brackets after the words that end at
// token last, when those words spell out one of the company's names; -1
// when no such hit is there.
func (d *Dictionary) spelledOutCompany(idx hitIndex, ts *tokens, last, j int, acr string) int {
	return d.spelledBy(ts, last, acr, func(yield func(int) bool) {
		for k := idx.startingAt(j); k >= 0; k = idx.next(k) {
			h := idx.hits[k]
			if h.company >= 0 && h.weak && h.end == j+1 && !yield(h.company) {
				return
			}
		}
	})
}

// spelledOutKnown returns the company of a known, strong hit that ends
// inside the words ending at token last when those words spell acr and
// spell out one of the company's names: "PT Gunbuster Nickel Industri (PT
// GNI)", where the alias "Gunbuster Nickel" matched and "Industri" is the
// item's spelling of the name's "Industry". -1 when there is none: a
// longer name built on a known one ("Gunbuster Nickel Smelter (GNS)")
// spells out none of its names.
func (d *Dictionary) spelledOutKnown(idx hitIndex, ts *tokens, last int, acr string) int {
	return d.spelledBy(ts, last, acr, func(yield func(int) bool) {
		for e := last; e > last-len(acr) && e > 0; e-- {
			if h, ok := idx.endingAt(e); ok && h.company >= 0 && !h.weak && !yield(h.company) {
				return
			}
		}
	})
}

// spelledBy returns the first company of cands that the words ending at
// token last name, when those words spell acr (spelledWords, read once
// and only when there is a company to try); -1 when there is none.
func (d *Dictionary) spelledBy(ts *tokens, last int, acr string, cands iter.Seq[int]) int {
	var words []string
	for c := range cands {
		if words == nil {
			if words = d.spelledWords(ts, last, acr); words == nil {
				return -1
			}
		}
		if d.namedBy(c, words) {
			return c
		}
	}
	return -1
}

// spelledWords returns the keys of the words ending at token last whose
// initials, connectors skipped, are the letters of acr, the first
// capitalised, joined by spaces or hyphens within one paragraph; nil when
// the words there do not spell acr.
func (d *Dictionary) spelledWords(ts *tokens, last int, acr string) []string {
	letters := []rune(strings.ToUpper(acr))
	words := make([]string, len(letters))
	i := last
	for k := len(letters) - 1; k >= 0; k-- {
		if k < len(letters)-1 {
			for i >= 0 && d.words.acronymSkip[ts.key(i)] && !ts.capitalised(i) {
				if !plainGap(ts, i+1) {
					return nil
				}
				i--
			}
		}
		if i < 0 || i < last && !plainGap(ts, i+1) {
			return nil
		}
		r, _ := utf8.DecodeRuneInString(ts.text(i))
		if unicode.ToUpper(r) != letters[k] {
			return nil
		}
		words[k] = ts.key(i)
		i--
	}
	if !ts.capitalised(i + 1) {
		return nil
	}
	return words
}

// namedBy reports whether words (keys) begin as the words of one of
// company c's dictionary names do, connectors skipped.
func (d *Dictionary) namedBy(c int, words []string) bool {
	if len(words) == 0 {
		return false
	}
	co := &d.companies[c]
	if d.sameWords(co.Name, words) {
		return true
	}
	for _, a := range co.Aliases {
		if d.sameWords(a, words) {
			return true
		}
	}
	return false
}

// sameWords reports whether name, connectors skipped, has as many words as
// words and each begins with the same four letters (the whole word when
// shorter) as the word of words in its place.
func (d *Dictionary) sameWords(name string, words []string) bool {
	ts := d.words.tokenize(name)
	n := 0
	for i := range ts.toks {
		if i > 0 && d.words.acronymSkip[ts.key(i)] && !ts.capitalised(i) {
			continue
		}
		if n >= len(words) || stem4(ts.key(i)) != stem4(words[n]) {
			return false
		}
		n++
	}
	return n == len(words)
}

// stem4 is the first four letters of a key (all of it when shorter).
func stem4(k string) string {
	n := 0
	for i := range k {
		if n == 4 {
			return k[:i]
		}
		n++
	}
	return k
}

// plainGap reports token i joined to the one before it by spaces or a
// hyphen only.
func plainGap(ts *tokens, i int) bool {
	return !ts.toks[i].para && isJoinGap(ts.gap(i))
}
