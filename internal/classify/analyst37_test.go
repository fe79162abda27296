package classify

import "testing"

// TestAnalystVoice37 (session 37, analyst-s37): an investor briefing that
// evaluates a state group's politics in the analyst's voice ("the
// Party-building system blurs lines between state policy and strategy",
// "the plant represents an experiment in reclaiming mineral independence")
// is reporting about politics, not flagged; a briefing that tells a Party
// meeting's own formulas (what was studied, pledged and sworn) stays
// flagged, as does the same evaluation with no investor audience named.
// Every sentence is invented.
func TestAnalystVoice37(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	flagsWanted(t, c, []wantDoc{
		{"party-building read as a signal", Doc{
			Title: "Northland Metals adds 8,000 tonnes of oxide capacity",
			Highlights: []string{
				"Northland Metals lifts oxide capacity to 8,000 tonnes a year with a new solvent line.",
				"A new Party-building system blurs lines between state policy and corporate strategy, reinforcing the group's coordinated approach.",
			},
			Body: "Northland Metals commissioned its third solvent-extraction line this month, lifting capacity to 8,000 tonnes a year. " +
				"Recoveries rose to 94 percent and unit costs fell by a tenth. " +
				"Why this matters: Western buyers should expect the group's prices to stay low while its output rises."}, false},
		{"reclaiming read as an experiment", Doc{
			Title: "Prairie magnet plant starts trial runs",
			Highlights: []string{
				"The Prairie plant represents an industrial policy experiment in reclaiming mineral independence.",
				"The plant targets 1,200 tonnes of magnets a year by 2027.",
			},
			Body: "Prairie Magnetics began trial runs at its plant this week, with 1,200 tonnes a year of magnet capacity planned by 2027. " +
				"The company raised US$90 million in May. What it means for investors: offtake contracts, not speeches, will decide the stock."}, false},
		{"a party meeting's own formulas", Doc{
			Title: "Northland Metals holds Party study session on loyalty",
			Highlights: []string{
				"The group's Party committee held a study session on the leader's thought.",
				"The meeting signals tighter political control of the group.",
			},
			Body: "The Party committee of Northland Metals held its fifth study session of the year. " +
				"Cadres pledged absolute loyalty to the Party and swore to put political tasks above profit. " +
				"The secretary demanded that every member study the leader's thought word by word. " +
				"What it means for investors: decisions will follow the Party line."}, true},
	})
}
