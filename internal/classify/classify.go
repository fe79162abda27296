// Package classify scores how far a briefing is dominated by political or
// ideological content (Party study sessions, loyalty campaigns, propaganda
// language, resource-nationalist rhetoric) rather than production, prices,
// deals and earnings. It is a weighted phrase lexicon with field weights and
// a sentence-level political share, combined into a logistic score; it runs
// offline, is deterministic and explains itself with the phrases that fired.
package classify

import (
	"cmp"
	"fmt"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/lode-reader/lode/internal/sanitize"
	"github.com/lode-reader/lode/internal/text"
)

// algoVersion changes whenever scoring changes in a way that alters results.
const algoVersion = "c34"

// DefaultThreshold is the score at or above which an item is flagged,
// calibrated on the labelled corpus in testdata/ideology.
const DefaultThreshold = 0.5

// maxReasons caps Result.Reasons.
const maxReasons = 8

// Doc is the text of one briefing, split by section (the same parts every
// step that reads an item's words takes).
type Doc = text.Doc

// Reason is one phrase that moved the score: its text as written, its
// contribution (positive pushes towards ideology) and the section where it
// counted most.
type Reason struct {
	// Text is the phrase as the item wrote it.
	Text string
	// Weight is what the phrase added over all its hits to the raw score
	// (before it is squashed into [0,1]), rounded to two decimals;
	// negative for a business signal.
	Weight float64
	// Field is "title", "highlights", "body", "analysis" or "takeaway".
	Field string
}

// String renders the reason on one terminal-safe line, for example
// `"Party study session" +0.32 (title)`.
func (r Reason) String() string {
	return string(r.Append(nil))
}

// Append appends the line String returns to b: a caller rendering many
// reasons writes them into one buffer.
func (r Reason) Append(b []byte) []byte {
	text := sanitize.Line(r.Text)
	if utf8.RuneCountInString(text) > maxReasonRunes {
		rs := []rune(text)
		text = string(rs[:maxReasonRunes-1]) + "…"
	}
	text = strings.ReplaceAll(text, `"`, "'")
	field := sanitize.Line(r.Field)
	// `"%s" %+.2f (%s)` written without fmt (TestReasonStringAsSprintf).
	b = slices.Grow(b, len(text)+len(field)+16)
	b = append(b, '"')
	b = append(b, text...)
	b = append(b, '"', ' ')
	n := len(b)
	b = strconv.AppendFloat(b, r.Weight, 'f', 2, 64)
	if b[n] != '-' && b[n] != '+' {
		b = append(b[:n+1], b[n:]...)
		b[n] = '+'
	}
	b = append(b, ' ', '(')
	b = append(b, field...)
	return append(b, ')')
}

// maxReasonRunes bounds the quoted phrase in Reason.String.
const maxReasonRunes = 60

// Result is the classifier's verdict on one Doc.
type Result struct {
	// Score is in [0,1]; higher means ideology dominates the item.
	Score float64
	// Flagged is Score >= the classifier's threshold.
	Flagged bool
	// Reasons are the strongest contributing phrases, sorted by weight
	// descending (business signals, being negative, come last).
	Reasons []Reason
	// PoliticalShare is the share of sentences whose political phrases
	// outweigh their business phrases.
	PoliticalShare float64
}

// Term is a user lexicon entry. A positive weight marks political or
// ideological language, a negative one a business signal. A phrase already
// in the built-in lexicon takes the user's weight.
type Term struct {
	// Phrase is the words to match, matched by word forms, not substrings.
	Phrase string `toml:"phrase"`
	// Weight is the phrase's weight per hit; its sign must fit Kind: 0 for
	// a blocker, negative for business, positive otherwise.
	Weight float64 `toml:"weight"`
	// Kind is "directive", "rhetoric", "topic", "business" or "blocker";
	// empty keeps a built-in phrase's kind, and makes a new phrase
	// directive (positive weight) or business (negative).
	Kind string `toml:"kind,omitempty"`
}

// Options configure New.
type Options struct {
	// Threshold for Flagged; 0 means DefaultThreshold.
	Threshold float64
	// Extra terms added to (or overriding) the built-in lexicon.
	Extra []Term
}

// Classifier scores documents. It is immutable after New and safe for
// concurrent use.
type Classifier struct {
	lx        *lexicon
	threshold float64
	version   string
	pool      *sync.Pool // per-call scratch space; holds no results
}

// New compiles the built-in lexicon plus o.Extra. It fails, naming the term,
// on an empty phrase or a NaN, infinite or out-of-range weight, and on a
// threshold outside (0,1].
func New(o Options) (*Classifier, error) {
	th := o.Threshold
	if th == 0 {
		th = DefaultThreshold
	}
	if math.IsNaN(th) || th <= 0 || th > 1 {
		return nil, fmt.Errorf("classifier threshold %v: must be in (0,1]", o.Threshold)
	}
	sources, err := builtinSources()
	if err != nil {
		return nil, fmt.Errorf("build classifier: %w", err)
	}
	return newFromSources(sources, th, o.Extra)
}

// newFromSources builds a classifier of the given lexicon files (New passes
// every built-in file) and user extras, at threshold th.
func newFromSources(sources []lexSource, th float64, extra []Term) (*Classifier, error) {
	lx, err := buildLexicon(sources, extra)
	if err != nil {
		return nil, fmt.Errorf("build classifier: %w", err)
	}
	return &Classifier{lx: lx, threshold: th, version: algoVersion + "-" + lx.hash, pool: &sync.Pool{}}, nil
}

// Version identifies the algorithm and lexicon (built-in plus user extras);
// it changes when either changes, so cached scores can be recomputed.
func (c *Classifier) Version() string { return c.version }

// Threshold returns the score at or above which items are flagged.
func (c *Classifier) Threshold() float64 { return c.threshold }

// Field indexes. Directive, rhetoric and business phrases count more in
// the title and the publisher's own sections than in the body; topic phrases
// count the same everywhere.
const (
	fTitle = iota
	fHighlights
	fBody
	fAnalysis
	fTakeaway
	nFields
)

// fieldName returns the Reason.Field name of field f.
func fieldName(f uint8) string {
	switch f {
	case fTitle:
		return "title"
	case fHighlights:
		return "highlights"
	case fBody:
		return "body"
	case fAnalysis:
		return "analysis"
	}
	return "takeaway"
}

// fieldMult returns how much a phrase of kind k in field f counts. Reporting
// about politics (topic) is not made stronger by standing in a headline: a
// headline naming a junta or a Party Secretary is news about them.
func fieldMult(f uint8, k kind) float64 {
	if k == kTopic {
		return 1
	}
	switch f {
	case fTitle:
		return titleMult
	case fHighlights:
		return 2
	case fAnalysis, fTakeaway:
		return 1.5
	}
	return 1
}

