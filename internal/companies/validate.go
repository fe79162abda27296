package companies

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
)

// notNamesData lists words and phrases that must never name a company on
// their own (common English words, minerals, sector words): a match on them
// would tag ordinary prose. One per line; # starts a comment.
//
//go:embed data/not_names.txt
var notNamesData string

// notNames returns the folded entries of data/not_names.txt.
func notNames() map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(notNamesData, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out[foldString(line)] = true
	}
	return out
}

// commonName reports whether name is, on its own, a common word, a mineral
// or a sector word ("Lithium", "Energy", "Rare Earths", "Rare-Earth").
func commonName(name string, not map[string]bool) bool {
	k := foldString(strings.ReplaceAll(name, "-", " "))
	return not[k] || not[strings.TrimSuffix(k, "s")]
}

// CheckEntry holds one entry to the rules the shipped dictionary follows
// and returns it cleaned: a name with letters; no name, alias or former name
// that is a common word or mineral on its own; tickers that follow their
// exchange's symbol format (see CheckTicker); plausible years for former
// names. It does not look at other entries: New checks that names and
// tickers are not shared.
func CheckEntry(c Company) (Company, error) {
	c, err := cleanCompany(c)
	if err != nil {
		return c, err
	}
	not := notNames()
	names := append([]string{c.Name}, c.Aliases...)
	for _, f := range c.Former {
		names = append(names, f.Name)
	}
	for _, n := range append(names, c.Parent, c.Country) {
		if strings.ContainsFunc(n, unicode.IsControl) {
			return c, fmt.Errorf("%q: %q contains control characters", c.Name, n)
		}
	}
	for _, n := range names {
		if commonName(n, not) {
			return c, fmt.Errorf("%q: %q is a common word or mineral on its own and would tag ordinary text", c.Name, n)
		}
	}
	for i, t := range c.Tickers {
		n, err := CheckTicker(t)
		if err != nil {
			return c, fmt.Errorf("%q: %w", c.Name, err)
		}
		c.Tickers[i] = n
	}
	return c, nil
}
