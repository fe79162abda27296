package classify

import "testing"

// Session 38 (africaloot-s38): the bare words of plunder ("looting",
// "plunder", "pillage", « pillé ») also name a crime. Beside a crime cue in
// their sentence (smuggling, a syndicate, the police, an alleged theft) they
// are an accusation of a crime reported in an item about an operation, not
// the cry of a nation robbed (labelling rules 14 and 17). Every case is
// invented.

// TestTheftWordCrimeFrame: a lithium miner resumes work after inspections
// that followed a watchdog's claim of alleged looting; a police bust of ore
// looted by a smuggling syndicate closes the report. Business; flagged on the
// previous lexicon ("looting" read as the sovereignty cry, 0.60+).
func TestTheftWordCrimeFrame(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Lithium miner back at work after inspections",
		Body: "A LITHIUM miner in the south has restarted operations after a short closure that followed a watchdog's claims of alleged looting of ore at its pit.\n\n" +
			"The company said operations resumed after government inspections of its labour records were completed.\n\n" +
			"Separately, police said they had arrested six suspects after ore looted by a smuggling syndicate was found in a warehouse.\n\n" +
			"The mine employs 700 workers and produces petalite for the glass industry.",
	}
	r := flagIs(t, c, d, false, "a watchdog's looting claim and a police bust in a report of a restart")
	if w, ok := reasonWeight(r, "looting"); ok && w > 0.5 {
		t.Errorf("looting beside a crime cue still read as rhetoric (%.2f): %v", w, r.Reasons)
	}
}

// TestTheftWordCrimeFrameFrench: a presidency's spokeswoman urges buyers to
// buy minerals directly rather than minerals « pillés » and smuggled through
// a neighbour: the word is topic there (« contrebande »).
func TestTheftWordCrimeFrameFrench(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Kinshasa propose ses minerais aux acheteurs occidentaux",
		Body: "La porte-parole de la présidence a invité les acheteurs à acheter directement le cobalt et le coltan plutôt que des minerais pillés et passés en contrebande par un pays voisin.\n\n" +
			"Le pays produit plus de 70 % du cobalt mondial.",
	}
	r := c.Classify(d)
	if w, ok := reasonWeight(r, "pillés"); ok && w > 0.5 {
		t.Errorf("pillés beside « contrebande » still read as rhetoric (%.2f): %v", w, r.Reasons)
	}
}

// TestTheftWordStillRhetoric: with no crime in the sentence the same words
// keep their weight: a leader's cry that foreign companies loot the nation's
// lithium, and a French address on uranium pillaged for fifty years, stay
// flagged.
func TestTheftWordStillRhetoric(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, Doc{
		Title: "Foreign looting must end, says party chairman",
		Body: "The ruling party chairman told a rally on Saturday that foreign companies were looting the nation's lithium while villagers stayed poor.\n\n" +
			"\"The plunder of our wealth by imperialists will end. Our minerals are not for sale,\" he said.",
	}, true, "a rally's cry against foreign looting")
	flagIs(t, c, Doc{
		Title: "« Notre uranium ne sera plus pillé », dit le général",
		Body: "Le chef de la junte a déclaré que la France avait pillé l'uranium du pays pendant cinquante ans.\n\n" +
			"« Notre souveraineté et notre dignité ne sont pas négociables. Le temps du pillage est terminé », a-t-il martelé devant la foule.",
	}, true, "a junta chief's address on uranium pillaged")
}

// TestTheftGroupIsRhetoric: a theft group must be rhetoric (the flag turns
// rhetoric into topic; on any other kind it would mean nothing).
func TestTheftGroupIsRhetoric(t *testing.T) {
	src := lexSource{name: "lexicon.toml", data: []byte("lang = \"en\"\n[[group]]\nname = \"t\"\nkind = \"topic\"\nweight = 0.3\ntheft = true\nphrases = [\"looting\"]\n")}
	if _, err := newFromSources([]lexSource{src}, DefaultThreshold, nil); err == nil {
		t.Fatal("a topic group marked theft was accepted")
	}
}
