package config

import (
	"fmt"
	"regexp"
)

// typeErr matches the TOML decoder's error for a value of the wrong type.
var typeErr = regexp.MustCompile(`^toml: line (\d+) \(last key "([^"]+)"\): incompatible types: TOML value has type (.+); destination has type (.+)$`)

// tomlWords says in words what a TOML value of a type (as the decoder
// names the value's or the destination's type) is written as.
var tomlWords = map[string]string{
	"string": "text in quotes", "int64": "a whole number", "integer": "a whole number",
	"float64": "a number with a fraction", "float": "a number", "bool": "true or false", "boolean": "true or false",
	"time.Time": "a date", "[]any": "a list", "slice": `a list, e.g. ["a", "b"]`,
	"map[string]any": "a table", "[]map[string]any": "a list of tables", "map": "a table",
}

// wrongType rewrites the decoder's wrong-type error as "line N: key: want
// X, not Y"; other errors, and types it has no words for, pass unchanged.
func wrongType(err error) error {
	m := typeErr.FindStringSubmatch(err.Error())
	if m == nil {
		return err
	}
	got, ok1 := tomlWords[m[3]]
	want, ok2 := tomlWords[m[4]]
	if !ok1 || !ok2 {
		return err
	}
	return fmt.Errorf("line %s: %s: want %s, not %s", m[1], m[2], want, got)
}

// tomlValueWords says in words what a TOML value is, by the type the
// decoder's metadata gives it (MetaData.Type).
var tomlValueWords = map[string]string{
	"String": "text in quotes", "Integer": "a whole number", "Float": "a number with a fraction",
	"Bool": "true or false", "Datetime": "a date", "Array": "a list", "Hash": "a table", "ArrayHash": "a list of tables",
}
