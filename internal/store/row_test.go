package store

import (
	"encoding/json"
	"fmt"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lode-reader/lode/internal/brief"
	"github.com/lode-reader/lode/internal/item"
	txt "github.com/lode-reader/lode/internal/text"
)

// indexFixtures reads testdata/index_texts.txt: one item per paragraph,
// its first line the title and the rest the text.
func indexFixtures(t *testing.T) []item.Item {
	t.Helper()
	b, err := os.ReadFile("testdata/index_texts.txt")
	if err != nil {
		t.Fatal(err)
	}
	var items []item.Item
	for i, para := range strings.Split(string(b), "\n\n") {
		var lines []string
		for _, l := range strings.Split(para, "\n") {
			if !strings.HasPrefix(l, "#") && strings.TrimSpace(l) != "" {
				lines = append(lines, l)
			}
		}
		if len(lines) == 0 {
			continue
		}
		it := mk("https://example.org/feed", fmt.Sprint("g", i), lines[0], i)
		it.Sections = brief.Sections{Body: strings.Join(lines[1:], "\n")}
		if i%2 == 0 {
			it.Sections.Highlights = []string{lines[0] + " again", "Lynas LYNAS lynas"}
			it.Companies = []string{"Lynas Rare Earths"}
			it.Minerals = []string{"NdPr", "rare earths"}
		}
		items = append(items, it)
	}
	if len(items) < 5 {
		t.Fatalf("read %d fixtures", len(items))
	}
	return items
}

// TestIndexWordsSearchAlike checks that the full-text index fed each
// item's distinct chunks (what Upsert writes) holds exactly what it holds
// when fed the whole text: the same (term, item) pairs, and the same items
// for every term, every prefix of it and a set of typed searches.
func TestIndexWordsSearchAlike(t *testing.T) {
	s := open(t)
	items := indexFixtures(t)
	res, err := s.Upsert(ctx, items)
	if err != nil || res.New != len(items) {
		t.Fatalf("upsert: %+v %v", res, err)
	}
	// A reference index with the same definition, fed the whole text.
	var def string
	if err := s.db.QueryRow(`SELECT sql FROM sqlite_master WHERE name = 'items_fts'`).Scan(&def); err != nil {
		t.Fatal(err)
	}
	ref := strings.Replace(def, "items_fts", "ref_fts", 1)
	if ref == def {
		t.Fatalf("cannot rename %q", def)
	}
	mustExec(t, s, ref)
	for i, it := range items {
		mustExec(t, s, `INSERT INTO ref_fts (rowid, title, text) VALUES (?, ?, ?)`, res.NewIDs[i], it.Title, ftsText(it))
	}
	mustExec(t, s, `CREATE VIRTUAL TABLE ref_vi USING fts5vocab(ref_fts, 'instance')`)
	mustExec(t, s, `CREATE VIRTUAL TABLE items_vi USING fts5vocab(items_fts, 'instance')`)

	got, want := strings.Join(pairs(t, s, "items_vi"), "\n"), strings.Join(pairs(t, s, "ref_vi"), "\n")
	if got != want {
		t.Fatalf("index of the distinct chunks differs from the index of the text:\n got %s\nwant %s", got, want)
	}
	terms := map[string]bool{}
	for _, p := range pairs(t, s, "ref_vi") {
		terms[strings.SplitN(p, " ", 2)[0]] = true
	}
	for _, want := range []string{"lynas", "稀土出口管制", "societe", "2024年", "o", "neill", "s", "литий"} {
		if !terms[want] {
			t.Errorf("fixtures lack the term %q: the test no longer covers it", want)
		}
	}
	var queries []string
	for term := range terms {
		queries = append(queries, `"`+term+`"`)
		for n, i := 0, 0; i < len(term); n++ {
			_, size := utf8.DecodeRuneInString(term[i:])
			i += size
			queries = append(queries, `"`+term[:i]+`"*`)
		}
	}
	for _, typed := range []string{"Rio Tinto's", "résumé", "RESUME", "稀土", "Λίθιο", "2024", "u.s", "l'oreal", "glencore’s", "naoshima smelter", "ndpr lyn", "12.5", "ｆｕｌｌ", "ﬁnance", "cafe", "café"} {
		if m := matchExpr(typed); m != "" {
			queries = append(queries, m)
		}
	}
	slices.Sort(queries)
	for _, q := range queries {
		g, w := matches(t, s, "items_fts", q), matches(t, s, "ref_fts", q)
		if g != w {
			t.Errorf("search %s: items %s, want %s (the whole text's index)", q, g, w)
		}
	}
	if len(queries) < 200 {
		t.Errorf("only %d searches compared", len(queries))
	}
}

