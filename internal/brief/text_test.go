package brief

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/lode-reader/lode/internal/sanitize"
)

// Titles and feed names written as HTML read as the text a person sees.
func TestTextReadsHTMLTitles(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Lynas isn&#39;t selling", "Lynas isn't selling"},
		{"&#34;Critical&#34; minerals &amp; the grid", `"Critical" minerals & the grid`},
		{"AT&amp;T buys lithium", "AT&T buys lithium"},
		{"AT&T buys lithium", "AT&T buys lithium"},
		{"<b>MP Materials</b> lifts <i>NdPr</i> output", "MP Materials lifts NdPr output"},
		{"Gallium<script>alert(1)</script> curbs", "Gallium curbs"},
		{"Cobalt <style>p{}</style>price", "Cobalt price"},
		{"plain title, no markup", "plain title, no markup"},
		{"a < b and c > d", "a < b and c > d"},
		{"line\none", "line one"},
		{"<p>Graphite</p><p>exports</p>", "Graphite exports"},
		{"Escape \x1b[31mred\x1b[0m &lt;ok&gt;", "Escape red <ok>"},
	}
	for _, c := range cases {
		if got := Text(c.in); got != c.want {
			t.Errorf("Text(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzText checks the title path: no input panics, and the result is one
// line free of control bytes, escape sequences and invalid UTF-8.
func FuzzText(f *testing.F) {
	f.Add("Lynas isn&#39;t &lt;b&gt;selling&lt;/b&gt;")
	f.Add("<title>\x1b]0;pwn\x07x</title><script>y</script>&#27;[2J")
	f.Add("AT&amp;amp;T <img alt=\"a\x9b2J\"> \u202eevil")
	f.Fuzz(func(t *testing.T, s string) {
		got := Text(s)
		if !utf8.ValidString(got) {
			t.Fatalf("invalid UTF-8 from %q: %q", s, got)
		}
		if got != sanitize.Line(got) {
			t.Fatalf("unsafe or multi-line result from %q: %q", s, got)
		}
	})
}

// TestPlainTextSkipsTokenizer: text with no markup, reference, carriage
// return or NUL gives the lines the HTML tokenizer gives, in both reading
// modes: every corpus file with those characters taken out, cut at many
// points, and hostile plain text.
func TestPlainTextSkipsTokenizer(t *testing.T) {
	files, err := filepath.Glob("testdata/corpus/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	var inputs []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		s := strings.Map(func(r rune) rune {
			if strings.ContainsRune("<&\r\x00", r) {
				return -1
			}
			return r
		}, string(b))
		for i := 0; i < len(s); i += 1 + len(s)/7 {
			inputs = append(inputs, s[i:], s[:i])
		}
	}
	inputs = append(inputs, "• one\n• two\n\nplain", "\x1b[31mred\x07 \u202e text\n\n\n", "\xff\xfe bad", "a\u200bb\u00adc",
		"\x01 0\x02 link markers", "   ", "\n\n\n", "tab\tand\vform\ffeed", "Highlights\n\n• a\n• b\n\nLead [...]")
	for _, s := range inputs {
		if strings.ContainsAny(s, "<&\r\x00") {
			t.Fatalf("input %q has markup", s)
		}
		for _, plain := range []bool{false, true} {
			var la, lb []string
			pa := newParser(&la, plain)
			pa.blank = hasBlankLine(s)
			pa.run(s)
			pb := newParser(&lb, plain)
			pb.blank = pa.blank
			pb.runTokens(s)
			if !reflect.DeepEqual(pa.lines, pb.lines) || pa.sawBlock != pb.sawBlock {
				t.Fatalf("plain=%v %q:\n without tokenizer %+v\n with it %+v", plain, s, pa.lines, pb.lines)
			}
		}
	}
}

// TestAddTextRuns: text written a run of words at a time leaves the parser
// as writing it one word and one space at a time does (safe text, in
// every mode: plain, <pre>, bold).
func TestAddTextRuns(t *testing.T) {
	files, _ := filepath.Glob("testdata/corpus/*.txt")
	inputs := []string{"a b c", " a b ", "a  b", "a\tb\nc", "a b\u00a0c d", "é a b", "a é b", "one, two; three.", "x \x01 y",
		"  lead and trail  ", "a\n\nb c\n", "•  bullet  text", "word"}
	for _, f := range files {
		b, _ := os.ReadFile(f)
		inputs = append(inputs, strings.Split(string(b), "\n")...)
		inputs = append(inputs, string(b))
	}
	for _, s := range inputs {
		if !sanitize.Safe(s) {
			continue
		}
		for _, mode := range []struct{ plain, pre, bold bool }{{}, {plain: true}, {pre: true}, {bold: true}} {
			setUp := func() *parser {
				var links []string
				p := newParser(&links, mode.plain)
				if mode.pre {
					p.preDepth = 1
				}
				if mode.bold {
					p.boldDepth = 1
				}
				p.addText([]byte("head"))
				return p
			}
			whole, pieces := setUp(), setUp()
			whole.addText([]byte(s))
			for i := 0; i < len(s); {
				j := i + 1
				if s[i] < utf8.RuneSelf && textByte[s[i]] == byteWord {
					for j < len(s) && s[j] < utf8.RuneSelf && textByte[s[j]] == byteWord {
						j++
					}
				} else {
					_, n := utf8.DecodeRuneInString(s[i:])
					j = i + n
				}
				pieces.addText([]byte(s[i:j]))
				i = j
			}
			whole.flush()
			pieces.flush()
			if !reflect.DeepEqual(whole.lines, pieces.lines) {
				t.Fatalf("%+v %q:\n whole %+v\n by word %+v", mode, s, whole.lines, pieces.lines)
			}
		}
	}
}
