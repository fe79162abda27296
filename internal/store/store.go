// Package store is lode's cache: one SQLite file (pure-Go modernc.org/sqlite,
// WAL mode) holding items, their sections, companies and ideology scores,
// read/starred state, feed polling state and an FTS5 index over the text.
package store

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/lode-reader/lode/internal/item"

	_ "modernc.org/sqlite" // registers the "sqlite" driver
)

// ErrNotFound is returned when an item id is not in the cache.
var ErrNotFound = errors.New("item not found")

// ErrDiskFull is returned when the disk holding the cache has no room left.
var ErrDiskFull = errors.New("the disk holding the cache is full")

// friendly turns SQLite's disk-full error into ErrDiskFull, so users read
// words rather than an error code; other errors pass through.
func friendly(err error) error {
	if err != nil && strings.Contains(err.Error(), "database or disk is full") {
		return ErrDiskFull
	}
	return err
}

// ErrNewerSchema is returned when the cache was written by a newer lode.
var ErrNewerSchema = errors.New("cache was written by a newer lode")

// Store is an open cache. It is safe for concurrent use, and several
// processes may use the same file at once.
type Store struct {
	db   *sql.DB
	path string
	// writeMu queues this process's writers in Go: SQLite allows one writer
	// at a time, and its busy handler polls with sleeps, which wastes time
	// when the poller's workers all write at once. Other processes still
	// wait through the busy timeout.
	writeMu sync.Mutex
	// list answers Counts, Page and Position in memory (listindex.go).
	list listIndex
	// bg tracks the stored search sets being written in the background
	// (searchsets.go); Close waits for them.
	bg sync.WaitGroup
	// feedSQL holds the feed-state statements, prepared on first use
	// (feedstate.go).
	feedSQL feedStmts
	// prefix builds the sets of dense search prefixes in the background
	// (prefixsets.go).
	prefix prefixBuilder
	// ckpt checkpoints the WAL after item writes, off the writer
	// (checkpoint.go).
	ckpt checkpointer
}

// maxIdleConns is how many idle connections a Store keeps open.
const maxIdleConns = 8

// Open opens (creating if needed) the cache at path and migrates its schema.
// The directory must exist.
func Open(path string) (*Store, error) {
	q := url.Values{}
	for _, p := range []string{"busy_timeout(15000)", "journal_mode(WAL)", "synchronous(NORMAL)", "foreign_keys(1)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("open cache %s: %w", path, err)
	}
	// Keep the connections a busy moment opened (the poller's workers, a
	// keystroke's parallel searches): the default keeps two, and every
	// connection opened again parses the schema and runs the pragmas.
	db.SetMaxIdleConns(maxIdleConns)
	s := &Store{db: db, path: path}
	s.list.smallCache = defaultSmallCache
	s.list.storeMin = defaultStoreMin
	s.list.splitAt = defaultSplitAt
	s.list.maxDirty = defaultMaxDirty
	s.prefix.from, s.prefix.min, s.prefix.idle, s.prefix.chars = defaultPrefixFrom, defaultPrefixMin, defaultPrefixIdle, prefixChars
	s.prefix.wordMin = defaultWordMin
	if err := s.migrate(context.Background()); err != nil {
		db.Close()
		return nil, fmt.Errorf("open cache %s: %w", path, err)
	}
	return s, nil
}

// Close closes the cache.
func (s *Store) Close() error {
	s.closePrefixSets()
	s.bg.Wait()
	s.feedSQL.close()
	return s.db.Close()
}

// Path is the cache file's path.
func (s *Store) Path() string { return s.path }

// DB exposes the handle for integrity checks in tests and tools.
func (s *Store) DB() *sql.DB { return s.db }

