package companies

import (
	"strings"
	"testing"

	"github.com/BurntSushi/toml"
)

// TestWordLists checks data/words.toml: every list is there and not empty,
// holds no entry twice, and holds keys as the tokenizer folds them (lower
// case, a known plural as its singular), except prefix_forms, which is
// matched as written; plural pairs are well formed and live.
func TestWordLists(t *testing.T) {
	var raw map[string][]string
	if _, err := toml.DecodeFile("data/words.toml", &raw); err != nil {
		t.Fatal(err)
	}
	lists := []string{"common_words", "function_words", "institution_heads", "institution_tails",
		"qualifier_heads", "place_tails", "legal_suffixes", "name_connectors",
		"leading_noise", "plural_pairs", "candidate_legal_forms", "name_ending_forms", "prefix_forms",
		"candidate_sector_words", "place_compounds", "abbreviations", "asset_nouns",
		"unit_apposition_nouns", "place_heads", "context_cues", "time_words", "footer_heads", "day_words",
		"nationality_links", "described_nouns", "elision_prefixes",
		"acronym_skip_words", "officer_titles", "sentence_articles"}
	if len(raw) != len(lists) {
		t.Errorf("words.toml has %d lists, want %d", len(raw), len(lists))
	}
	d := mustDefault(t)
	// keys returns the folded keys of s, as Detect reads it.
	keys := func(s string) []string {
		ts := d.words.tokenize(s)
		out := make([]string, len(ts.toks))
		for i := range ts.toks {
			out[i] = ts.key(i)
		}
		return out
	}
	for _, k := range lists {
		list := raw[k]
		if len(list) == 0 {
			t.Errorf("%s is empty or missing", k)
		}
		seen := map[string]bool{}
		for _, e := range list {
			if seen[e] {
				t.Errorf("%s: %q twice", k, e)
			}
			seen[e] = true
			if e == "" || e != strings.TrimSpace(e) {
				t.Errorf("%s: %q must be trimmed and not empty", k, e)
				continue
			}
			switch k {
			case "plural_pairs":
				pl, sg, ok := strings.Cut(e, "=")
				switch {
				case !ok || pl == "" || sg == "":
					t.Errorf("%s: %q is not plural=singular", k, e)
				case pl == sg || !strings.HasSuffix(pl, "s") || len(pl) < 5:
					// singular (tokens.go) looks up only keys of five
					// bytes or more that end in "s".
					t.Errorf("%s: %q: the plural must differ, end in s and have at least five letters", k, e)
				case strings.Join(keys(pl), " ") != sg || strings.Join(keys(sg), " ") != sg:
					t.Errorf("%s: %q: %q and %q must both fold to %q, got %q and %q", k, e, pl, sg, sg, keys(pl), keys(sg))
				}
			case "prefix_forms":
				// Case-sensitive: matched as written, and only an
				// all-capitals word of at most four letters opens a name
				// (candidates.go).
				ts := d.words.tokenize(e)
				if len(ts.toks) != 1 || ts.text(0) != e || !ts.allCaps(0) || ts.toks[0].runes > 4 {
					t.Errorf("%s: %q must be one word of one to four capitals", k, e)
				}
			case "footer_heads":
				// A heading of several words, written with spaces.
				if got := strings.Join(keys(e), " "); got != e {
					t.Errorf("%s: %q folds to %q: write it folded", k, e, got)
				}
			default:
				if got := keys(e); len(got) != 1 || got[0] != e {
					t.Errorf("%s: %q folds to %q: write it as one folded key", k, e, got)
				}
			}
		}
	}
}

// TestLoadWordsErrors checks that a malformed word file is refused, with the
// file named.
func TestLoadWordsErrors(t *testing.T) {
	for _, c := range []struct{ name, data, want string }{
		{"unknown key", "common_words = [\"the\"]\ncomon_words = [\"a\"]\n", "unknown key comon_words"},
		{"bad plural", "plural_pairs = [\"earths:earth\"]\n", "is not plural=singular"},
		{"not toml", "common_words = [\n", "parse embedded words.toml"},
	} {
		_, err := loadWords([]byte(c.data))
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), "words.toml") {
			t.Errorf("%s: err %v, want one naming words.toml and saying %q", c.name, err, c.want)
		}
	}
	if _, err := loadWords(wordsData); err != nil {
		t.Errorf("embedded words.toml: %v", err)
	}
}
