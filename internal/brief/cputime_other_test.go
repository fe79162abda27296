//go:build !linux

package brief

import "time"

// threadCPU times f by the wall clock where per-thread CPU time is not
// available.
func threadCPU(f func()) time.Duration { return wallTime(f) }
