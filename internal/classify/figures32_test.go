package classify

import "testing"

// TestFiguresWithDecimals: a figure with decimals is as concrete as a
// whole one ("12.5%", "a 2.5bn investment", "4.5pc"); text.FigureAt reads
// the number whole, so a sentence stating one is a fact and the rhetoric
// the item quotes is set aside. Before session 32 the classifier read
// "12.5%" as the numbers 12 and 5 and found no figure. Invented.
func TestFiguresWithDecimals(t *testing.T) {
	c := newClassifier(t, Options{})
	flagIs(t, c, Doc{
		Title: "Tantalum miner lifts output 12.5% as president visits",
		Body: "Output at the mine rose 12.5% in the quarter, the company said. " +
			"Its share of the national export quota rose to 37.5% from 30.2%. " +
			"The owner plans a 2.5bn investment and expects margins of 4.5pc. " +
			"\"The looters of our ore are gone and the wealth belongs to the people,\" the president told workers. " +
			"\"Foreigners will never again plunder our motherland,\" he said.",
	}, false, "an output report in decimal figures")
}
