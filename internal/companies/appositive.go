package companies

import (
	"slices"
	"strings"
)

// Names a company noun points at: after the noun ("state lithium company
// LitioMx", namedAfterNoun; "through its subsidiary X", subsidiaryNamed),
// on both sides of "<unit noun> of" (aroundUnit), in an apposition that
// describes the name (appositiveAt, companyApposition, personAfter), and a
// mineral name with a company verb ("Kaloum Lithium said", mineralNamedAt)
// with the tests that go with it.

// operatorBefore reports words before token first that name what follows
// as a company that runs or holds something, or a listed one: "operated
// by", "run by", "owned by", "held by", "controlled by", "shares of",
// "shares in" ("the plant is run by Qorvath Rare Earth, which exports").
func operatorBefore(ts *tokens, first int) bool {
	if first < 2 || !ts.joined(first) || !ts.joined(first-1) {
		return false
	}
	switch k1, k2 := ts.key(first-1), ts.key(first-2); k1 {
	case "by":
		return k2 == "operated" || k2 == "run" || k2 == "owned" || k2 == "held" || k2 == "controlled"
	case "of", "in":
		return k2 == "shares" || k2 == "stock"
	}
	return false
}

// namedAfterNoun reads a name that follows a company noun at token i:
// "state lithium company LitioMx", "Bolivian state company Yacimientos de
// Litio Bolivianos (YLB)". The name is the capitalised words from i (with
// connectors), and needs a distinctive word.
func (d *Dictionary) namedAfterNoun(ts *tokens, i int, covered []bool) (hit, int, bool) {
	n := len(ts.toks)
	w, r := &d.words, d.roles
	if !ts.capitalised(i) || ts.toks[i].flags&fDigitInit != 0 {
		return hit{}, i, false
	}
	e := i
	for e+1 < n && e-i < 5 && ts.joined(e+1) && !covered[e+1] && !ts.has(e, fPossessive) && !spacedDash(ts, e+1) {
		k := ts.key(e + 1)
		if latinFormLen(ts, e+1) > 0 {
			break // "Argentine lithium developer Quetzal Litio S.A. said"
		}
		if ts.capitalised(e+1) && !d.words.legal[k] {
			e++
			continue
		}
		if (w.connector[k] || ts.text(e+1) == "&" || k == "and" && d.words.sector[ts.key(e)] && e+2 < n && d.words.sector[ts.key(e+2)]) &&
			e+2 < n && ts.joined(e+2) && ts.capitalised(e+2) {
			e += 2 // "Yacimientos de Litio", "Twigg Exploration and Mining"
			continue
		}
		break
	}
	end := e + 1
	// "its subsidiary Qorvath Rare (USA) Inc.": a bracketed place before
	// the legal form is part of the name (docs/labelling.md, 8).
	br, bracketed := d.bracketAfter(ts, end)
	if bracketed {
		end = br.b + 1
	}
	end += latinFormLen(ts, end)
	for end < n && d.words.legal[ts.key(end)] && ts.has(end, fUpperInit) && (ts.joined(end) || isSuffixGap(ts.gap(end))) {
		end++
	}
	distinct := false
	for p := i; p <= e; p++ {
		k := ts.key(p)
		if (r.institution[k] || w.instHead[k]) && !(p == e && p > i && isPluralMines(ts.text(p))) {
			return hit{}, end, false // "Sandawana Mines" is a company, "Kathleen Valley Mine" is not
		}
		if w.connector[k] || ts.text(p) == "&" {
			continue
		}
		if !r.generic[k] && !w.common[k] && !w.function[k] && !w.noise[k] && ts.toks[p].runes >= 2 {
			distinct = true
		}
	}
	if !distinct || (e == i && r.generic[ts.key(i)]) {
		return hit{}, end, false
	}
	// "a follow-up Phase II campaign", "the giant Bayan Obo mine": a step
	// or a deposit, not a company (junknames.go).
	if d.phaseName(ts, i, e) || end == e+1 && w.assetAfter(ts, end) {
		return hit{}, end, false
	}
	// "a major JV partner": the word qualifies the partner noun that
	// follows it in lower case (partner_nouns); it names no company.
	if end == e+1 && end < n && ts.joined(end) && !ts.capitalised(end) && r.partnerNoun[ts.key(end)] {
		return hit{}, end, false
	}
	// "holding company PT Indonesia Asahan Aluminium" with the dictionary
	// name after "PT": the prefix alone is no name; "German manufacturer
	// Siemens": a customer outside the chain (outside_names), named by
	// that one word.
	if e == i && (d.words.prefixForm[ts.text(i)] || r.outsideName[ts.key(i)]) {
		return hit{}, end, false
	}
	name := collapseSpace(ts.src[ts.toks[i].start:ts.toks[e].end])
	if _, ok := d.byName[foldString(name)]; ok {
		return hit{}, end, false
	}
	if bracketed {
		name = withPlace(ts, name, br)
	}
	return hit{src: 1, pos: i, end: end, company: -1, name: name}, end, true
}

