package classify

import (
	"crypto/sha256"
	"embed"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"io/fs"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/BurntSushi/toml"

	"github.com/lode-reader/lode/internal/text"
)

// builtinFS holds the shipped lexicon (see docs/classifier.md): lexicon.toml,
// the English phrases and the names and words any item may carry, and one
// lexicon_<lang>.toml a language whose political voice lode reads
// (Spanish, French, Indonesian, Portuguese, Vietnamese, Chinese).
//
//go:embed lexicon.toml lexicon_*.toml
var builtinFS embed.FS

// lexSource is one lexicon data file: its name and its TOML.
type lexSource struct {
	name string
	data []byte
}

// builtinSources returns the shipped lexicon files, lexicon.toml first and
// then the language files by name, so the compiled lexicon and its hash do
// not depend on the order the files were embedded in.
func builtinSources() ([]lexSource, error) {
	names, err := fs.Glob(builtinFS, "lexicon_*.toml")
	if err != nil {
		return nil, fmt.Errorf("list built-in lexicon files: %w", err)
	}
	sort.Strings(names)
	names = append([]string{"lexicon.toml"}, names...)
	out := make([]lexSource, 0, len(names))
	for _, n := range names {
		b, err := builtinFS.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("read built-in lexicon %s: %w", n, err)
		}
		out = append(out, lexSource{name: n, data: b})
	}
	return out, nil
}

// sourceLang is the language a lexicon file's name declares: "en" for
// lexicon.toml, "es" for lexicon_es.toml.
func sourceLang(name string) string {
	if l, ok := strings.CutPrefix(strings.TrimSuffix(name, ".toml"), "lexicon_"); ok {
		return l
	}
	return "en"
}

// maxLangs is how many lexicon files (languages) a lexicon may have: a
// language is one bit of a uint8 (lexicon.speech, lexicon.stop).
const maxLangs = 8

// maxSeqWords bounds the words of a speech cue read as a sequence.
const maxSeqWords = 4

// maxPairWords bounds the words of a writer's speech pair
// (lexFile.WriterSpeech: "we firmly believe", "我们认为").
const maxPairWords = 6

// stemLang is the language whose words the stemmer's suffix rules are
// (English): its speech cues meet every word that stems as they do
// ("warns", "warned"); another language's cues meet only the forms its
// file spells out, folded ("afirmó", "afirmo"), since an English suffix
// rule is no inflection of theirs ("dice" and the month "Dic").
const stemLang = "en"

// maxWeight bounds a term's weight so one user term cannot swamp the score.
const maxWeight = 5.0

