package companies

import "testing"

// TestLatinNameWithDefinedAcronym43 (session 43): a company named in French,
// Spanish or Portuguese by a company head and the words after it, with no
// sector word, is a company when the text defines its acronym right after
// and the acronym spells the name's words, by their initials or their first
// syllables: "la Société du Vallon de Kestrel (SVK)", "Societe du Vallon de
// Kestrel(SVK)", "la Société Nationale des Pierres Tarnaises, la SONAPT". The
// acronym then names it again. A head with words the acronym does not spell,
// a state body's head ("Corporación de Fomento ... (CORFO)") and a head with
// no acronym are no candidate, nor is a name whose acronym is a dictionary
// company's ("(SQM)"): that company is named, spelt another way. Invented
// sentences.
func TestLatinNameWithDefinedAcronym43(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	lead := "Tarn Cobalt said on Monday its exports had doubled.\n\n"
	checkNameCases(t, d, "Tarn Cobalt exports double", lead, []nameCase{
		{"Exemptions were granted to the Société du Vallon de Kestrel (SVK), which was allotted 300 tons.", "Société du Vallon de Kestrel", true},
		{"Quotas went to operators such as Societe du Vallon de Kestrel(SVK), Tarn Mining and others.", "Societe du Vallon de Kestrel", true},
		{"La création de la Société Nationale des Pierres Tarnaises, la SONAPT, a renforcé le contrôle de l'État.", "Société Nationale des Pierres Tarnaises", true},
		{"La Empresa Andina de Salares (EAS) exportó carbonato de litio a China.", "Empresa Andina de Salares", true},
		// not spelt by the acronym, or no acronym, or a state agency's head
		{"The Société du Vallon de Kestrel (SNCF) was named in the report.", "Société du Vallon de Kestrel", false},
		{"The Société du Vallon de Kestrel was named in the report.", "Société du Vallon de Kestrel", false},
		{"La Corporación de Fomento de Tarna (CFT) firmó el acuerdo.", "Corporación de Fomento de Tarna", false},
		// an acronym the dictionary holds names that company, written another way
		{"La Sociedad Quimera de Metales (SQM) vendió más litio.", "Sociedad Quimera de Metales", false},
	})
	// the acronym names the candidate again
	body := lead + "Exemptions were granted to the Société du Vallon de Kestrel (SVK). SVK said it would appeal the decision."
	for _, f := range d.Analyze(Doc{Title: "Tarn Cobalt exports double", Body: body}) {
		if f.Name == "Société du Vallon de Kestrel" && f.Count < 2 {
			t.Errorf("SVK does not name the candidate again (count %d)", f.Count)
		}
	}
}
