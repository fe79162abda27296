package main

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// findNewsboat looks for newsboat and, when install is set, tries once to
// install Debian's package. It returns the path, or "" and why not.
func findNewsboat(ctx context.Context, install bool, log io.Writer) (string, string) {
	if p, err := exec.LookPath("newsboat"); err == nil {
		return p, ""
	}
	if !install {
		return "", "newsboat is not installed (-quick never installs it)"
	}
	fmt.Fprintln(log, "lodebench: newsboat not found; trying apt-get install -y newsboat once")
	var cmd *exec.Cmd
	if os.Geteuid() == 0 {
		cmd = exec.CommandContext(ctx, "apt-get", "install", "-y", "-q", "newsboat")
	} else {
		cmd = exec.CommandContext(ctx, "sudo", "-n", "apt-get", "install", "-y", "-q", "newsboat")
	}
	cmd.Env = append(os.Environ(), "DEBIAN_FRONTEND=noninteractive")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Sprintf("newsboat is not installed and `apt-get install newsboat` failed (%v: %s)", err, oneLine(string(tailOf(out, 300))))
	}
	if p, err := exec.LookPath("newsboat"); err == nil {
		return p, ""
	}
	return "", "newsboat is not on PATH after installing it"
}

// newsboatHome is a private newsboat setup: urls file, config, cache.
type newsboatHome struct {
	dir string
}

// newNewsboatHome writes an urls file and a config with 8 reload threads in dir.
func newNewsboatHome(dir string, urls []string) (*newsboatHome, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("newsboat home: %w", err)
	}
	if err := os.WriteFile(filepath.Join(dir, "urls"), []byte(strings.Join(urls, "\n")+"\n"), 0o644); err != nil {
		return nil, fmt.Errorf("newsboat home: %w", err)
	}
	cfg := "reload-threads 8\nmax-items 0\nshow-read-feeds yes\nnotify-program \"\"\n"
	if err := os.WriteFile(filepath.Join(dir, "config"), []byte(cfg), 0o644); err != nil {
		return nil, fmt.Errorf("newsboat home: %w", err)
	}
	return &newsboatHome{dir: dir}, nil
}

// proc runs newsboat on this home with one -x command.
func (h *newsboatHome) proc(newsboat string, x string) proc {
	return proc{name: newsboat, args: h.args(x), env: h.env(), dir: h.dir}
}

func (h *newsboatHome) args(x string) []string {
	return []string{"-u", filepath.Join(h.dir, "urls"), "-c", filepath.Join(h.dir, "cache.db"),
		"-C", filepath.Join(h.dir, "config"), "-x", x}
}

// env keeps newsboat away from the user's own files.
func (h *newsboatHome) env() []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch k {
		case "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "LANG", "LC_ALL":
			continue
		}
		env = append(env, kv)
	}
	return append(env, "HOME="+h.dir, "XDG_CONFIG_HOME="+h.dir, "XDG_DATA_HOME="+h.dir, "LANG=C.UTF-8", "LC_ALL=C.UTF-8")
}

// itemCount counts the articles in newsboat's cache.
func (h *newsboatHome) itemCount(ctx context.Context) (int, error) {
	db, err := sql.Open("sqlite", "file:"+filepath.Join(h.dir, "cache.db")+"?mode=ro")
	if err != nil {
		return 0, fmt.Errorf("newsboat cache: %w", err)
	}
	defer db.Close()
	var n int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM rss_item").Scan(&n); err != nil {
		return 0, fmt.Errorf("newsboat cache: %w", err)
	}
	return n, nil
}

// newsboatVersion is the first line of `newsboat --version`.
func newsboatVersion(ctx context.Context, path string) string {
	if path == "" {
		return "not installed"
	}
	out, err := exec.CommandContext(ctx, path, "--version").Output()
	if err != nil {
		return "unknown"
	}
	line, _, _ := strings.Cut(string(out), "\n")
	line, _, _ = strings.Cut(line, " - ")
	return strings.TrimSpace(line)
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