// personAfter reports an apposition at token e, right after a name, that
// says the name is a person's: ", a Party member for eleven years", ", a
// veteran miner", or an age, ", 45,". "a member of the Qorvath group" is a
// company's.
func (d *Dictionary) personAfter(ts *tokens, e int) bool {
	n := len(ts.toks)
	if e+1 >= n || ts.toks[e].para || strings.TrimSpace(ts.gap(e)) != "," {
		return false
	}
	if ts.has(e, fDigitInit) && ts.toks[e].runes <= 2 && strings.TrimSpace(ts.gap(e+1)) == "," {
		return true // "Li Qiang, 45, said"
	}
	if k := ts.key(e); k != "a" && k != "an" {
		return false
	}
	for p := e + 1; p < n && p <= e+4 && ts.joined(p); p++ {
		if d.roles.person[ts.key(p)] {
			return !(p+1 < n && ts.joined(p+1) && ts.key(p+1) == "of")
		}
	}
	return false
}

// subsidiaryNamed reads the name after "subsidiary" at token i: "through
// its subsidiary Qorvath Mining UK", "its Malagasy subsidiary, Qorvath
// Madagascar SARL." A subsidiary is often named from its parent, so a
// known name may open it when more capitalised words follow (the parent
// is then not named there); after a comma the name must end the clause.
func (d *Dictionary) subsidiaryNamed(ts *tokens, i int, covered []bool, hits []hit) (hit, int, bool) {
	n := len(ts.toks)
	cov := covered
	known := -1
	// the run of capitalised words: a known name inside it that more
	// capitalised words follow ("Qorvath Mining UK", "Salares Codelco SpA")
	last := i
	for last+1 < n && last-i < 5 && ts.joined(last+1) && ts.capitalised(last+1) {
		last++
	}
	for _, o := range hits {
		if o.src == 1 && o.pos >= i && o.end <= last && o.end > known {
			known = o.end
		}
	}
	if covered[i] && known < 0 {
		return hit{}, i, false
	}
	if known >= 0 {
		cov = slices.Clone(covered)
		for p := i; p < known; p++ {
			cov[p] = false
		}
	}
	h, end, ok := d.namedAfterNoun(ts, i, cov)
	if !ok || known >= 0 && h.end <= known {
		return hit{}, i, false
	}
	if !ts.joined(i) {
		if end < n && !ts.toks[end].para && !strings.ContainsAny(strings.TrimSpace(ts.gap(end)), ".,;)") {
			return hit{}, i, false
		}
	}
	return h, end, true
}

