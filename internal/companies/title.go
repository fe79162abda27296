package companies

import (
	"slices"
	"strings"
)

// Title namings: demoteTitle, which says why a company in the title is not
// a subject (a parent, a seller, a peer), the title's short and former
// names, and the hit that starts at a token or the title hit that ends
// right before one.

// shortOfNamed gives a one-word dictionary name in the title the company
// whose longer name the body writes with that word first, when the body
// never names the word's own company: a headline shortens names ("Harita
// and Lygend JV starts line" over a body about "Harita Nickel", the
// group's listed arm, is Harita Nickel, not the Harita group), unless it
// is a possessive. The body's own bare word ("Obi, run by Harita") is as
// short as the title's and does not show the word's own company named,
// unless the word is that company's own name ("SQM", "Vale").
func shortOfNamed(srcs *[2]tokens, hits []hit) {
	for a := range hits {
		h := &hits[a]
		// "Vale's Indonesian unit": a possessive names the owner.
		if h.src != 0 || h.end-h.pos != 1 || h.company < 0 || srcs[0].has(h.pos, fPossessive) {
			continue
		}
		k := srcs[h.src].key(h.pos)
		full, other, otherName := false, -1, ""
		for _, o := range hits {
			if o.src != 1 {
				continue
			}
			if o.company == h.company {
				if o.end-o.pos == 1 && srcs[1].key(o.pos) == k && foldString(h.name) != k {
					continue // the same bare word, an alias only ("SQM" is SQM's own name)
				}
				full = true
				break
			}
			if o.company < 0 || o.end-o.pos < 2 {
				continue
			}
			if srcs[o.src].key(o.pos) == k && (other < 0 || other == o.company) {
				other, otherName = o.company, o.name
			}
		}
		if !full && other >= 0 {
			h.company, h.name = other, otherName
		}
	}
}

// shortensBodyName reports the title word after hit h (a possessive) as
// the first word of another company the body names in two or more words.
func shortensBodyName(tt *tokens, hits []hit, h hit) bool {
	k := tt.key(h.end)
	for _, o := range hits {
		if o.src == 1 && o.end-o.pos >= 2 && o.name != h.name && (o.company < 0 || o.company != h.company) &&
			foldString(firstWord(o.name)) == k {
			return true
		}
	}
	return false
}

// firstWord returns the first space-separated word of s.
func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// demoteTitle says why title hit h does not make its company a subject:
// it stands inside quotes ("CEO says \u201cwe are not BYD\u201d") or names
// the parent of the business the title is about ("Vale's Indonesian unit
// starts ..."). It returns "" when the hit counts.
func (d *Dictionary) demoteTitle(tt *tokens, h hit, hits []hit, quotes bool) string {
	if quotes && tt.has(h.pos, fQuoted) && !quotedName(tt, h.pos, h.end) {
		return noteQuote
	}
	if d.parentOfUnit(tt, h, nil) > 0 || d.backerOf(tt, h) || d.ventureOfNames(tt, 0, h, hits) || d.words.han.parentBeforeUnit(tt, h, hits) {
		return noteParent
	}
	// "Zijin's Manono Lithium ships first spodumene": the parent names the
	// unit the title is about (docs/labelling.md, 2).
	if possessive(tt, h.end-1) {
		if o, ok := hitAt(hits, 0, h.end); ok && o.name != h.name {
			return noteParent
		}
		// "Sinomine's Bikita trims shipments" over a body about "Bikita
		// Minerals": the headline shortens the unit's name to its first word.
		if h.end < len(tt.toks) && tt.capitalised(h.end) && shortensBodyName(tt, hits, h) {
			return noteParent
		}
	}
	// "Pampa Verde, a subsidiary of Halden Metals, wins ...", "Pampa
	// Verde, filial de Halden Metals, ...": the parent identifies the unit
	// in the title too (docs/labelling.md, 2).
	if d.titleUnitOf(tt, h) {
		return noteParent
	}
	if d.peerInTitle(tt, h, hits) {
		return noteExample
	}
	if d.sellerInTitle(tt, h, hits) {
		return noteSeller
	}
	// "China Minmetals rare earth unit takes ...": a headline drops the
	// possessive; trade words between name and unit noun say which unit.
	for k := h.end; k < len(tt.toks) && k <= h.end+3 && tt.joined(k); k++ {
		key := tt.key(k)
		if d.roles.unit[key] && k > h.end {
			return noteParent
		}
		if tt.capitalised(k) || !d.roles.trade[key] {
			break
		}
	}
	return ""
}

// titleUnitOf reports a title company right after "a subsidiary of", "a
// unit of" (the parent nouns of unit_nouns among of_cues, not "takeover of"
// or "customer of") or a Latin unit cue ("filial de", latinUnitOf).
func (d *Dictionary) titleUnitOf(tt *tokens, h hit) bool {
	r := d.roles
	if h.pos > 1 && tt.joined(h.pos) && tt.key(h.pos-1) == "of" && tt.joined(h.pos-1) {
		k := tt.key(h.pos - 2)
		if r.unit[k] && r.of.endsAt(tt, h.pos-2) {
			return true
		}
	}
	cue := false
	for k := h.pos - 1; k >= 0 && k >= h.pos-6; k-- {
		cue = cue || r.latinUnit[tt.key(k)]
	}
	return cue && r.latinUnitOf(tt, nil, h.pos-1)
}