// migrations are applied in order; user_version records how many ran.
var migrations = []string{
	`CREATE TABLE feeds (
		url TEXT PRIMARY KEY,
		title TEXT NOT NULL DEFAULT '',
		etag TEXT NOT NULL DEFAULT '',
		last_modified TEXT NOT NULL DEFAULT '',
		last_attempt INTEGER NOT NULL DEFAULT 0,
		last_success INTEGER NOT NULL DEFAULT 0,
		last_error TEXT NOT NULL DEFAULT '',
		failures INTEGER NOT NULL DEFAULT 0,
		next_attempt INTEGER NOT NULL DEFAULT 0
	);
	-- items is narrow: everything the list, the filters and the counts read.
	-- The long text lives in item_text, so scans and counts never page
	-- through bodies.
	CREATE TABLE items (
		id INTEGER PRIMARY KEY,
		published INTEGER NOT NULL DEFAULT 0,
		fetched INTEGER NOT NULL DEFAULT 0, -- first seen, unix milliseconds
		read INTEGER NOT NULL DEFAULT 0,
		starred INTEGER NOT NULL DEFAULT 0,
		flagged INTEGER NOT NULL DEFAULT 0,
		score REAL NOT NULL DEFAULT 0,
		feed_url TEXT NOT NULL,
		guid TEXT NOT NULL,
		feed_name TEXT NOT NULL DEFAULT '',
		title TEXT NOT NULL DEFAULT '',
		link TEXT NOT NULL DEFAULT '',
		companies TEXT NOT NULL DEFAULT '[]',
		cls_version TEXT NOT NULL DEFAULT '',
		hash TEXT NOT NULL DEFAULT '',
		UNIQUE (feed_url, guid)
	);
	CREATE TABLE item_text (
		id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
		political_share REAL NOT NULL DEFAULT 0,
		highlights_derived INTEGER NOT NULL DEFAULT 0,
		analysis_title TEXT NOT NULL DEFAULT '',
		reasons TEXT NOT NULL DEFAULT '[]',
		highlights TEXT NOT NULL DEFAULT '[]',
		links TEXT NOT NULL DEFAULT '[]',
		takeaway TEXT NOT NULL DEFAULT '',
		analysis TEXT NOT NULL DEFAULT '',
		body TEXT NOT NULL DEFAULT ''
	);
	CREATE INDEX items_state ON items (read, flagged, starred);
	CREATE INDEX items_newest ON items (published DESC, id DESC);
	CREATE INDEX items_flagged ON items (flagged, published DESC, id DESC);
	CREATE INDEX items_unread ON items (read, published DESC, id DESC);
	-- read mirrors items.read so per-company unread counts need no join.
	CREATE TABLE item_companies (
		company TEXT NOT NULL,
		item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
		read INTEGER NOT NULL DEFAULT 0,
		PRIMARY KEY (company, item_id)
	) WITHOUT ROWID;
	CREATE INDEX item_companies_item ON item_companies (item_id);
	CREATE VIRTUAL TABLE items_fts USING fts5 (title, text, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 2', prefix='2 3', detail='none');
	CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL);`,
	// 2: what the in-memory list index (listindex.go) needs. items_rev
	// counts changes to items, so the index knows when to rebuild, whichever
	// process or connection wrote; items_fts_terms lists the indexed terms,
	// so a long prefix is searched as its few whole words.
	`CREATE TABLE items_rev (n INTEGER NOT NULL);
	INSERT INTO items_rev (n) VALUES (0);
	CREATE TRIGGER items_rev_insert AFTER INSERT ON items BEGIN UPDATE items_rev SET n = n + 1; END;
	CREATE TRIGGER items_rev_update AFTER UPDATE ON items BEGIN UPDATE items_rev SET n = n + 1; END;
	CREATE TRIGGER items_rev_delete AFTER DELETE ON items BEGIN UPDATE items_rev SET n = n + 1; END;
	CREATE VIRTUAL TABLE items_fts_terms USING fts5vocab(items_fts, 'row');`,
	// 3: retention (retention.go). purged remembers the identities of items
	// removed by keep_days or max_items_per_feed, so a feed that still lists
	// them does not bring them back as new.
	`CREATE TABLE purged (
		feed_url TEXT NOT NULL,
		guid TEXT NOT NULL,
		purged INTEGER NOT NULL, -- unix seconds
		PRIMARY KEY (feed_url, guid)
	) WITHOUT ROWID;`,
	// 4: a permanent redirect to another host waits for the user's
	// confirmation (lode feeds accept) in pending_url.
	`ALTER TABLE feeds ADD COLUMN pending_url TEXT NOT NULL DEFAULT '';`,
	// 5: subjects and mentions. items.companies and item_companies keep
	// holding the subjects (so filters and counts stay as fast); mentions,
	// candidate names, minerals and the evidence for each are added, with
	// an index of mentions and one of minerals. Existing items are analysed
	// again on start (ingest.Rescore: the enrichment version changed).
	`ALTER TABLE items ADD COLUMN mentions TEXT NOT NULL DEFAULT '[]';
	ALTER TABLE items ADD COLUMN candidates TEXT NOT NULL DEFAULT '[]';
	ALTER TABLE items ADD COLUMN minerals TEXT NOT NULL DEFAULT '[]';
	ALTER TABLE item_text ADD COLUMN evidence TEXT NOT NULL DEFAULT '[]';
	CREATE TABLE item_mentions (
		company TEXT NOT NULL,
		item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
		PRIMARY KEY (company, item_id)
	) WITHOUT ROWID;
	CREATE INDEX item_mentions_item ON item_mentions (item_id);
	-- read mirrors items.read, as in item_companies.
	CREATE TABLE item_minerals (
		mineral TEXT NOT NULL,
		item_id INTEGER NOT NULL REFERENCES items(id) ON DELETE CASCADE,
		read INTEGER NOT NULL DEFAULT 0,
		PRIMARY KEY (mineral, item_id)
	) WITHOUT ROWID;
	CREATE INDEX item_minerals_item ON item_minerals (item_id);`,
	// 6: backfill marks items that arrived long after they were published
	// (see BackfillGrace): they are never announced as new.
	`ALTER TABLE items ADD COLUMN backfill INTEGER NOT NULL DEFAULT 0;`,
	// 7: full text (feeds with full_text on): where an item's sections came
	// from ('' the feed, 'article' the article page) and the feed's own
	// summary, kept when the article page replaced it.
	`ALTER TABLE item_text ADD COLUMN source TEXT NOT NULL DEFAULT '';
	ALTER TABLE item_text ADD COLUMN feed_summary TEXT NOT NULL DEFAULT '';`,
	// 8: the validators (ETag, Last-Modified) of each item's article page,
	// for a conditional GET when it is fetched again (articles.go); they
	// go with their item.
	`CREATE TABLE article_pages (
		item_id INTEGER PRIMARY KEY REFERENCES items(id) ON DELETE CASCADE,
		url TEXT NOT NULL,
		etag TEXT NOT NULL DEFAULT '',
		last_modified TEXT NOT NULL DEFAULT ''
	);`,
	// 9: whole-cache counts without a scan (counts.go): item_counts holds
	// how many items have each read/flagged/starred state, kept by
	// triggers on items, so the first frame's counts and the tabs' unread
	// counts cost a lookup at any cache size. Filled once from items.
	`CREATE TABLE item_counts (
		read INTEGER NOT NULL,
		flagged INTEGER NOT NULL,
		starred INTEGER NOT NULL,
		n INTEGER NOT NULL,
		PRIMARY KEY (read, flagged, starred)
	) WITHOUT ROWID;
	INSERT INTO item_counts (read, flagged, starred, n)
		SELECT read != 0, flagged != 0, starred != 0, count(*) FROM items GROUP BY 1, 2, 3;
	CREATE TRIGGER item_counts_insert AFTER INSERT ON items BEGIN
		INSERT INTO item_counts (read, flagged, starred, n) VALUES (new.read != 0, new.flagged != 0, new.starred != 0, 1)
			ON CONFLICT (read, flagged, starred) DO UPDATE SET n = n + 1;
	END;
	CREATE TRIGGER item_counts_delete AFTER DELETE ON items BEGIN
		UPDATE item_counts SET n = n - 1
			WHERE read = (old.read != 0) AND flagged = (old.flagged != 0) AND starred = (old.starred != 0);
	END;
	CREATE TRIGGER item_counts_update AFTER UPDATE OF read, flagged, starred ON items
		WHEN (old.read != 0) != (new.read != 0) OR (old.flagged != 0) != (new.flagged != 0) OR (old.starred != 0) != (new.starred != 0)
	BEGIN
		UPDATE item_counts SET n = n - 1
			WHERE read = (old.read != 0) AND flagged = (old.flagged != 0) AND starred = (old.starred != 0);
		INSERT INTO item_counts (read, flagged, starred, n) VALUES (new.read != 0, new.flagged != 0, new.starred != 0, 1)
			ON CONFLICT (read, flagged, starred) DO UPDATE SET n = n + 1;
	END;`,
	// 10: stored search sets (searchsets.go): the matches of searches that
	// match much of a large cache, as bitsets over item ids, and the log of
	// the ids whose indexed text changed (written by Upsert when it replaces
	// an item's full-text row, and here when an item is deleted), which
	// brings a stored set up to date when it is read.
	`CREATE TABLE search_sets (
		expr TEXT PRIMARY KEY,
		seq INTEGER NOT NULL,
		upto INTEGER NOT NULL,
		bits BLOB NOT NULL
	);
	CREATE TABLE search_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, id INTEGER NOT NULL);
	CREATE TRIGGER search_changes_delete AFTER DELETE ON items BEGIN
		INSERT INTO search_changes (id) VALUES (old.id);
	END;`,
	// 11: the full-text index merges a level's segments once it holds 16
	// of them rather than FTS5's default 4. A refresh writes one segment
	// per transaction, and merging them was a sixth of the writer's time;
	// with 16, each row is merged about half as often (levels grow 16
	// times per step instead of 4). Searches read a few more segments: on
	// a refresh-built cache of 100,000 items the FTS5 queries of a search
	// took 0–9% more CPU (docs/benchmarks.md, "Sixth session").
	`INSERT INTO items_fts (items_fts, rank) VALUES ('automerge', 16);`,
}

