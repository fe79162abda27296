package companies

import (
	"slices"
	"testing"
)

// TestLatinAnaphora: "la compañía", "a mineradora", "la société",
// "perseroan" referring back to the company named last make a second
// sentence about it, as "the company" does (docs/labelling.md, 1); an
// article and noun that introduce a name ("la empresa china X") or name
// another kind of company ("la empresa estatal") do not. The sentences
// are written for this test.
func TestLatinAnaphora(t *testing.T) {
	d, err := New([]Company{
		{Name: "Korvana Lithium", Minerals: []string{"lithium"}, Country: "Canada"},
		{Name: "Tessaly Nickel", Minerals: []string{"nickel"}, Country: "Indonesia"},
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		body               string
		subjects, mentions []string
	}{
		{"Los precios del litio bajan. La demanda se frena.\n\nUn portavoz de Korvana Lithium dijo que el mercado sigue inestable. La compañía prevé abrir una planta nueva el próximo año.",
			[]string{"Korvana Lithium"}, nil},
		{"Los precios del litio bajan. La demanda se frena.\n\nUn portavoz de Korvana Lithium dijo que el mercado sigue inestable. Ese proyecto, señaló la empresa, avanza según lo previsto.",
			[]string{"Korvana Lithium"}, nil},
		{"Os preços do lítio caem. A demanda desacelera.\n\nUm porta-voz da Korvana Lithium disse que o mercado segue instável. A mineradora prevê abrir uma nova planta no próximo ano.",
			[]string{"Korvana Lithium"}, nil},
		{"Les prix du lithium baissent. La demande ralentit.\n\nUn porte-parole de Korvana Lithium a déclaré que le marché reste instable. La société prévoit une nouvelle usine l'an prochain.",
			[]string{"Korvana Lithium"}, nil},
		{"Harga nikel turun. Permintaan melambat.\n\nJuru bicara Tessaly Nickel mengatakan pasar masih belum stabil. Perseroan berencana membangun pabrik baru tahun depan.",
			[]string{"Tessaly Nickel"}, nil},
		// an article and noun before a nationality or another noun introduce or describe another company
		{"Los precios del litio bajan. La demanda se frena.\n\nUn portavoz de Korvana Lithium dijo que el mercado sigue inestable. La empresa estatal prevé abrir una planta nueva el próximo año.",
			nil, []string{"Korvana Lithium"}},
		{"Los precios del litio bajan. La demanda se frena.\n\nUn portavoz de Korvana Lithium dijo que el mercado sigue inestable. La empresa china prevé abrir una planta nueva el próximo año.",
			nil, []string{"Korvana Lithium"}},
		// "Perseroan Terbatas" is the legal form, not a reference back
		{"Harga nikel turun. Permintaan melambat.\n\nJuru bicara Tessaly Nickel mengatakan pasar masih belum stabil. Perseroan Terbatas adalah bentuk badan usaha.",
			nil, []string{"Tessaly Nickel"}},
		// "the <place>-based <trade>" after a comma, before "will"
		{"Cobalt prices fell. Demand slowed.\n\nA spokesman for Korvana Lithium said the market was unsettled. Under the plan, the Toronto-based battery materials refiner will build a new plant next year.",
			[]string{"Korvana Lithium"}, nil},
	} {
		s, m := roles(d.Analyze(Doc{Title: "Mercado", Body: c.body}))
		if !slices.Equal(s, c.subjects) || !slices.Equal(m, c.mentions) {
			t.Errorf("%q: subjects %q mentions %q, want %q and %q", c.body, s, m, c.subjects, c.mentions)
		}
	}
}
