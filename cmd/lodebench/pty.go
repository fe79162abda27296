package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"syscall"
	"time"

	"golang.org/x/sys/unix"
)

// openPTY opens a pseudo-terminal pair sized cols×rows.
func openPTY(cols, rows uint16) (master, slave *os.File, err error) {
	master, err = os.OpenFile("/dev/ptmx", os.O_RDWR|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, nil, fmt.Errorf("open pty: %w", err)
	}
	fd := int(master.Fd())
	if err := unix.IoctlSetPointerInt(fd, unix.TIOCSPTLCK, 0); err != nil {
		master.Close()
		return nil, nil, fmt.Errorf("unlock pty: %w", err)
	}
	n, err := unix.IoctlGetInt(fd, unix.TIOCGPTN)
	if err != nil {
		master.Close()
		return nil, nil, fmt.Errorf("pty number: %w", err)
	}
	slave, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		master.Close()
		return nil, nil, fmt.Errorf("open pty slave: %w", err)
	}
	if err := unix.IoctlSetWinsize(int(slave.Fd()), unix.TIOCSWINSZ, &unix.Winsize{Row: rows, Col: cols}); err != nil {
		master.Close()
		slave.Close()
		return nil, nil, fmt.Errorf("size pty: %w", err)
	}
	return master, slave, nil
}

// Terminal queries a program may send at start-up and the answers a dark
// terminal gives, so the program does not wait out a query timeout.
var termAnswers = []struct{ query, answer string }{
	{"\x1b]11;?", "\x1b]11;rgb:0000/0000/0000\x1b\\"},
	{"\x1b]10;?", "\x1b]10;rgb:ffff/ffff/ffff\x1b\\"},
	{"\x1b[6n", "\x1b[1;1R"},
	{"\x1b[c", "\x1b[?62;22c"},
}

// serveTerminal drains the program's output from master, answering
// terminal queries in the order they arrive, until master reports an error
// (the program exited). It returns the output's size and its last 2 KB.
func serveTerminal(master *os.File) (int, []byte) {
	buf := make([]byte, 64<<10)
	var tail, last []byte
	total := 0
	for {
		n, err := master.Read(buf)
		if n > 0 {
			total += n
			last = append(last, buf[:n]...)
			if len(last) > 4096 {
				last = append([]byte(nil), last[len(last)-2048:]...)
			}
			data := append(tail, buf[:n]...)
			end := 0
			for {
				at, which := -1, -1
				for i, q := range termAnswers {
					if j := bytes.Index(data[end:], []byte(q.query)); j >= 0 && (at < 0 || end+j < at) {
						at, which = end+j, i
					}
				}
				if at < 0 {
					break
				}
				master.Write([]byte(termAnswers[which].answer))
				end = at + len(termAnswers[which].query)
			}
			keep := max(end, len(data)-8)
			tail = append([]byte(nil), data[keep:]...)
		}
		if err != nil {
			return total, tailOf(last, 2048)
		}
	}
}

// ptyRun is one program run under a pseudo-terminal.
type ptyRun struct {
	// Elapsed is the child's own run time as the spawn helper saw it,
	// else the wall time measured here.
	Elapsed time.Duration
	MaxRSS  int64  // bytes
	Output  int    // bytes the program wrote to the terminal
	Tail    []byte // the last of them
}

// runInPTY starts name with args on a fresh 120×40 pseudo-terminal as its
// controlling terminal, and times it from exec until it exits.
func runInPTY(ctx context.Context, env []string, timeout time.Duration, name string, args ...string) (ptyRun, error) {
	master, slave, err := openPTY(120, 40)
	if err != nil {
		return ptyRun{}, err
	}
	defer master.Close()
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	sp, err := spawnCommand(ctx, env, name, args...)
	if err != nil {
		slave.Close()
		return ptyRun{}, err
	}
	cmd := sp.Cmd
	cmd.Stdin, cmd.Stdout, cmd.Stderr = slave, slave, slave
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true, Setctty: true, Ctty: 0}
	type output struct {
		n    int
		tail []byte
	}
	outc := make(chan output, 1)
	start := time.Now()
	if err := cmd.Start(); err != nil {
		slave.Close()
		sp.result()
		return ptyRun{}, fmt.Errorf("start %s: %w", name, err)
	}
	sp.started()
	slave.Close()
	go func() {
		n, tail := serveTerminal(master)
		outc <- output{n, tail}
	}()
	werr := cmd.Wait()
	elapsed := time.Since(start)
	var out output
	select {
	case out = <-outc:
	case <-time.After(2 * time.Second):
	}
	res := ptyRun{Elapsed: elapsed, Output: out.n, Tail: out.tail}
	if el, rss, err := sp.result(); err == nil {
		res.Elapsed, res.MaxRSS = el, rss
	} else if werr == nil {
		werr = err
	}
	if ctx.Err() != nil && errors.Is(ctx.Err(), context.DeadlineExceeded) {
		return res, fmt.Errorf("%s did not exit within %s", name, timeout)
	}
	if werr != nil {
		return res, fmt.Errorf("%s: %w (terminal output: %q)", name, werr, res.Tail)
	}
	return res, nil
}
