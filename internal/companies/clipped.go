package companies

import (
	"slices"
	"strings"
)

// prefixCandidates gives a candidate whose words are the leading words of
// a longer name the body wrote before it that longer name's company:
// "Norvik Nickel director ..." after "PT Norvik Nickel-Alloy Indonesia"
// is that company, not a second one, and every naming of the candidate
// (its own short form too) is that company's. Not when the longer name
// only adds places, nationalities or legal words to it ("Tindal Lithium
// Zimbabwe" is the unit of "Tindal Lithium", named from it), when the
// candidate was named first, or when two longer names start with it. A
// one-word candidate clips a longer name only when an unknown ticker
// follows it ("Titan Uranium Inc. ... Titan (TSXV: QRV)", tickerClipped).
//
// The longer name's words are compared as the item writes them (keysOf:
// without "PT" and legal forms), so the link holds only inside the item:
// it creates no company and names none outside it.
func (d *Dictionary) prefixCandidates(ts *tokens, hits []hit) []hit {
	type named struct {
		keys    []string
		name    string
		company int
		pos     int
	}
	var full []named
	first := map[string]int{} // a name's first body naming
	for _, h := range hits {
		if h.src != 1 {
			continue
		}
		if _, ok := first[h.name]; !ok {
			first[h.name] = h.pos
			if h.end-h.pos >= 2 {
				full = append(full, named{keys: d.words.keysOf(ts, h), name: h.name, company: h.company, pos: h.pos})
			}
		}
	}
	if len(full) == 0 {
		return hits
	}
	type target struct {
		name    string
		company int
	}
	renamed := map[string]target{}
	decided := map[string]bool{}
	for _, h := range hits {
		if h.src != 1 || h.company >= 0 || decided[h.name] || h.end-h.pos < 2 && !d.tickerClipped(ts, h) {
			continue
		}
		decided[h.name] = true
		keys := d.words.keysOf(ts, h)
		match := -1
		for j, f := range full {
			if f.name == h.name || len(f.keys) <= len(keys) || !slices.Equal(f.keys[:len(keys)], keys) || f.pos > first[h.name] {
				continue
			}
			if !d.addsOwnWords(f.keys[len(keys):]) {
				continue
			}
			if match >= 0 && full[match].name != f.name {
				match = -2 // two longer names start with it
				break
			}
			match = j
		}
		if match >= 0 {
			renamed[h.name] = target{full[match].name, full[match].company}
		}
	}
	// Every naming of the candidate is the longer name's, its own short
	// form too ("Norvik's smelter").
	for i := range hits {
		if t, ok := renamed[hits[i].name]; ok && hits[i].company < 0 {
			hits[i].name, hits[i].company = t.name, t.company
		}
	}
	return hits
}

// tickerClipped reports a one-word candidate h that the ticker scan read
// before an unknown ticker group ("Titan (TSXV: QRV)") with a distinctive
// word: the ticker makes it a company's name, so it may clip a longer one
// written before it as a longer candidate may.
func (d *Dictionary) tickerClipped(ts *tokens, h hit) bool {
	if h.end-h.pos != 1 || h.end >= len(ts.toks) || !strings.HasSuffix(ts.gap(h.end), "(") || !d.distinctive(ts.key(h.pos)) {
		return false
	}
	_, l := exchangeAt(ts, h.end)
	return l > 0
}

// addsOwnWords reports a word among keys that is not a place, a
// nationality or a legal word: a longer name that adds only those to a
// shorter one is a unit named from it ("Tindal Lithium Zimbabwe"), while
// one that adds a word of its own ("Nickel-Alloy Indonesia") is the
// company the shorter name clips.
func (d *Dictionary) addsOwnWords(keys []string) bool {
	for _, k := range keys {
		_, nat := d.roles.nationality[k]
		if !d.roles.place[k] && !d.roles.chinesePlace[k] && !nat && !d.words.legal[k] && !d.words.function[k] {
			return true
		}
	}
	return false
}
