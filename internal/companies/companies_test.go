package companies

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/BurntSushi/toml"

	"github.com/lode-reader/lode/internal/cputime"
)

// sharedDefault is the bundled dictionary, built once per test binary: it
// is read-only once built, and building it for each of the hundred-odd
// tests that use it was most of this package's time under -race.
var sharedDefault = sync.OnceValues(Default)

// mustDefault returns the bundled dictionary (shared; tests must not
// change it: withSubjectDecision shows how to vary a copy).
func mustDefault(t testing.TB) *Dictionary {
	t.Helper()
	d, err := sharedDefault()
	if err != nil {
		t.Fatalf("Default: %v", err)
	}
	return d
}

// TestEmbeddedData checks the shipped data file itself, not the compiled form.
func TestEmbeddedData(t *testing.T) {
	b, err := os.ReadFile("data/companies.toml")
	if err != nil {
		t.Fatal(err)
	}
	var df dataFile
	if _, err := toml.Decode(string(b), &df); err != nil {
		t.Fatal(err)
	}
	if len(df.Company) < 80 {
		t.Errorf("embedded data has %d companies, want >= 80", len(df.Company))
	}
	tickerRE := regexp.MustCompile(`^[A-Z]+:[A-Z0-9]+(\.[A-Z0-9]+)?$`)
	owner := map[string]string{}
	claim := func(company, kind, s string) {
		k := foldString(s)
		if prev, ok := owner[k]; ok && prev != company {
			t.Errorf("%s %q of %q already used by %q", kind, s, company, prev)
		}
		owner[k] = company
	}
	tickers := map[string]string{}
	for _, c := range df.Company {
		if c.Name == "" || c.Country == "" || len(c.Minerals) == 0 && c.Outside == "" {
			t.Errorf("%q: name, country and minerals (or a trade outside the chain) are required", c.Name)
		}
		claim(c.Name, "name", c.Name)
		for _, a := range c.Aliases {
			claim(c.Name, "alias", a)
		}
		for _, f := range c.Former {
			claim(c.Name, "former name", f.Name)
		}
		for _, tk := range c.Tickers {
			if !tickerRE.MatchString(tk) {
				t.Errorf("%q: ticker %q not in EXCH:SYMBOL form", c.Name, tk)
			}
			if n, ok := normalizeTicker(tk); !ok || n != tk {
				t.Errorf("%q: ticker %q has an unknown or non-canonical exchange", c.Name, tk)
			}
			if prev, ok := tickers[tk]; ok {
				t.Errorf("ticker %q on both %q and %q", tk, prev, c.Name)
			}
			tickers[tk] = c.Name
		}
	}
	// Companies the issue names explicitly.
	d := mustDefault(t)
	for _, q := range []string{"China Northern Rare Earth", "Lynas Rare Earths", "MP Materials", "China Rare Earth Group",
		"Shenghe Resources", "Iluka Resources", "Arafura Rare Earths", "Energy Fuels", "USA Rare Earth",
		"Neo Performance Materials", "Ucore Rare Metals", "Albemarle", "SQM", "Ganfeng Lithium", "Tianqi Lithium",
		"Pilbara Minerals", "Arcadium Lithium", "Rio Tinto", "Glencore", "CMOC", "Huayou Cobalt", "Syrah Resources",
		"Graphite One", "Nouveau Monde Graphite", "Umicore", "Sumitomo Metal Mining", "Almonty Industries",
		"Perpetua Resources", "Cameco", "Kazatomprom", "Vacuumschmelze", "Proterial", "JL Mag Rare-Earth",
		"Ningbo Yunsheng", "Lithium Americas", "Piedmont Lithium", "Sigma Lithium", "Liontown Resources", "IGO",
		"Mineral Resources", "Jervois Global", "Talon Metals", "Vale", "Nornickel", "Tsingshan Holding Group", "Eramet"} {
		c, ok := d.Find(q)
		if !ok || c.Name != q {
			t.Errorf("Find(%q) = %q, %v; want the canonical entry", q, c.Name, ok)
		}
	}
	cnre, _ := d.Find("CNRE")
	if cnre.Parent != "Baotou Steel (Baogang) Group" || !slices.Contains(cnre.Tickers, "SHA:600111") ||
		!slices.Contains(cnre.Aliases, "China Northern Rare Earth (Group) High-Tech") {
		t.Errorf("CNRE entry = %+v", cnre)
	}
	// A parent that is itself in the dictionary must be written as its canonical name.
	for _, c := range d.Companies() {
		if c.Parent == "" {
			continue
		}
		if p, ok := d.Find(c.Parent); ok && p.Name != c.Parent {
			t.Errorf("%q: parent %q should be written %q", c.Name, c.Parent, p.Name)
		}
	}
}

