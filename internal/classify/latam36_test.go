package classify

import "testing"

// TestSpanishOccasion (session 36, latam-s36): labelling rules 13 and 14 in
// Spanish. A president inaugurates a lithium plant and says "nuestro litio"
// and "saqueo" in his speech, in an item made of the plant's capacity and
// investment: business. The same speech without the plant (a rally against
// the plunder of "nuestro litio") stays flagged. Invented sentences.
func TestSpanishOccasion(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, tc := range []struct {
		name string
		doc  Doc
		want bool
	}{
		{"plant inaugurated with a sovereignty line", Doc{
			Title: "El presidente inaugura la planta de carbonato de litio de Salinas Altas",
			Body: "El presidente Ramón Quispe inauguró este lunes la planta de carbonato de litio de Salinas Altas, construida con una inversión de 120 millones de dólares y una capacidad de 10.000 toneladas al año.\n\n" +
				"“Hoy empieza la industrialización de nuestro litio, que nunca más será objeto de saqueo”, dijo el mandatario en el acto.\n\n" +
				"“No querían que concluyamos esta obra, pero el pueblo defendió sus recursos contra todos”, agregó.\n\n" +
				"El gerente de la empresa estatal explicó que la planta operará primero a media capacidad y que la producción se destinará a fabricantes de baterías de Asia.\n\n" +
				"La estatal prevé ampliar la planta con una línea de hidróxido de litio.",
		}, false},
		{"rally against the plunder", Doc{
			Title: "El presidente llama a defender nuestro litio frente al saqueo",
			Body: "Ante miles de simpatizantes en la plaza principal, el presidente Ramón Quispe llamó a defender nuestro litio.\n\n" +
				"“Nunca más permitiremos el saqueo de nuestros recursos naturales por las transnacionales”, proclamó.\n\n" +
				"“Los vendepatrias quieren entregar nuestro litio al imperio, pero el pueblo no se arrodilla”, dijo.\n\n" +
				"La multitud respondió con consignas contra la injerencia extranjera.",
		}, true},
	} {
		if got := c.Classify(tc.doc).Flagged; got != tc.want {
			r := c.Classify(tc.doc)
			t.Errorf("%s: flagged = %v, want %v (score %.3f, %v)", tc.name, got, tc.want, r.Score, r.Reasons)
		}
	}
}

// TestOccasionInItsLanguage (session 36, latam-s36): a Spanish occasion
// word counts only in an item written in Spanish, as a Spanish speech cue
// does. An English ministry statement under a Spanish headline ("inaugura")
// whose body argues sovereignty in the minister's words is not read as a
// plant report; the same words in a Spanish item are. Invented sentences.
func TestOccasionInItsLanguage(t *testing.T) {
	c := newClassifier(t, Options{})
	en := Doc{
		Title: "Empresa estatal inaugura planta de litio — Ministry statement (English)",
		Body: "The state company opened the second line of its lithium plant, which the Government called a victory of the people over those who wanted to plunder our resources.\n\n" +
			"The minister said the salt flats are the patrimony of all citizens and will never be handed to foreign interests.\n\n" +
			"The plant can produce up to 2,000 tonnes a year.\n\n" +
			"\"We do not accept neocolonial conditions from anyone,\" the minister said.",
	}
	if !c.Classify(en).Flagged {
		t.Errorf("English statement under a Spanish headline: not flagged (%v)", c.Classify(en).Reasons)
	}
}

// TestCoupForLithium (session 36, latam-s36): the claim that a coup was
// made for a country's lithium, and the empire's designs on a "patio
// trasero", are the anti-imperialist voice; a business report naming the
// 2019 crisis as a date is not. Invented sentences.
func TestCoupForLithium(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, tc := range []struct {
		name string
		doc  Doc
		want bool
	}{
		{"coup for lithium", Doc{
			Title: "El expresidente insiste en que el golpe fue por el litio",
			Body: "El expresidente Ramón Quispe afirmó que fue derrocado por un golpe al litio organizado desde el norte.\n\n" +
				"“Nos sacaron porque quisimos industrializar el litio como Estado, y eso no nos lo perdonan”, dijo en una entrevista.\n\n" +
				"Quispe sostuvo que la región no es patio trasero de nadie.",
		}, true},
		{"a date, not a claim", Doc{
			Title: "La planta de litio retoma obras paralizadas desde la crisis de 2019",
			Body: "La empresa estatal reanudó la construcción de la planta de hidróxido de litio, paralizada desde la crisis política de 2019.\n\n" +
				"La obra tiene un avance del 60% y demandará una inversión adicional de 45 millones de dólares.\n\n" +
				"La planta producirá 5.000 toneladas al año a partir de 2027, según el cronograma de la empresa.",
		}, false},
	} {
		if got := c.Classify(tc.doc).Flagged; got != tc.want {
			r := c.Classify(tc.doc)
			t.Errorf("%s: flagged = %v, want %v (score %.3f, %v)", tc.name, got, tc.want, r.Score, r.Reasons)
		}
	}
}
