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
	// Prefix is the line's opening, lower case.
	Prefix string `toml:"prefix"`
	// Words is the most words a line may have and still be a sign-off.
	Words int `toml:"words"`
}

// labelFile is the labels table of data/headings.toml: heading keys by
// the section they open.
type labelFile struct {
	// Highlights are the headings that open the publisher's highlights ("key
	// points").
	Highlights []string `toml:"highlights" check:"norm"`
	// KeyTakeaways are the headings "key takeaways" and its kin: highlights at
	// the top, a takeaway further down.
	KeyTakeaways []string `toml:"key_takeaways" check:"norm"`
	// Analysis are the headings that open the publisher's analysis ("our
	// view").
	Analysis []string `toml:"analysis" check:"norm"`
	// Takeaway are the headings that open the investor takeaway ("investor
	// takeaway").
	Takeaway []string `toml:"takeaway" check:"norm"`
	// Stop are the headings of site furniture: everything after one is
	// dropped ("leave a reply", "related posts").
	Stop []string `toml:"stop" check:"norm"`
	// Summary are the headings of a summary: highlights at the top of an
	// item, a plain subheading further down ("tl;dr").
	Summary []string `toml:"summary" check:"norm"`
	// TOC are the headings of a table of contents, dropped with their list
	// ("in this article").
	TOC []string `toml:"toc" check:"norm"`
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
	// Labels map normalised heading text to the section it opens.
	Labels labelFile `toml:"labels"`
	// AnalysisWords make a short heading an analysis heading: "REEx Analysis",
	// "REEx Insight", "Market Commentary", "Our Perspective".
	AnalysisWords []string `toml:"analysis_words" check:"lower,word"`
	// TakeawayWords make a short heading a takeaway heading: "Investor
	// Takeaways", "Takeaway for Western Investors".
	TakeawayWords []string `toml:"takeaway_words" check:"lower,word"`
	// InvestorWords mark a heading addressed to investors.
	InvestorWords []string `toml:"investor_words" check:"lower,word"`
	// AnalysisPhrases open headings that introduce the publisher's analysis:
	// "Why This Matters to the West", "Implications for the West and the
	// U.S.", "What Matters for Western Businesses?".
	AnalysisPhrases []string `toml:"analysis_phrases" check:"norm"`
	// TakeawayPhrases open headings that introduce the takeaway for investors.
	TakeawayPhrases []string `toml:"takeaway_phrases" check:"norm"`
	// VerbWords stop a phrase match: "Implications for investors are clear" is
	// a sentence, not a heading.
	VerbWords []string `toml:"verb_words" check:"lower,word"`
	// HighlightNouns end a qualified highlights label ("Third Quarter
	// Highlights", "Key facts at a glance") or open one ("Highlights of the
	// study", "Key points from the call").
	HighlightNouns []string `toml:"highlight_nouns" check:"norm"`
	// FactLabels are highlights labels for a list of figures: a highlights
	// list near the top, like a qualified label.
	FactLabels []string `toml:"fact_labels" check:"norm"`
	// RelatedHeads are headings over a list of other stories ("Read next",
	// "Recommended for you").
	RelatedHeads []string `toml:"related_heads" check:"norm"`
	// RelatedOpeners open a related-stories heading naming a site or topic.
	RelatedOpeners []string `toml:"related_openers" check:"lower,ltrim,first=mlar"`
	// BulletMarks start a bulleted line; the ASCII and dash marks need a space
	// after them ("-5%" or "—and" is no bullet), the symbols do not.
	BulletMarks []string `toml:"bullet_marks" check:"trim"`
	// HighlightLinks join a highlights noun to its qualifier after it
	// ("Highlights of the quarter", "Key points from the call").
	HighlightLinks []string `toml:"highlight_links" check:"lower,ltrim"`
}

// bylinesFile is data/bylines.toml.
type bylinesFile struct {
	// WeekdayWords are weekday names and their abbreviations; the months are
	// text.IsMonth's (internal/text/data/months.txt), shared with company
	// detection.
	WeekdayWords []string `toml:"weekday_words" check:"lower,word,max=12"`
	// DateFillers may stand between the parts of a date and time, and the
	// stamp words of a second stamp ("December 5, 2026 4:13 PM Updated 2 hours
	// ago").
	DateFillers []string `toml:"date_fillers" check:"lower,word,max=12"`
	// AgoWords make a relative time ("Updated 2 hours ago").
	AgoWords []string `toml:"ago_words" check:"lower,word,max=12"`
	// StampWords open a time stamp line ("Published 05 Dec 2026", "Last
	// updated: December 5, 2026 at 3:04 p.m.").
	StampWords []string `toml:"stamp_words" check:"fold,ltrim,first=pulfmdos"`
	// ReadTimeUnits stand between the number and "read" of a reading time ("4
	// min read", "5-minute read").
	ReadTimeUnits []string `toml:"read_time_units" check:"rtrim"`
	// CreditPrefixes open a field of a masthead or header row.
	CreditPrefixes []string `toml:"credit_prefixes" check:"lower,ltrim,max=48"`
	// IssueWords name a newsletter's or journal's number in a header row.
	IssueWords []string `toml:"issue_words" check:"fold,ltrim"`
	// DeskWords end a byline that names a desk rather than a person.
	DeskWords []string `toml:"desk_words" check:"lower,word"`
	// NotNames open sentences that are not about a person: a bio starts with
	// the writer's name, these start with an article, a pronoun or a company's
	// legal or sector word.
	NotNames []string `toml:"not_names" check:"lower,word,max=12"`
	// JournalistNouns name a writer's job in a bio ("is a senior reporter").
	JournalistNouns []string `toml:"journalist_nouns" check:"lower,word"`
	// CreditWords open a photo credit at the end of a caption.
	CreditWords []string `toml:"credit_words" check:"trim"`
	// CaptionCues mark a picture's caption wherever they stand in it: what the
	// picture shows ("pictured", "an aerial view of") or a file picture.
	CaptionCues []string `toml:"caption_cues" check:"lower"`
	// FileMarks open an agency's file-picture caption ("FILE - Trucks queue
	// ...").
	FileMarks []string `toml:"file_marks" check:"lower,ltrim"`
	// Abbreviations end with a period but rarely end a sentence.
	Abbreviations []string `toml:"abbreviations" check:"lower,word"`
}

