package ingest

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"text/template"
	"time"
	"unicode"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/brief"
	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/excerpt"
	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/sanitize"
)

// The real-path harness: every labelled roles item
// (internal/companies/testdata/*/roles) is rendered into publisher HTML by
// the layouts under testdata/publishers, put in a feed served on loopback,
// fetched, parsed by gofeed and run through Process (brief extraction, then
// enrichment), and its subjects, mentions, minerals and ideology are scored
// against the same labels as the plain-text figure, which enriches the
// labelled parts directly. A layout that loses signal against plain text
// shows as a gap; docs/extraction.md ("Through the real path") has the
// table.

// labelledItem is one roles item with its labels.
type labelledItem struct {
	set, name  string
	title      string
	published  time.Time
	highlights []string
	body       string
	subjects   []string
	mentions   []string
	minerals   []string
	ideology   bool
}

func (l labelledItem) id() string { return l.set + "/" + l.name }

// loadLabelled reads every roles set, in name order.
func loadLabelled(t testing.TB) []labelledItem {
	t.Helper()
	dirs, err := filepath.Glob(filepath.Join("..", "companies", "testdata", "*", "roles"))
	if err != nil || len(dirs) == 0 {
		t.Fatalf("no roles sets (%v)", err)
	}
	var out []labelledItem
	for _, dir := range dirs {
		set := filepath.Base(filepath.Dir(dir))
		exs, err := excerpt.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range exs {
			l := labelledItem{set: set, name: strings.TrimSuffix(e.Name, ".txt"), body: e.Body}
			for _, h := range e.Headers {
				switch h.Key {
				case "title":
					l.title = h.Value
				case "published":
					if l.published, err = time.Parse("2006-01-02", h.Value); err != nil {
						t.Fatalf("%s: %v", l.id(), err)
					}
					l.published = l.published.Add(8 * time.Hour)
				case "highlight":
					l.highlights = append(l.highlights, h.Value)
				case "subjects":
					l.subjects = names(h.Value)
				case "mentions":
					l.mentions = names(h.Value)
				case "minerals":
					l.minerals = names(h.Value)
				case "ideology":
					l.ideology = h.Value == "ideology"
				}
			}
			out = append(out, l)
		}
	}
	return out
}

// names splits a "|"-separated label list.
func names(s string) []string {
	var out []string
	for _, n := range strings.Split(s, "|") {
		if n = strings.TrimSpace(n); n != "" {
			out = append(out, n)
		}
	}
	return out
}

// block is one paragraph, heading or list of a rendered body.
type block struct {
	Kind  string   // "p", "h" or "ul"
	Text  string   // the paragraph's or heading's text; "" for a list
	Lead  bool     // the first paragraph
	Items []bullet // a list's bullets
	// Label is a heading run into this paragraph as its bold opening
	// ("REEx Insight:"), in page.Inline.
	Label string
}

type bullet struct {
	Text string   // the bullet's own text
	Sub  []string // the nested bullets under it
}

// page is what a layout template renders for one item.
type page struct {
	N                                 int      // the item's number, which picks its dateline place
	GUID, Link, Title                 string   // the item's identity, under publisher.test
	RFC822, RFC3339                   string   // the published date in the feeds' two formats
	WireDate, ReleaseDate, XinhuaDate string   // the date as each publisher's dateline writes it
	TradeDate                         string   // "January 2, 2006"
	City, Region                      string   // the dateline's place
	Highlights                        []string // the labelled item's highlights
	Blocks                            []block  // the body, paragraph by paragraph
	Inline                            []block  // Blocks with each heading run into the paragraph after it
	Excerpt                           string   // the first 55 words of highlights and body
	Dated                             bool     // the lead already opens with a dateline
}

// places are the datelines' cities and regions, taken in turn.
var places = [][2]string{
	{"Beijing", "China"}, {"Vancouver", "British Columbia"}, {"Sydney", "New South Wales"},
	{"Toronto", "Ontario"}, {"Perth", "Western Australia"}, {"Shanghai", "China"},
	{"Johannesburg", "South Africa"}, {"Santiago", "Chile"},
}