// lexFile is the layout of a lexicon file (lexicon.toml, lexicon_es.toml...).
type lexFile struct {
	// Lang is the language of the file's phrases and cues ("en", "es",
	// "fr", "id", "pt", "zh"); it must match the file's name.
	Lang string `toml:"lang"`
	// Cues are words that, shortly before a business phrase in the same
	// sentence, cancel it ("no mention of market strategy").
	Cues []string `toml:"cues"`
	// LegalCues are words that, earlier in the same sentence, turn a
	// legal group's rhetoric into topic: "the Constitution declares the
	// salt flats belong to the nation" reports the law.
	LegalCues []string `toml:"legal_cues"`
	// DenialCues are words that, earlier in the sentence than a rhetoric
	// phrase, turn it into topic: "the miner denies looting ore"
	// reports an accusation, it is not the writer's cry.
	DenialCues []string `toml:"denial_cues"`
	// CrimeCues are words of a crime or its enforcement (smuggling, a
	// syndicate, the police, an alleged theft): anywhere in the sentence of
	// a theft group's phrase, they turn it into topic. "3 700 tonnes of
	// lithium ore looted from the mine were recovered by the police"
	// reports a crime, not the nation robbed by foreign powers.
	CrimeCues []string `toml:"crime_cues"`
	// SeizureCues are the words of a state taking a company or its assets
	// (nationalise, expropriate, requisition): in a sentence that names a
	// company, outside quotation marks and outside anyone's words, they
	// make it a policy change reported, an act on a named firm (labelling
	// rule 14's nationalisation) rather than a nationalisation promised.
	SeizureCues []string `toml:"seizure_cues"`
	// DisputeCues are the words of a company's contract, concession,
	// claim, arbitration or settlement with a state ("arbitraje",
	// "concesiones", "demanda"): in a title or lead sentence that names a
	// company (a dictionary name), even one that reports a leader's words,
	// they state the item's news, a named counterpart's proceeding, so the
	// leader's slogan quoted around it is reported (reportedVoice, c14).
	DisputeCues []string `toml:"dispute_cues"`
	// ComplainantCues are the nouns of a community or its workers with a
	// grievance (villagers, residents, workers, a union): near the start
	// of the title, outside quotation marks, they name the item's speakers
	// as complainants (complainantVoice).
	ComplainantCues []string `toml:"complainant_cues"`
	// GrievanceCues are the words of a concrete complaint a community or
	// its workers bring: pay, wages, jobs, land, compensation, royalties,
	// safety, evictions ("salarios", "regalías", "ganti rugi", "upah").
	// complainantVoice reads a complainants' item as their grievance
	// reported only when its own sentences hold enough of them; a protest
	// told through ownership and sovereignty slogans alone holds few.
	GrievanceCues []string `toml:"grievance_cues"`
	// PartyActCues are the words of a ruling party's own act at a mine or
	// on its members (a seizure, a grab, an occupation, a handout: seize,
	// grabbed, occupied, donated, gifted): in a sentence in the writer's
	// words, outside quotation marks, they make a party name of a group
	// marked party (lexGroup.Party) in that sentence the party's act told
	// as the news, patronage or coercion, which counts as a directive
	// (partyActWeight), not the party named in passing.
	PartyActCues []string `toml:"party_act_cues"`
	// InstitutionHeads are the head nouns of an institution's name
	// (association, school, institute, foundation): a directive or
	// rhetoric phrase written in capitals inside such a name ("the
	// Liberation War Veterans Association", "the School of Ideology") is
	// part of the name, politics named, not said (institutionName).
	InstitutionHeads []string `toml:"institution_heads"`
	// StepCues are the participles of an instrument's legal step
	// (signed, approved, granted: "firmados", "aprobados", "otorgadas"):
	// beside a policy cue (contracts, concessions, permits), both outside
	// quotation marks, in one of the lead's sentences, they name the
	// instrument's fate as the item's news even in a speaker's reported
	// words ("advirtió que los contratos ... no serán aprobados en el
	// Senado"), as a named company's dispute does (leadNews). The noun
	// and present forms ("firma", a company or a signing; "aprueba") are
	// not listed: in someone's words they are his act or his promise.
	StepCues []string `toml:"step_cues"`
	// FigureUnits are the words that make a number before them a
	// concrete commercial figure ("500 million", "20,000 tonnes", "1,000
	// jobs").
	FigureUnits []string `toml:"figure_units"`
	// SpeechCues mark a sentence as someone's words reported ("he said
	// that", "according to").
	SpeechCues []string `toml:"speech_cues"`
	// SpeechForms are speech cues read by the forms listed only, not by
	// the stem (in lexicon.toml: verbs whose English stem a noun shares,
	// "stated" and the noun "state"). In the other files every speech
	// cue is read so already.
	SpeechForms []string `toml:"speech_forms"`
	// WriterSpeech are the writer's own speech: a first-person-plural
	// subject and the speech cue it says, in that order ("we believe",
	// "我们认为", "avons souligné"), or an idiom of the writer's own voice
	// that ends with a speech cue ("堪称", may be called; "可以说", one may
	// say). Where one stands in a row, its cue is not someone's words
	// reported: an editorial's "we believe" is the writer speaking. Each
	// pair ends with a speech cue of its file's language.
	WriterSpeech []string `toml:"writer_speech"`
	// ChangeCues, with a legal cue in the same sentence, make it a legal
	// change reported ("the chamber approved the reform of the mining
	// law").
	ChangeCues []string `toml:"change_cues"`
	// PolicyCues, with a change cue, make a sentence a policy change
	// reported ("the ministry revoked the export permits").
	PolicyCues []string `toml:"policy_cues"`
	// NumberingWords, right before a Roman numeral in capitals, make it
	// a number ("Article XI", "Commission XI"), not a word.
	NumberingWords []string `toml:"numbering_words"`
	// TurnMarks open a speaker's numbered point ("一是", "第二"): a
	// paragraph that opens with one, after a paragraph whose speaker's
	// turn ends on a colon or after another such point, goes on with
	// the speaker's words (speakerTurns). Matched on the text as written,
	// so each mark is spelt the same in both Chinese scripts.
	TurnMarks []string `toml:"turn_marks"`
	// TitleSpeakers are the posts of a person whose line a headline
	// gives after his post and name and a colon ("代表王某:", "某省国资委
	// 主任:"): such a title is his words, voiced (titleSpeaker). Matched
	// on the text as written, so each post is listed in both scripts
	// where they differ.
	TitleSpeakers []string `toml:"title_speakers"`
	// Stopwords are function words the file's language writes often and
	// the other files' languages rarely: the language of an item is the
	// one whose stopwords it holds most (itemLangs).
	Stopwords []string `toml:"stopwords"`
	// Slots are word lists a phrase of the same file names in braces:
	// "belong to the {people}" stands for the phrase with each entry of
	// slots.people in turn (a claim naming the nation's people, however
	// the file lists them). A phrase may name several slots.
	Slots map[string][]string `toml:"slots"`
	// Group are the file's phrases, in groups that share a kind and weight.
	Group []lexGroup `toml:"group"`

	// langs, speechBy and stopBy are set by mergeSources: the files'
	// languages in file order, and each one's speech cues and stopwords
	// (a speech cue is read in its own language only).
	langs                               []string
	speechBy, formsBy, stopBy, writerBy [][]string
	// cuesBy are each file's cue lists read in the item's language
	// (negation, legal, denial, change, policy, crime, seizure, dispute,
	// complainant, grievance, party act: cueNeg...), in file order.
	cuesBy [][nCueLists][]string
}

// The cue lists read in an item's language only (lexicon.cueLangs): an
// item's words meet the cues of the languages it is read in (itemLangs),
// as speech cues do.
const (
	cueNeg         = iota // lexFile.Cues: negation before a business phrase
	cueLegal              // lexFile.LegalCues
	cueDenial             // lexFile.DenialCues
	cueChange             // lexFile.ChangeCues
	cuePolicy             // lexFile.PolicyCues
	cueCrime              // lexFile.CrimeCues
	cueSeizure            // lexFile.SeizureCues
	cueDispute            // lexFile.DisputeCues
	cueComplainant        // lexFile.ComplainantCues
	cueGrievance          // lexFile.GrievanceCues
	cuePartyAct           // lexFile.PartyActCues
	cueInstitution        // lexFile.InstitutionHeads
	cueStep               // lexFile.StepCues
	nCueLists
)

// speechSeq is a speech cue of several words: their ids in order, and the
// languages (lexicon file bits) whose files list it.
type speechSeq struct {
	ids   []int32
	langs uint8
}

