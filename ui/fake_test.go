package ui

import (
	"context"
	"errors"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/lode-reader/lode/internal/item"
	"github.com/lode-reader/lode/internal/store"
)

// fakeStore is an in-memory Store with the real store's query semantics.
type fakeStore struct {
	mu          sync.Mutex
	items       []item.Item
	state       map[string]string
	lastRefresh time.Time
	failItem    error // returned by Item when set
	failWrite   error // returned by SetRead and SetStarred when set
	calls       map[string]int
}

func newFakeStore(items ...item.Item) *fakeStore {
	f := &fakeStore{state: map[string]string{}, calls: map[string]int{}}
	for i, it := range items {
		if it.ID == 0 {
			it.ID = int64(i + 1)
		}
		f.items = append(f.items, it)
	}
	return f
}

func (f *fakeStore) call(name string) { f.calls[name]++ }

func (f *fakeStore) matches(q store.Query, it item.Item) bool {
	if len(q.Companies) > 0 && !slices.ContainsFunc(it.Companies, func(c string) bool { return slices.Contains(q.Companies, c) }) {
		return false
	}
	if len(q.Minerals) > 0 && !slices.ContainsFunc(it.Minerals, func(c string) bool { return slices.Contains(q.Minerals, c) }) {
		return false
	}
	if terms := store.SearchTerms(q.Search); len(terms) > 0 {
		text := strings.ToLower(it.Title + "\n" + strings.Join(it.Sections.Highlights, "\n") + "\n" + it.Sections.Body + "\n" +
			it.Sections.Analysis + "\n" + it.Sections.Takeaway + "\n" + strings.Join(it.Companies, "\n"))
		words := store.SearchTerms(text)
		for i, t := range terms {
			last := i == len(terms)-1
			if !slices.ContainsFunc(words, func(w string) bool { return w == t || (last && strings.HasPrefix(w, t)) }) {
				return false
			}
		}
	}
	switch q.Flag {
	case store.FlagOnly:
		if !it.Ideology.Flagged {
			return false
		}
	case store.FlagHide:
		if it.Ideology.Flagged {
			return false
		}
	}
	if q.UnreadOnly && it.Read || q.StarredOnly && !it.Starred {
		return false
	}
	if q.IDs != nil && !slices.Contains(q.IDs, it.ID) {
		return false
	}
	return true
}

func (f *fakeStore) selectQ(q store.Query) []item.Item {
	var out []item.Item
	for _, it := range f.items {
		if f.matches(q, it) {
			out = append(out, it)
		}
	}
	sort.SliceStable(out, func(i, j int) bool {
		if !out[i].Published.Equal(out[j].Published) {
			return out[i].Published.After(out[j].Published)
		}
		return out[i].ID > out[j].ID
	})
	return out
}

func (f *fakeStore) Counts(_ context.Context, q store.Query) (store.Counts, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.call("Counts")
	var c store.Counts
	for _, it := range f.selectQ(q) {
		c.Items++
		if !it.Read {
			c.Unread++
		}
		if it.Ideology.Flagged {
			c.Flagged++
		}
	}
	return c, nil
}

func (f *fakeStore) Page(_ context.Context, q store.Query, offset, limit int) ([]item.Item, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.call("Page")
	all := f.selectQ(q)
	if offset >= len(all) {
		return nil, nil
	}
	all = all[offset:min(offset+limit, len(all))]
	out := make([]item.Item, len(all))
	for i, it := range all {
		it.Sections = item.Item{}.Sections
		out[i] = it
	}
	return out, nil
}

func (f *fakeStore) Position(_ context.Context, q store.Query, id int64) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	for i, it := range f.selectQ(q) {
		if it.ID == id {
			return i, nil
		}
	}
	return -1, nil
}

func (f *fakeStore) Item(_ context.Context, id int64) (item.Item, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.call("Item")
	if f.failItem != nil {
		return item.Item{}, f.failItem
	}
	for _, it := range f.items {
		if it.ID == id {
			return it, nil
		}
	}
	return item.Item{}, errors.New("not found")
}

func (f *fakeStore) SetRead(_ context.Context, ids []int64, read bool) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failWrite != nil {
		return f.failWrite
	}
	for i := range f.items {
		if slices.Contains(ids, f.items[i].ID) {
			f.items[i].Read = read
		}
	}
	return nil
}

func (f *fakeStore) SetStarred(_ context.Context, id int64, starred bool) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.failWrite != nil {
		return f.failWrite
	}
	for i := range f.items {
		if f.items[i].ID == id {
			f.items[i].Starred = starred
		}
	}
	return nil
}

func (f *fakeStore) MarkRead(_ context.Context, q store.Query) (int, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for i := range f.items {
		if f.matches(q, f.items[i]) && !f.items[i].Read {
			f.items[i].Read = true
			n++
		}
	}
	return n, nil
}

func (f *fakeStore) CompanyCounts(context.Context) ([]store.CompanyCount, error) {
	return f.counts(func(it item.Item) []string { return it.Companies })
}

func (f *fakeStore) MineralCounts(context.Context) ([]store.CompanyCount, error) {
	return f.counts(func(it item.Item) []string { return it.Minerals })
}

// counts counts items and unread items per name of the list names gives.
func (f *fakeStore) counts(names func(item.Item) []string) ([]store.CompanyCount, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	by := map[string]*store.CompanyCount{}
	for _, it := range f.items {
		for _, c := range names(it) {
			cc := by[c]
			if cc == nil {
				cc = &store.CompanyCount{Name: c}
				by[c] = cc
			}
			cc.Items++
			if !it.Read {
				cc.Unread++
			}
		}
	}
	var out []store.CompanyCount
	for _, c := range by {
		out = append(out, *c)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Items != out[j].Items {
			return out[i].Items > out[j].Items
		}
		return out[i].Name < out[j].Name
	})
	return out, nil
}

func (f *fakeStore) SearchTerms(search string) []string { return store.SearchTerms(search) }

func (f *fakeStore) GetState(_ context.Context, key string) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.state[key], nil
}

func (f *fakeStore) SetState(_ context.Context, key, value string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.state[key] = value
	return nil
}

func (f *fakeStore) Warm(context.Context) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.calls["Warm"]++
	return nil
}

func (f *fakeStore) LastRefresh(context.Context) (time.Time, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return f.lastRefresh, nil
}

func (f *fakeStore) add(it item.Item) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if it.ID == 0 {
		it.ID = int64(len(f.items) + 1)
	}
	f.items = append(f.items, it)
}

func (f *fakeStore) get(id int64) item.Item {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, it := range f.items {
		if it.ID == id {
			return it
		}
	}
	return item.Item{}
}
