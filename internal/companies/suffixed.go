package companies

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lode-reader/lode/internal/text"
)

// Candidates read back from a legal or sector suffix ("Kodal Minerals
// Ltd", "Sinomine Resource Group Co., Ltd."): candidateAt and
// candidateEnding, which find where such a name starts, the bracketed
// places written after it, and the tests that keep an officer's title, an
// owner or operator phrase, a defined term, a trade outside mining, a
// party body, a date or a field label out of the name.

// candidateAt reads a candidate whose suffix starts at token i. end is one
// past the last token looked at (the legal suffixes after i included), so
// the scan can continue after it.
func (d *Dictionary) candidateAt(ts *tokens, i int, covered []bool, kin func(string, int) bool) (hit, int, bool) {
	n := len(ts.toks)
	// "Minera Qorvath S.A. de C.V.", "SAPI de CV": the name is before it.
	if f := latinFormLen(ts, i); f > 0 {
		return d.candidateEnding(ts, i, i+f-1, i-1, span{-1, -1}, covered, kin)
	}
	// The run of legal suffixes after i: "Group Co., Ltd."
	e := i
	// "Lai Chau Mineral Development", "Sichuan Tianqi Mineral Resources
	// Development Co., Ltd.", "Gao'an Mining Development": a provincial
	// firm's form; "Development" alone is not a company's suffix.
	if k := ts.key(i); (k == "mineral" || k == "resource" || k == "mining") && i+1 < n && ts.key(i+1) == "development" && ts.joined(i+1) &&
		ts.capitalised(i+1) && !ts.toks[i+1].para {
		e = i + 1
	}
	for e+1 < n && d.words.legal[ts.key(e+1)] && ts.has(e+1, fUpperInit) && !ts.toks[e+1].para &&
		(ts.joined(e+1) || isSuffixGap(ts.gap(e+1))) {
		e++
	}
	// "Lygend Resources & Technology": an ampersand and one more
	// capitalised word after a sector suffix belong to the name.
	// So does "and" with another sector suffix: "Twigg Exploration and Mining".
	if e == i && d.words.sector[ts.key(i)] && e+2 < n && (ts.text(e+1) == "&" || ts.key(e+1) == "and" && d.words.sector[ts.key(e+2)]) &&
		ts.joined(e+1) && ts.joined(e+2) &&
		ts.has(e+2, fUpperInit) && !covered[e+2] && (e+3 == n || !ts.joined(e+3) || !ts.capitalised(e+3) || d.words.legal[ts.key(e+3)]) {
		e += 2
		for e+1 < n && d.words.legal[ts.key(e+1)] && ts.has(e+1, fUpperInit) && (ts.joined(e+1) || isSuffixGap(ts.gap(e+1))) {
			e++
		}
	}
	last := e
	for last >= i && d.words.legal[ts.key(last)] && ts.text(last) != "&" {
		last--
	}
	// "Hanoi Dat Hiem Tai Che Joint Stock Company", "Qorvath Mining
	// Joint-Stock Company": the Vietnamese and Russian form, whose
	// "Joint Stock" belongs to the legal form, not the name.
	if last == i-1 && i >= 3 && jointStockAt(ts, i-2) {
		last = i - 3
	}
	// "Mahenge Graphite (Tanzania) Limited", "Huayou International Mining
	// (Hong Kong) Limited": a place in brackets before the legal form is
	// part of the registered name (docs/labelling.md, 8), read after the
	// words before it.
	br := span{-1, -1}
	if last == e && e+1 < n {
		if b, ok := d.bracketAfter(ts, e+1); ok {
			br = b
			for e = br.b + 1; e+1 < n && d.words.legal[ts.key(e+1)] && ts.has(e+1, fUpperInit) && !ts.toks[e+1].para &&
				(ts.joined(e+1) || isSuffixGap(ts.gap(e+1))); e++ {
			}
		}
	} else if last == i-1 {
		if b, ok := d.bracketBefore(ts, i); ok {
			br, last = b, b.a-1
		}
	}
	if br.a >= 0 && (last < 0 || !ts.capitalised(last) || ts.toks[br.a].para) {
		br = span{-1, -1}
		last = e
		for last >= i && d.words.legal[ts.key(last)] && ts.text(last) != "&" {
			last--
		}
	}
	return d.candidateEnding(ts, i, e, last, br, covered, kin)
}

