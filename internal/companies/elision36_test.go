package companies

import "testing"

// TestElidedArticleStartsName: a French or Italian elided article or
// preposition written against a name ("l’", "d’", "dell’") does not hide
// the name, while an apostrophe inside a name still joins it. Sentences
// written for this test.
func TestElidedArticleStartsName(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct {
		body string
		want []string
	}{
		{"Le conseil a validé le plan d’Eramet pour 2027.", []string{"Eramet"}},
		{"Le conseil a validé le plan d'Eramet pour 2027.", []string{"Eramet"}},
		{"L’Entreprise Générale du Cobalt a ouvert un comptoir à Kolwezi.", []string{"Entreprise Générale du Cobalt"}},
		{"Il piano dell’Eramet prevede una raffineria.", []string{"Eramet"}},
		{"Analysts at O'Neill Partners expect Lynas Rare Earths to raise output.", []string{"Lynas Rare Earths"}},
	} {
		wantNamesSorted(t, d, "", c.body, c.want)
	}
}
