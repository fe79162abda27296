package brief

import (
	"fmt"
	"strings"
	"testing"
)

// typicalBriefing builds a REEx-style item of about 600 words with
// highlights, body, analysis, takeaway, links and WordPress furniture.
func typicalBriefing() string {
	var b strings.Builder
	b.WriteString(`<h2>Highlights</h2><ul>`)
	for i := 1; i <= 4; i++ {
		fmt.Fprintf(&b, "<li>Point %d: the fictional Basalt Ridge Rare Earths reported progress on its separation plant and offtake talks.</li>", i)
	}
	b.WriteString(`</ul>`)
	para := `<p>Basalt Ridge Rare Earths (ASX: BRR) said on Monday that it had signed a five-year <a href="https://example.com/offtake">offtake agreement</a> with a European magnet producer covering 1,200 tonnes of NdPr oxide a year, with a price floor linked to a published index and deliveries starting in 2027.</p>`
	for i := 0; i < 7; i++ {
		b.WriteString(para)
	}
	b.WriteString(`<h2>REEx Analysis: Contracts vs. Capacity</h2>`)
	for i := 0; i < 5; i++ {
		b.WriteString(`<p>Offtakes are a necessary step, not a sufficient one; the company has yet to finish its <strong>separation plant</strong>, and the schedule assumes permits that have not yet been granted by the state regulator.</p>`)
	}
	b.WriteString(`<h2>Investor Takeaway</h2><p>The deal de-risks revenue on paper. Investors should watch the plant timeline before pricing in deliveries.</p>`)
	b.WriteString(`<div class="sharedaddy"><h3>Share this:</h3><ul><li><a href="https://example.com/s">Twitter</a></li></ul></div><p>Spread the word:</p><p>CATEGORIES: <a href="https://example.com/c">Magnets</a></p><h3>Leave a Reply</h3>`)
	return b.String()
}

func BenchmarkExtract(b *testing.B) {
	content := typicalBriefing()
	desc := "Highlights\n\n• Point one about rare earths.\n• Point two.\n\nBasalt Ridge Rare Earths said on Monday [...]"
	b.SetBytes(int64(len(content) + len(desc)))
	b.ReportAllocs()
	for b.Loop() {
		Extract(content, desc)
	}
}

func TestTypicalBriefingShape(t *testing.T) {
	got := Extract(typicalBriefing(), "")
	if n := len(strings.Fields(got.Body + " " + got.Analysis + " " + got.Takeaway + " " + strings.Join(got.Highlights, " "))); n < 500 || n > 700 {
		t.Errorf("benchmark item has %d words, want about 600", n)
	}
	if len(got.Highlights) != 4 || got.AnalysisTitle != "Contracts vs. Capacity" || got.Takeaway == "" {
		t.Errorf("unexpected shape: %+v", got)
	}
}
