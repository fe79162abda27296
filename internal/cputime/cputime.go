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

// Scales runs small and large (the same work on an input and on one four
// times its size) and reports whether large took at most six times the CPU
// time of small, plus a 20 ms allowance for noise: linear work passes,
// quadratic work (sixteen times) does not. Each is timed on its own thread
// (Thread: other goroutines and the collector's background workers do not
// count) as the best of three runs, each repeated until it has used at
// least minSample of CPU time. A verdict of worse than linear is asked again
// up to five times, however plain it looks: on this kind of virtual machine
// one run in three or four of a few milliseconds of work can read ten to
// fifty times its time (the thread's CPU clock charges it page and memory
// faults the host takes), and the best of three can still be one. It
// returns the last times.
func Scales(small, large func()) (ts, tl time.Duration, ok bool) {
	measure := func(f func()) time.Duration {
		best := time.Duration(1 << 62)
		for range 3 {
			best = min(best, perRun(f))
		}
		return best
	}
	const slack = 20 * time.Millisecond
	for range 5 {
		ts, tl = measure(small), measure(large)
		if tl <= 6*ts+slack {
			return ts, tl, true
		}
	}
	return ts, tl, false
}

// minSample is the least CPU time perRun measures at once.
const minSample = 30 * time.Millisecond

// perRun returns the CPU time of one run of f, timing 1, 2, 4 … runs
// together (at most 64) until they use minSample, so short work is read
// over enough of it.
func perRun(f func()) time.Duration {
	for n := 1; ; n *= 2 {
		d := Thread(func() {
			for range n {
				f()
			}
		})
		if d >= minSample || n >= 64 {
			return d / time.Duration(n)
		}
	}
}