// span is a run of tokens a..b (inclusive); a < 0 when there is none.
type span struct{ a, b int }

// withPlace appends the bracketed place br to a candidate's name:
// "Mahenge Graphite (Tanzania)".
func withPlace(ts *tokens, name string, br span) string {
	return name + " (" + collapseSpace(ts.src[ts.toks[br.a].start:ts.toks[br.b].end]) + ")"
}

// bracketAfter is bracketBefore for a bracket that opens at token a, after
// a sector word: "Mining (Hong Kong) Limited".
func (d *Dictionary) bracketAfter(ts *tokens, a int) (span, bool) {
	for l := a + 1; l <= a+3 && l < len(ts.toks); l++ {
		if b, ok := d.bracketBefore(ts, l); ok && b.a == a {
			return b, true
		}
	}
	return span{}, false
}

// bracketBefore finds a bracketed place of one to three capitalised words
// that ends right before the legal form at token l: "(Tanzania)" in
// "Mahenge Graphite (Tanzania) Limited", "(Hong Kong)", "(USA) Inc.",
// "(Alaska), Inc.". A legal form, a digit, a lower-case word or a word of
// a company's form ("(Pty) Ltd", "(ASX: XYZ)", "(Group) Co., Ltd.") in the
// brackets is not one.
func (d *Dictionary) bracketBefore(ts *tokens, l int) (span, bool) {
	if l < 2 || l >= len(ts.toks) || !ts.has(l, fUpperInit) || !d.words.legal[ts.key(l)] || ts.toks[l].para {
		return span{}, false
	}
	if g := ts.gap(l); g != ")" && g != ")," {
		return span{}, false
	}
	for a := l - 1; a >= 1 && l-a <= 3; a-- {
		k := ts.key(a)
		if !ts.capitalised(a) || d.words.legal[k] || d.words.sector[k] || d.roles.weakSuffix[k] || k == "holdings" ||
			ts.toks[a].flags&fDigitInit != 0 || ts.toks[a].para {
			return span{}, false
		}
		if ts.gap(a) == "(" {
			return span{a, l - 1}, true
		}
		if !ts.joined(a) || ts.gap(a) != "" {
			return span{}, false
		}
	}
	return span{}, false
}