// aroundUnit reads the companies on both sides of "<unit noun> of" at
// token i: the name the apposition describes ("Sandawana Mines, a
// subsidiary of") and the parent after it ("of state-owned Kuvimba Mining
// House", "of China's Ganfeng"), where they are not already known.
func (d *Dictionary) aroundUnit(ts *tokens, i int, covered []bool) []hit {
	var out []hit
	n := len(ts.toks)
	// Before: "Name, a [wholly owned] subsidiary of".
	j := i - 1
	for j >= 0 && i-j <= 4 && ts.joined(j+1) && !ts.capitalised(j) && !covered[j] {
		if k := ts.key(j); k == "a" || k == "an" || k == "the" {
			break
		}
		j--
	}
	if j >= 1 && i-j <= 4 && (ts.key(j) == "a" || ts.key(j) == "an" || ts.key(j) == "the") && ts.gap(j) == "," &&
		!ts.toks[j].para && ts.capitalised(j-1) && !covered[j-1] {
		first := j - 1
		// "Jixi BTR Graphite Industrial, a subsidiary of": a known name
		// (here a weak alias) inside the run, with more of the run's
		// words after it, is part of the unit's name, as subsidiaryNamed
		// reads it.
		cov := covered
		for first > 0 && j-first < 6 && ts.joined(first) && ts.capitalised(first-1) &&
			(!covered[first-1] || first < j-1 && !covered[j-1]) && !spacedDash(ts, first) && !ts.has(first-1, fPossessive) {
			first--
		}
		if slices.Contains(covered[first:j], true) {
			cov = slices.Clone(covered)
			for p := first; p < j; p++ {
				cov[p] = false
			}
		}
		for first < j-1 && (d.words.noise[ts.key(first)] || d.words.function[ts.key(first)]) {
			first++
		}
		// "PT Qorvath Nikel Tbk, a subsidiary of": the legal form after a
		// known name is no name of its own.
		legalOnly := true
		for p := first; p < j && legalOnly; p++ {
			legalOnly = d.words.legal[ts.key(p)]
		}
		if h, end, ok := d.namedAfterNoun(ts, first, cov); ok && end == j && !legalOnly {
			out = append(out, h)
		}
	}
	// After: "of [state-owned|the|Place's] Name".
	a := i + 2
	for a < n && ts.joined(a) && a-i <= 5 {
		k := ts.key(a)
		if !ts.capitalised(a) && (k == "state" || k == "owned" || k == "the" || k == "its" || k == "listed" || k == "based") {
			a++
			continue
		}
		if ts.capitalised(a) && a+2 < n && ts.gap(a+1) == "-" && d.words.placeCompound[ts.key(a+1)] && ts.joined(a+2) {
			a += 2 // "of London-listed Andrada Mining": the city is not the parent
			continue
		}
		if ts.capitalised(a) && ts.has(a, fPossessive) && a+1 < n {
			a++ // "of China's Ganfeng"
			if isPossessiveGap(ts.gap(a)) {
				continue
			}
			break
		}
		break
	}
	if a < n && (ts.joined(a) || isPossessiveGap(ts.gap(a))) && !covered[a] {
		if h, _, ok := d.namedAfterNoun(ts, a, covered); ok && !d.onlyPlaces(ts, h.pos, h.end) && !d.nationOnly(ts, h.pos, h.end) {
			out = append(out, h)
		}
	}
	return out
}

// onlyPlaces reports tokens first..end-1 that are all places or Chinese
// provinces and cities: "a subsidiary of the Guangxi provincial rare earth
// group" names the province, not the parent.
func (d *Dictionary) onlyPlaces(ts *tokens, first, end int) bool {
	for p := first; p < end; p++ {
		if k := ts.key(p); !d.roles.place[k] && !d.roles.chinesePlace[k] {
			return false
		}
	}
	return end > first
}