// Scoring constants, fitted on the fitting sets in testdata/ideology (see
// docs/classifier.md):
//
//	z = wPos*ln(1 + D + R + T') - wNeg*ln(1 + N) + wShare*share + bias
//
// with D, R the directive and rhetoric evidence, T' the topic evidence
// saturated at topicCap (T' = topicCap*(1-e^(-T/topicCap))), N the business
// evidence and share the political share of sentences.
const (
	wPos   = 1.7
	wNeg   = 0.85
	wShare = 0.55
	bias   = -0.3
	// titleMult is the title multiplier of directive, rhetoric and business
	// phrases.
	titleMult = 2.5
	// topicCap bounds the evidence that politics-as-topic phrases can add.
	topicCap = 0.75
	// topicOnly scales the saturated topic evidence of an item with no
	// directive or rhetoric phrase at all: names, titles and events of
	// politics with nothing said in a political voice are reporting about
	// politics (a leader's inspection tour, a court upholding a
	// nationalisation), which the definition does not flag.
	topicOnly = 0.6
	// voiceMin and voiceFull extend topicOnly to an item that speaks in a
	// political voice only faintly (c7): up to voiceMin of directive and
	// rhetoric evidence (one medium phrase in the body: a junta's quoted
	// "disloyal", a readout's "under the guidance of") its topic evidence is
	// scaled by topicOnly too, and the scale rises linearly to 1 at
	// voiceFull (one strong phrase in the body). One political word among
	// many names, titles and events of politics is still reporting about
	// politics.
	voiceMin  = 0.55
	voiceFull = 1.1
	// voicelessMax bounds the score of an item with no directive or
	// rhetoric evidence at all (c9), once quoted and reported rhetoric has
	// been set aside: names, titles and events of politics with nothing
	// said in a political voice (a state group chairman's visits told in
	// the group's own release, a bill reported with its sponsors' quoted
	// lines) are reporting about politics, which the definition does not
	// flag. Below DefaultThreshold, so such an item is never flagged at
	// the default.
	voicelessMax = 0.45
	// topicShare is how much a topic phrase weighs when deciding whether a
	// sentence is political.
	topicShare = 0.5
	// cueWindow is how many words before a business phrase a cue may sit.
	cueWindow = 4
	// politicalMin is the net raw weight that makes a sentence political.
	politicalMin = 0.4
	// minSentenceWords keeps headings and fragments out of the share.
	minSentenceWords = 3
	// loneCap bounds the directive and rhetoric evidence of an item whose
	// only such phrases stand in one body sentence, when at most loneShare
	// of its sentences are political: one line of Party formula in a
	// business readout.
	loneCap   = 0.4
	loneShare = 0.15
	// loneMinSentences: an item of at least this many sentences whose one
	// political sentence is the body's opening sentence and holds every
	// directive and rhetoric phrase gets the loneCap too, whatever its
	// share: a short readout that opens with its formula line ("To
	// implement the spirit of ..., the commission held a symposium").
	loneMinSentences = 4
	// actionMin: an item with at least actionMin sentences of facts in
	// its own words (a concrete figure or a legal change outside quotation
	// marks), and no fewer than its sentences of quoted or reported
	// rhetoric, reads that rhetoric as reporting (reportedVoice).
	actionMin = 2
	// fewLines and leadSentences (c14): an item whose title, or one of its
	// first leadSentences body sentences, states a legal or policy change
	// in the writer's words (leadNews) reports that change; when its
	// sentences of quoted or reported rhetoric are at most 1/fewLines of
	// the body's, the speeches are a few lines of it (labelling rule 14)
	// and reportedVoice sets them aside without actionMin facts.
	fewLines      = 3
	leadSentences = 2
	// factWeight is the business evidence of the first such sentence;
	// the k-th adds factWeight/k. 0.2 until c31; 0.25 (session 41) took
	// three false flags off other roles' 1,259 unseen pages and cost no
	// true positive there, on the 1,134 readable items or on a fresh set.
	factWeight = 0.25
	// rallyVoice is the rhetoric weight of a campaign event's name (a
	// campaign rally, a star rally: lexicon groups marked campaign) that
	// the writer names outside quotation marks in an item told as its
	// speeches: at least rallyVoiced of the body's sentences are someone's
	// words (inside quotation marks or with a speech cue). A rally told as
	// its speeches is political (docs/labelling.md rule 14) whatever its
	// phrases, so the event counts like one strong rhetoric phrase, its
	// speakers' rhetoric is not set aside as reported (reportedVoice) and
	// the one-line cap does not hold it. Named in passing, in an item of
	// the writer's own facts, it stays topic.
	rallyVoice  = 1.1
	rallyVoiced = 0.5
	// partyWorkMin (session 36): a directive of this weight or more in
	// the title, in the writer's words, names Party work (a Party-building
	// review, a central group's study, United Front work), and the item is
	// not a business occasion's report (occasionVoice); the weak "spirit"
	// and "carry out" of a leader's quoted title stay below it.
	partyWorkMin = 0.5
	// titleTagMax and titleNameMax (session 44): a headline's speaker tag
	// before its colon is at most titleTagMax characters, and the name
	// after the post at most titleNameMax (titleSpeaker).
	titleTagMax, titleNameMax = 20, 3
	// partyActWeight (session 40): the directive weight of a ruling
	// party's name (lexGroup.Party) in a sentence in the writer's words
	// that tells the party's own act with a party act cue outside
	// quotation marks (lexFile.PartyActCues: a mine seized or grabbed,
	// equipment donated to its youth): patronage and coercion, as strong
	// as directive-medium's "party-linked" and "proof of patriotism".
	partyActWeight = 0.55
)

// hit is one matched phrase occurrence.
type hit struct {
	term       int32
	field      uint8
	kind       kind // the term's kind, or topic for a legal formula after a legal cue
	start, end int32
	sent       int32   // index in scratch.sents
	weight     float64 // raw lexicon weight, after cue cancelling
	quoted     bool    // inside quotation marks, or in a sentence of reported speech
	inQuotes   bool    // inside quotation marks
}

// sentence accumulates raw weights for the political share.
type sentence struct {
	words      int32
	pos, topic float64 // directive+rhetoric, topic
	neg        float64
	fact       bool // holds a concrete figure outside quotation marks
	change     bool // reports a legal change outside quotation marks
	policy     bool // reports a policy change (a ban, a licence revoked) outside them
	voiced     bool // someone's words: a speech cue, or words inside quotation marks
	// step: a policy cue and a step cue (lexFile.StepCues) stand in it
	// outside quotation marks, whoever's words it reports: an
	// instrument's legal step named ("los contratos firmados", "no serán
	// aprobados"), c14's news in the lead (leadNews).
	step bool
	// speech holds the languages (lexicon file bits) of the speech cues
	// in the sentence: it reports someone's words when one of them is
	// the item's (scratch.langs).
	speech uint8
	// speechAt is the byte (in its field's text) of the first word that
	// made speech non-zero: the commentator's taunt before it describes
	// the speaker ("假惺惺地表示"), after it the speaker may be saying it.
	speechAt int32
	bracket  bool // a bracket stands between two of its words (span.bracket)
	abbrev   bool // an abbreviation in brackets stands in it (span.abbrev)
	// stance: it holds a writer's own-voice marker (lexGroup.Stance)
	// outside quotation marks.
	stance bool
	// dispute: a company's name (span.named) and a dispute cue
	// (lexFile.DisputeCues) stand in it, the cue outside quotation marks,
	// whoever's words it reports: a named company's contract, concession,
	// claim or arbitration is the news ("aseguró que continuará la disputa
	// con la minera Ganfeng").
	dispute bool
	// reading: it holds an analyst's evaluative verb (lexGroup.Reading)
	// outside quotation marks.
	reading bool
	// occasion: it names a business occasion outside quotation marks
	// (lexGroup.Occasion): "为贯彻落实...精神,召开稀土行业座谈会"
	occasion bool
	// inQuote: every word of it stands inside one quotation (a report
	// that opens with its speaker's words quoted, session 44).
	inQuote bool
	// occasionRef: it names the item's occasion as a readout does ("the
	// meeting", 会议: lexGroup.OccasionRef) outside quotation marks.
	occasionRef bool
	// field is the section the sentence stands in; cueStart and cueEnd
	// are the bytes (in its field's text) from the first to the last cue
	// word of the change it reports (change or policy set): "firmó el
	// decreto", the reason line of a change that is the item's news.
	field            uint8
	cueStart, cueEnd int32
}

// scratch is the per-call working memory, pooled to keep allocation (and
// so garbage collection) low at thousands of items per second.
type scratch struct {
	sc      scanner
	ids     []int32
	spans   []span
	sents   []sentence
	hits    []hit
	order   []int32   // hit indexes sorted by term, strongest field first
	keys    []uint64  // orderHits' sort keys
	contrib []float64 // per hit, field-weighted, damped and (topic) saturated
	byKind  [nKinds]float64
	pos     float64 // directive + rhetoric + saturated topic evidence
	neg     float64 // sum of |negative| contributions
	share   float64
	// posR and negR are reasons' candidates, reused item after item.
	posR, negR []Reason
	// names are the company names of the call (ClassifyTextMasked),
	// sorted title first, then by Start.
	names []Span
	// quotes are the quoted byte ranges of the field being read (its
	// text.Words' own, read once at split time).
	quotes []text.Span
	// fields are the fields scanned, in order, with their words' range
	// in ids and spans: every field is scanned before any is matched, so
	// the item's language is known when its sentences are read.
	fields []scanned
	// stops counts the item's stopwords by language (lexicon file), and
	// langs is the languages whose speech cues the item is read with
	// (itemLangs).
	stops [maxLangs]int32
	langs uint8
	// rallies are the hits of campaign events named outside quotation
	// marks in the title or the body (rallySpeech).
	rallies []int32
	// news is the sentence of the title or lead whose change (or figure)
	// is the item's news when reportedVoice set its quoted rhetoric aside
	// for it (c14), else -1; newsWeight is that sentence's business
	// evidence, shown as its reason.
	news       int32
	newsWeight float64
	// occasion is the first sentence of the title or the body that names
	// a business occasion outside quotation marks (lexGroup.Occasion), or -1.
	occasion int32
	// opinion: the title (at its start or end) or the body (at its start)
	// names the item's genre as opinion (lexGroup.Opinion); ownVoice: the
	// item speaks in its writer's own voice (opinion, or stanceMin body
	// sentences of the writer's own stance), so its politics are said, not
	// reported (see ownVoice).
	opinion, ownVoice bool
	// audience: the item names its investor audience outside quotation
	// marks (lexGroup.Audience), so it is in the analyst's voice
	// (analystVoice).
	audience bool
	// turn marks the sentences that go on with a speaker's words in an
	// occasion's report (speakerTurns).
	turn []bool
	// cands, rank, inner and covered are phrases' working memory for one
	// sentence: the phrases found, their order of precedence, which lie
	// inside another, and the words a phrase already took.
	cands   []phrase
	rank    []int32
	inner   []bool
	covered []bool
	// own is ownTerms' working memory: the writer's own rhetoric terms.
	own []int32
}

// scanned is one field scanned: its index, its words and the range of
// scratch.ids and scratch.spans they took.
type scanned struct {
	field  uint8
	ws     *text.Words
	lo, hi int
}

// Classify scores d. The zero Doc scores 0 and is not flagged.
func (c *Classifier) Classify(d Doc) Result {
	return c.ClassifyText(text.New(text.Doc(d)))
}

// ClassifyText is Classify of an item's text already split into words
// (shared with company detection and mineral tagging).
func (c *Classifier) ClassifyText(t *text.Text) Result {
	return c.ClassifyTextMasked(t, nil)
}

// Span is the bytes of a company's name in the title (Title set) or in
// text.Text.Body: its words are names, not phrases of the lexicon.
type Span struct {
	// Title is set for a span of the title, unset for one of text.Text.Body.
	Title bool
	// Start and End are the name's byte offsets, end exclusive.
	Start, End int
}

