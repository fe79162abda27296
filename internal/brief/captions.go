package brief

import (
	"strings"
	"unicode/utf8"
)

// creditWords open a photo credit at the end of a caption.
var creditWords = []string{"Photo", "Photos", "PHOTO", "Image", "Picture", "Credit", "Photo credit", "Image credit"}

// isCaptionCredit reports a photo caption standing as a paragraph: at most
// 40 words ending in a credit of at most six words after "Photo:",
// "Photo by", "Image:", "Credit:" or in brackets, "[Photo/Xinhua]", "[Photo
// by Wang Jing/China Daily]", "(Photo: Reuters)" ("A rare earth workshop in
// Ganzhou. Photo: VCG"). The credit must open a sentence or a bracket: "the
// photo by the gate" in prose is no credit.
func isCaptionCredit(plain string) bool {
	if len(plain) > 400 {
		return false
	}
	end := strings.TrimRight(plain, " .")
	// A credit of at most six words sits in the last 100 bytes: only they
	// are searched, and the line's words counted only when one is found.
	tail := len(end) - 100
	for tail > 0 && !utf8.RuneStart(end[tail]) {
		tail++
	}
	tail = max(tail, 0)
	found := false
	// Every credit has a colon, a slash, "by" or "courtesy" in it.
	if t := end[tail:]; strings.IndexByte(t, ':') < 0 && strings.IndexByte(t, '/') < 0 &&
		!strings.Contains(t, "by ") && !strings.Contains(t, "courtesy") {
		return false
	}
	if n := len(end); n > 0 && (end[n-1] == ']' || end[n-1] == ')') {
		opener := byte('(')
		if end[n-1] == ']' {
			opener = '['
		}
		open := strings.LastIndexByte(end[tail:], opener)
		found = open >= 0 && tail+open > 0 && credit(end[tail+open+1:n-1])
	} else {
		// Each capital P, I or C in the tail may open a credit word.
		for i := max(tail, 1); i < len(end) && !found; i++ {
			if c := end[i]; c != 'P' && c != 'I' && c != 'C' {
				continue
			}
			before := strings.TrimRight(end[:i], " ")
			if before == "" || !strings.ContainsAny(before[len(before)-1:], ".!?|/—–-\"”") {
				continue // "the Photo" inside a sentence
			}
			found = credit(end[i:])
		}
	}
	return found && countWordsUpTo(plain, 41) <= 40
}

// credit reports a credit: "Photo: VCG", "Photo by Wang Jing/China Daily",
// "Photo/Xinhua", "Credit: Reuters", at most six words after the credit
// word and no sentence in them. A bare agency in brackets ("Xinhua/Wang
// Peng") is isPhotoCredit's.
func credit(s string) bool {
	s = strings.TrimSpace(s)
	for _, w := range creditWords {
		rest, ok := strings.CutPrefix(s, w)
		if !ok {
			continue
		}
		switch {
		case strings.HasPrefix(rest, ":"), strings.HasPrefix(rest, "/"):
			rest = rest[1:]
		case strings.HasPrefix(rest, " by "):
			rest = rest[4:]
		case strings.HasPrefix(rest, " courtesy of "):
			rest = rest[13:]
		default:
			continue
		}
		rest = strings.TrimSpace(rest)
		if rest == "" || countWordsUpTo(rest, 7) > 6 || strings.Contains(rest, ". ") {
			return false
		}
		return true
	}
	return false
}
