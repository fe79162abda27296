package companies

import (
	"slices"
	"strings"
	"time"

	"github.com/lode-reader/lode/internal/text"
)

// The analysis driver: Analyze and its text forms, the Finding it
// reports, and analyze, which tallies every naming of a company in the
// title, highlights, lead and body and decides which companies are the
// item's subjects and which are mentions, and why.

// Doc is an item's text by part, as Analyze weighs it.
type Doc struct {
	// Title is the item's title; a company named there weighs most.
	Title string
	// Highlights are the publisher's bullet points. When HighlightsDerived
	// is set they are body sentences lode picked and are not read again.
	Highlights        []string
	HighlightsDerived bool
	// Body, Analysis and Takeaway are the item's other sections, plain text;
	// the first paragraph of Body is the lead.
	Body     string
	Analysis string
	Takeaway string
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
	// Until is the year Former was dropped; 0 when Former is empty or the
	// dictionary gives no year.
	Until int
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
	// Title is set for a naming in the title, unset for one in text.Text.Body.
	Title bool
	// Start and End are the naming's byte offsets, end exclusive.
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
	// company's own asset as that highlight's news; or as its actor, "X
	// emerges as a likely buyer" (highlightActs).
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
	// partnerSent is the body sentence of a naming as a venture's partner
	// (+1), named as one ("its joint venture partner X", "joint venture
	// partners X and Y opened"), not as the vehicle's owner; an act of its
	// own in a later sentence makes it a subject (docs/labelling.md, 4), as
	// for a parent, owner or seller.
	partnerSent int32
	ownTopic    bool
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
	d.bodyShortOfNamed(&srcs, hits)
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
		if d.placeNamed(&srcs[h.src], h) {
			continue // "no Vale do Jequitinhonha": the valley, not Vale
		}
		if d.roles.mineNamed(&srcs[h.src], h) || h.src == 1 && d.words.assetAppositive(ts, h) {
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
			(part == 1 || part == 2) && (d.words.inContextClause(ts, h, hits, sents) || d.words.assetOwnerObject(ts, h) || d.roles.latinFoundedBefore(ts, sents, h.pos-1))) {
			// The lead's second sentence, when the first already named a
			// company, adds context ("... the level at which Glencore was
			// cutting output"), and so does a clause of the lead or a
			// highlight after another company (", while MP Materials cut
			// its forecast"): it counts as one body sentence.
			if s := sents[h.pos]; !slices.Contains(t.goodSents, s) {
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
				if s := sents[h.pos]; !slices.Contains(t.goodSents, s) {
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
				if s := sents[h.pos]; !slices.Contains(t.goodSents, s) {
					t.goodSents = append(t.goodSents, s)
				}
			}
			if (note == noteParent || note == noteSeller || note == noteTarget) && part >= 2 && h.src == 1 && t.heldSent == 0 {
				if unit, venture := d.roles.unitBefore(ts, sents, h); venture && t.partnerSent == 0 && d.roles.partnerNamed(ts, sents, hits, h) {
					t.partnerSent = sents[h.pos] + 1
				} else if !unit && !venture {
					t.heldSent = sents[h.pos] + 1
				}
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
				if s := sents[h.pos]; !slices.Contains(t.goodSents, s) {
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
				t.hlTopic = t.hlTopic || h.src == 1 && ts.has(h.pos, fSentStart) && (d.words.ownerPossessive(ts, h) || d.roles.highlightActs(ts, sents, h))
			}
		} else if s := sents[h.pos]; !slices.Contains(t.goodSents, s) {
			t.goodSents = append(t.goodSents, s)
		}
		if h.src == 1 {
			refer(t, h.pos, false)
			// ... or as its clause's actor elsewhere in the sentence, with
			// its statement, money or work ("A and X declined to comment",
			// "after X suspended", "X did not immediately respond").
			t.ownOpen = t.ownOpen || part == 3 && int(ts.toks[h.pos].start) < commentary && (ts.has(h.pos, fSentStart) && (d.roles.actsAfter(ts, sents, h) || d.roles.actsPast(ts, sents, hits, h)) ||
				(t.heldSent > 0 || t.partnerSent > 0) && d.actsAgain(ts, sents, hits, h))
			t.ownTopic = t.ownTopic || part == 3 && ts.has(h.pos, fSentStart) && int(ts.toks[h.pos].start) < commentary && possessive(ts, h.end-1)
			if part == 3 && int(ts.toks[h.pos].start) < commentary {
				if s, ok := itNext(ts, sents, hits, h); ok && !slices.Contains(t.goodSents, s) {
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
	// "Belmora signs MoU with Chinese importer ... Chinese trader X will
	// take 20,000 tonnes": the title names the other party by nationality,
	// and the first company of that nationality the body names is the one
	// it means (docs/labelling.md 1). It counts as named in the title when
	// the body describes it by the nationality; when the first is a
	// dictionary company of that country named without it, the title's
	// party is left unread.
	if countries := d.describedInTitle(tt, hits); countries != nil {
		for _, h := range hits {
			if h.src != 1 || h.pos >= footer {
				continue
			}
			national := d.titleNationalBefore(ts, sents, h, countries)
			if !national && (h.company < 0 || !d.fromCountry(h.company, countries)) {
				continue
			}
			if t := byName[h.name]; national && t != nil && t.good == 0 && t.demoted == 0 {
				t.good++
			}
			break
		}
	}
	// "Xi inspected a company that makes magnets. He learned about the
	// operations of X": the description is a sentence about X.
	if dn, ok := d.words.describedBefore(ts, sents, hits, footer); ok {
		if t := byName[dn.name]; t != nil && !slices.Contains(t.goodSents, dn.sent) {
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
			if s := sents[a]; !slices.Contains(t.goodSents, s) {
				t.goodSents = append(t.goodSents, s)
			}
			if int(ts.toks[a].start) < commentary {
				t.news = true
			}
		}
	}
	// "代表集团公司祝贺": a standalone "集团公司" is the item's one group
	// company, each sentence holding it a sentence about that group.
	if name, gs := d.words.han.groupRefSents(&srcs, sents, hits, bodyStart, footer); name != "" {
		if t := byName[name]; t != nil {
			for _, s := range gs {
				if !slices.Contains(t.goodSents, s) {
					t.goodSents = append(t.goodSents, s)
				}
			}
		}
	}
	// "The two companies will each hold half": a sentence referring back to
	// the two companies the sentence before named is a sentence about each.
	for _, p := range d.pairRefs(ts, sents, hits, bodyStart, footer) {
		for _, name := range p.names {
			t := byName[name]
			if t == nil {
				continue
			}
			if !slices.Contains(t.goodSents, p.sent) {
				t.goodSents = append(t.goodSents, p.sent)
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
				if !t.hlObject && !slices.Contains(t.goodSents, t.hlSent) {
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
		held := t.heldSent
		if held == 0 {
			held = t.partnerSent // a venture's partner acting again (docs/labelling.md, 4)
		}
		if own && held > 0 && len(t.goodSents) == 1 && t.goodSents[0] != held-1 {
			t.goodSents = append(t.goodSents, held-1)
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

// firstFrom returns the first token at or after byte offset from.
func firstFrom(ts *tokens, from int) int {
	for i := range ts.toks {
		if int(ts.toks[i].start) >= from {
			return i
		}
	}
	return len(ts.toks)
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
