package companies

import (
	"fmt"

	"github.com/BurntSushi/toml"
)

// decodeStrict parses the TOML in data into v and refuses a key v has no
// field for, so a misspelt list name in a data file is an error rather
// than a list silently left empty. what names the file in the error
// ("embedded words.toml").
func decodeStrict(data []byte, what string, v any) error {
	md, err := toml.Decode(string(data), v)
	if err != nil {
		return fmt.Errorf("parse %s: %w", what, err)
	}
	if und := md.Undecoded(); len(und) > 0 {
		return fmt.Errorf("parse %s: unknown key %s", what, und[0])
	}
	return nil
}
