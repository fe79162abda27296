package classify

import "testing"

// TestLatinPolicy44 (session 44, latpolicy-s44): a Latin American report
// whose title states, in the writer's words, a permission the state will
// refuse over a resource instrument ("su Gobierno no permitirá ... aunque
// tengan concesiones") is the report of that policy: "permitirá" is read
// as a change cue beside a policy cue (concesiones, contratos, permisos),
// so the president's sovereignty line quoted in one of its few sentences
// is reported (labelling rule 14). The same line under a title that
// states no policy (his promise to defend the mineral), and a leader's
// refusal told as his speeches, stay flagged. Invented sentences.
func TestLatinPolicy44(t *testing.T) {
	check := ingestFlagCheck(t)
	line := "\"El litio es un mineral estratégico y es de la nación, no es de los extranjeros\", declaró el gobernador en su conferencia de prensa.\n\n"
	check(false, "a concession regime refused in the title, one line quoted", Doc{
		Title: "El gobernador avisa que no permitirá a extranjeros explotar el litio aunque tengan concesiones",
		Body: "El gobernador de la provincia avisó este martes que su administración no permitirá a empresas extranjeras explotar el litio aunque tengan concesiones previas.\n\n" +
			"El gobernador criticó la compra de la minera local por un grupo de capital extranjero para explotar el salar, donde se estima una de las mayores reservas del país.\n\n" +
			line,
	})
	check(true, "the same line under a title of no policy", Doc{
		Title: "El gobernador promete defender el litio de la provincia",
		Body: "El gobernador de la provincia habló este martes sobre el futuro del salar ante los medios.\n\n" +
			"El gobernador criticó la compra de la minera local por un grupo de capital extranjero para explotar el salar, donde se estima una de las mayores reservas del país.\n\n" +
			line,
	})
	check(true, "a refusal told as the leader's speeches", Doc{
		Title: "El gobernador avisa que no permitirá a extranjeros explotar el litio aunque tengan concesiones",
		Body: "\"No vamos a permitir que saqueen nuestro litio, es de la nación\", proclamó el gobernador ante la multitud en la plaza.\n\n" +
			"\"Los extranjeros quieren llevarse nuestras riquezas naturales como hicieron con la plata\", afirmó.\n\n" +
			"\"Defenderemos el salar con el pueblo, no somos una colonia\", añadió entre aplausos.",
	})
}
