package companies

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/lode-reader/lode/internal/text"
)

//go:embed data/words.toml
var wordsData []byte

// wordFile is the shape of data/words.toml.
type wordFile struct {
	// CommonWords make a generic name when a name is made only of them
	// ("Energy Fuels", "Mineral Resources"); it is then checked against its
	// context.
	CommonWords []string `toml:"common_words"`
	// FunctionWords may stand capitalised right before a generic name without
	// making it part of a longer proper noun.
	FunctionWords []string `toml:"function_words"`
	// InstitutionHeads: "<head> of <generic name>" is an institution, not the
	// company ("Department of Mineral Resources").
	InstitutionHeads []string `toml:"institution_heads"`
	// InstitutionTails: "<generic name> <tail>" is a longer proper noun
	// ("Mineral Resources Tax").
	InstitutionTails []string `toml:"institution_tails"`
	// QualifierHeads before a generic name mark a quantity, not the company
	// ("Indicated Mineral Resources").
	QualifierHeads []string `toml:"qualifier_heads"`
	// PlaceTails after a one-word name make it a place ("Arafura Sea").
	PlaceTails []string `toml:"place_tails"`
	// LegalSuffixes are dropped from the end of an unknown company's name.
	LegalSuffixes []string `toml:"legal_suffixes"`
	// NameConnectors may join capitalised words inside a company's name
	// ("und").
	NameConnectors []string `toml:"name_connectors"`
	// LeadingNoise is dropped from the front of an unknown company's name.
	LeadingNoise []string `toml:"leading_noise"`
	// PluralPairs are "plural=singular": the tokenizer gives the plural the
	// singular's key ("earths=earth").
	PluralPairs []string `toml:"plural_pairs"`
	// CandidateLegal are legal forms that end a candidate and are dropped from
	// its name.
	CandidateLegal []string `toml:"candidate_legal_forms"`
	// EndsName are legal forms that only ever end a name: a name read
	// backwards from a suffix does not run through one.
	EndsName []string `toml:"name_ending_forms"`
	// PrefixForms open a company's name, as written, case-sensitive ("PT",
	// "JSC").
	PrefixForms []string `toml:"prefix_forms"`
	// CandidateSector are sector words that end a candidate and stay in its
	// name (folded: "resource").
	CandidateSector []string `toml:"candidate_sector_words"`
	// PlaceCompounds are the second halves of "London-listed", "Perth-based":
	// the place describes the company that follows.
	PlaceCompounds []string `toml:"place_compounds"`
	// Abbreviations end with a full stop that does not end the sentence.
	Abbreviations []string `toml:"abbreviations"`
	// AssetNouns name a mine or project ("the Sabi Star lithium mine").
	AssetNouns []string `toml:"asset_nouns"`
	// PlaceHeads alone before "do", "de"... and a capitalised word name a
	// place, not the company ("o Vale do Lítio").
	PlaceHeads []string `toml:"place_heads"`
	// UnitNouns name what a parent's unit is in an apposition ("Paladin
	// Energy's Namibian operating unit").
	UnitNouns []string `toml:"unit_apposition_nouns"`
	// ContextCues open a clause, after a comma, that sets the news beside
	// something else ("while", "citing").
	ContextCues []string `toml:"context_cues"`
	// TimeWords before "after" make a clause's time context ("a month after").
	TimeWords []string `toml:"time_words"`
	// FooterHeads open a release's closing boilerplate ("about", "forward
	// looking statement"): companies named there are not its subject.
	FooterHeads []string `toml:"footer_heads"`
	// DayWords are the weekdays, capitalised after an anaphor without naming a
	// company ("the company Monday").
	DayWords []string `toml:"day_words"`
	// NationalityLinks join a nationality to a company noun ("a Chinese-owned
	// miner").
	NationalityLinks []string `toml:"nationality_links"`
	// DescribedNouns end an indefinite description of a company ("a Chinese
	// battery maker").
	DescribedNouns []string `toml:"described_nouns"`
	// ElisionPrefixes are elided articles and prepositions written against
	// the next word with an apostrophe ("l", "d", "qu"): a name can start
	// after one.
	ElisionPrefixes []string `toml:"elision_prefixes"`
	// AcronymSkip are lower-case connectors inside a name that give no letter
	// to its acronym ("de" in "Yacimientos de Litio Bolivianos (YLB)").
	AcronymSkip []string `toml:"acronym_skip_words"`
	// OfficerTitles before "of" and a candidate's name are the person's, not
	// part of the name ("Managing Director of X").
	OfficerTitles []string `toml:"officer_titles"`
	// Articles open a sentence before a Latin sector word opening a name ("La
	// Minera Cerro Pardo"): the sentence's, not the name's.
	Articles []string `toml:"sentence_articles"`
}

