package main

import (
	"runtime/debug"
	"testing"

	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/config"
)

// TestPipelineRestoresGCPercent: building the dictionary and classifier
// under a laxer GC target must leave the process's own target as it was
// (a user's GOGC, or the default), whether or not the build succeeds.
func TestPipelineRestoresGCPercent(t *testing.T) {
	orig := debug.SetGCPercent(137)
	defer debug.SetGCPercent(orig)
	if _, _, err := pipeline(config.Config{}); err != nil {
		t.Fatal(err)
	}
	if got := debug.SetGCPercent(137); got != 137 {
		t.Errorf("after a build the GC target is %d, want 137", got)
	}
	bad := config.Config{Companies: []companies.Company{{Name: ""}}}
	if _, _, err := pipeline(bad); err == nil {
		t.Fatal("a company with no name was accepted")
	}
	if got := debug.SetGCPercent(137); got != 137 {
		t.Errorf("after a failed build the GC target is %d, want 137", got)
	}
}
