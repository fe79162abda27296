package classify

import "testing"

// TestForeignDesigns38 (session 38, mxbo2-s38): a president's press
// conference or ceremony speech relayed as the item's substance, whose voice
// is the foreign designs on the country: outside interests behind the coups
// ("intereses externos", "intromisión externa", "detrás de los golpes"), the
// designs to split it ("balcanizarnos", "afanes divisionistas"), the
// imperial powers and their regional partners ("potencias imperialistas",
// "subimperiales"). Each is flagged; the press conference scored 0.450 (the
// voiceless cap) before the mxbo2-38-designs group, the speech was flagged
// before by its other lines and must stay so. Invented sentences.
func TestForeignDesigns38(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsAre(t, c, true, []namedDoc{
		{"a relayed press conference on the coups", Doc{
			Title: "El presidente habla del intento de golpe en una entrevista",
			Body: "El presidente dijo en una entrevista que en cada golpe de Estado de la región hubo intereses externos además de los internos.\n\n" +
				"Comentó que la intromisión externa es una constante en la historia del país y que el golpe de 2019 tuvo que ver con el salar.\n\n" +
				"\"Siempre hubo manos de afuera detrás de los golpes\", aseveró, y pidió a la población defender la democracia.",
		}},
		{"a speech at a military anniversary", Doc{
			Title: "El mandatario pide unidad a las Fuerzas Armadas en su aniversario",
			Body: "En el desfile por el aniversario de la Fuerza Aérea, el mandatario advirtió que hay quienes buscan balcanizarnos para quedarse con el salar.\n\n" +
				"Sostuvo que los afanes divisionistas responden a potencias imperialistas y a sus socios subimperiales en la región.\n\n" +
				"Pidió a los cadetes estar junto al pueblo en la defensa del país.",
		}},
	})
}

// TestHaveASay38 (session 38, mxbo2-s38): "tener injerencia en" is to have a
// say in a body or a decision, an administrative sense; the report of a state
// lithium company's statutes in which the regional governments will have no
// say is business. It scored 0.615 on a real page before the blocker, on
// "injerencia" alone. Invented sentences.
func TestHaveASay38(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsAre(t, c, false, []namedDoc{
		{"a state company's statutes", Doc{
			Title: "El organismo estatal del litio dependerá de la secretaría federal",
			Body: "El decreto que crea el organismo estatal del litio establece que será coordinado por la Secretaría de Energía, con patrimonio propio y autonomía de gestión.\n\n" +
				"No se contempla que los gobiernos estatales tengan injerencia en el organismo, aunque el gobernador había anunciado una participación.\n\n" +
				"Hacienda estima el valor de las reservas en varios billones de pesos a mediano plazo.",
		}},
	})
}
