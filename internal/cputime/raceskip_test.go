package cputime

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestRaceSkippedRunInCI: every test that skips under the race detector
// (it calls SkipUnderRace or Linear) is named in .ci/run's list of tests it
// runs without -race, with its package, so a skip never hides a test from
// CI; and the list names no test that no longer exists.
func TestRaceSkippedRunInCI(t *testing.T) {
	root := filepath.Join("..", "..")
	ci, err := os.ReadFile(filepath.Join(root, ".ci", "run"))
	if err != nil {
		t.Fatal(err)
	}
	listed := func(name string) []string {
		m := regexp.MustCompile(`(?m)^` + name + `='([^']*)'$`).FindSubmatch(ci)
		if m == nil {
			t.Fatalf(".ci/run has no %s='…' line", name)
		}
		return strings.FieldsFunc(string(m[1]), func(r rune) bool { return r == '|' || r == ' ' })
	}
	tests, pkgs := listed("race_skipped_tests"), listed("race_skipped_pkgs")

	found := map[string]string{} // test name → package directory (./internal/x)
	fset := token.NewFileSet()
	err = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != root {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		for _, decl := range f.Decls {
			fn, ok := decl.(*ast.FuncDecl)
			if !ok || fn.Body == nil || !strings.HasPrefix(fn.Name.Name, "Test") || !skipsUnderRace(fn.Body) {
				continue
			}
			rel, _ := filepath.Rel(root, filepath.Dir(path))
			found[fn.Name.Name] = "./" + filepath.ToSlash(rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(found) < 5 {
		t.Fatalf("found only %d tests that skip under -race: %v (the scan is broken)", len(found), found)
	}
	for name, pkg := range found {
		if !slices.Contains(tests, name) {
			t.Errorf("%s (%s) skips under -race but .ci/run's race_skipped_tests does not run it", name, pkg)
		}
		if !slices.Contains(pkgs, pkg) {
			t.Errorf("%s skips under -race but its package %s is not in .ci/run's race_skipped_pkgs", name, pkg)
		}
	}
	for _, name := range tests {
		if _, ok := found[name]; !ok {
			t.Errorf(".ci/run's race_skipped_tests names %s, which no test that skips under -race is called", name)
		}
	}
}

// skipsUnderRace reports whether body calls SkipUnderRace or Linear, from
// this package or as cputime.X.
func skipsUnderRace(body *ast.BlockStmt) bool {
	hit := false
	ast.Inspect(body, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return !hit
		}
		var name string
		switch fn := call.Fun.(type) {
		case *ast.Ident:
			name = fn.Name
		case *ast.SelectorExpr:
			if x, ok := fn.X.(*ast.Ident); ok && x.Name == "cputime" {
				name = fn.Sel.Name
			}
		}
		hit = hit || name == "SkipUnderRace" || name == "Linear"
		return !hit
	})
	return hit
}
