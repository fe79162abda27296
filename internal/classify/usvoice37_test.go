package classify

import (
	"strings"
	"testing"
)

// TestWesternPartisanVoice37 (session 37, usvoice-s37): American partisan
// tracts about China and minerals, whose voice is the substance (labelling
// rules 13-17): the other side at home named as a class ("eco-left",
// "globalist elites", "radical environmentalists"), the epithets for China
// ("ChiComs", "our existential enemy") and the betrayal charge ("beholden to
// Beijing", "the election was stolen"). Each is flagged and names its phrase;
// each scored under the threshold before the usvoice37 groups. Invented
// sentences.
func TestWesternPartisanVoice37(t *testing.T) {
	c := newClassifier(t, Options{})
	cases := []struct {
		name, phrase string
		d            Doc
	}{
		{"a tract against the eco-left", "eco-left", Doc{
			Title: "Why the eco-left keeps the mines closed",
			Body: "The eco-left wants electric cars but blocks every new mine in the country.\n\n" +
				"Their crusade leaves the antimony and graphite we need in the hands of the ChiComs.\n\n" +
				"Every permit they stall is a gift to our existential enemy.",
		}},
		{"a blog on betrayal", "beholden to Beijing", Doc{
			Title: "The graphite giveaway",
			Body: "The new administration is beholden to Beijing, and everyone in Washington knows it.\n\n" +
				"The globalist elites sold out the miners of the West decades ago.\n\n" +
				"The election was stolen from the one man who stood up to them.",
		}},
		{"an op-ed on radical environmentalists", "radical environmentalists", Doc{
			Title: "Lithium and the permit office",
			Body: "The radical environmentalists have kept every lithium deposit in the ground for twenty years.\n\n" +
				"The deep state bureaucrats who serve them answer to no voter.\n\n" +
				"It is time to put the miners first and not the globalist elites.",
		}},
	}
	for _, tc := range cases {
		r := flagIs(t, c, tc.d, true, tc.name)
		named := false
		for _, x := range r.Reasons {
			if strings.EqualFold(x.Text, tc.phrase) {
				named = true
			}
		}
		if !named {
			t.Errorf("%s: reasons %v do not name %q", tc.name, r.Reasons, tc.phrase)
		}
	}
}

// TestWesternPartisanLookalikes37 (session 37, usvoice-s37): the business
// reports of the same politics stay business: a congressional release on a
// bill against "the CCP's" dominance, quoting the sponsor on "our
// adversaries" and "national security"; a tariff report quoting a senator's
// "Communist China"; a release of the Department of Homeland Security on
// seized magnets. Invented sentences.
func TestWesternPartisanLookalikes37(t *testing.T) {
	c := newClassifier(t, Options{})
	flagsAre(t, c, false, []namedDoc{
		{"a bill against the CCP's dominance", Doc{
			Title: "Senators introduce bill to fund domestic rare earth separation",
			Body: "Two senators introduced a bill that would fund $500 million in loans for rare earth separation plants.\n\n" +
				"\"The CCP controls 90% of processing, and our adversaries should not hold our national security hostage,\" the sponsor said.\n\n" +
				"The bill would also require defence contractors to report the origin of their magnets by 2028.",
		}},
		{"a tariff report quoting Communist China", Doc{
			Title: "Tariffs on Chinese graphite anodes rise to 93.5%",
			Body: "The Commerce Department set a preliminary anti-dumping duty of 93.5% on active anode material from China.\n\n" +
				"\"We cannot depend on Communist China for our batteries,\" a senator said in a statement.\n\n" +
				"Importers must post cash deposits from the day the notice is published.",
		}},
		{"a Homeland Security seizure release", Doc{
			Title: "Homeland Security seizes undeclared magnets at the port",
			Body: "Officers of the Department of Homeland Security seized 12 tonnes of undeclared rare earth magnets at the port.\n\n" +
				"The shipment was declared as steel parts, the agency said.\n\n" +
				"The importer faces fines of up to $2 million.",
		}},
	})
}
