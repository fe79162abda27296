package companies

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/BurntSushi/toml"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// TestDetectAtRenames checks that a company named by a former name is shown
// under both names, and that an item published after the rename that uses
// only the old name is marked historic (it looks back at the old company).
func TestDetectAtRenames(t *testing.T) {
	d := mustDefault(t)
	tests := []struct {
		name      string
		title     string
		text      string
		published time.Time
		want      []Found
		labels    []string
	}{
		{
			name:      "old name before the rename",
			title:     "Hitachi Metals raises magnet prices",
			text:      "Hitachi Metals said neodymium magnet prices would rise in April.",
			published: day("2019-03-01"),
			want:      []Found{{Name: "Proterial", Former: "Hitachi Metals", Until: 2023}},
			labels:    []string{"Hitachi Metals (now Proterial)"},
		},
		{
			name:      "old name after the rename looks back",
			title:     "Plant restarts with second-hand furnaces",
			text:      "The sintering furnaces were bought from Hitachi Metals in 2012 and moved to Ohio.",
			published: day("2025-06-10"),
			want:      []Found{{Name: "Proterial", Former: "Hitachi Metals", Until: 2023, Historic: true}},
			labels:    []string{"Hitachi Metals (now Proterial)"},
		},
		{
			name:      "current name anywhere wins",
			title:     "Former Hitachi Metals unit licenses patents",
			text:      "Hitachi Metals, now called Proterial, licensed its patents.",
			published: day("2025-06-10"),
			want:      []Found{{Name: "Proterial"}},
			labels:    []string{"Proterial"},
		},
		{
			name:   "unknown date is never historic",
			text:   "Areva sold the mine.",
			want:   []Found{{Name: "Orano", Former: "Areva", Until: 2018}},
			labels: []string{"Areva (now Orano)"},
		},
		{
			name:      "former name of a merger, with other companies kept in order",
			text:      "Lynas signed an offtake. Livent shipped hydroxide to Tesla.",
			published: day("2025-01-05"),
			want:      []Found{{Name: "Lynas Rare Earths"}, {Name: "Arcadium Lithium", Former: "Livent", Until: 2024, Historic: true}},
			labels:    []string{"Lynas Rare Earths", "Livent (now Arcadium Lithium)"},
		},
		{
			name:      "published in the year of the rename counts as after",
			text:      "Areva said.",
			published: day("2018-12-31"),
			want:      []Found{{Name: "Orano", Former: "Areva", Until: 2018, Historic: true}},
			labels:    []string{"Areva (now Orano)"},
		},
		{name: "nothing", text: "Prices rose.", published: day("2025-01-01")},
	}
	for _, tc := range tests {
		got := d.DetectAt(tc.title, tc.text, tc.published)
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: DetectAt = %+v, want %+v", tc.name, got, tc.want)
		}
		var labels []string
		for _, f := range got {
			labels = append(labels, f.Label())
		}
		if !slices.Equal(labels, tc.labels) {
			t.Errorf("%s: labels = %q, want %q", tc.name, labels, tc.labels)
		}
		// DetectAt and Detect agree on the companies and their order.
		var names []string
		for _, f := range got {
			names = append(names, f.Name)
		}
		if det := d.Detect(tc.title, tc.text); !slices.Equal(names, det) {
			t.Errorf("%s: DetectAt names %q, Detect %q", tc.name, names, det)
		}
	}
}

func TestNameAt(t *testing.T) {
	d := mustDefault(t)
	tests := []struct {
		company string
		year    int
		want    string
	}{
		{"Proterial", 2015, "Hitachi Metals"},
		{"Proterial", 2023, "Proterial"},
		{"Orano", 2010, "Areva"},
		{"Orano", 2024, "Orano"},
		{"Lynas Rare Earths", 2019, "Lynas Corporation"},
		{"Lynas Rare Earths", 2021, "Lynas Rare Earths"},
		{"Albemarle", 1990, "Rockwood Lithium"},
		{"Albemarle", 2015, "Albemarle"},
		{"PT Vale Indonesia", 2005, "PT International Nickel Indonesia"},
		{"Glencore", 2013, "Glencore Xstrata"},
		{"Cameco", 1990, "Cameco"},
		{"Not A Company", 2000, "Not A Company"},
	}
	for _, tc := range tests {
		if got := d.NameAt(tc.company, tc.year); got != tc.want {
			t.Errorf("NameAt(%q, %d) = %q, want %q", tc.company, tc.year, got, tc.want)
		}
	}
}

// TestFormerTOML checks both spellings of a former name and the errors for
// bad ones, as a user would write them in config.toml.
func TestFormerTOML(t *testing.T) {
	var v struct {
		Companies []Company `toml:"companies"`
	}
	src := `
[[companies]]
name = "Kaso Minerals"
former = ["Kaso Gold", {name = "Kaso Tin", until = 2021}]
`
	md, err := toml.Decode(src, &v)
	if err != nil {
		t.Fatal(err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		t.Errorf("undecoded keys %v", und)
	}
	want := []Former{{Name: "Kaso Gold"}, {Name: "Kaso Tin", Until: 2021}}
	if !slices.Equal(v.Companies[0].Former, want) {
		t.Errorf("former = %+v, want %+v", v.Companies[0].Former, want)
	}
	d, err := New(v.Companies)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.DetectAt("", "Kaso Tin drilled.", day("2022-01-01")); len(got) != 1 || !got[0].Historic || got[0].Name != "Kaso Minerals" {
		t.Errorf("DetectAt with user former = %+v", got)
	}
	// Encoding and decoding again gives the same entry.
	var buf strings.Builder
	if err := toml.NewEncoder(&buf).Encode(v); err != nil {
		t.Fatal(err)
	}
	var back struct {
		Companies []Company `toml:"companies"`
	}
	if _, err := toml.Decode(buf.String(), &back); err != nil {
		t.Fatalf("decode %q: %v", buf.String(), err)
	}
	if !slices.Equal(back.Companies[0].Former, want) {
		t.Errorf("round trip former = %+v, want %+v", back.Companies[0].Former, want)
	}

	for _, bad := range []struct{ src, mention string }{
		{`former = [{name = "X Tin", year = 2020}]`, `unknown key "year"`},
		{`former = [{name = "X Tin", until = "2020"}]`, "until must be a year"},
		{`former = [3]`, "want a string or"},
	} {
		var v struct {
			Companies []Company `toml:"companies"`
		}
		_, err := toml.Decode("[[companies]]\nname = \"X\"\n"+bad.src+"\n", &v)
		if err == nil || !strings.Contains(err.Error(), bad.mention) {
			t.Errorf("%s: err = %v, want mention of %q", bad.src, err, bad.mention)
		}
	}
	if _, err := New([]Company{{Name: "X", Former: []Former{{Name: "X Tin", Until: 1492}}}}); err == nil || !strings.Contains(err.Error(), "1492") {
		t.Errorf("implausible year accepted: %v", err)
	}
}
