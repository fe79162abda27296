package minerals

import (
	"slices"
	"testing"
)

// TestGermanCompounds: German writes a mineral's deposit, plant, mining or
// price as one word ("Stibnitvorkommen", "Urananlage",
// "Kobaltbergbaugebiete"). A mineral's compounding stem (stems) before a
// noun of the trade (compound_heads) names the mineral, without listing
// every compound; a stem before any other word ("Uranus") does not, nor
// does a stem before a company noun ("Antimonproduzent" describes a
// company, docs/labelling.md rule 9). Invented sentences.
func TestGermanCompounds(t *testing.T) {
	s := mustDefault(t)
	for _, c := range []struct {
		doc  Doc
		want []string
	}{
		{Doc{Title: "Tessaro Minerals erweitert Stibnitvorkommen in Quebec",
			Body: "Die Tessaro Minerals Inc. hat neue Zonen entdeckt.\n\nDer Vorstand tagt im März."}, []string{"antimony"}},
		{Doc{Title: "Varela meldet Fortschritte in Wyoming",
			Body: "Varela baut die größte Urananlage des Bundesstaates.\n\nDie Urananlage soll 2027 in Betrieb gehen.\n\nDer Vorstand tagt im März."}, []string{"uranium"}},
		{Doc{Title: "Varela meldet Fortschritte in Sambia",
			Body: "Die Kobaltbergbaugebiete der Region wachsen.\n\nVarela prüft zwei Kobaltlagerstätten im Norden.\n\nDer Vorstand tagt im März."}, []string{"cobalt"}},
		// a company noun after the stem describes the company
		{Doc{Title: "Varela ernennt neuen Finanzchef",
			Body: "Varela, ein führender Antimonproduzent, ernennt einen neuen Finanzchef.\n\nDer Antimonproduzent tagt im März."}, nil},
		// no noun of the trade after the stem
		{Doc{Title: "Varela beobachtet den Uranus",
			Body: "Das Teleskop von Varela zeigt den Uranus.\n\nDer Uranus ist ein Eisriese."}, nil},
	} {
		if got := subjects(s.Analyze(c.doc)); !slices.Equal(got, c.want) {
			t.Errorf("%q: subjects %q, want %q", c.doc.Title, got, c.want)
		}
	}
}