// datelined reports a lead that already opens with a dateline ("VANCOUVER,
// British Columbia, Oct. 14, 2026 --", "HARARE -", "HERMOSILLO, Sonora.-",
// "BEIJING, Dec. 5 (Xinhua) --"): a place in capitals, then a dash within
// the first 100 bytes.
func datelined(lead string) bool {
	caps := 0
	for _, r := range lead {
		if !unicode.IsUpper(r) {
			break
		}
		caps++
	}
	if caps < 3 {
		return false
	}
	head := lead[:min(len(lead), 100)]
	for _, d := range []string{" -- ", " — ", " – ", " - ", ".- ", "—", " –"} {
		if strings.Contains(head, d) {
			return true
		}
	}
	return false
}

// apDate writes a date as AP style does ("Dec. 5", "May 6", "Sept. 3"),
// with a two-digit day when pad is set (GlobeNewswire's "Dec. 05, 2026").
func apDate(t time.Time, pad bool) string {
	m := [...]string{"Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."}[t.Month()-1]
	if pad {
		return fmt.Sprintf("%s %02d, %d", m, t.Day(), t.Year())
	}
	return fmt.Sprintf("%s %d", m, t.Day())
}

// heading reports whether a body line reads as a heading: short, with no
// sentence end (or ending in a colon or question mark).
func heading(s string) bool {
	w := strings.Fields(s)
	if len(w) == 0 || len(w) > 9 {
		return false
	}
	last, _ := lastRune(s)
	return last == ':' || last == '?' || !strings.ContainsRune(`.!"'”’)]`, last)
}

func lastRune(s string) (rune, bool) {
	r := []rune(strings.TrimSpace(s))
	if len(r) == 0 {
		return 0, false
	}
	return r[len(r)-1], true
}

var bulletRe = regexp.MustCompile(`^(\s*)([-•*◦]|\d+[.)])\s+`)

// blocks lays a labelled body out as paragraphs, headings and lists: each
// non-blank line is a paragraph (the labelled files write one paragraph a
// line), "- " lines are list items and indented ones nest.
func blocks(body string) []block {
	var out []block
	lead := false
	for _, line := range strings.Split(body, "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		if m := bulletRe.FindStringSubmatch(line); m != nil {
			text := strings.TrimSpace(line[len(m[0]):])
			if len(out) == 0 || out[len(out)-1].Kind != "ul" {
				out = append(out, block{Kind: "ul"})
			}
			ul := &out[len(out)-1]
			if m[1] != "" && len(ul.Items) > 0 {
				ul.Items[len(ul.Items)-1].Sub = append(ul.Items[len(ul.Items)-1].Sub, text)
			} else {
				ul.Items = append(ul.Items, bullet{Text: text})
			}
			continue
		}
		line = strings.TrimSpace(line)
		if heading(line) {
			out = append(out, block{Kind: "h", Text: line})
			continue
		}
		b := block{Kind: "p", Text: line}
		if !lead && len(strings.Fields(line)) >= 8 {
			b.Lead, lead = true, true
		}
		out = append(out, b)
	}
	return out
}

// inline runs each heading into the paragraph after it as a bold label
// ending in a colon, as themes that write "<strong>Our view:</strong> ..."
// do; a heading followed by a list or another heading stays alone.
func inline(bs []block) []block {
	var out []block
	for i := 0; i < len(bs); i++ {
		b := bs[i]
		if b.Kind == "h" && i+1 < len(bs) && bs[i+1].Kind == "p" {
			label := b.Text
			if r, _ := lastRune(label); r != ':' && r != '?' {
				label += ":"
			}
			next := bs[i+1]
			next.Label = label
			out = append(out, next)
			i++
			continue
		}
		out = append(out, b)
	}
	return out
}

