package excerpt

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestRead(t *testing.T) {
	dir := t.TempDir()
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("a.txt", "title:  Lynas: a note \nhighlight: one\nhighlight: two\n---\nBody text\n--- not a separator\n")
	write("b.txt", "title: B\n---\n")
	got, err := Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Name != "a.txt" || got[1].Name != "b.txt" {
		t.Fatalf("got %+v", got)
	}
	a := got[0]
	if len(a.Headers) != 3 || a.Headers[0] != (Header{Key: "title", Value: "Lynas: a note", Line: "title:  Lynas: a note "}) || a.Headers[2].Value != "two" {
		t.Errorf("headers %+v", a.Headers)
	}
	if a.Body != "Body text\n--- not a separator\n" {
		t.Errorf("body %q", a.Body)
	}
	bad := write("c.txt", "title: no separator\nbody")
	if _, err := Read(bad); err == nil || !strings.Contains(err.Error(), "c.txt: no --- separator") {
		t.Errorf("missing separator: %v", err)
	}
	if _, err := Read(filepath.Join(dir, "missing.txt")); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("missing file: %v", err)
	}
}
