package cputime

import "testing"

// SkipUnderRace skips t when the tests run with the race detector. It is
// for single-goroutine sweeps (every combination of a query language,
// cross-validation over a corpus) and timing guards: the detector finds
// nothing in them and slows them several times over, or distorts how their
// work grows. .ci/run runs every test that calls it (or Linear) without
// -race in a step of its own; TestRaceSkippedRunInCI keeps that list whole.
func SkipUnderRace(t testing.TB, why string) {
	t.Helper()
	if Race {
		t.Skipf("%s: the race detector adds nothing here; .ci/run runs this without -race", why)
	}
}
