package main

import (
	"bytes"
	"context"
	"net/http"
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/lode-reader/lode/internal/brief"
	"github.com/lode-reader/lode/internal/companies"
)

func newTestGenerator(t *testing.T, seed uint64) *Generator {
	t.Helper()
	dict, err := companies.Default()
	if err != nil {
		t.Fatal(err)
	}
	return NewGenerator(dict, seed)
}

func TestFeedXMLIsDeterministic(t *testing.T) {
	a := newTestGenerator(t, 7).FeedXML(3, 12)
	b := newTestGenerator(t, 7).FeedXML(3, 12)
	if !bytes.Equal(a, b) {
		t.Fatal("same seed, feed and count gave different feeds")
	}
	if c := newTestGenerator(t, 8).FeedXML(3, 12); bytes.Equal(a, c) {
		t.Error("a different seed gave the same feed")
	}
	if d := newTestGenerator(t, 7).FeedXML(4, 12); bytes.Equal(a, d) {
		t.Error("a different feed index gave the same feed")
	}
}

func TestFeedXMLParsesWithRequestedCounts(t *testing.T) {
	g := newTestGenerator(t, 7)
	dict, _ := companies.Default()
	const n = 40
	feed, err := gofeed.NewParser().ParseString(string(g.FeedXML(5, n)))
	if err != nil {
		t.Fatalf("gofeed cannot parse the generated feed: %v", err)
	}
	if feed.FeedType != "rss" || feed.FeedVersion != "2.0" {
		t.Errorf("feed type %s %s, want rss 2.0", feed.FeedType, feed.FeedVersion)
	}
	if len(feed.Items) != n {
		t.Fatalf("parsed %d items, want %d", len(feed.Items), n)
	}
	guids := map[string]bool{}
	ideological := 0
	for i, it := range feed.Items {
		if guids[it.GUID] {
			t.Errorf("item %d repeats GUID %s", i, it.GUID)
		}
		guids[it.GUID] = true
		if it.PublishedParsed == nil || it.Title == "" || it.Content == "" {
			t.Fatalf("item %d lacks date, title or content: %+v", i, it)
		}
		words := len(strings.Fields(brief.Extract(it.Content, "").Body))
		s := brief.Extract(it.Content, it.Description)
		all := strings.Join(s.Highlights, " ") + " " + s.Body + " " + s.Analysis + " " + s.Takeaway
		total := len(strings.Fields(all))
		if total < 280 || total > 900 {
			t.Errorf("item %d has %d words, want 300–800", i, total)
		}
		if len(s.Highlights) < 3 || words == 0 || s.Analysis == "" || s.Takeaway == "" || !strings.HasPrefix(s.AnalysisTitle, "") {
			t.Errorf("item %d is missing a section: %d highlights, analysis %q, takeaway %q", i, len(s.Highlights), s.AnalysisTitle, s.Takeaway)
		}
		if strings.Contains(all, "Leave a Reply") {
			t.Errorf("item %d kept site furniture", i)
		}
		if len(dict.Detect(it.Title, all)) == 0 {
			t.Errorf("item %d names no dictionary company", i)
		}
		if strings.Contains(all, "Party") {
			ideological++
		}
	}
	if ideological == 0 || ideological == n {
		t.Errorf("%d of %d items use Party vocabulary, want some but not all", ideological, n)
	}
}

func TestTemplatesRepeatBodiesOnly(t *testing.T) {
	g := newTestGenerator(t, 7).WithTemplates(10, 50)
	a, b := g.Briefing(0, 3), g.Briefing(1, 3) // global items 3 and 53
	if a.Content != b.Content || a.Template != b.Template {
		t.Error("items ten templates apart do not share a body")
	}
	if a.GUID == b.GUID || a.Title == b.Title || a.Published.Equal(b.Published) {
		t.Error("items sharing a body also share a GUID, title or date")
	}
}

