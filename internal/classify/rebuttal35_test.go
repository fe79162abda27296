package classify

import "testing"

// Session 35 (rebut-s35): the rebuttal voice of state commentary in English
// (labelling rule 15), read by the rebuttal35 groups of lexicon.toml in the
// three strengths lexicon_zh.toml gives the same voice, and the stems that
// read an institution's name as a business word. Every case is invented.

// TestRebuttalVoice35: commentaries that answer foreign critics of export
// controls or of "overcapacity" in the writer's own words are flagged; each
// names the phrase of the new groups it rests on, and each fails without the
// groups (no phrase an earlier group reads as rhetoric carries it).
func TestRebuttalVoice35(t *testing.T) {
	c := newClassifier(t, Options{})
	cases := []voiceCase{
		{"a comment on a foreign paper's report", "shift the blame", Doc{
			Title: "Comment on a Western paper's report on antimony controls",
			Body: "A Western paper wrote this week that the antimony licences are an act of economic war.\n\n" +
				"Such claims are a clumsy attempt to shift the blame for years of neglect at home.\n\n" +
				"It was not Beijing that first wielded sanctions against chip makers.\n\n" +
				"The accusation is baseless, and readers can judge for themselves who started the quarrel.",
		}},
		{"an editorial on the overcapacity charge", "so-called overcapacity", Doc{
			Title: "The overcapacity charge does not survive the arithmetic",
			Body: "Some politicians abroad have discovered the so-called overcapacity of solar and battery makers.\n\n" +
				"The charge is a fallacy: demand for clean energy goods far exceeds what any country now makes.\n\n" +
				"Those who hype up the story should reflect on their own subsidy programmes before lecturing others.",
		}},
		{"an op-ed on a minerals club", "zero-sum mentality", Doc{
			Title: "A club for minerals will not change geology",
			Body: "The new minerals club announced in a foreign capital is built on a zero-sum mentality.\n\n" +
				"Its members are asked to choose sides in a bloc confrontation that few of them want.\n\n" +
				"Refining skills took decades to build and cannot be conjured by a communique.",
		}},
	}
	flaggedOn(t, c, cases)
}

// TestRebuttalLookalikes35: business items of the same outlets that hold the
// voice's words stay unflagged: a ministry spokesperson explaining licences
// with one line against politicising trade, an export-data report quoting an
// analyst on the "hype", a market report on price hype, and a measure called
// non-discriminatory.
func TestRebuttalLookalikes35(t *testing.T) {
	c := newClassifier(t, Options{})
	ministry := Doc{
		Title: "Commerce ministry says compliant graphite export applications are being approved",
		Body: "A spokesperson for the commerce ministry said on Thursday that applications for civilian use that meet the rules are being approved.\n\n" +
			"Exporters must state the end user and the end use, and reviews take about 45 working days, the spokesperson said.\n\n" +
			"The ministry opposes attempts to politicize trade issues and is ready to talk with relevant countries, she said.\n\n" +
			"The controls cover high-purity synthetic graphite and spherical graphite.",
	}
	flagIs(t, c, ministry, false, "a ministry's licence briefing with one politicize line")
	data := Doc{
		Title: "Antimony exports fall 40% in March, customs data show",
		Body: "Exports of unwrought antimony fell 40% year-on-year to 1,200 tonnes in March, customs data showed on Sunday.\n\n" +
			"Shipments to Europe rose to 300 tonnes while those to North America fell to 20 tonnes.\n\n" +
			"\"Talk of a ban is hype; compliant orders are shipping,\" an analyst at a Beijing consultancy said.\n\n" +
			"Prices of antimony ingots in Rotterdam eased 3% over the month.",
	}
	flagIs(t, c, data, false, "an export-data report quoting an analyst on the hype")
	prices := Doc{
		Title: "Lithium juniors retreat as price hype fades",
		Body: "Shares of lithium explorers fell for a third week as the price hype of the spring faded.\n\n" +
			"Spodumene concentrate traded at US$820 a tonne, down from US$1,050 in May.\n\n" +
			"Analysts expect stockpiles at converters to keep prices low into the fourth quarter.",
	}
	flagIs(t, c, prices, false, "price hype in a market report")
	rules := Doc{
		Title: "New tungsten export rules take effect",
		Body: "The new tungsten export rules took effect on Monday and apply to all destinations.\n\n" +
			"The ministry said the rules are non-discriminatory and that licences will be granted within 30 days.\n\n" +
			"Producers in Jiangxi said they had filed applications for 2,000 tonnes of ammonium paratungstate.",
	}
	r := flagIs(t, c, rules, false, "a measure called non-discriminatory")
	if w, ok := reasonWeight(r, "discriminatory"); ok && w > 0 {
		t.Errorf("non-discriminatory read as the accusation: %v", r.Reasons)
	}
}

// TestInstitutionNotBusinessWord35: "Commission" stems as "commissioning" and
// "finance" as "financing"; the European Commission and a finance minister are
// institutions named, not a plant commissioned or a project financed, so an
// editorial against the Commission's probe, in words the lexicon already read
// before session 35, is not pulled under the threshold by its name.
func TestInstitutionNotBusinessWord35(t *testing.T) {
	c := newClassifier(t, Options{})
	d := Doc{
		Title: "The European Commission's probe is hegemonic bullying",
		Body: "The European Commission opened its probe into battery makers without a complaint from any European producer.\n\n" +
			"A finance minister of a member state said his country would not follow the European Commission.\n\n" +
			"The probe applies a double standard to foreign carmakers.",
	}
	r := flagIs(t, c, d, true, "an editorial against the Commission's probe")
	for _, p := range []string{"Commission", "Commission's", "finance"} {
		if w, ok := reasonWeight(r, p); ok && w < 0 {
			t.Errorf("%q read as a business word (%.2f): %v", p, w, r.Reasons)
		}
	}
}
