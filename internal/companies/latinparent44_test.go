package companies

import "testing"

// TestLatinParentDescribed44 (session 44, subjprec-s44): a parent named
// after a Spanish, Portuguese or French unit noun with a word that
// describes it between the preposition and the name ("subsidiaria del
// gigante X", "filial de la canadiense X", "filiale du géant X") identifies
// its unit, as "la filial de X" does (docs/labelling.md, 2): a mention,
// not a subject. The same words with no unit noun before them leave the
// company its own news. Invented sentences; the names are the
// dictionary's.
func TestLatinParentDescribed44(t *testing.T) {
	d := mustDefault(t)
	const title = "El salar tendrá su primera planta de extracción directa"
	checkSubjects(t, d, title, []subjectCase{
		{"El gobierno firmó un contrato con Uranium One, subsidiaria del gigante Rosatom, para una planta en el salar.", "Rosatom", false},
		{"El gobierno firmó un contrato con Uranium One, subsidiaria de la gigante Rosatom, para una planta en el salar.", "Rosatom", false},
		// a company noun before the unit noun belongs to the unit
		{"El convenio se firmó con Uranium One, compañía subsidiaria del gigante Rosatom, en La Paz.", "Rosatom", false},
		{"La operación del salar estará a cargo de Minera Exar, filial de la china Ganfeng Lithium, desde el próximo año.", "Ganfeng Lithium", false},
		{"L'usine sera exploitée par la Somaïr, filiale du géant Orano, dès l'an prochain.", "Orano", false},
		// the unit itself stays the lead's subject
		{"El gobierno firmó un contrato con Uranium One, subsidiaria del gigante Rosatom, para una planta en el salar.", "Uranium One", true},
		// no unit noun: the described company acts
		{"El gigante Rosatom firmó un contrato con el gobierno para una planta en el salar.", "Rosatom", true},
		{"La china Ganfeng Lithium firmó un contrato con el gobierno para una planta en el salar.", "Ganfeng Lithium", true},
	})
}
