package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
)

// ArticlePage is what the cache remembers of the article page an item's
// text was taken from: its URL and the validators its server sent, so the
// page can be asked for again with a conditional GET.
type ArticlePage struct {
	// URL is the page that was fetched: the item's link.
	URL string
	// ETag and LastModified are the validators the page's server sent; ""
	// when it sent none.
	ETag         string
	LastModified string
}

// ArticlePage returns the remembered article page of the item feedURL and
// guid name; the zero ArticlePage when there is none.
func (s *Store) ArticlePage(ctx context.Context, feedURL, guid string) (ArticlePage, error) {
	var p ArticlePage
	err := s.db.QueryRowContext(ctx, `SELECT a.url, a.etag, a.last_modified FROM article_pages a
		JOIN items i ON i.id = a.item_id WHERE i.feed_url = ? AND i.guid = ?`, feedURL, guid).Scan(&p.URL, &p.ETag, &p.LastModified)
	if errors.Is(err, sql.ErrNoRows) {
		return ArticlePage{}, nil
	}
	if err != nil {
		return ArticlePage{}, fmt.Errorf("read article page of %s: %w", guid, err)
	}
	return p, nil
}

// SaveArticlePage remembers the article page of the item feedURL and guid
// name, replacing what was remembered; an item not in the cache is left
// alone. The page is forgotten with its item.
func (s *Store) SaveArticlePage(ctx context.Context, feedURL, guid string, p ArticlePage) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	_, err := s.db.ExecContext(ctx, `INSERT OR REPLACE INTO article_pages (item_id, url, etag, last_modified)
		SELECT id, ?, ?, ? FROM items WHERE feed_url = ? AND guid = ?`, p.URL, p.ETag, p.LastModified, feedURL, guid)
	if err != nil {
		return fmt.Errorf("save article page of %s: %w", guid, friendly(err))
	}
	return nil
}
