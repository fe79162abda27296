// Package minerals tags feed items with the minerals they are about (rare
// earths, NdPr, lithium, cobalt, ...), from names and synonyms kept in an
// embedded data file, telling the minerals an item is about from those it
// only names in passing.
package minerals

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"slices"
	"strings"
	"sync"

	"github.com/BurntSushi/toml"

	"github.com/lode-reader/lode/internal/text"
)

//go:embed data/minerals.toml
var embeddedData []byte

// Mineral is one tag and the words that mean it.
type Mineral struct {
	// Tag is the name lode shows and filters on ("rare earths", "NdPr").
	Tag string `toml:"tag"`
	// Parent is a broader tag an item about this mineral is also about.
	Parent string `toml:"parent"`
	// Names match in any case ("spodumene", "rare earth elements").
	Names []string `toml:"names"`
	// Exact match only as written ("Dy", "REE").
	Exact []string `toml:"exact"`
	// GradeSymbols match only as written and right after a number in
	// their sentence: a grade in an assay or a drill result ("0.47% Cu",
	// "1.65% CuEq", "1.2% Li2O"), where "Ni" or "Co" alone would be a word
	// or a company's abbreviation.
	GradeSymbols []string `toml:"grade_symbols"`
	// Strict minerals are often named in passing, so the body must name
	// them in three sentences (rather than two) to make them a subject.
	Strict bool `toml:"strict"`
	// Groups are names of the parent for a group this mineral belongs to
	// ("heavy rare earths", "HREE"): when the title names one, the body
	// naming this mineral in one sentence makes it a subject.
	Groups []string `toml:"groups"`
	// TitleCues are words for the mineral's products ("magnet"): when the
	// title has one, the body naming the mineral in one sentence makes it
	// a subject.
	TitleCues []string `toml:"title_cues"`
	// SideLine minerals are often a company's other business ("the
	// uranium miner also separates rare earths"): in an item whose title
	// names another mineral and not this one, and whose highlights do not
	// name it, it is not a subject (docs/labelling.md, 9).
	SideLine bool `toml:"side_line"`
	// TitleNames stand for the mineral only in the title: a state
	// company whose every item is about the mineral's policy ("LitioMx").
	// In the body they name the company, not the mineral.
	TitleNames []string `toml:"title_names"`
	// Stems are the mineral's first halves of German compounds ("antimon",
	// "stibnit", "uran"): a stem joined to one of the data file's
	// compound_heads ("Stibnitvorkommen", "Urananlage") is one more name.
	Stems []string `toml:"stems"`
}

