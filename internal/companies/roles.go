package companies

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"

	"github.com/lode-reader/lode/internal/text"
)

//go:embed data/roles.toml
var rolesData []byte

// analyzeRev changes whenever the subject rules in analyze.go change, so
// cached items are analysed again.
const analyzeRev = "a77"

// roleFile is the shape of data/roles.toml.
type roleFile struct {
	// ListCues before a company make it one of a list of examples or peers
	// ("such as X", "peers including X").
	ListCues []string `toml:"list_cues"`
	// OfCues: "<cue> of X" names X as the parent, owner or former owner of the
	// subject, or a bid's target.
	OfCues []string `toml:"of_cues"`
	// ByCues: "<cue> by X" names X as owning, controlling or once running what
	// the sentence is about.
	ByCues []string `toml:"by_cues"`
	// FromCues: "<cue> from X" with a past form ("bought from X") names X
	// as a former owner of what the subject has, not a supplier.
	FromCues []string `toml:"from_cues"`
	// ForCues: "<cue> for X" names X as a bid target.
	ForCues []string `toml:"for_cues"`
	// TargetCues: "<cue> X" ("acquire X", "takeover X") names X as a bid
	// target.
	TargetCues []string `toml:"target_cues"`
	// AfterListCues after X (or a run of companies) make X one example of a
	// wider group ("Glencore and other producers").
	AfterListCues []string `toml:"after_list_cues"`
	// OutsideCues after X say X takes no part in what the item reports ("X is
	// not part of the deal").
	OutsideCues []string `toml:"outside_cues"`
	// UnitNouns: "X's <noun>" and "X <noun>" name X as the parent of the
	// business the sentence is about ("Vale's Indonesian unit").
	UnitNouns []string `toml:"unit_nouns"`
	// TradeWords: a name ending only in a legal suffix is a candidate only
	// when one of its words is one of these.
	TradeWords []string `toml:"candidate_trade_words"`
	// RoleHeads right before X name X's role towards the subject ("its 49%
	// shareholder, X", "parent X").
	RoleHeads []string `toml:"role_heads"`
	// StakeWords after X, in the same clause, say X holds a stake in someone
	// else.
	StakeWords []string `toml:"stake_words"`
	// HolderVerbs after X ("X, which holds a 49% stake") say X is a holder,
	// with StakeWords.
	HolderVerbs []string `toml:"holder_verbs"`
	// HolderActions describe a holding only in a relative clause; right after
	// X they are X's own deal.
	HolderActions []string `toml:"holder_action_verbs"`
	// AuxAdverbs between "has" and a past participle leave it the company's
	// own act ("X has also acquired").
	AuxAdverbs []string `toml:"auxiliary_adverbs"`
	// WeakSuffixes are sector suffixes common outside critical minerals
	// ("Group", "Energy"): a candidate ending in one needs a trade word or a
	// ticker.
	WeakSuffixes []string `toml:"weak_suffixes"`
	// MineralSuffixes: a capitalised name ending in one is a candidate when a
	// company verb follows ("Kaloum Lithium said").
	MineralSuffixes []string `toml:"mineral_suffixes"`
	// CompanyVerbs after a name make it act as a company ("said", "signed").
	CompanyVerbs []string `toml:"company_verbs"`
	// AppositionStops in an apposition describe a business outside mining even
	// beside a trade word ("research firm", "law firm").
	AppositionStops []string `toml:"apposition_stop_words"`
	// BusinessForms: "X-<form>" in an apposition ("Perth-based", "ASX-listed")
	// says a business in a place.
	BusinessForms []string `toml:"business_forms"`
	// BusinessWords in an apposition say a business, not a person ("a state
	// miner", "a junior explorer").
	BusinessWords []string `toml:"business_words"`
	// PeerIntroWords in a highlight ending with a colon introduce bullets of
	// peers ("Other producers:").
	PeerIntroWords []string `toml:"peer_intro_words"`
	// HolderIntroWords in a highlight ending with a colon introduce bullets of
	// holders ("Shareholders:").
	HolderIntroWords []string `toml:"holder_intro_words"`
	// TechSuffixes end names with no trade word ("Technologies"): such a name
	// is a candidate only when the text uses it as a company.
	TechSuffixes []string `toml:"tech_suffixes"`
	// TailVariants are the forms of a name's last business word, one entry
	// per word, forms separated by spaces ("industry industrial industries").
	TailVariants []string `toml:"tail_variants"`
	// VentureCues before X ("a joint venture with X") name X as a venture
	// partner, a mention unless a deal verb makes it the news.
	VentureCues []string `toml:"venture_cues"`
	// VentureNouns name a joint venture by its partners ("the venture of X and
	// Y"): the partners are its owners, mentions.
	VentureNouns []string `toml:"venture_nouns"`
	// ReferentCounts ("two=2", "trio=3") and ReferentNouns make a lead's "the
	// two state groups" name the first companies the body names.
	ReferentCounts []string `toml:"referent_counts"`
	// ReferentNouns end such a referring phrase ("groups", "companies").
	ReferentNouns []string `toml:"referent_nouns"`
	// DealVerbs before a venture cue make the sentence the news of the deal
	// ("signed a joint venture with X").
	DealVerbs []string `toml:"deal_verbs"`
	// AbsorbVerbs: "X, which absorbed Y" names X as the parent of the company
	// the item is about.
	AbsorbVerbs []string `toml:"absorb_verbs"`
	// FormerCues before a name make it the former name of the company just
	// named ("formerly Sayona Mining").
	FormerCues []string `toml:"former_cues"`
	// GenericNameWords do not make a name distinctive enough to be a candidate
	// ("Critical Minerals").
	GenericNameWords []string `toml:"generic_name_words"`
	// InstitutionWords inside a name make it an institution, event or
	// statistic, not a company ("Ministry", "Indaba").
	InstitutionWords []string `toml:"institution_words"`
	// CompanyNouns before a capitalised name make it a company ("battery maker
	// Gotion").
	CompanyNouns []string `toml:"company_nouns"`
	// MiningNouns in an apposition with a place or nationality mark the name
	// as a company ("Name, a Perth-based explorer").
	MiningNouns []string `toml:"mining_nouns"`
	// PersonNouns in an apposition make a name after a mining noun a person's
	// (", a Party member").
	PersonNouns []string `toml:"person_nouns"`
	// AnaphoraNouns after "the" refer back to the company named last ("the
	// miner said").
	AnaphoraNouns []string `toml:"anaphora_nouns"`
	// AnaphoraStops between "the" and the noun make it another company ("the
	// combined company").
	AnaphoraStops []string `toml:"anaphora_stop_words"`
	// Session 41 (anaphora-s41): "la compañía", "perseroan" referring back
	// (latinAnaphorAt), and "the <place>-based <trade>" (anaphors).
	LatinAnaphora []string `toml:"latin_anaphora"`
	// LatinAnaphoraStops after such a phrase make it another company ("la
	// empresa estatal").
	LatinAnaphoraStops []string `toml:"latin_anaphora_stop_words"`
	// AnaphoraPlaceSufs join a place to one word of a description ("Toronto-
	// based").
	AnaphoraPlaceSufs []string `toml:"anaphora_place_suffixes"`
	// Session 40 (shortref-s40): references back to a pair (pairRefs).
	PairReferences []string `toml:"pair_references"`
	// PairOpeners ("the two") count as a pair reference only before a verb or
	// punctuation; PairVerbs are such verbs.
	PairOpeners []string `toml:"pair_reference_openers"`
	// PairVerbs after PairOpeners make them refer to the pair ("the two
	// will").
	PairVerbs []string `toml:"pair_reference_verbs"`
	// PairJoins join the two companies of the sentence referred back to ("X
	// and Y").
	PairJoins []string `toml:"pair_conjunctions"`
	// PairWith: the pair's second company after one of these, the first
	// opening the sentence ("X signed with Y").
	PairWith []string `toml:"pair_with_words"`
	// Session 40 (owner-s40): where a bare one-word name is a group's or a
	// parent's, not its unit's (ownerPlace).
	OwnerBefore []string `toml:"owner_before_words"`
	// OwnerGroup after a bare one-word name make it the group's ("POSCO
	// group").
	OwnerGroup []string `toml:"owner_group_words"`
	// PlaceWords are places and nationalities that describe a company in an
	// apposition; a name that is one is a place.
	PlaceWords []string `toml:"place_words"`
	// ShareWords after a name (then one of ShareVerbs) treat it as a listed
	// company ("Qorvath shares rose").
	ShareWords []string `toml:"share_words"`
	// ShareVerbs follow ShareWords ("rose", "fell").
	ShareVerbs []string `toml:"share_verbs"`
	// OfficerWords after a name's possessive, or before a person's name, treat
	// it as a listed company ("Qorvath CEO").
	OfficerWords []string `toml:"officer_words"`
	// OfficerModifiers are the words before an officer's title that are
	// part of the title ("Outgoing CEO Jane Doe", "Deputy Chairman Li",
	// "Assistant Chief"): never a listed company's name by that form.
	OfficerModifiers []string `toml:"officer_modifiers"`
	// OutsideNames are companies outside the chain that the listed-company
	// forms do not make candidates ("Tesla").
	OutsideNames []string `toml:"outside_names"`
	// PhaseWords are a programme's steps ("Phase II", "Stage 3");
	// RegionalPrefixes keep a hyphened place a region ("Pan-African").
	PhaseWords       []string `toml:"phase_words"`
	RegionalPrefixes []string `toml:"regional_prefixes"`
	// OutsideMinerals: a dictionary company listed only for these is outside
	// the critical-minerals chain (platinum, coal).
	OutsideMinerals []string `toml:"outside_minerals"`
	// FundTrades: a company whose outside trade is one of these is a fund,
	// never in the chain even with a stake.
	FundTrades []string `toml:"fund_trades"`
	// VehicleCues name a company as a joint venture's vehicle ("the JV
	// company"), a mention.
	VehicleCues []string `toml:"vehicle_cues"`
	// ChinesePlaces open a state group's formal name ("Guangxi ... Group Co.,
	// Ltd."), which makes it a candidate.
	ChinesePlaces []string `toml:"chinese_places"`
	// PinyinSyllables are Mandarin syllables without tones; a two-syllable
	// name may be written again by them alone.
	PinyinSyllables []string `toml:"pinyin_syllables"`
	// ShortVerbs after a company's first word alone make it act as the company
	// it is short for.
	ShortVerbs []string `toml:"short_verbs"`
	// PlaceShortVerbs after a place word alone make it the "<place> <trade>"
	// company ("Hainan said").
	PlaceShortVerbs []string `toml:"place_short_verbs"`
	// PlaceBefore and PlaceAfter: where the item writes the place word
	// as a place (placeWordAsPlace).
	PlaceBefore []string `toml:"place_before_words"`
	PlaceAfter  []string `toml:"place_after_words"`
	// ClauseOpeners before a naming make it its clause's actor ("after X
	// suspended the project").
	ClauseOpeners []string `toml:"clause_openers"`
	// OwnActVerbs are verbs of a company's own statement, money or work
	// ("claims", "manufactures").
	OwnActVerbs []string `toml:"own_act_verbs"`
	// ReplyVerbs after "did not" are the company's statement too ("did not
	// respond").
	ReplyVerbs []string `toml:"reply_verbs"`
	// SpeakerTitles are the words of an officer's title after a company's
	// name ("X managing director Jane Doe said"): the officer speaks for it.
	SpeakerTitles []string `toml:"speaker_titles"`
	// PartnerNouns name a venture's partner as one ("its joint venture
	// partner X").
	PartnerNouns []string `toml:"partner_nouns"`
	// Nationalities map a nationality adjective to its countries
	// ("chinese=china|hong kong"): "the Korean group" stands for the
	// company named last only when its country is one of them.
	Nationalities []string `toml:"nationalities"`
	// ObjectCues before a company in a highlight make it a complement or one
	// of a list, not the actor ("include A and B").
	ObjectCues []string `toml:"object_cues"`
	// LocalTradeNames are the trade words a local legal name adds ("Terras
	// Raras"), not a second company.
	LocalTradeNames []string `toml:"local_trade_names"`
	// LatinOpeners are sector words that open a Spanish, French or Portuguese
	// name ("Compañía Minera").
	LatinOpeners []string `toml:"latin_sector_openers"`
	// LatinVentures open a consortium's name ("Consorcio"); the name needs a
	// trade word as well.
	LatinVentures []string `toml:"latin_venture_openers"`
	// LatinUnitNouns: "<noun> de X" names X as the parent of its unit ("la
	// filial de X").
	LatinUnitNouns []string `toml:"latin_unit_nouns"`
	// LatinOfWords are "of" in Spanish, French and Portuguese ("de", "du");
	// LatinOfArticles the articles after them ("la").
	LatinOfWords []string `toml:"latin_of_words"`
	// LatinByWords are "by" in Spanish, Portuguese and French, read after
	// ByCues.
	LatinByWords []string `toml:"latin_by_words"`
	// LatinOfArticles may follow LatinOfWords ("filial de la X").
	LatinOfArticles []string `toml:"latin_of_articles"`
	// LatinHeads may stand before a LatinOpeners word as part of the name
	// ("Compañía", "Empresa").
	LatinHeads []string `toml:"latin_company_heads"`
	// DefinedHeads open a name with no sector word when its acronym is defined
	// right after ("la Société du ... (SVK)").
	DefinedHeads []string `toml:"defined_company_heads"`
	// LatinNouns before a short all-caps alias (a nationality may stand
	// between) make it the company ("el consorcio chino CBC").
	LatinNouns []string `toml:"latin_company_nouns"`
	// LatinNationals are nationality adjectives as Spanish, Portuguese and
	// French write them after the noun ("chino").
	LatinNationals []string `toml:"latin_nationalities"`
	// LatinParentDesc describe the parent between the preposition and the name
	// ("subsidiaria del gigante X").
	LatinParentDesc []string `toml:"latin_parent_descriptors"`
	// Session 44 (subjprec2-s44): "la creación de X" as background.
	LatinFounding []string `toml:"latin_founding_nouns"`
	// LatinFoundingOpeners before a founding noun's article keep the founding
	// background ("tras la creación").
	LatinFoundingOpeners []string `toml:"latin_founding_openers"`
	// TitleNouns and TitlePreps read a title that names a company only by
	// nationality ("MoU with Chinese importer", "sale to Chinese").
	TitleNouns []string `toml:"title_described_nouns"`
	TitlePreps []string `toml:"title_nationality_prepositions"`
	// TitleArticles may stand between TitlePreps and the nationality ("to a
	// Chinese buyer").
	TitleArticles []string `toml:"title_nationality_articles"`
	// Session 44 (subj-s44): a weak alias used as a company.
	LatinArticles []string `toml:"latin_articles"`
	// TitlesAfter right after a short alias, capitalised, are an officer's
	// title ("MCC Chairman Guo"): the alias is the company.
	TitlesAfter []string `toml:"weak_alias_titles_after"`
	// LatinVerbs right after a short alias make it act as a company ("YLB
	// vendía").
	LatinVerbs []string `toml:"latin_company_verbs"`
	// Session 44 (notfound-s44): the words after a title-case "X Mine"
	// that make it the company speaking ("X Mine said", "X Mine
	// management"): mine_speaker_words.
	MineSpeakers []string `toml:"mine_speaker_words"`

	// Session 44 (once-s44): words in -s that are no verb after a name
	// opening a highlight (highlightActs).
	HeadlineNonVerbs []string `toml:"headline_non_verbs"`
}

