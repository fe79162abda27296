package classify

import (
	"strings"
	"testing"
)

// A Roman numeral in a citation ("Article XI of the GATT", the article on
// export restrictions that every export-ban dispute cites) is a number, not
// the leader's name; the name keeps its weight everywhere else.
func TestRomanNumeralIsNotAName(t *testing.T) {
	c := newClassifier(t, Options{})
	for _, body := range []string{
		"The government argued that its ore export ban is allowed under Article XI of the GATT.",
		"Lawyers for the ministry cited Article XI:2 and said the panel misread the exception.",
		"The ban was defended before Commission XI of the House on Tuesday.",
		"The appeal rests on Articles XI and XX of the 1994 agreement.",
	} {
		if r := c.Classify(Doc{Title: "Ministry defends nickel ore export ban at trade body", Body: body}); namesXi(r) {
			t.Errorf("the numeral read as a name in %q: %v", body, r.Reasons)
		}
	}
	for _, d := range []Doc{
		{Title: "Lithium plant opens", Body: "President Xi sent a letter to the opening of the plant."},
		{Title: "XI JINPING TOURS LITHIUM PLANT", Body: "The plant makes carbonate."},
		{Title: "Leaders meet", Body: "The talks between the two presidents, Xi and his guest, lasted an hour."},
	} {
		if r := c.Classify(d); !namesXi(r) {
			t.Errorf("the name no longer read in %q / %q: %v", d.Title, d.Body, r.Reasons)
		}
	}
}

// namesXi reports whether a reason of r is a phrase with the word Xi in it.
func namesXi(r Result) bool {
	for _, x := range r.Reasons {
		for _, w := range strings.FieldsFunc(x.Text, func(c rune) bool { return c == ' ' || c == ',' }) {
			if strings.EqualFold(w, "xi") {
				return true
			}
		}
	}
	return false
}
