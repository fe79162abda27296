package classify

import "testing"

// TestValueAdditionNamedMineral41 (session 41): the value-addition formula
// with a named mineral in its noun forms ("beneficiation of our lithium",
// "value addition to our nickel") is the beneficiation policy argued, as
// "beneficiation of our minerals" is (valueadd37): no "our lithium" claim
// is read out of it, in the title or the body. Invented sentences.
func TestValueAdditionNamedMineral41(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, tc := range []struct{ title, body, claim string }{
		{"Push on with beneficiation of our lithium", "The district's second spodumene plant opened last week.", "our lithium"},
		{"Smelter talks resume", "Value addition to our nickel has been slow, and the refinery still lacks a power line.", "our nickel"},
		{"Plant finance found", "Processing of our cobalt at home needs a cheaper power tariff, the chamber said.", "our cobalt"},
	} {
		r := c.Classify(Doc{Title: tc.title, Body: tc.body})
		if hasReason(r, tc.claim) {
			t.Errorf("%q / %q: %q read as a claim: %v", tc.title, tc.body, tc.claim, r.Reasons)
		}
	}
}

// TestModificationIsChange41 (session 41): "la modificación de la ley"
// (the law's modification) states a legal change as "la reforma de la
// ley" does, so a report whose lead states it and whose leader's slogans
// come in a few quoted lines at the end is a change reported (rule 14).
// Invented sentences.
func TestModificationIsChange41(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Gobernador de Arenal anuncia reserva estatal de litio",
		Body: "El gobernador completa así el proceso iniciado el año pasado con la modificación de la ley minera del estado.\n\n" +
			"La reserva abarca cuatro municipios de la sierra y su exploración estará a cargo del servicio geológico estatal.\n\n" +
			"La empresa estatal instalará una planta piloto de carbonato en 2026, con una inversión de 80 millones de pesos.\n\n" +
			"\"El agua y el litio son de la nación, son del pueblo de Arenal\", dijo el mandatario.",
	}
	flagIs(t, c, d, false, "a law's modification stated in the lead, the slogans quoted at the end")
}
