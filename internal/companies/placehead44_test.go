package companies

import (
	"slices"
	"testing"
)

// TestValleyPlaceName44 (session 44, subjprec-s44): a company named by one
// word that is also the Portuguese or Spanish word for a valley, written
// before "do", "da", "de" or "del" and a capitalised word ("o Vale do
// Lítio", "no Vale do Jequitinhonha", "el Valle del Cauca"), names the
// place, not the company (place_heads, words.toml). The company named
// otherwise stays found. Invented sentences; the names are the
// dictionary's.
func TestValleyPlaceName44(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		title, body string
		found       bool
	}{
		{"Nova mina de lítio em Minas Gerais", "A Orvalia começará a produção no seu projeto localizado no Vale do Jequitinhonha, em Minas Gerais.", false},
		{"O Vale do Lítio atrai investidores", "Empresas estrangeiras anunciaram novos projetos no Vale do Lítio este ano.", false},
		{"Vale vende unidade de níquel", "A Vale anunciou a venda de parte da sua unidade de metais básicos.", true},
		{"Vale do Rio Doce", "A Companhia Vale do Rio Doce anunciou um novo projeto em 2005.", true},
	} {
		got := slices.Contains(analyzedNames(d, tc.title, tc.body), "Vale")
		if got != tc.found {
			t.Errorf("%q: Vale found = %v, want %v", tc.body, got, tc.found)
		}
	}
}