// candidateEnding is candidateAt once the suffix is known: the candidate's
// suffix found at i runs to token e, and its name (legal suffixes dropped)
// ends at token last (last < i when only legal suffixes follow the name),
// followed by the bracketed place br when br.a >= 0.
func (d *Dictionary) candidateEnding(ts *tokens, i, e, last int, br span, covered []bool, kin func(string, int) bool) (hit, int, bool) {
	n := len(ts.toks)
	w, r := &d.words, d.roles
	end := e + 1
	// A capitalised word right after continues the name: "Mining Indaba",
	// "Minerals Council", "Shanghai Metals Market"; not a field label on
	// the next line ("Name: Qorvath Graphite JSC" / "Capital: …", a
	// notice's table of a new venture).
	if end < n && ts.joined(end) && ts.capitalised(end) && !fieldLabelAt(ts, end) {
		return hit{}, end, false
	}
	// "Sona Metals and Alloys Pvt Ltd": the name goes on after "and" to a
	// trade word and a legal form, which end it.
	if end+2 < n && ts.key(end) == "and" && d.words.sector[ts.key(e)] && ts.joined(end) && ts.joined(end+1) &&
		ts.capitalised(end+1) && r.trade[ts.key(end+1)] && ts.joined(end+2) && d.words.legal[ts.key(end+2)] {
		return hit{}, end, false
	}
	if last < i && last >= 0 && covered[last] {
		return hit{}, end, false // "Lynas Rare Earths Ltd": the known name wins
	}
	// Walk back over the capitalised words of the name.
	first := last + 1
	if last >= i {
		first = last
	}
	for k := first - 1; k >= 0 && first-k <= 7; k-- {
		// "Sunrise Lithium Zimbabwe (Pvt) Ltd": a legal form in brackets
		// right after the name.
		bracketed := k+1 == i && last < i && !ts.toks[i].para && strings.TrimSpace(ts.gap(i)) == "(" ||
			// "Volframio del Duero, S.L.", "Minas Castellanas, S.A.": a
			// dotted Latin form after a comma (not a bare "SA", which is
			// also South Africa)
			k+1 == i && last < i && !ts.toks[i].para && strings.TrimSpace(ts.gap(i)) == "," && latinFormLen(ts, i) >= 2 ||
			k == last && br.a == last+1 // "Mahenge Graphite (Tanzania) Limited" (candidateAt)
		if !ts.joined(k+1) && !bracketed || covered[k] || ts.has(k, fPossessive) || spacedDash(ts, k+1) || headingBefore(ts, k+1) ||
			dateAt(ts, k) {
			break // "MASVINGO - Bikita Minerals", "HONG KONG Oct 10 Qorvath Minerals": a dateline, not a name
		}
		if d.words.endsName[ts.key(k)] && !bracketed {
			break // "About Narmada Battery Materials Limited\nNarmada Battery Materials Limited is": a legal form ends the name before
		}
		// "Qorvath Hi-tech Materials", "Tindal New-energy Materials": a
		// trade word hyphened in lower case to a capitalised one is part of
		// the name (not "-based", "-listed", "-owned" before a name).
		if ts.capitalised(k) && !ts.has(k, fSingle) || k > 0 && hyphenated(ts, k) && ts.capitalised(k-1) &&
			(d.roles.techSuffix[ts.key(k)] || d.roles.trade[ts.key(k)]) {
			first = k
			continue
		}
		// "Mineração Vale do Jequitinhonha Ltda.": a known name between a
		// trade word and a connector is part of a longer name (a Brazilian
		// unit's), which takes it in.
		if w.connector[ts.key(k)] && k > 1 && ts.joined(k) && ts.capitalised(k-1) && covered[k-1] {
			b := k - 1
			for b > 0 && covered[b-1] && ts.joined(b) && ts.capitalised(b-1) {
				b--
			}
			if b > 0 && ts.joined(b) && ts.capitalised(b-1) && !covered[b-1] && r.trade[ts.key(b-1)] {
				first, k = b-1, b-1
				continue
			}
		}
		if (w.connector[ts.key(k)] || ts.text(k) == "&") && k > 0 && ts.joined(k) && ts.capitalised(k-1) && !covered[k-1] {
			if ts.key(k) == "of" && w.instHead[ts.key(k-1)] && partyBody(ts, k-1) {
				break // "the Party Committee of Xiangnan Tungsten Industry Co., Ltd."
			}
			if ts.key(k) == "of" && ts.key(k-1) == "directors" && last < e {
				break // "The Board of Directors of Sahyadri Metals Limited"
			}
			continue
		}
		if accentedLink(ts, k) && k > 0 && ts.joined(k) && ts.capitalised(k-1) && !covered[k-1] {
			continue // "Tshipi é Ntle Manganese Mining (Pty) Ltd"
		}
		if ts.key(k) == "and" && k > 0 && d.words.sector[ts.key(k+1)] && d.words.sector[ts.key(k-1)] && ts.capitalised(k-1) && !covered[k-1] {
			continue // "Twigg Exploration and Mining"
		}
		// "Sona Metals and Alloys Pvt Ltd": a trade word after "and", a
		// sector word before it, and a legal form after the name.
		if ts.key(k) == "and" && k > 0 && k+1 == first && last < e && r.trade[ts.key(k+1)] && d.words.sector[ts.key(k-1)] &&
			ts.joined(k) && ts.capitalised(k-1) && !covered[k-1] {
			continue
		}
		break
	}
	// "Serra Verde Terras Raras S.A.": the known name with its trade in the
	// local language and a legal form is the company's own legal name.
	if k := first - 1; k >= 0 && first <= last && covered[k] && ts.joined(first) && last < e && r.localTrade.is(ts, first, last) {
		return hit{}, end, false
	}
	// "China Minmetals Salt Lake Co., Ltd.", "Ganfeng Lithium Netherlands
	// Co. Ltd": a known group's name with more words and a legal suffix is
	// another company (a subsidiary) and takes the known name in. A sector
	// word after the known name is its own name's ("Zijin Mining Group Co.,
	// Ltd."), unless a country ends the added words: "Kodal Mining UK
	// Limited" beside "Kodal Minerals" is the group's British vehicle; so
	// does a place in brackets: "Huayou International Mining (Hong Kong)
	// Limited" is the group's Hong Kong unit.
	if k := first - 1; k >= 0 && first <= last && covered[k] && ts.joined(first) && ts.capitalised(k) &&
		!ts.has(k, fPossessive) && last < e && ts.capitalised(first) &&
		(!d.words.sector[ts.key(first)] && (d.addsName(ts, first, last) || d.addsTrade(ts, k, first) || br.a == last+1) ||
			d.words.sector[ts.key(first)] && last > first && r.place[ts.key(last)] && ts.capitalised(last)) {
		for k > 0 && covered[k-1] && ts.joined(k) && ts.capitalised(k-1) && !ts.has(k-1, fPossessive) {
			k--
		}
		first = k
	}
	// "Sichuan Tianqi Mineral Resources Development Co., Ltd.": a known
	// short name between a place and more words of a legal name is part of
	// another company's name, which takes it in; the known company is not
	// named there.
	if first <= last && last < e {
		b := first
		if !covered[b] && b < last && b > 0 && covered[b-1] && ts.joined(b) && ts.capitalised(b) && ts.capitalised(b-1) &&
			!ts.has(b-1, fPossessive) {
			b--
		}
		if covered[b] {
			for b > 0 && covered[b-1] && ts.joined(b) && ts.capitalised(b-1) && !ts.has(b-1, fPossessive) {
				b--
			}
			if p := b - 1; p >= 0 && ts.joined(b) && ts.capitalised(p) && !covered[p] && !ts.has(p, fPossessive) &&
				(r.chinesePlace[ts.key(p)] || r.place[ts.key(p)]) && (p == 0 || !ts.joined(p) || !ts.capitalised(p-1)) {
				first = p
			}
		}
	}
	// "Chief Financial Officer of Qorvath Mining", "Managing Director of
	// Qorvath Minerals Ltd": an officer's title and "of" are the person's;
	// the name starts after them.
	titled := false
	if p := w.officerOf(ts, first, last); p >= 0 {
		first, titled = p+1, true
	}
	// "ASX Listed Qorvath Minerals", "Perth Based Qorvath Lithium Ltd": a
	// listing or base descriptor in title case describes the name after it,
	// as "ASX-listed" does in lower case.
	for p := last - 1; p > first; p-- {
		if w.placeCompound[ts.key(p)] && ts.capitalised(p) && ts.joined(p+1) {
			first = p + 1
			break
		}
	}
	for first <= last && (w.noise[ts.key(first)] || w.connector[ts.key(first)] || w.function[ts.key(first)]) {
		first++
	}
	// "signed with the Russian Qorvath Group": a nationality after an
	// article describes the company; it is not part of its name (a name
	// that opens with one is written without the article: "American
	// Lithium Corp").
	if first < last && first > 0 && ts.joined(first) && len(r.nationality[ts.key(first)]) > 0 {
		if k := ts.key(first - 1); k == "the" || k == "a" || k == "an" {
			first++
		}
	}
	// "Partner Omaruru Mining Holdings (Pty) Ltd converts its loan": a
	// role noun that opens a sentence or highlight is not part of the name.
	if first < last && (first == 0 || d.words.sentenceBreak(ts, first)) && (r.head.endsAt(ts, first) || r.unit[ts.key(first)]) {
		first++
	}
	// "SOURCE Qorvath Magnetics LLC": the wire services' source line
	// names the issuer after a capitalised label.
	if first < last && ts.text(first) == wireSource && (first == 0 || lineBreakBefore(ts, first)) {
		first++
	}
	if first > last {
		return hit{}, end, false
	}
	// "Ministry of Natural Resources", "Department of Mines and Energy";
	// a legal suffix makes it a company's name: "the Party committee of
	// Ninghua Xingluokeng Tungsten Mining Co., Ltd.", and so does a Party
	// body: "The Party committee of Guangxi Qorvath Nonferrous Group".
	if !titled && first >= 2 && ts.joined(first) && (ts.key(first-1) == "of" || ts.key(first-1) == "for") && w.instHead[ts.key(first-2)] &&
		!partyBody(ts, first-2) && (last == e || ts.capitalised(first-2)) {
		return hit{}, end, false
	}
	// "the Innovation Center for the Efficient Development of Mineral
	// Resources": the same with an article, a programme the body serves.
	if !titled && last == e && first >= 3 && ts.joined(first) && ts.key(first-1) == "the" && ts.joined(first-1) &&
		(ts.key(first-2) == "of" || ts.key(first-2) == "for") && ts.joined(first-2) && w.instHead[ts.key(first-3)] && ts.capitalised(first-3) {
		return hit{}, end, false
	}
	// "Ministry of Industry and Information Technology": the second half
	// of an institution's name after "and"; so in Indonesian, with the
	// head right before and no "of": "Kementerian Energi dan Sumber Daya
	// Mineral".
	if p := first - 1; p >= 2 && ts.joined(first) && (ts.key(p) == "and" || ts.key(p) == "dan" || ts.text(p) == "&") && ts.joined(p) &&
		ts.capitalised(p-1) && ts.joined(p-1) && (p >= 3 && ts.key(p-2) == "of" && ts.joined(p-2) && w.instHead[ts.key(p-3)] &&
		!partyBody(ts, p-3) || ts.key(p) == "dan" && w.instHead[ts.key(p-2)]) {
		return hit{}, end, false
	}
	mines := isPluralMines(ts.text(i))
	distinct := false
	for p := first; p <= last; p++ {
		k := ts.key(p)
		if (r.institution[k] || w.instHead[k]) && !(mines && p == i) {
			return hit{}, end, false
		}
		if w.connector[k] {
			continue
		}
		// "Pesquisa e Mineração Ltda.": a Latin sector word alone names no
		// company.
		// "Tungsten Recycling": a trade suffix names no company either.
		if !r.generic[k] && !w.common[k] && !w.function[k] && !w.noise[k] && ts.toks[p].runes >= 2 &&
			ts.toks[p].flags&fDigitInit == 0 && !d.words.sector[k] && !d.words.legal[k] && !r.latinOpener[k] && !r.techSuffix[k] {
			distinct = true
		}
	}
	if !distinct {
		return hit{}, end, false
	}
	// A name with only a legal suffix must name the trade: "Qingdao
	// Graphite Co., Ltd.", not "Hyundai Motor Co."; so must one ending in
	// "Mines" ("Consolidated Antimony Mines") with no legal suffix after it,
	// unless it is named from another company of the item ("Mirrabooka
	// Tanzania Ltd").
	if last < i || mines && last == e {
		trade := false
		for p := first; p <= last && !trade; p++ {
			trade = r.trade[ts.key(p)] && !(mines && p == i)
		}
		// "Qorvath Holdings Limited (\"Qorvath\")": a release introducing a
		// party by a defined short name.
		defined := last < i && definedAfter(ts, e) && !d.outsideTrade(ts, first, last+1) && !r.outsideName[ts.key(first)]
		// "the joint venture company, Boguty Vostok LLP", "The company,
		// Rheinmagnet AG, uses …": a name the text calls a company.
		vehicle := last < i && first > 1 && strings.TrimSpace(ts.gap(first)) == "," && !ts.toks[first].para &&
			(r.vehicle.endsAt(ts, first-1) || r.companyNoun[ts.key(first-1)] && ts.key(first-2) == "the" && ts.joined(first-1))
		if !trade && !kin(ts.key(first), first) && !(mines && last == e && d.usedAsCompany(ts, first, last, e)) && !defined && !vehicle &&
			!(last < i && (d.tradeApposition(ts, e) || d.describedAndNamedAgain(ts, first, e))) {
			return hit{}, end, false // "Qorvath Mines said" is a company
		}
	}
	// "Hanbit Industrial", "Ampace Technology Co., Ltd.": a tech suffix
	// needs a trade word, a use as a company right after the name, or a
	// company of the item it is named from.
	if last >= i && r.techSuffix[ts.key(last)] && !(r.trade[ts.key(last)] && last < e) {
		trade := false
		for p := first; p < last && !trade; p++ {
			trade = r.trade[ts.key(p)]
		}
		for p := first; p < last; p++ {
			if r.appStop[ts.key(p)] {
				return hit{}, end, false // "Samsung Heavy Industries", "Hyundai Motor Technology"
			}
		}
		if !trade && !d.usedAsCompany(ts, first, last, e) && !kin(ts.key(first), first) && !(last < e && d.tradeApposition(ts, e)) {
			return hit{}, end, false
		}
		// "its separation technology, known as Selective Binding
		// Technology": the text calls the name a thing of its suffix's kind.
		if last == e && calledThing(ts, first, last) {
			return hit{}, end, false
		}
	}
	// "Minerals Marketing Corporation of Zimbabwe", "Industrial Development
	// Corporation of South Africa": a state body named for its country.
	if end+1 < len(ts.toks) && ts.key(end) == "of" && ts.joined(end) && ts.joined(end+1) && ts.capitalised(end+1) &&
		d.words.legal[ts.key(e)] {
		return hit{}, end, false
	}
	// "Volkswagen Group", "Duke Energy": a weak sector suffix needs a trade
	// word before it ("Zijin Mining Group"), or a legal form and then a
	// defined short name in brackets, as releases introduce a party:
	// "Sichuan Tianhua New Energy Co., Ltd. (\"Tianhua\")".
	if last >= i && r.weakSuffix[ts.key(last)] {
		trade := false
		for p := first; p < last && !trade; p++ {
			trade = r.trade[ts.key(p)]
		}
		// "Guangxi Qorvath Group Co., Ltd.": a Chinese place, a brand and a
		// legal form make a state group's formal name.
		stateGroup := last < e && last-first >= 2 && r.chinesePlace[ts.key(first)] && !r.place[ts.key(first+1)] &&
			!r.generic[ts.key(first+1)] && !d.words.common[ts.key(first+1)] && !r.outsideName[ts.key(first+1)]
		// "held by Kibaran Holdings", "whose shareholders include Ntsimbintle
		// Holdings": a holding company named as an owner.
		owner := ts.key(last) == "holding" && last > first && ownerBefore(ts, first)
		if !trade && !(last < e && definedAfter(ts, e) || stateGroup || owner) || d.outsideTrade(ts, first, last) && !trade {
			return hit{}, end, false
		}
	}
	// A sector suffix needs a name before it: "Kodal Minerals", not "Minerals".
	if last == i && (d.words.sector[ts.key(i)] || mines) && first == i {
		return hit{}, end, false
	}
	name := collapseSpace(ts.src[ts.toks[first].start:ts.toks[last].end])
	if br.a >= 0 && last == br.a-1 {
		name = withPlace(ts, name, br)
	}
	if _, ok := d.byName[foldString(name)]; ok {
		return hit{}, end, false // a dictionary name its context rejected
	}
	return hit{src: 1, pos: first, end: e + 1, company: -1, name: name}, end, true
}

