package brief

import (
	"encoding/binary"
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"
)

// label is what a heading announces.
type label uint8

const (
	lblNone label = iota
	lblHighlights
	lblKeyTakeaways // highlights at the top of an item, takeaway further down
	lblAnalysis
	lblTakeaway
	lblStop    // site furniture: everything after it is dropped
	lblTOC     // table of contents: the heading and the list after it are dropped
	lblSummary // highlights at the top of an item, a plain subheading further down
	lblQualHL  // a qualified highlights label ("Third Quarter Highlights"): highlights over a list near the top
	lblBoiler  // a release's forward-looking-statements notice: body from here on, never a derived highlight
	lblRelated // a related-stories heading ("Read next"): ends the story over a list or link, else a subheading
)

// byFirst lists the indexes of n strings by their first byte.
func byFirst(n int, at func(int) string) (t [256][]int) {
	for i := 0; i < n; i++ {
		c := at(i)[0]
		t[c] = append(t[c], i)
	}
	return t
}

// isDeskByline reports the words after "By" of a desk byline: at most six,
// the last one a desk word ("the editorial team", "GT staff reporters",
// "our Beijing correspondent").
func isDeskByline(words []string) bool {
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	return lex().deskWords[strings.ToLower(strings.TrimRight(words[len(words)-1], ".,"))]
}

// isByline reports a byline: "By" and a capitalised name of one to four
// words, then nothing, or a date, place or second author after "|", ",",
// a dash, "and" or "in"; at most 14 words and no full stop at the end ("By
// Staff Writer | May 20, 2026 | 10:14 am", "By Amy Lv and Tom Daly").
// "By January, output had risen." is prose.
func isByline(s string) bool {
	if len(s) > 200 || !strings.HasPrefix(s, "By ") || endsSentence(s) {
		return false
	}
	words := strings.Fields(s)
	if len(words) > 14 || len(words) < 2 {
		return false
	}
	name := 0
	for _, w := range words[1:] {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			break
		}
		name++
		if strings.HasSuffix(w, ",") {
			break
		}
	}
	if name == 0 && isDeskByline(words[1:]) {
		return true // "By the editorial team", "By GT staff reporters"
	}
	if name == 0 || name > 4 {
		return false
	}
	if 1+name == len(words) || outletAfter(words[1+name:]) {
		return true // "By Jane Doe", "By Jane Doe (Example Daily)"
	}
	if isDeskByline(words[1:]) {
		return true // "By GT staff reporters"
	}
	next := words[1+name]
	last := words[name]
	switch {
	case strings.HasSuffix(last, ","):
		return true
	case next == "|" || next == "-" || next == "\u2013" || next == "\u2014" || next == "and" || next == "in" ||
		next == "·" || next == "•":
		return true
	case strings.HasPrefix(next, "[") && len(words) > 2+name && words[2+name] == "|":
		return true // "By Staff Writer [1] | May 20": a linked name
	}
	return false
}

// outletAfter reports the words after a byline's name that are its
// outlet in brackets, one to four capitalised words: "(Example Daily)",
// "(People's Weekly)".
func outletAfter(words []string) bool {
	if len(words) == 0 || len(words) > 4 || !strings.HasPrefix(words[0], "(") || !strings.HasSuffix(words[len(words)-1], ")") {
		return false
	}
	return capitalised(strings.Trim(strings.Join(words, " "), "()"), 1, 4)
}

// isPhotoCredit reports a caption line ending in an agency's photo credit,
// "(Xinhua/Wang Peng)" or "(Reuters/Tingshu Wang)": one to three
// capitalised words of agency, a slash and a photographer's name of two to
// four capitalised words, in one bracket ending a line of at least four
// words. "(Nd/Pr)" or "(NdPr/Dy)" in prose is no credit.
func isPhotoCredit(s string) bool {
	s = strings.TrimSpace(s)
	if len(s) > 600 || !strings.HasSuffix(s, ")") {
		return false
	}
	open := strings.LastIndexByte(s, '(')
	if open < 0 || !moreFields(s[:open], 3) {
		return false
	}
	agency, who, ok := strings.Cut(s[open+1:len(s)-1], "/")
	if !ok {
		return false
	}
	return capitalised(agency, 1, 3) && capitalised(who, 2, 4)
}

// isFigureCaption reports a release's figure or table caption standing as
// its own line: "Figure 1: Plan view of the drill collars", "Table 2 -
// Resource estimate", at most 30 words.
func isFigureCaption(s string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	switch first {
	case "Figure", "FIGURE", "Fig.", "Table", "TABLE", "Chart", "Exhibit", "Photo", "Image":
	default:
		return false // most lines: no need to split them
	}
	w := strings.Fields(s)
	if len(w) < 3 || len(w) > 30 {
		return false
	}
	switch w[0] {
	case "Figure", "FIGURE", "Fig.", "Table", "TABLE", "Chart", "Exhibit", "Photo", "Image":
	default:
		return false
	}
	n := strings.TrimRight(w[1], ":.-–—")
	if n == "" || n[0] < '0' || n[0] > '9' || len(n) > 4 {
		return false
	}
	return strings.ContainsAny(w[1], ":.-–—") || strings.Trim(w[2], ":-–—") == ""
}

