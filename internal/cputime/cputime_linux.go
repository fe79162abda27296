package cputime

import (
	"runtime"
	"time"

	"golang.org/x/sys/unix"
)

// clock reads a CPU-time clock to the nanosecond. getrusage's figures are
// counted in scheduler ticks and can read 0 for several milliseconds of work;
// these clocks cannot.
func clock(id int32) (time.Duration, bool) {
	var ts unix.Timespec
	if unix.ClockGettime(id, &ts) != nil {
		return 0, false
	}
	return time.Duration(ts.Nano()), true
}

func process() time.Duration {
	d, _ := clock(unix.CLOCK_PROCESS_CPUTIME_ID)
	return d
}

func thread(f func()) time.Duration {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	before, ok := clock(unix.CLOCK_THREAD_CPUTIME_ID)
	if !ok {
		return wall(f)
	}
	f()
	after, ok := clock(unix.CLOCK_THREAD_CPUTIME_ID)
	if !ok {
		return wall(f)
	}
	return after - before
}
