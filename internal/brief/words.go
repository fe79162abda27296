package brief

import (
	"bytes"
	"embed"
	"fmt"
	"sync"

	"github.com/BurntSushi/toml"
)

// The extractor's word tables, the words and phrases publishers write
// (heading labels, share-bar and end-matter lines, bylines and dates), are
// data: data/headings.toml, data/furniture.toml and data/bylines.toml. Each
// table there says what it recognises and how it is matched.
// TestWordTables validates the files against the check tags below; the
// HTML-structure tables (droppedTags, blockTags, voidTags, textByte) are
// the markup's grammar and stay in parse.go.

//go:embed data/*.toml
var dataFiles embed.FS

// lex returns the word tables, read from the embedded files on first use
// (not at package init: a binary that never calls Extract or Sentences
// never reads them) and shared, never modified, after that. A file that
// does not load is a programming error that TestWordTables reports; here
// it panics.
var lex = sync.OnceValue(func() *wordTables {
	w, err := loadWords()
	if err != nil {
		panic("brief: embedded word tables: " + err.Error())
	}
	return w
})

// signoffPrefix is one of signoffPrefixes: a line opening with prefix is a
// sign-off when it has at most words words.
type signoffPrefix struct {
	prefix string
	words  int
}

// signoffEntry is a signoff_prefixes entry as the file writes it.
type signoffEntry struct {
	Prefix string `toml:"prefix"`
	Words  int    `toml:"words"`
}

// labelFile is the labels table of data/headings.toml: heading keys by
// the section they open.
type labelFile struct {
	Highlights   []string `toml:"highlights" check:"norm"`
	KeyTakeaways []string `toml:"key_takeaways" check:"norm"`
	Analysis     []string `toml:"analysis" check:"norm"`
	Takeaway     []string `toml:"takeaway" check:"norm"`
	Stop         []string `toml:"stop" check:"norm"`
	Summary      []string `toml:"summary" check:"norm"`
	TOC          []string `toml:"toc" check:"norm"`
}

// The check tags say what TestWordTables requires of every entry of a
// table (besides being non-empty and unique): lower (no upper case: the
// text is lower-cased before it is matched), fold (unique ignoring case:
// matched case-insensitively), trim (no white space at either end), ltrim
// and rtrim (none at that end), word (no white space at all), norm (as
// normLabel leaves it), max=N (at most N bytes), first=xyz (the first
// byte, lower-cased under fold, is one the code tests for before it looks
// the table up).

// headingsFile is data/headings.toml.
type headingsFile struct {
	Labels          labelFile `toml:"labels"`
	AnalysisWords   []string  `toml:"analysis_words" check:"lower,word"`
	TakeawayWords   []string  `toml:"takeaway_words" check:"lower,word"`
	InvestorWords   []string  `toml:"investor_words" check:"lower,word"`
	AnalysisPhrases []string  `toml:"analysis_phrases" check:"norm"`
	TakeawayPhrases []string  `toml:"takeaway_phrases" check:"norm"`
	VerbWords       []string  `toml:"verb_words" check:"lower,word"`
	HighlightNouns  []string  `toml:"highlight_nouns" check:"norm"`
	FactLabels      []string  `toml:"fact_labels" check:"norm"`
	RelatedHeads    []string  `toml:"related_heads" check:"norm"`
	RelatedOpeners  []string  `toml:"related_openers" check:"lower,ltrim,first=mlar"`
	BulletMarks     []string  `toml:"bullet_marks" check:"trim"`
	HighlightLinks  []string  `toml:"highlight_links" check:"lower,ltrim"`
}

// bylinesFile is data/bylines.toml.
type bylinesFile struct {
	WeekdayWords    []string `toml:"weekday_words" check:"lower,word,max=12"`
	DateFillers     []string `toml:"date_fillers" check:"lower,word,max=12"`
	AgoWords        []string `toml:"ago_words" check:"lower,word,max=12"`
	StampWords      []string `toml:"stamp_words" check:"fold,ltrim,first=pulfmdos"`
	ReadTimeUnits   []string `toml:"read_time_units" check:"rtrim"`
	CreditPrefixes  []string `toml:"credit_prefixes" check:"lower,ltrim,max=48"`
	IssueWords      []string `toml:"issue_words" check:"fold,ltrim"`
	DeskWords       []string `toml:"desk_words" check:"lower,word"`
	NotNames        []string `toml:"not_names" check:"lower,word,max=12"`
	JournalistNouns []string `toml:"journalist_nouns" check:"lower,word"`
	CreditWords     []string `toml:"credit_words" check:"trim"`
	CaptionCues     []string `toml:"caption_cues" check:"lower"`
	FileMarks       []string `toml:"file_marks" check:"lower,ltrim"`
	Abbreviations   []string `toml:"abbreviations" check:"lower,word"`
}

