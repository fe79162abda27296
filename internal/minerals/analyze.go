package minerals

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/lode-reader/lode/internal/text"
)

// Doc is an item's text by part, as Analyze weighs it.
type Doc = text.Doc

// Parts of an item, as reported in Found.Where.
const (
	InTitle      = "title"
	InHighlights = "highlights"
	InLead       = "lead"
	InBody       = "body"
)

// Found is one mineral an item names, with the evidence for it.
type Found struct {
	// Tag is the mineral's tag (Mineral.Tag).
	Tag string
	// Subject is true when the item is about the mineral: named in the
	// title, the publisher's highlights or the lead, or in two sentences of
	// the body (three for strict minerals such as copper), other than as an
	// example ("minerals such as ...") or in a list of four or more, or
	// when the item is about one of its children (dysprosium makes rare
	// earths a subject), or when the title names a group it belongs to and
	// the body names it once ("heavy rare earths" and "dysprosium oxide").
	Subject bool
	// Where are the parts of the item that name it (InTitle, InHighlights,
	// InLead, InBody), in that order.
	Where []string
	// Count is how many times the item names it.
	Count int
	// Note says why a named mineral is not a subject, or "via X" for a tag
	// implied by its child X.
	Note string
}

const (
	noteDescriptor  = "describes a company (\"copper miner\")"
	noteOnce        = "named in passing in the body"
	noteList        = "one of a list"
	noteExample     = "named as an example"
	noteLinks       = "on a line of links to other articles"
	noteBusiness    = "a company's business line"
	noteNegated     = "named as what the item is not about, or in a comparison"
	noteByProduct   = "a by-product"
	noteFooter      = "in a release's boilerplate (About ...)"
	noteContext     = "named beside another mineral the item is about"
	noteTrailing    = "named only after another mineral (\"rare earth and tungsten district\")"
	noteDetail      = "named once in an item about its parent mineral"
	noteSlate       = "named only in its parent's product slate (\"NdPr, dysprosium and terbium oxides\")"
	noteInput       = "an input of a product (\"feed of NdPr metal\", \"dysprosium use\")"
	noteComposition = "a share of a resource or basket (\"NdPr makes up 23% of TREO\")"
	noteAnalysis    = "in the publisher's analysis or takeaway"
	noteCompanyNews = "named in the title only as a company, with no news of its own"
	noteGrade       = "named as a chemistry's grade (\"high-nickel cathode\")"
	noteSideLine    = "a company's other business, in an item whose title is about another mineral"
	noteGovernance  = "the business of the company or mine of a Party, safety or governance item"
	notePriceLink   = "the index a contract's price is linked to (\"pricing linked to the NdPr oxide price\")"
)

// composition reports that the mineral at word i is named as a share of a
// basket or a resource's grade: in a sentence about a basket ("NdPr makes
// up 23% of TREO") or a deposit ("the deposit is rich in dysprosium"). A
// product's grade is its supply, and counts: "a mixed carbonate rich in
// dysprosium and terbium", "the concentrate carries a high share of
// dysprosium" (heldout8, heldout10 and heldout17, written blind by three
// authors, label those subjects).
func (s *Set) composition(src string, words []word, i int) bool {
	for k := sentenceStart(words, i); k < len(words) && words[k].sentence == words[i].sentence; k++ {
		// a resource word, not after a name ("the Bear Lodge deposit")
		if s.compositionWords[words[k].key] || s.rules&ruleResource != 0 && s.resourceWords[words[k].key] && !words[k].upper &&
			(k == 0 || !words[k-1].upper || !words[k].joined || s.determiners[words[k-1].key]) && !s.specGrade(src, words, k) {
			return true
		}
	}
	return false
}

// specGrade reports a resource word at k hyphened to the word before it: a
// product's specification ("automotive-grade magnets", "commercial-grade
// terbium oxide", "battery-grade"), not a deposit's grade.
func (s *Set) specGrade(src string, words []word, k int) bool {
	return s.rules&ruleGradeSpec != 0 && k > 0 && words[k].joined && src[words[k-1].end:words[k].start] == "-"
}

