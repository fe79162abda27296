package companies

import (
	"slices"
	"testing"
	"unsafe"

	"github.com/lode-reader/lode/internal/text"
)

// TestPatternsAtAsMap checks the table scanning looks patterns up in
// against the lists it indexes, for every first key and near misses.
func TestPatternsAtAsMap(t *testing.T) {
	d := mustDefault(t)
	patterns := patternMap(d)
	if len(patterns) < 1000 {
		t.Fatalf("%d first keys", len(patterns))
	}
	for k, ps := range patterns {
		if got := d.patternsAt(k); !slices.Equal(got, ps) {
			t.Fatalf("patternsAt(%q): %d patterns, want %d", k, len(got), len(ps))
		}
		for _, miss := range []string{k + "x", "x" + k, k[:len(k)-1]} {
			if got := d.patternsAt(miss); !slices.Equal(got, patterns[miss]) {
				t.Fatalf("patternsAt(%q): %d patterns, want %d", miss, len(got), len(patterns[miss]))
			}
		}
	}
}

// TestTokensShareWordKeys checks that tokens made from the shared words
// reuse their keys when no apostrophe joins words and no plural is made
// singular (no allocation), and build their own otherwise.
func TestTokensShareWordKeys(t *testing.T) {
	d := mustDefault(t)
	for _, tc := range []struct {
		src    string
		shared bool
	}{
		{"Lynas shipped dysprosium from Malaysia & Japan.", true},
		{"Shares of O'Neill Metals rose.", false},
	} {
		ws := text.Split(tc.src, nil)
		var toks []token
		var keys []byte
		ts := d.words.fromWords(&ws, toks, keys)
		if same := unsafe.StringData(ts.keys) == unsafe.StringData(ws.Keys); same != tc.shared {
			t.Errorf("%q: keys shared %v, want %v", tc.src, same, tc.shared)
		}
		toks, keys = ts.toks, ts.keyBuf
		if n := testing.AllocsPerRun(10, func() { ts = d.words.fromWords(&ws, toks, keys) }); tc.shared && n != 0 {
			t.Errorf("%q: %v allocations, want 0", tc.src, n)
		}
	}
}

// patternMap is d's patterns by first token key, read back from the lists
// scanning uses; every list must hold one key.
func patternMap(d *Dictionary) map[string][]*pattern {
	m := make(map[string][]*pattern, len(d.patternLists))
	for _, ps := range d.patternLists {
		m[ps[0].keys[0]] = ps
	}
	return m
}
