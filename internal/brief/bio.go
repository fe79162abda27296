package brief

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// isBio reports an author's one-line bio: a short paragraph (at most 40
// words) opening with a person's name of one to three capitalised words
// and a bio verb: "writes about/on/for/from", "covers ... for/from",
// "reports on/from/for", "has covered/written/reported", or "is a/an/the"
// and a writer's job within five words ("Rafael Fonseca writes about Latin
// American mining from São Paulo", "Daniel covers battery metals for the
// site"). "MP Materials covers its costs" and "Lynas is a producer" are
// not bios.
func isBio(l line) bool {
	if l.kind != kindText || len(l.text) > 300 {
		return false
	}
	return bioShape(l.text) && countWordsUpTo(l.text, 41) <= 40
}

// bioShape reports whether text opens with a name and a bio verb (isBio).
func bioShape(text string) bool {
	// Read as written (a link's placeholder is no capitalised word). The
	// first ten words are enough: a name of up to three and the verb phrase
	// after it (read without allocating: most paragraphs are no bio).
	if r, _ := utf8.DecodeRuneInString(text); !unicode.IsUpper(r) || !bioVerbNear(text) {
		return false
	}
	var words [10]string
	n := 0
	for w := range strings.FieldsSeq(text) {
		if n == len(words) {
			break
		}
		words[n] = w
		n++
	}
	name := 0
	for _, w := range words[:n] {
		if name == 3 {
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || notName(w) || allCaps(w) {
			break
		}
		name++
	}
	if name == 0 || name >= n {
		return false
	}
	rest := words[name:n]
	// word reports whether rest[i] is one of the given words, in any case.
	word := func(i int, any ...string) bool {
		if i >= len(rest) {
			return false
		}
		w := strings.Trim(rest[i], ".,;:")
		for _, a := range any {
			if strings.EqualFold(w, a) {
				return true
			}
		}
		return false
	}
	switch {
	case word(0, "writes"):
		return word(1, "about", "on", "for", "from", "a", "the")
	case word(0, "reports") && word(1, "on"):
		return len(rest) > 2 && !monthWord(strings.Trim(rest[2], ".,")) // not "reports on Wednesday"
	case word(0, "covers", "reports"):
		// "covers battery metals for the site", "reports from Lima": the
		// first sentence names whom for or where from.
		sentence := stripRefs(text)
		if ss := splitLine(sentence, nil); len(ss) > 0 {
			sentence = ss[0]
		}
		return strings.Contains(sentence, " for ") || strings.Contains(sentence, " from ")
	case word(0, "has"):
		return word(1, "covered", "written", "reported")
	case word(0, "is") && word(1, "a", "an", "the"):
		for i := 2; i < 7 && i < len(rest); i++ {
			w := strings.ToLower(rest[i])
			for _, j := range lex().journalistNouns {
				if strings.HasPrefix(w, j) {
					return true
				}
			}
		}
	}
	return false
}

// bioVerbNear reports whether a bio verb follows one of the first three
// words: the quick test most paragraphs fail.
func bioVerbNear(s string) bool {
	for k := 0; k < 3; k++ {
		i := strings.IndexByte(s, ' ')
		if i < 0 {
			return false
		}
		s = s[i+1:]
		w := s
		if j := strings.IndexByte(w, ' '); j >= 0 {
			w = w[:j]
		}
		switch w {
		case "writes", "covers", "reports", "has", "is":
			return true
		}
	}
	return false
}

// notName reports a word that opens no person's name (notNames), in any
// case and without the punctuation after it.
func notName(w string) bool { return inFold(lex().notNames, strings.TrimRight(w, ".,;:")) }

// allCaps reports a word with no lower-case letter ("CEO", "LYC").
func allCaps(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// furnitureTail returns where the run of furniture and bio lines that
// ends lines starts (len(lines) when the last line is neither): a bio is
// the writer's only when nothing else follows it. One backward pass, so a
// feed of many bio-like lines costs linear time.
func furnitureTail(lines []line) int {
	i := len(lines)
	for i > 0 && (isFurniture(lines[i-1]) || isBio(lines[i-1])) {
		i--
	}
	return i
}