// bareURL reports a line that is nothing but a web address (the target of
// a "please visit:" line above it).
func bareURL(s string) bool {
	s = strings.TrimSpace(s)
	return (strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")) && !strings.ContainsAny(s, " \t")
}

// capitalised reports whether s is lo to hi words, each starting with a
// capital letter and at least two letters long.
func capitalised(s string, lo, hi int) bool {
	n := 0
	for w := range strings.FieldsSeq(s) {
		if n++; n > hi {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) || utf8.RuneCountInString(w) < 2 {
			return false
		}
	}
	return n >= lo
}

// classified is a line's role as a heading or labelled paragraph.
type classified struct {
	lbl     label
	sub     string // heading subtitle ("Fact vs. Function")
	rest    string // text after an inline label ("Bottom line: <rest>")
	heading bool   // the whole line is a heading
}

// classify decides whether l is a heading, a labelled paragraph, or prose.
func classify(l line) classified {
	if l.kind == kindItem {
		return classified{}
	}
	plain := stripRefs(l.text)
	words := countWordsUpTo(plain, 15) // every test below is words <= 15 or less
	lbl, sub, phrased := matchLabelKind(plain)
	shape := l.kind == kindHeading || (l.strong && words <= 15) ||
		(strings.HasSuffix(plain, ":") && words <= 10)
	if shape {
		return classified{lbl: lbl, sub: sub, heading: true}
	}
	if lbl != lblNone {
		if sub == "" && (words <= 6 || phrased && words <= maxPhrasedWords) {
			return classified{lbl: lbl, heading: true}
		}
		if sub != "" && words <= 12 && !endsSentence(plain) {
			return classified{lbl: lbl, sub: sub, heading: true}
		}
	}
	if phrased {
		// "Why it matters: ..." inside a paragraph is prose, not a section
		return classified{}
	}
	// Inline label in bold: "<strong>Investor Takeaway:</strong> Prices ..."
	if l.boldEnd > 0 && l.boldEnd < len(l.text) {
		if lb, s, ph := matchLabelKind(stripRefs(l.text[:l.boldEnd])); lb != lblNone && !ph && s == "" && lb != lblStop && lb != lblTOC && lb != lblRelated {
			return classified{lbl: lb, rest: strings.TrimLeft(l.text[l.boldEnd:], " :—–-")}
		}
	}
	// Inline label in plain text: "Bottom line: prices ..." or "Bottom line — prices ..."
	if lbl != lblNone && sub != "" && lbl != lblStop && lbl != lblTOC {
		if lb, rest := matchLabel(l.text); lb == lbl && rest != "" {
			return classified{lbl: lbl, rest: rest}
		}
	}
	return classified{}
}

// matchLabel maps heading text to a label, splitting off a subtitle after
// ":", " — ", " – ", " - " or " | ".
func matchLabel(s string) (label, string) {
	lbl, sub, _ := matchLabelKind(s)
	return lbl, sub
}

// matchLabelKind is matchLabel that also reports whether the label was
// recognised from a heading phrase ("Why This Matters to the West") rather
// than a label word; such labels only ever open a section as a whole
// heading, never inline.
func matchLabelKind(s string) (label, string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return lblNone, "", false
	}
	// Only the first 80 bytes can hold a label, so look for the separator there.
	window := s
	if len(window) > 84 {
		window = window[:84]
	}
	head, sub := s, ""
	if i := strings.IndexByte(window, ':'); i >= 0 {
		head, sub = s[:i], s[i+1:]
	} else {
		for _, sep := range []string{" — ", " – ", " - ", " | ", "—", "–"} {
			if i := strings.Index(window, sep); i >= 0 {
				head, sub = s[:i], s[i+len(sep):]
				break
			}
		}
	}
	if len(head) > 80 {
		return lblNone, "", false
	}
	key := normLabel(head)
	sub = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(sub), ":"))
	if lb, ok := lex().labels[key]; ok {
		return lb, sub, false
	}
	if lb := wordLabel(key); lb != lblNone {
		return lb, sub, false
	}
	if lb := phraseLabel(key); lb != lblNone {
		return lb, sub, true
	}
	if qualifiedHighlights(key) {
		return lblQualHL, sub, true
	}
	if isSafeHarbor(key) {
		return lblBoiler, "", false
	}
	if relatedLabel(key) {
		return lblRelated, sub, true
	}
	if sub != "" && !moreFields(s, maxPhrasedWords) {
		// "Why This Matters to the West" contains no separator, but
		// "Implications for the West - and the U.S." might
		if lb := phraseLabel(normLabel(s)); lb != lblNone {
			return lb, "", true
		}
	}
	return lblNone, "", false
}

// normLabel lowercases heading text and strips decoration.
func normLabel(s string) string {
	s = strings.ToLower(s)
	if strings.ContainsAny(s, "’‘&") {
		s = strings.ReplaceAll(s, "’", "'")
		s = strings.ReplaceAll(s, "‘", "'")
		s = strings.ReplaceAll(s, "&", "and")
	}
	s = strings.Trim(s, normCut)
	return joinFields(s)
}

