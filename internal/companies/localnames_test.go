package companies

import (
	"slices"
	"strings"
	"testing"
)

// TestLocalNamesErrors: a names file in another script that is broken TOML,
// holds a key the layout lacks, names an entry the dictionary does not hold,
// or (russian_vietnamese.toml) carries endings is refused with an error
// naming the file and the cause.
func TestLocalNamesErrors(t *testing.T) {
	for _, c := range []struct{ name, data, want string }{
		{"not toml", "[[names]\nname = \"X\"", "parse embedded japanese_korean.toml"},
		{"unknown key", "[[names]]\nname = \"Sojitz\"\nalias = [\"双日\"]", "unknown key"},
	} {
		if _, err := loadJapaneseKorean([]byte(c.data)); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one containing %q", c.name, err, c.want)
		}
	}
	if _, err := loadRussianVietnamese([]byte("korean_endings = [\"은\"]")); err == nil || !strings.Contains(err.Error(), "russian_vietnamese.toml") {
		t.Errorf("endings in russian_vietnamese.toml: error %v", err)
	}
	f, err := loadJapaneseKorean([]byte("[[names]]\nname = \"Qorvath Nowhere Mining\"\naliases = [\"コルヴァス\"]"))
	if err != nil {
		t.Fatal(err)
	}
	list := []Company{{Name: "Sojitz", Minerals: []string{"rare earths"}, Country: "Japan"}}
	if _, err := addLocalNames(list, "japanese_korean.toml", f); err == nil || !strings.Contains(err.Error(), "Qorvath Nowhere Mining") {
		t.Errorf("names for an unknown entry: error %v", err)
	}
}

// checkLocalNames holds the tables of a local-names file to what every
// such file promises: each names an entry of companies.toml, and no alias
// or former name is a common word (notNames, or common when given) or is
// listed twice. script checks each alias against the file's own scripts.
func checkLocalNames(t *testing.T, names []localNames, common map[string]bool, script func(name, alias string)) {
	t.Helper()
	d := mustDefault(t)
	not := notNames()
	seen := map[string]string{}
	for _, n := range names {
		if _, ok := d.byName[foldString(n.Name)]; !ok {
			t.Errorf("names for %q: not an entry of companies.toml", n.Name)
		}
		all := slices.Clone(n.Aliases)
		for _, fm := range n.Former {
			all = append(all, fm.Name)
		}
		for _, a := range all {
			script(n.Name, a)
			if commonName(a, not) || common[foldString(a)] {
				t.Errorf("%q: alias %q is a common word", n.Name, a)
			}
			if o, ok := seen[foldString(a)]; ok {
				t.Errorf("alias %q given to %q and %q", a, o, n.Name)
			}
			seen[foldString(a)] = n.Name
		}
	}
}
