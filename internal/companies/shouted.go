package companies

import (
	"strings"
	"unicode"
)

// Names written in capitals: when a candidate found in a shouted heading
// or line ("NAMAQUA CRITICAL MINERALS LTD") is renamed to the mixed-case
// form the item also writes, and the tests for a shouted first or later
// word.

// shoutedFirst reports a name whose first word has two or more letters and
// no lower-case one ("NAMAQUA CRITICAL METALS", "CHIVHU Lithium").
func shoutedFirst(name string) bool {
	first, _, _ := strings.Cut(name, " ")
	return shoutedLetters(first) >= 2
}

// shoutedLater reports a name with a word after the first that has three or
// more letters and no lower-case one ("Zim Win MINING", as a Zimbabwean
// lead writes a company before its "(PVT) LTD").
func shoutedLater(name string) bool {
	_, rest, _ := strings.Cut(name, " ")
	for rest != "" {
		var w string
		w, rest, _ = strings.Cut(rest, " ")
		if shoutedLetters(w) >= 3 {
			return true
		}
	}
	return false
}

// shoutedLetters returns the letters of word w when none is lower-case,
// and 0 when one is.
func shoutedLetters(w string) int {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return 0
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters
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
