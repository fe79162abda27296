package classify

import "testing"

// Session 35 (sov2-s35): the classes of sovereignty voice the sovereignty35
// groups left unread on unseen African and Latin American press: the stance
// in the first person plural ("we will no longer accept", "plus jamais",
// "no vamos a permitir", "nunca mais"), dignity and humiliation, the
// children's future as the stake, plunder told in the first person, the
// former colonisers named as a class, a real independence still to win,
// calls to rise, and a leader praised for his stand on the mines. Every
// case is invented.

// TestSovereigntyVoice35b: items whose substance is the voice (a column, a
// speech told as its words, a chronicle praising a leader) are flagged in
// each language; each names the phrase of the new group it rests on, and
// none holds a phrase an earlier group already reads as rhetoric, so each
// fails without the group (the c9 cap holds it under the threshold).
func TestSovereigntyVoice35b(t *testing.T) {
	c := newClassifier(t, Options{})
	cases := []voiceCase{
		{"en column, plunder in the first person", "took away our", Doc{
			Title: "A continent that slept through every boom",
			Body: "When the railways came, the traders took away our timber and called it commerce.\n\n" +
				"When the oil came, we slept again while others set the price.\n\n" +
				"We will no longer accept a world in which the mine is ours and the factory is theirs.\n\n" +
				"This time the battery boom must be different.",
		}},
		{"fr chronicle, the stance and the children", "plus jamais", Doc{
			Title: "Chronique : le cobalt de nos enfants",
			Body: "Le chef de l'État l'a dit devant les chefs coutumiers de Kolwezi : plus jamais le cobalt ne partira sans laisser d'écoles.\n\n" +
				"Ce sont nos enfants qui paieront les contrats signés hier dans des bureaux lointains.\n\n" +
				"Trop c'est trop, a répété le Président sous les applaudissements.",
		}},
		{"es speech, the stance in the first person plural", "no vamos a permitir", Doc{
			Title: "El presidente habló en la plaza de Uyuni",
			Body: "\"No vamos a permitir que vuelvan a llevarse el litio como se llevaron la plata\", dijo el presidente ante la multitud.\n\n" +
				"\"Nunca más seremos el patio trasero de nadie; esto es por nuestros hijos\", añadió.\n\n" +
				"La multitud respondió con cantos durante varios minutos.",
		}},
		{"pt column, the stance and the children", "nunca mais", Doc{
			Title: "Coluna: o grafite de Cabo Delgado",
			Body: "O país não pode continuar a vender o grafite de Cabo Delgado como se fosse areia.\n\n" +
				"Nunca mais aceitaremos contratos assinados longe daqui, sem consulta às comunidades.\n\n" +
				"Trata-se do futuro dos nossos filhos.",
		}},
		{"en praise of a leader's stand on the mines", "worthy son of Africa", Doc{
			Title: "Bishop hails President over mining stand",
			Body: "The bishop described the President as a worthy son of Africa for ordering the review of the tantalum contracts.\n\n" +
				"He urged the President to keep his courage in the face of pressure from abroad.\n\n" +
				"Hundreds of worshippers attended the service at the cathedral.",
		}},
	}
	flaggedOn(t, c, cases)
}

// TestSovereigntyLookalikes35b: business items of the same outlets that hold
// one of the new phrases stay unflagged: a plant's commissioning with the
// president's "never again" in one quoted line among its figures (rule 13), a
// contract review reported as policy with a minister's quoted stance (rule 14),
// a company's own "our children" in a community programme.
func TestSovereigntyLookalikes35b(t *testing.T) {
	c := newClassifier(t, Options{})
	plant := Doc{
		Title: "President commissions 120 000-tonne graphite plant in Niassa",
		Body: "The plant will process 120 000 tonnes of graphite concentrate a year and employ 900 workers, the operator said.\n\n" +
			"The US$210 million facility was financed by a syndicate of three banks and ships through the port of Nacala.\n\n" +
			"\"Never again will we ship only raw ore,\" the President said at the ceremony.\n\n" +
			"First shipments of purified graphite are due in the third quarter.",
	}
	flagIs(t, c, plant, false, "a commissioning with one quoted never-again line")
	review := Doc{
		Title: "Gobierno revisará ocho concesiones de litio",
		Body: "La Secretaría de Economía revisará las ocho concesiones de litio otorgadas entre 2014 y 2018, informó el subsecretario.\n\n" +
			"Las concesiones suman 97 000 hectáreas en Sonora y Chihuahua y ninguna ha entrado en producción.\n\n" +
			"\"No vamos a permitir concesiones ociosas\", dijo el funcionario.\n\n" +
			"Las empresas tendrán 60 días para presentar sus programas de inversión.",
	}
	flagIs(t, c, review, false, "a concession review reported as policy with one quoted stance")
	community := Doc{
		Title: "Mineradora inaugura escola técnica em Minas Gerais",
		Body: "A mineradora inaugurou uma escola técnica com 400 vagas em Itinga, com investimento de R$ 18 milhões.\n\n" +
			"\"Queremos que os nossos filhos trabalhem aqui\", disse a diretora da escola.\n\n" +
			"A empresa produziu 60 000 toneladas de concentrado de lítio no trimestre.",
	}
	flagIs(t, c, community, false, "a company's school with one quoted line on the children")
}
