package companies

import (
	"slices"
	"strings"

	"github.com/lode-reader/lode/internal/text"
)

// Leads: where an item's lead ends, its second sentence, the prose lead
// past headings and furniture, the referents a lead names first, whether a
// first paragraph names one company, and the countries the lead describes
// a company by.

// leadEnd returns one past the last token of the lead: the first one or
// two sentences of the body's first paragraph.
func leadEnd(ts *tokens, sents []int32, bodyStart int) int {
	first := -1
	for i := range ts.toks {
		if int(ts.toks[i].start) >= bodyStart {
			first = i
			break
		}
	}
	if first < 0 {
		return 0
	}
	i := first + 1
	for i < len(ts.toks) && !ts.toks[i].para && sents[i]-sents[first] < 2 {
		i++
	}
	return i
}

// maxReferentWords is how many words after its count a lead's referent
// phrase reaches for its noun ("the three largest Chinese rare earth magnet
// producers"), one more after "of" ("a trio of ...").
const maxReferentWords = 6

// leadReferents finds a phrase in the highlights or the lead (tokens up to
// leadEnd) that points at the companies the item is about without naming
// them: "the two large state groups", "the country's three producers",
// "has moved three separation plants", "Three Ganzhou separation plants"
// opening a highlight. It returns the phrase's count and the token after
// it, or 0 when there is none or when the title or the text before the
// phrase names a company (that one is then what the item is about). The
// last two forms point only at an enumeration of exactly that many
// companies after them (listOnly).
func (d *Dictionary) leadReferents(ts *tokens, hits []hit, bodyStart, leadEnd int) (n, after int, listOnly bool) {
	first := len(ts.toks)
	for _, h := range hits {
		if h.src == 0 {
			return 0, 0, false
		}
		first = min(first, h.pos)
	}
	r := d.roles
	for i := 0; i < leadEnd && i < first; i++ {
		body := int(ts.toks[i].start) >= bodyStart
		opens := ts.capitalised(i) && ts.key(i) != "the" && (i == 0 || d.words.sentenceBreak(ts, i))
		past := body && pastVerb(ts, i)
		if !opens && !past && !(body && (ts.key(i) == "the" || ts.has(i, fPossessive))) {
			continue
		}
		from := i + 1
		if opens {
			from = i
		}
		for c := from; c < leadEnd && c <= i+2 && (c == i || ts.joined(c) || c == i+1 && isPossessiveGap(ts.gap(c))); c++ {
			n, ok := r.referentCount[ts.key(c)]
			if !ok {
				continue
			}
			last := c + maxReferentWords
			if c+1 < leadEnd && ts.key(c+1) == "of" {
				last++ // "a trio of top Chinese rare earth magnet producers"
			}
			for k := c + 1; k < leadEnd && k <= last && ts.joined(k); k++ {
				if r.referentNoun[ts.key(k)] {
					if k >= first {
						return 0, 0, false
					}
					return n, k + 1, opens || past
				}
			}
		}
	}
	return 0, 0, false
}

// pastVerb reports a lower-case word at token i ending in "ed" that a
// "has"/"have"/"had" before it makes a past participle: "has moved".
func pastVerb(ts *tokens, i int) bool {
	return i > 0 && !ts.capitalised(i) && strings.HasSuffix(ts.key(i), "ed") && ts.joined(i) &&
		(ts.key(i-1) == "has" || ts.key(i-1) == "have" || ts.key(i-1) == "had")
}

// maxFurniture is how many furniture lines proseLead reads past, and
// maxFurnitureWords how many words a furniture line has at most: a longer
// line with no full stop (a long first paragraph that ends in a quoted
// ellipsis, "... and the valley kept only the dust …”") is prose.
const (
	maxFurniture      = 8
	maxFurnitureWords = 30
)

