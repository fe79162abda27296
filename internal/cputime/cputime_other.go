//go:build !linux

package cputime

import "time"

// process is 0 where this package does not read the system's accounting.
func process() time.Duration { return 0 }

// thread times f by the wall clock.
func thread(f func()) time.Duration { return wall(f) }
