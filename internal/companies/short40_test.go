package companies

import "testing"

// TestDictFirstWordActs: a dictionary company the item writes in full, whose
// name is more than its first word and trade words ("Velkar Phosphates"),
// is written again by that first word where it acts ("Velkar said",
// "Velkar's board"): the item writes about it in two sentences. Not where
// the word does not act ("held by Velkar"), nor when another company the
// item names starts with the word. Invented companies and sentences.
func TestDictFirstWordActs(t *testing.T) {
	d, err := New([]Company{
		{Name: "Velkar Phosphates", Minerals: []string{"rare earths"}, Country: "South Africa"},
		{Name: "Velkar Fertiliser Holdings", Minerals: []string{"rare earths"}, Country: "South Africa"},
	})
	if err != nil {
		t.Fatal(err)
	}
	lead := "The provincial council met on Monday to discuss water supply. Officials expect a decision next year.\n\n" +
		"A gypsum stack near the town is owned by Velkar Phosphates (Pty) Ltd.\n\n"
	title := "Council meets on water"
	for _, c := range []struct {
		second string
		want   bool
	}{
		{"Velkar said it would fund a pilot plant.", true},
		{"Velkar's board approved a pilot plant.", true},
		{"The remaining 30% is held by Velkar.", false},
	} {
		f, ok := findings(d, Doc{Title: title, Body: lead + c.second})["Velkar Phosphates"]
		if !ok {
			t.Fatalf("%q: Velkar Phosphates not found", c.second)
		}
		if got := f.Count == 2; got != c.want {
			t.Errorf("%q: Velkar Phosphates named %d times", c.second, f.Count)
		}
	}
	// Another company the item names starts with the word: it stays unread.
	body := lead + "Velkar Fertiliser Holdings sold the stack in 2019.\n\nVelkar said it would fund a pilot plant."
	if f := findings(d, Doc{Title: title, Body: body})["Velkar Phosphates"]; f.Count != 1 {
		t.Errorf("beside Velkar Fertiliser Holdings: Velkar Phosphates named %d times, want 1", f.Count)
	}
}
