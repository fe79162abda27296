package companies

import "testing"

// TestCandidatesThatAreNoCompany41 (session 41): words the candidate rules
// read as a company's name that name none: a programme's phase with its
// numeral after a company noun ("a follow-up Phase II campaign"), a
// nationality or region before a company noun ("a subsidiary of
// Pan-African resources company X", "a major South Korean battery
// maker"), a country after one ("Top nickel miner Indonesia"), a deposit
// after one ("the giant X Obo mine"), a product or process ending in a
// trade word with no distinctive word ("Tungsten Recycling", "Spherical
// Purified Graphite Anode Material manufacturing facility"), a grade's
// unit before a resource ("0.42% TREO Maiden Mineral Resource") and an
// institution's programme ("Center for the Efficient Development of
// Strategic Mineral Resources"), and the word before an officer's title
// that belongs to the title ("Outgoing CEO Jane Doe", "Deputy Chairman Li
// Wei": roles.toml officer_modifiers). The companies written in the same
// forms are still found. Invented sentences.
func TestCandidatesThatAreNoCompany41(t *testing.T) {
	d, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	lead := "Kestrel Lithium said on Monday it had started drilling at its Tarn project.\n\n"
	checkNameCases(t, d, "Kestrel Lithium starts drilling", lead, []nameCase{
		{"If the first holes go well, a follow-up Phase II campaign of deeper drilling will start in May.", "Phase II", false},
		{"The explorer said a follow-up Stage 3 programme would test the northern zone.", "Stage 3", false},
		{"The smelter is owned by Tarn Nickel Corporation, a subsidiary of Pan-African multi-commodity resources company Qorvath Africa.", "Pan-African", false},
		{"Tindal Cells Co., a major South Korean battery components maker, said it would build a cathode plant.", "South Korean", false},
		{"Top nickel miner Indonesia banned ore exports at the start of 2020.", "Indonesia", false},
		{"The group owns the giant Varna Obo mine in the north of the country.", "Varna Obo", false},
		{"Demand for High-Purity Germanium and Tungsten Recycling to Double by 2027, the report said.", "Tungsten Recycling", false},
		{"The company is building a vertically integrated Spherical Purified Graphite Battery Anode Material manufacturing facility in Queensland.", "Spherical Purified Graphite Battery Anode Material", false},
		{"All the holes were collared within the Fjell deposit, which holds 23.6Mt @ 0.42% TREO Maiden Mineral Resource.", "TREO Maiden Mineral Resource", false},
		{"He reviewed work at the National Innovation Center for the Efficient Development of Strategic Rare Mineral Resources.", "Efficient Development of Strategic Rare Mineral Resources", false},
		{"The president spoke at the Kompas100 CEO Forum in the capital on Friday.", "Kompas100", false},
		{"JAKARTA, KABAR NASIONAL – Menteri Energi dan Sumber Daya Mineral (ESDM) Budi Santoso menegaskan larangan ekspor tetap berlaku.", "Sumber Daya Mineral", false},
		{"Perseroan mengacu pada peraturan tentang Transaksi Material dan Perubahan Kegiatan Usaha.", "Transaksi Material", false},
		{"The plant uses its own separation technology, known as Selective Binding Technology (\"SBT\"), to make the salt.", "Selective Binding Technology", false},
		{"Outgoing CEO Jane Doe said the drilling would take three months.", "Outgoing", false},
		{"The meeting was chaired by Deputy Chairman Li Wei and attended by the board.", "Deputy", false},
		{"Sean Lo, Assistant Chief at the survey office, visited the site.", "Assistant", false},
		{"Former CEO Tom Hale will stay on as an adviser.", "Former", false},
		// the same forms with a company in them
		{"Qorvath CEO Jane Doe said the plant would open in May.", "Qorvath", true},
		{"Tarn Ionic Technology (\"TIT\") will supply the separation units.", "Tarn Ionic Technology", true},
		{"Tarn Nickel Corporation is a subsidiary of Australian miner Qorvath Resources, which bought it last year.", "Qorvath Resources", true},
		{"South Korean battery maker Tindal Cells said it would build a cathode plant.", "Tindal Cells", true},
		{"Qorvath Recycling said it would take spent cells from the plant.", "Qorvath Recycling", true},
		{"Varna Anode Materials Ltd will build the plant in Queensland.", "Varna Anode Materials", true},
	})
}