// SchemaVersion is the schema version this lode writes.
func SchemaVersion() int { return len(migrations) }

func (s *Store) migrate(ctx context.Context) error {
	var v int
	if err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if v > len(migrations) {
		return fmt.Errorf("%w (schema %d, this lode knows %d): upgrade lode or use another --home", ErrNewerSchema, v, len(migrations))
	}
	for i := v; i < len(migrations); i++ {
		tx, err := s.db.BeginTx(ctx, nil)
		if err != nil {
			return fmt.Errorf("migrate to schema %d: %w", i+1, err)
		}
		// Another process may have migrated while we waited for the lock.
		var now int
		if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&now); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate: %w", err)
		}
		if now > i {
			tx.Rollback()
			continue
		}
		if _, err := tx.ExecContext(ctx, migrations[i]); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate to schema %d: %w", i+1, err)
		}
		if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", i+1)); err != nil {
			tx.Rollback()
			return fmt.Errorf("migrate to schema %d: %w", i+1, err)
		}
		if err := tx.Commit(); err != nil {
			return fmt.Errorf("migrate to schema %d: %w", i+1, err)
		}
	}
	return nil
}

// Check runs SQLite's integrity check and returns an error unless it says ok.
func (s *Store) Check(ctx context.Context) error {
	var res string
	if err := s.db.QueryRowContext(ctx, "PRAGMA integrity_check").Scan(&res); err != nil {
		return fmt.Errorf("integrity check: %w", err)
	}
	if res != "ok" {
		return fmt.Errorf("integrity check: %s", res)
	}
	return nil
}

