package classify

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/lode-reader/lode/internal/text"
)

// TestKeysAsStem checks the keys table scanning looks ASCII words up in
// against stemming each word and looking the stem up in the vocabulary:
// every word of the ideology corpora, every vocabulary word with every
// suffix rule's ending put on or taken off, and short words, for the
// built-in lexicon and one with user terms.
func TestKeysAsStem(t *testing.T) {
	extra := []Term{{Phrase: "nationalisations galore", Weight: 1}, {Phrase: "parties", Weight: -1}, {Phrase: "Ises", Weight: 0.5}}
	for _, ex := range [][]Term{nil, extra} {
		c, err := New(Options{Extra: ex})
		if err != nil {
			t.Fatal(err)
		}
		lx := c.lx
		sc := &scanner{st: lx.stem}
		words := map[string]bool{"a": true, "is": true, "ies": true, "es": true, "s": true, "parties": true, "party": true, "ss": true}
		files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "ideology", "*.jsonl"))
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			ws := text.Split(string(b), nil)
			for i := range ws.Len() {
				if !ws.Has(i, text.NonASCII) {
					words[ws.Key(i)] = true
				}
			}
		}
		for v := range lx.vocab {
			words[v] = true
			for _, rules := range lx.stem.byLast {
				for _, r := range rules {
					words[v+r.suffix] = true
					words[v+r.repl] = true
					if len(v) > len(r.repl) {
						words[v[:len(v)-len(r.repl)]+r.suffix] = true
					}
				}
			}
		}
		n := 0
		for k := range words {
			if k == "" || !isASCII(k) {
				continue
			}
			want, wok := lx.vocab[string(sc.stem([]byte(k)))]
			got, ok := lx.keys.Get(k)
			if ok != wok || got != want {
				t.Fatalf("key %q: %d, %v; stem %q in the vocabulary: %d, %v", k, got, ok, sc.stem([]byte(k)), want, wok)
			}
			if ok {
				n++
				if lx.keysFirstLen[k[0]]&(1<<(len(k)&63)) == 0 || !lx.keysFilter.May(k) {
					t.Fatalf("key %q: filtered out", k)
				}
			}
		}
		if n < 1000 {
			t.Errorf("only %d of %d words found", n, len(words))
		}
	}
}

// TestEdgesAsMaps checks the trie's transition table against the nodes'
// next maps: every transition, and every other word id from every node.
func TestEdgesAsMaps(t *testing.T) {
	c, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	lx := c.lx
	n := 0
	for node := range lx.nodes {
		for id := int32(-1); id <= int32(len(lx.vocab)); id++ {
			want, wok := lx.nodes[node].next[id]
			if got, ok := lx.edges.get(int32(node), id); got != want || ok != wok {
				t.Fatalf("edge %d -> %d: %d, %v; want %d, %v", node, id, got, ok, want, wok)
			}
			if wok {
				n++
			}
		}
	}
	if n < 500 {
		t.Errorf("only %d transitions", n)
	}
}
