package main

import (
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPermanentRedirectToOtherHostWaitsForAccept: a feed that moves
// permanently to another host (127.0.0.1 → 127.0.0.2) is not moved by
// fetch: its items stay under the configured URL, feeds list shows the move
// pending, and only feeds accept moves the cache and the config.
func TestPermanentRedirectToOtherHostWaitsForAccept(t *testing.T) {
	body, err := os.ReadFile(filepath.Join("testdata", "briefings.rss"))
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.2:0")
	if err != nil {
		t.Skipf("no 127.0.0.2 on this machine: %v", err)
	}
	newHost := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(body)
	}))
	newHost.Listener = ln
	newHost.Start()
	defer newHost.Close()
	oldHost := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, newHost.URL+"/feed.rss", http.StatusMovedPermanently)
	}))
	defer oldHost.Close()
	oldURL, newURL := oldHost.URL+"/feed.rss", newHost.URL+"/feed.rss"

	home := newHome(t)
	cfgPath := filepath.Join(home, "config.toml")
	if code, _, errOut := lode(t, home, "", "feeds", "add", "--no-check", oldURL, "--name", "Moving"); code != 0 {
		t.Fatal(errOut)
	}
	code, out, errOut := lode(t, home, "", "fetch")
	if code != 0 || !strings.Contains(out, "moved permanently to "+newURL) || !strings.Contains(out, "lode feeds accept") {
		t.Fatalf("fetch: %d %q %q", code, out, errOut)
	}
	if cfg, _ := os.ReadFile(cfgPath); !strings.Contains(string(cfg), oldURL) || strings.Contains(string(cfg), newURL) {
		t.Fatalf("config changed before the user accepted:\n%s", cfg)
	}
	_, out, _ = lode(t, home, "", "feeds", "list")
	if !strings.Contains(out, "moved permanently to "+newURL+": 'lode feeds accept' to follow") {
		t.Errorf("feeds list does not show the pending move:\n%s", out)
	}
	_, out, _ = lode(t, home, "", "feeds", "list", "--json")
	if !strings.Contains(out, `"pending_url":"`+newURL+`"`) || !strings.Contains(out, `"url":"`+oldURL+`"`) {
		t.Errorf("feeds list --json: %s", out)
	}

	code, out, errOut = lode(t, home, "", "feeds", "accept", "Moving")
	if code != 0 || out != "moved Moving from "+oldURL+" to "+newURL+"\n" {
		t.Fatalf("feeds accept: %d %q %q", code, out, errOut)
	}
	if cfg, _ := os.ReadFile(cfgPath); !strings.Contains(string(cfg), newURL) || strings.Contains(string(cfg), oldURL) {
		t.Errorf("config after accept:\n%s", cfg)
	}
	_, out, _ = lode(t, home, "", "feeds", "list", "--json")
	if strings.Contains(out, "pending_url") || !strings.Contains(out, `"url":"`+newURL+`"`) || strings.Contains(out, `"items":0`) {
		t.Errorf("after accept: %s", out)
	}
	if code, _, errOut := lode(t, home, "", "feeds", "accept", "Moving"); code != 1 || !strings.Contains(errOut, "Moving has no pending move") {
		t.Errorf("second accept: %d %q", code, errOut)
	}
}
