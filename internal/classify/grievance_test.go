package classify

import (
	"strings"
	"testing"
)

// Session 40 (grievance-s40): a community's or its workers' grievance
// quoted in a labour story is reported (complainantVoice, first built by
// fresh39-s39), when the item names the concrete grievance (pay, jobs,
// land, compensation, safety: grievance_cues); residents' protest told
// through ownership and sovereignty slogans stays their rhetoric. Every
// case is invented.

// TestComplainantGrievanceReported: villagers' letter and a union leader's
// lines, their charged words quoted (the title's scare-quoted 'looting'
// too), in reports of a lithium ban and of working conditions. Business;
// both flagged before complainantVoice.
func TestComplainantGrievanceReported(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, d := range []Doc{{
		Title: "Mutare villagers demand a share of lithium, say they will not be cheap labour in ‘looting’ their land",
		Body: "Villagers in the district are angry with the council over a ban on small-scale lithium digging while licences, and the jobs, go to foreign firms.\n\n" +
			"“The emphasis is to realise the full value of our minerals so that local people benefit,” reads a letter from the community trust to the council.\n\n" +
			"The trust said it had little hope in the share ownership scheme, which had paid nothing in ten years.\n\n" +
			"The council did not respond to questions.",
	}, {
		Title: "Workers bemoan poor conditions at lithium mines",
		Body: "Unions have raised concerns about labour standards at lithium mines owned by foreign investors.\n\n" +
			"Speaking at a conference, the union's secretary-general said safety rules were ignored at several pits.\n\n" +
			"“If this is not addressed we face another wave of colonisation and cheap labour,” he said.\n\n" +
			"He said about 4 000 employees worked at the mines under poor conditions, in a “wave of colonisation”.",
	}} {
		if r := c.Classify(d); r.Flagged {
			t.Errorf("%q: a community's grievance quoted in a labour story flagged (%.3f) %v", d.Title, r.Score, r.Reasons)
		}
	}
}

// TestComplainantNotTitleSubject: the same charged words where the title
// names no complainant (a minister's address) or names one only as the
// object of the news keep their weight.
func TestComplainantNotTitleSubject(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Minister tells rally foreigners are ‘looting’ our minerals, vows to protect villagers",
		Body: "“Foreigners are looting our minerals and we will not allow it,” the minister told the rally.\n\n" +
			"“Our minerals, our wealth: the land belongs to its owners,” he said to cheers.\n\n" +
			"“The colonial masters of yesterday are back in new clothes,” he added.",
	}
	if r := c.Classify(d); !r.Flagged {
		t.Errorf("a minister's rally told as its speeches unflagged (%.3f) %v", r.Score, r.Reasons)
	}
}

// TestComplainantSloganProtest: residents protesting a foreign lithium
// miner, told through their "not for sale, ours" slogans, with no
// complaint over pay, jobs or land. The title names complainants, but the
// item names no grievance, so the slogans keep their weight.
func TestComplainantSloganProtest(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Residents march against foreign lithium miner: ‘our minerals are not for sale’",
		Body: "Hundreds of residents marched through the town on Saturday against the foreign-owned lithium miner.\n\n" +
			"“Our minerals are not for sale, the lithium is ours,” the marchers chanted.\n\n" +
			"“We will not let foreigners plunder our wealth; the land belongs to the nation,” a march leader told the crowd.\n\n" +
			"“Foreign looters, go home,” read a banner carried at the front.",
	}
	if r := c.Classify(d); !r.Flagged {
		t.Errorf("residents' protest told as its sovereignty slogans unflagged (%.3f) %v", r.Score, r.Reasons)
	}
}

// TestGrievanceGate: the same slogans beside a complaint over unpaid
// wages, lost jobs and compensation for land are the workers' grievance
// reported; without them complainantVoice leaves the item alone (the
// grievance count stays under grievanceMin).
func TestGrievanceGate(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "Workers march against ‘looting’ foreign lithium miner over unpaid wages",
		Body: "Hundreds of workers marched to the mine gate on Saturday over three months of unpaid wages.\n\n" +
			"They also want compensation for land taken for the pit and the return of 200 jobs cut in March.\n\n" +
			"“Foreigners are looting our minerals while we starve; this is a new colonisation,” a union leader told the crowd.\n\n" +
			"The company said salaries would be paid by the end of the month.",
	}
	if r := c.Classify(d); r.Flagged {
		t.Errorf("workers' march over wages, jobs and land flagged (%.3f) %v", r.Score, r.Reasons)
	}
}

// TestComplainantCuesData checks the complainant and grievance cue lists:
// en, fr, es, pt and id list both, one word each; no complainant cue is
// also a speech cue of its file or a grievance cue.
func TestComplainantCuesData(t *testing.T) {
	srcs, err := builtinSources()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"en": true, "fr": true, "es": true, "pt": true, "id": true}
	for _, src := range srcs {
		f, err := decodeSource(src)
		if err != nil {
			t.Fatal(err)
		}
		if want[f.Lang] && (len(f.ComplainantCues) == 0 || len(f.GrievanceCues) == 0) {
			t.Errorf("%s lists no complainant_cues or no grievance_cues", src.name)
		}
		speech := map[string]bool{}
		for _, w := range f.SpeechCues {
			speech[strings.ToLower(w)] = true
		}
		grievance := map[string]bool{}
		for _, cue := range f.GrievanceCues {
			if strings.ContainsAny(strings.TrimSpace(cue), " \t") {
				t.Errorf("%s: grievance cue %q is not one word", src.name, cue)
			}
			grievance[strings.ToLower(cue)] = true
		}
		for _, cue := range f.ComplainantCues {
			if strings.ContainsAny(strings.TrimSpace(cue), " \t") {
				t.Errorf("%s: complainant cue %q is not one word", src.name, cue)
			}
			if speech[strings.ToLower(cue)] {
				t.Errorf("%s: complainant cue %q is also a speech cue", src.name, cue)
			}
			if grievance[strings.ToLower(cue)] {
				t.Errorf("%s: complainant cue %q is also a grievance cue", src.name, cue)
			}
		}
	}
}
