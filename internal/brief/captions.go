package brief

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

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
	for _, w := range lex().creditWords {
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

// maxCaptionWords is the most words a caption without a credit may have.
const maxCaptionWords = 45

// isPictureCaption reports a line standing under a picture above the lead
// as its caption, though no credit ends it: a noun phrase of 4 to 25 words
// with no full stop, no colon and not in title case ("Spodumene concentrate
// stockpiled at a port in Western Australia": a letterhead, a label row
// "Securities code: 301288" or a title keeps its place), or a line of at most maxCaptionWords words holding a
// caption cue ("Sacks are pictured at a warehouse ...", "FILE - Trucks
// queue ...", "An aerial view of ..."). A lead sentence under a picture
// ("Indonesia cut its nickel ore quota on Monday.") stays.
func isPictureCaption(text string) bool {
	if len(text) > 400 {
		return false
	}
	plain := stripRefs(text)
	n := countWordsUpTo(plain, maxCaptionWords+1)
	if n > maxCaptionWords {
		return false
	}
	if n >= 4 && n <= 25 && !endsSentence(plain) && strings.IndexByte(plain, ':') < 0 &&
		!isDatelineSpan(plain) && !titleCase(plain) {
		return true
	}
	low := strings.ToLower(plain)
	for _, m := range lex().fileMarks {
		if strings.HasPrefix(low, m) {
			return true
		}
	}
	for _, c := range lex().captionCues {
		if strings.Contains(low, c) {
			return true
		}
	}
	return false
}

// titleCase reports a line of which more than half the words open with a
// capital: a title or letterhead, not a caption's sentence case.
func titleCase(s string) bool {
	words, caps := 0, 0
	for _, w := range strings.Fields(s) {
		words++
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsUpper(r) {
			caps++
		}
	}
	return 2*caps > words
}

// captionOverDateline reports a line under a picture that is one sentence
// of at most 30 words while the next text opens with a wire's dateline
// ("JAKARTA, Dec 5 (Reuters) - ..."): the dateline opens the story, so the
// sentence over it is the picture's caption ("A worker checks bags at a
// plant in Qinghai.").
func captionOverDateline(text string, rest []line) bool {
	if len(text) > 300 || strings.Contains(strings.TrimRight(text, " ."), ". ") ||
		countWordsUpTo(text, 31) > 30 {
		return false
	}
	for _, l := range rest {
		if isFurniture(l) {
			continue
		}
		return l.kind == kindText && stripDateline(l.text) != l.text
	}
	return false
}
