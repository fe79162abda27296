package classify

import "testing"

// TestCapped44Stance (session 44): the writer's own stance in the forms of
// a Mexican column and a political magazine's argued report that
// stance36-markers lacked: the colloquial "la neta es que", the
// columnist's "yo diría que", the aside "como se imaginarán", the verdict
// "la ironía es" and "no casualmente". Two such body sentences make the
// item speak in its writer's voice, so the nationalisation and sovereignty
// it argues are its own case (labelling rule 14), not a report held at
// the voiceless cap. A market column in the same voice, with no political
// phrase to read, and a report that quotes the markers as a speaker's
// words stay unflagged. Invented sentences.
func TestCapped44Stance(t *testing.T) {
	checkFlags(t, newClassifier(t, Options{}), capped44Stance)
}

var capped44Stance = []flagCase{
	{"a columnist's own case for a nationalisation decree", "nacionalización", true, Doc{
		Title: "El cobre",
		Body: "Las potencias se van a disputar el cobre de aquí a diez años.\n\n" +
			"La neta es que casi nadie en la calle sabe para qué sirve ese metal.\n\n" +
			"Yo diría que muchos ni siquiera saben que lo tenemos bajo los pies.\n\n" +
			"Como se imaginarán, ya hay quien quiere llevárselo barato.\n\n" +
			"Por eso el gobierno firmó el decreto de nacionalización del cobre y la soberanía sobre el subsuelo.",
	}},
	{"a columnist's market talk in the same voice", "", false, Doc{
		Title: "El cobre",
		Body: "El precio del cobre subió 4% en la semana por la demanda de cables.\n\n" +
			"La neta es que los inventarios de la bolsa de Londres siguen bajos.\n\n" +
			"Yo diría que la mina de Sonora podrá vender su concentrado a mejor precio.\n\n" +
			"Como se imaginarán, las acciones de las mineras ganaron en la bolsa.",
	}},
	{"a magazine's argued report of sovereignty given away", "soberanía", true, Doc{
		Title: "El país entrega su cobalto",
		Body: "El gobierno firmó un convenio que da a Washington acceso preferente al cobalto de 40 minas.\n\n" +
			"Con ese convenio el país perdió su soberanía sobre los recursos naturales sin golpe de Estado.\n\n" +
			"Los yacimientos están, no casualmente, en zonas donde el Estado no llega.\n\n" +
			"La ironía es que el gobierno desconoce sus reservas mientras Washington tiene mapas de cada una.",
	}},
	{"the same report with the markers quoted as an analyst's words", "", false, Doc{
		Title: "El país entrega su cobalto",
		Body: "El gobierno firmó un convenio que da a Washington acceso preferente al cobalto de 40 minas.\n\n" +
			"Con ese convenio el país perdió su soberanía sobre los recursos naturales sin golpe de Estado.\n\n" +
			"\"Los yacimientos están, no casualmente, en zonas donde el Estado no llega\", dijo un analista.\n\n" +
			"\"La ironía es que el gobierno desconoce sus reservas\", afirmó el analista.",
	}},
}

// TestCapped44WithSovereignty (session 44): an act praised as done "con
// soberanía" is the writer's or a speaker's evaluation of a government's
// conduct, rhetoric of the medium voice: a party paper's verbless line of
// praise after a leader's quoted words lifts the item off the voiceless
// cap. Quoted by a company in a report of figures it is set aside as
// reported (c8). Invented sentences.
func TestCapped44WithSovereignty(t *testing.T) {
	checkFlags(t, newClassifier(t, Options{}), capped44WithSovereignty)
}

var capped44WithSovereignty = []flagCase{
	{"a party paper's verbless praise of a nationalisation", "con soberanía", true, Doc{
		Title: "\"El cobre ya es del Estado\": el presidente de Perú",
		Body: "El presidente enfatizó que \"la ley está aprobada y el cobre ya es del Estado\".\n\n" +
			"Un modelo de gobierno con soberanía frente a las mineras extranjeras.\n\n" +
			"\"Ya se tomó la decisión\", repitió el mandatario en la ceremonia.\n\n" +
			"El Congreso aprobó la nacionalización del cobre en sus dos cámaras.",
	}},
	{"a company quoting the phrase in a report of figures", "", false, Doc{
		Title: "La minera estatal invertirá 800 millones de dólares en su planta de litio",
		Body: "La minera estatal invertirá 800 millones de dólares en una planta de carbonato de litio.\n\n" +
			"La planta producirá 25.000 toneladas al año desde 2028.\n\n" +
			"\"Es un paso para industrializar con soberanía el litio\", dijo el gerente de la empresa.\n\n" +
			"El precio del carbonato subió 12% en el trimestre.",
	}},
}

// TestCapped44Movement (session 44): a government release of an official's
// speech names the ruling movement in its short form ("la 4T", as
// "cuarta transformación") and the official tells of carrying out the
// president's instructions in his own first person ("nos ha instruido el
// presidente", "las instrucciones del señor presidente"): the release
// speaks in the movement's voice (labelling rule 14). A ministry's notice
// of a payment made on the president's instruction, with its figures,
// stays business. Invented sentences.
func TestCapped44Movement(t *testing.T) {
	checkFlags(t, newClassifier(t, Options{}), capped44Movement)
}

