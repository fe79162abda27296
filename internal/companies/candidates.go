package companies

import (
	"slices"
	"sort"
	"strings"
)

// Candidate companies: names not in the dictionary that the text itself
// marks as companies, by a legal or sector suffix ("Kodal Minerals Ltd",
// "Sinomine Resource Group Co., Ltd.", "Tantalex Lithium Resources Corp").
// Names cited with a ticker ("Kaso Minerals (ASX: KSM)") are found by
// scanTickers already. This file holds candidates, the entry point that
// runs every reader (suffixed.go, shortforms.go, appositive.go, lists.go,
// ventures.go, latin.go, indonesian.go, initials.go, shouted.go) and
// settles their hits, with the small helpers they share.

// wireSource opens the line PR Newswire, Business Wire and CNW end a
// release with: "SOURCE Qorvath Magnetics LLC".
const wireSource = "SOURCE"

// candidates adds candidate companies found in the text, and their
// repetitions in the title, to hits, and returns all hits in order of
// appearance (title first).
func (d *Dictionary) candidates(srcs *[2]tokens, hits []hit) []hit {
	ts := &srcs[1]
	n := len(ts.toks)
	if n == 0 {
		return hits
	}
	d.wholeAmpersandNames(srcs, hits)
	covered := make([]bool, n)
	for _, h := range hits {
		if h.src == 1 {
			for p := h.pos; p < h.end && p < n; p++ {
				covered[p] = true
			}
		}
	}
	type candName struct {
		keys    []string
		name    string
		acronym bool // counts only in capitals
		short   bool // the first word alone; not when a capitalised word follows
		dict    int  // dictionary index + 1 of a known company's short form, 0 for a candidate
		acting  bool // counts only where it acts as the company (dictShortAt)
		// placeWord marks a dictionary name's place word ("Hainan" for
		// "Hainan Mining", placeShortForm): read in the body only, where
		// a place_short_verbs word follows it (placeShortAt).
		placeWord bool
		// placeBrand marks a Chinese name's city and brand ("Qingdao
		// Hanlin" for "Qingdao Hanlin Graphite", placeBrandForm): two
		// words, read in the title too, where a one-word short form is not.
		placeBrand bool
		// bare marks a dictionary name that ends in its legal form, written
		// in full, found again by its words without it ("Battery Minerals"
		// after "Battery Minerals Limited", legalStem): read wherever the
		// words stand alone, in the title too.
		bare bool
	}
	var names []candName // key sequences of the candidates found, to find them again
	// addNames appends the names not already there: an item that repeats a
	// name thousands of times keeps one entry, so finding the names again
	// stays linear in the text.
	addNames := func(cs ...candName) {
		for _, c := range cs {
			if !slices.ContainsFunc(names, func(o candName) bool {
				return o.name == c.name && o.short == c.short && o.acronym == c.acronym && o.dict == c.dict &&
					o.acting == c.acting && o.placeBrand == c.placeBrand && o.bare == c.bare && o.placeWord == c.placeWord && slices.Equal(o.keys, c.keys)
			}) {
				names = append(names, c)
			}
		}
	}
	// dictShort reports a word that is already the short form of a
	// dictionary company the item names in full: "Sigma" after "Sigma
	// Lithium" stands for it, not for "Sigma Mineração S.A.", the unit
	// named from it.
	dictShort := func(k string) bool {
		for _, c := range names {
			if c.dict > 0 && len(c.keys) == 1 && c.keys[0] == k {
				return true
			}
		}
		return false
	}
	// definedAcronym reports a word at token i, alone, that the item
	// defined as a candidate's acronym.
	definedAcronym := func(i int) bool {
		if i+1 < n && ts.joined(i+1) && ts.capitalised(i+1) {
			return false
		}
		return slices.ContainsFunc(names, func(c candName) bool {
			return c.acronym && len(c.keys) == 1 && c.keys[0] == ts.key(i) && ts.allCaps(i)
		})
	}
	shortOf := func(c candName) []candName {
		// "Yichun Mining ... Yichun has the largest reserves": a Chinese
		// city or province alone is the place, not the company named after it.
		if k, ok := d.shortForm(c.keys); ok && !dictShort(k) && !d.roles.chinesePlace[k] {
			return []candName{c, {keys: []string{k}, name: c.name, short: true}}
		}
		if ks, ok := d.placeBrandForm(c.keys); ok {
			return []candName{c, {keys: ks, name: c.name, short: true, placeBrand: true}, {keys: ks[1:], name: c.name, short: true}}
		}
		// "PT Jiu Long Metal Industry … lend to Jiu Long": two pinyin
		// syllables written as two words are the name's short form.
		if ks, ok := d.pinyinForm(c.keys); ok {
			return []candName{c, {keys: ks, name: c.name, short: true}}
		}
		// "Rotorwerk Antriebe AG … Rotorwerk said": a distinctive first
		// word counts where it acts as the company.
		if len(c.keys) >= 2 && d.distinctive(c.keys[0]) && !d.knownShort(c.keys[0]) {
			k0 := c.keys[0]
			return []candName{c, {keys: []string{k0}, name: c.name, short: true, acting: true}}
		}
		return []candName{c}
	}
	var cued []string       // names found by cuedNameAt
	var inner []string      // names found by mineralNamedAt
	var opened []openedName // candidates that took a known name in ("Tau-Ken Siirek")
	var stems []openedName  // dictionary names written in full, without their generic tails (known: the company)
	// kin reports a distinctive first word k that another company the item
	// names also starts with (not the one at token at): "Mirrabooka
	// Tanzania Ltd" beside "Mirrabooka Graphite", "Quetzal Andina S.A."
	// beside "Quetzal Lithium": a subsidiary named from its group.
	kin := func(k string, at int) bool {
		if len(k) < 4 || d.roles.place[k] || d.roles.generic[k] || d.roles.trade[k] || d.words.common[k] ||
			d.words.function[k] || d.words.noise[k] {
			return false
		}
		for _, h := range hits {
			if h.end > h.pos && (h.src == 0 || h.pos != at) && srcs[h.src].key(h.pos) == k {
				return true
			}
		}
		return false
	}
	// "Entreprise Générale du Cobalt said … EGC, a unit of Gécamines,
	// said": the initials of a company written in full before are that
	// company, not a second one.
	for _, h := range initialsHits(srcs, hits, covered) {
		if h.src == 1 {
			covered[h.pos] = true
		}
		hits = append(hits, h)
	}
	// "Mirrabooka Graphite Limited (ASX: MBG)": a name its ticker marked is
	// found again like the suffix forms ("Mirrabooka Graphite signs ..." in
	// the title, "Mirrabooka will fund ...").
	for _, h := range hits {
		if h.src == 1 && h.company < 0 && h.end > h.pos {
			addNames(shortOf(candName{keys: d.words.keysOf(ts, h), name: h.name})...)
		}
	}
	// "Pilbara Minerals rose 9.4% … Pilbara said": a dictionary company
	// the item writes in full is written again by its distinctive first
	// word, as candidates are ("Hastings has not commented", "Bikita has
	// mined lithium since the 1950s").
	for _, h := range hits {
		if h.src == 1 && h.company >= 0 && h.end-h.pos >= 2 {
			keys := d.words.keysOf(ts, h)
			if k, ok := d.shortForm(keys); ok && !d.knownShort(k) && !d.roles.chinesePlace[k] {
				addNames(candName{keys: []string{k}, name: h.name, short: true, dict: h.company + 1})
			} else if k, ok := d.placeShortForm(keys); ok && !d.knownShort(k) && !d.placeWordAsPlace(srcs, keys) {
				// "Hainan Mining ... Hainan will commit $100m": the place
				// word where it acts, in an item that uses it as a place
				// nowhere and starts no other name with it.
				addNames(candName{keys: []string{k}, name: h.name, short: true, dict: h.company + 1, placeWord: true})
			}
			// "Jiangxi Special Electric Motor ... Special Electric Motor
			// said": a Chinese name written again without its province
			// or city, where it acts.
			if len(keys) >= 3 && d.roles.chinesePlace[keys[0]] && !d.roles.chinesePlace[keys[1]] && slices.ContainsFunc(keys[1:], d.distinctive) {
				addNames(candName{keys: keys[1:], name: h.name, dict: h.company + 1})
			}
			// "Qingdao Hanlin" in the title over "Qingdao Hanlin Graphite"
			// in the body: a dictionary company named "<city> <brand>
			// <trade>" is written by its city and brand as a candidate is
			// (placeBrandForm), where it acts or in the title.
			if ks, ok := d.placeBrandForm(keys); ok && !d.knownShort(ks[1]) {
				addNames(candName{keys: ks, name: h.name, short: true, dict: h.company + 1, placeBrand: true})
				// "Guangxing is active" after "Qingdao Guangxing
				// Electronic Materials": the brand alone, where it acts,
				// as for a candidate of that form.
				if !d.roles.chinesePlace[ks[1]] && !d.roles.place[ks[1]] {
					addNames(candName{keys: ks[1:], name: h.name, short: true, dict: h.company + 1})
				}
			}
			if ks, ok := d.pinyinForm(keys); ok && !d.knownShort(strings.Join(ks, " ")) {
				addNames(candName{keys: ks, name: h.name, short: true, dict: h.company + 1})
			}
			// "Eternal Tsingshan Group Ltd ... Eternal Tsingshan did not
			// respond": the name without its generic tail, which holds
			// another company's alias (stemsOverKnown).
			if d.legalStem(ts, h, keys) {
				addNames(candName{keys: keys, name: h.name, dict: h.company + 1, bare: true})
			}
			if st := d.stemOf(keys); len(st) >= 2 && !slices.ContainsFunc(stems, func(o openedName) bool { return o.name == h.name }) {
				stems = append(stems, openedName{keys: st, name: h.name, known: h.company})
			}
		}
	}
	// One lookup per token classes the words each branch below starts
	// at; an item with none of cuedNameAt's cue words skips that scan.
	trig := d.roles.triggers.mark(ts)
	for i := 0; i < n; i++ {
		k := ts.key(i)
		c := ts.toks[i].cls
		// "Kilima Graphite plc": British releases write the legal form in
		// lower case, and nothing else is spelt "plc".
		if covered[i] || (!ts.has(i, fUpperInit) && k != "plc" && c&tCompanyNoun == 0) {
			continue
		}
		var h hit
		var end int
		var ok bool
		// "Compañía Minera Tarahumara", "Société Minière de Kolwe": the
		// head is read with the sector word after it.
		latin := false
		if len(k) >= 5 { // every Latin head and opener is this long
			if c&tLatinHead != 0 && i+1 < n && ts.joined(i+1) && ts.toks[i+1].cls&tLatinOpener != 0 && ts.capitalised(i+1) {
				continue
			}
			if c&tLatinOpener != 0 && ts.has(i, fUpperInit) {
				h, end, ok = d.latinOpenedAt(ts, i, covered)
				latin = ok
			}
			// "la Société du Vallon de Kestrel (SVK)": a head with no
			// sector word, and the acronym the text defines for it.
			if !latin && c&tDefinedHead != 0 && ts.has(i, fUpperInit) && i+1 < n && ts.joined(i+1) {
				h, end, ok = d.definedLatinAt(ts, i, covered)
				latin = ok
			}
		}
		if c&tUnit != 0 && i+2 < n && ts.key(i+1) == "of" {
			// "Sandawana Mines, a subsidiary of state-owned Kuvimba Mining
			// House": both sides of the apposition are companies.
			for _, c := range d.aroundUnit(ts, i, covered) {
				if slices.Contains(covered[c.pos:c.end], true) {
					// a known name inside the unit's is not named there
					hits = slices.DeleteFunc(hits, func(o hit) bool { return o.src == 1 && o.pos >= c.pos && o.end <= c.end })
				}
				for p := c.pos; p < c.end; p++ {
					covered[p] = true
				}
				// "a wholly owned subsidiary of Victory": the short form of
				// a candidate already found ("Victory Metals Limited").
				for _, o := range hits {
					if strings.HasPrefix(o.name, c.name+" ") {
						c.name, c.company = o.name, o.company // "owned by Jiuling, a subsidiary of ...": Jiuling Lithium Mining
						break
					}
				}
				hits = append(hits, c)
				addNames(shortOf(candName{keys: d.words.keysOf(ts, c), name: c.name})...)
			}
			continue
		}
		if !ts.has(i, fUpperInit) && c&tCompanyNoun != 0 {
			// "Sabi Star, a Chinese-owned miner": the name the apposition
			// describes.
			if h, ok := d.appositiveAt(ts, i, covered); ok {
				for p := h.pos; p < h.end; p++ {
					covered[p] = true
				}
				hits = append(hits, h)
				addNames(shortOf(candName{keys: d.words.keysOf(ts, h), name: h.name})...)
			}
		}
		switch {
		case latin:
		case k == "subsidiary" && !ts.has(i, fUpperInit) && i+1 < n && !ts.toks[i+1].para && ts.has(i+1, fUpperInit) &&
			(ts.joined(i+1) || strings.TrimSpace(ts.gap(i+1)) == ","):
			h, end, ok = d.subsidiaryNamed(ts, i+1, covered, hits)
		case !ts.has(i, fUpperInit) && c&tCompanyNoun != 0 && !customerNoun(k) && !ts.has(i, fPossessive) && i+1 < n && ts.joined(i+1) && !covered[i+1] &&
			!d.outsideBeforeNoun(ts, i):
			h, end, ok = d.namedAfterNoun(ts, i+1, covered)
			// "a major South Korean battery maker", "Top nickel miner
			// Indonesia": a place, not a company
			ok = ok && !d.personAfter(ts, end) && !d.nationOnly(ts, h.pos, h.end)
		case ts.toks[i].runes <= 4 && ts.allCaps(i) && d.words.prefixForm[ts.text(i)] && i+1 < n && ts.joined(i+1) && ts.has(i+1, fUpperInit) &&
			(ts.text(i) == "PT" || i == 0 || !ts.joined(i) || spacedDash(ts, i) || !ts.capitalised(i-1)):
			if definedAcronym(i + 1) {
				continue // "PT Qorvath Nickel Industri (PT QNI) ... PT QNI said": the candidate's short name
			}
			h, end, ok = d.indonesianAt(ts, i, covered)
		case c&(tLegal|tSector) != 0 || len(k) >= 4 && c&tTech != 0 || isPluralMines(ts.text(i)) || latinFormLen(ts, i) > 0:
			h, end, ok = d.candidateAt(ts, i, covered, kin)
		case c&tMineral != 0:
			h, end, ok = d.mineralNamedAt(ts, i, covered)
			if ok {
				inner = append(inner, h.name)
			}
		case trig&tCue != 0 && ts.has(i, fUpperInit) && !(i > 0 && ts.joined(i) && ts.capitalised(i-1)):
			if h, ok = d.cuedNameAt(ts, i, covered); !ok {
				continue
			}
			end = h.end
			cued = append(cued, h.name)
		default:
			continue
		}
		if end > i {
			i = end - 1
		}
		if !ok || zoneAfter(ts, h.end) {
			continue // "the Baotou Rare Earth High-tech Industrial Development Zone": a zone's name
		}
		known := 0
		if slices.Contains(covered[h.pos:min(h.end, n)], true) {
			// a subsidiary's name took a known group's name in: the group
			// is not named there
			hits = slices.DeleteFunc(hits, func(o hit) bool {
				if o.src == 1 && o.company >= 0 && o.pos == h.pos && o.end < h.end {
					known = o.end - o.pos
				}
				return o.src == 1 && o.pos >= h.pos && o.end <= h.end
			})
		}
		for p := h.pos; p < h.end; p++ {
			covered[p] = true
		}
		// "Govi High-Power Exploration (GoviEx)": the known company
		// written out in full (bracketknown.go).
		if c := d.knownInBrackets(ts, hits, h); c >= 0 && h.company < 0 {
			h.company, h.name = c, d.companies[c].Name
			hits = append(hits, h)
			continue
		}
		// "Indonesian miner PT Tanjung Qorvath Mineral Tbk": a name read
		// after a noun, a subsidiary or before a ticker is reported without
		// "PT", as indonesianAt reports it (docs/labelling.md, 8).
		if rest, ok := strings.CutPrefix(h.name, "PT "); ok && h.company < 0 && rest != "" {
			h.name = rest
		}
		hits = append(hits, h)
		if known > 0 {
			opened = append(opened, openedName{keys: d.words.keysOf(ts, h), name: h.name, known: known})
		}
		addNames(shortOf(candName{keys: d.words.keysOf(ts, h), name: h.name})...)
		// "Zimbabwe Mining Development Corporation (ZMDC)": the acronym
		// stands for the candidate from here on.
		// So does a quoted one: 'Qorvath Lithium SA ("QLSA")'.
		// So does one after an Indonesian "PT": "PT Qorvath Nickel
		// Industri (PT QNI)".
		if a := d.words.prefixedAcronym(ts, h.end); a < n && acronymOpen(ts.gap(h.end)) && a+1 < n &&
			acronymClose(ts.gap(a+1)) && isAcronymOf(ts.text(a), strings.TrimPrefix(h.name, "PT ")) {
			addNames(candName{keys: []string{ts.key(a)}, name: h.name, acronym: true})
		}
	}
	hits = d.hanCandidates(srcs, hits, covered)
	for _, h := range d.ventureNames(ts, covered) {
		for p := h.pos; p < h.end; p++ {
			covered[p] = true
		}
		hits = append(hits, h)
		addNames(candName{keys: d.words.keysOf(ts, h), name: h.name})
	}
	for _, h := range d.listMembers(ts, hits, covered) {
		for p := h.pos; p < h.end; p++ {
			covered[p] = true
		}
		hits = append(hits, h)
		addNames(shortOf(candName{keys: d.words.keysOf(ts, h), name: h.name})...)
	}
	hits = stemsOverKnown(srcs, hits, stems)
	if len(names) == 0 {
		// Chinese and other candidates were appended after the known
		// hits: the enumeration and role rules read hits in text order.
		sortHits(hits)
		return hits
	}

	// The same names again without their suffix ("Kodal Minerals Ltd ...
	// Kodal Minerals said"), and in the title, which is often in title
	// case and so cannot be scanned for suffixes on its own.
	for s := range srcs {
		tt := &srcs[s]
		for i := 0; i < len(tt.toks); i++ {
			if s == 1 && covered[i] {
				continue
			}
			// "Almaty-Based Tau-Ken Siirek" in a title-case title: a
			// business form before the name is no part of it.
			if !tt.has(i, fUpperInit) || (i > 0 && tt.joined(i) && tt.capitalised(i-1) && !d.roles.businessForm[tt.key(i-1)]) {
				continue
			}
			k0 := tt.key(i)
			for _, c := range names {
				keys := c.keys
				if len(keys) == 0 || keys[0] != k0 || i+len(keys) > len(tt.toks) {
					continue
				}
				ok := true
				for j, k := range keys {
					if tt.key(i+j) != k || (j > 0 && !tt.joined(i+j)) || (s == 1 && covered[i+j]) {
						ok = false
						break
					}
				}
				if ok {
					if c.acronym && tt.text(i) != strings.ToUpper(tt.text(i)) {
						continue
					}
					if a := i + len(keys); c.placeBrand && s == 0 {
						// A title-case title capitalises the verb after the
						// name: only a trade or generic word there makes
						// another company's name ("Qingdao Hanlin New Energy").
						if a < len(tt.toks) && tt.joined(a) && (d.roles.trade[tt.key(a)] || d.roles.generic[tt.key(a)] || d.words.sector[tt.key(a)] || d.roles.institution[tt.key(a)]) {
							continue
						}
						// "... grades at Kettle Creek" over "the Kettle Creek
						// project": the place or asset the company is named for.
						if placeBefore(tt, i) || d.words.namesAsset(ts, c.keys[0]) {
							continue
						}
					} else if c.short && (s == 0 && !(c.dict > 0 && titleShortAt(tt, i)) || a < len(tt.toks) && tt.joined(a) && (tt.capitalised(a) || d.roles.institution[tt.key(a)])) {
						continue // not in a title; "Elevra Holdings" is another name, "its Tanbreez project" a project
					}
					if d.words.assetAfter(tt, i+len(keys)) {
						continue // "its Mutare East lithium project", "the Company's Lwanga flake graphite project": the asset
					}
					if c.short && shortIsPlace(tt, i, d.roles.place) {
						continue // "a clay project in Goiás, Brazil" names the state the company is named for
					}
					if a := i + len(keys); c.short && a < len(tt.toks) && tt.joined(a) && d.words.placeTail[tt.key(a)] {
						continue // "the Tanga region" names the place "Qorvath Tanga Minerals" is named for
					}
					if c.placeWord && (s == 0 || !d.placeShortAt(tt, i)) {
						continue
					}
					if a := i + len(keys); c.bare && a < len(tt.toks) && tt.joined(a) && (s == 1 && tt.capitalised(a) ||
						d.roles.trade[tt.key(a)] || d.roles.generic[tt.key(a)] || d.words.sector[tt.key(a)] || d.roles.institution[tt.key(a)] || d.words.legal[tt.key(a)]) {
						continue // "Battery Minerals Holdings" is another name
					}
					if !c.bare && (c.dict > 0 || c.acting) && (s == 1 && !d.dictShortAt(tt, i, i+len(keys)-1) || s == 0 && (c.acting || placeBefore(tt, i))) {
						continue
					}
					// A short form that the item also writes as an asset's
					// name ("the Lofdal Heavy Rare Earths Project", "Bikita
					// mine") is not read where it merely acts.
					if (c.dict > 0 || c.acting) && d.words.namesAsset(ts, c.keys[0]) {
						continue
					}
					hits = append(hits, hit{src: s, pos: i, end: i + len(keys), company: c.dict - 1, name: c.name})
					i += len(keys) - 1
					break
				}
			}
		}
	}
	hits = unitsOpenedByKnown(ts, hits, opened)
	hits = longerTitleNames(hits)
	d.mixedCaseNames(srcs, hits)
	shortNames(hits, cued)
	innerNames(ts, hits, inner)
	d.placeShortNames(hits)
	d.absorbShortForms(ts, hits)
	d.knownTailVariants(hits)
	sortHits(hits)
	return hits
}

