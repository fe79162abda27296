package ui

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/item"
)

// skimItems reads testdata/skim.json: long titles, companies named in
// their titles by name or alias, an item with numbered references.
func skimItems(t testing.TB) []item.Item {
	t.Helper()
	b, err := os.ReadFile("testdata/skim.json")
	if err != nil {
		t.Fatal(err)
	}
	var items []item.Item
	if err := json.Unmarshal(b, &items); err != nil {
		t.Fatal(err)
	}
	return items
}

// skimNames are the aliases and tickers the skim fixture's companies have.
var skimNames = map[string][]string{
	"Lynas Rare Earths":         {"Lynas", "ASX:LYC", "LYC"},
	"Iluka Resources":           {"Iluka", "ASX:ILU", "ILU"},
	"China Northern Rare Earth": {"CNRE", "Northern Rare Earth", "SHA:600111"},
	"Albemarle":                 {"ALB", "NYSE:ALB"},
}

// titleShown is how many characters of title a list row shows, and the
// list's width, read from view line l: in a wide view the list ends at the
// first "│".
func titleShown(l, title string, wide bool) (shown, listW int) {
	row := []rune(l)
	if wide {
		if i := strings.IndexRune(l, '│'); i >= 0 {
			row = []rune(l[:i])
		}
	}
	listW = len(row)
	tr := []rune(title)
	for shown < len(tr) && 7+shown < len(row) && row[7+shown] == tr[shown] {
		shown++
	}
	// A cut just after a word drops the space before its "…": the word
	// is shown whole all the same.
	if shown < len(tr) && tr[shown] == ' ' && 7+shown < len(row) && row[7+shown] == '…' {
		shown++
	}
	return shown, listW
}

// TestListTitlesGetTheSpace: at every width from 80 to 200 columns each
// row shows at least 55% of the list's width as title text; the chip of a
// company the title already names (by name or alias) is left out; a column
// more never costs a title more than a few cells.
func TestListTitlesGetTheSpace(t *testing.T) {
	items := skimItems(t)
	prev := map[int64]int{}
	for w := 80; w <= 200; w++ {
		h := newHarness(t, Options{Store: newFakeStore(items...), CompanyNames: skimNames}, w, 30)
		v := h.view()
		checkFits(t, v, w, 30)
		lines := strings.Split(v, "\n")
		for i, it := range items {
			l := lines[2+i]
			shown, listW := titleShown(l, it.Title, w >= wideWidth)
			if need := (listW*55 + 99) / 100; shown < need {
				t.Fatalf("%d columns: row %d shows %d title characters of a %d-wide list, want %d:\n%s", w, i+1, shown, listW, need, v)
			}
			if p, ok := prev[it.ID]; ok && w != wideWidth && shown < p-5 {
				t.Fatalf("%d columns: row %d title shrank from %d to %d characters with one column more", w, i+1, p, shown)
			}
			prev[it.ID] = shown
			switch it.ID {
			case 1: // names Lynas: its chip gives way to MP Materials
				if strings.Contains(l, "[Lynas") {
					t.Fatalf("%d columns: chip repeats the title's company: %q", w, l)
				}
			case 3: // names Iluka by its alias: no chip at all
				if strings.Contains(l, "[") {
					t.Fatalf("%d columns: chip repeats the title's company: %q", w, l)
				}
			}
		}
		if w == 200 {
			for _, want := range []string{"[MP Materials]", "[China Northern Rare E… +1]"} {
				if !strings.Contains(v, want) {
					t.Fatalf("200 columns: no %q chip:\n%s", want, v)
				}
			}
		}
	}
}

// TestListUsesWideScreens: the list column grows past 90 columns.
func TestListUsesWideScreens(t *testing.T) {
	h := newHarness(t, Options{Store: newFakeStore(skimItems(t)...)}, 200, 30)
	if h.m.box.listW <= 90 {
		t.Fatalf("list is %d columns of 200", h.m.box.listW)
	}
}

// TestDetailTitleWrapsWhole: the detail header shows the whole title on
// up to three lines, and the panes move down to make room.
func TestDetailTitleWrapsWhole(t *testing.T) {
	h := newHarness(t, Options{Store: newFakeStore(skimItems(t)...)}, 120, 30)
	col := detailColumn(h.view(), true)
	got := strings.Join(strings.Fields(strings.Join(col[:3], " ")), " ")
	if !strings.Contains(got, "Lynas Rare Earths raises output guidance at Kalgoorlie as heavy rare earth demand from magnet makers climbs") {
		t.Fatalf("title not whole in the header:\n%s", strings.Join(col, "\n"))
	}
	h.mustNotSee("climbs…")
}

