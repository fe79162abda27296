//go:build !race

package cputime

// Race is true when the binary is built with the race detector (see
// race.go).
const Race = false
