//go:build unix

package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"maps"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/sanitize"
	"github.com/lode-reader/lode/internal/store"
)

// The crash tests kill real lode processes with SIGKILL and check that the
// cache survives: it opens, passes SQLite's integrity check and FTS5's, never
// loses items, and keeps every read/starred change that was confirmed.

// loadServer serves generated RSS feeds on loopback. Every request to a feed
// moves its window of items on by shift (each poll brings new items) and
// rewrites every seventh item (each poll updates rows too). Every
// dripEvery-th feed sends its body in small chunks with a pause between them.
type loadServer struct {
	*httptest.Server
	feeds, items, shift int
	dripEvery           int
	drip                time.Duration
	bodyPad             int // extra bytes of prose per item
	hits                []atomic.Int64
}

func newLoadServer(t *testing.T, feeds, items int) *loadServer {
	t.Helper()
	s := &loadServer{feeds: feeds, items: items, shift: 5, dripEvery: 8, drip: 15 * time.Millisecond, hits: make([]atomic.Int64, feeds)}
	s.Server = httptest.NewServer(s)
	t.Cleanup(s.Close)
	return s
}

func (s *loadServer) url(i int) string { return fmt.Sprintf("%s/feed/%d.xml", s.URL, i) }

func (s *loadServer) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	var i int
	if _, err := fmt.Sscanf(r.URL.Path, "/feed/%d.xml", &i); err != nil || i < 0 || i >= s.feeds {
		http.NotFound(w, r)
		return
	}
	gen := int(s.hits[i].Add(1))
	body := loadFeed(i, gen, s.items, s.shift, s.bodyPad)
	w.Header().Set("Content-Type", "application/rss+xml; charset=utf-8")
	if s.dripEvery <= 0 || i%s.dripEvery != 0 {
		w.Write(body)
		return
	}
	fl, _ := w.(http.Flusher)
	const chunks = 8
	step := len(body)/chunks + 1
	for off := 0; off < len(body); off += step {
		if _, err := w.Write(body[off:min(off+step, len(body))]); err != nil {
			return
		}
		if fl != nil {
			fl.Flush()
		}
		select {
		case <-r.Context().Done():
			return
		case <-time.After(s.drip):
		}
	}
}

var loadTopics = []struct{ title, text string }{
	{"Lynas Rare Earths expands Kalgoorlie cracking capacity", "Lynas Rare Earths said the Kalgoorlie plant will process more mixed rare earth carbonate next year, with NdPr output guided higher."},
	{"MP Materials ramps magnet line in Fort Worth", "MP Materials reported first commercial NdFeB magnet deliveries and higher separated oxide volumes at Mountain Pass."},
	{"Gallium export licences slow shipments", "Traders reported longer waits for gallium and germanium export licences, lifting spot prices in Rotterdam warehouses."},
	{"Spodumene prices steady as lithium inventories fall", "Albemarle and Pilbara Minerals both pointed to lower converter inventories while spodumene concentrate prices held flat."},
	{"Cobalt hydroxide premiums rise on DRC quota", "Glencore said cobalt hydroxide payables climbed after export quotas tightened shipments from the Copperbelt."},
	{"Graphite anode plant secures offtake", "Syrah Resources signed an offtake for natural graphite active anode material from its Vidalia facility."},
}

// loadFeed is feed i as served on its gen-th request.
func loadFeed(i, gen, items, shift, pad int) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\"><channel>\n<title>Load feed %d</title><link>https://load.test/%d/</link><description>generated</description>\n", i, i)
	base := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	first := (gen - 1) * shift
	filler := strings.Repeat("Market participants tracked separation capacity, magnet demand and permitting timelines. ", pad/90+1)[:pad]
	for k := first + items - 1; k >= first; k-- {
		topic := loadTopics[(i+k)%len(loadTopics)]
		rev := 0
		if k%7 == 0 {
			rev = gen
		}
		fmt.Fprintf(&b, "<item><title>%s (feed %d, no. %d)</title><link>https://load.test/%d/%d</link><guid>load-%d-%d</guid><pubDate>%s</pubDate>\n",
			topic.title, i, k, i, k, i, k, base.Add(time.Duration(k)*time.Hour+time.Duration(i)*time.Minute).Format(time.RFC1123Z))
		fmt.Fprintf(&b, "<content:encoded><![CDATA[<h2>Highlights</h2><ul><li>%s</li><li>Revision %d of item %d.</li></ul><p>%s %s</p><h3>Analysis: Supply vs. Demand</h3><p>Western buyers keep diversifying supply away from a single processing hub.</p><h3>Investor Takeaway</h3><p>Watch offtake terms and plant ramp-up dates.</p>]]></content:encoded></item>\n",
			topic.title, rev, k, topic.text, filler)
	}
	b.WriteString("</channel></rss>\n")
	return b.Bytes()
}

