// Package query holds lode's one query language, used by the reader's
// filter prompt, `lode list --query`, `lode digest --query` and saved views:
// fielded terms (company:, mention:, feed:, tag:, mineral:, is:, newer:,
// older:, since:), bare words and "quoted phrases" for full text, -term to
// negate, OR between terms, AND otherwise, and parentheses. Parse turns text
// into a Node tree; Resolve turns a tree into a store condition.
package query

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// MaxLen caps a query's length in bytes; longer text is refused.
const MaxLen = 4096

// maxDepth caps nesting of parentheses and negations.
const maxDepth = 32

// Kind is what a Node is.
type Kind int

const (
	// KindTerm is a single term: a fielded term or full text.
	KindTerm Kind = iota
	// KindAnd keeps items every child keeps.
	KindAnd
	// KindOr keeps items any child keeps.
	KindOr
	// KindNot keeps items its one child drops.
	KindNot
)

// Fields are the term fields the language knows, in the order help lists them.
var fieldNames = []string{"company", "mention", "feed", "tag", "mineral", "is", "newer", "older", "since"}

// Fields lists the term fields the language knows ("company", "is", ...).
func Fields() []string { return slices.Clone(fieldNames) }

// States are the values is: accepts.
var stateNames = []string{"unread", "read", "starred", "flagged", "watched"}

// Node is one node of a parsed query.
type Node struct {
	// Kind says whether the node is a term or And, Or or Not.
	Kind Kind
	// Kids are the operands of And, Or and Not.
	Kids []*Node
	// Field is the term's field ("company", "is", ...); "" for full text.
	Field string
	// Value is the term's value: a name, a state, a word, a phrase, or the
	// duration or date of newer:, older:, since:.
	Value string
	// Phrase is set for a quoted full-text phrase.
	Phrase bool
	// Col is the 1-based column (in characters) where the term starts.
	Col int
	// Dur is the parsed duration of newer: and older:.
	Dur time.Duration
	// Date is the parsed date of since: (a calendar day, no zone).
	Date time.Time
}

// Error is a query that does not parse: it names the bad token and the
// column where it starts.
type Error struct {
	// Col is the 1-based column (in characters) of the bad token.
	Col int
	// Token is the bad token as typed.
	Token string
	// Msg says what is wrong and what would be right.
	Msg string
	// Cause is what is wrong in fewer words than Msg, without the hint
	// ("has an unknown field"), for a line too narrow for Msg; "" when
	// Msg's part before its first ": " says it.
	Cause string
}

// Error returns the column, the token and what is wrong, on one line.
func (e *Error) Error() string {
	if e.Token == "" {
		return fmt.Sprintf("column %d: %s", e.Col, e.Msg)
	}
	return fmt.Sprintf("column %d: %q %s", e.Col, clip(e.Token), e.Msg)
}

func clip(s string) string {
	if utf8.RuneCountInString(s) <= 40 {
		return s
	}
	return string([]rune(s)[:39]) + "…"
}

type tokKind int

const (
	tokWord tokKind = iota
	tokPhrase
	tokOr
	tokNot
	tokOpen
	tokClose
)

type token struct {
	kind  tokKind
	text  string // as typed
	field string // for tokWord: the field before ":" ("" for plain words)
	value string // for tokWord and tokPhrase: the value, unquoted
	col   int
	quote bool // the value was quoted
}