// lexGroup is a set of phrases that share one weight.
type lexGroup struct {
	// Name labels the group in error messages and the docs.
	Name string `toml:"name"`
	// Kind is "directive", "rhetoric", "topic", "business" or "blocker".
	Kind string `toml:"kind"`
	// Weight is each phrase's weight; its sign must fit Kind (checkKind).
	Weight float64 `toml:"weight"`
	// Phrases are the group's phrases, lower case; {slot} names a Slots list.
	Phrases []string `toml:"phrases"`
	// Legal marks ownership formulas that a constitution or law also
	// states: after a legal cue in the sentence they count as topic.
	Legal bool `toml:"legal"`
	// Campaign marks the names of a campaign event (a campaign rally, a
	// star rally): topic when named in passing, rhetoric when the item
	// reports the event as its speeches (rallyVoice).
	Campaign bool `toml:"campaign"`
	// Occasion marks the names of a business occasion (an inspection or
	// research tour, a work meeting, a ministry's press conference), as
	// blockers (weight 0), or the business event a project's report is
	// about (a groundbreaking, a commissioning, a signing), as business
	// phrases that keep their weight: named in the title or the lead of an
	// item that is mostly business, its speakers' formulas are reported
	// (occasionVoice).
	Occasion bool `toml:"occasion"`
	// OccasionRef marks the words a readout names its own occasion by
	// ("the meeting", 会议), as blockers: in an occasion's report, a
	// sentence that names the occasion so, outside quotation marks, is
	// the occasion's account, and the formula it states ("the meeting was
	// held to implement the spirit of ...") frames it (occasionVoice,
	// session 44). They do not name an occasion themselves.
	OccasionRef bool `toml:"occasion_ref"`
	// Opinion marks the words that name an item's genre as opinion (an
	// editorial, a comment, an op-ed, a column, a letter to the editor),
	// as blockers (weight 0): at the start or the end of the title, or at
	// the start of the body, they say the item speaks in its writer's own
	// voice (ownVoice).
	Opinion bool `toml:"opinion"`
	// Stance marks the words of a writer arguing in their own voice
	// (first-person plural exhortation, argument markers: "we must",
	// "make no mistake"), as blockers (weight 0): outside quotation marks
	// and outside reported speech, in stanceMin body sentences, they say
	// the item speaks in its writer's own voice (ownVoice).
	Stance bool `toml:"stance"`
	// Audience marks the words of an item written for investors (an
	// analyst's briefing: "investors", "why this matters", "implications
	// for"), as blockers (weight 0): outside quotation marks they say the
	// item is in the analyst's voice (analystVoice).
	Audience bool `toml:"audience"`
	// Reading marks an analyst's evaluative verbs ("signals",
	// "underscores", "reveals", "blurs lines"), as blockers (weight 0): in
	// an item in the analyst's voice, a directive or rhetoric phrase in a
	// sentence that holds one outside quotation marks is the writer's
	// reading of someone else's politics, and counts as topic.
	Reading bool `toml:"reading"`
	// Theft marks the bare words of plunder and looting, which also name a
	// crime (ore looted from a mine by a smuggling ring, minerals pillaged
	// and smuggled out by a rebel group): with a crime cue in the sentence
	// (lexFile.CrimeCues) they count as topic, an accusation of a crime
	// reported, not the sovereignty cry of a nation robbed.
	Theft bool `toml:"theft"`
	// Party marks the names of a ruling party and its wings ("ZANU-PF",
	// "the ruling party", "party youths"): topic when named in passing; in
	// a sentence in the writer's words that holds a party act cue
	// (lexFile.PartyActCues) outside quotation marks, the party's own act
	// is the news, and the name counts as a directive (partyActWeight).
	Party bool `toml:"party"`
	// Taunt marks rhetoric that is the commentator's own idiom, never a
	// speaker's formula (the other side "panics", acts "hypocritically",
	// plays "an old trick"): outside quotation marks it is the writer's
	// words in any sentence, one with a speech cue included ("he
	// hypocritically stated ..."), and a report of an occasion, a speech
	// or a figure does not set it aside.
	Taunt bool `toml:"taunt"`
	// langs is the bit of the lexicon file the group comes from
	// (mergeSources): an occasion counts only in an item of that file's
	// language, as a speech cue does.
	langs uint8
}

// kind is what a phrase signals; see lexicon.toml.
type kind uint8

const (
	kBlocker   kind = iota // weight 0: stops a shorter phrase
	kDirective             // directives and loyalty put above business
	kRhetoric              // sovereignty, patriotic and anti-colonial rhetoric
	kTopic                 // politics as the subject of reporting
	kBusiness              // business signal (negative weight)
	nKinds
)

// String returns the lexicon spelling of k.
func (k kind) String() string {
	switch k {
	case kBlocker:
		return "blocker"
	case kDirective:
		return "directive"
	case kRhetoric:
		return "rhetoric"
	case kTopic:
		return "topic"
	}
	return "business"
}

// parseKind maps a lexicon kind name to a kind.
func parseKind(name string) (kind, bool) {
	for k := kBlocker; k < nKinds; k++ {
		if k.String() == name {
			return k, true
		}
	}
	return 0, false
}

// checkKind rejects a weight whose sign does not fit its kind.
func checkKind(k kind, w float64) error {
	switch {
	case k == kBlocker && w != 0:
		return fmt.Errorf("kind blocker needs weight 0, has %g", w)
	case k == kBusiness && w >= 0:
		return fmt.Errorf("kind business needs a negative weight, has %g", w)
	case k != kBlocker && k != kBusiness && w <= 0:
		return fmt.Errorf("kind %s needs a positive weight, has %g", k, w)
	}
	return nil
}

// entry is one compiled lexicon phrase.
type entry struct {
	phrase string // normalised words joined by spaces
	weight float64
	kind   kind
	legal  bool // topic after a legal cue (lexGroup.Legal)
	// campaign: a campaign event's name (lexGroup.Campaign).
	campaign bool
	// occasion: a business occasion's name (lexGroup.Occasion).
	occasion bool
	// occasionRef: a readout's name for its own occasion
	// (lexGroup.OccasionRef).
	occasionRef bool
	// opinion and stance: an opinion genre's name, a writer's own-voice
	// marker (lexGroup.Opinion, lexGroup.Stance).
	opinion, stance bool
	// audience and reading: an investor-facing marker, an analyst's
	// evaluative verb (lexGroup.Audience, lexGroup.Reading).
	audience, reading bool
	// theft: a bare word of plunder that also names a crime
	// (lexGroup.Theft).
	theft bool
	// party: a ruling party's or its wing's name (lexGroup.Party).
	party bool
	// taunt: the commentator's own idiom (lexGroup.Taunt).
	taunt bool
	// langs: the lexicon files (language bits) that list the phrase; an
	// occasion counts only in an item of one of them.
	langs uint8
}

// marks are a phrase's group flags (lexGroup's Legal, Campaign, Occasion,
// Opinion, Stance, Audience, Reading, Theft and Party).
type marks struct {
	legal, campaign, occasion, occasionRef, opinion, stance, audience, reading, theft, party, taunt bool
}

// marks returns the entry's group flags.
func (e *entry) marks() marks {
	return marks{legal: e.legal, campaign: e.campaign, occasion: e.occasion, occasionRef: e.occasionRef, opinion: e.opinion, stance: e.stance,
		audience: e.audience, reading: e.reading, theft: e.theft, party: e.party, taunt: e.taunt}
}