// appositiveAt reads the name an apposition at company noun i describes:
// "Sabi Star, a Chinese-owned miner", "Kalamazoo Lithium, a Perth-based
// explorer", "Trimex Nusantara, an Indonesian nickel producer". The
// apposition must say it is a business (a trade word, "X-based/listed/
// owned", "state", "junior") and name a place or a trade; the noun must be a
// mining noun unless a trade word is there ("a Chinese battery maker"). A
// name that is itself a place ("Jiangxi, a major producer") is not one, and
// neither is a person ("John Moyo, a Zimbabwean miner").
func (d *Dictionary) appositiveAt(ts *tokens, i int, covered []bool) (hit, bool) {
	r := d.roles
	j := i - 1
	for j >= 0 && i-j <= 6 && ts.joined(j+1) && !covered[j] {
		if k := ts.key(j); k == "a" || k == "an" || k == "the" {
			break
		}
		j--
	}
	if j < 1 || i-j > 6 || i-j < 1 || covered[j] || ts.toks[j].para || strings.TrimSpace(ts.gap(j)) != "," {
		return hit{}, false
	}
	if k := ts.key(j); k != "a" && k != "an" && k != "the" {
		return hit{}, false
	}
	place, trade, business, ofForm := false, false, false, false
	// "Xiamen Ampace Technology Limited, a maker of battery cells": the
	// trade named after "of" says a business as well as one before the noun.
	if i+1 < len(ts.toks) && ts.key(i+1) == "of" && ts.joined(i+1) {
		for p := i + 2; p < len(ts.toks) && p <= i+4 && ts.joined(p) && !ts.capitalised(p); p++ {
			if r.appStop[ts.key(p)] {
				break
			}
			if r.trade[ts.key(p)] {
				trade, business, ofForm = true, true, true
				break
			}
		}
	} else if i-j < 2 {
		return hit{}, false
	}
	for p := j + 1; p < i; p++ {
		k := ts.key(p)
		if r.institution[k] || d.words.instHead[k] || r.appStop[k] || ts.has(p, fPossessive) {
			return hit{}, false
		}
		switch {
		case r.trade[k]:
			trade = true
		case r.businessWord[k]:
			business = true
		}
		if r.place[k] {
			place = true
		}
		if p+1 < len(ts.toks) && ts.gap(p+1) == "-" && r.businessForm[ts.key(p+1)] {
			place, business = true, true // "Perth-based", "ASX-listed", "Chinese-owned"
		}
	}
	if !ts.capitalised(j-1) || covered[j-1] || ts.has(j-1, fPossessive) {
		return hit{}, false
	}
	// "Hung Thinh Rare Earth, a Vietnamese separation company": a name
	// ending in a mineral word names the trade the apposition leaves out.
	if place && !trade && r.mineralSuffix[ts.key(j-1)] {
		trade = true
	}
	if !(trade || business) || !(place || trade) || !(r.miningNoun[ts.key(i)] || trade) {
		return hit{}, false
	}
	first := j - 1
	for first > 0 && j-first < 6 && ts.joined(first) && ts.capitalised(first-1) && !covered[first-1] &&
		!spacedDash(ts, first) && !ts.has(first-1, fPossessive) && !headingBefore(ts, first) {
		first--
	}
	for first < j-1 && (d.words.noise[ts.key(first)] || d.words.function[ts.key(first)]) {
		first++
	}
	if first == j-1 && d.words.noise[ts.key(first)] {
		return hit{}, false // "Recently, the mining firm said": an adverb, no name
	}
	allPlace := true
	for p := first; p < j; p++ {
		k := ts.key(p)
		if !r.place[k] && !d.words.function[k] {
			allPlace = false
		}
		if k == "mr" || k == "mrs" || k == "ms" || k == "dr" || k == "prof" {
			return hit{}, false
		}
	}
	if allPlace {
		return hit{}, false
	}
	h, end, ok := d.namedAfterNoun(ts, first, covered)
	if !ok || end != j {
		return hit{}, false
	}
	// "John Moyo, a producer of lithium concentrate" is a person: in the
	// "of" form only a legal suffix says a company.
	if ofForm && !d.words.legal[ts.key(j-1)] {
		return hit{}, false
	}
	return h, true
}

