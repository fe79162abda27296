package brief

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lode-reader/lode/internal/text"
)

// Furniture of publishers' pages as they reach feeds, beyond the share
// bars and sign-offs of segment.go (session 28): breadcrumbs and eyebrows,
// audio players, gallery counters, embedded social posts, syndication and
// translation headers, comment and newsletter prompts, podcast promotions,
// related-story lists and rights lines in other languages.

// phraseWords is the most words a line may have and still be a prompt
// that furniturePhrases mark.
const phraseWords = 30

// isLayoutFurniture reports the lines of this file's classes: a social
// post's signature, a gallery counter, an audio player's clock, a comment
// count, a prompt holding one of furniturePhrases, a rights line in
// another language.
func isLayoutFurniture(plain string) bool {
	// Every class here is a line of at most phraseWords words, which
	// nearly always fit in 300 bytes: a paragraph is not read at all.
	if len(plain) > 300 {
		return false
	}
	if isSignature(plain) || isGalleryCounter(plain) || isClockLine(plain) || isCommentCount(plain) ||
		isMediaPromo(plain) || isEpisodeLine(plain) || isPostalAddress(plain) || isFooterLinkRow(plain) ||
		isPublisherLine(plain) || isNoticeNumber(plain) || isToolRow(plain) || isPromoHead(plain) {
		return true
	}
	st := stems(plain)
	return st&stemPrompt != 0 && isPrompt(plain) || st&stemRights != 0 && isRightsLine(plain) ||
		st&stemCredit != 0 && isContributorLine(plain)
}

// Stem groups found by stems: a line holding none of a group's stems
// cannot be one of its lines.
const (
	stemPrompt = 1 << iota // "mme" (comment), "ox" (inbox), "dc" (podcast), "pis" (episode), "hink" (think), "r-s" (reader-supported)
	stemRights             // "erv"/"ERV" (reserved), "beh" (vorbehalten), "ipt" (hak cipta), "cho" (derechos), 权, 權
	stemCredit             // "rib" (contributed)
)

// stems reads s once and reports which stem groups it holds, as the
// middle of a word, in the case the phrases are written in.
func stems(s string) int {
	st := 0
	for i := 2; i < len(s); i++ {
		a, b := s[i-2], s[i-1]
		switch s[i] {
		case 'e':
			if a == 'm' && b == 'm' {
				st |= stemPrompt
			}
		case 'x':
			if b == 'o' {
				st |= stemPrompt
			}
		case 'c':
			if b == 'd' {
				st |= stemPrompt
			}
		case 's':
			if a == 'p' && b == 'i' || a == 'r' && b == '-' {
				st |= stemPrompt
			}
		case 'k':
			if a == 'i' && b == 'n' && i >= 3 && s[i-3] == 'h' {
				st |= stemPrompt
			}
		case 'v':
			if a == 'e' && b == 'r' {
				st |= stemRights
			}
		case 'V':
			if a == 'E' && b == 'R' {
				st |= stemRights
			}
		case 'h':
			if a == 'b' && b == 'e' {
				st |= stemRights
			}
		case 't':
			if a == 'i' && b == 'p' {
				st |= stemRights
			}
		case 'o':
			if a == 'c' && b == 'h' {
				st |= stemRights
			}
		case 0x83, 0x8a:
			if a == 0xe6 && (b == 0x9d && s[i] == 0x83 || b == 0xac && s[i] == 0x8a) {
				st |= stemRights
			}
		case 'b':
			if a == 'r' && b == 'i' {
				st |= stemCredit
			}
		}
	}
	return st
}

// isContributorLine reports a wire story's contribution credit: a short
// line (at most 30 words) saying who "contributed to this report" or
// "contributed reporting" ("Continental Press writer Ama Boateng in Accra
// contributed to this report.").
func isContributorLine(plain string) bool {
	i := strings.Index(plain, "contributed ")
	if i < 0 || countWordsUpTo(plain, 31) > 30 {
		return false
	}
	rest := plain[i+len("contributed "):]
	return strings.HasPrefix(rest, "to this report") || strings.HasPrefix(rest, "to this story") ||
		strings.HasPrefix(rest, "to this article") || strings.HasPrefix(rest, "reporting")
}