// seekItems is n items, newest first; the ones at the indexes in unread are
// unread.
func seekItems(n int, unread ...int) []item.Item {
	u := map[int]bool{}
	for _, i := range unread {
		u[i] = true
	}
	var items []item.Item
	for i := range n {
		items = append(items, item.Item{ID: int64(i + 1), Title: fmt.Sprintf("Briefing %04d", i), FeedName: "Feed",
			Link: "https://example.org/", Read: !u[i], Published: fixedNow.Add(-time.Duration(i) * time.Minute)})
	}
	return items
}

// TestNextUnreadReadsAcrossPages: n opens the next unread item in the
// panes and marks it read, from the list and from the panes, also when it
// lies beyond the rows loaded; p goes back; J/K step one item; q leaves the
// panes and then quits.
func TestNextUnreadReadsAcrossPages(t *testing.T) {
	st := newFakeStore(seekItems(600, 0, 5, 250, 590)...)
	h := newHarness(t, Options{Store: st}, 100, 30)
	h.mustSee("600 items · 4 unread")
	h.press("n") // the selected item is unread: n reads it
	h.mustSee("1/600", "3 unread")
	if h.m.focus == focusList {
		t.Fatal("n did not open the item in the panes")
	}
	h.press("n")
	h.mustSee("6/600", "Briefing 0005", "2 unread")
	h.press("n") // beyond the first page
	h.mustSee("251/600", "Briefing 0250", "1 unread")
	h.press("n")
	h.mustSee("591/600", "0 unread")
	h.press("n")
	h.mustSee("591/600", "no unread items")
	h.press("K", "K")
	h.mustSee("589/600", "Briefing 0588")
	h.press("J")
	h.mustSee("590/600")
	h.press("p")
	h.mustSee("no unread items")
	for _, id := range []int64{1, 6, 251, 591} {
		if it, _ := st.Item(context.Background(), id); !it.Read {
			t.Fatalf("item %d not marked read", id)
		}
	}
	h.press("q")
	if h.quit || h.m.focus != focusList {
		t.Fatalf("q in the panes: quit %v, focus %v", h.quit, h.m.focus)
	}
	h.press("q")
	if !h.quit {
		t.Fatal("q in the list did not quit")
	}
}

// TestQuitFromAnywhere: Q quits from the panes and from views; q closes a
// view first.
func TestQuitFromAnywhere(t *testing.T) {
	for _, keys := range [][]string{{"enter", "Q"}, {"?", "Q"}, {"enter", "b", "Q"}} {
		h, _ := fixtureHarness(t, 100, 30, nil)
		h.press(keys...)
		if !h.quit {
			t.Fatalf("%v did not quit", keys)
		}
	}
	h, _ := fixtureHarness(t, 100, 30, nil)
	h.press("enter", "b", "q")
	if h.quit || h.m.mode != detailSections {
		t.Fatal("q in the full text did not go back to the panes")
	}
	h.press("?", "q")
	if h.quit || h.m.overlay != overlayNone {
		t.Fatal("q did not close the help")
	}
	h.press("q", "q")
	if !h.quit {
		t.Fatal("q from the list did not quit")
	}
}

// TestOpenLinkMarksReadShiftKeeps: o opens and marks read, O opens and
// leaves the item unread.
func TestOpenLinkMarksReadShiftKeeps(t *testing.T) {
	var opened []string
	h, st := fixtureHarness(t, 120, 40, func(o *Options) {
		o.OpenURL = func(u string) error { opened = append(opened, u); return nil }
	})
	h.press("O")
	h.mustSee("opened in browser", "4 items · 3 unread")
	if it, _ := st.Item(context.Background(), 1); it.Read {
		t.Fatal("O marked the item read")
	}
	h.press("o")
	h.mustSee("4 items · 2 unread")
	if it, _ := st.Item(context.Background(), 1); !it.Read {
		t.Fatal("o did not mark the item read")
	}
	if len(opened) != 2 || opened[0] != "https://example.org/lynas-heavy" || opened[1] != opened[0] {
		t.Fatalf("opened %v", opened)
	}
}

// TestBrowserCommand: $BROWSER or the config's browser become an argument
// list, with %s replaced by the link; no shell is involved.
func TestBrowserCommand(t *testing.T) {
	link := "https://example.org/a?b=c&d=$(rm -rf ~)"
	for _, c := range []struct {
		browser []string
		env     string
		want    []string
	}{
		{nil, "", []string{"xdg-open", link}},
		{nil, "firefox --new-tab %s", []string{"firefox", "--new-tab", link}},
		{nil, "w3m", []string{"w3m", link}},
		{nil, "'/opt/My Browser/run' --url=%s:lynx", []string{"/opt/My Browser/run", "--url=" + link}},
		{[]string{"chromium", "--app=%s"}, "firefox %s", []string{"chromium", "--app=" + link}},
	} {
		got := browserArgv(c.browser, c.env, link)
		if strings.Join(got, "\x00") != strings.Join(c.want, "\x00") {
			t.Errorf("browser %q, $BROWSER %q: argv %q, want %q", c.browser, c.env, got, c.want)
		}
	}
}

