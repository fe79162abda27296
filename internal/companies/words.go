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
	CommonWords      []string `toml:"common_words"`
	FunctionWords    []string `toml:"function_words"`
	InstitutionHeads []string `toml:"institution_heads"`
	InstitutionTails []string `toml:"institution_tails"`
	QualifierHeads   []string `toml:"qualifier_heads"`
	PlaceTails       []string `toml:"place_tails"`
	LegalSuffixes    []string `toml:"legal_suffixes"`
	NameConnectors   []string `toml:"name_connectors"`
	LeadingNoise     []string `toml:"leading_noise"`
	PluralPairs      []string `toml:"plural_pairs"`
	CandidateLegal   []string `toml:"candidate_legal_forms"`
	EndsName         []string `toml:"name_ending_forms"`
	PrefixForms      []string `toml:"prefix_forms"`
	CandidateSector  []string `toml:"candidate_sector_words"`
	PlaceCompounds   []string `toml:"place_compounds"`
	Abbreviations    []string `toml:"abbreviations"`
	AssetNouns       []string `toml:"asset_nouns"`
	PlaceHeads       []string `toml:"place_heads"`
	UnitNouns        []string `toml:"unit_apposition_nouns"`
	ContextCues      []string `toml:"context_cues"`
	TimeWords        []string `toml:"time_words"`
	FooterHeads      []string `toml:"footer_heads"`
	DayWords         []string `toml:"day_words"`
	NationalityLinks []string `toml:"nationality_links"`
	DescribedNouns   []string `toml:"described_nouns"`
	ElisionPrefixes  []string `toml:"elision_prefixes"`
	AcronymSkip      []string `toml:"acronym_skip_words"`
	OfficerTitles    []string `toml:"officer_titles"`
	Articles         []string `toml:"sentence_articles"`
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
