package companies

import "testing"

// TestBodyShortOfNamed: an Indonesian unit written in full ("PT Sagara
// Nikel Indonesia Tbk") and later by its parent's one-word name
// ("Sagara dan Kestrel telah memulai") is the unit both times when the
// item never names the parent otherwise: the press shortens the unit's
// name, as a title does (shortOfNamed). A title naming the parent keeps
// the word the parent's, and so does a possessive ("Sagara's stake").
// Invented companies and sentences.
func TestBodyShortOfNamed(t *testing.T) {
	d, err := New([]Company{
		{Name: "Sagara", Minerals: []string{"nickel"}, Country: "Brazil"},
		{Name: "PT Sagara Nikel Indonesia", Aliases: []string{"Sagara Nikel Indonesia"}, Parent: "Sagara", Minerals: []string{"nickel"}, Country: "Indonesia"},
	})
	if err != nil {
		t.Fatal(err)
	}
	body := "PT Sagara Nikel Indonesia Tbk tengah mencari mitra baru untuk proyek pengolahan nikel di Pomalaa.\n\n" +
		"Sebelumnya, Sagara dan mitranya telah memulai pembangunan pabrik di lokasi itu."
	fs := findings(d, Doc{Title: "Sagara Nikel Indonesia cari mitra ketiga", Body: body})
	if _, ok := fs["Sagara"]; ok {
		t.Error("the unit's short name was read as its parent Sagara")
	}
	if f := fs["PT Sagara Nikel Indonesia"]; f.Count != 3 {
		t.Errorf("PT Sagara Nikel Indonesia named %d times, want 3", f.Count)
	}
	// The title names the parent: the body's bare word is the parent's.
	if _, ok := findings(d, Doc{Title: "Sagara dan unitnya cari mitra", Body: body})["Sagara"]; !ok {
		t.Error("a title naming Sagara: the body's bare word lost its company")
	}
	// A possessive names the owner.
	body2 := "PT Sagara Nikel Indonesia Tbk tengah mencari mitra baru untuk proyek di Pomalaa.\n\n" +
		"Sagara's stake in the unit is 44 per cent."
	if _, ok := findings(d, Doc{Title: "Sagara Nikel Indonesia cari mitra ketiga", Body: body2})["Sagara"]; !ok {
		t.Error("a possessive bare word lost its company")
	}
}
