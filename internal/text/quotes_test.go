package text

import (
	"slices"
	"strings"
	"testing"
)

// TestQuoteSpans: every mark of the one reading of quotation marks, the
// open-quote rule and apostrophes. Every sentence is invented.
func TestQuoteSpans(t *testing.T) {
	for _, tc := range []struct {
		src  string
		want []string
	}{
		{`The envoy said "our ore" twice.`, []string{"our ore"}},
		{"He said “our ore” and «notre minerai».", []string{"our ore", "notre minerai"}},
		{"Sie sagte „kein Kommentar” heute.", []string{"kein Kommentar"}},
		{"公司称「战略资源」不可出口，『国之重器』。", []string{"战略资源", "国之重器"}},
		{"Villagers say the firm 'loots' ore; the miners' houses don't count.", []string{"loots"}},
		{"The smelter’s chief said ‘no comment’ today.", []string{"no comment"}},
		{"The envoy called it ’theft’ twice.", []string{"theft"}},
		// a straight mark closes a typographic quote, and the reverse
		{"He said “we will build\" and left.", []string{"we will build"}},
		// a quote left open ends at its line, not at the item's end
		{"\"We will not bend.\nThe board met.", []string{"We will not bend."}},
		{"• “Ore is ours\n• Output rose 4%", []string{"Ore is ours"}},
		{"The minister said: \"ore", []string{"ore"}},
		// a single mark left open is an apostrophe and marks nothing
		{"Fans of the '90s boom and rock 'n roll.", nil},
		{"Xi's visit and the miners' union: no quotes here.", nil},
		// a quote inside another is part of it
		{"She said “the firm called it ‘theft’ then” and left.", []string{"the firm called it ‘theft’ then"}},
		{"He said 'the \"people's\" ore' today.", []string{`the "people's" ore`}},
	} {
		var got []string
		for _, q := range QuoteSpans(tc.src, nil) {
			got = append(got, tc.src[q.Start:q.End])
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%q: quoted %q, want %q", tc.src, got, tc.want)
		}
		// Split reads the marks in its own pass: the same spans
		if ws := Split(tc.src, nil); !slices.Equal(ws.Quotes(), QuoteSpans(tc.src, nil)) {
			t.Errorf("%q: Split read %v, QuoteSpans %v", tc.src, ws.Quotes(), QuoteSpans(tc.src, nil))
		}
	}
}

// TestWordsQuoted: Split marks the words that start inside a quotation,
// and InQuote reads the same spans by offset.
func TestWordsQuoted(t *testing.T) {
	src := "The board said “we will list in Toronto” on Monday."
	ws := Split(src, nil)
	var got []string
	for i := range ws.List {
		if ws.Has(i, Quoted) {
			got = append(got, ws.Text(i))
		}
	}
	if want := []string{"we", "will", "list", "in", "Toronto"}; !slices.Equal(got, want) {
		t.Errorf("quoted words %q, want %q", got, want)
	}
	if !ws.InQuote(strings.Index(src, "list")) || ws.InQuote(strings.Index(src, "Monday")) {
		t.Errorf("InQuote disagrees with the spans %v", ws.Quotes())
	}
	ws.Split("No quotes in this one.")
	for i := range ws.List {
		if ws.Has(i, Quoted) || len(ws.Quotes()) > 0 {
			t.Fatalf("a reused Words kept the last text's quotes")
		}
	}
}
