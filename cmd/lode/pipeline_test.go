package main

import (
	"strings"
	"testing"

	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/config"
)

// The dictionary and the classifier are built at the same time; an error in
// either is reported with the part of config.toml that caused it, and a good
// config gives a pipeline that knows the user's own company.
func TestPipelineBuildsBothOrNamesTheBadPart(t *testing.T) {
	dict, pipe, err := pipeline(config.Config{Companies: []companies.Company{{Name: "Kestrel Antimony Works"}}})
	if err != nil || pipe == nil {
		t.Fatalf("pipeline: %v", err)
	}
	if _, ok := dict.Find("Kestrel Antimony Works"); !ok {
		t.Error("the config's own company is not in the dictionary")
	}
	for _, tc := range []struct {
		cfg  config.Config
		want string
	}{
		{config.Config{Companies: []companies.Company{{Name: ""}}}, "companies in config"},
		{config.Config{Threshold: 7}, "lexicon in config"},
		{config.Config{Companies: []companies.Company{{Name: ""}}, Threshold: 7}, "companies in config"},
	} {
		if _, _, err := pipeline(tc.cfg); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("pipeline(%+v) error %v, want %q", tc.cfg, err, tc.want)
		}
	}
}