// proseLead returns the first one or two sentences of the first prose
// paragraph of the body, as token positions [from, to), when the body opens
// with furniture lines the lead (ending at leadEnd) does not reach past: a
// release's date, its issuer's name, ("Tembo" or "the Company"), its ticker
// line and headline, each a short line with no full stop. Otherwise it
// returns an empty span.
func proseLead(ts *tokens, sents []int32, bodyStart, leadEnd int) (int, int) {
	n := len(ts.toks)
	i := 0
	for i < n && int(ts.toks[i].start) < bodyStart {
		i++
	}
	for lines := 0; i < n && lines <= maxFurniture; lines++ {
		e := i + 1
		for e < n && strings.IndexByte(ts.src[ts.toks[e-1].end:ts.toks[e].start], '\n') < 0 {
			e++
		}
		end := len(ts.src)
		if e < n {
			end = int(ts.toks[e].start)
		}
		tail := strings.TrimSpace(ts.src[ts.toks[e-1].end:end])
		if strings.ContainsAny(tail, ".!?") || strings.ContainsAny(tail, text.FullWidthStops) {
			if lines == 0 || i < leadEnd {
				return 0, 0
			}
			to := i + 1
			for to < n && !ts.toks[to].para && sents[to]-sents[i] < 2 {
				to++
			}
			return i, to
		}
		if e-i > maxFurnitureWords {
			return 0, 0 // a long line with no full stop is prose, not furniture
		}
		i = e
	}
	return 0, 0
}

// leadAcross returns where the lead's second sentence starts and one past
// the last token of the body's first two
// sentences when the lead (from token position bodyStart to leadEnd) is a
// single sentence that ends its paragraph (a one-sentence wire or release
// opening): the next paragraph's first sentence is the second sentence of
// the lead the labelling convention reads (docs/labelling.md, 1).
// Heading lines before that paragraph's sentence are not part of it
// (headingLine): the second sentence starts after them, at the first
// token returned. Otherwise it returns leadEnd twice.
func leadAcross(ts *tokens, sents []int32, bodyStart, leadEnd int) (int, int) {
	first := -1
	for i := range ts.toks {
		if int(ts.toks[i].start) >= bodyStart {
			first = i
			break
		}
	}
	if first < 0 || leadEnd <= first || leadEnd >= len(ts.toks) || sents[first] != sents[leadEnd-1] || !ts.toks[leadEnd].para {
		return leadEnd, leadEnd
	}
	from := leadEnd
	for lines := 0; lines < maxFurniture; lines++ {
		next, ok := headingLine(ts, from)
		if !ok {
			break
		}
		from = next
	}
	if from >= len(ts.toks) {
		return leadEnd, leadEnd
	}
	e := from + 1
	for e < len(ts.toks) && sents[e] == sents[from] && !ts.toks[e].para {
		e++
	}
	return from, e
}

// headingLine reports the paragraph starting at token i as a heading line
// the lead is counted after (docs/labelling.md, 1): one short line of
// capitalised words, tickers and figures with no sentence stop, as a
// round-up heads each stock ("QUOLL MINING CORP (ASX:QML)", "Locksley
// Resources (ASX:LKY)"). It returns the token that starts the next
// paragraph. A line with a lower-case word is prose ("Quoll Mining (ASX:
// QML) shares are up 8%").
func headingLine(ts *tokens, i int) (int, bool) {
	const maxHeadingWords = 8
	n := len(ts.toks)
	e := i + 1
	for e < n && !ts.toks[e].para {
		e++
	}
	if e >= n || e-i > maxHeadingWords {
		return 0, false
	}
	if strings.IndexByte(ts.src[ts.toks[i].start:ts.toks[e-1].end], '\n') >= 0 ||
		strings.ContainsAny(ts.src[ts.toks[e-1].end:ts.toks[e].start], ".!?") {
		return 0, false
	}
	for k := i; k < e; k++ {
		if ts.gap(k+1) == "." && k+1 < e || !ts.capitalised(k) && !ts.allCaps(k) && !ts.has(k, fDigitInit) {
			return 0, false
		}
	}
	return e, true
}

// secondLeadSentence returns the sentence id of the lead's second sentence
// when the lead's first sentence names a company, or -1: a company named
// only there is context, not what the item is about.
func secondLeadSentence(ts *tokens, hits []hit, sents []int32, bodyStart, leadEnd int) int {
	first := -1
	for i := range ts.toks {
		if int(ts.toks[i].start) >= bodyStart {
			first = i
			break
		}
	}
	if first < 0 || leadEnd <= first || sents[leadEnd-1] == sents[first] {
		return -1
	}
	for _, h := range hits {
		if h.src == 1 && h.pos >= first && sents[h.pos] == sents[first] {
			return int(sents[leadEnd-1])
		}
	}
	return -1
}

