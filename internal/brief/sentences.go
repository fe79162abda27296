package brief

import (
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences splits text into sentences: at ".", "!", "?" or "…" followed by
// space and a capital, digit or quote, and at every newline. Abbreviations
// ("Corp.", "U.S."), initials and decimals do not end a sentence.
func Sentences(text string) []string {
	var out []string
	for _, para := range strings.Split(text, "\n") {
		out = splitLine(strings.TrimSpace(para), out)
	}
	return out
}

func splitLine(s string, out []string) []string {
	start := 0
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += size
			continue
		}
		end := i + size
		// absorb runs of terminators and closing quotes or brackets
		for end < len(s) {
			r2, s2 := utf8.DecodeRuneInString(s[end:])
			if strings.ContainsRune(".!?…\"'”’)]", r2) || r2 == linkClose {
				end += s2
				continue
			}
			break
		}
		if end >= len(s) {
			break
		}
		if s[end] != ' ' {
			i = end
			continue
		}
		next := strings.TrimLeft(s[end:], " ")
		nr, _ := utf8.DecodeRuneInString(next)
		if !(unicode.IsUpper(nr) || unicode.IsDigit(nr) || strings.ContainsRune("\"'“‘([", nr)) {
			i = end
			continue
		}
		if r == '.' && isAbbrev(s[start:i]) {
			i = end
			continue
		}
		if sent := strings.TrimSpace(s[start:end]); sent != "" {
			out = append(out, sent)
		}
		start = end
		i = end
	}
	if sent := strings.TrimSpace(s[start:]); sent != "" {
		out = append(out, sent)
	}
	return out
}

// isAbbrev reports whether the word ending text (just before a period) is an
// abbreviation or an initial.
func isAbbrev(text string) bool {
	w := text
	if i := strings.LastIndexAny(text, " (\"“"); i >= 0 {
		w = text[i+1:]
	}
	if w == "" {
		return false
	}
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return lex().abbreviations[strings.ToLower(w)]
}

// scored is a candidate sentence for derived highlights.
type scored struct {
	text  string
	index int
	score float64
}

