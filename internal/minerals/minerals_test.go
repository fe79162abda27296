package minerals

import (
	"slices"
	"strings"
	"testing"
)

func mustDefault(t testing.TB) *Set {
	t.Helper()
	s, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestData checks the embedded data file: it parses (no name claimed by two
// tags, every parent another tag), and it has every mineral traders filter
// by.
func TestData(t *testing.T) {
	s := mustDefault(t)
	tags := s.Tags()
	for _, want := range []string{"rare earths", "NdPr", "dysprosium", "terbium", "lithium", "cobalt", "nickel",
		"graphite", "gallium", "germanium", "tungsten", "antimony", "uranium", "copper"} {
		if !slices.Contains(tags, want) {
			t.Errorf("no tag %q", want)
		}
	}
	for _, m := range s.minerals {
		if m.Tag != strings.TrimSpace(m.Tag) || len(m.Names) == 0 {
			t.Errorf("bad entry %+v", m)
		}
		for _, n := range m.Names {
			if n != strings.ToLower(n) {
				t.Errorf("%s: name %q must be lower case (names match in any case; exact forms go in exact)", m.Tag, n)
			}
		}
	}
	if s.Version() == "" {
		t.Error("empty version")
	}
	// Session 33: a chemistry name that holds no mineral name would never
	// be read.
	for _, names := range s.chemistryNames {
		for _, keys := range names {
			words := tokenize(strings.Join(keys, " "))
			held := false
			for i := range words {
				if _, ok := s.matchAt(words, i); ok {
					held = true
				}
			}
			if !held {
				t.Errorf("chemistry name %q holds no mineral name", strings.Join(keys, " "))
			}
		}
	}
}

// TestParseRejects checks that a data file with an ambiguous name, an
// unknown parent, an empty tag, an unknown key or a malformed word list is
// refused with the file and the cause named.
func TestParseRejects(t *testing.T) {
	for _, c := range []struct{ data, want string }{
		{"[[mineral]]\ntag = \"a\"\nnames = [\"x\"]\n[[mineral]]\ntag = \"b\"\nnames = [\"X\"]\n", `"X" already belongs to "a"`},
		{"[[mineral]]\ntag = \"a\"\nnames = [\"x\"]\nparent = \"zz\"\n", `parent "zz"`},
		{"[[mineral]]\ntag = \" \"\nnames = [\"x\"]\n", "no tag"},
		{"[[mineral]]\ntag = \"a\"\nnames = [\"x\"]\nexact = [\"A B\"]\n", "one word"},
		{"[[mineral]]\ntag = \"a\"\nnames = [\"x\"]\ncolour = 1\n", "unknown key"},
		{"[[mineral]]\ntag = \"a\"\nnames = [\"x\", \"big x\"]\n[[mineral]]\ntag = \"b\"\nparent = \"a\"\nnames = [\"y\"]\ngroups = [\"small x\"]\n", `group "small x" is not a name of its parent`},
		{"highlight_headings = [\"Highlights:\"]\n[[mineral]]\ntag = \"a\"\nnames = [\"x\"]\n", "must be lower case"},
		{"[[mineral]]\ntag = \"a\"\nnames = [\"x\"]\ntitle_cues = [\"two words\"]\n", "must be one word"},
		{"plan_words = [\"is planned\"]\n[[mineral]]\ntag = \"a\"\nnames = [\"x\"]\n", "plan word"},
		{"product_forms = [\"\"]\n[[mineral]]\ntag = \"a\"\nnames = [\"x\"]\n", "product form"},
		{"chemistry_names = [\"x\"]\n[[mineral]]\ntag = \"a\"\nnames = [\"x\"]\n", "chemistry name"},
		{"descriptors = [\"big miner\"]\n[[mineral]]\ntag = \"a\"\nnames = [\"x\"]\n", "descriptor"},
		{"abbreviations = [\"\"]\n[[mineral]]\ntag = \"a\"\nnames = [\"x\"]\n", "abbreviation"},
		{"footer_heads = [\"Forward-Looking Statements\"]\n[[mineral]]\ntag = \"a\"\nnames = [\"x\"]\n", "footer heading"},
		{"footer_heads = [\"media  contact\"]\n[[mineral]]\ntag = \"a\"\nnames = [\"x\"]\n", "footer heading"},
		{"footer_head = [\"about\"]\n[[mineral]]\ntag = \"a\"\nnames = [\"x\"]\n", "unknown key footer_head"},
		{"han_company_words = [\"Co\"]\n[[mineral]]\ntag = \"a\"\nnames = [\"x\"]\n", "han company word"},
		{"han_business_words = [\"\"]\n[[mineral]]\ntag = \"a\"\nnames = [\"x\"]\n", "han business word"},
	} {
		_, err := parse([]byte(c.data))
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "minerals.toml") {
			t.Errorf("parse(%q) = %v, want an error naming minerals.toml, with %s", c.data, err, c.want)
		}
	}
}

func subjects(fs []Found) []string {
	var out []string
	for _, f := range fs {
		if f.Subject {
			out = append(out, f.Tag)
		}
	}
	return out
}

// TestAnalyzeRules checks the subject rules on short texts.
func TestAnalyzeRules(t *testing.T) {
	s := mustDefault(t)
	for _, c := range []struct {
		name string
		doc  Doc
		want []string
	}{
		// Round 30 (ruleLineSpan) guards: a mining company's own news of
		// its mineral still counts, and a business line with no company
		// noun after it ("nickel mining permits") is not a description.
		{"a mining company's own output is still its mineral's news", Doc{Title: "Sagu Raya lifts quarterly output 12%", Body: "Nickel mining company Sagu Raya said on Monday its nickel output rose 12% in the quarter.\n\nShipments to the smelter resumed."}, []string{"nickel"}},
		{"a business line without a company noun is the news", Doc{Title: "Province halts new permits", Body: "The province halted new nickel mining permits on Friday, citing tailings risks.\n\nExisting mines may keep operating."}, []string{"nickel"}},
		// Round 26 (ruleCategoryLead) guards: a list of four examples with
		// no trade measure after a category lead is still a list; a lead
		// that names its mineral beside a category does not reach on.
		{"a category lead's list of four is still a list", Doc{Title: "Why partnerships matter for supply", Body: "Governments are paying more attention to securing critical minerals.\n\nMaterials such as copper, lithium, nickel, cobalt and rare earths are essential to clean energy. Partnerships are growing."}, nil},
		{"a lead naming its mineral beside a category does not reach on", Doc{Title: "Nickel developer wins a provincial grant", Body: "Northvale Nickel won a C$400,000 grant from a provincial critical minerals fund for its nickel refinery.\n\nThe plant will turn concentrate into nickel and nickel-cobalt products for battery makers."}, []string{"nickel"}},
		{"a category lead reaches on only to examples or a trade measure", Doc{Title: "Party congress hears a call for mineral sovereignty", Body: "The president told the congress on Friday that the nation's minerals were its future.\n\n\"Our copper, our lithium and our gold must not enrich others while our young people wait,\" she said. Delegates applauded."}, nil},
		// Round 20: "rare earth enterprises" in a title names the companies
		// (title_company_nouns + enterprises), as "enterprise" did: the
		// enterprises' Party pledge is not rare earths' news.
		{"a title's rare earth enterprises are companies", Doc{Title: "Longnan rare earth enterprises pledge to be 'red pioneers' on the road ahead", Body: "More than 300 Party members from rare earth enterprises across Longnan gathered at a revolutionary memorial on Friday to renew their oath.\n\nThe Party secretary of Longnan Huaxin Rare Earth Co. led the ceremony. Members vowed to guard the green mountains of the rare earth homeland."}, nil},
		{"rare earth enterprises with output are still news", Doc{Title: "Longnan rare earth enterprises lift output 9%", Body: "Rare earth enterprises across Longnan lifted separated oxide output 9% in the half, the city said."}, []string{"rare earths"}},
		{"a child's own price is still its news", Doc{Title: "Magnet feed costs climb", Body: "NdPr oxide prices rose 6% in the week to a two-year high.\n\nTraders linked the rise to export checks. NdPr metal followed."}, []string{"NdPr", "rare earths"}},
		// Round 20: an industrial base or a "capital" in a governance title
		// is a site (site_nouns + base, bases, capital): a company's Party
		// pledge to build the "national rare earth base" is not rare earths'
		// news; a Party chief's title is a state body's (state_body_words +
		// chief), whose minerals are policy and stay.
		{"a rare earth base in a company's Party title is a site", Doc{Title: "Westvale Rare Earth Party committee vows loyalty in building \"northern rare earth base\"", Body: "The Party committee of Westvale Rare Earth Co., Ltd. held a study session on Monday.\n\nCadres pledged to build the northern rare earth base with a firm political stance. The company's rare earth oxide output rose 9% last year, a manager said."}, nil},
		{"a tungsten capital in a Party feature is a site", Doc{Title: "Party banner flies over the \"tungsten capital\"", Body: "In the halls of Dayu Tungsten, red flags mark Party member zones.\n\nCadres said the tungsten capital must stay loyal."}, nil},
		{"a Party chief's rare earth base is policy", Doc{Title: "Region's Party chief stresses political responsibility in building rare earth base", Body: "The regional Party secretary chaired a meeting on Wednesday on building a national base for the rare earth industry.\n\nCadres must not treat rare earths as an ordinary sector."}, []string{"rare earths"}},
		// Round 20: a child in a sentence on a grade (resource_words +
		// grade, grades) is a deposit's or a magnet's grade, not its own
		// price, output or supply (docs/labelling.md, 11).
		{"a deposit's dysprosium grades", Doc{Title: "Nordfjell files mining plan for Arctic rare earth deposit", Highlights: []string{"Nordfjell Minerals lodges its mining plan with the licence authority.", "Dysprosium and terbium grades are the selling point."}, Body: "Nordfjell Minerals said on Monday it had lodged a mining plan for its rare earth deposit near Kiruna.\n\nConstruction would start in 2028."}, []string{"rare earths"}},
		{"a magnet grade's terbium", Doc{Title: "Magnet maker picks Ohio for sintered magnet plant", Highlights: []string{"Plant to make 3,000 t a year of sintered NdFeB magnets", "Terbium only in the top high-temperature grades"}, Body: "Sakuragi Magnetics will build a sintered magnet plant in Ohio, it said on Tuesday.\n\nThe plant will buy rare earth metal from allied suppliers."}, []string{"rare earths"}},
		// Round 18: a mineral before "juniors" or "names" in the title, or
		// before "juniors", "names", "equities" or "stocks" in the body,
		// names companies, not the item's news (an index rebalance, a
		// strategy note).
		{"a title's lithium juniors are companies", Doc{Title: "Index review: metals fund drops three lithium juniors, adds two copper names", Body: "The Solactive Battery Metals index will delete Arroyo Lithium, Kestrel Lithium and Pampa Lithium after the close on Friday, the provider said.\n\nFlows are estimated at $40 million."}, nil},
		{"a body's rare earth equities are companies", Doc{Title: "Strategy note: we favour allied producers", Body: "We raise our weighting on allied producers on Tuesday.\n\nWe would avoid Chinese-listed rare earth equities regardless of valuation. Buyers should accept higher prices for rare earths as the cost of security."}, nil},
		// Round 18: a campaign title is a governance item; one body
		// sentence of output in its readout is not the mineral's news.
		{"an ideological campaign at a state miner", Doc{Title: "Steppe Atom employees join 'Honest Work' campaign, pledge to live by the nation's values", Body: "ASTANA - Employees of the state atomic company Steppe Atom joined the nationwide 'Honest Work' campaign on Monday.\n\nThe chairman said the country's uranium belongs to the people. The company produced 9,100 tonnes of uranium in the half, staff were told."}, nil},
		{"a drilling campaign is news", Doc{Title: "Steppe Atom starts winter drilling campaign", Body: "The state atomic company Steppe Atom began a winter drilling campaign at two uranium leases on Monday.\n\nIt will drill 40 holes. Uranium prices are firm."}, []string{"uranium"}},
		{"a slate with each child's figure is each child's news", Doc{Title: "Clay explorer reports magnet rare earth recoveries", Highlights: []string{"Desorption recovered 70% of NdPr and 62% of dysprosium and terbium."}, Body: "Cerradao Metals said bench tests on its rare earth clay recovered 70% of the NdPr and 62% of the dysprosium and terbium.\n\nA pilot plant is planned."}, []string{"rare earths", "NdPr", "dysprosium", "terbium"}},
		{"a release's dateline does not end the lead", Doc{Title: "Quarterly results", Body: "RENO, Nev., Nov. 6, 2026 - Qorvath Corp. (NYSE: QVX) reported results and an update on its Sage Flat lithium project.\n\nCash was $1.1 billion."}, []string{"lithium"}},
		{"synonym in the lead", Doc{Title: "Offtake signed", Body: "The junior will ship spodumene concentrate from Mali."}, []string{"lithium"}},
		{"child implies parent", Doc{Title: "Heavy separation starts", Body: "The plant produced its first Dy oxide. It was sold."}, []string{"dysprosium", "rare earths"}},
		{"examples are not subjects", Doc{Title: "Battery plant opens", Body: "The plant opened on Monday.\n\nIt will use critical minerals such as lithium, nickel and cobalt."}, nil},
		{"a long list is not a subject", Doc{Title: "Policy paper", Body: "The paper was published.\n\nIt covers lithium, cobalt, nickel, graphite and gallium."}, nil},
		{"repeated in the body", Doc{Title: "Export data", Body: "Shipments rose.\n\nThe numbers were high. Gallium exports doubled. Buyers stocked gallium ahead of controls."}, []string{"gallium"}},
		{"a company's name in the title", Doc{Title: "Jiangxi Tungsten holds Party study session on discipline", Body: "Jiangxi Tungsten Holding Co., Ltd. held a study session on Tuesday. Cadres signed pledges."}, nil},
		{"a company's name in a title-case title", Doc{Title: "Guangsheng Rare Earth Party Committee Studies the Plenum", Body: "The Party committee of Guangsheng Rare Earth (Group) Co., Ltd. met on Monday."}, nil},
		{"a company's name in the title and the mineral in the body", Doc{Title: "Jiangxi Tungsten lifts output", Body: "Jiangxi Tungsten Holding Co., Ltd. reported results on Monday.\n\nIts tungsten concentrate output rose 8% in the year."}, []string{"tungsten"}},
		{"a deposit's name in the title", Doc{Title: "Nolans Rare Earth project gets funding", Body: "The Nolans Rare Earth Project received its final tranche of debt."}, []string{"rare earths"}},
		{"a mineral in the title beside a place", Doc{Title: "Jiangxi Tungsten output rises", Body: "Provincial tungsten output rose 8% in the quarter."}, []string{"tungsten"}},
		{"named once in the body", Doc{Title: "Export data", Body: "Shipments rose.\n\nThe numbers were high. Gallium exports doubled."}, nil},
		{"copper needs more", Doc{Title: "Mine update", Body: "The mine is on track.\n\nIt also produces copper. Copper sales rose."}, nil},
		{"copper in the title", Doc{Title: "Copper output hits record", Body: "The mine is on track."}, []string{"copper"}},
		{"part of a company name", Doc{Title: "Deal signed", Body: "The deal was signed.\n\nShares in Cobalt Blue rose. Investors cheered Ganfeng Lithium and Ganfeng Lithium again."}, nil},
		{"a -free compound is not the mineral", Doc{Title: "Carmaker switches to cobalt-free packs", Body: "The packs use rare-earth-free motors and cells made with Chilean lithium."}, []string{"lithium"}},
		{"a named deposit names its commodity", Doc{Title: "Major project status granted", Body: "The government granted status to the company's Nolans Neodymium-Praseodymium Project."}, []string{"NdPr", "rare earths"}},
		{"magnets are rare earths, not NdPr", Doc{Title: "Magnet maker cuts output", Body: "The company will cut output of neodymium magnets by 30%. Sintered NdFeB magnets made up most of its sales."}, []string{"rare earths"}},
		{"NdPr oxide is still NdPr", Doc{Title: "NdPr oxide prices rise", Body: "Prices rose 4% in the week."}, []string{"NdPr", "rare earths"}},
		{"a company name in a title", Doc{Title: "YLB and Uranium One sign lithium plant contract", Body: "The state company signed the contract on Monday."}, []string{"lithium"}},
		{"an item about Uranium One that names uranium", Doc{Title: "Uranium One lifts output", Body: "Uranium One said uranium output rose 5% at its Kazakh mines."}, []string{"uranium"}},
		{"lines of links to other articles", Doc{Title: "Refinery funded", Body: "The refinery won funding on Monday.\n\nRead more: Lynas lifts dysprosium output\nRelated: Dysprosium prices fall again\nThe plant opens in 2027.\n\nThe post Refinery funded, cobalt next appeared first on Rare Earth Exchanges. Cobalt buyers were told."}, nil},
		{"symbol needs exact case", Doc{Title: "dy and tb", Body: "Nothing here: dy tb."}, nil},
		{"a Party item that reports the mineral's own output in its lead", Doc{Title: "Hollowbrook tungsten mine Party branch holds study session", Body: "The Party branch of the Hollowbrook tungsten mine held a study session on Friday. Output of tungsten concentrate rose 6% in the quarter, the branch said.\n\nCadres checked every shaft."}, []string{"tungsten"}},
		{"an accident at a mine is no Party readout", Doc{Title: "Fatal accident at Kasombo cobalt mine prompts safety inspection", Body: "Eight miners died at the Kasombo cobalt mine on Sunday.\n\nThe provincial mines minister ordered a safety inspection of every shaft."}, []string{"cobalt"}},
		{"a conduct meeting at a rare earth arm", Doc{Title: "Tarnvale's listed rare earth arm holds education meeting on conduct rules", Body: "The listed rare earth arm of Tarnvale held an education meeting on the conduct rules on Monday.\n\nCadres signed pledges. The rare earth arm will report to the group's discipline office."}, nil},
		{"a political row over a mine is the mine's news", Doc{Title: "Political row over Kamwala lithium mine deepens", Body: "Opposition MPs demanded a probe into the Kamwala lithium mine on Tuesday.\n\nThe miners' union backed them."}, []string{"lithium"}},
		{"a provincial Party committee's mineral policy", Doc{Title: "Westland provincial Party committee stresses political responsibility", Body: "The standing committee studied rare earth work on Monday.\n\nIt ordered a crackdown on illegal rare earth mining in three counties."}, []string{"rare earths"}},
		{"a ruling party's lower-case name is no Party readout", Doc{Title: "Miners told to serve the party first", Body: "The minister said lithium mining in the district is a national project.\n\nShe said lithium belonged to the people."}, []string{"lithium"}},
		{"a child's own price once in an item about its parent", Doc{Title: "Kachin fighting cuts clay shipments", Highlights: []string{"Dysprosium oxide prices in China rose 9% in two weeks."}, Body: "Fighting in Kachin State cut shipments of rare earth carbonate to Chinese separators.\n\nSeparators drew down rare earth stocks."}, []string{"dysprosium", "rare earths"}},
		{"nickel named beside its grade is still nickel", Doc{Title: "Cathode maker signs nickel supply deal", Body: "The maker of high-nickel cathode signed a deal to buy 20,000 tonnes of nickel in MHP a year.\n\nNickel prices fell 3%."}, []string{"nickel"}},
		{"high nickel prices are nickel", Doc{Title: "Refiners cut runs", Body: "Refiners cut runs as high nickel prices hurt margins, the group said.\n\nOthers kept output flat."}, []string{"nickel"}},
		{"a release's long headline under its furniture is not the lead", Doc{Title: "Annual results", Body: "MERIDIAN COBALT LIMITED\n(Incorporated in Australia)\n\nAudited results for the twelve months ended 30 June 2026 and final dividend\n\nMeridian Cobalt reported revenue of A$410 million. Its Kipushi plant shipped cobalt hydroxide to Chinese refiners for the first time.\n\nCosts fell."}, []string{"cobalt"}},
		{"a neodymium alloy is a magnet material", Doc{Title: "Kobe alloy maker doubles capacity", Body: "The maker will double its capacity for neodymium strip-cast alloy to 12,000 tonnes a year.\n\nMagnet makers buy most of it."}, []string{"rare earths"}},
		{"publisher highlights count", Doc{Title: "Weekly", Highlights: []string{"Tungsten concentrate prices rose"}, Body: "Markets moved."}, []string{"tungsten"}},
		{"a company's business line is not a subject", Doc{Title: "Rare earth arm sold", Highlights: []string{"The seller keeps its tungsten and battery-materials businesses"}, Body: "The group sold its rare earth unit on Monday.\n\nIts listed tungsten arm was not part of the deal. The copper operations stay too."}, []string{"rare earths"}},
		{"investors and index names are not subjects", Doc{Title: "Risk ranking published", Highlights: []string{"A uranium name dropped from the index"}, Body: "Mali ranked first.\n\nLithium and uranium investors face the most risk, it said. Lithium names fell."}, nil},
		{"assets and investments are about the mineral", Doc{Title: "Deal signed", Body: "The deal closed.\n\nIt gives the buyer lithium assets in Argentina. The lithium investment is the largest this year."}, []string{"lithium"}},
		{"what the item is not about, and comparisons", Doc{Title: "Sodium-ion packs ship", Body: "The packs shipped on Monday.\n\nThey are made without graphite, lithium or cobalt. They cost less than comparable lithium iron phosphate packs and would not replace lithium batteries in cars."}, nil},
		{"a by-product", Doc{Title: "HPAL plant at nameplate", Body: "The plant reached nameplate nickel output.\n\nIt also recovered 560 tonnes of contained cobalt as a by-product. By-product cobalt is sold to traders."}, []string{"nickel"}},
		{"a release's About footer", Doc{Title: "Dysprosium oxide produced", Body: "The company produced its first dysprosium oxide.\n\nThe oxide will be sold in the US.\n\nAbout Qorvath Metals\nQorvath is the largest uranium producer in the state. Its mill is the only uranium mill operating."}, []string{"dysprosium", "rare earths"}},
		{"copper beside a critical mineral is context", Doc{Title: "Lithium is the new copper, deputies say", Body: "Deputies said cobalt and copper would no longer enrich foreigners.\n\nCopper workers marched."}, []string{"lithium", "cobalt"}},
		{"copper listed with metals lode does not tag is one of several", Doc{Title: "Senate raises mining duty", Body: "The Senate created a 1% duty on profits from gold, silver and copper. Copper and zinc miners objected."}, nil},
		{"copper on its own in the lead still counts", Doc{Title: "Mine update", Body: "Copper output rose 8% at the mine."}, []string{"copper"}},
		{"a company named for its mineral, with the mineral's news", Doc{Title: "Westvale Rare Earth's Party committee hails a record year", Body: "Westvale Rare Earth (Group) Co., Ltd. held its Party committee meeting on Tuesday.\n\nIts output of rare earth oxide rose 12% in the year. Branches will hold study sessions."}, []string{"rare earths"}},
		{"a company named for its mineral in a title with news words", Doc{Title: "Westvale rare earth group to close two separation plants", Body: "The Westvale Rare Earth Group said on Monday it would close two plants.\n\nWorkers will move to Baotou."}, []string{"rare earths"}},
		{"a mine named for its mineral in the title is the mine's news", Doc{Title: "Decree puts lithium mine under state committee", Body: "A decree placed the Sanbe lithium mine under a state committee on Monday.\n\nThe committee will name the mine's managers."}, []string{"lithium"}},
		{"an owner's name in a title-case title", Doc{Title: "Buyer Takes Control of Xiamen Tungsten's Rare Earth Arm", Body: "The buyer will pay cash."}, []string{"rare earths"}},
		{"a one-word footer line with a hyphen (was a panic)", Doc{Title: "Cobalt refinery opens", Body: "The cobalt refinery opened on Monday.\n\nAbout-us\nCobalt buyers were told."}, []string{"cobalt"}},
		{"a group in the title, its member once in the body", Doc{Title: "Broker raises target on heavy rare earth premium", Body: "The broker raised its target on Monday.\n\nIt said the miner received $830 a kilogram for dysprosium oxide in the quarter. Shares rose."}, []string{"rare earths", "dysprosium"}},
		{"a group in the lead only, its member once in the body", Doc{Title: "Broker raises target", Body: "The broker said heavy rare earths output would rise.\n\nIt said the miner received $830 a kilogram for dysprosium oxide in the quarter. Shares rose."}, []string{"rare earths"}},
		{"a company described by the mineral in the lead, and the mineral once in the body", Doc{Title: "Shenghe profit rises", Body: "Shenghe, a Shanghai-listed rare earth company, reported higher profit on Wednesday.\n\nPrices rose. Overseas feed made up 41% of the rare earth oxide it processed."}, []string{"rare earths"}},
		{"a company described by the mineral in the lead alone", Doc{Title: "Shenghe profit rises", Body: "Shenghe, a Shanghai-listed rare earth company, reported higher profit on Wednesday.\n\nPrices rose."}, nil},
		{"a company described by copper in the lead, copper twice in the body", Doc{Title: "Germanium plant agreed", Body: "The state copper producer agreed to build a germanium plant.\n\nCopper output rose. Copper prices rose too."}, []string{"germanium"}},
		{"the only mineral a lead names, after including", Doc{Title: "Conference resolves on beneficiation", Body: "Delegates resolved that the country's minerals, including lithium, are a heritage.\n\nThe conference ended on Sunday."}, []string{"lithium"}},
		{"examples in a lead that names several", Doc{Title: "Conference resolves on beneficiation", Body: "Delegates resolved that minerals, including lithium and nickel, are a heritage.\n\nThe conference ended on Sunday."}, nil},
		{"a highlights list at the top of the body counts as highlights", Doc{Title: "Stockpile wants NdPr oxide", Body: "Highlights\n- The agency wants 1,000 tonnes of NdPr oxide.\n- Delivery starts in 2028.\n- It also wants dysprosium metal, in smaller volumes.\n\nThe agency posted its notice on Friday."}, []string{"NdPr", "rare earths", "dysprosium"}},
		{"a nested highlight under a heading", Doc{Title: "Resource released", Body: "Key points:\n\n- The resource is rich in heavy oxides:\n  - 31% of it is terbium;\n- Cash was A$9.8 million.\n\nThe explorer released its resource on Monday."}, []string{"terbium", "rare earths"}},
		{"a heading without bullets is not a highlights list", Doc{Title: "Resource released", Body: "Highlights\nThe explorer released its resource on Monday.\n\nPrices rose. Terbium was flat."}, nil},
		{"an item about doing without a mineral", Doc{Title: "Start-up wins a motor order: rare-earth-free, but not yet at scale", Highlights: []string{"Energy density is half that of sintered NdFeB."}, Body: "The start-up signed a supply deal on Tuesday.\n\nIts magnets are made of iron nitride. They have half the energy of a sintered neodymium-iron-boron grade. Ferrite is the incumbent, not NdPr magnets."}, nil},
		{"-free in the title, the mineral in the lead", Doc{Title: "Magnet maker to build rare earth-free motor line", Body: "The magnet maker will build a line for bonded rare earth magnets.\n\nIt opens in 2028."}, []string{"rare earths"}},
		{"a magnet plant in the title, NdFeB once in the body", Doc{Title: "Magnet maker to raise 1.2 billion yuan for Baotou magnet plant", Body: "The board approved a placement on Tuesday.\n\nThe board met twice. Proceeds will fund a 20,000-tonne sintered NdFeB plant."}, []string{"rare earths"}},
		{"no product word in the title, NdFeB once in the body", Doc{Title: "Placement approved to raise 1.2 billion yuan", Body: "The board approved a placement on Tuesday.\n\nThe board met twice. Proceeds will fund a 20,000-tonne sintered NdFeB plant."}, nil},
		{"a highlights list after the opening paragraph counts as highlights", Doc{Title: "Explorer signs MoU for clay test work", Body: "The explorer signed an MoU with a processor on Monday.\n\nHighlights\n- Dysprosium and terbium oxide output rose 4.1%\n- Results are due in 2027\n\nThe chair said the processor was the best."}, []string{"dysprosium", "rare earths", "terbium"}},
		{"the same lines without a heading are body", Doc{Title: "Explorer signs MoU for clay test work", Body: "The explorer signed an MoU with a processor on Monday.\n\nDysprosium and terbium oxide output rose 4.1%.\nResults are due in 2027.\n\nThe chair said the processor was the best."}, nil},
		{"a release's bracketed lines and headline are not its lead", Doc{Title: "Qorvath Metals plc - Binding offtake", Body: "22 April 2026\n\nQorvath Metals plc\n(\"Qorvath\" or the \"Company\")\n(AIM: QVX)\n\nBinding offtake agreement signed\n\nQorvath Metals plc, the developer of the Sabi rare earth project in Tanzania, has signed a binding offtake.\n\nThe buyer will pay a prepayment."}, []string{"rare earths"}},
		{"a body sentence giving an output of a mineral; a resource's share of another is a grade (docs/labelling.md, 11)", Doc{Title: "Group output hits record", Body: "The group produced a record 68,000 tonnes of oxides in ten months.\n\nOutput of praseodymium-neodymium oxide rose 14 percent. The resource has a high share of dysprosium."}, []string{"NdPr", "rare earths"}},
		{"a body sentence giving a price, or tonnes of a co-product, is not enough", Doc{Title: "HPAL plant ships first cargo", Body: "The plant shipped its first cargo on Monday.\n\nPrices of praseodymium-neodymium oxide were flat. It can make 60,000 tonnes of nickel and 6,000 tonnes of cobalt."}, []string{"nickel"}},
		{"a list that opens a highlight is what it is about", Doc{Title: "Five details in the reserve bill", Highlights: []string{"Rare earth oxides, gallium, germanium and antimony are named as first-priority materials."}, Body: "The bill passed its committee stage."}, []string{"rare earths", "gallium", "germanium", "antimony"}},
		{"a list at the end of a highlight is not", Doc{Title: "Five details in the reserve bill", Highlights: []string{"The bill covers rare earth oxides, gallium, germanium and antimony."}, Body: "The bill passed its committee stage."}, nil},
		{"a mineral listed with metals lode does not tag in the lead", Doc{Title: "President speaks at rally", Body: "The President said Zimbabwe's lithium, platinum and gold belong to the people.\n\nThe rally ended at noon."}, nil},
		{"a mineral alone in the lead", Doc{Title: "President speaks at rally", Body: "The President said Zimbabwe's lithium belongs to the people.\n\nThe rally ended at noon."}, []string{"lithium"}},
		{"a mineral named as a product's input is not a subject", Doc{Title: "Magnet maker doubles Vietnam capacity", Highlights: []string{"Feed of NdPr metal will come partly from Vietnamese refiners.", "New lines will cut dysprosium use per magnet."}, Body: "The magnet maker will double capacity of sintered NdFeB magnets.\n\nMargins widened on lower NdPr input costs. Prices of NdPr metal feed fell."}, []string{"rare earths"}},
		{"the same minerals as outputs are", Doc{Title: "Refiner doubles Vietnam capacity", Highlights: []string{"Output of NdPr metal will double.", "New lines will make dysprosium metal."}, Body: "The refiner will double capacity."}, []string{"NdPr", "rare earths", "dysprosium"}},
		{"a district's second commodity", Doc{Title: "Agency and state miner to explore for rare earths", Highlights: []string{"The target is the Kostanay rare earth and tungsten district."}, Body: "The two agreed to explore the Kostanay rare earth and tungsten district, where rare earth and tungsten occurrences were mapped in the 1970s.\n\nDrilling starts in 2027."}, []string{"rare earths"}},
		{"the same commodity named on its own", Doc{Title: "Agency and state miner to explore for rare earths", Highlights: []string{"The target is the Kostanay rare earth and tungsten district."}, Body: "The two agreed to explore the Kostanay district for tungsten.\n\nDrilling starts in 2027."}, []string{"rare earths", "tungsten"}},
		{"a mineral named only after another that is named alone", Doc{Title: "Separation circuit approved", Body: "The partners approved a dysprosium circuit on Monday.\n\nThe circuit will separate dysprosium and terbium from mixed carbonate. Prices for dysprosium and terbium react within days."}, []string{"dysprosium", "rare earths"}},
		{"two minerals always named as a pair", Doc{Title: "Separation circuit approved", Body: "The partners approved a heavy oxide circuit on Monday.\n\nThe circuit will separate dysprosium and terbium from mixed carbonate. Prices for dysprosium and terbium react within days."}, []string{"dysprosium", "rare earths", "terbium"}},
		{"a mineral a product needs, in the body", Doc{Title: "Magnet maker starts dysprosium-free line", Body: "The magnet maker began mass production on Wednesday.\n\nThe grades still require neodymium and praseodymium. You still need NdPr, an analyst said."}, nil},
		{"a mineral buyers need, in the lead", Doc{Title: "Agency sees a shortfall", Body: "Automakers will need twice as much NdPr oxide by 2030, the agency said.\n\nIt published its outlook on Monday."}, []string{"NdPr", "rare earths"}},
		{"the magnet basket named once, in an item about rare earths", Doc{Title: "Explorer signs offtake for its rare earth project", Highlights: []string{"Pricing linked to NdPr, dysprosium and terbium oxide benchmarks with a floor."}, Body: "The explorer signed an offtake for mixed rare earth carbonate on Monday.\n\nThe buyer takes 65% for ten years."}, []string{"rare earths"}},
		// docs/labelling.md, 11: a share of the basket or a grade is not the
		// element's own price, output or supply.
		{"the basket's share named in a second sentence is a grade, not the members' news", Doc{Title: "Explorer signs offtake for its rare earth project", Highlights: []string{"Pricing linked to NdPr, dysprosium and terbium oxide benchmarks with a floor."}, Body: "The explorer signed an offtake for mixed rare earth carbonate on Monday.\n\nThe buyer takes 65% for ten years. NdPr, dysprosium and terbium make up a third of the basket's value."}, []string{"rare earths"}},
		{"two heavies' share of the basket in a highlight", Doc{Title: "Explorer signs offtake for its rare earth project", Highlights: []string{"Dysprosium and terbium make up 9% of the basket."}, Body: "The explorer signed an offtake for mixed rare earth carbonate on Monday.\n\nThe buyer takes 65% for ten years."}, []string{"rare earths"}},
		{"a product rich in heavies supplies them", Doc{Title: "Brazilian clay producer ramps up", Highlights: []string{"The mixed carbonate is rich in dysprosium and terbium."}, Body: "The producer shipped its first mixed rare earth carbonate from Goias on Monday.\n\nEuropean separators want its dysprosium and terbium."}, []string{"dysprosium", "terbium", "rare earths"}},
		{"a clay rich in heavies", Doc{Title: "Rare earth clay explorer raises A$20 million", Highlights: []string{"The deposit is rich in dysprosium and terbium."}, Body: "The explorer raised A$20 million for drilling on Monday.\n\nIt will test its ionic clay rare earth project."}, []string{"rare earths"}},
		{"a grade in TREO in the lead", Doc{Title: "Wyoming junior updates rare earth resource", Body: "The junior lifted its rare earth resource by 41%, with NdPr at 23% of TREO.\n\nDrilling continues."}, []string{"rare earths"}},
		{"the heavies' own output still counts", Doc{Title: "Separator reports quarter", Highlights: []string{"Dysprosium oxide output rose to 41 tonnes."}, Body: "The separator reported its quarter on Monday.\n\nIt sold more."}, []string{"dysprosium", "rare earths"}},
		// docs/labelling.md, 9: a company described by two minerals.
		{"a uranium and rare earth producer named in the lead", Doc{Title: "Mill gets monazite from Victoria", Body: "The decision ends a wait for the mill. The U.S. uranium and rare earth producer will own 49% of the venture.\n\nMonazite will ship to Utah for rare earth separation."}, []string{"rare earths"}},
		{"lithium-ion names a battery chemistry", Doc{Title: "Ministry lists graphite anode makers", Body: "The ministry listed 14 makers of anode materials for lithium-ion batteries on Friday.\n\nGraphite exports rose."}, []string{"graphite"}},
		{"lithium named as the mineral beside lithium-ion", Doc{Title: "Ministry lists anode makers", Body: "The ministry said lithium supply for lithium-ion batteries was secure.\n\nExports rose."}, []string{"lithium"}},
		{"copper only in a company's name in the title, and once in the body", Doc{Title: "Kamoto Copper Company resumes cobalt exports", Body: "Kamoto Copper Company (KCC) resumed cobalt hydroxide exports on Tuesday.\n\nThe first trucks left. Copper output at KCC was unaffected."}, []string{"cobalt"}},
		{"copper in a company's name in the title, and in two body sentences", Doc{Title: "Kamoto Copper Company resumes cobalt exports", Body: "Kamoto Copper Company (KCC) resumed cobalt hydroxide exports on Tuesday.\n\nThe first trucks left. Copper output at KCC was unaffected. Copper sales rose."}, []string{"copper", "cobalt"}},
		{"a sector list with platinum group metals in the lead", Doc{Title: "Government to take stakes in new mining projects", Body: "Government will hold a 26 percent interest in all new lithium, platinum group metals and rare earth projects, the draft says.\n\nThe Bill is due this year."}, nil},
		{"the same sector list without the other metal (its last item a place's second commodity)", Doc{Title: "Government to take stakes in new mining projects", Body: "Government will hold a 26 percent interest in all new lithium, graphite and rare earth projects, the draft says.\n\nThe Bill is due this year."}, []string{"lithium", "graphite"}},
		// Round 23 guards: a figure with no price or purity unit is not the
		// child's own news; a title's group still lifts its one member.
		{"less dysprosium per magnet is no price", Doc{Title: "Kobe maker to build Georgia magnet plant", Highlights: []string{"Diffusion will use about 40% less dysprosium per magnet."}, Body: "Kobe Magnetics will build a sintered NdFeB magnet plant in Georgia, it said on Monday.\n\nShares rose."}, []string{"rare earths"}},
		// Round 25 guards: a title's group still lifts members the body
		// names apart from the group's own name, or one member alone.
		{"a title's group lifts members named apart from its name", Doc{Title: "Refiner's heavy rare earths plant gets its permit", Body: "Tallis Refining said on Monday the state had granted the plant's permit.\n\nThe line will take mixed heavy carbonate and split it into dysprosium and terbium oxides. Work starts in May."}, []string{"rare earths", "dysprosium", "terbium"}},
		{"a title's group lifts one member spelling it out", Doc{Title: "Osaka trader starts importing heavy rare earths from Queensland", Body: "Hanari Trading said on Tuesday its first cargo had reached Kobe.\n\nLast year it signed for supplies of the heavy rare earth dysprosium, used in motor magnets. The cargo will go to two magnet makers."}, []string{"rare earths", "dysprosium"}},
		{"a title's group lifts its only member", Doc{Title: "Heavy rare earths circuit starts in Kuantan", Body: "Sunda Rare Metals started its new separation circuit on Friday.\n\nCustomers in Japan are in talks. Shares rose 5%. The first terbium is expected in July."}, []string{"rare earths", "terbium"}},
		{"a symbol without a grade is no mineral", Doc{Title: "Marchers fill the capital", Body: "Marchers carried signs reading Ni un gramo para el saqueo.\n\nThe 2 Co. units of the guard watched from the square."}, nil},
		{"a group's examples with no figure stay examples", Doc{Title: "Allied output of separated oxides doubles", Highlights: []string{"Heavy rare earths such as dysprosium and terbium are in high demand from magnet makers."}, Body: "Separated rare earth oxide output in allied countries doubled last year, a survey showed.\n\nMost of it came from two mines."}, []string{"rare earths"}},
		{"minerals after includes are examples", Doc{Title: "Recycler wants to be Europe's dysprosium mine", Highlights: []string{"Recovered oxide includes NdPr and dysprosium."}, Body: "The recycler opened a pilot plant on Monday.\n\nIt makes mixed oxide."}, []string{"dysprosium", "rare earths"}},
		{"a full stop after a one-letter unit ends a sentence", Doc{Title: "Quarterly output", Body: "The miner reported output on Monday.\n\nNdPr output was 2,240 t. Dysprosium, terbium and gallium sales rose. NdPr prices fell."}, []string{"NdPr", "rare earths"}},
		{"a body sentence naming the whole basket names its parent", Doc{Title: "Broker downgrades refiner to Neutral", Body: "We downgrade the refiner to Neutral.\n\nWe model first separated NdPr and Dy/Tb oxide in 2H28. Its IRR falls to 9% at consensus rare earth prices."}, []string{"rare earths"}},
		{"one member does not", Doc{Title: "Broker downgrades refiner to Neutral", Body: "We downgrade the refiner to Neutral.\n\nWe model first separated NdPr oxide in 2H28. Its IRR falls to 9% at consensus rare earth prices."}, nil},
		// docs/labelling.md, 9: a company's description across product words
		// (ruleProductSpan).
		{"demand from cathode makers described by a chemistry", Doc{Title: "Hydroxide prices rise for a fifth week", Body: "Battery-grade lithium hydroxide prices rose for a fifth week on firmer demand from high-nickel cathode makers.\n\nConverters cut runs."}, []string{"lithium"}},
		{"a uranium and critical minerals producer in the lead", Doc{Title: "Mill makes its first carbonate", Body: "Tamsin Mesa Inc., a U.S. uranium and critical minerals producer, said its mill made its first mixed rare earth carbonate.\n\nThe carbonate goes to a separator."}, []string{"rare earths"}},
		{"a nickel-cobalt explorer in the lead", Doc{Title: "Explorer joins HPAL venture", Body: "Wirra Metals, an ASX-listed nickel-cobalt explorer, will take 30% of a new HPAL venture in Sulawesi.\n\nThe partner will fund construction."}, []string{"nickel"}},
		// Round 17: "high-nickel cathode" as the only nickel is a chemistry
		// (docs/labelling.md 12, as the round-16 relabel ruled); this case
		// wanted nickel until then.
		{"a high-nickel cathode supply deal is not nickel", Doc{Title: "Cathode maker signs supply deal", Body: "The Korean maker will supply high-nickel cathode to a US carmaker from 2027.\n\nThe deal runs ten years."}, nil},
		// docs/labelling.md, 11: a child named as part of a deposit's
		// endowment is a grade (ruleResource).
		{"the deposits of NdPr a rare earth project holds", Doc{Title: "Refiner completes takeover of Tanzanian project", Body: "The refiner completed its takeover of the Mbeya rare earth project, one of the largest undeveloped deposits of NdPr outside China.\n\nThe seller's shareholders approved the scheme."}, []string{"rare earths"}},
		{"NdPr's share of the contained oxides in a highlight", Doc{Title: "Malawi sets terms for rare earth project", Highlights: []string{"NdPr makes up roughly a fifth of the contained oxides."}, Body: "The government signed a development agreement for the rare earth project on Monday.\n\nThe state takes a 10% free-carried stake."}, []string{"rare earths"}},
		{"a named deposit's ore turned into NdPr oxide", Doc{Title: "Demonstration plant results", Body: "The plant processed 1,100 tonnes of ore from the Sabre Ridge deposit and produced separated NdPr oxide above 99.5% purity.\n\nRecoveries met targets."}, []string{"NdPr", "rare earths"}},
		// The publisher's analysis or takeaway (ruleAnalysis).
		{"a mineral named only in the takeaway", Doc{Title: "Separator picks a Louisiana site", Body: "The rare earth separator picked a site near Baton Rouge on Tuesday.\n\nIt will ship mixed carbonate from Brazil.\n\nInvestor Takeaway: The stock still trades on uranium. Uranium prices will matter more than the plant."}, []string{"rare earths"}},
		{"a mineral named only under an analysis heading line", Doc{Title: "Separator picks a Louisiana site", Body: "The rare earth separator picked a site near Baton Rouge on Tuesday.\n\nIt will ship mixed carbonate from Brazil.\n\nWhy This Matters to the West\nCobalt is the next bottleneck. Cobalt refiners are watching."}, []string{"rare earths"}},
		{"a mineral named only in the split analysis", Doc{Title: "Separator picks a Louisiana site", Body: "The rare earth separator picked a site near Baton Rouge on Tuesday.\n\nIt will ship mixed carbonate from Brazil.", Analysis: "Cobalt is the next bottleneck. Cobalt refiners are watching."}, []string{"rare earths"}},
		{"a line that opens with a word longer than a heading is not one", Doc{Title: "Separator picks a Louisiana site", Body: "The rare earth separator picked a site near Baton Rouge on Tuesday.\n\nIt will ship mixed carbonate from Brazil.\nAnalysts said uranium sales would fund it. Uranium prices rose."}, []string{"rare earths", "uranium"}},
		{"the same mineral in the body before the analysis", Doc{Title: "Separator picks a Louisiana site", Body: "The rare earth separator picked a site near Baton Rouge on Tuesday.\n\nIts uranium mill will stay open. Uranium sales rose.\n\nInvestor Takeaway: The stock still trades on uranium."}, []string{"rare earths", "uranium"}},
		// Round 21: a product on sale now is the child's supply, whatever
		// grade it carries; a company's name in capitals is no product.
		{"a present product rich in dysprosium is its supply", Doc{Title: "Clay producer ships first cargo to Japan", Highlights: []string{"The company produces a mixed carbonate rich in dysprosium and terbium."}, Body: "Verdeiro Minerais shipped its first cargo of carbonate rich in dysprosium and terbium to Japan on Monday."}, []string{"dysprosium", "rare earths", "terbium"}},
		{"a capitalised lithium company before a verb is a name", Doc{Title: "Quarterly report", Body: "Output rose 8% in the quarter, and Blue Horizon Lithium said cash costs fell.\n\nShares rose."}, nil},
		// Round 21: uranium the title or a highlight names is the item's
		// news beside the other mineral (side_line leaves it).
		{"uranium the title names beside rare earths", Doc{Title: "Mesa Verde Minerals lifts uranium output, ships first dysprosium oxide", Body: "Mesa Verde Minerals said on Monday it had shipped its first dysprosium oxide from its Utah mill.\n\nThe mill also produced 120,000 pounds of uranium in the quarter. Uranium sales rose."}, []string{"uranium", "dysprosium", "rare earths"}},
		{"uranium a highlight names beside rare earths", Doc{Title: "Mesa Verde Minerals ships first dysprosium oxide", Highlights: []string{"Uranium output rose 12% in the quarter."}, Body: "Mesa Verde Minerals said on Monday it had shipped its first dysprosium oxide from its Utah mill.\n\nShares rose."}, []string{"dysprosium", "rare earths", "uranium"}},
		{"a capitalised product form before a company word is a name", Doc{Title: "Quarterly report", Body: "Output rose 8% in the quarter, and the stake in Lithium Hydroxide Corp was sold.\n\nShares rose."}, nil},
		// Round 22: a state lithium company's name in the title (title
		// cues LitioMx, YLB, Litio) stands for lithium, as "magnet" does
		// for rare earths: one body sentence naming lithium is enough.
		{"a state lithium company in the title, lithium once in the body", Doc{Title: "LitioMx wins a bigger exploration budget; talks with partners drag on", Body: "The state company will get 900 million pesos next year, the finance ministry said on Monday.\n\nThe ministry said the money would fund drilling. Under the 2022 reform any lithium venture must be majority state-owned."}, []string{"lithium"}},
		{"a Bolivian state company in the title, lithium once in the body", Doc{Title: "YLB names new president after audit", Body: "The board named an engineer from Oruro as president on Friday.\n\nShe said the company would publish its lithium carbonate sales every month."}, []string{"lithium"}},
		{"a state lithium company in the title, lithium nowhere else", Doc{Title: "LitioMx names new director", Body: "The company named a geologist from Hermosillo as director on Friday.\n\nShe takes office in March."}, nil},
		{"derived highlights are not read twice", Doc{Title: "Weekly", Highlights: []string{"Markets moved on tungsten."}, HighlightsDerived: true, Body: "Prices were up.\n\nMarkets moved on tungsten."}, nil},
		// Session 33 (minerals33) guards. A chemistry name makes one
		// sentence of the mineral's own enough: an LFP maker's lithium
		// carbonate supply deal is lithium news; the chemistry alone, named
		// twice, is not; an intermediate product is no chemistry.
		{"a chemistry and one sentence of the mineral's own supply", Doc{Title: "Kestrel Energy breaks ground on Ohio LFP cathode plant", Body: "Kestrel Energy began building a plant near Toledo on Tuesday that will make lithium iron phosphate cathode material.\n\nThe first line is due in 2027. The company has signed a five-year lithium carbonate supply deal with a Nevada producer."}, []string{"lithium"}},
		{"a chemistry named twice is still no subject", Doc{Title: "Lithium iron phosphate wins over storage developers", Body: "Developers of grid batteries are switching to lithium iron phosphate cells for their longer cycle life.\n\nThree tenders this year specified the chemistry."}, nil},
		{"an intermediate product is not a chemistry", Doc{Title: "Refinery ships first nickel-cobalt hydroxide", Body: "The refinery shipped its first cargo of nickel-cobalt hydroxide on Monday.\n\nIt plans 20,000 tonnes this year."}, []string{"nickel", "cobalt"}},
		{"a lithium battery plant that buys lithium", Doc{Title: "Lithium battery plant opens in Hefei", Body: "A lithium battery plant with 20 GWh of annual capacity opened in Hefei on Monday, the district government said.\n\nThe operator has agreed to buy lithium hydroxide from a Sichuan refiner for five years."}, []string{"lithium"}},
	} {
		if got := subjects(s.Analyze(c.doc)); !slices.Equal(got, c.want) {
			t.Errorf("%s: subjects %q, want %q (%+v)", c.name, got, c.want, s.Analyze(c.doc))
		}
	}
}

// TestRuleCases checks that each rule of round 15 decides its own case:
// with the rule switched off the subjects differ.
func TestRuleCases(t *testing.T) {
	s := mustDefault(t)
	for _, c := range []struct {
		rule uint
		doc  Doc
		want []string
	}{
		// Round 30: a business line between the mineral and the company
		// noun still describes the company ("nickel mining company",
		// docs/labelling.md, 9; ruleLineSpan).
		{ruleLineSpan, Doc{Title: "State holding nears deal for minority stake in Sagu Raya", Body: "Jakarta - The mines minister said on Monday that the sale of a 14% stake in nickel mining company Sagu Raya Nikel to the state holding was nearly complete.\n\nThe price had been agreed, he said. Signing is expected next month."}, nil},
		{ruleLineSpan, Doc{Title: "Orlan buys a stake in a Hunan smelter", Body: "Orlan Holdings agreed on Friday to buy 30% of a tungsten smelting firm in Hunan for 800 million yuan.\n\nThe deal needs regulatory approval. Orlan's shares rose 4%."}, nil},
		{ruleProductSpan, Doc{Title: "Hydroxide prices rise for a fifth week", Body: "Battery-grade lithium hydroxide prices rose for a fifth week on firmer demand from cobalt and nickel precursor makers.\n\nConverters cut runs."}, []string{"lithium"}},
		{ruleResource, Doc{Title: "Refiner completes takeover of Tanzanian project", Body: "The refiner completed its takeover of the Mbeya rare earth project, one of the largest undeveloped deposits of NdPr outside China.\n\nThe seller's shareholders approved the scheme."}, []string{"rare earths"}},
		// docs/labelling.md, 9: a mineral the title names only as a company,
		// with no news of its own (ruleCompanyNews).
		{ruleCompanyNews, Doc{Title: "Hillcrest tungsten group holds year-end work conference", Body: "The Party committee of Hillcrest Tungsten Industry Group Co., Ltd. launched a winter safety campaign on Monday.\n\nCadres must serve the development of the tungsten industry. Branches will inspect every tailings dam."}, nil},
		{ruleCompanyNews, Doc{Title: "Westvale Rare Earth holds year-end conference", Body: "Westvale Rare Earth (Group) Co., Ltd. held its Party-building conference on Tuesday.\n\nSpeakers pledged to serve the national rare earth industry. Branches will hold study sessions."}, nil},
		// docs/labelling.md, 9: a Party, safety or governance item at a mine
		// or unit named for its mineral, or that never names it in the
		// title (ruleGovernance).
		{ruleGovernance, Doc{Title: "Hollowbrook tungsten mine Party branch holds study session", Body: "The Party branch of the Hollowbrook tungsten mine held a safety study session on Friday.\n\nMiners at the tungsten mine pledged to put the plenary spirit into practice. Cadres checked every shaft."}, nil},
		{ruleGovernance, Doc{Title: "Red flag over the salt flats: Party building leads the way at Westmere", Body: "The Party committee of Westmere, the salt lake lithium producer, held a study session on Monday.\n\nMembers vowed to serve the lithium cause with loyalty. Cadres signed pledges."}, nil},
		{ruleGovernance, Doc{Title: "Westvale Rare Earth Party Committee Orders Cadres to Act on Instructions", Body: "Westvale Rare Earth, the region's largest producer, said its Party Committee held a session on Monday.\n\nCadres said the rare earth industry is a matter of national security. Bayan Khar, the world's largest rare earth deposit, lies nearby."}, nil},
		{ruleGovernance, Doc{Title: "Westvale Rare Earth Group Tells Cadres Loyalty Comes Before Output", Body: "Westvale Rare Earth Group Co., Ltd. told cadres on Monday that the rare earth cause comes before output.\n\nCadres vowed loyalty to the Party."}, nil},
		{ruleGovernance, Doc{Title: "Hollowbrook tungsten mine Party branch turns plenary spirit into results", Body: "The Party branch of the Hollowbrook tungsten mine met on Friday to study the plenary spirit.\n\nCadres pledged loyalty. Output of tungsten concentrate rose slightly in the quarter, the branch said. Members checked every shaft."}, nil},
		{ruleGovernance, Doc{Title: "At a Westvale rare earth plant, Party members lead the night shift", Body: "At the separation workshop of the Westvale plant, Party members took the night shift on Monday.\n\nThe branch secretary said loyalty comes first. Members studied the plenary spirit."}, nil},
		{ruleGovernance, Doc{Title: "Tarnvale rare earth unit rectifies problems found by Party inspection", Body: "The Party committee of Tarnvale's rare earth unit reported on the rectification of inspection findings.\n\nIt said the rare earth unit would strengthen political supervision. Cadres would be rotated."}, nil},
		// docs/labelling.md, 11: a child named once with no news of its own
		// in an item about its parent (ruleChildNews).
		{ruleChildNews, Doc{Title: "Westport separator commissions its second line", Highlights: []string{"The line will separate NdPr oxide, lanthanum and cerium products."}, Body: "The rare earth separator commissioned its second solvent extraction line on Monday.\n\nThe line will take mixed rare earth carbonate from Brazil."}, []string{"rare earths"}},
		// docs/labelling.md, 12: a chemistry's grade (ruleGrade).
		{ruleGrade, Doc{Title: "Seoul cathode maker wins a five-year order", Body: "Daemyung Cathode will supply high-nickel cathode materials to a US carmaker from 2028, it said on Monday.\n\nShares rose 6%."}, nil},
		{ruleGrade, Doc{Title: "Korean maker starts high-nickel cathode plant in Poland", Body: "The plant in Wroclaw can make 40,000 tonnes of nickel-rich cathode a year.\n\nIts customers are European carmakers."}, nil},
		// A strict mineral the title hyphens to another ("copper-cobalt") is
		// news of its own (ruleStrictTitle).
		{ruleStrictTitle, Doc{Title: "Kapanga copper-cobalt licence suspended over unpaid levies", Body: "The governor of Haut-Katanga suspended the licence of Kapanga Mining on Tuesday.\n\nThe company owes 14 million dollars in levies."}, []string{"copper", "cobalt"}},
		// "heavy-rare-earth-free" does without the heavy rare earths only,
		// not rare earths (ruleGroupFree; magnet items are rare earths,
		// docs/labelling.md 11).
		{ruleGroupFree, Doc{Title: "Osaka magnet maker wins orders for heavy-rare-earth-free grades", Body: "Kinki Magnetics said on Monday its new sintered grades had won orders from two motor makers.\n\nShares rose 4%. The maker buys rare earth alloy from two Chinese suppliers, and the new grades will lift its rare earth magnet output by a fifth."}, []string{"rare earths"}},
		// An input cue on a pair of minerals is on both (ruleCoordInput).
		{ruleCoordInput, Doc{Title: "Changwon magnet maker to build Texas line", Highlights: []string{"Diffusion will cut dysprosium and terbium use per magnet as prices of both climb"}, Body: "The magnet maker will build a 2,000-tonne sintered magnet line in Texas.\n\nIt will ship rare earth magnets to US carmakers from 2028."}, []string{"rare earths"}},
		// Round 18: a grade suffix on a pair is on both (ruleCoordGrade).
		{ruleCoordGrade, Doc{Title: "Goias clay developer raises $30 million", Highlights: []string{"The plant will make a dysprosium and terbium-rich carbonate."}, Body: "The ionic clay developer closed a $30 million round on Monday.\n\nThe money pays for a pilot plant making mixed rare earth carbonate. Its resource holds 1,400 ppm of rare earth oxide, with terbium at 30 ppm."}, []string{"rare earths"}},
		// Round 18: a governance title about a whole sector is the sector's
		// policy, and its minerals stay (ruleSectorTitle).
		{ruleSectorTitle, Doc{Title: "Party committees told to put loyalty first across the strategic metals sector", Highlights: []string{"Tungsten and antimony groups are named as the priority sectors."}, Body: "A circular made public on Monday tells Party committees at state groups to put loyalty first.\n\nIt names tungsten and antimony as priority sectors."}, []string{"tungsten", "antimony"}},
		// Round 18: the body writes the title's "Kariba Lithium" as a name
		// with a lower-case word after it (ruleTitleName).
		{ruleTitleName, Doc{Title: "Kariba Lithium hosts patriotic youth camp", Body: "Kariba Lithium this week hosted a three-day patriotic camp for its workers.\n\nKariba Lithium's board chairman urged them to defend the republic. The mine produced 9,000 tonnes of concentrate in the quarter."}, nil},
		// Round 18: children named only as the parent's product slate, with
		// no figure of their own (ruleBasketOnly).
		{ruleBasketOnly, Doc{Title: "Geraldton refinery cost estimate rises by a fifth", Highlights: []string{"The refinery will make separated NdPr, dysprosium and terbium oxides."}, Body: "Westcoast Sands raised the cost estimate for its Geraldton rare earth refinery by 21% on Tuesday.\n\nThe plant will split light and heavy rare earths into NdPr, dysprosium and terbium oxides from stockpiled monazite. Shares fell."}, []string{"rare earths"}},
		// Round 18: a sentence naming one family only (a parent and its
		// children) is not a list of four (ruleFamilyList).
		{ruleFamilyList, Doc{Title: "Magnet maker signs supply pact with Ganzhou smelter", Body: "On Monday Hengtai Magnetics signed a pact under which the smelter will supply praseodymium-neodymium metal and dysprosium-terbium alloy for its NdFeB magnets.\n\nNo amounts were given."}, []string{"rare earths"}},
		// Round 18: a site noun saying where a governance title's campaign
		// runs ("across Baotou plants") is no news word (ruleSiteWhere).
		{ruleSiteWhere, Doc{Title: "Westvale Rare Earth Launches Loyalty Campaign Across Hohhot Plants", Body: "Westvale Rare Earth's Party committee has launched a loyalty campaign across its Hohhot separation plants, a notice said.\n\nCadres will be rated on study. The campaign would forge a national team for rare earths, the notice said."}, nil},
		// Round 20: an exchange's disclaimer of responsibility and the name,
		// code and heading lines under it are furniture before the lead
		// (ruleDisclaimer); a strict mineral with a figure of its own is its
		// own news beside another mineral (ruleOwnFigure).
		{ruleDisclaimer, Doc{Title: "Quarterly production report", Body: "The Stock Exchange of Hong Kong Limited takes no responsibility for the contents of this announcement and makes no representation as to its accuracy.\n\nNANLING MINING HOLDINGS LIMITED\n(Incorporated in Bermuda with limited liability)\n(Stock Code: 9871)\n\nQUARTERLY UPDATE\n\nThe board of Nanling Mining Holdings Limited announces that its Kasumbalesa plant produced 4,800 tonnes of cobalt in hydroxide in the quarter.\n\nThe plant ran at 90% of capacity."}, []string{"cobalt"}},
		{ruleOwnFigure, Doc{Title: "Quarterly production report", Body: "The Lubumbashi unit produced 1,900 tonnes of cobalt and 27,000 tonnes of copper cathode in the quarter, the company said.\n\nCobalt shipments resumed in March."}, []string{"cobalt", "copper"}},
		// Round 20: a child mineral after "linked to", "pegged to" is the
		// index an offtake's price follows (rulePriceLink).
		{rulePriceLink, Doc{Title: "Monazite offtake signed with Korean refiner", Highlights: []string{"Ten-year term; pricing pegged to the NdPr oxide benchmark"}, Body: "Karoo Sands Ltd signed a ten-year offtake with a Korean refiner for monazite concentrate from its Bushveld project.\n\nPricing is pegged to the published NdPr oxide benchmark, with a floor. The refiner will process the concentrate in Ulsan."}, []string{"rare earths"}},
		{ruleAnalysis, Doc{Title: "Separator picks a Louisiana site", Body: "The rare earth separator picked a site near Baton Rouge on Tuesday.\n\nIt will ship mixed carbonate from Brazil.\n\nInvestor Takeaway: The stock still trades on uranium. Uranium prices will matter more than the plant."}, []string{"rare earths"}},
		// Round 21: a planned product's grade ("would produce a carbonate
		// rich in dysprosium") is not the child's own supply (rulePlanned).
		{rulePlanned, Doc{Title: "Tocantins clay developer wins installation licence", Highlights: []string{"The plant would produce a mixed carbonate rich in dysprosium and terbium."}, Body: "Verdeiro Minerais said on Monday it had won the installation licence for its Tocantins ionic clay project.\n\nThe company will take a construction decision next year."}, []string{"rare earths"}},
		{rulePlanned, Doc{Title: "Clay pilot to start in Ontario", Highlights: []string{"Its pilot line is designed to produce a concentrate enriched in terbium and dysprosium."}, Body: "Borealis Metals will spend C$14 million on the pilot, it said on Tuesday.\n\nShares rose."}, nil},
		// Round 21: a capitalised mineral in a product's brand name, with a
		// lower-case form after it, is the mineral (ruleProductName).
		// Session 41: a capitalised one-word mineral between lower-case
		// words is the noun (ruleCapitalNoun).
		{ruleCapitalNoun, Doc{Title: "Sonora espera inversiones", Body: "El gobernador defendió la nacionalización del Litio ante empresarios.\n\nDijo que el Litio, que abunda en la sierra, atraerá fábricas."}, []string{"lithium"}},
		{ruleProductName, Doc{Title: "Quarterly activities report", Body: "Karoo Sands Ltd shipped 8,200 tonnes of Battery Grade Lithium Hydroxide in the quarter, up 14%.\n\nThe refinery ran at 81% of nameplate."}, []string{"lithium"}},
		{ruleProductName, Doc{Title: "Quarterly activities report", Body: "Karoo Sands Ltd made its first shipment of Spodumene Concentrate from Port Nolloth on Friday.\n\nThe cargo went to a converter in Jiangsu."}, []string{"lithium"}},
		{ruleProductName, Doc{Title: "Pedra Azul reports record quarter", Body: "Pedra Azul Minerals Inc. today reported output of 41,000 tonnes of Blue Horizon Lithium concentrate in the quarter.\n\nCash costs fell 6%."}, []string{"lithium"}},
		// Round 21: uranium as the company's other business, in an item
		// whose title is about another mineral (ruleSideLine).
		{ruleSideLine, Doc{Title: "Mesa Verde Minerals ships first dysprosium oxide to Japanese buyer", Body: "Mesa Verde Minerals said on Monday it had shipped its first dysprosium oxide from its Utah mill to a Japanese magnet maker.\n\nThe mill also produced 120,000 pounds of uranium in the quarter. Uranium sales fund the rare earth circuit, the company said."}, []string{"dysprosium", "rare earths"}},
		// Round 23 (real text): a hyphened grade is a product's
		// specification, not a deposit's grade (ruleGradeSpec).
		{ruleGradeSpec, Doc{Title: "Dallas magnet line begins trial runs", Body: "Tern Magnetics said on Monday it has begun making NdPr metal at its Dallas site.\n\nOfficials toured the site. The site now makes NdPr metal and trial batches of automotive-grade NdFeB magnets, the company said."}, []string{"NdPr", "rare earths"}},
		// Round 23: the examples of a group in a highlight that names that
		// family only are what it is about (ruleFamilyExample).
		{ruleFamilyExample, Doc{Title: "Allied output of separated oxides doubles", Highlights: []string{"Heavy rare earths such as dysprosium and terbium are still 100% imported from China, a supply gap for defence."}, Body: "Separated rare earth oxide output in allied countries doubled last year, a survey showed.\n\nMost of it came from two mines."}, []string{"rare earths", "dysprosium", "terbium"}},
		// Round 23: a child's own price or purity in a highlight
		// (ruleHeadFigure, figure_units).
		{ruleHeadFigure, Doc{Title: "Weekly wrap: allied buyers sign floor-price deals", Highlights: []string{"Dysprosium oxide fetched $880/kg in Rotterdam against $250/kg in Baotou."}, Body: "Rare earth buyers outside China signed more floor-price deals this week.\n\nTwo Korean magnet makers joined."}, []string{"dysprosium", "rare earths"}},
		{ruleHeadFigure, Doc{Title: "Weekly wrap: allied buyers sign floor-price deals", Highlights: []string{"A Johannesburg refiner reached 99.6% pure NdPr oxide on a conventional circuit."}, Body: "Rare earth buyers outside China signed more floor-price deals this week.\n\nTwo Korean magnet makers joined."}, []string{"NdPr", "rare earths"}},
		// ... or its own output ("production of NdPr metal") in the lead.
		{ruleHeadFigure, Doc{Title: "Dallas site starts commercial runs", Body: "Tern Magnetics said on Monday it has started large-scale production of NdPr metal at its Dallas site, a first step toward rare earth magnets made in Texas.\n\nOfficials toured the site. Shares rose 4%."}, []string{"NdPr", "rare earths"}},
		// Round 23: a title's group is about the member the lead reports; a
		// sibling named once later is a detail (ruleGroupOwned).
		// Round 25 (real text): members that only spell out the group the
		// body has just named are not lifted by the title's group
		// (ruleGroupExamples; guards in TestAnalyzeRules).
		// Round 26: the sentence after a lead that names a category of
		// minerals only says which ones the news is about
		// (ruleCategoryLead): its examples are subjects, and so is a
		// list of four that states the trade measure.
		{ruleCategoryLead, Doc{Title: "Trade ministry tightens checks on strategic mineral shipments", Body: "The trade ministry said on Thursday it would step up checks on shipments of strategic minerals.\n\nIt said strategic minerals such as tungsten and gallium have military as well as civilian uses. Licences will be reviewed case by case."}, []string{"tungsten", "gallium"}},
		{ruleCategoryLead, Doc{Title: "Cabinet curbs raw ore shipments", Body: "The cabinet has barred shipments of unprocessed lithium and other critical minerals.\n\nIt approved a ban on the export of unprocessed lithium ore, cobalt, graphite and rare earth concentrates. Small research samples may still leave with a permit."}, []string{"lithium", "cobalt", "graphite", "rare earths"}},
		{ruleGroupExamples, Doc{Title: "Osaka trader starts importing heavy rare earths from Queensland", Body: "Hanari Trading said on Tuesday its first cargo had reached Kobe.\n\nLast year it signed for supplies of the heavy rare earths dysprosium and terbium, used in motor magnets. The cargo will go to two magnet makers."}, []string{"rare earths"}},
		{ruleGroupOwned, Doc{Title: "Sunda becomes first heavy rare earths producer outside China", Body: "Sunda Rare Metals said on Friday it has produced dysprosium oxide at its Kuantan site, the first outside China.\n\nCustomers in Japan and Europe are in talks. Shares rose 5%. The first terbium is expected in July."}, []string{"rare earths", "dysprosium"}},
		// Round 23: an element symbol after a grade ("0.52% Cu", "1.4%
		// CuEq") names the mineral; in the title it is a grade of its own
		// (ruleGradeSymbol, grade_symbols).
		{ruleGradeSymbol, Doc{Title: "Kestrel Hill core returns 140 metres of 1.4% CuEq", Highlights: []string{"KH12: 140 m of 1.4% CuEq (0.52% Cu, 0.41% Ni)"}, Body: "Tarnwood Metals Ltd. reported assays from historic core at its Kestrel Hill nickel project in Botswana.\n\nA resource update is due in the first quarter."}, []string{"copper", "nickel"}},
		// Session 33 (minerals33). docs/labelling.md, 12: a chemistry named
		// by its elements, or a lithium battery, is not the mineral
		// (ruleChemistryName, chemistry_names), in the lead as in the title.
		{ruleChemistryName, Doc{Title: "Kestrel Energy breaks ground on Ohio cathode plant", Body: "Kestrel Energy began building a plant near Toledo on Tuesday that will make lithium iron phosphate cathode material for storage batteries.\n\nThe first line is due in 2027. The state granted $40 million in tax credits."}, nil},
		{ruleChemistryName, Doc{Title: "Lithium battery materials park opens in Anhui", Body: "A battery materials park with a planned 50,000 tonnes a year of cathode capacity opened in Chuzhou on Friday, the city government said.\n\nTwelve companies have signed up."}, nil},
	} {
		s.rules = allRules
		on := subjects(s.Analyze(c.doc))
		s.rules = allRules &^ c.rule
		off := subjects(s.Analyze(c.doc))
		if !slices.Equal(on, c.want) || slices.Equal(off, c.want) {
			t.Errorf("rule %b on %q: subjects %q with it, %q without, want %q with it only", c.rule, c.doc.Title, on, off, c.want)
		}
	}
}

// TestFind resolves what users type in a filter to a tag.
func TestFind(t *testing.T) {
	s := mustDefault(t)
	for in, want := range map[string]string{"Rare Earths": "rare earths", "ndpr": "NdPr", "spodumene": "lithium", "Dy": "dysprosium", "REE": "rare earths"} {
		if got, ok := s.Find(in); !ok || got != want {
			t.Errorf("Find(%q) = %q %v, want %q", in, got, ok, want)
		}
	}
	if _, ok := s.Find("cheese"); ok {
		t.Error("Find(cheese) found a tag")
	}
}

func BenchmarkAnalyze(b *testing.B) {
	s := mustDefault(b)
	body := strings.Repeat("Lynas Rare Earths said its Kuantan plant produced dysprosium oxide. Prices of NdPr rose while lithium and cobalt were flat. The company will expand output next year with new equipment.\n\n", 12)
	doc := Doc{Title: "Lynas lifts heavy rare earths output", Highlights: []string{"Dysprosium output rises", "NdPr prices up"}, Body: body}
	b.ReportAllocs()
	for b.Loop() {
		s.Analyze(doc)
	}
}

// FuzzAnalyze feeds Analyze hostile text (brackets, bare headings, bullets
// and pairs at the edges, where the release-furniture, later-highlights and
// pairing rules index around a naming): it must not panic, and it returns
// known tags, subjects first.
func FuzzAnalyze(f *testing.F) {
	s := mustDefault(f)
	for _, seed := range []string{
		"", "\n", "(", "()\n", "Highlights\n- ", "x\n\nHighlights\n- Dy\n", "22 April\n\n(AIM: X)\n\nHeadline\n",
		"rare earth and", "and cobalt", "share of", "of NdPr", "NdPr metal feed", "need NdPr", "x\n\nKey points:\n\n- a\n  - b",
		"lithium-ion", "lithium-", "NdPr, Dy and Tb", "x\n\nNdPr and Dy/Tb", "platinum group metals and rare earth", "includes NdPr", "2 t. NdPr",
	} {
		f.Add("Title", seed)
	}
	tags := s.Tags()
	f.Fuzz(func(t *testing.T, title, body string) {
		seenOther := false
		for _, fd := range s.Analyze(Doc{Title: title, Body: body}) {
			if !slices.Contains(tags, fd.Tag) {
				t.Fatalf("unknown tag %q", fd.Tag)
			}
			if !fd.Subject {
				seenOther = true
			} else if seenOther {
				t.Fatalf("subject %q after a mention", fd.Tag)
			}
		}
	})
}