// joinFields is strings.Join(strings.Fields(s), " "), without copying s
// when it already is that: words split by single ASCII spaces.
func joinFields(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == ' ' {
			if i == 0 || i == len(s)-1 || s[i+1] == ' ' {
				return strings.Join(strings.Fields(s), " ")
			}
			continue
		}
		if c >= utf8.RuneSelf || asciiSpace(c) {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// asciiSpace reports the ASCII white space strings.Fields splits at.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// countFields is len(strings.Fields(s)), without building the slice.
func countFields(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}

// normCut is trimmed from the ends of a label by normLabel.
const normCut = " \t:.-–—*#•|!?"

// moreFields reports whether normLabel(s) certainly has more than n
// words: s has more than n words with a character normLabel does not trim
// (its trimming can shorten or drop only words made of normCut, and its
// other edits change no word boundary). It reads s without copying it.
func moreFields(s string, n int) bool {
	words, in, solid := 0, false, false
	for _, r := range s {
		if unicode.IsSpace(r) {
			if in && solid {
				if words++; words > n {
					return true // a paragraph is not read to its end
				}
			}
			in, solid = false, false
			continue
		}
		in = true
		solid = solid || !strings.ContainsRune(normCut, r)
	}
	if in && solid {
		words++
	}
	return words > n
}

// wordLabel labels short headings built around one word: analysis
// ("REEx Insight", "Editor's Commentary") or takeaway ("Takeaway for
// Western Investors", "Key Takeaway for Investors").
func wordLabel(key string) label {
	n := countFields(key)
	if n == 0 || n > 5 {
		return lblNone
	}
	t := lex()
	investors := false
	for w := range strings.FieldsSeq(key) {
		investors = investors || t.investorWords[w]
	}
	for w := range strings.FieldsSeq(key) {
		if t.takeawayWords[w] && (investors || n <= 3) {
			return lblTakeaway
		}
	}
	if n <= 4 {
		for w := range strings.FieldsSeq(key) {
			if t.analysisWords[w] {
				if investors {
					return lblTakeaway // "Investor Insight"
				}
				return lblAnalysis
			}
		}
	}
	return lblNone
}

// maxPhrasedWords bounds a heading recognised from a phrase.
const maxPhrasedWords = 9

// phraseLabel labels headings that start with an analysis or takeaway
// phrase and stay short and verb-free after it. Headings addressed to
// investors are takeaways.
func phraseLabel(key string) label {
	if n := countFields(key); n == 0 || n > maxPhrasedWords {
		return lblNone
	}
	t := lex()
	try := func(phrases []string) bool {
		for _, p := range phrases {
			if key != p && !strings.HasPrefix(key, p+" ") {
				continue
			}
			for w := range strings.FieldsSeq(key[len(p):]) {
				if t.verbWords[w] {
					return false
				}
			}
			return true
		}
		return false
	}
	if try(t.takeawayPhrases) {
		return lblTakeaway
	}
	if try(t.analysisPhrases) {
		for w := range strings.FieldsSeq(key) {
			if t.investorWords[w] {
				return lblTakeaway
			}
		}
		return lblAnalysis
	}
	return lblNone
}

// qualifiedHighlights reports a highlights label with a qualifier of one
// to six words and no verb, before it ("Q3 2026 highlights", "PEA
// highlights (all figures in US dollars)", "Transaction Highlights", "Key
// facts at a glance") or after "of", "from" or "for" ("Highlights of the
// quarter"), or a label for a list of figures ("Fast facts", "By the
// numbers"); a note in brackets and a final "include" are ignored
// ("Highlights of the deal include:"). "Highlights include a new plant"
// has more after the verb and is prose.
func qualifiedHighlights(key string) bool {
	if !strings.Contains(key, "highlights") && !strings.Contains(key, "glance") && !strings.Contains(key, "key ") &&
		!strings.Contains(key, "facts") && !strings.Contains(key, "numbers") {
		return false // nearly every line
	}
	if strings.HasSuffix(key, ")") {
		if i := strings.LastIndexByte(key, '('); i > 0 {
			key = strings.TrimSpace(key[:i])
		}
	}
	if lex().factLabels[key] {
		return true
	}
	if k, ok := strings.CutSuffix(key, " include"); ok && strings.Contains(k, "highlights") {
		key = k // "Highlights of the agreement include:"
	} else if k, ok := strings.CutSuffix(key, " includes"); ok && strings.Contains(k, "highlights") {
		key = k
	}
	t := lex()
	qualifier := func(q string) bool {
		n := 0
		for w := range strings.FieldsSeq(q) {
			if n++; n > 6 || t.verbWords[w] {
				return false
			}
		}
		return n > 0
	}
	for _, noun := range t.highlightNouns {
		if q, ok := strings.CutSuffix(key, " "+noun); ok && qualifier(q) {
			return true
		}
		if rest, ok := strings.CutPrefix(key, noun+" "); ok {
			for _, prep := range t.highlightLinks {
				if q, ok := strings.CutPrefix(rest, prep); ok && qualifier(q) {
					return true
				}
			}
		}
	}
	return false
}

// sectionHasText reports whether section sec already holds text.
func sectionHasText(d *doc, sec section) bool {
	switch sec {
	case secAnalysis:
		return len(d.analysis) > 0
	case secTakeaway:
		return len(d.takeaway) > 0
	case secBody:
		return len(d.body) > 0
	}
	return false
}

// headingFollows reports whether the next line that is not furniture is a
// heading.
func headingFollows(lines []line) bool {
	for _, l := range lines {
		if !isFurniture(l) {
			return classify(l).heading
		}
	}
	return false
}

// textFollows reports whether any line that is not furniture follows:
// a short line that is all an item holds is its text, not a kicker.
func textFollows(lines []line) bool {
	for _, l := range lines {
		if !isFurniture(l) {
			return true
		}
	}
	return false
}

// listFollows reports whether the next line that is not furniture is a
// list item.
func listFollows(lines []line) bool {
	for _, l := range lines {
		if !isFurniture(l) {
			return l.kind == kindItem
		}
	}
	return false
}

// isFurniture reports lines that are share bars, taxonomy lists, comment
// forms or feed trailers. Only the start of a line and a line short enough
// to be one of dropLines are lower-cased: paragraphs are long.
func isFurniture(l line) bool {
	if len(l.text) > 600 {
		return false // furniture lines are short
	}
	plain := stripRefs(l.text)
	// Trimming before lower-casing is the same: the cut characters have no case.
	trimmed := strings.TrimSuffix(strings.Trim(plain, furnitureCut), "...")
	// Lower-casing shrinks a string to no less than a third of its bytes
	// (the Kelvin sign is three bytes, "k" one), so a longer key cannot be
	// one of dropLines.
	if len(trimmed) <= 3*maxDropLine && lex().dropLines[strings.ToLower(trimmed)] {
		return true
	}
	var buf [3*maxFurniturePrefix + utf8.UTFMax]byte
	low := lowerPrefix(buf[:0], plain, 3*maxFurniturePrefix)
	if len(low) == 0 {
		return false
	}
	t := lex()
	for _, i := range t.furnitureByFirst[low[0]] {
		if hasPrefix(low, t.furniturePrefixes[i]) {
			return true
		}
	}
	if hasPrefix(low, "the post ") && strings.Contains(strings.ToLower(plain), " appeared first on ") {
		return true
	}
	if hasPrefix(low, "[caption") || hasPrefix(low, "[/caption]") {
		return true // a WordPress shortcode left in the feed, with its caption
	}
	if isPlatformTrailer(plain) || isDisclaimer(plain) || isSponsorLine(plain) {
		return true
	}
	if matched, short := signoff(plain); matched {
		// A stop label ("Leave a comment" as a button) ends the story
		// instead: what follows it is furniture too.
		return t.labels[normLabel(plain)] != lblStop && (short || signoffRun(plain) || isFollowLine(plain))
	}
	if isByline(plain) || isPhotoCredit(plain) || isCaptionCredit(plain) || isFigureCaption(plain) || bareURL(plain) {
		return true
	}
	if strings.HasPrefix(plain, "SOURCE ") && countWordsUpTo(plain, 13) <= 12 {
		return true // a wire release's "SOURCE Company, Inc." line
	}
	if isMetaRow(plain) || isTimeStamp(plain) || isReadTime(plain) || bylineStamp(plain) {
		return true // "Mining Weekly | 3rd December 2026 | By: P. Mbeki", "Published 05 Dec 2026"
	}
	if isLayoutFurniture(plain) || isFollowLine(plain) || isContactLine(plain) || noWords(plain) || isDeskInitials(plain) {
		return true // "— Name (@handle) December 5, 2026", "Image 2 of 8", "12 Comments"
	}
	key := lowerPrefix(buf[:0], trimmed, 3*len("continue reading"))
	switch {
	case hasPrefix(key, "continue reading"):
		return countWords(plain) <= 10
	case hasPrefix(key, "read more"):
		return countWords(plain) <= 6
	}
	// a credit whose first part is a byline: "(By Jane Doe; Editing by John Roe)"
	return (plain[0] == '(' || plain[0] == '[' || strings.HasPrefix(plain, "By ")) && signoffRun(plain)
}

// hasPrefix is strings.HasPrefix of b, without converting it.
func hasPrefix(b []byte, p string) bool { return len(b) >= len(p) && string(b[:len(p)]) == p }

// furnitureCut is trimmed from a line before it is looked up in dropLines.
const furnitureCut = " :.…!»›→>«‹←<|-"

// maxDropLine and maxFurniturePrefix are the longest dropLines key and
// furniturePrefixes entry (TestFurnitureBounds).
const (
	maxDropLine        = 24
	maxFurniturePrefix = 41
)

// lowerPrefix is the lower-cased start of s: at least its first n bytes
// (whole characters), or all of it. The lower case of a prefix is a prefix
// of the lower case.
func lowerPrefix(buf []byte, s string, n int) []byte {
	if len(s) > n {
		for n < len(s) && !utf8.RuneStart(s[n]) {
			n++
		}
		s = s[:n]
	}
	// ASCII is lower-cased into buf (a line's start nearly always is, and
	// nearly always starts with a capital); anything else as ToLower does.
	// Eight bytes at a time while they are ASCII: a byte's high bit is set
	// by adding 0x3f when it is 'A' or above and by adding 0x25 when it is
	// above 'Z' (no ASCII byte carries into the next), so the bytes from 'A'
	// to 'Z' get 0x20 set, their lower case.
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&highs != 0 {
			break // a byte of a longer character: the loop below reads it
		}
		upper := (w + (0x80-'A')*ones) &^ (w + (0x80-'Z'-1)*ones) & highs
		buf = binary.LittleEndian.AppendUint64(buf, w|upper>>2)
	}
	for ; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return append(buf[:0], strings.ToLower(s)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

type section uint8

const (
	secBody section = iota
	secHighlights
	secAnalysis
	secTakeaway
	secTOC
)

// doc is one field split into sections; text still holds link placeholders.
type doc struct {
	highlights []string
	explicitHL bool
	body       []line
	analysis   []line
	takeaway   []line
	title      string
	words      int
}

// structure counts the labelled sections found.
func (d *doc) structure() int {
	n := 0
	if d.explicitHL {
		n++
	}
	if len(d.analysis) > 0 {
		n++
	}
	if len(d.takeaway) > 0 {
		n++
	}
	return n
}

// segment walks the lines once, switching section at each heading.
func segment(lines []line) doc {
	lines = splitRunIn(joinSoft(dropSocialEmbeds(lines)))
	var d doc
	sec := secBody
	secLevel := 0       // heading level that opened the current section, 0 if not an <hN>
	bodyWords := 0      // prose words seen in the body so far
	hlItems := false    // the highlights section has bullets
	hlPara := false     // the highlights section took a paragraph of prose
	hlShort := false    // every paragraph it took is one short sentence: a run of them are its highlights
	sawContent := false // any text kept so far
	sawProse := false   // a line of more than five words kept so far (not a date line)
	credit := false     // the last line was furniture: its short continuation lines go with it
	boiler := false     // a release's legal notice began: the rest is body, never a derived highlight
	tail := -1          // where the run of furniture and bio lines ending the item starts, once needed
	trailer := -1       // where the run of furniture, footnotes and mastheads ending the item starts, once needed
	bottomLine := false // the open takeaway was opened by "Bottom line"
	promo := false      // the last line was a promo heading: one link under it goes with it
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		if isFurniture(l) || ((!sawProse || len(d.body) == 0) && isDateLine(l)) {
			credit = true
			promo = l.kind != kindItem && isPromoHead(stripRefs(l.text))
			continue
		}
		if promo && l.linked && !endsSentence(l.text) && countWordsUpTo(l.text, 13) <= 12 {
			promo = false
			continue // the report a promo heading points to
		}
		promo = false
		if l.anchor && l.kind == kindItem {
			continue // an in-page link as a list item: a table of contents entry
		}
		if credit && !l.para && l.kind == kindText && !endsSentence(l.text) && countWordsUpTo(l.text, 8) <= 8 {
			continue // "Edited by: A. Name<br>Senior Deputy Editor": the credit's second line
		}
		credit = false
		if sawContent && isEndMatter(l) {
			break // a disclaimer or mailing-list footer: the story is over
		}
		if !boiler && sawContent && isBoilerStart(l) {
			boiler, sec = true, secBody
		}
		if sawProse && sectionHasText(&d, sec) && isBio(l) {
			if tail < 0 {
				tail = furnitureTail(lines)
			}
			if i+1 >= tail {
				break // the writer's one-line bio after the story
			}
		}
		c := classify(l)
		if !c.heading && !sawProse && (c.lbl == lblAnalysis || c.lbl == lblTakeaway) {
			// "Our view: ..." opening an analyst note is its lead, not an
			// analysis taking the whole note: the paragraph stays prose.
			c = classified{}
		}
		if !sawContent && isSectionKicker(l, c) {
			// "ANALYSIS" or "Commentary" alone over a news site's story is
			// its section kicker: no analysis opens an item before its text.
			continue
		}
		if !sawContent && l.kind == kindHeading && c.lbl == lblNone && i+1 < len(lines) && isHeaderLine(lines[i+1]) {
			// The title repeated as a heading over its byline or header
			// row ("By Jane Doe · 4 min read"): a subheading has none.
			continue
		}
		if !sawContent && l.pic && !c.heading && l.kind == kindText && textFollows(lines[i+1:]) &&
			(isPictureCaption(l.text) || l.italic && countWordsUpTo(l.text, 31) <= 30 ||
				captionOverDateline(l.text, lines[i+1:])) {
			// A caption with no credit under a picture above the lead; a
			// line all in italics there is one too ("<em>Workers at the
			// mine.</em>").
			continue
		}
		if !sawContent && (isTopLine(l, c) || headlineOverByline(l, c, lines[i+1:])) && !listFollows(lines[i+1:]) && textFollows(lines[i+1:]) {
			// A dateline, kicker, letterhead or reporter's name alone above
			// the lead ("TOKYO", "ASX ANNOUNCEMENT", "Jane Doe").
			continue
		}
		if sawProse && c.lbl == lblNone && l.kind != kindItem && (isFootnote(l.text) || isMasthead(l, c)) {
			if trailer < 0 {
				trailer = trailerStart(lines)
			}
			if i+1 >= trailer {
				// A footnote list, or the paper's name alone, ending the item.
				break
			}
		}
		if l.kind == kindText {
			l.text = cutEndMark(cutSourceTail(cutReadMore(l.text)))
		}
		if c.lbl == lblRelated {
			// "Read next", "More from Example Metals" over a list of other
			// stories ends the story; over prose it is a subheading.
			if c.heading && sawContent && relatedFollows(l.text, lines[i+1:]) {
				break
			}
			c.lbl = lblNone
		}
		if c.lbl == lblStop {
			if c.heading {
				if sawContent {
					break
				}
				continue
			}
		}
		if sec == secTOC {
			if l.kind == kindItem || (c.heading && c.lbl == lblNone && l.kind != kindHeading) {
				continue
			}
			sec = secBody
		}
		if c.heading && c.lbl == lblNone && !sawContent && (l.level == 1 && l.kind == kindHeading || headingFollows(lines[i+1:])) {
			// An <h1>, or a heading with nothing under it before the next
			// one, at the top of the item is the item's title repeated (or
			// a kicker above it), not a subheading of the body.
			continue
		}
		if c.lbl == lblBoiler {
			// "Forward-Looking Statements": the notice under it is body
			// text no reader wants as a highlight.
			boiler, sec = true, secBody
			c.lbl = lblNone
		}
		if c.lbl == lblQualHL {
			// A qualified label ("Third Quarter Highlights") opens the
			// highlights only over a list near the top, as a release's
			// highlights come after its lead; further down, or over prose,
			// it is a subheading.
			c.lbl = lblNone
			if !d.explicitHL && bodyWords < maxLeadWords && len(d.analysis) == 0 && len(d.takeaway) == 0 && listFollows(lines[i+1:]) {
				c.lbl = lblHighlights
			}
		}
		if c.lbl == lblSummary && sectionFor(c.lbl, &d, bodyWords) == secBody {
			c.lbl = lblNone // a "Summary" further down is an ordinary subheading
			if !c.heading {
				c = classified{}
			}
		}
		if c.lbl != lblNone && c.lbl != lblStop {
			next := sectionFor(c.lbl, &d, bodyWords)
			bl := isBottomLine(l, c)
			if next == secTakeaway && sec == secTakeaway && len(d.takeaway) > 0 && !bl &&
				(len(d.analysis) == 0 || bottomLine) {
				// "Bottom line" then "Investor Takeaway": the bottom line was
				// the analysis (after any analysis already there); so is any
				// takeaway heading followed by another with no analysis
				// before them. A bottom line after a takeaway stays in it.
				d.analysis, d.takeaway = append(d.analysis, d.takeaway...), nil
			}
			if next == secTakeaway && sec != secTakeaway {
				bottomLine = bl
			}
			if next == secHighlights && d.explicitHL && sec != secHighlights {
				next = secBody // a second highlights block is just prose
			}
			sec = next
			secLevel = 0
			if c.heading && l.kind == kindHeading {
				secLevel = l.level
			}
			if sec == secHighlights {
				d.explicitHL = true
				hlItems, hlPara, hlShort = false, false, false
			}
			if sec == secAnalysis && d.title == "" && c.sub != "" {
				d.title = c.sub
			}
			if c.heading {
				continue
			}
			l = line{text: c.rest, kind: kindText, para: true}
		} else if c.heading {
			switch {
			case sec == secHighlights:
				sec = secBody
			case (sec == secAnalysis || sec == secTakeaway) && l.kind == kindHeading && secLevel > 0 && l.level <= secLevel:
				sec = secBody
			}
			l.kind = kindHeading
			l.para = true
		}
		if sec == secBody && l.kind == kindItem && !l.sub && !d.explicitHL && !sawContent &&
			openingList(lines[i:]) {
			// A list that opens the item, before any heading or prose, is
			// its highlights even with no heading above it (a list under
			// an unknown heading stays body).
			sec = secHighlights
			d.explicitHL = true
			hlItems, hlPara = false, false
		}
		if sec == secHighlights {
			if l.kind == kindItem {
				// A nested bullet is a highlight of its own, after its
				// parent: the reader sees separate bullets.
				d.highlights = append(d.highlights, l.text)
				hlItems = true
				sawContent, sawProse = true, true
				d.words += countWords(l.text)
				continue
			}
			short := l.kind == kindText && shortHighlight(l.text)
			if hlItems || (hlPara && l.para && !(hlShort && short)) || l.kind == kindHeading {
				sec = secBody
			} else {
				d.highlights = append(d.highlights, Sentences(l.text)...)
				hlShort = short && (!hlPara || hlShort)
				hlPara = true
				sawContent, sawProse = true, true
				d.words += countWords(l.text)
				continue
			}
		}
		sawContent = true
		n := countWords(l.text)
		sawProse = sawProse || n > 5
		d.words += n
		switch sec {
		case secAnalysis:
			d.analysis = append(d.analysis, l)
		case secTakeaway:
			d.takeaway = append(d.takeaway, l)
		default:
			if l.kind == kindText {
				bodyWords += n
			}
			l.boiler = l.boiler || boiler
			d.body = append(d.body, l)
		}
	}
	d.body = trimTrailingHeadings(trimStoryList(dropPullQuotes(d.body)))
	d.analysis = trimTrailingHeadings(trimStoryList(d.analysis))
	d.takeaway = trimTrailingHeadings(trimStoryList(d.takeaway))
	return d
}

// isHeaderLine reports a byline, header row, time stamp or reading time
// standing as a line of its own: what follows a story's title.
func isHeaderLine(l line) bool {
	if l.kind != kindText || len(l.text) > 200 {
		return false
	}
	plain := stripRefs(l.text)
	return isByline(plain) || isMetaRow(plain) || isTimeStamp(plain) || isReadTime(plain)
}

// shortHighlightWords is the most words a paragraph may have and still be
// one of a run of one-sentence highlights under a highlights label.
const shortHighlightWords = 20

// shortHighlight reports a paragraph of one sentence of at most
// shortHighlightWords words: a CMS writes each highlight of a field as its
// own block, not as a list item ("Output would cover a fifth of demand.").
func shortHighlight(text string) bool {
	if !endsSentence(text) || countWordsUpTo(text, shortHighlightWords+1) > shortHighlightWords {
		return false
	}
	return len(Sentences(text)) == 1
}

// isBottomLine reports a takeaway label that is a "Bottom line" ("Bottom
// line", "The Bottom Line:", "Bottom line for investors", or inline
// "Bottom line: ..."): alone it is the takeaway, followed by an investor
// takeaway heading it is the analysis.
func isBottomLine(l line, c classified) bool {
	if c.lbl != lblTakeaway {
		return false
	}
	head := stripRefs(l.text)
	if !c.heading && c.rest != "" && len(c.rest) < len(l.text) {
		head = l.text[:len(l.text)-len(c.rest)]
	}
	// Compared without lower-casing a copy: a heading is read once per line.
	head = strings.TrimLeft(head, normCut)
	if len(head) >= 4 && strings.EqualFold(head[:4], "the ") {
		head = head[4:]
	}
	return len(head) >= 11 && strings.EqualFold(head[:11], "bottom line")
}

// isTopLine reports a short line that is no label and no sentence, seen
// before any text: a dateline or section kicker in capitals ("TOKYO",
// "COMMODITIES", "ASX ANNOUNCEMENT"), a heading-shaped or title-case line
// of one to four words (a kicker "Markets", a reporter's name, a
// company's letterhead) or an eyebrow or breadcrumb (isCrumbs). An <hN>
// there is a subheading over the lead and stays.
func isTopLine(l line, c classified) bool {
	if l.kind != kindText || c.lbl != lblNone || len(l.text) > 120 {
		return false
	}
	plain := stripRefs(l.text)
	if isCrumbs(plain) || isLanguageSwitch(plain) || isDatelineSpan(plain) || namesLine(plain) {
		// "Battery Metals | Lithium", "Home › News › Mining", "English |
		// 中文", "LONDON (Reuters) -", "Jane Doe and John Roe"
		return true
	}
	if endsSentence(plain) {
		return false
	}
	if n := countWordsUpTo(plain, maxHeadlineWords+1); n > 6 {
		// A headline in capitals set in bold ("PROJECT UPDATE: PLANT
		// COMMISSIONED AHEAD OF SCHEDULE") is the release's title.
		return n <= maxHeadlineWords && c.heading && capsLine(plain)
	}
	if c.heading || capsLine(plain) || capitalised(plain, 1, 4) {
		return true
	}
	// Any other line of at most four words opening with a capital, a digit
	// or "#" and no sentence: a label ("Research note", "Issue #142"), an
	// issue number or a greeting ("Dear readers,").
	r, _ := utf8.DecodeRuneInString(plain)
	return countWordsUpTo(plain, 5) <= 4 && (unicode.IsUpper(r) || unicode.IsDigit(r) || r == '#')
}

// maxHeadlineWords is the most words a headline repeated above the lead
// has.
const maxHeadlineWords = 20

// headlineOverByline reports a headline or standfirst repeated above the
// lead: a bold line or heading with no sentence end and a byline line
// straight under it ("Cobalt hits two-year high as Congo extends quota" /
// "Staff reporter"). A subheading over prose is not read.
func headlineOverByline(l line, c classified, next []line) bool {
	if !c.heading || c.lbl != lblNone || len(next) == 0 || len(l.text) > 200 {
		return false
	}
	plain := stripRefs(l.text)
	if endsSentence(plain) || countWordsUpTo(plain, maxHeadlineWords+1) > maxHeadlineWords {
		return false
	}
	n := next[0]
	return n.kind == kindText && len(n.text) <= 100 && (isByline(stripRefs(n.text)) || isDateLine(n))
}

// isSectionKicker reports an analysis label of one or two words standing
// as a plain line ("ANALYSIS", "Commentary"), not an <hN>, with no
// subtitle: over an item's first text it is the site's section kicker.
func isSectionKicker(l line, c classified) bool {
	return c.heading && c.lbl == lblAnalysis && c.sub == "" && l.kind == kindText &&
		countWordsUpTo(l.text, 3) <= 2
}

// capsLine reports a line with letters, none of them lower case.
func capsLine(s string) bool {
	letters := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letters = letters || unicode.IsLetter(r)
	}
	return letters
}

// isMasthead reports a publication's name alone as a plain line ("The
// Herald"): one to four capitalised words, no sentence and no link.
func isMasthead(l line, c classified) bool {
	return !c.heading && l.kind == kindText && len(l.text) < 60 && strings.IndexByte(l.text, linkOpen) < 0 &&
		!endsSentence(l.text) && capitalised(l.text, 1, 4)
}

// isFootnote reports a footnote line: a mark ("[1]", "1", "¹") and a short
// note of at most 30 words ("[1] Government decree, November 2026.").
func isFootnote(s string) bool {
	if s == "" || s[0] != '[' && (s[0] < '0' || s[0] > '9') && s[0] != 0xc2 && s[0] != 0xe2 {
		return false // most lines: no need to strip their links
	}
	s = stripRefs(s)
	if len(s) > 300 || countWordsUpTo(s, 31) > 30 {
		return false
	}
	rest := strings.TrimLeft(s, "¹²³⁴⁵⁶⁷⁸⁹⁰")
	if len(rest) < len(s) {
		r, _ := utf8.DecodeRuneInString(rest)
		return strings.HasPrefix(rest, " ") || rest != "" && !unicode.IsLower(r)
	}
	bracket := strings.HasPrefix(s, "[")
	if bracket {
		s = s[1:]
	}
	n := 0
	for n < len(s) && n < 3 && '0' <= s[n] && s[n] <= '9' {
		n++
	}
	if n == 0 || n > 2 {
		return false
	}
	s = s[n:]
	if bracket {
		if !strings.HasPrefix(s, "]") {
			return false
		}
		s = s[1:]
	} else if s == "" || s[0] != ' ' {
		return false
	}
	s = strings.TrimLeft(s, " ")
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r) || bracket && s != ""
}