// hanCompanyName reports whether the mineral of n words at word i is
// written in Han script inside a company's name: right after another Han
// character and right before one of han_company_words ("华友钴业", "某某
// 钨业股份有限公司", "某某锂业集团"), not one of han_business_words ("锂业务").
func (s *Set) hanCompanyName(words []word, i, n int) bool {
	e := i + n
	if i == 0 || e >= len(words) || !words[i].joined || !words[e].joined || !hanWord(words[i-1].text) ||
		!hanWord(words[i].text) || words[i-1].sentence != words[i].sentence {
		return false
	}
	at := func(list [][]string) bool {
		for _, ks := range list {
			if e+len(ks) > len(words) {
				continue
			}
			ok := true
			for k, key := range ks {
				if w := words[e+k]; w.key != key || !w.joined {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
		return false
	}
	return at(s.hanCompany) && !at(s.hanBusiness)
}

// hanWord reports whether a word is written in Han script (one character
// a word).
func hanWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return text.IsHan(r)
}

// describesCompany reports a company noun after a mineral that ends at word
// e, directly ("copper miner") or after "and"/"or" and other minerals
// ("uranium and rare earth producer").
func (s *Set) describesCompany(words []word, e int) bool {
	k := s.headAfter(words, e, 6, func(key string) bool { return s.descriptors[key] }, nil)
	if k >= 0 && (k == e || s.conj(words[e].key)) {
		return true
	}
	// "high-nickel cathode makers", "a U.S. uranium and critical minerals
	// producer", "a nickel-cobalt explorer": across product words and
	// other minerals, to a company noun (docs/labelling.md, 9); and across
	// a business line ("a nickel mining company", "a rare earth processing
	// firm"), as a business noun is reached (ruleLineSpan).
	lines := s.rules&ruleLineSpan != 0
	return s.rules&ruleProductSpan != 0 && s.headAfter(words, e, 5,
		func(key string) bool { return s.descriptors[key] || s.companyNouns[key] },
		func(key string) bool { return s.productWords[key] || lines && s.lineWords[key] }) >= 0
}

// headAfter finds, among the span words from e that are joined to the one
// before, the first whose key is a head, passing over "and", "or", other
// minerals and words skip allows; it returns the head's index, or -1 when
// another word comes first.
func (s *Set) headAfter(words []word, e, span int, head, skip func(string) bool) int {
	for k := e; k < len(words) && k < e+span && words[k].joined; k++ {
		key := words[k].key
		if head(key) {
			return k
		}
		if s.conj(key) || (skip != nil && skip(key)) {
			continue
		}
		if ph, ok := s.matchAt(words, k); ok {
			k += len(ph.keys) - 1
			continue
		}
		return -1
	}
	return -1
}

// exampleCue reports one of example_cues (one word, or two ending at word
// j: "such as", "tales como") at word j: the minerals after it are not
// what the sentence is about. A cue after one of example_cue_blockers up
// to six words before it in its sentence compares rather than gives
// examples ("tanto el litio como el cobre", "así como el cobre": both,
// as well as).
func (s *Set) exampleCue(words []word, j int) bool {
	k := words[j].key
	if !s.exampleCues[k] && (j == 0 || !s.lastWords[k] || !s.exampleCues[words[j-1].key+" "+k]) {
		return false
	}
	for b := j - 1; b >= 0 && b >= j-6 && words[b].sentence == words[j].sentence; b-- {
		if s.exampleBlockers[words[b].key] {
			return false
		}
	}
	return true
}

// otherWord reports a guarded one-word name (homograph) at word i read as
// the other language's word by its neighbours in its sentence: "cobre
// uma área" (covers), "que cobre".
func (s *Set) otherWord(words []word, i int) bool {
	if !s.cues.May(words[i].key) {
		return false
	}
	g, ok := s.homographs[words[i].key]
	if !ok {
		return false
	}
	return i+1 < len(words) && words[i+1].joined && words[i+1].sentence == words[i].sentence && g.before[words[i+1].key] ||
		i > 0 && words[i].joined && words[i-1].sentence == words[i].sentence && g.after[words[i-1].key]
}

// conj reports a word for "and" or "or" in any of the languages read
// (and_words, or_words).
func (s *Set) conj(k string) bool { return s.cues.May(k) && s.conjWords[k] }

// isAnd reports a word for "and" (and_words).
func (s *Set) isAnd(k string) bool { return s.cues.May(k) && s.andWords[k] }

// chemistryBefore reports one of chemistry_before (one word, or two) right
// before the mineral at word i and joined to it: "iones de litio",
// "ion-lithium", "baterai ion litium" name a battery chemistry, as
// "lithium-ion" does.
func (s *Set) chemistryBefore(words []word, i int) bool {
	if i == 0 || !words[i].joined || !s.cues.May(words[i-1].key) {
		return false
	}
	if s.chemistryPre[words[i-1].key] {
		return true
	}
	return i >= 2 && words[i-1].joined && s.lastWords[words[i-1].key] && s.chemistryPre[words[i-2].key+" "+words[i-1].key]
}

// maxChemistryName is the most words a chemistry name may have: the walk
// back from a mineral to where a chemistry name holding it may start is
// bounded by it.
const maxChemistryName = 8

// chemistryName returns one past the last word of a chemistry name
// (chemistry_names) that holds the mineral named at words i to i+n, its
// words written on together (spaces or hyphens between them) in one
// sentence, or 0 for none: "lithium iron phosphate", "fosfato de hierro
// y litio", "nickel-manganese-cobalt".
func (s *Set) chemistryName(words []word, i, n int) int {
	if s.rules&ruleChemistryName == 0 || len(s.chemistryNames) == 0 {
		return 0
	}
	for st := max(i-maxChemistryName+1, 0); st <= i; st++ {
		if !s.chemistryFirst.May(words[st].key) {
			continue
		}
		for _, keys := range s.chemistryNames[words[st].key] {
			e := st + len(keys)
			if e < i+n || e > len(words) {
				continue
			}
			ok := true
			for k := range keys {
				if words[st+k].key != keys[k] || k > 0 && (!words[st+k].joined || words[st+k].sentence != words[st].sentence) {
					ok = false
					break
				}
			}
			if ok {
				return e
			}
		}
	}
	return 0
}

// namesDeposit reports a deposit noun (deposit_nouns) at word e, right
// after a mineral: "the Nolans Neodymium-Praseodymium Project".
func (s *Set) namesDeposit(words []word, e int) bool {
	return e < len(words) && words[e].joined && words[e].upper && s.depositNouns[words[e].key]
}

// namesDepositBefore reports a deposit noun written before its commodity
// (deposit_nouns_before) at word i-1, right before a mineral at i: "il
// Progetto Litio Tessaro", "el Proyecto Litio Tessaro".
func (s *Set) namesDepositBefore(words []word, i int) bool {
	return i > 0 && words[i].joined && words[i-1].upper && s.depositBefore[words[i-1].key]
}

// titleCase reports a word written with a capital and then lower case
// ("Lithium"), as in names; "NdPr" and "REE" are not.
func titleCase(s string) bool {
	first := true
	for _, r := range s {
		if first {
			if !unicode.IsUpper(r) {
				return false
			}
			first = false
			continue
		}
		if unicode.IsUpper(r) {
			return false
		}
	}
	return !first
}

// hitT is one naming of a mineral: its tag, the part of the item (0 title,
// 1 highlights, 2 lead, 3 body), its sentence and word, and why it does not
// count ("" when it does).
type hitT struct {
	tag, part, sent, pos int
	end                  int // one past its last word
	demote               string
	group                uint64
	quantity             bool // "tonnes of cobalt", "70% of the NdPr oxide"
	trailing             bool // right after "another mineral and": "rare earth and tungsten district"
	follower             bool // right after "another mineral and": "dysprosium and terbium"
	leader               int  // the other mineral of a follower, -1 when unknown
	paired               bool // right before "and another mineral"
	asCompany            bool // in the title, before a company noun ("Jiangxi tungsten group")
	asSite               bool // in the title, before a company or site noun ("Dayu tungsten mine")
	ownNews              bool // beside a word for its own news ("tungsten output", "exports of rare earths")
	anchored             bool // in the title, hyphened to another mineral or beside its own news ("copper-cobalt miner", "copper output climbs")
	members              bool // in the sentence after a lead that names a category of minerals (ruleCategoryLead)
}

// scanBuf is the memory one scan of Analyze reuses: its words, hits, the
// hits' list marks and a sentence's tags.
type scanBuf struct {
	words  []word
	hits   []hitT
	listed []bool
	tags   []int
}

// listSize is how many distinct minerals one sentence names before they
// count as a list.
const listSize = 4

// Analyze returns the minerals doc names, subjects first, each group in
// order of first appearance; nil when none.
func (s *Set) Analyze(doc Doc) []Found {
	return s.AnalyzeText(text.New(doc))
}

// AnalyzeText is Analyze of an item's text already split into words
// (shared with the classifier and company detection).
func (s *Set) AnalyzeText(t *text.Text) []Found {
	type tally struct {
		count, good int
		sents       []int
		where       [4]bool
		note        string
		first       int
		titleName   bool // named in the title only inside a company's name
		alone       bool // named once other than as a place's second commodity, or in the title
		leads       bool // named once other than right after "another mineral and", or in the title
		solo        bool // named once in no pair ("dysprosium" alone, not "dysprosium and terbium")
		leader      int  // the mineral it follows in its last pair
		quantity    bool // a body sentence gives a quantity of it ("6,000 tonnes of cobalt")
		named       int  // sentences outside the title that name it: 0, 1 or 2 (two or more)
		namedSent   int  // the first of them
		withOther   bool // a sentence outside the title names it with another mineral
		apart       bool // a sentence outside the title names it without the rest of its parent's basket
		boosted     bool // a subject by a group or a cue in the title, not by its own namings
		news        bool // a sentence outside the title naming it has a news word ("output", "prices")
		ownNews     bool // a naming in the highlights or lead, or two in the body, are beside a word for its own news ("tungsten output")
		ownNewsSent int  // one past the first body sentence with such a naming, 0 for none
		headFigure  bool // a naming in the highlights or the lead gives its price, purity or output ("dysprosium oxide at $900/kg", "production of NdPr metal")
		spelt       bool // a body naming spells out a group named just before it ("the heavy rare earths dysprosium and terbium")
		unspelt     bool // a body naming does not
	}
	tallies := make([]*tally, len(s.minerals))
	seq := 0
	var groupsNamed uint64 // groups the title names ("heavy rare earths")
	// freed marks minerals the title or a highlight writes as "X-free".
	freed := make([]bool, len(s.minerals))
	// graded marks minerals named as a grade of a chemistry ("high-nickel
	// cathode", "nickel-rich material").
	graded := make([]bool, len(s.minerals))
	// titleCompany marks minerals the title names as a company's name
	// ("Northern Rare Earth", "Jiangxi tungsten group");
	// titleOther those it also names otherwise.
	titleCompany, titleOther := make([]bool, len(s.minerals)), make([]bool, len(s.minerals))
	// titleMineral marks minerals the title names other than as a company
	// or a site ("Dayu tungsten mine", "rare earth unit").
	titleMineral := make([]bool, len(s.minerals))
	// count tallies one more hit of tag in part, the first hit of a tag
	// giving it its place in the order tags are returned.
	count := func(tag, part int) *tally {
		t := tallies[tag]
		if t == nil {
			t = &tally{first: seq * 2}
			seq++
			tallies[tag] = t
		}
		t.count++
		t.where[part] = true
		return t
	}
	// pairing records how hit h names its mineral with another ("rare
	// earth and tungsten district", "dysprosium and terbium").
	pairing := func(t *tally, h hitT) {
		t.alone = t.alone || !h.trailing || h.part == 0
		t.leads = t.leads || !h.follower || h.part == 0
		t.solo = t.solo || !h.follower && !h.paired
		if h.follower {
			t.leader = h.leader
		}
	}
	var analysisFrom int // where the split analysis or takeaway starts in the body
	// siteAt is where the title's site noun after a mineral starts ("At a
	// Baotou rare earth plant, Party members ..."), -1 for none: the site is
	// no news word of the title.
	siteAt := -1
	// chemCued marks minerals a chemistry name holds ("lithium iron
	// phosphate"): nil until one does.
	var chemCued []bool
	// govTitle is set after the title's scan: a Party-building or
	// governance title, whose body namings are read for their own news.
	govTitle := false
	scan := func(ws *text.Words, title bool, hlEnd, bodyStart int, sentBase int) int {
		var midHL, midEnd int // a highlights list further down the body
		if !title && s.rules&ruleLaterHighlights != 0 {
			midHL, midEnd = s.laterHighlights(ws.Src, bodyStart)
		}
		buf := s.scratch.Get().(*scanBuf)
		defer s.scratch.Put(buf)
		words := fromWords(ws, buf.words)
		buf.words = words
		s.sentences(ws.Src, words, sentBase)
		ls := text.LeadStart(ws.Src, bodyStart)
		if s.rules&ruleFurniture != 0 {
			ls = s.skipFurniture(ws.Src, ls)
		}
		lead := leadEnd(words, ls)
		named := lead // a lead naming a category reaches its next sentence
		if !title && s.rules&ruleCategoryLead != 0 {
			named = s.categoryLead(words, ls, lead)
		}
		foot := len(ws.Src)
		if !title {
			foot = s.footerStart(ws.Src, bodyStart)
		}
		comment := len(ws.Src) // the publisher's analysis or takeaway
		if !title && s.rules&ruleAnalysis != 0 {
			comment = s.analysisStart(ws.Src, lead, words, analysisFrom)
		}
		hits := buf.hits[:0]
		defer func() { buf.hits = hits[:0] }()
		links := text.NewLinkLines(ws.Src) // words are read in text order: each line once
		for i := 0; i < len(words); i++ {
			if !s.filter.May(words[i].key) {
				continue // most words: no name starts there (matchAt's first test, inlined)
			}
			ph, ok := s.matchAt(words, i)
			if !ok {
				continue
			}
			n := len(ph.keys)
			w := &words[i]
			if ph.titleOnly && !title {
				i += n - 1
				continue // "through the state company LitioMx": the company, in the body
			}
			if ph.symbol && !gradeUnit(ws.Src, words, i) {
				continue // "2 Co. units": a number, but no grade
			}
			if n == 1 && ph.exact == "" && s.otherWord(words, i) {
				continue // "a licença cobre uma área": Portuguese "covers", not copper
			}
			if e := i + n; e < len(words) && words[e].joined && words[e].key == "free" && words[e].start > words[e-1].end {
				if title || w.start < hlEnd || w.start >= midHL && w.start < midEnd {
					s.free(freed, ph) // the item is about doing without it
				}
				i += n
				continue // "cobalt-free LFP", "rare-earth-free magnets"
			}
			if e := i + n; s.rules&ruleChemistry != 0 && e < len(words) && words[e].joined && s.chemistryWords[words[e].key] {
				i += n
				continue // "lithium-ion battery anode materials": a battery chemistry
			}
			if s.rules&ruleChemistry != 0 && s.chemistryBefore(words, i) {
				i += n - 1
				continue // "baterías de iones de litio", "batteries ion-lithium": a battery chemistry
			}
			if e := s.chemistryName(words, i, n); e > 0 {
				// "lithium iron phosphate cathode", "fosfato de hierro y
				// litio": a chemistry, not the mineral. It counts for
				// nothing, but it makes one sentence of the mineral's own
				// elsewhere enough ("signed lithium carbonate supply deals").
				if chemCued == nil {
					chemCued = make([]bool, len(s.minerals))
				}
				for k := i; k < e; k++ {
					if q, ok := s.matchAt(words, k); ok {
						chemCued[q.tag] = true
					}
				}
				i = e - 1
				continue
			}
			if s.rules&ruleGrade != 0 && ph.exact == "" && s.gradeName(ws.Src, words, i, n) {
				graded[ph.tag] = true
				i += n - 1
				continue // "high-nickel cathode", "nickel-rich material": a chemistry's grade
			}
			if !title && ph.exact == "" && titleCase(w.text) && i > 0 && words[i].sentence == words[i-1].sentence && !s.compounds[w.key] &&
				!s.namesDeposit(words, i+n) && !s.namesDepositBefore(words, i) && !s.productName(words, i, n) && !s.capitalNoun(words, i, n) {
				i += n - 1
				continue // "Ganfeng Lithium", "with Uranium One", "the Rare Earth Industry Association"; not a German compound ("Die Urananlage")
			}
			if title && ph.exact == "" && titleCase(words[i+n-1].text) && i > 0 && words[i].joined && words[i-1].upper &&
				possessiveAfter(ws.Src, words[i+n-1].end) {
				i += n - 1
				continue // "Take Control of Xiamen Tungsten's Rare Earth Arm": an owner's name
			}
			if title && ph.exact == "" && titleCase(w.text) && i > 0 && words[i].joined && words[i-1].upper &&
				!s.namesDepositBefore(words, i) && s.nameInBody(t.BodyWords.Src, ws.Src[words[i-1].start:words[i+n-1].end], s.rules&ruleTitleName != 0) {
				// "Xiamen Tungsten turns ..." over a body that writes "Xiamen
				// Tungsten Co., Ltd.": the title names the company; it counts
				// for the mineral only when the body names the mineral itself.
				count(ph.tag, 0).titleName = true
				titleCompany[ph.tag] = true
				i += n - 1
				continue
			}
			// "Jiangxi tungsten group launches ...", "Southern rare earth
			// producer races ...": the title names a company by the mineral.
			// It counts as a naming, but not as one beyond the company's name.
			asCompany := false
			if e := i + n; title && s.rules&ruleCompanyNews != 0 && ph.exact == "" && e < len(words) && words[e].joined &&
				s.titleCompanyNouns[words[e].key] && (i == 0 || !possessiveAfter(ws.Src, words[i-1].end)) {
				titleCompany[ph.tag] = true
				asCompany = true
			}
			// A lower-case company word ("du", "de", "para") only after a
			// capitalised mineral word: "Lithium du Mali", "Litio para
			// México", not "el litio de Bolivia" (session 33).
			if e := i + n; e < len(words) && words[e].joined && s.companyWords[words[e].key] && ph.exact == "" &&
				(words[e].upper || e+1 < len(words) && words[e+1].joined && words[e+1].upper && titleCase(w.text)) {
				if title {
					titleCompany[ph.tag] = true
				}
				i += n - 1
				continue
			}
			if ph.exact == "" && s.hanCompanyName(words, i, n) {
				// "某某钴业", "某某钨业股份有限公司": a company's name. In the
				// title it counts for the mineral only when the body names
				// the mineral itself, as "Xiamen Tungsten" does. Not
				// titleCompany: news_words are not Chinese, so no Chinese
				// sentence could show the mineral's own news.
				if title {
					count(ph.tag, 0).titleName = true
				}
				i += n - 1
				continue
			}
			h := hitT{tag: ph.tag, sent: w.sentence, pos: i, end: i + n, group: ph.group, leader: -1, asCompany: asCompany}
			if s.rules&ruleGovernance != 0 {
				if title {
					h.asSite = ph.exact == "" && s.siteAfter(words, i+n)
					if h.asSite {
						siteAt = words[i+n].start
					}
				} else if govTitle {
					h.ownNews = s.ownNews(words, i, n)
				}
			}
			if title && s.rules&ruleStrictTitle != 0 && s.minerals[ph.tag].Strict {
				// "... 186 Metres of 1.65% CuEq": a grade of its own
				h.anchored = s.compound(ws.Src, words, i, n) || s.ownNews(words, i, n) || ph.symbol
			}
			// "produced 2,140 tonnes of cobalt and 31,500 tonnes of
			// copper cathode": a strict mineral with a figure of its own
			// is its own news, beside another mineral too.
			if !title && s.rules&ruleOwnFigure != 0 && s.minerals[ph.tag].Strict && s.figureOf(ws.Src, words, i) {
				h.anchored = true
			}
			if e := i + n; e+1 < len(words) && s.isAnd(words[e].key) && words[e].joined {
				if q, ok := s.matchAt(words, e+1); ok && q.tag != ph.tag {
					h.paired = true
				}
			}
			if i >= 2 && s.isAnd(words[i-1].key) && words[i-1].joined && words[i-1].sentence == w.sentence {
				if p, ok := s.matchAt(words, i-2); ok && p.tag != ph.tag || prevIsMineralWord(s, words, i-2) {
					h.follower = true
					h.leader = -1
					for k := i - 2; k >= 0 && k >= i-5; k-- {
						if q, ok := s.matchAt(words, k); ok && k+len(q.keys) == i-1 {
							h.leader = q.tag
							break
						}
					}
					h.trailing = i+len(ph.keys) < len(words) && s.placeNouns[words[i+len(ph.keys)].key]
				}
			}
			if !title && s.rules&ruleQuantity != 0 && !s.minerals[ph.tag].Strict {
				h.quantity = s.quantityOf(words, i)
			}
			if !title && links.On(words[i].start) {
				h.demote = noteLinks
			}
			switch {
			case title:
				h.part = 0
			case w.start < hlEnd || w.start >= midHL && w.start < midEnd:
				h.part = 1
			case w.start >= bodyStart && i < named:
				h.part = 2
				h.members = i >= lead
			default:
				h.part = 3
			}
			// "state copper miner Codelco", "the U.S. uranium and rare earth
			// producer": the mineral describes a company (docs/labelling.md, 9).
			if !title && s.describesCompany(words, i+n) {
				h.demote = noteDescriptor
			}
			// "NdPr makes up 23% of the basket", "rich in dysprosium and
			// terbium": a grade, not the element's own price, output or
			// supply (docs/labelling.md, 11).
			if !title && h.demote == "" && s.parent[ph.tag] >= 0 && s.composition(ws.Src, words, i) {
				h.demote = noteComposition
			}
			// "pricing is linked to the NdPr oxide price": the index a
			// contract's price follows, not the element's own price
			// (docs/labelling.md, 11).
			if !title && h.demote == "" && s.parent[ph.tag] >= 0 && s.rules&rulePriceLink != 0 && s.priceLink(words, i) {
				h.demote = notePriceLink
			}
			// "Carina would produce a mixed carbonate rich in dysprosium and
			// terbium": a planned product's grade, not the child's own output
			// or supply (docs/labelling.md, 11).
			if !title && h.demote == "" && s.parent[ph.tag] >= 0 && s.rules&rulePlanned != 0 && s.plannedGrade(words, i) {
				h.demote = noteComposition
			}
			if !title && h.demote == "" {
				switch {
				case w.start >= foot:
					h.demote = noteFooter
				case h.part == 3 && w.start >= comment:
					h.demote = noteAnalysis
				case s.businessLine(words, i+n):
					h.demote = noteBusiness
				case s.byProduct(words, i, n):
					h.demote = noteByProduct
				case s.rules&ruleInput != 0 && s.input(words, i, n, h.part == 3):
					h.demote = noteInput
				}
			}
			// "minerals such as lithium and cobalt"
			for j := i - 1; j >= 0 && words[j].sentence == w.sentence && j >= i-8; j-- {
				k := words[j].key
				if h.demote != "" {
					break
				}
				if s.exampleCue(words, j) || s.rules&ruleIncludes != 0 && (k == "includes" || k == "include") {
					h.demote = noteExample
					break
				}
				if !title && (s.negation[k] || j > 0 && s.lastWords[k] && s.negation[words[j-1].key+" "+k]) {
					h.demote = noteNegated
					break
				}
				// "the", "el", "du" may stand between a cue and the mineral
				// ("como el litio", "contrairement au lithium")
				if s.cues.May(k) && s.passWords[k] {
					continue
				}
				if _, isMineral := s.matchAt(words, j); isMineral {
					continue
				}
				if prevIsMineralWord(s, words, j) {
					continue
				}
				break
			}
			hits = append(hits, h)
			i += n - 1
		}
		// Lists: a sentence naming listSize or more distinct minerals (but
		// not one family only, with ruleFamilyList).
		// hits come in sentence order: count each sentence's tags once.
		listed := buf.listed[:0]
		for range hits {
			listed = append(listed, false)
		}
		buf.listed = listed
		for a := 0; a < len(hits); {
			b := a
			tags := buf.tags[:0]
			for ; b < len(hits) && hits[b].sent == hits[a].sent; b++ {
				if !containsInt(tags, hits[b].tag) {
					tags = append(tags, hits[b].tag)
				}
			}
			// "praseodymium-neodymium metal and dysprosium-terbium alloy for
			// NdFeB magnets" names one family only: not a list of four
			if s.rules&ruleFamilyList != 0 && s.oneFamily(hits[a:b]) {
				tags = tags[:1]
			}
			// "Rare earth oxides, gallium, germanium and antimony are named
			// as first-priority materials": a list that opens a sentence of
			// the title, the highlights or the lead is what it is about.
			opens := false
			if s.rules&ruleListOpens != 0 && len(tags) >= listSize && hits[a].pos-sentenceStart(words, hits[a].pos) <= 1 {
				opens = title || words[hits[a].pos].start < hlEnd || words[hits[a].pos].start >= midHL && words[hits[a].pos].start < midEnd ||
					hits[a].pos < named && words[hits[a].pos].start >= bodyStart
			}
			for k := a; k < b; k++ {
				listed[k] = len(tags) >= listSize && !opens
			}
			buf.tags = tags
			a = b
		}
		// newsIn depends only on the sentence, and hits are in text order:
		// the last sentence's answer is kept, so a sentence naming many
		// minerals is read once, not once per naming.
		newsSent, newsHas := -1, false
		newsOf := func(p int) bool {
			if words[p].sentence != newsSent {
				newsSent, newsHas = words[p].sentence, s.newsIn(words, p)
			}
			return newsHas
		}
		for hi, h := range hits {
			if !title && h.demote == "" && listed[hi] {
				h.demote = noteList
			}
			// "The country's minerals, including lithium, are a heritage":
			// the one mineral a title, highlight or lead sentence names,
			// even as an example, is what it is about.
			// "Heavy rare earths like dysprosium and terbium remain 100%
			// import-dependent": so are a group's examples in a sentence
			// naming that family only and giving them a price, a purity or
			// an import share (ruleFamilyExample); "heavy rare earths like
			// dysprosium are critical to magnets" keeps its examples.
			// "Cabinet bans exports of some critical minerals. They are
			// lithium, graphite and ...": the sentence after a lead that
			// names a category says which minerals the news is about, so
			// its examples are not demoted (ruleCategoryLead); a list of
			// listSize or more ("materials such as copper, lithium, nickel,
			// cobalt and rare earths are essential") still is, unless the
			// sentence states a trade measure on them ("the export of
			// certain minerals such as lithium ore, cobalt, graphite and
			// rare earths is prohibited").
			if h.members && (h.demote == noteExample && !listed[hi] ||
				(h.demote == noteExample || h.demote == noteList) && listed[hi] && s.measureIn(words, h.pos)) {
				h.demote = ""
			}
			if h.demote == noteExample && h.part < 3 {
				if sole, family := s.soleInSentence(hits, hi); sole ||
					family && s.rules&ruleFamilyExample != 0 && s.priceOrPurity(ws.Src, words, h.pos) {
					h.demote = ""
				}
			}
			// "Congolese cobalt and copper will no longer enrich ...": a
			// strict mineral beside another mineral in the title, the
			// highlights or the lead is context; in the lead and the
			// highlights it counts as one body sentence.
			// "Zimbabwe's lithium, platinum and gold belong to the people":
			// any mineral listed with metals lode does not tag in the
			// highlights or the lead is one of several too.
			// "Lualaba governor suspends Kambove copper-cobalt miner", "CMOC
			// unit exports first cobalt, copper output climbs": a strict
			// mineral the title hyphens to another or gives its own news
			// is news of its own.
			if h.demote == "" && (h.part < 3 && !h.anchored && s.minerals[h.tag].Strict && (s.besideOther(hits, hi) || s.listedWithMetal(words, h.pos)) ||
				s.rules&ruleMetalList != 0 && (h.part == 1 || h.part == 2) && s.listedWithMetal(words, h.pos)) {
				t := count(h.tag, h.part)
				pairing(t, h)
				if t.note == "" {
					t.note = noteContext
				}
				if !title {
					t.sents = addSent(t.sents, h.sent)
				}
				continue
			}
			t := count(h.tag, h.part)
			pairing(t, h)
			if !title && h.demote != noteComposition {
				switch {
				case t.named == 0:
					t.named, t.namedSent = 1, h.sent
				case t.namedSent != h.sent:
					t.named = 2
				}
			}
			if !title && s.withOther(hits, hi) {
				t.withOther = true
				t.apart = t.apart || figureNear(words, h.pos) // "recovered 71% of NdPr and 64% of dysprosium and terbium"
			} else if !title {
				t.apart = true
			}
			if h.demote != "" {
				if t.note == "" {
					t.note = h.demote
				}
				// "Shenghe, a Shanghai-listed rare earth company, ...": the
				// lead or a highlight describing a company by the mineral
				// counts as one body sentence (not for strict copper: "copper
				// producer" describes many a company).
				if h.demote == noteDescriptor && (h.part == 1 || h.part == 2) && !s.minerals[h.tag].Strict {
					t.sents = addSent(t.sents, h.sent)
				}
				continue
			}
			if s.rules&(ruleCompanyNews|ruleChildNews) != 0 && !t.news && newsOf(h.pos) {
				t.news = true
			}
			// own news in the highlights or the lead, or in two body
			// sentences ("one body sentence of output" in a Party readout
			// is not its news, docs/labelling.md 9)
			if h.ownNews {
				switch {
				case h.part < 3 || t.ownNewsSent > 0 && t.ownNewsSent != h.sent+1:
					t.ownNews = true
				case t.ownNewsSent == 0:
					t.ownNewsSent = h.sent + 1
				}
			}
			// "Dysprosium oxide fetched $880/kg", "started large-scale
			// production of NdPr metal": a child's own price, purity or
			// output in a highlight or the lead
			if (h.part == 1 || h.part == 2) && s.rules&ruleHeadFigure != 0 && s.parent[h.tag] >= 0 &&
				(h.quantity || s.priceOrPurity(ws.Src, words, h.pos)) {
				t.headFigure = true
			}
			if h.part < 3 {
				t.good++
				if h.part == 0 {
					groupsNamed |= h.group
					titleOther[h.tag] = titleOther[h.tag] || !h.asCompany
					titleMineral[h.tag] = titleMineral[h.tag] || !h.asCompany && !h.asSite
				}
			} else {
				t.sents = addSent(t.sents, h.sent)
				if s.rules&ruleGroupExamples != 0 && s.speltOut(hits, hi) {
					t.spelt = true
				} else {
					t.unspelt = true
				}
				t.quantity = t.quantity || h.quantity
				// "We model first separated NdPr and Dy/Tb oxide in 2H28": a
				// body sentence naming the whole basket names its parent.
				if p := s.parent[h.tag]; p >= 0 && s.rules&ruleBasketParent != 0 && s.withOther(hits, hi) {
					pt := tallies[p]
					if pt == nil {
						pt = &tally{first: seq * 2}
						seq++
						tallies[p] = pt
					}
					pt.where[3] = true
					pt.sents = addSent(pt.sents, h.sent)
				}
			}
		}
		if len(words) == 0 {
			return sentBase
		}
		return words[len(words)-1].sentence + 1
	}
	scan(&t.TitleWords, true, 0, 0, 0)
	// a title with a news word of its own ("... to close four small
	// separation plants") is news whatever names its mineral
	titleNews := false
	if s.rules&(ruleCompanyNews|ruleGovernance) != 0 {
		for i := range t.TitleWords.List {
			titleNews = titleNews || s.newsWords[t.TitleWords.Key(i)] &&
				!(s.rules&ruleGovernance != 0 && (rankedBelow(&t.TitleWords, i) || int(t.TitleWords.List[i].Start) == siteAt ||
					s.rules&ruleSiteWhere != 0 && s.siteNouns[t.TitleWords.Key(i)] && locative(&t.TitleWords, i)))
		}
	}
	// a Party-building, safety or governance title ("... holds study
	// session", "... launches winter safety campaign")
	if s.rules&ruleGovernance != 0 {
		govTitle = s.governanceTitle(&t.TitleWords)
	}
	var cued []bool // minerals a title cue stands for ("magnet")
	if len(s.titleCues) > 0 {
		for i := range t.TitleWords.List {
			for _, m := range s.titleCues[t.TitleWords.Key(i)] {
				if cued == nil {
					cued = make([]bool, len(s.minerals))
				}
				cued[m] = true
			}
		}
	}
	var ae int
	// The analysis (or, without one, the takeaway) when the feed path split
	// it from the body.
	analysisFrom, ae = t.Range(text.Analysis)
	if analysisFrom == ae {
		analysisFrom, ae = t.Range(text.Takeaway)
	}
	if analysisFrom == ae {
		analysisFrom = len(t.BodyWords.Src)
	}
	hl := s.bodyHighlights(t.BodyWords.Src, t.HighlightsEnd())
	scan(&t.BodyWords, false, hl, hl, 0)

	subject := make([]bool, len(s.minerals))
	for i, t := range tallies {
		if t == nil {
			continue
		}
		need := 2
		if s.minerals[i].Strict {
			need = 3
		}
		// "Kamoto Copper Company resumes cobalt exports": strict copper in a
		// company's name in the title needs two body sentences of its own.
		nameNeed := 1
		if s.minerals[i].Strict && s.rules&ruleStrictName != 0 {
			nameNeed = 2
		}
		subject[i] = t.good > 0 || len(t.sents) >= need || t.titleName && len(t.sents) >= nameNeed || t.quantity && len(t.sents) > 0
	}
	// ownGroups are the title's groups a member is a subject of on its own
	// namings: "Heavy Rare Earths" over a lead on dysprosium oxide is about
	// dysprosium, and terbium's one later sentence stays a detail.
	var ownGroups uint64
	if s.rules&ruleGroupOwned != 0 {
		for i := range tallies {
			if subject[i] {
				ownGroups |= s.groupMask[i] & groupsNamed
			}
		}
	}
	var examples []bool
	if groups := groupsNamed &^ ownGroups; s.rules&ruleGroupExamples != 0 && groups != 0 {
		named := make([][]int, len(tallies))
		for i, t := range tallies {
			if t != nil && !subject[i] && t.spelt && !t.unspelt {
				named[i] = t.sents
			}
		}
		examples = s.groupExamples(named, groups)
	}
	for i, t := range tallies {
		if t == nil {
			continue
		}
		if !subject[i] && (s.groupMask[i]&groupsNamed&^ownGroups != 0 && (examples == nil || !examples[i]) || cued != nil && cued[i] || chemCued != nil && chemCued[i]) && len(t.sents) > 0 {
			subject[i] = true
			t.boosted = true
		}
		// "the Kostanay rare earth and tungsten district": a place's second
		// commodity, never named otherwise. "The circuit will separate
		// dysprosium and terbium" in the body of an item that names
		// dysprosium on its own: terbium only comes along.
		// "Northern Rare Earth arranges winter production safety work",
		// "Jiangxi tungsten group's Party committee ...": a mineral the
		// title names only as a company, with no news word beside any of
		// its other namings, is the company's business, not the item's news
		// (docs/labelling.md, 9).
		if subject[i] && s.rules&ruleCompanyNews != 0 && titleCompany[i] && !titleOther[i] && !t.news && !titleNews {
			subject[i] = false
			t.note = noteCompanyNews
		}
		// "Dayu tungsten mine puts plenary spirit into safety production",
		// "Red banner over the salt lake: Party building leads ...": in a
		// Party, safety or governance item whose title names the mineral
		// only as the company, unit or mine (or not at all), the mineral is
		// the item's news only when a naming reports its own output, price
		// or supply ("output of tungsten concentrate rose").
		if subject[i] && govTitle && !titleNews && !titleMineral[i] && !t.ownNews {
			subject[i] = false
			t.note = noteGovernance
		}
		// "Energy Fuels ships first dysprosium oxide from White Mesa": a
		// side-line mineral (uranium) the title does not name, in an item
		// whose title names another, and no highlight names, is the
		// company's other business (docs/labelling.md, 9).
		if subject[i] && s.rules&ruleSideLine != 0 && s.minerals[i].SideLine && !titleOther[i] && !t.where[1] && namesOther(titleOther, i) {
			subject[i] = false
			t.note = noteSideLine
		}
		if !t.alone && s.rules&ruleTrailing != 0 || !t.leads && t.good == 0 && s.rules&ruleFollower != 0 &&
			t.leader >= 0 && tallies[t.leader] != nil && tallies[t.leader].solo {
			if !subject[i] && t.titleName && t.note == "" {
				// "Varela Nickel to start drilling" over a body that names
				// only the company: the title's company name is the reason
				// (its naming never pairs, so it is never "alone").
				t.note = noteCompanyNews
			} else {
				t.note = noteTrailing
			}
			subject[i] = false
		}
	}
	// "L&F wins high-nickel cathode order", "supply nickel-rich cathodes to
	// automakers": a mineral named as a chemistry's grade, and otherwise at
	// most once, never in the title, is not what the item is about
	// (docs/labelling.md, 12).
	for i, t := range tallies {
		if t != nil && graded[i] && subject[i] && t.count <= 1 && !t.where[0] {
			subject[i] = false
			t.note = noteGrade
		}
	}
	// "Rare-Earth-Free, But Not Yet at Scale": an item about doing without
	// a mineral is not about it, nor about its children, unless its title
	// or lead names it otherwise ("a rare earth-free motor line" over a lead
	// on bonded rare earth magnets).
	for i, t := range tallies {
		if t == nil || !subject[i] || t.where[0] || t.where[2] {
			continue
		}
		for j := i; j >= 0; j = s.parent[j] {
			if freed[j] {
				subject[i] = false
				t.note = noteNegated
				break
			}
		}
	}
	// demoteChild makes a child a detail of its parent's story (note) when
	// rule is on and detail holds of its tally: a child never named in the
	// title nor a subject by a cue there, in an item about its parent on the
	// parent's own namings.
	demoteChild := func(rule uint, note string, detail func(t *tally) bool) {
		if s.rules&rule == 0 {
			return
		}
		for i, t := range tallies {
			p := s.parent[i]
			if t == nil || p < 0 || !subject[i] || !subject[p] || t.where[0] || t.boosted || !detail(t) ||
				tallies[p] == nil || tallies[p].good == 0 && len(tallies[p].sents) == 0 {
				continue
			}
			subject[i] = false
			t.note = note
		}
	}
	// "Pricing linked to NdPr, dysprosium and terbium oxide benchmarks",
	// "Recovered oxide includes NdPr and dysprosium": a child named in one
	// sentence only, beside another mineral.
	demoteChild(ruleChildOnce, noteDetail, func(t *tally) bool { return t.named == 1 && t.withOther })
	// "The line will separate NdPr oxide, lanthanum and cerium products",
	// "pricing referenced to dysprosium and terbium oxide benchmarks": a
	// child named in one sentence only, with no news word there (its own
	// price, output, supply) and no quantity of it (docs/labelling.md, 11).
	// A highlight or lead giving the child a figure of its own ("dysprosium
	// oxide fetches $900/kg abroad", "reached 99.5% pure NdPr") reports its
	// price, output or supply (docs/labelling.md, 11).
	demoteChild(ruleChildNews, noteDetail, func(t *tally) bool { return t.named == 1 && !t.news && !t.quantity && !t.headFigure })
	// "The refinery will separate NdPr, dysprosium and terbium oxides": a
	// child named only beside the whole rest of its parent's basket, never
	// on its own, with no quantity of it, is the parent's product slate
	// (docs/labelling.md, 11), however often the slate is repeated.
	demoteChild(ruleBasketOnly, noteSlate, func(t *tally) bool { return t.withOther && !t.apart && !t.quantity })
	via := make([]string, len(s.minerals))
	for i := range s.minerals {
		if p := s.parent[i]; p >= 0 && subject[i] && !subject[p] {
			subject[p] = true
			via[p] = s.minerals[i].Tag
			if tallies[p] == nil {
				tallies[p] = &tally{first: tallies[i].first + 1} // right after its child
			}
		}
	}
	order := make([]int, 0, len(s.minerals))
	for i, t := range tallies {
		if t != nil {
			order = append(order, i)
		}
	}
	if len(order) == 0 {
		return nil
	}
	slicesSortBy(order, func(i int) int { return tallies[i].first })
	out := make([]Found, 0, len(order))
	for pass := 0; pass < 2; pass++ {
		for _, i := range order {
			if subject[i] != (pass == 0) {
				continue
			}
			t := tallies[i]
			f := Found{Tag: s.minerals[i].Tag, Subject: subject[i], Count: t.count}
			for p, name := range [4]string{InTitle, InHighlights, InLead, InBody} {
				if t.where[p] {
					f.Where = append(f.Where, name)
				}
			}
			switch {
			case via[i] != "" && t.good == 0:
				f.Note = "via " + via[i]
			case !subject[i]:
				f.Note = t.note
				if f.Note == "" {
					f.Note = noteOnce
				}
			}
			out = append(out, f)
		}
	}
	return out
}

// namesOther reports a mineral other than i marked in named.
func namesOther(named []bool, i int) bool {
	for j, ok := range named {
		if ok && j != i {
			return true
		}
	}
	return false
}

// prevIsMineralWord reports whether word j ends a mineral name of more
// than one word ("rare earths" seen from "earths").
func prevIsMineralWord(s *Set, words []word, j int) bool {
	for k := j - 1; k >= 0 && k >= j-3; k-- {
		if ph, ok := s.matchAt(words, k); ok && k+len(ph.keys) > j {
			return true
		}
	}
	return false
}

// matchAt returns the longest mineral name starting at word i.
func (s *Set) matchAt(words []word, i int) (phrase, bool) {
	if k := words[i].key; k == "" || s.firstLen[k[0]]&(1<<(len(k)&63)) == 0 || !s.filter.May(k) {
		return phrase{}, false
	}
	for _, ph := range s.byFirst[words[i].key] {
		if i+len(ph.keys) > len(words) {
			continue
		}
		if ph.exact != "" {
			// a grade symbol right after a number: "0.47% Cu", "1.6pc Ni"
			if words[i].text == ph.exact && (!ph.symbol || s.rules&ruleGradeSymbol != 0 && i > 0 &&
				digit(words[i-1].text) && words[i-1].sentence == words[i].sentence) {
				return ph, true
			}
			continue
		}
		ok := true
		for j := 1; j < len(ph.keys); j++ {
			if w := words[i+j]; w.key != ph.keys[j] || !w.joined {
				ok = false
				break
			}
		}
		if ok {
			return ph, true
		}
	}
	return phrase{}, false
}

// addSent adds sentence v to a tally's sentences unless it is there.
// Hits come in text order, so a sentence already there is the last one;
// reading only the last keeps a body that names a mineral in every one of
// thousands of sentences linear (containsInt over the whole list made it
// grow faster than the body). A sentence out of order is looked up in full.
func addSent(list []int, v int) []int {
	if n := len(list); n > 0 && (list[n-1] == v || v < list[n-1] && containsInt(list, v)) {
		return list
	}
	return append(list, v)
}

func containsInt(list []int, v int) bool {
	for _, x := range list {
		if x == v {
			return true
		}
	}
	return false
}

func slicesSortBy(list []int, key func(int) int) {
	for i := 1; i < len(list); i++ {
		for j := i; j > 0 && key(list[j]) < key(list[j-1]); j-- {
			list[j], list[j-1] = list[j-1], list[j]
		}
	}
}

// sentences numbers the sentences of words, starting at base: a sentence
// ends at . ! ? followed by a space (not after a one-letter capital
// initial or a listed abbreviation), at a Chinese or Japanese full stop
// (text.FullWidthStops) whatever follows, or at a line break.
func (s *Set) sentences(src string, words []word, base int) {
	id := base
	for i := range words {
		if i > 0 {
			gap := src[words[i-1].end:words[i].start]
			switch {
			case gap == " ":
			case strings.Contains(gap, "\n"):
				id++
			case strings.ContainsAny(gap, text.FullWidthStops):
				// Chinese and Japanese put no space after their full
				// stops: they end a sentence whatever follows
				id++
			case strings.ContainsAny(gap, ".!?") && strings.ContainsAny(gap, " \u00A0") && !initial(words[i-1].text) &&
				!s.abbreviations[words[i-1].key]:
				id++
			}
		}
		words[i].sentence = id
	}
}

// initial reports a one-letter capital ("J. Smith"), whose full stop does
// not end a sentence; a one-letter unit does ("10,100 t. More important").
func initial(w string) bool {
	return len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z'
}

// leadEnd returns one past the last word of the lead: the first one or two
// sentences of the body's first paragraph.
func leadEnd(words []word, bodyStart int) int {
	first := -1
	for i := range words {
		if words[i].start >= bodyStart {
			first = i
			break
		}
	}
	if first < 0 {
		return 0
	}
	i := first + 1
	for i < len(words) && !words[i].para && words[i].sentence-words[first].sentence < 2 {
		i++
	}
	return i
}

// measureIn reports a trade-measure word in the sentence of word p. It is
// asked only for a naming right after a category lead, so the sentence is
// read at most once per naming there.
func (s *Set) measureIn(words []word, p int) bool {
	for i := sentenceStart(words, p); i < len(words) && words[i].sentence == words[p].sentence; i++ {
		if s.measureWords[words[i].key] {
			return true
		}
	}
	return false
}

// categoryLead returns one past the last word of the sentence after the
// lead (words ls to lead) when the lead's news is about a category of
// minerals it does not name: a category in lower case in a lead naming
// no mineral ("exports of certain critical minerals", not "X Metals
// Inc."), or "other (critical) minerals" after those it names, and the
// next sentence gives examples ("such as") or a trade measure: that
// sentence names the members the news is about ("our uranium and our
// lithium must not enrich others" after "the nation's minerals" does
// not). Otherwise it returns lead.
func (s *Set) categoryLead(words []word, ls, lead int) int {
	if lead >= len(words) {
		return lead
	}
	cat, other, mineral := false, false, false
	for i := lead - 1; i >= 0 && words[i].start >= ls; i-- {
		if s.categoryNouns[words[i].key] && !words[i].upper {
			cat = true
			other = other || i > 0 && words[i-1].key == "other" || i > 1 && words[i-2].key == "other"
		}
		if _, ok := s.matchAt(words, i); ok {
			mineral = true
		}
	}
	if !cat || mineral && !other {
		return lead
	}
	e, cue := lead, false
	for ; e < len(words) && words[e].sentence == words[lead].sentence; e++ {
		k := words[e].key
		cue = cue || s.exampleCue(words, e) || s.measureWords[k]
	}
	if !cue {
		return lead
	}
	return e
}

// businessLine reports a business noun within three words after a mineral
// that ends at word e, across "and", other minerals and line words: "its
// tungsten and battery-materials businesses", "the copper operations".
func (s *Set) businessLine(words []word, e int) bool {
	if e > 0 && e < len(words) && words[e].sentence != words[e-1].sentence {
		return false
	}
	return s.headAfter(words, e, 4, func(key string) bool { return s.businessNouns[key] },
		func(key string) bool { return s.lineWords[key] }) >= 0
}

// byProduct reports "cobalt as a valuable by-product", "by-product cobalt",
// "el cobalto, un subproducto del cobre": a by-product (by_products, one
// word or two joined ones ending at the word) named within four words
// after the mineral (n words from i) or right before it, in the same
// sentence.
func (s *Set) byProduct(words []word, i, n int) bool {
	isBy := func(k int) bool {
		if k < 0 || k >= len(words) || words[k].sentence != words[i].sentence {
			return false
		}
		key := words[k].key
		if !s.cues.May(key) {
			return false
		}
		return s.byProducts[key] || k > 0 && words[k].joined && s.lastWords[key] && s.byProducts[words[k-1].key+" "+key]
	}
	for k := i + n; k < len(words) && k < i+n+5; k++ {
		if isBy(k) {
			return true
		}
	}
	return isBy(i - 1)
}

// soleInSentence reports that hits[hi] is the only mineral its sentence
// names (sole: "the country's minerals, including lithium, are a
// heritage"), or, for a child, that the sentence names its parent and
// otherwise only the parent's children (family: "heavy rare earths like
// dysprosium and terbium remain import-dependent"; not "recovered oxide
// includes NdPr and dysprosium", which does not name the parent).
func (s *Set) soleInSentence(hits []hitT, hi int) (sole, family bool) {
	p := s.parent[hits[hi].tag]
	sole = true
	for j, o := range hits {
		if j == hi || o.sent != hits[hi].sent || o.tag == hits[hi].tag {
			continue
		}
		if p < 0 || o.tag != p && s.parent[o.tag] != p {
			return false, false
		}
		sole, family = false, family || o.tag == p
	}
	return sole, family
}

// besideOther reports another, non-strict mineral named in the sentence of
// hits[hi] (the title is one sentence).
// listedWithMetal reports the one-word mineral at word p listed with a
// metal lode does not tag: "gold, silver and copper", "copper and zinc".
func (s *Set) listedWithMetal(words []word, p int) bool {
	metal := func(j int) bool {
		if j < 0 || j >= len(words) || words[j].sentence != words[p].sentence {
			return false
		}
		if s.otherMetals[words[j].key] {
			return true
		}
		// "lithium, platinum group metals and rare earth projects"
		return s.rules&ruleMetalGroup != 0 && words[j].key == "metals" && j >= 2 &&
			(s.otherMetals[words[j-1].key] || s.otherMetals[words[j-2].key] && words[j-1].joined) && words[j].joined
	}
	conj := func(j int) bool { return j >= 0 && j < len(words) && s.conj(words[j].key) }
	// a comma between: "silver, copper", "copper, zinc"
	if metal(p-1) && !words[p].joined || p+1 < len(words) && metal(p+1) && !words[p+1].joined {
		return true
	}
	return conj(p-1) && metal(p-2) || conj(p+1) && metal(p+2)
}

// withOther reports that the sentence of hits[hi] names every child of
// its parent, three or more: "NdPr, dysprosium and terbium oxide
// benchmarks", "magnet rare earths (NdPr, Dy, Tb)" (the basket, not one of
// its members).
func (s *Set) withOther(hits []hitT, hi int) bool {
	p := s.parent[hits[hi].tag]
	if p < 0 || s.children[p] < 3 {
		return false
	}
	n := 0
	for j, o := range hits {
		if o.sent != hits[hi].sent || s.parent[o.tag] != p {
			continue
		}
		first := true
		for _, e := range hits[:j] {
			if e.sent == o.sent && e.tag == o.tag {
				first = false
				break
			}
		}
		if first {
			n++
		}
	}
	return n == s.children[p]
}

func (s *Set) besideOther(hits []hitT, hi int) bool {
	for _, o := range hits {
		if o.sent == hits[hi].sent && o.tag != hits[hi].tag && !s.minerals[o.tag].Strict {
			return true
		}
	}
	return false
}

// bodyHighlights returns where a list of highlights opening the body at
// start ends: after a heading line ("Highlights", "Key points:") and the
// bulleted and blank lines under it, at the first line of text. It returns
// start when the body opens otherwise.
func (s *Set) bodyHighlights(src string, start int) int {
	if end, ok := s.highlightBlock(src, start); ok && end < len(src) {
		return end
	}
	return start // no list, or all bullets: no body to tell them from
}

// laterHighlights returns the span of a list of highlights under a heading
// line further down the body, after its first paragraph (an ASX release's
// "Highlights" after the announcement's opening sentence), as the feed
// path's extractor lifts it; 0, 0 when there is none.
func (s *Set) laterHighlights(src string, start int) (int, int) {
	p := strings.Index(src[start:], "\n\n")
	if p < 0 {
		return 0, 0
	}
	for off := start + p; off < len(src); {
		nl := strings.IndexByte(src[off:], '\n')
		if nl < 0 {
			break
		}
		off += nl + 1
		if end, ok := s.highlightBlock(src, off); ok {
			return off, end
		}
	}
	return 0, 0
}

// highlightBlock reads a heading line from highlight_headings at off (after
// blank lines) and the bulleted and blank lines under it; it returns where
// they end (the first line of text, or the end of src) and whether there
// was such a heading with at least one bullet.
func (s *Set) highlightBlock(src string, off int) (int, bool) {
	for off < len(src) && (src[off] == '\n' || src[off] == ' ' || src[off] == '\r' || src[off] == '\t') {
		off++
	}
	nl := strings.IndexByte(src[off:], '\n')
	if nl < 0 || nl > 40 {
		return 0, false
	}
	head := strings.ToLower(strings.TrimSuffix(strings.TrimSpace(src[off:off+nl]), ":"))
	if !s.hlHeadings[strings.TrimSpace(head)] {
		return 0, false
	}
	bullets := 0
	for off += nl + 1; off < len(src); {
		end := strings.IndexByte(src[off:], '\n')
		if end < 0 {
			end = len(src) - off
		}
		line := strings.TrimLeft(src[off:off+end], " \t")
		switch {
		case strings.TrimSpace(line) == "":
		case isBullet(line):
			bullets++
		default:
			return off, bullets > 0
		}
		off += end + 1
	}
	return len(src), bullets > 0
}

// input reports a mineral (n words from i) named as what a product is made
// from: an input cue right after it, across its form ("dysprosium use per
// magnet", "NdPr metal feed"), or before it with "of" ("feed of NdPr
// metal", "the use of dysprosium").
func (s *Set) input(words []word, i, n int, body bool) bool {
	k := i + n
	if s.rules&ruleCoordInput != 0 {
		// "dysprosium and terbium use per magnet", "the use of cobalt and
		// nickel": a cue on a pair of minerals is on both.
		i, k = s.coordStart(words, i), s.coordEnd(words, k)
	}
	if k < len(words) && s.inputForms[words[k].key] && words[k].joined {
		k++
	}
	if k < len(words) && words[k].joined && s.inputCues[words[k].key] {
		return true
	}
	j := i - 1
	if j >= 0 && s.quantityFillers[words[j].key] {
		j--
	}
	if j >= 1 && words[j].key == "of" && words[j-1].sentence == words[i].sentence && s.inputCues[words[j-1].key] {
		return true
	}
	// "Dysprosium-free grades still require neodymium and praseodymium":
	// in the body, a verb of need just before it (in the lead or the
	// highlights, "automakers will need more lithium" is the news).
	if body && s.rules&ruleInputVerb != 0 {
		for j := i - 1; j >= 0 && j >= i-2 && words[j].sentence == words[i].sentence; j-- {
			if s.inputVerbs[words[j].key] {
				return true
			}
		}
	}
	return false
}

// coordStart returns the first word of the pair or run of minerals joined
// by "and" or "or" that the mineral at word i ends ("dysprosium and
// terbium" from "terbium").
func (s *Set) coordStart(words []word, i int) int {
	for i >= 2 && words[i].joined && s.conj(words[i-1].key) && words[i-1].joined {
		p := -1
		for k := i - 2; k >= 0 && k >= i-4; k-- {
			if ph, ok := s.matchAt(words, k); ok && k+len(ph.keys) == i-1 {
				p = k
				break
			}
		}
		if p < 0 {
			break
		}
		i = p
	}
	return i
}

// coordEnd returns one past the last word of the pair or run of minerals
// joined by "and" or "or" that a mineral ending at word e opens
// ("dysprosium and terbium use" from "dysprosium").
func (s *Set) coordEnd(words []word, e int) int {
	for e+1 < len(words) && words[e].joined && s.conj(words[e].key) && words[e+1].joined {
		ph, ok := s.matchAt(words, e+1)
		if !ok {
			break
		}
		e += 1 + len(ph.keys)
	}
	return e
}

// newsIn reports a news word ("output", "prices", "exports") in the
// sentence of word p.
func (s *Set) newsIn(words []word, p int) bool {
	for k := sentenceStart(words, p); k < len(words) && words[k].sentence == words[p].sentence; k++ {
		if s.newsWords[words[k].key] || s.newsAbroad[words[k].key] {
			return true
		}
	}
	return false
}

// governanceTitle reports a Party-building, safety or governance title: one
// with a governance word (capitalised when the data file writes it so:
// "Party", not "the ruling party") and no state body word ("provincial
// Party committee" is a state body's policy, not a company's readout) or
// sector word ("... in strategic minerals sector" is a sector's policy).
func (s *Set) governanceTitle(ws *text.Words) bool {
	gov := false
	for i := range ws.List {
		k := ws.Key(i)
		if s.stateBodyWords[k] || s.rules&ruleSectorTitle != 0 && s.sectorWords[k] {
			return false
		}
		if capital, ok := s.governanceWords[k]; ok && (!capital || ws.List[i].Flags&text.UpperInit != 0) {
			gov = true
		}
	}
	return gov
}

// free marks the mineral ph names as one the item is about doing without
// ("cobalt-free"); a group's name marks the group's members instead
// ("heavy-rare-earth-free magnets" do without dysprosium and terbium, not
// rare earths).
func (s *Set) free(freed []bool, ph phrase) {
	if ph.group == 0 || s.rules&ruleGroupFree == 0 {
		freed[ph.tag] = true
		return
	}
	for j, m := range s.groupMask {
		if m&ph.group != 0 {
			freed[j] = true
		}
	}
}

// compound reports a mineral (n words from i) joined by a hyphen to
// another mineral: "copper-cobalt", "nickel-cobalt".
func (s *Set) compound(src string, words []word, i, n int) bool {
	if e := i + n; e < len(words) && src[words[e-1].end:words[e].start] == "-" {
		if ph, ok := s.matchAt(words, e); ok && ph.exact == "" {
			return true
		}
	}
	if i == 0 || src[words[i-1].end:words[i].start] != "-" {
		return false
	}
	_, ok := s.matchAt(words, i-1)
	return ok || prevIsMineralWord(s, words, i-1)
}

// gradeName reports a mineral (n words from i) written as a chemistry's
// grade, joined by a hyphen: after a grade prefix ("high-nickel") or before
// a grade suffix ("nickel-rich", "nickel-based"), or as the first of a
// pair the suffix ends ("dysprosium and terbium-rich").
func (s *Set) gradeName(src string, words []word, i, n int) bool {
	if i > 0 && s.gradePrefixes[words[i-1].key] && src[words[i-1].end:words[i].start] == "-" {
		return true
	}
	e := i + n
	if e < len(words) && s.gradeSuffixes[words[e].key] && src[words[e-1].end:words[e].start] == "-" {
		return true
	}
	// "dysprosium and terbium-rich carbonate": the suffix on a pair is on both
	if s.rules&ruleCoordGrade == 0 || e+1 >= len(words) || !words[e].joined || !s.conj(words[e].key) {
		return false
	}
	q, ok := s.matchAt(words, e+1)
	f := e + 1 + len(q.keys) // one step only: a long chain of "and" stays linear
	return ok && q.exact == "" && f < len(words) && s.gradeSuffixes[words[f].key] && src[words[f-1].end:words[f].start] == "-"
}

// siteAfter reports a company or site noun right after a title's mineral
// that ends at word e ("Dayu tungsten mine", "rare earth unit", "Jiangxi
// tungsten group").
func (s *Set) siteAfter(words []word, e int) bool {
	return e < len(words) && words[e].joined && (s.titleCompanyNouns[words[e].key] || s.siteNouns[words[e].key])
}

// ownNews reports a word for the mineral's own news beside its naming (n
// words from i): after it, across its forms ("tungsten concentrate
// output", "rare earth exports"), or before it with "of" ("output of
// tungsten", "exports of the rare earth oxide").
func (s *Set) ownNews(words []word, i, n int) bool {
	k := i + n
	for f := 0; f < 2 && k < len(words) && words[k].joined && s.inputForms[words[k].key]; f++ {
		k++
	}
	if k < len(words) && words[k].joined && s.ownNewsWords[words[k].key] {
		return true
	}
	j := i - 1
	if j >= 0 && s.quantityFillers[words[j].key] {
		j--
	}
	return j >= 1 && words[j].key == "of" && words[j-1].sentence == words[i].sentence && s.ownNewsWords[words[j-1].key]
}

// oneFamily reports hits that all name one mineral or its children
// ("NdPr, dysprosium and terbium for rare earth magnets").
func (s *Set) oneFamily(hits []hitT) bool {
	root := func(t int) int {
		if p := s.parent[t]; p >= 0 {
			return p
		}
		return t
	}
	for _, h := range hits {
		if root(h.tag) != root(hits[0].tag) {
			return false
		}
	}
	return true
}

// priceOrPurity reports a price or a purity at most eight words from word
// p, in its sentence: a number (text.FigureAt: its decimals and groups are
// one figure) after a currency sign ("$900/kg") or with a unit word right
// after it (figure_units: "610 yuan", "99.5% pure"). "rose 2%" or "40% less
// dysprosium per magnet" are neither.
func (s *Set) priceOrPurity(src string, words []word, p int) bool {
	for k := max(p-8, 0); k < len(words) && k <= p+8; k++ {
		if words[k].sentence != words[p].sentence || !digit(words[k].text) {
			continue
		}
		f, _ := text.FigureAt(src, words[k].start)
		if f.Currency {
			return true
		}
		j := k + 1
		for j < len(words) && words[j].start < f.End {
			j++ // the figure's other groups: bounded by its length
		}
		if j < len(words) && words[j].sentence == words[p].sentence && s.figureUnits[words[j].key] {
			return true
		}
	}
	return false
}

// gradeUnit reports a percent or a parts-per unit on the number before
// word i: "0.47% Cu", "1.6pc Ni", "350ppm Sb".
func gradeUnit(src string, words []word, i int) bool {
	f, ok := text.FigureAt(src, words[i-1].start)
	return ok && (f.Percent || strings.EqualFold(f.Unit, "ppm"))
}

// digit reports a word that opens with a digit: a number, however it is
// written on (figureNear and figureOf take any number, a year or a count
// too, where priceOrPurity and gradeUnit read the figure's signs).
func digit(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// figureNear reports a number in the sentence of word p, within 40 words
// of it (bounded, so a hostile run-on sentence stays linear): a basket
// sentence with figures ("recovered 71% of NdPr and 64% of dysprosium and
// terbium") reports each child's own result.
func figureNear(words []word, p int) bool {
	for k := max(p-40, 0); k < len(words) && k <= p+40; k++ {
		if words[k].sentence == words[p].sentence && digit(words[k].text) {
			return true
		}
	}
	return false
}

// sentenceStart returns the first word of the sentence of word p.
func sentenceStart(words []word, p int) int {
	for p > 0 && words[p-1].sentence == words[p].sentence {
		p--
	}
	return p
}

// quantityOf reports a quantity of the mineral at word i: a quantity noun
// or a number, then "of" ("6,000 tonnes of cobalt", "70% of the NdPr
// oxide", "a high share of NdPr", "output of praseodymium-neodymium
// oxide"). A body sentence that weighs or counts a mineral is about it.
func (s *Set) quantityOf(words []word, i int) bool {
	j := s.ofBefore(words, i, 1)
	if j < 0 {
		return false
	}
	q := words[j-1].key
	return s.quantityNouns[q] || digit(q)
}

// ofBefore returns the index of the "of" right before the mineral at word
// i (a quantity filler such as "contained" may stand between), when the
// back words before that "of" are in the mineral's sentence; -1 otherwise.
// quantityOf and figureOf read those words.
func (s *Set) ofBefore(words []word, i, back int) int {
	j := i - 1
	if j >= 0 && s.quantityFillers[words[j].key] {
		j--
	}
	if j < back || words[j].key != "of" || words[j-back].sentence != words[i].sentence {
		return -1
	}
	return j
}

// priceLink reports a link verb and "to" (price_link_verbs: "linked to",
// "pegged to") at most four words before the child mineral at word i, in
// its sentence: "pricing is linked to the NdPr oxide price", "pegged to
// published NdPr, dysprosium and terbium benchmarks" name the index an
// offtake's price follows.
func (s *Set) priceLink(words []word, i int) bool {
	for k := i - 1; k >= 1 && k >= i-5 && words[k].sentence == words[i].sentence; k-- {
		if words[k].key == "to" && words[k-1].sentence == words[i].sentence && s.priceLinkVerbs[words[k-1].key] {
			return true
		}
	}
	return false
}

// plannedGrade reports the child mineral at word i named as a planned
// product's grade: a rich word and "in" at most four words before it (across
// "the", "and" and other minerals: "rich in the heavy rare earths dysprosium
// and terbium"), and a plan word earlier in its sentence ("would produce a
// mixed carbonate rich in dysprosium", "a plant designed to produce a
// concentrate rich in terbium"). A present product's grade ("the company
// produces a carbonate rich in dysprosium") is its supply, and stays.
func (s *Set) plannedGrade(words []word, i int) bool {
	k := i - 1
	for ; k >= 1 && k >= i-5 && words[k].sentence == words[i].sentence; k-- {
		if words[k].key == "in" && s.richWords[words[k-1].key] {
			break
		}
	}
	if k < 1 || k < i-5 || words[k].key != "in" || !s.richWords[words[k-1].key] || words[k-1].sentence != words[i].sentence {
		return false
	}
	for j := k - 2; j >= 0 && j >= k-40 && words[j].sentence == words[i].sentence; j-- {
		if s.planWords[words[j].key] {
			return true
		}
	}
	return false
}

// productName reports a capitalised mineral (n words from i) in a body
// sentence that names a product, not a company: the phrase ends in a
// lower-case word ("Cobalt hydroxide") or a lower-case product form follows
// it ("Quintuple Zero Green Lithium concentrate"). A company's name goes on
// in capitals or ends there ("Ganfeng Lithium said", "Lithium Americas").
func (s *Set) productName(words []word, i, n int) bool {
	if s.rules&ruleProductName == 0 {
		return false
	}
	e := i + n
	if n > 1 && !words[e-1].upper {
		return true
	}
	if e < len(words) && words[e].joined && !words[e].upper && s.productForms[words[e].key] {
		return true
	}
	// "shipped 8,000 tonnes of Battery Grade Lithium Hydroxide", "of
	// Spodumene Concentrate": a release's capitalised product after a
	// lower-case word (across capitalised product words), with no company
	// word after the form ("in Lithium Hydroxide Corp" stays a name).
	j := i
	for j > 1 && j > i-4 && words[j].joined && words[j-1].upper && s.productWords[words[j-1].key] {
		j--
	}
	if words[j-1].upper || !words[j].joined || words[j-1].sentence != words[i].sentence {
		return false
	}
	f := e
	switch {
	case n > 1 && s.productForms[words[e-1].key]:
	case e < len(words) && words[e].joined && s.productForms[words[e].key]:
		f = e + 1
	default:
		return false
	}
	return f >= len(words) || !words[f].joined || !s.companyWords[words[f].key]
}

// capitalNoun reports a one-word mineral written with a capital between
// lower-case words of its sentence: the noun, not a company's name. The
// Spanish press capitalises the policy's noun ("la nacionalización del
// Litio", "no hay Litio, que ..."), German every noun ("das Uran aus dem
// Becken"); a name has a capitalised word beside it ("Ganfeng Lithium",
// "Uranium One"), and a lower-case company word followed by a capital
// ("Litio para Todos") is left to the company-word rule, and a capital
// before a name link to an institution's name ("Corporación Nacional del
// Cobre").
func (s *Set) capitalNoun(words []word, i, n int) bool {
	if s.rules&ruleCapitalNoun == 0 || n != 1 || i == 0 || !words[i].joined || words[i-1].upper ||
		words[i-1].sentence != words[i].sentence {
		return false
	}
	if i > 1 && s.nameLinks[words[i-1].key] && words[i-1].joined && words[i-2].upper && words[i-2].sentence == words[i].sentence {
		return false
	}
	e := i + 1
	return e >= len(words) || !words[e].joined || words[e].sentence != words[i].sentence || !words[e].upper
}

// figureOf reports a figure and its unit right before the mineral at word
// i, across "of" and a quantity filler: "31,500 tonnes of copper",
// "12,000 t of contained copper", or the unit written on the figure
// ("27,000t of copper", "12kt of copper": text.FigureAt reads it). A
// figure alone ("3% of copper") or a unit with no figure ("tonnes of
// copper") is not one.
func (s *Set) figureOf(src string, words []word, i int) bool {
	j := s.ofBefore(words, i, 1)
	if j < 0 {
		return false
	}
	if u := words[j-1]; digit(u.text) {
		f, _ := text.FigureAt(src, u.start)
		return f.Unit != "" && !f.Percent
	}
	return j >= 2 && words[j-2].sentence == words[i].sentence && digit(words[j-2].text)
}

// skipFurniture moves the lead's start at off past the lines of a release's
// furniture that text.LeadStart leaves: a line in brackets ("("Mkwaja" or
// the "Company")", "(AIM: MKWA)"), a short line with no sentence end (a
// headline under the dateline) and, with ruleDisclaimer, an exchange's
// disclaimer of responsibility (a Hong Kong announcement's first line),
// when a line of text follows. It reads at most maxFurniture lines.
func (s *Set) skipFurniture(src string, off int) int {
	for n := 0; n < maxFurniture && off < len(src); n++ {
		nl := strings.IndexByte(src[off:], '\n')
		if nl < 0 {
			return off
		}
		line := strings.TrimSpace(src[off : off+nl])
		next := off + nl + 1
		for next < len(src) && (src[next] == '\n' || src[next] == ' ' || src[next] == '\r' || src[next] == '\t') {
			next++
		}
		if next >= len(src) || !furnitureLine(line) && !s.disclaimerLine(line) {
			return off
		}
		off = next
	}
	return off
}

// maxFurniture bounds the lines skipFurniture reads: a Hong Kong
// announcement's disclaimer, English and Chinese names, place of
// incorporation, stock code and two heading lines make seven.
const maxFurniture = 8

// disclaimerLine reports a line of at most 400 bytes holding one of the
// exchange disclaimers (any case), with ruleDisclaimer.
func (s *Set) disclaimerLine(line string) bool {
	if s.rules&ruleDisclaimer == 0 || len(line) > 400 {
		return false
	}
	for _, d := range s.disclaimers {
		if containsFold(line, d) {
			return true
		}
	}
	return false
}

// containsFold reports whether s holds the lower-case ASCII phrase p in
// any case, without allocating. An ASCII phrase can only match where s
// has its first letter in either case (a longer rune folding to it, like
// the Kelvin sign, leaves the rest of the window too short for an ASCII
// p), so only those places are compared.
func containsFold(s, p string) bool {
	c, u := byte(0), byte(0)
	if isASCII(p) && p != "" {
		c, u = p[0], p[0]
		if 'a' <= c && c <= 'z' {
			u = c - 'a' + 'A'
		}
	}
	for i := 0; i+len(p) <= len(s); i++ {
		if (c == 0 || s[i] == c || s[i] == u) && strings.EqualFold(s[i:i+len(p)], p) {
			return true
		}
	}
	return false
}

// furnitureLine reports a line in brackets, or a short one (at most 15
// words: "Audited results for the twelve months ended 30 June 2026 and final
// dividend") that does not end a sentence. A line's end is its last
// character, not its last byte: a Chinese line ending in 。 (or any of
// text.FullWidthStops) and a line ending in a closing quote ” end one.
func furnitureLine(line string) bool {
	if line == "" {
		return false
	}
	if line[0] == '(' && line[len(line)-1] == ')' && len(line) < 120 {
		return true
	}
	last, _ := utf8.DecodeLastRuneInString(line)
	return strings.Count(line, " ") < 15 && !strings.ContainsRune(".!?:;,\"\u201d"+text.FullWidthStops, last)
}

// isBullet reports a line opening with a list marker and a space.
func isBullet(line string) bool {
	for _, m := range []string{"- ", "* ", "\u2022 ", "\u2013 ", "\u00b7 ", "\u25aa "} {
		if strings.HasPrefix(line, m) {
			return true
		}
	}
	return false
}

// footerStart returns the byte offset of a release's boilerplate footer in
// src: a short line of its own after the body's first paragraph (from
// bodyStart) that opens with a footer heading (footer_heads: "About Energy
// Fuels"). It returns len(src) when there is none.
func (s *Set) footerStart(src string, bodyStart int) int {
	if bodyStart > len(src) {
		return len(src)
	}
	rest := src[bodyStart:]
	first := strings.Index(rest, "\n\n")
	if first < 0 {
		return len(src)
	}
	off := bodyStart + first
	for off < len(src) {
		nl := strings.IndexByte(src[off:], '\n')
		line := src[off:]
		if nl >= 0 {
			line = src[off : off+nl]
		}
		if s.isFooterHead(strings.TrimSpace(line)) {
			return off
		}
		if nl < 0 {
			break
		}
		off += nl + 1
	}
	return len(src)
}

// isFooterHead reports a line (trimmed) that opens with one of the data
// file's footer_heads, "about" only before a capitalised word.
func (s *Set) isFooterHead(line string) bool {
	if line == "" || len(line) > 80 || strings.ContainsAny(line[len(line)-1:], ".!?,;") {
		return false
	}
	// Words as split here: "About-us" is two words, so the case of the
	// second is read from the same split.
	words := strings.Fields(strings.NewReplacer("-", " ", ":", "").Replace(line))
	if len(words) > 8 {
		return false
	}
	f := make([]string, len(words))
	for i, w := range words {
		f[i] = strings.ToLower(w)
	}
	for _, h := range s.footerHeads {
		hf := strings.Fields(h)
		if len(f) < len(hf) || h == "about" && (len(f) < 2 || !startsUpper(words[1])) {
			continue
		}
		if strings.Join(f[:len(hf)], " ") == h {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// possessiveAfter reports "'s" or "’s" at byte off of src.
func possessiveAfter(src string, off int) bool {
	rest := src[off:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "\u2019s") || strings.HasPrefix(rest, "'S") ||
		strings.HasPrefix(rest, "\u2019S")
}

// nameInBody reports whether body writes phrase (a capitalised word and a
// mineral word from the title) as the start of a longer name: followed by
// another capitalised word or a bracket ("Xiamen Tungsten Co., Ltd.",
// "China Northern Rare Earth (Group) High-Tech"). The title then names the
// company, not the mineral.
//
// With loose (round 18), the body writing the phrase mid-sentence with a
// possessive or a lower-case word after it is the name too ("Mberengwa
// Lithium this week hosted ...", "Mberengwa Lithium's manager"): in a body
// a capitalised mineral word after a capitalised word is a name, and the
// title's "Mberengwa Lithium hosts patriotic youth camp" names the company.
// A deposit noun after the phrase, in either case, makes it a deposit's
// name instead ("its Orvane-Lithium property").
func (s *Set) nameInBody(body, phrase string, loose bool) bool {
	for off := 0; ; {
		i := strings.Index(body[off:], phrase)
		if i < 0 {
			return false
		}
		rest := body[off+i+len(phrase):]
		if r := strings.TrimPrefix(rest, " "); strings.HasPrefix(r, "(") || r != rest && startsUpper(r) && !s.depositNouns[strings.ToLower(firstWord(r))] ||
			loose && (possessiveAfter(rest, 0) || r != rest && firstWord(r) != "" && !startsUpper(r) && !s.depositNouns[firstWord(r)]) {
			return true
		}
		off += i + len(phrase)
	}
}

// firstWord returns the leading run of letters of s.
func firstWord(s string) string {
	for i, r := range s {
		if !unicode.IsLetter(r) {
			return s[:i]
		}
	}
	return s
}

// analysisStart returns where the publisher's analysis or takeaway starts
// in src: at from (where the feed path put the split section), or earlier
// at a line after the lead (word lead) that opens with an analysis heading
// ("Investor Takeaway: ...", "REEx Insight:", "Why This Matters to the
// West"). It returns len(src) when there is none.
func (s *Set) analysisStart(src string, lead int, words []word, from int) int {
	off := len(src)
	if lead < len(words) {
		off = words[lead].start
	}
	for off < from {
		nl := strings.IndexByte(src[off:], '\n')
		if nl < 0 {
			nl = len(src) - off
		}
		if off == 0 || src[off-1] == '\n' {
			line := strings.TrimLeft(src[off:off+nl], " \t")
			for _, h := range s.analysisHeadings {
				if len(line) < len(h) || !strings.EqualFold(line[:len(h)], h) ||
					len(line) > len(h) && unicode.IsLetter(rune(line[len(h)])) {
					continue // not this heading ("Analysts said ..." is no "Analysis")
				}
				rest := strings.TrimLeft(line[len(h):], " ")
				if rest == "" || rest[0] == ':' || len(line) <= 80 && !strings.ContainsAny(line, ".!?") {
					return off
				}
			}
		}
		off += nl + 1
	}
	return min(from, len(src))
}

// locative reports a title's site noun (word i) that says where something
// happens: "at", "across" or "in" up to two words before it ("Campaign
// Across Baotou Plants", "at its mines"). In a governance title it is the
// campaign's place, no news of the item's.
func locative(ws *text.Words, i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if p := ws.Key(k); p == "at" || p == "across" || p == "in" {
			return true
		}
	}
	return false
}

// rankedBelow reports a title's news word ranked below politics: right
// after "before", "above" or "ahead of" ("Loyalty Comes Before Output",
// "Puts Political Security Ahead of Output"). It is no news of the item's.
func rankedBelow(ws *text.Words, i int) bool {
	if i < 1 {
		return false
	}
	p := ws.Key(i - 1)
	return p == "before" || p == "above" || p == "of" && i >= 2 && ws.Key(i-2) == "ahead"
}

// groupExamples marks the members of a title's groups (not yet owned by
// a member that is a subject on its own namings) that the body names only
// together, in one sentence, right after the group's own name: a title on
// "heavy rare earths" over "it secured supplies of the heavy rare earths
// dysprosium and terbium". Those members spell the group out and are not
// news of their own, so the title's group does not lift them
// (docs/labelling.md, 11: named once among other rare earths gives "rare
// earths" only). One member named once is still lifted ("heavy rare earths"
// over "dysprosium oxide"), and so are members the body names apart from
// the group's name ("separate the heavy carbonate into dysprosium and
// terbium oxides"). named holds, for each mineral that is not yet a subject
// and whose every body naming spells out a group, the sentences naming it.
func (s *Set) groupExamples(named [][]int, groups uint64) []bool {
	var marks []bool
	for g := groups; g != 0; g &= g - 1 {
		bit := g & -g
		if !namedTogether(named, s.groupMask, bit) {
			continue
		}
		if marks == nil {
			marks = make([]bool, len(named))
		}
		for i, ss := range named {
			if s.groupMask[i]&bit != 0 && len(ss) == 1 {
				marks[i] = true
			}
		}
	}
	return marks
}

// namedTogether reports two or more members of group bit named, each in
// one sentence only, and all in the same one.
func namedTogether(named [][]int, mask []uint64, bit uint64) bool {
	sent, n := -1, 0
	for i, ss := range named {
		if mask[i]&bit == 0 || len(ss) == 0 {
			continue
		}
		if len(ss) > 1 || sent >= 0 && ss[0] != sent {
			return false
		}
		sent = ss[0]
		n++
	}
	return n >= 2
}

// speltOut reports that hits[hi], a body naming, spells out the group the
// naming right before it names ("the heavy rare earths dysprosium and
// terbium", "heavy rare earths (dysprosium, terbium)"): the two are
// adjacent, or the run between them is other members of the same group
// joined by at most one word each. The walk back is bounded.
func (s *Set) speltOut(hits []hitT, hi int) bool {
	mask := s.groupMask[hits[hi].tag]
	if mask == 0 {
		return false
	}
	for j := hi - 1; j >= 0 && j >= hi-8; j-- {
		p, c := hits[j], hits[j+1]
		if p.sent != c.sent || c.pos-p.end > 1 {
			return false
		}
		if p.group&mask != 0 {
			return true
		}
		if s.groupMask[p.tag]&mask == 0 {
			return false
		}
	}
	return false
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