// ClassifyTextMasked is ClassifyText leaving out the words inside names:
// the companies detection found there ("Patriot" in "Patriot Battery
// Metals", "Red Star" in a company's name), so a word of the lexicon that
// is part of a company's name neither scores nor joins a phrase. names may
// come in any order and overlap; the call does not keep or change it.
func (c *Classifier) ClassifyTextMasked(t *text.Text, names []Span) Result {
	w, _ := c.pool.Get().(*scratch)
	if w == nil {
		w = &scratch{sc: scanner{st: c.lx.stem}}
	}
	defer c.pool.Put(w)
	w.names = append(w.names[:0], names...)
	slices.SortFunc(w.names, func(a, b Span) int {
		if a.Title != b.Title {
			if a.Title {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.Start, b.Start)
	})
	c.features(t, w)
	var res Result
	res.PoliticalShare = w.share
	if w.pos > 0 {
		z := wPos*math.Log1p(w.pos) - wNeg*math.Log1p(w.neg) + wShare*w.share + bias
		res.Score = 1 / (1 + math.Exp(-z))
		if math.IsNaN(res.Score) || res.Score < 0 {
			res.Score = 0
		}
		if res.Score > 1 {
			res.Score = 1
		}
		if w.byKind[kDirective]+w.byKind[kRhetoric] <= 0 && !w.ownVoice {
			res.Score = min(res.Score, voicelessMax)
		}
	}
	res.Flagged = res.Score >= c.threshold
	res.Reasons = c.reasons(t, w)
	return res
}

// fieldWords returns the words of field i and the range of them the field
// holds. Derived highlights are body sentences already counted in the body;
// the layout leaves them out.
func fieldWords(t *text.Text, i int) (ws *text.Words, lo, hi int) {
	if i == fTitle {
		return &t.TitleWords, 0, t.TitleWords.Len()
	}
	start, end := t.Range(text.Part(i - fHighlights))
	ws = &t.BodyWords
	lo = sort.Search(ws.Len(), func(k int) bool { return int(ws.List[k].Start) >= start })
	hi = lo + sort.Search(ws.Len()-lo, func(k int) bool { return int(ws.List[lo+k].Start) >= end })
	return ws, lo, hi
}

// features scans every field, matches the lexicon and fills w's sums.
func (c *Classifier) features(doc *text.Text, w *scratch) {
	w.sents, w.hits, w.rallies = w.sents[:0], w.hits[:0], w.rallies[:0]
	w.pos, w.neg, w.share = 0, 0, 0
	w.byKind = [nKinds]float64{}
	opener := int32(-1)    // the body's first sentence of minSentenceWords words
	bodyLo, bodyHi := 0, 0 // the body's sentences
	titleHi := 0           // the title's sentences are w.sents[:titleHi]
	w.news, w.newsWeight, w.occasion = -1, 0, -1
	w.opinion, w.ownVoice, w.audience = false, false, false
	w.ids, w.spans, w.fields = w.ids[:0], w.spans[:0], w.fields[:0]
	w.stops = [maxLangs]int32{}
	for fi := 0; fi < nFields; fi++ {
		ws, lo, hi := fieldWords(doc, fi)
		if lo == hi {
			continue
		}
		first, from := len(w.sents), len(w.ids)
		w.quotes = ws.Quotes()
		c.scanField(ws, lo, hi, fieldNames(w.names, fi == fTitle), w)
		for i := first; i < len(w.sents); i++ {
			w.sents[i].field = uint8(fi)
		}
		w.fields = append(w.fields, scanned{field: uint8(fi), ws: ws, lo: from, hi: len(w.ids)})
		if fi == fTitle {
			titleHi = len(w.sents)
		}
		if fi == fBody {
			opener = openingSentence(w.sents, first)
			bodyLo, bodyHi = first, len(w.sents)
		}
	}
	w.langs = c.lx.itemLangs(&w.stops)
	for _, f := range w.fields {
		w.quotes = f.ws.Quotes()
		c.matchField(f.field, f.ws.Src, w.ids[f.lo:f.hi], w.spans[f.lo:f.hi], w)
	}
	rally := c.rallySpeech(w, bodyLo, bodyHi)
	if !rally {
		c.occasionVoice(w, titleHi, bodyLo, bodyHi)
		c.reportedVoice(w, titleHi, bodyLo, bodyHi)
		c.complainantVoice(w)
	}
	if w.audience && !rally {
		analystVoice(w)
	}
	w.ownVoice = ownVoice(w.opinion, w.sents[bodyLo:bodyHi])
	if w.ownVoice {
		c.sayOwnTopics(w)
	}
	total, political := 0, 0
	for _, s := range w.sents {
		if s.words < minSentenceWords && s.pos == 0 && s.topic == 0 {
			continue
		}
		total++
		if s.pos+topicShare*s.topic-s.neg >= politicalMin {
			political++
		}
	}
	if total > 0 {
		w.share = float64(political) / float64(total)
	}
	// repetition damping: the k-th occurrence of a phrase (strongest field
	// first) counts 1/(k+1), so repeating a phrase helps only logarithmically
	orderHits(w)
	hits := w.hits
	mult := func(h *hit) float64 { return fieldMult(h.field, h.kind) }
	if cap(w.contrib) < len(hits) {
		w.contrib = make([]float64, len(hits))
	}
	w.contrib = w.contrib[:len(hits)]
	k := 0
	for i, oi := range w.order {
		if i > 0 && hits[w.order[i-1]].term != hits[oi].term {
			k = 0
		}
		h := &hits[oi]
		v := h.weight * mult(h) / float64(k+1)
		w.contrib[oi] = v
		if v > 0 {
			w.byKind[h.kind] += v
		} else {
			w.neg -= v
		}
		k++
	}
	// many mild topic hits saturate: their sum never exceeds topicCap
	t := w.byKind[kTopic]
	if t > 0 {
		sat := topicCap * -math.Expm1(-t/topicCap)
		scaleTopic(hits, w.contrib, sat/t)
		t = sat
	}
	dr := w.byKind[kDirective] + w.byKind[kRhetoric]
	if dr < voiceFull && t > 0 && !w.ownVoice {
		// faint political voice: topic counts as in topic-only items,
		// rising to full weight at voiceFull
		f := topicOnly + (1-topicOnly)*max(0, dr-voiceMin)/(voiceFull-voiceMin)
		scaleTopic(hits, w.contrib, f)
		t *= f
	}
	// One line of formula in a business readout ("the Party Secretary
	// said the city would implement the spirit of the plenary session by
	// mobilising capital"): when every directive and rhetoric phrase stands
	// in one body sentence, that sentence adds at most loneCap.
	if short := political == 1 && total >= loneMinSentences; !rally && dr > loneCap && (w.share <= loneShare || short) {
		lone := int32(-1)
		for i := range hits {
			if k := hits[i].kind; (k == kDirective || k == kRhetoric) && w.contrib[i] > 0 {
				if hits[i].field != fBody || lone >= 0 && hits[i].sent != lone {
					lone = -2
					break
				}
				lone = hits[i].sent
			}
		}
		if lone >= 0 && (w.share <= loneShare || lone == opener) {
			scale := loneCap / dr
			for i := range hits {
				if k := hits[i].kind; (k == kDirective || k == kRhetoric) && w.contrib[i] > 0 {
					w.contrib[i] *= scale
				}
			}
			dr = loneCap
		}
	}
	// facts stated in the item's own words are business evidence: the
	// k-th such sentence adds factWeight/k
	for i, k := 0, 1; i < len(w.sents); i++ {
		if w.sents[i].fact || w.sents[i].change || w.sents[i].policy {
			w.neg += factWeight / float64(k)
			if int32(i) == w.news {
				w.newsWeight = factWeight / float64(k)
			}
			k++
		}
	}
	w.pos = dr + t
}

// seizureReach is how many words may stand between a seizure cue and the
// name of the firm it acts on: "nationalised Somair", « la Somaïr,
// récemment nationalisée », "Somair, the Orano unit the junta
// nationalised". A name further off is another clause's ("LitioMx
// reported on the meaning of the 2022 nationalisation").
const seizureReach = 4

// namedNear reports whether a word inside a company's name stands within
// seizureReach words of word a of spans (one sentence's words).
func namedNear(spans []span, a int) bool {
	return namedIn(spans[max(0, a-seizureReach-1):min(len(spans), a+seizureReach+2)])
}

// cueClass is a class of cue words read beside a company's name
// (span.named): what a sentence reports of a named firm, a state's seizure
// of it or its dispute with a state. matchField reads the classes of
// cueClasses in their order, sentence by sentence: a class whose bit the
// sentence holds (a cue of its list in the item's language) and whose
// condition the sentence meets, with its first cue outside quotation
// marks standing where named asks, has its effect on the sentence. A new
// class is its cue list (a lexFile field, a cueX list and a bitX bit,
// paired in sentenceCues) and one row of cueClasses.
type cueClass struct {
	list int   // the cue list (cueSeizure...), read in the item's language
	bit  uint8 // the list's sentence-wide bit (lexicon.bits)
	// when is the condition: whether the sentence (speech: it reports
	// someone's words, a speech cue of the item's language) is read for
	// the class at all.
	when func(st *sentence, speech bool) bool
	// named reports whether a company's name stands where the class asks
	// it to, given the class's first unquoted cue (word a of spans, one
	// sentence's words).
	named func(spans []span, a int) bool
	// then is the effect: it records the class on the sentence, given the
	// cue's bytes in its field's text.
	then func(st *sentence, start, end int32)
}

// cueClasses are the classes of cues read beside a company's name, in the
// order matchField reads them (a dispute's cue bytes defer to a seizure's).
var cueClasses = [...]cueClass{
	{
		// a state's act on a named firm the writer states: "the junta
		// nationalised Somair", « la Somaïr, nationalisée » (a
		// nationalisation is a change a trader acts on, rule 14); "we
		// will nationalise the mines" names no firm, and a speaker's
		// promise is someone's words
		list: cueSeizure, bit: bitSeizure,
		when:  func(st *sentence, speech bool) bool { return !speech && !st.change && !st.policy },
		named: namedNear,
		then: func(st *sentence, start, end int32) {
			st.policy = true
			st.cueStart, st.cueEnd = start, end
		},
	},
	{
		// a named company's proceeding, in anyone's words (c14's news:
		// see leadNews)
		list: cueDispute, bit: bitDispute,
		when:  func(st *sentence, _ bool) bool { return !st.dispute },
		named: func(spans []span, _ int) bool { return namedIn(spans) },
		then: func(st *sentence, start, end int32) {
			st.dispute = true
			if !st.change && !st.policy && !st.fact {
				st.cueStart, st.cueEnd = start, end
			}
		},
	},
}

// namedIn reports whether a word of spans stands inside a company's name.
func namedIn(spans []span) bool {
	return slices.ContainsFunc(spans, func(sp span) bool { return sp.named })
}

// hyphenJoined reports whether the word ending at src[end] is joined by a
// hyphen to a letter after it.
func hyphenJoined(src string, end int) bool {
	if end+1 >= len(src) || src[end] != '-' {
		return false
	}
	r, _ := utf8.DecodeRuneInString(src[end+1:])
	return unicode.IsLetter(r)
}

// scaleTopic multiplies the positive topic contributions by f, so reasons
// still sum to the evidence.
func scaleTopic(hits []hit, contrib []float64, f float64) {
	for i := range hits {
		if hits[i].kind == kTopic && contrib[i] > 0 {
			contrib[i] *= f
		}
	}
}

// openingSentence is the index of the first sentence from first on with at
// least minSentenceWords words (a heading or dateline line is skipped), or
// -1.
func openingSentence(sents []sentence, first int) int32 {
	for i := first; i < len(sents); i++ {
		if sents[i].words >= minSentenceWords {
			return int32(i)
		}
	}
	return -1
}

// fieldNames is the part of names (sorted title first) in the title or in
// the body.
func fieldNames(names []Span, title bool) []Span {
	n := 0
	for n < len(names) && names[n].Title {
		n++
	}
	if title {
		return names[:n]
	}
	return names[n:]
}

// scanField reads words lo..hi of ws (one field) as words and sentences,
// appending to w.sents, w.ids and w.spans, and counts the field's
// stopwords (w.stops) and its sentences' speech cues (sentence.speech).
// Words starting inside names (sorted by Start) count for the sentence
// but match nothing.
func (c *Classifier) scanField(ws *text.Words, lo, hi int, names []Span, w *scratch) {
	lx := c.lx
	from := len(w.ids) // the field's first word in w.ids and w.spans
	number := figureNone
	numStart := 0 // where the number being read starts
	w.sents = append(w.sents, sentence{})
	cur := int32(len(w.sents) - 1)
	prev := lo - 1 // the word of the span before
	w.sc.words(ws, lo, hi, false, func(i int, norm []byte, start, end int) {
		id := int32(-1)
		// Words come in text order: names that end before this word are
		// behind it for good.
		for len(names) > 0 && names[0].End <= start {
			names = names[1:]
		}
		masked := len(names) > 0 && names[0].Start <= start
		// The word's first byte: stemming never changes it.
		var first byte
		if norm == nil {
			// An ASCII word: its key, looked up among the keys whose
			// stem the vocabulary holds.
			k := ws.Key(i)
			first = k[0]
			if !masked && lx.keysFirstLen[k[0]]&(1<<(len(k)&63)) != 0 && lx.keysFilter.May(k) {
				if v, ok := lx.keys.Get(k); ok {
					id = v
				}
			}
		} else if len(norm) > 0 {
			first = norm[0]
			if !masked && lx.firstLen[norm[0]]&(1<<(len(norm)&63)) != 0 && lx.filter.MayBytes(norm) {
				if v, ok := lx.table.GetBytes(norm); ok {
					id = v
				}
			}
		}
		if id >= 0 && numeral(ws, i, end, lx, w.ids[from:]) {
			id = -1
		}
		if id >= 0 {
			if b := lx.stop[id]; b != 0 {
				w.stops[bits.TrailingZeros8(b)]++
			}
			// the writer's own speech ("we believe", "我们认为"): the cue
			// it ends with is no one's words reported
			var own uint8
			if lx.pairLast[id] {
				own = lx.writerAt(id, w.ids[from:], w.spans[from:], cur, ws.Src, int32(start))
			}
			if lx.seqLast[id] {
				if m := lx.speechSeqAt(id, w.ids[from:], w.spans[from:], cur, ws.Src, int32(start)) &^ own; m != 0 {
					if w.sents[cur].speech == 0 {
						w.sents[cur].speechAt = int32(start)
					}
					w.sents[cur].speech |= m
				}
			}
			if m := lx.speech[id]; m != 0 {
				if s := lx.byStem[id]; m != s {
					// a cue read by its forms (another language's,
					// or an English verb a noun shares a stem with):
					// this word only if the form is one listed
					m = s | lx.speechForms[ws.Key(i)]
				}
				if m&^own != 0 && w.sents[cur].speech == 0 {
					w.sents[cur].speechAt = int32(start)
				}
				w.sents[cur].speech |= m &^ own
			}
		}
		abbrev := false
		if n := len(w.spans); n > from && w.spans[n-1].sent == cur {
			// a bracket before this word or before a word skipped
			// since the last one ("&") stands between the two, unless
			// it opens or closes an abbreviation of the words before it
			// ("Foreign Ministry (FM) spokesperson")
			for j := prev + 1; j <= i; j++ {
				if !ws.Has(j, text.BracketBefore) || j == prev+1 && w.spans[n-1].abbrev {
					continue
				}
				if j == i && abbreviation(ws, i, int(w.sents[cur].words)) {
					abbrev = true
					w.sents[cur].abbrev = true
					continue
				}
				w.spans[n-1].bracket = true
				w.sents[cur].bracket = true
				break
			}
		}
		prev = i
		w.ids = append(w.ids, id)
		// Written in place: a span built on the stack and copied in
		// whole is read back before its field stores have landed (a
		// store-forwarding stall, a tenth of this function's time).
		w.spans = append(w.spans, span{})
		sp := &w.spans[len(w.spans)-1]
		sp.start, sp.end, sp.sent, sp.modifier, sp.named, sp.abbrev = int32(start), int32(end), cur, hyphenJoined(ws.Src, end), masked, abbrev
		w.sents[cur].words++
		if digit := '0' <= first && first <= '9'; number != figureNone || digit && !w.sents[cur].fact {
			if number == figureNone {
				numStart = start
			}
			number = c.figure(ws.Src, digit, id, start, number, w)
			if number == figureFound {
				st := &w.sents[cur]
				st.fact = true
				st.cueStart, st.cueEnd = int32(numStart), int32(end)
				if digit {
					if f, ok := text.FigureAt(ws.Src, start); ok {
						st.cueEnd = int32(f.End) // "30%", "500m"
					}
				}
				number = figureNone
			}
		}
	}, func() {
		number = figureNone
		if w.sents[cur].words > 0 {
			w.sents = append(w.sents, sentence{})
			cur++
		}
	})
	if w.sents[cur].words == 0 {
		w.sents = w.sents[:cur]
	}
}

// numeral reports whether word i of ws, ending at end, is a Roman numeral
// written in capitals in a numbering: right after a numbering word (prev
// holds the ids of the field's words before it) or followed by ":" and a
// digit. "Article XI:1 of the GATT" and "Commission XI" cite a number;
// "President Xi" and a headline in capitals ("XI JINPING") are not
// touched. It is asked only of words the lexicon holds.
func numeral(ws *text.Words, i, end int, lx *lexicon, prev []int32) bool {
	if !ws.Has(i, text.UpperInit) || ws.Has(i, text.HasLower) || !roman(ws.Text(i)) {
		return false
	}
	if n := len(prev); n > 0 && prev[n-1] >= 0 && lx.numbering[prev[n-1]] {
		return true
	}
	src := ws.Src
	return end+1 < len(src) && src[end] == ':' && '0' <= src[end+1] && src[end+1] <= '9'
}

// roman reports whether s is written only in the letters of Roman numerals
// (in capitals) and is at most seven of them.
func roman(s string) bool {
	if s == "" || len(s) > 7 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if strings.IndexByte("IVXLCDM", s[i]) < 0 {
			return false
		}
	}
	return true
}

