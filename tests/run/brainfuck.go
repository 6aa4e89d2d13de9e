// A Brainfuck interpreter with precomputed jump table, running a hello-world and a squares program.
package main

import (
	"fmt"
	"strings"
)

func run(prog string, input string) string {
	jump := make([]int, len(prog))
	var stack []int
	for i := 0; i < len(prog); i++ {
		switch prog[i] {
		case '[':
			stack = append(stack, i)
		case ']':
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			jump[i], jump[j] = j, i
		}
	}
	var tape [30000]byte
	var out strings.Builder
	ptr, in := 0, 0
	for pc := 0; pc < len(prog); pc++ {
		switch prog[pc] {
		case '>':
			ptr++
		case '<':
			ptr--
		case '+':
			tape[ptr]++
		case '-':
			tape[ptr]--
		case '.':
			out.WriteByte(tape[ptr])
		case ',':
			if in < len(input) {
				tape[ptr] = input[in]
				in++
			} else {
				tape[ptr] = 0
			}
		case '[':
			if tape[ptr] == 0 {
				pc = jump[pc]
			}
		case ']':
			if tape[ptr] != 0 {
				pc = jump[pc]
			}
		}
	}
	return out.String()
}

const hello = "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+.>++."

// Prints the squares 0..10000 (a classic program by Daniel B. Cristofani).
const squares = `++++[>+++++<-]>[<+++++>-]+<+[>[>+>+<<-]++>>[<<+>>-]>>>[-]++>[-]+>>>+[[-]++++++>>>]<<<[[<++++++++<++>>-]+<.<[>----<-]<]<<[>>>>>[>>>[-]+++++++++<[>-<-]+++++++++>[-[<->-]+[<<<]]<[>+<-]>]<<-]<<-]`

// Reverses its input line.
const reverse = ">,[>,]<[.<]"

func main() {
	fmt.Print(run(hello, ""))
	sq := run(squares, "")
	lines := strings.Split(strings.TrimSpace(sq), "\n")
	fmt.Println(len(lines), lines[:5], lines[len(lines)-1])
	fmt.Println(run(reverse, "!dlrow ,olleh"))
}