var capped44Movement = []flagCase{
	{"a release of an official's speech named by the movement", "la 4T", true, Doc{
		Title: "Palabras de la secretaria del Trabajo en el foro \"Los mineros y la 4T\" en Zacatecas",
		Body: "Muchas gracias a todas y a todos por la invitación.\n\n" +
			"Vengo a platicar con ustedes, compañeros mineros, de lo que hemos avanzado.\n\n" +
			"Hoy estuvimos con los trabajadores de la mina para escuchar sus demandas.",
	}},
	{"an official's first person of the president's instructions", "nos ha instruido el presidente", true, Doc{
		Title: "Palabras del subsecretario en su visita a Cananea",
		Body: "Buenas tardes a todos ustedes, amigas y amigos de Cananea.\n\n" +
			"Venimos a seguir cumpliendo las instrucciones del señor presidente, nuestro guía.\n\n" +
			"Nos ha instruido el presidente que atendamos primero a las familias de los mineros.\n\n" +
			"Aquí vamos a estar las veces que haga falta.",
	}},
	{"a ministry's notice of a payment on the president's instruction", "", false, Doc{
		Title: "Hacienda paga 120 millones de pesos a extrabajadores de la mina",
		Body: "La Secretaría de Hacienda pagó 120 millones de pesos a 850 extrabajadores de la mina de cobre.\n\n" +
			"El pago se hizo por instrucciones del señor presidente, informó la dependencia.\n\n" +
			"La mina produjo 40.000 toneladas de cobre en 2022 y reanudará la exportación de concentrado.",
	}},
}

// TestCapped44DefendSovereignty (session 44): an ally's pledge to stand
// with a nation "in the defence of its sovereignty" is a speaker's stance
// in the movement's voice; a state paper's report of a visiting party
// delegation told in such lines is flagged. Quoted once in a report of a
// loan with its figures, the line is set aside as reported (c8).
// Invented sentences.
func TestCapped44DefendSovereignty(t *testing.T) {
	checkFlags(t, newClassifier(t, Options{}), capped44DefendSovereignty)
}

var capped44DefendSovereignty = []flagCase{
	{"a visiting delegation's pledge in a state paper", "defence of its sovereignty", true, Doc{
		Title: "Visiting delegation pledges support to Zambia",
		Body: "The visiting party delegation pledged to support Zambia in the defence of its sovereignty, its leader said yesterday.\n\n" +
			"The delegation met the President at State House in a closed-door meeting.\n\n" +
			"\"We will always stand with Zambia as it defends its independence,\" he said.",
	}},
	{"a loan report quoting the line once", "", false, Doc{
		Title: "Zambia signs 300 million dollar loan for copper smelter",
		Body: "Zambia signed a 300 million dollar loan on Monday to expand a copper smelter to 350,000 tonnes a year.\n\n" +
			"The loan carries an interest rate of 4% and matures in 2036.\n\n" +
			"\"The lender supports us in the defence of our sovereignty,\" the finance minister said.\n\n" +
			"Copper output rose 9% to 760,000 tonnes last year.",
	}},
}

// TestCapped44WhiteMan (session 44): an opposition leader's anti-colonial
// frame, "the white man" who comes for the country's raw materials, is
// rhetoric in her own stance on a mining deal; the same line quoted once in
// a report of the deal's figures is set aside as reported (c8).
// Invented sentences.
func TestCapped44WhiteMan(t *testing.T) {
	checkFlags(t, newClassifier(t, Options{}), capped44WhiteMan)
}

var capped44WhiteMan = []flagCase{
	{"a party leader's frame of a manganese lease", "the white man", true, Doc{
		Title: "Opposition chief tells government to review manganese lease",
		Body: "The leader of the opposition party has told the government to review the manganese lease signed last month.\n\n" +
			"She said the country had been independent long enough to make its own decisions.\n\n" +
			"\"The white man is here only because of our raw materials, and we must sit at the table knowing it,\" she said.\n\n" +
			"She asked the government to count the ore underground before leasing it out.",
	}},
	{"the line quoted once in a report of the lease's figures", "", false, Doc{
		Title: "Manganese miner signs 25-year lease at 250 million dollars",
		Body: "The miner signed a 25-year lease on Tuesday and will invest 250 million dollars in a mine producing 1.2 million tonnes a year.\n\n" +
			"The state takes a 10% royalty and a 15% free-carried interest.\n\n" +
			"\"The white man is here only because of our raw materials,\" an opposition leader said.\n\n" +
			"First ore is due in 2027 and offtake goes to a steelmaker.",
	}},
}

// TestCapped44ForeignHand (session 44): a ruling party's spokesman writing
// that a mining house uses the opposition as a "Trojan horse", "in cahoots
// with the Americans and the British", speaks in the movement's voice of a
// foreign hand; an item told in his lines is flagged. A miner's results
// that quote the same words once beside their figures stay business (c8).
// Invented sentences.
func TestCapped44ForeignHand(t *testing.T) {
	checkFlags(t, newClassifier(t, Options{}), capped44ForeignHand)
}

var capped44ForeignHand = []flagCase{
	{"a spokesman's column on a mining house and the opposition", "Trojan horse", true, Doc{
		Title: "It is about our platinum, not the opposition - spokesman",
		Body: "A mining house wants the country's platinum and is using the opposition leader as a Trojan horse, the President's spokesman wrote today.\n\n" +
			"\"They are in cahoots with the Americans and the British ahead of the vote,\" he wrote in his weekly column.\n\n" +
			"The spokesman wrote after a poll put the opposition ahead.",
	}},
	{"a miner's results quoting the words once", "", false, Doc{
		Title: "Platinum miner lifts output 8% and raises dividend",
		Body: "The platinum miner lifted output 8% to 1.1 million ounces and raised its dividend to 45 cents a share.\n\n" +
			"Revenue rose to 2.4 billion dollars on higher basket prices.\n\n" +
			"A government spokesman this week called the company a \"Trojan horse\" of the opposition.\n\n" +
			"The company said it would spend 300 million dollars on a new shaft in 2026.",
	}},
}