// isPrompt reports a short line holding a comment, newsletter or podcast
// prompt (furniturePhrases).
func isPrompt(plain string) bool {
	if countWordsUpTo(plain, phraseWords+1) > phraseWords {
		return false
	}
	low := strings.ToLower(plain)
	return containsAny(low, lex().furniturePhrases)
}

// isRightsLine reports a short rights line in another language ("Todos
// los derechos reservados", "Tous droits réservés", "版权所有").
func isRightsLine(plain string) bool {
	if len(plain) > 200 || countWordsUpTo(plain, 26) > 25 {
		return false
	}
	low := strings.ToLower(plain)
	return containsAny(low, lex().rightsPhrases)
}

// isSignature reports the signature line of an embedded social post: a
// dash, a name of at most eight words and a handle in brackets, then
// nothing or a date ("— Example Rare Earths (@ExampleRE) December 5,
// 2026"), or an Instagram embed's "A post shared by Name (@handle)".
// "Lynas (@lynas) said on Friday that ..." is prose.
func isSignature(plain string) bool {
	if len(plain) > 200 {
		return false
	}
	at := strings.Index(plain, "(@")
	if at < 0 {
		return strings.HasPrefix(plain, "pic.twitter.com/") && !strings.ContainsRune(plain, ' ')
	}
	end := strings.IndexByte(plain[at:], ')')
	if end < 3 || strings.ContainsAny(plain[at+2:at+end], " \t") {
		return false
	}
	// The name before the handle (a dash before it may have made the line
	// a list item and gone): a few words, no sentence.
	head := strings.TrimLeft(strings.TrimSpace(plain[:at]), "—–- ")
	if head == "" || countWordsUpTo(head, 9) > 8 || strings.ContainsAny(head, ".,;:!?") {
		return false
	}
	rest := strings.TrimSpace(plain[at+end+1:])
	return rest == "" || dateOnly(rest) || strings.HasPrefix(rest, "on ") && dateOnly(rest[3:])
}

// isGalleryCounter reports a gallery's or slideshow's counter: "1 of 5",
// "Image 2 of 8", "Photo 3/12", "Slide 1 of 4 (12 photos)".
// "1 of 5 new mines opened" is prose.
func isGalleryCounter(plain string) bool {
	if len(plain) > 40 {
		return false
	}
	var w [5]string
	n := 0
	for f := range strings.FieldsSeq(plain) {
		if n == len(w) {
			return false
		}
		w[n] = f
		n++
	}
	i := 0
	if n > 0 && inFold(lex().galleryWords, w[0]) {
		i++
	}
	switch {
	case n-i == 3 && strings.EqualFold(w[i+1], "of") && isCount(w[i]) && isCount(w[i+2]):
		return true
	case n-i == 1:
		a, b, ok := strings.Cut(w[i], "/")
		return ok && i == 1 && isCount(a) && isCount(b)
	}
	return false
}

// isCount is a number of one to three digits.
func isCount(s string) bool {
	if s == "" || len(s) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// isClockLine reports a line of clock times alone: an audio player's
// "0:00 / 3:42", a lone "14:12".
func isClockLine(plain string) bool {
	if len(plain) > 30 || strings.IndexByte(plain, ':') < 0 {
		return false
	}
	clocks := 0
	for w := range strings.FieldsSeq(plain) {
		switch {
		case w == "/" || w == "|" || w == "-":
		case isClock(w):
			clocks++
		default:
			return false
		}
	}
	return clocks > 0
}

// isClock is a clock time or duration: digits around one or two colons.
func isClock(w string) bool {
	if len(w) < 4 || len(w) > 8 {
		return false
	}
	colons := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c == ':':
			if i == 0 || i == len(w)-1 {
				return false
			}
			colons++
		case c < '0' || c > '9':
			return false
		}
	}
	return colons == 1 || colons == 2
}

// isCommentCount reports a comment counter: "12 Comments", "Comments
// (3)", "1 comment".
func isCommentCount(plain string) bool {
	if len(plain) > 20 {
		return false
	}
	num, word, ok := strings.Cut(plain, " ")
	if ok && isCount(num) && (strings.EqualFold(word, "comments") || strings.EqualFold(word, "comment")) {
		return true
	}
	word, num, ok = strings.Cut(plain, " (")
	return ok && strings.EqualFold(word, "comments") && strings.HasSuffix(num, ")") && isCount(num[:len(num)-1])
}