// trailerStart returns where the run of furniture, footnote and
// publication-name lines that ends lines starts (len(lines) when the last
// line is none of them). One backward pass, as furnitureTail's, so a feed
// of many footnote-like lines costs linear time.
func trailerStart(lines []line) int {
	i := len(lines)
	for i > 0 {
		l := lines[i-1]
		if !isFurniture(l) && !isFootnote(l.text) && !isMasthead(l, classify(l)) {
			break
		}
		i--
	}
	return i
}

// cutReadMore removes a read-more link ending a paragraph after its last
// sentence ("... in January. Read more » [1]"); a paragraph that only
// mentions reading more keeps it.
func cutReadMore(s string) string {
	if len(s) > 4000 || !strings.Contains(s, "ead") && !strings.Contains(s, "ontinue") && !strings.Contains(s, "EAD") {
		return s
	}
	for _, w := range lex().readMoreWords {
		i := strings.LastIndex(s, w)
		if i <= 0 {
			continue
		}
		if strings.Trim(stripRefs(s[i+len(w):]), furnitureCut) != "" {
			continue
		}
		head := strings.TrimRight(s[:i], " ")
		if endsSentence(head) {
			return head
		}
	}
	return s
}

// maxLeadWords is the most body prose a qualified highlights label may
// follow: a release's lead paragraph or two.
const maxLeadWords = 150

