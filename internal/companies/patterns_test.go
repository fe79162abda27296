package companies

import (
	"slices"
	"testing"
	"unsafe"

	"github.com/lode-reader/lode/internal/text"
)

// TestPatternsAtAsMap checks the table scanning looks patterns up in
// against the map it is built from, for every first key and near misses.
func TestPatternsAtAsMap(t *testing.T) {
	d := mustDefault(t)
	if len(d.patterns) < 1000 {
		t.Fatalf("%d first keys", len(d.patterns))
	}
	for k, ps := range d.patterns {
		if got := d.patternsAt(k); !slices.Equal(got, ps) {
			t.Fatalf("patternsAt(%q): %d patterns, want %d", k, len(got), len(ps))
		}
		for _, miss := range []string{k + "x", "x" + k, k[:len(k)-1]} {
			if got := d.patternsAt(miss); !slices.Equal(got, d.patterns[miss]) {
				t.Fatalf("patternsAt(%q): %d patterns, want %d", miss, len(got), len(d.patterns[miss]))
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
