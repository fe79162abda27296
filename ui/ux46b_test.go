package ui

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/lode-reader/lode/internal/store"
)

// TestStatusBarNarrowMessageDropsHelpThenCutsAtAWord: at 40 columns a
// message too long for the line kept "? help" and was cut mid-word
// ("refreshed: 0 n… ? help"); "? help" now gives way first and the
// message is cut after a whole word.
func TestStatusBarNarrowMessageDropsHelpThenCutsAtAWord(t *testing.T) {
	s := statusBar{st: partStyles(termenv.Ascii, false), width: 40, now: fixedNow,
		refresh: refreshState{last: fixedNow.Add(-5 * time.Minute)},
		msg:     "refreshed: 0 new, 0 updated · 2 feeds failed", help: "j/k move · q quit"}
	got := ansi.Strip(s.View())
	if width(got) > 40 {
		t.Fatalf("status %q is %d cells on a 40-cell line", got, width(got))
	}
	if strings.Contains(got, "? help") {
		t.Errorf("status %q keeps \"? help\" while the message is cut", got)
	}
	want := "updated 5m ago │ refreshed: 0 new, 0…"
	if strings.TrimRight(got, " ") != want {
		t.Errorf("status %q, want %q (the message cut after a whole word)", got, want)
	}
	// A message that fits beside "? help" keeps it.
	s.msg = "refreshed: 0 new"
	if got := ansi.Strip(s.View()); !strings.HasPrefix(got, "updated 5m ago │ refreshed: 0 new") || !strings.HasSuffix(got, "? help") {
		t.Errorf("short message: %q", got)
	}
	// One word too long for the room is still cut, within the width.
	s.msg = "refreshed:" + strings.Repeat("x", 60)
	if got := strings.TrimRight(ansi.Strip(s.View()), " "); width(got) > 40 || !strings.HasSuffix(got, "…") {
		t.Errorf("one long word: %q (%d cells)", got, width(got))
	}
}

// TestChooserHintsGoInWhole: at 80 columns the company picker's header
// hint was cut mid-word ("tab ticks to choose …"); its hints now go in
// whole or not at all, as the header's do.
func TestChooserHintsGoInWhole(t *testing.T) {
	for _, w := range []int{80, 60, 40} {
		h := newHarness(t, Options{Store: newFakeStore(skimItems(t)...), CompanyNames: skimNames}, w, 24)
		h.press("c")
		h.typeText("china north")
		h.mustSee("› [ ] China Northern")
		whole := map[string]bool{"0 chosen": true, "enter: filter by China Northern Rare Earth": true,
			"tab ticks to choose several": true, "esc cancels": true}
		checkHints(t, h.view(), "Companies", whole)
		h.press("esc", "e")
		h.mustSee("Minerals")
		whole = map[string]bool{"0 chosen": true, "tab or space ticks": true, "enter applies": true, "esc cancels": true}
		checkHints(t, h.view(), "Minerals", whole)
	}
}

// checkHints finds the line starting with title and checks each hint on
// it is one of whole.
func checkHints(t *testing.T, v, title string, whole map[string]bool) {
	t.Helper()
	for _, line := range strings.Split(v, "\n") {
		line = strings.TrimSpace(line)
		rest, ok := strings.CutPrefix(line, title+"  ")
		if !ok {
			continue
		}
		for _, hint := range strings.Split(rest, " · ") {
			if !whole[hint] {
				t.Errorf("%s hint %q is not whole (line %q)", title, hint, line)
			}
		}
		return
	}
	t.Errorf("no %s heading in\n%s", title, v)
}