// trieNode is one step of a phrase: term is the entry ending here (or -1),
// next maps the following word's vocabulary id to a node index.
type trieNode struct {
	term int32
	next map[int32]int32
}

// lexicon is the compiled phrase table: every lexicon word gets an id, and
// phrases form a trie over ids whose first level is a dense slice.
type lexicon struct {
	vocab map[string]int32
	// table is vocab as a text.Table, which scanning looks non-ASCII
	// words up in.
	table *text.Table
	// keys maps the key of every ASCII word whose stem is in vocab (as
	// text.Split writes it: lower case) to that stem's id, so scanning
	// looks an ASCII word up without stemming it; keysFirstLen and
	// keysFilter are its firstLen and filter.
	keys         *text.Table
	keysFirstLen [256]uint64
	keysFilter   text.KeyFilter
	// firstLen has bit len%64 of word w set for every word of vocab, so
	// most words of a text skip the map lookup.
	firstLen [256]uint64
	// cueLangs are, for each cue list read in the item's language (cueNeg,
	// cueLegal, cueDenial, cueChange, cuePolicy, cueCrime, cueSeizure,
	// cueDispute, cueComplainant, cueGrievance, cuePartyAct, cueInstitution),
	// by word id, the languages (bit i: the i-th lexicon
	// file) whose list holds a cue that stems to the word.
	cueLangs [nCueLists][]uint8
	unit     []bool // by word id: figure units
	// numbering is by word id: the words after which a Roman numeral in
	// capitals is a number (lexFile.NumberingWords).
	numbering []bool
	// turnMarks are the openings of a speaker's numbered point
	// (lexFile.TurnMarks), as written.
	turnMarks []string
	// titleSpeakers are the posts of a headline's speaker
	// (lexFile.TitleSpeakers), as written.
	titleSpeakers []string
	// speech is by word id: the languages (bit i: the i-th lexicon file)
	// one of whose speech cues stems to the word; byStem holds those of
	// them whose cue meets every word of its stem (stemLang's speech_cues).
	// speechForms are, for the other cues (the other languages', and
	// stemLang's speech_forms), the folded forms their files list: for
	// those languages a word is a cue only in one of them.
	speech      []uint8
	byStem      []uint8
	speechForms map[string]uint8
	// seqs are the speech cues of several words (a Chinese verb is a
	// sequence of characters, each a word: 表示, 指出, 发言人), by the id
	// of their last word; seqLast marks those ids, so scanning asks only
	// at them (speechSeqAt).
	seqs    map[int32][]speechSeq
	seqLast []bool
	// pairs are the writer's speech pairs (lexFile.WriterSpeech) by the id
	// of their last word, which pairLast marks: where one ends at a speech
	// cue, the cue is the writer's own words, not a report.
	pairs    map[int32][]speechSeq
	pairLast []bool
	// stop is by word id: the language whose stopword stems to the word
	// (one bit), or 0; nLangs is how many languages there are.
	stop   []uint8
	nLangs int
	// bits are the sentence-wide cues of each word id (bitLegal,
	// bitDenial, bitChange, bitPolicy, bitCrime, bitSeizure, bitDispute, bitPartyAct),
	// read in one pass over a sentence.
	bits  []uint8
	first []int32 // by word id: trie node of the one-word prefix, or -1
	nodes []trieNode
	// edges are the nodes' next maps in one table, which match reads.
	edges edgeTable
	terms []entry
	stem  *stemmer
	hash  string

	// filter holds every word of vocab too, by first and last byte and
	// length: it stops most of what firstLen lets through.
	filter text.KeyFilter
}

// Sentence-wide cue bits (lexicon.bits).
const (
	bitLegal uint8 = 1 << iota
	bitDenial
	bitChange
	bitPolicy
	bitCrime
	bitSeizure
	bitDispute
	bitPartyAct
)

// normalise returns the words of phrase as the scanner sees them.
func normalise(sc *scanner, phrase string) []string {
	var words []string
	ws := text.Split(phrase, nil)
	sc.words(&ws, 0, ws.Len(), true, func(_ int, w []byte, _, _ int) { words = append(words, string(w)) }, func() {})
	return words
}

// decodeSource parses one lexicon file and checks that its lang matches
// its name.
func decodeSource(src lexSource) (lexFile, error) {
	var f lexFile
	md, err := toml.Decode(string(src.data), &f)
	if err != nil {
		return f, fmt.Errorf("parse built-in lexicon %s: %w", src.name, err)
	}
	if undec := md.Undecoded(); len(undec) > 0 {
		return f, fmt.Errorf("parse built-in lexicon %s: unknown key %q", src.name, undec[0].String())
	}
	if want := sourceLang(src.name); f.Lang != want {
		return f, fmt.Errorf("built-in lexicon %s: lang %q, want %q", src.name, f.Lang, want)
	}
	for gi := range f.Group {
		var out []string
		for _, p := range f.Group[gi].Phrases {
			ps, err := expandSlots(p, f.Slots)
			if err != nil {
				return f, fmt.Errorf("built-in lexicon %s group %q: %w", src.name, f.Group[gi].Name, err)
			}
			out = append(out, ps...)
		}
		f.Group[gi].Phrases = out
	}
	return f, nil
}

// expandSlots returns phrase with each {name} replaced, in turn, by every
// entry of slots[name] (the product when it names several); a phrase with
// no braces is itself. An unknown or empty slot, or a brace left open, is
// an error.
func expandSlots(phrase string, slots map[string][]string) ([]string, error) {
	open := strings.IndexByte(phrase, '{')
	if open < 0 {
		if strings.IndexByte(phrase, '}') >= 0 {
			return nil, fmt.Errorf("phrase %q: '}' with no '{'", phrase)
		}
		return []string{phrase}, nil
	}
	end := strings.IndexByte(phrase[open:], '}')
	if end < 0 {
		return nil, fmt.Errorf("phrase %q: '{' left open", phrase)
	}
	name := phrase[open+1 : open+end]
	words, ok := slots[name]
	if !ok || len(words) == 0 {
		return nil, fmt.Errorf("phrase %q: slot %q is not listed in slots or is empty", phrase, name)
	}
	var out []string
	for _, w := range words {
		if strings.ContainsAny(w, "{}") {
			return nil, fmt.Errorf("slot %q: entry %q holds a brace", name, w)
		}
		rest, err := expandSlots(phrase[:open]+w+phrase[open+end+1:], slots)
		if err != nil {
			return nil, err
		}
		out = append(out, rest...)
	}
	return out, nil
}