// lex splits q into tokens.
func lex(q string) ([]token, error) {
	rs := []rune(q)
	var out []token
	for i := 0; i < len(rs); {
		r := rs[i]
		col := i + 1
		switch {
		case unicode.IsSpace(r):
			i++
		case r == '(':
			out = append(out, token{kind: tokOpen, text: "(", col: col})
			i++
		case r == ')':
			out = append(out, token{kind: tokClose, text: ")", col: col})
			i++
		case r == '-' && (i+1 >= len(rs) || unicode.IsSpace(rs[i+1]) || rs[i+1] == ')'):
			return nil, &Error{Col: col, Token: "-", Msg: "needs a term right after it (-is:read, -company:NAME)"}
		case r == '-':
			out = append(out, token{kind: tokNot, text: "-", col: col})
			i++
		case r == '"':
			end := indexRune(rs, i+1, '"')
			if end < 0 {
				return nil, &Error{Col: col, Token: string(rs[i:]), Msg: "has no closing quote"}
			}
			out = append(out, token{kind: tokPhrase, text: string(rs[i : end+1]), value: string(rs[i+1 : end]), col: col, quote: true})
			i = end + 1
		default:
			start := i
			for i < len(rs) && !unicode.IsSpace(rs[i]) && rs[i] != '(' && rs[i] != ')' && rs[i] != '"' {
				if rs[i] == ':' && i > start && isFieldName(string(rs[start:i])) {
					i++
					break
				}
				i++
			}
			word := string(rs[start:i])
			t := token{kind: tokWord, text: word, value: word, col: col}
			if f, ok := strings.CutSuffix(word, ":"); ok && isFieldName(f) {
				t.field = strings.ToLower(f)
				switch {
				case i < len(rs) && rs[i] == '"':
					end := indexRune(rs, i+1, '"')
					if end < 0 {
						return nil, &Error{Col: col, Token: string(rs[start:]), Msg: "has no closing quote"}
					}
					t.value, t.quote = string(rs[i+1:end]), true
					i = end + 1
				default:
					vs := i
					for i < len(rs) && !unicode.IsSpace(rs[i]) && rs[i] != '(' && rs[i] != ')' && rs[i] != '"' {
						i++
					}
					t.value = string(rs[vs:i])
				}
				t.text = string(rs[start:i])
			} else if f, _, ok := strings.Cut(word, ":"); ok && isLowerLetters(f) && !isFieldName(f) {
				return nil, &Error{Col: col, Token: word, Msg: "has an unknown field " + f + ": (fields: " + strings.Join(fieldNames, ": ") + ":)",
					Cause: "has an unknown field"}
			} else if word == "OR" {
				t.kind = tokOr
			}
			out = append(out, t)
		}
	}
	return out, nil
}

func indexRune(rs []rune, from int, r rune) int {
	for i := from; i < len(rs); i++ {
		if rs[i] == r {
			return i
		}
	}
	return -1
}

func isFieldName(s string) bool { return slices.Contains(fieldNames, strings.ToLower(s)) }

func isLowerLetters(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return s != ""
}

// Parse reads a query. Empty text (only spaces) gives nil, which keeps
// every item. A query that does not parse gives an *Error.
func Parse(q string) (*Node, error) {
	if len(q) > MaxLen {
		return nil, &Error{Col: 1, Msg: fmt.Sprintf("query is longer than %d bytes", MaxLen)}
	}
	if !utf8.ValidString(q) {
		return nil, &Error{Col: 1, Msg: "query is not valid UTF-8"}
	}
	toks, err := lex(q)
	if err != nil {
		return nil, err
	}
	if len(toks) == 0 {
		return nil, nil
	}
	p := &parser{toks: toks}
	n, err := p.or(0)
	if err != nil {
		return nil, err
	}
	if p.i < len(p.toks) {
		t := p.toks[p.i]
		return nil, &Error{Col: t.col, Token: t.text, Msg: "has no matching \"(\""}
	}
	return n, nil
}

type parser struct {
	toks []token
	i    int
}

func (p *parser) peek() (token, bool) {
	if p.i >= len(p.toks) {
		return token{}, false
	}
	return p.toks[p.i], true
}

func (p *parser) or(depth int) (*Node, error) {
	if t, ok := p.peek(); ok && t.kind == tokOr {
		return nil, &Error{Col: t.col, Token: "OR", Msg: "needs a term before it"}
	}
	first, err := p.and(depth)
	if err != nil {
		return nil, err
	}
	kids := []*Node{first}
	for {
		t, ok := p.peek()
		if !ok || t.kind != tokOr {
			break
		}
		p.i++
		next, ok := p.peek()
		if !ok || next.kind == tokOr || next.kind == tokClose {
			return nil, &Error{Col: t.col, Token: "OR", Msg: "needs a term after it"}
		}
		n, err := p.and(depth)
		if err != nil {
			return nil, err
		}
		kids = append(kids, n)
	}
	if len(kids) == 1 {
		return first, nil
	}
	return &Node{Kind: KindOr, Kids: kids, Col: first.Col}, nil
}