// officerOf returns the token of the "of" that follows an officer's title
// (officer_titles) among tokens first..last-1 ("Managing Director of
// Qorvath Minerals"), or -1 when there is none.
func (w *wordSets) officerOf(ts *tokens, first, last int) int {
	title := false
	for p := first; p < last; p++ {
		switch k := ts.key(p); {
		case w.officerTitle[k]:
			title = true
		case title && k == "of":
			return p
		}
	}
	return -1
}

// accentedLink reports a short lower-case word with an accented first
// letter at token k ("é" in "Tshipi é Ntle"): a word of a name in an African
// or Romance language, which links the capitalised words around it.
func accentedLink(ts *tokens, k int) bool {
	t := ts.text(k)
	r, _ := utf8.DecodeRuneInString(t)
	return ts.toks[k].runes <= 2 && r >= utf8.RuneSelf && unicode.IsLower(r) && !ts.toks[k].para
}

// ownerBefore reports words before token first that name what follows as
// an owner: "held by", "owned by", "controlled by", "shareholders include".
func ownerBefore(ts *tokens, first int) bool {
	if first < 2 || !ts.joined(first) || !ts.joined(first-1) {
		return false
	}
	k1, k2 := ts.key(first-1), ts.key(first-2)
	return k1 == "by" && (k2 == "held" || k2 == "owned" || k2 == "controlled") ||
		(k1 == "include" || k1 == "includes") && (k2 == "shareholders" || k2 == "owners")
}

