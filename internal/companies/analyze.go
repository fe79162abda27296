package companies

import (
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/lode-reader/lode/internal/text"
)

// Doc is an item's text by part, as Analyze weighs it.
type Doc struct {
	Title string
	// Highlights are the publisher's bullet points. When HighlightsDerived
	// is set they are body sentences lode picked and are not read again.
	Highlights        []string
	HighlightsDerived bool
	Body              string
	Analysis          string
	Takeaway          string
	// Published dates the item, so a company named only by a name it had
	// already dropped is not taken as a subject (zero when unknown).
	Published time.Time
}

// Parts of an item where a name can be found, as reported in Finding.Where.
const (
	InTitle      = "title"
	InHighlights = "highlights"
	InLead       = "lead" // the first one or two sentences of the body's first paragraph
	InBody       = "body" // the rest of the body, the analysis and the takeaway
)

// Finding is one company an item names, with the evidence for what it is to
// the item (Analyze). Found, from DetectAt, is the lighter form.
type Finding struct {
	// Name is the canonical name, or for a candidate the name as written
	// (legal suffixes removed).
	Name string
	// Known is false for a candidate: a name that looks like a company
	// ("Kodal Minerals Ltd", "Kaso Minerals (ASX: KSM)") but is not in the
	// dictionary.
	Known bool
	// Subject is true when the item is about the company: it is named in the
	// title, the publisher's highlights or the lead, or in two or more
	// sentences of the body, other than as one of a list, a parent, owner,
	// shareholder, seller or bid target of someone else, or inside a quote
	// (the cue rules; data/subjects.toml can hand the call to a logistic
	// model over the same evidence, subjects.go).
	Subject bool
	// Where lists the parts that name it, in the order title, highlights,
	// lead, body.
	Where []string
	// Count is how many times the item names it.
	Count int
	// Note says why a named company is not a subject ("named once",
	// "in a list", "parent or owner", ...); empty for subjects.
	Note string
	// Former is the former name the item used when it never uses the
	// current one ("Hitachi Metals" for Proterial), with the year it was
	// dropped; Label shows both.
	Former string
	Until  int
}

// Label is how to show f: the name, or both names when the item used a
// former one ("Hitachi Metals (now Proterial)").
func (f Finding) Label() string {
	return Found{Name: f.Name, Former: f.Former}.Label()
}

// Notes explaining why a company is a mention rather than a subject.
const (
	noteOnce       = "named once in the body"
	noteList       = "one of a list"
	noteExample    = "named as an example or peer"
	noteOutside    = "named as taking no part"
	noteParent     = "parent, owner or shareholder of another company"
	noteSeller     = "former owner or seller"
	noteTarget     = "bid target"
	noteQuote      = "inside a quote"
	noteFormer     = "named by a name dropped before the item was published"
	noteFooter     = "named in a release's boilerplate (About, contacts, forward-looking statements)"
	noteCommentary = "named only in the publisher's analysis"
	noteMerged     = "merged into another company"
	noteUnit       = "subsidiary of the company the item is about"
	notePartner    = "partner in another company's venture"
	noteVehicle    = "a joint venture's vehicle"
)

// minList is how many companies an enumeration names before they count
// as a list (holdings, peers) that makes none of them a subject.
const minList = 3

// Analyze finds the companies doc names, in the dictionary or not, and
// tells subjects from mentions. Subjects come first, each group in order of
// first appearance. Analyze returns nil when nothing is found.
func (d *Dictionary) Analyze(doc Doc) []Finding {
	return d.AnalyzeText(text.New(text.Doc{Title: doc.Title, Highlights: doc.Highlights, HighlightsDerived: doc.HighlightsDerived,
		Body: doc.Body, Analysis: doc.Analysis, Takeaway: doc.Takeaway}), doc.Published)
}

// AnalyzeText is Analyze of an item's text already split into words (shared
// with the classifier and mineral tagging); published dates the item as
// Doc.Published does.
func (d *Dictionary) AnalyzeText(t *text.Text, published time.Time) []Finding {
	out, _ := d.AnalyzeTextSpans(t, published, nil)
	return out
}

// Span is the bytes of one naming of a reported company in an item's text:
// in the title (Title set) or in text.Text.Body.
type Span struct {
	Title      bool
	Start, End int
}

// AnalyzeTextSpans is AnalyzeText that also appends to spans where the text
// names each company it reports (each naming, in text order per part), so
// the classifier can leave the words of company names out: "Patriot" in
// "Patriot Battery Metals" is a name, not rhetoric.
func (d *Dictionary) AnalyzeTextSpans(t *text.Text, published time.Time, spans []Span) ([]Finding, []Span) {
	return d.analyze(t, published, spans, nil)
}

// tally is what the analysis gathers about one company of an item.
type tally struct {
	found     Finding
	first     int // order of first appearance
	good      int // hits in title, highlights or lead that count
	goodSents []int32
	news      bool // some counting naming outside the analysis and takeaway
	where     [4]bool
	note      string
	former    int      // hit.former of the first hit naming it by a former name
	current   bool     // some hit uses a current name
	goodIn    [3]int32 // counting hits in the title, highlights, lead
	hlSent    int32    // the sentence of the last counting hit in a highlight
	vehicleHL bool     // named in a highlight as a joint venture's vehicle
	// hlTopic is true when a counting highlight naming opens its highlight
	// as a possessive: "X's Nolans project is set to become ...", the
	// company's own asset as that highlight's news.
	hlTopic bool
	// Evidence for the subject model (subjects.go).
	demoted  int    // namings that do not count
	noteBits uint64 // 1<<feature of each demotion note of its namings
	context  bool   // a naming in the lead's context
	gram     int    // namings that are the grammatical subject of their clause
	gramLead bool   // such a naming in the title, highlights or lead
	object   int    // namings right after a preposition
	// heldSent is the body sentence of a naming as a parent, owner or
	// seller (+1; 0 for none), and ownOpen that some counting body naming
	// opens its sentence as the actor: "... from its controlling
	// shareholder X ... X has committed to ...". ownTopic is such a naming
	// as a possessive ("X's main asset is ..."), which counts for a bid
	// target or seller only: a parent's shares or chairman are still its
	// unit's story (docs/labelling.md, 2 and 5).
	heldSent int32
	ownOpen  bool
	ownTopic bool
	// hlObject is true when the last counting highlight naming is an
	// object or complement there: "One is understood to be X",
	// "Offtake partners include A and X".
	hlObject bool
}

