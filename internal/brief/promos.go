package brief

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxPromoWords is the most words a promotion's title may have.
const maxPromoWords = 16

// isMediaPromo reports a "Watch:" or "Listen:" promotion (after a player's
// glyph, if any): the label, then a
// title of at most maxPromoWords words that is no sentence and opens with a
// capital or a digit or ends in brackets ("(3:12)", "(YouTube)"). "Watch:
// whether Jakarta extends the cut." and "Listen: the market is telling
// refiners ..." are a newsletter's prose and stay.
func isMediaPromo(plain string) bool {
	if len(plain) > 200 {
		return false
	}
	// A player's glyph may stand before the label ("▶ Watch:", "🎧 Listen:").
	for n := 0; n < 2 && plain != ""; n++ {
		r, size := utf8.DecodeRuneInString(plain)
		if unicode.IsLetter(r) {
			break
		}
		if unicode.IsDigit(r) || r == '"' || r == '\'' || r == '(' {
			return false
		}
		plain = strings.TrimLeft(plain[size:], " \u00a0\ufe0f")
	}
	if len(plain) < 7 {
		return false
	}
	if c := plain[0] | 0x20; c != 'w' && c != 'l' {
		return false
	}
	rest := ""
	for _, p := range lex().promoLabels {
		if foldPrefix(plain, p) {
			rest = strings.TrimSpace(stripRefs(plain[len(p):]))
			break
		}
	}
	if rest == "" || endsSentence(rest) || countWordsUpTo(rest, maxPromoWords+1) > maxPromoWords {
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.HasSuffix(rest, ")")
}

// isEpisodeLine reports a podcast page's episode stamp: "Episode 42",
// "Episode 42 · 38 min", "Ep. 7 | 41:10": the word, a number, and at most
// four more words, no sentence.
func isEpisodeLine(plain string) bool {
	if len(plain) > 80 || endsSentence(plain) {
		return false
	}
	var rest string
	switch {
	case foldPrefix(plain, "episode "):
		rest = plain[len("episode "):]
	case foldPrefix(plain, "ep. "):
		rest = plain[len("ep. "):]
	default:
		return false
	}
	if rest == "" || rest[0] < '0' || rest[0] > '9' {
		return false
	}
	return countWordsUpTo(rest, 6) <= 5
}

// maxAddressWords is the most words a postal address line may have.
const maxAddressWords = 24

// isPostalAddress reports a newsletter's or publisher's postal address
// standing as a line: two or more parts split by ",", "·", "|" or "•", no
// sentence, at most maxAddressWords words, and one part that is a street
// ("12 Harbour Street", "350 Fifth Avenue") or a box or suite ("PO Box
// 118", "Suite 4100", "Level 3"); or that street part alone, a line of
// an address written line by line. "The refiner moved to 12 Harbour Street,
// London, last year." is a sentence and stays.
func isPostalAddress(plain string) bool {
	if len(plain) > 240 || endsSentence(plain) {
		return false
	}
	if !strings.ContainsAny(plain, ",·|•") {
		return isStreetPart(plain) // "PO Box 118" alone: an address written line by line
	}
	if countWordsUpTo(plain, maxAddressWords+1) > maxAddressWords {
		return false
	}
	for part := range partsOf(plain, ",·|•") {
		if isStreetPart(part) {
			return true
		}
	}
	return false
}

// isPublisherLine reports a newsletter's imprint: its name, a publisher
// phrase and the publisher's postal address ("Ore Notes is published by
// Example Media LLC, 12 King Street, Perth WA 6000."). "The index is
// published by the exchange every Friday." names no address and stays.
func isPublisherLine(plain string) bool {
	if countWordsUpTo(plain, maxAddressWords+6) > maxAddressWords+5 {
		return false
	}
	for _, p := range lex().publisherPhrases {
		if i := indexSpaced(plain, p); i > 0 {
			return isPostalAddress(strings.TrimSuffix(plain[i+len(p):], "."))
		}
	}
	return false
}

// foldPrefix reports whether s starts with the lower-case ASCII prefix p,
// in any case, without copying s.
func foldPrefix(s, p string) bool {
	return len(s) >= len(p) && strings.EqualFold(s[:len(p)], p)
}

// isStreetPart reports an address part as a street with its number ("12
// Harbour Street", "548 Market Street PMB 72296"), a post box ("PO Box 118", "P.O. Box 9") or a suite,
// level or floor with its number ("Suite 4100"): two to six words.
func isStreetPart(part string) bool {
	part = strings.TrimSpace(part)
	n := countWordsUpTo(part, 7)
	if n < 2 || n > 6 {
		return false
	}
	last := part[strings.LastIndexByte(part, ' ')+1:]
	for _, b := range lex().boxWords {
		if foldPrefix(part, b) {
			return last[0] >= '0' && last[0] <= '9'
		}
	}
	if part[0] < '0' || part[0] > '9' {
		return false
	}
	// A street word after the number, the last or one before a box or
	// mailbox number ("548 Market Street PMB 72296").
	for _, w := range strings.Fields(part)[1:] {
		var buf [12]byte
		if len(w) <= len(buf) && lex().streetWords[string(lowerASCII(buf[:0], strings.TrimRight(w, ".")))] {
			return true
		}
	}
	return false
}

// lowerASCII appends s to buf with its ASCII letters in lower case.
func lowerASCII(buf []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

// isFooterLinkRow reports a row of a newsletter's or site's footer links,
// two or more parts split by "|" or "·", each one of dropLines ("Manage
// preferences | Privacy policy | Unsubscribe").
func isFooterLinkRow(plain string) bool {
	if len(plain) > 160 || !strings.ContainsAny(plain, "|·") {
		return false
	}
	parts := 0
	for part := range partsOf(plain, "|·") {
		parts++
		part = strings.TrimSpace(stripRefs(part))
		var buf [3 * maxDropLine]byte
		if len(part) > len(buf) || !lex().dropLines[string(lowerASCII(buf[:0], part))] {
			return false
		}
	}
	return parts >= 2
}

// maxToolWords is the most words one dropLines key of a tool row has.
const maxToolWords = 4

// isToolRow reports an article's tool links typed in capitals with no
// separator between them, two or more of dropLines and at most a section
// name of one word after them ("EMAIL THIS ARTICLE SAVE THIS ARTICLE
// NEWS"). "SHARE THIS ARTICLE WITH A FRIEND" leaves three words over.
func isToolRow(plain string) bool {
	if len(plain) > 120 || !allCaps(plain) {
		return false
	}
	var buf [120]byte
	words := strings.Fields(string(lowerASCII(buf[:0], stripRefs(plain))))
	parts := 0
	for len(words) > 0 {
		n := toolKeyAt(words)
		if n == 0 {
			return parts >= 2 && len(words) == 1
		}
		words = words[n:]
		parts++
	}
	return parts >= 2
}

// toolKeyAt is how many of words, at most maxToolWords, the longest
// dropLines key they open with spans, or 0.
func toolKeyAt(words []string) int {
	for n := min(maxToolWords, len(words)); n > 0; n-- {
		if lex().dropLines[strings.Join(words[:n], " ")] {
			return n
		}
	}
	return 0
}

// isPromoHead reports a vendor's promo heading of at most six words and
// no sentence ("Go deeper with Example Data"); the one link under it goes
// with it (segment). "Go deeper with the data, analysts said." is prose.
func isPromoHead(plain string) bool {
	if len(plain) > 80 || endsSentence(plain) || countWordsUpTo(plain, 7) > 6 {
		return false
	}
	for _, o := range lex().promoOpeners {
		if strings.HasPrefix(plain, o) {
			return true
		}
	}
	return false
}

// partsOf yields the parts of s between the separator runes in seps
// ("Level 4, 12 King Street · Perth" by ",·": three parts).
func partsOf(s, seps string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for rest := s; rest != ""; {
			part := rest
			if i := strings.IndexAny(rest, seps); i >= 0 {
				_, size := utf8.DecodeRuneInString(rest[i:])
				part, rest = rest[:i], rest[i+size:]
			} else {
				rest = ""
			}
			if !yield(part) {
				return
			}
		}
	}
}
