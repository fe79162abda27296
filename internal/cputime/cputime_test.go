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
	// The spin runs until the process has used 30ms of CPU, not for 30ms
	// of wall time: on a busy machine the thread may get a fraction of a
	// core, and a wall-clock spin would then use less CPU than the test
	// asks the clocks to see. The wall-clock cap keeps a broken Process
	// from spinning for ever.
	spin := func() {
		start, deadline := Process(), time.Now().Add(10*time.Second)
		for Process()-start < 30*time.Millisecond && time.Now().Before(deadline) {
		}
	}
	p0 := Process()
	if d := Thread(spin); d < 10*time.Millisecond {
		t.Errorf("Thread(spin of 30ms CPU) = %v, want at least 10ms", d)
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
// and Scales still tells linear work from quadratic. The work is counted
// loop iterations, not a spin on the wall clock, so a busy machine changes
// how long it takes but not how much CPU it needs.
func TestShortWorkIsRepeated(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("CPU accounting is read on Linux only")
	}
	var sink uint64
	loop := func(n int) func() {
		return func() {
			x := sink | 1
			for range n {
				x ^= x << 13
				x ^= x >> 7
				x ^= x << 17
			}
			sink = x
		}
	}
	calls := 0
	short := loop(20_000) // tens of microseconds
	if d := perRun(func() { calls++; short() }); d <= 0 {
		t.Errorf("perRun of a short loop = %v, want more than 0", d)
	}
	if calls < 8 {
		t.Errorf("a short loop was run %d times, want it repeated until it used %v", calls, minSample)
	}
	const unit = 5_000_000 // a few milliseconds: well above Scales' 20 ms allowance at 40 times
	if ts, tl, ok := Scales(loop(unit), loop(4*unit)); !ok {
		t.Errorf("a loop and one four times as long read as worse than linear: %v, %v", ts, tl)
	}
	if ts, tl, ok := Scales(loop(unit), loop(40*unit)); ok {
		t.Errorf("a loop and one forty times as long read as linear: %v, %v", ts, tl)
	}
}

// TestFillIsExactlyN: a hostile body is the unit repeated to the byte count
// the guard asks for, so its two sizes differ by exactly four times.
func TestFillIsExactlyN(t *testing.T) {
	for _, n := range []int{0, 1, 5, 64 << 10} {
		if got := Fill("ab ", n); len(got) != n || (n >= 3 && got[:3] != "ab ") {
			t.Errorf("Fill(\"ab \", %d) has %d bytes, starts %q", n, len(got), got[:min(3, len(got))])
		}
	}
}