func TestFind(t *testing.T) {
	d := mustDefault(t)
	tests := []struct {
		query, want string
	}{
		{"Lynas Rare Earths", "Lynas Rare Earths"},
		{"lynas", "Lynas Rare Earths"},
		{"  LYNAS   rare earths ", "Lynas Rare Earths"},
		{"LYC", "Lynas Rare Earths"},
		{"ASX:LYC", "Lynas Rare Earths"},
		{"asx: lyc", "Lynas Rare Earths"},
		{"lyc", "Lynas Rare Earths"},
		{"Hitachi Metals", "Proterial"},
		{"Livent", "Arcadium Lithium"},
		{"SHA:600111", "China Northern Rare Earth"},
		{"SSE:600111", "China Northern Rare Earth"},
		{"HKEX:01772", "Ganfeng Lithium"},
		{"NYSE American: UUUU", "Energy Fuels"},
		{"NYSE:UUUU", "Energy Fuels"}, // same US symbol space
		{"TSX:UCU", "Ucore Rare Metals"},
		{"TSX:TECK.B", "Teck Resources"},
		{"gecamines", "Gécamines"},
		{"Sociedad Quimica y Minera", "SQM"},
		{"北方稀土", "China Northern Rare Earth"},
		{"Baogang", "Baotou Steel (Baogang) Group"},
	}
	for _, tc := range tests {
		c, ok := d.Find(tc.query)
		if !ok || c.Name != tc.want {
			t.Errorf("Find(%q) = %q, %v; want %q", tc.query, c.Name, ok, tc.want)
		}
	}
	for _, q := range []string{"", "   ", "Lyna", "ASX:ZZZZ", "Rare Earths", "Hitachi", ":"} {
		if c, ok := d.Find(q); ok {
			t.Errorf("Find(%q) = %q, want no match", q, c.Name)
		}
	}
	// The returned value is a copy: changing it must not change the dictionary.
	c, _ := d.Find("Lynas")
	c.Aliases[0] = "changed"
	if c2, _ := d.Find("Lynas"); c2.Aliases[0] != "Lynas" {
		t.Errorf("Find result shares memory with the dictionary")
	}
}

func TestSuggest(t *testing.T) {
	d := mustDefault(t)
	tests := []struct {
		query, want string
	}{
		{"Albermarle", "Albemarle"},
		{"lynus", "Lynas Rare Earths"},
		{"ganfung", "Ganfeng Lithium"},
		{"Kazatomprom", "Kazatomprom"},
		{"Nouveau Mond", "Nouveau Monde Graphite"},
		{"tianqui lithium", "Tianqi Lithium"},
		{"hitachi metal", "Proterial"},
	}
	for _, tc := range tests {
		got := d.Suggest(tc.query, 3)
		if len(got) == 0 || got[0] != tc.want {
			t.Errorf("Suggest(%q) = %q, want %q first", tc.query, got, tc.want)
		}
		if len(got) > 3 {
			t.Errorf("Suggest(%q, 3) returned %d names", tc.query, len(got))
		}
	}
	if got := d.Suggest("", 5); got != nil {
		t.Errorf("Suggest empty = %q", got)
	}
	if got := d.Suggest("lynas", 0); got != nil {
		t.Errorf("Suggest n=0 = %q", got)
	}
	if got := d.Suggest("qqqqxxzzvv", 5); len(got) != 0 {
		t.Errorf("Suggest nonsense = %q, want none", got)
	}
}