// writeLoadConfig writes a config listing the server's feeds, each named so
// a fetch never rewrites the config.
func writeLoadConfig(t *testing.T, home string, s *loadServer, workers int) {
	t.Helper()
	var b strings.Builder
	fmt.Fprintf(&b, "workers = %d\ntimeout_seconds = 30\n", workers)
	for i := 0; i < s.feeds; i++ {
		fmt.Fprintf(&b, "\n[[feeds]]\nurl = %q\nname = \"Load %02d\"\n", s.url(i), i)
	}
	if err := os.WriteFile(filepath.Join(home, "config.toml"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

// runLode runs the built binary to completion and returns its exit status and output.
func runLode(t *testing.T, home string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(binary(t), append([]string{"--home", home}, args...)...)
	cmd.Env = append(os.Environ(), "LODE_HOME=")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	if err != nil && cmd.ProcessState == nil {
		t.Fatalf("run lode %v: %v", args, err)
	}
	return cmd.ProcessState.ExitCode(), out.String(), errb.String()
}

// itemState is an item's read and starred state.
type itemState struct{ read, starred bool }

// change is one read/starred change for the check helper to make.
type change struct {
	field string // "read" or "star"
	id    int64
	on    bool
}

// cacheState is what the check helper found in a cache.
type cacheState struct {
	count  int
	ids    []int64             // every item, ascending
	marked map[int64]itemState // items that are read or starred
}

func (c cacheState) state(id int64) itemState { return c.marked[id] }

// checkCache runs the check helper on db (see TestHelperProcess): it opens
// the cache, runs SQLite's integrity check and the full-text index's,
// reports the items and their state, then makes changes and, if unreadAll,
// marks every item unread. Work on the cache happens in the helper, a
// binary built without -race, so the checks stay fast under -race.
func checkCache(t *testing.T, db string, unreadAll bool, changes ...change) cacheState {
	t.Helper()
	var set []string
	for _, c := range changes {
		set = append(set, fmt.Sprintf("%s:%d:%d", c.field, c.id, b2i(c.on)))
	}
	env := []string{"LODE_TEST_DB=" + db, "LODE_TEST_SET=" + strings.Join(set, ",")}
	if unreadAll {
		env = append(env, "LODE_TEST_UNREAD_ALL=1")
	}
	cmd := helperCmd(t, "check", env...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("check cache %s: %v\n%s", db, err, errb.String())
	}
	st := cacheState{count: -1, marked: map[int64]itemState{}}
	for _, line := range strings.Split(strings.TrimSpace(out.String()), "\n") {
		f := strings.Fields(line)
		switch {
		case len(f) == 2 && f[0] == "count":
			st.count, _ = strconv.Atoi(f[1])
		case len(f) >= 1 && f[0] == "ids":
			for _, v := range f[1:] {
				id, _ := strconv.ParseInt(v, 10, 64)
				st.ids = append(st.ids, id)
			}
		case len(f) == 4 && f[0] == "state":
			id, _ := strconv.ParseInt(f[1], 10, 64)
			st.marked[id] = itemState{read: f[2] == "1", starred: f[3] == "1"}
		default:
			t.Fatalf("check helper printed %q", line)
		}
	}
	if st.count < 0 || st.count != len(st.ids) {
		t.Fatalf("check helper: count %d, %d ids", st.count, len(st.ids))
	}
	return st
}

// helperCheck is the "check" helper's work; see checkCache.
func helperCheck(db, set string, unreadAll bool) error {
	s, err := store.Open(db)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	if err := s.Check(ctx); err != nil {
		return err
	}
	if _, err := s.DB().ExecContext(ctx, `INSERT INTO items_fts(items_fts) VALUES ('integrity-check')`); err != nil {
		return fmt.Errorf("full-text index: %w", err)
	}
	ids, err := s.IDs(ctx, store.Query{})
	if err != nil {
		return err
	}
	slices.Sort(ids)
	var b strings.Builder
	fmt.Fprintf(&b, "count %d\nids", len(ids))
	for _, id := range ids {
		fmt.Fprintf(&b, " %d", id)
	}
	b.WriteByte('\n')
	rows, err := s.DB().QueryContext(ctx, `SELECT id, read, starred FROM items WHERE read != 0 OR starred != 0 ORDER BY id`)
	if err != nil {
		return err
	}
	for rows.Next() {
		var id int64
		var r, st int
		if err := rows.Scan(&id, &r, &st); err != nil {
			rows.Close()
			return err
		}
		fmt.Fprintf(&b, "state %d %d %d\n", id, r, st)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	if set != "" {
		for _, c := range strings.Split(set, ",") {
			var field string
			var id int64
			var on int
			if _, err := fmt.Sscanf(strings.ReplaceAll(c, ":", " "), "%s %d %d", &field, &id, &on); err != nil {
				return fmt.Errorf("change %q: %w", c, err)
			}
			if field == "read" {
				err = s.SetRead(ctx, []int64{id}, on == 1)
			} else {
				err = s.SetStarred(ctx, id, on == 1)
			}
			if err != nil {
				return err
			}
		}
	}
	if unreadAll {
		if _, err := s.DB().ExecContext(ctx, `UPDATE items SET read = 0`); err != nil {
			return err
		}
	}
	_, err = os.Stdout.WriteString(b.String())
	return err
}

// crashSeed is the schedule's seed: LODE_CRASH_SEED, else a fixed one.
func crashSeed(t *testing.T) uint64 {
	t.Helper()
	seed := uint64(20260601)
	if v := os.Getenv("LODE_CRASH_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("LODE_CRASH_SEED=%q: %v", v, err)
		}
		seed = n
	}
	t.Logf("crash schedule seed %d (set LODE_CRASH_SEED to change)", seed)
	return seed
}

// schedule spreads n delays over [0, span): one in each of n equal slots,
// slots in a random order, each at a random point of its slot.
func schedule(rng *rand.Rand, n int, span time.Duration) []time.Duration {
	out := make([]time.Duration, n)
	for j, slot := range rng.Perm(n) {
		out[j] = time.Duration((float64(slot) + rng.Float64()) / float64(n) * float64(span))
	}
	return out
}

// signalled reports whether the finished command died of a signal.
func signalled(cmd *exec.Cmd) bool {
	ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus)
	return ok && ws.Signaled()
}

func TestCrashDuringFetch(t *testing.T) {
	t.Parallel() // mostly waits on tmux or a child lode, so it runs beside the others
	kills, nfeeds, nitems := 50, 40, 100
	if testing.Short() {
		kills, nfeeds = 10, 20
	}
	begin := time.Now()
	srv := newLoadServer(t, nfeeds, nitems)
	srv.shift = 1 // one new item per feed and poll keeps the cache, and so the checks, small
	home := newHome(t)
	writeLoadConfig(t, home, srv, 8)
	cachePath := filepath.Join(home, "cache.db")
	bin := binary(t)
	helperBinary(t)

	// Fill the cache, then time an ordinary refresh to spread the kills over.
	if code, out, errOut := runLode(t, home, "fetch"); code != 0 {
		t.Fatalf("first fetch: %d\n%s%s", code, out, errOut)
	}
	start := time.Now()
	if code, out, errOut := runLode(t, home, "fetch"); code != 0 {
		t.Fatalf("second fetch: %d\n%s%s", code, out, errOut)
	}
	span := time.Since(start)
	t.Logf("a full fetch of %d feeds × %d items takes %v", nfeeds, nitems, span.Round(time.Millisecond))

	seed := crashSeed(t)
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	delays := schedule(rng, kills, span)

	// want is the read/starred state of every item ever changed.
	want := map[int64]itemState{}
	// pick chooses read/starred changes to make before the next crash and
	// returns them with what want will be once they are made.
	pick := func(ids []int64) ([]change, map[int64]itemState) {
		w := maps.Clone(want)
		var cs []change
		for range 4 {
			id := ids[rng.IntN(len(ids))]
			f := w[id]
			if rng.IntN(2) == 0 {
				f.read = !f.read
				cs = append(cs, change{"read", id, f.read})
			} else {
				f.starred = !f.starred
				cs = append(cs, change{"star", id, f.starred})
			}
			w[id] = f
		}
		return cs, w
	}
	st := checkCache(t, cachePath, false)
	prev := st.count
	next, nextWant := pick(st.ids)
	// verify checks what the check helper found against want and the item count.
	verify := func(what string, st cacheState) {
		t.Helper()
		if st.count < prev {
			t.Fatalf("%s: items went from %d to %d", what, prev, st.count)
		}
		prev = st.count
		for id, f := range want {
			if got := st.state(id); got != f {
				t.Fatalf("%s: item %d read/starred = %+v, want %+v", what, id, got, f)
			}
		}
		for id, f := range st.marked {
			if want[id] != f {
				t.Fatalf("%s: item %d read/starred = %+v, nobody set that", what, id, f)
			}
		}
	}

	done, missed, attempts := 0, 0, 0
	// scale shrinks the schedule each time a fetch finishes before its kill,
	// so a loaded machine (whose fetches run slower or faster than the timed
	// one) still gets its kills in while fetches are running.
	scale := 1.0
	var checking time.Duration
	for done < kills && attempts < kills*4 {
		attempts++
		// The check run makes the changes picked last time, after checking.
		checkStart := time.Now()
		st := checkCache(t, cachePath, false, next...)
		checking += time.Since(checkStart)
		verify(fmt.Sprintf("check after run %d", attempts-1), st)
		want = nextWant

		delay := time.Duration(rng.Float64() * float64(span) / 2)
		if attempts <= len(delays) {
			delay = delays[attempts-1]
		}
		delay = time.Duration(float64(delay) * scale)
		cmd := exec.Command(bin, "--home", home, "fetch")
		cmd.Env = append(os.Environ(), "LODE_HOME=")
		var out, errb bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &errb
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(delay)
		cmd.Process.Kill()
		cmd.Wait()
		if signalled(cmd) {
			done++
		} else {
			missed++
			scale *= 0.7
			if code := cmd.ProcessState.ExitCode(); code != 0 {
				t.Fatalf("fetch %d (not killed) exited %d:\n%s%s", attempts, code, out.String(), errb.String())
			}
		}
		next, nextWant = pick(st.ids)
	}
	verify(fmt.Sprintf("check after run %d", attempts), checkCache(t, cachePath, false))
	if done < kills {
		t.Fatalf("only %d of %d fetches were killed while running (%d finished first)", done, kills, missed)
	}

	// The cache still works for lode itself, and a refresh completes.
	code, out, errOut := runLode(t, home, "fetch")
	if code != 0 || !strings.Contains(out, fmt.Sprintf("%d feeds: %d ok", nfeeds, nfeeds)) {
		t.Fatalf("fetch after the crashes: %d\n%s%s", code, out, errOut)
	}
	code, out, errOut = runLode(t, home, "list", "--json", "--limit", "5")
	if code != 0 || len(decodeLines(t, out)) != 5 {
		t.Fatalf("list after the crashes: %d\n%s%s", code, out, errOut)
	}
	verify("clean fetch after the crashes", checkCache(t, cachePath, false))
	t.Logf("%d kills during fetch (%d fetches finished first) in %v (%v of it checking); %d items; %d items' read/starred state kept",
		done, missed, time.Since(begin).Round(time.Millisecond), checking.Round(time.Millisecond), prev, len(want))
}

// helperBinary builds this package's tests once, without -race, for the
// helper processes: they do the cache work (checks, marking read) that would
// be many times slower in a -race build.
func helperBinary(t *testing.T) string {
	t.Helper()
	helperOnce.Do(func() {
		dir, err := os.MkdirTemp("", "lode-helper-*")
		if err != nil {
			helperErr = err
			return
		}
		helperPath = filepath.Join(dir, "lode.test")
		out, err := exec.Command("go", "test", "-race=false", "-c", "-o", helperPath, ".").CombinedOutput()
		if err != nil {
			helperErr = fmt.Errorf("go test -c: %v\n%s", err, out)
		}
	})
	if helperErr != nil {
		t.Fatal(helperErr)
	}
	return helperPath
}

var (
	helperOnce sync.Once
	helperPath string
	helperErr  error
)

// helperCmd runs the helper binary as a helper process (see TestHelperProcess).
func helperCmd(t *testing.T, mode string, env ...string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(helperBinary(t), "-test.run=^TestHelperProcess$")
	cmd.Env = append(append(os.Environ(), "LODE_TEST_HELPER="+mode), env...)
	return cmd
}

// TestHelperProcess is not a test: run by helperCmd with LODE_TEST_HELPER
// set, it works on the cache at LODE_TEST_DB and exits.
//
//	check: see checkCache.
//	markread: prints "ready", then marks each id in LODE_TEST_IDS read, one
//	  SetRead at a time, printing "confirmed <id>" after each returns.
//	toggle: for LODE_TEST_SECONDS, pages through the items and flips read and
//	  starred, printing "read <id> <0|1>" / "star <id> <0|1>" after each returns.
//
// Any error is printed to stderr and the exit status is 1.
func TestHelperProcess(t *testing.T) {
	mode := os.Getenv("LODE_TEST_HELPER")
	if mode == "" {
		t.Skip("runs only as a helper process")
	}
	var err error
	db := os.Getenv("LODE_TEST_DB")
	switch mode {
	case "check":
		err = helperCheck(db, os.Getenv("LODE_TEST_SET"), os.Getenv("LODE_TEST_UNREAD_ALL") == "1")
	case "markread":
		err = helperMarkRead(db, os.Getenv("LODE_TEST_IDS"))
	case "toggle":
		err = helperToggle(db, os.Getenv("LODE_TEST_SECONDS"))
	default:
		err = fmt.Errorf("unknown helper mode %q", mode)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "helper %s: %v\n", mode, err)
		os.Exit(1)
	}
	os.Exit(0)
}

func helperMarkRead(db, idList string) error {
	s, err := store.Open(db)
	if err != nil {
		return err
	}
	defer s.Close()
	var ids []int64
	for _, f := range strings.Split(idList, ",") {
		id, err := strconv.ParseInt(f, 10, 64)
		if err != nil {
			return fmt.Errorf("id %q: %w", f, err)
		}
		ids = append(ids, id)
	}
	fmt.Fprintln(os.Stdout, "ready")
	start := time.Now()
	for _, id := range ids {
		if err := s.SetRead(context.Background(), []int64{id}, true); err != nil {
			return err
		}
		fmt.Fprintf(os.Stdout, "confirmed %d\n", id)
	}
	fmt.Fprintf(os.Stdout, "took %d\n", time.Since(start))
	return nil
}

// lineReader collects a process's stdout lines and signals its first
// "ready" and, when reachAt is not negative, its reachAt-th other line.
type lineReader struct {
	mu      sync.Mutex
	lines   []string
	took    time.Duration // how long the whole job took, if it finished
	ready   chan struct{}
	reached chan struct{}
	done    chan struct{}
}

func readLines(cmd *exec.Cmd, reachAt int) (*lineReader, error) {
	pipe, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	lr := &lineReader{ready: make(chan struct{}), reached: make(chan struct{}), done: make(chan struct{})}
	go func() {
		defer close(lr.done)
		sc := bufio.NewScanner(pipe)
		once := sync.Once{}
		n := 0
		for sc.Scan() {
			if sc.Text() == "ready" {
				once.Do(func() { close(lr.ready) })
				if reachAt == 0 {
					close(lr.reached)
				}
				continue
			}
			if n++; n == reachAt {
				close(lr.reached)
			}
			if v, ok := strings.CutPrefix(sc.Text(), "took "); ok {
				n, _ := strconv.ParseInt(v, 10, 64)
				lr.took = time.Duration(n)
				continue
			}
			lr.mu.Lock()
			lr.lines = append(lr.lines, sc.Text())
			lr.mu.Unlock()
		}
	}()
	return lr, nil
}

func (lr *lineReader) all() []string {
	<-lr.done
	return lr.lines
}

// runMarkRead starts the markread helper on ids and returns it once it is
// ready; its lineReader's reached is closed once it has confirmed reachAt
// ids (never when reachAt is negative).
func runMarkRead(t *testing.T, db string, ids []int64, reachAt int) (*exec.Cmd, *lineReader, *bytes.Buffer) {
	t.Helper()
	strs := make([]string, len(ids))
	for i, id := range ids {
		strs[i] = strconv.FormatInt(id, 10)
	}
	cmd := helperCmd(t, "markread", "LODE_TEST_DB="+db, "LODE_TEST_IDS="+strings.Join(strs, ","))
	var errb bytes.Buffer
	cmd.Stderr = &errb
	lr, err := readLines(cmd, reachAt)
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	select {
	case <-lr.ready:
	case <-lr.done:
		cmd.Wait()
		t.Fatalf("markread helper quit before it was ready: %s", errb.String())
	case <-time.After(60 * time.Second):
		cmd.Process.Kill()
		t.Fatal("markread helper not ready after 60s")
	}
	return cmd, lr, &errb
}

func TestCrashDuringMarkRead(t *testing.T) {
	t.Parallel() // mostly waits on tmux or a child lode, so it runs beside the others
	kills, batch := 30, 400
	if testing.Short() {
		kills = 10
	}
	begin := time.Now()
	srv := newLoadServer(t, 5, 100)
	srv.dripEvery = 0
	home := newHome(t)
	writeLoadConfig(t, home, srv, 5)
	if code, out, errOut := runLode(t, home, "fetch"); code != 0 {
		t.Fatalf("fetch: %d\n%s%s", code, out, errOut)
	}
	db := filepath.Join(home, "cache.db")
	ids := checkCache(t, db, false).ids
	if len(ids) < batch {
		t.Fatalf("only %d items cached", len(ids))
	}
	seed := crashSeed(t)
	rng := rand.New(rand.NewPCG(seed, seed^0x5bd1e995))

	// Time one uninterrupted run to spread the kills over.
	cmd, lr, errb := runMarkRead(t, db, ids[:batch], -1)
	if n := len(lr.all()); n != batch {
		t.Fatalf("uninterrupted helper confirmed %d of %d", n, batch)
	}
	if err := cmd.Wait(); err != nil {
		t.Fatalf("markread helper: %v %s", err, errb.String())
	}
	span := lr.took
	t.Logf("marking %d items read one by one takes %v", batch, span.Round(time.Millisecond))
	// Each kill is tied to the helper's progress, not to the clock: a point
	// of the timed run, after n confirmed ids and part of one more id's
	// time. A machine busier or idler than during the timed run still gets
	// every kill in while the helper works.
	perID := max(span/time.Duration(batch), time.Microsecond)
	delays := schedule(rng, kills, span)
	checkCache(t, db, true)

	done, missed, confirmedTotal := 0, 0, 0
	for attempt := 0; done < kills && attempt < kills*2; attempt++ {
		delay := time.Duration(rng.Float64() * float64(span) / 2)
		if attempt < len(delays) {
			delay = delays[attempt]
		}
		reachAt := min(int(delay/perID), batch-1)
		order := slices.Clone(ids)
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		order = order[:batch]

		cmd, lr, errb := runMarkRead(t, db, order, reachAt)
		select {
		case <-lr.reached:
		case <-lr.done:
		}
		time.Sleep(delay - time.Duration(reachAt)*perID)
		cmd.Process.Kill()
		lines := lr.all()
		cmd.Wait()
		if signalled(cmd) {
			done++
		} else {
			missed++
			if cmd.ProcessState.ExitCode() != 0 {
				t.Fatalf("markread helper exited %d: %s", cmd.ProcessState.ExitCode(), errb.String())
			}
		}

		// Confirmed ids are a prefix of order; each is read, and at most the
		// next one (in flight when killed) is read besides.
		for i, l := range lines {
			if want := fmt.Sprintf("confirmed %d", order[i]); l != want {
				t.Fatalf("helper line %d = %q, want %q", i, l, want)
			}
		}
		confirmedTotal += len(lines)
		// The check reports the state, then marks everything unread for the next run.
		st := checkCache(t, db, true)
		pos := map[int64]int{}
		for i, id := range order {
			pos[id] = i
		}
		for id := range st.marked {
			if i, ok := pos[id]; !ok || i > len(lines) {
				t.Fatalf("kill %d after %v: item %d is read but the helper never got to it (%d confirmed)", attempt+1, delay, id, len(lines))
			}
		}
		for i, id := range order {
			got := st.state(id).read
			switch {
			case i < len(lines) && !got:
				t.Fatalf("kill %d after %v: item %d was confirmed read but is unread after reopening", attempt+1, delay, id)
			case i > len(lines) && got:
				t.Fatalf("kill %d after %v: item %d is read but the helper never got that far (%d confirmed)", attempt+1, delay, id, len(lines))
			}
		}
	}
	if done < kills {
		t.Fatalf("only %d of %d helpers were killed while running (%d finished first)", done, kills, missed)
	}
	t.Logf("%d kills while marking read (%d runs finished first), %d confirmed marks checked, in %v",
		done, missed, confirmedTotal, time.Since(begin).Round(time.Millisecond))
}

// TestNewerCacheLeftUntouched: a cache from a newer lode is refused with one
// line naming it, by every command that opens it, and is not modified.
func TestNewerCacheLeftUntouched(t *testing.T) {
	t.Parallel() // mostly waits on tmux or a child lode, so it runs beside the others
	srv := fixtureServer(t)
	home := newHome(t)
	if code, _, errOut := lode(t, home, "", "feeds", "add", "--no-check", srv.URL+"/briefings.rss"); code != 0 {
		t.Fatalf("feeds add: %d %s", code, errOut)
	}
	if code, _, errOut := lode(t, home, "", "fetch"); code != 0 {
		t.Fatalf("fetch: %d %s", code, errOut)
	}
	cachePath := filepath.Join(home, "cache.db")
	s, err := store.Open(cachePath)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec(`PRAGMA user_version = 99`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	before, err := os.ReadFile(cachePath)
	if err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{"list"}, {"fetch"}, {"show", "1"}, {"digest"}, {"list", "--json"}} {
		code, out, errOut := runLode(t, home, args...)
		if code != 1 || out != "" || strings.Count(errOut, "\n") != 1 ||
			!strings.Contains(errOut, cachePath) || !strings.Contains(errOut, "newer lode") {
			t.Errorf("%v on a newer cache: want exit 1 and one line naming %s and \"newer lode\", got %d\nstdout: %q\nstderr: %q",
				args, cachePath, code, out, errOut)
		}
	}
	after, err := os.ReadFile(cachePath)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(before, after) {
		t.Errorf("the newer cache was modified (%d bytes before, %d after)", len(before), len(after))
	}
}

// TestUnusableHome: a home under a regular file gives one line naming the path.
func TestUnusableHome(t *testing.T) {
	file := filepath.Join(t.TempDir(), "plain-file")
	if err := os.WriteFile(file, []byte("not a directory\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, home := range []string{file, filepath.Join(file, "lode")} {
		for _, args := range [][]string{{"list"}, {"fetch"}, {"feeds", "add", "--no-check", "https://example.com/feed"}} {
			code, out, errOut := runLode(t, home, args...)
			if code != 1 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.HasPrefix(errOut, "lode: ") ||
				!strings.Contains(errOut, home) || !strings.Contains(errOut, "not a directory") {
				t.Errorf("home %s, %v: want exit 1 and one line naming it, got %d\nstdout: %q\nstderr: %q", home, args, code, out, errOut)
			}
		}
	}
	if b, _ := os.ReadFile(file); string(b) != "not a directory\n" {
		t.Errorf("the file in the way was changed: %q", b)
	}
}

// TestBadFeedURLInConfig: a feed URL that is not an http(s) URL gives one
// line naming the config file, with any control characters escaped.
func TestBadFeedURLInConfig(t *testing.T) {
	for _, bad := range []string{"not a url", "javascript:alert(1)", "file:///etc/passwd", "http://", `https://x.test/\u001b]52;c;aGk=\u0007`} {
		home := t.TempDir()
		cfg := filepath.Join(home, "config.toml")
		if err := os.WriteFile(cfg, []byte("[[feeds]]\nurl = \""+bad+"\"\nname = \"Bad\"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{{"fetch"}, {"list"}} {
			code, out, errOut := runLode(t, home, args...)
			if code != 1 || out != "" || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, cfg) ||
				!strings.Contains(errOut, "feeds[0]") || !sanitize.Safe(errOut) {
				t.Errorf("url %q, %v: want exit 1 and one safe line naming %s, got %d\nstdout: %q\nstderr: %q", bad, args, cfg, code, out, errOut)
			}
		}
		if _, err := os.Stat(filepath.Join(home, "cache.db")); !os.IsNotExist(err) {
			t.Errorf("url %q: a bad config still created the cache", bad)
		}
	}
}

// TestDiskFull fills a small tmpfs during a fetch: lode reports the cache
// error per feed without crashing, and once space is freed the cache is intact
// and a fetch completes.
func TestDiskFull(t *testing.T) {
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a 16 MiB tmpfs to fill (needs root and mount permission): %v %s", err, bytes.TrimSpace(out))
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v %s", dir, err, out)
		}
	})
	srv := newLoadServer(t, 12, 100)
	srv.dripEvery, srv.bodyPad = 0, 1500
	home := filepath.Join(dir, "home")
	if err := os.Mkdir(home, 0o755); err != nil {
		t.Fatal(err)
	}
	writeLoadConfig(t, home, srv, 2)
	// Ballast leaves about 1.5 MiB for the cache: enough for a few feeds, not all.
	ballast := filepath.Join(dir, "ballast")
	if err := os.WriteFile(ballast, make([]byte, 14<<20+512<<10), 0o644); err != nil {
		t.Fatal(err)
	}

	code, out, errOut := runLode(t, home, "fetch")
	t.Logf("fetch on a full disk: exit %d\n%s%s", code, out, errOut)
	if code != 1 {
		t.Fatalf("fetch on a full disk: want exit 1, got %d", code)
	}
	if strings.Contains(errOut, "panic") || strings.Contains(errOut, "goroutine") {
		t.Fatalf("fetch on a full disk crashed:\n%s", errOut)
	}
	failed := 0
	for _, line := range strings.Split(strings.TrimSpace(out+errOut), "\n") {
		if strings.HasPrefix(line, "error: ") || strings.HasPrefix(line, "lode: ") {
			failed++
			if !strings.Contains(line, "full") {
				t.Errorf("error line does not say the disk is full: %q", line)
			}
		}
	}
	if failed == 0 {
		t.Errorf("no error line on a full disk:\n%s%s", out, errOut)
	}

	if err := os.Remove(ballast); err != nil {
		t.Fatal(err)
	}
	before := checkCache(t, filepath.Join(home, "cache.db"), false).count
	code, out, errOut = runLode(t, home, "fetch")
	if code != 0 {
		t.Fatalf("fetch after freeing space: %d\n%s%s", code, out, errOut)
	}
	if after := checkCache(t, filepath.Join(home, "cache.db"), false).count; after <= before || after < 12*100 {
		t.Errorf("items: %d on the full disk, %d after freeing space; want all %d feeds stored", before, after, 12)
	}
}
