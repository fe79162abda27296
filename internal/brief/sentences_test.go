package brief

import (
	"slices"
	"testing"
)

func TestSentences(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"One sentence.", []string{"One sentence."}},
		{"Prices rose 2.5% today. Traders cheered!  Why? Nobody knows.", []string{"Prices rose 2.5% today.", "Traders cheered!", "Why?", "Nobody knows."}},
		{"Spinifex Lithium Corp. of Perth said so. Dr. Marsh agreed.", []string{"Spinifex Lithium Corp. of Perth said so.", "Dr. Marsh agreed."}},
		{"The U.S. and the E.U. disagree. J. K. Smith spoke.", []string{"The U.S. and the E.U. disagree.", "J. K. Smith spoke."}},
		{`He said "stop." Then he left.`, []string{`He said "stop."`, "Then he left."}},
		{"Output fell (by 5%.) Prices rose.", []string{"Output fell (by 5%.)", "Prices rose."}},
		{"e.g. lithium and cobalt. 2026 looks better.", []string{"e.g. lithium and cobalt.", "2026 looks better."}},
		{"first line\nsecond line. third", []string{"first line", "second line. third"}},
		{"Wait… Then more.", []string{"Wait…", "Then more."}},
		{"", nil},
		{"  \n \n", nil},
	}
	for _, c := range cases {
		if got := Sentences(c.in); !slices.Equal(got, c.want) {
			t.Errorf("Sentences(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestDerivedHighlightsDeterministicAndVerbatim(t *testing.T) {
	in := "<p>The fictional Orca Cobalt said output rose 12% to 4,100 tonnes in the June quarter.</p>" +
		"<p>It was a good quarter.</p><p>Orca Cobalt (TSX: ORC) expects a further 8% rise in 2027 from its Congo mine.</p>" +
		"<p>Shares were flat.</p><p>The mine employs many people in the area and has done so for a long time now.</p>"
	first := Extract(in, "")
	for i := 0; i < 20; i++ {
		if got := Extract(in, ""); !slices.Equal(got.Highlights, first.Highlights) {
			t.Fatalf("not deterministic: %q vs %q", got.Highlights, first.Highlights)
		}
	}
	want := []string{
		"The fictional Orca Cobalt said output rose 12% to 4,100 tonnes in the June quarter.",
		"Orca Cobalt (TSX: ORC) expects a further 8% rise in 2027 from its Congo mine.",
		"The mine employs many people in the area and has done so for a long time now.",
	}
	if !slices.Equal(first.Highlights, want) || !first.HighlightsDerived {
		t.Errorf("derived = %q (%v), want %q", first.Highlights, first.HighlightsDerived, want)
	}
	if first.Analysis != "" || first.Takeaway != "" {
		t.Errorf("unstructured item got analysis %q takeaway %q", first.Analysis, first.Takeaway)
	}
}