// analyze is AnalyzeTextSpans that also appends to evs, when it is not
// nil, each finding's evidence (in the order of the findings): the
// subject model's trainer reads it.
func (d *Dictionary) analyze(t *text.Text, published time.Time, spans []Span, evs *[]evidence) ([]Finding, []Span) {
	doc := Doc{Published: published}
	hlEnd, bodyStart := t.HighlightsEnd(), t.HighlightsEnd()
	// The publisher's analysis and takeaway (when the item has them as
	// sections) start here: comparisons there do not make a company the
	// item's subject on their own.
	commentary, _ := t.Range(text.Analysis)
	if as, ae := t.Range(text.Analysis); as == ae {
		commentary, _ = t.Range(text.Takeaway)
	}
	sc := d.scratch.Get().(*scratch)
	defer d.scratch.Put(sc)
	var srcs [2]tokens
	for s, ws := range [2]*text.Words{&t.TitleWords, &t.BodyWords} {
		srcs[s] = d.words.fromWords(ws, sc.toks[s], sc.keys[s])
		sc.toks[s], sc.keys[s] = srcs[s].toks, srcs[s].keyBuf
	}
	hits := d.collect(&srcs)
	hits = capHits(d.candidates(&srcs, hits))
	if len(hits) == 0 {
		return nil, spans
	}
	hits = d.definedAliases(&srcs[1], hits, hlEnd)
	hits = d.prefixCandidates(&srcs[1], hits)
	hits = d.localGlosses(&srcs, hits)
	shortOfNamed(&srcs, hits)
	ts := &srcs[1]
	sents := d.words.sentenceIDs(ts, sc.sents[:0])
	sc.sents = sents
	// "ASX ANNOUNCEMENT" / "FOR IMMEDIATE RELEASE" lines are furniture: the
	// lead starts after them (unless they name a company).
	leadFrom := text.LeadStart(ts.src, bodyStart)
	for _, h := range hits {
		if h.src == 1 && int(ts.toks[h.pos].start) >= bodyStart && int(ts.toks[h.pos].start) < leadFrom {
			leadFrom = bodyStart
			break
		}
	}
	leadEnd := leadEnd(ts, sents, leadFrom)
	// A release that opens with furniture naming its issuer (the date, "Tembo
	// Cobalt plc", ("Tembo" or "the Company"), "(AIM: TMBO)", a headline):
	// the lead is the first prose paragraph after it (docs/labelling.md, 1).
	proseFrom, proseEnd := proseLead(ts, sents, bodyStart, leadEnd)
	lead2 := secondLeadSentence(ts, hits, sents, leadFrom, leadEnd)
	secondFrom, twoSentences := leadAcross(ts, sents, leadFrom, leadEnd)
	// "Shares of gallium producers jumped after the ban." alone in the first
	// paragraph, then "Qorvath Germanium soared 10%, while Tindal Zinc
	// gained 6%": when the first paragraph is one sentence that names no
	// company, the next paragraph's first sentence is the lead's second
	// (docs/labelling.md, 1). Only for a sentence that names one company
	// in an item whose title names none: "Pilbara fell 6% and Liontown 8%"
	// after "Lithium shares slid" is a market report's movers, which the
	// authors of the in-repo sets label mentions.
	across := leadEnd
	if twoSentences > leadEnd && leadEnd-firstFrom(ts, leadFrom) >= minSceneWords && !namesIn(ts, hits, leadFrom, leadEnd) && oneCompanyIn(hits, secondFrom, twoSentences) &&
		!slices.ContainsFunc(hits, func(h hit) bool { return h.src == 0 }) {
		across = twoSentences
	}
	inLead := func(pos int) bool {
		return pos < leadEnd || pos >= secondFrom && pos < across || pos >= proseFrom && pos < proseEnd
	}
	footer := d.words.footerStart(ts, bodyStart)
	links := text.NewLinkLines(ts.src) // hits are in text order: each line read once
	// "the quotas were allocated only to the two large state groups" in a
	// lead that names no company: the first companies the body names after
	// the lead are the ones the lead is about.
	referents, referentEnd, listOnly := d.leadReferents(ts, hits, bodyStart, max(twoSentences, proseEnd))
	var later []*tally     // companies with a counting body naming after the lead, in order
	var laterList []*tally // the same, named in an enumeration
	// refer keeps t as one of the companies the lead's phrase points at,
	// for its naming at token pos; a company named in the phrase's own
	// sentence is not one of them ("moved three plants into X").
	refer := func(t *tally, pos int, list bool) {
		if referents == 0 || pos < referentEnd || sents[pos] == sents[referentEnd-1] || pos >= footer ||
			int(ts.toks[pos].start) >= commentary {
			return
		}
		if len(later) < referents && !slices.Contains(later, t) {
			later = append(later, t)
		}
		if list && !slices.Contains(laterList, t) {
			laterList = append(laterList, t)
		}
	}
	anaph := d.anaphors(ts, sents, bodyStart, footer, oneName(hits))
	var counted []int // text hits that count, when some sentence says "the company"
	tt := &srcs[0]
	// a feed that wraps the whole title in quotes quotes nothing in it
	titleQuotes := slices.ContainsFunc(tt.toks, func(t token) bool { return t.flags&fQuoted == 0 })
	// strong reports a name with a hit in the title, the highlights or the
	// lead: a company the item is most likely about, so "X, a shareholder
	// of Y" makes X a shareholder of the subject only when Y is one.
	strong := func(name string) bool {
		for _, h := range hits {
			if h.name == name && (h.src == 0 || int(ts.toks[h.pos].start) < hlEnd || inLead(h.pos)) {
				return true
			}
		}
		return false
	}

	// Enumerations: runs of three or more companies joined only by commas,
	// "and" or "or" ("Lynas, MP Materials and Iluka").
	inList := d.words.listRuns(ts, hits, sents, d.roles.place)

	byName := map[string]*tally{}
	var order []*tally
	model := d.roles.model
	var it itemEvidence
	decide := model.decide || evs != nil // the model's evidence is needed
	onlyTitleFormer := titleOnlyFormer(hits)
	for i, h := range hits {
		if onlyTitleFormer != nil && onlyTitleFormer(h) {
			continue // "Ships First Cobalt Sulphate": a dropped name only in the title is title case, not the company
		}
		if i > 0 && hits[i-1].src == h.src && hits[i-1].name == h.name && (d.words.legalUpTo(&srcs[h.src], hits[i-1].end, h.pos) || nameTailUpTo(&srcs[h.src], hits[i-1].end, h.pos)) &&
			strings.HasSuffix(srcs[h.src].gap(h.pos), "(") {
			continue // "Lynas Rare Earths (ASX: LYC)", "Halden Metals Ltd (HML)" name the company once
		}
		if mineNamed(&srcs[h.src], h) || h.src == 1 && d.words.assetAppositive(ts, h) {
			continue // "Zulu Lithium Mine had its first blast": the mine, named after its company
		}
		if h.src == 1 && (d.words.assetName(ts, h) || h.pos > 0 && ts.joined(h.pos) && d.roles.formerCue.endsAt(ts, h.pos-1)) {
			continue // "the Sabi Star lithium mine": the mine, not its company; "(formerly Sayona Mining)"
		}
		if rest, ok := strings.CutPrefix(h.name, "PT "); ok && h.company < 0 && rest != "" {
			h.name = rest // a candidate is reported without "PT" (docs/labelling.md, 8)
		}
		t := byName[h.name]
		if t == nil {
			t = &tally{found: Finding{Name: h.name, Known: h.company >= 0}, first: i}
			byName[h.name] = t
			order = append(order, t)
		}
		t.found.Count++
		if src := &srcs[h.src]; h.end > h.pos {
			spans = append(spans, Span{Title: h.src == 0, Start: int(src.toks[h.pos].start), End: int(src.toks[h.end-1].end)})
		}
		if h.company >= 0 {
			t.found.Known = true
			if h.former > 0 && t.former == 0 {
				t.former = h.former
			}
		}
		if h.former == 0 {
			t.current = true
		}
		part := 0
		if h.src == 1 {
			start := int(ts.toks[h.pos].start)
			switch {
			case start < hlEnd:
				part = 1
			case start >= bodyStart && inLead(h.pos):
				part = 2
			default:
				part = 3
			}
		}
		t.where[part] = true
		it.namings++
		if h.src == 0 && (it.firstTitle == nil || h.pos < it.firstTitlePos) {
			it.firstTitle, it.firstTitlePos = t, h.pos
		}
		if part == 2 && (it.firstLead == nil || h.pos < it.firstLeadPos) {
			it.firstLead, it.firstLeadPos = t, h.pos
		}
		if decide {
			var sentsOf []int32
			if h.src == 1 {
				sentsOf = sents
			}
			if model.gramSubject(&srcs[h.src], sentsOf, h) {
				t.gram++
				t.gramLead = t.gramLead || part < 3
			}
			if model.objectOf(&srcs[h.src], h) {
				t.object++
			}
		}
		note := ""
		if h.src == 1 {
			if h.pos >= footer || links.On(int(ts.toks[h.pos].start)) {
				note = noteFooter
			} else {
				note = d.demote(ts, h, hits, sents, inList[i], strong)
				if note == "" && int(ts.toks[h.pos].start) < hlEnd {
					note = d.underIntro(ts.src[:hlEnd], int(ts.toks[h.pos].start))
				}
			}
		} else {
			note = d.demoteTitle(tt, h, hits, titleQuotes)
		}
		// "Joint venture company, Kestrel Qorvath Minerals Ltd, holds the
		// licence" as a highlight or in the lead: the vehicle's own news
		// (docs/labelling.md, 4), not a partner's aside.
		// ... or in the second sentence of the body when the first paragraph
		// is one sentence: the convention's lead is the first two sentences.
		vehicleLead := note == noteVehicle && (part == 1 || part == 2 || part == 3 && h.src == 1 && h.pos < twoSentences)
		if vehicleLead {
			note = ""
			t.vehicleHL = t.vehicleHL || part == 1
			if part == 3 {
				part = 2
				t.where[2] = true
			}
		}
		if note == "" && !vehicleLead && (part == 2 && (lead2 >= 0 && sents[h.pos] == int32(lead2) || inRelativeClause(ts, h, hits, sents)) ||
			(part == 1 || part == 2) && (d.words.inContextClause(ts, h, hits, sents) || d.words.assetOwnerObject(ts, h))) {
			// The lead's second sentence, when the first already named a
			// company, adds context ("... the level at which Glencore was
			// cutting output"), and so does a clause of the lead or a
			// highlight after another company (", while MP Materials cut
			// its forecast"): it counts as one body sentence.
			if s := sents[h.pos]; !containsSent(t.goodSents, s) {
				t.goodSents = append(t.goodSents, s)
			}
			t.context = true
			continue
		}
		if note != "" {
			if t.note == "" {
				t.note = note
			}
			// "The plant's main shareholder, X, financed the project" in the
			// body: the shareholder, parent or partner acts in that sentence,
			// which counts towards the two that make it a subject
			// (docs/labelling.md, 2, 4 and 5).
			if (note == noteParent || note == notePartner) && part == 3 && h.src == 1 && d.roles.actsPast(ts, sents, hits, h) {
				if s := sents[h.pos]; !containsSent(t.goodSents, s) {
					t.goodSents = append(t.goodSents, s)
				}
				if int(ts.toks[h.pos].start) < commentary {
					t.news = true
				}
			}
			// A bid target is a mention when named once (docs/labelling.md,
			// 5): its sentence still counts towards the two that make a
			// company written about, so a target the item names again in
			// another sentence is a subject. (A seller's "bought feed from
			// X" is as often a supplier named in passing, and stays out.)
			if note == noteTarget && part >= 2 && h.src == 1 {
				if s := sents[h.pos]; !containsSent(t.goodSents, s) {
					t.goodSents = append(t.goodSents, s)
				}
			}
			if (note == noteParent || note == noteSeller || note == noteTarget) && part >= 2 && h.src == 1 && t.heldSent == 0 && !d.roles.unitBefore(ts, sents, h) {
				t.heldSent = sents[h.pos] + 1
			}
			t.demoted++
			if fi, ok := noteFeature[note]; ok {
				t.noteBits |= 1 << fi
			}
			// "licences for four producers, including X and Y" in the lead:
			// an example there counts as one body sentence, so X is a
			// subject when the item comes back to it on its own. So does a
			// partner there ("developed through a joint venture with X"):
			// the venture is the lead's news, and a second sentence about
			// X makes it a subject (docs/labelling.md, 4).
			if part == 2 && (note == noteExample || note == notePartner && h.src == 1) {
				if s := sents[h.pos]; !containsSent(t.goodSents, s) {
					t.goodSents = append(t.goodSents, s)
				}
			}
			// "the country's three producers" in the lead, then "X, Y and Z
			// received equal shares": the list names the ones the lead
			// points at.
			if note == noteList {
				refer(t, h.pos, true)
			}
			continue
		}
		if len(anaph) > 0 && h.src == 1 {
			counted = append(counted, i)
		}
		if part < 3 {
			t.good++
			t.goodIn[part]++
			if part == 1 {
				t.hlSent = sents[h.pos]
				t.hlObject = h.src == 1 && d.roles.objectInSentence(ts, sents, hits, h)
				t.hlTopic = t.hlTopic || h.src == 1 && ts.has(h.pos, fSentStart) && d.words.ownerPossessive(ts, h)
			}
		} else if s := sents[h.pos]; !containsSent(t.goodSents, s) {
			t.goodSents = append(t.goodSents, s)
		}
		if h.src == 1 {
			refer(t, h.pos, false)
			t.ownOpen = t.ownOpen || part == 3 && ts.has(h.pos, fSentStart) && int(ts.toks[h.pos].start) < commentary && (d.roles.actsAfter(ts, sents, h) || d.roles.actsPast(ts, sents, hits, h))
			t.ownTopic = t.ownTopic || part == 3 && ts.has(h.pos, fSentStart) && int(ts.toks[h.pos].start) < commentary && possessive(ts, h.end-1)
			if part == 3 && int(ts.toks[h.pos].start) < commentary {
				if s, ok := itNext(ts, sents, hits, h); ok && !containsSent(t.goodSents, s) {
					t.goodSents = append(t.goodSents, s)
				}
			}
		}
		if h.src == 0 || int(ts.toks[h.pos].start) < commentary {
			t.news = true
		}
	}
	// "Three separation plants … moved into X … The plants belong to A, B
	// and C": an enumeration of as many companies as the phrase counts
	// names them, before the first companies named after it.
	if len(laterList) == referents {
		later = laterList
	} else if listOnly {
		later = nil
	}
	if len(later) == referents && referents > 0 {
		for _, t := range later {
			t.good++
		}
	}
	// "A Chinese resources outfit is to take over X ... The Shanghai-listed
	// Chinese firm, Zhejiang Huayou, could pay ...": the lead describes the
	// actor by its nationality, and the first company of that country the
	// body names after the lead, described again by that nationality, is
	// the one the lead names (docs/labelling.md 1).
	if countries := d.describedInLead(ts, hits, inLead); countries != nil {
		for _, h := range hits {
			if h.src == 0 || inLead(h.pos) || h.company < 0 || !d.fromCountry(h.company, countries) {
				continue
			}
			if t := byName[h.name]; t != nil && t.good == 0 && t.demoted == 0 && d.nationalBefore(ts, sents, h, countries) {
				t.good++
			}
			break
		}
	}
	// "Xi inspected a company that makes magnets. He learned about the
	// operations of X": the description is a sentence about X.
	if dn, ok := d.words.describedBefore(ts, sents, hits, footer); ok {
		if t := byName[dn.name]; t != nil && !containsSent(t.goodSents, dn.sent) {
			t.goodSents = append(t.goodSents, dn.sent)
		}
	}
	// "The company said ...": a sentence about the company named last
	// counts as a sentence naming it, so a subject named once and then
	// called "the company" or "the miner" is found.
	// When the title, highlights or lead already make some company the
	// subject, "the company" stands for it, not for one named in passing.
	strongSubject := false
	for _, t := range order {
		strongSubject = strongSubject || t.good > 0
	}
	for _, a := range anaph {
		if h, ok := antecedent(ts, hits, counted, sents, a); ok {
			if d.otherNationality(ts, a, h) {
				continue // "The Korean group said" after a Kazakh plant: another company
			}
			t := byName[h.name]
			if strongSubject && t.good == 0 && !d.words.opensPrevSentence(ts, sents, h, a) && !d.sameCompanyAnaphor(ts, sents, h, a) {
				continue
			}
			if s := sents[a]; !containsSent(t.goodSents, s) {
				t.goodSents = append(t.goodSents, s)
			}
			if int(ts.toks[a].start) < commentary {
				t.news = true
			}
		}
	}
	// A company named in one publisher highlight and never in the title or
	// the lead, in an item whose title or lead names another company, is
	// a peer, supplier or rival the publisher set beside the news ("China
	// Rare Earth Group remains the dominant holder of quota", "Local state
	// miner Managem will supply cobalt"): that highlight counts as one body
	// sentence.
	anchored := false
	for _, t := range order {
		anchored = anchored || t.goodIn[0] > 0 || t.goodIn[2] > 0
	}
	if anchored {
		for _, t := range order {
			if t.goodIn[1] == 1 && t.goodIn[0] == 0 && t.goodIn[2] == 0 && t.good == 1 && !t.vehicleHL && !t.hlTopic {
				t.good = 0
				if !t.hlObject && !containsSent(t.goodSents, t.hlSent) {
					t.goodSents = append(t.goodSents, t.hlSent)
				}
			}
		}
	}
	// A parent, owner or seller in one sentence that the item comes back to
	// as the actor of another ("from its controlling shareholder X ... X
	// has committed", "formerly run by X ... X, which is pursuing
	// arbitration, did not respond") is written about in two sentences
	// (docs/labelling.md, 1 and 5: "unless also a subject elsewhere"); so
	// is a bid target or seller the item comes back to as the topic of a
	// sentence ("agreed to buy X ... X's main asset is a clay project").
	for _, t := range order {
		own := t.ownOpen || t.ownTopic && (t.note == noteTarget || t.note == noteSeller)
		if own && t.heldSent > 0 && len(t.goodSents) == 1 && t.goodSents[0] != t.heldSent-1 {
			t.goodSents = append(t.goodSents, t.heldSent-1)
		}
	}
	// The decision: the cue rules' verdict, or the subject model's over
	// the evidence (data/subjects.toml says which).
	it.order = order
	var ev []evidence
	if decide {
		ev = make([]evidence, len(order))
	}
	out := make([]Finding, 0, len(order))
	chain := d.namesChain(order)
	for pass := 0; pass < 2; pass++ {
		for i, t := range order {
			f := t.found
			// A platinum miner or a steelmaker is not reported, unless the
			// item names it holding a stake in another company or, where
			// the item names a chain company, as a parent or a venture's
			// partner (a state iron company's carried interest in a
			// rare-earth miner is the chain's news), or names a chain
			// mineral of its side business; a fund never (labelling.md).
			if d.fund[f.Name] || (!chain || t.note != noteParent && t.note != notePartner) && d.dropOutside(ts, sents, hits, f.Name) && !d.ownsNamed(order, f.Name) {
				continue
			}
			historic := false
			if !t.current && t.former > 0 {
				if c, ok := d.byName[foldString(f.Name)]; ok && t.former <= len(d.companies[c].Former) {
					fm := d.companies[c].Former[t.former-1]
					f.Former, f.Until = fm.Name, fm.Until
					historic = fm.Until > 0 && !doc.Published.IsZero() && doc.Published.Year() >= fm.Until
				}
			}
			rule := t.good > 0 || len(t.goodSents) >= 2 && t.news
			subject := rule
			if decide {
				if pass == 0 {
					it.fill(&ev[i], t)
				}
				if model.decide {
					subject = model.score(&ev[i]) > 0
				}
			}
			// Former names and a release's boilerplate stay rules: named
			// only there, a company is a mention whatever the rest says.
			footerOnly := t.demoted == t.found.Count && t.noteBits == 1<<fFooter
			subject = subject && !historic && !footerOnly
			if subject != (pass == 0) {
				continue
			}
			if evs != nil {
				e := ev[i]
				if historic || footerOnly {
					e = evidence{} // decided by rule: no bias marks it for the trainer
				}
				*evs = append(*evs, e)
			}
			f.Subject = subject
			for p, name := range [4]string{InTitle, InHighlights, InLead, InBody} {
				if t.where[p] {
					f.Where = append(f.Where, name)
				}
			}
			if historic {
				f.Note = noteFormer
			} else if !subject && rule {
				f.Note = model.why(&ev[i])
			} else if !subject {
				f.Note = t.note
				if f.Note == "" && len(t.goodSents) >= 2 {
					f.Note = noteCommentary
				}
				if f.Note == "" {
					f.Note = noteOnce
				}
			}
			out = append(out, f)
		}
	}
	return out, spans
}