// isCrumbs reports an eyebrow or breadcrumb above the lead: two to five
// short parts split by "|", "/", "›", "»", ">" or "·", each opening with a
// capital ("Battery Metals | Lithium", "Home › News › Mining", "Home /
// Markets / Battery metals"), at most ten words, no sentence.
func isCrumbs(plain string) bool {
	if len(plain) > 120 || endsSentence(plain) || countWordsUpTo(plain, 11) > 10 {
		return false
	}
	parts := strings.FieldsFunc(plain, func(r rune) bool {
		return r == '|' || r == '/' || r == '›' || r == '»' || r == '>' || r == '·'
	})
	if len(parts) < 2 || len(parts) > 5 {
		return false
	}
	for _, p := range parts {
		p = strings.TrimSpace(p)
		r, _ := utf8.DecodeRuneInString(p)
		if p == "" || !unicode.IsUpper(r) || countWordsUpTo(p, 5) > 4 {
			return false
		}
	}
	return true
}

// relatedLabel reports a related-stories heading (relatedHeads,
// relatedOpeners and at most six words with no verb).
func relatedLabel(key string) bool {
	t := lex()
	if t.relatedHeads[key] {
		return true
	}
	if key == "" || key[0] != 'm' && key[0] != 'l' && key[0] != 'a' && key[0] != 'r' {
		return false
	}
	for _, o := range t.relatedOpeners {
		if rest, ok := strings.CutPrefix(key, o); ok {
			n := 0
			for w := range strings.FieldsSeq(rest) {
				if n++; n > 5 || t.verbWords[w] {
					return false
				}
			}
			return n > 0
		}
	}
	return false
}

// relatedFollows reports whether the next line that is not furniture is
// the first of a list of stories under the related-stories heading head:
// a list item or a short line holding a link; under a heading that names a
// topic ("More on lithium") only a linked one, as a newsletter's "More on
// lithium" over plain bullets is news of its own.
func relatedFollows(head string, lines []line) bool {
	linkNeeded := !lex().relatedHeads[normLabel(stripRefs(head))]
	for _, l := range lines {
		if isFurniture(l) {
			continue
		}
		short := strings.IndexByte(l.text, linkOpen) >= 0 && countWordsUpTo(l.text, 26) <= 25
		if linkNeeded {
			return l.kind == kindItem && l.linked || short
		}
		// A headline as a plain line, its link lost ("Albemarle idles
		// Kemerton train"): at most 14 words and no sentence.
		title := l.kind == kindText && !endsSentence(l.text) && countWordsUpTo(l.text, 15) <= 14
		return l.kind == kindItem || short || title
	}
	return false
}

// dropSocialEmbeds removes each blockquote holding an embedded social
// post: a quote whose lines include a post's signature (the post's text
// is not the story). The lines are returned as they are when none goes.
func dropSocialEmbeds(lines []line) []line {
	var out []line // nil until a quote goes
	for i := 0; i < len(lines); {
		q := lines[i].quote
		j := i + 1
		if q != 0 {
			for j < len(lines) && lines[j].quote == q {
				j++
			}
		}
		social := false
		if q != 0 {
			for _, l := range lines[i:j] {
				if isSignature(stripRefs(l.text)) || isEmbedPrompt(l.text) {
					social = true
					break
				}
			}
		}
		switch {
		case social && out == nil:
			out = append(make([]line, 0, len(lines)), lines[:i]...)
		case !social && out != nil:
			out = append(out, lines[i:j]...)
		}
		i = j
	}
	if out == nil {
		return lines
	}
	return out
}

// isEmbedPrompt reports the prompt an embedded post shows in a feed
// ("View this post on Instagram").
func isEmbedPrompt(s string) bool {
	return strings.HasPrefix(s, "View this post on ") && countWordsUpTo(s, 7) <= 6
}

// maxPullQuotes bounds the short quoted lines checked for a repeat, so a
// hostile feed of many quotes costs linear time.
const maxPullQuotes = 16

