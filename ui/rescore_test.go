package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/muesli/termenv"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/store"
)

// TestRescoreAfterFirstFrame checks the reader's background rescore: it
// starts only once the first frame (list and panes) is on screen, its
// progress shows in the status bar, and when it ends the list shows the
// new enrichment and the status says how many items were rescored.
func TestRescoreAfterFirstFrame(t *testing.T) {
	st := openRealStore(t, loadFixtures(t))
	ctx := context.Background()
	var h *harness
	var atStart string
	rescore := func(ctx context.Context, progress func(RescoreProgress)) (int, error) {
		atStart = h.view()
		// A new lexicon flags every item; newest first, two at a time.
		var cur store.Cursor
		done := 0
		for {
			ids, next, err := st.StaleAfter(ctx, "v2", cur, 2)
			if err != nil {
				return done, err
			}
			var batch []item.Item
			for _, id := range ids {
				it, err := st.Item(ctx, id)
				if err != nil {
					return done, err
				}
				it.Ideology.Flagged, it.Ideology.Version = true, "v2"
				batch = append(batch, it)
			}
			if _, err := st.Rescored(ctx, nil, batch); err != nil {
				return done, err
			}
			done += len(batch)
			progress(RescoreProgress{Done: done, Total: 4})
			if len(ids) < 2 {
				return done, nil
			}
			cur = next
		}
	}
	// newHarness's steps, with h set before the first frame runs the rescore.
	lipgloss.SetColorProfile(termenv.Ascii)
	m := New(Options{Store: st, Rescore: rescore})
	m.after = func(time.Duration, tea.Msg) tea.Cmd { return nil }
	m.c.now = func() time.Time { return fixedNow }
	h = &harness{t: t, m: m}
	h.run(m.Init())
	h.send(tea.WindowSizeMsg{Width: 120, Height: 40})
	if !strings.Contains(atStart, "4 items · 4 unread · ⚑ 1 flagged") || !strings.Contains(atStart, "Analysis: Fact vs. Function") {
		t.Fatalf("the rescore started before the first frame was on screen:\n%s", atStart)
	}
	h.mustSee("rescored 4 items with the new dictionary and classifier", "⚑ 4 flagged")
	if c, err := st.Counts(ctx, store.Query{Flag: store.FlagOnly}); err != nil || c.Items != 4 {
		t.Errorf("flagged in the cache after the rescore: %+v %v", c, err)
	}
	h.mustNotSee("rescoring")

	// While it runs, the status bar shows how far it got.
	h2 := newHarness(t, Options{Store: st}, 120, 40)
	h2.m.rescore.running = true
	ch := make(chan RescoreProgress)
	close(ch)
	h2.send(rescoreProgressMsg{p: RescoreProgress{Done: 1200, Total: 250000}, ch: ch})
	h2.mustSee("rescoring 1,200/250,000 items")
}