// TestNoMatchRightPaneSaysWhy: when a search matches nothing the right
// pane showed only blank meta lines above a dim "No item selected"; it
// now says, on its first line, that nothing matches and which key clears
// the search (the remapped one when [keys] says so).
func TestNoMatchRightPaneSaysWhy(t *testing.T) {
	for _, w := range []int{120, 80} {
		h, _ := fixtureHarness(t, w, 30, nil)
		h.press("/")
		h.typeText("zzzqqq")
		h.press("enter")
		lines := strings.Split(h.view(), "\n")
		first := lines[2]
		if w < 100 {
			// Narrow: the pane is below the list and its rule.
			for i, l := range lines {
				if strings.HasPrefix(l, "────") {
					first = lines[i+1]
					break
				}
			}
		}
		if !strings.Contains(first, "No items match: esc clears the search") {
			t.Errorf("width %d: the right pane's first line is %q, want it to say nothing matches and esc clears the search", w, first)
		}
		// The list says the same key: esc clears the search from the list,
		// no need to open the search box first.
		h.mustList(`No items matching "zzzqqq": press esc to clear the search.`)
		h.press("esc")
		h.mustNotSee("No items match")
	}
}

// TestQueryCompletionKeyIsABinding: the F prompt completed on a literal
// tab whatever [keys] said; completion is now the complete action, named
// in the prompt's hint and in the help, and a remapped key is the only
// one that completes.
func TestQueryCompletionKeyIsABinding(t *testing.T) {
	k, err := KeyMapFrom(map[string][]string{"complete": {"ctrl+t"}})
	if err != nil {
		t.Fatal(err)
	}
	h, _ := fixtureHarness(t, 120, 30, func(o *Options) { o.Keys = &k })
	h.press("F")
	h.typeText("compa")
	h.mustSee("ctrl+t: company:")
	h.press("tab")
	h.mustNotSee("query: company:")
	h.press("ctrl+t")
	h.mustSee("query: company:")
	h.press("esc", "?")
	h.mustSee("ctrl+t    complete (F)")
}

// TestMarksInOneOrder: the detail title showed "⚑F ●" where the list row
// showed "●⚑F"; the title now has the row's order: unread, flag, star.
func TestMarksInOneOrder(t *testing.T) {
	h, _ := fixtureHarness(t, 120, 30, nil)
	h.press("j", "s")
	h.mustSee("China tightens gallium")
	row := selectedLine(h.view())
	if !strings.Contains(row, "●⚑F ★") {
		t.Fatalf("list row %q, want its marks ●⚑F and ★", row)
	}
	var title string
	for _, l := range strings.Split(h.view(), "\n") {
		if _, right, ok := strings.Cut(l, "│"); ok && strings.Contains(right, "China tightens gallium") {
			title = right
			break
		}
	}
	if !strings.HasPrefix(title, "● ⚑F ★ China tightens gallium") {
		t.Errorf("detail title %q, want the list's order: ● ⚑F ★", title)
	}
}

// TestLinkKeysSayOneThing: o said "item has no link" and A "the item has
// no http(s) link"; both now check the link the same way and say it the
// same way, and A on a demo item (whose links are on the never-resolving
// .invalid domain) says the demo's links are not real pages instead of
// failing with "no such host".
func TestLinkKeysSayOneThing(t *testing.T) {
	items := loadFixtures(t)
	items[0].Link = ""
	items[1].Link = "https://demo.lode.invalid/rare-earths/gallium"
	var asked []int64
	var opened []string
	h := newHarness(t, Options{Store: newFakeStore(items...), FetchArticle: func(_ context.Context, id int64) (string, error) {
		asked = append(asked, id)
		return "", errors.New("lookup demo.lode.invalid: no such host")
	}, OpenURL: func(u string) error { opened = append(opened, u); return nil }}, 120, 30)
	h.press("o")
	h.mustSee("not opening link: the item has no link")
	h.press("A")
	h.mustSee("not fetching the article: the item has no link")
	h.press("j", "A")
	h.mustSee("not fetching the article: the demo's links are not real pages")
	h.mustNotSee("no such host")
	if len(asked) != 0 {
		t.Errorf("A asked to fetch %v, links that cannot be fetched", asked)
	}
	// o would open a browser on a page that does not exist: it says so too.
	h.press("o")
	h.mustSee("not opening link: the demo's links are not real pages")
	if len(opened) != 0 {
		t.Errorf("o opened %v", opened)
	}
}

