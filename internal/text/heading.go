package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxHeadingLines and maxHeadingWords bound the furniture LeadStart skips.
const (
	maxHeadingLines = 3
	maxHeadingWords = 8
)

// LeadStart returns the byte offset in src where the body's lead starts:
// bodyStart, or past the heading lines a release or wire item opens with
// ("ASX ANNOUNCEMENT", "NEWS RELEASE", "FOR IMMEDIATE RELEASE", "14 August
// 2026"). A heading line is short, ends without a full stop, holds only
// capitalised words, numbers and a few joining words, and has text after
// it. Lines with brackets or a colon inside stay (a name with its ticker).
func LeadStart(src string, bodyStart int) int {
	if bodyStart < 0 || bodyStart > len(src) {
		return bodyStart
	}
	start := bodyStart
	for n := 0; n < maxHeadingLines; n++ {
		// the next line with text
		ls := start
		for ls < len(src) && (src[ls] == '\n' || src[ls] == ' ' || src[ls] == '\t' || src[ls] == '\r') {
			ls++
		}
		le := strings.IndexByte(src[ls:], '\n')
		if le < 0 || !headingLine(src[ls:le+ls]) {
			if n == 0 || ls >= len(src) {
				return bodyStart
			}
			return ls // the lead: the first line that is no heading
		}
		le += ls
		start = le + 1
	}
	for start < len(src) && (src[start] == '\n' || src[start] == ' ' || src[start] == '\t' || src[start] == '\r') {
		start++
	}
	return start
}

// headingLine reports a line of release furniture: one to maxHeadingWords
// words, each capitalised, a number, a dash or bar, or a joining word, with
// no sentence end, bracket or inner colon.
func headingLine(line string) bool {
	line = strings.TrimSpace(line)
	if line == "" || strings.ContainsAny(line, "()[]\"\u201C\u201D.!?;") {
		return false
	}
	if i := strings.IndexByte(line, ':'); i >= 0 && i != len(line)-1 {
		return false
	}
	words := strings.Fields(line)
	if len(words) > maxHeadingWords {
		return false
	}
	letters := false
	for _, w := range words {
		w = strings.Trim(w, ",:")
		if w == "" || w == "-" || w == "|" || w == "\u2013" || w == "\u2014" || w == "&" {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			letters = true
		case unicode.IsDigit(r):
		case w == "of" || w == "for" || w == "and" || w == "the" || w == "to":
		default:
			return false
		}
	}
	return letters
}
