package ui

import (
	"context"
	"fmt"

	tea "github.com/charmbracelet/bubbletea"
)

// RescoreFunc brings the cache's enrichment (companies, minerals, ideology
// scores) up to date in the background after the dictionary, classifier or
// lexicon changed: newest items first, calling progress after each batch,
// until ctx ends or every item is done. It returns how many it rescored.
type RescoreFunc func(ctx context.Context, progress func(RescoreProgress)) (int, error)

// RescoreProgress reports a running rescore: Done of Total items.
type RescoreProgress struct {
	// Done of Total items are rescored; Total is the count of items to
	// rescore when the run began, raised to Done if more turned up.
	Done, Total int
}

// rescoreState is the reader's view of a background rescore.
type rescoreState struct {
	running  bool
	cancel   context.CancelFunc
	progress RescoreProgress
	// reloaded is set once the list was reloaded after the first batch
	// (the newest items, the ones on screen, are rescored first).
	reloaded bool
}

type rescoreProgressMsg struct {
	p  RescoreProgress
	ch <-chan RescoreProgress
}

type rescoreDoneMsg struct {
	n   int
	err error
}

// startRescore runs the rescore in a command and listens for its progress.
func (m *Model) startRescore() tea.Cmd {
	if m.opts.Rescore == nil || m.rescore.running {
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	m.rescore = rescoreState{running: true, cancel: cancel}
	ch := make(chan RescoreProgress, 1)
	rescore := m.opts.Rescore
	run := func() tea.Msg {
		defer close(ch)
		n, err := rescore(ctx, func(p RescoreProgress) {
			select {
			case ch <- p:
			default: // the reader has not read the last one: a later report supersedes it
				select {
				case <-ch:
				default:
				}
				select {
				case ch <- p:
				default:
				}
			}
		})
		if err != nil {
			err = fmt.Errorf("rescore: %w", err)
		}
		return rescoreDoneMsg{n: n, err: err}
	}
	return tea.Batch(run, listenRescore(ch))
}

func listenRescore(ch <-chan RescoreProgress) tea.Cmd {
	return func() tea.Msg {
		p, ok := <-ch
		if !ok {
			return nil
		}
		return rescoreProgressMsg{p: p, ch: ch}
	}
}

// rescoreMsg handles the rescore's progress and end. The list is reloaded
// after the first batch and at the end, so the rows on screen show the new
// enrichment; the list index is kept current by the store meanwhile.
func (m *Model) rescoreMsg(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case rescoreProgressMsg:
		if !m.rescore.running {
			return nil
		}
		m.rescore.progress = msg.p
		cmds := []tea.Cmd{listenRescore(msg.ch)}
		if !m.rescore.reloaded && msg.p.Done > 0 {
			m.rescore.reloaded = true
			cmds = append(cmds, m.reload())
		}
		return tea.Batch(cmds...)
	case rescoreDoneMsg:
		m.rescore.running = false
		if msg.err != nil {
			return m.setStatus(msg.err.Error(), true)
		}
		if msg.n == 0 {
			return nil
		}
		return tea.Batch(m.setStatus(fmt.Sprintf("rescored %s with the new dictionary and classifier", plural(msg.n, "item")), false),
			m.reload(), m.viewCounts(), warmCmd(m.st))
	}
	return nil
}

// rescoreStatus is the status-bar text of a running rescore, "" otherwise
// and until its first report (a pass that finds the cache current says
// nothing).
func (m Model) rescoreStatus() string {
	if !m.rescore.running || m.rescore.progress == (RescoreProgress{}) {
		return ""
	}
	p := m.rescore.progress
	if p.Total > 0 {
		return fmt.Sprintf("rescoring %s/%s items", count(p.Done), count(p.Total))
	}
	return "rescoring items"
}
