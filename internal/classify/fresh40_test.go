package classify

import "testing"

// TestProclaimedInThePassive40 (session 40, fresh40-s40): a party
// proclaiming its candidate, told in the passive in the writer's words ("fue
// proclamado candidato"), with the candidate's speech after it, is a
// campaign event told as its speeches (rallySpeech), as the active
// "proclamaron a" already was. Invented sentences.
func TestProclaimedInThePassive40(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsAre(t, c, true, []namedDoc{
		{"passive proclamation", Doc{
			Title: "Marta Quispe, proclamada candidata del Frente Andino en Oruro",
			Body: "En un acto en la plaza principal de Oruro, la ministra Marta Quispe fue proclamada candidata del Frente Andino para las elecciones de octubre.\n\n" +
				"Quispe prometió que, con unidad, el frente volverá a ganar y terminará la planta de carbonato de Coipasa.\n\n" +
				"En su discurso, la candidata aseguró que la planta producirá 5.000 toneladas al año con una inversión de 400 millones de dólares.\n\n" +
				"También advirtió que sus rivales quieren entregar el salar a empresas extranjeras.\n\n" +
				"Cerró con un mensaje: «Con las organizaciones vamos a ganar otra vez».",
		}},
	})
}

// TestRelayOfCentralTasks40 (session 40, fresh40-s40): a state group's
// meeting that conveys the General Secretary's speech and the central
// government's tasks to its staff, in the English of a Chinese release, is
// a directive relay, not a business report. Invented sentences.
func TestRelayOfCentralTasks40(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsAre(t, c, true, []namedDoc{
		{"relay of the centre's tasks", Doc{
			Title: "Northern Metals Group conveys the tasks set by the central government",
			Body: "On Monday afternoon, Northern Metals Group held a meeting of its managers to communicate the tasks and requirements of the central government.\n\n" +
				"Li Wei, the group's Party Secretary and chairman, chaired the meeting, and a member of the Party Committee conveyed the speech of the General Secretary.\n\n" +
				"All staff of the headquarters and its subsidiaries are required to study the speech and implement the tasks set by the central government in their work.",
		}},
	})
}

// TestLeaderOpensPlantThenRally40 (session 40, fresh40-s40): a President's
// official reopening of a mine, reported in the lead with the investor's
// money, is that occasion's report (labelling rules 13 and 14), though he
// addressed a rally after it and his lines fill most of the body; the same
// rally told first, with no occasion in the lead, is still a rally told as
// its speeches. Invented sentences.
func TestLeaderOpensPlantThenRally40(t *testing.T) {
	c := newClassifier(t, Options{})
	const speeches = "He said his government would partner investors to reopen every idle mine in the province.\n\n" +
		"\"My government welcomes investment in gold, chrome and lithium, and this mine will give your children jobs,\" he said.\n\n" +
		"Addressing a rally after the event, the President told villagers the mine would also bring roads and a clinic.\n\n" +
		"\"Your chairman organised this rally without telling me, but I am happy to see you all,\" he said."
	flagsAre(t, c, false, []namedDoc{
		{"reopening then rally", Doc{
			Title: "President reopens Mutare gold mine",
			Body: "President Tinashe Moyo yesterday officially reopened the Mutare gold mine, disclosing that an investor had poured in US$45 million to recapitalise it.\n\n" +
				"The mine, which employed 300 workers at its peak, had been idle for 12 years.\n\n" + speeches,
		}},
	})
	flagsAre(t, c, true, []namedDoc{
		{"rally told first", Doc{
			Title: "President addresses Mutare rally",
			Body: "President Tinashe Moyo yesterday addressed a rally of the ruling party's supporters at Mutare, where thousands waited for hours.\n\n" +
				"The crowd sang liberation songs as the President arrived with the party's provincial chairman.\n\n" + speeches,
		}},
	})
}
