package classify

import "testing"

// TestAndeanVoice36 (session 36, esandes-s36): the Andean and Southern Cone
// voice on lithium and copper that the Spanish lexicon, built on Mexican and
// Bolivian text, did not read: the colonial frame put on a salar ("economía de
// enclave", "zona de sacrificio", "coloniaje"), the wealth handed away
// ("extranjerización", "privatización encubierta", "las migajas", "lo que nos
// pertenece") and submission to the empire ("derechas serviles",
// "arrodillado"). Each is flagged. Invented sentences.
func TestAndeanVoice36(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsAre(t, c, true, []namedDoc{
		{"a column in the colonial frame", Doc{
			Title: "El salar que nos quieren quitar",
			Body: "Otra vez el norte será zona de sacrificio para que otros se carguen las baterías.\n\n" +
				"Lo que se ofrece como desarrollo es una economía de enclave con estatuto de coloniaje: sale la salmuera, entra la represión.\n\n" +
				"A las comunidades les quedarán las migajas, como siempre.",
		}},
		{"a movement against the handover", Doc{
			Title: "Asamblea de la puna rechaza la extranjerización del litio",
			Body: "La asamblea acusó al gobierno provincial de una privatización encubierta que entrega el salar a capitales de afuera.\n\n" +
				"Sostuvo que las derechas serviles a Washington solo buscan adueñarse de los recursos de la provincia.\n\n" +
				"Llamó a marchar el sábado para recuperar lo que nos pertenece.",
		}},
		{"a blog against a kneeling president", Doc{
			Title: "Un presidente arrodillado ante el norte",
			Body: "El mandatario volvió de Washington con otro acuerdo de minerales bajo el brazo y la misma genuflexión de siempre.\n\n" +
				"El vasallaje tiene nombre: relaciones carnales, alineamiento automático y el cobre servido en bandeja.\n\n" +
				"El litio es nuestro y no de sus amos.",
		}},
	})
}

// TestAndeanVoiceLookalikes36 (session 36, esandes-s36): reports a trader acts
// on stay business with one of those lines quoted (rules 14 and 13): a royalty
// bill voted with its rates and a senator's "el cobre es chileno", a lithium
// contract signed with its tonnage and a minister's "lo que es nuestro", a
// smelter's closure with its output and a mayor's "zona de sacrificio".
// Invented sentences.
func TestAndeanVoiceLookalikes36(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsAre(t, c, false, []namedDoc{
		{"a royalty bill with its terms", Doc{
			Title: "Senado aprueba royalty de 1% a las ventas de cobre y litio",
			Body: "El Senado aprobó por 30 votos contra 12 el proyecto que fija un royalty ad valorem de 1% sobre las ventas de las mineras que producen más de 50.000 toneladas de cobre fino al año.\n\n" +
				"El texto suma un componente sobre el margen operacional de entre 8% y 26%, y el fisco espera recaudar 1.300 millones de dólares al año.\n\n" +
				"\"El cobre es chileno y tiene que dejar más en las regiones\", dijo el senador que presidió la comisión.",
		}},
		{"a lithium contract with a minister", Doc{
			Title: "Estatal firma contrato especial de operación de litio en el salar del sur",
			Body: "La empresa estatal firmó el contrato especial de operación que le permite producir hasta 60.000 toneladas anuales de carbonato de litio hasta 2060, con una inversión estimada de 3.000 millones de dólares.\n\n" +
				"El socio privado será elegido en una licitación que cierra en marzo.\n\n" +
				"\"Estamos recuperando lo que es nuestro con reglas claras para la inversión\", señaló la ministra en la ceremonia.",
		}},
		{"a smelter closure with a mayor", Doc{
			Title: "Estatal cierra su fundición de cobre en la bahía tras 60 años",
			Body: "La fundición, que procesaba 370.000 toneladas de concentrado de cobre al año, dejará de operar en mayo, y sus 350 trabajadores serán reubicados en otras divisiones.\n\n" +
				"La empresa invertirá 50 millones de dólares en el cierre y la remediación del terreno.\n\n" +
				"\"Fuimos zona de sacrificio durante medio siglo\", dijo el alcalde de la comuna.",
		}},
	})
}
