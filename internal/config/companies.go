package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/lode-reader/lode/internal/companies"
)

// AddCompany appends c to the config file at path as a [[companies]] table
// and returns the entry as written. The text already in the file (comments,
// layout, order) is kept byte for byte; a missing file is first created with
// the default settings. c must pass companies.CheckEntry, and is refused when
// its name, an alias, a former name or a ticker already belongs to a company
// lode knows, shipped or added earlier: the error names that company. The
// file must still load afterwards, or it is left untouched.
func AddCompany(path string, c companies.Company) (companies.Company, error) {
	c, err := companies.CheckEntry(c)
	if err != nil {
		return c, err
	}
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if data, err = render(Default()); err != nil {
			return c, fmt.Errorf("config %s: %w", path, err)
		}
	case err != nil:
		return c, fmt.Errorf("config %s: %w", path, err)
	}
	cfg, err := Parse(data)
	if err != nil {
		return c, fmt.Errorf("config %s: %w", path, err)
	}
	dict, err := companies.New(cfg.Companies)
	if err != nil {
		return c, fmt.Errorf("config %s: companies: %w", path, err)
	}
	if err := refuseKnown(dict, cfg.Companies, c); err != nil {
		return c, err
	}
	out := append([]byte(nil), data...)
	if len(out) > 0 && out[len(out)-1] != '\n' {
		out = append(out, '\n')
	}
	out = append(out, companyTable(c)...)
	// The result must load as a whole: the new entry must not collide with
	// another one in ways only the compiled dictionary sees.
	after, err := Parse(out)
	if err == nil {
		_, err = companies.New(after.Companies)
	}
	if err != nil {
		return c, fmt.Errorf("company %q not added: %w", c.Name, err)
	}
	return c, writeAtomic(path, out)
}

// refuseKnown reports the first name or ticker of c that a known company has.
func refuseKnown(dict *companies.Dictionary, extras []companies.Company, c companies.Company) error {
	where := func(k companies.Company) string {
		for _, e := range extras {
			if strings.EqualFold(e.Name, k.Name) {
				return " (added in your config)"
			}
		}
		return ""
	}
	names := append([]string{c.Name}, c.Aliases...)
	for _, f := range c.Former {
		names = append(names, f.Name)
	}
	for _, n := range names {
		if k, ok := dict.Find(n); ok && hasName(k, n) {
			if strings.EqualFold(n, k.Name) {
				return fmt.Errorf("%q is already in the dictionary%s", k.Name, where(k))
			}
			return fmt.Errorf("%q is already a name of %q%s", n, k.Name, where(k))
		}
	}
	for _, t := range c.Tickers {
		if k, ok := dict.Find(t); ok {
			return fmt.Errorf("ticker %s already belongs to %q%s", t, k.Name, where(k))
		}
	}
	return nil
}

// hasName reports whether n is k's name, an alias or a former name (Find
// also answers bare ticker symbols, which are not names).
func hasName(k companies.Company, n string) bool {
	same := func(s string) bool {
		return strings.EqualFold(strings.Join(strings.Fields(s), " "), strings.Join(strings.Fields(n), " "))
	}
	if same(k.Name) {
		return true
	}
	for _, a := range k.Aliases {
		if same(a) {
			return true
		}
	}
	for _, f := range k.Former {
		if same(f.Name) {
			return true
		}
	}
	return false
}

// companyTable renders c as a TOML [[companies]] table, preceded by a blank line.
func companyTable(c companies.Company) string {
	var b strings.Builder
	b.WriteString("\n[[companies]]\n")
	b.WriteString("name = " + tomlString(c.Name) + "\n")
	list := func(key string, vals []string) {
		if len(vals) == 0 {
			return
		}
		q := make([]string, len(vals))
		for i, v := range vals {
			q[i] = tomlString(v)
		}
		b.WriteString(key + " = [" + strings.Join(q, ", ") + "]\n")
	}
	list("aliases", c.Aliases)
	list("tickers", c.Tickers)
	if len(c.Former) > 0 {
		q := make([]string, len(c.Former))
		for i, f := range c.Former {
			q[i] = tomlString(f.Name)
			if f.Until != 0 {
				q[i] = fmt.Sprintf("{name = %s, until = %d}", tomlString(f.Name), f.Until)
			}
		}
		b.WriteString("former = [" + strings.Join(q, ", ") + "]\n")
	}
	if c.Parent != "" {
		b.WriteString("parent = " + tomlString(c.Parent) + "\n")
	}
	list("minerals", c.Minerals)
	if c.Country != "" {
		b.WriteString("country = " + tomlString(c.Country) + "\n")
	}
	return b.String()
}

// tomlString quotes s as a TOML basic string.
func tomlString(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, "\\u%04X", r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// writeAtomic replaces path with data through a temporary file in the same
// directory, so a crash leaves the old file or the new one. The file keeps
// its permissions; a new one is private to the user (0600).
func writeAtomic(path string, data []byte) error {
	mode := os.FileMode(0o600)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("config %s: %w", path, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), ".config-*.toml")
	if err != nil {
		return fmt.Errorf("config %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("config %s: %w", path, err)
	}
	if err := tmp.Chmod(mode); err != nil {
		tmp.Close()
		return fmt.Errorf("config %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("config %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("config %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("config %s: %w", path, err)
	}
	return nil
}
