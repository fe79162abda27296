package companies

import (
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"fmt"
	"math"
	"strings"
)

//go:embed data/subjects.toml
var subjectsData []byte

// Features of a company's evidence in one item, read by the subject model
// (data/subjects.toml). Counts enter as log(1+n), shares as 0..1, the rest
// as 0 or 1.
const (
	fBias         = iota
	fRule         // the cue rules call it a subject
	fGood         // counting namings in title, highlights, lead
	fTitle        // a counting naming in the title
	fHighlights   // ... in the publisher's highlights
	fLead         // ... in the lead
	fSents        // body sentences with a counting naming (or an anaphor)
	fSents2       // two or more such sentences
	fNews         // some counting naming outside the analysis and takeaway
	fNamedTitle   // named in the title at all
	fNamedHL      // named in the highlights at all
	fNamedLead    // named in the lead at all
	fCount        // namings
	fShare        // share of the item's namings
	fTop          // the most named company (ties included)
	fRatio        // namings against the most named company's
	fFirstTitle   // the first company of the title
	fFirstLead    // the first company of the lead
	fFirst        // the first company the item names
	fCompanies    // distinct companies the item names
	fOtherStrong  // another company has a counting naming in title, highlights or lead
	fDemoted      // share of its namings that do not count
	fQuote        // some naming inside a quote
	fList         // ... one of a list
	fExample      // ... an example or peer
	fOwner        // ... parent, owner or shareholder
	fSeller       // ... former owner or seller
	fTarget       // ... bid target
	fFooter       // ... in a release's boilerplate
	fUnit         // ... subsidiary of the subject
	fPartner      // ... partner in another's venture
	fVehicle      // ... a joint venture's vehicle
	fOutside      // ... named as taking no part
	fMerged       // ... merged into another company
	fContext      // some naming in the lead's context (second sentence, relative or context clause)
	fCommentary   // counting body sentences only in the publisher's analysis
	fGramSubj     // namings that open a sentence or clause with a verb after them
	fGramSubjLead // such a naming in the title, highlights or lead
	fObject       // share of its namings right after a preposition ("with X", "from X")
	fKnown        // in the dictionary
	nFeatures
)

// featureNames name the features in data/subjects.toml, in order.
var featureNames = [nFeatures]string{
	"bias", "rule", "good", "title", "highlights", "lead", "sents", "sents2", "news",
	"named_title", "named_highlights", "named_lead", "count", "share", "top", "ratio",
	"first_title", "first_lead", "first", "companies", "other_strong", "demoted",
	"quote", "list", "example", "owner", "seller", "target", "footer", "unit", "partner",
	"vehicle", "outside", "merged", "context", "commentary", "gram_subject", "gram_subject_lead",
	"object", "known",
}

// noteFeature maps a demotion note to the feature that records it.
var noteFeature = map[string]int{
	noteQuote: fQuote, noteList: fList, noteExample: fExample, noteParent: fOwner,
	noteSeller: fSeller, noteTarget: fTarget, noteFooter: fFooter, noteUnit: fUnit,
	notePartner: fPartner, noteVehicle: fVehicle, noteOutside: fOutside, noteMerged: fMerged,
}

// featureNote is what a mention's Note says when the model, not the rules,
// makes it one: the feature with the strongest negative weight on it.
var featureNote = map[int]string{
	fQuote: noteQuote, fList: noteList, fExample: noteExample, fOwner: noteParent, fSeller: noteSeller,
	fTarget: noteTarget, fFooter: noteFooter, fUnit: noteUnit, fPartner: notePartner, fVehicle: noteVehicle,
	fOutside: noteOutside, fMerged: noteMerged, fContext: "named as context beside another company's news",
	fCommentary: noteCommentary, fOtherStrong: "another company is what the item is about",
	fObject: "named as the object of another company's action", fDemoted: "most of its namings do not count",
	fCompanies: "one of many companies the item names",
}

// evidence is one company's feature vector in one item.
type evidence [nFeatures]float64

// subjectModel is the logistic model of data/subjects.toml.
type subjectModel struct {
	decide  bool // the model, not the rules, makes the call
	weights evidence
	verbs   map[string]bool // words that make a naming before them a grammatical subject
	preps   map[string]bool // prepositions that make a naming after them an object
	sets    []string
	lambda  float64
	hash    string
}

// subjectFile is the shape of data/subjects.toml.
type subjectFile struct {
	// Decide is "model" (the logistic model decides) or "rules" (the cue
	// rules decide and the model is only measured).
	Decide string `toml:"decide"`
	// Verbs after a naming make it its clause's grammatical subject.
	Verbs []string `toml:"verbs"`
	// Prepositions before a naming make it an object.
	Prepositions []string `toml:"object_prepositions"`
	// Sets, Lambda and Weights are written by TestTrainSubjects -update: the
	// corpora trained on, the L2 penalty, and the model's weight per feature.
	Sets    []string           `toml:"training_sets"`
	Lambda  float64            `toml:"lambda"`
	Weights map[string]float64 `toml:"weights"`
}

// parseSubjectModel reads data/subjects.toml's text, folding its words as
// the tokenizer does; every weight must name a known feature and be finite.
func parseSubjectModel(w *wordSets, data []byte) (*subjectModel, error) {
	var f subjectFile
	if err := decodeStrict(data, "subjects.toml", &f); err != nil {
		return nil, err
	}
	m := &subjectModel{verbs: map[string]bool{}, preps: map[string]bool{}, sets: f.Sets, lambda: f.Lambda}
	switch f.Decide {
	case "model":
		m.decide = true
	case "rules":
	default:
		return nil, fmt.Errorf("parse subjects.toml: decide is %q, want \"model\" or \"rules\"", f.Decide)
	}
	for name, v := range f.Weights {
		i := featureIndex(name)
		if i < 0 {
			return nil, fmt.Errorf("parse subjects.toml: unknown feature %q", name)
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			return nil, fmt.Errorf("parse subjects.toml: weight %s is not finite", name)
		}
		m.weights[i] = v
	}
	for _, list := range []struct {
		words []string
		into  map[string]bool
	}{{f.Verbs, m.verbs}, {f.Prepositions, m.preps}} {
		for _, p := range list.words {
			ts := w.tokenize(p)
			for i := range ts.toks {
				list.into[ts.key(i)] = true
			}
		}
	}
	sum := sha256.Sum256(data)
	m.hash = hex.EncodeToString(sum[:3])
	return m, nil
}

