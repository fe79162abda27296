package text

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkSplit splits the bodies of the ideology corpus, as enrichment
// splits every item once (bytes/s is the text's).
func BenchmarkSplit(b *testing.B) {
	f, err := os.Open(filepath.Join("..", "..", "testdata", "ideology", "corpus.jsonl"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	var bodies []string
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var l struct{ Title, Body string }
		if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
			b.Fatal(err)
		}
		bodies = append(bodies, l.Title+"\n\n"+l.Body)
		n += len(l.Title) + 2 + len(l.Body)
	}
	b.SetBytes(int64(n / len(bodies)))
	b.ReportAllocs()
	var ws Words
	for i := 0; i < b.N; i++ {
		ws.Split(bodies[i%len(bodies)])
	}
}
