package main

import (
	"compress/gzip"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// writeDeep streams a feed of two million nested namespaced elements (10 MB,
// about 15 KB gzipped): gofeed's recursion overflowed the stack on it.
func writeDeep(w io.Writer) {
	io.WriteString(w, `<?xml version="1.0"?><rss version="2.0" xmlns:a="http://a.example/ns"><channel><title>Deep</title><item><title>t</title><guid>g</guid>`)
	block := strings.Repeat("<a:x>", 4096)
	for range 2_000_000 / 4096 {
		io.WriteString(w, block)
	}
}

// writeWide streams a feed with 1.5 million sibling extension elements.
func writeWide(w io.Writer) {
	io.WriteString(w, `<rss version="2.0" xmlns:a="http://a.example/ns"><channel><title>Wide</title><item><title>t</title><guid>g</guid>`)
	block := strings.Repeat("<a:x/>", 4096)
	for range 1_500_000 / 4096 {
		io.WriteString(w, block)
	}
	io.WriteString(w, `</item></channel></rss>`)
}

// hostileDocServer serves /deep and /wide gzipped, generated as they are sent.
func hostileDocServer(t *testing.T) *httptest.Server {
	t.Helper()
	gz := func(gen func(io.Writer)) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/rss+xml")
			w.Header().Set("Content-Encoding", "gzip")
			zw := gzip.NewWriter(w)
			gen(zw)
			zw.Close()
		}
	}
	mux := http.NewServeMux()
	mux.Handle("/deep", gz(writeDeep))
	mux.Handle("/wide", gz(writeWide))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestDeepAndWideFeeds: fetch, feeds add and analyze each refuse the deep
// and wide documents with one line naming the feed, and fetch records the
// failure so the next fetch backs off instead of trying again.
func TestDeepAndWideFeeds(t *testing.T) {
	srv := hostileDocServer(t)
	for _, doc := range []string{"deep", "wide"} {
		want := map[string]string{"deep": "nested deeper than 256 elements", "wide": "more than 100000 elements"}[doc]
		url := srv.URL + "/" + doc

		home := newHome(t)
		code, _, errOut := lode(t, home, "", "feeds", "add", url, "--name", "Hostile "+doc)
		if code != 1 || !strings.Contains(errOut, "Hostile "+doc) || !strings.Contains(errOut, want) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("feeds add %s: exit %d, stderr %q: want one line naming the feed and %q", doc, code, errOut, want)
		}

		home = newHome(t)
		if code, _, errOut := lode(t, home, "", "feeds", "add", "--no-check", url, "--name", "Hostile "+doc); code != 0 {
			t.Fatalf("feeds add --no-check: %s", errOut)
		}
		code, out, errOut := lode(t, home, "", "fetch")
		all := out + errOut
		if code != 1 || !strings.Contains(all, "Hostile "+doc) || !strings.Contains(all, want) {
			t.Errorf("fetch %s: exit %d, output %q", doc, code, all)
		}
		_, out, errOut = lode(t, home, "", "fetch")
		if all := out + errOut; !strings.Contains(all, "backing off") {
			t.Errorf("second fetch %s: %q, want the feed backing off", doc, all)
		}

		resp, err := http.Get(url)
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(t.TempDir(), doc+".xml")
		f, err := os.Create(file)
		if err != nil {
			t.Fatal(err)
		}
		io.Copy(f, resp.Body)
		resp.Body.Close()
		f.Close()
		code, _, errOut = lode(t, home, "", "analyze", file)
		if code != 1 || !strings.Contains(errOut, file) || !strings.Contains(errOut, want) || strings.Count(strings.TrimSpace(errOut), "\n") != 0 {
			t.Errorf("analyze %s: exit %d, stderr %q", doc, code, errOut)
		}
	}
}

// TestDeepFeedAtReaderStartInTmux: the reader's start-up refresh meets the
// deep feed beside a good one; the reader stays up, shows the good feed's
// items and the failure, and quits cleanly.
func TestDeepFeedAtReaderStartInTmux(t *testing.T) {
	t.Parallel() // mostly waits on tmux or a child lode, so it runs beside the others
	srv := hostileDocServer(t)
	good := fixtureServer(t)
	home := newHome(t)
	cfg := fmt.Sprintf("[[feeds]]\nurl = %q\nname = \"Hostile deep\"\n\n[[feeds]]\nurl = %q\nname = \"Good\"\n", srv.URL+"/deep", good.URL+"/briefings.rss")
	if err := os.WriteFile(filepath.Join(home, "config.toml"), []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	s := startTmux(t, 120, 40, []string{"LODE_HOME=" + home})
	s.waitText(titleLynas, "1 feed failed")
	s.keys("q")
	s.waitFor("the shell after lode exits", func(scr string) bool { return !strings.Contains(scr, titleLynas) })
	s.exitedOK()
}
