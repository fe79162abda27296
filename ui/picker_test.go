package ui

import (
	"testing"

	"github.com/lode-reader/lode/internal/store"
)

// TestPickerRanksWordPrefixFirst: typing the start of a word ranks the
// companies with such a word first, before scattered fuzzy matches.
func TestPickerRanksWordPrefixFirst(t *testing.T) {
	c := &common{styles: DefaultStyles(NewRenderer(nil, false), false), keys: DefaultKeyMap()}
	p := newPicker(c)
	p.setCompanies([]store.CompanyCount{
		{Name: "Almonty Industries", Items: 9}, {Name: "Ganfeng Lithium", Items: 2},
		{Name: "Albemarle", Items: 5}, {Name: "Pilbara Minerals", Items: 1},
	}, nil)
	for _, tc := range []struct{ typed, first string }{
		{"li", "Ganfeng Lithium"},
		{"min", "Pilbara Minerals"},
		{"alb", "Albemarle"},
	} {
		p.input.SetValue(tc.typed)
		p.filter()
		if len(p.matches) == 0 || p.names[p.matches[0]] != tc.first {
			var got []string
			for _, i := range p.matches {
				got = append(got, p.names[i])
			}
			t.Errorf("typed %q: order %v, want %s first", tc.typed, got, tc.first)
		}
	}
}
