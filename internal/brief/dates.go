package brief

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lode-reader/lode/internal/text"
)

// Date and metadata lines: a masthead or header row that names the
// publication, the date and the author ("Mining Weekly | 3rd December 2026
// | By: Peter Mbeki", "Source: Xinhua| 2026-12-05 16:20:31|Editor:
// huaxia"), a time stamp ("Published 05 Dec 2026, 14:12 CET") and a
// date line with its place ("London, 3 December 2026"). None of them is
// the story.

// dateOnly reports whether s is a date and perhaps a time, nothing else
// (dateParts): a year, or a month name and a day.
func dateOnly(s string) bool {
	ok, year, month, day := dateParts(s)
	return ok && (year || month && day)
}

// dateParts reads s as a date and time: month or weekday names, numbers
// (days, years, ordinals "3rd"), ISO dates, clock times, "am"/"pm", a time
// zone in capitals, "at"/"on", at most 12 words. ok is false when any
// word is something else; year, month and day say which parts it names.
func dateParts(s string) (ok, year, month, day bool) {
	t := lex()
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n++; n > 12 {
			return false, false, false, false
		}
		w = strings.Trim(w, ",.()")
		if w == "" {
			continue
		}
		switch {
		case text.IsMonth(w) || inFold(t.weekdayWords, w):
			month = true
		case inFold(t.dateFillers, w):
		case isNumberToken(w):
			d := strings.TrimRight(w, "stndrh")
			if len(d) == 4 && (d[0] == '1' || d[0] == '2') {
				year = true
			} else {
				day = true
			}
		case isClockOrISO(w):
			if strings.Count(w, "-") == 2 || strings.Count(w, "/") == 2 || strings.Count(w, ".") == 2 {
				year, month = true, true
			}
			day = true
		case isZone(w):
		case inFold(t.agoWords, w):
			if strings.EqualFold(w, "ago") {
				year = true // "2 hours ago" is a whole time
			}
		default:
			return false, false, false, false
		}
	}
	return n > 0, year, month, day
}

// monthWord reports a month or weekday name or abbreviation in any case.
func monthWord(w string) bool { return text.IsMonth(w) || inFold(lex().weekdayWords, w) }

// inFold reports whether w, its ASCII letters lower-cased, is a key of m
// (whose keys are at most 12 bytes), without allocating.
func inFold(m map[string]bool, w string) bool {
	var buf [12]byte
	if len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(w)])]
}

// isNumberToken is a day, year or ordinal: "05", "2026", "3rd", "21st".
func isNumberToken(w string) bool {
	digits := 0
	for digits < len(w) && w[digits] >= '0' && w[digits] <= '9' {
		digits++
	}
	if digits == 0 || digits > 4 {
		return false
	}
	switch strings.ToLower(w[digits:]) {
	case "", "st", "nd", "rd", "th":
		return true
	}
	return false
}

// isClockOrISO is a clock time ("14:12", "16:20:31", "04.14"), an ISO
// date ("2026-12-05", "2026/12/05"), a dotted date ("05.12.2026") or an
// ISO stamp with its time ("2026-12-05T14:12:00Z").
func isClockOrISO(w string) bool {
	if len(w) >= 11 && len(w) <= 30 && w[10] == 'T' {
		return isClockOrISO(w[:10]) && isISOTime(w[11:])
	}
	if len(w) < 4 || len(w) > 10 || w[0] < '0' || w[0] > '9' {
		return false
	}
	seps, dots := 0, 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= '0' && c <= '9':
		case c == ':' || c == '-' || c == '/':
			seps++
		case c == '.':
			dots++
		default:
			return false
		}
	}
	if dots > 0 {
		// "04.14" or "05.12.2026": two digits before each dot, none mixed
		// with other separators ("3.5" is a number).
		return seps == 0 && w[2] == '.' && (dots == 1 && len(w) == 5 || dots == 2 && len(w) == 10 && w[5] == '.')
	}
	return seps >= 1
}

// isISOTime is the time after an ISO stamp's "T": a clock, perhaps with
// fractions of a second, and a "Z" or an offset ("14:12:00Z",
// "14:12+08:00").
func isISOTime(w string) bool {
	if i := strings.IndexAny(w, "Z+-"); i > 0 {
		zone := w[i:]
		w = w[:i]
		if zone != "Z" && !isClock(zone[1:]) {
			return false
		}
	}
	if i := strings.IndexByte(w, '.'); i > 0 {
		w = w[:i]
	}
	return isClock(w)
}

// isZone is a time zone: two to five capitals, perhaps an offset ("CET",
// "GMT+8", "UTC").
func isZone(w string) bool {
	letters := 0
	for letters < len(w) && w[letters] >= 'A' && w[letters] <= 'Z' {
		letters++
	}
	if letters < 2 || letters > 5 {
		return false
	}
	rest := w[letters:]
	if rest == "" {
		return true
	}
	if rest[0] != '+' && rest[0] != '-' {
		return false
	}
	for i := 1; i < len(rest); i++ {
		if (rest[i] < '0' || rest[i] > '9') && rest[i] != ':' {
			return false
		}
	}
	return len(rest) > 1
}