// pageOf lays the nth item out for the templates: its dates in each
// publisher's form, a dateline city, blocks, the run-in variant and the
// 55-word excerpt.
func pageOf(n int, l labelledItem) page {
	pl := places[n%len(places)]
	p := page{N: n, GUID: "lode-test:" + l.id(), Link: "https://publisher.test/" + l.id() + "/",
		Title: l.title, RFC822: l.published.Format(time.RFC1123Z), RFC3339: l.published.Format(time.RFC3339),
		WireDate: l.published.Format("Jan 2"), ReleaseDate: apDate(l.published, true),
		XinhuaDate: apDate(l.published, false), TradeDate: l.published.Format("January 2, 2006"),
		City: pl[0], Region: pl[1], Highlights: l.highlights, Blocks: blocks(l.body),
	}
	for _, b := range p.Blocks {
		if b.Lead {
			p.Dated = datelined(b.Text)
			break
		}
	}
	p.Inline = inline(p.Blocks)
	all := strings.Fields(strings.Join(append(append([]string{}, l.highlights...), l.body), " "))
	p.Excerpt = strings.Join(all[:min(len(all), 55)], " ")
	return p
}

var tickerRe = regexp.MustCompile(`\((TSXV|TSX|ASX|NYSE|NYSE American|Nasdaq|NASDAQ|OTCQB|OTCQX|OTC|CSE|FSE|AIM|LSE|HKEX|JSE|SSE|SZSE): ?([A-Z0-9.]{1,8})\)`)

// layouts parses every template under testdata/publishers.
func layouts(t testing.TB) map[string]*template.Template {
	t.Helper()
	files, err := filepath.Glob(filepath.Join("testdata", "publishers", "*.tmpl"))
	if err != nil || len(files) < 6 {
		t.Fatalf("want at least 6 layouts under testdata/publishers, got %d (%v)", len(files), err)
	}
	out := map[string]*template.Template{}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".tmpl")
		var tm *template.Template
		funcs := template.FuncMap{
			"x": func(s string) string {
				var b strings.Builder
				_ = xmlEscape(&b, s)
				return b.String()
			},
			"h": html.EscapeString,
			"js": func(s string) (string, error) {
				b, err := json.Marshal(s)
				return string(b), err
			},
			"upper": strings.ToUpper,
			"mod":   func(a, b int) int { return a % b },
			"tick": func(s string) string {
				return tickerRe.ReplaceAllString(html.EscapeString(s),
					`($1: <a href="https://www.globenewswire.test/Tracker?data=$2" rel="nofollow" target="_blank">$2</a>)`)
			},
			"run": func(name string, data any) (string, error) {
				var b bytes.Buffer
				err := tm.ExecuteTemplate(&b, name, data)
				return b.String(), err
			},
		}
		tm, err = template.New(filepath.Base(f)).Funcs(funcs).ParseFiles(f)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = tm
	}
	return out
}

func xmlEscape(b *strings.Builder, s string) error {
	for _, r := range s {
		switch r {
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '&':
			b.WriteString("&amp;")
		case '"':
			b.WriteString("&quot;")
		default:
			b.WriteRune(r)
		}
	}
	return nil
}

// tally counts true and false positives and false negatives.
type tally struct{ tp, fp, fn int }