func mustExec(t *testing.T, s *Store, q string, args ...any) {
	t.Helper()
	if _, err := s.db.Exec(q, args...); err != nil {
		t.Fatalf("%s: %v", q, err)
	}
}

// pairs lists the distinct (term, item) pairs of an fts5vocab instance table.
func pairs(t *testing.T, s *Store, table string) []string {
	t.Helper()
	rows, err := s.db.Query(`SELECT DISTINCT term, doc FROM ` + table + ` ORDER BY term, doc`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var term string
		var doc int64
		if err := rows.Scan(&term, &doc); err != nil {
			t.Fatal(err)
		}
		out = append(out, fmt.Sprint(term, " ", doc))
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// matches is the rowids an FTS5 query selects from table, or its error.
func matches(t *testing.T, s *Store, table, q string) string {
	t.Helper()
	rows, err := s.db.Query(`SELECT rowid FROM `+table+` WHERE `+table+` MATCH ? ORDER BY rowid`, q)
	if err != nil {
		return "error: " + strings.ReplaceAll(err.Error(), table, "T")
	}
	defer rows.Close()
	var ids []string
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		ids = append(ids, fmt.Sprint(id))
	}
	if err := rows.Err(); err != nil {
		return "error: " + err.Error()
	}
	return "[" + strings.Join(ids, " ") + "]"
}

// TestIndexWordsAreDistinct checks that repeated words reach the index
// once, whatever their case, and that the title's words are left to the
// title column.
func TestIndexWordsAreDistinct(t *testing.T) {
	got := indexWords("Lynas output", "Lynas LYNAS lynas output rises; rises 12.5% in Q3, Société société")
	if want := "rises 12 5 in q3 société"; got != want {
		t.Errorf("indexWords = %q, want %q", got, want)
	}
}

// TestJSONStringsAsEncodingJSON checks the list encoder against
// encoding/json on strings that need escaping and strings that do not.
func TestJSONStringsAsEncodingJSON(t *testing.T) {
	for _, list := range [][]string{nil, {}, {"Lynas Rare Earths"}, {"a", "b c", ""},
		{`say "hi"`, `back\slash`, "<b>&amp;</b>", "tab\there", "\x00\x1f\x7f", "Société", "\u2028\u2029", "bad \xff utf8", "稀土"}} {
		want, _ := json.Marshal(nonNil(list))
		if got := jsonStrings(list); got != string(want) {
			t.Errorf("jsonStrings(%q) = %s, want %s", list, got, want)
		}
	}
}

// TestIndexWordsManyChunks checks the chunk set past its first size
// (thousands of short distinct chunks, each repeated) against a plain map.
func TestIndexWordsManyChunks(t *testing.T) {
	var b strings.Builder
	for i := range 6000 {
		fmt.Fprintf(&b, "%x %X,", i%4000, i%4000)
	}
	text := b.String()
	seen := map[string]bool{"title": true}
	var want []string
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return r == ' ' || r == ',' }) {
		if !seen[w] {
			seen[w] = true
			want = append(want, w)
		}
	}
	if got := indexWords("Title", text); got != strings.Join(want, " ") {
		t.Errorf("indexWords of %d distinct chunks: got %d bytes, want %d", len(want), len(got), len(strings.Join(want, " ")))
	}
}

// TestItemIndexWords: the words an item's row takes (built from its parts
// without ftsText's string) are those of its title and ftsText, for every
// fixture with and without derived highlights, mentions and minerals.
func TestItemIndexWords(t *testing.T) {
	for i, it := range indexFixtures(t) {
		for _, derived := range []bool{false, true} {
			it.Sections.HighlightsDerived = derived
			if i%3 == 0 {
				it.Mentions = []string{"Iluka Resources", "MP Materials"}
			}
			if got, want := itemIndexWords(it), indexWords(it.Title, ftsText(it)); got != want {
				t.Errorf("item %d (derived %v): itemIndexWords = %q, want %q", i, derived, got, want)
			}
		}
	}
}

