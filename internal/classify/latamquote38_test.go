package classify

import "testing"

// TestBusinessActFrame38 (session 38, latamquote-s38): labelling rule 14 for
// a business act. A report whose title or lead states, in the writer's
// words, a company created, a venture or agreement signed or a plant
// planned ("crean empresa mixta", "firmaron el convenio", "la creación de
// una planta") is the act's report: a minister's or president's
// sovereignty line quoted in a few of its sentences is reported, not the
// item's voice. The same lines with no act in the title or lead (a
// minister's defence of the salt flats told in his words) stay flagged.
// Invented sentences.
func TestBusinessActFrame38(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsWanted(t, c, []wantDoc{
		{"joint venture created, the minister's line quoted", Doc{
			Title: "Crean empresa mixta para industrializar el salar de Arenal",
			Body: "La estatal Salinas del Norte y el consorcio Orlan Baterías firmaron el martes el documento de la nueva sociedad, que construirá dos plantas de carbonato en el salar de Arenal.\n\n" +
				"\"Este es un paso más para industrializar nuestros recursos naturales\", dijo el ministro de Energía tras la firma.\n\n" +
				"La estatal conservará la mayoría de las acciones de la sociedad y el consorcio aportará la tecnología de extracción.\n\n" +
				"\"Ninguna empresa extranjera puede explotar nuestros recursos naturales sin el Estado\", indicó el ministro.\n\n" +
				"Las obras comenzarán el próximo año y la producción se venderá a fabricantes de baterías.\n\n" +
				"El consorcio fue elegido entre siete empresas que se presentaron a la convocatoria del año pasado.",
		}, false},
		{"a plant announced, the president's line quoted", Doc{
			Title: "El gobierno perfila la creación de una planta para exportar litio",
			Body: "El presidente quiere mostrar que el interés de su gobierno por el litio va en serio.\n\n" +
				"El mandatario anunció la creación de una empresa pública para explotar el mineral en la sierra del norte.\n\n" +
				"Después advirtió que ninguna corporación privada podrá sacar el mineral del subsuelo porque es \"del pueblo y de la nación\".\n\n" +
				"El mayor yacimiento del país está hoy en manos de una empresa extranjera.\n\n" +
				"La empresa pública tendrá su sede en la capital del estado y contratará técnicos del servicio geológico.\n\n" +
				"Los estudios de la planta se harán durante el primer año.",
		}, false},
		{"the same lines with no act", Doc{
			Title: "El ministro defiende el salar de Arenal frente a las transnacionales",
			Body: "El ministro de Energía habló ante los dirigentes de las organizaciones sociales de la región del salar.\n\n" +
				"\"Ninguna empresa extranjera puede explotar nuestros recursos naturales sin el Estado\", indicó el ministro.\n\n" +
				"\"El litio es del pueblo y de la nación, y no lo vamos a regalar a las transnacionales\", dijo.\n\n" +
				"Los dirigentes respondieron con consignas de apoyo al gobierno.",
		}, true},
	})
}
