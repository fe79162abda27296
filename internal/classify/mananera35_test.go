package classify

import (
	"strings"
	"testing"
)

// TestMananeraIsAConference: "la Mañanera del Pueblo" is the name of the
// Mexican presidency's press conference, not "the people" in anyone's
// voice; "el litio es del pueblo" stays an ownership line.
func TestMananeraIsAConference(t *testing.T) {
	c := newClassifier(t, Options{})
	r := flagIs(t, c, Doc{
		Title: "Secretaría revisa la concesión de litio en Sonora",
		Body: "En la \"Mañanera del Pueblo\", el secretario informó que la revisión de la concesión sigue ante el tribunal. " +
			"La empresa presentó un recurso contra la cancelación.",
	}, false, "a press conference's name")
	for _, rs := range r.Reasons {
		if strings.EqualFold(rs.Text, "Pueblo") {
			t.Errorf("reason %s: the conference's name read as rhetoric", rs)
		}
	}
}