// dropPullQuotes removes a pull quote: a short quoted paragraph (in a
// blockquote or opening with a quotation mark, at most 40 words) whose
// words, without their quotation marks and attribution, stand in another
// paragraph of the body. A quote said once stays. At most maxPullQuotes
// candidates are compared with the body, so the work stays linear.
func dropPullQuotes(body []line) []line {
	var out []line // nil until a quote goes
	tried := 0
	for i, l := range body {
		if out != nil {
			out = append(out, l)
		}
		if tried == maxPullQuotes || l.kind != kindText || (l.quote == 0 && !text.OpensQuote(l.text)) || len(l.text) >= 400 {
			continue
		}
		c := quoteCore(l.text)
		if countWordsUpTo(c, 41) > 40 || countWordsUpTo(c, 5) < 5 {
			continue
		}
		tried++
		if !repeated(body, i, c) {
			continue
		}
		if out == nil {
			out = append(make([]line, 0, len(body)), body[:i]...)
		} else {
			out = out[:len(out)-1]
		}
	}
	if out == nil {
		return body
	}
	return out
}

// repeated reports whether a body line other than the ith holds s.
func repeated(body []line, i int, s string) bool {
	for j, l := range body {
		if j != i && len(l.text) > len(s) && strings.Contains(l.text, s) {
			return true
		}
	}
	return false
}

// quoteCore is a quoted line's words without its quotation marks, final
// punctuation and attribution ("“Prices must rise,” — J. Doe" gives
// "Prices must rise").
func quoteCore(s string) string {
	s = stripRefs(s)
	for _, sep := range []string{"—", "–", " - "} {
		if i := strings.LastIndex(s, sep); i > 0 && countWordsUpTo(s[i:], 7) <= 7 {
			s = s[:i]
			break
		}
	}
	return strings.Trim(s, " \"“”«»„‘’.,;:!?—–-")
}

// trimTrailingHeadings drops the headings a section ends with: a heading
// with nothing under it (a newsletter box's title after its form went).
func trimTrailingHeadings(ls []line) []line {
	for len(ls) > 0 && ls[len(ls)-1].kind == kindHeading {
		ls = ls[:len(ls)-1]
	}
	return ls
}

// trimStoryList drops a list of other stories ending a section with no
// heading over it: list items each only a link, after the section's own
// text. A section that is only such a list (a newsletter's link roundup)
// keeps it.
func trimStoryList(ls []line) []line {
	i := len(ls)
	for i > 0 && ls[i-1].kind == kindItem && ls[i-1].linked {
		i--
	}
	if i == len(ls) || len(ls)-i < 2 {
		return ls // one linked bullet may be the story's own source
	}
	for _, l := range ls[:i] {
		if l.kind == kindText {
			return ls[:i]
		}
	}
	return ls
}

// isLanguageSwitch reports a row of language names ("English | 中文",
// "English · Español · Français"): a page's language switch.
func isLanguageSwitch(plain string) bool {
	if len(plain) > 100 {
		return false
	}
	parts := strings.FieldsFunc(plain, func(r rune) bool { return r == '|' || r == '/' || r == '·' || r == '•' })
	if len(parts) < 2 || len(parts) > 6 {
		return false
	}
	for _, p := range parts {
		if !lex().languageNames[strings.ToLower(strings.TrimSpace(p))] {
			return false
		}
	}
	return true
}

// isDatelineSpan reports a dateline standing alone above the lead: a
// place in capitals, perhaps a date and an agency in brackets, ending in
// a dash ("LONDON (Reuters) -", "SANTIAGO, Dec 5 (Example Wire) –").
func isDatelineSpan(plain string) bool {
	if len(plain) > 80 {
		return false
	}
	head := strings.TrimRight(plain, " -–—")
	if head == plain || head == "" || countWordsUpTo(head, 9) > 8 {
		return false
	}
	first, _, _ := strings.Cut(head, " ")
	first = strings.TrimRight(first, ",")
	return utf8.RuneCountInString(first) >= 2 && capsLine(first)
}

// namesLine reports two to four names joined by "and", "&" or commas,
// each one to four capitalised words ("Jane Doe and John Roe", "Ana Ruiz,
// Li Wei and Tom Daly"): reporters' names above the lead.
func namesLine(plain string) bool {
	if len(plain) > 120 || (!strings.Contains(plain, " and ") && !strings.Contains(plain, " & ")) {
		return false
	}
	parts := 0
	for _, p := range strings.FieldsFunc(strings.NewReplacer(" and ", ",", " & ", ",").Replace(plain), func(r rune) bool { return r == ',' }) {
		if !capitalised(p, 1, 4) {
			return false
		}
		parts++
	}
	return parts >= 2 && parts <= 4
}

