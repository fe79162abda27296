package main

import (
	"context"
	"errors"
	"runtime/debug"
	"testing"

	"github.com/lode-reader/lode/internal/companies"
	"github.com/lode-reader/lode/internal/config"
	"github.com/lode-reader/lode/ui"
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

// TestReaderStartGCPercent: the reader starts under the build's GC target
// and its LoadDictionary (run once the first frame is on screen) restores
// the process's own after the build, even when the build fails; the
// restore the reader defers does nothing more.
func TestReaderStartGCPercent(t *testing.T) {
	orig := debug.SetGCPercent(137)
	defer debug.SetGCPercent(orig)
	inLoad := 0
	load, restore := startupGC(func(context.Context) (ui.Dictionary, error) {
		inLoad = gcPercent()
		return ui.Dictionary{}, errors.New("bad config")
	})
	if got := gcPercent(); got != buildGCPercent {
		t.Fatalf("before the first frame the GC target is %d, want %d", got, buildGCPercent)
	}
	if _, err := load(context.Background()); err == nil {
		t.Fatal("the load's error was lost")
	}
	if inLoad != buildGCPercent {
		t.Errorf("during the build the GC target is %d, want %d", inLoad, buildGCPercent)
	}
	if got := gcPercent(); got != 137 {
		t.Errorf("after the dictionary the GC target is %d, want 137", got)
	}
	debug.SetGCPercent(150) // the user's own change since
	restore()
	if got := gcPercent(); got != 150 {
		t.Errorf("the reader's deferred restore changed the GC target again: %d", got)
	}
}

// gcPercent reads the GC target (setting it and putting it back).
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}
