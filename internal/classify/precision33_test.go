package classify

import "testing"

// Session 33 (precision33): what keeps a report of a change, and a
// company's own boilerplate, below the threshold. Every case is invented.

// TestPhraseStopsAtBracket: a phrase does not run across a bracket. The
// last word of an aside and the first word after it ("(sengketa nikel)
// kita tunggu": "(the nickel dispute) we await") are not the possessive
// "nikel kita" (our nickel), nor "our (lithium) data" the cry "our
// lithium". The same words written together still count.
func TestPhraseStopsAtBracket(t *testing.T) {
	c := newClassifier(t, Options{})
	ruling := Doc{
		Title: "Pemerintah kaji ulang tarif bea keluar konsentrat",
		Body: "Setelah putusan panel (sengketa nikel) kita tunggu langkah berikutnya dari kementerian, kata seorang pejabat. " +
			"Kementerian menyebut tarif bea keluar akan ditinjau pada kuartal ketiga. " +
			"Produksi feronikel naik 12 persen tahun ini.",
	}
	r := c.Classify(ruling)
	if hasReason(r, "nikel) kita") || hasReason(r, "nikel kita") {
		t.Errorf("\"nikel kita\" read across a bracket: %v", r.Reasons)
	}
	flagIs(t, c, ruling, false, "a tariff review with a bracketed aside")
	customs := c.Classify(Doc{Body: "The ministry compared our (lithium) export data with customs records. Shipments rose 8% in March."})
	if hasReason(customs, "our (lithium)") || hasReason(customs, "our lithium") {
		t.Errorf("\"our lithium\" read across a bracket: %v", customs.Reasons)
	}
	cry := c.Classify(Doc{Body: "Nikel kita bukan untuk dijual murah kepada asing, katanya di depan massa."})
	if !hasReason(cry, "Nikel kita") {
		t.Errorf("\"nikel kita\" written together no longer read: %v", cry.Reasons)
	}
}