// TestLinkList: L lists the item's numbered references; enter or a digit
// opens one; other schemes are shown but never opened.
func TestLinkList(t *testing.T) {
	var opened []string
	h := newHarness(t, Options{Store: newFakeStore(skimItems(t)...), OpenURL: func(u string) error {
		opened = append(opened, u)
		return nil
	}}, 120, 30)
	h.mustSee("Lynas lifted its guidance [1].")
	h.press("L")
	h.mustSee("Links", "[1] https://example.org/lynas-filing", "[2] javascript:alert(1)", "[3] http://example.org/asx-announcement")
	h.press("enter") // [1]
	h.press("3")     // [3], the cursor moves there
	h.press("k", "enter")
	h.mustSee("not opening link: refusing javascript: link")
	if strings.Join(opened, " ") != "https://example.org/lynas-filing http://example.org/asx-announcement" {
		t.Fatalf("opened %v", opened)
	}
	h.press("q")
	h.mustSee("Highlights")
	h.mustNotSee("[1] https://example.org/lynas-filing")
	h.press("j", "L") // an item without references
	h.mustSee("This item has no numbered references.")
}

// TestConfiguredKeys: a [keys] table rebinds actions; the help and the
// status-bar hints show the bindings in force; unknown actions and keys
// are errors naming them.
func TestConfiguredKeys(t *testing.T) {
	k, err := KeyMapFrom(map[string][]string{"next_unread": {"ctrl+n", "space"}, "quit": {"alt+x"}, "help": {"H"}, "companies": {"x"}, "unread_only": {"U"}})
	if err != nil {
		t.Fatal(err)
	}
	h, _ := fixtureHarness(t, 160, 40, func(o *Options) { o.Keys = &k })
	h.mustSee("ctrl+n/space next unread", "H help", "x companies · / search · f flagged · U unread")
	h.press("U", "S") // unread and starred only: nothing matches
	h.mustList("press U to show read items, S to show unstarred items")
	h.press("S", "U")
	h.mustNotSee("? help")
	h.press("n") // no longer bound: nothing opens
	if h.m.focus != focusList {
		t.Fatal("n still opens the next unread item")
	}
	h.send(keyMsg("space"))
	if h.m.focus == focusList {
		t.Fatal("space did not open the next unread item")
	}
	h.press("H")
	h.mustSee("ctrl+n/space", "alt+x", "quit")
	for table, want := range map[string]string{
		`{"next_unred": ["n"]}`:  `keys.next_unred: unknown action`,
		`{"quit": ["ctrl+?"]}`:   `keys.quit: cannot read key "ctrl+?"`,
		`{"help": []}`:           `keys.help: no key given`,
		`{"open": ["enterr"]}`:   `keys.open: cannot read key "enterr"`,
		`{"search": ["\u0007"]}`: `keys.search: cannot read key`,
	} {
		var m map[string][]string
		if err := json.Unmarshal([]byte(table), &m); err != nil {
			t.Fatal(err)
		}
		_, err := KeyMapFrom(m)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: error %v, want %q", table, err, want)
		}
	}
}

// TestPickerSpacesTickersAndAliases: a space after text is part of the
// query; a ticker or an alias finds its company; tab ticks several.
func TestPickerSpacesTickersAndAliases(t *testing.T) {
	h := newHarness(t, Options{Store: newFakeStore(skimItems(t)...), CompanyNames: skimNames}, 120, 30)
	h.press("c")
	h.typeText("china north")
	h.mustSee("company: china north", "› [ ] China Northern Rare Earth", "tab ticks to choose several")
	h.press("esc", "c")
	h.typeText("LYC")
	h.mustSee("› [ ] Lynas Rare Earths")
	h.press("tab", "backspace", "backspace", "backspace")
	h.typeText("iluka")
	h.mustSee("› [ ] Iluka Resources")
	h.press("tab")
	h.mustSee("2 chosen")
	h.press("enter")
	h.mustSee(`query: company:"Lynas Rare Earths" company:"Iluka Resources"`)
}