// and reads terms up to OR, ")" or the end. Positive company: terms side
// by side are OR'd: "company:LYC company:MP" keeps items about either.
func (p *parser) and(depth int) (*Node, error) {
	var kids []*Node
	var companies *Node
	for {
		t, ok := p.peek()
		if !ok || t.kind == tokOr || t.kind == tokClose {
			break
		}
		n, err := p.unary(depth)
		if err != nil {
			return nil, err
		}
		if n.Kind == KindOr && n.Kids[0].Field == "company" && t.kind == tokWord {
			// company:A,B: merge with the group's other company terms.
			if companies == nil {
				companies = n
				kids = append(kids, n)
			} else {
				companies.Kids = append(companies.Kids, n.Kids...)
			}
			continue
		}
		if n.Kind == KindTerm && n.Field == "company" {
			switch {
			case companies == nil:
				companies = &Node{Kind: KindOr, Kids: []*Node{n}, Col: n.Col}
				kids = append(kids, companies)
			default:
				companies.Kids = append(companies.Kids, n)
			}
			continue
		}
		kids = append(kids, n)
	}
	if len(kids) == 0 {
		t, ok := p.peek()
		if ok && t.kind == tokClose {
			return nil, &Error{Col: t.col, Token: ")", Msg: "closes an empty group"}
		}
		return nil, &Error{Col: 1, Msg: "empty query"}
	}
	for i, k := range kids {
		if k.Kind == KindOr && len(k.Kids) == 1 {
			kids[i] = k.Kids[0]
		}
	}
	if len(kids) == 1 {
		return kids[0], nil
	}
	return &Node{Kind: KindAnd, Kids: kids, Col: kids[0].Col}, nil
}

func (p *parser) unary(depth int) (*Node, error) {
	t, _ := p.peek()
	if depth >= maxDepth {
		return nil, &Error{Col: t.col, Token: t.text, Msg: fmt.Sprintf("nests deeper than %d", maxDepth)}
	}
	switch t.kind {
	case tokNot:
		p.i++
		next, ok := p.peek()
		if !ok || next.kind == tokOr || next.kind == tokClose {
			return nil, &Error{Col: t.col, Token: "-", Msg: "needs a term right after it (-is:read, -company:NAME)"}
		}
		n, err := p.unary(depth + 1)
		if err != nil {
			return nil, err
		}
		return &Node{Kind: KindNot, Kids: []*Node{n}, Col: t.col}, nil
	case tokOpen:
		p.i++
		if next, ok := p.peek(); ok && next.kind == tokClose {
			return nil, &Error{Col: t.col, Token: "()", Msg: "is an empty group"}
		}
		if _, ok := p.peek(); !ok {
			return nil, &Error{Col: t.col, Token: "(", Msg: "has no matching \")\""}
		}
		n, err := p.or(depth + 1)
		if err != nil {
			return nil, err
		}
		if c, ok := p.peek(); !ok || c.kind != tokClose {
			return nil, &Error{Col: t.col, Token: "(", Msg: "has no matching \")\""}
		}
		p.i++
		return n, nil
	case tokPhrase:
		p.i++
		if strings.TrimSpace(t.value) == "" {
			return nil, &Error{Col: t.col, Token: t.text, Msg: "is an empty phrase"}
		}
		return &Node{Kind: KindTerm, Value: t.value, Phrase: true, Col: t.col}, nil
	case tokWord:
		p.i++
		return term(t)
	}
	return nil, &Error{Col: t.col, Token: t.text, Msg: "is out of place"}
}