func unix(t time.Time) int64 {
	if t.IsZero() {
		return 0
	}
	return t.Unix()
}

func fromUnix(v int64) time.Time {
	if v == 0 {
		return time.Time{}
	}
	return time.Unix(v, 0).UTC()
}

// ftsText is what the full-text index holds for an item besides its title.
func ftsText(it item.Item) string {
	return string(appendFTSText(nil, it))
}

// appendFTSText appends ftsText(it) to b.
func appendFTSText(b []byte, it item.Item) []byte {
	// Derived highlights are sentences of the body: indexing them again
	// would only cost refresh time.
	if !it.Sections.HighlightsDerived {
		for _, h := range it.Sections.Highlights {
			b = append(b, h...)
			b = append(b, '\n')
		}
	}
	for _, s := range []string{it.Sections.Body, it.Sections.Analysis, it.Sections.Takeaway} {
		b = append(b, s...)
		b = append(b, '\n')
	}
	for _, names := range [][]string{it.Companies, it.Mentions, it.Minerals} {
		for i, n := range names {
			if i > 0 {
				b = append(b, '\n')
			}
			b = append(b, n...)
		}
		b = append(b, '\n')
	}
	return b
}

// BackfillGrace is how long before its feed's previous successful fetch
// (or, on the feed's first fetch, before that fetch) an item may have been
// published and still count as news when it arrives. An item published
// earlier is a backfill: old items a feed lists when it is first fetched,
// after a long outage or when it republishes its archive. A backfill is
// cached and listed like any item, but never announced as new (see
// UpsertResult.FreshIDs) and selected by Query.Since only by its
// publication date. An undated item is dated by its arrival; on a feed's
// first fetch it is a backfill too.
const BackfillGrace = 48 * time.Hour

// Upsert stores items in one transaction. An item is keyed by feed URL and
// GUID: a new key is inserted; a known key whose Hash changed is updated in
// place and keeps its read/starred state; an unchanged one is left alone.
// A new item is marked as a backfill or not (see BackfillGrace) from the
// feed's last success as recorded before this fetch saves its state.
func (s *Store) Upsert(ctx context.Context, items []item.Item) (UpsertResult, error) {
	if len(items) == 0 {
		return UpsertResult{}, nil
	}
	rs, err := s.UpsertRows(ctx, [][]Row{PrepareRows(items)})
	if err != nil {
		return UpsertResult{}, err
	}
	return rs[0], nil
}

// UpsertBatches is Upsert of several batches (the items of several feeds)
// in one transaction, with one result per batch: a refresh writes many
// feeds for the cost of one commit, and the full-text index takes all their
// rows at once. On an error nothing is written.
func (s *Store) UpsertBatches(ctx context.Context, batches [][]item.Item) ([]UpsertResult, error) {
	return s.upsertBatches(ctx, batches, nil)
}