// sellerInTitle reports a title company right after "from" whose cue
// (from_cues: "acquires", "options") follows another company the title
// names: "Qorvath Lithium Options Northern Block from Tindal Minerals" buys
// from a seller named once (docs/labelling.md, 5).
func (d *Dictionary) sellerInTitle(tt *tokens, h hit, hits []hit) bool {
	if h.pos < 2 || tt.key(h.pos-1) != "from" {
		return false
	}
	for b := h.pos - 2; b > 0 && b >= h.pos-8; b-- {
		if _, ok := titleHitEnding(hits, b+1); ok {
			return false
		}
		if d.roles.from.endsAt(tt, b) {
			return slices.ContainsFunc(hits, func(o hit) bool { return o.src == 0 && o.end <= b && o.name != h.name })
		}
	}
	return false
}

// peerInTitle reports a title company named after a comparison cue
// (list_cues: "overtakes", "ahead of", "rivals", "versus"), alone or in a
// run joined by commas and "and", with another company before the cue:
// "Qorvath Lithium Overtakes Albemarle and SQM" ranks the peers against
// the company the title is about (docs/labelling.md, 5).
func (d *Dictionary) peerInTitle(tt *tokens, h hit, hits []hit) bool {
	j := h.pos - 1
	for j > 0 {
		if isListWord(tt.key(j)) {
			j--
			continue
		}
		o, ok := titleHitEnding(hits, j+1)
		if !ok {
			break
		}
		j = o.pos - 1
	}
	if j <= 0 || !d.roles.list.endsAt(tt, j) {
		return false
	}
	for _, o := range hits {
		if o.src == 0 && o.end <= j && o.name != h.name {
			return true
		}
	}
	return false
}

// titleHitEnding returns the title hit that ends right before token e.
func titleHitEnding(hits []hit, e int) (hit, bool) {
	for _, o := range hits {
		if o.src == 0 && o.end == e {
			return o, true
		}
	}
	return hit{}, false
}

// hitAt returns the hit of source src (0 the title, 1 the text) that starts
// at token i.
func hitAt(hits []hit, src, i int) (hit, bool) {
	for _, h := range hits {
		if h.src == src && h.pos == i {
			return h, true
		}
	}
	return hit{}, false
}

// titleOnlyFormer returns, when the title names a company by a former
// name, a test for such title hits whose company the text never names:
// in a title-case title "Kolaka Venture Ships First Cobalt Sulphate" reads
// "First Cobalt" (renamed in 2021) where no company is meant, and an item
// about a former entity names it in its text too. It returns nil when no
// title hit is by a former name (the usual case, at no cost).
func titleOnlyFormer(hits []hit) func(hit) bool {
	if !slices.ContainsFunc(hits, func(h hit) bool { return h.src == 0 && h.former > 0 }) {
		return nil
	}
	return func(h hit) bool {
		return h.src == 0 && h.former > 0 && !slices.ContainsFunc(hits, func(o hit) bool { return o.src == 1 && o.company == h.company })
	}
}

// bodyShortOfNamed gives a one-word dictionary name in the body the
// company whose longer name the item wrote earlier with that word first
// (past an Indonesian "PT"), when the item never names the word's own
// company otherwise: "PT Vale Indonesia Tbk ... Vale dan Huayou telah
// memulai" is the unit both times, not its parent, which the item never
// names in full. A title naming the word's own company in any form
// ("Codelco y SQM crean ..." over a body naming its unit SQM Salar) keeps
// the word that company's. A possessive ("Vale's stake") names the owner
// and is left alone, as in the title (shortOfNamed).
func (d *Dictionary) bodyShortOfNamed(srcs *[2]tokens, hits []hit) {
	long := false
	for i := range hits {
		if hits[i].company >= 0 && hits[i].end-hits[i].pos >= 2 {
			long = true
			break
		}
	}
	if !long {
		return
	}
	ts := &srcs[1]
	for a := range hits {
		h := &hits[a]
		if h.src != 1 || h.end-h.pos != 1 || h.company < 0 || ts.has(h.pos, fPossessive) || !ts.has(h.pos, fUpperInit) {
			continue
		}
		k := ts.key(h.pos)
		other, otherName := -1, ""
		for _, o := range hits {
			if o.company < 0 || o.company == h.company || o.end-o.pos < 2 || o.src == 1 && o.pos > h.pos {
				continue
			}
			f := o.pos
			if srcs[o.src].key(f) == "pt" {
				f++
			}
			if f < o.end-1 && srcs[o.src].key(f) == k {
				if other >= 0 && other != o.company {
					other = -2
					break
				}
				other, otherName = o.company, o.name
			}
		}
		if other < 0 || d.ownerPlace(ts, *h) || namedOtherwise(srcs, hits, h.company, k) {
			continue
		}
		h.company, h.name = other, otherName
	}
}

// namedOtherwise reports company c named in the title in any form, or in
// the body by anything but the bare word k.
func namedOtherwise(srcs *[2]tokens, hits []hit, c int, k string) bool {
	for _, o := range hits {
		if o.company == c && (o.src == 0 || o.end-o.pos != 1 || srcs[o.src].key(o.pos) != k) {
			return true
		}
	}
	return false
}

// ownerPlace reports a bare word where the press names a group or a
// parent rather than a unit: after one of owner_before_words ("of", "by",
// "the": "a subsidiary of Vale", "the POSCO group"), after a possessive
// ("Brazil's Vale"), after a role head ("its parent, EcoPro"), or before
// one of owner_group_words ("POSCO group").
func (d *Dictionary) ownerPlace(ts *tokens, h hit) bool {
	if h.pos > 0 && !ts.toks[h.pos].para {
		if d.roles.head.endsAt(ts, h.pos-1) {
			return true
		}
		if d.roles.ownerBefore[ts.key(h.pos-1)] || ts.has(h.pos-1, fPossessive) {
			return true
		}
	}
	return h.end < len(ts.toks) && ts.joined(h.end) && d.roles.ownerGroup[ts.key(h.end)]
}