type dataFile struct {
	// CompanyWords after a capitalised mineral word make it part of a
	// company's name ("Lithium Americas", "Uranium One", "Cobalt Ltd").
	CompanyWords []string `toml:"company_words"`
	// HanCompanyWords after a mineral written in Han script, itself right
	// after a Han character, make it part of a company's name ("某某钴业",
	// "某某锂业集团"), unless HanBusinessWords start there ("锂业务").
	HanCompanyWords  []string `toml:"han_company_words"`
	HanBusinessWords []string `toml:"han_business_words"`
	// BusinessNouns after a mineral (LineWords may stand between) make it a
	// company's business line ("its tungsten arm"), not a subject.
	BusinessNouns []string `toml:"business_nouns"`
	LineWords     []string `toml:"line_words"`
	// NegationCues before a mineral say the item is not about it ("made
	// without lithium", "than comparable lithium iron phosphate packs").
	NegationCues []string `toml:"negation_cues"`
	// OtherMetals are metals lode does not tag ("gold", "silver", "zinc"):
	// a strict mineral listed with one of them in the title, highlights or
	// lead ("profits from gold, silver and copper") is one of several.
	OtherMetals []string `toml:"other_metals"`
	// ChemistryWords right after a mineral make it a battery chemistry's
	// name, not the mineral ("lithium-ion cells").
	ChemistryWords []string `toml:"chemistry_words"`
	// QuantityNouns before "of" and a mineral in a body sentence weigh or
	// count it ("tonnes of cobalt", "a high share of NdPr"): that one
	// sentence makes it a subject. A number does the same ("70% of").
	QuantityNouns []string `toml:"quantity_nouns"`
	// FigureUnits right after a number near a child mineral in the
	// highlights or the lead make the number its price or purity ("610
	// yuan", "99.5% pure"), its own news (docs/labelling.md, 11).
	FigureUnits []string `toml:"figure_units"`
	// InputCues next to a mineral name what a product is made from ("feed
	// of NdPr metal", "dysprosium use per magnet"): not what the item is
	// about. InputForms may stand between the mineral and the cue ("NdPr
	// metal feed").
	InputCues  []string `toml:"input_cues"`
	InputForms []string `toml:"input_forms"`
	// InputVerbs up to two words before a mineral in the body name it as
	// an input too ("still require neodymium", "you still need NdPr").
	InputVerbs []string `toml:"input_verbs"`
	// QuantityFillers may stand between "of" and the mineral ("of the").
	QuantityFillers []string `toml:"quantity_fillers"`
	// ProductWords may stand between a mineral and a company noun that it
	// and they describe ("high-nickel cathode makers", "a uranium and
	// critical minerals producer"); CompanyNouns are such nouns beyond the
	// miners and producers of Descriptors.
	ProductWords []string `toml:"product_words"`
	CompanyNouns []string `toml:"company_nouns"`
	// ResourceWords in a sentence make NdPr, dysprosium or terbium named
	// there part of a deposit's endowment, a grade ("one of the largest
	// deposits of NdPr", "a fifth of the contained oxides").
	ResourceWords []string `toml:"resource_words"`
	// TitleCompanyNouns after a mineral in the title make it a company's
	// name ("Jiangxi tungsten group", "Southern rare earth producer");
	// NewsWords in a sentence naming a mineral report its news (its price,
	// output, supply). A mineral the title names only as a company, with
	// no news word beside any other naming, is not a subject
	// (docs/labelling.md, 9).
	TitleCompanyNouns []string `toml:"title_company_nouns"`
	NewsWords         []string `toml:"news_words"`
	// NewsWordsAbroad are news words in the other languages read
	// ("producción", "gisement", "produksi"): in a body sentence naming a
	// mineral they report its news as NewsWords do, but in the title they
	// do not make every mineral it names news ("X Uranium realizará
	// perforaciones de litio").
	NewsWordsAbroad []string `toml:"news_words_abroad"`
	// GovernanceWords in a title make the item a Party-building, safety or
	// governance one; SiteNouns after a mineral in such a title make it the
	// kind of mine or unit ("Dayu tungsten mine"); OwnNewsWords beside a
	// naming report the mineral's own news ("tungsten output"). A mineral
	// such a title names only as a company or site, or not at all, with no
	// naming beside an own-news word, is not a subject (docs/labelling.md, 9).
	// StateBodyWords in such a title make it a state or Party body's item
	// ("Jiangxi provincial Party committee: ..."), whose minerals are
	// policy, not a company's business: the rule leaves them.
	GovernanceWords []string `toml:"governance_words"`
	SiteNouns       []string `toml:"site_nouns"`
	OwnNewsWords    []string `toml:"own_news_words"`
	StateBodyWords  []string `toml:"state_body_words"`
	// SectorWords in such a title make it a whole sector's item ("... in
	// strategic minerals sector"): its minerals are the policy's, and stay.
	SectorWords []string `toml:"sector_words"`
	// PriceLinkVerbs before "to" and a child mineral ("linked to the NdPr
	// oxide price") make it the index a contract's price follows.
	PriceLinkVerbs []string `toml:"price_link_verbs"`
	// RichWords before "in" and a child mineral ("rich in dysprosium") name
	// a product's grade; PlanWords earlier in the sentence make the product
	// a planned one ("Carina would produce a mixed carbonate rich in
	// dysprosium and terbium"): a developer's future grade, not the child's
	// own output or supply (docs/labelling.md, 11).
	RichWords []string `toml:"rich_words"`
	PlanWords []string `toml:"plan_words"`
	// ProductForms right after a capitalised mineral in a body sentence, in
	// lower case ("Quintuple Zero Green Lithium concentrate"), make it a
	// product's name, not a company's ("Ganfeng Lithium said").
	ProductForms []string `toml:"product_forms"`
	// NameLinks between a capitalised word and a capitalised mineral in
	// a body sentence make the mineral part of an institution's name
	// ("Corporación Nacional del Cobre"), not the noun.
	NameLinks []string `toml:"name_links"`
	// GradePrefixes and GradeSuffixes joined to a mineral by a hyphen make it
	// a chemistry's grade ("high-nickel cathode", "nickel-rich material"):
	// named so, and otherwise at most once, it is not a subject
	// (docs/labelling.md, 12).
	GradePrefixes []string `toml:"grade_prefixes"`
	GradeSuffixes []string `toml:"grade_suffixes"`
	// AnalysisHeadings open the publisher's analysis or takeaway when a
	// line starts with one ("Investor Takeaway: ...", "Why This Matters to
	// the West"): namings after it are not the item's news.
	AnalysisHeadings []string `toml:"analysis_headings"`
	// HighlightHeadings open a list of highlights at the top of a body.
	HighlightHeadings []string `toml:"highlight_headings"`
	// AndWords and OrWords are "and" and "or" in each language read
	// ("y", "et", "dan"; "o", "ou", "atau"): minerals joined by them are a
	// pair or a run ("litio y cobalto").
	AndWords []string `toml:"and_words"`
	OrWords  []string `toml:"or_words"`
	// Articles may stand between a cue and the mineral it is on ("como el
	// litio", "contrairement au lithium", "sem o níquel").
	Articles []string `toml:"articles"`
	// ExampleCues introduce examples ("such as", "tales como", "seperti"):
	// the minerals after them are not what the sentence is about.
	// ExampleBlockers up to six words before a cue make it a comparison
	// ("tanto el litio como el cobre", "así como").
	ExampleCues     []string `toml:"example_cues"`
	ExampleBlockers []string `toml:"example_cue_blockers"`
	// ByProducts name a by-product ("by-product", "subproducto", "sous-
	// produit"): a mineral within four words before one is not news.
	ByProducts []string `toml:"by_products"`
	// ChemistryBefore right before a mineral make it a battery chemistry's
	// name ("iones de litio", "ion-lithium"), as chemistry_words after it do.
	ChemistryBefore []string `toml:"chemistry_before"`
	// ChemistryNames are battery and magnet chemistries named by their
	// elements ("lithium iron phosphate", "nickel manganese cobalt",
	// "fosfato de hierro y litio"): a mineral named inside one names the
	// chemistry, not the mineral (docs/labelling.md, 12), as "lithium-ion"
	// does.
	ChemistryNames []string `toml:"chemistry_names"`
	// ExchangeDisclaimers are phrases of a stock exchange's disclaimer of
	// responsibility, the line a Hong Kong announcement opens with ("take
	// no responsibility for the contents of this announcement"): such a
	// line is furniture before the lead, not the lead.
	ExchangeDisclaimers []string `toml:"exchange_disclaimers"`
	// Descriptors after a mineral word make it a description of a company
	// ("copper miner Codelco"); CompositionWords in a sentence make a
	// child mineral there a grade or a share of a basket; Determiners may
	// open a sentence before a resource word without making it a place's
	// name; DepositNouns after a capitalised mineral word make it a named
	// deposit's commodity, as DepositBefore right before it do in the
	// languages that write the noun first ("Progetto Litio Tessaro");
	// PlaceNouns after "A and B" make B a place's
	// second commodity; Abbreviations end with a full stop that does not
	// end a sentence; MeasureWords state a trade measure; CategoryNouns
	// name minerals as a class; FooterHeads open a release's boilerplate
	// (lower case, words joined by spaces). All are folded keys, read by
	// analyze.go's rules.
	Descriptors      []string `toml:"descriptors"`
	CompositionWords []string `toml:"composition_words"`
	Determiners      []string `toml:"determiners"`
	DepositNouns     []string `toml:"deposit_nouns"`
	DepositBefore    []string `toml:"deposit_nouns_before"`
	// CompoundHeads are German nouns of the trade that follow a mineral's
	// stem (Mineral.Stems) in one word: "vorkommen", "anlage", "abbau".
	CompoundHeads []string `toml:"compound_heads"`
	// PlaceNouns, Abbreviations, MeasureWords, CategoryNouns and
	// FooterHeads are described with Descriptors above.
	PlaceNouns    []string `toml:"place_nouns"`
	Abbreviations []string `toml:"abbreviations"`
	MeasureWords  []string `toml:"measure_words"`
	CategoryNouns []string `toml:"category_nouns"`
	FooterHeads   []string `toml:"footer_heads"`

	// Mineral are the minerals lode tags, one [[mineral]] table each.
	Mineral []Mineral `toml:"mineral"`
	// Homograph guards a one-word name that is also a common word of
	// another language ("cobre": copper, and Portuguese "covers").
	Homograph []Homograph `toml:"homograph"`
}