// sortHits puts hits in text order: title first, then by position.
func sortHits(hits []hit) {
	sort.SliceStable(hits, func(a, b int) bool {
		if hits[a].src != hits[b].src {
			return hits[a].src < hits[b].src
		}
		return hits[a].pos < hits[b].pos
	})
}

// spacedDash reports a dash with spaces around it before token i: "CITY - ".
func spacedDash(ts *tokens, i int) bool {
	t := &ts.toks[i]
	return ts.gap(i) == "-" && (t.gs > ts.toks[i-1].end || t.ge < t.start)
}

// keysOf returns the folded words of candidate h without "PT" and legal
// suffixes, to find the name again elsewhere.
func (w *wordSets) keysOf(ts *tokens, h hit) []string {
	keys := make([]string, 0, h.end-h.pos)
	start := h.pos
	if w.prefixForm[ts.text(start)] {
		start++
	}
	// "Minera Tupiza S.A.": a Latin legal form written with stops is
	// not part of the name either.
	for p := start; p < h.end && !w.legal[ts.key(p)] && (p == start || latinFormLen(ts, p) == 0 && !jointStockAt(ts, p)); p++ {
		keys = append(keys, ts.key(p))
	}
	return keys
}

// isPluralMines reports "Mines" ending a name, as companies style
// themselves ("Denison Mines"); a single mine is a place.
func isPluralMines(s string) bool { return s == "Mines" || s == "MINES" }

