// Command worker would restock the inventory; it is the second main package of the module.
package main

import (
	"fmt"

	"example.com/greet"
)

func main() {
	fmt.Println(greet.Hello("worker"))
}