// matchField finds lexicon phrases in the words of one field (ids and
// their spans, in src), sentence by sentence, longest phrase first, and
// records hits.
func (c *Classifier) matchField(field uint8, src string, ids []int32, spans []span, w *scratch) {
	lx := c.lx
	for s := 0; s < len(ids); {
		e := s
		for e < len(ids) && spans[e].sent == spans[s].sent {
			e++
		}
		sent := ids[s:e]
		st := &w.sents[spans[s].sent]
		// one pass over the sentence: its cues, and where the first legal
		// and denial cues stand (so a hit reads "a cue earlier in the
		// sentence" in constant time, however long the sentence)
		var cues uint8
		firstLegal, firstDenial := len(sent), len(sent)
		for k, id := range sent {
			if id < 0 {
				continue
			}
			b := lx.cueBits(id, w.langs)
			if b&bitLegal != 0 && firstLegal == len(sent) {
				firstLegal = k
			}
			if b&bitDenial != 0 && firstDenial == len(sent) {
				firstDenial = k
			}
			cues |= b
		}
		// someone's words: a speech cue of the item's language
		speech := st.speech&w.langs != 0
		st.voiced = speech || quotedBetween(w.quotes, spans[s].start, spans[e-1].end) || field == fTitle && titleSpeaker(src, lx.titleSpeakers)
		if field == fBody && st.voiced {
			st.inQuote = quotedWithin(w.quotes, spans[s].start, spans[e-1].end)
		}
		if !speech && !st.change && cues&(bitLegal|bitChange) == bitLegal|bitChange {
			// a legal change the writer states: a legal cue and a change
			// cue outside quotation marks, in a sentence that reports no
			// one's words ("the chamber approved the reform of the
			// mining law", not "he says he will send a bill")
			a, b := unquotedAt(lx.cueLangs[cueLegal], w.langs, sent, spans[s:e], w.quotes), unquotedAt(lx.cueLangs[cueChange], w.langs, sent, spans[s:e], w.quotes)
			if st.change = a >= 0 && b >= 0; st.change {
				st.cueStart, st.cueEnd = spans[s+min(a, b)].start, spans[s+max(a, b)].end
			}
		}
		if cues&bitPolicy != 0 {
			st.step = unquotedAt(lx.cueLangs[cueStep], w.langs, sent, spans[s:e], w.quotes) >= 0 && unquotedAt(lx.cueLangs[cuePolicy], w.langs, sent, spans[s:e], w.quotes) >= 0
		}
		if !speech && !st.change && !st.policy && cues&(bitPolicy|bitChange) == bitPolicy|bitChange {
			// a policy change the writer states: "the ministry revoked
			// the export permits", "the quota was lifted"; it counts as
			// a fact, but rhetoric in it is not set aside (a state
			// commentary's rebuttal written around a licence rule keeps
			// its voice)
			a, b := unquotedAt(lx.cueLangs[cuePolicy], w.langs, sent, spans[s:e], w.quotes), unquotedAt(lx.cueLangs[cueChange], w.langs, sent, spans[s:e], w.quotes)
			if st.policy = a >= 0 && b >= 0; st.policy {
				st.cueStart, st.cueEnd = spans[s+min(a, b)].start, spans[s+max(a, b)].end
			}
		}
		for k := range cueClasses {
			// a named company's seizure or dispute: a cue of the class
			// outside quotation marks, near enough a company's name
			cc := &cueClasses[k]
			if cues&cc.bit == 0 || !cc.when(st, speech) {
				continue
			}
			if a := unquotedAt(lx.cueLangs[cc.list], w.langs, sent, spans[s:e], w.quotes); a >= 0 && cc.named(spans[s:e], a) {
				cc.then(st, spans[s+a].start, spans[s+a].end)
			}
		}
		cands := c.phrases(sent, spans[s:e], st.bracket, st.abbrev, w)
		for _, cd := range cands {
			i, n, term := int(cd.start), int(cd.n), cd.term
			if lx.terms[term].occasion && lx.terms[term].langs&w.langs != 0 && field <= fBody && field != fHighlights && !text.InSpans(w.quotes, spans[s+i].start) {
				st.occasion = true
				if w.occasion < 0 {
					w.occasion = spans[s+i].sent
				}
			}
			if t := &lx.terms[term]; t.occasionRef && t.langs&w.langs != 0 && field == fBody && !text.InSpans(w.quotes, spans[s+i].start) {
				st.occasionRef = true
			}
			if t := &lx.terms[term]; (t.audience || t.reading) && t.langs&w.langs != 0 && !text.InSpans(w.quotes, spans[s+i].start) {
				w.audience = w.audience || t.audience
				st.reading = st.reading || t.reading
			}
			if inLang := lx.terms[term].langs&w.langs != 0; inLang && (lx.terms[term].opinion || lx.terms[term].stance) {
				quoted := text.InSpans(w.quotes, spans[s+i].start)
				if lx.terms[term].opinion && !w.opinion && genreAt(field, src, spans, s+i, s+i+n) {
					w.opinion = true
				}
				if lx.terms[term].stance && field == fBody && !quoted {
					st.stance = true
				}
			}
			wt := lx.terms[term].weight
			if spans[s+i+n-1].modifier && wt > 0 && lx.terms[term].kind != kTopic {
				// "our nickel-based industries": the phrase's last
				// word only modifies the compound's head
				wt = 0
			}
			if wt < 0 {
				// a cue shortly before cancels a business phrase:
				// "no mention of market strategy"
				if anyIn(lx.cueLangs[cueNeg], w.langs, sent[max(0, i-cueWindow):i]) {
					wt = 0
				}
			}
			if wt != 0 {
				k := lx.terms[term].kind
				if lx.terms[term].legal && firstLegal < i {
					// "the Constitution says the salt flats belong to
					// the nation": the law reported, not a speaker's cry
					k = kTopic
				}
				if k == kRhetoric && firstDenial < i {
					// "the miner denied looting villagers' ore": an
					// accusation reported and denied, not rhetoric
					k = kTopic
				}
				if k == kRhetoric && lx.terms[term].theft && cues&bitCrime != 0 {
					// "ore looted from the mine by a smuggling
					// syndicate": a crime reported, not rhetoric
					k = kTopic
				}
				if (k == kRhetoric || k == kDirective) && c.institutionName(src, sent, spans[s:e], i, n, w.langs) {
					// "the Liberation War Veterans Association", "the
					// Chitepo School of Ideology": the phrase is part
					// of an institution's name, politics named
					k = kTopic
				}
				quoted := text.InSpans(w.quotes, spans[s+i].start)
				if lx.terms[term].party && !quoted && !speech && cues&bitPartyAct != 0 && field != fHighlights && field <= fBody &&
					unquotedAt(lx.cueLangs[cuePartyAct], w.langs, sent, spans[s:e], w.quotes) >= 0 {
					// "Zanu PF youths marched on the mine and grabbed
					// it", "the ruling party donated mining equipment
					// to its youth": the party's own act, told in the
					// writer's words, is the news (patronage or
					// coercion), not the party named in passing
					k, wt = kDirective, partyActWeight
				}
				if lx.terms[term].campaign && !quoted && field <= fBody && field != fHighlights {
					w.rallies = append(w.rallies, int32(len(w.hits)))
				}
				w.hits = append(w.hits, hit{term: term, field: field, start: spans[s+i].start, end: spans[s+i+n-1].end,
					sent: spans[s+i].sent, weight: wt, kind: k, quoted: quoted || speech && !(lx.terms[term].taunt && spans[s+i].start < st.speechAt), inQuotes: quoted})
				switch {
				case wt < 0:
					st.neg -= wt
				case k == kTopic:
					st.topic += wt
				default:
					st.pos += wt
				}
			}
		}
		s = e
	}
}