// TestDigestKeepsPlaceAndReadState: the digest shows read state; enter
// opens an item and marks it read; q goes back to the digest where it was
// left, the item now read; D later keeps the place too.
func TestDigestKeepsPlaceAndReadState(t *testing.T) {
	items := seekItems(60, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29)
	var entries []DigestEntry
	for i, it := range items[:40] {
		if i%10 == 0 {
			entries = append(entries, DigestEntry{Heading: fmt.Sprintf("Group %d", i/10)})
		}
		entries = append(entries, DigestEntry{ItemID: it.ID, Text: it.Title})
	}
	st := newFakeStore(items...)
	h := newHarness(t, Options{Store: st, Digest: func(context.Context) ([]DigestEntry, error) { return entries, nil }}, 100, 20)
	h.press("D")
	h.mustSee("› ● Briefing 0000")
	for range 25 {
		h.press("j")
	}
	before := h.view()
	if sel := selectedLine(before); !strings.HasPrefix(sel, "› ● Briefing 0025") {
		t.Fatalf("cursor on %q", sel)
	}
	h.press("enter")
	h.mustSee("Highlights")
	if it, _ := st.Item(context.Background(), 26); !it.Read {
		t.Fatal("enter in the digest did not mark the item read")
	}
	h.press("q") // back to the digest, same place, the item read
	body := func(v string) string { return strings.Join(strings.Split(v, "\n")[2:19], "\n") }
	if got := body(h.view()); got != body(strings.Replace(before, "› ● Briefing 0025", "› • Briefing 0025", 1)) {
		t.Fatalf("digest after q:\n%s\nbefore:\n%s", got, before)
	}
	h.press("q", "D") // the list, then the digest again: same place
	if sel := selectedLine(h.view()); !strings.HasPrefix(sel, "› • Briefing 0025") {
		t.Fatalf("D again: cursor on %q:\n%s", sel, h.view())
	}
}

// readmeKeyTable returns README's text and its key table ("| key | does |"
// to the first blank line), header rows included.
func readmeKeyTable(t *testing.T) (readme, table string) {
	t.Helper()
	data, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	start := strings.Index(text, "| key | does |")
	if start < 0 {
		t.Fatal("README has no key table")
	}
	table = text[start:]
	if end := strings.Index(table, "\n\n"); end >= 0 {
		table = table[:end]
	}
	return text, table
}

// TestReadmeKeyTableMatchesBindings: every key of the `?` help is in
// README's key table, and every key the table names is bound.
func TestReadmeKeyTableMatchesBindings(t *testing.T) {
	text, table := readmeKeyTable(t)
	name := map[string]string{"↓": "down", "↑": "up", "pgdn": "pgdown", "space": " "}
	readme := map[string]bool{}
	for _, row := range strings.Split(table, "\n")[2:] {
		cells := strings.Split(row, "|")
		if len(cells) < 3 {
			continue
		}
		parts := strings.Split(cells[1], "`")
		for i := 1; i < len(parts); i += 2 {
			keys := strings.Split(parts[i], "/")
			if parts[i] == "/" {
				keys = []string{"/"}
			}
			for _, k := range keys {
				if n, ok := name[k]; ok {
					k = n
				}
				readme[k] = true
			}
		}
	}
	km := DefaultKeyMap()
	bound := map[string]bool{}
	for _, a := range km.actions() {
		for _, k := range a.b.Keys() {
			bound[k] = true
		}
	}
	for _, group := range km.FullHelp() {
		for _, b := range group {
			for _, k := range b.Keys() {
				if k == "home" || k == "end" {
					continue // aliases of g and G, listed in the help
				}
				if !readme[k] {
					t.Errorf("README's key table lacks %q (%s)", k, b.Help().Desc)
				}
			}
		}
	}
	for k := range readme {
		if !bound[k] {
			t.Errorf("README's key table names %q, which is not bound", k)
		}
	}
	listed := readmeActions(t, text)
	for _, a := range ActionNames() {
		if !listed[a] {
			t.Errorf("README's \"Actions:\" paragraph does not list the action %q for [keys]", a)
		}
		delete(listed, a)
	}
	for a := range listed {
		t.Errorf("README's \"Actions:\" paragraph lists %q, which is no [keys] action", a)
	}
}

// readmeActions is the set of action names (lower-case words in
// backquotes) in README's "Actions:" paragraph.
func readmeActions(t *testing.T, text string) map[string]bool {
	t.Helper()
	start := strings.Index(text, "\nActions: ")
	if start < 0 {
		t.Fatal("README has no \"Actions:\" paragraph")
	}
	para := text[start+1:]
	if end := strings.Index(para, "\n\n"); end >= 0 {
		para = para[:end]
	}
	names := map[string]bool{}
	parts := strings.Split(para, "`")
	for i := 1; i < len(parts); i += 2 {
		if name := parts[i]; name != "" && strings.Trim(name, "abcdefghijklmnopqrstuvwxyz_") == "" {
			names[name] = true
		}
	}
	return names
}