// bylineStamp reports a byline and a time stamp on one row ("By Example
// Daily Published: Dec 03, 2026 09:12 PM", "By Jane Roe Updated 4 March
// 2026"). "By noon the plant published its figures." has no stamp.
func bylineStamp(plain string) bool {
	if len(plain) > 160 || !strings.HasPrefix(plain, "By ") {
		return false
	}
	for i := 3; i < len(plain); i++ {
		if plain[i] != ' ' || i+1 >= len(plain) || plain[i+1] < 'A' || plain[i+1] > 'Z' {
			continue
		}
		if isTimeStamp(plain[i+1:]) {
			return isByline(plain[:i])
		}
	}
	return false
}

// isTimeStamp reports a line that is a publishing time stamp: a stamp
// word and a date ("Published 05 Dec 2026, 14:12 CET", "Updated: Dec. 5,
// 2026"). "Published in 2019, the report found ..." is prose.
func isTimeStamp(plain string) bool {
	if len(plain) > 120 || len(plain) < 6 {
		return false
	}
	switch plain[0] | 0x20 { // the stamp words' first letters, in either case
	case 'p', 'u', 'l', 'f', 'm', 'd', 'o', 's':
	default:
		return false
	}
	for _, w := range lex().stampWords {
		if len(plain) <= len(w) || !strings.EqualFold(plain[:len(w)], w) {
			continue
		}
		rest := plain[len(w):]
		if rest[0] != ' ' && rest[0] != ':' {
			continue
		}
		rest = strings.TrimLeft(rest, ": ")
		if len(rest) > 3 && strings.EqualFold(rest[:3], "by ") {
			// "Posted by Admin on December 5, 2026", "Posted by Metals
			// Desk at 10:12 AM" (a blog's footer)
			who, after, ok := strings.Cut(rest, " on ")
			at := false
			if !ok {
				who, after, ok = strings.Cut(rest, " at ")
				at = true
			}
			if !ok || countWordsUpTo(who, 5) > 5 {
				continue
			}
			if at && isClockTime(after) {
				return true
			}
			rest = after
		}
		if who, ok := cutByline(rest); ok {
			rest = who // "Posted on 05/12/2026 by admin"
		}
		if rest != "" && dateOnly(rest) {
			return true
		}
	}
	return false
}

// isClockTime reports a clock time alone, perhaps with "AM"/"PM" and a
// time zone: "10:12 AM", "14:05 CET".
func isClockTime(s string) bool {
	ok, _, _, day := dateParts(s)
	return ok && day && strings.IndexByte(s, ':') > 0 && countWordsUpTo(s, 4) <= 3
}

// isPlaceDate reports a date line, alone or after a place of one to three
// capitalised words and a comma: "3 December 2026", "London, 3 December
// 2026", "Thursday, December 3, 2026". It is furniture before the lead.
func isPlaceDate(plain string) bool {
	if len(plain) > 100 {
		return false
	}
	plain = cutAgencyTail(plain)
	if dateOnly(plain) {
		return true
	}
	if datePlace(plain) {
		return true
	}
	if agency, date, ok := strings.Cut(plain, ") "); ok && strings.HasPrefix(agency, "(") && capitalised(agency[1:], 1, 3) {
		return dateOnly(date) // "(Xinhua) 08:55, December 05, 2026"
	}
	if date, src, ok := strings.Cut(plain, " Source: "); ok && dateOnly(date) {
		return capitalised(src, 1, 4) // "2026-12-05 10:31:08 Source: Xinhua"
	}
	place, date, ok := strings.Cut(plain, ",")
	if !ok || !capitalised(place, 1, 3) || monthWord(strings.TrimSpace(place)) {
		return false
	}
	ok, year, month, day := dateParts(date)
	return ok && month && (day || year) // "London, 3 December 2026", not "Lithium, 2026"
}

// cutAgencyTail removes what a dateline standing alone ends with: a dash
// or full stop and dash ("La Paz, 3 December (Agency).-" gives "La Paz, 3
// December (Agency)"), then an agency of one to three capitalised words in
// brackets ("La Paz, 3 December"). A line with neither is returned as it is.
func cutAgencyTail(plain string) string {
	s := strings.TrimRight(plain, " .-–—:")
	if !strings.HasSuffix(s, ")") {
		if len(s) < len(plain) && strings.ContainsAny(plain[len(s):], "-–—") {
			return s
		}
		return plain
	}
	open := strings.LastIndexByte(s, '(')
	if open <= 0 || !capitalised(s[open+1:len(s)-1], 1, 3) {
		return plain
	}
	return strings.TrimRight(s[:open], " ,")
}