// phraseSet holds phrases of folded words, indexed by their last word, so a
// backward scan can test "does a phrase end at this token".
type phraseSet map[string][][]string

// endsAt reports whether a phrase of ps ends at token i of ts (its words
// joined by spaces or hyphens).
func (ps phraseSet) endsAt(ts *tokens, i int) bool {
	if i < 0 {
		return false
	}
	for _, ph := range ps[ts.key(i)] {
		ok := true
		for k := 1; k < len(ph); k++ {
			j := i - k
			if j < 0 || !ts.joined(j+1) || ts.key(j) != ph[len(ph)-1-k] {
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

// is reports whether tokens first..last of ts are exactly one phrase of ps.
func (ps phraseSet) is(ts *tokens, first, last int) bool {
	for _, ph := range ps[ts.key(last)] {
		if len(ph) == last-first+1 && first >= 0 {
			ok := true
			for k, w := range ph {
				if ts.key(first+k) != w || k > 0 && !ts.joined(first+k) {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// roleWords are the compiled lists of data/roles.toml.
type roleWords struct {
	list, of, by, from, forBid, target, head, holder phraseSet
	holderAction, venture, formerCue, vehicle        phraseSet
	localTrade                                       phraseSet // "Terras Raras" in "Serra Verde Terras Raras S.A."
	dealVerb, absorb                                 map[string]bool
	weakSuffix, mineralSuffix, companyVerb, appStop  map[string]bool
	officerMod                                       map[string]bool // officer_modifiers
	mineSpeaker                                      map[string]bool // mine_speaker_words
	phase, regionalPrefix                            map[string]bool // phase_words, regional_prefixes (junknames.go)
	businessForm, businessWord                       map[string]bool
	afterList                                        [][]string
	outside                                          [][]string // "X is not part of the deal"
	stake, unit, ventureNoun                         map[string]bool
	referentNoun                                     map[string]bool // "the two large state groups"
	objectCue                                        map[string]bool // "partners include X": a counterpart, not an actor
	referentCount                                    map[string]int  // "two" -> 2
	generic, institution, companyNoun, trade         map[string]bool
	miningNoun, place, anaphora, anaphoraStop        map[string]bool
	// pairRef and pairOpener ("the two companies", "the two") refer back
	// to a pair of companies; pairVerb are the words after "the two" that
	// make it one (pairRefs).
	pairRef, pairOpener phraseSet
	pairVerb            map[string]bool
	// latinAnaphora are the Spanish, Portuguese, French and Indonesian
	// phrases for "the company"; latinAnaphoraStop the words after one
	// that make it another company; anaphoraPlaceSuf the words joined to a
	// place by a hyphen in "the Toronto-based refiner".
	latinAnaphora                       phraseSet
	latinAnaphoraStop, anaphoraPlaceSuf map[string]bool
	// latinAnaphoraFirst holds the first words of latinAnaphora: a token
	// whose key is not in it opens none of them (latinAnaphorAt).
	latinAnaphoraFirst text.KeyFilter
	// pairJoin and pairWith name two companies as a pair ("X and Y",
	// "X ... with Y"; pairNamed).
	pairJoin, pairWith map[string]bool
	// ownerBefore ("of", "by", "the") and ownerGroup ("group") make a
	// bare one-word name the group's or the parent's (ownerPlace).
	ownerBefore, ownerGroup map[string]bool
	person                  map[string]bool
	auxAdverb               map[string]bool // "has also acquired": still the company's act
	peerIntro, techSuffix   map[string]bool
	// tailFamily maps a business word that ends a company's name to every
	// form of it in tail_variants ("industry" to industry, industrial,
	// industries; knownTailVariants).
	tailFamily                             map[string][]string
	holderIntro                            map[string]bool     // "Venture partners:", "Shareholders:"
	share, shareVerb, officer, outsideName map[string]bool     // "X shares rose", "X's chief executive"
	outsideMineral                         map[string]bool     // a dictionary company mining only these is outside the chain
	fundTrade                              map[string]bool     // a dictionary company's outside trade that is a fund's: never reported
	chinesePlace                           map[string]bool     // "Guangxi Qorvath Group Co., Ltd."
	pinyin                                 map[string]bool     // "Jiu Long Metal Industry" -> "Jiu Long"
	shortVerb                              map[string]bool     // "Pilbara said", "Hastings has"
	placeShortVerb                         map[string]bool     // "Hainan will commit", "Hainan said" (placeShortAt)
	placeBeforeWord, placeAfterWord        map[string]bool     // place_before_words, place_after_words (placeWordAsPlace)
	clauseOpener                           map[string]bool     // "after X suspended" (actorBefore)
	ownActVerb                             map[string]bool     // "X claims", "the X group manufactures" (ownActAt)
	replyVerb                              map[string]bool     // "X did not immediately respond" (ownActAt)
	speakerTitle                           map[string]bool     // "X managing director Jane Doe said" (officerSpeaks)
	partnerNoun                            map[string]bool     // "its joint venture partner X" (partnerNamed)
	nationality                            map[string][]string // "korean" -> "korea"
	country                                map[string]bool     // the one-word countries of nationalities: "korea"
	latinOpener, latinHead                 map[string]bool     // "Compañía Minera Tarahumara"
	latinVenture                           map[string]bool     // "Consorcio Litio del Desierto"
	definedHead                            map[string]bool     // "Société du Vallon de Kestrel (SVK)" (definedLatinAt)
	version                                string
	model                                  *subjectModel // the subject decision (subjects.go)
	// nounFilter holds companyNoun, anaphoraFilter anaphora and
	// anaphoraStop: most words skip those lookups (text.KeyFilter).
	nounFilter, anaphoraFilter text.KeyFilter
	// triggers classes the words the candidate scan looks up per token.
	triggers triggerIndex
	// words are the Dictionary's word lists these were folded with
	// (data/words.toml), for the rules that read both.
	words *wordSets

	// latinUnit, latinOf and latinOfArticle read "la filial de X", "une
	// filiale malienne de X" (latin_unit_nouns, latin_of_words,
	// latin_of_articles).
	latinUnit, latinOf, latinOfArticle map[string]bool
	// latinParentDesc are the words that may describe the parent there
	// ("subsidiaria del gigante X"; latin_parent_descriptors).
	latinParentDesc map[string]bool
	// latinFounding are the nouns of a company's founding ("la creación de
	// X"; latin_founding_nouns), read by latinFoundedBefore.
	latinFounding map[string]bool
	// latinFoundingOpener are the words that may come before the founding
	// noun's article (latin_founding_openers: "tras la creación de X").
	latinFoundingOpener map[string]bool
	// latinBy reads "conformada por X" as "formed by X" (latin_by_words).
	latinBy map[string]bool
	// latinNoun and latinNational read "el consorcio chino X", "la estatal
	// X" before a weak alias (latin_company_nouns, latin_nationalities).
	latinNoun, latinNational map[string]bool
	// titleNoun and titlePrep read a title that describes a company by
	// nationality (title_described_nouns, title_nationality_prepositions).
	titleNoun, titlePrep, titleArticle map[string]bool
	// latinArticle, titleAfter and latinVerb read a short all-caps alias
	// used as a company (detect.go): "la china CBC", "MCC Chairman", "YLB
	// vendía" (latin_articles, weak_alias_titles_after,
	// latin_company_verbs).
	latinArticle, latinVerb map[string]bool
	headlineNonVerb         map[string]bool // headline_non_verbs (highlightActs)
	titleAfter              phraseSet
}

// loadRoles parses the embedded role words, folding each as the tokenizer
// does.
func loadRoles(w *wordSets) (*roleWords, error) {
	var f roleFile
	if err := decodeStrict(rolesData, "embedded roles.toml", &f); err != nil {
		return nil, err
	}
	phrases := func(list []string) phraseSet {
		ps := phraseSet{}
		for _, p := range list {
			ts := w.tokenize(p)
			if len(ts.toks) == 0 {
				continue
			}
			ph := make([]string, len(ts.toks))
			for i := range ts.toks {
				ph[i] = ts.key(i)
			}
			last := ph[len(ph)-1]
			ps[last] = append(ps[last], ph)
		}
		return ps
	}
	words := func(list []string) map[string]bool {
		m := map[string]bool{}
		for _, p := range list {
			ts := w.tokenize(p)
			for i := range ts.toks {
				m[ts.key(i)] = true
			}
			if strings.TrimSpace(p) == "%" {
				m["%"] = true
			}
		}
		return m
	}
	keyPhrases := func(ps []string) [][]string {
		var out [][]string
		for _, p := range ps {
			ts := w.tokenize(p)
			ph := make([]string, len(ts.toks))
			for i := range ts.toks {
				ph[i] = ts.key(i)
			}
			if len(ph) > 0 {
				out = append(out, ph)
			}
		}
		return out
	}
	after := keyPhrases(f.AfterListCues)
	// The version hashes the word files (and the Korean endings of
	// japanese_korean.toml, and russian_vietnamese.toml with it): an edit
	// to any re-analyses cached items.
	hs := sha256.New()
	hs.Write(rolesData)
	hs.Write(wordsData)
	hs.Write(chineseData)
	hs.Write(japaneseKoreanData)
	hs.Write(russianVietnameseData)
	sum := hs.Sum(nil)
	r := &roleWords{
		list: phrases(f.ListCues), of: phrases(f.OfCues), by: phrases(f.ByCues), from: phrases(f.FromCues),
		forBid: phrases(f.ForCues), target: phrases(f.TargetCues), head: phrases(f.RoleHeads),
		holder: phrases(f.HolderVerbs), stake: words(f.StakeWords), afterList: after, outside: keyPhrases(f.OutsideCues), unit: words(f.UnitNouns),
		generic: words(f.GenericNameWords), institution: words(f.InstitutionWords), companyNoun: words(f.CompanyNouns),
		holderAction: phrases(f.HolderActions), weakSuffix: words(f.WeakSuffixes),
		mineralSuffix: words(f.MineralSuffixes), companyVerb: words(f.CompanyVerbs),
		appStop: words(f.AppositionStops), businessForm: words(f.BusinessForms), businessWord: words(f.BusinessWords),
		trade: words(f.TradeWords), miningNoun: words(f.MiningNouns), person: words(f.PersonNouns), place: words(f.PlaceWords),
		anaphora: words(f.AnaphoraNouns), anaphoraStop: words(f.AnaphoraStops), peerIntro: words(f.PeerIntroWords),
		holderIntro: words(f.HolderIntroWords), techSuffix: words(f.TechSuffixes), venture: phrases(f.VentureCues), ventureNoun: words(f.VentureNouns), dealVerb: words(f.DealVerbs),
		absorb: words(f.AbsorbVerbs), formerCue: phrases(f.FormerCues),
		share: words(f.ShareWords), shareVerb: words(f.ShareVerbs), officer: words(f.OfficerWords), officerMod: words(f.OfficerModifiers),
		phase: words(f.PhaseWords), regionalPrefix: words(f.RegionalPrefixes),
		outsideName: words(f.OutsideNames), outsideMineral: foldSet(f.OutsideMinerals), fundTrade: foldSet(f.FundTrades), vehicle: phrases(f.VehicleCues), chinesePlace: words(f.ChinesePlaces), shortVerb: words(f.ShortVerbs), placeShortVerb: words(f.PlaceShortVerbs), placeBeforeWord: words(f.PlaceBefore), placeAfterWord: words(f.PlaceAfter),
		localTrade: phrases(f.LocalTradeNames), latinOpener: words(append(f.LatinOpeners, f.LatinVentures...)), latinHead: words(f.LatinHeads),
		definedHead:  words(f.DefinedHeads),
		latinVenture: words(f.LatinVentures), latinUnit: words(f.LatinUnitNouns), latinOf: words(f.LatinOfWords), latinBy: words(f.LatinByWords),
		latinOfArticle: words(f.LatinOfArticles), latinNoun: words(f.LatinNouns), latinNational: words(f.LatinNationals),
		latinParentDesc: words(f.LatinParentDesc), latinFounding: words(f.LatinFounding),
		latinFoundingOpener: words(f.LatinFoundingOpeners),
		titleNoun:           words(f.TitleNouns), titlePrep: words(f.TitlePreps), titleArticle: words(f.TitleArticles),
		version: analyzeRev + "-" + hex.EncodeToString(sum[:3]),
	}
	r.objectCue = words(f.ObjectCues)
	r.clauseOpener, r.ownActVerb, r.replyVerb = words(f.ClauseOpeners), words(f.OwnActVerbs), words(f.ReplyVerbs)
	r.speakerTitle, r.partnerNoun = words(f.SpeakerTitles), words(f.PartnerNouns)
	r.pairRef, r.pairOpener, r.pairVerb = phrases(f.PairReferences), phrases(f.PairOpeners), words(f.PairVerbs)
	r.pairJoin, r.pairWith = words(f.PairJoins), words(f.PairWith)
	r.latinArticle, r.titleAfter, r.latinVerb = words(f.LatinArticles), phrases(f.TitlesAfter), words(f.LatinVerbs)
	r.mineSpeaker = words(f.MineSpeakers)

	r.headlineNonVerb = words(f.HeadlineNonVerbs)
	r.ownerBefore, r.ownerGroup = words(f.OwnerBefore), words(f.OwnerGroup)
	r.pinyin = words(f.PinyinSyllables)
	r.auxAdverb = words(f.AuxAdverbs)
	r.latinAnaphora, r.latinAnaphoraStop, r.anaphoraPlaceSuf = phrases(f.LatinAnaphora), words(f.LatinAnaphoraStops), words(f.AnaphoraPlaceSufs)
	for _, list := range r.latinAnaphora {
		for _, ph := range list {
			r.latinAnaphoraFirst.Add(ph[0])
		}
	}
	r.referentNoun = words(f.ReferentNouns)
	tails, terr := tailFamilies(f.TailVariants)
	if terr != nil {
		return nil, fmt.Errorf("parse embedded roles.toml: %w", terr)
	}
	r.tailFamily = tails
	r.referentCount = map[string]int{}
	for _, e := range f.ReferentCounts {
		w, n, ok := strings.Cut(e, "=")
		c, err := strconv.Atoi(n)
		if !ok || w == "" || err != nil || c < 2 {
			return nil, fmt.Errorf("parse embedded roles.toml: referent_counts: %q is not word=count", e)
		}
		r.referentCount[w] = c
	}
	r.nationality = map[string][]string{}
	r.country = map[string]bool{}
	for _, e := range f.Nationalities {
		adj, countries, ok := strings.Cut(e, "=")
		if !ok || adj == "" || countries == "" {
			return nil, fmt.Errorf("parse embedded roles.toml: nationalities: %q is not adjective=country|country", e)
		}
		r.nationality[adj] = strings.Split(countries, "|")
		for _, c := range r.nationality[adj] {
			if !strings.Contains(c, " ") {
				r.country[c] = true
			}
		}
	}
	var err error
	if r.model, err = parseSubjectModel(w, subjectsData); err != nil {
		return nil, fmt.Errorf("embedded %w", err)
	}
	for _, m := range []map[string]bool{r.companyVerb, r.shortVerb} {
		for v := range m {
			r.model.verbs[v] = true
		}
	}
	r.version += "-" + r.model.hash
	for w := range r.companyNoun {
		r.nounFilter.Add(w)
	}
	for _, m := range []map[string]bool{r.anaphora, r.anaphoraStop} {
		for w := range m {
			r.anaphoraFilter.Add(w)
		}
	}
	r.words = w
	r.triggers = newTriggerIndex(w, r)
	return r, nil
}

// AnalysisVersion identifies the dictionary together with the rules that
// tell subjects from mentions; it changes when either does.
func (d *Dictionary) AnalysisVersion() string { return d.version + "-" + d.roles.version }

// foldSet is the set of list's entries folded as dictionary fields are
// (foldString): the dictionary's mineral names.
func foldSet(list []string) map[string]bool {
	m := make(map[string]bool, len(list))
	for _, s := range list {
		m[foldString(s)] = true
	}
	return m
}

// outsideChain reports whether a dictionary company with these minerals
// is outside the critical-minerals chain (docs/labelling.md, "Who is gold
// at all"): every mineral it is listed for is one of outside_minerals
// (platinum, diamonds, iron ore and steel, coal, chrome), so a
// platinum miner, a diamond miner or a steelmaker is named but never
// reported. A company with one chain mineral among them stays.
func (r *roleWords) outsideChain(minerals []string) bool {
	if len(minerals) == 0 {
		return false
	}
	for _, m := range minerals {
		if !r.outsideMineral[m] {
			return false
		}
	}
	return true
}