func TestNewExtras(t *testing.T) {
	base := mustDefault(t)
	d, err := New([]Company{
		{Name: "lynas rare earths", Aliases: []string{"Lynas Malaysia"}, Tickers: []string{"otc: lyscf"}},
		{Name: "Kaso Minerals", Aliases: []string{"Kaso"}, Tickers: []string{"ASX:KSM"}, Minerals: []string{"rare earths"}},
	})
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	if len(d.Companies()) != len(base.Companies())+1 {
		t.Errorf("got %d companies, want %d", len(d.Companies()), len(base.Companies())+1)
	}
	lynas, ok := d.Find("Lynas Malaysia")
	if !ok || lynas.Name != "Lynas Rare Earths" {
		t.Fatalf("merged alias not found: %+v", lynas)
	}
	if !slices.Contains(lynas.Tickers, "OTC:LYSCF") || !slices.Contains(lynas.Tickers, "ASX:LYC") {
		t.Errorf("merged tickers = %q", lynas.Tickers)
	}
	if got := d.Detect("", "Lynas Malaysia renewed its licence."); !slices.Equal(got, []string{"Lynas Rare Earths"}) {
		t.Errorf("Detect with merged alias = %q", got)
	}
	if got := d.Detect("", "Kaso said drilling resumed (ASX: KSM)."); !slices.Equal(got, []string{"Kaso Minerals"}) {
		t.Errorf("Detect new company = %q", got)
	}
	if got := base.Detect("", "Lynas Malaysia renewed its licence."); !slices.Equal(got, []string{"Lynas Rare Earths"}) {
		t.Errorf("base dictionary changed: %q", got)
	}
	if base.Version() == d.Version() {
		t.Errorf("Version did not change with extras")
	}
	d2, _ := New([]Company{{Name: "Kaso Minerals", Aliases: []string{"Kaso"}, Tickers: []string{"ASX:KSM"}, Minerals: []string{"rare earths"}},
		{Name: "lynas rare earths", Aliases: []string{"Lynas Malaysia"}, Tickers: []string{"OTC:LYSCF"}}})
	if d2.Version() != d.Version() {
		t.Errorf("Version depends on extra order: %s vs %s", d2.Version(), d.Version())
	}
	if base.Version() != mustDefault(t).Version() || len(base.Version()) != 12 {
		t.Errorf("Version %q not stable", base.Version())
	}

	bad := []struct {
		extra   Company
		mention string
	}{
		{Company{Name: "  "}, "empty name"},
		{Company{Name: "Kaso", Tickers: []string{"KSM"}}, `"Kaso"`},
		{Company{Name: "Kaso", Tickers: []string{"MARS:KSM"}}, `"MARS:KSM"`},
		{Company{Name: "Kaso", Tickers: []string{"ASX:K SM"}}, `"ASX:K SM"`},
		{Company{Name: "Kaso", Aliases: []string{"Lynas"}}, `"Lynas"`},
		{Company{Name: "Kaso", Aliases: []string{"--"}}, `"--"`},
		{Company{Name: "Kaso", Tickers: []string{"ASX:LYC"}}, `"ASX:LYC"`},
		{Company{Name: "Kaso", Former: []Former{{Name: "hitachi metals"}}}, `"Proterial"`},
	}
	for _, tc := range bad {
		_, err := New([]Company{tc.extra})
		if err == nil {
			t.Errorf("New(%+v) succeeded, want error", tc.extra)
			continue
		}
		if !strings.Contains(err.Error(), tc.mention) {
			t.Errorf("New(%+v) error %q does not mention %s", tc.extra, err, tc.mention)
		}
	}
}

func TestCompaniesSortedAndCopied(t *testing.T) {
	d := mustDefault(t)
	cs := d.Companies()
	if !slices.IsSortedFunc(cs, func(a, b Company) int { return strings.Compare(a.Name, b.Name) }) {
		t.Errorf("Companies not sorted by name")
	}
	cs[0].Name = "changed"
	if d.Companies()[0].Name == "changed" {
		t.Errorf("Companies shares memory with the dictionary")
	}
}