// upsertBatches is UpsertBatches; with revs, it also reads the items_rev
// counter at the start and the end of its transaction (see Rescored).
func (s *Store) upsertBatches(ctx context.Context, batches [][]item.Item, revs *[2]int64) ([]UpsertResult, error) {
	rows := make([][]Row, len(batches))
	for i, b := range batches {
		rows[i] = PrepareRows(b)
	}
	return s.upsertRows(ctx, rows, nil, revs)
}

// UpsertRows is UpsertBatches of rows made by PrepareRow: a refresh's
// workers prepare their feed's rows, and its one writer only writes them.
func (s *Store) UpsertRows(ctx context.Context, batches [][]Row) ([]UpsertResult, error) {
	return s.upsertRows(ctx, batches, nil, nil)
}

// Batch is one feed's part of a write: its rows (PrepareRow) and, when
// State is set, the feed's polling state after this fetch.
type Batch struct {
	// Rows are the feed's items, prepared by PrepareRow.
	Rows []Row
	// State, when not nil, is the feed's state to save after the rows.
	State *FeedState
}

// WriteBatches is UpsertRows of several feeds' batches that also saves each
// batch's feed state in the same transaction, after every row (so a new
// item's backfill cutoff is read from the state before this fetch): a
// refresh's writer commits each feed's items and its validators together,
// and a crash keeps both or neither.
func (s *Store) WriteBatches(ctx context.Context, batches []Batch) ([]UpsertResult, error) {
	rows := make([][]Row, len(batches))
	var states []*FeedState
	for i, b := range batches {
		rows[i] = b.Rows
		if b.State != nil {
			states = append(states, b.State)
		}
	}
	return s.upsertRows(ctx, rows, states, nil)
}

// upsertRows is UpsertRows that also saves states; with revs, it also reads
// the items_rev counter at the start and the end of its transaction.
func (s *Store) upsertRows(ctx context.Context, batches [][]Row, states []*FeedState, revs *[2]int64) (out []UpsertResult, err error) {
	defer func() { err = friendly(err) }()
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	out = make([]UpsertResult, len(batches))
	total := 0
	for _, b := range batches {
		total += len(b)
	}
	if total == 0 && len(states) == 0 {
		return out, nil
	}
	conn, err := s.writeConn(ctx)
	if err != nil {
		return nil, fmt.Errorf("store items: %w", err)
	}
	defer conn.release()
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store items: %w", err)
	}
	defer tx.Rollback()
	// The statements run without ctx's end: the driver watches a context
	// that can end with a goroutine per statement (tens of thousands in a
	// refresh, each one more for the scheduler beside the writer), and a
	// statement of this transaction never waits for a lock (BEGIN IMMEDIATE
	// took the write lock; the checkpoint is not the writer's). When ctx
	// ends, database/sql rolls the transaction back after the statement
	// running then.
	ctx = context.WithoutCancel(ctx)
	if revs != nil {
		if revs[0], err = txRevision(ctx, tx); err != nil {
			return nil, err
		}
	}
	w := &upsertTx{ctx: ctx, tx: tx}
	if err := w.prepare(); err != nil {
		return nil, err
	}
	defer w.close()
	nowTime := time.Now()
	w.now, w.nowMs = nowTime.Unix(), nowTime.UnixMilli()
	w.cutoffs, w.firstFetch = map[string]int64{}, map[string]bool{}
	for bi, rows := range batches {
		if err := w.lookup(rows); err != nil {
			return nil, err
		}
		for i := range rows {
			if err := w.one(&rows[i], &out[bi]); err != nil {
				return nil, err
			}
		}
	}
	if err := indexText(ctx, tx, w.index); err != nil {
		return nil, err
	}
	if err := w.newLinks(); err != nil {
		return nil, err
	}
	if err := w.links.insert(ctx, tx); err != nil {
		return nil, err
	}
	if err := saveStates(ctx, tx, states); err != nil {
		return nil, err
	}
	if revs != nil {
		if revs[1], err = txRevision(ctx, tx); err != nil {
			return nil, err
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, friendly(err)
	}
	s.ckpt.written(s, total)
	return out, nil
}

// memConn is a connection whose statement journals stay in memory until
// release: the large multi-row statements of a write copy each page they
// change to the statement journal, which SQLite otherwise spills to a
// temporary file past 64 KiB, two write system calls per page. Only the
// write transaction gets it: on every other connection temporary storage
// (VACUUM's copy of the cache, large sorts) stays on disk.
type memConn struct{ *sql.Conn }

// writeConn takes a connection from the pool for one write transaction.
func (s *Store) writeConn(ctx context.Context) (memConn, error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return memConn{}, err
	}
	for _, q := range []string{"PRAGMA temp_store = MEMORY", "PRAGMA wal_autocheckpoint = 0"} {
		if _, err := conn.ExecContext(ctx, q); err != nil {
			conn.Close()
			return memConn{}, err
		}
	}
	return memConn{conn}, nil
}

