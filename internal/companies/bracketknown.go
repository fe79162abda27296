package companies

import "strings"

// knownInBrackets returns the company a candidate h is written out for: a
// hit of a dictionary company that fills the brackets right after h
// ("Govi High-Power Exploration (GoviEx)", "Merdeka Battery Meterials Tbk
// (MBMA)") when h's first word, past an Indonesian "PT", begins with the
// same four letters as the company's name (stem4). -1 when there is none:
// "Qorvath Uranium (GoviEx)" names another company beside the bracket.
func (d *Dictionary) knownInBrackets(ts *tokens, hits []hit, h hit) int {
	n := len(ts.toks)
	a := h.end
	if h.src != 1 || a >= n || ts.toks[a].para || !acronymOpen(ts.gap(a)) {
		return -1
	}
	first := h.pos
	if d.words.prefixForm[ts.text(first)] && first+1 < h.end {
		first++
	}
	for _, o := range hits {
		if o.src != 1 || o.pos != a || o.company < 0 || o.end < n && !acronymClose(ts.gap(o.end)) {
			continue
		}
		name, _, _ := strings.Cut(d.companies[o.company].Name, " ")
		if stem4(foldString(name)) == stem4(ts.key(first)) && len(ts.key(first)) >= 4 {
			return o.company
		}
	}
	return -1
}
