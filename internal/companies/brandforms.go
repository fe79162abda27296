package companies

import "slices"

// Short forms of Chinese names (session 43, zhshort-s43). The Chinese press
// names a company once in full and then by its distinctive part: the
// characters after its place and before its trade, generic or group words
// ("湖南某星新材料有限公司 … 某星的产能"). hanCandidates already reads that part
// for candidates of three characters or more (brand); brandForms reads it
// for dictionary companies written in full too, and at two characters, where
// it is no place, no stop word (data/chinese.toml: brand_stop_words), no
// other company's name, and no other company the item names has it.

// core returns the distinctive part of the Han name at tokens [a, end):
// its characters after its place up to the first trade, generic or group
// word, when that part is two to four characters and the name goes on
// after it; or nil.
func (h *hanWords) core(ts *tokens, a, end int) []rune {
	for k := a + 1; k < end; k++ {
		if !hanJoined(ts, k) {
			return nil
		}
	}
	s := a + h.placeLen(ts, a, end)
	for p := s; p < end; p++ {
		if hanWordAt(ts, p, end, h.desc) == 0 {
			continue
		}
		if p-s < 2 || p-s > 4 || h.placeLen(ts, s, p) > 0 || hanWordAt(ts, s, p, h.brandStop) == p-s {
			return nil
		}
		return hanRunes(ts, s, p)
	}
	return nil
}

// brandForms adds to found the distinctive part of each company the item
// writes in full in Chinese script (core), counted as a naming wherever it
// is written again. A part that is another company's name in the
// dictionary, or that two companies of the item share, is left out: it
// does not tell them apart.
func (d *Dictionary) brandForms(srcs *[2]tokens, hits []hit, found []hanName) []hanName {
	h := d.words.han
	var add []hanName
	for _, o := range hits {
		if o.end-o.pos < 4 || !hanAt(&srcs[o.src], o.pos) {
			continue
		}
		c := h.core(&srcs[o.src], o.pos, o.end)
		if c == nil || slices.ContainsFunc(add, func(f hanName) bool { return f.name == o.name && slices.Equal(f.runes, c) }) {
			continue
		}
		if k, ok := d.byName[foldString(string(c))]; ok && k != o.company {
			continue
		}
		add = append(add, hanName{runes: c, name: o.name, company: o.company, brandForm: true})
	}
	if len(add) == 0 {
		return found
	}
	for _, f := range add {
		shared := slices.ContainsFunc(add, func(g hanName) bool { return g.name != f.name && slices.Equal(g.runes, f.runes) }) ||
			slices.ContainsFunc(found, func(g hanName) bool { return g.name != f.name && slices.Equal(g.runes, f.runes) })
		if !shared && !slices.ContainsFunc(found, func(g hanName) bool { return slices.Equal(g.runes, f.runes) }) {
			found = append(found, f)
		}
	}
	return found
}

// brandStandsAt reports whether a short form of l characters written at
// token i stands alone: at the start of a run of Han characters or after a
// word a name starts after (name_boundaries: "由", "与", "考察"), and not
// followed by a trade, generic or group word. "日喀则某某等企业" (after a
// place) and "某某集团" (another name holding the part) are not the short form.
func (h *hanWords) brandStandsAt(ts *tokens, i, l int) bool {
	if e := i + l; hanJoined(ts, e) && hanWordAt(ts, e, len(ts.toks), h.desc) > 0 {
		return false
	}
	if !hanJoined(ts, i) {
		return true
	}
	for _, w := range h.boundary {
		a := i - len(w)
		if a >= 0 && hanMatch(ts, a, i, w) {
			return true
		}
	}
	return false
}
