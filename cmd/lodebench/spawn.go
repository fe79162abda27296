package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Peak memory of a child cannot be read from its own wait4 rusage when the
// parent is large: Go starts children with vfork semantics (CLONE_VM), and
// Linux records the parent's high-water RSS as the child's ru_maxrss at
// exec. So measured programs are started through a small helper, this
// binary re-executed with spawnEnv set, which runs the program, times it
// from exec to exit, and writes "elapsed_ns maxrss_bytes" to file 3.
const spawnEnv = "LODEBENCH_SPAWN"

// spawnMain is the helper's main: it runs args and reports on file 3.
func spawnMain(args []string) int {
	report := os.NewFile(3, "report")
	if len(args) == 0 || report == nil {
		fmt.Fprintln(os.Stderr, "lodebench spawn: nothing to run")
		return 2
	}
	cmd := exec.Command(args[0], args[1:]...)
	cmd.Stdin, cmd.Stdout, cmd.Stderr = os.Stdin, os.Stdout, os.Stderr
	cmd.Env = cleanEnv(os.Environ())
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start)
	var rss int64
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			rss = ru.Maxrss * 1024
		}
	}
	fmt.Fprintf(report, "%d %d\n", elapsed.Nanoseconds(), rss)
	report.Close()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &ee):
		return max(ee.ExitCode(), 1)
	default:
		fmt.Fprintf(os.Stderr, "lodebench spawn: %v\n", err)
		return 127
	}
}

func cleanEnv(env []string) []string {
	out := env[:0:0]
	for _, kv := range env {
		if !strings.HasPrefix(kv, spawnEnv+"=") {
			out = append(out, kv)
		}
	}
	return out
}

// spawned is a command started through the helper.
type spawned struct {
	Cmd    *exec.Cmd // the helper process, which starts the measured command
	report *os.File
	w      *os.File
}

// spawnCommand returns a command that runs name with args through the
// helper. Call started after Start and result after Wait.
func spawnCommand(ctx context.Context, env []string, name string, args ...string) (*spawned, error) {
	self, err := os.Executable()
	if err != nil {
		return nil, fmt.Errorf("spawn: %w", err)
	}
	r, w, err := os.Pipe()
	if err != nil {
		return nil, fmt.Errorf("spawn: %w", err)
	}
	cmd := exec.CommandContext(ctx, self, append([]string{name}, args...)...)
	cmd.Env = append(cleanEnv(env), spawnEnv+"=1")
	cmd.ExtraFiles = []*os.File{w}
	return &spawned{Cmd: cmd, report: r, w: w}, nil
}

// started closes the parent's copy of the report pipe's write end.
func (s *spawned) started() { s.w.Close() }

// result reads the helper's report.
func (s *spawned) result() (time.Duration, int64, error) {
	defer s.report.Close()
	s.w.Close()
	b, err := io.ReadAll(s.report)
	if err != nil {
		return 0, 0, fmt.Errorf("spawn report: %w", err)
	}
	f := strings.Fields(string(b))
	if len(f) != 2 {
		return 0, 0, fmt.Errorf("spawn report %q: want two numbers", b)
	}
	ns, err1 := strconv.ParseInt(f[0], 10, 64)
	rss, err2 := strconv.ParseInt(f[1], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, 0, fmt.Errorf("spawn report %q: want two numbers", b)
	}
	return time.Duration(ns), rss, nil
}
