package companies

import (
	"slices"
	"strings"
)

// Names written without a legal form: a capitalised name the text treats
// as a listed company (cuedNameAt), short forms of longer names (shortNames,
// innerNames, placeShortNames and the place, brand, pinyin and one-word
// forms), dictionary short forms, and absorbShortForms with the stems and
// units that give a short or longer naming to the company written in full.

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

// placeShortForm returns the place word that opens a dictionary company's
// name when the rest is only trade, sector or generic words: "Hainan" for
// "Hainan Mining". shortForm takes no place word; this form is read only
// where it acts (placeShortAt) and in an item that uses the word as a place
// nowhere (placeWordAsPlace).
func (d *Dictionary) placeShortForm(keys []string) (string, bool) {
	if len(keys) < 2 {
		return "", false
	}
	w, r := &d.words, d.roles
	k0 := keys[0]
	if len([]rune(k0)) < 4 || !(r.place[k0] || r.chinesePlace[k0]) || w.common[k0] || w.function[k0] || r.trade[k0] {
		return "", false
	}
	for _, k := range keys[1:] {
		if !(r.generic[k] || r.trade[k] || w.sector[k]) {
			return "", false
		}
	}
	return k0, true
}

// placeShortAt reports a place word at token i standing for its company: a
// place_short_verbs word right after it ("Hainan will commit", "Hainan
// said"), no possessive, and no word before it that makes it a place ("in
// Hainan", "the Hainan").
func (d *Dictionary) placeShortAt(ts *tokens, i int) bool {
	a := i + 1
	if ts.has(i, fPossessive) || placeBefore(ts, i) || a >= len(ts.toks) || !ts.joined(a) || ts.toks[a].para {
		return false
	}
	return d.roles.placeShortVerb[ts.key(a)]
}

// placeWordAsPlace reports an item that writes the place word opening keys
// (a company's name) other than as that name, in a way that makes it a
// place or another name: after "in", "the", "of", "de" and the like
// ("a plant in Hainan", "la provincia de Jujuy"), before a place noun
// ("Hainan province") or a capitalised word that does not go on to this
// name ("Hainan Tianma Graphite") or "in" ("Baotou in north China"), as
// a possessive ("Hainan's governor"), beside a comma and another place
// ("Hainan, Guangdong"), or alone in the title ("Baotou sets output
// target": the city acts there, and a title is read for no place word).
func (d *Dictionary) placeWordAsPlace(srcs *[2]tokens, keys []string) bool {
	k0, r := keys[0], d.roles
	for s := range srcs {
		ts := &srcs[s]
		n := len(ts.toks)
		for i := 0; i < n; i++ {
			if ts.key(i) != k0 {
				continue
			}
			a := i + 1
			if a < n && ts.joined(a) && ts.key(a) == keys[1] {
				continue // the name itself
			}
			if s == 0 || ts.has(i, fPossessive) || placeBefore(ts, i) {
				return true // the title, which this form is not read in, names it alone
			}
			if a < n && ts.joined(a) && r.placeAfterWord[ts.key(a)] {
				return true // "Baotou in north China's Inner Mongolia"
			}
			if i > 0 && ts.joined(i) {
				if p := ts.key(i - 1); r.latinOf[p] || r.placeBeforeWord[p] {
					return true
				}
			}
			if a < n && ts.joined(a) && (d.words.placeTail[ts.key(a)] || ts.capitalised(a)) {
				return true
			}
			if a < n && strings.TrimSpace(ts.gap(a)) == "," && (r.place[ts.key(a)] || r.chinesePlace[ts.key(a)]) ||
				i > 0 && strings.TrimSpace(ts.gap(i)) == "," && (r.place[ts.key(i-1)] || r.chinesePlace[ts.key(i-1)]) {
				return true
			}
		}
	}
	return false
}

// cuedNameAt reads a capitalised name starting at token i that has no
// suffix, ticker or trade word but that the text treats as a listed
// company right after it: "Qorvath shares rose 6%", "Qorvath's chief
// executive", "Qorvath CEO Jane Doe", or right before it: "shares of
// Qorvath fell"; or that a business form before it and a company verb
// after it mark: "ASX-listed Qorvath said". Places ("Hong Kong shares"),
// institutions, persons' titles and their modifiers ("Outgoing CEO Jane
// Doe", "Deputy Chairman Li": officer_modifiers) and well-known companies
// outside the minerals chain (outside_names: "Tesla shares fell") are not
// candidates.
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
			// "the Kompas100 CEO Forum": an event or a body the title
			// names, not a person (institution_words).
			cued = p < n && ts.joined(p) && ts.has(p, fUpperInit) && !r.officer[ts.key(p)] && !w.function[ts.key(p)] &&
				!r.institution[ts.key(p)]
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
		if r.place[k] || r.institution[k] || w.instHead[k] || r.appStop[k] || r.outsideName[k] || r.officerMod[k] || r.head.endsAt(ts, p) ||
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
	if e-h.pos >= 2 && h.company >= 0 && d.words.legal[ts.key(e-1)] {
		return true // the name keeps its legal form ("Battery Minerals Limited")
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
// Corp. (NASDAQ: CRML)") or the dictionary gives ("AJM stock" after
// "Altura Mining Limited", ticker ASX:AJM). A one-word candidate that opens exactly one
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
			// "28 million shares of AJM stock" after "Altura Mining
			// Limited": the dictionary gives the company written in full
			// that symbol, though the item writes no ticker group.
			if upper && o.company >= 0 && slices.Contains(d.bySymbol[c], o.company) {
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

// legalStem reports a dictionary hit h written in full with its legal form
// ("Battery Minerals Limited") whose company's own name ends in a legal
// word, as the data keeps it when the words alone are common ones: the
// item that writes the full name writes it again by those words, keys
// ("approval of Battery Minerals", "from Battery Minerals" in the title).
// Two words or more, naming no dictionary company of their own.
func (d *Dictionary) legalStem(ts *tokens, h hit, keys []string) bool {
	if len(keys) < 2 || h.src != 1 || h.end-h.pos <= len(keys) || !d.words.legal[ts.key(h.end-1)] {
		return false
	}
	name := d.companies[h.company].Name
	last := name[strings.LastIndexByte(name, ' ')+1:]
	if !d.words.legal[foldString(strings.TrimSuffix(last, "."))] {
		return false
	}
	_, known := d.byName[foldString(strings.Join(keys, " "))]
	return !known
}
