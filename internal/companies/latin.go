package companies

import (
	"strings"
)

// Spanish, Portuguese and French (and Danish "A/S") company names: names
// opened by a company head and a sector word ("Compañía Minera
// Tarahumara", "Mineração Serra Azul", latinOpenedAt), the length of a
// Latin legal form after a name (latinFormLen), and latinUnitOf, which the
// analysis uses for a Latin unit noun right before a company's name.

// latinOpenedAt reads a company named in Spanish, French or Portuguese from
// the sector word at token i that opens its name (latin_sector_openers),
// with the company head before it (latin_company_heads): "Compañía Minera
// Tarahumara", "Société Minière de Kolwe", "Mineração Serra Azul". The name
// runs over up to five capitalised words joined by name connectors and ends
// before a legal form, which candidateAt then reads as the known name's. The
// sector word says it is a company, so no legal form is needed; a word after
// it that is already a company ("Mineração Serra Verde" with Serra Verde
// known) leaves the known company named there.
func (d *Dictionary) latinOpenedAt(ts *tokens, i int, covered []bool) (hit, int, bool) {
	n := len(ts.toks)
	first := i
	if i > 0 && ts.joined(i) && ts.capitalised(i-1) && d.roles.latinHead[ts.key(i-1)] && !covered[i-1] {
		first = i - 1
	}
	// "Sulista Mineração Ltda.": after a capitalised word the sector word
	// ends a name, as candidateAt reads it; an article opening the
	// sentence is not such a word ("A Mineração Serra Azul anunciou").
	if first > 0 && ts.joined(first) && ts.capitalised(first-1) && !headingBefore(ts, first) && !spacedDash(ts, first) &&
		!d.articleOpens(ts, first-1) {
		return hit{}, i + 1, false
	}
	if d.institutionSeries(ts, first) {
		return hit{}, i + 1, false
	}
	last := i
	for k := i + 1; k < n && k-i <= 7; k++ {
		if !ts.joined(k) || ts.toks[k].para {
			break
		}
		key := ts.key(k)
		if covered[k] {
			return hit{}, i + 1, false
		}
		if d.words.connector[key] && k == last+1 && k+1 < n && ts.joined(k+1) && ts.capitalised(k+1) {
			continue
		}
		if !ts.capitalised(k) || d.words.legal[key] || latinFormLen(ts, k) > 0 || k > last+2 {
			break
		}
		last = k
		if ts.has(k, fPossessive) {
			break
		}
	}
	distinct := false
	for p := i + 1; p <= last && !distinct; p++ {
		k := ts.key(p)
		distinct = ts.toks[p].runes >= 2 && !d.words.function[k] && !d.words.noise[k] && !d.words.connector[k] &&
			!d.roles.institution[k] && !d.words.instHead[k]
	}
	if !distinct || d.roles.latinVenture[ts.key(i)] && !d.namesTrade(ts, i+1, last) {
		return hit{}, i + 1, false
	}
	// "Mineração de Goiás", "Comissária de Mineração da Namíbia": the
	// sector word and only a place after it name a country's or a state's
	// mining, not a company.
	if d.placeAfterConnector(ts, i+1, last) {
		return hit{}, i + 1, false
	}
	name := collapseSpace(ts.src[ts.toks[first].start:ts.toks[last].end])
	if _, ok := d.byName[foldString(name)]; ok {
		return hit{}, i + 1, false
	}
	return hit{src: 1, pos: first, end: last + 1, company: -1, name: name}, last + 1, true
}

// institutionSeries reports a sector word at token first that goes on a
// series of capitalised words after a comma, opened by an institution
// word: "Instituto Geológico, Minero y Metalúrgico" is one state body's
// name, not the company "Minero y Metalúrgico".
func (d *Dictionary) institutionSeries(ts *tokens, first int) bool {
	if first < 2 || ts.toks[first].para || strings.TrimSpace(ts.gap(first)) != "," || !ts.capitalised(first-1) {
		return false
	}
	for p := first - 1; p >= 0 && p >= first-4; p-- {
		if !ts.capitalised(p) {
			return false
		}
		if d.roles.institution[ts.key(p)] || d.words.instHead[ts.key(p)] {
			return true
		}
		if p == 0 || !ts.joined(p) {
			return false
		}
	}
	return false
}

