package classify

import "testing"

// TestZimnews43Occasions (session 43): the English names of the Chinese
// business occasions a provincial or company page translates, a symposium
// (座谈会), an annual work meeting (工作会) and a workers' congress (职代会).
// Named in the title or the lead of an item that is mostly business (a
// prospecting drive, reserves, output), the formulas its officials said
// there are reported (occasionVoice; labelling rules 13 and 16). A
// symposium whose title names Party work (a study of the leader's thought
// in the writer's words) keeps its flag. Invented sentences.
func TestZimnews43Occasions(t *testing.T) {
	c := newClassifier(t, Options{})
	checkFlags(t, c, []flagCase{
		{"a provincial symposium on a prospecting drive (rules 13, 16)", "", false, Doc{
			Title: "A symposium on a new round of prospecting for lithium in the province was held",
			Body: "The provincial Party secretary and the minister of natural resources attended the symposium and delivered speeches.\n\n" +
				"The symposium focused on the province's strategic position in the overall situation of the country and on its reserves of lithium and copper.\n\n" +
				"The secretary stressed that the province must keep to the overall situation and take up its responsibility for national resource security.\n\n" +
				"Geologists reported that drilling added 1.2 million tonnes of lithium oxide resources last year.\n\n" +
				"The meeting set targets for exploration spending, mining licences and the output of concentrate.\n\n" +
				"Leaders of the Party and the ministry from several departments attended.",
		}},
		{"a symposium on studying the leader's thought (rule 16)", "study and implement", true, Doc{
			Title: "Symposium held to study and implement the spirit of Xi Jinping Thought on Socialism with Chinese Characteristics for a New Era",
			Body: "The provincial Party secretary chaired the symposium and delivered a speech.\n\n" +
				"The meeting called on all Party members to firmly uphold the core position and resolutely safeguard the centralized leadership of the Party.\n\n" +
				"Participants pledged to strengthen ideological and political work and to study the theory of the Party with absolute loyalty.\n\n" +
				"The symposium also discussed the province's mining and its lithium reserves.",
		}},
	})
}

// TestZimnews43MinersOwn (session 43): a small miner's own ore and gold,
// the object of the miner's work and trade ("sacks to load our ore", "hard
// for us to sell our gold to the buyer"), are the miners' possession, not
// the country's: a gold buyer's outreach to artisanal miners that quotes
// their complaints is a business report (labelling rule 14). The same
// paper's report of a speaker's cry that "our gold" is looted by
// foreigners stays flagged. Invented sentences.
func TestZimnews43MinersOwn(t *testing.T) {
	c := newClassifier(t, Options{})
	checkFlags(t, c, []flagCase{
		{"artisanal miners' complaints to a gold buyer", "", false, Doc{
			Title: "Small-scale miners put questions to the gold buyer",
			Body: "Small-scale miners have asked the state gold buyer to lend them milling equipment at an outreach meeting in the district last week.\n\n" +
				"The buyer is holding the meetings to encourage miners to deliver through formal channels and reach its annual target.\n\n" +
				"\"The side buyers give us diesel, a generator and sacks to load our ore, so what do you offer?\" asked one miner from the crowd.\n\n" +
				"\"Without transport it is hard for us to sell our gold to you,\" said another miner.\n\n" +
				"The buyer's manager told the miners that those who deliver would be helped to register their claims.",
		}},
		{"a speaker's cry that the country's gold is looted", "our gold", true, Doc{
			Title: "Activist says foreigners are looting our gold",
			Body: "An activist told a meeting in the district last week that the country's gold is being looted by foreigners.\n\n" +
				"\"Our gold is taken out of the country every night while our people starve,\" he said.\n\n" +
				"\"We must fight the new colonialists who are stealing our gold and our lithium,\" he added.\n\n" +
				"The meeting was attended by about 200 small-scale miners.",
		}},
	})
}