// release puts the connection back with temporary storage on disk again,
// or drops it when that fails.
func (c memConn) release() {
	for _, q := range []string{"PRAGMA temp_store = DEFAULT", fmt.Sprintf("PRAGMA wal_autocheckpoint = %d", defaultAutoCheckpoint)} {
		if _, err := c.ExecContext(context.Background(), q); err != nil {
			c.Raw(func(any) error { return driver.ErrBadConn })
			break
		}
	}
	c.Close()
}

// upsertTx is one Upsert transaction: its statements, clock, the
// backfill cutoffs read so far and the rows queued for the end.
type upsertTx struct {
	ctx            context.Context
	tx             *sql.Tx
	ins, upd, text *sql.Stmt
	now, nowMs     int64
	// cutoffs holds, per feed, the publication time before which a new item
	// is a backfill; zero for an undated item on the feed's first fetch.
	cutoffs    map[string]int64
	firstFetch map[string]bool
	// cached and purged are what the cache holds of the identities of the
	// batch being written (lookup); cached is kept up to date as it is.
	cached map[itemKey]cachedItem
	purged map[itemKey]bool
	index  []any // full-text rows, written in batches at the end
	links  linkRows
	// firstNew is the id of the first item this write inserted (0: none);
	// every item from it on is new, and its links are read from its own
	// JSON columns at the end (newLinks).
	firstNew int64
}

// itemKey is an item's identity in the cache.
type itemKey struct{ feed, guid string }

// cachedItem is what Upsert compares a cached item with.
type cachedItem struct {
	id                int64
	hash, ver, source string
}

func (w *upsertTx) prepare() error {
	var err error
	prep := func(q string) *sql.Stmt {
		if err != nil {
			return nil
		}
		var st *sql.Stmt
		st, err = w.tx.PrepareContext(w.ctx, q)
		return st
	}
	w.ins = prep(`INSERT INTO items (feed_url, feed_name, guid, title, link, published, fetched,
		companies, score, flagged, cls_version, hash, mentions, candidates, minerals, backfill) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`)
	w.upd = prep(`UPDATE items SET feed_name=?, title=?, link=?, published=?,
		companies=?, score=?, flagged=?, cls_version=?, hash=?, mentions=?, candidates=?, minerals=? WHERE id=?`)
	w.text = prep(`INSERT OR REPLACE INTO item_text (id, political_share, highlights_derived, analysis_title,
		reasons, highlights, links, takeaway, analysis, body, evidence, source, feed_summary) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)`)
	if err != nil {
		w.close()
		return fmt.Errorf("store items: %w", err)
	}
	return nil
}

func (w *upsertTx) close() {
	for _, st := range []*sql.Stmt{w.ins, w.upd, w.text} {
		if st != nil {
			st.Close()
		}
	}
}

// lookupChunk is how many GUIDs one lookup query asks about.
const lookupChunk = 500

// lookup reads what the cache holds of the identities in rows, a few
// queries per feed rather than two per item.
func (w *upsertTx) lookup(rows []Row) error {
	w.cached, w.purged = map[itemKey]cachedItem{}, map[itemKey]bool{}
	byFeed := map[string][]any{}
	var order []string
	for i := range rows {
		it := &rows[i].Item
		if _, ok := byFeed[it.FeedURL]; !ok {
			order = append(order, it.FeedURL)
		}
		byFeed[it.FeedURL] = append(byFeed[it.FeedURL], it.GUID)
	}
	for _, feed := range order {
		guids := byFeed[feed]
		for len(guids) > 0 {
			n := min(len(guids), lookupChunk)
			args := append([]any{feed}, guids[:n]...)
			guids = guids[n:]
			in := placeholders(n)
			err := w.scan(`SELECT i.guid, i.id, i.hash, i.cls_version, coalesce(t.source, '') FROM items i
				LEFT JOIN item_text t ON t.id = i.id WHERE i.feed_url = ? AND i.guid IN (`+in+`)`, args, func(r *sql.Rows) error {
				var g string
				var c cachedItem
				if err := r.Scan(&g, &c.id, &c.hash, &c.ver, &c.source); err != nil {
					return err
				}
				w.cached[itemKey{feed, g}] = c
				return nil
			})
			if err == nil {
				err = w.scan(`SELECT guid FROM purged WHERE feed_url = ? AND guid IN (`+in+`)`, args, func(r *sql.Rows) error {
					var g string
					if err := r.Scan(&g); err != nil {
						return err
					}
					w.purged[itemKey{feed, g}] = true
					return nil
				})
			}
			if err != nil {
				return fmt.Errorf("look up cached items of %s: %w", feed, err)
			}
		}
	}
	return nil
}