// openingList reports whether the lines start with a list that can be an
// item's highlights: at least two top-level items, one of them a sentence
// of five words or more, followed by prose (a list that is the whole item
// stays its body).
func openingList(lines []line) bool {
	items, long := 0, false
	for _, l := range lines {
		if isFurniture(l) {
			continue
		}
		if l.kind != kindItem {
			return items >= 2 && long && l.kind == kindText
		}
		if !l.sub {
			items++
			long = long || moreFields(stripRefs(l.text), 4)
		}
	}
	return false
}

// splitRunIn gives a run-in bold heading ("<strong>About Kodal
// Minerals:</strong> Kodal is ...") a line of its own, as the same heading
// written on its own line has: company and mineral rules read a short line
// of its own as a heading (an "About X" footer starts the boilerplate).
// Known labels are left to classify, which switches section with the rest
// of the paragraph. The lines are returned as they are when none splits.
func splitRunIn(lines []line) []line {
	var out []line // nil until a line splits
	for i, l := range lines {
		head, rest, ok := runIn(l)
		if !ok {
			if out != nil {
				out = append(out, l)
			}
			continue
		}
		if out == nil {
			out = make([]line, i, len(lines)+4)
			copy(out, lines[:i])
		}
		out = append(out, line{text: head, kind: kindText, strong: true, boldEnd: len(head), para: l.para},
			line{text: rest, kind: kindText, para: true})
	}
	if out == nil {
		return lines
	}
	return out
}