// phrase is a lexicon phrase found in a sentence: its first word (an index
// in the sentence's words), its length in words and its term.
type phrase struct {
	start, n, term int32
}

// phrases returns the lexicon phrases that count in one sentence (its word
// ids and spans; bracket: a bracket stands in it; abbrev: an abbreviation
// in brackets does), in the order of their first words. At each word the
// longest phrase starting there is a candidate, never across a bracket,
// but across an abbreviation of the words before it, which it takes as one
// of its words ("Foreign Ministry (FM) spokesperson" reads as "Foreign
// Ministry spokesperson"). Which candidates count does not depend on which
// starts first:
//   - a candidate inside a longer one counts only if that one does not (a
//     blocker, or a longer formula such as "former colonial masters",
//     stops the phrase it holds: "colonial masters");
//   - of candidates that overlap in part, the one of greater weight, by
//     absolute value, counts ("Party oath" over "the Party", "Party
//     discipline" over "held accountable under Party"; a blocker weighs
//     nothing and stops only what lies inside it), then the earlier (of
//     equal weights, as before: "absolute loyalty to the Party" reads
//     "absolute loyalty").
//
// Most sentences have no overlap and keep every candidate.
func (c *Classifier) phrases(sent []int32, spans []span, bracket, abbrev bool, w *scratch) []phrase {
	lx := c.lx
	cands := w.cands[:0]
	var abbrevs []span // read across abbreviations only where one stands
	if abbrev {
		abbrevs = spans
	}
	lim := len(sent) // the words a phrase starting at i may take: up to a bracket
	if bracket {
		lim = 0
	}
	overlap := false
	end := int32(0) // the furthest end of the candidates so far
	for i := 0; i < len(sent); i++ {
		if lim <= i {
			for lim = i; lim < len(sent)-1 && !spans[lim].bracket; lim++ {
			}
			lim++
		}
		term, n := lx.match(sent[:lim], abbrevs, i)
		if term < 0 {
			continue
		}
		overlap = overlap || int32(i) < end
		cands = append(cands, phrase{start: int32(i), n: int32(n), term: term})
		end = max(end, int32(i+n))
	}
	w.cands = cands
	if !overlap {
		return cands
	}
	// Starts rise, so a candidate lies inside another exactly when an
	// earlier one reaches as far as it does.
	rank, inner := w.rank[:0], w.inner[:0]
	end = 0
	for k, cd := range cands {
		inner = append(inner, cd.start+cd.n <= end)
		end = max(end, cd.start+cd.n)
		rank = append(rank, int32(k))
	}
	slices.SortFunc(rank, func(a, b int32) int {
		ca, cb := &cands[a], &cands[b]
		if inner[a] != inner[b] {
			if inner[b] {
				return -1
			}
			return 1
		}
		ta, tb := &lx.terms[ca.term], &lx.terms[cb.term]
		if c := cmp.Compare(math.Abs(tb.weight), math.Abs(ta.weight)); c != 0 {
			return c
		}
		return cmp.Compare(ca.start, cb.start)
	})
	covered := w.covered[:0]
	for range sent {
		covered = append(covered, false)
	}
	for _, k := range rank {
		cd := &cands[k]
		if slices.Contains(covered[cd.start:cd.start+cd.n], true) {
			cd.term = -1
			continue
		}
		for j := cd.start; j < cd.start+cd.n; j++ {
			covered[j] = true
		}
	}
	w.rank, w.inner, w.covered = rank, inner, covered
	out := cands[:0]
	for _, cd := range cands {
		if cd.term >= 0 {
			out = append(out, cd)
		}
	}
	return out
}