// wordSets are the compiled lists of data/words.toml, one Dictionary's
// own: sets of folded keys (prefixForm of words as written), looked up
// per token.
type wordSets struct {
	common, function, instHead, instTail, qualifier, placeTail map[string]bool
	suffix, connector, noise                                   map[string]bool
	plural                                                     map[string]string
	pluralFilter                                               text.KeyFilter // keys of plural: most words skip its lookup

	legal, endsName, sector map[string]bool // candidate_legal_forms, name_ending_forms, candidate_sector_words
	prefixForm              map[string]bool // "PT", "JSC": case-sensitive, as written
	placeCompound           map[string]bool // "London-listed"
	abbrev, asset, unitNoun map[string]bool // abbreviations, asset_nouns, unit_apposition_nouns
	placeHead               map[string]bool // place_heads: "Vale do Lítio"
	contextCue, timeWord    map[string]bool // ", while X", "a month after"
	footerHead              [][]string      // "about", {"forward", "looking", "statement"}
	day, nationalityLink    map[string]bool // "monday"; "Chinese-led"
	described               map[string]bool // "a Chinese battery maker"
	elision                 map[string]bool // "l’", "d’", "dell’": an elided article or preposition, not half of a name
	acronymSkip             map[string]bool // "del", "du", "of": no letter in an acronym
	officerTitle            map[string]bool // "Chief Financial Officer of": a person's title before a name
	article                 map[string]bool // "A", "La", "Les" opening a sentence before a Latin opener

	han *hanWords // data/chinese.toml: names written in Chinese script
}

// loadWords parses word lists in the form of data/words.toml (build gives
// it the embedded file). The entries are keys already: TestWordLists
// checks that they are folded as the tokenizer folds.
func loadWords(data []byte) (wordSets, error) {
	var f wordFile
	if err := decodeStrict(data, "embedded words.toml", &f); err != nil {
		return wordSets{}, err
	}
	set := func(list []string) map[string]bool {
		m := make(map[string]bool, len(list))
		for _, e := range list {
			m[e] = true
		}
		return m
	}
	w := wordSets{
		common:          set(f.CommonWords),
		function:        set(f.FunctionWords),
		instHead:        set(f.InstitutionHeads),
		instTail:        set(f.InstitutionTails),
		qualifier:       set(f.QualifierHeads),
		placeTail:       set(f.PlaceTails),
		suffix:          set(f.LegalSuffixes),
		connector:       set(f.NameConnectors),
		noise:           set(f.LeadingNoise),
		plural:          make(map[string]string, len(f.PluralPairs)),
		legal:           set(f.CandidateLegal),
		endsName:        set(f.EndsName),
		prefixForm:      set(f.PrefixForms),
		sector:          set(f.CandidateSector),
		placeCompound:   set(f.PlaceCompounds),
		abbrev:          set(f.Abbreviations),
		asset:           set(f.AssetNouns),
		placeHead:       set(f.PlaceHeads),
		unitNoun:        set(f.UnitNouns),
		contextCue:      set(f.ContextCues),
		timeWord:        set(f.TimeWords),
		day:             set(f.DayWords),
		nationalityLink: set(f.NationalityLinks),
		described:       set(f.DescribedNouns),
		elision:         set(f.ElisionPrefixes),
		acronymSkip:     set(f.AcronymSkip),
		officerTitle:    set(f.OfficerTitles),
		article:         set(f.Articles),
	}
	for _, p := range f.PluralPairs {
		pl, sg, ok := strings.Cut(p, "=")
		if !ok || pl == "" || sg == "" {
			return wordSets{}, fmt.Errorf("parse embedded words.toml: plural_pairs: %q is not plural=singular", p)
		}
		w.plural[pl] = sg
		w.pluralFilter.Add(pl)
	}
	for _, h := range f.FooterHeads {
		if ws := strings.Fields(h); len(ws) > 0 {
			w.footerHead = append(w.footerHead, ws)
		}
	}
	return w, nil
}