func TestServerAnswersConditionalRequests(t *testing.T) {
	g := newTestGenerator(t, 7)
	srv, err := NewFeedServer(FeedSet{Prefix: "/a", Gen: g, Feeds: 2, Items: 3, Precompute: true}, FeedSet{Prefix: "/b", Gen: g, Feeds: 1, Items: 2})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	get := func(url string, hdr map[string]string) *http.Response {
		t.Helper()
		req, _ := http.NewRequest(http.MethodGet, url, nil)
		for k, v := range hdr {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp
	}
	for _, u := range []string{srv.URL + "/a" + FeedPath(1), srv.URL + "/b" + FeedPath(0)} {
		first := get(u, nil)
		etag, lm := first.Header.Get("ETag"), first.Header.Get("Last-Modified")
		if first.StatusCode != http.StatusOK || etag == "" || lm == "" {
			t.Fatalf("%s: status %d, ETag %q, Last-Modified %q", u, first.StatusCode, etag, lm)
		}
		if r := get(u, map[string]string{"If-None-Match": etag}); r.StatusCode != http.StatusNotModified {
			t.Errorf("%s: If-None-Match with the current ETag gave %d, want 304", u, r.StatusCode)
		}
		if r := get(u, map[string]string{"If-None-Match": `"stale"`}); r.StatusCode != http.StatusOK {
			t.Errorf("%s: a stale ETag gave %d, want 200", u, r.StatusCode)
		}
		if r := get(u, map[string]string{"If-Modified-Since": lm}); r.StatusCode != http.StatusNotModified {
			t.Errorf("%s: If-Modified-Since Last-Modified gave %d, want 304", u, r.StatusCode)
		}
		old := g.base.Add(-time.Hour).Format(http.TimeFormat)
		if r := get(u, map[string]string{"If-Modified-Since": old}); r.StatusCode != http.StatusOK {
			t.Errorf("%s: an older If-Modified-Since gave %d, want 200", u, r.StatusCode)
		}
	}
	if r := get(srv.URL+"/a"+FeedPath(9), nil); r.StatusCode != http.StatusNotFound {
		t.Errorf("unknown feed gave %d, want 404", r.StatusCode)
	}
	full, nm, _ := srv.Counts()
	if full != 6 || nm != 4 {
		t.Errorf("server counted %d full and %d 304 responses, want 6 and 4", full, nm)
	}
}

func TestParseBench(t *testing.T) {
	out := []byte(`goos: linux
BenchmarkKeyMove-2        	    1234	    950341 ns/op	   12345 B/op	     211 allocs/op
BenchmarkSearchChar       	      10	  12000000 ns/op	         3.5 items/s	       9 allocs/op
BenchmarkFilterToggle/100000-2 	      30	  40000000 ns/op	  99 B/op	       7 allocs/op
PASS
`)
	res := parseBench(out)
	if len(res) != 3 {
		t.Fatalf("parsed %d results, want 3: %+v", len(res), res)
	}
	if res[0].Name != "BenchmarkKeyMove" || res[0].N != 1234 || res[0].Metrics["ns/op"] != 950341 || res[0].Metrics["allocs/op"] != 211 {
		t.Errorf("first result %+v", res[0])
	}
	if res[1].Name != "BenchmarkSearchChar" || res[1].Metrics["allocs/op"] != 9 || res[1].Metrics["items/s"] != 3.5 {
		t.Errorf("second result %+v", res[1])
	}
	if res[2].Name != "BenchmarkFilterToggle/100000" || res[2].Metrics["ns/op"] != 40e6 {
		t.Errorf("sub-benchmark result %+v", res[2])
	}
}

func TestMedianAndFormatting(t *testing.T) {
	ds := []time.Duration{5, 1, 3, 2, 4}
	if m := median(ds); m != 3 {
		t.Errorf("median %v, want 3", m)
	}
	if m := median(ds[:4]); m != 2 { // 1,2,3,5 -> (2+3)/2 = 2 in integer nanoseconds
		t.Errorf("median of four %v, want 2", m)
	}
	if m := median([]float64{5, 1, 3, 2}); m != 2.5 {
		t.Errorf("median of four floats %v, want 2.5", m)
	}
	if m := median([]float64(nil)); m != 0 {
		t.Errorf("median of none %v, want 0", m)
	}
	if got := thousands(1234567); got != "1,234,567" {
		t.Errorf("thousands = %s", got)
	}
	row := Row{Unit: unitSeconds, Lode: 0.5, Newsboat: 2, HasNewsboat: true}
	if c := row.Cells(); c[1] != "0.50 s" || c[2] != "2.00 s" || c[3] != "4.0×" {
		t.Errorf("cells %q", c)
	}
}

// TestMain lets the test binary act as the spawn helper, as lodebench does.
func TestMain(m *testing.M) {
	if os.Getenv(spawnEnv) == "1" {
		os.Exit(spawnMain(os.Args[1:]))
	}
	os.Exit(m.Run())
}

func TestSpawnReportsChildMemoryNotParents(t *testing.T) {
	truePath, err := exec.LookPath("true")
	if err != nil {
		t.Skip("no true(1)")
	}
	big := make([]byte, 256<<20)
	for i := range big {
		big[i] = 1
	}
	tm, _, err := runTimed(context.Background(), proc{name: truePath, env: os.Environ()})
	runtime.KeepAlive(big)
	if err != nil {
		t.Fatal(err)
	}
	if tm.MaxRSS <= 0 || tm.MaxRSS > 64<<20 {
		t.Errorf("true(1) peak RSS %d MB; the parent's 256 MB leaked into the figure", tm.MaxRSS>>20)
	}
	if tm.Elapsed <= 0 || tm.Elapsed > 5*time.Second {
		t.Errorf("elapsed %s", tm.Elapsed)
	}
	if _, _, err := runTimed(context.Background(), proc{name: "false", env: os.Environ()}); err == nil {
		t.Error("a failing program was not reported as failed")
	}
}

func TestPTYRunAnswersTerminalQueries(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	// The script asks for the cursor position and fails unless a reply arrives.
	script := `stty raw -echo; printf '\033[6n'; r=$(dd bs=1 count=6 2>/dev/null); case "$r" in *R*) exit 0;; esac; exit 3`
	res, err := runInPTY(context.Background(), os.Environ(), 10*time.Second, sh, "-c", script)
	if err != nil {
		t.Fatalf("program on the pty: %v", err)
	}
	if res.Output == 0 {
		t.Error("no terminal output recorded")
	}
}

func TestKeepNotes(t *testing.T) {
	old := "# Benchmarks\nold table\n\n" + keepMarker + "\n## Analysis\nhand-written\n"
	got := keepNotes("# Benchmarks\nnew table\n", old)
	if !strings.Contains(got, "new table") || strings.Contains(got, "old table") || !strings.HasSuffix(got, keepMarker+"\n## Analysis\nhand-written\n") {
		t.Errorf("keepNotes = %q", got)
	}
	if got := keepNotes("new\n", "no marker"); got != "new\n" {
		t.Errorf("without a marker: %q", got)
	}
}

func TestFiguresShowMedianAndRange(t *testing.T) {
	row := Row{Unit: unitMillis, Lode: 0.012, LodeRuns: []float64{0.014, 0.010, 0.012}, NoNewsboat: true}
	if c := row.Cells(); c[1] != "12 ms (10–14 ms)" {
		t.Errorf("lode cell %q, want the median and its range", c[1])
	}
	if c := (Row{Unit: unitSeconds, Lode: 0.5, LodeRuns: []float64{0.5}}).Cells(); c[1] != "0.50 s" {
		t.Errorf("one run shows %q, want no range", c[1])
	}
	var rep Report
	rep.addScale("Cold start to first frame", unitMillis, "< 150 ms", 1000000, ScaleCell{Runs: []float64{0.2, 0.18, 0.3}, Met: met(false)})
	rep.addScale("Cold start to first frame", unitMillis, "< 150 ms", 100000, ScaleCell{Runs: []float64{0.05, 0.04}, Met: met(true)})
	rep.addScale("Cache size on disk", unitMB, "—", 100000, ScaleCell{Runs: []float64{600 << 20}})
	md := rep.scaleMarkdown()
	for _, want := range []string{
		"| Figure | 100,000 items | 1,000,000 items | Target |",
		"| Cold start to first frame | 45 ms (40–50 ms): met | **200 ms (180–300 ms): missed** | < 150 ms |",
		"| Cache size on disk | 600 MB | not run | — |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("cache-size table lacks %q:\n%s", want, md)
		}
	}
	if (&Report{}).scaleMarkdown() != "" {
		t.Error("an empty cache-size table was written")
	}
}
