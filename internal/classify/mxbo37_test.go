package classify

import "testing"

// TestPresidentsVoice37 (session 37, mxbo-s37): a president's or a party's
// speech relayed as the item's substance in Mexico and Bolivia, in classes the
// Spanish lexicon did not read: the adversary named as a class ("neoliberales
// corruptos", "cabilderos", "cochino dinero", "gobierno de facto"), a leader
// praised by a fellow leader ("no oculta su admiración", "gobiernos
// progresistas"), the coup told as the lithium's ("sino por el litio", "para
// controlar el litio") and the refusal to hand it over ("no vamos a entregar",
// "jamás vendimos la patria"). Each is flagged; each scored under the
// threshold before these groups. Invented sentences.
func TestPresidentsVoice37(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsAre(t, c, true, []namedDoc{
		{"a press conference against the neoliberals", Doc{
			Title: "El presidente arremete contra el organismo que autorizó la venta de una mina",
			Body: "El presidente criticó en su conferencia que el organismo regulador haya autorizado la venta de una mina de arcilla en el norte.\n\n" +
				"\"Esos organismos los crearon los neoliberales corruptos para servir a los cabilderos\", dijo.\n\n" +
				"Añadió que el gobierno no se moverá por su cochino dinero.",
		}},
		{"a former president's praise of a fellow president", Doc{
			Title: "El expresidente elogia al mandatario vecino",
			Body: "El expresidente no oculta su admiración por el mandatario vecino, a quien considera a la cabeza de la lucha de la región.\n\n" +
				"Celebró que los gobiernos progresistas avancen en el continente y habló del salar que su gobierno industrializó.\n\n" +
				"Dijo que la región debe dejar de depender de Estados Unidos.",
		}},
		{"a candidate's claim on the coup", Doc{
			Title: "El golpe fue para controlar el litio, acusa el candidato",
			Body: "El candidato del partido de gobierno acusó que el golpe de 2019 fue organizado por firmas de afuera interesadas en privatizar el litio.\n\n" +
				"El golpe no fue contra los indígenas sino por el litio, advirtió en un acto en el altiplano.\n\n" +
				"Acusó al gobierno de facto de haber frenado la planta.",
		}},
		{"a message to the nation", Doc{
			Title: "Mensaje del presidente en el bicentenario",
			Body: "El presidente afirmó en su mensaje que su gobierno jamás vendió la riqueza del país: \"No vamos a entregar el salar a nadie\".\n\n" +
				"Recordó que nadie nos va a robar el salar y que el país no tiene dueños ni patrones.\n\n" +
				"Llamó a la unidad frente a quienes desde afuera buscan quedarse con el salar.",
		}},
	})
}

// TestPresidentsVoiceLookalikes37 (session 37, mxbo-s37): reports a trader
// acts on stay business: a vote on the mining law that names the parties that
// abstained (the Partido Revolucionario Institucional and the Partido de la
// Revolución Democrática are names: "revolucionario" and "la revolución" in
// them said nothing; the vote's report scored 0.522 on a real page before the
// name blocker), and a lithium contract's terms with a minister's one line
// against those who would "traicionar" the country. Invented sentences.
func TestPresidentsVoiceLookalikes37(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsAre(t, c, false, []namedDoc{
		{"a vote on the mining law naming the parties", Doc{
			Title: "Diputados aprueban reforma a la Ley Minera sobre el litio",
			Body: "El bloque oficialista aprobó la reforma a la Ley Minera con 298 votos a favor y 197 abstenciones, que reserva al Estado la exploración del litio.\n\n" +
				"Los diputados del Partido Revolucionario Institucional y del Partido de la Revolución Democrática se abstuvieron y salieron del pleno.\n\n" +
				"La reforma pasa al Senado, que la votará el martes.",
		}},
		{"a lithium contract with a minister's line", Doc{
			Title: "Estatal firma contrato para una planta de carbonato de litio de 25.000 toneladas",
			Body: "La estatal firmó con un consorcio el contrato para construir una planta de 25.000 toneladas anuales de carbonato de litio con una inversión de 1.000 millones de dólares.\n\n" +
				"La planta usará extracción directa de litio y empezará a producir en 30 meses desde la aprobación del contrato.\n\n" +
				"\"Los que bloquean el contrato quieren traicionar al país\", dijo el ministro en el acto de firma.",
		}},
	})
}