// mergeSources parses the lexicon files and joins them into one: cue lists
// are concatenated (speech cues and stopwords are kept by language),
// groups appended in file order, each group's name prefixed with its
// file's language for error messages.
func mergeSources(sources []lexSource) (lexFile, error) {
	var all lexFile
	if len(sources) > maxLangs {
		return all, fmt.Errorf("built-in lexicon: %d files, at most %d languages", len(sources), maxLangs)
	}
	for _, src := range sources {
		f, err := decodeSource(src)
		if err != nil {
			return all, err
		}
		all.cuesBy = append(all.cuesBy, [nCueLists][]string{f.Cues, f.LegalCues, f.DenialCues, f.ChangeCues, f.PolicyCues, f.CrimeCues, f.SeizureCues, f.DisputeCues, f.ComplainantCues, f.GrievanceCues, f.PartyActCues, f.InstitutionHeads, f.StepCues})
		all.FigureUnits = append(all.FigureUnits, f.FigureUnits...)
		all.langs = append(all.langs, f.Lang)
		all.speechBy = append(all.speechBy, f.SpeechCues)
		all.formsBy = append(all.formsBy, f.SpeechForms)
		all.stopBy = append(all.stopBy, f.Stopwords)
		all.writerBy = append(all.writerBy, f.WriterSpeech)
		all.NumberingWords = append(all.NumberingWords, f.NumberingWords...)
		all.TurnMarks = append(all.TurnMarks, f.TurnMarks...)
		all.TitleSpeakers = append(all.TitleSpeakers, f.TitleSpeakers...)
		for _, g := range f.Group {
			g.Name = f.Lang + ":" + g.Name
			g.langs = uint8(1) << (len(all.langs) - 1)
			all.Group = append(all.Group, g)
		}
	}
	return all, nil
}

// buildLexicon compiles the lexicon files plus user extras into one phrase
// table. A phrase listed in two files must have the same weight and kind
// there (a word Spanish and Portuguese share); a user term whose
// normalised phrase is already in the lexicon replaces its weight.
func buildLexicon(sources []lexSource, extra []Term) (*lexicon, error) {
	f, err := mergeSources(sources)
	if err != nil {
		return nil, err
	}
	lx := &lexicon{vocab: map[string]int32{}, stem: newStemmer()}
	sc := &scanner{st: lx.stem}
	index := map[string]int{} // normalised phrase -> terms index
	add := func(words []string, w float64, k kind, m marks, user bool, langs uint8, what string) error {
		key := strings.Join(words, " ")
		if i, ok := index[key]; ok {
			if !user && (lx.terms[i].weight != w || lx.terms[i].kind != k) {
				return fmt.Errorf("%s: same words as %q with weight %g (%s)", what, lx.terms[i].phrase, lx.terms[i].weight, lx.terms[i].kind)
			}
			if !user && lx.terms[i].marks() != m {
				return fmt.Errorf("%s: same words as %q in a group of other flags (legal, campaign, occasion, opinion, stance, audience, reading, theft, party)", what, lx.terms[i].phrase)
			}
			lx.terms[i].weight, lx.terms[i].kind = w, k
			lx.terms[i].langs |= langs
			return nil
		}
		index[key] = len(lx.terms)
		lx.terms = append(lx.terms, entry{phrase: key, weight: w, kind: k, legal: m.legal, campaign: m.campaign, occasion: m.occasion,
			occasionRef: m.occasionRef, opinion: m.opinion, stance: m.stance, audience: m.audience, reading: m.reading, theft: m.theft, party: m.party, taunt: m.taunt, langs: langs})
		return nil
	}
	for gi, g := range f.Group {
		k, ok := parseKind(g.Kind)
		if !ok {
			return nil, fmt.Errorf("built-in lexicon group %d (%s): unknown kind %q", gi+1, g.Name, g.Kind)
		}
		if err := checkWeight(g.Weight); err != nil {
			return nil, fmt.Errorf("built-in lexicon group %d (%s): %w", gi+1, g.Name, err)
		}
		if err := checkKind(k, g.Weight); err != nil {
			return nil, fmt.Errorf("built-in lexicon group %d (%s): %w", gi+1, g.Name, err)
		}
		for _, p := range g.Phrases {
			words := normalise(sc, p)
			what := fmt.Sprintf("built-in lexicon group %q phrase %q", g.Name, p)
			if len(words) == 0 {
				return nil, fmt.Errorf("%s: no words", what)
			}
			if (g.Opinion || g.Stance || g.Audience || g.Reading || g.OccasionRef) && k != kBlocker || g.Occasion && k != kBlocker && k != kBusiness {
				return nil, fmt.Errorf("built-in lexicon group %d (%s): an opinion, stance, audience, reading or occasion_ref group is a blocker (weight 0), an occasion group a blocker or business", gi+1, g.Name)
			}
			if g.Theft && k != kRhetoric {
				return nil, fmt.Errorf("built-in lexicon group %d (%s): a theft group is rhetoric", gi+1, g.Name)
			}
			if g.Taunt && k != kRhetoric {
				return nil, fmt.Errorf("built-in lexicon group %d (%s): a taunt group is rhetoric", gi+1, g.Name)
			}
			if g.Party && k != kTopic {
				return nil, fmt.Errorf("built-in lexicon group %d (%s): a party group is topic", gi+1, g.Name)
			}
			m := marks{legal: g.Legal, campaign: g.Campaign, occasion: g.Occasion, occasionRef: g.OccasionRef, opinion: g.Opinion, stance: g.Stance,
				audience: g.Audience, reading: g.Reading, theft: g.Theft, party: g.Party, taunt: g.Taunt}
			if err := add(words, g.Weight, k, m, false, g.langs, what); err != nil {
				return nil, err
			}
		}
	}
	for i, t := range extra {
		what := fmt.Sprintf("lexicon term %d (%q)", i+1, t.Phrase)
		words := normalise(sc, t.Phrase)
		if len(words) == 0 {
			return nil, fmt.Errorf("%s: phrase has no words", what)
		}
		if err := checkWeight(t.Weight); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		k, err := userKind(t)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		if i, ok := index[strings.Join(words, " ")]; ok && t.Kind == "" && checkKind(lx.terms[i].kind, t.Weight) == nil {
			k = lx.terms[i].kind // a new weight for a built-in phrase keeps its kind
		}
		if err := add(words, t.Weight, k, marks{}, true, 0, what); err != nil {
			return nil, err
		}
	}
	for ti, t := range lx.terms {
		lx.insert(strings.Fields(t.phrase), int32(ti))
	}
	lx.edges = newEdgeTable(lx.nodes)
	// every cue word gets its id before any set is sized
	units := lx.ids(sc, f.FigureUnits)
	var cueIDs [nCueLists][][]int32 // by list, by language
	for _, lists := range f.cuesBy {
		for k, list := range lists {
			cueIDs[k] = append(cueIDs[k], lx.ids(sc, list))
		}
	}
	numbering := lx.ids(sc, f.NumberingWords)
	speech, byStem, stop, err := lx.langWords(sc, f)
	if err != nil {
		return nil, err
	}
	lx.unit, lx.numbering = lx.wordSet(units), lx.wordSet(numbering)
	lx.turnMarks, lx.titleSpeakers = f.TurnMarks, f.TitleSpeakers
	lx.bits = make([]uint8, len(lx.vocab))
	for k := range cueIDs {
		lx.cueLangs[k] = make([]uint8, len(lx.vocab))
		for li, ids := range cueIDs[k] {
			for _, id := range ids {
				lx.cueLangs[k][id] |= 1 << li
			}
		}
	}
	for _, c := range sentenceCues() {
		for id, m := range lx.cueLangs[c.list] {
			if m != 0 {
				lx.bits[id] |= c.bit
			}
		}
	}
	lx.seqLast = make([]bool, len(lx.vocab))
	for id := range lx.seqs {
		lx.seqLast[id] = true
	}
	lx.pairLast = make([]bool, len(lx.vocab))
	for id := range lx.pairs {
		lx.pairLast[id] = true
	}
	lx.speech, lx.byStem, lx.stop = make([]uint8, len(lx.vocab)), make([]uint8, len(lx.vocab)), make([]uint8, len(lx.vocab))
	for id, b := range speech {
		lx.speech[id] = b
	}
	for id, b := range byStem {
		lx.byStem[id] = b
	}
	for id, b := range stop {
		lx.stop[id] = b
	}
	lx.hash = lexiconHash(sources, extra)
	for w := range lx.vocab {
		if w != "" {
			lx.firstLen[w[0]] |= 1 << (len(w) & 63)
		}
		lx.filter.Add(w)
	}
	lx.table = text.NewTable(lx.vocab)
	lx.indexKeys(sc)
	return lx, nil
}