// namesIn reports a body hit whose first token is at or after the token
// that starts at byte offset from, and before token end.
func namesIn(ts *tokens, hits []hit, from, end int) bool {
	for _, h := range hits {
		if h.src == 1 && h.pos < end && int(ts.toks[h.pos].start) >= from {
			return true
		}
	}
	return false
}

// minSceneWords is how many words a one-sentence first paragraph needs to
// be a lead that sets the scene for the next paragraph's company, rather
// than a short aside ("Prices rose.").
const minSceneWords = 12

// oneCompanyIn reports whether the body hits between tokens from and end
// name exactly one company (in one pass: a hostile item's sentence can
// name thousands).
func oneCompanyIn(hits []hit, from, end int) bool {
	name := ""
	for _, h := range hits {
		if h.src != 1 || h.pos < from || h.pos >= end {
			continue
		}
		if name != "" && h.name != name {
			return false
		}
		name = h.name
	}
	return name != ""
}

// describedInLead returns the countries of a company the lead describes
// by nationality without naming it ("A Chinese resources outfit is to take
// over ...", "contracts with a Chinese-led consortium"): "a" or "an", a
// nationality adjective, alone or with "-led", "-owned" or "-backed", and
// a company noun within three words after it, before the lead names any
// company. It returns nil when there is none.
func (d *Dictionary) describedInLead(ts *tokens, hits []hit, inLead func(int) bool) []string {
	firstBody := len(ts.toks)
	for _, h := range hits {
		if h.src == 1 {
			firstBody = h.pos
			break
		}
	}
	for i := 1; i < len(ts.toks); i++ {
		if !inLead(i) {
			if inLead(i - 1) {
				break
			}
			continue
		}
		if firstBody < i {
			return nil // the lead has named a company: the description may be its
		}
		countries, ok := d.roles.nationality[ts.key(i)]
		if !ok || !indefiniteBefore(ts, i) {
			continue
		}
		k := i + 1
		if k < len(ts.toks) && ts.gap(k) == "-" && d.words.nationalityLink[ts.key(k)] {
			k++
		}
		for e := k; e < len(ts.toks) && e <= k+2 && ts.joined(e) && !foundAt(hits, 1, e); e++ {
			if d.words.described[ts.key(e)] || ts.key(e) == "consortium" || ts.key(e) == "outfit" {
				return countries
			}
		}
	}
	return nil
}

// nationalBefore reports a nationality or country of countries in the five
// words before naming h, in its sentence: "The Shanghai-listed Chinese
// firm, Zhejiang Huayou", "Hong Kong-based CBC Investment".
func (d *Dictionary) nationalBefore(ts *tokens, sents []int32, h hit, countries []string) bool {
	for k := h.pos - 1; k >= 0 && k >= h.pos-5 && sents[k] == sents[h.pos]; k-- {
		key := ts.key(k)
		for _, c := range d.roles.nationality[key] {
			if slices.Contains(countries, c) {
				return true
			}
		}
		for _, c := range countries {
			if first, _, _ := strings.Cut(c, " "); key == first {
				return true
			}
		}
	}
	return false
}

// indefiniteBefore reports "a" or "an" opening the phrase of token i, at
// most one word before it: "a Chinese", "an Australian-listed".
func indefiniteBefore(ts *tokens, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2 && ts.joined(k+1); k-- {
		if key := ts.key(k); key == "a" || key == "an" {
			return true
		}
	}
	return false
}

// fromCountry reports whether dictionary company c is registered in one of
// countries (nationalities' country names, lower case).
func (d *Dictionary) fromCountry(c int, countries []string) bool {
	country := strings.ToLower(d.companies[c].Country)
	if country == "" {
		return false
	}
	for _, n := range countries {
		if strings.Contains(country, n) {
			return true
		}
	}
	return false
}

