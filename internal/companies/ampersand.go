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
	trade := func(k string) bool { return d.roles.triggers.class[k]&(tMineral|tSector) != 0 }
	for i := range hits {
		h := &hits[i]
		ts := &srcs[h.src]
		e := h.end
		if h.company < 0 || e+1 >= len(ts.toks) || ts.key(e) != "and" || !ts.joined(e) || !ts.joined(e+1) ||
			!ts.capitalised(e+1) || !trade(ts.key(e-1)) || !trade(ts.key(e+1)) {
			continue
		}
		legal := e+2 < len(ts.toks) && ts.joined(e+2) && d.words.legal[ts.key(e+2)]
		if ts.text(e) != "&" && !legal {
			continue
		}
		h.name = ts.src[ts.toks[h.pos].start:ts.toks[e+1].end]
		h.company, h.weak, h.acr, h.former = -1, false, "", 0
		h.end = e + 2
		if legal {
			h.end++
		}
	}
}
