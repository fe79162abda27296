package minerals

import (
	"reflect"
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// ruleWordLists are the lists of data/minerals.toml that analyze.go's rules
// read as keys, unchanged: every entry must already be a folded key.
var ruleWordLists = []string{"descriptors", "composition_words", "determiners", "deposit_nouns", "deposit_nouns_before", "place_nouns",
	"abbreviations", "measure_words", "category_nouns", "footer_heads"}

// TestWordLists checks the word lists of data/minerals.toml: every list is
// there and not empty and holds no entry twice; the rules' lists
// (ruleWordLists) hold keys as the tokenizer folds them (lower case, no
// diacritics), footer_heads as folded keys joined by single spaces; the one
// case-sensitive list, governance_words ("Party" counts only capitalised),
// holds single words as written.
func TestWordLists(t *testing.T) {
	var raw map[string]any
	if _, err := toml.DecodeFile("data/minerals.toml", &raw); err != nil {
		t.Fatal(err)
	}
	for k, v := range raw {
		if k == "mineral" || k == "homograph" {
			continue
		}
		vs, ok := v.([]any)
		if !ok {
			t.Errorf("%s is not a list", k)
			continue
		}
		if len(vs) == 0 {
			t.Errorf("%s is empty", k)
		}
		seen := map[string]bool{}
		for _, e := range vs {
			w, ok := e.(string)
			if !ok || w == "" || w != strings.TrimSpace(w) {
				t.Errorf("%s: %v must be a trimmed string, not empty", k, e)
				continue
			}
			if seen[w] {
				t.Errorf("%s: %q twice", k, w)
			}
			seen[w] = true
		}
	}
	// parse refuses a key that is no field of dataFile but reads a field
	// missing from the file as an empty list: every list field must be
	// there.
	ft := reflect.TypeFor[dataFile]()
	for i := range ft.NumField() {
		f := ft.Field(i)
		if f.Type != reflect.TypeFor[[]string]() {
			continue
		}
		if name := f.Tag.Get("toml"); raw[name] == nil {
			t.Errorf("minerals.toml has no %s", name)
		}
	}
	for _, k := range ruleWordLists {
		vs, _ := raw[k].([]any)
		if len(vs) == 0 {
			t.Errorf("%s is empty or missing", k)
		}
		for _, e := range vs {
			w, _ := e.(string)
			got := strings.Join(keysOf(w), " ")
			switch {
			case k == "footer_heads":
				if got != w {
					t.Errorf("%s: %q folds to %q: write it folded", k, w, got)
				}
			case len(tokenize(w)) != 1 || got != w:
				t.Errorf("%s: %q folds to %q: write it as one folded key", k, w, got)
			}
		}
	}
	for _, e := range raw["governance_words"].([]any) {
		w := e.(string)
		if ws := tokenize(w); len(ws) != 1 || ws[0].text != w {
			t.Errorf("governance_words: %q must be one word, as written", w)
		}
	}
}