// isFollowLine reports a "Follow ... on <network>" line of at most twelve
// words, or eighteen when the site speaks ("Follow us on X @ExampleDaily
// and join our WhatsApp channel for the latest news.") ("Follow Example Metals on LinkedIn and X.") or a wire's pointer
// to its coverage online, "Follow ... at <address>" ("Follow our Asia
// coverage at https://example.com/asia"). "Follow the money" names no
// network and no address.
func isFollowLine(plain string) bool {
	if len(plain) > 160 || !strings.HasPrefix(plain, "Follow ") {
		return false
	}
	if n := countWordsUpTo(plain, 19); n > 12 && (n > 18 || !strings.HasPrefix(plain, "Follow us ") && !strings.HasPrefix(plain, "Follow our ")) {
		return false
	}
	if _, addr, ok := strings.Cut(plain, " at "); ok && webAddress(addr) {
		return true
	}
	low := strings.ToLower(plain)
	return containsAny(low, lex().socialNetworks)
}

// webAddress reports text that opens with a web address, alone or with a
// link mark after it ("https://example.com/asia [1]", "example.com/asia").
func webAddress(s string) bool {
	addr, _, _ := strings.Cut(strings.TrimSpace(s), " ")
	addr = strings.TrimRight(addr, ".")
	if strings.HasPrefix(addr, "http://") || strings.HasPrefix(addr, "https://") || strings.HasPrefix(addr, "www.") {
		return true
	}
	host, _, _ := strings.Cut(addr, "/")
	dot := strings.LastIndexByte(host, '.')
	return dot > 0 && dot < len(host)-2 && strings.IndexByte(addr, '/') > 0
}

// isSponsorLine reports a sponsor line with its pitch after a dash, colon
// or bar, at most sixteen words ("Presented by OreLedger — price data for
// small miners. Try it free"). "Presented by the minister, the plan sets a
// target." has no pitch: it is prose.
func isSponsorLine(plain string) bool {
	if len(plain) > 200 || len(plain) < 12 || plain[0] != 'P' && plain[0] != 'S' && plain[0] != 'B' {
		return false
	}
	for _, o := range lex().sponsorOpeners {
		if rest, ok := strings.CutPrefix(plain, o); ok {
			return countWordsUpTo(plain, 17) <= 16 && strings.Contains(rest, " — ") || strings.Contains(rest, " – ") || strings.Contains(rest, " - ") ||
				strings.Contains(rest, ": ") || strings.Contains(rest, " | ")
		}
	}
	return false
}

// isDeskInitials reports a wire desk's sign-off of initials in lower case,
// after an agency's slug or not ("/ABI/ rcg/mpa"),
// split by slashes: "abc/xyz", "ab/cd/ef". Two to four groups of two to
// four letters.
func isDeskInitials(plain string) bool {
	if rest, ok := agencySlug(plain); ok {
		return rest == "" || isDeskInitials(rest)
	}
	if len(plain) < 5 || len(plain) > 19 || strings.IndexByte(plain, '/') < 0 {
		return false
	}
	n := 0
	for g := range strings.SplitSeq(plain, "/") {
		if n++; n > 4 || len(g) < 2 || len(g) > 4 {
			return false
		}
		for i := 0; i < len(g); i++ {
			if g[i] < 'a' || g[i] > 'z' {
				return false
			}
		}
	}
	return n >= 2
}

// agencySlug cuts a state agency's slug in slashes from the start of a
// sign-off: "/ABI/ rcg/mpa" gives "rcg/mpa". The slug is two to eight
// capitals.
func agencySlug(plain string) (rest string, ok bool) {
	if len(plain) < 4 || plain[0] != '/' {
		return "", false
	}
	end := strings.IndexByte(plain[1:], '/') + 1
	if end < 3 || end > 9 {
		return "", false
	}
	for i := 1; i < end; i++ {
		if plain[i] < 'A' || plain[i] > 'Z' {
			return "", false
		}
	}
	return strings.TrimSpace(plain[end+1:]), true
}

// isContactLine reports a short line giving an e-mail address to write to
// ("Write to Jane Doe at jane.doe@example.com"): at most fifteen words.
// "Write to the ministry before Friday" has no address.
func isContactLine(plain string) bool {
	if len(plain) > 160 || strings.IndexByte(plain, '@') < 0 || countWordsUpTo(plain, 16) > 15 {
		return false
	}
	for _, o := range lex().contactOpeners {
		if strings.HasPrefix(plain, o) {
			at := strings.IndexByte(plain, '@')
			return strings.IndexByte(plain[at:], '.') > 0
		}
	}
	return false
}

