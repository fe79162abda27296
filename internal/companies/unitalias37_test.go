package companies

import "testing"

// TestUnitNamedWithKnownAlias: "X BTR Y, a subsidiary of ..." names the
// unit even though a dictionary alias (BTR, weak alone) sits inside its
// name, as the same sentence with a made-up word does; the alias is not
// named there. Sentences and the unit's name written for this test.
func TestUnitNamedWithKnownAlias(t *testing.T) {
	d := mustDefault(t)
	wantNamesSorted(t, d, "", "Hegang BTR Graphite Industrial, a subsidiary of BTR New Material Group, will build a plant.",
		[]string{"BTR New Material", "Hegang BTR Graphite Industrial"})
	wantNamesSorted(t, d, "", "Hegang Qorvath Graphite Industrial, a subsidiary of Qorvath New Material Group, will build a plant.",
		[]string{"Hegang Qorvath Graphite Industrial", "Qorvath New Material Group"})
}
