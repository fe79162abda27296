package brief

import (
	"runtime"
	"time"

	"golang.org/x/sys/unix"
)

// threadCPU runs f on a locked OS thread and returns the CPU time that
// thread spent, so other processes competing for the cores do not count.
func threadCPU(f func()) time.Duration {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	var before, after unix.Rusage
	if unix.Getrusage(unix.RUSAGE_THREAD, &before) != nil {
		return wallTime(f)
	}
	f()
	if unix.Getrusage(unix.RUSAGE_THREAD, &after) != nil {
		return wallTime(f)
	}
	return time.Duration(after.Utime.Nano()+after.Stime.Nano()) - time.Duration(before.Utime.Nano()+before.Stime.Nano())
}