func TestDetectRules(t *testing.T) {
	d := mustDefault(t)
	tests := []struct {
		name, title, text string
		want              []string
	}{
		{"mp lower", "", "a 12 mp sensor", nil},
		{"MP alone is weak", "", "The MP spoke in parliament.", nil},
		{"MP with full name", "MP lifts output", "MP Materials said MP would grow.", []string{"MP Materials"}},
		{"MP with ticker", "", "Shares (NYSE: MP) rose; MP said.", []string{"MP Materials"}},
		{"a generic name after a Party committee of is the company", "", "The Party committee of China Rare Earth Resources and Technology Co., Ltd. held a meeting. The Department of Mineral Resources did not attend.", []string{"China Rare Earth Resources and Technology"}},
		{"a known name inside an industrial zone's name is the place", "", "Officials met at the Baotou Rare Earth High-Tech Zone on Monday. The Lynas Rare Earths Industrial Park opened.", nil},
		{"a ticker in brackets is the name's before it, not another company's with the same code", "", "Qorvath Rare Earths Limited (ASX: BRE) signed an offtake. Lynas Rare Earths Ltd (ASX: LYC) did not.", []string{"Qorvath Rare Earths", "Lynas Rare Earths"}},
		{"a subsidiary named from its group", "", "POSCO International bought the oxide; POSCO did not comment.", []string{"POSCO International", "POSCO Holdings"}},
		{"a mine is not the company", "", "The President opened the plant at Sandawana Mine on Friday.", nil},
		{"the company behind the mine", "", "Sandawana Mines said the plant at its mine opened.", []string{"Sandawana Mines"}},
		{"weak form in a peer list", "", "Quotas for Glencore, ERG and CMOC were cut.", []string{"Glencore", "Eurasian Resources Group", "CMOC"}},
		{"weak form after and", "", "Glencore and ERG said they would comply.", []string{"Glencore", "Eurasian Resources Group"}},
		{"weak form beside a stray word", "", "The MP and his aides met Glencore staff.", []string{"Glencore"}},
		{"weak form alone stays out", "", "ERG said it would comply.", nil},
		{"a mixed-case name written in title case", "", "Harena works with Reetec and Niocorp on test work.", []string{"REEtec", "NioCorp Developments"}},
		{"a lower-case-initial name is not read from a word", "", "Encore shipments rose.", nil},
		{"an all-caps name of five letters written in title case", "", "Sopamin signed with Posco on Monday. Catl did not.", []string{"SOPAMIN", "POSCO Holdings"}},
		{"weak form described as a company after it", "", "YLB signed with CBC, the consortium led by CATL, on Monday.", []string{"Yacimientos de Litio Bolivianos", "CATL BRUNP & CMOC", "CATL"}},
		{"weak form before a company noun", "", "Lawmakers stalled the CBC consortium's contract.", []string{"CATL BRUNP & CMOC"}},
		{"weak form after a company noun", "", "A second contract, with the Chinese consortium CBC for two plants, remains before the Assembly.", []string{"CATL BRUNP & CMOC"}},
		{"weak form in an apposition with a business form", "", "KCC, the Glencore-controlled miner, resumed exports.", []string{"Kamoto Copper Company", "Glencore"}},
		{"weak form acting as a company", "", "YLB signed the contract on Monday. CBC reported the signing.", []string{"Yacimientos de Litio Bolivianos"}},
		{"weak form after a business form or a place possessive with a business clause", "", "Smaller producers, including Kazakhstan-backed ERG, got quotas. Kazakhstan's ERG, which runs a refinery, restarted a unit. Canada's CBC reported the news.", []string{"Eurasian Resources Group"}},
		{"weak form as the possessive of its unit", "", "ERG's Metalkol was unaffected. CBC's Glencore story ran.", []string{"Eurasian Resources Group", "Metalkol", "Glencore"}},
		{"a broadcaster's initials stay out", "", "The mayor told CBC News that the plan, first reported by CBC, was dead.", nil},
		{"vale lower", "", "the vale below", nil},
		{"Vale", "", "Vale said nickel output fell.", []string{"Vale"}},
		{"VALE caps", "VALE CUTS NICKEL GUIDANCE", "", []string{"Vale"}},
		{"igo lower", "", "an igo word", nil},
		{"IGO", "", "IGO said.", []string{"IGO"}},
		{"title before text", "Lynas and Iluka", "Iluka then Lynas", []string{"Lynas Rare Earths", "Iluka Resources"}},
		{"dedupe aliases", "", "Lynas Rare Earths, Lynas, LYNAS and (ASX: LYC)", []string{"Lynas Rare Earths"}},
		{"curly possessive", "", "Lynas’s plant", []string{"Lynas Rare Earths"}},
		{"all caps possessive", "", "LYNAS'S PLANT", []string{"Lynas Rare Earths"}},
		{"hyphen variant", "", "JL Mag Rare Earth and JL MAG Rare-Earth", []string{"JL Mag Rare-Earth"}},
		{"paren alias", "", "China Northern Rare Earth (Group) High-Tech Co., Ltd.", []string{"China Northern Rare Earth"}},
		{"former longest", "", "Baotou Steel Rare-Earth was renamed.", []string{"China Northern Rare Earth"}},
		{"line wrap", "", "Lynas Rare\nEarths", []string{"Lynas Rare Earths"}},
		{"no match across paragraph", "", "Graphite\n\nOne day", nil},
		{"no match across comma", "", "Energy, Fuels", nil},
		{"energy fuels lower", "", "energy fuels", nil},
		{"Energy Fuels sentence start", "", "Energy Fuels said.", []string{"Energy Fuels"}},
		{"Clean Energy Fuels", "", "Clean Energy Fuels is a gas company.", nil},
		{"The Energy Fuels mill", "", "The Energy Fuels mill", []string{"Energy Fuels"}},
		{"Ministry of", "", "Ministry of Mineral Resources", nil},
		{"tail", "", "Mineral Resources Authority", nil},
		{"acronym learned", "JLM wins order", "JL Mag Rare-Earth (JLM) said.", []string{"JL Mag Rare-Earth"}},
		{"acronym reverse", "JLM wins order", "JLM (JL Mag Rare-Earth) said.", []string{"JL Mag Rare-Earth"}},
		{"acronym only in item", "", "JLM said.", nil},
		{"acronym suppressed", "", "Sumitomo Metal Mining expanded. Shanghai Metals Market (SMM) said SMM prices rose.", []string{"Sumitomo Metal Mining"}},
		{"ticker unknown", "", "Kaso Minerals Ltd (ASX: KSM) drilled.", []string{"Kaso Minerals"}},
		{"ticker unknown plc", "", "Tin Hill plc (AIM: THX) drilled.", []string{"Tin Hill"}},
		{"ticker unknown S.A.", "", "Minera Andes S.A. (BVMF: MNAS3) drilled.", []string{"Minera Andes"}},
		{"ticker unknown co ltd", "", "Hunan Star Co., Ltd. (SHE: 002999) said.", []string{"Hunan Star"}},
		{"ticker unknown connector", "", "Bank of Rare Things (TSX: BRT) said.", []string{"Bank of Rare Things"}},
		{"ticker unknown no name", "", "shares (ASX: KSM) rose", nil},
		{"ticker unknown lowercase symbol", "", "Kaso Minerals (ASX: ksm) rose", nil},
		{"ticker not exchange", "", "Reuters (London: Reuters) said", nil},
		{"ticker known bare", "", "ASX:LYC rose", []string{"Lynas Rare Earths"}},
		{"ticker hk zeros", "", "The firm (HKEX: 01772) said", []string{"Ganfeng Lithium"}},
		{"ticker shenzhen", "", "The firm (SZSE: 300748) said", []string{"JL Mag Rare-Earth"}},
		{"ticker and-list", "", "Almonty (TSX: AII and ASX: AII) said", []string{"Almonty Industries"}},
		{"ticker suffix", "", "600111.SS and 1772.HK", []string{"China Northern Rare Earth", "Ganfeng Lithium"}},
		{"ticker known wins over name", "", "Lynas Rare Earths (OTC: ZZZZ) said", []string{"Lynas Rare Earths"}},
		{"ioneer any case", "", "IONEER and Ioneer and ioneer", []string{"ioneer"}},
		{"enCore exact", "", "an encore", nil},
		{"accents", "", "Gécamines and Gecamines", []string{"Gécamines"}},
		{"chinese", "", "北方稀土和包钢", []string{"China Northern Rare Earth", "Baotou Steel (Baogang) Group"}},
		{"plural", "", "China Northern Rare Earths Group", []string{"China Northern Rare Earth"}},
		{"ampersand", "", "Baotou Iron and Steel", []string{"Baotou Steel (Baogang) Group"}},
		{"JORC qualifier", "", "Indicated Mineral Resources rose. The updated Mineral Resources total 12Mt.", nil},
		{"JORC qualifier additional", "", "An 18-year life, with additional Mineral Resources providing for an expansion.", nil},
		{"JORC statement", "", "Mineral Resources and Ore Reserves statement; Mineral Resources Estimate", nil},
		{"MinRes still found", "", "Mineral Resources said lithium output rose.", []string{"Mineral Resources"}},
		{"place tail", "", "the Arafura Sea and Albemarle County", nil},
		{"not place", "", "Arafura said", []string{"Arafura Rare Earths"}},
		{"headline topic", "The Race For Critical Metals", "", nil},
		{"unknown stops at known", "", "Lynas and Kaso Minerals (ASX: KSM)", []string{"Lynas Rare Earths", "Kaso Minerals"}},
		{"unknown keeps ampersand", "", "Kaso Zinc & Tin (ASX: KZT)", []string{"Kaso Zinc & Tin"}},
		{"empty", "", "", nil},
		{"generic title phrase", "Canada Nickel Output Rises", "Output rose 4%.", nil},
		{"generic title confirmed", "Canada Nickel Wins Permit", "Canada Nickel Company said.", []string{"Canada Nickel"}},
		{"generic title verb", "Energy Fuels Says Mill Restarts", "The mill restarted.", []string{"Energy Fuels"}},
		{"generic title suffix", "Atlantic Lithium Ltd Gets Lease", "", []string{"Atlantic Lithium"}},
		{"generic then of", "", "Western Areas of the country and Critical Metals of the future", nil},
		{"pinyin", "", "Bei Fang Xi Tu, also written Beifang Xitu", []string{"China Northern Rare Earth"}},
		{"mine is not its operator", "", "Glencore's Mutanda and CMOC's Kisanfu mines", []string{"Glencore", "CMOC"}},
		{"IDX ticker", "", "Harita Nickel (IDX: NCKL) said", []string{"Trimegah Bangun Persada"}},
		{"AIM ticker alone", "", "The company (AIM: KOD) said", []string{"Kodal Minerals"}},
		{"OTC ticker of an ASX company", "", "Shares (OTC: LYSCF) rose", []string{"Lynas Rare Earths"}},
		{"former name dated", "", "Greenland Minerals said", []string{"Energy Transition Minerals"}},
	}
	for _, tc := range tests {
		got := d.Detect(tc.title, tc.text)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: Detect(%q, %q) = %q, want %q", tc.name, tc.title, tc.text, got, tc.want)
		}
	}
}

