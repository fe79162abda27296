package companies

// Indonesian company names: "PT Name Words [Tbk]", read from the "PT"
// that opens them.

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
