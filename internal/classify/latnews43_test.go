package classify

import "testing"

// TestLatinNews43 (session 43, latnews-s43): a Latin American business
// report whose news, in the writer's words in its title or lead, is of a
// kind the change and dispute cues did not read: a contract's approval
// told as a noun ("la aprobación del contrato", the Spanish of the English
// "approval"), or an agreement or a joint venture between named companies
// ("el acuerdo entre Codelco y SQM", "la empresa mixta de ..."). With the
// news read, the leader's or movement's sovereignty line quoted in a few
// of its lines is reported (labelling rule 14), and a subheading that
// opens on "Respondió" is the speaker's answer, not the writer's cry. A
// march told as its speeches, a demand for a law's approval in its lead,
// and the same leader's lines with no agreement named stay flagged.
// Invented sentences; companies named as internal/ingest names them.
func TestLatinNews43(t *testing.T) {
	check := ingestFlagCheck(t)
	check(false, "a march against a contract's approval, one line quoted", Doc{
		Title: "Comuneros marchan contra la aprobación del contrato de litio",
		Body: "Los comuneros del salar marcharon este martes en rechazo a la aprobación del contrato de explotación del litio en la comisión de minería de la Cámara.\n\n" +
			"La columna recorrió las calles del centro y terminó frente a la gobernación con banderas de la región.\n\n" +
			"\"No vamos a permitir que se lleven nuestros recursos naturales, el litio es del pueblo\", advirtió el dirigente de los comuneros.\n\n" +
			"El contrato prevé una planta de carbonato junto al salar y el pago de regalías a la región durante treinta años.\n\n" +
			"El pleno de la Cámara debe tratar el contrato la próxima semana, según el calendario legislativo.",
	})
	agreement := "\"Con este paso el litio vuelve a ser de los chilenos y no de unos pocos\", dijo la ministra en cadena nacional.\n\n" +
		"\"Nuestros recursos naturales no se venden, se administran para el pueblo\", añadió.\n\n" +
		"Respondió a quienes querían privatizar el litio\n\n" +
		"La ministra también cuestionó a quienes defendían entregar todo el salar a los privados."
	check(false, "an agreement between named companies, the minister's lines quoted", Doc{
		Title: "\"El litio es de los chilenos\": ministra celebra el acuerdo entre Codelco y SQM",
		Body: "La ministra de Minería calificó como un hito el acuerdo entre Codelco y SQM para explotar juntas el salar durante las próximas décadas.\n\n" +
			agreement,
	})
	check(true, "the same lines with no agreement named", Doc{
		Title: "\"El litio es de los chilenos\": ministra responde a sus críticos",
		Body: "La ministra de Minería defendió este jueves la política del gobierno sobre el salar ante las críticas de la oposición.\n\n" +
			agreement,
	})
	check(false, "a joint venture of a named company reviewed, its critics' word quoted", Doc{
		Title: "La empresa mixta entre Ganfeng Lithium y la estatal, bajo la lupa",
		Body: "Un economista revisa los términos de la empresa mixta entre Ganfeng Lithium y la estatal del litio para producir hidróxido en el salar.\n\n" +
			"El estudio compara los aportes de cada socia, el reparto de utilidades y el calendario de inversión de la planta.\n\n" +
			"Según sus críticos, el contrato es \"entreguista\" y atenta contra los intereses nacionales.\n\n" +
			"El autor concluye que la estatal no podrá decidir sobre la venta del hidróxido sin el voto de su socia.",
	})
	check(true, "a march for a law's approval told as its speeches", Doc{
		Title: "Miles marchan en Potosí y exigen la aprobación de la ley que nacionaliza el litio",
		Body: "Miles de personas marcharon este sábado en Potosí para exigir la aprobación de la ley que nacionaliza el litio.\n\n" +
			"\"El litio es del pueblo y no de las transnacionales, fuera los saqueadores\", gritó el dirigente ante la multitud.\n\n" +
			"\"Defenderemos nuestros recursos naturales con la vida, no somos una colonia\", proclamó una dirigente campesina.\n\n" +
			"\"Patria o muerte, el salar no se vende\", corearon los marchistas al llegar a la plaza.\n\n" +
			"La marcha terminó con un acto en la plaza principal.",
	})
}
