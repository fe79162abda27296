package companies

import "testing"

// TestSpelledOutAcronym: a short all-capitals alias counts when the item
// spells it out right before it, in brackets or after a comma, with words
// that begin as the company's own name does; an acronym spelled out by
// other words stays unknown. Sentences written for this test.
func TestSpelledOutAcronym(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct {
		body string
		want []string
	}{
		{"Le gouvernement a confié le négoce à l’Entreprise générale du cobalt (EGC) dès mars.", []string{"Entreprise Générale du Cobalt"}},
		{"Seuls les exportateurs de cobalt, hors l’Entreprise générale du cobalt, EGC, ont un quota.", []string{"Entreprise Générale du Cobalt"}},
		{"Los técnicos de Yacimiento de Litio Bolivianos (YLB) visitaron la planta.", []string{"Yacimientos de Litio Bolivianos"}},
		{"Prices compiled by Shanghai Metals Market (SMM) edged up on Tuesday.", nil},
		{"The Sustainable Materials Mission (SMM) met in Oslo.", nil},
	} {
		wantNamesSorted(t, d, "", c.body, c.want)
	}
}