// articleOpens reports an article (sentence_articles) at token a that
// opens its sentence: the first word of the text or of a paragraph, or
// the first after a sentence's end or a line break.
func (d *Dictionary) articleOpens(ts *tokens, a int) bool {
	if !d.words.article[ts.key(a)] {
		return false
	}
	if a == 0 || ts.toks[a].para {
		return true
	}
	return strings.ContainsAny(ts.gap(a), ".!?\n")
}

// placeAfterConnector reports tokens first..last that are a name
// connector ("de", "da") and then only places: "de Goiás", "da Namíbia".
func (d *Dictionary) placeAfterConnector(ts *tokens, first, last int) bool {
	if first >= last || !d.words.connector[ts.key(first)] {
		return false
	}
	return d.onlyPlaces(ts, first+1, last+1)
}

// namesTrade reports a trade word (candidate_trade_words) among tokens
// first..last.
func (d *Dictionary) namesTrade(ts *tokens, first, last int) bool {
	for p := first; p <= last; p++ {
		if d.roles.trade[ts.key(p)] {
			return true
		}
	}
	return false
}

// latinFormLen returns how many tokens a Danish "A/S" or a Spanish, Portuguese or French
// company form starting at token i takes ("S.A.", "S.A. de C.V.", "SAPI de
// CV", "S.A.B. de C.V.", Peru's "S.A.C.", Argentina's "S.R.L.", Spain's
// "S.L.", Quebec's "S.E.N.C." and "S.E.C."), or 0. The tokenizer splits "S.A." into "S" and
// "A" with a "." between.
func latinFormLen(ts *tokens, i int) int {
	n := len(ts.toks)
	at := func(k int, text, gap string) bool {
		return k < n && ts.text(k) == text && !ts.toks[k].para && (k == i || ts.gap(k) == gap)
	}
	// The Danish and Norwegian "A/S" ("Tindal Mining Greenland A/S"), split
	// by the tokenizer at its slash, as the Latin forms are at their points.
	if at(i, "A", "") && at(i+1, "S", "/") {
		return 2
	}
	if i >= n || ts.toks[i].end == ts.toks[i].start || ts.src[ts.toks[i].start] != 'S' {
		return 0 // every other form starts with "S"
	}
	f := 0
	switch {
	case at(i, "S", "") && at(i+1, "A", ".") && (at(i+2, "B", ".") || at(i+2, "C", ".") || at(i+2, "A", ".")):
		f = 3 // Mexican "S.A.B.", Peruvian "S.A.C." and "S.A.A."
	case at(i, "SAC", "") || at(i, "SAA", ""):
		f = 1
	case at(i, "S", "") && at(i+1, "A", "."):
		f = 2
	case at(i, "SAPI", "") || at(i, "SAB", "") || at(i, "SA", ""):
		f = 1
	case at(i, "S", "") && at(i+1, "R", ".") && at(i+2, "L", "."):
		return 3 // Argentine and Italian "S.R.L."
	case at(i, "S", "") && at(i+1, "L", "."):
		return 2 // Spanish "S.L."
	case at(i, "SRL", "") || at(i, "SL", "") || at(i, "SLU", ""):
		return 1
	case at(i, "S", "") && at(i+1, "E", ".") && at(i+2, "N", ".") && at(i+3, "C", "."):
		if at(i+4, "R", ".") && at(i+5, "L", ".") {
			return 6 // Quebec "S.E.N.C.R.L."
		}
		return 4 // Quebec's general partnership, "S.E.N.C."
	case at(i, "S", "") && at(i+1, "E", ".") && at(i+2, "C", "."):
		return 3 // Quebec's limited partnership, "S.E.C."
	default:
		return 0
	}
	if f == 1 && ts.text(i) == "SA" && !(i+1 < n && ts.key(i+1) == "de") {
		return 1 // "Minera Qorvath SA"
	}
	// "de C.V." / "de CV"
	if at(i+f, "de", "") || i+f < n && ts.key(i+f) == "de" && !ts.toks[i+f].para {
		switch {
		case at(i+f+1, "C", "") && at(i+f+2, "V", "."):
			f += 3
		case at(i+f+1, "CV", ""):
			f += 2
		}
	}
	return f
}

