package ui

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"
)

// lateDictionaryHarness is newHarness with o.LoadDictionary's answer kept
// back (h.held) for the test to deliver; loadView is the screen when the
// load was asked for.
func lateDictionaryHarness(t *testing.T, o Options, load func() (Dictionary, error)) (h *harness, loadView *string) {
	t.Helper()
	var at string
	o.LoadDictionary = func(context.Context) (Dictionary, error) {
		at = h.view()
		return load()
	}
	lipgloss.SetColorProfile(termenv.Ascii)
	m := New(o)
	m.after = func(time.Duration, tea.Msg) tea.Cmd { return nil }
	m.c.now = func() time.Time { return fixedNow }
	h = &harness{t: t, m: m, hold: func(msg tea.Msg) bool { _, ok := msg.(dictionaryMsg); return ok }}
	h.run(m.Init())
	h.send(tea.WindowSizeMsg{Width: 120, Height: 30})
	return h, &at
}

// deliverHeld sends the messages the harness kept back.
func (h *harness) deliverHeld() {
	h.t.Helper()
	held := h.held
	h.held, h.hold = nil, nil
	for _, msg := range held {
		h.send(msg)
	}
}

// TestDictionaryArrivesAfterFirstFrame: the reader asks for the company
// dictionary only once its first frame is on screen. Until it arrives the
// picker matches the company names stored on items (a name finds its
// company, a ticker does not yet) and says the tickers and aliases are
// loading; when it arrives an open picker matches the ticker typed. With
// names saved by the last run, the picker has them from the start.
func TestDictionaryArrivesAfterFirstFrame(t *testing.T) {
	items := skimItems(t)
	asked := 0
	h, atLoad := lateDictionaryHarness(t, Options{Store: newFakeStore(items...)}, func() (Dictionary, error) {
		asked++
		return Dictionary{Names: skimNames}, nil
	})
	if asked != 1 || !strings.Contains(*atLoad, items[0].Title[:30]) || len(h.held) != 1 {
		t.Fatalf("dictionary asked %d times, %d answers held; screen when asked:\n%s", asked, len(h.held), *atLoad)
	}
	h.press("c")
	h.typeText("lynas")
	h.mustSee("› [ ] Lynas Rare Earths", "tickers and aliases loading…")
	h.send(tea.KeyMsg{Type: tea.KeyCtrlU})
	h.typeText("LYC")
	h.mustSee("No company matches. Tickers and aliases are loading…")
	h.mustNotSee("[ ] Lynas Rare Earths")

	h.deliverHeld()
	h.mustSee("company: LYC", "› [ ] Lynas Rare Earths")
	h.mustNotSee("loading")
	h.press("enter")
	h.mustSee(`query: company:"Lynas Rare Earths"`)
	if asked != 1 {
		t.Errorf("dictionary asked %d times", asked)
	}

	// With the names the last run saved, the ticker finds its company at
	// once, and nothing says loading.
	h, _ = lateDictionaryHarness(t, Options{Store: newFakeStore(items...), CompanyNames: skimNames}, func() (Dictionary, error) {
		return Dictionary{Names: skimNames}, nil
	})
	h.press("c")
	h.typeText("LYC")
	h.mustSee("› [ ] Lynas Rare Earths")
	h.mustNotSee("loading")
}

// TestDictionaryWatchlistAndError: a watchlist configured by ticker is
// watched by its company's canonical name once the dictionary arrives (the
// list reloads); a dictionary that cannot be built is one error line in
// the status bar, the picker stops saying it is loading, and the reader
// goes on.
func TestDictionaryWatchlistAndError(t *testing.T) {
	items := skimItems(t)
	h, _ := lateDictionaryHarness(t, Options{Store: newFakeStore(items...), Watchlist: []string{"LYC"}}, func() (Dictionary, error) {
		return Dictionary{Names: skimNames, Watchlist: []string{"Lynas Rare Earths"},
			Err: errors.New(`config /h/config.toml: watchlist: unknown company "Lynas Ltd"`)}, nil
	})
	h.query("is:watched")
	before := h.listText()
	h.deliverHeld()
	after := h.listText()
	if strings.Contains(before, "Lynas") || !strings.Contains(after, "Lynas") {
		t.Errorf("is:watched before the dictionary:\n%s\nafter:\n%s", before, after)
	}
	h.mustSee(`watchlist: unknown company "Lynas Ltd"`)

	h, _ = lateDictionaryHarness(t, Options{Store: newFakeStore(items...)}, func() (Dictionary, error) {
		return Dictionary{}, errors.New(`config /h/config.toml: companies in config: extra company #1: "!!!": name has no letters or digits`)
	})
	h.deliverHeld()
	h.mustSee(`config /h/config.toml: companies in config: extra company #1: "!!!"`)
	h.press("c")
	h.typeText("lynas")
	h.mustSee("› [ ] Lynas Rare Earths")
	h.mustNotSee("loading")
}
