package classify

import "testing"

// Session 33: praise of the leader and the ruling party, and campaign
// rallies told as their speeches, in English state and national press.
// Every case is invented.

// TestPraiseInWritersVoice: an item that praises the leader in its own
// words is flagged (labelling rule 13: praise is most of the text), while
// a commissioning told with its tonnes and dollars, where a minister
// thanks the President for his visionary leadership in one quoted line, is
// not: the quoted praise is set aside as reported.
func TestPraiseInWritersVoice(t *testing.T) {
	c := newClassifier(t, Options{})
	praise := Doc{
		Title: "Mining revival a tribute to the Head of State",
		Body: "The revival of the copperbelt is the fruit of the visionary leadership of President Banda, whose bold leadership has restored confidence in the sector.\n\n" +
			"Under the astute leadership of the Head of State, the Second Republic has reopened two dormant shafts that previous administrations had abandoned.\n\n" +
			"The President has proved a man of his word, true to his promise to bring back jobs to the mining towns.\n\n" +
			"Investors have responded with US$150 million for the Kanyama shaft.\n\n" +
			"With the country in safe hands, the nation can look to 2030 with confidence.",
	}
	r := flagIs(t, c, praise, true, "praise of the leader in the writer's own voice")
	for _, p := range []string{"visionary leadership", "bold leadership", "astute leadership", "true to his promise"} {
		if w, ok := reasonWeight(r, p); !ok || w < 0.5 {
			t.Errorf("%q not read as praise (weight %.2f, found %v): %v", p, w, ok, r.Reasons)
		}
	}
	thanks := Doc{
		Title: "Minister commissions US$90 million lithium concentrator",
		Body: "Mines Minister Tendai Moyo yesterday commissioned the US$90 million lithium concentrator at Chivara, which will process 1,2 million tonnes of ore a year.\n\n" +
			"The plant will produce 250 000 tonnes of spodumene concentrate for export to battery makers in Asia.\n\n" +
			"Construction took 11 months and employed 600 workers, most of them from the district.\n\n" +
			"\"We thank the President for his visionary leadership, which has brought this investment to Chivara,\" the minister said.\n\n" +
			"The company expects first shipments in March and plans a second processing line in 2026.",
	}
	r = flagIs(t, c, thanks, false, "a commissioning with one quoted line of thanks to the President")
	if w, ok := reasonWeight(r, "visionary leadership"); ok && w >= 0.5 {
		t.Errorf("quoted praise in a report of the writer's facts counted in full (%.2f): %v", w, r.Reasons)
	}
}

// TestPraiseAsReportedSlogan: the leader's development slogan reported as
// his words ("has always reiterated that ... no one and no place behind")
// in a report of a mine's output is the President's line, not the
// writer's praise: a reporting verb ("reiterated", "reaffirmed") makes the
// sentence someone's words, set aside in an item of the writer's figures.
func TestPraiseAsReportedSlogan(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "New lithium mine employs 400 in Insiza",
		Body: "The President has always reiterated that development will leave no one and no place behind.\n\n" +
			"He reaffirmed at the ground-breaking that the province was in good hands.\n\n" +
			"The Insiza lithium mine has employed 400 workers since it opened in January.\n\n" +
			"The mine's processing plant cost US$48 million and will treat 800 000 tonnes of ore a year.\n\n" +
			"Exports of concentrate are expected to reach US$60 million in the first year.",
	}
	r := flagIs(t, c, d, false, "a reported slogan in a mine report")
	for _, p := range []string{"no one and no place behind", "in good hands"} {
		if w, ok := reasonWeight(r, p); ok && w >= 0.5 {
			t.Errorf("%q, reported as the President's words, counted as the writer's praise (%.2f): %v", p, w, r.Reasons)
		}
	}
}

// TestElectionResultsPlantStory: the President commissioning a plant days
// after winning an election, told with the plant's output and cost, is
// business (labelling rule 13) although it names the victory and the
// ruling party's mandate.
func TestElectionResultsPlantStory(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Re-elected President commissions lithium flotation plant",
		Body: "Days after the ruling party won a fresh mandate in the general elections, President Banda yesterday commissioned the US$120 million flotation plant at Marula Lithium.\n\n" +
			"The plant will treat 1,5 million tonnes of ore a year and produce 200 000 tonnes of concentrate.\n\n" +
			"Marula Lithium said first exports to China would leave in October.\n\n" +
			"The mine employs 700 workers and plans a sulphate plant in 2026.",
	}
	flagIs(t, c, d, false, "an election-results plant story")
}