// scan runs a query in the transaction and calls row for each row.
func (w *upsertTx) scan(q string, args []any, row func(*sql.Rows) error) error {
	rs, err := w.tx.QueryContext(w.ctx, q, args...)
	if err != nil {
		return err
	}
	defer rs.Close()
	for rs.Next() {
		if err := row(rs); err != nil {
			return err
		}
	}
	return rs.Err()
}

func (w *upsertTx) cutoff(feedURL string) (int64, bool, error) {
	if c, ok := w.cutoffs[feedURL]; ok {
		return c, w.firstFetch[feedURL], nil
	}
	var last int64
	err := w.tx.QueryRowContext(w.ctx, `SELECT last_success FROM feeds WHERE url = ?`, feedURL).Scan(&last)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return 0, false, fmt.Errorf("read last fetch of %s: %w", feedURL, err)
	}
	first := last == 0
	if first {
		last = w.now
	}
	w.cutoffs[feedURL], w.firstFetch[feedURL] = last-int64(BackfillGrace/time.Second), first
	return w.cutoffs[feedURL], first, nil
}

// one writes one row, counting it in res and queueing its full-text row
// and its company and mineral links.
func (w *upsertTx) one(row *Row, res *UpsertResult) error {
	ctx, tx := w.ctx, w.tx
	it := &row.Item
	key := itemKey{it.FeedURL, it.GUID}
	c, known := w.cached[key]
	id := c.id
	sec := it.Sections
	switch {
	case !known:
		if w.purged[key] {
			res.Pruned++
			return nil
		}
		cut, first, err := w.cutoff(it.FeedURL)
		if err != nil {
			return err
		}
		pub := unix(it.Published)
		backfill := pub != 0 && pub < cut
		if pub == 0 {
			pub, backfill = w.now, first
		}
		r, err := w.ins.ExecContext(ctx, it.FeedURL, it.FeedName, it.GUID, it.Title, it.Link, pub, w.nowMs,
			row.companies, it.Ideology.Score, it.Ideology.Flagged, it.Ideology.Version, it.Hash,
			row.mentions, row.candidates, row.minerals, backfill)
		if err != nil {
			return fmt.Errorf("store item %q: %w", it.Title, err)
		}
		id, _ = r.LastInsertId()
		if w.firstNew == 0 {
			w.firstNew = id
		}
		res.New++
		res.NewIDs = append(res.NewIDs, id)
		if backfill {
			res.Backfilled++
		} else {
			res.FreshIDs = append(res.FreshIDs, id)
		}
		res.NewGUIDs = append(res.NewGUIDs, it.GUID)
	case c.hash == it.Hash && c.ver == it.Ideology.Version && c.source == it.TextSource:
		res.Unchanged++
		return nil
	case c.hash == it.Hash && c.source == item.SourceArticle && it.TextSource != item.SourceArticle:
		// The feed repeats an item whose article page was fetched: keep the article.
		res.Unchanged++
		return nil
	default:
		if _, err := w.upd.ExecContext(ctx, it.FeedName, it.Title, it.Link, publishedOr(ctx, tx, id, it.Published),
			row.companies, it.Ideology.Score, it.Ideology.Flagged, it.Ideology.Version, it.Hash,
			row.mentions, row.candidates, row.minerals, id); err != nil {
			return fmt.Errorf("update item %q: %w", it.Title, err)
		}
		if c.hash != it.Hash {
			res.Updated++
		} else {
			res.Unchanged++
		}
		if !row.keepIndex {
			if _, err := tx.ExecContext(ctx, `DELETE FROM items_fts WHERE rowid = ?`, id); err != nil {
				return fmt.Errorf("update index: %w", err)
			}
			// Stored search sets re-check this id (searchsets.go).
			if _, err := tx.ExecContext(ctx, `INSERT INTO search_changes (id) VALUES (?)`, id); err != nil {
				return fmt.Errorf("update index: %w", err)
			}
		}
		for _, table := range []string{"item_companies", "item_mentions", "item_minerals"} {
			if _, err := tx.ExecContext(ctx, `DELETE FROM `+table+` WHERE item_id = ?`, id); err != nil {
				return fmt.Errorf("update companies: %w", err)
			}
		}
	}
	// A later row of the same identity in this write sees this one.
	w.cached[key] = cachedItem{id: id, hash: it.Hash, ver: it.Ideology.Version, source: it.TextSource}
	if _, err := w.text.ExecContext(ctx, id, it.Ideology.PoliticalShare, sec.HighlightsDerived, sec.AnalysisTitle,
		row.reasons, row.highlights, row.links,
		sec.Takeaway, sec.Analysis, sec.Body, row.evidence, it.TextSource, it.FeedSummary); err != nil {
		return fmt.Errorf("store text of %q: %w", it.Title, err)
	}
	if !row.keepIndex || !known { // a new item is always indexed
		w.index = append(w.index, id, it.Title, row.words)
	}
	if known {
		w.links.add(id, *it)
	}
	return nil
}

