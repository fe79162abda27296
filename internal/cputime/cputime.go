// Package cputime measures CPU time for the scaling tests and benchmarks,
// so that other work competing for the cores does not count.
package cputime

import "time"

// Process returns the CPU time (user and system) this process has used so
// far, or 0 where the system cannot say.
func Process() time.Duration { return process() }

// Thread runs f on a locked OS thread and returns the CPU time that thread
// spent in it; where per-thread time is not available, the wall time.
func Thread(f func()) time.Duration { return thread(f) }

// wall times f by the wall clock.
func wall(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}
