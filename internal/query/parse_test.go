package query

import (
	"errors"
	"strings"
	"testing"
)

// TestParse checks the tree a query reads as (shown as its canonical text
// with explicit grouping) for what a trader would type.
func TestParse(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"   ", ""},
		{"lithium", "lithium"},
		{"lithium price", "lithium price"},
		{`"rare earth" ban`, `"rare earth" ban`},
		{"company:LYC", "company:LYC"},
		{"company:LYC company:MP", "company:LYC OR company:MP"},
		{"company:LYC tag:lithium company:MP", "(company:LYC OR company:MP) tag:lithium"},
		{"company:LYC,MP,Glencore -is:read", "(company:LYC OR company:MP OR company:Glencore) -is:read"},
		{`company:"Lynas Rare Earths" is:unread`, `company:"Lynas Rare Earths" is:unread`},
		{"tag:lithium newer:2d company:LYC -is:flagged", "tag:lithium newer:2d company:LYC -is:flagged"},
		{"is:UNREAD", "is:unread"},
		{"Company:LYC", "company:LYC"},
		{"lithium OR cobalt", "lithium OR cobalt"},
		{"lithium cobalt OR graphite", "(lithium cobalt) OR graphite"},
		{"a OR b OR c", "a OR b OR c"},
		{"-(tag:lithium OR tag:cobalt) newer:1w", "-(tag:lithium OR tag:cobalt) newer:1w"},
		{"(a OR b) c", "(a OR b) c"},
		{"--a", "--a"},
		{"- a", "ERR 1"},
		{"since:2026-11-28 older:12h", "since:2026-11-28 older:12h"},
		{"ASX:LYC", "ASX:LYC"},
		{"or and", "or and"},
		{"lithium-ion", "lithium-ion"},
		{"company:LYC -company:MP", "company:LYC -company:MP"},
		{`feed:"Rare Earth Exchanges"`, `feed:"Rare Earth Exchanges"`},
		{"feed:mining.com", "feed:mining.com"},
	} {
		n, err := Parse(tc.in)
		if strings.HasPrefix(tc.want, "ERR") {
			if err == nil {
				t.Errorf("Parse(%q) = %s, want an error", tc.in, n)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%q): %v", tc.in, err)
			continue
		}
		if got := n.String(); got != tc.want {
			t.Errorf("Parse(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// TestParseErrors checks that a bad query gets one line naming the bad
// token and the column where it starts.
func TestParseErrors(t *testing.T) {
	for _, tc := range []struct {
		in, token string
		col       int
		says      string
	}{
		{"lithium foo:bar", "foo:bar", 9, "unknown field foo:"},
		{"is:sleeping", "is:sleeping", 1, "use is:unread"},
		{"tag:lithium newer:2x", "newer:2x", 13, "12h, 2d, 1w"},
		{"newer:-2d", "newer:-2d", 1, "not an age"},
		{"since:28/11/2026", "since:28/11/2026", 1, "YYYY-MM-DD"},
		{"company:", "company:", 1, "needs a value"},
		{"lithium -", "-", 9, "needs a term"},
		{`"rare earth`, `"rare earth`, 1, "no closing quote"},
		{`company:"Lynas`, `company:"Lynas`, 1, "no closing quote"},
		{"OR lithium", "OR", 1, "needs a term before"},
		{"lithium OR", "OR", 9, "needs a term after"},
		{"lithium OR OR cobalt", "OR", 9, "needs a term after"},
		{"(lithium", "(", 1, "no matching"},
		{"lithium)", ")", 8, "no matching"},
		{"()", "()", 1, "empty group"},
		{`""`, `""`, 1, "empty phrase"},
		{"company:LYC,,MP", "company:LYC,,MP", 1, "empty name"},
		{"lithium (cobalt -)", "-", 17, "needs a term"},
		{"é is:nope", "is:nope", 3, "not a state"},
	} {
		_, err := Parse(tc.in)
		var qe *Error
		if !errors.As(err, &qe) {
			t.Errorf("Parse(%q): %v, want a query error", tc.in, err)
			continue
		}
		if qe.Col != tc.col || qe.Token != tc.token || !strings.Contains(qe.Error(), tc.says) {
			t.Errorf("Parse(%q): %q at column %d (%s), want %q at column %d saying %q", tc.in, qe.Token, qe.Col, qe, tc.token, tc.col, tc.says)
		}
		if strings.Contains(qe.Error(), "\n") || !strings.HasPrefix(qe.Error(), "column ") {
			t.Errorf("Parse(%q): error is not one line starting with its column: %q", tc.in, qe.Error())
		}
	}
}

// TestParseLimits: huge, deeply nested or invalid input is refused with an
// error, not a crash.
func TestParseLimits(t *testing.T) {
	for _, in := range []string{strings.Repeat("a ", MaxLen), strings.Repeat("(", 100) + "a" + strings.Repeat(")", 100),
		strings.Repeat("-", 100) + "a", "\xff"} {
		if _, err := Parse(in); err == nil {
			t.Errorf("Parse(%.30q...) should fail", in)
		}
	}
}

// FuzzParse: any text parses or fails with a query error; a parsed query's
// canonical text parses back to the same tree.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"company:LYC,MP -is:flagged tag:lithium", `"rare earth" OR (cobalt -ban)`, "newer:2d since:2026-11-28",
		`feed:"A B" OR -(x y)`, "a OR", "((", `company:"x`, "-", "is:read older:1w"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		n, err := Parse(in)
		if err != nil {
			var qe *Error
			if !errors.As(err, &qe) || qe.Col < 1 || strings.Contains(err.Error(), "\n") {
				t.Fatalf("Parse(%q): bad error %v", in, err)
			}
			return
		}
		s := n.String()
		n2, err := Parse(s)
		if err != nil {
			t.Fatalf("Parse(%q) = %q, which does not parse: %v", in, s, err)
		}
		if s2 := n2.String(); s2 != s {
			t.Fatalf("Parse(%q) = %q, reparsed as %q", in, s, s2)
		}
	})
}
