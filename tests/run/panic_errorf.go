// panic with an error value prints its Error() text.
package main

import (
	"errors"
	"fmt"
)

var ErrBase = errors.New("base failure")

func main() {
	fmt.Println("start")
	err := fmt.Errorf("loading config %q: %v", "app.conf", ErrBase)
	panic(err)
}
