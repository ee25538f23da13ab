// Package greet is a tiny dependency of the inventory sample, vendored into vendor/.
package greet

import "fmt"

// Hello greets a caller by name.
func Hello(name string) string {
	return fmt.Sprintf("hello %s", name)
}