// latinUnitOf reports whether token j, right before a company's name,
// ends "<unit noun> [adjective] de [article]" in Spanish, French or
// Portuguese: "la filial de X", "subsidiaria de la X", "une filiale
// malienne de X", "subsidiaria del gigante X", "filial de la canadiense X"
// name X as its unit's parent, as "a subsidiary of X" does
// (docs/labelling.md, 2). sents gives each token's sentence; nil reads
// the tokens as one sentence (a title).
func (r *roleWords) latinUnitOf(ts *tokens, sents []int32, j int) bool {
	if j < 0 || !ts.joined(j+1) {
		return false // "la filial de Codelco, Minera Tarar": the comma names the unit
	}
	// "de la empresa minera canadiense X", "de la société minière X": a
	// company head and up to two lower-case words describe the parent.
	// The description runs back no further than the preposition or its
	// article: in "compañía subsidiaria del gigante X" the company noun
	// is the unit's.
	for m := j; m >= 1 && m >= j-2 && ts.joined(m) && oneSentence(sents, m-1, m) && !ts.capitalised(m) &&
		!r.latinOf[ts.key(m)] && !r.latinOfArticle[ts.key(m)]; m-- {
		if r.latinHead[ts.key(m-1)] && !ts.capitalised(m-1) {
			j = m - 2
			break
		}
	}
	if j > 0 && r.latinHead[ts.key(j)] && !ts.capitalised(j) && ts.joined(j+1) {
		j-- // "de la empresa X"
	}
	if j > 0 && !ts.capitalised(j) && ts.joined(j+1) && (r.latinParentDesc[ts.key(j)] || r.latinNational[ts.key(j)]) &&
		(r.latinOfArticle[ts.key(j-1)] || r.latinOf[ts.key(j-1)]) {
		j-- // "del gigante X", "de la canadiense X"
	}
	if j < 0 {
		return false
	}
	if j > 0 && r.latinOfArticle[ts.key(j)] && ts.joined(j) {
		j--
	}
	if j < 1 || !r.latinOf[ts.key(j)] || !ts.joined(j) || !oneSentence(sents, j-1, j) {
		return false
	}
	n := j - 1
	if !r.latinUnit[ts.key(n)] && n > 0 && !ts.capitalised(n) && ts.joined(n) && oneSentence(sents, n-1, n) {
		n-- // one adjective: "filiale malienne de"
	}
	return r.latinUnit[ts.key(n)] && ts.joined(n+1)
}

// oneSentence reports tokens a and b in the same sentence of sents; with
// no sents (a title) every token is.
func oneSentence(sents []int32, a, b int) bool {
	return sents == nil || sents[a] == sents[b]
}

// latinFoundedBefore reports whether token j, right before a company's
// name, ends a Spanish, Portuguese or French phrase naming its founding:
// "la creación de X", "la creación de la empresa pública X", "a criação
// da estatal X" (latin_founding_nouns, latin_of_words, latin_of_articles;
// up to two lower-case words, one of them a company noun, may describe
// the company after the preposition). The noun's article follows a comma
// or a preposition or conjunction (latin_founding_openers), not a verb.
// Nothing but spaces may come between the words.
func (r *roleWords) latinFoundedBefore(ts *tokens, sents []int32, j int) bool {
	if j < 1 || !ts.joined(j+1) {
		return false
	}
	// "de la empresa pública X", "da estatal X"
	for m := j; m >= 1 && m >= j-1 && ts.joined(m) && oneSentence(sents, m-1, m) && !ts.capitalised(m); m-- {
		if r.latinNoun[ts.key(m)] {
			j = m - 1
			break
		}
	}
	if j > 0 && r.latinOfArticle[ts.key(j)] && ts.joined(j) && oneSentence(sents, j-1, j) {
		j--
	}
	if j < 1 || !r.latinOf[ts.key(j)] || !ts.joined(j) || !oneSentence(sents, j-1, j) {
		return false
	}
	k := j - 1 // the founding noun
	if ts.capitalised(k) || !r.latinFounding[ts.key(k)] || k < 2 || !r.latinArticle[ts.key(k-1)] ||
		!ts.joined(k) || !oneSentence(sents, k-2, k) {
		return false
	}
	// "tras la creación", ", la creación": background; "oficializaron la
	// creación" (a verb before the article): the founding is the news.
	return strings.Contains(ts.gap(k-1), ",") || ts.joined(k-1) && r.latinFoundingOpener[ts.key(k-2)]
}