// furnitureFile is data/furniture.toml.
type furnitureFile struct {
	// DropLines are short lines that are always share-bar or form furniture.
	DropLines []string `toml:"drop_lines" check:"lower,trim,max=24"`
	// FurniturePrefixes start lines that are site furniture whatever follows.
	FurniturePrefixes []string `toml:"furniture_prefixes" check:"lower,ltrim,max=41"`
	// SignoffPrefixes start lines that carry no story when they are short: a
	// cross-promotion link ("Read more: <another story's headline>"), a wire's
	// sign-off ("Reporting by ...; Editing by ..."), an editor's or photo
	// credit, a distributor's note.
	SignoffPrefixes []signoffEntry `toml:"signoff_prefixes" check:"lower,ltrim,max=123"`
	// FurnitureClass marks class or id tokens of share bars, related-post
	// blocks, comment forms, tables of contents and screen-reader helpers.
	FurnitureClass []string `toml:"furniture_class" check:"lower,word"`
	// NewTabNotes are a link widget's note that its link opens a new tab or
	// window; each is removed from the line, with the space before it.
	NewTabNotes []string `toml:"new_tab_notes" check:"trim"`
	// FurniturePhrases mark a short line (at most phraseWords words) as a
	// prompt wherever they stand in it: a comment prompt ("Let us know in the
	// comments below"), a newsletter form ("delivered to your inbox"), a
	// podcast promotion ("wherever you get your podcasts").
	FurniturePhrases []string `toml:"furniture_phrases" check:"lower"`
	// RightsPhrases are "all rights reserved" in other languages, and the
	// Chinese mark of a rights line.
	RightsPhrases []string `toml:"rights_phrases" check:"lower"`
	// GalleryWords may open a gallery counter ("Image 2 of 8", "Photo 3/12").
	GalleryWords []string `toml:"gallery_words" check:"lower,word,max=12"`
	// LanguageNames name the languages a page offers its story in.
	LanguageNames []string `toml:"language_names" check:"lower,trim"`
	// SocialNetworks name the networks a "Follow us" line points to.
	SocialNetworks []string `toml:"social_networks" check:"lower"`
	// SponsorOpeners open a newsletter's sponsor line.
	SponsorOpeners []string `toml:"sponsor_openers" check:"ltrim,first=PSB"`
	// ContactOpeners open a line giving a writer's or desk's e-mail address.
	ContactOpeners []string `toml:"contact_openers" check:"ltrim"`
	// NoticeKinds name what a ministry or agency numbers: the word before
	// "No." on a notice-number row.
	NoticeKinds []string `toml:"notice_kinds" check:"lower,word"`
	// PageRefs cut a newspaper's page reference from the end of its date
	// line ("Wednesday, March 4, 2026, p. 12", "4 March 2026 | Page A3").
	PageRefs []string `toml:"page_refs" check:"lower"`
	// EndMarks close wire copy and may be typed on the last sentence's line
	// ("... the bureau said. Enditem").
	EndMarks []string `toml:"end_marks" check:"rtrim"`
	// PromoLabels open a video or podcast promotion: "Watch: How a brine plant
	// works (3:12)", "LISTEN — The Battery Metals Podcast, episode 42".
	PromoLabels []string `toml:"promo_labels" check:"fold,ltrim,first=wl"`
	// PromoOpeners open a data vendor's promo heading inside a story.
	PromoOpeners []string `toml:"promo_openers" check:"ltrim"`
	// StreetWords end the street part of a postal address.
	StreetWords []string `toml:"street_words" check:"lower,word,max=12"`
	// PublisherPhrases join a newsletter's name to its publisher's.
	PublisherPhrases []string `toml:"publisher_phrases" check:""`
	// BoxWords open an address part that is a post box, suite, level or floor.
	BoxWords []string `toml:"box_words" check:"fold,ltrim"`
	// ReadMoreWords end a teaser paragraph as its link to the story.
	ReadMoreWords []string `toml:"read_more_words" check:"trim"`
	// EndMatterPrefixes open a paragraph that ends the story: a disclaimer or
	// disclosure run into its text, a source list, a mailing list's footer.
	EndMatterPrefixes []string `toml:"end_matter_prefixes" check:"lower,ltrim,max=48"`
	// BoilerPrefixes open a release's legal notice: a Canadian exchange's
	// disclaimer of responsibility, kept in the body but never a highlight.
	BoilerPrefixes []string `toml:"boiler_prefixes" check:"lower,ltrim,max=48"`
	// SafeHarborMarks, with "forward-looking" in the same first sentence, mark
	// the notice itself rather than a story about a company's guidance.
	SafeHarborMarks []string `toml:"safe_harbor_marks" check:"lower"`
	// DisclaimerPhrases mark a publisher's standing disclaimer.
	DisclaimerPhrases []string `toml:"disclaimer_phrases" check:"lower"`
	// DisclaimerStems are in every disclaimer phrase (as written or in
	// capitals), so a line holding none needs no case folding.
	DisclaimerStems []string `toml:"disclaimer_stems" check:""`
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
