package companies

import (
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lode-reader/lode/internal/text"
)

// Candidate companies: names not in the dictionary that the text itself
// marks as companies, by a legal or sector suffix ("Kodal Minerals Ltd",
// "Sinomine Resource Group Co., Ltd.", "Tantalex Lithium Resources Corp").
// Names cited with a ticker ("Kaso Minerals (ASX: KSM)") are found by
// scanTickers already.

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
		// placeBrand marks a Chinese name's city and brand ("Qingdao
		// Hanlin" for "Qingdao Hanlin Graphite", placeBrandForm): two
		// words, read in the title too, where a one-word short form is not.
		placeBrand bool
	}
	var names []candName // key sequences of the candidates found, to find them again
	// addNames appends the names not already there: an item that repeats a
	// name thousands of times keeps one entry, so finding the names again
	// stays linear in the text.
	addNames := func(cs ...candName) {
		for _, c := range cs {
			if !slices.ContainsFunc(names, func(o candName) bool {
				return o.name == c.name && o.short == c.short && o.acronym == c.acronym && o.dict == c.dict &&
					o.acting == c.acting && o.placeBrand == c.placeBrand && slices.Equal(o.keys, c.keys)
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
			ok = ok && !d.personAfter(ts, end)
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
					if (c.dict > 0 || c.acting) && (s == 1 && !d.dictShortAt(tt, i, i+len(keys)-1) || s == 0 && (c.acting || placeBefore(tt, i))) {
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

// shortNames gives a name found only by its listed-company form (cued)
// the longer name it is part of, when the item names one: "Elevra shares
// rose" in an item about Elevra Lithium, "Ampace's chairman" after Xiamen
// Ampace Technology. A short form is the company, not another one.
func shortNames(hits []hit, cued []string) {
	for _, c := range cued {
		full, company := "", -1
		for _, o := range hits {
			if len(o.name) > len(c) && strings.Contains(" "+o.name+" ", " "+c+" ") && (full == "" || len(o.name) < len(full)) {
				full, company = o.name, o.company
			}
		}
		// "JQM Managing Director … said" beside 'Jequitinhonha Minerals Ltd
		// (ASX: JQM) ("JQM")' and its subsidiary "JQM Mineração Ltda": the
		// initials stand for the issuer, not for the subsidiary named from
		// them; "VAL shares rose" beside "Vindhya Alloys Limited" too.
		owner, owners := "", 0
		for _, o := range hits {
			if o.name != c && o.name != full && o.name != owner && !strings.Contains(" "+o.name+" ", " "+c+" ") &&
				strings.Count(o.name, " ") > 0 && isAcronymOf(c, o.name) && initialsOf(o.name, c) {
				owner, company = o.name, o.company
				owners++
			}
		}
		if owners == 1 {
			full = owner
		} else if full == "" {
			continue
		} else {
			company = -1
			for _, o := range hits {
				if o.name == full {
					company = o.company
					break
				}
			}
		}
		for a := range hits {
			if hits[a].name == c && hits[a].company < 0 {
				hits[a].name, hits[a].company = full, company
			}
		}
	}
}

// innerNames gives a candidate found by its mineral and a company verb
// ("Chenguang Rare Earth said") the longer candidate it is the inside of
// ("Ganzhou Chenguang Rare Earth New Material Co., Ltd."). Not a longer
// name it opens: "Mbeya Graphite Tanzania" is the subsidiary of "Mbeya
// Graphite". So does a known company whose name the item writes in full
// around it: "Jinli Permanent Magnet's new base" after "Jiangxi Jinli
// Permanent Magnet Technology Co., Ltd." is JL Mag.
func innerNames(ts *tokens, hits []hit, inner []string) {
	for _, c := range inner {
		full, company := "", -1
		for _, o := range hits {
			written := o.name
			if o.company >= 0 {
				if o.src != 1 || o.end-o.pos < 3 {
					continue
				}
				written = ts.src[ts.toks[o.pos].start:ts.toks[o.end-1].end]
			}
			// ending the longer name is inside it too ("Jiangxi Jinli
			// Permanent Magnet"); opening it is not
			if len(written) > len(c) && strings.Contains(written+" ", " "+c+" ") && (full == "" || len(o.name) < len(full)) {
				full, company = o.name, o.company
			}
		}
		if full == "" {
			continue
		}
		for a := range hits {
			if hits[a].name == c && hits[a].company < 0 {
				hits[a].name, hits[a].company = full, company
			}
		}
	}
}

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

// placeShortNames gives a candidate the longer candidate name that is
// the same words after a place and before "Group" ("Qiandong Rare Earth
// said" after "Ganzhou Qiandong Rare Earth Group", "Ganbei Tungsten" after
// "Jiangxi Ganbei Tungsten Group Co., Ltd."): Chinese groups are written
// without their city or province and their "Group" once introduced.
func (d *Dictionary) placeShortNames(hits []hit) {
	// Each candidate name once: an item that repeats names thousands of
	// times stays linear.
	var buf [16]string
	distinct := buf[:0]
	for _, h := range hits {
		if h.company < 0 && !slices.Contains(distinct, h.name) {
			distinct = append(distinct, h.name)
		}
	}
	for _, c := range distinct {
		if !strings.Contains(c, " ") {
			continue
		}
		for _, o := range distinct {
			if len(o) <= len(c) {
				continue
			}
			head, rest, ok := strings.Cut(o, " ")
			k := foldString(head)
			if !ok || !(d.roles.chinesePlace[k] || d.roles.place[k]) {
				continue
			}
			if rest == c || rest == c+" Group" {
				for b := range hits {
					if hits[b].name == c && hits[b].company < 0 {
						hits[b].name = o
					}
				}
				break
			}
		}
	}
}

// shoutedFirst reports a name whose first word has two or more letters and
// no lower-case one ("NAMAQUA CRITICAL METALS", "CHIVHU Lithium").
func shoutedFirst(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	letters := 0
	for _, r := range first {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

// shoutedLater reports a name with a word after the first that has three or
// more letters and no lower-case one ("Zim Win MINING", as a Zimbabwean
// lead writes a company before its "(PVT) LTD").
func shoutedLater(name string) bool {
	_, rest, _ := strings.Cut(name, " ")
	for rest != "" {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		letters := 0
		for _, r := range w {
			if unicode.IsLower(r) {
				letters = -1
				break
			}
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if letters >= 3 {
			return true
		}
	}
	return false
}

// mixedCaseNames renames a candidate found in capitals ("NAMAQUA CRITICAL
// METALS LIMITED" heading a JSE SENS release, a shouted issuer line) to
// the way the item writes it in mixed case elsewhere, in full ("Namaqua
// Critical Metals Limited - Commissioning ..." in the title), so the
// two spellings are one company. So is a name whose first word alone is in
// capitals, as Zimbabwean and Indian papers write a company in a lead
// ("CHIVHU Lithium (Private) Limited, a Zimbabwean-owned miner", with
// "Chivhu Lithium" in the title and the body), and one with a later word in
// capitals ("Zim Win MINING (PVT) LTD", then "Zim Win Mining (PVT) LTD").
func (d *Dictionary) mixedCaseNames(srcs *[2]tokens, hits []hit) {
	for a := range hits {
		h := &hits[a]
		if h.company >= 0 || !strings.Contains(h.name, " ") || !shoutedFirst(h.name) && !shoutedLater(h.name) {
			continue
		}
		words := strings.Count(h.name, " ") + 1
		found := false
		for _, o := range hits {
			if o.name != h.name || o.end-o.pos != words {
				continue
			}
			ts := &srcs[o.src]
			if ts.allCaps(o.pos) {
				continue
			}
			parts := make([]string, 0, words)
			for p := o.pos; p < o.end; p++ {
				parts = append(parts, ts.text(p))
			}
			mixed := strings.Join(parts, " ")
			if !strings.EqualFold(mixed, h.name) {
				continue
			}
			old := h.name
			for b := range hits {
				if hits[b].name == old {
					hits[b].name = mixed
				}
			}
			found = true
			break
		}
		if !found {
			d.shoutedHeading(srcs, hits, a)
		}
	}
}

// shoutedHeading renames the candidate hits[a], written in capitals, to a
// company the item names in mixed case elsewhere with the same words, its
// legal form aside: a market round-up heads each stock in capitals
// before its ticker ("QUOLL MINING CORP (ASX:QML)", read as QUOLL MINING)
// and writes it "Quoll Mining Corp" in a highlight or the text, where the
// dictionary or the candidate rules name it. Every naming of the capitals
// form becomes that company's.
func (d *Dictionary) shoutedHeading(srcs *[2]tokens, hits []hit, a int) {
	h := hits[a]
	for _, o := range hits {
		if o.name == h.name {
			continue
		}
		ts := &srcs[o.src]
		if ts.allCaps(o.pos) {
			continue
		}
		e := o.end
		for e > o.pos+1 && d.words.legal[ts.key(e-1)] {
			e--
		}
		if !strings.EqualFold(collapseSpace(ts.src[ts.toks[o.pos].start:ts.toks[e-1].end]), h.name) {
			continue
		}
		old := h.name
		for b := range hits {
			if hits[b].name == old && hits[b].company < 0 {
				hits[b].name, hits[b].company = o.name, o.company
			}
		}
		return
	}
}

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
		if !r.generic[k] && !w.common[k] && !w.function[k] && !w.noise[k] && ts.toks[p].runes >= 2 &&
			ts.toks[p].flags&fDigitInit == 0 && !d.words.sector[k] && !d.words.legal[k] && !r.latinOpener[k] {
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
	if g := strings.TrimSpace(ts.gap(a)); g != "," && g != ".," || ts.key(a) != "a" && ts.key(a) != "an" {
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
	if g := strings.TrimSpace(ts.gap(a)); g != "," && g != ".," || ts.key(a) != "a" && ts.key(a) != "an" {
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

// spacedDash reports a dash with spaces around it before token i: "CITY - ".
func spacedDash(ts *tokens, i int) bool {
	t := &ts.toks[i]
	return ts.gap(i) == "-" && (t.gs > ts.toks[i-1].end || t.ge < t.start)
}

// indonesianAt reads "PT Name Words [Tbk]" at token i (the "PT"): the
// Indonesian form of a limited company; also "JSC Name" (prefix_forms in
// words.toml), where a name with a business outside mining ("JSC Halyk
// Bank") is not one.
func (d *Dictionary) indonesianAt(ts *tokens, i int, covered []bool) (hit, int, bool) {
	n := len(ts.toks)
	e := i + 1
	for e < n && e-i <= 5 && ts.joined(e) && !covered[e] && ts.has(e, fUpperInit) && !spacedDash(ts, e) &&
		!d.words.legal[ts.key(e)] {
		e++
	}
	if e-i < 2 {
		return hit{}, e, false
	}
	// "PT Summit Morowali Smelting": after "PT" a word that names an
	// institution elsewhere opens a company's name that names its trade.
	trade := false
	for p := i + 1; p < e && ts.text(i) == "PT"; p++ {
		trade = trade || d.roles.trade[ts.key(p)] || d.roles.techSuffix[ts.key(p)]
	}
	distinct := false
	for p := i + 1; p < e; p++ {
		k := ts.key(p)
		if d.roles.institution[k] && !trade || ts.text(i) != "PT" && (d.roles.appStop[k] || k == "bank") {
			return hit{}, e, false
		}
		if !d.roles.generic[k] && !d.words.common[k] {
			distinct = true
		}
	}
	if !distinct {
		return hit{}, e, false
	}
	end := e
	if e < n && d.words.legal[ts.key(e)] {
		end = e + 1 // "Tbk"
	}
	name := collapseSpace(ts.src[ts.toks[i+1].start:ts.toks[e-1].end])
	if _, ok := d.byName[foldString(name)]; ok {
		return hit{}, end, false
	}
	return hit{src: 1, pos: i, end: end, company: -1, name: name}, end, true
}

// ventureNames returns, as candidates, joint ventures and consortia the
// text names by their deposit or brand: "The Kolwe joint venture said",
// "the Kolwe JV's output", "Budenovskoye, its joint venture with …",
// "Kolwe, the joint venture between X and Y". The name is reported bare
// ("Kolwe"); the venture noun says it is a company, and it must act (a
// company verb or a possessive right after the noun) or be the subject of
// the apposition. A name of places, trades or generic words only ("the
// Chinese joint venture", "the Atacama JV") is not one.
func (d *Dictionary) ventureNames(ts *tokens, covered []bool) []hit {
	// Every shape needs a key "venture", "jv" or "consortium"; most items
	// have none, and one search of the keys is cheaper than a token walk.
	if !strings.Contains(ts.keys, "venture") && !strings.Contains(ts.keys, "jv") && !strings.Contains(ts.keys, "consortium") {
		return nil
	}
	n := len(ts.toks)
	var out []hit
	for i := 1; i < n; i++ {
		k := ts.key(i)
		if h, ok := d.ventureInCommas(ts, i, covered); ok {
			out = append(out, h)
			continue
		}
		if ts.capitalised(i) && k != "jv" || covered[i] || !(k == "venture" && ts.key(i-1) == "joint" && ts.joined(i) || k == "jv" || k == "consortium") {
			continue
		}
		v := i // first token of the venture phrase
		if k == "venture" {
			v = i - 1
		}
		// "The Kolwe joint venture said": the name right before the noun.
		if last := v - 1; last >= 1 && ts.joined(v) && ts.capitalised(last) && !covered[last] && !ts.has(last, fPossessive) {
			first := last
			for first > 0 && last-first < 2 && ts.joined(first) && ts.capitalised(first-1) && !covered[first-1] &&
				!ts.has(first-1, fPossessive) && ts.key(first-1) != "the" {
				first--
			}
			a := i + 1
			acts := ts.has(i, fPossessive) || a < n && ts.joined(a) && !ts.capitalised(a) && d.roles.companyVerb[ts.key(a)]
			if first >= 1 && ts.key(first-1) == "the" && ts.joined(first) && acts {
				if h, ok := d.ventureName(ts, first, last); ok {
					out = append(out, h)
				}
			}
			continue
		}
		// "Budenovskoye, its joint venture with …": the name the owner's
		// apposition describes ("Victoria, a joint venture with" may
		// describe a project named before the place).
		det := v - 1
		if det >= 2 && ts.key(det) == "its" && ts.joined(v) &&
			strings.TrimSpace(ts.gap(det)) == "," && !ts.toks[det].para && i+1 < n && ts.joined(i+1) {
			switch ts.key(i + 1) {
			case "with", "between", "of", "owned", "formed":
			default:
				continue
			}
			last := det - 1
			first := last
			for first > 0 && last-first < 2 && ts.joined(first) && ts.capitalised(first-1) && !covered[first-1] {
				first--
			}
			if !ts.capitalised(last) || covered[last] || first > 0 && ts.joined(first) && ts.capitalised(first-1) {
				continue
			}
			if h, ok := d.ventureName(ts, first, last); ok {
				out = append(out, h)
			}
		}
	}
	return out
}

// ventureName reads tokens first..last as a venture's bare name: one word
// at least that is not a place, trade, generic, common or function word.
func (d *Dictionary) ventureName(ts *tokens, first, last int) (hit, bool) {
	w, r := &d.words, d.roles
	for first < last && (w.noise[ts.key(first)] || w.function[ts.key(first)]) {
		first++
	}
	distinct := false
	for p := first; p <= last; p++ {
		k := ts.key(p)
		if r.institution[k] || w.instHead[k] || r.appStop[k] || r.officer[k] || ts.has(p, fDigitInit) {
			return hit{}, false
		}
		distinct = distinct || !r.generic[k] && !w.common[k] && !w.function[k] && !w.noise[k] && !r.place[k] &&
			!r.chinesePlace[k] && !r.trade[k] && !w.connector[k] && ts.toks[p].runes >= 3 && len(r.nationality[k]) == 0
	}
	if !distinct {
		return hit{}, false
	}
	name := collapseSpace(ts.src[ts.toks[first].start:ts.toks[last].end])
	if _, ok := d.byName[foldString(name)]; ok {
		return hit{}, false
	}
	// "the Inkai joint venture" is JV Inkai when the dictionary knows it.
	for _, form := range [...]string{"JV ", "Joint Venture "} {
		if c, ok := d.byName[foldString(form+name)]; ok {
			return hit{src: 1, pos: first, end: last + 1, company: c, name: d.companies[c].Name}, true
		}
	}
	return hit{src: 1, pos: first, end: last + 1, company: -1, name: name}, true
}

// ventureInCommas reads the venture a definite venture noun at token i
// names between commas: "The venture, QazGalGer, will process …", "the
// joint venture, Tindal Lithium, said". The name is one to three
// capitalised words, and a lower-case word follows its closing comma.
func (d *Dictionary) ventureInCommas(ts *tokens, i int, covered []bool) (hit, bool) {
	n := len(ts.toks)
	k := ts.key(i)
	if k != "venture" && k != "jv" && k != "consortium" || ts.has(i, fUpperInit) && k != "jv" || i+2 >= n {
		return hit{}, false
	}
	det := i - 1
	if ts.key(det) == "joint" && det > 0 {
		det--
	}
	if ts.key(det) != "the" || strings.TrimSpace(ts.gap(i+1)) != "," || ts.toks[i+1].para {
		return hit{}, false
	}
	first, last := i+1, i+1
	for last+1 < n && last-first < 2 && ts.joined(last+1) && ts.capitalised(last+1) {
		last++
	}
	for p := first; p <= last; p++ {
		if !ts.capitalised(p) || covered[p] {
			return hit{}, false
		}
	}
	a := last + 1
	if a+1 >= n || strings.TrimSpace(ts.gap(a)) != "," || ts.toks[a].para || ts.has(a, fUpperInit) || !ts.has(a, fHasLetter) {
		return hit{}, false
	}
	return d.ventureName(ts, first, last)
}

// listMembers returns, as candidates, the members of a list of three or
// more names in one sentence ("X, Y and Z") that the scan did not find,
// when two or more other members are companies it found: the list is one of
// companies, and a member that names a trade or opens with a Chinese place
// is one too ("Ganzhou Qorvath Separation, China Southern Rare Earth Group
// and Tindal Rare Earth Group will merge"). Lists of places or people hold
// no found company and stay out.
func (d *Dictionary) listMembers(ts *tokens, hits []hit, covered []bool) []hit {
	n := len(ts.toks)
	var out []hit
	body := 0
	for _, h := range hits {
		if h.src == 1 {
			body++
		}
	}
	enough := body >= 2 // a list needs two found companies, unless cued
	// The cue is "such as" (suchAsBefore): the keys are written one after
	// another, so an item whose keys never hold "suchas" has none.
	if !enough && !strings.Contains(ts.keys, "suchas") {
		return nil
	}
	type member struct {
		first, end int
		found      bool
	}
	var buf [8]member
	ms := buf[:0]
	for i := 0; i < n; i++ {
		if !ts.capitalised(i) || i > 0 && ts.joined(i) && ts.capitalised(i-1) {
			continue
		}
		ms = ms[:0]
		cued := d.suchAsBefore(ts, i)
		closed := false // an "and"/"or" before the last member
		p := i
		for p < n && !closed {
			e := d.listMemberEnd(ts, p, covered, hits)
			if e <= p {
				break
			}
			ms = append(ms, member{p, e, covered[p]})
			if e >= n || ts.toks[e].para {
				break
			}
			g := strings.TrimSpace(ts.gap(e))
			if d.words.legal[ts.key(e-1)] {
				g = strings.TrimPrefix(g, ".") // "Qorvath Mining Co., Ltd., Tindal ..."
			}
			k := ts.key(e)
			switch {
			case g == "," && (k == "and" || k == "or") && e+1 < n && ts.joined(e+1):
				p, closed = e+1, true
			case g == ",":
				p = e
			case g == "" && (k == "and" || k == "or" || ts.text(e) == "&") && e+1 < n && ts.joined(e+1):
				p, closed = e+1, true
			default:
				p = n
			}
			if closed {
				if e := d.listMemberEnd(ts, p, covered, hits); e > p {
					ms = append(ms, member{p, e, covered[p]})
				} else {
					closed = false
				}
				break
			}
		}
		if len(ms) > 0 {
			i = max(i, ms[len(ms)-1].end-1)
		}
		found := 0
		for _, m := range ms {
			if m.found {
				found++
			}
		}
		if !cued && (!enough || !closed || len(ms) < 3 || found < 2) {
			continue
		}
		for _, m := range ms {
			if !m.found {
				if h, ok := d.listMemberCandidate(ts, m.first, m.end); ok {
					out = append(out, h)
				}
			}
		}
	}
	return out
}

// suchAsBefore reports a list at token i introduced by a company noun and
// "such as" ("smaller explorers such as X", "state companies such as X and
// Y", "peers such as X"): its members are companies however few the scan
// found, and mentions by docs/labelling.md 5. A customer noun ("carmakers
// such as") introduces none.
func (d *Dictionary) suchAsBefore(ts *tokens, i int) bool {
	if i < 3 || ts.key(i-1) != "as" || ts.key(i-2) != "such" || !ts.joined(i) || !ts.joined(i-1) || !ts.joined(i-2) {
		return false
	}
	k := ts.key(i - 3)
	if d.roles.peerIntro[k] {
		return true
	}
	switch {
	case strings.HasSuffix(k, "ies"):
		k = k[:len(k)-3] + "y" // "companies"
	case strings.HasSuffix(k, "s"):
		k = k[:len(k)-1] // "explorers"
	}
	return d.roles.companyNoun[k] && !customerNoun(k)
}

// listMemberEnd returns one past the last token of the list member at token
// p: a found company's name (to its hit's end) or a run of capitalised words
// joined by name connectors; p when no member starts there.
func (d *Dictionary) listMemberEnd(ts *tokens, p int, covered []bool, hits []hit) int {
	if p >= len(ts.toks) || !ts.capitalised(p) {
		return p
	}
	if covered[p] {
		for _, h := range hits {
			if h.src == 1 && h.pos == p {
				return h.end
			}
		}
		return p
	}
	e := p + 1
	for e < len(ts.toks) && ts.joined(e) && !covered[e] && !ts.has(e-1, fPossessive) {
		if ts.capitalised(e) || d.words.connector[ts.key(e)] && e+1 < len(ts.toks) && ts.joined(e+1) && ts.capitalised(e+1) {
			e++
			continue
		}
		break
	}
	// "Qorvath Separation Co., Ltd.": the legal form's own comma is no
	// list separator.
	for e < len(ts.toks) && !covered[e] && !ts.toks[e].para && d.words.legal[ts.key(e)] && ts.has(e, fUpperInit) &&
		(ts.joined(e) || isSuffixGap(ts.gap(e))) {
		e++
	}
	return e
}

// listMemberCandidate reads the list member at tokens first..end-1 as a
// candidate: two to six words after leading function words, none an
// institution's, a person's title or a possessive, one of them distinctive,
// and a trade word, a sector or tech suffix, or a Chinese place first.
func (d *Dictionary) listMemberCandidate(ts *tokens, first, end int) (hit, bool) {
	w, r := &d.words, d.roles
	for first < end && (w.noise[ts.key(first)] || w.function[ts.key(first)]) {
		first++
	}
	last := end - 1
	for last > first && d.words.legal[ts.key(last)] {
		last--
	}
	if last-first < 1 || last-first > 5 || ts.has(last, fPossessive) || r.outsideName[ts.key(first)] {
		return hit{}, false
	}
	distinct, trade := false, r.chinesePlace[ts.key(first)]
	for p := first; p <= last; p++ {
		k := ts.key(p)
		if r.institution[k] || w.instHead[k] || r.appStop[k] || r.officer[k] {
			return hit{}, false
		}
		trade = trade || r.trade[k]
		distinct = distinct || !r.generic[k] && !w.common[k] && !w.function[k] && !w.noise[k] && !r.place[k] &&
			!r.chinesePlace[k] && !r.trade[k] && !w.connector[k] && ts.toks[p].runes >= 2
	}
	if k := ts.key(last); !distinct || !(trade || r.techSuffix[k] || d.words.sector[k]) {
		return hit{}, false
	}
	name := collapseSpace(ts.src[ts.toks[first].start:ts.toks[last].end])
	if _, ok := d.byName[foldString(name)]; ok {
		return hit{}, false
	}
	return hit{src: 1, pos: first, end: end, company: -1, name: name}, true
}

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
		if h, _, ok := d.namedAfterNoun(ts, a, covered); ok && !d.onlyPlaces(ts, h.pos, h.end) {
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

// isPluralMines reports "Mines" ending a name, as companies style
// themselves ("Denison Mines"); a single mine is a place.
func isPluralMines(s string) bool { return s == "Mines" || s == "MINES" }

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

// lineBreakBefore reports a line break between token i-1 and token i.
func lineBreakBefore(ts *tokens, i int) bool {
	return i > 0 && strings.IndexByte(ts.src[ts.toks[i-1].end:ts.toks[i].start], '\n') >= 0
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

// shortIsPlace reports a one-word short form at token i written as a place:
// after "in", "near" or "outside" and before a comma and a country or
// region ("in Goiás, Brazil", "in Kivu, DRC", "a plant near Bécancour,
// Quebec"). Companies are often named for their province
// or state ("Goiás Terras Raras"), and the province alone is not them.
func shortIsPlace(ts *tokens, i int, place map[string]bool) bool {
	if i == 0 {
		return false
	}
	switch ts.key(i - 1) {
	case "in", "near", "outside":
	default:
		return false
	}
	return i+1 < len(ts.toks) && ts.joined(i) &&
		ts.gap(i+1) == "," && !ts.toks[i+1].para && place[ts.key(i+1)]
}

// placeBrandForm returns the first two words of a candidate's name when
// they are a place and a brand and the rest is only trade, sector or
// generic words: Chinese companies are named "<city> <brand> <trade>"
// and written afterwards by the first two ("Zhuhai Fangyuan" for "Zhuhai
// Fangyuan Gallium Technology", "Guangxi Huaxi" for "Guangxi Huaxi
// Gallium Industry"), or by the brand alone ("Tianhe's chairman" after
// "Baotou Tianhe Magnetic Materials Technology"). The brand word must be distinctive (not a place,
// trade, common or generic word): "Western Australia Lithium" has none.
func (d *Dictionary) placeBrandForm(keys []string) ([]string, bool) {
	if len(keys) < 3 {
		return nil, false
	}
	w, r := &d.words, d.roles
	k0, k1 := keys[0], keys[1]
	if len([]rune(k0)) < 4 || w.function[k0] || w.noise[k0] || w.connector[k0] || w.common[k0] || r.generic[k0] || r.trade[k0] {
		return nil, false
	}
	if len([]rune(k1)) < 4 || r.generic[k1] || w.common[k1] || w.function[k1] || w.noise[k1] || r.place[k1] ||
		r.trade[k1] || w.connector[k1] || d.words.sector[k1] {
		return nil, false
	}
	for _, k := range keys[2:] {
		if !d.tailWord(k) {
			return nil, false
		}
	}
	return keys[:2], true
}

// tailWord reports a word that may end a name without naming it: a
// generic, trade, sector, common or technology-suffix word ("Group",
// "Lithium", "Mining", "New", "Tech"). A name whose words after its first
// one or two are all such words is written by those first words alone
// (placeBrandForm, pinyinForm), and stemOf strips them.
func (d *Dictionary) tailWord(k string) bool {
	r := d.roles
	return r.generic[k] || r.trade[k] || d.words.sector[k] || d.words.common[k] || r.techSuffix[k]
}

// pinyinForm returns the first two words of a name when each is a pinyin
// syllable and the rest is only trade, sector or generic words: a Chinese
// name written in pinyin a syllable a word ("Jiu Long Metal Industry") is
// written again by its two syllables ("Jiu Long"), as "Jiuling" is for
// "Jiuling Lithium Mining". Not a place ("Hong Kong").
func (d *Dictionary) pinyinForm(keys []string) ([]string, bool) {
	if len(keys) < 3 {
		return nil, false
	}
	w, r := &d.words, d.roles
	for _, k := range keys[:2] {
		if !r.pinyin[k] || r.place[k] || r.chinesePlace[k] || r.generic[k] || r.trade[k] || w.function[k] || w.connector[k] {
			return nil, false
		}
	}
	for _, k := range keys[2:] {
		if !d.tailWord(k) {
			return nil, false
		}
	}
	return keys[:2], true
}

// shortForm returns the first word of a candidate's name when the rest is
// only trade, sector or generic words, so the first word alone names it:
// "Jiuling" for "Jiuling Lithium Mining", "Elevra" for "Elevra Lithium".
// A first word that is a place, a common or generic word, or shorter than
// four letters is no short form ("Xiamen Ampace Technology" keeps its full
// name: two distinctive words).
func (d *Dictionary) shortForm(keys []string) (string, bool) {
	if len(keys) < 2 {
		return "", false
	}
	w, r := &d.words, d.roles
	k0 := keys[0]
	if len([]rune(k0)) < 4 || r.generic[k0] || w.common[k0] || w.function[k0] || w.noise[k0] || r.place[k0] ||
		r.trade[k0] || w.connector[k0] {
		return "", false
	}
	for _, k := range keys[1:] {
		if !(r.generic[k] || r.trade[k] || d.words.sector[k] || w.common[k]) {
			return "", false
		}
	}
	return k0, true
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

// cuedNameAt reads a capitalised name starting at token i that has no
// suffix, ticker or trade word but that the text treats as a listed
// company right after it: "Qorvath shares rose 6%", "Qorvath's chief
// executive", "Qorvath CEO Jane Doe", or right before it: "shares of
// Qorvath fell"; or that a business form before it and a company verb
// after it mark: "ASX-listed Qorvath said". Places ("Hong Kong shares"), institutions, persons'
// titles and well-known companies outside the minerals chain
// (outside_names: "Tesla shares fell") are not candidates.
func (d *Dictionary) cuedNameAt(ts *tokens, i int, covered []bool) (hit, bool) {
	n := len(ts.toks)
	w, r := &d.words, d.roles
	first := i
	for first < n && first-i < 2 && (w.function[ts.key(first)] || w.noise[ts.key(first)]) && ts.capitalised(first) {
		first++ // "The Qorvath board"
	}
	if first >= n || covered[first] || !ts.has(first, fUpperInit) || first > i && !ts.joined(first) {
		return hit{}, false
	}
	e := first
	for e+1 < n && e-first < 3 && !ts.has(e, fPossessive) && ts.joined(e+1) && !covered[e+1] && ts.has(e+1, fUpperInit) &&
		!r.officer[ts.key(e+1)] && !spacedDash(ts, e+1) {
		e++
	}
	if e+1 < n && ts.joined(e+1) && ts.capitalised(e+1) && !r.officer[ts.key(e+1)] {
		return hit{}, false // the name goes on with a word this form does not read
	}
	for p := first + 1; p <= e; p++ {
		if k := ts.key(p); d.words.legal[k] || d.words.sector[k] || r.techSuffix[k] || r.mineralSuffix[k] || isPluralMines(ts.text(p)) {
			return hit{}, false // a suffix form, read where the suffix is
		}
	}
	cued := false
	if first >= 2 && ts.joined(first) && (ts.key(first-1) == "of" || ts.key(first-1) == "in") && r.share[ts.key(first-2)] &&
		!ts.has(e, fPossessive) {
		cued = true // "shares of Qorvath"
	}
	if a := e + 1; !cued && a+1 < n && !ts.toks[a].para && !ts.toks[a+1].para {
		switch {
		case ts.has(e, fPossessive) && r.officer[ts.key(a)] && !ts.capitalised(a):
			cued = !r.share[ts.key(a)] || ts.joined(a+1) && r.shareVerb[ts.key(a+1)] // "Qorvath's chief executive", "Qorvath's shares fell"
		case ts.joined(a) && r.share[ts.key(a)] && !ts.capitalised(a) && ts.joined(a+1) && r.shareVerb[ts.key(a+1)]:
			cued = true // "Qorvath shares rose"
		case ts.joined(a) && r.officer[ts.key(a)] && !r.share[ts.key(a)] && ts.key(a) != "board":
			// "Qorvath CEO Jane Doe", "Qorvath chief executive Jane Doe":
			// a person's name follows the title.
			p := a + 1
			for p < n && p <= a+2 && ts.joined(p) && !ts.capitalised(p) {
				p++
			}
			cued = p < n && ts.joined(p) && ts.has(p, fUpperInit) && !r.officer[ts.key(p)] && !w.function[ts.key(p)]
		}
	}
	// "ASX-listed Qorvath said", "Toronto-based Qorvath Energy's": a
	// business form before the name and a company verb or possessive after it.
	if !cued && first >= 2 && first == i && ts.joined(first) && r.businessForm[ts.key(first-1)] && ts.gap(first-1) == "-" &&
		ts.joined(first-1) && e+1 < n {
		a := e + 1
		cued = ts.has(e, fPossessive) && !ts.capitalised(a) ||
			ts.joined(a) && !ts.capitalised(a) && r.companyVerb[ts.key(a)]
	}
	if !cued {
		return hit{}, false
	}
	distinct := false
	for p := first; p <= e; p++ {
		k := ts.key(p)
		if r.place[k] || r.institution[k] || w.instHead[k] || r.appStop[k] || r.outsideName[k] || r.head.endsAt(ts, p) ||
			ts.toks[p].flags&fDigitInit != 0 {
			return hit{}, false
		}
		if !r.generic[k] && !w.common[k] && !w.function[k] && !w.noise[k] && !r.trade[k] && !d.words.sector[k] &&
			!d.words.legal[k] && ts.toks[p].runes >= 2 {
			distinct = true
		}
	}
	if !distinct {
		return hit{}, false
	}
	name := collapseSpace(ts.src[ts.toks[first].start:ts.toks[e].end])
	if _, ok := d.byName[foldString(name)]; ok {
		return hit{}, false
	}
	return hit{src: 1, pos: first, end: e + 1, company: -1, name: name}, true
}

// knownShort reports a short form k that names a company in the dictionary
// (another one, or this one under an alias already matched): it is found
// by the dictionary, not by the short-form rule.
func (d *Dictionary) knownShort(k string) bool {
	_, ok := d.byName[k]
	return ok
}

// dictShortAt reports whether the one-word short form of a dictionary
// company at token i stands for the company: a possessive, or a verb right
// after it ("Pilbara said", "Hastings has not commented"), and not a place
// or an asset ("the Pilbara", "in Hastings", "the former Ardea pilot").
func (d *Dictionary) dictShortAt(ts *tokens, i, e int) bool {
	if placeBefore(ts, i) {
		return false
	}
	if ts.has(e, fPossessive) {
		return true
	}
	a := e + 1
	if a >= len(ts.toks) || ts.toks[a].para || ts.capitalised(a) {
		return false
	}
	k := ts.key(a)
	// "developed by Bacanora, which was acquired in 2021": a relative
	// clause describes the company.
	if ts.gap(a) == "," {
		return k == "which"
	}
	if !ts.joined(a) {
		return false
	}
	return d.roles.shortVerb[k] || d.roles.companyVerb[k] || d.roles.shareVerb[k] || len(k) > 4 && strings.HasSuffix(k, "ed")
}

// titleShortAt reports a title word standing alone between commas or at a
// clause's end, or as a possessive ("Pilbara, Liontown lead ASX gains",
// "as Prospect, Bikita ramp plants", "Hastings' funding gap"): a title in
// title case cannot be read by the verb after the word.
func titleShortAt(tt *tokens, i int) bool {
	if tt.has(i, fPossessive) {
		return true
	}
	a := i + 1
	if a >= len(tt.toks) {
		return i > 0 && tt.joined(i)
	}
	g := strings.TrimSpace(tt.gap(a))
	return g == "," || g == ";" || g == ":"
}

// placeBefore reports a word before token i that makes it a place or a
// thing rather than a company ("the Pilbara", "in Hastings", "the former
// Ardea pilot").
func placeBefore(ts *tokens, i int) bool {
	if i == 0 || !ts.joined(i) {
		return false
	}
	switch ts.key(i - 1) {
	case "the", "in", "at", "near", "from", "of", "across", "around", "outside", "former":
		return true
	}
	return false
}

// distinctive reports a first word that can stand for a company alone: four
// letters or more and no generic, common, function, place, trade or
// connector word ("Rotorwerk", not "China" or "Lithium").
func (d *Dictionary) distinctive(k string) bool {
	w, r := &d.words, d.roles
	return len([]rune(k)) >= 4 && !r.generic[k] && !w.common[k] && !w.function[k] && !w.noise[k] && !r.place[k] &&
		!r.chinesePlace[k] && !r.trade[k] && !w.connector[k] && !r.institution[k] && !r.outsideName[k]
}

// namesAsset reports a token with key k followed, within four words, by a
// mine, project or deposit noun: the item names an asset by the word.
func (w *wordSets) namesAsset(ts *tokens, k string) bool {
	for i := range ts.toks {
		if ts.key(i) != k {
			continue
		}
		for j := i + 1; j < len(ts.toks) && j <= i+4 && ts.joined(j); j++ {
			if w.asset[ts.key(j)] {
				return true
			}
		}
	}
	return false
}

// writtenInFull reports a body hit written with its legal form or a
// ticker group right after it ("Mitsukawa Magnetics Co., Ltd.",
// "Critical Metals Corp. (NASDAQ: CRML)").
func (d *Dictionary) writtenInFull(ts *tokens, h hit) bool {
	if h.src != 1 || h.end <= h.pos {
		return false
	}
	e := h.end
	if e > h.pos+strings.Count(h.name, " ")+1 {
		return true // the span took a legal form the name dropped
	}
	if e >= len(ts.toks) || ts.toks[e].para {
		return false
	}
	if ts.joined(e) && (d.words.legal[ts.key(e)] || d.words.suffix[ts.key(e)]) {
		return true
	}
	_, l := exchangeAt(ts, e)
	return l > 0 && strings.Contains(ts.gap(e), "(")
}

// tickerOf reports whether the ticker group right after hit h (past its
// legal form) gives it the symbol sym: "Critical Metals Corp. (NASDAQ:
// CRML)" is CRML.
func (d *Dictionary) tickerOf(ts *tokens, h hit, sym string) bool {
	n := len(ts.toks)
	j := h.end
	for j < n && !ts.toks[j].para && ts.joined(j) && (d.words.legal[ts.key(j)] || d.words.suffix[ts.key(j)]) && !strings.Contains(ts.gap(j), "(") {
		j++
	}
	if j >= n || !strings.Contains(ts.gap(j), "(") {
		return false
	}
	for k := 0; k < 4 && j < n; k++ {
		_, l := exchangeAt(ts, j)
		if l == 0 || j+l >= n {
			return false
		}
		s, sl := symbolAt(ts, j+l)
		if sl == 0 {
			return false
		}
		if s == sym {
			return true
		}
		j += l + sl
		if j >= n || strings.Contains(ts.gap(j), ")") {
			return false
		}
	}
	return false
}

// absorbShortForms gives a candidate the item never writes in full the
// company it is the short form or ticker of: the shortest name the item
// writes in full (with its legal form or a ticker) that starts with it
// ("Mitsukawa, a magnet maker" after "Mitsukawa Magnetics Co., Ltd.",
// "the miner Hochschild" beside "Hochschild Mining"), or the name the
// item gives that ticker to ("CRML shares rose" after "Critical Metals
// Corp. (NASDAQ: CRML)"). A one-word candidate that opens exactly one
// longer candidate is its short form even when neither is written in
// full ("the gold miner Hochschild" beside "its largest shareholder,
// Hochschild Mining"). A name the item writes in full is one company, not
// two.
func (d *Dictionary) absorbShortForms(ts *tokens, hits []hit) {
	full := map[string]bool{}
	for _, h := range hits {
		if d.writtenInFull(ts, h) {
			full[h.name] = true
		}
	}
	done := map[string]bool{}
	for _, h := range hits {
		c := h.name
		if h.company >= 0 || full[c] || done[c] {
			continue
		}
		done[c] = true
		long, company := "", -1
		one := !strings.Contains(c, " ")
		upper := one && c == strings.ToUpper(c) && validSymbol(c)
		longer := 0 // distinct longer names c opens, for a one-word c
		for _, o := range hits {
			if one && o.company < 0 && o.name != long && strings.HasPrefix(o.name, c+" ") {
				longer++
				if !full[o.name] && longer == 1 {
					long, company = o.name, o.company
				}
			}
			if !full[o.name] || o.name == c {
				continue
			}
			if upper && o.src == 1 && d.tickerOf(ts, o, c) {
				long, company = o.name, o.company
				break
			}
			if strings.HasPrefix(o.name, c+" ") && (long == "" || len(o.name) < len(long)) {
				long, company = o.name, o.company
			}
			// "Mwana Africa Limited (Mwana)": a dictionary company written in
			// full by a former name or an alias its short form opens.
			if long == "" && o.company >= 0 && d.writtenInFull(ts, o) && strings.HasPrefix(writtenAs(ts, o), c+" ") {
				long, company = o.name, o.company
			}
		}
		if long == "" || longer > 1 && !full[long] {
			continue
		}
		for a := range hits {
			if hits[a].name == c && hits[a].company < 0 {
				hits[a].name, hits[a].company = long, company
			}
		}
	}
}

// writtenAs returns the body text of hit h as written, spaces collapsed.
func writtenAs(ts *tokens, h hit) string {
	return collapseSpace(ts.src[ts.toks[h.pos].start:ts.toks[h.end-1].end])
}

// stemOf returns a name's words without the generic, trade, sector and
// legal words that end it ("eternal tsingshan" for "Eternal Tsingshan
// Group"), or nil when none end it or nothing else is left.
func (d *Dictionary) stemOf(keys []string) []string {
	e := len(keys)
	for e > 0 && (d.tailWord(keys[e-1]) || d.words.legal[keys[e-1]]) {
		e--
	}
	if e == len(keys) || e == 0 {
		return nil
	}
	return keys[:e]
}

// stemsOverKnown gives a dictionary company's name written without its
// generic tail (stems, from the names the item writes in full) the
// company, where the words hold another company's shorter known name that
// starts after the stem's first word: "Eternal Tsingshan did not respond"
// after "Eternal Tsingshan Group Ltd" names Eternal Tsingshan Group, not
// Tsingshan Holding Group by its alias "Tsingshan". The alias alone still
// names its own company. Linear in the hits times the stems.
func stemsOverKnown(srcs *[2]tokens, hits []hit, stems []openedName) []hit {
	if len(stems) == 0 {
		return hits
	}
	for a, o := range hits {
		if o.company < 0 {
			continue
		}
		ts := &srcs[o.src]
		for _, st := range stems {
			p := o.end - len(st.keys)
			if st.known == o.company || p < 0 || p >= o.pos {
				continue
			}
			same := true
			for j, k := range st.keys {
				if ts.key(p+j) != k || j > 0 && !ts.joined(p+j) {
					same = false
					break
				}
			}
			if same && !slices.ContainsFunc(hits, func(c hit) bool { return c.src == o.src && c.pos <= p && p < c.end }) {
				hits[a] = hit{src: o.src, pos: p, end: o.end, company: st.known, name: st.name}
				break
			}
		}
	}
	return hits
}

// openedName is a candidate whose name opens with a known company's name
// (its first known tokens): "Tau-Ken Siirek" and the dictionary's "Tau-Ken".
type openedName struct {
	keys  []string
	name  string
	known int
}

// unitsOpenedByKnown gives the text's other namings of a candidate whose
// name opens with a known company's name ("Tau-Ken Siirek JSC, a Kazakh
// tungsten developer" beside the dictionary's "Tau-Ken" for Tau-Ken
// Samruk) to the candidate: "Tau-Ken Siirek is 30%-owned by Tau-Ken Samruk"
// names the unit, not the parent and a fragment. Linear in the hits times
// the (rare) candidates that open so.
func unitsOpenedByKnown(ts *tokens, hits []hit, units []openedName) []hit {
	for a, o := range hits {
		if o.src != 1 || o.company < 0 {
			continue
		}
		for _, u := range units {
			if o.end-o.pos != u.known || o.pos+len(u.keys) > len(ts.toks) {
				continue
			}
			same := true
			for j, k := range u.keys {
				if ts.key(o.pos+j) != k || j > 0 && !ts.joined(o.pos+j) {
					same = false
					break
				}
			}
			if same {
				hits[a] = hit{src: 1, pos: o.pos, end: o.pos + len(u.keys), company: -1, name: u.name}
				break
			}
		}
	}
	return hits
}

// longerTitleNames drops a dictionary name found in the title inside a
// longer candidate found at the same place: "Serra Verde Norte Minerals
// closes financing" names the junior, not Serra Verde.
func longerTitleNames(hits []hit) []hit {
	return slices.DeleteFunc(hits, func(o hit) bool {
		if o.src != 0 || o.company < 0 {
			return false
		}
		for _, h := range hits {
			if h.src == 0 && h.company < 0 && h.pos <= o.pos && o.end <= h.end && h.end-h.pos > o.end-o.pos {
				return true
			}
		}
		return false
	})
}

// assetAfter reports an asset noun ("project", "mine", "deposit") at token
// a or after up to two lower-case words joined to it: a name written
// there is the asset's.
func (w *wordSets) assetAfter(ts *tokens, a int) bool {
	for k := a; k < len(ts.toks) && k <= a+2 && ts.joined(k); k++ {
		if w.asset[ts.key(k)] {
			return true
		}
		if ts.capitalised(k) {
			return false
		}
	}
	return false
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
