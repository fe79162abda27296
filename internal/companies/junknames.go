package companies

import "strings"

// Words a candidate rule reads as a company's name that name none (session
// 41, candjunk-s41): a programme's step with its numeral ("Phase II") and a
// run of places and nationalities ("South Korean", "Pan-African",
// "Indonesia", nationOnly). The rules that read the words after a company
// noun meet them ("a follow-up Phase II campaign", "a subsidiary of
// Pan-African resources company X", "Top nickel miner Indonesia").

// phaseName reports a phase word (phase_words) followed by a numeral among
// tokens i..e: "Phase II", "Stage 3".
func (d *Dictionary) phaseName(ts *tokens, i, e int) bool {
	for p := i; p < e; p++ {
		if d.roles.phase[ts.key(p)] && ts.joined(p+1) && numeral(ts.text(p+1)) {
			return true
		}
	}
	return false
}

// numeral reports a number written in digits or in upper-case Roman
// numerals: "3", "2B", "II", "IV".
func numeral(s string) bool {
	if s == "" {
		return false
	}
	if s[0] >= '0' && s[0] <= '9' {
		return true
	}
	return len(s) <= 4 && strings.Trim(s, "IVX") == ""
}

// nationOnly reports tokens first..end-1 that name only a nation or a
// region: place words (place_words, chinese_places), nationalities and
// regional prefixes hyphened to the next word, with at least one
// nationality, one-word country of nationalities or regional prefix among
// them: "South Korean", "Indonesia", "Pan-African". A city alone is not
// read so here: a company is written by its city's name too.
func (d *Dictionary) nationOnly(ts *tokens, first, end int) bool {
	nation := false
	for p := first; p < end; p++ {
		k := ts.key(p)
		switch {
		case len(d.roles.nationality[k]) > 0 || d.roles.country[k]:
			nation = true
		case d.roles.regionalPrefix[k] && p+1 < end && hyphenated(ts, p+1):
			nation = true
		case d.roles.place[k] || d.roles.chinesePlace[k]:
		default:
			return false
		}
	}
	return nation
}

// calledThing reports a name at tokens first..last that its sentence
// introduces as a thing of its last word's kind: the same word in lower case
// a few words before, with no company noun between ("its separation
// technology, known as Selective Binding Technology").
func calledThing(ts *tokens, first, last int) bool {
	k := ts.key(last)
	for p := first - 1; p >= 0 && first-p <= 6 && !ts.toks[p+1].para && !strings.ContainsAny(ts.gap(p+1), ".;:!?"); p-- {
		if ts.toks[p].cls&tCompanyNoun != 0 {
			return false
		}
		if ts.key(p) == k && !ts.capitalised(p) {
			return true
		}
	}
	return false
}
