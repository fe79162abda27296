package ui

import (
	"io"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/muesli/termenv"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/store"
)

// partStyles returns the reader's styles drawn for a terminal with the given
// colour profile, with or without NO_COLOR, without touching lipgloss's
// default renderer.
func partStyles(p termenv.Profile, noColor bool) *Styles {
	r := lipgloss.NewRenderer(io.Discard)
	r.SetColorProfile(p)
	st := DefaultStyles(r, noColor)
	return &st
}

// sgr matches one complete Select Graphic Rendition sequence.
var sgr = regexp.MustCompile(`\x1b\[[0-9;]*m`)

// checkEscapes fails when s holds an escape that is not a whole SGR
// sequence (one cut in half by a truncation) or leaves a style on at its
// end, which would bleed into the next line.
func checkEscapes(t *testing.T, what, s string) {
	t.Helper()
	rest := sgr.ReplaceAllString(s, "")
	if strings.ContainsRune(rest, '\x1b') {
		t.Errorf("%s: a broken escape sequence in %q", what, s)
	}
	if all := sgr.FindAllString(s, -1); len(all) > 0 {
		if last := all[len(all)-1]; last != "\x1b[0m" && last != "\x1b[m" {
			t.Errorf("%s: ends with a style still on (%q) in %q", what, last, s)
		}
	}
}

// shownChips counts the chips a row shows (each opens with [, < or ( ) and
// the number its "+N more" says it hides.
func shownChips(rows []string) (shown, hidden int) {
	more := regexp.MustCompile(`\+(\d+) more$`)
	for _, r := range rows {
		r = ansi.Strip(r)
		shown += strings.Count(r, "[") + strings.Count(r, "<") + strings.Count(r, "(")
		if m := more.FindStringSubmatch(r); m != nil {
			for _, d := range m[1] {
				hidden = hidden*10 + int(d-'0')
			}
		}
	}
	return shown, hidden
}

func chipItem() item.Item {
	return item.Item{
		ID: 7, FeedName: "Rare Earth Briefings", Title: "CNRE lifts NdPr listing price as Lynas ships more oxide",
		Link: "https://example.org/cnre", Published: fixedNow.Add(-2 * time.Hour),
		Companies:  []string{"China Northern Rare Earth", "Lynas Rare Earths", "MP Materials", "Iluka Resources"},
		Candidates: []string{"Iluka Resources"},
		Minerals:   []string{"neodymium"},
		Mentions:   []string{"Shenghe Resources"},
	}
}

// TestChipRowCollapsesWhatDoesNotFit: the chips a line cannot hold are
// counted in a final "+N more", which with the chips shown accounts for
// every company and mineral; every line fits its width; with room for all,
// no count is drawn.
func TestChipRowCollapsesWhatDoesNotFit(t *testing.T) {
	it := chipItem()
	row := itemChips(&it, partStyles(termenv.TrueColor, false))
	total := len(row.chips)
	if total != 6 {
		t.Fatalf("%d chips for 4 subjects, a mineral and a mention, want 6", total)
	}
	if got := ansi.Strip(row.View(200, 1)[0]); got != "[China Northern Rare Earth] [Lynas Rare Earths] [MP Materials] [Iluka Resources*] <neodymium> (Shenghe Resources)" {
		t.Errorf("all chips on a wide line: %q", got)
	}
	for _, c := range []struct{ w, rows int }{{30, 1}, {45, 1}, {50, 2}, {60, 2}} {
		rows := row.View(c.w, c.rows)
		if len(rows) == 0 || len(rows) > c.rows {
			t.Errorf("width %d, %d rows: got %d rows %q", c.w, c.rows, len(rows), rows)
			continue
		}
		for _, r := range rows {
			if width(r) > c.w {
				t.Errorf("width %d: row %q is %d cells", c.w, ansi.Strip(r), width(r))
			}
			checkEscapes(t, "chip row", r)
		}
		shown, hidden := shownChips(rows)
		if hidden == 0 || shown+hidden != total {
			t.Errorf("width %d, %d rows: %d chips shown and %d counted in %q, want a count and %d in all", c.w, c.rows, shown, hidden, rows, total)
		}
		if !strings.HasPrefix(ansi.Strip(rows[0]), "[China") {
			t.Errorf("width %d: the first subject does not lead: %q", c.w, rows)
		}
	}
	// Too narrow for a chip and its count: the first company alone, cut,
	// never a count without one.
	if rows := row.View(12, 1); len(rows) != 1 || ansi.Strip(rows[0]) != "[China Nort…" {
		t.Errorf("width 12: %q, want the first company cut and no count", rows)
	}
	// The header's one-line need is the first chip and the count after it.
	if got := row.need(200); got != width("[China Northern Rare Earth] +5 more") {
		t.Errorf("need = %d", got)
	}
	if none := (chipRow{}); none.View(40, 2) != nil || none.need(40) != 0 {
		t.Error("an item naming nothing draws chips")
	}
}

