package classify

import (
	"strings"
	"testing"

	"github.com/lode-reader/lode/internal/text"
)

// Session 39 (africa-s39): a state's act on a named firm is a change a
// trader acts on (labelling rule 14 lists the nationalisation). A sentence
// that names a company and says, in the writer's words, that the state
// nationalised or expropriated it is the item's news, so the government's
// sovereignty lines quoted around it are the claim of one side of a dispute
// reported, not the item's voice. A nationalisation promised or cried for
// names no firm, and one named as a past event far from the firm's name is
// no act reported. Every case is invented.

// classifyNamed classifies d as ingest does, with every occurrence of the
// given company names (in the title and the body) masked.
func classifyNamed(c *Classifier, d Doc, names ...string) Result {
	tx := text.New(text.Doc{Title: d.Title, Body: d.Body})
	var spans []Span
	for _, n := range names {
		for _, f := range []struct {
			s     string
			title bool
		}{{tx.Doc.Title, true}, {tx.Body, false}} {
			for off := 0; ; {
				i := strings.Index(f.s[off:], n)
				if i < 0 {
					break
				}
				spans = append(spans, Span{Title: f.title, Start: off + i, End: off + i + len(n)})
				off += i + len(n)
			}
		}
	}
	return c.ClassifyTextMasked(tx, spans)
}

// TestSeizureOfNamedFirmIsTheNews: a uranium miner's output goes on sale
// after its nationalisation, the authorities' words of sovereignty and the
// people reported around it, the former shareholder's arbitration claim and
// the tonnage stated. Business; flagged before the reading (0.5+).
func TestSeizureOfNamedFirmIsTheNews(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Tarka : l'uranium de Mines de Kelou arrive sur le marché",
		Body: "L'uranium extrait par Mines de Kelou, récemment nationalisée, arrive officiellement sur le marché international.\n\n" +
			"Selon la télévision publique, les autorités affirment leur souveraineté et parlent de la dignité du peuple, libre de vendre à tout acheteur.\n\n" +
			"Le chef de l'État avait déclaré que l'uranium appartient désormais au peuple et que le pays ne demandera l'autorisation de personne.\n\n" +
			"L'ancien actionnaire conteste la vente devant un tribunal arbitral.\n\n" +
			"Près de 1 200 tonnes de concentré attendent au port.",
	}
	r := classifyNamed(c, d, "Mines de Kelou")
	if r.Flagged {
		t.Errorf("a nationalised firm's uranium put on sale, with the state's lines reported: flagged (%.3f) %v", r.Score, r.Reasons)
	}
}

// TestSeizureOfNamedFirmEnglish: the same reading in English ("the junta
// nationalised Delmar Uranium").
func TestSeizureOfNamedFirmEnglish(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Junta puts Delmar Uranium's stockpile up for sale",
		Body: "The military government nationalised Delmar Uranium in June and has put the mine's stockpile up for sale on the international market.\n\n" +
			"Officials said the uranium now belongs to the people and that the country would ask no one's permission to sell it, calling the move a matter of national dignity.\n\n" +
			"The former majority shareholder has taken the dispute to international arbitration.\n\n" +
			"About 1,300 tonnes of concentrate are stored at the mine.",
	}
	r := classifyNamed(c, d, "Delmar Uranium")
	if r.Flagged {
		t.Errorf("a nationalised firm's stockpile put on sale, the officials' lines reported: flagged (%.3f) %v", r.Score, r.Reasons)
	}
}

// TestSeizureUnnamedStillVoice: a rally's promise to nationalise the mines
// names no firm and is someone's words, and an address naming a firm with
// the nationalisation as a past event in another clause is told as its
// speeches: both stay flagged.
func TestSeizureUnnamedStillVoice(t *testing.T) {
	c := newClassifier(t, Options{})
	r := classifyNamed(c, Doc{
		Title: "We will nationalise the mines, says junta chief",
		Body: "The junta chief told a rally that the country would nationalise the mines that foreign companies had plundered for decades.\n\n" +
			"\"Our uranium belongs to the people. Never again will imperialists dictate to us,\" he said.",
	}, "Delmar Uranium")
	if !r.Flagged {
		t.Errorf("a rally's promise to nationalise: unflagged (%.3f) %v", r.Score, r.Reasons)
	}
	r = classifyNamed(c, Doc{
		Title: "Kelou Lithium director: \"we return to the nation what belongs to the nation\"",
		Body: "The director of the state firm Kelou Lithium spoke to deputies on Wednesday mostly about the meaning of last year's nationalisation.\n\n" +
			"\"Our work is measured in sovereignty, not tonnes. For decades traitors handed our subsoil to foreign plunderers. Today we return to the nation what belongs to the nation,\" she said.\n\n" +
			"She called lithium the patrimony of the people and the generations not yet born.",
	}, "Kelou Lithium")
	if !r.Flagged {
		t.Errorf("an address told as its speeches, the nationalisation a past event: unflagged (%.3f) %v", r.Score, r.Reasons)
	}
}

// TestSeizureCuesData checks the seizure cue lists of the shipped files:
// the languages whose press reports nationalisations (en, fr, es, pt) list
// some, each cue is one word (cues are read word by word), and none is also
// a speech or change cue of its file (a cue of two lists would read one
// word as two facts).
func TestSeizureCuesData(t *testing.T) {
	srcs, err := builtinSources()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"en": true, "fr": true, "es": true, "pt": true}
	for _, src := range srcs {
		f, err := decodeSource(src)
		if err != nil {
			t.Fatal(err)
		}
		if want[f.Lang] && len(f.SeizureCues) == 0 {
			t.Errorf("%s lists no seizure_cues", src.name)
		}
		other := map[string]bool{}
		for _, l := range [][]string{f.SpeechCues, f.ChangeCues} {
			for _, w := range l {
				other[strings.ToLower(w)] = true
			}
		}
		for _, cue := range f.SeizureCues {
			if strings.ContainsAny(strings.TrimSpace(cue), " \t") {
				t.Errorf("%s: seizure cue %q is not one word", src.name, cue)
			}
			if other[strings.ToLower(cue)] {
				t.Errorf("%s: seizure cue %q is also a speech or change cue", src.name, cue)
			}
		}
	}
}