// describedInTitle returns the countries of a company the title names
// only by nationality, as the other party of its news, after a preposition
// (title_nationality_prepositions, an article allowed between): a
// nationality adjective before a company noun (described_nouns,
// title_described_nouns) with no company named at or right after it
// ("signs MoU with Chinese importer"), a nationality that ends the title
// ("sale of the mine to Chinese"), or a Spanish, Portuguese or French
// company noun before a nationality ("contrato con empresa china"). A
// title's actor described so ("German smelter restarts ...") is not read:
// the item's own company, named in the body without the nationality as
// often as with it. It returns nil when there is none.
func (d *Dictionary) describedInTitle(tt *tokens, hits []hit) []string {
	n := len(tt.toks)
	// Most titles hold no nationality: look for one before reading where
	// the title names companies (one pass over the hits, not one a token).
	national := false
	for i := 0; i < n && !national; i++ {
		_, adj := d.roles.nationality[tt.key(i)]
		national = adj || d.roles.latinNational[tt.key(i)]
	}
	if !national {
		return nil
	}
	named := make([]bool, n+1)
	for _, h := range hits {
		if h.src == 0 {
			for k := h.pos; k < h.end && k < n; k++ {
				named[k] = true
			}
		}
	}
	for i := 0; i < n; i++ {
		if named[i] {
			continue
		}
		key := tt.key(i)
		if countries, ok := d.roles.nationality[key]; ok {
			if !d.prepBefore(tt, i) {
				continue
			}
			if i == n-1 {
				return countries
			}
			k := i + 1
			if k < n && tt.gap(k) == "-" && d.words.nationalityLink[tt.key(k)] {
				k++
			}
			for e := k; e < n && e <= k+1 && tt.joined(e) && !named[e]; e++ {
				if (d.words.described[tt.key(e)] || d.roles.titleNoun[tt.key(e)]) && !named[e+1] {
					return countries
				}
			}
			continue
		}
		if i > 0 && d.roles.latinNational[key] && d.roles.latinNoun[tt.key(i-1)] && tt.joined(i) && !tt.capitalised(i) && d.prepBefore(tt, i-1) && !named[i+1] {
			if countries := d.latinCountries(key); countries != nil {
				return countries
			}
		}
	}
	return nil
}

// prepBefore reports a title preposition (title_nationality_prepositions)
// right before token i, or before an article right before it: "with
// Chinese", "to a Chinese", "con la empresa".
func (d *Dictionary) prepBefore(tt *tokens, i int) bool {
	if i > 0 && d.roles.titlePrep[tt.key(i-1)] && tt.joined(i) {
		return true
	}
	return i > 1 && d.roles.titleArticle[tt.key(i-1)] && tt.joined(i) && d.roles.titlePrep[tt.key(i-2)] && tt.joined(i-1)
}

// latinPrefix is how many letters a Spanish, Portuguese or French
// nationality shares with its country's English name: "chino", "chinas"
// and "china"; "canadiense" and "canada".
const latinPrefix = 4

// latinCountries returns the countries (nationalities' lower-case names)
// whose first word opens with the same latinPrefix letters as the Latin
// nationality k, or nil: "chinas" is China, "estatal" no country.
func (d *Dictionary) latinCountries(k string) []string {
	if len(k) < latinPrefix {
		return nil
	}
	var out []string
	for c := range d.roles.country {
		if len(c) >= latinPrefix && c[:latinPrefix] == k[:latinPrefix] {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return out
}

// titleNationalBefore is nationalBefore that also reads a Spanish,
// Portuguese or French nationality in the five words before naming h ("la
// firma china X", "el consorcio chino X").
func (d *Dictionary) titleNationalBefore(ts *tokens, sents []int32, h hit, countries []string) bool {
	if d.nationalBefore(ts, sents, h, countries) {
		return true
	}
	for k := h.pos - 1; k >= 0 && k >= h.pos-5 && sents[k] == sents[h.pos]; k-- {
		if key := ts.key(k); d.roles.latinNational[key] {
			for _, c := range d.latinCountries(key) {
				if slices.Contains(countries, c) {
					return true
				}
			}
		}
	}
	return false
}
