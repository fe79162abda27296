package companies

import "testing"

// TestLatinOpenerBeforeOnlyAPlace: a Latin sector word opening a name
// whose other words are only a place ("Mineração de Goiás", "Mineração da
// Namíbia", "Minera de México") names a country's or a state's mining, not
// a company; a name with a word of its own stays ("Mineração Serra Azul",
// "Société Minière de Kolwe"). Sentences and names written for this test.
func TestLatinOpenerBeforeOnlyAPlace(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct {
		body string
		want []string
	}{
		{"A produção da Mineração de Goiás cresceu em 2024, segundo o governo estadual.", nil},
		{"A Comissária de Mineração da Namíbia, Isabel Chiro, instruiu a polícia a parar os caminhões.", nil},
		{"O Ministério de Mineração de Moçambique publicou o relatório.", nil},
		{"Em 2024, Mineração Serra Azul anunciou a compra de uma planta.", []string{"Mineração Serra Azul"}},
		{"Hier, Société Minière de Kolwe a signé un contrat.", []string{"Société Minière de Kolwe"}},
	} {
		wantNamesSorted(t, d, "", c.body, c.want)
	}
}