// Homograph is a one-word mineral name that is also a common word of one
// of the languages lode reads, with the neighbours that make it that word:
// Portuguese "a licença cobre uma área" (covers), not "o cobre" (copper).
type Homograph struct {
	// Name is the mineral name, as in its entry's names.
	Name string `toml:"name"`
	// NotBefore: the name right before one of these (in its sentence) is
	// the other word ("cobre uma área").
	NotBefore []string `toml:"not_before"`
	// NotAfter: the name right after one of these is the other word ("que
	// cobre", "se cobre").
	NotAfter []string `toml:"not_after"`
}

// guard is a compiled Homograph: the folded words of its lists.
type guard struct{ before, after map[string]bool }

// phrase is one compiled name: its folded words, and for exact forms the
// text as written.
type phrase struct {
	keys  []string
	exact string
	// symbol is set on a grade symbol (Mineral.GradeSymbols), which
	// matches only after a number.
	symbol bool
	// titleOnly is set on a title name (Mineral.TitleNames).
	titleOnly bool
	tag       int
	// group has bit g set when the phrase names group g (Mineral.Groups).
	group uint64
}

// Set is a compiled, read-only list of minerals, safe for concurrent use.
type Set struct {
	minerals []Mineral
	parent   []int // index of each mineral's parent tag, -1 for none
	children []int // how many tags have each mineral as their parent
	// titleCues maps each folded title cue to the minerals it stands for.
	titleCues map[string][]int
	// groupMask has, for each mineral, the bits of the groups it belongs to.
	groupMask []uint64
	byFirst   map[string][]phrase
	// firstLen has bit len%64 of word w set for every first key
	// w of byFirst, so most words skip the map lookup.
	firstLen [256]uint64
	version  string
	// companyWords are the folded company_words of the data file.
	companyWords map[string]bool
	// hanCompany and hanBusiness are han_company_words and
	// han_business_words, each as its words' keys (one Han character a
	// word).
	hanCompany, hanBusiness [][]string
	// businessNouns, lineWords and negation (one or two folded words
	// joined by a space) are the data file's lists of the same names.
	businessNouns, lineWords, negation, otherMetals map[string]bool
	// quantityNouns and quantityFillers are the data file's lists.
	quantityNouns, quantityFillers map[string]bool
	// figureUnits is the data file's figure_units.
	figureUnits map[string]bool
	// inputCues and inputForms are the data file's lists.
	inputCues, inputForms, inputVerbs map[string]bool
	// chemistryWords are the data file's chemistry_words.
	chemistryWords map[string]bool
	// chemistryNames maps the first folded word of each of the data file's
	// chemistry_names to the folded words of the names it starts;
	// chemistryFirst holds those first words (text.KeyFilter), so most
	// words skip the lookup.
	chemistryNames map[string][][]string
	chemistryFirst text.KeyFilter
	// productWords, companyNouns and resourceWords are the data file's lists.
	productWords, companyNouns, resourceWords map[string]bool
	// titleCompanyNouns and newsWords are the data file's lists.
	titleCompanyNouns, newsWords map[string]bool
	// newsAbroad is news_words_abroad: body news words in other languages.
	newsAbroad map[string]bool
	// governanceWords maps each folded governance word to whether it counts
	// only capitalised ("Party", not "the ruling party").
	governanceWords map[string]bool
	// siteNouns, ownNewsWords and stateBodyWords are the data file's lists.
	siteNouns, ownNewsWords, stateBodyWords map[string]bool
	// sectorWords is the data file's sector_words.
	sectorWords map[string]bool
	// priceLinkVerbs is the data file's price_link_verbs.
	priceLinkVerbs map[string]bool
	// richWords, planWords and productForms are the data file's lists.
	richWords, planWords, productForms map[string]bool
	// nameLinks is the data file's list.
	nameLinks map[string]bool
	// gradePrefixes and gradeSuffixes are the data file's lists.
	gradePrefixes, gradeSuffixes map[string]bool
	// andWords, orWords, articles, exampleCues (one word or two joined by
	// a space), exampleBlockers, byProducts and chemistryPre are the data
	// file's lists of the same names.
	andWords, orWords, articles, exampleCues, exampleBlockers, byProducts, chemistryPre map[string]bool
	// conjWords are andWords and orWords together; passWords are those,
	// the articles, "as" and "well": the words a cue is read back across
	// ("such as the lithium", "as well as cobalt", "como el litio").
	conjWords, passWords map[string]bool
	// lastWords holds the last word of every two-word negation cue,
	// example cue, by-product and chemistry cue: only after one of them is
	// the two-word key built and looked up.
	lastWords map[string]bool
	// cues holds every key of conjWords, passWords, lastWords, the one-word
	// by-products and chemistry cues and the homographs (text.KeyFilter):
	// most words skip those lookups.
	cues text.KeyFilter
	// homographs maps the folded key of each guarded name to its guard.
	homographs map[string]guard
	// hlHeadings are the data file's highlight_headings.
	hlHeadings map[string]bool
	// analysisHeadings are the data file's analysis_headings.
	analysisHeadings []string
	// disclaimers are the data file's exchange_disclaimers.
	disclaimers []string
	// descriptors, compositionWords, determiners, depositNouns, placeNouns,
	// abbreviations, measureWords and categoryNouns are the data file's
	// lists of the same names, as folded keys.
	descriptors, compositionWords, determiners, depositNouns, placeNouns map[string]bool
	abbreviations, measureWords, categoryNouns                           map[string]bool
	// depositBefore is the data file's deposit_nouns_before, as folded keys.
	depositBefore map[string]bool
	// compounds are the keys of every stem joined to a compound head
	// (Mineral.Stems): a German noun, capitalised wherever it stands.
	compounds map[string]bool
	// footerHeads are the data file's footer_heads, in its order.
	footerHeads []string
	scratch     *sync.Pool // *scanBuf buffers reused by Analyze; hold no state

	// rules has a bit set for each rule of the evidence in effect (all of
	// them but in the tests that measure each one).
	rules uint

	// filter holds every first key too (text.KeyFilter): it stops most of
	// what firstLen lets through.
	filter text.KeyFilter
}

