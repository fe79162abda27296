package main

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"time"

	"github.com/lode-reader/lode/internal/companies"
)

// company is a dictionary entry the generator can name in a briefing.
type company struct {
	name   string
	ticker string // "ASX:LYC", or "" when the dictionary has none
}

// Generator makes deterministic synthetic briefing feeds: the same seed,
// feed and item index always give the same bytes.
type Generator struct {
	seed      uint64
	companies []company
	base      time.Time
	// templates, when > 0, makes item bodies repeat every templates items
	// (titles, GUIDs and dates stay unique), so a large cache can be filled
	// from a few processed bodies.
	templates int
	// perFeed is the item count of every feed, used to number items globally.
	perFeed int
}

// NewGenerator returns a generator naming companies from dict.
func NewGenerator(dict *companies.Dictionary, seed uint64) *Generator {
	g := &Generator{seed: seed, base: time.Date(2026, 1, 15, 12, 0, 0, 0, time.UTC)}
	for _, c := range dict.Companies() {
		t := ""
		if len(c.Tickers) > 0 {
			t = c.Tickers[0]
		}
		g.companies = append(g.companies, company{name: c.Name, ticker: t})
	}
	return g
}

// WithTemplates returns a copy of g whose item bodies cycle through n
// templates, numbering items as if every feed had perFeed items.
func (g *Generator) WithTemplates(n, perFeed int) *Generator {
	c := *g
	c.templates, c.perFeed = n, perFeed
	return &c
}

// Briefing is one synthetic feed item.
type Briefing struct {
	// GUID, Title and Link are unique per item and seed; Link is under
	// briefings.invalid, so nothing ever fetches it.
	GUID, Title, Link string
	// Published is the item's date: newest first within a feed, an hour
	// apart, feeds a minute apart.
	Published time.Time
	// Content is the body as HTML (content:encoded), Description its short
	// plain summary.
	Content, Description string
	// Template is the body's template number (or the global item number when
	// bodies do not repeat).
	Template int
	// Ideological marks a body written in Party/loyalty vocabulary.
	Ideological bool
	// Words is the body's word count (without markup).
	Words int
}

// FeedName is the display name of feed f.
func FeedName(f int) string { return fmt.Sprintf("Synthetic Minerals Desk %03d", f) }

// FeedPath is the URL path of feed f.
func FeedPath(f int) string { return fmt.Sprintf("/feed/%03d.xml", f) }

// Briefing returns item i of feed f.
func (g *Generator) Briefing(f, i int) Briefing {
	global, tpl := g.index(f, i)
	return g.briefing(f, i, global, tpl, g.body(tpl))
}

// index numbers item i of feed f globally and picks its body template.
func (g *Generator) index(f, i int) (global, tpl int) {
	global = f<<20 | i
	if g.perFeed > 0 {
		global = f*g.perFeed + i
	}
	tpl = global
	if g.templates > 0 {
		tpl = global % g.templates
	}
	return global, tpl
}

// briefing dresses a body with item i's unique title, GUID, link and date.
func (g *Generator) briefing(f, i, global, tpl int, body body) Briefing {
	r := rand.New(rand.NewPCG(g.seed, 0x7469746c<<32|uint64(global)))
	title := fmt.Sprintf(pick(r, titlePatterns), body.primary, pick(r, minerals), pick(r, countries))
	if body.ideological {
		title = fmt.Sprintf(pick(r, ideologyTitles), body.primary)
	}
	title = fmt.Sprintf("%s (#%d)", title, global)
	// Newest items first within a feed; feeds interleave in time.
	pub := g.base.Add(-time.Duration(i)*time.Hour - time.Duration(f)*time.Minute)
	return Briefing{
		GUID:        fmt.Sprintf("synthetic-%d-%03d-%06d", g.seed, f, i),
		Title:       title,
		Link:        fmt.Sprintf("http://briefings.invalid/%03d/%06d", f, i),
		Published:   pub,
		Content:     body.html,
		Description: body.description,
		Template:    tpl,
		Ideological: body.ideological,
		Words:       body.words,
	}
}

