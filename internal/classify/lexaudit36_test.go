package classify

import (
	"strings"
	"testing"

	"github.com/lode-reader/lode/internal/text"
)

// politicalHits returns the lexicon entries that score towards ideology in
// body (weight above zero), with the kind each was read as.
func politicalHits(t *testing.T, c *Classifier, body string) []entry {
	t.Helper()
	tx := text.New(text.Doc{Body: body})
	w := &scratch{sc: scanner{st: c.lx.stem}}
	c.features(tx, w)
	var out []entry
	for _, h := range w.hits {
		if h.weight > 0 {
			e := c.lx.terms[h.term]
			e.kind = h.kind
			out = append(out, e)
		}
	}
	return out
}

// normalised is phrase as the lexicon stores it (stemmed words joined by spaces).
func normalised(c *Classifier, phrase string) string {
	return strings.Join(normalise(&scanner{st: c.lx.stem}, phrase), " ")
}

// TestBusinessSensesOfPoliticalPhrases: the session 36 lexicon audit
// (lexaudit-s36) found political phrases that also have an ordinary business
// sense and fired on business text. Each case is a sentence we wrote in the
// business sense, where no political phrase may hold the word, and one in the
// political sense, where the named phrase must still score.
func TestBusinessSensesOfPoliticalPhrases(t *testing.T) {
	c := newClassifier(t, Options{})
	cases := []struct {
		name      string
		business  string
		word      string // no political hit may hold this (normalised) word in the business sentence
		political string
		phrase    string // this phrase must score in the political sentence
	}{
		{"the people's institutions", "Exports from the People's Republic of China fell, and the People's Court in Baotou heard the case.",
			"peopl", "The minister told the rally that the people will never surrender.", "the people"},
		{"the wire's sources", "One of the people said the licences were delayed; the people familiar with the talks declined to comment. No price was agreed, the people said, asking not to be identified.",
			"peopl", "The minister told the rally that the people will never surrender.", "the people"},
		{"in the process of changing", "The company is in the process of changing its auditor.",
			"chang", "The president said the process of change led by the movement will go on.", "process of change"},
		{"struggling", "The hydroxide sector has struggled since prices fell, and smaller refiners are struggling.",
			"struggl", "The minister hailed the struggle for liberation of the miners.", "struggle for liberation"},
		{"prioritise", "The joint venture will prioritise the refinery and prioritise volumes under long-term contracts.",
			"prioriti", "Firms loyal to the ruling party would be prioritised for export permits.", "be prioritised"},
		{"profits before", "The contract settles the distribution of profits before it goes to a vote.",
			"profit befor", "Cadres who put profit before the Party's cause were removed.", "put profit before"},
		{"exploiter (French verb)", "La société veut exploiter le lithium du gisement et exploiter les terrils.",
			"exploiter", "The exploiters took our copper away.", "exploiters"},
		{"di Tanah Air", "Pembangunan smelter nikel di Tanah Air terus bertambah tahun ini.",
			"tanah air", "Mereka menjual tanah air demi kepentingan pribadi.", "tanah air"},
		{"the west pit", "Drilling continues at the west pit and the west zone of the deposit.",
			"west", "The West wants our minerals for nothing.", "the west"},
		{"National Mission on", "The cabinet approved the National Mission on rare earth permanent magnets.",
			"nation mission", "Lithium is a national mission for every citizen, the minister cried.", "national mission"},
		{"at the vanguard of", "The recycler is at the vanguard of efforts to cut imports.",
			"vanguard", "Party members formed vanguard teams in every workshop.", "vanguard"},
		{"the low carbon revolution", "Demand grows with the global low carbon revolution.",
			"revolution", "The speaker praised the revolution of the workers.", "revolution"},
		{"a supply empire", "Baotou is the heart of the group's supply empire.",
			"empir", "The minister said the empire wants our cobalt.", "the empire"},
		{"our lithium carbonate", "We keep our lithium carbonate price deck at US$15,000/t and raise our copper volume forecast.",
			"our", "Our lithium must stay in this country, the minister said.", "our lithium"},
		{"regardless of profitability", "The flat royalty was charged on revenue regardless of profitability.",
			"regardless", "Plants were told to produce regardless of profitability.", "produce regardless of profitability"},
		{"a finance mandate", "The company secured a finance mandate for the plant.",
			"mandat", "The board was mandated by the ruling party to act.", "mandated"},
		{"upheld the award", "The tribunal upheld the award against the ministry.",
			"uphold", "Cadres must uphold the leadership of the Party.", "uphold"},
		{"the nation's only producer", "It is the nation's only lithium producer and the nation's first refinery.",
			"nation", "He said the nation will rise against foreign looters.", "the nation"},
		{"give away shares", "Investors would not have to give away shares for free.",
			"giv away", "The old governments were ready to give away our salt flats.", "give away"},
	}
	for _, tc := range cases {
		for _, e := range politicalHits(t, c, tc.business) {
			if strings.Contains(e.phrase, tc.word) {
				t.Errorf("%s: business sentence %q scores %q (%s)", tc.name, tc.business, e.phrase, e.kind)
			}
		}
		want := normalised(c, tc.phrase)
		found := false
		for _, e := range politicalHits(t, c, tc.political) {
			if e.phrase == want {
				found = true
			}
		}
		if !found {
			t.Errorf("%s: political sentence %q: want %q to score, got %v", tc.name, tc.political, tc.phrase, politicalHits(t, c, tc.political))
		}
	}
}

// TestEmpowermentLawIsTopic: South Africa's black economic empowerment rules
// named in a shareholding are a law reported (topic), while the cry
// "economic empowerment must go further" stays rhetoric.
func TestEmpowermentLawIsTopic(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, e := range politicalHits(t, c, "Black economic empowerment shareholders hold 26% of the spodumene company.") {
		if strings.Contains(e.phrase, "empower") && e.kind != kTopic {
			t.Errorf("BEE shareholding: %q read as %s, want topic", e.phrase, e.kind)
		}
	}
	found := false
	for _, e := range politicalHits(t, c, "Economic empowerment must go further, the minister told the rally.") {
		if e.phrase == normalised(c, "economic empowerment") && e.kind == kRhetoric {
			found = true
		}
	}
	if !found {
		t.Error("the cry \"economic empowerment must go further\": want rhetoric")
	}
}
