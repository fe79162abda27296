package classify

import (
	"strings"
	"testing"
)

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

// TestInstrumentStep44 (session 44, latpolicy-s44): a report whose lead
// tells, in a speaker's reported words, an instrument's legal step
// ("advirtió que los contratos firmados ... no serán aprobados en el
// Senado": a policy cue and a participle of step_cues, outside quotation
// marks) has the contracts' fate as its news (leadNews), as a named
// company's dispute does, so the speaker's sovereignty line quoted in one
// of its few sentences is reported (labelling rule 14). The same line
// after a lead that names no step, and a lead naming a firm ("una firma
// alemana": the noun, not a step) before his speeches, stay flagged.
// Invented sentences.
func TestInstrumentStep44(t *testing.T) {
	check := ingestFlagCheck(t)
	rest := "La comisión de economía del Senado debe revisar los dos contratos antes de fin de mes.\n\n" +
		"\"Quieren regalar nuestro litio a los extranjeros, es una traición a la patria\", agregó el senador.\n\n" +
		"El ministerio de energía no respondió a las consultas sobre el calendario de la revisión.\n\n" +
		"Los contratos prevén dos plantas de carbonato en el salar durante los próximos años."
	check(false, "contracts' approval in the senator's reported lead", Doc{
		Title: "Senador anticipa un freno a los contratos del litio",
		Body: "El senador de la región advirtió este viernes que los contratos firmados por el Gobierno con empresas extranjeras no serán aprobados en el Senado.\n\n" +
			rest,
	})
	check(true, "the same line after a lead of no step", Doc{
		Title: "Senador anticipa un freno a los contratos del litio",
		Body: "El senador de la región advirtió este viernes que el Gobierno se equivoca con el litio y que la región no será escuchada.\n\n" +
			rest,
	})
	check(true, "a firm named in the lead, the speaker's lines most of the body", Doc{
		Title: "El senador culpa a los extranjeros por el fracaso del litio",
		Body: "Afirmó que antes de la crisis se había avanzado en una alianza con una firma alemana para explotar el recurso.\n\n" +
			"\"Quieren regalar nuestro litio a los extranjeros, es una traición a la patria\", agregó el senador.\n\n" +
			"\"El litio es del pueblo y no se vende, no somos una colonia\", insistió ante sus seguidores.",
	})
}

// TestStepCuesData checks the step cues of the shipped files: the Spanish
// file lists some, each is one lower-case word, none is also a policy cue
// (a step needs its instrument beside it) and, in Spanish, each is a past
// participle (-ado, -ido, -ito and their feminine and plural forms): the
// noun and present forms ("firma", "aprueba") stay out.
func TestStepCuesData(t *testing.T) {
	srcs, err := builtinSources()
	if err != nil {
		t.Fatal(err)
	}
	participle := []string{"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "ito", "ita", "itos", "itas"}
	for _, src := range srcs {
		f, err := decodeSource(src)
		if err != nil {
			t.Fatal(err)
		}
		if f.Lang == "es" && len(f.StepCues) == 0 {
			t.Errorf("%s lists no step_cues", src.name)
		}
		for _, c := range f.StepCues {
			if strings.ContainsAny(c, " \t") || c != strings.ToLower(c) {
				t.Errorf("%s: step cue %q is not one lower-case word", src.name, c)
			}
			for _, p := range f.PolicyCues {
				if p == c {
					t.Errorf("%s: step cue %q is a policy cue too", src.name, c)
				}
			}
			if f.Lang == "es" && !slicesContainsSuffix(c, participle) {
				t.Errorf("%s: step cue %q is not a participle", src.name, c)
			}
		}
	}
}

func slicesContainsSuffix(w string, sufs []string) bool {
	for _, s := range sufs {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}