func (s *tally) add(got, want []string) {
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

func (s *tally) flag(got, want bool) {
	switch {
	case got && want:
		s.tp++
	case got:
		s.fp++
	case want:
		s.fn++
	}
}

func (s tally) p() float64   { return float64(s.tp) / float64(max(s.tp+s.fp, 1)) }
func (s tally) r() float64   { return float64(s.tp) / float64(max(s.tp+s.fn, 1)) }
func (s tally) min() float64 { return min(s.p(), s.r()) }
func (s tally) f1() float64 {
	if s.p()+s.r() == 0 {
		return 0
	}
	return 2 * s.p() * s.r() / (s.p() + s.r())
}

// scores are one layout's (or plain text's) figures on a set of items.
type scores struct{ subjects, mentions, minerals, ideology tally }

func (s *scores) add(it item.Item, l labelledItem, canon func([]string) []string) {
	s.subjects.add(it.Companies, canon(l.subjects))
	s.mentions.add(it.Mentions, canon(l.mentions))
	s.minerals.add(it.Minerals, l.minerals)
	s.ideology.flag(it.Ideology.Flagged, l.ideology)
}

// figures are the four numbers compared: min(P,R) for subjects, mentions
// and minerals, F1 for ideology.
func (s scores) figures() [4]float64 {
	return [4]float64{s.subjects.min(), s.mentions.min(), s.minerals.min(), s.ideology.f1()}
}

var figureNames = [4]string{"subjects", "mentions", "minerals", "ideology F1"}

// realPathAllowance is how far below plain text a layout may score on a
// figure when the gap has a documented cause (docs/extraction.md); every
// other figure must stay within 0.01 of plain text.
var realPathAllowance = map[string]map[string]float64{}

// fullRealPath reports whether -run names TestRealPathFull: the full table
// is gated, the default run scores a sample.
func fullRealPath() bool {
	f := flag.Lookup("test.run")
	return f != nil && strings.Contains(f.Value.String(), "TestRealPathFull")
}

// TestRealPath scores a sample (every eighth item of all sets) through the
// real path against plain text; TestRealPathFull scores every item.
func TestRealPath(t *testing.T) {
	t.Parallel()
	realPath(t, 8)
}

// TestRealPathFull is TestRealPath on every item, with the per-set table:
// go test ./internal/ingest -run TestRealPathFull -v.
func TestRealPathFull(t *testing.T) {
	if !fullRealPath() {
		t.Skip("the full real-path table runs with -run TestRealPathFull")
	}
	realPath(t, 1)
}

// realPath scores every nth item through each layout and fails a layout
// that falls below plain text by more than its allowance.
func realPath(t *testing.T, every int) {
	items := loadLabelled(t)
	var pick []labelledItem
	for i, l := range items {
		if i%every == 0 {
			pick = append(pick, l)
		}
	}
	tmpls := layouts(t)
	p := pipe(t, nil)
	dict, err := companies.Default()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]labelledItem{}
	pages := make([]page, len(pick))
	for i, l := range pick {
		byID["lode-test:"+l.id()] = l
		pages[i] = pageOf(i, l)
	}

	// Plain text: the labelled parts enriched directly.
	plain := map[string]item.Item{}
	var plainAll scores
	plainBySet := map[string]*scores{}
	for _, l := range pick {
		it := item.Item{Title: l.title, Published: l.published,
			Sections: brief.Sections{Highlights: l.highlights, Body: l.body}}
		p.Enrich(&it)
		plain[l.id()] = it
		plainAll.add(it, l, dict.Spell)
		if plainBySet[l.set] == nil {
			plainBySet[l.set] = &scores{}
		}
		plainBySet[l.set].add(it, l, dict.Spell)
	}

	// Every layout's feed, served on loopback.
	docs := map[string][]byte{}
	var mu sync.Mutex
	for name, tm := range tmpls {
		var b bytes.Buffer
		if err := tm.Execute(&b, struct{ Items []page }{pages}); err != nil {
			t.Fatalf("layout %s: %v", name, err)
		}
		docs["/"+name] = b.Bytes()
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		b, ok := docs[r.URL.Path]
		mu.Unlock()
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/xml; charset=utf-8")
		w.Write(b)
	}))
	defer srv.Close()

	names := make([]string, 0, len(tmpls))
	for n := range tmpls {
		names = append(names, n)
	}
	slices.Sort(names)
	results := map[string]scores{}
	for _, name := range names {
		got := fetchAndProcess(t, p, srv, name)
		if len(got) != len(pick) {
			t.Fatalf("layout %s: %d items came through, want %d", name, len(got), len(pick))
		}
		var all scores
		bySet := map[string]*scores{}
		for _, it := range got {
			l, ok := byID[it.GUID]
			if !ok {
				t.Fatalf("layout %s: unknown item %q", name, it.GUID)
			}
			all.add(it, l, dict.Spell)
			if bySet[l.set] == nil {
				bySet[l.set] = &scores{}
			}
			bySet[l.set].add(it, l, dict.Spell)
			logDiff(t, name, l, plain[l.id()], it)
		}
		results[name] = all
		if every == 1 {
			sets := make([]string, 0, len(bySet))
			for s := range bySet {
				sets = append(sets, s)
			}
			slices.Sort(sets)
			for _, s := range sets {
				t.Logf("%-12s %-10s %s", name, s, row(*plainBySet[s], *bySet[s]))
			}
		}
	}
	t.Logf("%d items (every %d of %d), plain -> rendered:", len(pick), every, len(items))
	t.Logf("%-12s %s", "plain", row(plainAll, plainAll))
	for _, name := range names {
		t.Logf("%-12s %s", name, row(plainAll, results[name]))
		pf, rf := plainAll.figures(), results[name].figures()
		for i := range pf {
			allow := 0.01
			if a, ok := realPathAllowance[name][figureNames[i]]; ok {
				allow = a
			}
			if rf[i] < pf[i]-allow {
				t.Errorf("layout %s: %s %.3f through the real path, %.3f on plain text (allowed gap %.2f)",
					name, figureNames[i], rf[i], pf[i], allow)
			}
		}
	}
}