// TestStatusBarLongErrorKeepsItsCause: an error too long for the line
// takes the whole of it, keeps its end (the cause) and OFFLINE, fits the
// width, and its colours survive the cut as whole escape sequences.
func TestStatusBarLongErrorKeepsItsCause(t *testing.T) {
	for _, p := range []termenv.Profile{termenv.TrueColor, termenv.ANSI} {
		s := statusBar{st: partStyles(p, false), width: 60, now: fixedNow, isErr: true,
			refresh: refreshState{offline: true, last: fixedNow.Add(-3 * time.Hour)},
			msg:     "saving 40 items to /home/reader/.cache/lode/cache.db: database or disk is full",
			help:    "j/k move · enter open · q quit"}
		v := s.View()
		plain := ansi.Strip(v)
		if width(v) > 60 {
			t.Errorf("status is %d cells on a 60-cell line: %q", width(v), plain)
		}
		if !strings.HasPrefix(plain, "OFFLINE error: …") || !strings.HasSuffix(plain, "database or disk is full") {
			t.Errorf("long error: %q, want OFFLINE, the error's start cut and its cause kept", plain)
		}
		checkEscapes(t, "long error", v)
		// A long message that is not an error is cut at its end instead,
		// after a whole word, "? help" and the key help giving way to it.
		s.isErr, s.refresh = false, refreshState{running: true, progress: Progress{Done: 3, Total: 41, Feed: "Battery Metals Wire \x1b[31mred"}}
		s.msg = "marked 120 items read in the view Rare Earths and Magnets (undo with u)"
		v = s.View()
		plain = ansi.Strip(v)
		if width(v) != 60 || !strings.Contains(plain, "refreshing feeds 3/41 · Battery Metals Wire red │ marked…") || strings.Contains(plain, "? help") {
			t.Errorf("long message: %q (%d cells)", plain, width(v))
		}
		if strings.Contains(plain, "j/k move") {
			t.Errorf("the key help is drawn where it does not fit: %q", plain)
		}
		checkEscapes(t, "long message", v)
	}
	// With room the key help shows.
	s := statusBar{st: partStyles(termenv.Ascii, false), width: 100, now: fixedNow,
		refresh: refreshState{last: fixedNow.Add(-90 * time.Minute)}, help: "j/k move · enter open · q quit"}
	if got := ansi.Strip(s.View()); !strings.HasPrefix(got, "updated 1h ago") || !strings.HasSuffix(got, "j/k move · enter open · q quit") {
		t.Errorf("status with room: %q", got)
	}
}

// TestHeaderLines: the first line holds the tabs and the cursor's place;
// the second the counts and the filters in force, or the box being typed
// in with the counts beside it.
func TestHeaderLines(t *testing.T) {
	st := partStyles(termenv.Ascii, false)
	keys := DefaultKeyMap()
	h := header{st: st, keys: &keys, width: 160, tabs: newTabs(nil, nil), pos: 3, total: 1250,
		counts: store.Counts{Items: 1250, Unread: 40, Flagged: 2}, sort: store.SortNewest}
	lines := h.View()
	if len(lines) != 2 || width(lines[0]) != 160 || width(lines[1]) != 160 {
		t.Fatalf("header %q, want two lines of 160 cells", lines)
	}
	if !strings.HasPrefix(lines[0], "lode  [") || !strings.HasSuffix(lines[0], " 3/1,250") {
		t.Errorf("first line %q", lines[0])
	}
	if !strings.HasPrefix(lines[1], "1,250 items · 40 unread · ⚑ 2 flagged | query: (everything)") {
		t.Errorf("second line without filters: %q", lines[1])
	}
	h.query, h.watch, h.alerts = "mineral:gallium", true, true
	h.watchCounts = []store.CompanyCount{{Name: "Lynas\x1b[2J Rare Earths", Unread: 3}}
	line := h.View()[1]
	for _, want := range []string{"new for watched companies | 1,250 items", "| query: mineral:gallium |", "watchlist unread: Lynas Rare Earths 3"} {
		if !strings.Contains(line, want) {
			t.Errorf("second line %q lacks %q", line, want)
		}
	}
	if strings.ContainsRune(line, '\x1b') {
		t.Errorf("a feed's escape reached the header: %q", line)
	}
	h.edit = "/ gall" + strings.Repeat(" ", h.editWidth()-6)
	line = h.View()[1]
	if !strings.HasPrefix(line, "/ gall ") || !strings.HasSuffix(line, "1,250 items · 40 unread · ⚑ 2 flagged") || strings.Contains(line, "query:") {
		t.Errorf("second line while typing: %q", line)
	}
}

