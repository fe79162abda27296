package cputime

import (
	"runtime"
	"testing"
	"time"
)

// TestCountsWork: spinning for a while shows as CPU time on Linux, in the
// thread and in the process, and a sleep does not count in the thread.
func TestCountsWork(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("CPU accounting is read on Linux only")
	}
	spin := func() {
		for end := time.Now().Add(30 * time.Millisecond); time.Now().Before(end); {
		}
	}
	p0 := Process()
	if d := Thread(spin); d < 10*time.Millisecond {
		t.Errorf("Thread(spin 30ms) = %v, want at least 10ms", d)
	}
	if d := Process() - p0; d < 10*time.Millisecond {
		t.Errorf("Process grew by %v over a 30ms spin, want at least 10ms", d)
	}
	if d := Thread(func() { time.Sleep(50 * time.Millisecond) }); d > 25*time.Millisecond {
		t.Errorf("Thread(sleep 50ms) = %v, want well under the sleep", d)
	}
}
