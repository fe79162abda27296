package classify

import (
	"github.com/lode-reader/lode/internal/excerpt"
	"path/filepath"
	"testing"
)

// loadPublished reads a held-out set written in real publishers' styles,
// internal/companies/testdata/<set>/roles (heldout2, heldout3): one excerpt
// per file, header lines ("title:", "highlight:", "ideology:
// ideology|business", and company labels this package ignores), a "---"
// line, then the body. The same excerpts label companies and minerals for
// internal/companies.
func loadPublished(t *testing.T, set string) []labelled {
	t.Helper()
	return loadPublishedFrom(t, filepath.Join("..", "companies", "testdata", set), 30)
}

// loadPublishedFrom reads the labelled items of dir/roles and fails when
// there are fewer than least.
func loadPublishedFrom(t *testing.T, dir string, least int) []labelled {
	t.Helper()
	exs, err := excerpt.Glob(filepath.Join(dir, "roles", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(exs) < least {
		t.Fatalf("%s has %d items, want at least %d", dir, len(exs), least)
	}
	var out []labelled
	for _, e := range exs {
		f := e.Name
		l := labelled{ID: e.Name, Body: e.Body}
		for _, h := range e.Headers {
			switch h.Key {
			case "title":
				l.Title = h.Value
			case "highlight":
				l.Highlights = append(l.Highlights, h.Value)
			case "ideology":
				l.Label = h.Value
			case "style":
				l.Kind = h.Value
			}
		}
		if l.Label != "ideology" && l.Label != "business" {
			t.Fatalf("%s: ideology label %q, want ideology or business", f, l.Label)
		}
		out = append(out, l)
	}
	return out
}

// TestPublishedHeldout scores the classifier on the second held-out set
// (company releases, wire copy, analyst notes, state and national press
// from China, Zimbabwe, Mexico, Bolivia, Indonesia, Mali, Niger, DRC),
// written before any rule was tuned for it and never tuned against.
// Figures are in docs/classifier.md.
func TestPublishedHeldout(t *testing.T) {
	scorePublished(t, "published held-out", loadPublished(t, "heldout2"), 0, 0.95, 0.92)
}

// TestPublishedHeldout3 scores the classifier on the third held-out set
// (internal/companies/testdata/heldout3/roles: REEx-style briefings, wire
// and mining press, company releases, state and national press from China,
// Zimbabwe, Mexico, Bolivia, Chile, Indonesia, DRC, Nigeria), written by
// someone who had not read the classifier's code or lexicon, and never
// tuned against. The floors sit just under its first run (docs/classifier.md), so
// the test fails when a change costs quality on it.
func TestPublishedHeldout3(t *testing.T) {
	scorePublished(t, "heldout3", loadPublished(t, "heldout3"), 0, 0.97, 0.97)
}

// TestPublishedFit scores items written for the patterns the published
// held-out set probes (juntas and coups as supply news, equity mandates,
// Party Secretaries touring plants; sovereignty rhetoric outside China;
// permits tied to party hiring), used while changing the lexicon.
func TestPublishedFit(t *testing.T) {
	scorePublished(t, "published fit", loadCorpus(t, "published_fit.jsonl"), 8, 0.95, 0.92)
}

// TestPublishedHeldout4 scores the classifier on the fourth held-out set,
// written by another author without reading the lexicon to be hard on
// precision: planning, investment and policy news carrying mild Party
// titles or naming juntas, coups, state stakes and export licensing, against
// subtle positives (production news whose substance is a plenary's spirit,
// Party-building in mines, sovereignty speeches with little business).
// Its one miss (a signing readout with one line of Party formula) was read
// in the next round and the lone-formula rule written for its pattern, so
// it is a tuned set now. Figures are in docs/classifier.md; the floors sit
// just under the current run, so the test fails on a regression.
func TestPublishedHeldout4(t *testing.T) {
	scorePublished(t, "published held-out 4", loadPublished(t, "heldout4"), 0, 0.97, 0.97)
}

// TestPublishedHeldout5 scores the classifier on the fifth held-out set,
// written by a third author without reading the lexicon: REEx-style
// briefings, wire copy, company releases, and state and national press from
// China, Zimbabwe, Mexico, Bolivia, Chile, Argentina, Indonesia, India and
// DRC, with hard negatives (export licensing, five-year-plan targets, SOE
// mergers, juntas and state stakes as supply news, ministers opening
// plants) against Party-building and sovereignty-rhetoric positives.
// Never tuned against. Figures are in docs/classifier.md; the floors sit
// just under the first run, so the test fails on a regression.
func TestPublishedHeldout5(t *testing.T) {
	scorePublished(t, "published held-out 5", loadPublished(t, "heldout5"), 0, 0.95, 0.95)
}

// TestPublishedHeldout6 scores the classifier on the sixth held-out set
// (internal/companies/testdata/heldout6/roles), written without reading the
// lexicon: sovereignty speeches, provincial readouts and SOE Party-building
// items whose business content is thin, against planning, licensing,
// royalty, equity-mandate and junta-as-supply-risk news and analyst notes
// quoting a Xinhua line. Never tuned against. Figures are in
// docs/classifier.md; the floors sit just under the first run.
func TestPublishedHeldout6(t *testing.T) {
	scorePublished(t, "published held-out 6", loadPublished(t, "heldout6"), 0, 0.95, 0.97)
}

// TestPublishedHeldout8 scores the classifier on the eighth held-out set
// (internal/companies/testdata/heldout8/roles), written without reading the
// lexicon: Party-building and study-session items from SOEs and state press,
// sovereignty and anti-colonial speeches from Zimbabwe, Mexico, Bolivia,
// Argentina, Indonesia and DRC, against export licensing, quota and
// five-year-plan news, junta and coup supply risk, royalty changes, state
// stakes and ministers commissioning plants. Never tuned against. Figures
// are in docs/classifier.md; the floors sit just under the first run.
func TestPublishedHeldout8(t *testing.T) {
	scorePublished(t, "published held-out 8", loadPublished(t, "heldout8"), 0, 0.97, 0.97)
}

// TestPublishedHeldout7 scores the classifier on the seventh held-out set
// (internal/companies/testdata/heldout7/roles), written by another author
// without reading the lexicon: Party-building, plenary-spirit safety and
// output items, a provincial readout and sovereignty speeches from
// Zimbabwe, Mali, Mexico, Bolivia, Nigeria and Vietnam, against hard
// negatives (export licensing, an SOE merger, "high-quality development" as
// a target, Party chiefs at signings, presidents at plants, royalties,
// equity mandates, a junta's mining code, an analyst quoting Xinhua once).
// Never tuned against. Figures are in docs/classifier.md; the floors sit
// just under the first run.
func TestPublishedHeldout7(t *testing.T) {
	scorePublished(t, "published held-out 7", loadPublished(t, "heldout7"), 0, 0.97, 0.97)
}

// TestPublishedHeldout10 scores the classifier on the tenth held-out set
// (internal/companies/testdata/heldout10/roles), written without reading the
// lexicon and weighted outside China: sovereignty and anti-colonial speeches
// from Zimbabwe, Namibia, Mali, Mexico, Indonesia and DRC, a ruling party's
// conference resolutions, SOE Party-building and a plenary-spirit safety
// drive, against royalty and tax changes, ore export bans, junta
// nationalisation as supply risk, state equity stakes, MOFCOM licensing,
// "high-quality development" targets, an SOE merger, a president at a plant
// and an analyst quoting Xinhua once. Never tuned against. Figures are in
// docs/classifier.md; the floors sit just under the first run.
func TestPublishedHeldout10(t *testing.T) {
	scorePublished(t, "published held-out 10", loadPublished(t, "heldout10"), 0, 0.97, 0.97)
}

// TestPublishedHeldout11 scores the classifier on the eleventh held-out set
// (internal/companies/testdata/heldout11/roles), written without reading the
// lexicon and weighted toward REEx-style briefings and mining-trade press:
// Party study, inspection-rectification and Party-building items from SOEs
// and provincial committees, a plenary-spirit safety campaign, a ruling
// party's conference resolutions and sovereignty speeches from Zimbabwe,
// Mexico, Indonesia, Mali and Nigeria, against MOFCOM licensing, a
// five-year plan with "high-quality development" targets and a Party
// Secretary's foreword, a city Party chief at a battery plant signing, a
// provincial SOE merger, a president commissioning a plant, a royalty
// change citing the constitution, a free-carried state stake, a junta's
// equity demand, a leader's visit read for investors and an analyst quoting
// Xinhua once. Never tuned against. Figures are in docs/classifier.md; the
// floors sit just under the first run.
func TestPublishedHeldout11(t *testing.T) {
	scorePublished(t, "published held-out 11", loadPublished(t, "heldout11"), 0, 0.95, 0.91)
}

// scorePublished evaluates the classifier on items, logs the figures under
// name, and fails below at least n items, F1 minF1 or precision minP.
func scorePublished(t *testing.T, name string, items []labelled, n int, minF1, minP float64) {
	t.Helper()
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	m := evaluate(t, c, items)
	t.Logf("%s: n=%d tp=%d fp=%d fn=%d tn=%d precision=%.3f recall=%.3f F1=%.3f",
		name, len(items), m.tp, m.fp, m.fn, m.tn, m.precision(), m.recall(), m.f1())
	if len(items) < n || m.f1() < minF1 || m.precision() < minP {
		t.Errorf("%s: %d items (want >= %d), F1 %.3f (want >= %.2f), precision %.3f (want >= %.2f)",
			name, len(items), n, m.f1(), minF1, m.precision(), minP)
	}
}

// TestPublishedHeldout9 scores the classifier on the ninth held-out set
// (internal/companies/testdata/heldout9/roles), written without reading the
// lexicon: a Party study session and Party-building items from SOEs, a
// plenary-spirit safety item, a provincial readout, sovereignty and
// dignity speeches from Zimbabwe, Mali, Mexico, Bolivia and Indonesia and
// a state-press editorial, against hard negatives (MOFCOM licensing, a
// president's plant visits, an SOE merger, "high-quality development" as a
// target, equity mandates, a royalty change, a junta's mining code, an
// analyst quoting Xinhua once). Never tuned against. Figures are in
// docs/classifier.md; the floors sit just under the first run.
func TestPublishedHeldout9(t *testing.T) {
	scorePublished(t, "published held-out 9", loadPublished(t, "heldout9"), 0, 0.97, 0.97)
}

// TestPublishedHeldout12 scores the classifier on the twelfth held-out set
// (internal/companies/testdata/heldout12/roles), written without reading the
// lexicon and weighted toward state and national press from China,
// Zimbabwe, Mexico and Bolivia: Party committees' work reviews and study
// sessions, SOE Party-building, a plenary-spirit safety campaign and output
// report, a provincial readout, ruling-party and sovereignty speeches,
// against hard negatives from the same outlets (MOFCOM and MIIT licences and
// quotas, an SOE consolidation, a president's plant visits, Party
// secretaries at signings, royalty and equity-stake policy, lithium
// contracts, an analyst quoting Xinhua once) and company releases. Never
// tuned against. Figures are in docs/classifier.md; the floors sit just
// under the first run.
func TestPublishedHeldout12(t *testing.T) {
	scorePublished(t, "published held-out 12", loadPublished(t, "heldout12"), 0, 0.96, 0.93)
}

// TestPublishedHeldout13 scores the classifier on the thirteenth held-out
// set (internal/companies/testdata/heldout13/roles), written without reading
// the lexicon and weighted toward REEx-style briefings and mining-trade
// press (hard negatives with mild Party titles at a signing, MOFCOM
// licensing, an SOE restructuring, "high-quality development" as an output
// target, a president's smelter visit, a royalty change, a state equity
// mandate, a junta's mining code as supply risk, an analyst quoting Xinhua
// once) against Party-building, plenary-spirit safety and output items, a
// provincial readout and sovereignty speeches from Zimbabwe, Bolivia, Mali
// and Kazakhstan. Never tuned against. Figures are in docs/classifier.md;
// the floors sit just under the first run.
func TestPublishedHeldout13(t *testing.T) {
	scorePublished(t, "published held-out 13", loadPublished(t, "heldout13"), 0, 0.99, 0.99)
}

// TestPublishedHeldout14 scores the classifier on the fourteenth held-out
// set (internal/companies/testdata/heldout14/roles), written without
// reading the lexicon and weighted toward state and national press from
// China, Zimbabwe, Mexico and Bolivia (SOE Party-building conferences and
// inspection rectification, plenary-spirit study framed as safety and
// output reports, ruling-party, youth-league and sovereignty speeches)
// against hard negatives from the same outlets (MIIT quotas, MOFCOM
// licences, export figures, an SOE merger, a president's plant visit,
// royalty cuts and export bans, lithium contracts and concession titles,
// "high-quality development" as a target, an analyst quoting Xinhua once)
// and company releases. Never tuned against. Figures are in
// docs/classifier.md; the floors sit just under the first run.
func TestPublishedHeldout14(t *testing.T) {
	scorePublished(t, "published held-out 14", loadPublished(t, "heldout14"), 0, 0.99, 0.99)
}

// TestPublishedHeldout15 scores the classifier on the fifteenth held-out
// set (internal/companies/testdata/heldout15/roles), written without
// reading the lexicon and weighted toward REEx-style briefings and
// mining-trade press: Party-building and theme-education meetings at SOEs,
// a plenary-spirit safety campaign, a provincial Standing Committee
// readout, ruling-party youth and sovereignty speeches from Zimbabwe,
// Bolivia, Mali and Indonesia, against hard negatives (MOFCOM licences, a
// president's plant visits, an SOE merger signed by a Party Secretary,
// "high-quality development" as an output plan, a junta's mining code,
// state equity mandates, royalty cuts, an analyst quoting Xinhua once).
// Never tuned against. Figures are in docs/classifier.md; the floors sit
// just under the first run.
func TestPublishedHeldout15(t *testing.T) {
	scorePublished(t, "published held-out 15", loadPublished(t, "heldout15"), 0, 0.99, 0.99)
}

// TestPublishedHeldout16 scores the classifier on the sixteenth held-out
// set (internal/companies/testdata/heldout16/roles), written without
// reading the lexicon and weighted toward state and national press from
// China, Zimbabwe, Mexico and Bolivia (SOE Party-building conferences, a
// year-end work review and an inspection-rectification report, plenary
// spirit framed as a safety campaign and as an output report, a provincial
// standing committee putting political tasks first, ruling-party, veterans',
// union and sovereignty speeches) against hard negatives from the same
// outlets (MIIT quotas and standard-conditions lists, MOFCOM licences,
// export figures, an SOE absorption, a president commissioning a plant, a
// Party secretary at a signing, royalty and equity-stake policy, lithium
// contracts, budgets and arbitration, "high-quality development" as a
// target, an analyst quoting Xinhua once) and company releases. Never
// tuned against. Figures are in docs/classifier.md; the floors sit just
// under the first run.
func TestPublishedHeldout16(t *testing.T) {
	scorePublished(t, "published held-out 16", loadPublished(t, "heldout16"), 0, 0.99, 0.99)
}

// TestPublishedHeldout17 scores the classifier on the seventeenth held-out
// set (internal/companies/testdata/heldout17/roles), written without
// reading the lexicon and weighted toward REEx-style briefings and
// mining-trade press, with state and national press from China, Zimbabwe,
// Mali, Bolivia, Mexico, Vietnam, Namibia, Indonesia and Chile (a
// plenary-spirit safety campaign, SOE Party-building and theme-education
// items, a provincial standing committee putting political tasks first, a
// state-press polemic, sovereignty and dignity speeches, a Party emulation
// movement) against hard negatives (MOFCOM licences quoting Xinhua once, an
// SOE asset injection with its Party secretary, a Party Secretary at a
// signing, "high-quality development" as an output target, a president's
// plant visit, royalty and equity-stake rules, a junta's mining code as
// supply risk, state lithium contracts, an analyst quoting Xinhua once).
// Never tuned against. Figures are in docs/classifier.md; the floors sit
// just under the first run.
func TestPublishedHeldout17(t *testing.T) {
	scorePublished(t, "published held-out 17", loadPublished(t, "heldout17"), 0, 0.99, 0.99)
}

// TestPublishedHeldout18 scores the classifier on the eighteenth held-out
// set (internal/companies/testdata/heldout18/roles), written in round 12
// without reading the lexicon and weighted toward state and national press
// from China, Zimbabwe, Mexico and Bolivia (SOE Party-committee plenary
// study meetings and Party-building work conferences, a commendation
// meeting, a plenary-spirit safety campaign, a municipal standing committee
// putting political construction first, a state-press editorial on
// sovereignty, ruling-party, war veterans', presidential, senate and party
// congress sovereignty speeches) against hard negatives from the same
// outlets (MIIT quotas, MOFCOM licences, an SOE takeover signed before a
// provincial Party secretary, a signing ceremony, "high-quality
// development" as an output plan, mining-rights rules quoting the Party
// Central Committee once, royalty cuts, equity-stake bills, lithium
// contracts and arbitration, an analyst echoing Xinhua once) and company
// releases. Never tuned against. Figures are in docs/classifier.md; the
// floors sit just under the first run.
func TestPublishedHeldout18(t *testing.T) {
	scorePublished(t, "published held-out 18", loadPublished(t, "heldout18"), 0, 0.99, 0.99)
}

// TestPublishedHeldout19 scores the classifier on the nineteenth held-out
// set (internal/companies/testdata/heldout19/roles), written in session 26
// without reading the lexicon and weighted toward REEx-style briefings and
// mining-trade press, with state and national press from China,
// Zimbabwe, Kazakhstan, Nigeria, Mexico, Bolivia, Chile, Indonesia and
// Vietnam (SOE Party-building, commendation and emulation meetings, a
// plenary-spirit safety campaign, a regional standing committee putting
// political tasks first, a REEx write-up of a Party study readout, a
// state-press polemic, sovereignty speeches) against hard negatives
// (MOFCOM licences, MIIT quotas, an SOE consolidation unveiled before the
// provincial Party secretary, "high-quality development" as an output
// plan, a president's plant visit, royalty rises, a state-majority lithium
// venture and law, junta mining codes and conflict as supply risk,
// analysts quoting Xinhua once). Never tuned against. Figures are in
// docs/classifier.md; the floors sit just under the first run.
func TestPublishedHeldout19(t *testing.T) {
	scorePublished(t, "published held-out 19", loadPublished(t, "heldout19"), 0, 0.99, 0.99)
}

// TestPublishedHeldout20 scores the classifier on the twentieth held-out
// set (internal/companies/testdata/heldout20/roles), written in session 26
// without reading the lexicon and weighted toward state and national press
// from China, Zimbabwe, Mexico and Bolivia (SOE Party-committee plenary and
// "first topic" study meetings, a Party-building feature at a mine, a
// plenary-spirit safety campaign, a provincial standing committee putting
// political construction first, a SASAC notice, a commendation meeting, a
// state-press editorial, presidential, vice-presidential, war veterans' and
// party-assembly sovereignty speeches) against hard negatives from the same
// outlets (MOFCOM licences, MIIT quotas, an SOE takeover signed before a
// provincial Party secretary, "high-quality development" as a target, a
// president's plant visits, equity-stake and export-permit policy, lithium
// contracts, tenders and arbitration, an analyst quoting Xinhua once) and
// company releases. Never tuned against. Figures are in docs/classifier.md;
// the floors sit just under the first run.
func TestPublishedHeldout20(t *testing.T) {
	scorePublished(t, "published held-out 20", loadPublished(t, "heldout20"), 0, 0.99, 0.99)
}

// TestPublishedHeldout21 scores the classifier on the twenty-first held-out
// set (internal/companies/testdata/heldout21/roles), written in session 27
// without reading the lexicon: REEx-style briefings and mining-trade press
// with positives from state and national press (SOE Party-committee study
// and Party-building work in China and Vietnam, a plenary-spirit safety
// campaign, a provincial standing committee putting political construction
// first, a reply letter from the General Secretary, a state-press
// polemic, Zimbabwean and Mexican sovereignty speeches, a ruling-party
// conference) against hard negatives (a MOFCOM export licence,
// "high-quality development" as an output target, a president's plant
// visit and a smelter inauguration, royalty and equity-mandate rules, a
// junta mining code as supply risk, an SOE tungsten merger signed before a
// provincial Party secretary, a state lithium contract, an analyst quoting
// Xinhua once). Never tuned against. Figures are in docs/classifier.md; the
// floors sit just under the first run.
func TestPublishedHeldout21(t *testing.T) {
	scorePublished(t, "published held-out 21", loadPublished(t, "heldout21"), 0, 0.99, 0.99)
}

// TestPublishedHeldout22 scores the classifier on the twenty-second
// held-out set (internal/companies/testdata/heldout22/roles), written in
// session 27 without reading the lexicon and weighted toward national press
// in English translation (DRC, Zambia, Chile, Argentina, Indonesia,
// Kazakhstan, Uzbekistan, Vietnam, Myanmar, Namibia, Mali, Bolivia,
// Mexico, Zimbabwe) and analyst notes: positives that use little Party
// vocabulary (ruling-party rallies framed as mining news, sovereignty and
// dignity speeches, a state-press commentary putting loyalty before
// business, Party-building in SOEs written in plain English, a provincial
// committee putting political tasks first) against hard negatives naming
// politics in business terms (resource nationalism under analysis, a
// junta's mining code as supply risk, state equity mandates, election-risk
// notes, export bans and quotas, MOFCOM licences, an SOE takeover before a
// provincial Party secretary, "high-quality development" as a target, a
// president's plant visit, an analyst quoting Xinhua once). Never tuned
// against. Figures are in docs/classifier.md; the floors sit just under the
// first run.
func TestPublishedHeldout22(t *testing.T) {
	scorePublished(t, "published held-out 22", loadPublished(t, "heldout22"), 0, 0.99, 0.99)
}

// TestPublishedHeldout23 scores the classifier on the twenty-third
// held-out set (internal/companies/testdata/heldout23/roles), written in
// session 28 without reading the lexicon and weighted toward REEx-style
// briefings, trade press and company releases, with six state-press items
// and a few analyst notes: positives include a Party campaign at an SOE, a
// junta's sovereignty speech carried on a wire and a broker note arguing
// "decoupling" as a moral imperative; hard negatives name quota rules, a
// Pentagon price floor and a Party line in passing in an output story.
// Scored once at the end of session 28's first round. Figures are in
// docs/classifier.md; the floors sit just under that run.
func TestPublishedHeldout23(t *testing.T) {
	scorePublished(t, "published held-out 23", loadPublished(t, "heldout23"), 0, 0.94, 0.99)
}

// TestPublishedHeldout24 scores the classifier on the twenty-fourth
// held-out set (internal/companies/testdata/heldout24/roles), written in
// session 28 without reading the lexicon and weighted toward state and
// national press in English translation (China, Zimbabwe, Mexico, Bolivia,
// the DRC, Indonesia, Kazakhstan, Uzbekistan) and political-risk notes,
// with hard calls both ways: Party-building and loyalty items at mining
// companies, sovereignty speeches and rallies, against a Party Secretary at
// a signing, a leader's letter read at an expo, juntas and coups as country
// risk, state equity and "mobilising capital". Scored once at the end of
// session 28's first round. Figures are in docs/classifier.md; the floors
// sit just under that run.
func TestPublishedHeldout24(t *testing.T) {
	scorePublished(t, "published held-out 24", loadPublished(t, "heldout24"), 0, 0.99, 0.99)
}

// TestPublishedHeldout25 scores the classifier on the twenty-fifth
// held-out set (internal/companies/testdata/heldout25/roles), written in
// session 28 while its second round ran, without reading the lexicon: a
// mixed week of REEx-style briefings, trade press and price reports,
// releases and state press, 8 of 40 ideology. Scored once on the session's
// final tree. Figures are in docs/classifier.md; the floors sit just under
// that run.
func TestPublishedHeldout25(t *testing.T) {
	scorePublished(t, "published held-out 25", loadPublished(t, "heldout25"), 0, 0.99, 0.99)
}

// TestPublishedHeldout26 scores the classifier on the twenty-sixth
// held-out set (internal/companies/testdata/heldout26/roles), written in
// session 28 while its second round ran, without reading the lexicon:
// state and national press in translation (China, Zimbabwe, Mexico,
// Bolivia, the DRC, Indonesia, Chile, Argentina, Kazakhstan), political-risk
// notes and releases, 12 of 40 ideology against hard business negatives.
// Scored once on the session's final tree. Figures are in
// docs/classifier.md; the floors sit just under that run.
func TestPublishedHeldout26(t *testing.T) {
	scorePublished(t, "published held-out 26", loadPublished(t, "heldout26"), 0, 0.99, 0.99)
}

// TestPublishedHeldout27 scores the classifier on the twenty-seventh
// held-out set (internal/companies/testdata/heldout27/roles), written in
// session 28 while its third round ran, without reading the lexicon: a
// mixed week (REEx-style briefings, trade press and price reports,
// releases, state press), mostly real companies, 7 of 40 ideology. Scored
// once on the session's final tree. Figures are in docs/classifier.md; the
// floors sit just under that run.
func TestPublishedHeldout27(t *testing.T) {
	scorePublished(t, "published held-out 27", loadPublished(t, "heldout27"), 0, 0.92, 0.99)
}

// TestPublishedHeldout28 scores the classifier on the twenty-eighth
// held-out set (internal/companies/testdata/heldout28/roles), written in
// session 28 while its third round ran, without reading the lexicon:
// national press in translation (China, Zimbabwe, Mexico, Bolivia, the
// DRC, Indonesia, Chile, Argentina, Kazakhstan), political-risk notes and
// releases, mostly real companies, 12 of 40 ideology. Scored once on the
// session's final tree. Figures are in docs/classifier.md; the floors sit
// just under that run.
func TestPublishedHeldout28(t *testing.T) {
	scorePublished(t, "published held-out 28", loadPublished(t, "heldout28"), 0, 0.99, 0.99)
}

// TestPublishedHeldout29 scores the classifier on heldout29
// (internal/companies/testdata/heldout29/roles), written blind in session
// 29 as a REEx reader's week (5 ideology: a minister's rally speech as
// mining news, Party-loyalty readouts; against a state-media output story
// quoting Party-building and an EU protectionism debate). Scored once at
// the end of round 20; never tuned against. Floors just under that run.
func TestPublishedHeldout29(t *testing.T) {
	scorePublished(t, "published held-out 29", loadPublished(t, "heldout29"), 40, 0.99, 0.99)
}

// TestPublishedHeldout30 scores the classifier on heldout30, written blind
// in session 29: state and national press from China, Zimbabwe, Mexico and
// Bolivia (12 ideology: Party readouts at SOEs, sovereignty speeches, "our
// lithium" rallies and pledges; against royalty, equity-mandate, election
// and export-control business items). Scored once at the end of round 20;
// never tuned against. Floors just under that run.
func TestPublishedHeldout30(t *testing.T) {
	scorePublished(t, "published held-out 30", loadPublished(t, "heldout30"), 40, 0.99, 0.99)
}

// TestPublishedHeldout31 scores the classifier on heldout31, written blind in
// session 29 as another REEx reader's week (5 ideology: Party-campaign
// items, a sovereignty speech; hard negatives: an EU protectionism debate
// in an analysis, a quota notice quoting the Party in passing). Scored once
// at the end of round 21; never tuned against. Floors just under that run.
func TestPublishedHeldout31(t *testing.T) {
	scorePublished(t, "published held-out 31", loadPublished(t, "heldout31"), 40, 0.99, 0.99)
}

// TestPublishedHeldout32 scores the classifier on heldout32, written blind in
// session 29: state and national press from China, Zimbabwe, Mexico and
// Bolivia (12 ideology: Party-building at SOEs, heritage rallies, sovereignty
// speeches; against quota notices, budgets, arbitration and export
// business). Scored once at the end of round 21; never tuned against.
// Floors just under that run.
func TestPublishedHeldout32(t *testing.T) {
	scorePublished(t, "published held-out 32", loadPublished(t, "heldout32"), 40, 0.99, 0.99)
}

// TestPublishedHeldout33 scores the classifier on heldout33, written blind in
// session 29 as a third REEx reader's week (6 ideology: a minister's speech
// at a plant opening, a junta's speech, Party items in state press; hard
// negatives: a quota notice in political phrasing, REEx items heavy with
// geopolitics). Scored once at the end of round 22; never tuned against.
func TestPublishedHeldout33(t *testing.T) {
	scorePublished(t, "published held-out 33", loadPublished(t, "heldout33"), 40, 0.99, 0.99)
}

// TestPublishedHeldout34 scores the classifier on heldout34, written blind in
// session 29: state and national press from China, Zimbabwe, Mexico and
// Bolivia (12 ideology: Party-group readouts, rallies, sovereignty speeches;
// against notices, hearings, budgets and a lithium-law debate in business
// terms). Scored once at the end of round 22; never tuned against.
func TestPublishedHeldout34(t *testing.T) {
	scorePublished(t, "published held-out 34", loadPublished(t, "heldout34"), 40, 0.99, 0.99)
}
