package main

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestFeedsListFitsTheTerminal: `lode feeds list` wrapped every row at 80
// columns (long URLs, and errors with their back-off); on a terminal rows
// now fit its width, names and URLs cut, and a feed's last error goes on
// a line of its own under its row, wrapped but whole, so its cause stays
// readable. Into a pipe the table is as it was, every cell whole.
func TestFeedsListFitsTheTerminal(t *testing.T) {
	errText := "GET https://feeds.example.org/battery-metals/wire.atom: 404 Not Found (backing off, next try Dec 8 04:10)"
	rows := []feedLine{
		{name: "Rare Earth Briefings (demo)", url: "https://briefings.example.org/rare-earths/feed.rss", items: 120, unread: 14, last: "2h ago"},
		{name: "Battery Metals Wire", url: "https://feeds.example.org/battery-metals/wire.atom", items: 35, unread: 0, last: "3d ago", err: errText},
		{name: "Desk", url: "https://desk.example.org/feed.json", items: 2, unread: 2, last: "never"},
	}
	for _, w := range []int{40, 80, 120} {
		var b bytes.Buffer
		if err := writeFeedTable(&b, rows, w); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
		for _, l := range lines {
			if n := utf8.RuneCountInString(l); n > w {
				t.Errorf("%d columns: a line of %d: %q", w, n, l)
			}
		}
		for _, want := range []string{"NAME", "UNREAD", "Desk", " 120 ", " 14 "} {
			if !strings.Contains(out, want) {
				t.Errorf("%d columns: no %q in\n%s", w, want, out)
			}
		}
		// The error follows its feed's row, whole once its lines are joined.
		var errLines []string
		for i, l := range lines {
			if strings.HasPrefix(strings.TrimSpace(l), "error: ") {
				if i == 0 || !strings.Contains(lines[i-1], " 35 ") {
					t.Errorf("%d columns: the error is not under its feed's row:\n%s", w, out)
				}
				for _, c := range lines[i:] {
					if c != l && !strings.HasPrefix(c, "    ") {
						break
					}
					errLines = append(errLines, strings.TrimSpace(c))
				}
			}
		}
		// Joined without the spaces wrapping put in or took out.
		squash := func(s string) string { return strings.Join(strings.Fields(s), "") }
		if got := strings.TrimPrefix(strings.Join(errLines, " "), "error: "); squash(got) != squash(errText) || !strings.Contains(got, "404 Not Found") {
			t.Errorf("%d columns: the error reads %q, want %q:\n%s", w, got, errText, out)
		}
		if w >= 80 && !strings.Contains(out, "Rare Earth Briefings (demo)") {
			t.Errorf("%d columns: a name that fits was cut:\n%s", w, out)
		}
	}
	var b bytes.Buffer
	if err := writeFeedTable(&b, rows, 0); err != nil {
		t.Fatal(err)
	}
	for _, whole := range []string{"LAST ERROR", rows[0].url, rows[1].url + "  35", errText} {
		if !strings.Contains(b.String(), whole) {
			t.Errorf("into a pipe %q is not whole:\n%s", whole, b.String())
		}
	}
	if n := strings.Count(b.String(), "\n"); n != 4 {
		t.Errorf("into a pipe: %d lines, want a header and a line a feed:\n%s", n, b.String())
	}
}
