// Built at GOAMD64=v2/v3 by tests/asm.rs and run under qemu-x86_64 -cpu Nehalem.
package main

import (
	"fmt"
	"math/bits"
	"os"
)

func main() {
	// the level's instructions, to be reached only after the check
	n := bits.OnesCount64(uint64(len(os.Args)) * 0x0101010101010101)
	if n == 8 {
		fmt.Println("hello, world")
	}
}