func featureIndex(name string) int {
	for i, n := range featureNames {
		if n == name {
			return i
		}
	}
	return -1
}

// score is the model's log-odds that the company is a subject.
func (m *subjectModel) score(e *evidence) float64 {
	s := 0.0
	for i, w := range m.weights {
		s += w * e[i]
	}
	return s
}

// why names the strongest negative evidence against a subject: the
// feature whose weight times value is the most negative (the rules'
// verdict and the bias left out), as a Note.
func (m *subjectModel) why(e *evidence) string {
	best, bi := 0.0, -1
	for i := fGood; i < nFeatures; i++ {
		if _, ok := featureNote[i]; !ok {
			continue
		}
		if c := m.weights[i] * e[i]; c < best {
			best, bi = c, i
		}
	}
	if bi < 0 {
		return "weak evidence in the item"
	}
	return featureNote[bi]
}

// gramSubject reports a text naming that opens its sentence or a clause
// (after a comma, a semicolon or "and"/"but"/"while") with a verb of the
// model's list, or a past form in -ed, within three words after it, in the
// same sentence (sents nil: the title, one sentence): "Lynas said", "...,
// and MP Materials will raise".
func (m *subjectModel) gramSubject(ts *tokens, sents []int32, h hit) bool {
	if h.pos > 0 && !ts.has(h.pos, fSentStart) && !strings.ContainsAny(ts.gap(h.pos), ",;:") {
		switch ts.key(h.pos - 1) {
		case "and", "but", "while", "whereas", "as", "after", "when", "since", "because", "said", "that":
		default:
			return false
		}
	}
	if ts.has(h.end-1, fPossessive) {
		return false // "X's unit": the owner of the sentence's subject
	}
	for j := h.end; j < len(ts.toks) && j < h.end+3; j++ {
		if sents != nil && sents[j] != sents[h.pos] || strings.ContainsAny(ts.gap(j), ",;:()") {
			return false
		}
		k := ts.key(j)
		if m.verbs[k] || !ts.has(j, fUpperInit) && len(k) > 4 && strings.HasSuffix(k, "ed") {
			return true
		}
	}
	return false
}

// objectOf reports a naming right after one of the model's prepositions
// ("with Lynas", "from the Albemarle"), an article allowed between.
func (m *subjectModel) objectOf(ts *tokens, h hit) bool {
	j := h.pos - 1
	if j >= 0 && ts.joined(j+1) && (ts.key(j) == "the" || ts.key(j) == "a") {
		j--
	}
	return j >= 0 && ts.joined(j+1) && m.preps[ts.key(j)]
}

// itemEvidence is what the subject model reads of the whole item.
type itemEvidence struct {
	order         []*tally
	namings       int // namings of every company
	firstTitle    *tally
	firstTitlePos int
	firstLead     *tally
	firstLeadPos  int
}

// fill writes t's evidence in the item into e.
func (it *itemEvidence) fill(e *evidence, t *tally) {
	maxCount, strong := 0, false
	for _, o := range it.order {
		maxCount = max(maxCount, o.found.Count)
		strong = strong || o != t && o.good > 0
	}
	b := func(v bool) float64 {
		if v {
			return 1
		}
		return 0
	}
	lg := func(n int) float64 { return math.Log1p(float64(n)) }
	n := t.found.Count
	*e = evidence{}
	e[fBias] = 1
	e[fRule] = b(t.good > 0 || len(t.goodSents) >= 2 && t.news)
	e[fGood] = lg(t.good)
	e[fTitle] = b(t.goodIn[0] > 0)
	e[fHighlights] = b(t.goodIn[1] > 0)
	e[fLead] = b(t.goodIn[2] > 0)
	e[fSents] = lg(len(t.goodSents))
	e[fSents2] = b(len(t.goodSents) >= 2)
	e[fNews] = b(t.news)
	e[fNamedTitle] = b(t.where[0])
	e[fNamedHL] = b(t.where[1])
	e[fNamedLead] = b(t.where[2])
	e[fCount] = lg(n)
	e[fShare] = float64(n) / float64(max(it.namings, 1))
	e[fTop] = b(n == maxCount)
	e[fRatio] = float64(n) / float64(max(maxCount, 1))
	e[fFirstTitle] = b(it.firstTitle == t)
	e[fFirstLead] = b(it.firstLead == t)
	e[fFirst] = b(len(it.order) > 0 && it.order[0] == t)
	e[fCompanies] = lg(len(it.order))
	e[fOtherStrong] = b(strong)
	e[fDemoted] = float64(t.demoted) / float64(max(n, 1))
	for fi := fQuote; fi <= fMerged; fi++ {
		e[fi] = b(t.noteBits&(1<<fi) != 0)
	}
	e[fContext] = b(t.context)
	e[fCommentary] = b(!t.news && len(t.goodSents) > 0)
	e[fGramSubj] = lg(t.gram)
	e[fGramSubjLead] = b(t.gramLead)
	e[fObject] = float64(t.object) / float64(max(n, 1))
	e[fKnown] = b(t.found.Known)
}