// indexKeys builds lx.keys from the complete vocabulary: the ASCII words
// whose stem is a vocabulary word v are v itself (when stem leaves it as
// it is) and, for each suffix rule whose replacement v ends with, v with
// the replacement taken back to the suffix (when stem takes exactly that
// rule back to v): stem applies one rule at most, so no other word stems
// to v. Each candidate is checked by stemming it.
func (lx *lexicon) indexKeys(sc *scanner) {
	keys := map[string]int32{}
	try := func(c, v string, id int32) {
		if string(sc.stem([]byte(c))) == v {
			keys[c] = id
		}
	}
	for v, id := range lx.vocab {
		if v == "" || !isASCII(v) {
			continue
		}
		try(v, v, id)
		for _, rules := range lx.stem.byLast {
			for _, r := range rules {
				if strings.HasSuffix(v, r.repl) {
					try(v[:len(v)-len(r.repl)]+r.suffix, v, id)
				}
			}
		}
	}
	for k := range keys {
		lx.keysFirstLen[k[0]] |= 1 << (len(k) & 63)
		lx.keysFilter.Add(k)
	}
	lx.keys = text.NewTable(keys)
}

// langWords gives every speech cue and stopword its vocabulary id and
// returns, by id, the languages whose speech cues stem to it, those whose
// cues meet it by stem (stemLang's speech_cues), and the language whose
// stopword does; it fills lx.speechForms and lx.nLangs. A stopword two
// languages share (after normalising) tells no language apart and is an
// error.
func (lx *lexicon) langWords(sc *scanner, f lexFile) (speech, byStem, stop map[int32]uint8, err error) {
	speech, byStem, stop = map[int32]uint8{}, map[int32]uint8{}, map[int32]uint8{}
	lx.speechForms, lx.nLangs = map[string]uint8{}, len(f.langs)
	lx.seqs, lx.pairs = map[int32][]speechSeq{}, map[int32][]speechSeq{}
	for li, lang := range f.langs {
		bit := uint8(1) << li
		cues := append(append([]string(nil), f.speechBy[li]...), f.formsBy[li]...)
		for ci, c := range cues {
			if ids := lx.ids(sc, []string{c}); len(ids) > maxSeqWords {
				return nil, nil, nil, fmt.Errorf("built-in lexicon: speech cue %q (%s) has %d words, at most %d", c, lang, len(ids), maxSeqWords)
			} else if len(ids) > 1 {
				// a sequence: a cue only where its words stand in a row
				last := ids[len(ids)-1]
				lx.seqs[last] = append(lx.seqs[last], speechSeq{ids: ids, langs: bit})
				continue
			}
			stem := lang == stemLang && ci < len(f.speechBy[li])
			for _, id := range lx.ids(sc, []string{c}) {
				speech[id] |= bit
				if stem {
					byStem[id] |= bit
				}
			}
			if !stem {
				ws := text.Split(c, nil)
				for i := 0; i < ws.Len(); i++ {
					lx.speechForms[ws.Key(i)] |= bit
				}
			}
		}
		if err := lx.writerPairs(sc, f.writerBy[li], lang, bit, speech); err != nil {
			return nil, nil, nil, err
		}
		for _, w := range f.stopBy[li] {
			for _, id := range lx.ids(sc, []string{w}) {
				if b := stop[id]; b != 0 && b != bit {
					return nil, nil, nil, fmt.Errorf("built-in lexicon: stopword %q (%s) is also another language's", w, lang)
				}
				stop[id] = bit
			}
		}
	}
	return speech, byStem, stop, nil
}