// runIn splits a paragraph that opens with a bold run of at most eight
// words ending in a colon, which is no known section label and does not
// open a furniture line, into that heading and the rest.
func runIn(l line) (head, rest string, ok bool) {
	if l.kind != kindText || l.strong || l.boldEnd <= 0 || l.boldEnd >= len(l.text) {
		return "", "", false
	}
	head = strings.TrimSpace(l.text[:l.boldEnd])
	rest = strings.TrimLeft(l.text[l.boldEnd:], " ")
	if !strings.HasSuffix(head, ":") || rest == "" || moreFields(stripRefs(head), 8) {
		return "", "", false
	}
	if !strings.HasPrefix(head, "About ") && !strings.HasPrefix(head, "ABOUT ") {
		// "<strong>Futures:</strong> The most-traded contract ...": a
		// run-in label inside a story stays in its paragraph as prose.
		return "", "", false
	}
	if lb, _, _ := matchLabelKind(stripRefs(head)); lb != lblNone && lb != lblStop {
		return "", "", false
	}
	if isFurniture(l) {
		return "", "", false // "<strong>Read more:</strong> <a>...</a>" goes whole
	}
	return head, rest, true
}

// sectionFor picks the section a label opens; "Key Takeaways" means
// highlights only before the body has really started.
func sectionFor(lbl label, d *doc, bodyWords int) section {
	switch lbl {
	case lblHighlights:
		return secHighlights
	case lblKeyTakeaways, lblSummary:
		if !d.explicitHL && bodyWords < 30 && len(d.analysis) == 0 && len(d.takeaway) == 0 {
			return secHighlights
		}
		if lbl == lblSummary {
			return secBody
		}
		return secTakeaway
	case lblAnalysis:
		return secAnalysis
	case lblTakeaway:
		return secTakeaway
	case lblTOC:
		return secTOC
	}
	return secBody
}

