package companies

import (
	"fmt"
	"time"
)

// Former is a name a company no longer uses and the year it changed.
// In the data file it is written as an inline table,
// {name = "Hitachi Metals", until = 2023}; a plain string is accepted from
// user config and means the year is unknown.
type Former struct {
	// Name is the old name as the press wrote it.
	Name string `toml:"name" json:"name"`
	// Until is the year the company stopped using Name (the year of the
	// rename or merger); 0 when unknown.
	Until int `toml:"until,omitempty" json:"until,omitempty"`
}

// UnmarshalTOML accepts "Old Name" or {name = "Old Name", until = 2023}.
func (f *Former) UnmarshalTOML(v any) error {
	switch v := v.(type) {
	case string:
		*f = Former{Name: v}
		return nil
	case map[string]any:
		out := Former{}
		for k, val := range v {
			switch k {
			case "name":
				s, ok := val.(string)
				if !ok {
					return fmt.Errorf("former name: name must be a string, not %T", val)
				}
				out.Name = s
			case "until":
				y, ok := val.(int64)
				if !ok {
					return fmt.Errorf("former name %v: until must be a year, not %T", v["name"], val)
				}
				out.Until = int(y)
			default:
				return fmt.Errorf("former name %v: unknown key %q (want name, until)", v["name"], k)
			}
		}
		*f = out
		return nil
	}
	return fmt.Errorf("former name: want a string or {name = ..., until = YEAR}, not %T", v)
}

// firstYear is the earliest plausible year for a rename; the latest is next year.
const firstYear = 1850

// cleanFormer trims and checks former names: letters required, a year when
// given between firstYear and next year, no duplicates.
func cleanFormer(company string, in []Former) ([]Former, error) {
	out := make([]Former, 0, len(in))
	for _, f := range in {
		f.Name = collapseSpace(f.Name)
		if !hasWordChar(f.Name) {
			return nil, fmt.Errorf("%q: former name %q has no letters or digits", company, f.Name)
		}
		if f.Until != 0 && (f.Until < firstYear || f.Until > time.Now().Year()+1) {
			return nil, fmt.Errorf("%q: former name %q: year %d is not plausible", company, f.Name, f.Until)
		}
		out = append(out, f)
	}
	return dedupeFormer(out), nil
}

func dedupeFormer(in []Former) []Former {
	if len(in) == 0 {
		return nil
	}
	seen := map[string]bool{}
	out := in[:0:0]
	for _, f := range in {
		k := foldString(f.Name)
		if seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, f)
	}
	return out
}

// Found is one company detected in an item, with the name the item used
// for it when that was a former name.
type Found struct {
	// Name is the canonical name: what filters, counts and the watchlist use.
	Name string `json:"name"`
	// Former is set when the item names the company only by a former name
	// ("Hitachi Metals" for Proterial).
	Former string `json:"former,omitempty"`
	// Until is the year Former was dropped (0 when unknown).
	Until int `json:"until,omitempty"`
	// Historic is true when the item was published in or after the year
	// Former was dropped and never uses a current name: the text looks back
	// at the old company (equipment bought from Hitachi Metals years ago)
	// and is not about the company as it is today.
	Historic bool `json:"historic,omitempty"`
}

// Label is how to show f: the canonical name, or both names when the item
// used a former one ("Hitachi Metals (now Proterial)").
func (f Found) Label() string {
	if f.Former == "" {
		return f.Name
	}
	return f.Former + " (now " + f.Name + ")"
}

// DetectAt is Detect for an item published at published (the zero time when
// unknown). Companies come in the same order as Detect's names; each says
// whether the item named it only by a former name, and whether that name
// was already out of use when the item was published.
func (d *Dictionary) DetectAt(title, text string, published time.Time) []Found {
	hits := d.hits(title, text)
	if len(hits) == 0 {
		return nil
	}
	var out []Found
	index := map[string]int{}
	for _, h := range hits {
		i, seen := index[h.name]
		if !seen {
			i = len(out)
			index[h.name] = i
			out = append(out, Found{Name: h.name})
			if h.company >= 0 && h.former > 0 {
				f := d.companies[h.company].Former[h.former-1]
				out[i].Former, out[i].Until = f.Name, f.Until
			}
			continue
		}
		if h.former == 0 {
			// A current name anywhere in the item: it is about the company
			// under its present name.
			out[i].Former, out[i].Until = "", 0
		}
	}
	for i := range out {
		f := &out[i]
		f.Historic = f.Former != "" && f.Until > 0 && !published.IsZero() && published.Year() >= f.Until
	}
	return out
}

// NameAt returns the name company (a canonical name) went by in the given
// year: the former name dropped soonest after that year, or the canonical
// name when no dated former name was still in use. Unknown companies are
// returned unchanged.
func (d *Dictionary) NameAt(company string, year int) string {
	i, ok := d.byName[foldString(company)]
	if !ok {
		return company
	}
	c := &d.companies[i]
	name, best := c.Name, 0
	for _, f := range c.Former {
		if f.Until > year && (best == 0 || f.Until < best) {
			name, best = f.Name, f.Until
		}
	}
	return name
}
