//go:build race

package feeds

// raceDetector is true when the tests run with -race, which slows parsing
// about tenfold: the memory tests then use only their smaller documents.
const raceDetector = true