// writerPairs reads one language's writer speech pairs (bit, lang) into
// lx.pairs. A pair is two to maxPairWords words and ends with a speech cue
// of its language (speech: by id, the languages of the one-word cues read
// so far; lx.seqs: the cues of several words): a pair that ends elsewhere
// would cancel no cue and is an error.
func (lx *lexicon) writerPairs(sc *scanner, pairs []string, lang string, bit uint8, speech map[int32]uint8) error {
	for _, p := range pairs {
		ids := lx.ids(sc, []string{p})
		if len(ids) < 2 || len(ids) > maxPairWords {
			return fmt.Errorf("built-in lexicon: writer speech %q (%s) has %d words, want 2 to %d", p, lang, len(ids), maxPairWords)
		}
		last := ids[len(ids)-1]
		ends := speech[last]&bit != 0
		for _, q := range lx.seqs[last] {
			if q.langs&bit != 0 && len(q.ids) < len(ids) && slices.Equal(q.ids, ids[len(ids)-len(q.ids):]) {
				ends = true
			}
		}
		if !ends {
			return fmt.Errorf("built-in lexicon: writer speech %q (%s) does not end with a speech cue of its language", p, lang)
		}
		lx.pairs[last] = append(lx.pairs[last], speechSeq{ids: ids, langs: bit})
	}
	return nil
}

// speechSeqAt returns the languages of the speech cues of several words
// that end with word id, the current word (its first byte at start in src,
// the field's text): those whose earlier words are the last words of prev
// (the field's words so far, with their spans), in the same sentence sent
// and each joined to the next by nothing but spaces. "他表示" holds the cue
// 表示; "表,示" does not.
func (lx *lexicon) speechSeqAt(id int32, prev []int32, spans []span, sent int32, src string, start int32) uint8 {
	return seqAt(lx.seqs[id], prev, spans, sent, src, start)
}

// writerAt returns the languages of the writer's speech pairs that end with
// word id, the current word, as speechSeqAt reads the speech cues of
// several words: "we believe" read where "We believe" stands in a row.
func (lx *lexicon) writerAt(id int32, prev []int32, spans []span, sent int32, src string, start int32) uint8 {
	return seqAt(lx.pairs[id], prev, spans, sent, src, start)
}

// seqAt returns the languages of the sequences of qs (each ending with the
// current word, its first byte at start in src) whose earlier words are
// the last words of prev (with their spans), in sentence sent, each joined
// to the next by nothing but spaces.
func seqAt(qs []speechSeq, prev []int32, spans []span, sent int32, src string, start int32) uint8 {
	var langs uint8
	for _, q := range qs {
		k := len(q.ids) - 1
		if k > len(prev) {
			continue
		}
		ok, next := true, start
		for j := 1; ok && j <= k; j++ {
			p := len(prev) - j
			sp := spans[len(spans)-j]
			ok = prev[p] == q.ids[k-j] && sp.sent == sent && strings.TrimSpace(src[sp.end:next]) == ""
			next = sp.start
		}
		if ok {
			langs |= q.langs
		}
	}
	return langs
}

// itemLangs returns the languages an item is read in, from its stopword
// counts by language: the language (or the languages tied) with the most,
// or every language when it holds none (a short line, another language).
func (lx *lexicon) itemLangs(stops *[maxLangs]int32) uint8 {
	best, langs := int32(0), uint8(0)
	for i := 0; i < lx.nLangs; i++ {
		switch n := stops[i]; {
		case n > best:
			best, langs = n, 1<<i
		case n == best && n > 0:
			langs |= 1 << i
		}
	}
	if langs == 0 {
		return ^uint8(0)
	}
	return langs
}

// isASCII reports whether s has only ASCII bytes.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// userKind is the kind of a user term: its Kind if set, else directive for a
// positive weight, business for a negative one and blocker for 0.
func userKind(t Term) (kind, error) {
	if t.Kind == "" {
		switch {
		case t.Weight > 0:
			return kDirective, nil
		case t.Weight < 0:
			return kBusiness, nil
		}
		return kBlocker, nil
	}
	k, ok := parseKind(t.Kind)
	if !ok {
		return 0, fmt.Errorf("unknown kind %q (want directive, rhetoric, topic, business or blocker)", t.Kind)
	}
	if err := checkKind(k, t.Weight); err != nil {
		return 0, err
	}
	return k, nil
}

// checkWeight rejects weights that would make scores meaningless.
func checkWeight(w float64) error {
	switch {
	case math.IsNaN(w):
		return fmt.Errorf("weight is NaN")
	case math.IsInf(w, 0):
		return fmt.Errorf("weight is infinite")
	case math.Abs(w) > maxWeight:
		return fmt.Errorf("weight %g outside [-%g, %g]", w, maxWeight, maxWeight)
	}
	return nil
}

// id returns the vocabulary id of word, adding it if new.
func (lx *lexicon) id(word string) int32 {
	if id, ok := lx.vocab[word]; ok {
		return id
	}
	id := int32(len(lx.vocab))
	lx.vocab[word] = id
	lx.first = append(lx.first, -1)
	return id
}

// ids returns the vocabulary ids of the normalised words of list, adding
// new words.
func (lx *lexicon) ids(sc *scanner, list []string) []int32 {
	var out []int32
	for _, c := range list {
		for _, w := range normalise(sc, c) {
			out = append(out, lx.id(w))
		}
	}
	return out
}

// wordSet is a by-word-id table of ids; call it once the vocabulary is
// complete.
func (lx *lexicon) wordSet(ids []int32) []bool {
	set := make([]bool, len(lx.vocab))
	for _, id := range ids {
		set[id] = true
	}
	return set
}