// orderHits sets w.order to the indexes of w.hits sorted by term, then
// strongest field first (fieldMult of the hit's field and kind), then
// field, then start. No two hits share term, field and start.
//
// When every hit of a term has one kind, that order is total: it is the
// order of the keys term, rank of the field (fieldRank) and index, since
// hits of one field are recorded in the order of their starts. Sorting
// plain integers costs a fraction of sorting with the comparison below,
// which was a twentieth of enrichment. When a term's hits differ in kind
// (a legal or denied phrase read as topic in one sentence only), fields
// of equal weight for one hit may differ for another, the comparison is
// not a total order and its result is the sort's own: such items are
// sorted by it exactly as before.
func orderHits(w *scratch) {
	hits := w.hits
	w.order = w.order[:0]
	if uint64(len(hits)) < 1<<32 {
		keys := w.keys[:0]
		fast := true
		for i := range hits {
			h := &hits[i]
			if h.term < 0 || h.term >= 1<<28 || h.kind >= nKinds || h.field >= nFields {
				fast = false
				break
			}
			keys = append(keys, uint64(h.term)<<35|uint64(fieldRank[h.kind][h.field])<<32|uint64(i))
		}
		w.keys = keys
		if fast {
			slices.Sort(keys)
			for i, k := range keys {
				oi := int32(uint32(k))
				if i > 0 {
					if p := &hits[w.order[i-1]]; p.term == hits[oi].term && p.kind != hits[oi].kind {
						fast = false
						break
					}
				}
				w.order = append(w.order, oi)
			}
		}
		if fast {
			return
		}
		w.order = w.order[:0]
	}
	for i := range hits {
		w.order = append(w.order, int32(i))
	}
	mult := func(h *hit) float64 { return fieldMult(h.field, h.kind) }
	slices.SortFunc(w.order, func(a, b int32) int {
		ha, hb := &hits[a], &hits[b]
		if ha.term != hb.term {
			return cmp.Compare(ha.term, hb.term)
		}
		if ha.field != hb.field {
			ma, mb := mult(ha), mult(hb)
			if ma != mb {
				return cmp.Compare(mb, ma)
			}
			return cmp.Compare(ha.field, hb.field)
		}
		return cmp.Compare(ha.start, hb.start)
	})
}

// fieldRank is, for each kind, each field's place when fields are ordered
// strongest first (fieldMult), then by field: orderHits' key. It is
// computed from fieldMult once and never changed.
var fieldRank = func() (r [nKinds][nFields]uint8) {
	for k := range kind(nKinds) {
		for f := range uint8(nFields) {
			for g := range uint8(nFields) {
				if mf, mg := fieldMult(f, k), fieldMult(g, k); mg > mf || mg == mf && g < f {
					r[k][f]++
				}
			}
		}
	}
	return r
}()

// reasons aggregates contributions per phrase and keeps the strongest:
// up to six political phrases and two business ones (more of either when
// the other has fewer).
func (c *Classifier) reasons(t *text.Text, w *scratch) []Reason {
	if len(w.hits) == 0 {
		return nil
	}
	pos, neg := w.posR[:0], w.negR[:0]
	defer func() { w.posR, w.negR = pos[:0], neg[:0] }()
	hits, order := w.hits, w.order
	for a := 0; a < len(order); {
		term := hits[order[a]].term
		b := a
		var perField [nFields]float64
		var first [nFields]int32
		for i := range first {
			first[i] = -1
		}
		total := 0.0
		for ; b < len(order) && hits[order[b]].term == term; b++ {
			h := hits[order[b]]
			perField[h.field] += w.contrib[order[b]]
			total += w.contrib[order[b]]
			if first[h.field] < 0 || h.start < hits[first[h.field]].start {
				first[h.field] = order[b]
			}
		}
		best := uint8(0)
		for f := uint8(1); f < nFields; f++ {
			if math.Abs(perField[f]) > math.Abs(perField[best]) {
				best = f
			}
		}
		if fh := first[best]; fh >= 0 && total != 0 {
			h := hits[fh]
			src := t.Body
			if best == fTitle {
				src = t.Doc.Title
			}
			r := Reason{Text: sanitize.Line(src[h.start:h.end]), Weight: round2(total), Field: fieldName(best)}
			if total > 0 {
				pos = append(pos, r)
			} else {
				neg = append(neg, r)
			}
		}
		a = b
	}
	stronger := func(a, b Reason) int {
		if wa, wb := math.Abs(a.Weight), math.Abs(b.Weight); wa != wb {
			return cmp.Compare(wb, wa)
		}
		if a.Field != b.Field {
			return strings.Compare(a.Field, b.Field)
		}
		return strings.Compare(a.Text, b.Text)
	}
	slices.SortFunc(pos, stronger)
	slices.SortFunc(neg, stronger)
	if w.news >= 0 && w.newsWeight > 0 {
		// c14: the change (or figure) of the title or lead that made the
		// quoted rhetoric reporting: the first business reason, always kept
		st := w.sents[w.news]
		src := t.Body
		if st.field == fTitle {
			src = t.Doc.Title
		}
		if 0 <= st.cueStart && st.cueStart < st.cueEnd && int(st.cueEnd) <= len(src) {
			neg = slices.Insert(neg, 0, Reason{Text: sanitize.Line(src[st.cueStart:st.cueEnd]), Weight: -round2(w.newsWeight), Field: fieldName(st.field)})
		}
	}
	nNeg := min(len(neg), 2)
	nPos := min(len(pos), maxReasons-nNeg)
	nNeg = min(len(neg), maxReasons-nPos)
	if nPos+nNeg == 0 {
		return nil
	}
	// A copy: pos and neg are the scratch's, reused by the next item.
	out := make([]Reason, 0, nPos+nNeg)
	out = append(append(out, pos[:nPos]...), neg[:nNeg]...)
	slices.SortStableFunc(out, func(a, b Reason) int { return cmp.Compare(b.Weight, a.Weight) })
	return out
}

// round2 rounds to two decimals so reasons print and compare stably.
func round2(v float64) float64 { return math.Round(v*100) / 100 }

// Figure states of scanField: no number before this word, a number whose
// unit may follow, a concrete figure found.
const (
	figureNone = iota
	figureNumber
	figureFound
)

// figureSuffixes are units written onto a number ("500m", "2bn", "10kt").
var figureSuffixes = [...]string{"m", "bn", "mn", "b", "k", "kt", "mt", "t", "tpa", "ktpa", "mtpa", "mw", "gw", "gwh", "kg", "oz", "lb"}

// figure advances the figure state by one word: a number (read by
// text.FigureAt, decimals and thousands groups included) with a currency
// sign before it, a per cent after it or a unit written onto it, or a unit
// word after it (figure_units: "million", "tonnes", "jobs") is a concrete
// figure; a year or a count alone is not. Figures inside quotation marks
// do not count: the writer does not state them.
func (c *Classifier) figure(src string, digit bool, id int32, start, state int, w *scratch) int {
	if digit {
		if state == figureNumber {
			return figureNumber // "1 000", "2,5": one number
		}
		if text.InSpans(w.quotes, int32(start)) {
			return figureNone
		}
		f, _ := text.FigureAt(src, start)
		switch {
		case f.Currency || f.Percent:
			return figureFound
		case f.Unit == "":
			return figureNumber
		case slices.ContainsFunc(figureSuffixes[:], func(u string) bool { return strings.EqualFold(u, f.Unit) }):
			return figureFound
		}
		return figureNone // "1st", "g7"
	}
	if state == figureNumber && id >= 0 && c.lx.unit[id] {
		return figureFound
	}
	return figureNone
}