// TestItemMetaLines: with room, the title, the feed and date, the link and
// the chips have lines of their own; on three lines the chips share the
// feed's line, which gives way to the first company.
func TestItemMetaLines(t *testing.T) {
	it := chipItem()
	it.Read = false
	st := partStyles(termenv.Ascii, false)
	im := itemMeta{st: st, shown: true, it: it, chips: itemChips(&it, st), now: fixedNow, bodyH: 30}
	lines := im.View(120, 5)
	if len(lines) != 5 {
		t.Fatalf("%d lines, want 5", len(lines))
	}
	want := []string{"● CNRE lifts NdPr listing price", "Rare Earth Briefings · ", "https://example.org/cnre", "[China Northern Rare Earth] [Lynas Rare Earths]"}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("line %d: %q, want it to start %q", i, lines[i], w)
		}
	}
	// A short body: the title keeps one line, and the feed gives way to
	// the first company and the count.
	im.bodyH = 12
	for _, c := range []struct {
		w          int
		info, tail string
	}{
		{50, "2h ago  ", "[China Northern Rare Earth] +5 more"},
		{60, "Rare Earth Br… · 2h ago  ", "[China Northern Rare Earth] +5 more"},
		{70, "Rare Earth Briefings · 2h ago  ", "[China Northern Rare Earth] +5 more"},
		{110, "Rare Earth Briefings · 2025-06-01 ", "(2h ago)  [China Northern Rare Earth] [Lynas Rare Earths] +4 more"},
	} {
		narrow := im.View(c.w, 3)
		if len(narrow) != 3 || !strings.HasPrefix(narrow[1], c.info) || !strings.HasSuffix(strings.TrimSpace(narrow[1]), c.tail) {
			t.Errorf("three lines of %d cells: %q, want the second to start %q and end %q", c.w, narrow, c.info, c.tail)
		}
		for _, l := range narrow {
			if width(l) != c.w {
				t.Errorf("line %q is %d cells, want %d", l, width(l), c.w)
			}
		}
	}
	// A long title wraps on up to three lines when the body has room.
	im.it.Title = strings.Repeat("Gallium export licences tighten again ", 6)
	if got := im.titleExtra(60, 30); got != 2 {
		t.Errorf("titleExtra = %d, want 2 (three lines)", got)
	}
	if got := im.titleExtra(60, 12); got != 0 {
		t.Errorf("titleExtra on a short body = %d, want 0", got)
	}
	if blank := (itemMeta{st: st}).View(40, 3); len(blank) != 3 || strings.TrimSpace(strings.Join(blank, "")) != "" {
		t.Errorf("no item shown: %q, want three blank lines", blank)
	}
}

// TestPartsWithoutColour: under NO_COLOR the header, chips, item header
// and status bar draw no colour (attributes may stay), and on a terminal
// without attributes (TERM=dumb) no escape at all; with colour they have
// some, so the check can fail.
func TestPartsWithoutColour(t *testing.T) {
	draw := func(st *Styles) string {
		it := chipItem()
		it.Starred, it.Ideology.Flagged = true, true
		keys := DefaultKeyMap()
		h := header{st: st, keys: &keys, width: 120, tabs: newTabs(nil, nil), pos: 1, total: 5, counts: store.Counts{Items: 5}}
		s := statusBar{st: st, width: 120, now: fixedNow, isErr: true, msg: "fetch https://desk.test/feed: 503",
			refresh: refreshState{offline: true, last: fixedNow.Add(-time.Hour)}}
		im := itemMeta{st: st, shown: true, it: it, chips: itemChips(&it, st), now: fixedNow, bodyH: 30}
		return strings.Join(append(append(h.View(), im.View(120, 5)...), s.View()), "\n")
	}
	colour := regexp.MustCompile(`\x1b\[[0-9;]*(?:3[0-9]|4[0-9]|9[0-7]|10[0-7])[;m]`)
	if v := draw(partStyles(termenv.TrueColor, false)); !colour.MatchString(v) {
		t.Fatalf("no colour drawn with colour on: the check cannot fail: %q", v)
	}
	if v := draw(partStyles(termenv.TrueColor, true)); colour.MatchString(v) {
		t.Errorf("colour under NO_COLOR: %q", colour.FindString(v))
	} else if !strings.Contains(ansi.Strip(v), "OFFLINE") || !strings.Contains(ansi.Strip(v), "● ⚑F ★") {
		t.Errorf("NO_COLOR lost the words and glyphs: %q", ansi.Strip(v))
	}
	if v := draw(partStyles(termenv.Ascii, false)); strings.ContainsRune(v, '\x1b') {
		t.Errorf("escapes on a terminal without attributes: %q", v)
	}
}