// TestJSONEvidenceAsEncodingJSON checks the evidence encoder against
// encoding/json, and that it knows every field of item.Evidence.
func TestJSONEvidenceAsEncodingJSON(t *testing.T) {
	if n := reflect.TypeOf(item.Evidence{}).NumField(); n != 7 {
		t.Fatalf("item.Evidence has %d fields, jsonEvidence writes 7: teach it the new ones", n)
	}
	odd := []string{"", `say "hi"`, `back\slash`, "<b>&amp;</b>", "tab\there", "\x00\x1f\x7f", "Société", "\u2028", "bad \xff utf8", "稀土"}
	var cases [][]item.Evidence
	cases = append(cases, nil, []item.Evidence{})
	for i, s := range odd {
		e := item.Evidence{Name: s, Kind: odd[(i+1)%len(odd)], Subject: i%2 == 0, Count: i*7 - 3}
		switch i % 4 {
		case 0:
			e.Where = nil
		case 1:
			e.Where = []string{}
		default:
			e.Where = []string{"title", s, "body"}
		}
		if i%3 != 0 {
			e.Note = odd[(i+2)%len(odd)]
		}
		if i%2 != 0 {
			e.Former = odd[(i+3)%len(odd)]
		}
		cases = append(cases, []item.Evidence{e}, []item.Evidence{e, {Name: "Lynas Rare Earths", Kind: item.KindCompany, Where: []string{"lead"}, Count: 1 << 40}})
	}
	for _, ev := range cases {
		want, _ := json.Marshal(nonNil(ev))
		if got := jsonEvidence(ev); got != string(want) {
			t.Errorf("jsonEvidence(%+v) = %s, want %s", ev, got, want)
		}
	}
}

// indexWordsOddTexts are texts whose chunks and words part in every way
// IndexWords knows: possessives with both apostrophes, words inside other
// bytes, CJK runs, "&", diacritics, combining marks, invalid UTF-8, digits.
var indexWordsOddTexts = []string{
	"Lynas's output; LYNAS’s plan: O'Neill & Co’s Ni-Co 12.5% (ASX:LYC) rose",
	"稀土 rare earths 稀土出口 in China's 华为 deal—Société Générale’s note",
	"naïve café e\u0301 Ångström ÅNGSTRÖM ß İstanbul ΑΘΗΝΑ Москва ٢٠٢٤ ½ Ⅻ",
	"bad \xff\xfe bytes\xffhere and\x00nul\x1b[31m escapes A&B a&amp;b x''y 's 's's",
	"tab\tnewline\n\nCRLF\r\n  spaces   NdPr/NdFeB  U3O8 Li2CO3 - — – … “quoted” «guillemets»",
}

// TestTextIndexWordsAsItemIndexWords checks that the index words built
// from an item's split words (what enrichment keeps) are those built from
// its text byte by byte, for every fixture, each odd text and every cut of
// them (a cut can leave half a rune beside a word), with and without
// derived highlights, mentions and minerals.
func TestTextIndexWordsAsItemIndexWords(t *testing.T) {
	items := indexFixtures(t)
	for i, s := range indexWordsOddTexts {
		it := mk("https://example.org/feed", fmt.Sprint("odd", i), s[:len(s)/3], i)
		it.Sections = brief.Sections{Highlights: []string{s[len(s)/2:]}, Body: s, Analysis: s[:len(s)/2], Takeaway: "Lynas’s"}
		it.Mentions = []string{"O’Neill & Co", "Ni-Co"}
		items = append(items, it)
		for cut := 1; cut < len(s); cut++ {
			c := mk("https://example.org/feed", fmt.Sprint("cut", i, cut), s[cut:], i)
			c.Sections = brief.Sections{Body: s[:cut], Takeaway: s[cut:]}
			items = append(items, c)
		}
	}
	// Thousands of short distinct chunks, each repeated: the set grows.
	var many strings.Builder
	for i := range 6000 {
		fmt.Fprintf(&many, "%x %X,", i%4000, i%4000)
	}
	big := mk("https://example.org/feed", "many", "Title 1f", 0)
	big.Sections = brief.Sections{Body: many.String()}
	items = append(items, big)
	for i, it := range items {
		for _, derived := range []bool{false, true} {
			it.Sections.HighlightsDerived = derived
			if i%3 == 0 {
				it.Mentions = append(it.Mentions, "Iluka Resources", "MP Materials")
			}
			tx := txt.New(it.Sections.Doc(it.Title))
			if got, want := IndexWords(tx, it.Companies, it.Mentions, it.Minerals), itemIndexWords(it); got != want {
				t.Errorf("item %d (derived %v): IndexWords = %q, want %q", i, derived, got, want)
			}
		}
	}
}

