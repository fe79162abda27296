//go:build linux

package store

import (
	"runtime"
	"syscall"
)

// lowerPriority puts the calling goroutine on a thread of its own at the
// lowest CPU priority (nice 19). The thread is never unlocked, so it ends
// with the goroutine and no other goroutine runs at that priority.
func lowerPriority() {
	runtime.LockOSThread()
	_ = syscall.Setpriority(syscall.PRIO_PROCESS, syscall.Gettid(), 19) // best effort
}
