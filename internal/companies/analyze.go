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

// firstFrom returns the first token at or after byte offset from.
func firstFrom(ts *tokens, from int) int {
	for i := range ts.toks {
		if int(ts.toks[i].start) >= from {
			return i
		}
	}
	return len(ts.toks)
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
