package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Figure is a number as written in a text: its digit groups ("46.7",
// "1,250,000", "2 000"), a currency sign before it, the letters written onto
// it ("500m", "2bn", "10kt", "5pc") and a per cent after it. The classifier
// (a concrete figure makes a sentence a fact), company detection (a stake
// "46.7%") and mineral tagging (a grade "0.47% Cu", a price "$900/kg") read
// figures with this one reader; what each counts as a figure stays its own
// (units it knows as words, whether a bare count or year will do), because
// it answers a different question.
type Figure struct {
	// Start and End are the figure's bytes: its first digit, and one past
	// its last digit, the letters written onto it or its per cent.
	Start, End int
	// Currency: a currency sign right before it, or before it and a space
	// ("$900", "€2bn", "US$ 1.2").
	Currency bool
	// Percent: a per cent sign right after it or after a space ("46.7%",
	// "12,5 %", "5％"), "pc" or "pct" written onto it ("5pc"), or the word
	// "percent", "pct" or "per cent" after it.
	Percent bool
	// Unit is the letters written onto its last group, as written ("m" in
	// "500m", "Mt" in "5.2Mt", "st" in "1st"); empty when there are none.
	Unit string
}

// maxFigure bounds the bytes a figure is read over, forwards or back, so a
// caller that reads the figure at every digit group of a hostile run of
// digits stays linear.
const maxFigure = 48

// FigureAt reads the figure whose digits include byte off of src (any of its
// groups: the figure at "7" in "46.7%" is "46.7%"); ok is false when off is
// not a digit.
func FigureAt(src string, off int) (f Figure, ok bool) {
	if off < 0 || off >= len(src) || !isDigit(src[off]) {
		return Figure{}, false
	}
	start := numberStart(src, off)
	i, group := start, 0
	for i < len(src) && i-start < maxFigure {
		c := src[i]
		switch {
		case isDigit(c):
			group++
			i++
			continue
		case (c == '.' || c == ',') && i+1 < len(src) && isDigit(src[i+1]):
			group = 0
			i++
			continue
		}
		if n := spaceAt(src, i); n > 0 && group <= 3 && thousands(src, i+n) {
			group = 0
			i += n
			continue
		}
		break
	}
	f = Figure{Start: start, End: i, Currency: CurrencyBefore(src, start)}
	u := i
	for u < len(src) && u-i < maxFigure && isLetter(src[u]) {
		u++
	}
	if u > i {
		f.Unit, f.End = src[i:u], u
		f.Percent = strings.EqualFold(f.Unit, "pc") || strings.EqualFold(f.Unit, "pct")
		return f, true
	}
	if n := percentAfter(src, i); n > 0 {
		f.Percent, f.End = true, i+n
	}
	return f, true
}

// numberStart walks back from the digit at off over the figure's digit
// groups (at most maxFigure bytes) to its first digit.
func numberStart(src string, off int) int {
	i := off
	for i > 0 && off-i < maxFigure {
		switch c := src[i-1]; {
		case isDigit(c):
			i--
			continue
		case (c == '.' || c == ',') && i >= 2 && isDigit(src[i-2]):
			i--
			continue
		}
		if n := spaceBefore(src, i); n > 0 && i-n > 0 && isDigit(src[i-n-1]) && thousands(src, i) && groupBefore(src, i-n) <= 3 {
			i -= n
			continue
		}
		break
	}
	return i
}

// thousands reports three digits at i with no digit or letter after them:
// the group after a space in "2 000".
func thousands(src string, i int) bool {
	if i+3 > len(src) || !isDigit(src[i]) || !isDigit(src[i+1]) || !isDigit(src[i+2]) {
		return false
	}
	return i+3 == len(src) || !isDigit(src[i+3]) && !isLetter(src[i+3])
}

// groupBefore counts the digits right before byte i (at most four).
func groupBefore(src string, i int) int {
	n := 0
	for i > 0 && n < 4 && isDigit(src[i-1]) {
		i--
		n++
	}
	return n
}

// spaceAt is the length of the space at i that may stand inside a number
// or between it and its sign: a space, a no-break space or a thin space;
// 0 when there is none.
func spaceAt(src string, i int) int {
	if i >= len(src) {
		return 0
	}
	if src[i] == ' ' {
		return 1
	}
	switch {
	case strings.HasPrefix(src[i:], "\u00A0"):
		return 2
	case strings.HasPrefix(src[i:], "\u2009"), strings.HasPrefix(src[i:], "\u202F"):
		return 3
	}
	return 0
}

// spaceBefore is spaceAt for the space that ends at i.
func spaceBefore(src string, i int) int {
	switch {
	case i >= 1 && src[i-1] == ' ':
		return 1
	case strings.HasSuffix(src[:i], "\u00A0"):
		return 2
	case strings.HasSuffix(src[:i], "\u2009"), strings.HasSuffix(src[:i], "\u202F"):
		return 3
	}
	return 0
}

// percentAfter is the length of a per cent written at i after a number
// (a sign, a space and a sign, or the word), 0 when there is none.
func percentAfter(src string, i int) int {
	n := spaceAt(src, i)
	for _, sign := range [...]string{"%", "％"} {
		if strings.HasPrefix(src[i:], sign) {
			return len(sign)
		}
		if n > 0 && strings.HasPrefix(src[i+n:], sign) {
			return n + len(sign)
		}
	}
	if n != 1 {
		return 0
	}
	for _, word := range [...]string{"percent", "per cent", "pct"} {
		e := i + 1 + len(word)
		if e <= len(src) && strings.EqualFold(src[i+1:e], word) && (e == len(src) || !isLetter(src[e])) {
			return 1 + len(word)
		}
	}
	return 0
}

// CurrencyBefore reports a currency sign (any of Unicode's: "$", "€",
// "£", "¥", "₹" …) right before byte off of src, or before it and one space.
func CurrencyBefore(src string, off int) bool {
	if off > 0 && src[off-1] == ' ' {
		if r, _ := utf8.DecodeLastRuneInString(src[:off-1]); unicode.Is(unicode.Sc, r) {
			return true
		}
	}
	r, _ := utf8.DecodeLastRuneInString(src[:off])
	return unicode.Is(unicode.Sc, r)
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }
