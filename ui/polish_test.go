package ui

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"
)

// infoLine is the detail header's feed/date line of a narrow view: the line
// below the item's title.
func infoLine(t *testing.T, v string) string {
	t.Helper()
	lines := strings.Split(v, "\n")
	for i, l := range lines {
		if strings.HasPrefix(l, "● CNRE") {
			// The title may wrap: the info line starts with the feed.
			for i++; i < len(lines) && !strings.HasPrefix(lines[i], "Rare Earth") && !strings.HasPrefix(lines[i], "2h ago") &&
				!strings.HasPrefix(lines[i], "[China"); i++ {
			}
			if i < len(lines) {
				return lines[i]
			}
		}
	}
	t.Fatalf("no CNRE title line:\n%s", v)
	return ""
}

func TestNarrowInfoLineKeepsFirstCompanyReadable(t *testing.T) {
	for _, c := range []struct {
		w    int
		feed string // what must remain of the feed and date
	}{
		{80, "Rare Earth Briefings · 2h ago  "},
		{60, "Rare Earth Br… · 2h ago  "},
		{40, ""},
	} {
		h := newHarness(t, Options{Store: newFakeStore(albemarle(), cnre())}, c.w, 24)
		h.press("j")
		info := infoLine(t, h.view())
		if !strings.HasPrefix(info, c.feed+"[China Northern Rare Earth] +3 more") {
			t.Errorf("%d columns: info line %q lacks the first company in full", c.w, info)
		}
		checkFits(t, h.view(), c.w, 24)
	}
	// Wide enough for everything: the full date stays.
	h := newHarness(t, Options{Store: newFakeStore(albemarle(), cnre())}, 180, 16)
	h.press("j")
	h.mustSee("Rare Earth Briefings · 2025-06-01", "(2h ago)  [China Northern Rare Earth]")
}

func TestChipsNeverShowCountWithoutCompany(t *testing.T) {
	h := newHarness(t, Options{Store: newFakeStore(cnre())}, 80, 24)
	for _, w := range []int{4, 8, 12, 16, 30} {
		rows := h.m.chipRows(w, 1)
		if len(rows) != 1 || !strings.HasPrefix(rows[0], "[") || width(rows[0]) > w {
			t.Errorf("chipRows(%d) = %q, want one company first within the width", w, rows)
		}
	}
}

// reverseBefore finds "Listing" right after an SGR that turns reverse video on.
var reverseBefore = regexp.MustCompile(`\x1b\[(?:[0-9]+;)*7(?:;[0-9]+)*mListing`)

func TestSearchHighlightsListAndDetailTitles(t *testing.T) {
	lipgloss.SetColorProfile(termenv.ANSI)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	for _, w := range []int{120, 80} {
		h := newHarnessKeepProfile(t, Options{Store: newFakeStore(albemarle(), cnre())}, w, 30)
		h.press("/")
		h.typeText("listing")
		h.press("enter")
		h.press("enter") // open the item: its title shows in the detail
		v := h.view()
		checkFits(t, v, w, 30)
		var list, title bool
		for _, l := range strings.Split(v, "\n") {
			plain := ansi.Strip(l)
			if !reverseBefore.MatchString(l) {
				continue
			}
			if strings.HasPrefix(plain, "›") {
				list = true
			}
			if strings.HasPrefix(plain, "CNRE Raises December Listing Price") ||
				strings.Contains(plain, "│CNRE Raises December Listing Price") {
				title = true
			}
		}
		if !list || !title {
			t.Fatalf("%d columns: title match highlighted in list %v, detail %v:\n%q", w, list, title, v)
		}
		// The text after a match keeps the title's own style.
		if w == 120 && !strings.Contains(v, "\x1b[1m Price for NdPr") {
			t.Fatalf("detail title lost its style after the match:\n%q", v)
		}
	}
}

func TestHighlightInKeepsBaseStyle(t *testing.T) {
	lipgloss.SetColorProfile(termenv.ANSI)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	base := lipgloss.NewStyle().Bold(true)
	m := lipgloss.NewStyle().Reverse(true)
	got := highlightIn("a Lynas b", []string{"lynas"}, &base, m)
	want := base.Render("a ") + m.Render("Lynas") + base.Render(" b")
	if got != want {
		t.Fatalf("highlightIn = %q, want %q", got, want)
	}
	if got := highlightIn("none", []string{"lynas"}, &base, m); got != base.Render("none") {
		t.Fatalf("no match: %q", got)
	}
	if got := highlight("Ärger über ÄRGER", []string{"ärger"}, m); strings.Count(got, "\x1b[7m") != 2 || ansi.Strip(got) != "Ärger über ÄRGER" {
		t.Fatalf("rune-wise highlight: %q", got)
	}
}

func TestDigestShowsScrollHint(t *testing.T) {
	var entries []DigestEntry
	for i := 1; i <= 30; i++ {
		entries = append(entries, DigestEntry{ItemID: int64(i%4 + 1), Text: fmt.Sprintf("entry %02d", i)})
	}
	h, _ := fixtureHarness(t, 80, 12, func(o *Options) {
		o.Digest = func(context.Context) ([]DigestEntry, error) { return entries, nil }
	})
	h.press("D")
	h.mustSee("entry 01", "↓ more")
	h.mustNotSee("↑ more")
	h.press("G")
	h.mustSee("entry 30", "↑ more")
	h.mustNotSee("↓ more")
	if !strings.Contains(selectedLine(h.view()), "entry 30") {
		t.Fatalf("cursor not on the last entry:\n%s", h.view())
	}
	h.press("pgup", "pgup")
	h.mustSee("↑ more · ↓ more")
	checkFits(t, h.view(), 80, 12)

	// Entries that fit: no hint.
	h2, _ := fixtureHarness(t, 80, 24, func(o *Options) {
		o.Digest = func(context.Context) ([]DigestEntry, error) { return entries[:5], nil }
	})
	h2.press("D")
	h2.mustSee("entry 05")
	h2.mustNotSee("more")
}

func TestNarrowStatusKeepsErrorCause(t *testing.T) {
	cause := "open link: start xdg-open: exec: \"xdg-open\": executable file not found in $PATH"
	for _, w := range []int{60, 40} {
		h, _ := fixtureHarness(t, w, 20, func(o *Options) {
			o.OpenURL = func(string) error { return errors.New(cause[len("open link: "):]) }
		})
		h.press("o")
		lines := strings.Split(h.view(), "\n")
		status := strings.TrimRight(lines[len(lines)-1], " ")
		if !strings.HasPrefix(status, "error: …") || !strings.HasSuffix(status, "file not found in $PATH") {
			t.Errorf("%d columns: status %q loses the error's cause", w, status)
		}
		if strings.Contains(status, "? help") || strings.Contains(status, "not refreshed") {
			t.Errorf("%d columns: status %q shares the line with an error that does not fit", w, status)
		}
		checkFits(t, h.view(), w, 20)
	}
	// A short error still sits beside the rest.
	h, _ := fixtureHarness(t, 120, 20, func(o *Options) {
		o.OpenURL = func(string) error { return errors.New("no browser") }
	})
	h.press("o")
	h.mustSee("not refreshed yet │ error: open link: no browser", "? help")
}

// TestSelectedRowKeepsItsBackground: the markers of an unread, flagged,
// watched item are styled glyphs whose resets used to end the selection's
// background after the cursor; the selected row is now one styled run.
func TestSelectedRowKeepsItsBackground(t *testing.T) {
	lipgloss.SetColorProfile(termenv.ANSI)
	defer lipgloss.SetColorProfile(termenv.Ascii)
	for _, noColor := range []bool{false, true} {
		h := newHarnessKeepProfile(t, Options{Store: newFakeStore(loadFixtures(t)...), NoColor: noColor, Watchlist: []string{"CNRE"}}, 120, 30)
		selected := func() string {
			for _, l := range strings.Split(h.view(), "\n") {
				if strings.HasPrefix(ansi.Strip(l), "›") {
					l, _, _ = strings.Cut(l, "│") // the list part of the line
					return l
				}
			}
			return ""
		}
		sel := selected()
		for i := 0; i < 6 && !strings.Contains(sel, "⚑"); i++ {
			h.press("j")
			sel = selected()
		}
		if !strings.Contains(sel, "⚑") || !strings.Contains(sel, "●") {
			t.Fatalf("no unread flagged row to select: %q", sel)
		}
		// The first styled run covers the whole row, up to the age.
		end := strings.Index(sel, "\x1b[0m")
		if end < 0 || strings.TrimSpace(ansi.Strip(sel[:end])) != strings.TrimSpace(ansi.Strip(sel)) {
			t.Errorf("noColor=%v: the selection style ends before the row does: %q", noColor, sel)
		}
	}
}

// TestEmptyCacheTextKnowsAboutFeeds: with feeds configured, an empty cache
// says a fetch is running or how to start one, not "add a feed".
func TestEmptyCacheTextKnowsAboutFeeds(t *testing.T) {
	h := newHarness(t, Options{Store: newFakeStore()}, 100, 20)
	h.mustSee("No briefings yet: add a feed")
	refresh := func(context.Context, bool, func(Progress)) (RefreshResult, error) { return RefreshResult{}, nil }
	h2 := newHarness(t, Options{Store: newFakeStore(), Refresh: refresh}, 200, 20)
	h2.mustSee("No briefings yet: press r to fetch your feeds")
	h2.m.startRefresh(false) // the command is not run: the refresh stays in flight
	h2.mustSee("No briefings yet: fetching your feeds…")
}

// TestOfflineStaysVisibleBesideALongError: at narrow widths an error takes
// the status line, but OFFLINE is state and stays.
func TestOfflineStaysVisibleBesideALongError(t *testing.T) {
	refresh := func(context.Context, bool, func(Progress)) (RefreshResult, error) {
		return RefreshResult{Offline: true, FeedsFailed: 3}, nil
	}
	for _, w := range []int{120, 60, 40} {
		h := newHarness(t, Options{Store: newFakeStore(loadFixtures(t)...), Refresh: refresh}, w, 24)
		h.press("r")
		lines := strings.Split(h.view(), "\n")
		status := lines[len(lines)-1]
		if !strings.Contains(status, "OFFLINE") || !strings.Contains(status, "error: ") {
			t.Errorf("%d columns: status %q should show OFFLINE and the error", w, status)
		}
		if width(status) > w {
			t.Errorf("%d columns: status is %d wide", w, width(status))
		}
	}
}
