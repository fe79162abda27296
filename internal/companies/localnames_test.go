package companies

import (
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
