package feeds

import "testing"

func TestStripEscapes(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Lithium\x1b[2J\x1b[H up", "Lithium up"},
		{"a&#27;[31mred&#x1B;[0m b", "ared b"},
		{"t&#27;]0;pwned&#7;x", "tx"},
		{"t\x1b]8;;https://e.example/\x1b\\link\x1b]8;;\x1b\\", "tlink"},
		{"t&#0027;]52;c;Zm9v&#x07;x", "tx"},
		{"reset\x1bc now", "reset now"},
		// An unterminated string stops at markup: only ESC and introducer go.
		{"<title>a\x1b]0;no end</title>", "<title>a0;no end</title>"},
		// Not an escape: ordinary references and brackets stay.
		{"AT&amp;T [1] &#39;q&#39; &#8212;", "AT&amp;T [1] &#39;q&#39; &#8212;"},
		{"&#27", "&#27"},
	} {
		if got := string(stripEscapes([]byte(tc.in))); got != tc.want {
			t.Errorf("stripEscapes(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
