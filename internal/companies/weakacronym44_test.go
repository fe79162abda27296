package companies

import "testing"

// TestWeakAliasUsedAsCompany44: a short all-caps alias (weak alone) that
// the item uses as a company in Spanish, Portuguese, French or English
// press is that company: after an article and a nationality written as the
// noun ("la china KBX", as "la empresa china KBX"), or a company noun and
// a Kazakh nationality ("la société kazakhe KBX"); before an officer's
// title in English ("KBX Chairman Li Wei") in an item that names it again;
// before a Spanish, Portuguese or French business verb ("KBX vendía", "KBX
// assinou"). A broadcaster's or a person's initials stay out. Invented
// companies and sentences, written for this test.
func TestWeakAliasUsedAsCompany44(t *testing.T) {
	d := kbxDictionary(t)
	kbx := []string{"Korvath Brine Consortium"}
	checkDetectCases(t, d, []detectCase{
		{"la china", "El contrato con la china KBX vence en marzo.", kbx},
		{"la rusa", "La sesión trató el acuerdo con la rusa KBX y otros dos.", kbx},
		{"la société kazakhe", "Le site est géré par la société kazakhe KBX depuis 2019.", kbx},
		{"a capitalised country is no nationality", "El enviado de la China KBX llegó.", nil},
		{"a nationality after a person noun stays out", "El periodista chino KBX llegó el lunes.", nil},
		{"Chairman after, named again", "KBX Chairman Li Wei visited the plant on Monday. A second KBX line opens in May.", kbx},
		{"General Manager after, named again", "The KBX Party Committee met. The meeting was hosted by KBX General Manager Li Wei.", kbx},
		{"a title after, named once, stays out", "Li Wei, Salar Alto Minera's President and KBX Chairman, met the mayor.", []string{"Salar Alto Minera"}},
		{"a news programme after stays out", "The mayor told KBX News on Monday.", nil},
		{"vendía", "Recordó que KBX vendía cloruro de potasio a Chile.", kbx},
		{"assinou", "KBX assinou o contrato ontem.", kbx},
		{"informó is speech", "KBX informó que el plan había muerto.", nil},
	})
}