// TestEmptyListNamesTheKeysInForce: the empty list's hint named e and F
// whatever [keys] bound to the mineral filter and the query prompt.
func TestEmptyListNamesTheKeysInForce(t *testing.T) {
	k, err := KeyMapFrom(map[string][]string{"minerals": {"X"}, "query": {"ctrl+t"}})
	if err != nil {
		t.Fatal(err)
	}
	f := filters{Minerals: []string{"lithium"}, Query: "tag:china"}
	got := f.emptyMessage(k)
	for _, want := range []string{"X to change the mineral filter", "ctrl+t to edit the query"} {
		if !strings.Contains(got, want) {
			t.Errorf("empty list says %q, want %q", got, want)
		}
	}
}

// TestTabBarDropsWholeTabs: at 60 columns the tab bar was cut mid-word
// ("Watchlist 2   Flagg…"); tabs that do not fit are now left out whole,
// "…" saying there are more, and the active tab is always shown.
func TestTabBarDropsWholeTabs(t *testing.T) {
	h, _ := fixtureHarness(t, 60, 24, nil)
	line := strings.Split(h.view(), "\n")[0]
	if !strings.Contains(line, "[All 3]  Unread 3   Watchlist 0  …") || strings.Contains(line, "Flagg") {
		t.Errorf("tab bar at 60 columns: %q, want whole tabs then …", line)
	}
	h.press("]", "]", "]")
	line = strings.Split(h.view(), "\n")[0]
	if !strings.Contains(line, "[Flagged 1]") || !strings.Contains(line, "… ") {
		t.Errorf("tab bar on the last tab: %q, want it shown whole after …", line)
	}
}

// TestPromptPlaceholderCutAtAWord: the F prompt's placeholder was cut
// mid-word on a narrow screen ("tag:lithium newer…"); its hints now go in
// whole, the first cut after a whole word when even it does not fit.
func TestPromptPlaceholderCutAtAWord(t *testing.T) {
	for _, w := range []int{60, 100, 140} {
		h, _ := fixtureHarness(t, w, 24, nil)
		h.press("F", "ctrl+u")
		line := strings.Split(h.view(), "\n")[1]
		ph, _, _ := strings.Cut(strings.TrimPrefix(line, "query: "), "   ")
		ph = strings.TrimSpace(ph)
		whole := map[string]bool{"company:LYC tag:lithium newer:2d -is:flagged": true, "tab completes": true, "enter applies": true, "esc cancels": true}
		for _, part := range strings.Split(ph, " · ") {
			if !whole[part] && !strings.HasPrefix("company:LYC tag:lithium newer:2d -is:flagged", strings.TrimSuffix(part, "…")+" ") {
				t.Errorf("width %d: placeholder part %q is cut mid-word (line %q)", w, part, line)
			}
		}
	}
}

// TestHeaderFiltersLineCutWhole: at 40 columns the filters line read
// "18 items · … flagged | qu…"; a part that does not fit is now left out
// whole, and a query is cut only after a whole term.
func TestHeaderFiltersLineCutWhole(t *testing.T) {
	st := partStyles(termenv.Ascii, false)
	keys := DefaultKeyMap()
	h := header{st: st, keys: &keys, width: 40, tabs: newTabs(nil, nil), pos: 1, total: 18,
		counts: store.Counts{Items: 18, Unread: 18, Flagged: 5}, sort: store.SortNewest}
	if got := strings.TrimRight(h.View()[1], " "); got != "18 items · 18 unread · ⚑ 5 flagged" {
		t.Errorf("filters line at 40 columns: %q", got)
	}
	h.width, h.query = 60, "company:Lynas tag:rare-earths newer:2d -is:flagged"
	if got := strings.TrimRight(h.View()[1], " "); got != "18 items · 18 unread · ⚑ 5 flagged | query: company:Lynas…" {
		t.Errorf("filters line with a query at 60 columns: %q", got)
	}
}
