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

// TestShortWorkIsRepeated: work far shorter than minSample is timed over
// many runs, so a linear shape of a few milliseconds is never read as free,
// and Scales still tells linear work from quadratic.
func TestShortWorkIsRepeated(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("CPU accounting is read on Linux only")
	}
	spin := func(d time.Duration) func() {
		return func() {
			for end := time.Now().Add(d); time.Now().Before(end); {
			}
		}
	}
	calls := 0
	short := spin(500 * time.Microsecond)
	d := perRun(func() { calls++; short() })
	if calls < 32 {
		t.Errorf("a 0.5 ms work was run %d times, want it repeated to at least %v", calls, minSample)
	}
	if d < 200*time.Microsecond || d > 5*time.Millisecond {
		t.Errorf("perRun(0.5 ms spin) = %v, want about 0.5 ms", d)
	}
	if ts, tl, ok := Scales(spin(time.Millisecond), spin(4*time.Millisecond)); !ok {
		t.Errorf("1 ms and 4 ms read as worse than linear: %v, %v", ts, tl)
	}
	if ts, tl, ok := Scales(spin(5*time.Millisecond), spin(150*time.Millisecond)); ok {
		t.Errorf("5 ms and 150 ms read as linear: %v, %v", ts, tl)
	}
}
