package classify

import (
	"strings"
	"testing"
)

// TestExpandSlots: a phrase naming {slot} stands for one phrase per entry,
// the product for several slots; an unknown or empty slot, an open brace
// or a brace in an entry is an error.
func TestExpandSlots(t *testing.T) {
	slots := map[string][]string{"p": {"malians", "guineans"}, "r": {"gold", "uranium"}, "bad": {"x{p}"}, "none": {}}
	got, err := expandSlots("belong to {p}", slots)
	if err != nil || strings.Join(got, "|") != "belong to malians|belong to guineans" {
		t.Errorf("one slot: %q, %v", got, err)
	}
	got, err = expandSlots("{p} own their {r}", slots)
	if err != nil || len(got) != 4 || got[3] != "guineans own their uranium" {
		t.Errorf("two slots: %q, %v", got, err)
	}
	if got, err := expandSlots("our minerals", slots); err != nil || len(got) != 1 || got[0] != "our minerals" {
		t.Errorf("no slot: %q, %v", got, err)
	}
	for _, p := range []string{"belong to {q}", "belong to {none}", "belong to {p", "belong to p}", "of {bad}"} {
		if _, err := expandSlots(p, slots); err == nil {
			t.Errorf("%q: no error", p)
		}
	}
}

// TestSlotErrorNamesFile: a lexicon file whose phrase names a slot it does
// not list fails to load, and the error names the file and the group.
func TestSlotErrorNamesFile(t *testing.T) {
	src := lexSource{name: "lexicon_fr.toml", data: []byte("lang = \"fr\"\n[slots]\np = [\"maliens\"]\n[[group]]\nname = \"g\"\nkind = \"rhetoric\"\nweight = 0.5\nphrases = [\"appartient aux {q}\"]\n")}
	_, err := decodeSource(src)
	if err == nil || !strings.Contains(err.Error(), "lexicon_fr.toml") || !strings.Contains(err.Error(), `"g"`) {
		t.Errorf("error %v, want one naming lexicon_fr.toml and group \"g\"", err)
	}
}
