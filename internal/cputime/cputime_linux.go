package cputime

import (
	"runtime"
	"time"

	"golang.org/x/sys/unix"
)

func usage(who int) (time.Duration, bool) {
	var ru unix.Rusage
	if unix.Getrusage(who, &ru) != nil {
		return 0, false
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano()), true
}

func process() time.Duration {
	d, _ := usage(unix.RUSAGE_SELF)
	return d
}

func thread(f func()) time.Duration {
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	before, ok := usage(unix.RUSAGE_THREAD)
	if !ok {
		return wall(f)
	}
	f()
	after, ok := usage(unix.RUSAGE_THREAD)
	if !ok {
		return wall(f)
	}
	return after - before
}