// FeedXML returns feed f with n items as RSS 2.0 with content:encoded.
func (g *Generator) FeedXML(f, n int) []byte {
	var b bytes.Buffer
	b.Grow(n * 6000)
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>` + "\n")
	fmt.Fprintf(&b, "<title>%s</title><link>http://briefings.invalid/%03d/</link><description>Synthetic critical-minerals briefings</description><language>en</language>\n", FeedName(f), f)
	for i := range n {
		it := g.Briefing(f, i)
		b.WriteString("<item><title>")
		xml.EscapeText(&b, []byte(it.Title))
		fmt.Fprintf(&b, "</title><link>%s</link><guid isPermaLink=\"false\">%s</guid><pubDate>%s</pubDate>\n<description>", it.Link, it.GUID, it.Published.Format(time.RFC1123Z))
		xml.EscapeText(&b, []byte(it.Description))
		b.WriteString("</description>\n<content:encoded>")
		xml.EscapeText(&b, []byte(it.Content))
		b.WriteString("</content:encoded></item>\n")
	}
	b.WriteString("</channel></rss>\n")
	return b.Bytes()
}

// body is a generated briefing body.
type body struct {
	html, description string
	primary           string
	ideological       bool
	words             int
}

// body builds template tpl: highlights, body paragraphs, an analysis and an
// investor takeaway, then the site furniture a real feed carries.
func (g *Generator) body(tpl int) body {
	r := rand.New(rand.NewPCG(g.seed, 0x626f6479<<32|uint64(tpl)))
	ideological := r.IntN(100) < 15
	cos := make([]company, 1+r.IntN(3))
	for i := range cos {
		cos[i] = g.companies[r.IntN(len(g.companies))]
	}
	target := 300 + r.IntN(461) // sentences overshoot by up to ~40 words
	fill := func(s string) string {
		c := cos[r.IntN(len(cos))]
		rep := strings.NewReplacer(
			"{co}", c.name,
			"{co1}", cos[0].name,
			"{mineral}", pick(r, minerals),
			"{country}", pick(r, countries),
			"{n}", fmt.Sprint(10+r.IntN(990)),
			"{pct}", fmt.Sprint(2+r.IntN(60)),
			"{year}", fmt.Sprint(2026+r.IntN(5)),
		)
		return rep.Replace(s)
	}
	business, political := businessSentences, ideologySentences
	if !ideological {
		political = nil
	}
	sentence := func() string {
		if len(political) > 0 && r.IntN(100) < 55 {
			return fill(pick(r, political))
		}
		return fill(pick(r, business))
	}

	var h strings.Builder
	words := 0
	add := func(s string) string {
		words += len(strings.Fields(s))
		return s
	}
	h.WriteString("<h2>Highlights</h2>\n<ul>\n")
	var hl []string
	for range 3 + r.IntN(3) {
		s := add(sentence())
		hl = append(hl, s)
		fmt.Fprintf(&h, "<li>%s</li>\n", esc(s))
	}
	h.WriteString("</ul>\n")
	// The first mention names the company with its ticker, as briefings do.
	first := cos[0].name
	if cos[0].ticker != "" {
		first += " (" + cos[0].ticker + ")"
	}
	lead := add(fmt.Sprintf("%s said this week that %s", first, lowerFirst(fill(pick(r, leads)))))
	bodyShare := target * 55 / 100
	analysisShare := target * 30 / 100
	para := func(limit int, lead string) {
		for first := true; first || words < limit; first = false {
			s := lead // the lead was counted when it was made
			if s == "" {
				s = add(sentence())
			}
			lead = ""
			h.WriteString("<p>" + esc(s))
			for k := 0; k < 4 && words < limit; k++ {
				h.WriteString(" " + esc(add(sentence())))
			}
			h.WriteString("</p>\n")
		}
	}
	para(words+bodyShare, lead)
	// Most briefings also name another company once, in passing: a mention
	// (mention: queries). Its own random stream leaves the rest of the body
	// as it was.
	mr := rand.New(rand.NewPCG(g.seed, 0x6d656e74<<32|uint64(tpl)))
	if other := g.companies[mr.IntN(len(g.companies))]; mr.IntN(100) < 80 && !slices.Contains(cos, other) {
		h.WriteString("<p>" + esc(add(fmt.Sprintf(pick(mr, passing), other.name))) + "</p>\n")
	}
	fmt.Fprintf(&h, "<h2>REEx Analysis: %s</h2>\n", esc(pick(r, analysisTitles)))
	para(words+analysisShare, "")
	h.WriteString("<h2>Investor Takeaway</h2>\n")
	para(target, "")
	h.WriteString(`<p>Spread the word:</p><p>CATEGORIES: <a href="http://briefings.invalid/c">Critical Minerals</a></p><h3>Leave a Reply</h3><p>Your email address will not be published.</p>` + "\n")

	desc := "Highlights\n\n• " + strings.Join(hl[:min(2, len(hl))], "\n• ") + "\n\n" + lead + " [...]"
	return body{html: h.String(), description: desc, primary: cos[0].name, ideological: ideological, words: words}
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

func pick(r *rand.Rand, list []string) string { return list[r.IntN(len(list))] }

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

var (
	// passing name a company once without making the briefing about it.
	passing = []string{
		"Elsewhere in the sector, %s was not part of the announcement.",
		"Peers such as %s have yet to comment on the market.",
		"The move comes weeks after a similar update from %s.",
	}
	minerals = []string{"rare earths", "NdPr oxide", "lithium", "spodumene", "cobalt", "graphite", "gallium",
		"germanium", "antimony", "tungsten", "nickel", "manganese", "dysprosium", "terbium", "vanadium"}
	countries = []string{"Australia", "Canada", "the United States", "Brazil", "Chile", "Argentina", "Namibia",
		"Malaysia", "Vietnam", "Greenland", "Sweden", "Kazakhstan", "Tanzania", "the DRC", "Indonesia"}
	titlePatterns = []string{
		"%s Signs Offtake for %s as %s Push Gathers Pace",
		"%s Lifts Resource Estimate; %s Grades Surprise in %s",
		"%s Secures Funding for %s Processing Plant in %s",
		"%s Reports Quarterly %s Output, Eyes Expansion in %s",
		"Can %s Close the %s Gap? A Look at %s",
		"%s Wins Permit as %s Prices Test Lows in %s",
	}
	ideologyTitles = []string{
		"%s Holds Party Study Session on Loyalty and Discipline",
		"Ideology Before Innovation? %s Convenes Party Meeting",
		"%s Pledges Political Alignment With Central Directives",
	}
	analysisTitles = []string{"Fact vs. Function", "Contracts vs. Capacity", "Signal or Noise?",
		"Reading the Numbers", "What the Market Misses", "Policy vs. Plant"}
	leads = []string{
		"It had signed a binding offtake agreement for {n} tonnes of {mineral} a year starting in {year}.",
		"Its updated resource estimate added {pct} percent more contained {mineral} at its flagship project in {country}.",
		"It had closed a financing package worth {n} million dollars to complete its {mineral} processing plant.",
		"First production of {mineral} concentrate in {country} was now expected in {year}.",
	}
	businessSentences = []string{
		"{co} reported a {pct} percent rise in quarterly {mineral} output and kept its full-year guidance unchanged.",
		"The project in {country} carries an estimated capital cost of {n} million dollars and a mine life of {pct} years.",
		"{co} said the offtake covers {n} tonnes of {mineral} a year with a price floor linked to a published index.",
		"Analysts noted that {mineral} prices have fallen {pct} percent since January, squeezing margins across the sector.",
		"The definitive feasibility study, due in {year}, will test whether the separation circuit can reach design recovery.",
		"{co} holds {n} million dollars in cash and says the balance sheet funds work through {year}.",
		"A pilot plant in {country} produced {n} kilograms of mixed {mineral} carbonate at commercial specification.",
		"Shares of {co} rose {pct} percent on the news, valuing the company at about {n} million dollars.",
		"Permitting in {country} remains the critical path, and the regulator has asked for further water studies.",
		"The company plans to drill {n} holes this season to extend the {mineral} resource along strike.",
		"Magnet makers in Europe and Japan are seeking supply outside China, and {co1} is courting both.",
		"Offtakes are a necessary step, not a sufficient one: the plant is not built and the schedule assumes approvals.",
		"{co} expects to ship its first cargo of {mineral} from {country} before the end of {year}.",
		"The government of {country} offered a concessional loan of {n} million dollars through its export credit agency.",
		"Operating costs came in at {n} dollars per tonne, {pct} percent below the study estimate.",
	}
	ideologySentences = []string{
		"Executives of {co} attended a Party study session on the latest political directives from the Central Committee.",
		"The meeting stressed Party loyalty, ideological discipline and political alignment above market performance.",
		"Cadres were told to study the General Secretary's speeches word by word and to root out ideological nonconformity.",
		"Party building was described as the foundation of the enterprise, with loyalty to the Party placed above profit.",
		"The session called for resolute implementation of the Party's directives and strict political discipline.",
		"Officials praised the unity of thought achieved through the campaign and pledged absolute loyalty.",
		"State-owned enterprises like {co} must place Party leadership at the core of corporate governance.",
		"The statement contained no mention of production, costs or market strategy, only political rectification.",
	}
)
