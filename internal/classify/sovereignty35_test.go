package classify

import "testing"

// Session 35: sovereignty voice in English, Spanish, French and Portuguese
// that the lexicon did not read (ownership claimed for the people named by
// their demonym or in the infinitive, taking resources back in the third
// person, colonial and plunder framing, the stance of no more raw exports),
// and the business look-alikes that must stay unflagged (labelling rules
// 13-17). Every case is invented.

// TestSovereigntyVoice35: state-press items whose substance is the claim
// (a chronicle, a message to the nation, a column) are flagged in each
// language; each names the phrase of the new classes it rests on.
func TestSovereigntyVoice35(t *testing.T) {
	c := newClassifier(t, Options{})
	cases := []voiceCase{
		{"fr chronicle, ownership in the infinitive naming the people", "appartenir aux Maliens", Doc{
			Title: "Chronique : une nouvelle ère minière",
			Body: "Notre chroniqueur a raison de saluer le déplacement du chef de l'État à la nouvelle mine de Kolondiéba.\n\n" +
				"Le Président de la Transition a toujours rappelé que les ressources du sous-sol devraient appartenir aux Maliens et à eux seuls.\n\n" +
				"Le pays a repris le contrôle de ses richesses après des décennies de domination.\n\n" +
				"Le nouveau code minier traduit cette volonté des autorités de la Transition.",
		}},
		{"es press conference, ownership naming the people", "son de los bolivianos", Doc{
			Title: "El presidente reitera que el litio no se entregará",
			Body: "El presidente afirmó en su conferencia matutina que el litio y el gas son de los bolivianos y de las generaciones que vienen.\n\n" +
				"\"Durante siglos vinieron a llevarse la plata, y hoy quieren seguir saqueando nuestros salares\", dijo el mandatario.\n\n" +
				"Agregó que el país no aceptará ser otra vez un simple depósito de materias primas.\n\n" +
				"El mandatario pidió unidad frente a las presiones externas.",
		}},
		{"en column, colonial framing and the raw-exports stance", "mere suppliers", Doc{
			Title: "We will not remain a quarry for others",
			Body: "For too long we have been mere suppliers of ore to distant factories, selling our wealth for a pittance.\n\n" +
				"That colonially derived arrangement turned us into mere buyers of the goods made from our own stones.\n\n" +
				"We must use our vast mineral wealth to build the nation, not to enrich others.\n\n" +
				"This is the unfinished work of our independence.",
		}},
		{"pt speech, ownership naming the people", "pertencem aos brasileiros", Doc{
			Title: "Presidente diz que minerais críticos não serão entregues",
			Body: "O presidente afirmou que os minerais críticos pertencem aos brasileiros e que nenhuma potência vai decidir sobre eles.\n\n" +
				"\"Chega de exploração predatória do nosso subsolo\", declarou durante a cerimônia.\n\n" +
				"Ele disse que o país vai comandar suas riquezas e não será mais um exportador de pedra.",
		}},
	}
	flaggedOn(t, c, cases)
}

// TestSovereigntyLookalikes35: business items of the same outlets stay
// unflagged: an export ban reported as policy with its figures (a leader's
// "for a pittance" in one quoted line), a minister's quoted line inside a
// company's concession dispute, and the law's ownership formula naming the
// people (topic after a legal cue, labelling rule 14).
func TestSovereigntyLookalikes35(t *testing.T) {
	c := newClassifier(t, Options{})
	ban := Doc{
		Title: "Cabinet bans export of unprocessed lithium ore",
		Body: "The Cabinet yesterday approved a ban on the export of unprocessed lithium ore, with small quantities allowed for testing under a licence from the mines ministry.\n\n" +
			"Exports of crushed ore reached 180 000 tonnes last year, worth US$95 million.\n\n" +
			"\"Our ore was leaving the country for a pittance,\" the President said.\n\n" +
			"Miners will have until March to submit plans for concentrate plants, the ministry said.",
	}
	flagIs(t, c, ban, false, "an export ban reported with its figures and one quoted line")
	dispute := Doc{
		Title: "Ministry moves to revoke 12 lithium concessions held by Andes Litio",
		Body: "The mines ministry has filed to revoke 12 of the 40 concessions held by Andes Litio, saying the company failed to pay US$2.3 million in fees.\n\n" +
			"The company said it had paid and would appeal, adding that the areas hold 20% of its lithium resource.\n\n" +
			"\"A concession is a chance to invest, not to sit on the nation's minerals while others become mere suppliers,\" the minister said.\n\n" +
			"Andes Litio cut its planned investment to US$600 million from US$800 million.",
	}
	flagIs(t, c, dispute, false, "a minister's quoted line inside a concession dispute")
	law := Doc{
		Title: "Senate passes mining law amendment",
		Body: "Under the amended law, lithium deposits belong to Bolivians and are managed by the state company.\n\n" +
			"The Senate approved the bill by 20 votes to 12 on Tuesday.\n\n" +
			"The company's two plants will produce 25 000 tonnes of carbonate a year.",
	}
	r := flagIs(t, c, law, false, "the law's ownership formula naming the people")
	if w, ok := reasonWeight(r, "belong to Bolivians"); ok && w > 0.5 {
		t.Errorf("ownership after a legal cue counted as rhetoric (%.2f): %v", w, r.Reasons)
	}
}
