package companies

import "testing"

// TestOutsideTradeBeforeCompanyNoun: a trade outside the chain written
// before the company noun ("gem producer X", "arms manufacturer X Group")
// keeps the name after it out of the candidates, as "bank" or "law firm"
// already do; a chain trade there still names one. Sentences and names
// written for this test.
func TestOutsideTradeBeforeCompanyNoun(t *testing.T) {
	d := mustDefault(t)
	for _, c := range []struct {
		body string
		want []string
	}{
		{"On Wednesday, gem producer Tarnfields reported an attack near its ruby mine.", nil},
		{"A takeover by a unit of Chinese state-owned arms manufacturer Korlinco Group will not go ahead.", nil},
		{"Diamond miner Velvarra said sales fell.", nil},
		{"On Wednesday, graphite producer Tarnfields reported an attack near its mine.", []string{"Tarnfields"}},
	} {
		wantNamesSorted(t, d, "", c.body, c.want)
	}
}