// FuzzTextIndexWords compares the index words built from the split words
// with those built byte by byte on fuzzed titles and texts.
func FuzzTextIndexWords(f *testing.F) {
	for _, s := range indexWordsOddTexts {
		f.Add(s[:len(s)/4], s, "Lynas Rare Earths")
	}
	f.Fuzz(func(t *testing.T, title, body, name string) {
		it := item.Item{Title: title, Sections: brief.Sections{Body: body, Highlights: []string{name}}, Companies: []string{name}}
		tx := txt.New(it.Sections.Doc(it.Title))
		if got, want := IndexWords(tx, it.Companies, it.Mentions, it.Minerals), itemIndexWords(it); got != want {
			t.Errorf("IndexWords = %q, want %q", got, want)
		}
	})
}

// TestPrepareRowColumns checks the JSON columns PrepareRow cuts from one
// buffer against each column encoded on its own, on every index fixture
// with lists, evidence and text that needs escaping or not.
func TestPrepareRowColumns(t *testing.T) {
	odd := []string{"Lynas Rare Earths", `say "hi"`, "Société", "稀土", "<b>&amp;</b>", ""}
	for i, it := range indexFixtures(t) {
		k := i % len(odd)
		it.Mentions = odd[k:]
		it.Candidates = odd[:k]
		it.Ideology.Reasons = []string{odd[(k+1)%len(odd)] + " (+0.4)"}
		it.Sections.Links = odd[k/2:]
		for j := range k {
			it.Evidence = append(it.Evidence, item.Evidence{Name: odd[j], Kind: item.KindCompany, Subject: j%2 == 0,
				Where: odd[j:], Count: j, Note: odd[(j+2)%len(odd)], Former: odd[(j+3)%len(odd)]})
		}
		r := PrepareRow(it)
		for _, c := range []struct{ got, want string }{
			{r.companies, jsonStrings(it.Companies)}, {r.mentions, jsonStrings(it.Mentions)},
			{r.candidates, jsonStrings(it.Candidates)}, {r.minerals, jsonStrings(it.Minerals)},
			{r.reasons, jsonStrings(it.Ideology.Reasons)}, {r.highlights, jsonStrings(it.Sections.Highlights)},
			{r.links, jsonStrings(it.Sections.Links)}, {r.evidence, jsonEvidence(it.Evidence)},
		} {
			if c.got != c.want {
				t.Errorf("item %d: column %s, want %s", i, c.got, c.want)
			}
		}
	}
}

// TestChunkSetsGrow fills both chunk sets from their smallest size, so each
// doubles several times, and checks every chunk is still found once: a set
// that lost or duplicated a chunk when it grew would index a word twice or
// drop one from search.
func TestChunkSetsGrow(t *testing.T) {
	var words []string
	for i := range 3000 {
		words = append(words, fmt.Sprintf("w%dlongerthaneight%d", i, i%7))
	}
	var ws wordSet
	ws.reset(0)
	var src []byte
	var dd dedup
	dd.reset(0)
	for round := range 2 {
		for _, w := range words {
			ws.addChunk(w, true)
			start := len(src)
			src = append(src, w...)
			k := src[start:]
			if got := dd.add(src, start, len(src), chunkHash(k, chunkHead(k))); got != (round == 0) {
				t.Fatalf("dedup.add(%q) in round %d = %v", w, round, got)
			}
		}
	}
	if len(ws.slots) < 2*len(words) || len(dd.slots) < 2*len(words) {
		t.Fatalf("sets did not grow: %d and %d slots for %d chunks", len(ws.slots), len(dd.slots), len(words))
	}
	if got := strings.Fields(string(ws.buf[ws.outStart:])); !slices.Equal(got, words) {
		t.Fatalf("wordSet wrote %d chunks, want the %d distinct ones in order", len(got), len(words))
	}
	if ws.used != len(words) || dd.used != len(words) {
		t.Fatalf("used %d and %d, want %d", ws.used, dd.used, len(words))
	}
}