// furnitureFile is data/furniture.toml.
type furnitureFile struct {
	DropLines         []string       `toml:"drop_lines" check:"lower,trim,max=24"`
	FurniturePrefixes []string       `toml:"furniture_prefixes" check:"lower,ltrim,max=41"`
	SignoffPrefixes   []signoffEntry `toml:"signoff_prefixes" check:"lower,ltrim,max=123"`
	FurnitureClass    []string       `toml:"furniture_class" check:"lower,word"`
	NewTabNotes       []string       `toml:"new_tab_notes" check:"trim"`
	FurniturePhrases  []string       `toml:"furniture_phrases" check:"lower"`
	RightsPhrases     []string       `toml:"rights_phrases" check:"lower"`
	GalleryWords      []string       `toml:"gallery_words" check:"lower,word,max=12"`
	LanguageNames     []string       `toml:"language_names" check:"lower,trim"`
	SocialNetworks    []string       `toml:"social_networks" check:"lower"`
	SponsorOpeners    []string       `toml:"sponsor_openers" check:"ltrim,first=PSB"`
	ContactOpeners    []string       `toml:"contact_openers" check:"ltrim"`
	NoticeKinds       []string       `toml:"notice_kinds" check:"lower,word"`
	PageRefs          []string       `toml:"page_refs" check:"lower"`
	EndMarks          []string       `toml:"end_marks" check:"rtrim"`
	PromoLabels       []string       `toml:"promo_labels" check:"fold,ltrim,first=wl"`
	PromoOpeners      []string       `toml:"promo_openers" check:"ltrim"`
	StreetWords       []string       `toml:"street_words" check:"lower,word,max=12"`
	PublisherPhrases  []string       `toml:"publisher_phrases" check:""`
	BoxWords          []string       `toml:"box_words" check:"fold,ltrim"`
	ReadMoreWords     []string       `toml:"read_more_words" check:"trim"`
	EndMatterPrefixes []string       `toml:"end_matter_prefixes" check:"lower,ltrim,max=48"`
	BoilerPrefixes    []string       `toml:"boiler_prefixes" check:"lower,ltrim,max=48"`
	SafeHarborMarks   []string       `toml:"safe_harbor_marks" check:"lower"`
	DisclaimerPhrases []string       `toml:"disclaimer_phrases" check:"lower"`
	DisclaimerStems   []string       `toml:"disclaimer_stems" check:""`
}

// wordTables are the tables the matchers read, as the files give them:
// each is the file's table of the same name in snake case, a set where
// the matcher looks words up, in the file's order where it walks them.
type wordTables struct {
	labels            map[string]label
	analysisWords     map[string]bool
	takeawayWords     map[string]bool
	investorWords     map[string]bool
	analysisPhrases   []string
	takeawayPhrases   []string
	verbWords         map[string]bool
	highlightNouns    []string
	factLabels        map[string]bool
	relatedHeads      map[string]bool
	relatedOpeners    []string
	bulletMarks       []string
	highlightLinks    []string
	dropLines         map[string]bool
	furniturePrefixes []string
	signoffPrefixes   []signoffPrefix
	// furnitureByFirst and signoffByFirst index furniturePrefixes and
	// signoffPrefixes by their first byte, in order: a line is compared only
	// with the prefixes it can start with.
	furnitureByFirst, signoffByFirst [256][]int
	furnitureClass                   []string
	newTabNotes                      []string
	furniturePhrases                 []string
	rightsPhrases                    []string
	galleryWords                     map[string]bool
	languageNames                    map[string]bool
	socialNetworks                   []string
	sponsorOpeners                   []string
	contactOpeners                   []string
	noticeKinds                      []string
	pageRefs                         []string
	endMarks                         []string
	promoLabels                      []string
	promoOpeners                     []string
	streetWords                      map[string]bool
	publisherPhrases                 []string
	boxWords                         []string
	readMoreWords                    []string
	endMatterPrefixes                []string
	boilerPrefixes                   []string
	safeHarborMarks                  []string
	disclaimerPhrases                []string
	disclaimerStems                  []string
	weekdayWords                     map[string]bool
	dateFillers                      map[string]bool
	agoWords                         map[string]bool
	stampWords                       []string
	readTimeUnits                    []string
	creditPrefixes                   []string
	issueWords                       []string
	deskWords                        map[string]bool
	notNames                         map[string]bool
	journalistNouns                  []string
	creditWords                      []string
	captionCues                      []string
	fileMarks                        []string
	abbreviations                    map[string]bool
}

