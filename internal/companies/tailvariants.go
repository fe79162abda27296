package companies

import (
	"fmt"
	"strings"
)

// Tail variants: a company written with its name's last business word in
// another form ("Star Group Industry" for the dictionary's Star Group
// Industrial, "Ningbo Konit Industry" for Ningbo Konit Industries) is the
// dictionary company. The forms are roles.toml's tail_variants.

// tailFamilies reads tail_variants: each entry is one business word's
// forms, separated by spaces ("industry industrial industries"). A word in
// two entries, or an entry of one form, is an error.
func tailFamilies(entries []string) (map[string][]string, error) {
	out := make(map[string][]string, 3*len(entries))
	for _, e := range entries {
		forms := strings.Fields(e)
		if len(forms) < 2 {
			return nil, fmt.Errorf("tail_variants: %q holds fewer than two forms", e)
		}
		for _, w := range forms {
			if _, dup := out[w]; dup {
				return nil, fmt.Errorf("tail_variants: %q is in two entries", w)
			}
			out[w] = forms
		}
	}
	return out, nil
}

// knownTailVariants gives each candidate hit (no dictionary company) whose
// name is a dictionary name or alias with its last word in another form of
// the same tail_variants entry that dictionary company, by its canonical
// name: the item's "Star Group Industry" is Star Group Industrial, found
// with its other namings. Only the last word may differ, and at least two
// words come before it ("Nickel Industry" alone is no variant of Nickel
// Industries).
func (d *Dictionary) knownTailVariants(hits []hit) {
	for i := range hits {
		h := &hits[i]
		if h.company >= 0 || h.name == "" {
			continue
		}
		if c, ok := d.tailVariant(h.name); ok {
			h.company, h.name = c, d.companies[c].Name
		}
	}
}

// tailVariant returns the dictionary company that name, with its last word
// in another form (tail_variants), names.
func (d *Dictionary) tailVariant(name string) (int, bool) {
	sp := strings.LastIndexByte(name, ' ')
	if sp <= 0 || len(d.roles.tailFamily) == 0 {
		return -1, false
	}
	// Most candidates end in no tail word: a case-blind comparison with
	// the few listed words keeps them from folding (and allocating).
	var forms []string
	last := name[sp+1:]
	for w, f := range d.roles.tailFamily {
		if strings.EqualFold(last, w) {
			last, forms = w, f
			break
		}
	}
	if forms == nil {
		return -1, false
	}
	stem := name[:sp+1]
	if !strings.Contains(strings.TrimSpace(stem), " ") {
		return -1, false
	}
	for _, w := range forms {
		if w == last {
			continue
		}
		key := foldString(stem + w)
		if c, ok := d.byName[key]; ok && !d.formerName(c, key) {
			return c, true
		}
	}
	return -1, false
}

// formerName reports whether the folded key is one of company c's former
// names: a variant of a name dropped is left to the renames (renames.go).
func (d *Dictionary) formerName(c int, key string) bool {
	for _, f := range d.companies[c].Former {
		if foldString(f.Name) == key {
			return true
		}
	}
	return false
}