// noWords reports a line with no letter and no digit: a section break
// ("***", "* * *", "—") or a stray mark.
func noWords(plain string) bool {
	if len(plain) > 40 {
		return false
	}
	for _, r := range plain {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// cutSourceTail removes an aggregator's source name after a headline link
// that already ends with it (Google News: "Headline - Example Metals [1]
// Example Metals" gives "Headline - Example Metals [1]"). Any other text
// after a link stays.
func cutSourceTail(s string) string {
	end := strings.LastIndexByte(s, linkClose)
	if end < 0 || end+1 >= len(s) || len(s) > 600 {
		return s
	}
	tail := strings.TrimSpace(s[end+1:])
	open := strings.LastIndexByte(s[:end], linkOpen)
	if tail == "" || open < 0 || countWordsUpTo(tail, 6) > 5 || endsSentence(tail) {
		return s
	}
	head := strings.TrimRight(s[:open], " ")
	for _, sep := range []string{" - ", " | ", " – ", " — "} {
		if strings.HasSuffix(head, sep+tail) {
			return s[:end+1]
		}
	}
	return s
}

// indexSpaced is strings.Index(s, sub) for a sub opening with spaces ("
// is published by "): it searches for the part after the spaces, whose
// first byte is rarer in prose than a space (strings.Index stops at every
// byte equal to sub's first), and checks the spaces before each place it
// is found, leftmost first.
func indexSpaced(s, sub string) int {
	k := 0
	for k < len(sub) && sub[k] == ' ' {
		k++
	}
	if k == 0 || k == len(sub) {
		return strings.Index(s, sub)
	}
	rest := sub[k:]
	for p := 0; p+k <= len(s); p++ {
		j := strings.Index(s[p+k:], rest)
		if j < 0 {
			return -1
		}
		p += j // rest starts at p+k
		if strings.Count(s[p:p+k], " ") == k {
			return p
		}
	}
	return -1
}

// containsAny reports whether s holds any of subs.
func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// isNoticeNumber reports a press office's numbered row, alone or after the
// office's name, of at most ten words and no sentence: "PRESS NOTICE No.
// 14/2026", "Ministry of Mines | Press Release No. 45/2026", "Bulletin
// No. 7". "The notice No. 3 named was withdrawn in May." is a sentence.
func isNoticeNumber(plain string) bool {
	if len(plain) > 120 || !strings.Contains(plain, "No. ") && !strings.Contains(plain, "NO. ") || countWordsUpTo(plain, 11) > 10 {
		return false
	}
	var buf [120 + 2*utf8.UTFMax]byte
	low := string(lowerASCII(buf[:0], plain))
	i := strings.Index(low, " no. ")
	if i <= 0 || i+5 >= len(low) || low[i+5] < '0' || low[i+5] > '9' {
		return false
	}
	head := strings.TrimSpace(low[:i])
	kind := head[strings.LastIndexByte(head, ' ')+1:]
	if !slices.Contains(lex().noticeKinds, kind) {
		return false
	}
	return !strings.Contains(low[i+5:], " ") // nothing but the number after it
}

// cutPageRef returns plain without a final page reference of one token
// (pageRefs), and whether there was one.
func cutPageRef(plain string) (string, bool) {
	if len(plain) > 100 {
		return plain, false
	}
	if !strings.ContainsAny(plain, "pP") {
		return plain, false
	}
	var buf [100]byte
	low := string(lowerASCII(buf[:0], plain))
	for _, p := range lex().pageRefs {
		i := strings.LastIndex(low, p)
		if i <= 0 {
			continue
		}
		num := strings.TrimRight(plain[i+len(p):], ".")
		if num != "" && len(num) <= 4 && !strings.Contains(num, " ") && strings.ContainsAny(num, "0123456789") {
			return plain[:i], true
		}
	}
	return plain, false
}

// cutEndMark returns s without a final end mark (endMarks).
func cutEndMark(s string) string {
	for _, m := range lex().endMarks {
		if cut, ok := strings.CutSuffix(s, m); ok {
			return strings.TrimRight(cut, " ")
		}
	}
	return s
}
