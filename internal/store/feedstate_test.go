package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// refuseFeed makes the cache refuse to record the state of url, as a full
// or broken cache would refuse one write.
func refuseFeed(t *testing.T, s *Store, url string) {
	t.Helper()
	q := fmt.Sprintf(`CREATE TRIGGER refuse_feed BEFORE INSERT ON feeds WHEN NEW.url = '%s'
		BEGIN SELECT RAISE(ABORT, 'refused'); END`, url)
	if _, err := s.db.Exec(q); err != nil {
		t.Fatalf("create trigger: %v", err)
	}
}

// TestSaveFeedStatesReadBack: the states of a refresh of 200 feeds saved in
// one call are all there, field for field, after the cache is reopened.
func TestSaveFeedStatesReadBack(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "cache.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	now := time.Date(2026, 12, 5, 18, 0, 0, 0, time.UTC)
	var want []FeedState
	for i := range 200 {
		want = append(want, FeedState{URL: fmt.Sprintf("https://example.org/%d.xml", i), Title: fmt.Sprintf("Feed %d", i),
			ETag: fmt.Sprintf(`"e%d"`, i), LastModified: "Sat, 05 Dec 2026 17:00:00 GMT", LastAttempt: now, LastSuccess: now.Add(-time.Duration(i) * time.Minute),
			LastError: strings.Repeat("x", i%3), Failures: i % 4, NextAttempt: now.Add(time.Duration(i) * time.Hour)})
	}
	// Half of them are known already: their state is replaced.
	for _, st := range want[:100] {
		if err := s.SaveFeedState(ctx, FeedState{URL: st.URL, Title: "old", ETag: "old", Failures: 9}); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.SaveFeedStates(ctx, want); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(path); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, w := range want {
		got, err := s.FeedState(ctx, w.URL)
		if err != nil {
			t.Fatal(err)
		}
		if !got.LastAttempt.Equal(w.LastAttempt) || !got.LastSuccess.Equal(w.LastSuccess) || !got.NextAttempt.Equal(w.NextAttempt) {
			t.Fatalf("%s: times %v %v %v, want %v %v %v", w.URL, got.LastAttempt, got.LastSuccess, got.NextAttempt, w.LastAttempt, w.LastSuccess, w.NextAttempt)
		}
		got.LastAttempt, got.LastSuccess, got.NextAttempt = w.LastAttempt, w.LastSuccess, w.NextAttempt
		if got != w {
			t.Fatalf("state read back %+v, want %+v", got, w)
		}
	}
}

// TestSaveFeedStatesAllOrNone: when one state of a batch cannot be written,
// the call says which and writes none, so the caller can save the others alone.
func TestSaveFeedStatesAllOrNone(t *testing.T) {
	ctx := context.Background()
	s := open(t)
	refuseFeed(t, s, "https://example.org/bad.xml")
	sts := []FeedState{{URL: "https://example.org/a.xml", ETag: "a"}, {URL: "https://example.org/bad.xml"}, {URL: "https://example.org/c.xml", ETag: "c"}}
	err := s.SaveFeedStates(ctx, sts)
	if err == nil || !strings.Contains(err.Error(), "bad.xml") {
		t.Fatalf("SaveFeedStates with a refused state: %v, want an error naming bad.xml", err)
	}
	for _, st := range sts {
		got, err := s.FeedState(ctx, st.URL)
		if err != nil {
			t.Fatal(err)
		}
		if got.ETag != "" {
			t.Errorf("%s saved (etag %q) by a batch that failed", st.URL, got.ETag)
		}
	}
	if err := s.SaveFeedStates(ctx, []FeedState{sts[0], sts[2]}); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.FeedState(ctx, sts[2].URL); got.ETag != "c" {
		t.Errorf("c.xml etag %q after saving it again, want \"c\"", got.ETag)
	}
}
