package companies

// wholeAmpersandNames reads a dictionary name that "&" and one more trade
// or mineral word continue as the longer name it begins: "Kestrel Tungsten
// & Antimony" is a company of its own, not Kestrel Tungsten, when the
// dictionary holds only the shorter one (when it holds both, the longest
// match has already taken the longer). Both names must end in a trade or
// mineral word, so "Lynas & Iluka" stays two companies. "and" joins two
// names in prose ("Pilbara Minerals and Lithium Americas"), so it counts
// the same only before a legal form: "Kestrel Tungsten and Antimony Corp".
// The hit becomes a candidate named as written, without the legal form.
func (d *Dictionary) wholeAmpersandNames(srcs *[2]tokens, hits []hit) {
	type whole struct {
		company int
		src     int
		head    string // the dictionary name as written, folded
		name    string
	}
	var wholes []whole
	for i := range hits {
		h := &hits[i]
		ts := &srcs[h.src]
		e := h.end
		if h.company < 0 || !d.ampersandJoins(ts, e) {
			continue
		}
		legal := e+2 < len(ts.toks) && ts.joined(e+2) && d.words.legal[ts.key(e+2)]
		wholes = append(wholes, whole{h.company, h.src, foldString(ts.src[ts.toks[h.pos].start:ts.toks[e-1].end]), ""})
		h.name = ts.src[ts.toks[h.pos].start:ts.toks[e+1].end]
		h.company, h.weak, h.acr, h.former = -1, false, "", 0
		h.end = e + 2
		if legal {
			h.end++
		}
		wholes[len(wholes)-1].name = h.name
	}
	// The dictionary name written bare elsewhere in the same item, with the
	// same words (a headline's "Kestrel Tungsten" over a body's "Kestrel
	// Tungsten & Antimony Ltd"), is the longer name's short form there,
	// not the other company: the item names only the one. Its namings by
	// its own ticker or another of its names keep the dictionary company.
	for _, w := range wholes {
		for i := range hits {
			h := &hits[i]
			if h.company != w.company {
				continue
			}
			ts := &srcs[h.src]
			if foldString(ts.src[ts.toks[h.pos].start:ts.toks[h.end-1].end]) == w.head {
				h.name = w.name
				h.company, h.weak, h.acr, h.former = -1, false, "", 0
			}
		}
	}
}

// ampersandJoins reports token e as the "&" that continues a name ending
// in a trade or mineral word at e-1 with a capitalised trade or mineral
// word at e+1 ("Kestrel Tungsten & Antimony"); "and" counts only before a
// legal form ("Kestrel Tungsten and Antimony Corp"), since prose joins two
// names with it.
func (d *Dictionary) ampersandJoins(ts *tokens, e int) bool {
	trade := func(k string) bool { return d.roles.triggers.class[k]&(tMineral|tSector) != 0 }
	if e < 1 || e+1 >= len(ts.toks) || ts.key(e) != "and" || !ts.joined(e) || !ts.joined(e+1) ||
		!ts.capitalised(e+1) || !trade(ts.key(e-1)) || !trade(ts.key(e+1)) {
		return false
	}
	legal := e+2 < len(ts.toks) && ts.joined(e+2) && d.words.legal[ts.key(e+2)]
	return ts.text(e) == "&" || legal
}