// lineBreakBefore reports a line break between token i-1 and token i.
func lineBreakBefore(ts *tokens, i int) bool {
	return i > 0 && strings.IndexByte(ts.src[ts.toks[i-1].end:ts.toks[i].start], '\n') >= 0
}

// headingBefore reports a line break before token i that ends a short line
// of its own ("HIGHLIGHTS", "Key points"): a heading, which is not part of
// the name that starts the next line.
func headingBefore(ts *tokens, i int) bool {
	if !lineBreakBefore(ts, i) {
		return false
	}
	words := 1
	for k := i - 1; k > 0; k-- {
		if ts.toks[k].para || strings.IndexByte(ts.src[ts.toks[k-1].end:ts.toks[k].start], '\n') >= 0 {
			break
		}
		if words++; words > 4 {
			return false
		}
	}
	return !strings.ContainsAny(ts.src[ts.toks[i-1].end:ts.toks[i].start], ".!?,;")
}

// foundAt reports a hit in source s that covers token i.
func foundAt(hits []hit, s, i int) bool {
	for _, h := range hits {
		if h.src == s && h.pos <= i && i < h.end {
			return true
		}
	}
	return false
}

// customerNoun reports a company noun that names a customer outside the
// chain ("carmaker Tallowood Motor"): docs/labelling.md labels no such
// company, so the name after it is no candidate.
func customerNoun(k string) bool { return k == "carmaker" || k == "automaker" }
