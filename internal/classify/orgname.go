package classify

import (
	"unicode"
	"unicode/utf8"
)

// orgReach is how many words an organisation's head noun may stand from a
// rhetoric phrase inside its name: "Liberation War Veterans Association"
// (two after), "National Liberation Front" (one).
const orgReach = 3

// orgName reports whether the phrase of n words at word i of a sentence
// (its word ids and spans in src) stands inside an organisation's name: every
// word of the phrase is capitalised, and a run of capitalised words joins
// it, within orgReach words, to a head noun of the item's language
// (lexFile.OrgHeads: association, union, front, school), after it ("the
// Zimbabwe National Liberation War Veterans Association") or before it
// across short lower-case joining words ("the School of Liberation
// Studies"). The writer names the body; the words are its name, not his
// cry. A phrase in lower case, or capitalised at a sentence's start with
// no head noun joined to it, reads as before.
func (c *Classifier) orgName(src string, sent []int32, spans []span, i, n int, langs uint8) bool {
	for j := i; j < i+n; j++ {
		if !capitalised(src, spans[j]) {
			return false
		}
	}
	heads := c.lx.cueLangs[cueOrgHead]
	head := func(j int) bool { return sent[j] >= 0 && heads[sent[j]]&langs != 0 }
	for j := i + n; j < len(sent) && j < i+n+orgReach; j++ {
		if spans[j-1].bracket || !capitalised(src, spans[j]) {
			break
		}
		if head(j) {
			return true
		}
	}
	for j := i - 1; j >= 0 && j >= i-orgReach; j-- {
		if spans[j].bracket {
			break
		}
		if !capitalised(src, spans[j]) {
			if joiner(src, spans[j]) {
				continue
			}
			break
		}
		if head(j) {
			return true
		}
	}
	return false
}

// capitalised reports whether a word starts with a capital letter.
func capitalised(src string, s span) bool {
	r, _ := utf8.DecodeRuneInString(src[s.start:s.end])
	return unicode.IsUpper(r)
}

// joiner reports whether a word in lower case of three letters or fewer
// ("of", "for", "and", "the") may join the words of a name.
func joiner(src string, s span) bool {
	w := src[s.start:s.end]
	r, _ := utf8.DecodeRuneInString(w)
	return len(w) <= 3 && unicode.IsLower(r)
}
