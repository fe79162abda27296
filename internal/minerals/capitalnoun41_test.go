package minerals

import (
	"slices"
	"testing"
)

// TestCapitalisedCommonNoun: a one-word mineral written with a capital in
// the body is a company's name when a capitalised word stands beside it
// ("Ganfeng Lithium", "with Uranium One"), but the mineral itself after a
// lower-case word and before a lower-case word or a stop: the Spanish press
// capitalises the policy's noun ("la nacionalización del Litio", "no hay
// Litio, que ..."), German every noun ("das Uran"). Invented sentences.
func TestCapitalisedCommonNoun(t *testing.T) {
	s := mustDefault(t)
	for _, c := range []struct {
		doc  Doc
		want []string
	}{
		{Doc{Title: "Sonora espera inversiones", Body: "El gobernador presentó el plan para la nacionalización del Litio.\n\nDijo que el Litio, que abunda en la sierra, atraerá fábricas."}, []string{"lithium"}},
		{Doc{Title: "Sonora espera inversiones", Body: "Los técnicos dijeron que no hay Litio suficiente en la zona.\n\nLa empresa insiste en que el Litio está ahí."}, []string{"lithium"}},
		{Doc{Title: "Neue Mine in Kanada", Body: "Das Unternehmen will ab 2027 das Uran aus dem Becken fördern.\n\nDer Preis für Uran ist gestiegen."}, []string{"uranium"}},
		{Doc{Title: "Shares rise in Hong Kong", Body: "Shares of Ganfeng Lithium rose 4% on Monday.\n\nTraders also bought Tianqi Lithium, and analysts praised Lithium Americas."}, nil},
		{Doc{Title: "Chile firma acuerdo", Body: "La Comisión Nacional del Cobre publicó su informe el lunes.\n\nEl director de la Corporación Estatal del Cobre habló después."}, nil},
		{Doc{Title: "Fund adds holdings", Body: "The fund bought a stake in Uranium One last week.\n\nIt also holds Cobalt Blue and sold Lithium Chile."}, nil},
	} {
		if got := subjects(s.Analyze(c.doc)); !slices.Equal(got, c.want) {
			t.Errorf("%q: subjects %q, want %q", c.doc.Body, got, c.want)
		}
	}
}
