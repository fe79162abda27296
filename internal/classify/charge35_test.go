package classify

import "testing"

// TestForeignPowerChargeIsNotRhetoric: a French court's charge ("dans le
// but de servir les intérêts d'une puissance étrangère", "intelligence
// avec une puissance étrangère") is the penal code's wording reported, not
// a speaker's cry against foreign powers; "les puissances étrangères" in a
// speaker's mouth stays rhetoric.
func TestForeignPowerChargeIsNotRhetoric(t *testing.T) {
	c := newClassifier(t, Options{})
	r := flagIs(t, c, Doc{
		Title: "Le groupe minier conteste la reprise de sa mine de cobalt",
		Body: "Le groupe affirme avoir perdu le contrôle de son stock de concentré. " +
			"La procédure d'arbitrage suit son cours devant le centre d'arbitrage. " +
			"Le parquet a ouvert une enquête pour vol en bande organisée dans le but de servir les intérêts d'une puissance étrangère. " +
			"Un ancien dirigeant de la société est aussi poursuivi pour intelligence avec une puissance étrangère.",
	}, false, "a court's charge")
	if hasReason(r, "puissance étrangère") {
		t.Errorf("reasons %v: a court's charge read as rhetoric", r.Reasons)
	}
	r = c.Classify(Doc{
		Title: "Le capitaine s'adresse aux mineurs",
		Body:  "Le capitaine a dénoncé les puissances étrangères devant les mineurs réunis.",
	})
	if !hasReason(r, "puissances étrangères") {
		t.Errorf("reasons %v: want \"puissances étrangères\" as rhetoric", r.Reasons)
	}
}
