//go:build !linux

package store

// lowerPriority does nothing where threads have no priority of their own
// that lode can set; the build still runs on one goroutine.
func lowerPriority() {}