// term checks a word token and makes its node.
func term(t token) (*Node, error) {
	n := &Node{Kind: KindTerm, Field: t.field, Value: t.value, Col: t.col}
	bad := func(msg string) (*Node, error) { return nil, &Error{Col: t.col, Token: t.text, Msg: msg} }
	if t.field != "" && strings.TrimSpace(t.value) == "" {
		return bad("needs a value after the colon")
	}
	switch t.field {
	case "":
		return n, nil
	case "is":
		v := strings.ToLower(t.value)
		if !slices.Contains(stateNames, v) {
			return bad("is not a state: use is:" + strings.Join(stateNames, ", is:"))
		}
		n.Value = v
	case "newer", "older":
		d, err := parseAge(t.value)
		if err != nil {
			return bad(err.Error())
		}
		n.Dur = d
	case "since":
		d, err := time.Parse("2006-01-02", t.value)
		if err != nil {
			return bad("is not a date: use since:YYYY-MM-DD (since:2026-11-28)")
		}
		n.Date = d
	case "company", "mention", "mineral":
		if !t.quote && strings.Contains(t.value, ",") {
			var kids []*Node
			for v := range strings.SplitSeq(t.value, ",") {
				if v = strings.TrimSpace(v); v == "" {
					return bad("has an empty name between commas")
				}
				kids = append(kids, &Node{Kind: KindTerm, Field: n.Field, Value: v, Col: t.col})
			}
			return &Node{Kind: KindOr, Kids: kids, Col: t.col}, nil
		}
	}
	return n, nil
}

// parseAge reads the age of newer: and older:: a whole number of hours (h),
// days (d) or weeks (w).
func parseAge(v string) (time.Duration, error) {
	const want = "is not an age: use a number of hours, days or weeks (12h, 2d, 1w)"
	if len(v) < 2 {
		return 0, errors.New(want)
	}
	num, unit := v[:len(v)-1], v[len(v)-1]
	n, err := strconv.Atoi(num)
	if err != nil || n < 0 || num[0] == '+' || num[0] == '-' {
		return 0, errors.New(want)
	}
	var per time.Duration
	switch unit {
	case 'h', 'H':
		per = time.Hour
	case 'd', 'D':
		per = 24 * time.Hour
	case 'w', 'W':
		per = 7 * 24 * time.Hour
	default:
		return 0, errors.New(want)
	}
	if n > 100*365*24 {
		return 0, fmt.Errorf("is more than a hundred years")
	}
	return time.Duration(n) * per, nil
}

// String renders n back as query text that parses to the same tree.
func (n *Node) String() string {
	if n == nil {
		return ""
	}
	switch n.Kind {
	case KindAnd, KindOr:
		parts := make([]string, len(n.Kids))
		for i, k := range n.Kids {
			s := k.String()
			if k.Kind == KindOr || (n.Kind == KindOr && k.Kind == KindAnd) {
				s = "(" + s + ")"
			}
			parts[i] = s
		}
		sep := " "
		if n.Kind == KindOr {
			sep = " OR "
		}
		return strings.Join(parts, sep)
	case KindNot:
		k := n.Kids[0]
		if k.Kind == KindAnd || k.Kind == KindOr {
			return "-(" + k.String() + ")"
		}
		return "-" + k.String()
	}
	v := n.Value
	if n.Phrase || needsQuotes(v, n.Field) {
		v = `"` + v + `"`
	}
	if n.Field == "" {
		return v
	}
	return n.Field + ":" + v
}

func needsQuotes(v, field string) bool {
	if v == "OR" && field == "" {
		return true
	}
	if strings.HasPrefix(v, "-") && field == "" {
		return true
	}
	if (field == "company" || field == "mention" || field == "mineral") && strings.Contains(v, ",") {
		return true
	}
	if f, _, ok := strings.Cut(v, ":"); ok && field == "" && isLowerLetters(f) {
		return true
	}
	return strings.ContainsFunc(v, func(r rune) bool { return unicode.IsSpace(r) || r == '(' || r == ')' })
}
