package classify

import "testing"

// TestBannerCounty37 (analyst-s37): Inner Mongolia's county-level Banner is
// a place, not a political banner; a red banner still is one.
func TestBannerCounty37(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	county := c.Classify(Doc{Title: "Steel group and Ordos Banner deepen mineral cooperation",
		Body: "The steel group's chairman met officials of Ordos Banner to discuss the mine's resource continuity and a new road."})
	red := c.Classify(Doc{Title: "Workers gather under a red banner",
		Body: "At the plant a red banner reads: follow the Party."})
	for _, r := range county.Reasons {
		if r.Text == "Banner" {
			t.Errorf("county Banner read as a political phrase: %v", county.Reasons)
		}
	}
	found := false
	for _, r := range red.Reasons {
		if r.Text == "red banner" {
			found = true
		}
	}
	if !found {
		t.Errorf("red banner not read: %v", red.Reasons)
	}
}
