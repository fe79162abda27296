package companies

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// A French, Spanish or Portuguese company named by a company head and the
// words after it, with no sector word ("la Société du Vallon de Kestrel
// (SVK)"), read when the text defines its acronym right after the name
// (definedLatinAt).

// definedLatinAt reads a company named from the company head at token i
// (defined_company_heads: "Société", "Entreprise", "Empresa") over the
// capitalised words and name connectors after it, when the text defines
// the name's acronym right after it, in brackets ("Société du Vallon de
// Kestrel (SVK)", "Kestrel(SVK)") or after a comma and an article ("…
// Pierres Tarnaises, la SONAPT"), and the acronym spells the name's words
// (spellsWords). With no sector word in the name, the acronym is what says
// it is one body's name. A name the dictionary holds, or one whose acronym
// it holds, is left to it.
func (d *Dictionary) definedLatinAt(ts *tokens, i int, covered []bool) (hit, int, bool) {
	n := len(ts.toks)
	if i > 0 && ts.joined(i) && ts.capitalised(i-1) && !d.articleOpens(ts, i-1) {
		return hit{}, i + 1, false
	}
	last := i
	for k := i + 1; k < n && k-i <= 8; k++ {
		if !ts.joined(k) {
			break
		}
		if covered[k] {
			return hit{}, i + 1, false
		}
		// "de la Producción": one or two connectors before a capitalised word
		if d.words.connector[ts.key(k)] && k+1 < n && ts.joined(k+1) &&
			(ts.capitalised(k+1) || d.words.connector[ts.key(k+1)] && k+2 < n && ts.joined(k+2) && ts.capitalised(k+2)) {
			continue
		}
		if !ts.capitalised(k) || ts.allCaps(k) {
			break
		}
		last = k
	}
	if last == i {
		return hit{}, i + 1, false
	}
	a := last + 1
	switch {
	case a >= n:
		return hit{}, i + 1, false
	case acronymOpen(ts.gap(a)) && !ts.toks[a].para:
		closed := a+1 < n && acronymClose(ts.gap(a+1)) ||
			a+1 == n && strings.HasPrefix(strings.TrimSpace(ts.src[ts.toks[a].end:]), ")")
		if !closed {
			return hit{}, i + 1, false
		}
	case strings.TrimSpace(ts.gap(a)) == "," && d.roles.latinOfArticle[ts.key(a)] && a+1 < n && ts.joined(a+1):
		a++
	default:
		return hit{}, i + 1, false
	}
	if !ts.allCaps(a) {
		return hit{}, i + 1, false
	}
	var words []string
	for p := i; p <= last; p++ {
		if !d.words.connector[ts.key(p)] {
			words = append(words, baseUpper(ts.text(p)))
		}
	}
	if !spellsWords(ts.text(a), words) {
		return hit{}, i + 1, false
	}
	// "Sociedad Química Minera (SQM)": an acronym the dictionary holds
	// names that company, spelt another way; it is found there.
	if _, ok := d.byName[foldString(ts.text(a))]; ok {
		return hit{}, i + 1, false
	}
	name := collapseSpace(ts.src[ts.toks[i].start:ts.toks[last].end])
	if _, ok := d.byName[foldString(name)]; ok {
		return hit{}, i + 1, false
	}
	return hit{src: 1, pos: i, end: last + 1, company: -1, name: name}, last + 1, true
}

// spellsWords reports whether acr (two to eight capital letters) is the
// words in order, each giving its first letter or first few letters:
// "SVK" for "SOCIETE VALLON KESTREL", "SONAPT" for "SOCIETE NATIONALE
// PIERRES TARNAISES". Every word gives at least one letter.
func spellsWords(acr string, words []string) bool {
	if len(acr) < 2 || len(acr) > 8 || len(words) < 2 || len(words) > len(acr) {
		return false
	}
	for _, r := range acr {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	var spell func(a, w int) bool
	spell = func(a, w int) bool {
		if w == len(words) {
			return a == len(acr)
		}
		word := words[w]
		for k := 1; a+k <= len(acr) && k <= len(word) && word[k-1] == acr[a+k-1]; k++ {
			if spell(a+k, w+1) {
				return true
			}
		}
		return false
	}
	return spell(0, 0)
}

// baseUpper returns s in capitals without its accents: "Société" is
// "SOCIETE".
func baseUpper(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	return b.String()
}