// reportedVoice reads quoted and reported rhetoric as reporting (topic)
// when the item states, in its own words, facts a trader can act on (c8):
// at least actionMin sentences, and no fewer than the sentences of quoted
// rhetoric, that hold a concrete figure or report a legal change outside
// quotation marks. Rhetoric is reported when it stands inside quotation
// marks, in a sentence of reported speech ("he said that foreigners loot
// the ore") or in a sentence that itself states the figure or the change
// ("the chamber approved the reform so that only the nation, not
// foreigners, mines lithium"). Once the quotes and the speakers' words are
// set aside, what is left is business, whatever the tone of the lines
// quoted; the phrases still show among the reasons. Directive phrases
// (loyalty and patronage put above business) keep their kind, and an item
// with any of them is left as it is: a permit granted for a pledge to the
// ruling party is the news, not a line quoted in it.
func (c *Classifier) reportedVoice(w *scratch, titleHi, bodyLo, bodyHi int) {
	quoted, last := 0, int32(-1) // sentences holding quoted or reported rhetoric
	// the writer's own terms (ownTerms), read once, at the first rhetoric
	// phrase of a figure's or a change's sentence outside anyone's words
	var own []int32
	ownRead := false
	for i := range w.hits {
		h := &w.hits[i]
		mine := false
		if h.kind == kRhetoric && !h.quoted && (w.sents[h.sent].fact || w.sents[h.sent].change) {
			if !ownRead {
				own, ownRead = ownTerms(w), true
			}
			_, mine = slices.BinarySearch(own, h.term)
		}
		switch {
		case h.kind == kDirective && h.weight > 0:
			return
		case h.kind == kRhetoric && !h.quoted && c.lx.terms[h.term].taunt:
			// the commentator's own idiom
		case mine:
			// the writer's own term, said again in a sentence of the
			// figure: "lost $42 billion to the illegal sanctions"
		case h.kind == kRhetoric && (h.quoted || w.sents[h.sent].fact || w.sents[h.sent].change):
			h.quoted = true
			if h.sent != last {
				quoted++
				last = h.sent
			}
		}
	}
	if quoted == 0 {
		return
	}
	n := 0
	for _, s := range w.sents {
		if s.fact || s.change || s.policy {
			n++
		}
	}
	if n < max(actionMin, quoted) {
		// c14: the title or the lead states the change (labelling rule
		// 14); the speakers' lines are a few of the body's sentences
		news := leadNews(w.sents, titleHi, bodyLo, bodyHi)
		if news < 0 || (quoted*fewLines > longSentences(w.sents[bodyLo:bodyHi]) && !w.sents[news].dispute && !headAct(w.sents, titleHi, bodyLo, bodyHi, w.langs)) {
			return
		}
		w.news = news
	}
	for i := range w.hits {
		if h := &w.hits[i]; h.kind == kRhetoric && h.quoted {
			// set aside: topic evidence, and no longer what makes its
			// sentence political
			h.kind = kTopic
			w.sents[h.sent].pos -= h.weight
		}
	}
}

// occasionVoice reads the speakers' formulas of a business occasion as
// reporting (labelling rules 13, 15 and 16): an item whose title, or one of
// its first leadSentences body sentences, names an occasion (w.occasion: an
// inspection or research tour, a work meeting, a press conference) and
// whose sentences of business (a business phrase, a figure, a change) are
// at least as many as its political ones (a directive or rhetoric phrase),
// with the political ones fewer than half of its sentences, is a report of
// that occasion: the directive phrases its speakers said (in a sentence
// with a speech cue, or inside quotation marks) and its rhetoric (a
// spokesman's words run on past the sentence naming him) are set aside as
// topic. A Party secretary who "stressed raising the political stance" at
// a plant with its output, a group's work meeting on reserves that "pointed
// out" the Party's leadership, a spokesman's "distorts" beside the
// licences explained. Two more readings of the occasion (session 36): a
// speaker's turn runs to the end of its paragraph ("他强调,一是...;二是..."
// then "坚持从严治党..." with no cue of its own), and a formula in passing
// that shares its sentence with the business itself (a group's results
// listed with "political building strengthened") is framing: both are set
// aside the same way. A directive the writer states in a sentence of no
// business keeps its kind, a study session, whose every line is political,
// is left as it is, and so is an item whose title names Party work (a
// directive of partyWorkMin or more in the title, not in someone's words: a
// Party committee's meeting held at a plant).
func (c *Classifier) occasionVoice(w *scratch, titleHi, bodyLo, bodyHi int) {
	o := int(w.occasion)
	if o < 0 || o >= titleHi && !leadSentence(w.sents, bodyLo, bodyHi, o) && !leadSentence(w.sents, afterQuote(w.sents, bodyLo, bodyHi), bodyHi, o) {
		return
	}
	for i := range w.hits {
		// Party work named in the title in the writer's words: a
		// directive of partyWorkMin or more, outside a voiced title
		if h := &w.hits[i]; h.kind == kDirective && h.weight >= partyWorkMin && int(h.sent) < titleHi && !h.quoted && !w.sents[h.sent].voiced {
			return
		}
	}
	total, political, business := 0, 0, 0
	for i, s := range w.sents {
		if i >= bodyHi || s.words < minSentenceWords && s.pos == 0 {
			continue
		}
		total++
		if s.pos > 0 {
			political++
		}
		if s.neg > 0 || s.fact || s.change || s.policy {
			business++
		}
	}
	if political == 0 || business < political || 2*political >= total {
		return
	}
	turn := speakerTurns(w, c.lx.turnMarks, bodyLo, bodyHi)
	for i := range w.hits {
		h := &w.hits[i]
		if h.weight <= 0 || h.kind != kRhetoric && h.kind != kDirective || h.kind == kRhetoric && !h.quoted && c.lx.terms[h.term].taunt {
			continue
		}
		s := &w.sents[h.sent]
		said := h.quoted || s.voiced || turn[h.sent]
		framed := int(h.sent) >= bodyLo && (s.neg > 0 || s.fact || s.occasion || s.occasionRef)
		if h.kind == kRhetoric || said || framed {
			h.kind = kTopic
			h.quoted = true
			s.pos -= h.weight
		}
	}
}

// speakerTurns marks the body's sentences (w.sents[bodyLo:bodyHi]) that go
// on with a speaker's words: a sentence after one with a speech cue in the
// same paragraph (no line break between them), as Chinese readouts write a
// speaker's numbered points after "他强调," and end the turn with the
// paragraph. A turn goes on into the next paragraph when that one opens with
// a numbered point (marks: "一是", "二是") and the turn was on at the break,
// or the paragraph before it ended on a colon in someone's words ("提出三点
// 要求:"): a leader's points set out one paragraph each (session 44). The
// slice is w's, reused call after call.
func speakerTurns(w *scratch, marks []string, bodyLo, bodyHi int) []bool {
	if cap(w.turn) < len(w.sents) {
		w.turn = make([]bool, len(w.sents))
	}
	w.turn = w.turn[:len(w.sents)]
	clear(w.turn)
	for _, f := range w.fields {
		if f.field != fBody {
			continue
		}
		spans := w.spans[f.lo:f.hi]
		on := false
		for j := 1; j < len(spans); j++ {
			a, b := spans[j-1], spans[j]
			if a.sent == b.sent {
				continue
			}
			if gap := f.ws.Src[a.end:b.start]; strings.ContainsRune(gap, '\n') {
				on = (on || w.sents[a.sent].voiced && strings.ContainsAny(gap[:strings.IndexByte(gap, '\n')], ":：")) && opensPoint(f.ws.Src[b.start:], marks)
				if on && int(b.sent) >= bodyLo && int(b.sent) < bodyHi {
					w.turn[b.sent] = true
				}
				continue
			}
			on = on || w.sents[a.sent].voiced
			if on && int(b.sent) >= bodyLo && int(b.sent) < bodyHi {
				w.turn[b.sent] = true
			}
		}
	}
	return w.turn
}

// afterQuote returns the first of the body's sentences (w.sents[lo:hi])
// that is not wholly inside a quotation, when the body opens with such
// sentences, or lo: a report that opens with its speaker's words quoted
// names him and his occasion in the sentence that closes the quotation
// ("“...”1月11日,省人大代表某某在代表团审议时说。"), which is its lead
// (occasionVoice, session 44).
func afterQuote(sents []sentence, lo, hi int) int {
	i := lo
	for i < hi && sents[i].inQuote {
		i++
	}
	if i == hi {
		return lo
	}
	return i
}

// titleSpeaker reports whether a headline gives someone's line after his
// post and name and a colon: the text before its first colon (a column tag
// in 【】 before it left out) is at most titleTagMax characters and ends
// with one of posts and at most titleNameMax characters after it, a name
// ("【两会】代表王某:坚定不移走高质量发展之路", "某省国资委主任:做强稀土产业").
// Such a title is his words, as a quoted one is (session 44). A headline
// led by an office ("商务部:"), a place or a company names no one's post.
func titleSpeaker(title string, posts []string) bool {
	if len(posts) == 0 {
		return false
	}
	head, _, ok := strings.Cut(title, ":")
	if h, _, ok2 := strings.Cut(title, "："); ok2 && (!ok || len(h) < len(head)) {
		head, ok = h, true
	}
	if !ok {
		return false
	}
	if strings.HasPrefix(head, "【") {
		if _, rest, ok := strings.Cut(head, "】"); ok {
			head = rest
		}
	}
	head = strings.TrimSpace(head)
	if head == "" || utf8.RuneCountInString(head) > titleTagMax {
		return false
	}
	for _, p := range posts {
		if i := strings.LastIndex(head, p); i >= 0 && utf8.RuneCountInString(head[i+len(p):]) <= titleNameMax {
			return true
		}
	}
	return false
}

// opensPoint reports whether text opens with one of marks, a speaker's
// numbered point (speakerTurns).
func opensPoint(text string, marks []string) bool {
	for _, m := range marks {
		if strings.HasPrefix(text, m) {
			return true
		}
	}
	return false
}