// insert adds a phrase to the trie.
func (lx *lexicon) insert(words []string, term int32) {
	id := lx.id(words[0])
	node := lx.first[id]
	if node < 0 {
		node = lx.newNode()
		lx.first[id] = node
	}
	for _, w := range words[1:] {
		id := lx.id(w)
		n := &lx.nodes[node]
		next, ok := n.next[id]
		if !ok {
			next = lx.newNode()
			n = &lx.nodes[node] // newNode may have moved the slice
			if n.next == nil {
				n.next = map[int32]int32{}
			}
			n.next[id] = next
		}
		node = next
	}
	lx.nodes[node].term = term
}

// newNode appends an empty trie node and returns its index.
func (lx *lexicon) newNode() int32 {
	lx.nodes = append(lx.nodes, trieNode{term: -1})
	return int32(len(lx.nodes) - 1)
}

// match returns the longest phrase starting at ids[i] and its length in
// words, or -1. abbrevs, when not nil, are ids' spans in a sentence holding
// an abbreviation in brackets (span.abbrev): a phrase reads across such a
// word as if it were not written, and takes it as one of its words. A
// phrase may start at the abbreviation itself, and never ends at one it
// reads across.
func (lx *lexicon) match(ids []int32, abbrevs []span, i int) (term int32, n int) {
	term = -1
	if ids[i] < 0 {
		return -1, 0
	}
	node := lx.first[ids[i]]
	for j := i; node >= 0; {
		if t := lx.nodes[node].term; t >= 0 {
			term, n = t, j-i+1
		}
		j++
		for abbrevs != nil && j < len(ids) && abbrevs[j].abbrev {
			j++
		}
		if j >= len(ids) || ids[j] < 0 {
			break
		}
		if len(lx.nodes[node].next) == 0 {
			break
		}
		next, ok := lx.edges.get(node, ids[j])
		if !ok {
			break
		}
		node = next
	}
	return term, n
}

// edgeTable holds every trie transition, (node, word id) -> next node, in
// one open-addressing table of integer keys: match looks one up for most
// words of a text, which a Go map per node made a few per cent of
// enrichment. It is built once and only read.
type edgeTable struct {
	keys  []uint64 // node<<32 | id, or noEdge
	vals  []int32
	shift uint // 64 - log2(len(keys))
}

// noEdge marks a free slot: node and id are never both -1.
const noEdge = ^uint64(0)

// newEdgeTable builds the table of the nodes' next maps, at most half full.
func newEdgeTable(nodes []trieNode) edgeTable {
	n := 0
	for i := range nodes {
		n += len(nodes[i].next)
	}
	size, bits := 8, uint(3)
	for size < 2*n {
		size, bits = size*2, bits+1
	}
	e := edgeTable{keys: make([]uint64, size), vals: make([]int32, size), shift: 64 - bits}
	for i := range e.keys {
		e.keys[i] = noEdge
	}
	mask := uint64(size - 1)
	for node := range nodes {
		for id, next := range nodes[node].next {
			k := edgeKey(int32(node), id)
			i := e.slot(k)
			for e.keys[i] != noEdge {
				i = (i + 1) & mask
			}
			e.keys[i], e.vals[i] = k, next
		}
	}
	return e
}

func edgeKey(node, id int32) uint64 { return uint64(uint32(node))<<32 | uint64(uint32(id)) }

// slot is where key k's probe starts (Fibonacci hashing).
func (e *edgeTable) slot(k uint64) uint64 { return (k * 0x9E3779B97F4A7C15) >> e.shift }

// get returns the node after node on word id, as nodes[node].next[id].
func (e *edgeTable) get(node, id int32) (int32, bool) {
	k := edgeKey(node, id)
	mask := uint64(len(e.keys) - 1)
	for i := e.slot(k); ; i = (i + 1) & mask {
		switch e.keys[i] {
		case k:
			return e.vals[i], true
		case noEdge:
			return 0, false
		}
	}
}

// lexiconHash identifies the built-in lexicon files and the user extras.
func lexiconHash(sources []lexSource, extra []Term) string {
	h := sha256.New()
	for i, src := range sources {
		if i > 0 {
			// each further file, by name and content
			h.Write([]byte{1})
			h.Write([]byte(src.name))
			h.Write([]byte{1})
		}
		h.Write(src.data)
	}
	var b [8]byte
	for _, t := range extra {
		h.Write([]byte{0})
		h.Write([]byte(t.Phrase))
		h.Write([]byte{0})
		binary.LittleEndian.PutUint64(b[:], math.Float64bits(t.Weight))
		h.Write(b[:])
		h.Write([]byte(t.Kind))
	}
	return hex.EncodeToString(h.Sum(nil))[:10]
}

// anyIn reports whether a word of ids is a cue of set (a by-word-id table
// of languages, lexicon.cueLangs) in one of the languages langs.
func anyIn(set []uint8, langs uint8, ids []int32) bool {
	for _, id := range ids {
		if id >= 0 && set[id]&langs != 0 {
			return true
		}
	}
	return false
}

// cueBit pairs a cue list read across a whole sentence with its bit in
// lexicon.bits.
type cueBit struct {
	list int
	bit  uint8
}

// sentenceCues returns the cue lists read across a whole sentence (legal,
// denial, change, policy, crime, seizure, dispute, party act) with their bits.
func sentenceCues() [8]cueBit {
	return [...]cueBit{{cueLegal, bitLegal}, {cueDenial, bitDenial}, {cueChange, bitChange}, {cuePolicy, bitPolicy}, {cueCrime, bitCrime}, {cueSeizure, bitSeizure}, {cueDispute, bitDispute}, {cuePartyAct, bitPartyAct}}
}

// cueBits returns the sentence-wide cue bits (bitLegal, bitDenial,
// bitChange, bitPolicy, bitCrime, bitSeizure, bitDispute, bitPartyAct) of word id read
// in the languages langs.
func (lx *lexicon) cueBits(id int32, langs uint8) uint8 {
	b := lx.bits[id]
	if b == 0 {
		return 0
	}
	for _, c := range sentenceCues() {
		if b&c.bit != 0 && lx.cueLangs[c.list][id]&langs == 0 {
			b &^= c.bit
		}
	}
	return b
}