// joinSoft merges plain-text lines that were only hard-wrapped.
func joinSoft(lines []line) []line {
	// Written in place: a line is read before its slot can be written.
	out := lines[:0]
	var parts []string // pieces of the line being joined, to avoid quadratic concatenation
	finish := func() {
		if len(parts) > 1 {
			out[len(out)-1].text = strings.Join(parts, " ")
		}
		parts = parts[:0]
	}
	for _, l := range lines {
		if n := len(out); n > 0 && l.soft && l.kind == kindText && out[n-1].kind != kindHeading &&
			!pipeRow(l.text) && !pipeRow(out[n-1].text) &&
			!labelish(l) && (len(parts) > 1 || !labelish(out[n-1])) {
			parts = append(parts, l.text)
			out[n-1].strong = out[n-1].strong && l.strong
			continue
		}
		finish()
		out = append(out, l)
		parts = append(parts, l.text)
	}
	finish()
	return out
}

// pipeRow reports a line of a table written as text ("| NdPr | 548 |"):
// each row keeps its own line.
func pipeRow(s string) bool { return strings.HasPrefix(s, "|") && strings.HasSuffix(s, "|") }

// labelish reports lines that must stay on their own: headings and furniture.
func labelish(l line) bool {
	c := classify(l)
	return c.heading || c.lbl != lblNone || isFurniture(l)
}