// deriveHighlights picks the two or three most informative sentences of the
// body prose (not its table rows), scored on position, length, figures and proper names, and
// returns them verbatim in their original order.
func deriveHighlights(body []line) []string {
	var cands []scored
	para := 0
	transcript := isTranscript(body)
	for _, l := range body {
		if l.kind != kindText || l.row || l.boiler || (l.strong && countWordsUpTo(l.text, 15) <= 15) || textRow(l.text) {
			continue // a heading, a bullet, a table row ("NdPr oxide 548 +2.1%"), a legal notice
		}
		if transcript && speakerLabel(l.text) {
			continue // a transcript's turn: "REPORTER: The first bags came off the line."
		}
		if l.para {
			para++
		}
		for _, s := range Sentences(l.text) {
			if len(cands) == 0 {
				s = stripDateline(s)
			}
			cands = append(cands, scored{text: s, index: len(cands)})
			c := &cands[len(cands)-1]
			c.score = sentenceScore(s, c.index, para)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	k := 3
	switch {
	case len(cands) <= 2:
		k = len(cands)
	case len(cands) <= 4:
		k = 2
	}
	ranked := append([]scored(nil), cands...)
	sort.SliceStable(ranked, func(i, j int) bool { return ranked[i].score > ranked[j].score })
	ranked = ranked[:k]
	sort.Slice(ranked, func(i, j int) bool { return ranked[i].index < ranked[j].index })
	out := make([]string, len(ranked))
	for i, c := range ranked {
		out[i] = c.text
	}
	return out
}

// isTranscript reports a body with two or more turns opening with a
// speaker's label: a transcript or an interview. One such line is a
// dateline ("NEW DELHI: The ministry ...") and stays a candidate.
func isTranscript(body []line) bool {
	n := 0
	for _, l := range body {
		if l.kind == kindText && speakerLabel(l.text) {
			if n++; n >= 2 {
				return true
			}
		}
	}
	return false
}

// speakerLabel reports a line opening with a speaker's label in capitals
// and a colon: "REPORTER:", "PLANT MANAGER:", "DR. LEE:". At most three
// words and 30 bytes, at least two letters: an interview's "Q:"/"A:"
// answers are the story's own sentences (corpus s11) and stay candidates.
func speakerLabel(s string) bool {
	head := s
	if len(head) > 31 {
		head = head[:31] // a label is short: a paragraph is not scanned
	}
	i := strings.IndexByte(head, ':')
	if i < 1 || i+1 >= len(s) || s[i+1] != ' ' || strings.Count(s[:i], " ") > 2 {
		return false
	}
	letters := 0
	for j := 0; j < i; j++ {
		switch c := s[j]; {
		case c >= 'A' && c <= 'Z':
			letters++
		case c == ' ' || c == '.' || c == '-' || c == '\'':
		default:
			return false
		}
	}
	return letters >= 2
}

// textRow reports a table row written as text: three or more cells split
// by "|" or tabs, none longer than eight words ("| NdPr oxide | 548 |
// +2.1% |", "Terbium oxide\t6,950\t+3.1%").
func textRow(s string) bool {
	sep := byte('|')
	if strings.Count(s, "|") < 2 {
		if strings.Count(s, "\t") < 2 {
			return false
		}
		sep = '\t'
	}
	cells := 0
	for cell := range strings.SplitSeq(s, string(sep)) {
		if strings.TrimSpace(cell) == "" {
			continue
		}
		if countWordsUpTo(cell, 9) > 8 {
			return false
		}
		cells++
	}
	return cells >= 3
}

// sentenceScore rates how much a sentence says: early, mid-length,
// carrying numbers, names and tickers.
func sentenceScore(s string, index, para int) float64 {
	score := 2.5 / (1 + 0.25*float64(index))
	if para <= 1 {
		score += 0.5
	}
	words := strings.Fields(stripRefs(s))
	switch n := len(words); {
	case n < 6:
		score -= 3
	case n < 10:
	case n <= 35:
		score++
	case n <= 50:
		score += 0.3
	default:
		score--
	}
	nums, names, tickers := 0, 0, 0
	for i, w := range words {
		w = strings.Trim(w, ",.;:()\"'“”‘’[]")
		if w == "" {
			continue
		}
		if strings.ContainsAny(w, "0123456789") || strings.ContainsAny(w, "%$€£¥") {
			nums++
			continue
		}
		if isTicker(w) {
			tickers++
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if i > 0 && unicode.IsUpper(r) {
			names++
		}
	}
	score += 0.8 * float64(min(nums, 3))
	score += 0.25 * float64(min(names, 5))
	score += 0.5 * float64(min(tickers, 2))
	if strings.HasSuffix(s, "?") {
		score--
	}
	return score
}

// isTicker matches exchange-style symbols: "LYC", "ASX:LYC", "MP".
func isTicker(w string) bool {
	if i := strings.IndexByte(w, ':'); i > 0 {
		w = w[i+1:]
	}
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// datelineRE matches a wire or release dateline opening a story: a place,
// a date and the agency or distributor ("LONDON, Dec 3 (Reuters) - ",
// "BEIJING, Dec. 3 (Xinhua) -- ", "DENVER, Dec. 1, 2026 /PRNewswire/ -- ",
// "TOKYO, Dec 3, 2026 - (JCN Newswire) - ", "Vancouver, British
// Columbia--(Newsfile Corp. - December 5, 2026) - ").
var datelineRE = regexp.MustCompile(`^\p{Lu}[^()\n]{0,60}?,\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:,\s*\d{4})?\s*(?:[-–—]{1,2}\s*)?(?:\([^()]{2,40}\)|/[^/\s][^/]{1,30}/)|[^()\n]{0,40}?[-–—]{1,2}\s*\([^()]{2,40}?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s*\d{4}\))\s*\.?\s*[-–—]{1,2}\s+`)

// datelineAltRE matches the datelines datelineRE does not: an agency or
// desk tag alone ("(Global Markets Desk) -- "), a city in capitals and its
// country before the agency with no date ("LIBREVILLE, Gabon (Continental
// Press) — ", "KINSHASA, Congo (AP) — "), a distributor's slashes ("RENO, NV / ACCESSWIRE / December
// 1, 2026 / "), a place joined to the distributor by double hyphens with
// no spaces ("DENVER--(BUSINESS WIRE)--").
var datelineAltRE = regexp.MustCompile(`^(?:\p{Lu}[\p{L} .,'-]{1,50}?--\([A-Z][^()]{2,40}\)--\s*|\([A-Z][^()]{2,40}\)\s*[-–—]{1,2}\s+|\p{Lu}[\p{Lu} .'-]{1,30}(?:, [\p{L} .]{2,30})?\s*\([A-Z][^()]{1,40}\)\s*[-–—]{1,2}\s+|\p{Lu}[^/\n]{1,50} / [A-Z][A-Za-z ]{2,30} / (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, \d{4} / )`)

// stripDateline cuts a dateline from the start of a derived highlight: the
// sentence is the story's, the place, date and agency are furniture. The
// body keeps it.
func stripDateline(s string) string {
	m := datelineRE.FindStringIndex(s)
	if m == nil {
		m = datelineAltRE.FindStringIndex(s)
	}
	if m == nil || m[1] >= len(s) {
		return s
	}
	return s[m[1]:]
}