// Default returns the set built from the embedded data file.
func Default() (*Set, error) { return parse(embeddedData) }

func parse(data []byte) (*Set, error) {
	var df dataFile
	md, err := toml.Decode(string(data), &df)
	if err != nil {
		return nil, fmt.Errorf("parse minerals.toml: %w", err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return nil, fmt.Errorf("parse minerals.toml: unknown key %s", und[0])
	}
	s := &Set{rules: allRules, minerals: df.Mineral, byFirst: map[string][]phrase{}, scratch: &sync.Pool{New: func() any { return new(scanBuf) }}}
	s.companyWords = map[string]bool{}
	for _, w := range df.CompanyWords {
		ws := tokenize(w)
		if len(ws) != 1 {
			return nil, fmt.Errorf("minerals.toml: company word %q must be one word", w)
		}
		s.companyWords[ws[0].key] = true
	}
	for _, l := range []struct {
		name string
		list []string
		into *[][]string
	}{{"han company word", df.HanCompanyWords, &s.hanCompany}, {"han business word", df.HanBusinessWords, &s.hanBusiness}} {
		for _, w := range l.list {
			ks := keysOf(w)
			if len(ks) == 0 || strings.IndexFunc(w, func(r rune) bool { return !text.IsHan(r) }) >= 0 {
				return nil, fmt.Errorf("minerals.toml: %s %q must be Han script", l.name, w)
			}
			*l.into = append(*l.into, ks)
		}
	}
	s.businessNouns, s.lineWords, s.negation, s.otherMetals = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	s.quantityNouns, s.quantityFillers, s.figureUnits = map[string]bool{}, map[string]bool{}, map[string]bool{}
	s.inputCues, s.inputForms, s.inputVerbs = map[string]bool{}, map[string]bool{}, map[string]bool{}
	s.chemistryWords = map[string]bool{}
	s.productWords, s.companyNouns, s.resourceWords = map[string]bool{}, map[string]bool{}, map[string]bool{}
	s.titleCompanyNouns, s.newsWords, s.newsAbroad = map[string]bool{}, map[string]bool{}, map[string]bool{}
	s.gradePrefixes, s.gradeSuffixes = map[string]bool{}, map[string]bool{}
	s.governanceWords, s.siteNouns, s.ownNewsWords, s.stateBodyWords = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	s.sectorWords, s.priceLinkVerbs = map[string]bool{}, map[string]bool{}
	s.richWords, s.planWords, s.productForms = map[string]bool{}, map[string]bool{}, map[string]bool{}
	s.nameLinks = map[string]bool{}
	s.andWords, s.orWords, s.articles = map[string]bool{}, map[string]bool{}, map[string]bool{}
	s.exampleCues, s.exampleBlockers, s.byProducts, s.chemistryPre = map[string]bool{}, map[string]bool{}, map[string]bool{}, map[string]bool{}
	s.conjWords, s.passWords, s.lastWords = map[string]bool{}, map[string]bool{}, map[string]bool{}
	s.descriptors, s.compositionWords, s.determiners = map[string]bool{}, map[string]bool{}, map[string]bool{}
	s.depositNouns, s.placeNouns, s.abbreviations = map[string]bool{}, map[string]bool{}, map[string]bool{}
	s.measureWords, s.categoryNouns, s.depositBefore = map[string]bool{}, map[string]bool{}, map[string]bool{}
	s.compounds = map[string]bool{}
	for _, w := range df.GovernanceWords {
		ws := tokenize(w)
		if len(ws) != 1 {
			return nil, fmt.Errorf("minerals.toml: governance word %q must be one word", w)
		}
		s.governanceWords[ws[0].key] = ws[0].upper
	}
	for _, l := range []struct {
		name string
		list []string
		into map[string]bool
		max  int
	}{{"business noun", df.BusinessNouns, s.businessNouns, 1}, {"line word", df.LineWords, s.lineWords, 1},
		{"negation cue", df.NegationCues, s.negation, 2}, {"other metal", df.OtherMetals, s.otherMetals, 1},
		{"quantity noun", df.QuantityNouns, s.quantityNouns, 1}, {"quantity filler", df.QuantityFillers, s.quantityFillers, 1},
		{"figure unit", df.FigureUnits, s.figureUnits, 1},
		{"input cue", df.InputCues, s.inputCues, 1}, {"input form", df.InputForms, s.inputForms, 1},
		{"input verb", df.InputVerbs, s.inputVerbs, 1}, {"chemistry word", df.ChemistryWords, s.chemistryWords, 1},
		{"product word", df.ProductWords, s.productWords, 1},
		{"company noun", df.CompanyNouns, s.companyNouns, 1}, {"resource word", df.ResourceWords, s.resourceWords, 1},
		{"title company noun", df.TitleCompanyNouns, s.titleCompanyNouns, 1}, {"news word", df.NewsWords, s.newsWords, 1},
		{"news word abroad", df.NewsWordsAbroad, s.newsAbroad, 1},
		{"site noun", df.SiteNouns, s.siteNouns, 1}, {"state body word", df.StateBodyWords, s.stateBodyWords, 1},
		{"sector word", df.SectorWords, s.sectorWords, 1}, {"price link verb", df.PriceLinkVerbs, s.priceLinkVerbs, 1},
		{"grade prefix", df.GradePrefixes, s.gradePrefixes, 1}, {"grade suffix", df.GradeSuffixes, s.gradeSuffixes, 1},
		{"own news word", df.OwnNewsWords, s.ownNewsWords, 1}, {"rich word", df.RichWords, s.richWords, 1},
		{"plan word", df.PlanWords, s.planWords, 1}, {"product form", df.ProductForms, s.productForms, 1},
		{"and word", df.AndWords, s.andWords, 1}, {"or word", df.OrWords, s.orWords, 1}, {"article", df.Articles, s.articles, 1},
		{"example cue", df.ExampleCues, s.exampleCues, 2}, {"example cue blocker", df.ExampleBlockers, s.exampleBlockers, 1},
		{"by-product", df.ByProducts, s.byProducts, 2}, {"chemistry cue", df.ChemistryBefore, s.chemistryPre, 2},
		{"descriptor", df.Descriptors, s.descriptors, 1}, {"composition word", df.CompositionWords, s.compositionWords, 1},
		{"determiner", df.Determiners, s.determiners, 1}, {"deposit noun", df.DepositNouns, s.depositNouns, 1},
		{"deposit noun before", df.DepositBefore, s.depositBefore, 1},
		{"place noun", df.PlaceNouns, s.placeNouns, 1}, {"abbreviation", df.Abbreviations, s.abbreviations, 1},
		{"measure word", df.MeasureWords, s.measureWords, 1}, {"category noun", df.CategoryNouns, s.categoryNouns, 1},
		{"name link", df.NameLinks, s.nameLinks, 1}} {
		for _, w := range l.list {
			ws := tokenize(w)
			if len(ws) == 0 || len(ws) > l.max {
				return nil, fmt.Errorf("minerals.toml: %s %q must be 1 to %d words", l.name, w, l.max)
			}
			k := ws[0].key
			if len(ws) == 2 {
				k += " " + ws[1].key
				s.lastWords[ws[1].key] = true
			}
			l.into[k] = true
		}
	}
	for _, m := range []map[string]bool{s.andWords, s.orWords} {
		for k := range m {
			s.conjWords[k], s.passWords[k] = true, true
		}
	}
	for k := range s.articles {
		s.passWords[k] = true
	}
	s.passWords["as"], s.passWords["well"] = true, true
	s.homographs = map[string]guard{}
	for _, h := range df.Homograph {
		ws := tokenize(h.Name)
		if len(ws) != 1 {
			return nil, fmt.Errorf("minerals.toml: homograph %q must be one word", h.Name)
		}
		if _, dup := s.homographs[ws[0].key]; dup {
			return nil, fmt.Errorf("minerals.toml: homograph %q twice", h.Name)
		}
		g := guard{before: map[string]bool{}, after: map[string]bool{}}
		for _, l := range []struct {
			list []string
			into map[string]bool
		}{{h.NotBefore, g.before}, {h.NotAfter, g.after}} {
			for _, w := range l.list {
				ww := tokenize(w)
				if len(ww) != 1 {
					return nil, fmt.Errorf("minerals.toml: homograph %q: %q must be one word", h.Name, w)
				}
				l.into[ww[0].key] = true
			}
		}
		s.homographs[ws[0].key] = g
	}
	s.chemistryNames = map[string][][]string{}
	for _, c := range df.ChemistryNames {
		ws := tokenize(c)
		if len(ws) < 2 || len(ws) > maxChemistryName {
			return nil, fmt.Errorf("minerals.toml: chemistry name %q must be 2 to %d words", c, maxChemistryName)
		}
		keys := make([]string, len(ws))
		for k, w := range ws {
			keys[k] = w.key
		}
		s.chemistryNames[keys[0]] = append(s.chemistryNames[keys[0]], keys)
		s.chemistryFirst.Add(keys[0])
	}
	s.hlHeadings = map[string]bool{}
	for _, h := range df.HighlightHeadings {
		if h != strings.ToLower(strings.TrimSpace(h)) || h == "" || strings.Contains(h, ":") {
			return nil, fmt.Errorf("minerals.toml: highlight heading %q must be lower case, without a colon", h)
		}
		s.hlHeadings[h] = true
	}
	for _, h := range df.AnalysisHeadings {
		if h != strings.ToLower(strings.TrimSpace(h)) || h == "" || strings.Contains(h, ":") {
			return nil, fmt.Errorf("minerals.toml: analysis heading %q must be lower case, without a colon", h)
		}
		s.analysisHeadings = append(s.analysisHeadings, h)
	}
	for _, h := range df.FooterHeads {
		// isFooterHead reads a line lower-cased, hyphens made spaces and
		// colons dropped, its words joined by single spaces.
		if h == "" || h != strings.ToLower(h) || h != strings.Join(strings.Fields(h), " ") || strings.ContainsAny(h, "-:") {
			return nil, fmt.Errorf("minerals.toml: footer heading %q must be lower case, words joined by single spaces, without a hyphen or colon", h)
		}
		s.footerHeads = append(s.footerHeads, h)
	}
	for _, d := range df.ExchangeDisclaimers {
		if d != strings.ToLower(strings.TrimSpace(d)) || len(d) < 12 {
			return nil, fmt.Errorf("minerals.toml: exchange disclaimer %q must be lower case, at least 12 bytes", d)
		}
		s.disclaimers = append(s.disclaimers, d)
	}
	tagIndex := map[string]int{}
	for i, m := range df.Mineral {
		if strings.TrimSpace(m.Tag) == "" {
			return nil, fmt.Errorf("minerals.toml: entry #%d has no tag", i+1)
		}
		if _, dup := tagIndex[strings.ToLower(m.Tag)]; dup {
			return nil, fmt.Errorf("minerals.toml: tag %q twice", m.Tag)
		}
		tagIndex[strings.ToLower(m.Tag)] = i
	}
	seen := map[string]string{}
	s.children = make([]int, len(df.Mineral))
	for i, m := range df.Mineral {
		p := -1
		if m.Parent != "" {
			j, ok := tagIndex[strings.ToLower(m.Parent)]
			if !ok || j == i {
				return nil, fmt.Errorf("minerals.toml: %q: parent %q is not another tag", m.Tag, m.Parent)
			}
			p = j
		}
		s.parent = append(s.parent, p)
		if p >= 0 {
			s.children[p]++
		}
		for _, c := range m.TitleCues {
			ws := tokenize(c)
			if len(ws) != 1 {
				return nil, fmt.Errorf("minerals.toml: %q: title cue %q must be one word", m.Tag, c)
			}
			if s.titleCues == nil {
				s.titleCues = map[string][]int{}
			}
			s.titleCues[ws[0].key] = append(s.titleCues[ws[0].key], i)
		}
		add := func(name string, exact, symbol bool) error {
			words := tokenize(name)
			if len(words) == 0 {
				return fmt.Errorf("minerals.toml: %q: name %q has no letters", m.Tag, name)
			}
			ph := phrase{tag: i}
			for _, w := range words {
				ph.keys = append(ph.keys, w.key)
			}
			key := strings.Join(ph.keys, " ")
			if exact || symbol {
				ph.symbol = symbol
				if len(words) != 1 {
					return fmt.Errorf("minerals.toml: %q: exact form %q must be one word", m.Tag, name)
				}
				ph.exact = words[0].text
				key = "=" + ph.exact
			}
			if other, dup := seen[key]; dup {
				return fmt.Errorf("minerals.toml: %q: name %q already belongs to %q", m.Tag, name, other)
			}
			seen[key] = m.Tag
			s.byFirst[ph.keys[0]] = append(s.byFirst[ph.keys[0]], ph)
			return nil
		}
		if len(m.Names) == 0 {
			return nil, fmt.Errorf("minerals.toml: %q has no names", m.Tag)
		}
		for _, n := range m.Names {
			if err := add(n, false, false); err != nil {
				return nil, err
			}
		}
		for _, n := range m.Exact {
			if err := add(n, true, false); err != nil {
				return nil, err
			}
		}
		for _, n := range m.GradeSymbols {
			if err := add(n, false, true); err != nil {
				return nil, err
			}
		}
		for _, st := range m.Stems {
			for _, h := range df.CompoundHeads {
				n := st + h
				k := strings.Join(keysOf(n), " ")
				s.compounds[k] = true
				if seen[k] == m.Tag {
					continue // listed as a name already ("lithiumvorkommen")
				}
				if err := add(n, false, false); err != nil {
					return nil, err
				}
			}
		}
		for _, n := range m.TitleNames {
			if err := add(n, false, false); err != nil {
				return nil, err
			}
			k := tokenize(n)[0].key
			l := s.byFirst[k]
			l[len(l)-1].titleOnly = true
		}
	}
	for k := range s.homographs {
		if _, ok := seen[k]; !ok {
			return nil, fmt.Errorf("minerals.toml: homograph %q is no mineral's name", k)
		}
	}
	// Groups: each distinct group name gets a bit, set on its phrase and on
	// the minerals that belong to it.
	s.groupMask = make([]uint64, len(df.Mineral))
	groupBit := map[string]uint64{}
	for i, m := range df.Mineral {
		for _, g := range m.Groups {
			words := tokenize(g)
			if len(words) == 0 {
				return nil, fmt.Errorf("minerals.toml: %q: group %q has no letters", m.Tag, g)
			}
			key := strings.Join(keysOf(g), " ")
			if len(words) == 1 && words[0].text != strings.ToLower(words[0].text) {
				key = "=" + words[0].text
			}
			if owner, ok := seen[key]; !ok || s.parent[i] < 0 || owner != df.Mineral[s.parent[i]].Tag {
				return nil, fmt.Errorf("minerals.toml: %q: group %q is not a name of its parent", m.Tag, g)
			}
			bit, ok := groupBit[key]
			if !ok {
				if len(groupBit) == 64 {
					return nil, fmt.Errorf("minerals.toml: more than 64 group names")
				}
				bit = 1 << len(groupBit)
				groupBit[key] = bit
			}
			s.groupMask[i] |= bit
		}
	}
	for k, phs := range s.byFirst {
		for j := range phs {
			key := strings.Join(phs[j].keys, " ")
			if phs[j].exact != "" {
				key = "=" + phs[j].exact
			}
			phs[j].group = groupBit[key]
		}
		s.byFirst[k] = phs
	}
	for k := range s.byFirst {
		if k != "" {
			s.firstLen[k[0]] |= 1 << (len(k) & 63)
		}
		s.filter.Add(k)
		slices.SortStableFunc(s.byFirst[k], func(a, b phrase) int { return len(b.keys) - len(a.keys) })
	}
	for _, m := range []map[string]bool{s.conjWords, s.passWords, s.lastWords, s.byProducts, s.chemistryPre} {
		for k := range m {
			if !strings.Contains(k, " ") {
				s.cues.Add(k)
			}
		}
	}
	for k := range s.homographs {
		s.cues.Add(k)
	}
	sum := sha256.Sum256(data)
	s.version = analyzeRev + "-" + hex.EncodeToString(sum[:4])
	return s, nil
}

// Rules of the evidence that tests switch off one at a time to measure them.
const (
	ruleLaterHighlights uint = 1 << iota
	ruleFurniture
	ruleQuantity
	ruleListOpens
	ruleMetalList
	ruleInput
	ruleTrailing
	ruleFollower
	ruleInputVerb
	ruleChildOnce
	ruleChemistry
	ruleStrictName
	ruleMetalGroup
	ruleIncludes
	ruleBasketParent
	ruleProductSpan
	ruleAnalysis
	ruleResource
	ruleCompanyNews
	ruleGovernance
	ruleChildNews
	ruleGrade
	ruleStrictTitle
	ruleGroupFree
	ruleCoordInput
	ruleCoordGrade
	ruleSectorTitle
	ruleTitleName
	ruleBasketOnly
	ruleFamilyList
	ruleSiteWhere
	ruleDisclaimer
	ruleOwnFigure
	rulePriceLink
	rulePlanned
	ruleProductName
	ruleSideLine
	ruleGradeSpec
	ruleFamilyExample
	ruleHeadFigure
	ruleGroupOwned
	ruleGradeSymbol
	ruleGroupExamples
	ruleCategoryLead
	ruleLineSpan
	ruleChemistryName
	ruleCapitalNoun
	allRules  = 1<<iota - 1
	ruleCount = iota
)

// analyzeRev changes whenever the subject rules change.
const analyzeRev = "m24"

// Version changes whenever the data file or the rules change.
func (s *Set) Version() string { return s.version }

// Tags lists every tag in the data file's order.
func (s *Set) Tags() []string {
	out := make([]string, len(s.minerals))
	for i, m := range s.minerals {
		out[i] = m.Tag
	}
	return out
}

// Find returns the tag matching name (a tag, a name or an exact form, in
// any case), for filters typed by users.
func (s *Set) Find(name string) (string, bool) {
	k := strings.Join(keysOf(name), " ")
	for i, m := range s.minerals {
		if strings.EqualFold(m.Tag, strings.TrimSpace(name)) {
			return s.minerals[i].Tag, true
		}
	}
	for _, phs := range s.byFirst {
		for _, ph := range phs {
			if strings.Join(ph.keys, " ") == k && (ph.exact == "" || strings.EqualFold(ph.exact, strings.TrimSpace(name))) {
				return s.minerals[ph.tag].Tag, true
			}
		}
	}
	return "", false
}

func keysOf(s string) []string {
	var out []string
	for _, w := range tokenize(s) {
		out = append(out, w.key)
	}
	return out
}

// word is one token of a text.
type word struct {
	start, end int
	text, key  string
	upper      bool // starts with an upper-case letter
	joined     bool // only spaces, a hyphen or a kana middle dot since the previous word
	sentence   int
	para       bool
}

// tokenize splits s into words: runs of letters and digits; each CJK
// character is a word of its own.
func tokenize(s string) []word {
	ws := text.Split(s, nil)
	return fromWords(&ws, nil)
}

// fromWords makes the words Analyze reads from words split by the text
// package (shared with the classifier and company detection), reusing buf;
// "&" is not a word here.
func fromWords(ws *text.Words, buf []word) []word {
	out := buf[:0]
	s := ws.Src
	prevEnd := 0
	for i := range ws.List {
		sw := &ws.List[i]
		if sw.Flags&text.Amp != 0 {
			continue
		}
		a, b := int(sw.Start), int(sw.End)
		gap := s[prevEnd:a]
		first := len(out) == 0
		// Written in place: a word built on the stack and copied in whole
		// stalls on reading back its own field stores.
		out = append(out, word{})
		w := &out[len(out)-1]
		w.start, w.end, w.text, w.key, w.upper = a, b, s[a:b], ws.Key(i), sw.Flags&text.UpperInit != 0
		prevEnd = b
		if gap == " " {
			w.joined = !first
			w.para = first
			continue
		}
		nl := strings.Count(gap, "\n")
		t := strings.TrimSpace(gap)
		// A kana middle dot joins the words of a katakana phrase as a
		// hyphen does ("ウラン・プロジェクト").
		w.joined = !first && (t == "" || t == "-" || t == "・" || t == "･") && nl == 0
		w.para = first || nl >= 2
	}
	return out
}