// definedAfter reports a defined term in quotes in brackets right after
// token e: ' ("Tianhua")', ' ("Kivu Lithium" or "KVU")'.
func definedAfter(ts *tokens, e int) bool {
	a := e + 1
	if a >= len(ts.toks) || ts.toks[a].para {
		return false
	}
	g := ts.gap(a)
	return strings.Contains(g, "(") && text.HasQuoteMark(g)
}

// outsideTrade reports a word of tokens first..last-1 naming a trade outside
// mining ("Samsung Heavy Industries", "SAIC Motor Group").
func (d *Dictionary) outsideTrade(ts *tokens, first, last int) bool {
	for p := first; p < last; p++ {
		if d.roles.appStop[ts.key(p)] {
			return true
		}
	}
	return false
}

// usedAsCompany reports a name ending at token last (legal suffixes to
// token e) that the text uses as a company right after it: a possessive
// ("Hanbit Industrial's"), a company verb ("Hanbit Industrial said",
// "Ampace Technology Co., Ltd. signed"), a defined term in brackets
// ("(\"Ampace\")", an acronym "(CQT)") or a relative clause naming the trade (", which makes
// magnet presses").
func (d *Dictionary) usedAsCompany(ts *tokens, first, last, e int) bool {
	if ts.has(e, fPossessive) {
		return true
	}
	a := e + 1
	if a >= len(ts.toks) || ts.toks[a].para {
		return false
	}
	g := ts.gap(a)
	if strings.Contains(g, "(") && (text.HasQuoteMark(g) || isAcronymOf(ts.text(a), ts.text(first))) {
		return true // ("Ampace"), (CQT)
	}
	// "Ningbo Hengcheng Technology Co., Ltd., which makes magnet presses":
	// a relative clause that names the trade.
	if g = strings.TrimSpace(g); (g == "," || g == ".,") && (ts.key(a) == "which" || ts.key(a) == "that") {
		for p := a + 1; p < len(ts.toks) && p <= a+6 && ts.joined(p); p++ {
			if d.roles.trade[ts.key(p)] && !ts.capitalised(p) {
				return true
			}
		}
		return false
	}
	if ts.capitalised(a) || !(ts.joined(a) || e > last && (g == "." || g == ",")) {
		return false
	}
	return d.roles.companyVerb[ts.key(a)]
}