// newLinks writes the company, mention and mineral rows of the items this
// write inserted, from the items' own JSON columns in one statement per
// table: nothing to bind, and no statement to parse for each write's count
// of rows.
func (w *upsertTx) newLinks() error {
	if w.firstNew == 0 {
		return nil
	}
	for _, t := range []struct{ what, q string }{
		{"companies", `INSERT OR IGNORE INTO item_companies (company, item_id, read)
			SELECT j.value, i.id, i.read FROM items i, json_each(i.companies) j WHERE i.id >= ?`},
		{"mentions", `INSERT OR IGNORE INTO item_mentions (company, item_id)
			SELECT j.value, i.id FROM items i, json_each(i.mentions) j WHERE i.id >= ?`},
		{"minerals", `INSERT OR IGNORE INTO item_minerals (mineral, item_id, read)
			SELECT j.value, i.id, i.read FROM items i, json_each(i.minerals) j WHERE i.id >= ?`},
	} {
		if _, err := w.tx.ExecContext(w.ctx, t.q, w.firstNew); err != nil {
			return fmt.Errorf("store %s: %w", t.what, err)
		}
	}
	return nil
}

// linkRows are the company, mention and mineral rows of an Upsert, written
// many per statement at its end.
type linkRows struct {
	companies, mentions, minerals []any // (name, item id) pairs
}

func (l *linkRows) add(id int64, it item.Item) {
	for _, c := range it.Companies {
		l.companies = append(l.companies, c, id)
	}
	for _, c := range it.Mentions {
		l.mentions = append(l.mentions, c, id)
	}
	for _, m := range it.Minerals {
		l.minerals = append(l.minerals, m, id)
	}
}

// insert writes the queued rows; the read flag of company and mineral rows
// is copied from the item.
func (l *linkRows) insert(ctx context.Context, tx *sql.Tx) error {
	for _, t := range []struct {
		what, q string
		rows    []any
	}{
		{"companies", `INSERT OR IGNORE INTO item_companies (company, item_id, read)
			SELECT v.column1, v.column2, (SELECT read FROM items WHERE id = v.column2) FROM (VALUES %s) v`, l.companies},
		{"mentions", `INSERT OR IGNORE INTO item_mentions (company, item_id) SELECT column1, column2 FROM (VALUES %s)`, l.mentions},
		{"minerals", `INSERT OR IGNORE INTO item_minerals (mineral, item_id, read)
			SELECT v.column1, v.column2, (SELECT read FROM items WHERE id = v.column2) FROM (VALUES %s) v`, l.minerals},
	} {
		const pairsPerStmt = 500
		for rows := t.rows; len(rows) > 0; {
			n := min(len(rows), 2*pairsPerStmt)
			q := fmt.Sprintf(t.q, strings.TrimSuffix(strings.Repeat("(?,?),", n/2), ","))
			if _, err := tx.ExecContext(ctx, q, rows[:n]...); err != nil {
				return fmt.Errorf("store %s: %w", t.what, err)
			}
			rows = rows[n:]
		}
	}
	return nil
}

// indexText adds (rowid, title, text) triples to the full-text index, many
// rows per statement: FTS5 flushes its pending terms at every statement's
// savepoint, so one row per statement writes many tiny segments that it then
// spends most of a refresh merging.
func indexText(ctx context.Context, tx *sql.Tx, triples []any) error {
	const rowsPerStmt = 1000
	for len(triples) > 0 {
		n := min(len(triples), rowsPerStmt*3)
		chunk := triples[:n]
		triples = triples[n:]
		q := "INSERT INTO items_fts (rowid, title, text) VALUES " + strings.TrimSuffix(strings.Repeat("(?,?,?),", n/3), ",")
		if _, err := tx.ExecContext(ctx, q, chunk...); err != nil {
			return fmt.Errorf("index items: %w", err)
		}
	}
	return nil
}

// publishedOr keeps the stored date when an update carries none.
func publishedOr(ctx context.Context, tx *sql.Tx, id int64, t time.Time) int64 {
	if !t.IsZero() {
		return t.Unix()
	}
	var v int64
	_ = tx.QueryRowContext(ctx, `SELECT published FROM items WHERE id = ?`, id).Scan(&v)
	return v
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
