package brief

import "strings"

// creditWords open a photo credit at the end of a caption.
var creditWords = []string{"Photo", "Photos", "PHOTO", "Image", "Picture", "Credit", "Photo credit", "Image credit"}

// isCaptionCredit reports a photo caption standing as a paragraph: at most
// 40 words ending in a credit of at most six words after "Photo:",
// "Photo by", "Image:", "Credit:" or in brackets, "[Photo/Xinhua]", "[Photo
// by Wang Jing/China Daily]", "(Photo: Reuters)" ("A rare earth workshop in
// Ganzhou. Photo: VCG"). The credit must open a sentence or a bracket: "the
// photo by the gate" in prose is no credit.
func isCaptionCredit(plain string) bool {
	if len(plain) > 400 || countWordsUpTo(plain, 41) > 40 {
		return false
	}
	end := strings.TrimRight(plain, " .")
	if n := len(end); n > 0 && (end[n-1] == ']' || end[n-1] == ')') {
		opener := byte('(')
		if end[n-1] == ']' {
			opener = '['
		}
		open := strings.LastIndexByte(end, opener)
		return open > 0 && credit(end[open+1:n-1])
	}
	for _, w := range creditWords {
		i := strings.LastIndex(end, w)
		if i <= 0 {
			continue
		}
		before := strings.TrimRight(end[:i], " ")
		if before == "" || !strings.ContainsAny(before[len(before)-1:], ".!?|/—–-\"”") {
			continue // "the Photo" inside a sentence
		}
		if credit(end[i:]) {
			return true
		}
	}
	return false
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
