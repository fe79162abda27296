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