// stripRefs removes link placeholders (and the space written before each)
// from s.
func stripRefs(s string) string {
	if strings.IndexByte(s, linkOpen) < 0 {
		return s
	}
	b := make([]byte, 0, len(s))
	in := false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == linkOpen:
			in = true
			if n := len(b); n > 0 && b[n-1] == ' ' {
				b = b[:n-1]
			}
		case c == linkClose:
			in = false
		case !in:
			b = append(b, c)
		}
	}
	return strings.TrimSpace(string(b))
}

// countWords counts the runs of bytes other than ' ', '\n' and '\t' in s.
// It reads eight bytes at a time: a word starts at each byte that is not a
// space and follows one (or the start of s).
func countWords(s string) int {
	n := 0
	prev := uint64(0x80) // the byte before s counts as a space
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := binary.LittleEndian.Uint64([]byte(s[i : i+8]))
		sp := byteIs(w, ' ') | byteIs(w, '\n') | byteIs(w, '\t')
		n += bits.OnesCount64(^sp & lanes80 & (sp<<8 | prev))
		prev = sp >> 56
	}
	in := prev == 0
	for ; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

const (
	lanes01 = 0x0101010101010101
	lanes7f = 0x7f7f7f7f7f7f7f7f
	lanes80 = 0x8080808080808080
)

// byteIs has 0x80 in each byte of w that equals c and 0 in the others.
func byteIs(w uint64, c byte) uint64 {
	x := w ^ lanes01*uint64(c)
	// A byte of x is zero exactly when adding 0x7f to its low seven bits
	// carries nothing into its top bit and that bit was clear.
	return ^((x&lanes7f + lanes7f) | x | lanes7f)
}

// countWordsUpTo is countWords, but stops counting past limit: it returns
// limit+1 for any s of more than limit words, so a paragraph tested for
// "a dozen words or fewer" is not counted to its end.
func countWordsUpTo(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\n' || s[i] == '\t'
		if !sp && !in {
			if n++; n > limit {
				return n
			}
		}
		in = !sp
	}
	return n
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”’)")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

// isEndMatter reports a paragraph that ends the story (endMatterPrefixes);
// everything after it is dropped.
func isEndMatter(l line) bool {
	return l.kind != kindItem && opensWith(l.text, lex().endMatterPrefixes)
}

// opensWith reports whether text starts, ignoring case, with one of
// prefixes (lower-case, at most 48 bytes long), without allocating.
func opensWith(text string, prefixes []string) bool {
	var buf [64]byte
	low := lowerPrefix(buf[:0], text, 48)
	for _, p := range prefixes {
		if hasPrefix(low, p) {
			return true
		}
	}
	return false
}

// isBoilerStart reports a paragraph that opens a release's legal notice:
// its forward-looking-statements notice run in with no heading
// (isSafeHarborNotice) or an exchange's disclaimer (boilerPrefixes). The
// notice and what follows stay in the body (a company named there is
// still named) but are never derived highlights.
func isBoilerStart(l line) bool {
	if l.kind == kindItem {
		return false
	}
	return opensWith(l.text, lex().boilerPrefixes) || isSafeHarborNotice(l.text)
}

// isSafeHarbor reports a heading over a release's forward-looking-statements
// notice: "Forward-Looking Statements", "Cautionary Note Regarding
// Forward-Looking Information", "Safe Harbor Statement". It ends the story.
func isSafeHarbor(key string) bool {
	if !strings.HasPrefix(key, "safe harbo") && !strings.HasPrefix(key, "cautionary") &&
		!strings.Contains(key, "ward-look") && !strings.Contains(key, "ward look") {
		return false
	}
	if countFields(key) > 10 {
		return false
	}
	if strings.HasPrefix(key, "safe harbor") || strings.HasPrefix(key, "safe harbour") ||
		key == "cautionary statement" || key == "cautionary note" || key == "cautionary statements" {
		return true
	}
	// "Forward-looking guidance" over a story about guidance is no notice.
	return (strings.Contains(key, "forward-looking") || strings.Contains(key, "forward looking")) &&
		(strings.Contains(key, "statement") || strings.Contains(key, "information"))
}

// isSafeHarborNotice reports a paragraph whose first sentence is a
// release's notice on its forward-looking statements ("This press release
// contains forward-looking statements within the meaning of ...",
// "Statements in this release that are not historical facts are
// forward-looking statements ..."). "The company withdrew its
// forward-looking statements in May." is a story.
func isSafeHarborNotice(text string) bool {
	head := text
	if len(head) > 400 {
		head = head[:400]
	}
	if !strings.Contains(head, "ward-look") && !strings.Contains(head, "ward look") &&
		!strings.Contains(head, "WARD-LOOK") {
		return false // nearly every paragraph ("w" and "W" start few words)
	}
	first := head
	if ss := splitLine(head, nil); len(ss) > 0 {
		first = ss[0]
	}
	low := strings.ToLower(first)
	if !strings.Contains(low, "forward-looking") && !strings.Contains(low, "forward looking") {
		return false
	}
	return containsAny(low, lex().safeHarborMarks)
}

// isPlatformTrailer reports a blogging platform's syndication line: "<title>
// was originally published in <publication> on Medium, where people are
// continuing the conversation ...".
func isPlatformTrailer(plain string) bool {
	// The platforms write the line in lower case: no need to fold it.
	if indexSpaced(plain, " was originally published in ") < 0 || countWordsUpTo(plain, 61) > 60 {
		return false
	}
	return strings.Contains(plain, " on Medium") || strings.Contains(plain, "continuing the conversation")
}

// isDisclaimer reports a short paragraph that is a publisher's standing
// disclaimer or rights line ("X is a news platform. Nothing here is a
// recommendation to buy or sell securities."): at most 45 words, holding
// one of disclaimerPhrases.
func isDisclaimer(plain string) bool {
	if len(plain) > 400 || countWordsUpTo(plain, 46) > 45 {
		return false
	}
	// Fold the case only of a line that can hold a phrase: most lines hold
	// none of these stems in any case.
	if !containsAny(plain, lex().disclaimerStems) {
		return false
	}
	low := strings.ToLower(plain)
	return containsAny(low, lex().disclaimerPhrases)
}
