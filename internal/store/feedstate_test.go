package store

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestSaveFeedStateReadBack: the states of a refresh of 200 feeds, saved
// through the kept statement, are all there, field for field, after the
// cache is reopened.
func TestSaveFeedStateReadBack(t *testing.T) {
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
	for _, st := range want {
		if err := s.SaveFeedState(ctx, st); err != nil {
			t.Fatal(err)
		}
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