// tradeApposition reports an apposition after token e that calls the name
// a company of the chain: "Qorvath Magnetech Co., Ltd., a sintered magnet
// maker based in Changwon": a company noun with a trade word before it.
func (d *Dictionary) tradeApposition(ts *tokens, e int) bool {
	n := len(ts.toks)
	a := e + 1
	if a+1 >= n || ts.toks[a].para {
		return false
	}
	if !commaArticle(ts, a) {
		return false
	}
	trade := false
	for p := a + 1; p < n && p <= a+6 && ts.joined(p); p++ {
		if ts.capitalised(p) {
			if p+2 < n && ts.gap(p+1) == "-" && d.words.placeCompound[ts.key(p+1)] {
				p++ // "a Shenzhen-based maker"
				continue
			}
			if d.roles.place[ts.key(p)] {
				continue // "a Kazakh tungsten developer"
			}
			return false
		}
		if d.roles.companyNoun[ts.key(p)] {
			// "a maker of energy storage batteries": the trade after the noun.
			for q := p + 2; !trade && p+1 < n && ts.key(p+1) == "of" && ts.joined(p+1) && q < n && q <= p+5 && ts.joined(q) && !ts.capitalised(q); q++ {
				trade = d.roles.trade[ts.key(q)]
			}
			return trade
		}
		trade = trade || d.roles.trade[ts.key(p)]
	}
	return false
}