// mineralNamedAt reads "Kaloum Lithium said", "Tanami Graphite's": a
// capitalised name ending in the mineral word at token i, used as a
// company (a company verb or a possessive right after it). The name needs
// a word that is neither common, generic nor a place.
func (d *Dictionary) mineralNamedAt(ts *tokens, i int, covered []bool) (hit, int, bool) {
	n := len(ts.toks)
	w, r := &d.words, d.roles
	if i+1 >= n || ts.toks[i+1].para {
		return hit{}, i + 1, false
	}
	acts := ts.has(i, fPossessive) || ts.joined(i+1) && !ts.capitalised(i+1) && r.companyVerb[ts.key(i+1)] ||
		ts.joined(i+1) && ts.key(i+1) == "chief" || d.companyApposition(ts, i)
	if !acts && (ts.joined(i+1) && ts.capitalised(i+1) || d.words.legal[ts.key(i+1)] || strings.Contains(ts.gap(i+1), "(")) {
		return hit{}, i + 1, false // "the Qorvath Lithium Project"; a legal form is read where it is
	}
	first := i
	for k := i - 1; k >= 0 && i-k <= 4; k-- {
		if !ts.joined(k+1) || covered[k] || ts.has(k, fPossessive) || spacedDash(ts, k+1) || !ts.capitalised(k) ||
			ts.has(k, fSingle) || headingBefore(ts, k+1) {
			break
		}
		first = k
	}
	for first < i && (w.noise[ts.key(first)] || w.function[ts.key(first)]) {
		first++
	}
	if first == i || !acts && !operatorBefore(ts, first) {
		return hit{}, i + 1, false
	}
	distinct := false
	for p := first; p < i; p++ {
		k := ts.key(p)
		if r.institution[k] || w.instHead[k] {
			return hit{}, i + 1, false
		}
		if !r.generic[k] && !w.common[k] && !w.function[k] && !w.noise[k] && !r.place[k] && ts.toks[p].runes >= 2 &&
			ts.toks[p].flags&fDigitInit == 0 {
			distinct = true
		}
	}
	if !distinct {
		return hit{}, i + 1, false
	}
	first = knownOpening(ts, first, covered)
	name := collapseSpace(ts.src[ts.toks[first].start:ts.toks[i].end])
	if _, ok := d.byName[foldString(name)]; ok {
		return hit{}, i + 1, false
	}
	return hit{src: 1, pos: first, end: i + 1, company: -1, name: name}, i + 1, true
}

// outsideBeforeNoun reports a trade outside mining in the one or two
// words before the company noun at token i: "private equity
// firm Bain Capital", "law firm X", "research firm Y" name a fund, a
// law firm or a research house (not gold, docs/labelling.md), not a
// company of the chain.
func (d *Dictionary) outsideBeforeNoun(ts *tokens, i int) bool {
	for p := i - 1; p >= 0 && p >= i-2 && ts.joined(p+1); p-- {
		if d.roles.appStop[ts.key(p)] {
			return true
		}
	}
	return false
}

// companyApposition reports an apposition after token e that calls the
// name a company or a company's unit: "Salt Lake Lithium, the lithium
// carbonate arm of Qinghai Salt Lake Industry,", "Serra Azul Terras Raras,
// the Brazilian ionic clay developer,". Up to six words of the same
// sentence after "a", "an" or "the", lower case or places, reach a company
// noun or a unit noun; a customer's noun ("carmaker") or a trade outside
// mining ("a research firm") says no.
func (d *Dictionary) companyApposition(ts *tokens, e int) bool {
	n := len(ts.toks)
	a := e + 1
	if a+1 >= n || ts.toks[a].para || strings.TrimSpace(ts.gap(a)) != "," {
		return false
	}
	if k := ts.key(a); k != "a" && k != "an" && k != "the" {
		return false
	}
	r := d.roles
	for p := a + 1; p < n && p <= a+6 && ts.joined(p); p++ {
		k := ts.key(p)
		switch {
		case ts.capitalised(p) && !r.place[k]:
			return false
		case r.appStop[k] || customerNoun(k):
			return false
		case r.companyNoun[k] || r.unit[k]:
			return true
		}
	}
	return false
}

// knownOpening returns where a candidate name starting at token first
// begins when a known company's name opens it: "Vimico Lao Cai Rare Earth
// said" is a unit named from its parent's alias, and the known name is
// part of the unit's (the parent is not named there). Not after a
// possessive ("Vimico's Lao Cai Rare Earth" names both) or a dateline dash.
func knownOpening(ts *tokens, first int, covered []bool) int {
	b := first
	for b > 0 && covered[b-1] && ts.joined(b) && ts.capitalised(b-1) && !ts.has(b-1, fPossessive) && !spacedDash(ts, b) &&
		!headingBefore(ts, b) {
		b--
	}
	return b
}