// leadSentence reports whether sentence i is one of the body's first
// leadSentences sentences of minSentenceWords words or more
// (sents[bodyLo:bodyHi]).
func leadSentence(sents []sentence, bodyLo, bodyHi, i int) bool {
	return leadFirst(sents, bodyLo, bodyHi, func(s *sentence) bool { return s == &sents[i] }) >= 0
}

// leadFirst returns the first of the body's first leadSentences sentences
// of minSentenceWords words or more (sents[lo:hi]) for which ok holds, or
// -1: the lead every lead reading (leadSentence, leadNews, headAct,
// occasionLead) looks in.
func leadFirst(sents []sentence, lo, hi int, ok func(*sentence) bool) int32 {
	for i, k := lo, 0; i < hi && k < leadSentences; i++ {
		if sents[i].words < minSentenceWords {
			continue
		}
		if ok(&sents[i]) {
			return int32(i)
		}
		k++
	}
	return -1
}

// leadNews returns the first sentence of the title (w.sents[:titleHi]) or
// of the body's first leadSentences sentences of minSentenceWords words or
// more (w.sents[bodyLo:bodyHi]) that states, in the writer's words, a legal
// or policy change (change or policy set: "firma decreto", "the ministry
// revoked the permits"), or -1. Such a title or lead says the item's news
// is the change, not the speeches quoted around it. A sentence naming a
// company's contract, concession, claim or arbitration (dispute) counts
// too, even in a leader's words (session 39): the news is the named
// counterpart's proceeding, told as what the leader said of it. So does a
// lead sentence naming an instrument's legal step (step: "advirtió que los
// contratos ... no serán aprobados", session 44): the news is the
// contracts' fate, told as what the speaker said of it.
func leadNews(sents []sentence, titleHi, bodyLo, bodyHi int) int32 {
	for i := 0; i < titleHi; i++ {
		if sents[i].change || sents[i].policy || sents[i].fact || sents[i].dispute {
			return int32(i)
		}
	}
	return leadFirst(sents, bodyLo, bodyHi, func(s *sentence) bool { return s.change || s.policy || s.fact || s.dispute || s.step })
}

// headAct reports whether the title and the lead both state, in the
// writer's words, a legal or policy change (change or policy set in a
// sentence that holds no one's words, quoted or cued): the item opens with
// the act twice, as the report of a decree, a contract or a
// nationalisation does ("Presidente firma decreto que nacionaliza el
// litio", then "firmó este sábado el decreto de nacionalización"). The
// leader's lines that follow are his words about the act reported
// (labelling rule 14), however many of the body's sentences they fill, so
// c14 sets them aside without the fewLines bound. A rally or a speech
// whose title names a decree but whose lead is the speaker's words does
// not open so.
func headAct(sents []sentence, titleHi, bodyLo, bodyHi int, langs uint8) bool {
	act := func(s *sentence) bool { return (s.change || s.policy) && !s.voiced }
	// a title may quote the leader's line before the act it names, in the
	// writer's words after it ("“...del pueblo”: AMLO firma decreto"): the
	// change and policy cues stand outside the quotation marks, and no
	// speech cue of the item's language makes the act his
	titleAct := func(s sentence) bool { return (s.change || s.policy) && s.speech&langs == 0 }
	if !slices.ContainsFunc(sents[:titleHi], titleAct) {
		return false
	}
	return leadFirst(sents, bodyLo, bodyHi, act) >= 0
}

// occasionLead returns the sentence of the body's lead (its first
// leadSentences sentences of minSentenceWords words or more, in
// sents[lo:hi]) that names a business occasion and states a figure, both
// in the writer's words (occasion and fact set, no one's words in it), or
// -1: "the President officially reopened the mine, disclosing that an
// investor had poured in US$60 million". A leader's act at a plant,
// reported with its money, is the item's news (labelling rules 13 and 14);
// a rally he addressed after it, told further down, is not.
func occasionLead(sents []sentence, lo, hi int) int32 {
	return leadFirst(sents, lo, hi, func(s *sentence) bool { return s.occasion && s.fact && !s.voiced })
}

// longSentences counts the sentences of minSentenceWords words or more.
func longSentences(sents []sentence) int {
	n := 0
	for _, s := range sents {
		if s.words >= minSentenceWords {
			n++
		}
	}
	return n
}

// ownTerms returns the rhetoric phrases' terms (sorted, each once) that
// stand, somewhere in the title or the body, in the writer's own words:
// outside quotation marks, in a sentence that reports no one's words and
// states no figure or change. The writer says such a term, and says it too
// where a figure stands beside it ("the country lost $42 billion to the
// illegal sanctions"; later "the mining sector has not been spared the
// illegal sanctions"): reportedVoice does not read those lines as a
// speaker's reported. The slice is w's, reused call after call.
func ownTerms(w *scratch) []int32 {
	own := w.own[:0]
	for i := range w.hits {
		h := &w.hits[i]
		if h.kind != kRhetoric || h.quoted || h.field > fBody || h.field == fHighlights {
			continue
		}
		if s := &w.sents[h.sent]; !s.voiced && !s.fact && !s.change && !s.policy {
			own = append(own, h.term)
		}
	}
	slices.Sort(own)
	w.own = slices.Compact(own)
	return w.own
}

// unquotedAt returns the index of the first word of ids (with their spans)
// that is a cue of set (lexicon.cueLangs) in one of the languages langs
// and stands outside the quoted ranges, or -1.
func unquotedAt(set []uint8, langs uint8, ids []int32, spans []span, quotes []text.Span) int {
	for i, id := range ids {
		if id >= 0 && set[id]&langs != 0 && !text.InSpans(quotes, spans[i].start) {
			return i
		}
	}
	return -1
}

// quotedWithin reports whether the text from start to end lies inside one
// of quotes (sorted, not overlapping).
func quotedWithin(quotes []text.Span, start, end int32) bool {
	k := sort.Search(len(quotes), func(k int) bool { return quotes[k].End > start })
	return k < len(quotes) && quotes[k].Start <= start && quotes[k].End >= end
}

// quotedBetween reports whether a quoted range of quotes (sorted, not
// overlapping) overlaps the bytes start..end.
func quotedBetween(quotes []text.Span, start, end int32) bool {
	k := sort.Search(len(quotes), func(k int) bool { return quotes[k].End > start })
	return k < len(quotes) && quotes[k].Start < end
}

// rallySpeech reads an item that names a campaign event outside quotation
// marks (w.rallies) and is told as its speeches: at least rallyVoiced of
// the body's sentences w.sents[lo:hi] of minSentenceWords words or more
// are someone's words. Then each such name counts as rhetoric of weight
// rallyVoice, and rallySpeech reports true. An item whose lead is a
// business occasion's report (occasionLead) and names the campaign event
// only after it is that occasion's report, the rally a side event of the
// visit, and is not read so.
func (c *Classifier) rallySpeech(w *scratch, lo, hi int) bool {
	if len(w.rallies) == 0 {
		return false
	}
	if at := occasionLead(w.sents, lo, hi); at >= 0 && !slices.ContainsFunc(w.rallies, func(i int32) bool {
		return w.hits[i].sent <= at
	}) {
		return false
	}
	total, voiced := 0, 0
	for _, s := range w.sents[lo:hi] {
		if s.words < minSentenceWords {
			continue
		}
		total++
		if s.voiced {
			voiced++
		}
	}
	if total == 0 || float64(voiced) < rallyVoiced*float64(total) {
		return false
	}
	for _, i := range w.rallies {
		h := &w.hits[i]
		st := &w.sents[h.sent]
		st.topic -= h.weight
		st.pos += rallyVoice
		h.kind, h.weight = kRhetoric, rallyVoice
	}
	return true
}

// institutionReach is how many words after a phrase an institution's head
// noun may stand: "Liberation War Collaborators' Association".
const institutionReach = 4

// institutionName reports whether the phrase of n words at word i of a
// sentence (ids and spans, in src) is written in capitals inside an
// institution's name: capitalised words (and "of", "and", "for", "the")
// run on from it to a head noun of lexFile.InstitutionHeads within
// institutionReach words, or the phrase follows such a head and "of"
// ("School of Ideology"). A possessive's apostrophe may stand between two
// of the name's words ("Liberation War Collaborators’ Association").
func (c *Classifier) institutionName(src string, ids []int32, spans []span, i, n int, langs uint8) bool {
	heads := c.lx.cueLangs[cueInstitution]
	word := func(j int) string { return src[spans[j].start:spans[j].end] }
	upper := func(j int) bool { b := src[spans[j].start]; return 'A' <= b && b <= 'Z' }
	head := func(j int) bool { return ids[j] >= 0 && heads[ids[j]]&langs != 0 && upper(j) }
	joined := func(j int) bool { // nothing but spaces between word j-1 and word j, or a possessive's apostrophe
		switch strings.TrimSpace(src[spans[j-1].end:spans[j].start]) {
		case "", "'", "’":
			return true
		}
		return false
	}
	if !upper(i) {
		return false
	}
	for j := i + n; j < len(ids) && j < i+n+institutionReach && joined(j); j++ {
		if head(j) {
			return true
		}
		switch w := word(j); {
		case upper(j), w == "of", w == "and", w == "for", w == "the":
		default:
			return false
		}
	}
	j := i - 1
	if j >= 1 && word(j) == "the" && joined(j+1) {
		j--
	}
	return j >= 1 && word(j) == "of" && joined(j+1) && joined(j) && head(j-1)
}