// datePlace reports a date, a dash and the place after it: "3 December
// 2026 — Sudbury, Ontario", a government newsroom's dateline. Each part of
// the place between commas is one to three capitalised words.
func datePlace(plain string) bool {
	for _, sep := range []string{" — ", " – ", " - "} {
		date, place, ok := strings.Cut(plain, sep)
		if !ok || !dateOnly(date) {
			continue
		}
		ok, _, month, _ := dateParts(date)
		if !ok || !month {
			return false
		}
		n := 0
		for p := range strings.SplitSeq(place, ",") {
			if n++; n > 3 || !capitalised(strings.TrimSpace(p), 1, 3) {
				return false
			}
		}
		return true
	}
	return false
}

// isMetaRow reports a masthead or header row: two to six fields split by
// "|", each of at most six words, one of them a date or time stamp and
// every other a credit ("By: Peter Mbeki", "Editor: huaxia", "Source:
// Xinhua"), a clock time or a name in capitals ("Mining Weekly"). A table
// row in text ("NdPr | 548 | +2%") has no date and no credit.
func isMetaRow(plain string) bool {
	if len(plain) > 200 {
		return false
	}
	sep := "|"
	if strings.IndexByte(plain, '|') < 0 {
		if sep = metaSeparator(plain); sep == "" {
			return false
		}
	}
	fields := strings.Split(plain, sep)
	if len(fields) < 2 || len(fields) > 6 {
		return false
	}
	dated := false
	for _, f := range fields {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		if countWordsUpTo(f, 7) > 6 {
			return false
		}
		if dateOnly(f) || isTimeStamp(f) {
			dated = true
			continue
		}
		if isReadTime(f) || isIssueNumber(f) {
			continue // "5 min read", "Issue 142"
		}
		if ok, _, _, _ := dateParts(f); ok {
			continue // a clock time: "09:30 GMT+8"
		}
		if !opensWith(f, lex().creditPrefixes) && !capitalised(f, 1, 5) {
			return false
		}
	}
	return dated
}

// isIssueNumber reports a header row's field naming an issue: "Issue 142",
// "No. 57", "Vol. 3, No. 12", "Edition 9", "#142". The word is followed by
// a number and at most three more words.
func isIssueNumber(f string) bool {
	if countWordsUpTo(f, 6) > 5 {
		return false
	}
	for _, w := range lex().issueWords {
		if foldPrefix(f, w) {
			rest := strings.TrimSpace(f[len(w):])
			return rest != "" && rest[0] >= '0' && rest[0] <= '9'
		}
	}
	return false
}

// metaSeparator is the dot or dash a header row may use instead of "|"
// ("By Jane Doe · 5 min read · Dec 3, 2026", "Ore Notes — Issue 12 —
// May 4, 2026"), or "" when plain holds none.
func metaSeparator(plain string) string {
	for _, sep := range []string{" · ", " • ", " — ", " – "} {
		if indexSpaced(plain, sep) >= 0 {
			return sep
		}
	}
	return ""
}

// isDateLine reports a line that is furniture before the lead: a date
// alone or after its place (isPlaceDate), or a desk's byline with no "By"
// ("GT staff reporters", "Our Beijing correspondent"). Header rows and time
// stamps are furniture anywhere (isFurniture).
func isDateLine(l line) bool {
	if l.kind == kindItem || len(l.text) > 100 {
		return false
	}
	plain := stripRefs(l.text)
	r, _ := utf8.DecodeRuneInString(plain)
	if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '(' {
		return false
	}
	if !endsSentence(plain) && countWordsUpTo(plain, 7) <= 6 {
		var words [6]string
		n := 0
		for w := range strings.FieldsSeq(plain) {
			words[n] = w
			n++
		}
		switch words[0] {
		case "The", "A", "An", "THE":
			// "The team" over a list is a heading, not a byline
		default:
			if n >= 2 && isDeskByline(words[:n]) {
				return true
			}
		}
	}
	if isPlaceDate(plain) {
		return true
	}
	date, ok := cutPageRef(plain) // "Wednesday, March 4, 2026, p. 12"
	return ok && isPlaceDate(date)
}

// isReadTime reports a reading-time line, alone or after a date: "4 min
// read", "Dec 5, 2026 · 6 min read", "5-minute read".
func isReadTime(plain string) bool {
	if len(plain) > 80 {
		return false
	}
	before, ok := strings.CutSuffix(plain, " read")
	if !ok {
		before, ok = strings.CutSuffix(plain, " Read")
	}
	if !ok {
		return false
	}
	for _, unit := range lex().readTimeUnits {
		if b, ok := strings.CutSuffix(before, unit); ok {
			before = b
			break
		}
	}
	i := strings.LastIndexAny(before, " ·|•-–—")
	num := before[i+1:]
	if num == "" || !isNumberToken(num) || len(num) > 2 {
		return false
	}
	if i < 0 {
		return true
	}
	return dateOnly(strings.TrimRight(before[:i], " ·|•-–—"))
}

// cutByline returns s without a final " by " and a name of at most four
// words ("05/12/2026 by admin"), and whether there was one.
func cutByline(s string) (string, bool) {
	i := strings.LastIndex(s, " by ")
	if i <= 0 || countWordsUpTo(s[i+4:], 5) > 4 {
		return s, false
	}
	return s[:i], true
}