func TestDetectConcurrent(t *testing.T) {
	d := mustDefault(t)
	items := loadCorpus(t)
	if cputime.Race {
		// Eight goroutines over every tenth item are enough for the
		// detector to see shared state; the whole corpus only multiplies
		// its slowdown. Without -race the test reads every item.
		items = everyNth(items, 10)
	}
	want := make([][]string, len(items))
	for i, it := range items {
		want[i] = d.Detect(it.title, it.text)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, it := range items {
				if got := d.Detect(it.title, it.text); !slices.Equal(got, want[i]) {
					t.Errorf("%s: concurrent Detect = %q, want %q", it.file, got, want[i])
				}
				d.Find("Lynas")
				d.Suggest("lyn", 3)
			}
		}()
	}
	wg.Wait()
}

// everyNth returns every nth element of s, from the first.
func everyNth[T any](s []T, n int) []T {
	var out []T
	for i := 0; i < len(s); i += n {
		out = append(out, s[i])
	}
	return out
}

func TestFoldTable(t *testing.T) {
	if got := foldString("  Gécamines  ÅLAND  Straße "); got != "gecamines aland straße" {
		t.Errorf("foldString = %q", got)
	}
}

func FuzzDetect(f *testing.F) {
	d, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"Lynas's", "(ASX: KSM)", "(", "A (B)", "\xff\xfe(ASX:", "北方稀土 (SHA: 600111)", "’s", "& (&)", "X.AX", "(NYSE American: ",
		"Qorvath Mining Co., Ltd. said. The company said", "The plant is owned by", "Zimbabwe Mining Development Corporation (ZMDC). ZMDC",
		"the merger of U.S.-based", "Twigg Exploration and", "Kwekwe Lithium Mining Company (Pvt", "The",
		"Mitsubishi Materials'", "X, a 60:40 venture of", "Codelco-SQM venture", "the two", "12 May\n\nX plc\n(\"X\")\n\n.", "a subsidiary of the state-owned",
		"首先考察江西有限公司（", "（股票代码：", "有限公司有限公司有限公司。集团", "포스코과의", "«Норникель»", "Công ty Cổ phần",
		"中國稀土集團(", "贛州稀土集團有限公司有限公司", "창신 리튬(Shenzhen", "(Shenzhen Chengxin) 창신", "同社は", "이 회사채", "l’", "d’(", "PT Gunbuster Nickel Industri (PT", "(YLB)", "Titan (TSXV:", "A Mineração", "Chief Financial Officer of", "ASX Listed"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, title, text string) {
		for _, n := range d.Detect(title, text) {
			if n == "" {
				t.Errorf("empty name from %q", text)
			}
		}
		d.Find(text)
		d.Suggest(text, 3)
		for _, f := range d.Analyze(Doc{Title: title, Body: text}) {
			if f.Name == "" {
				t.Errorf("Analyze: empty name from %q", text)
			}
		}
	})
}

