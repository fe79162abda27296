//go:build unix

package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lode-reader/lode/internal/store"
)

// helperToggle is the "toggle" helper (see TestHelperProcess): for secs
// seconds it pages through the cache, opens an item and flips its read or
// starred state, printing each change once the store has confirmed it.
func helperToggle(db, secs string) error {
	n, err := strconv.Atoi(secs)
	if err != nil {
		return fmt.Errorf("LODE_TEST_SECONDS %q: %w", secs, err)
	}
	s, err := store.Open(db)
	if err != nil {
		return err
	}
	defer s.Close()
	ctx := context.Background()
	deadline := time.Now().Add(time.Duration(n) * time.Second)
	for i := 0; time.Now().Before(deadline); i++ {
		page, err := s.Page(ctx, store.Query{}, (i*7)%300, 25)
		if err != nil {
			return err
		}
		if _, err := s.Counts(ctx, store.Query{UnreadOnly: true}); err != nil {
			return err
		}
		if len(page) == 0 {
			continue
		}
		it, err := s.Item(ctx, page[i%len(page)].ID)
		if err != nil {
			return err
		}
		if i%2 == 0 {
			if err := s.SetRead(ctx, []int64{it.ID}, !it.Read); err != nil {
				return err
			}
			fmt.Fprintf(os.Stdout, "read %d %d\n", it.ID, b2i(!it.Read))
		} else {
			if err := s.SetStarred(ctx, it.ID, !it.Starred); err != nil {
				return err
			}
			fmt.Fprintf(os.Stdout, "star %d %d\n", it.ID, b2i(!it.Starred))
		}
	}
	return nil
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// lockWords are what SQLite contention looks like when it leaks to the user.
var lockWords = []string{"database is locked", "locked", "busy", "SQLITE_BUSY"}

// TestConcurrentFetchAndReader runs two `lode fetch` loops, a `lode list`
// loop and a helper that reads pages and toggles read/starred, all on one
// cache at once. Nobody may see a locked/busy error, everyone exits 0, and
// every toggle the helper confirmed is in the cache at the end.
func TestConcurrentFetchAndReader(t *testing.T) {
	t.Parallel() // mostly waits on tmux or a child lode, so it runs beside the others
	seconds := 4
	if testing.Short() {
		seconds = 2
	}
	srv := newLoadServer(t, 12, 100)
	srv.dripEvery = 4
	home := newHome(t)
	writeLoadConfig(t, home, srv, 4)
	if code, out, errOut := runLode(t, home, "fetch"); code != 0 {
		t.Fatalf("first fetch: %d\n%s%s", code, out, errOut)
	}
	db := filepath.Join(home, "cache.db")

	helper := helperCmd(t, "toggle", "LODE_TEST_DB="+db, "LODE_TEST_SECONDS="+strconv.Itoa(seconds))
	var hout, herr bytes.Buffer
	helper.Stdout, helper.Stderr = &hout, &herr
	if err := helper.Start(); err != nil {
		t.Fatal(err)
	}
	stop := make(chan struct{})
	helperErr := make(chan error, 1)
	go func() {
		helperErr <- helper.Wait()
		close(stop)
	}()

	var mu sync.Mutex
	var problems []string
	runs := map[string]int{}
	overlapped := map[string]int{} // runs started while the helper was toggling
	var wg sync.WaitGroup
	// Each loop runs until the helper has stopped and it has run twice, so
	// a slow machine lengthens the test instead of failing it.
	loop := func(name string, args ...string) {
		defer wg.Done()
		for {
			helperRunning := true
			select {
			case <-stop:
				helperRunning = false
			default:
			}
			mu.Lock()
			enough := runs[name] >= 2
			mu.Unlock()
			if !helperRunning && enough {
				return
			}
			code, out, errOut := runLode(t, home, args...)
			mu.Lock()
			runs[name]++
			if helperRunning {
				overlapped[name]++
			}
			if code != 0 {
				problems = append(problems, fmt.Sprintf("%s run %d exited %d:\n%s%s", name, runs[name], code, out, errOut))
			}
			for _, w := range lockWords {
				if strings.Contains(out+errOut, w) {
					problems = append(problems, fmt.Sprintf("%s run %d says %q:\n%s%s", name, runs[name], w, out, errOut))
				}
			}
			mu.Unlock()
		}
	}
	wg.Add(3)
	go loop("fetch A", "fetch")
	go loop("fetch B", "fetch", "--force")
	go loop("list", "list", "--json", "--unread", "--limit", "20")
	wg.Wait()

	if err := <-helperErr; err != nil {
		t.Errorf("helper exited with %v: %s", err, herr.String())
	}
	for _, w := range lockWords {
		if strings.Contains(herr.String(), w) {
			t.Errorf("helper says %q: %s", w, herr.String())
		}
	}
	for _, p := range problems {
		t.Error(p)
	}
	if overlapped["fetch A"] < 1 || overlapped["fetch B"] < 1 || overlapped["list"] < 1 {
		t.Errorf("a loop never ran beside the helper: %v of %v", overlapped, runs)
	}

	// Every confirmed toggle is there: the last one per item and field wins.
	type key struct {
		field string
		id    int64
	}
	last := map[key]bool{}
	toggles := 0
	for _, line := range strings.Split(strings.TrimSpace(hout.String()), "\n") {
		var field string
		var id int64
		var v int
		if _, err := fmt.Sscanf(line, "%s %d %d", &field, &id, &v); err != nil {
			t.Fatalf("helper line %q: %v", line, err)
		}
		last[key{field, id}] = v == 1
		toggles++
	}
	if toggles < 5 {
		t.Errorf("helper confirmed only %d toggles in %ds", toggles, seconds)
	}
	st := checkCache(t, db, false)
	for k, want := range last {
		f := st.state(k.id)
		got := f.read
		if k.field == "star" {
			got = f.starred
		}
		if got != want {
			t.Errorf("lost update: item %d %s = %v, helper confirmed %v", k.id, k.field, got, want)
		}
	}
	t.Logf("%ds: %d confirmed toggles on %d item fields; runs %v", seconds, toggles, len(last), runs)
}
