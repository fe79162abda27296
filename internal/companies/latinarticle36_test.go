package companies

import "testing"

// TestArticleBeforeLatinOpener: a Portuguese, Spanish or French article
// opening the sentence ("A Mineração Serra Azul anunciou", "La Minera Cerro
// Pardo firmó", "La Compañía Minera Tres Lagos") is no word of the name
// that a Latin sector word opens after it; a capitalised word of a name
// before the sector word still ends the name there ("Sulista Mineração
// Ltda."). Sentences and names written for this test.
func TestArticleBeforeLatinOpener(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct {
		body string
		want []string
	}{
		{"A Mineração Serra Azul anunciou hoje um acordo de venda de lítio.", []string{"Mineração Serra Azul"}},
		{"Ontem a mina parou. A Mineração Serra Azul disse que volta em março.", []string{"Mineração Serra Azul"}},
		{"La Minera Cerro Pardo firmó un acuerdo con el gobierno provincial.", []string{"Minera Cerro Pardo"}},
		{"La Compañía Minera Tres Lagos firmó un contrato de litio.", []string{"Compañía Minera Tres Lagos"}},
		{"Les dirigeants étaient là. La Minière du Haut Kasaï a signé un accord.", []string{"Minière du Haut Kasaï"}},
		{"O acordo com Sulista Mineração Ltda. foi assinado ontem.", []string{"Sulista Mineração"}},
	} {
		wantNamesSorted(t, d, "", c.body, c.want)
	}
}
