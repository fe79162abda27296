package store

import (
	"context"
	"sync"
)

// defaultAutoCheckpoint is SQLite's wal_autocheckpoint: the WAL pages after
// which a committing connection copies the WAL into the cache file.
const defaultAutoCheckpoint = 1000

// checkpointItems is how many written items make the item writer ask for a
// checkpoint: a refresh's items take about three pages each, so about as
// often as SQLite's own automatic checkpoint would run.
const checkpointItems = 300

// checkpointer runs the WAL checkpoints of item writes on a pooled
// connection of its own, outside writeMu. The item writer's connection
// does not checkpoint (wal_autocheckpoint 0 during its transaction): a
// refresh waits on its one writer, and the checkpoint (copying the WAL's
// pages into the cache file) was a tenth of the writer's time. A PASSIVE
// checkpoint runs beside the next write; what it cannot copy yet is copied
// by the next one, and other connections keep SQLite's automatic
// checkpoint, so the WAL stays bounded if this one falls behind.
type checkpointer struct {
	// run is held while a checkpoint runs; Vacuum holds it too, so that its
	// own checkpoint (which truncates the WAL) never meets this one busy.
	run     sync.Mutex
	mu      sync.Mutex
	pending int  // items written since the last request
	running bool // a checkpoint goroutine is at work
	again   bool // another checkpoint was asked for meanwhile
}

// written counts n items committed by the writer and starts a checkpoint
// when enough have been since the last one.
func (c *checkpointer) written(s *Store, n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.pending += n
	if c.pending < checkpointItems {
		return
	}
	c.pending = 0
	if c.running {
		c.again = true
		return
	}
	c.running = true
	s.bg.Add(1)
	go func() {
		defer s.bg.Done()
		for {
			// An error (a busy cache file, a closed store) leaves the
			// pages to the next checkpoint.
			c.run.Lock()
			_, _ = s.db.ExecContext(context.Background(), "PRAGMA wal_checkpoint(PASSIVE)")
			c.run.Unlock()
			c.mu.Lock()
			if !c.again {
				c.running = false
				c.mu.Unlock()
				return
			}
			c.again = false
			c.mu.Unlock()
		}
	}()
}