// commaArticle reports whether token a is "a" or "an" after a comma
// (", a", "., an"), the opening of an apposition that describes the name
// before it.
func commaArticle(ts *tokens, a int) bool {
	g := strings.TrimSpace(ts.gap(a))
	return (g == "," || g == ".,") && (ts.key(a) == "a" || ts.key(a) == "an")
}

// describedAndNamedAgain reports a legal-form name described as a company
// right after it (", a drive-train supplier from Aachen,", ", a company
// with Catamarca shareholders,") that the item names again, by its first
// word or in full ("Helix builds …"): a company the item is
// written about, whatever its trade. Not for well-known companies outside
// the chain ("Hyundai Motor Co., a carmaker").
func (d *Dictionary) describedAndNamedAgain(ts *tokens, first, e int) bool {
	n := len(ts.toks)
	a := e + 1
	if a+1 >= n || ts.toks[a].para || d.roles.outsideName[ts.key(first)] || ts.toks[first].runes < 4 {
		return false
	}
	if !commaArticle(ts, a) {
		return false
	}
	noun := false
	for p := a + 1; p < n && p <= a+6 && ts.joined(p); p++ {
		if ts.capitalised(p) {
			if p+2 < n && ts.gap(p+1) == "-" && d.words.placeCompound[ts.key(p+1)] {
				p++ // "a Cologne-based maker of industrial motors"
				continue
			}
			break
		}
		if k := ts.key(p); d.roles.companyNoun[k] {
			noun = !customerNoun(k) // a customer, not the chain
			break
		}
	}
	if !noun {
		return false
	}
	// Named again before or after: a highlight often names the party first.
	k := ts.key(first)
	for p := 0; p < n; p++ {
		if (p < first || p > e) && ts.key(p) == k && ts.has(p, fUpperInit) {
			return true
		}
	}
	return false
}

