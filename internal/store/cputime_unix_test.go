//go:build unix

package store

import (
	"syscall"
	"time"
)

// processCPU is the CPU time this process has used (user and system), so
// benchmarks can report cost apart from how busy the machine is.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
