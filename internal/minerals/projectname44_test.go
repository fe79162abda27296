package minerals

import (
	"slices"
	"testing"
)

// TestProjectNameInTitle: a mineral inside a project's name in the title
// ("the Varela Litio project", "Tessier Seltene Erden Projekt", "Orvane-
// Lithium Property") is the project's commodity, the item's news under
// docs/labelling.md rule 9, not a company's name, though the body writes
// the same name. The project noun comes after the mineral in English and
// German, before it in Italian, Spanish, Portuguese and French
// (deposit_nouns, deposit_nouns_before). A company named for the mineral
// is still a name. Invented sentences.
func TestProjectNameInTitle(t *testing.T) {
	s := mustDefault(t)
	for _, c := range []struct {
		doc  Doc
		want []string
	}{
		{Doc{Title: "Orvane Minerals aggiorna i lavori del Progetto Litio Tessaro",
			Body: "Orvane Minerals ha presentato il piano del Progetto Litio Tessaro in Mali.\n\nIl consiglio si riunirà a marzo."}, []string{"lithium"}},
		{Doc{Title: "Orvane Minerals actualiza el Proyecto Litio Tessaro",
			Body: "Orvane Minerals presentó el plan del Proyecto Litio Tessaro a las autoridades.\n\nEl consejo se reunirá en marzo."}, []string{"lithium"}},
		{Doc{Title: "Varela ändert den Vertrag des Tessier Seltene Erden Projekts",
			Body: "Varela hat den Vertrag des Tessier Seltene Erden Projekts mit einem Partner geändert.\n\nDer Vorstand tagt im März."}, []string{"rare earths"}},
		{Doc{Title: "Varela signs option on its Orvane-Lithium Property",
			Body: "Varela Corp. signed the option on the Orvane-Lithium Property with a partner.\n\nThe board meets in March."}, []string{"lithium"}},
		{Doc{Title: "Varela signs option on its Orvane-Lithium Property",
			Body: "Varela Corp. signed the option on its Orvane-Lithium property with a partner.\n\nThe board meets in March."}, []string{"lithium"}},
		// a company named for the mineral stays a name
		{Doc{Title: "Tessaro Lithium nombra a una nueva directora",
			Body: "Tessaro Lithium Corp. dijo que la directora llega desde un banco.\n\nSu consejo se reunió en Salta."}, nil},
	} {
		if got := subjects(s.Analyze(c.doc)); !slices.Equal(got, c.want) {
			t.Errorf("%q: subjects %q, want %q", c.doc.Title, got, c.want)
		}
	}
}