// isSuffixGap is punctuation allowed between legal suffixes: "Co., Ltd.".
// "(Pvt) Ltd" puts one in brackets.
func isSuffixGap(g string) bool {
	return g == "," || g == "." || g == ".," || strings.TrimSpace(g) == "," || g != "" && strings.Trim(g, "() ,.") == ""
}

// jointStockAt reports "Joint Stock Company" (or "Joint-Stock Company")
// starting at token i: a legal form, not part of the name before it.
func jointStockAt(ts *tokens, i int) bool {
	return i+2 < len(ts.toks) && ts.key(i) == "joint" && ts.capitalised(i) && ts.key(i+1) == "stock" && ts.key(i+2) == "company" &&
		ts.joined(i+1) && ts.joined(i+2)
}

// fieldLabelAt reports a field label opening a line at token i: "Capital:"
// in "Name: Qorvath Graphite JSC\nCapital: 240 billion VND".
func fieldLabelAt(ts *tokens, i int) bool {
	return lineBreakBefore(ts, i) && i+1 < len(ts.toks) && strings.TrimSpace(ts.gap(i+1)) == ":"
}

// dateAt reports whether token k is the day or year of a date, a number
// after a month word (text.IsMonth: "Oct 10", "Oct. 10", "March 3, 2026"):
// the end of a wire dateline written without a dash, which no company's
// name runs across.
func dateAt(ts *tokens, k int) bool {
	if !isDigits(ts.text(k)) {
		return false
	}
	for b := k - 1; b >= 0 && k-b <= 2; b-- {
		if text.IsMonth(ts.key(b)) && ts.capitalised(b) {
			return true
		}
		if !isDigits(ts.text(b)) {
			return false
		}
	}
	return false
}

// partyBody reports "Party Committee" or "Party Branch" ending at token
// i: "the Party Committee of Xiangnan Tungsten Industry Co., Ltd." is a
// company's Party body, and the company is named after it.
func partyBody(ts *tokens, i int) bool {
	return i > 0 && ts.key(i-1) == "party" && ts.joined(i)
}

// addsTrade reports a trade word at token first, after the known name
// that ends at token k, that none of that company's names holds: "Hunan
// Nonferrous Tungsten Group Co., Ltd." is not "Hunan Nonferrous" (Hunan
// Nonferrous Metals Holding Group) but a subsidiary named for its metal;
// "Ganfeng Lithium Group Co., Ltd." and "Zijin Mining Group Co., Ltd."
// stay the known companies (no new trade word).
func (d *Dictionary) addsTrade(ts *tokens, k, first int) bool {
	t := ts.key(first)
	if !d.roles.trade[t] || d.words.sector[t] {
		return false
	}
	start := k
	for start > 0 && ts.joined(start) && ts.capitalised(start-1) && !ts.has(start-1, fPossessive) {
		start--
	}
	parts := make([]string, 0, k-start+1)
	for p := start; p <= k; p++ {
		parts = append(parts, ts.text(p))
	}
	c, ok := -1, false
	for len(parts) > 0 && !ok {
		c, ok = d.byName[foldString(strings.Join(parts, " "))]
		if !ok {
			parts = parts[1:]
		}
	}
	if !ok {
		return false
	}
	co := &d.companies[c]
	names := append([]string{co.Name}, co.Aliases...)
	for _, f := range co.Former {
		names = append(names, f.Name)
	}
	for _, nm := range names {
		for _, w := range strings.Fields(foldString(nm)) {
			if w == t || d.words.plural[w] == t {
				return false
			}
		}
	}
	return true
}

// addsName reports a word among tokens first..last that is not a generic
// name word: "Salt Lake" or "Netherlands" after a group's name make a
// subsidiary's name, "Industry" or "Technology" only the same company's
// legal name ("Yunnan Chihong Zinc & Germanium Industry Co., Ltd.").
func (d *Dictionary) addsName(ts *tokens, first, last int) bool {
	for p := first; p <= last; p++ {
		if k := ts.key(p); !d.roles.generic[k] && !d.words.function[k] && !d.words.connector[k] && ts.text(p) != "&" {
			return true
		}
	}
	return false
}