// row formats plain and rendered figures side by side.
func row(plain, got scores) string {
	pf, gf := plain.figures(), got.figures()
	var b strings.Builder
	for i := range pf {
		fmt.Fprintf(&b, " %s %.3f -> %.3f", figureNames[i], pf[i], gf[i])
	}
	fmt.Fprintf(&b, " (ideology P %.3f R %.3f)", got.ideology.p(), got.ideology.r())
	return b.String()
}

// fetchAndProcess is the poller's path for one layout's feed: GET on
// loopback, gofeed, the text fields sanitized as feeds.cleanFeed does, then
// Process.
func fetchAndProcess(t *testing.T, p *Pipeline, srv *httptest.Server, layout string) []item.Item {
	t.Helper()
	resp, err := srv.Client().Get(srv.URL + "/" + layout)
	if err != nil {
		t.Fatalf("fetch %s: %v", layout, err)
	}
	defer resp.Body.Close()
	f, err := gofeed.NewParser().Parse(resp.Body)
	if err != nil {
		t.Fatalf("layout %s: parse: %v", layout, err)
	}
	for _, e := range f.Items {
		e.Title = sanitize.Line(e.Title)
		e.Content = sanitize.Text(e.Content)
		e.Description = sanitize.Text(e.Description)
	}
	return p.Process(f, srv.URL+"/"+layout, layout)
}

// logDiff logs what the real path changed against plain text for one item.
func logDiff(t *testing.T, layout string, l labelledItem, plain, got item.Item) {
	diff := func(what string, a, b []string) {
		var lost, extra []string
		for _, n := range a {
			if !slices.Contains(b, n) {
				lost = append(lost, n)
			}
		}
		for _, n := range b {
			if !slices.Contains(a, n) {
				extra = append(extra, n)
			}
		}
		if lost != nil || extra != nil {
			t.Logf("DIFF %s %s %s: lost %q extra %q", layout, l.id(), what, lost, extra)
		}
	}
	diff("subjects", plain.Companies, got.Companies)
	diff("mentions", plain.Mentions, got.Mentions)
	diff("minerals", plain.Minerals, got.Minerals)
	if plain.Ideology.Flagged != got.Ideology.Flagged {
		t.Logf("DIFF %s %s ideology: plain %v (%.2f) rendered %v (%.2f)", layout, l.id(),
			plain.Ideology.Flagged, plain.Ideology.Score, got.Ideology.Flagged, got.Ideology.Score)
	}
}