// build turns the decoded files into the matchers' maps and slices.
func build(h *headingsFile, f *furnitureFile, b *bylinesFile) *wordTables {
	w := &wordTables{
		analysisWords:     setOf(h.AnalysisWords),
		takeawayWords:     setOf(h.TakeawayWords),
		investorWords:     setOf(h.InvestorWords),
		analysisPhrases:   h.AnalysisPhrases,
		takeawayPhrases:   h.TakeawayPhrases,
		verbWords:         setOf(h.VerbWords),
		highlightNouns:    h.HighlightNouns,
		factLabels:        setOf(h.FactLabels),
		relatedHeads:      setOf(h.RelatedHeads),
		relatedOpeners:    h.RelatedOpeners,
		bulletMarks:       h.BulletMarks,
		highlightLinks:    h.HighlightLinks,
		dropLines:         setOf(f.DropLines),
		furniturePrefixes: f.FurniturePrefixes,
		furnitureClass:    f.FurnitureClass,
		newTabNotes:       f.NewTabNotes,
		furniturePhrases:  f.FurniturePhrases,
		rightsPhrases:     f.RightsPhrases,
		galleryWords:      setOf(f.GalleryWords),
		languageNames:     setOf(f.LanguageNames),
		socialNetworks:    f.SocialNetworks,
		sponsorOpeners:    f.SponsorOpeners,
		contactOpeners:    f.ContactOpeners,
		noticeKinds:       f.NoticeKinds,
		pageRefs:          f.PageRefs,
		endMarks:          f.EndMarks,
		promoLabels:       f.PromoLabels,
		promoOpeners:      f.PromoOpeners,
		streetWords:       setOf(f.StreetWords),
		publisherPhrases:  f.PublisherPhrases,
		boxWords:          f.BoxWords,
		readMoreWords:     f.ReadMoreWords,
		endMatterPrefixes: f.EndMatterPrefixes,
		boilerPrefixes:    f.BoilerPrefixes,
		safeHarborMarks:   f.SafeHarborMarks,
		disclaimerPhrases: f.DisclaimerPhrases,
		disclaimerStems:   f.DisclaimerStems,
		weekdayWords:      setOf(b.WeekdayWords),
		dateFillers:       setOf(b.DateFillers),
		agoWords:          setOf(b.AgoWords),
		stampWords:        b.StampWords,
		readTimeUnits:     b.ReadTimeUnits,
		creditPrefixes:    b.CreditPrefixes,
		issueWords:        b.IssueWords,
		deskWords:         setOf(b.DeskWords),
		notNames:          setOf(b.NotNames),
		journalistNouns:   b.JournalistNouns,
		creditWords:       b.CreditWords,
		captionCues:       b.CaptionCues,
		fileMarks:         b.FileMarks,
		abbreviations:     setOf(b.Abbreviations),
	}
	w.labels = make(map[string]label)
	for _, g := range []struct {
		keys []string
		lb   label
	}{
		{h.Labels.Highlights, lblHighlights}, {h.Labels.KeyTakeaways, lblKeyTakeaways},
		{h.Labels.Analysis, lblAnalysis}, {h.Labels.Takeaway, lblTakeaway}, {h.Labels.Stop, lblStop},
		{h.Labels.Summary, lblSummary}, {h.Labels.TOC, lblTOC},
	} {
		for _, k := range g.keys {
			w.labels[k] = g.lb
		}
	}
	w.signoffPrefixes = make([]signoffPrefix, len(f.SignoffPrefixes))
	for i, e := range f.SignoffPrefixes {
		w.signoffPrefixes[i] = signoffPrefix{e.Prefix, e.Words}
	}
	w.furnitureByFirst = byFirst(len(w.furniturePrefixes), func(i int) string { return w.furniturePrefixes[i] })
	w.signoffByFirst = byFirst(len(w.signoffPrefixes), func(i int) string { return w.signoffPrefixes[i].prefix })
	return w
}

// decodeData decodes the embedded file name into v (decodeTOML).
func decodeData(name string, v any) error {
	b, err := dataFiles.ReadFile("data/" + name)
	if err != nil {
		return err
	}
	return decodeTOML(name, b, v)
}

// decodeTOML decodes b into v and fails on a key the file has and v does
// not (a misspelt table would otherwise be dropped without a word).
func decodeTOML(name string, b []byte, v any) error {
	md, err := toml.NewDecoder(bytes.NewReader(b)).Decode(v)
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	if un := md.Undecoded(); len(un) > 0 {
		return fmt.Errorf("%s: unknown key %s", name, un[0])
	}
	return nil
}

// readWordFiles decodes the three embedded files.
func readWordFiles() (*headingsFile, *furnitureFile, *bylinesFile, error) {
	var (
		h headingsFile
		f furnitureFile
		b bylinesFile
	)
	for _, d := range []struct {
		name string
		v    any
	}{{"headings.toml", &h}, {"furniture.toml", &f}, {"bylines.toml", &b}} {
		if err := decodeData(d.name, d.v); err != nil {
			return nil, nil, nil, err
		}
	}
	return &h, &f, &b, nil
}

// loadWords reads the embedded files into the tables the matchers use.
func loadWords() (*wordTables, error) {
	h, f, b, err := readWordFiles()
	if err != nil {
		return nil, err
	}
	return build(h, f, b), nil
}

// setOf is the set of a table's entries.
func setOf(entries []string) map[string]bool {
	m := make(map[string]bool, len(entries))
	for _, e := range entries {
		m[e] = true
	}
	return m
}