// analyzedNames is every company Analyze finds in an item, subjects and
// mentions, in its order.
func analyzedNames(d *Dictionary, title, body string) []string {
	var names []string
	for _, f := range d.Analyze(Doc{Title: title, Body: body}) {
		names = append(names, f.Name)
	}
	return names
}

// wantNamesSorted checks that Analyze finds exactly want (sorted) in an
// item, subjects and mentions together, in any order.
func wantNamesSorted(t *testing.T, d *Dictionary, title, body string, want []string) {
	t.Helper()
	names := analyzedNames(d, title, body)
	slices.Sort(names)
	if !slices.Equal(names, want) {
		t.Errorf("%q: found %q, want %q", body, names, want)
	}
}

// A suggestion must look like what was typed: fuzzy matches scattered
// through a long name ("nosuch" in "iNdOnesia ... Stainless ... indUstry")
// are noise in a "did you mean" line, while initials and word starts
// ("nmgraph" for Nouveau Monde Graphite) still help.
func TestSuggestSkipsScatteredMatches(t *testing.T) {
	d := mustDefault(t)
	if got := d.Suggest("nosuch", 3); len(got) != 0 {
		t.Errorf("Suggest(nosuch) = %q, want none", got)
	}
	if got := d.Suggest("lynus", 3); len(got) != 1 || got[0] != "Lynas Rare Earths" {
		t.Errorf("Suggest(lynus) = %q, want only Lynas Rare Earths", got)
	}
	if got := d.Suggest("nmgraph", 3); len(got) == 0 || got[0] != "Nouveau Monde Graphite" {
		t.Errorf("Suggest(nmgraph) = %q, want Nouveau Monde Graphite first", got)
	}
	for q, want := range map[string]string{"albemarl": "Albemarle", "MP Material": "MP Materials"} {
		got := d.Suggest(q, 3)
		if len(got) == 0 {
			t.Errorf("Suggest(%q) = none, want %s first", q, want)
			continue
		}
		for _, name := range got {
			if !strings.HasPrefix(name, want) {
				t.Errorf("Suggest(%q) = %q: %q is not a spelling of %s", q, got, name, want)
			}
		}
	}
}
