package companies

import (
	"github.com/lode-reader/lode/internal/excerpt"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/minerals"
)

// roleItem is one hand-written excerpt under testdata/{corpus,heldout}/roles,
// labelled with what it is about: header lines "title:", "style:" (whose
// style it imitates), "published:" (YYYY-MM-DD), "highlight:" (one per
// publisher highlight, optional), "subjects:", "mentions:" and "minerals:"
// (names separated by "|"), a "---" line, then the body.
type roleItem struct {
	file                         string
	doc                          Doc
	subjects, mentions, minerals []string
}

func loadRoleItems(t testing.TB, dir string) []roleItem {
	t.Helper()
	return loadRoleItemsFrom(t, filepath.Join("testdata", dir), dir, 25)
}

// loadRoleItemsFrom reads the labelled items of path/roles, naming each
// file dir/<file>, and fails when there are fewer than least.
func loadRoleItemsFrom(t testing.TB, path, dir string, least int) []roleItem {
	t.Helper()
	exs, err := excerpt.Glob(filepath.Join(path, "roles", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(exs) < least {
		t.Fatalf("%s/roles has %d items, want at least %d", path, len(exs), least)
	}
	var items []roleItem
	for _, e := range exs {
		f := dir + "/" + e.Name
		it := roleItem{file: f, doc: Doc{Body: e.Body}}
		seen := map[string]bool{}
		for _, h := range e.Headers {
			k, v, line := h.Key, h.Value, h.Line
			seen[k] = true
			switch k {
			case "title":
				it.doc.Title = v
			case "style":
			case "published":
				if it.doc.Published, err = time.Parse("2006-01-02", v); err != nil {
					t.Fatalf("%s: %v", f, err)
				}
			case "highlight":
				it.doc.Highlights = append(it.doc.Highlights, v)
			case "subjects":
				it.subjects = splitNames(v)
			case "mentions":
				it.mentions = splitNames(v)
			case "minerals":
				it.minerals = splitNames(v)
			case "ideology":
				// read by internal/classify's TestPublishedHeldout
			default:
				t.Fatalf("%s: unknown header %q", f, line)
			}
		}
		for _, k := range []string{"title", "style", "published", "subjects", "mentions", "minerals"} {
			if !seen[k] {
				t.Fatalf("%s: no %q header (write it empty when there is nothing)", f, k)
			}
		}
		items = append(items, it)
	}
	return items
}

// score counts true positives, false positives and false negatives of got
// against want, logging each error.
type score struct{ tp, fp, fn int }

func (s *score) add(t *testing.T, what, file string, got, want []string) {
	for _, n := range got {
		if !slices.Contains(want, n) {
			t.Logf("%s: %s: extra %q", file, what, n)
		}
	}
	for _, n := range want {
		if !slices.Contains(got, n) {
			t.Logf("%s: %s: missed %q", file, what, n)
		}
	}
	s.count(got, want)
}

// count adds got against want to s without logging.
func (s *score) count(got, want []string) {
	for _, n := range got {
		if slices.Contains(want, n) {
			s.tp++
		} else {
			s.fp++
		}
	}
	for _, n := range want {
		if !slices.Contains(got, n) {
			s.fn++
		}
	}
}

func (s score) precision() float64 { return float64(s.tp) / float64(max(s.tp+s.fp, 1)) }
func (s score) recall() float64    { return float64(s.tp) / float64(max(s.tp+s.fn, 1)) }
func (s score) min() float64       { return min(s.precision(), s.recall()) }

// TestRolesCorpus measures, on excerpts written in real publishers' styles,
// how well Analyze tells the companies an item is about (subjects) from the
// ones it only names (mentions), and how well minerals.Analyze tags the
// minerals an item is about. testdata/corpus/roles was used to build the
// rules; testdata/heldout/roles was written at the same time and never
// tuned against; heldout2 and heldout3 imitate real publishers' styles
// (heldout3 written without reading the rule code or data). Figures are
// in docs/companies.md; the test fails when one falls below the floor
// recorded here, so a change that costs quality is seen.
func TestRolesCorpus(t *testing.T) {
	d := mustDefault(t)
	ms, err := minerals.Default()
	if err != nil {
		t.Fatal(err)
	}
	// Floors sit a little under the figures in docs/companies.md. Held-out
	// mentions are low because most missed names are in no dictionary and
	// carry no suffix or ticker ("Harita Nickel", "Young Poong").
	floors := map[string]map[string]float64{
		"corpus":  {"subjects": 0.98, "mentions": 0.98, "minerals": 0.99},
		"heldout": {"subjects": 0.99, "mentions": 0.99, "minerals": 0.96},
		// heldout2 was written after the rules above, in the styles real
		// publishers use, and is not tuned against.
		"heldout2": {"subjects": 0.99, "mentions": 0.99, "minerals": 0.97},
		// heldout3 and heldout4 were written blind (docs/companies.md) and
		// scored once at the end of their round; their misses were then read
		// and the next round's rules tuned on them, so they are tuned sets
		// now. Floors sit just under the figures after that round.
		"heldout3": {"subjects": 0.98, "mentions": 0.98, "minerals": 0.98},
		"heldout4": {"subjects": 0.93, "mentions": 0.96, "minerals": 0.93},
		// heldout5 was written by a third author before reading the rules
		// or their data, and is not tuned against (docs/companies.md);
		// scored once on c72e84c; round 4 then tuned on its misses, so it is a
		// tuned set now and its floors sit just under round 5's figures.
		"heldout5": {"subjects": 0.99, "mentions": 0.98, "minerals": 0.96},
		// heldout6 was written by another author before reading the rules or
		// their data, weighted toward what real feeds carry (REEx briefings,
		// dense wire, dual-partner releases, state press in translation), and
		// it was scored once on c72e84c; round 4 then tuned on its misses, so
		// it is a tuned set now and its floors sit just under round 5's
		// figures (docs/companies.md).
		"heldout6": {"subjects": 0.98, "mentions": 0.98, "minerals": 0.99},
		// heldout8 and heldout7 were written blind by two other authors
		// (heldout7 weighted toward real feeds, about half of its subjects
		// outside the dictionary) and scored once at the end of round 5;
		// round 6 then tuned on their misses, so they are tuned sets now and
		// their floors sit just under round 6's figures, raised in round 7
		// (with heldout, heldout3 and heldout4) to just under its figures
		// (docs/companies.md).
		"heldout8": {"subjects": 0.98, "mentions": 0.98, "minerals": 0.99},
		"heldout7": {"subjects": 0.96, "mentions": 0.96, "minerals": 0.93},
		// heldout10 was written blind by another author (before reading the
		// rules or their data), weighted toward real feeds outside China
		// (African, Latin American, Indonesian and Central Asian press,
		// releases with partners and footers, about a quarter of its
		// subjects outside the dictionary). Scored blind at the end of round
		// 7, tuned on in rounds 8 and 9; the floors sit just under round 9's
		// figures (docs/companies.md).
		"heldout10": {"subjects": 0.95, "mentions": 0.95, "minerals": 0.98},
		// heldout9 was written blind by another author at the end of round 6,
		// weighted toward real feeds and the patterns (holdings and
		// "such as" lists, 49% shareholders, parents, bid targets, former
		// owners of equipment, renamed sellers, bare brand names, initials),
		// half of its subjects outside the dictionary; scored blind at the
		// end of round 7, tuned on in rounds 8 and 9; its floors sit just
		// under round 9's figures (docs/companies.md).
		"heldout9": {"subjects": 0.95, "mentions": 0.95, "minerals": 0.96}, // subjects: round 23 (a second-paragraph builder the author calls a mention, h44)
		// heldout11 was written blind by another author (before reading the
		// rules or their data), weighted toward what the real held-out set is
		// made of: REEx-style briefings and mining-trade press, with analyst
		// notes, market wraps, releases with partners and footers, and state
		// and national press; about half of its subjects outside the
		// dictionary. Never tuned against; the floors sit just under its first
		// run (docs/companies.md). Round 17 put Guangxi Nonferrous Metals
		// Group in the dictionary: h41 names it once as a unit's owner but
		// the analyzer makes the known group a subject (a descriptor in the
		// title and highlight resolves to it), so one item moves a name from
		// mentions to subjects; floors just under the figures after that.
		// roles17 then found the cause ("a subsidiary of the Guangxi
		// provincial rare earth group" read "Guangxi" as the parent's name,
		// which the group's name then took in) and the floors went back up.
		"heldout11": {"subjects": 0.93, "mentions": 0.95, "minerals": 0.96}, // round 23: h23, a second-paragraph company the author calls a mention
		// heldout12 was written blind by another author (before reading the
		// rules or their data), weighted toward company releases (tickers on
		// several listings, subsidiaries, JV partners, both partners'
		// footers, lead managers, strategic investors) and state and
		// national press from China, Zimbabwe, Mexico and Bolivia, about a
		// third of its subjects outside the dictionary. Never tuned
		// against; the floors sit just under its first run
		// (docs/companies.md).
		"heldout12": {"subjects": 0.93, "mentions": 0.94, "minerals": 0.99},
		// heldout13 was written blind by another author (before reading the
		// rules or their data), weighted toward REEx-style briefings and
		// mining-trade press, with analyst notes, market wraps, releases
		// with partners and footers, and state and national press; about
		// half of its subjects outside the dictionary, short forms that are
		// ordinary words, subsidiaries named like projects, renamed
		// companies, items with no company. Never tuned against; the floors
		// sit just under its first run (docs/companies.md).
		// Round 11 tuned the minerals rules on heldout13 and heldout14 (their
		// minerals floors sit just under round 11's figures).
		"heldout13": {"subjects": 0.92, "mentions": 0.97, "minerals": 0.99}, // mentions: round 19; both -0.01 round 23 (h29, a second-paragraph counterparty the author calls a mention)
		// Round 10 also tuned the company rules on heldout11 and heldout12:
		// their subjects and mentions floors (and heldout5's, which rose with
		// them) sit just under round 10's figures (docs/companies.md, "Round
		// 10 (tuned on heldout11 and heldout12)").
		// Round 10 tuned the minerals rules on heldout11 and heldout12
		// (burned after their one blind scoring): the minerals floors of
		// those two, corpus, heldout4, heldout5 and heldout7 sit just under
		// round 10's figures (docs/companies.md, "### Minerals").
		// heldout14 was written blind in round 11 (before reading the rules
		// or their data), weighted toward company releases and state and
		// national press from China, Zimbabwe, Mexico and Bolivia, with
		// about half its subjects outside the dictionary. Never tuned
		// against; the floors sit just under its first run
		// (docs/companies.md). Round 11's detection raised both sets'
		// subjects and mentions: those floors sit just under its figures.
		"heldout14": {"subjects": 0.86, "mentions": 0.87, "minerals": 0.93},
		// heldout15 was written blind in round 11 (before reading the rules
		// or their data), weighted toward REEx-style briefings and
		// mining-trade press, with analyst notes, market wraps, releases
		// with partners and footers, and state and national press; about
		// two fifths of its subjects outside the dictionary. Never tuned
		// against; the floors sit just under its first run
		// (docs/companies.md). Round 12 tuned the minerals rules on it
		// (burned after its one blind scoring): its minerals floor sits just
		// under round 12's figure. Round 12's detection was tuned on it too:
		// its subjects and mentions floors sit just under those figures.
		"heldout15": {"subjects": 0.90, "mentions": 0.93, "minerals": 0.94},
		// heldout16 was written blind in round 11 (before reading the rules
		// or their data), weighted toward company releases (tickers on
		// several listings, subsidiaries, JV vehicles, both partners'
		// footers, lead managers, 19.9% strategic investors) and state and
		// national press from China, Zimbabwe, Mexico and Bolivia, with half
		// its subjects outside the dictionary. Never tuned against; the
		// floors sit just under its first run (docs/companies.md); round 12
		// tuned the minerals rules on it, and its minerals floor sits just
		// under round 12's figure; so do its subjects and mentions floors
		// under round 12's detection figures (tuned).
		"heldout16": {"subjects": 0.94, "mentions": 0.96, "minerals": 0.98}, // mentions: round 19
		// heldout17 was written blind in round 12 (before reading the rules
		// or their data), weighted toward REEx-style briefings (5-7
		// highlights, varied analysis headings) and mining-trade press, with
		// analyst notes, market wraps, an ETF rebalance and state and
		// national press; about a quarter of its subjects outside the
		// dictionary. Never tuned against; the floors sit just under its
		// first run (docs/companies.md).
		"heldout17": {"subjects": 0.95, "mentions": 0.94, "minerals": 0.98}, // subjects: round 17
		// heldout18 was written blind in round 12 (before reading the rules
		// or their data), weighted toward company releases (tickers on
		// several listings, subsidiaries, JV vehicles, both partners'
		// footers, lead managers, a 19.9% strategic investor) and state and
		// national press from China, Zimbabwe, Mexico and Bolivia, with
		// about a third of its subjects outside the dictionary. Never tuned
		// against; the floors sit just under its first run
		// (docs/companies.md).
		"heldout18": {"subjects": 0.98, "mentions": 0.95, "minerals": 0.95},
		// heldout19 was written blind in session 26 (before reading the
		// rules or their data), weighted toward REEx-style briefings (6-8
		// highlights, some nested, varied analysis headings) and
		// mining-trade press, with analyst notes, a market wrap, releases
		// with partners and footers, and state and national press; about a
		// third of its subjects outside the dictionary; labelled by the
		// session-26 labelling convention. Never tuned against;
		// the floors sit just under its first run (docs/companies.md); its
		// minerals floor just under round 15's figure (scored once with
		// rules fitted on the older sets, then read: "Minerals, round 15").
		// Round 15 also read its
		// company misses and tuned on them (after scoring it once with rules
		// fitted on the older sets): its subjects and mentions floors, and
		// those of heldout6-18 that rose, sit just under round 15's figures
		// ("Round 15: convention classes in the rules").
		"heldout19": {"subjects": 0.94, "mentions": 0.95, "minerals": 0.97},
		// heldout20 was written blind in session 26 (before reading the
		// rules or their data), labelled by the session's convention,
		// weighted toward company releases (tickers on several listings,
		// subsidiaries, JV vehicles, both partners' footers, a lead
		// manager, a 19.9% strategic investor) and state and national press
		// from China, Zimbabwe, Mexico and Bolivia, with about two fifths
		// of its subjects outside the dictionary. Never tuned against until
		// round 15, which tuned on it like heldout19 (its subjects and
		// mentions floors sit just under round 15's figures).
		"heldout20": {"subjects": 0.96, "mentions": 0.95, "minerals": 0.98},
		// heldout21 was written blind in session 27 (before reading the
		// rules or their data), labelled by the session-26 convention
		// (docs/labelling.md), weighted toward REEx-style briefings (5-8
		// highlights, some nested, varied analysis headings) and
		// mining-trade press, with releases (TSXV, ASX, AIM, JSE, NSE),
		// analyst notes, market wraps and state and national press; close
		// to half of its subjects outside the dictionary. Scored once at the
		// end of round 15; round 16 tuned on its misses (a tuned set now):
		// floors just under round 16's figures (docs/companies.md), raised to
		// just under round 17's.
		"heldout21": {"subjects": 0.98, "mentions": 0.98, "minerals": 0.95},
		// heldout22 was written blind in session 27 (before reading the
		// rules or their data), labelled by the session-26 convention,
		// weighted toward national press in English translation from the
		// DRC, Zambia, Chile, Argentina, Indonesia, Kazakhstan, Uzbekistan,
		// Vietnam and Myanmar, with analyst notes (price targets, peer
		// lists, an ETF rebalance, results previews), company quarterlies
		// and AGMs, releases with partners' footers and REEx-style
		// briefings; about a third of its subjects outside the dictionary.
		// Scored once at the end of round 15; round 16 tuned on its misses
		// (a tuned set now): floors just under round 16's figures (subjects
		// raised to just under round 17's).
		"heldout22": {"subjects": 0.97, "mentions": 0.97, "minerals": 0.97},
		// heldout23 and heldout24 were written blind in session 28 (before
		// reading the rules or their data), labelled by the session-26
		// convention: heldout23 weighted toward REEx-style briefings, trade
		// press and releases, heldout24 toward state and national press in
		// translation (China, Zimbabwe, Mexico, Bolivia, the DRC, Indonesia,
		// Central Asia) and political-risk notes. Scored once at the end of
		// session 28's first round; floors just under that run
		// (docs/companies.md, "The blind sets of round 17, scored at its end");
		// round 18 tuned the minerals rules on both (a tuned set now): the
		// minerals floors sit just under round 18's figures, and so do the
		// company floors after round 18 tuned detection and roles on them.
		"heldout23": {"subjects": 0.98, "mentions": 0.97, "minerals": 0.97},
		"heldout24": {"subjects": 0.95, "mentions": 0.94, "minerals": 0.96},
		// heldout25 (a mixed week: briefings, trade press, price reports,
		// releases, state press) and heldout26 (national press in
		// translation, political-risk notes, releases) were written blind
		// in session 28 while its second round ran, and scored once on the
		// session's final tree (docs/companies.md, "The blind sets of round
		// 18, scored at its end"); floors just under that run. Round 19
		// tuned the company rules on both (tuned sets now): floors just
		// under its figures.
		"heldout25": {"subjects": 0.97, "mentions": 0.95, "minerals": 0.99},
		"heldout26": {"subjects": 0.95, "mentions": 0.92, "minerals": 0.99},
		// heldout27 (a mixed week) and heldout28 (national press in
		// translation, political-risk notes, releases), mostly real
		// companies, were written blind in session 28 while its third round
		// ran, and scored once on the session's final tree
		// (docs/companies.md, "The blind sets of round 19, scored at its
		// end"); floors just under that run. Round 20 tuned the company
		// rules on both: company floors just under its figures.
		"heldout27": {"subjects": 0.92, "mentions": 0.95, "minerals": 0.94},
		"heldout28": {"subjects": 0.89, "mentions": 0.94, "minerals": 0.97},
		// heldout29 (a REEx reader's week: briefings, mining press,
		// releases, about 89% real companies) and heldout30 (state and
		// national press from China, Zimbabwe, Mexico and Bolivia, with the
		// mining press and releases around it, about 86% real) were written
		// blind in session 29 while round 20 ran, and scored once on its
		// final tree (docs/companies.md, "The blind sets of round 20,
		// scored at its end"); floors just under that run. Round 21 tuned
		// the company rules on both: company floors just under its figures.
		"heldout29": {"subjects": 0.99, "mentions": 0.97, "minerals": 0.99},
		"heldout30": {"subjects": 0.92, "mentions": 0.93, "minerals": 0.99},
		// heldout31 (a REEx reader's week, weighted to mid-size and small
		// names) and heldout32 (state and national press from China,
		// Zimbabwe, Mexico and Bolivia, with the mining press around it),
		// about 85% real companies, were written blind in session 29 while
		// round 20 ran and scored once at the end of round 21
		// (docs/companies.md, "The blind sets of round 21, scored at its
		// end"); floors just under that run.
		"heldout31": {"subjects": 0.91, "mentions": 0.91, "minerals": 0.84},
		"heldout32": {"subjects": 0.88, "mentions": 0.88, "minerals": 0.97},
		// heldout33 (a third REEx reader's week) and heldout34 (state and
		// national press from China, Zimbabwe, Mexico and Bolivia), about 88%
		// real companies, were written blind in session 29 while round 22
		// ran and scored once at its end (docs/companies.md, "The blind sets
		// of round 22, scored at its end"); floors just under that run.
		"heldout33": {"subjects": 0.93, "mentions": 0.95, "minerals": 0.93},
		"heldout34": {"subjects": 0.84, "mentions": 0.89, "minerals": 0.99},
	}
	// Round 14 relabelled every set by one convention (docs/labelling.md)
	// and brought the rules in line with it: every floor sits just under
	// the figure after both (docs/companies.md, "Round 14: one labelling
	// convention").
	for _, set := range []string{"corpus", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23", "heldout24", "heldout25", "heldout26", "heldout27", "heldout28", "heldout29", "heldout30", "heldout31", "heldout32", "heldout33", "heldout34"} {
		var subj, ment, all, mins score
		items := loadRoleItems(t, set)
		for _, it := range items {
			got, want := analyzed(d, ms, it), handLabels(d, it)
			subj.add(t, "subject", it.file, got.subjects, want.subjects)
			ment.add(t, "mention", it.file, got.mentions, want.mentions)
			all.add(t, "company", it.file, got.all, want.all)
			mins.add(t, "mineral", it.file, got.minerals, want.minerals)
		}
		for _, r := range []struct {
			name string
			s    score
		}{{"subjects", subj}, {"mentions", ment}, {"all companies", all}, {"minerals", mins}} {
			t.Logf("%s %s: %d items, tp=%d fp=%d fn=%d precision=%.3f recall=%.3f min=%.3f",
				set, r.name, len(items), r.s.tp, r.s.fp, r.s.fn, r.s.precision(), r.s.recall(), r.s.min())
			if f, ok := floors[set][r.name]; ok && r.s.min() < f {
				t.Errorf("%s %s: min(P,R) %.3f below %.2f", set, r.name, r.s.min(), f)
			}
		}
	}
}