// shortOfNamed gives a one-word dictionary name in the title the company
// whose longer name the body writes with that word first, when the body
// never names the word's own company: a headline shortens names ("Harita
// and Lygend JV starts line" over a body about "Harita Nickel", the
// group's listed arm, is Harita Nickel, not the Harita group), unless it
// is a possessive. The body's own bare word ("Obi, run by Harita") is as
// short as the title's and does not show the word's own company named,
// unless the word is that company's own name ("SQM", "Vale").
func shortOfNamed(srcs *[2]tokens, hits []hit) {
	for a := range hits {
		h := &hits[a]
		// "Vale's Indonesian unit": a possessive names the owner.
		if h.src != 0 || h.end-h.pos != 1 || h.company < 0 || srcs[0].has(h.pos, fPossessive) {
			continue
		}
		k := srcs[h.src].key(h.pos)
		full, other, otherName := false, -1, ""
		for _, o := range hits {
			if o.src != 1 {
				continue
			}
			if o.company == h.company {
				if o.end-o.pos == 1 && srcs[1].key(o.pos) == k && foldString(h.name) != k {
					continue // the same bare word, an alias only ("SQM" is SQM's own name)
				}
				full = true
				break
			}
			if o.company < 0 || o.end-o.pos < 2 {
				continue
			}
			if srcs[o.src].key(o.pos) == k && (other < 0 || other == o.company) {
				other, otherName = o.company, o.name
			}
		}
		if !full && other >= 0 {
			h.company, h.name = other, otherName
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func containsSent(list []int32, s int32) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// sentenceIDs numbers the sentences of ts: ids[i] is token i's sentence.
// Sentences end at . ! ? (not after an abbreviation or inside a number),
// at the full-width 。！？； of Chinese text, at line breaks and at blank
// lines.
func (w *wordSets) sentenceIDs(ts *tokens, ids []int32) []int32 {
	var id int32
	for i := range ts.toks {
		if i > 0 && w.sentenceBreak(ts, i) {
			id++
		}
		ids = append(ids, id)
	}
	return ids
}

func (w *wordSets) sentenceBreak(ts *tokens, i int) bool {
	t := &ts.toks[i]
	if t.para {
		return true
	}
	if t.flags&fSentStart == 0 {
		return false
	}
	prev := &ts.toks[i-1]
	raw := ts.src[prev.end:t.start]
	if strings.IndexByte(raw, '\n') >= 0 {
		return true
	}
	if strings.ContainsAny(raw, text.FullWidthStops) {
		// "。" and "！" need no space after them: Han text has none.
		return true
	}
	if !strings.ContainsAny(raw, ".!?") {
		return false
	}
	if t.ge == t.start && t.gs == prev.end {
		return false // "3.5", "U.S"
	}
	if datelineStop(ts, i, raw) {
		return false // "Sucre, 3 de marzo de 2024. – Bolivia ...": a dateline, not a sentence
	}
	if prev.runes == 1 && ts.has(i-1, fUpperInit) {
		return false // initials: "U.S. Steel", "J. Smith"
	}
	if w.abbrev[ts.key(i-1)] && !strings.ContainsAny(raw, "!?") {
		// "Co. Ltd", "Mr. Li"; a capitalised function word after the stop
		// still starts a sentence ("... Ltd. The deal ...").
		return ts.capitalised(i) && (isSentenceOpener(ts.key(i)) || participleOpener(ts, i))
	}
	return true
}

// maxDatelineTokens bounds the words of a dateline before its stop and
// dash: a place, a date and an agency ("San Salvador de Jujuy, 14 de
// diciembre de 2023 (EFE)").
const maxDatelineTokens = 10

// datelineStop reports the gap raw before token i as the stop and dash
// that end a Spanish or Portuguese dateline ("Sucre, 3 de marzo de 2024.
// –", "Lima, 4 mar (EFE).-", "Potosí.-"): a full stop followed by a dash,
// after at most maxDatelineTokens tokens that open their paragraph with a
// capitalised word. Such a stop ends no sentence (docs/labelling.md, 1:
// the lead is counted after the dateline).
func datelineStop(ts *tokens, i int, raw string) bool {
	stop := strings.IndexByte(raw, '.')
	if stop < 0 {
		return false
	}
	after := strings.TrimLeft(raw[stop+1:], " \t\u00a0")
	if after == "" || !strings.HasPrefix(after, "-") && !strings.HasPrefix(after, "\u2013") && !strings.HasPrefix(after, "\u2014") {
		return false
	}
	if strings.Trim(after, " \t\u00a0-\u2013\u2014") != "" || strings.ContainsAny(raw[:stop], "!?") {
		return false
	}
	for k := i - 1; k >= 0 && i-k <= maxDatelineTokens; k-- {
		if k == 0 || ts.toks[k].para {
			return ts.capitalised(k)
		}
	}
	return false
}

// participleOpener reports a capitalised participle or time word that
// opens a sentence after an abbreviation's stop: "... Co. Ltd. Visiting
// the company, he ...", "... Inc. During the visit ...". A participle is
// read only before a determiner, so a place ending in "-ing" ("Ltd.
// Beijing branch") is not one.
func participleOpener(ts *tokens, i int) bool {
	k := ts.key(i)
	switch k {
	case "during", "after", "while", "when", "according":
		return true
	}
	if !strings.HasSuffix(k, "ing") || i+1 >= len(ts.toks) || ts.toks[i+1].para || ts.gap(i+1) != "" {
		return false
	}
	switch ts.key(i + 1) {
	case "the", "a", "an", "its", "his", "her", "their":
		return true
	}
	return false
}

func isSentenceOpener(k string) bool {
	switch k {
	case "the", "a", "an", "it", "its", "this", "that", "these", "those", "in", "on", "at", "shares", "he", "she", "they", "we":
		return true
	}
	return false
}

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

// leadReferents finds a phrase in the highlights or the lead (tokens up to
// leadEnd) that points at the companies the item is about without naming
// them: "the two large state groups", "the country's three producers",
// "has moved three separation plants", "Three Ganzhou separation plants"
// opening a highlight. It returns the phrase's count and the token after
// it, or 0 when there is none or when the title or the text before the
// phrase names a company (that one is then what the item is about). The
// last two forms point only at an enumeration of exactly that many
// companies after them (listOnly).
// maxReferentWords is how many words after its count a lead's referent
// phrase reaches for its noun ("the three largest Chinese rare earth magnet
// producers"), one more after "of" ("a trio of ...").
const maxReferentWords = 6

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

// skippable words between a cue and the company it points at: "owned by
// the", "such as Lynas and", "its".
func skippable(k string) bool {
	switch k {
	case "and", "or", "the", "a", "an", "its", "their", "his", "her", "as", "well", "both", "either":
		return true
	}
	return false
}

// ownerOfNext reports a possessive company name right before another
// company's name: "Tianqi Lithium's Tindal Spodumene Ltd" names Tindal
// Spodumene, with its owner to identify it (docs/labelling.md, 2), as
// "X's unit, Y" does.
func ownerOfNext(ts *tokens, hits []hit, h hit) bool {
	e := h.end
	if e >= len(ts.toks) || !possessive(ts, e-1) || ts.toks[e].para || strings.ContainsAny(ts.gap(e), ",;:()") {
		return false
	}
	o, ok := hitCovering(hits, e)
	return ok && o.pos == e && o.name != h.name
}

// tickerOpen returns the first token inside the brackets that token j
// closes, when they open at most four tokens back in j's sentence and
// hold a ticker ("(TSX-V: XYZ)", "(ASX:XYZ)"), or -1.
func tickerOpen(ts *tokens, sents []int32, j int) int {
	if j+1 >= len(ts.toks) || !strings.HasPrefix(strings.TrimSpace(ts.gap(j+1)), ")") {
		return -1
	}
	for b := j; b > 0 && b >= j-3 && sents[b-1] == sents[j]; b-- {
		if strings.Contains(ts.gap(b), "(") {
			if _, n := exchangeAt(ts, b); n > 0 {
				return b
			}
			return -1
		}
		if strings.Contains(ts.gap(b), ")") {
			return -1
		}
	}
	return -1
}

// quotedName reports a name at tokens [s, e) that is the whole of its
// quotation: the press of Russia and Kazakhstan writes a company's name in
// quotation marks («Росатом», "Норникель", АО «НАК «Казатомпром»»), which
// is no speech. The mark that opens the quote (or an inner one, after a
// legal form) stands right before the name and the mark that closes it
// right after; a name the quote goes on past ("we work with Lynas on
// this") or that the quote reaches from earlier words is said inside it.
func quotedName(ts *tokens, s, e int) bool {
	if !strings.ContainsAny(ts.gap(s), quoteOpenMarks) {
		return false
	}
	return e >= len(ts.toks) || strings.ContainsAny(ts.gap(e), quoteCloseMarks)
}

// Marks that can open and close a quotation (text.QuoteSpans).
const (
	quoteOpenMarks  = "\"“„«「『'‘"
	quoteCloseMarks = "\"”“»」』'’"
)

// demote says why hit h of the text does not count towards making its
// company a subject, or "" when it counts.
func (d *Dictionary) demote(ts *tokens, h hit, hits []hit, sents []int32, listed bool, strong func(string) bool) string {
	if ts.has(h.pos, fQuoted) && !quotedName(ts, h.pos, h.end) {
		return noteQuote
	}
	if listed {
		return noteList
	}
	r := d.roles
	sent := sents[h.pos]
	// In the body "X's unit" counts for X unless the unit is named right
	// after ("Glencore's Canadian unit, Sudbury INO"): an unnamed unit is
	// X at work.
	owner := h
	// "Qorvath Mining and Tindal Resources' joint venture, Riverbend
	// Nickel,": the first partner shares the second's possessive.
	// ... also past the second partner's descriptor: "Harita Group and
	// Chinese miner Ningbo Lygend's joint venture, V,".
	if e := h.end; e+1 < len(ts.toks) && sents[e] == sent && (ts.key(e) == "and" || ts.key(e) == "&") && !possessive(ts, h.end-1) {
		p := e + 1
		for j := e + 2; j < len(ts.toks) && j <= e+5 && sents[j] == sent; j++ {
			if _, ok := hitCovering(hits, j); ok {
				if d.descriptorStart(ts, sents, j-1) == e+1 {
					p = j
				}
				break
			}
		}
		if o, ok := hitCovering(hits, p); ok && o.pos == p && o.name != h.name && possessive(ts, o.end-1) {
			owner = o
		}
	}
	if k := d.parentOfUnit(ts, owner, sents); k > 0 {
		for j := k + 1; j < len(ts.toks) && j <= k+2 && sents[j] == sent; j++ {
			if o, ok := hitCovering(hits, j); ok && o.pos == j && o.name != h.name && o.name != owner.name {
				return noteParent
			}
		}
	}
	if d.backerOf(ts, h) {
		return noteParent // "a Glencore-backed junior"
	}
	if ownerOfNext(ts, hits, h) {
		return noteParent // "operated by Huayou's Prospect Lithium Zimbabwe"
	}
	if groupMember(ts, sents, h) {
		return noteParent // "Hindustan Zinc Limited, a Vedanta group company,"
	}
	if d.localUnitNamed(ts, h, hits, strong) {
		return noteUnit // "granted a licence ... to Ngoni Tanzania Ltd." in Ngoni Graphite's release
	}
	if d.ventureOfNames(ts, 1, h, hits) && !partnersAct(r, ts, sents, h.pos) {
		return noteParent // "NovaAndino, the Codelco-SQM joint venture, said"
	}
	if d.unitApposition(ts, h, hits, sents) {
		return noteParent // "Keliber Oy, Sibanye-Stillwater's lithium operation in Finland, has produced"
	}
	switch d.afterGroup(ts, h, hits, sents) {
	case 1:
		return noteExample
	case 2:
		return noteOutside
	}
	// Walk back over other companies and joining words to the cue.
	j := h.pos - 1
	for j >= 0 && sents[j] == sent {
		if o, ok := hitCovering(hits, j); ok {
			j = o.pos - 1
			continue
		}
		if r.list.endsAt(ts, j) {
			break // "rivals such as X": "as" ends a cue here
		}
		if skippable(ts.key(j)) {
			j--
			continue
		}
		// "owned by X (51%) and Y (49%)": a share in brackets
		if ts.has(j, fDigitInit) && strings.Contains(ts.gap(j), "(") {
			j--
			continue
		}
		// "south of X (TSX-V: XYZ) and Y": a company's bracketed ticker
		if b := tickerOpen(ts, sents, j); b > 0 {
			if _, ok := hitCovering(hits, b-1); ok {
				j = b - 1
				continue
			}
		}
		if ts.has(j, fPossessive) && ts.capitalised(j) {
			j-- // "a unit of Russia's Rosatom"
			// "South Korea's Hanil Advanced Metals": the rest of the place
			for b := j; b >= 0 && b > j-2 && sents[b] == sent && ts.capitalised(b) && ts.joined(b+1) && !ts.has(b, fPossessive); b-- {
				if _, ok := hitCovering(hits, b); ok {
					break
				}
				j = b - 1
			}
			continue
		}
		if r.unit[ts.key(j)] && j == h.pos-1 {
			break // "its wholly owned subsidiary Keyuan Magnet Singapore"
		}
		if b := d.descriptorStart(ts, sents, j); b < j {
			j = b - 1 // "the magnet unit of Japanese specialty steelmaker Daido Steel"
			continue
		}
		if j > 0 && strings.HasSuffix(ts.gap(j), "-") && r.businessForm[ts.key(j)] && ts.capitalised(j-1) {
			// "the merger of Sayona Mining and U.S.-based Piedmont Lithium"
			for j -= 2; j >= 0 && ts.toks[j].runes == 1 && ts.has(j, fUpperInit) && ts.gap(j+1) == "."; j-- {
			}
			continue
		}
		break
	}
	// "a subsidiary of the provincial state-owned X": up to three
	// lower-case words between "of" and the parent, running up to it ("As
	// part of the larger deal, X has ..." is no parent: the comma ends the
	// phrase).
	if j > 1 && sents[j] == sent && !ts.capitalised(j) && !d.words.function[ts.key(j)] && !r.list.endsAt(ts, j) && ts.joined(j+1) {
		for b := j - 1; b > 0 && b >= j-4 && sents[b] == sent && ts.joined(b+1); b-- {
			if ts.key(b) == "of" && r.of.endsAt(ts, b-1) {
				j = b
				break
			}
			if ts.capitalised(b) || d.words.function[ts.key(b)] && ts.key(b) != "the" {
				break
			}
		}
	}
	if r.latinUnitOf(ts, sents, h.pos-1) {
		return noteParent // "la filial de X", "une filiale malienne de X"
	}
	if j >= 0 && sents[j] == sent {
		k := ts.key(j)
		switch {
		case r.list.endsAt(ts, j):
			return noteExample
		// "its parent X", and "Parent X was named ..." opening a sentence
		// (not when X's own act follows: "Parent X (Nasdaq: X) applies for
		// a loan" is the parent's news, docs/labelling.md 2)
		case r.head.endsAt(ts, j) && (!ts.has(j, fUpperInit) || ts.has(j, fSentStart)) && !r.actsAfter(ts, sents, h):
			return noteParent
		// "its wholly owned Argentine subsidiary, Quetzal Andina S.A., has
		// signed": the issuer's unit, named in the issuer's news.
		// "..., has signed" after it: the unit acts, and is a subject
		// (docs/labelling.md, 2).
		case r.unit[k] && !ts.has(j, fUpperInit) && (strings.TrimSpace(ts.gap(h.pos)) == "," || ts.joined(h.pos) && j == h.pos-1 && (ownedBy(ts, sents, j, "through") || ownedBy(ts, sents, j, "via"))) &&
			(ownedBy(ts, sents, j, "its") || issuerUnit(ts, sents, j) || d.words.issuerUnitEnds(ts, sents, j, h) || heldByIssuerUnit(ts, sents, j)) &&
			!r.actsAfter(ts, sents, h):
			return noteUnit
		case k == "of" && j > 0 && r.of.endsAt(ts, j-1):
			switch ts.key(j - 1) {
			case "takeover", "acquisition":
				return noteTarget
			case "merger":
				return noteMerged // "formed by the merger of Livent and Allkem"
			}
			return noteParent
		case k == "by" && r.by.endsAt(ts, timeBefore(ts, sents, j-1)) && !d.assetOwner(ts, hits, sents, j, h):
			if ventureOwner(r, ts, sents, j) && partnersAct(r, ts, sents, j) {
				break // "... formed by X and Y, the partners said"
			}
			return noteParent
		// "Z, a 60:40 venture of X and Y", "the joint venture between X and
		// Y": the partners named as the vehicle's owners (docs/labelling.md,
		// 4), unless the sentence says they act ("..., the partners said").
		case (k == "of" || k == "between") && j > 0 && r.ventureNoun[ts.key(j-1)] && describesVehicle(ts, sents, j-1) && !partnersAct(r, ts, sents, j):
			return noteParent
		// "POSCO Future M Co., Ltd., the battery materials company of the
		// POSCO group,": the parent named to identify the unit (docs/labelling.md, 2).
		case k == "of" && j > 0 && d.words.unitNoun[ts.key(j-1)] && d.words.appositionAfter(ts, hits, sents, j-1, h):
			return noteParent
		// "Z, the partnership through which X and Y will operate"
		case k == "which" && j > 1 && (ts.key(j-1) == "through" || ts.key(j-1) == "in" || ts.key(j-1) == "under") &&
			r.ventureNoun[ts.key(j-2)] && describesVehicle(ts, sents, j-2) && !partnersAct(r, ts, sents, j):
			return noteParent
		case k == "for" && r.forBid.endsAt(ts, j-1):
			return noteTarget
		// "the Donald project, a joint venture with Astron": a partner in
		// the subject's venture, unless the sentence is the deal's news
		// ("signed a joint venture with X").
		case r.venture.endsAt(ts, j) && !d.dealBefore(ts, sents, j):
			return notePartner
		// "the joint venture company, Qorvath Ogun Mining Ltd, holds ...":
		// the vehicle, not the partners whose news it is.
		case r.vehicle.endsAt(ts, j):
			return noteVehicle
		case r.target.endsAt(ts, j):
			return noteTarget
		case k == "from":
			// "has acquired the remaining 30% interest in its Bolivian
			// subsidiary, Minera Q S.A., from X": the seller, past the asset.
			for b := j - 1; b >= 0 && b >= j-16 && sents[b] == sent; b-- {
				if r.from.endsAt(ts, b) {
					return noteSeller
				}
			}
			// "closed the acquisition of 100% of the Beauce property in
			// southern Quebec from X": the seller, however long the asset's
			// description.
			for b := j - 1; b > 0 && b >= j-16 && sents[b] == sent; b-- {
				if ts.key(b) == "of" && (ts.key(b-1) == "acquisition" || ts.key(b-1) == "purchase") {
					return noteSeller
				}
			}
		}
	}
	// "X, its largest shareholder, ...", "X, a former subsidiary of ...":
	// the apposition names X's role towards the subject.
	n := len(ts.toks)
	if h.end < n && sents[h.end] == sent && ts.gap(h.end) == "," && ts.key(h.end) != "whose" {
		for k := h.end; k < n && k < h.end+7 && sents[k] == sent; k++ {
			if k > h.end && strings.ContainsAny(ts.gap(k), ",;:()") {
				break
			}
			if _, ok := hitCovering(hits, k); ok {
				continue // "X, SQM's largest shareholder"
			}
			if r.vehicle.endsAt(ts, k) {
				return noteVehicle // "X, the joint venture company, ..."
			}
			if r.head.endsAt(ts, k) && originAfter(ts, sents, k) {
				break // "X, a drive-train supplier from Stuttgart, said": what X is, not a role
			}
			if r.head.endsAt(ts, k) {
				// "X, the parent of Y, will supply ...": X's role is towards
				// Y, which makes X a mention only when the item is about Y.
				if k+2 < n && ts.key(k+1) == "of" && sents[k+2] == sent {
					if y, ok := hitCovering(hits, k+2); ok && y.name != h.name && !strong(y.name) {
						break
					}
				}
				return noteParent
			}
		}
	}
	// "X, which holds a 49% stake in ...": X is a shareholder. A legal
	// suffix after the name ("X (Group) Co., Ltd. holds 45%") is skipped.
	e := h.end
	for e < n && sents[e] == sent && e < h.end+3 && d.words.suffix[ts.key(e)] {
		e++
	}
	// "Gécamines, the Congolese state miner, holds the remaining 20%": past
	// an apposition that closes with a comma.
	if e < n && sents[e] == sent && ts.gap(e) == "," && !relativeWord(ts.key(e)) {
		for k := e + 1; k < n && k <= e+16 && sents[k] == sent; k++ {
			if g := ts.gap(k); g == "," {
				if r.holder.endsAt(ts, k) {
					e = k
				}
				break
			} else if g != "" && g != "-" {
				break
			}
		}
	}
	// "European Lithium remains a major shareholder": a role as the
	// predicate.
	if e+2 < n && sents[e] == sent {
		switch ts.key(e) {
		case "is", "was", "remains", "remained", "became", "becomes":
			if a := ts.key(e + 1); a == "a" || a == "an" || a == "the" || a == "its" {
				for k := e + 2; k < n && k <= e+4 && sents[k] == sent && ts.joined(k) && !ts.capitalised(k); k++ {
					if !r.head.endsAt(ts, k) {
						continue
					}
					// "X is the parent of Y": a role towards Y, which makes X a
					// mention only when the item is about Y.
					if k+2 < n && ts.key(k+1) == "of" && sents[k+2] == sent {
						if y, ok := hitCovering(hits, k+2); ok && y.name != h.name && !strong(y.name) {
							break
						}
					}
					return noteParent
				}
			}
		}
	}
	relative := false
	if e < n && sents[e] == sent && (ts.key(e) == "which" || ts.key(e) == "who" || ts.key(e) == "that") {
		e++
		relative = true
	}
	// "China Rare Earth Group, which absorbed the Ganzhou group as a core
	// subsidiary": the parent of a company the item is about.
	if relative && e < n && sents[e] == sent && r.absorb[ts.key(e)] {
		for k := e + 1; k < n && k <= e+5 && sents[k] == sent; k++ {
			if y, ok := hitCovering(hits, k); ok {
				if y.name != h.name && strong(y.name) {
					return noteParent
				}
				break
			}
			if r.anaphora[ts.key(k)] || r.unit[ts.key(k)] {
				return noteParent
			}
		}
	}
	// "X, the operator of ..., has agreed to sell 20%": "has" before a
	// past participle is X's own act, not a holding; so is "has also
	// acquired" (auxiliary_adverbs between).
	p := e + 1
	for p < n && p <= e+2 && sents[p] == sent && r.auxAdverb[ts.key(p)] {
		p++
	}
	auxiliary := p < n && sents[p] == sent && (ts.key(e) == "has" || ts.key(e) == "had") &&
		(r.companyVerb[ts.key(p)] || r.dealVerb[ts.key(p)] || strings.HasSuffix(ts.key(p), "ed") && !r.holder.endsAt(ts, p))
	if e < n && sents[e] == sent && !auxiliary && (r.holder.endsAt(ts, e) || relative && r.holderAction.endsAt(ts, e)) {
		for k := e + 1; k < n && k <= e+6 && sents[k] == sent; k++ {
			if _, ok := hitCovering(hits, k); ok {
				break
			}
			if r.stake[ts.key(k)] || stakeFigure(ts, k) {
				return noteParent
			}
		}
	}
	if stakeListMember(r, ts, sents, h, e) {
		return noteParent
	}
	return ""
}

// legalUpTo reports whether tokens [from, to) are only legal forms
// ("Ltd", "BV"), or none: what may stand between a name and the bracket
// that gives its short form or ticker.
func (w *wordSets) legalUpTo(ts *tokens, from, to int) bool {
	if to < from || to-from > 3 {
		return false
	}
	for k := from; k < to; k++ {
		if !w.legal[ts.key(k)] || !ts.has(k, fUpperInit) || ts.toks[k].para {
			return false
		}
	}
	return true
}

// maxNameTail is how many tokens nameTailUpTo reads between a naming and
// the ticker bracket that follows it.
const maxNameTail = 5

// nameTailUpTo reports whether tokens [from, to) are the rest of a name
// written in full and the brackets of another ticker, all capitalised and
// with no comma, stop or line break between them: "Hi-Tech Co Ltd" in
// "Beijing Zhong Ke San Huan Hi-Tech Co Ltd (SHE: 000970)", whose
// dictionary name ends before "Hi-Tech", and "(OTCMKTS: JMREY)" before a
// second ticker. The ticker then names the company once with its name.
func nameTailUpTo(ts *tokens, from, to int) bool {
	if to <= from || to-from > maxNameTail {
		return false
	}
	for k := from; k < to; k++ {
		if !ts.has(k, fUpperInit) || ts.toks[k].para || strings.ContainsAny(ts.gap(k), ",;.\n") {
			return false
		}
	}
	return !strings.ContainsAny(ts.gap(to), ",;.\n")
}

// latinUnitOf reports whether token j, right before a company's name,
// ends "<unit noun> [adjective] de [article]" in Spanish, French or
// Portuguese: "la filial de X", "subsidiaria de la X", "une filiale
// malienne de X" name X as its unit's parent, as "a subsidiary of X" does
// (docs/labelling.md, 2). sents gives each token's sentence; nil reads
// the tokens as one sentence (a title).
func (r *roleWords) latinUnitOf(ts *tokens, sents []int32, j int) bool {
	if j < 0 || !ts.joined(j+1) {
		return false // "la filial de Codelco, Minera Tarar": the comma names the unit
	}
	// "de la empresa minera canadiense X", "de la société minière X": a
	// company head and up to two lower-case words describe the parent.
	for m := j; m >= 1 && m >= j-2 && ts.joined(m) && oneSentence(sents, m-1, m) && !ts.capitalised(m); m-- {
		if r.latinHead[ts.key(m-1)] && !ts.capitalised(m-1) {
			j = m - 2
			break
		}
	}
	if j > 0 && r.latinHead[ts.key(j)] && !ts.capitalised(j) && ts.joined(j+1) {
		j-- // "de la empresa X"
	}
	if j < 0 {
		return false
	}
	if j > 0 && r.latinOfArticle[ts.key(j)] && ts.joined(j) {
		j--
	}
	if j < 1 || !r.latinOf[ts.key(j)] || !ts.joined(j) || !oneSentence(sents, j-1, j) {
		return false
	}
	n := j - 1
	if !r.latinUnit[ts.key(n)] && n > 0 && !ts.capitalised(n) && ts.joined(n) && oneSentence(sents, n-1, n) {
		n-- // one adjective: "filiale malienne de"
	}
	return r.latinUnit[ts.key(n)] && ts.joined(n+1)
}

// oneSentence reports tokens a and b in the same sentence of sents; with
// no sents (a title) every token is.
func oneSentence(sents []int32, a, b int) bool {
	return sents == nil || sents[a] == sents[b]
}

// stakeListMember reports a holder whose verb the sentence left out: "in
// which A holds 44.8%, B 46.7% and C 8.5%" names B and C each between a
// stake figure before it (after a comma or "and") and its own figure right
// after it (at token e), with a holding verb earlier in the sentence.
func stakeListMember(r *roleWords, ts *tokens, sents []int32, h hit, e int) bool {
	sent := sents[h.pos]
	if e >= len(ts.toks) || sents[e] != sent || !stakeFigure(ts, e) {
		return false
	}
	p := h.pos - 1
	if p >= 0 && isListWord(ts.key(p)) {
		p--
	}
	first, f, ok := figureEndingAt(ts, p)
	if !ok || !f.Percent || sents[first] != sent {
		return false
	}
	for k := first - 1; k >= 0 && k >= first-16 && sents[k] == sent; k-- {
		if r.holder.endsAt(ts, k) {
			return true
		}
	}
	return false
}

// stakeFigure reports a percentage that starts at token k ("46%", "46.7%",
// "46.7 per cent": text.FigureAt reads the figure).
func stakeFigure(ts *tokens, k int) bool {
	if k < 0 || !ts.has(k, fDigitInit) {
		return false
	}
	f, ok := text.FigureAt(ts.src, int(ts.toks[k].start))
	return ok && f.Percent
}

// figureEndingAt reads the figure whose text ends with token p ("44.8%"
// ending at "8", "44.8 per cent" at "cent") and returns its first token;
// ok is false when the nearest number within three tokens before p does
// not reach it.
func figureEndingAt(ts *tokens, p int) (first int, f text.Figure, ok bool) {
	for q := p; q >= 0 && q >= p-3; q-- {
		if !ts.has(q, fDigitInit) {
			continue
		}
		f, ok = text.FigureAt(ts.src, int(ts.toks[q].start))
		if !ok || f.End < int(ts.toks[p].end) {
			return p, f, false
		}
		for q > 0 && int(ts.toks[q-1].start) >= f.Start {
			q--
		}
		return q, f, true
	}
	return p, text.Figure{}, false
}

// timeBefore returns the token before a time phrase that ends at token j
// ("formed this year by", "set up in 2021 by"), or j when there is none.
func timeBefore(ts *tokens, sents []int32, j int) int {
	b := j
	for b > 0 && b >= j-2 && sents[b] == sents[j] {
		switch k := ts.key(b); {
		case k == "year" || k == "this" || k == "last" || k == "in" || ts.has(b, fDigitInit):
			b--
			continue
		}
		break
	}
	if b < j && (ts.key(b+1) == "this" || ts.key(b+1) == "last" || ts.key(b+1) == "in") {
		return b
	}
	return j
}

// describesVehicle reports a venture noun at token v that describes
// something named before it, in an apposition or after "is": "Z, a 60:40
// venture of", "The smelter is a joint venture between". A sentence that
// opens with it ("The partnership between X and Y began operating") is the
// partners' own news.
func describesVehicle(ts *tokens, sents []int32, v int) bool {
	for b := v; b > 0 && b >= v-6 && sents[b-1] == sents[v]; b-- {
		if g := ts.gap(b); strings.Contains(g, ",") || g == "(" || g == "\u2013" || g == "\u2014" {
			return true
		}
		switch ts.key(b - 1) {
		case "is", "was", "are", "were", "be", "been", "as", "remains":
			return true
		}
	}
	return false
}

// ventureOwner reports a venture noun (venture_nouns) among the five tokens
// before the by cue at token by: "the joint venture formed by X and Y".
func ventureOwner(r *roleWords, ts *tokens, sents []int32, by int) bool {
	for b := by - 1; b >= 0 && b >= by-5 && sents[b] == sents[by]; b-- {
		if r.ventureNoun[ts.key(b)] {
			return true
		}
	}
	return false
}

// partnersAct reports a sentence where the partners of a venture act
// together: "..., the partners said", "the two companies announced".
func partnersAct(r *roleWords, ts *tokens, sents []int32, j int) bool {
	for b := j + 1; b+1 < len(ts.toks) && sents[b+1] == sents[j]; b++ {
		if k := ts.key(b); (k == "partners" || k == "partner" || k == "companies") && r.companyVerb[ts.key(b+1)] {
			return true
		}
	}
	return false
}

// ownedBy reports the possessive word (such as "its") among the four tokens
// before token j, in j's sentence: "its 100%-owned Tanzanian subsidiary".
func ownedBy(ts *tokens, sents []int32, j int, word string) bool {
	for b := j - 1; b >= 0 && b >= j-5 && sents[b] == sents[j]; b-- {
		if ts.key(b) == word {
			return true
		}
	}
	return false
}

// assetOwnerObject reports a naming that only owns the object of a
// preposition: "partnering with X's Mountain Pass mine", "borders X Inc's
// Corvette property", "4 km from X's Y deposit". The company is a
// neighbour or partner beside the news, neither its actor nor its topic
// (docs/labelling.md 1), so in a highlight or the lead it counts as one
// body sentence, as a context clause does.
func (w *wordSets) assetOwnerObject(ts *tokens, h hit) bool {
	if h.pos == 0 || !ts.joined(h.pos) || !w.ownerPossessive(ts, h) {
		return false
	}
	switch ts.key(h.pos - 1) {
	case "with", "near", "to", "from", "beside", "alongside", "borders":
	default:
		return false
	}
	for k := h.end; k < len(ts.toks) && k <= h.end+5 && !ts.toks[k].para && (ts.joined(k) || isPossessiveGap(ts.gap(k))); k++ {
		if kk := ts.key(k); w.asset[kk] || kk == "property" || kk == "properties" {
			return true
		}
	}
	return false
}

// mineNamed reports a name followed by a capitalised "Mine" that belongs
// to it ("Zulu Lithium Mine", "the Sabi Star Lithium Mine"): the mine's
// name, not its company (a company is "... Mines" or "... Mining").
func mineNamed(ts *tokens, h hit) bool {
	return h.end < len(ts.toks) && ts.joined(h.end) && ts.text(h.end) == "Mine" && !ts.has(h.end-1, fPossessive)
}

// assetName reports a name that "the" or a possessive ("its", "their",
// "our") opens and a mine or project noun closes, up to two lower-case
// words on: "the Sabi Star lithium mine", "the Bikita project", "the Zulu
// Lithium Project". One capitalised word joined by "and" may come first
// ("its Zulu Lithium and Tantalum Project"). With no opener, a lower-case
// word must stand between ("runs Sabi Star lithium mine"): a bare "X
// project" may be the company's own. The name is the asset's, not its
// company's.
func (w *wordSets) assetName(ts *tokens, h hit) bool {
	if h.pos == 0 || !ts.joined(h.pos) {
		return false
	}
	opened := assetOpener(ts.key(h.pos - 1))
	start := h.end
	if opened && start+2 < len(ts.toks) && ts.joined(start) && ts.joined(start+1) &&
		(ts.key(start) == "and" || ts.text(start) == "&") && ts.capitalised(start+1) && !w.asset[ts.key(start+1)] {
		start += 2 // "its Zulu Lithium and Tantalum Project"
	}
	for k := start; k < len(ts.toks) && k <= start+2 && ts.joined(k); k++ {
		if w.asset[ts.key(k)] {
			return opened || k > h.end
		}
		if ts.capitalised(k) {
			return false
		}
	}
	return false
}

// assetAppositive reports a name set off by commas right after a lower-case
// mine or project noun and followed by a relative clause: "the Max Mind
// lithium mine, Sabi Star, which is Chinese-owned" names the mine.
func (w *wordSets) assetAppositive(ts *tokens, h hit) bool {
	return h.pos > 0 && h.end < len(ts.toks) && w.asset[ts.key(h.pos-1)] && !ts.capitalised(h.pos-1) &&
		strings.TrimSpace(ts.gap(h.pos)) == "," && strings.TrimSpace(ts.gap(h.end)) == "," && relativeWord(ts.key(h.end))
}

// assetOpener reports a word that opens an asset's name: "the Bikita
// project", "its Zulu Lithium Project".
func assetOpener(k string) bool {
	switch k {
	case "the", "its", "their", "our":
		return true
	}
	return false
}

// dealBefore reports a deal verb ("signed", "will form") in the sentence
// before token j.
func (d *Dictionary) dealBefore(ts *tokens, sents []int32, j int) bool {
	for b := j - 1; b >= 0 && sents[b] == sents[j]; b-- {
		if d.roles.dealVerb[ts.key(b)] {
			return true
		}
	}
	return false
}

// shortensBodyName reports the title word after hit h (a possessive) as
// the first word of another company the body names in two or more words.
func shortensBodyName(tt *tokens, hits []hit, h hit) bool {
	k := tt.key(h.end)
	for _, o := range hits {
		if o.src == 1 && o.end-o.pos >= 2 && o.name != h.name && (o.company < 0 || o.company != h.company) &&
			foldString(firstWord(o.name)) == k {
			return true
		}
	}
	return false
}

func firstWord(s string) string {
	w, _, _ := strings.Cut(s, " ")
	return w
}

// hitCovering returns the text hit whose tokens include token i.
func hitCovering(hits []hit, i int) (hit, bool) {
	for _, h := range hits {
		if h.src == 1 && h.pos <= i && i < h.end {
			return h, true
		}
	}
	return hit{}, false
}

// listRuns marks the text hits that belong to an enumeration of minList or
// more distinct companies: hits in one sentence separated only by commas,
// semicolons, "and", "or" or "&".
func (w *wordSets) listRuns(ts *tokens, hits []hit, sents []int32, place map[string]bool) []bool {
	out := make([]bool, len(hits))
	start := -1 // first hit of the current run
	names := 0
	flush := func(end int) {
		if start >= 0 && (names >= minList || names >= 2 && w.han.closesList(ts, hits[end-1].end)) {
			for k := start; k < end; k++ {
				out[k] = true
			}
		}
	}
	prev := -1
	for i, h := range hits {
		if h.src != 1 {
			continue
		}
		joined := false
		if prev >= 0 && sents[hits[prev].end-1] == sents[h.pos] {
			p := hits[prev]
			// "GEM Co., Tsingshan Holding Group Co. and Brunp": the legal
			// forms after a name are not words between the members.
			q := p.end
			for q < h.pos && w.legal[ts.key(q)] && ts.has(q, fUpperInit) && (ts.joined(q) || isSuffixGap(ts.gap(q))) {
				q++
			}
			// "Lynas (ASX: LYC), Iluka (ASX: ILU) and Arafura", "Xiamen
			// Tungsten Co.Ltd(600549) and ...": a member's ticker or stock
			// code in brackets is not a word between the members either.
			q = w.han.suffixAfter(ts, q, h.pos)
			for c := codeAfterMember(ts, q, h.pos); c > q; c = codeAfterMember(ts, q, h.pos) {
				q = c // "(OTCMKTS: JMREY) (FRA: 3KLA)": one bracket after another
			}
			// "MP Materials from the US, China's Shenghe Resources or
			// Canada's Neo": a member's country, after it or as a
			// possessive before it, is not a word between the members.
			q = originAfterMember(ts, q, h.pos, place)
			r := h.pos
			if r-1 >= q && place[ts.key(r-1)] && ts.has(r-1, fPossessive) {
				r--
			}
			between := r - q
			joined = between <= 1 && (between == 0 && strings.ContainsAny(ts.gap(r), listMarks) ||
				between == 1 && isListWord(ts.key(q)))
			if p.end <= h.pos && between == 0 && ts.gap(r) == "" {
				joined = false
			}
			// "Lynas Rare Earths (ASX: LYC)": the member's own ticker,
			// read as a second naming of it, goes on with the run.
			// So is one after the rest of the member's name as written
			// ("Beijing Zhong Ke San Huan Hi-Tech Co Ltd (SHE: 000970)").
			if (between == 0 || nameTailUpTo(ts, p.end, h.pos)) && p.name == h.name && strings.HasSuffix(strings.TrimSpace(ts.gap(r)), "(") {
				joined = true
			}
		}
		if !joined {
			flush(i)
			start, names = i, 0
		}
		if start >= 0 && (i == start || hits[i].name != hits[i-1].name) {
			names++
		}
		prev = i
	}
	flush(len(hits))
	return out
}

// listMarks separate the members of an enumeration: commas and semicolons,
// and Chinese text's enumeration comma and full-width comma and semicolon
// ("由中铝、五矿和赣州稀土组建").
const listMarks = ",;\u3001\uff0c\uff1b"

// isListWord reports a word that joins the last member of an enumeration:
// "and", "or", "&", and Chinese 和, 与, 及, 或 (one Han character each).
func isListWord(k string) bool {
	switch k {
	case "and", "or", "&", "\u548c", "\u4e0e", "\u53ca", "\u6216":
		return true
	}
	return false
}

// codeAfterMember returns the token after a bracketed ticker or stock code
// that opens at token q, before token end ("(ASX: LYC)", "(600111)",
// "(002738.SZ)"): up to four tokens, each in capitals or starting with a
// digit, closed by a bracket. It returns q when none starts there.
func codeAfterMember(ts *tokens, q, end int) int {
	if q >= end || !strings.HasSuffix(strings.TrimSpace(ts.gap(q)), "(") {
		return q
	}
	for e := q; e < end && e-q < 4; e++ {
		if !ts.allCaps(e) && !ts.has(e, fDigitInit) {
			return q
		}
		if e+1 <= end && strings.Contains(ts.gap(e+1), ")") {
			return e + 1
		}
	}
	return q
}

// originAfterMember returns the token after a list member's origin that
// starts at token q, before token end: "from the US", "of Canada" (up to
// two place words), or q when none starts there.
func originAfterMember(ts *tokens, q, end int, place map[string]bool) int {
	if q >= end || (ts.key(q) != "from" && ts.key(q) != "of") || !ts.joined(q+1) {
		return q
	}
	k := q + 1
	if k < end && ts.key(k) == "the" {
		k++
	}
	e := k
	for e < end && e-k < 2 && ts.joined(e) && place[ts.key(e)] && ts.has(e, fUpperInit) && !ts.has(e, fPossessive) {
		e++
	}
	if e == k {
		return q
	}
	return e
}

// demoteTitle says why title hit h does not make its company a subject:
// it stands inside quotes ("CEO says \u201cwe are not BYD\u201d") or names
// the parent of the business the title is about ("Vale's Indonesian unit
// starts ..."). It returns "" when the hit counts.
func (d *Dictionary) demoteTitle(tt *tokens, h hit, hits []hit, quotes bool) string {
	if quotes && tt.has(h.pos, fQuoted) && !quotedName(tt, h.pos, h.end) {
		return noteQuote
	}
	if d.parentOfUnit(tt, h, nil) > 0 || d.backerOf(tt, h) || d.ventureOfNames(tt, 0, h, hits) {
		return noteParent
	}
	// "Zijin's Manono Lithium ships first spodumene": the parent names the
	// unit the title is about (docs/labelling.md, 2).
	if possessive(tt, h.end-1) {
		if o, ok := hitAt(hits, 0, h.end); ok && o.name != h.name {
			return noteParent
		}
		// "Sinomine's Bikita trims shipments" over a body about "Bikita
		// Minerals": the headline shortens the unit's name to its first word.
		if h.end < len(tt.toks) && tt.capitalised(h.end) && shortensBodyName(tt, hits, h) {
			return noteParent
		}
	}
	// "Pampa Verde, a subsidiary of Halden Metals, wins ...", "Pampa
	// Verde, filial de Halden Metals, ...": the parent identifies the unit
	// in the title too (docs/labelling.md, 2).
	if d.titleUnitOf(tt, h) {
		return noteParent
	}
	if d.peerInTitle(tt, h, hits) {
		return noteExample
	}
	if d.sellerInTitle(tt, h, hits) {
		return noteSeller
	}
	// "China Minmetals rare earth unit takes ...": a headline drops the
	// possessive; trade words between name and unit noun say which unit.
	for k := h.end; k < len(tt.toks) && k <= h.end+3 && tt.joined(k); k++ {
		key := tt.key(k)
		if d.roles.unit[key] && k > h.end {
			return noteParent
		}
		if tt.capitalised(k) || !d.roles.trade[key] {
			break
		}
	}
	return ""
}

// titleUnitOf reports a title company right after "a subsidiary of", "a
// unit of" (the parent nouns of unit_nouns among of_cues, not "takeover of"
// or "customer of") or a Latin unit cue ("filial de", latinUnitOf).
func (d *Dictionary) titleUnitOf(tt *tokens, h hit) bool {
	r := d.roles
	if h.pos > 1 && tt.joined(h.pos) && tt.key(h.pos-1) == "of" && tt.joined(h.pos-1) {
		k := tt.key(h.pos - 2)
		if r.unit[k] && r.of.endsAt(tt, h.pos-2) {
			return true
		}
	}
	cue := false
	for k := h.pos - 1; k >= 0 && k >= h.pos-6; k-- {
		cue = cue || r.latinUnit[tt.key(k)]
	}
	return cue && r.latinUnitOf(tt, nil, h.pos-1)
}

// sellerInTitle reports a title company right after "from" whose cue
// (from_cues: "acquires", "options") follows another company the title
// names: "Qorvath Lithium Options Northern Block from Tindal Minerals" buys
// from a seller named once (docs/labelling.md, 5).
func (d *Dictionary) sellerInTitle(tt *tokens, h hit, hits []hit) bool {
	if h.pos < 2 || tt.key(h.pos-1) != "from" {
		return false
	}
	for b := h.pos - 2; b > 0 && b >= h.pos-8; b-- {
		if _, ok := titleHitEnding(hits, b+1); ok {
			return false
		}
		if d.roles.from.endsAt(tt, b) {
			return slices.ContainsFunc(hits, func(o hit) bool { return o.src == 0 && o.end <= b && o.name != h.name })
		}
	}
	return false
}

// peerInTitle reports a title company named after a comparison cue
// (list_cues: "overtakes", "ahead of", "rivals", "versus"), alone or in a
// run joined by commas and "and", with another company before the cue:
// "Qorvath Lithium Overtakes Albemarle and SQM" ranks the peers against
// the company the title is about (docs/labelling.md, 5).
func (d *Dictionary) peerInTitle(tt *tokens, h hit, hits []hit) bool {
	j := h.pos - 1
	for j > 0 {
		if isListWord(tt.key(j)) {
			j--
			continue
		}
		o, ok := titleHitEnding(hits, j+1)
		if !ok {
			break
		}
		j = o.pos - 1
	}
	if j <= 0 || !d.roles.list.endsAt(tt, j) {
		return false
	}
	for _, o := range hits {
		if o.src == 0 && o.end <= j && o.name != h.name {
			return true
		}
	}
	return false
}

// titleHitEnding returns the title hit that ends right before token e.
func titleHitEnding(hits []hit, e int) (hit, bool) {
	for _, o := range hits {
		if o.src == 0 && o.end == e {
			return o, true
		}
	}
	return hit{}, false
}

// localUnitNamed reports a candidate named after the item's subject and a
// country ("Ngoni Tanzania Ltd" in a release of Ngoni Graphite), right after
// "to", "through" or "via": the parent's local unit named only to say who
// holds a licence or runs a site (docs/labelling.md, 3).
func (d *Dictionary) localUnitNamed(ts *tokens, h hit, hits []hit, strong func(string) bool) bool {
	if h.company >= 0 || h.pos == 0 || h.end-h.pos < 2 {
		return false
	}
	switch ts.key(h.pos - 1) {
	case "to", "through", "via":
	default:
		return false
	}
	for k := h.pos + 1; k < h.end; k++ {
		if !d.roles.place[ts.key(k)] && !d.words.legal[ts.key(k)] {
			return false
		}
	}
	first := ts.key(h.pos)
	for _, o := range hits {
		if o.name != h.name && o.src == 1 && o.end > o.pos && ts.key(o.pos) == first && strong(o.name) {
			return true
		}
	}
	return false
}

// groupMember reports hit h as the group in "Y, a X group company," (or
// unit, subsidiary, member): the parent named to identify Y
// (docs/labelling.md, 2).
func groupMember(ts *tokens, sents []int32, h hit) bool {
	n, sent := len(ts.toks), sents[h.pos]
	if h.pos < 2 || (ts.key(h.pos-1) != "a" && ts.key(h.pos-1) != "an") || !ts.joined(h.pos) ||
		!strings.Contains(ts.gap(h.pos-1), ",") || sents[h.pos-2] != sent {
		return false
	}
	e := h.end
	if e < n && sents[e] == sent && ts.key(e) == "group" && ts.joined(e) {
		e++
	} else if ts.key(h.end-1) != "group" {
		return false
	}
	if e >= n || sents[e] != sent || !ts.joined(e) {
		return false
	}
	switch ts.key(e) {
	case "company", "unit", "subsidiary", "member", "affiliate":
		return true
	}
	return false
}

// appositionAfter reports the noun at token v opening, with up to four
// lower-case words before it, an apposition right after another company
// than h's: "POSCO Future M Co., Ltd., the battery materials company of".
func (w *wordSets) appositionAfter(ts *tokens, hits []hit, sents []int32, v int, h hit) bool {
	b := v
	for b > 0 && b > v-5 && sents[b-1] == sents[v] && ts.joined(b) && !ts.capitalised(b-1) {
		b--
	}
	if b == 0 || !strings.Contains(ts.gap(b), ",") {
		return false
	}
	return w.otherCompanyBefore(ts, hits, sents, b, h)
}

// otherCompanyBefore reports a company other than h named right before
// token s, past legal suffixes and closing brackets, within four tokens of
// s's sentence: the company an apposition starting at s follows.
func (w *wordSets) otherCompanyBefore(ts *tokens, hits []hit, sents []int32, s int, h hit) bool {
	for p := s - 1; p >= 0 && p >= s-4 && sents[p] == sents[s]; p-- {
		if o, ok := hitCovering(hits, p); ok {
			return o.name != h.name
		}
		if !w.legal[ts.key(p)] && !strings.Contains(ts.gap(p+1), ")") {
			return false
		}
	}
	return false
}

// unitApposition reports a possessive hit in an apposition right after
// another company, before a unit noun: "Langer Heinrich Uranium (Pty) Ltd,
// Paladin Energy's Namibian operating unit, has raised". The parent
// names the unit (docs/labelling.md, 2).
func (d *Dictionary) unitApposition(ts *tokens, h hit, hits []hit, sents []int32) bool {
	if !possessive(ts, h.end-1) || h.pos == 0 || !strings.Contains(ts.gap(h.pos), ",") {
		return false
	}
	if !d.words.otherCompanyBefore(ts, hits, sents, h.pos, h) {
		return false
	}
	for k := h.end; k < len(ts.toks) && k <= h.end+3 && sents[k] == sents[h.pos]; k++ {
		if k > h.end && !ts.joined(k) {
			return false
		}
		if key := ts.key(k); d.roles.unit[key] || d.words.unitNoun[key] {
			return true
		}
	}
	return false
}

// ventureOfNames reports a hit of source src (0 the title, 1 the text)
// that names, with its partners, whose joint venture the sentence is
// about: "Codelco-SQM lithium venture lifts output", "SQM and Codelco's
// joint venture starts", "Z, the Codelco-SQM joint venture," (docs/labelling.md, 4).
// A title joins the partners with a comma too, as headlines write "and":
// "Codelco, SQM venture lifts output".
func (d *Dictionary) ventureOfNames(tt *tokens, src int, h hit, hits []hit) bool {
	n := len(tt.toks)
	// joins reports the gap before token k joining two partners' names.
	joins := func(k int) bool {
		g := tt.gap(k)
		return g == "-" || g == "/" || g == "\u2013" || src == 0 && g == ","
	}
	// back to the first partner: "Codelco-SQM" names SQM after Codelco
	start := h.pos
	for _, o := range hits {
		if o.src != src || o.end > start || o.end < start-1 || o.pos >= start {
			continue
		}
		if o.end == start && joins(start) ||
			o.end == start-1 && (tt.key(o.end) == "and" || tt.key(o.end) == "&") {
			start = o.pos
		}
	}
	e := h.end
	for e < n && !possessive(tt, e-1) {
		k := e
		if tt.key(k) == "and" || tt.key(k) == "&" {
			k++
		} else if !joins(k) {
			break
		}
		o, ok := hitAt(hits, src, k)
		if !ok {
			break
		}
		e = o.end
	}
	if e == h.end && start == h.pos && (src == 1 || !possessive(tt, e-1)) {
		// one company and no possessive: "Codelco lithium venture" is X at
		// work; in the body "X's venture" is parentOfUnit's
		return false
	}
	for k := e; k < n && k <= e+3; k++ {
		if k > e && !tt.joined(k) || k == e && !tt.joined(k) && !isPossessiveGap(tt.gap(k)) {
			return false
		}
		key := tt.key(k)
		if d.roles.ventureNoun[key] {
			return k+1 >= n || tt.key(k+1) != "with"
		}
		if key != "joint" && !d.roles.trade[key] {
			return false
		}
	}
	return false
}

// hitAt returns the hit of source src (0 the title, 1 the text) that starts
// at token i.
func hitAt(hits []hit, src, i int) (hit, bool) {
	for _, h := range hits {
		if h.src == src && h.pos == i {
			return h, true
		}
	}
	return hit{}, false
}

// parentOfUnit finds "X's [up to three words] unit" or "X unit" right
// after hit h (X the parent of the business the sentence is about) and
// returns the unit noun's token, or -1. sents may be nil (a title is one
// sentence).
func (d *Dictionary) parentOfUnit(ts *tokens, h hit, sents []int32) int {
	n := len(ts.toks)
	e := h.end
	if e >= n || ts.toks[e].para || (sents != nil && sents[e] != sents[h.pos]) {
		return -1
	}
	if !possessive(ts, e-1) {
		if ts.joined(e) && d.roles.unit[ts.key(e)] {
			return e // "Chinalco unit restarts ..."
		}
		// "Ganfeng-backed Mariana Lithium": X owns or backs the company
		// named next; "a Tsingshan-owned smelter" is X at work.
		if ts.gap(e) == "-" && d.roles.by.endsAt(ts, e) && e+1 < n &&
			ts.joined(e+1) && ts.has(e+1, fUpperInit) && (sents == nil || sents[e+1] == sents[h.pos]) {
			return e
		}
		return -1
	}
	for k := e; k < n && k < e+4; k++ {
		// "X's 51%-owned Indonesian unit"
		if k > e && !ts.joined(k) && ts.gap(k) != "%-" || k == e && !isPossessiveGap(ts.gap(k)) {
			return -1
		}
		if d.roles.unit[ts.key(k)] {
			return k
		}
		// "Harita's joint venture, Halmahera Persada Lygend," (not "X's
		// joint venture with Y": X at work)
		if d.roles.ventureNoun[ts.key(k)] && (k+1 >= n || ts.key(k+1) != "with") {
			return k
		}
		if ts.has(k, fPossessive) {
			return -1
		}
	}
	return -1
}

// afterGroup reads what follows hit h and any companies joined to it by
// commas, "and" or "or": 1 when an after-list cue says X is one example
// of a wider group ("X and other producers", "X, Y and their peers") or
// that X does the same as the subject ("X and Y have announced similar
// grades"), 2
// when an outside cue says X takes no part ("X is not part of the deal"),
// else 0.
func (d *Dictionary) afterGroup(ts *tokens, h hit, hits []hit, sents []int32) int {
	n := len(ts.toks)
	e := h.end
	for e < n && sents[e] == sents[h.pos] {
		k := e
		if strings.ContainsAny(ts.gap(k), ",") || isListWord(ts.key(k)) {
			if isListWord(ts.key(k)) {
				k++
			}
			if k < n {
				if o, ok := hitCovering(hits, k); ok && o.pos == k {
					e = o.end
					continue
				}
			}
		}
		break
	}
	// "Proterial and Daido Steel have announced similar grades": peers
	// doing the same as the subject.
	if e+1 < n && (ts.key(e) == "has" || ts.key(e) == "have" || ts.key(e) == "had") {
		for k := e + 1; k < n && k <= e+3 && sents[k] == sents[h.pos] && ts.gap(k) == "" && !ts.capitalised(k); k++ {
			if ts.key(k) == "similar" {
				return 1
			}
		}
	}
	for r, list := range [2][][]string{d.roles.afterList, d.roles.outside} {
		for _, ph := range list {
			if e+len(ph) > n {
				continue
			}
			ok := true
			for j, w := range ph {
				if ts.key(e+j) != w || sents[e+j] != sents[h.pos] || (j > 0 && ts.gap(e+j) != "") {
					ok = false
					break
				}
			}
			if ok {
				return r + 1
			}
		}
	}
	return 0
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

// firstFrom returns the first token at or after byte offset from.
func firstFrom(ts *tokens, from int) int {
	for i := range ts.toks {
		if int(ts.toks[i].start) >= from {
			return i
		}
	}
	return len(ts.toks)
}

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

// possessive reports token i followed by "'s", or a plural's lone
// apostrophe: "Mitsubishi Materials' unit".
func possessive(ts *tokens, i int) bool {
	if ts.has(i, fPossessive) {
		return true
	}
	if i+1 >= len(ts.toks) || ts.toks[i+1].para {
		return false
	}
	g := ts.gap(i + 1)
	w := ts.src[ts.toks[i].start:ts.toks[i].end]
	return (g == "'" || g == "\u2019") && (strings.HasSuffix(w, "s") || strings.HasSuffix(w, "S"))
}

// ownerPossessive reports whether h is a possessive, through the legal
// form written after it: "Orlan Graphite's", "Orlan Graphite Ltd's".
func (w *wordSets) ownerPossessive(ts *tokens, h hit) bool {
	e := h.end - 1
	for k := h.end; k < len(ts.toks) && k < h.end+3 && !ts.toks[k].para && w.legal[ts.key(k)]; k++ {
		e = k
	}
	return possessive(ts, e)
}

// isPossessiveGap reports the gap after a possessive: "'s" or "’s".
func isPossessiveGap(g string) bool {
	switch g {
	case "'s", "\u2019s", "'S", "\u2019S", "'", "\u2019":
		return true
	}
	return false
}

// relativeWords open a clause that describes something already named:
// "its plant, which once supplied X", "an arrangement under which X bought".
func relativeWord(k string) bool {
	switch k {
	case "which", "who", "whose", "whom", "where", "whereby":
		return true
	}
	return false
}

// participleAfterComma reports ", making ...", ", citing ...", ", adding
// ...": a participial clause that adds context to the sentence's subject.
func participleAfterComma(ts *tokens, j int) bool {
	k := ts.key(j)
	return len(k) > 4 && strings.HasSuffix(k, "ing") && !ts.has(j, fUpperInit) && strings.TrimSpace(ts.gap(j)) == ","
}

// inRelativeClause reports a text hit that stands in a relative clause of
// its sentence after another company: "Lynas said it would expand its
// plant, which once supplied Shin-Etsu", "Gecamines ended an arrangement
// under which Trafigura bought the cobalt". In the lead such a company is
// context, not what the item is about.
func inRelativeClause(ts *tokens, h hit, hits []hit, sents []int32) bool {
	sent := sents[h.pos]
	rel := false
	for j := h.pos - 1; j >= 0 && sents[j] == sent; j-- {
		if o, ok := hitCovering(hits, j); ok {
			if o.name == h.name {
				return false
			}
			return rel
		}
		if !rel && strings.Contains(ts.gap(j+1), ",") {
			return false // "X, which runs a mill, said it would supply Y": the clause closed before Y
		}
		if relativeWord(ts.key(j)) || participleAfterComma(ts, j) {
			rel = true
		}
	}
	return false
}

// inContextClause reports a text hit that stands in such a clause after
// another company of its sentence, or in one that opens its sentence
// before another company ("Following X's success, Y has signed"): in the
// lead that company is context, not what the item is about (it counts as
// one body sentence).
func (w *wordSets) inContextClause(ts *tokens, h hit, hits []hit, sents []int32) bool {
	if w.openingContext(ts, h, hits, sents) {
		return true
	}
	sent := sents[h.pos]
	comma := -1
	for j := h.pos - 1; j >= 0 && sents[j] == sent; j-- {
		if comma < 0 && strings.Contains(ts.gap(j+1), ",") {
			comma = j + 1 // the clause nearest the hit
		}
		if o, ok := hitCovering(hits, j); ok {
			if o.name == h.name || comma < 0 {
				return false
			}
			for k := comma; k < h.pos && k <= comma+4; k++ {
				if w.contextCue[ts.key(k)] && !ts.capitalised(k) {
					// ", after X made a bid" may be the news itself; ", a
					// month after X reported" sets it beside other news.
					return ts.key(k) != "after" || k > comma && w.timeWord[ts.key(k-1)]
				}
			}
			return false
		}
	}
	return false
}

// openingContext reports a text hit inside a clause that opens its
// sentence (or follows a label with a colon, "Analyst view: ...") with a
// context cue and closes with a comma before another company: "Following
// X's success in Asia, Y has signed", "Despite X's cuts, Y raised output".
// "After" is left out, as after a comma: "After X bought the plant, ..."
// may be the news itself.
func (w *wordSets) openingContext(ts *tokens, h hit, hits []hit, sents []int32) bool {
	sent := sents[h.pos]
	s0 := h.pos
	for s0 > 0 && sents[s0-1] == sent {
		s0--
	}
	cue := -1
	for k := s0; k < h.pos && k <= s0+4; k++ {
		if k == s0 || strings.Contains(ts.gap(k), ":") {
			if ts.capitalised(k) && w.contextCue[ts.key(k)] && ts.key(k) != "after" {
				cue = k
			}
		}
	}
	if cue < 0 {
		return false
	}
	for k := cue + 1; k <= h.pos; k++ {
		if strings.ContainsAny(ts.gap(k), ",;:") {
			return false // the clause closed before the hit
		}
	}
	comma := -1
	for k := h.end; k < len(ts.toks) && sents[k] == sent; k++ {
		if comma < 0 && strings.ContainsAny(ts.gap(k), ",;") {
			comma = k
		}
		if comma < 0 {
			continue
		}
		if o, ok := hitCovering(hits, k); ok && o.pos == k {
			return o.name != h.name
		}
	}
	return false
}

// footerStart returns the first token of a release's boilerplate footer: a
// short line of its own, after the first paragraph, that starts with a
// footer heading ("About Kodal Minerals", "Forward-Looking Statements"), or
// a paragraph that opens with one and a colon ("About Kodal Minerals: ...").
// It returns the token count when there is none.
func (w *wordSets) footerStart(ts *tokens, bodyStart int) int {
	n := len(ts.toks)
	paras := 0
	for i := 0; i < n; i++ {
		t := &ts.toks[i]
		if int(t.start) < bodyStart {
			continue
		}
		if t.para {
			paras++
		}
		lineStart := t.para || lineBreakBefore(ts, i)
		if !lineStart || paras < 2 || !ts.has(i, fUpperInit) {
			continue
		}
		// The line: up to 8 words, no full stop, then a line break; or a
		// paragraph opened by up to 8 words and a colon, the heading run
		// into its text ("About Qorvath Lithium: Qorvath is ...").
		e := i + 1
		for e < n && e-i <= 8 && !lineBreakBefore(ts, e) && !(t.para && strings.IndexByte(ts.gap(e), ':') >= 0) {
			e++
		}
		runIn := t.para && e < n && e-i <= 8 && !lineBreakBefore(ts, e) && strings.IndexByte(ts.gap(e), ':') >= 0
		if !runIn && (e-i > 8 || (e < n && strings.ContainsAny(ts.src[ts.toks[e-1].end:ts.toks[e].start], ".!?"))) {
			continue
		}
		for _, fh := range w.footerHead {
			if e-i < len(fh) || (fh[0] == "about" && e-i < 2) {
				continue
			}
			ok := true
			for k, w := range fh {
				if ts.key(i+k) != w {
					ok = false
					break
				}
			}
			if ok && (fh[0] != "about" || ts.capitalised(i+1)) {
				return i
			}
		}
	}
	return n
}

// anaphors returns the body tokens (before the footer, outside quotes) that
// open a phrase standing for a company named before: "The company said",
// "The Perth-based explorer will", "..., the miner said". The phrase is
// "the", up to three words, and an anaphora noun (roles.toml); it opens its
// sentence or a company verb follows it. It returns nil when there is none.
//
// When the item names one company only (sole), the phrase stands for it
// anywhere in a sentence: "Visiting the company on Monday, he urged ...".
// Japanese 同社 and Korean 이 회사 (japanese_korean.toml's anaphora) stand
// for the company named last wherever they are written.
func (d *Dictionary) anaphors(ts *tokens, sents []int32, bodyStart, footer int, sole bool) []int {
	var out []int
	n := len(ts.toks)
	for i := 0; i < n && i < footer; i++ {
		if len(d.localAnaphora) > 0 && int(ts.toks[i].start) >= bodyStart && !ts.has(i, fQuoted) && d.localAnaphorAt(ts, i) {
			out = append(out, i) // "同社は", "이 회사는": the company named last, anywhere in its sentence
			continue
		}
		if int(ts.toks[i].start) >= bodyStart && !ts.has(i, fQuoted) && d.words.han.anaphorAt(ts, i) {
			out = append(out, i) // "该公司", a sentence opening "公司": the company named last
			continue
		}
		if ts.key(i) != "the" || ts.has(i, fQuoted) || int(ts.toks[i].start) < bodyStart {
			continue
		}
		for k := i + 1; k < n && k <= i+4 && sents[k] == sents[i]; k++ {
			if g := ts.gap(k); strings.ContainsAny(g, ",;:()") || text.HasQuoteMark(g) || ts.has(k-1, fPossessive) {
				break // "The world's largest producer, X, said": a description, not an anaphor
			}
			if key := ts.key(k); !d.roles.anaphoraFilter.May(key) {
				continue // neither a stop nor an anaphora noun
			} else if d.roles.anaphoraStop[key] {
				break
			} else if !d.roles.anaphora[key] {
				continue
			}
			if ts.has(k, fUpperInit) {
				break // "the Company": a release's defined term for its issuer
			}
			e := k + 1
			if !ts.has(k, fPossessive) && e < n && sents[e] == sents[i] && ts.joined(e) &&
				(ts.capitalised(e) && !d.words.day[ts.key(e)] || ts.key(e) == "of" || d.roles.anaphora[ts.key(e)]) {
				break // "the company LitioMx", "the group of seven", "the company maker"
			}
			if sole || i == 0 || sents[i-1] != sents[i] || ts.has(k, fPossessive) ||
				e < n && sents[e] == sents[i] && d.roles.companyVerb[ts.key(e)] || reportedSubject(ts, i) {
				out = append(out, i)
			}
			break
		}
	}
	return out
}

// itNext returns the sentence right after the one h opens when that
// sentence, in the same paragraph and outside a quote, opens with "It" or
// "Its" and the sentence h opens names no other company: "X is expanding
// its line. It expects sales to double." The pronoun stands for h, so the
// item writes about it in two sentences (docs/labelling.md, 1). An
// expletive "It is" / "It was" is not read.
func itNext(ts *tokens, sents []int32, hits []hit, h hit) (int32, bool) {
	if !ts.has(h.pos, fSentStart) {
		return 0, false
	}
	s := sents[h.pos]
	k := h.end
	for k < len(ts.toks) && sents[k] == s {
		k++
	}
	if k+1 >= len(ts.toks) || sents[k] != s+1 || ts.toks[k].para || ts.has(k, fQuoted) {
		return 0, false
	}
	switch ts.key(k) {
	case "it":
		if w := ts.key(k + 1); w == "is" || w == "was" || sents[k+1] != s+1 {
			return 0, false
		}
	case "its":
	default:
		return 0, false
	}
	for _, o := range hits {
		if o.src == 1 && o.name != h.name && o.pos < k && sents[o.pos] == s {
			return 0, false
		}
	}
	return s + 1, true
}

// oneName reports whether every hit names the same company.
func oneName(hits []hit) bool {
	for _, h := range hits {
		if h.name != hits[0].name {
			return false
		}
	}
	return len(hits) > 0
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

// describedName is a company and the sentence that described it before
// naming it.
type describedName struct {
	name string
	sent int32
}

// describedBefore finds the sentence that describes the item's first
// company without naming it ("President Xi inspected a company that
// manufactures magnets") when the next sentence names it and no other
// ("Xi learned about the operations of X"), in an item whose title names
// no company: that sentence is about the company. Once the item has named
// a company, a description may be anyone's. It is one pass over the
// tokens and the hits.
func (w *wordSets) describedBefore(ts *tokens, sents []int32, hits []hit, footer int) (describedName, bool) {
	if len(hits) == 0 || hits[0].src == 0 {
		return describedName{}, false // the title names a company
	}
	named := false // the item has named a company before the description
	j := 0         // the first body hit not yet passed
	for i := 0; i < len(ts.toks) && i < footer; i++ {
		if k := ts.key(i); k != "a" && k != "an" || ts.has(i, fQuoted) {
			continue
		}
		s := sents[i]
		noun := false
		for k := i + 1; k < len(ts.toks) && k <= i+5 && sents[k] == s && ts.joined(k) && !ts.has(k, fUpperInit); k++ {
			if w.described[ts.key(k)] {
				noun = k+1 >= len(ts.toks) || ts.key(k+1) != "of"
				break
			}
		}
		if !noun {
			continue
		}
		for ; j < len(hits) && (hits[j].src == 0 || sents[hits[j].pos] < s); j++ {
			named = true
		}
		if j < len(hits) && sents[hits[j].pos] == s {
			continue // the sentence names a company itself
		}
		name := ""
		one := j < len(hits) && sents[hits[j].pos] == s+1
		for k := j; one && k < len(hits) && sents[hits[k].pos] == s+1; k++ {
			if name != "" && hits[k].name != name {
				one = false
			}
			name = hits[k].name
		}
		if one && !named {
			return describedName{name: name, sent: s}, true
		}
		if named {
			break
		}
	}
	return describedName{}, false
}

// reportedSubject reports "the company" at token i opening the clause a
// speech verb reports: "its president director said the company was ...",
// "he added the miner would ...". It is that clause's subject.
func reportedSubject(ts *tokens, i int) bool {
	if i == 0 || !ts.joined(i) {
		return false
	}
	switch ts.key(i - 1) {
	case "said", "says", "added", "noted", "stated", "explained", "confirmed":
		return true
	}
	return false
}

// opensPrevSentence reports whether h opens the sentence right before the
// anaphor at token a, in the same paragraph: "Liontown Resources added
// 6.1% ... The Perth-based company also said ...". The anaphor then stands
// for h even when the lead made another company the subject. An
// Indonesian name opens it after its "PT" too ("PT Qorvath Nikel said
// ..."): the naming leaves the legal form out.
func (w *wordSets) opensPrevSentence(ts *tokens, sents []int32, h hit, a int) bool {
	if h.src != 1 || sents[a] != sents[h.pos]+1 {
		return false
	}
	if !ts.has(h.pos, fSentStart) && !(h.pos > 0 && ts.joined(h.pos) && w.prefixForm[ts.text(h.pos-1)] && ts.has(h.pos-1, fSentStart)) {
		return false
	}
	for k := h.pos + 1; k <= a; k++ {
		if ts.toks[k].para {
			return false
		}
	}
	return true
}

// antecedent returns the company anaphor a stands for: the first counting
// text hit of the latest sentence before a that has one, in a's paragraph
// or the one before.
func antecedent(ts *tokens, hits []hit, counted []int, sents []int32, a int) (hit, bool) {
	best := -1
	for _, hi := range counted {
		h := hits[hi]
		if h.pos >= a {
			break
		}
		if best < 0 || sents[h.pos] != sents[hits[best].pos] {
			best = hi
		}
	}
	if best < 0 {
		return hit{}, false
	}
	// Further back than the sentence before, the anaphor is read only when
	// no other company has been named before it: "Xikuangshan Flash
	// Antimony Industry Co., Ltd. ... [two sentences] ... The company's Party
	// secretary said".
	if sents[a]-sents[hits[best].pos] > 1 {
		for _, o := range hits {
			if o.src == 1 && o.pos < a && o.name != hits[best].name {
				return hit{}, false
			}
		}
	}
	// Beyond the previous paragraph only when the item names no other
	// company at all: "The mine belongs to Jiangxi Tungsten Industry Group
	// Co., Ltd. ... [three paragraphs] ... The group's Party committee".
	only := true
	for _, o := range hits {
		if o.name != hits[best].name {
			only = false
			break
		}
	}
	paras := 0
	for k := hits[best].pos + 1; k <= a; k++ {
		if ts.toks[k].para {
			if paras++; paras > 1 && !only {
				return hit{}, false
			}
		}
	}
	return hits[best], true
}

// assetOwner reports "The plant is owned by X", "the mine, operated by X",
// "owners of the mines, led by X": the cue before "by" (at token by) says
// who owns or runs an asset, not a company, so X is at work in the
// sentence and counts. It is a company's owner when a company is named
// earlier in the sentence ("Kolaka Nickel, owned by GEM"), and a former
// owner when the cue is in the past ("previously owned by X", "acquired by").
func (d *Dictionary) assetOwner(ts *tokens, hits []hit, sents []int32, by int, h hit) bool {
	switch ts.key(by - 1) {
	case "owned", "operated", "run", "controlled", "led", "majority-owned", "wholly-owned":
	default:
		return false
	}
	sent := sents[by]
	for j := by - 2; j >= 0 && sents[j] == sent; j-- {
		if o, ok := hitCovering(hits, j); ok && o.name != h.name {
			return false
		}
		if r := d.roles; r.companyNoun[ts.key(j)] || r.anaphora[ts.key(j)] {
			return false // "the group, which is controlled by X": a company's owner
		}
		switch ts.key(j) {
		case "previously", "formerly", "once", "originally", "until", "was", "were", "had", "been":
			if j >= by-3 {
				return false
			}
		}
	}
	return true
}

// titleOnlyFormer returns, when the title names a company by a former
// name, a test for such title hits whose company the text never names:
// in a title-case title "Kolaka Venture Ships First Cobalt Sulphate" reads
// "First Cobalt" (renamed in 2021) where no company is meant, and an item
// about a former entity names it in its text too. It returns nil when no
// title hit is by a former name (the usual case, at no cost).
func titleOnlyFormer(hits []hit) func(hit) bool {
	if !slices.ContainsFunc(hits, func(h hit) bool { return h.src == 0 && h.former > 0 }) {
		return nil
	}
	return func(h hit) bool {
		return h.src == 0 && h.former > 0 && !slices.ContainsFunc(hits, func(o hit) bool { return o.src == 1 && o.company == h.company })
	}
}

// underIntro says why the highlight holding byte off of hl (the
// highlights, one per paragraph) names no subject when it is a sub-point
// of a highlight that ends with a colon: under "Peers in Brazil:" or
// "Other producers:" the companies are comparisons (noteExample); under
// "Venture partners:" or "Shareholders:" they are holders (noteParent,
// docs/labelling.md 4 and 5). A sub-point is a bullet ("- X") or, as
// publishers also nest them, a highlight made only of names and stakes
// ("Qorvath Nickel, 55%", "A, B and C."). It returns "" otherwise.
func (d *Dictionary) underIntro(hl string, off int) string {
	start := strings.LastIndex(hl[:off], "\n\n") + 1
	if !strings.Contains(hl[:start], ":\n") && !strings.Contains(hl[start:], ":") {
		return "" // no highlight ends with a colon
	}
	for {
		para := strings.TrimSpace(hl[start:])
		if i := strings.Index(para, "\n\n"); i >= 0 {
			para = para[:i]
		}
		switch {
		case isBullet(para):
		case strings.HasSuffix(para, ":"):
			return d.introNote(para)
		case !namesOnly(para):
			return ""
		}
		if start <= 1 {
			return ""
		}
		start = strings.LastIndex(hl[:start-1], "\n\n") + 1
	}
}

// introNote says what a highlight ending with a colon introduces: peers
// (noteExample), holders (noteParent) or neither ("").
func (d *Dictionary) introNote(para string) string {
	ts := d.words.tokenize(para)
	for i := range ts.toks {
		switch k := ts.key(i); {
		case d.roles.peerIntro[k]:
			return noteExample
		case d.roles.holderIntro[k]:
			return noteParent
		}
	}
	return ""
}

// namesOnly reports whether a highlight holds only capitalised words,
// numbers, stakes and list words ("Qorvath Nickel, 55%", "Alder Lithium,
// Brant Minerals and Corvo Metals."): a sub-point that lists names, not a
// sentence of news.
func namesOnly(para string) bool {
	words := 0
	for w := range strings.FieldsSeq(para) {
		w = strings.Trim(w, ",.;()%")
		if w == "" {
			continue
		}
		words++
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r) || unicode.IsDigit(r):
		case w == "and" || w == "or" || w == "&" || w == "percent" || w == "per" || w == "cent":
		default:
			return false
		}
	}
	return words > 0
}

// isBullet reports whether a highlight is a nested bullet ("- X", "• X").
func isBullet(s string) bool {
	for _, p := range []string{"- ", "\u2013 ", "\u2022 ", "* "} {
		if strings.HasPrefix(s, p) {
			return true
		}
	}
	return false
}

// descriptorStart returns where a description of the company after token j
// starts when token j ends one: a company noun or a "-maker", with up to
// three lower-case words or places before it ("Japanese specialty
// steelmaker", "state nuclear company"). It returns j+1 when there is none.
func (d *Dictionary) descriptorStart(ts *tokens, sents []int32, j int) int {
	k := ts.key(j)
	if !ts.joined(j+1) || ts.has(j, fUpperInit) || !(d.roles.companyNoun[k] || strings.HasSuffix(k, "maker")) {
		return j + 1
	}
	b := j
	for b > 0 && b > j-4 && sents[b-1] == sents[j] && ts.joined(b) {
		p := ts.key(b - 1)
		if d.words.function[p] || d.roles.companyNoun[p] || !(d.roles.place[p] || !ts.has(b-1, fUpperInit)) {
			break
		}
		b--
	}
	return b
}

// actsAfter reports a verb of the company's own act right after hit h, past
// its legal suffix and closing comma: "Quetzal Andina S.A., has signed",
// "Mogul Graphite Tanzania Limited, has executed".
func (r *roleWords) actsAfter(ts *tokens, sents []int32, h hit) bool {
	e := h.end
	// past "S.A.", "Limited", a bracketed country ("(Tanzania) Limited")
	// and a bracketed ticker ("(Nasdaq: CRML) applies")
	for e < len(ts.toks) && sents[e] == sents[h.pos] {
		if r.words.legal[ts.key(e)] {
			e++
			continue
		}
		if !strings.Contains(ts.gap(e), "(") {
			break
		}
		for e++; e < len(ts.toks) && e < h.end+6 && sents[e] == sents[h.pos] && !strings.Contains(ts.gap(e), ")"); e++ {
		}
	}
	if e >= len(ts.toks) || sents[e] != sents[h.pos] {
		return false
	}
	k := ts.key(e)
	if k == "has" || k == "have" || k == "will" || k == "had" {
		if e+1 >= len(ts.toks) || sents[e+1] != sents[h.pos] {
			return false
		}
		k = ts.key(e + 1)
		return r.companyVerb[k] || r.dealVerb[k] || strings.HasSuffix(k, "ed") || k == "supply" || k == "sign"
	}
	return r.actVerb(k)
}

// objectInSentence reports whether h, past the names and "and" before it
// in its sentence (at most twelve words back), follows a verb of being or
// including (roles.toml object_cues): "One is understood to be X",
// "Partners include A and X", a counterpart the sentence names, not its
// actor.
func (r *roleWords) objectInSentence(ts *tokens, sents []int32, hits []hit, h hit) bool {
	for j := h.pos - 1; j >= 0 && j >= h.pos-12 && sents[j] == sents[h.pos]; j-- {
		if o, ok := hitCovering(hits, j); ok {
			j = o.pos
			continue
		}
		k := ts.key(j)
		if k == "and" || ts.has(j, fUpperInit) && !ts.has(j, fSentStart) {
			continue
		}
		return r.objectCue[k]
	}
	return false
}

// unitBefore reports a unit noun shortly before h in its sentence, or a
// joint-venture noun anywhere before it there: "Kamoto Copper, the
// Congolese unit of X" names X only to identify its unit, and "the venture
// is owned by X and Y" a venture's partner (docs/labelling.md, 2 and 4),
// which its own act in one more sentence does not make a subject.
func (r *roleWords) unitBefore(ts *tokens, sents []int32, h hit) bool {
	for j := h.pos - 1; j >= 0 && sents[j] == sents[h.pos]; j-- {
		if k := ts.key(j); j >= h.pos-4 && r.unit[k] || r.ventureNoun[k] {
			return true
		}
	}
	return false
}

// actVerb reports a verb of a company's own act, leaving out the deal
// words that are no act on their own ("will", "set", "talks", "MoU").
func (r *roleWords) actVerb(k string) bool {
	return r.companyVerb[k] || r.dealVerb[k] && k != "will" && k != "set" && k != "talks" && k != "mou"
}

// actsPast reports a verb of the company's own act after hit h, past its
// legal suffix and an apposition closed by a comma: "X Limited, a
// Lubumbashi-based processor, financed the project", "X Co., Ltd., will
// build a plant". Holding verbs ("holds", "will keep") are a role, not an
// act.
func (r *roleWords) actsPast(ts *tokens, sents []int32, hits []hit, h hit) bool {
	n, sent := len(ts.toks), sents[h.pos]
	// X opens its sentence, or is the apposition of the short noun phrase
	// that does ("SMK's parent, X, said"): the sentence's actor, not a
	// company inside another's apposition ("Y, a unit of X, announced").
	b := h.pos
	for b > 0 && sents[b-1] == sent {
		b--
	}
	if b < h.pos {
		if h.pos-b > 6 || !strings.Contains(ts.gap(h.pos), ",") {
			return false
		}
		for k := b; k < h.pos; k++ {
			if o, ok := hitCovering(hits, k); ok && !possessive(ts, o.end-1) || insidePhrase(ts.key(k)) {
				return false // "Norbridge's parent, X," is fine
			}
		}
	}
	e := h.end
	for e < n && sents[e] == sent && (r.words.legal[ts.key(e)] || strings.Contains(ts.gap(e), "(")) {
		e++
	}
	if e < n && sents[e] == sent && ts.gap(e) == "," && !relativeWord(ts.key(e)) && !r.companyVerb[ts.key(e)] &&
		ts.key(e) != "will" && ts.key(e) != "has" && ts.key(e) != "had" {
		// ", a Lubumbashi-based processor," up to eight words
		k := e + 1
		for k < n && k <= e+8 && sents[k] == sent && ts.gap(k) != "," && !strings.ContainsAny(ts.gap(k), ";:()") {
			k++
		}
		if k >= n || sents[k] != sent || ts.gap(k) != "," {
			return false
		}
		e = k
	}
	if e >= n || sents[e] != sent || ts.capitalised(e) {
		return false
	}
	k := ts.key(e)
	if k == "will" || k == "has" || k == "had" || k == "would" {
		if e+1 >= n || sents[e+1] != sent {
			return false
		}
		k = ts.key(e + 1)
		switch k {
		case "be", "been", "not", "remain", "retain", "keep", "hold", "own", "continue":
			return false
		}
		return !r.holder.endsAt(ts, e+1) && !ts.capitalised(e+1)
	}
	if r.holder.endsAt(ts, e) || k == "based" || k == "owned" || k == "listed" {
		return false
	}
	return r.actVerb(k) || strings.HasSuffix(k, "ed") && ts.toks[e].runes > 4
}

// insidePhrase reports a preposition that puts a name inside another's phrase.
func insidePhrase(k string) bool {
	return k == "of" || k == "by" || k == "with" || k == "from" || k == "to" || k == "and"
}

// issuerUnit reports "The company's Korean subsidiary, X," (the issuer's
// unit, up to three words before the unit noun at token j) opening its
// sentence: the unit named to say who runs a site (docs/labelling.md, 3).
func issuerUnit(ts *tokens, sents []int32, j int) bool {
	t := issuerUnitThe(ts, sents, j)
	return t == 0 || t > 0 && sents[t-1] != sents[j]
}

// heldByIssuerUnit reports "held by the company's Tanzanian subsidiary, X"
// (the issuer's unit, up to three words before the unit noun at token j,
// after "by" or "to"): the unit named to say who holds a licence
// (docs/labelling.md, 3).
func heldByIssuerUnit(ts *tokens, sents []int32, j int) bool {
	t := issuerUnitThe(ts, sents, j)
	return t > 0 && sents[t-1] == sents[j] && (ts.key(t-1) == "by" || ts.key(t-1) == "to")
}

// issuerUnitThe returns the token of "the" in "the company's [Korean]
// subsidiary" (up to three words before the unit noun at token j, in its
// sentence), or -1: the issuer's unit, which issuerUnit and
// heldByIssuerUnit tell apart by what precedes it.
func issuerUnitThe(ts *tokens, sents []int32, j int) int {
	for b := j - 1; b >= 1 && b >= j-4 && sents[b] == sents[j]; b-- {
		if ts.key(b) == "company" && ts.has(b, fPossessive) {
			if ts.key(b-1) == "the" {
				return b - 1
			}
			return -1
		}
	}
	return -1
}

// issuerUnitEnds reports "the Company's subsidiary, X Ltd." closing its
// sentence: a release's unit named as the object of the issuer's news
// ("granted a licence ... to the Company's subsidiary, Kilimani Graphite
// Tanzania Ltd."). Named so as a sentence's subject, the unit may be the
// news ("The company's HPAL unit, PT X, produced ...").
func (w *wordSets) issuerUnitEnds(ts *tokens, sents []int32, j int, h hit) bool {
	if j < 1 || ts.key(j-1) != "company" || !ts.has(j-1, fPossessive) {
		return false
	}
	e := h.end
	for e < len(ts.toks) && sents[e] == sents[h.pos] && w.legal[ts.key(e)] {
		e++
	}
	return e >= len(ts.toks) || sents[e] != sents[h.pos]
}

// otherNationality reports an anaphor starting at token a ("the") whose
// nationality word names another country than the one of dictionary
// company h: "The Korean group said" right after Ulba Metallurgical Plant
// (Kazakhstan) stands for the Korean company named before it. Hyphenated
// forms ("the Chinese-owned miner", "the Anglo-Australian group") describe
// ownership or mixed roots and are not read.
func (d *Dictionary) otherNationality(ts *tokens, a int, h hit) bool {
	if h.company < 0 || d.companies[h.company].Country == "" {
		return false
	}
	country := strings.ToLower(d.companies[h.company].Country)
	for p := a + 1; p < len(ts.toks) && p <= a+4 && ts.joined(p); p++ {
		k := ts.key(p)
		if d.roles.anaphora[k] {
			break
		}
		subs, ok := d.roles.nationality[k]
		if !ok || strings.Contains(ts.gap(p), "-") || p+1 < len(ts.toks) && strings.Contains(ts.gap(p+1), "-") {
			continue
		}
		match := false
		for _, c := range subs {
			match = match || strings.Contains(country, c)
		}
		return !match
	}
	return false
}

// backerOf reports a name joined by a hyphen to "backed", "owned",
// "controlled" or "funded" before a company noun: "Glencore-backed
// junior", "a Sojitz-owned explorer": the owner or backer of the company
// the sentence is about. Before an asset, or a word that may be one
// ("smelter", "refiner"), the owner is at work ("a Tsingshan-owned smelter
// started a line").
func (d *Dictionary) backerOf(ts *tokens, h hit) bool {
	e := h.end
	if e+1 >= len(ts.toks) || ts.gap(e) != "-" || !ts.joined(e+1) {
		return false
	}
	switch ts.key(e) {
	case "backed", "owned", "controlled", "funded", "financed", "supported":
		switch ts.key(e + 1) {
		case "company", "firm", "group", "junior", "explorer", "developer", "miner", "producer", "startup",
			"start-up", "venture", "consortium", "subsidiary", "unit", "affiliate":
			return true
		}
	}
	return false
}

// originAfter reports a role word at token k that an origin follows
// ("supplier from Stuttgart", "maker based in Changwon"): the apposition
// says what the company is, not its role towards another.
func originAfter(ts *tokens, sents []int32, k int) bool {
	a := k + 1
	if a+1 >= len(ts.toks) || sents[a] != sents[k] || !ts.joined(a) {
		return false
	}
	switch ts.key(a) {
	case "from":
		return ts.joined(a+1) && ts.capitalised(a+1)
	case "based", "headquartered":
		return true
	}
	return false
}

// namesChain reports whether some company of the item is one the
// dictionary knows and does not place outside the chain (a candidate's
// trade is unknown: "Generation Minerals", a state vehicle, is no chain
// company).
func (d *Dictionary) namesChain(order []*tally) bool {
	for _, t := range order {
		if t.found.Known && !d.outside[t.found.Name] {
			return true
		}
	}
	return false
}

// ownsNamed reports whether the item names a chain company the dictionary
// lists as a unit of name: a state capital group outside the chain is
// part of the news of the battery maker it controls, with or without a
// cue word ("the Party committee of its parent group").
func (d *Dictionary) ownsNamed(order []*tally, name string) bool {
	for _, t := range order {
		if !t.found.Known || d.outside[t.found.Name] {
			continue
		}
		if c, ok := d.byName[foldString(t.found.Name)]; ok && d.companies[c].Parent == name {
			return true
		}
	}
	return false
}

// dropOutside reports whether the finding of name, a company the dictionary
// places outside the chain, is left out of the item's companies: it is kept
// when the item names one of its side minerals ("nickel" for a platinum
// miner that sells by-product nickel) or names it holding a stake in a
// chain company.
func (d *Dictionary) dropOutside(ts *tokens, sents []int32, hits []hit, name string) bool {
	if !d.outside[name] {
		return false
	}
	if side := d.side[name]; len(side) > 0 && ts.namesAny(side) {
		return false
	}
	return !d.roles.holdsChainStake(ts, sents, hits, name, d.outside)
}

// namesAny reports whether the tokens hold one of the word sequences
// (folded words) anywhere.
func (ts *tokens) namesAny(seqs [][]string) bool {
	for i := range ts.toks {
		for _, seq := range seqs {
			if i+len(seq) <= len(ts.toks) && ts.keysAt(i, seq) {
				return true
			}
		}
	}
	return false
}

// keysAt reports whether the tokens from i on have the folded keys seq.
func (ts *tokens) keysAt(i int, seq []string) bool {
	for j, w := range seq {
		if ts.key(i+j) != w {
			return false
		}
	}
	return true
}

// holdsChainStake reports whether some body naming of name is followed,
// in its sentence, by a stake word or a percentage and then "in" and
// another company of the item that the dictionary does not place outside
// the chain, by any of its words ("X, the state mining company, takes a 5%
// carried interest in Y"). Such a holder is part of the chain's news even
// when its own minerals are not.
func (r *roleWords) holdsChainStake(ts *tokens, sents []int32, hits []hit, name string, outside map[string]bool) bool {
	var words map[string]bool // the words of the item's other chain companies, read once
	scanned := int32(-1)
	for _, h := range hits {
		if h.src != 1 || h.name != name || sents[h.pos] == scanned {
			continue // a later naming in a sentence already read to its end adds nothing
		}
		scanned = sents[h.pos]
		stake := false
		for k := h.end; k+1 < len(ts.toks) && sents[k+1] == scanned; k++ {
			stake = stake || r.stake[ts.key(k)] || stakeFigure(ts, k)
			if !stake || ts.key(k) != "in" {
				continue
			}
			if words == nil {
				words = map[string]bool{}
				for _, y := range hits {
					if y.name != name && !outside[y.name] {
						for _, w := range strings.Fields(y.name) {
							words[foldString(w)] = true
						}
					}
				}
			}
			if words[ts.key(k+1)] {
				return true
			}
		}
	}
	return false
}

// sameCompanyAnaphor reports a Japanese or Korean anaphor at a (同社, 이 회사:
// "the said company") whose antecedent h is named in the same sentence or
// the one before. Unlike English "the company", which an item with a
// subject uses for that subject, these words name the company just
// written: "JX金属も権益を取得した。同社が注力する事業で活用する" is a second
// sentence about JX金属, whoever the item's subject is.
func (d *Dictionary) sameCompanyAnaphor(ts *tokens, sents []int32, h hit, a int) bool {
	return sents[a]-sents[h.pos] <= 1 && d.localAnaphorAt(ts, a)
}
