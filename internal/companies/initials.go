package companies

import (
	"strings"

	"github.com/lode-reader/lode/internal/text"
)

// Initials and acronyms: whether an acronym spells a name, bracketed short
// names after a prefix form, and initialsHits, which finds loose capitals
// in the title and body that stand for a company the item names.

// initialsOf reports acr spelled by name's capitalised words: every
// word's initial in order, with letters from inside a word allowed between
// them ("JQM" for "Jequitinhonha Minerals", "VAL" for "Vindhya Alloys").
func initialsOf(name, acr string) bool {
	var words []string
	for _, w := range strings.Fields(name) {
		if w[0] >= 'A' && w[0] <= 'Z' {
			words = append(words, strings.ToUpper(w))
		}
	}
	// match reports acr[j:] spelled from word wi on, its initial first.
	var match func(wi, j int) bool
	match = func(wi, j int) bool {
		if wi == len(words) {
			return j == len(acr)
		}
		w := words[wi]
		if j >= len(acr) || w[0] != acr[j] {
			return false
		}
		j++
		if match(wi+1, j) {
			return true
		}
		for k := 1; k < len(w) && j < len(acr); k++ {
			if w[k] == acr[j] {
				if j++; match(wi+1, j) {
					return true
				}
			}
		}
		return false
	}
	return len(words) > 0 && match(0, 0)
}

// isAcronymOf reports an acronym of name: two to six capitals, the first
// the name's initial ("ZMDC" for "Zimbabwe Mining Development").
func isAcronymOf(acr, name string) bool {
	if len(acr) < 2 || len(acr) > 6 || name == "" || acr[0] != name[0] {
		return false
	}
	for _, r := range acr {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}

// prefixedAcronym returns the token after a company's prefix form that
// opens a bracket at token a ("PT" in "(PT QNI)": Indonesian press writes
// the short name with its legal prefix), or a when none is there.
func (w *wordSets) prefixedAcronym(ts *tokens, a int) int {
	if a+1 < len(ts.toks) && w.prefixForm[ts.text(a)] && ts.joined(a+1) {
		return a + 1
	}
	return a
}

// acronymOpen reports a gap that opens a bracketed short name: "(", '("'.
func acronymOpen(g string) bool {
	return strings.HasSuffix(strings.TrimRightFunc(g, func(r rune) bool { return r == ' ' || text.IsQuoteMark(r) }), "(")
}

// acronymClose reports a gap that closes a bracketed short name: ")", '")'.
func acronymClose(g string) bool {
	return strings.HasPrefix(strings.TrimLeftFunc(g, func(r rune) bool { return r == ' ' || text.IsQuoteMark(r) }), ")")
}

// initialsHits returns, as hits of the company they stand for, the
// all-caps words (three to six letters) in the title or text that spell the
// initials of the capitalised words of a company the text names in full
// (three or more such words) before them: "EGC" after "Entreprise Générale
// du Cobalt". A word the scan already found (covered) is left as it is. It
// is linear in the text: the map of initials is built only when the text
// has an all-caps word that no hit covers.
func initialsHits(srcs *[2]tokens, hits []hit, covered []bool) []hit {
	ts := &srcs[1]
	if !hasLooseCaps(ts, covered) && !(len(srcs[0].toks) <= maxTitleInitials && hasLooseCaps(&srcs[0], nil)) {
		return nil
	}
	byInitials := map[string]int{} // initials -> index of the first hit spelling them
	for hi, h := range hits {
		if h.src != 1 || h.end-h.pos < 3 {
			continue
		}
		var buf [6]byte
		acr := buf[:0]
		for p := h.pos; p < h.end && len(acr) <= len(buf); p++ {
			if ts.has(p, fUpperInit) {
				if len(acr) == len(buf) {
					acr = append(acr, 0) // too long: no acronym
					break
				}
				acr = append(acr, ts.text(p)[0])
			}
		}
		if len(acr) < 3 || len(acr) > len(buf) {
			continue
		}
		if _, ok := byInitials[string(acr)]; !ok {
			byInitials[string(acr)] = hi
		}
	}
	if len(byInitials) == 0 {
		return nil
	}
	var out []hit
	for s := range srcs {
		tt := &srcs[s]
		if s == 0 && len(tt.toks) > maxTitleInitials {
			continue
		}
		for i := range tt.toks {
			if !looseCaps(tt, i) || s == 1 && covered[i] {
				continue
			}
			hi, ok := byInitials[tt.text(i)]
			if !ok || s == 1 && i < hits[hi].end || s == 0 && foundAt(hits, 0, i) {
				continue
			}
			out = append(out, hit{src: s, pos: i, end: i + 1, company: hits[hi].company, name: hits[hi].name})
		}
	}
	return out
}

// maxTitleInitials bounds the title scanned for initials (titles are short;
// a hostile one is not read).
const maxTitleInitials = 64

// looseCaps reports an all-caps word of three to six ASCII letters at i.
func looseCaps(ts *tokens, i int) bool {
	t := ts.text(i)
	if len(t) < 3 || len(t) > 6 {
		return false
	}
	for k := 0; k < len(t); k++ {
		if t[k] < 'A' || t[k] > 'Z' {
			return false
		}
	}
	return true
}

// hasLooseCaps reports a looseCaps word in ts that covered (when not nil)
// does not mark.
func hasLooseCaps(ts *tokens, covered []bool) bool {
	for i := range ts.toks {
		if looseCaps(ts, i) && (covered == nil || !covered[i]) {
			return true
		}
	}
	return false
}
