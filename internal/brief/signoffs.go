package brief

import (
	"strings"
	"unicode/utf8"
)

// signoffWrap is cut from both ends of a sign-off written in brackets or
// after a dash ("[Source: Xinhua]", "—With files from Bloomberg").
const signoffWrap = "([—–- )]"

// signoff reports whether plain opens with one of signoffPrefixes, as it
// stands or once an opening bracket or dash is cut, and whether it is
// short enough to be that sign-off (a longer line is prose that happens to
// start so).
func signoff(plain string) (matched, short bool) {
	if matched, short = signoffAt(plain); matched {
		return matched, short
	}
	cut := strings.TrimLeft(plain, signoffWrap)
	if len(cut) == len(plain) || cut == "" {
		return false, false
	}
	return signoffAt(cut)
}

// signoffAt is signoff of s as it stands: the first prefix of
// signoffPrefixes s opens with decides.
func signoffAt(s string) (matched, short bool) {
	var buf [3*maxFurniturePrefix + utf8.UTFMax]byte
	low := lowerPrefix(buf[:0], s, 3*maxFurniturePrefix)
	if len(low) == 0 {
		return false, false
	}
	t := lex()
	for _, i := range t.signoffByFirst[low[0]] {
		if sp := t.signoffPrefixes[i]; hasPrefix(low, sp.prefix) {
			return true, countWordsUpTo(s, sp.words+1) <= sp.words
		}
	}
	return false, false
}

// maxSignoffRun is the most words a line of several sign-offs may have.
const maxSignoffRun = 40

// signoffRun reports a short line made only of sign-offs: two or more
// sentences or ";"-parts, each a byline or a short sign-off ("You're
// reading the Dispatch. Forwarded this email? Sign up here.", "(By Jane
// Doe; Editing by John Roe)", "Hosted by A. Produced by B."). One part
// that is prose keeps the line.
func signoffRun(plain string) bool {
	s := strings.Trim(plain, signoffWrap)
	if len(s) > 8*maxSignoffRun || countWordsUpTo(s, maxSignoffRun+1) > maxSignoffRun {
		return false
	}
	parts := 0
	for s != "" {
		i := signoffBreak(s)
		part := strings.TrimSpace(strings.TrimSuffix(s[:i], ";"))
		s = s[i:]
		if part == "" {
			continue
		}
		if _, short := signoff(part); !short && !isByline(part) {
			return false
		}
		parts++
	}
	return parts >= 2
}

// signoffBreak is the index just after the first sentence end (".", "?",
// "!" before a space) or ";" in s, or len(s).
func signoffBreak(s string) int {
	for i := 0; i+1 < len(s); i++ {
		switch s[i] {
		case ';':
			return i + 1
		case '.', '?', '!':
			if s[i+1] == ' ' {
				return i + 1
			}
		}
	}
	return len(s)
}
