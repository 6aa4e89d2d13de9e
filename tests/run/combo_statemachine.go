// Combination: a tokenizer and state machine driven by goto and labeled loops, with
// states as method values in a map, tokens as interface values in a slice (type
// switch), struct and array equality on tokens, value semantics of structs appended to
// slices, custom error types matched with errors.As, and a deferred recover turning a
// run-time error inside a state into an error result.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Token interface{ Kind() string }

type Num struct{ V int }
type Word struct{ S string }
type Sym [2]byte

func (Num) Kind() string  { return "num" }
func (Word) Kind() string { return "word" }
func (Sym) Kind() string  { return "sym" }

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("at %d: %s", e.Pos, e.Msg) }

func lex(s string) (toks []Token, err error) {
	i := 0
next:
	for i < len(s) {
		c := s[i]
		switch {
		case c == ' ':
			i++
			continue next
		case c >= '0' && c <= '9':
			n := 0
			for i < len(s) && s[i] >= '0' && s[i] <= '9' {
				n = n*10 + int(s[i]-'0')
				i++
			}
			toks = append(toks, Num{n})
		case c >= 'a' && c <= 'z':
			j := i
			for j < len(s) && s[j] >= 'a' && s[j] <= 'z' {
				j++
			}
			toks = append(toks, Word{s[i:j]})
			i = j
		case strings.IndexByte("+-*/=<>!", c) >= 0:
			sym := Sym{c, 0}
			if i+1 < len(s) && s[i+1] == '=' {
				sym[1] = '='
				i++
			}
			toks = append(toks, sym)
			i++
		default:
			return toks, &SyntaxError{i, fmt.Sprintf("unexpected %q", c)}
		}
	}
	return toks, nil
}

type Machine struct {
	stack  []int
	vars   map[string]int
	states map[string]func(Token) (string, error)
	trace  []string
}

func NewMachine() *Machine {
	m := &Machine{vars: map[string]int{}}
	m.states = map[string]func(Token) (string, error){
		"start":  m.start,
		"assign": m.assign,
	}
	return m
}

func (m *Machine) start(t Token) (string, error) {
	switch v := t.(type) {
	case Num:
		m.stack = append(m.stack, v.V)
	case Word:
		if v.S == "set" {
			return "assign", nil
		}
		m.stack = append(m.stack, m.vars[v.S])
	case Sym:
		if len(m.stack) < 2 {
			return "", &SyntaxError{-1, "stack underflow at " + string(v[:1])}
		}
		a, b := m.stack[len(m.stack)-2], m.stack[len(m.stack)-1]
		m.stack = m.stack[:len(m.stack)-2]
		var r int
		switch v {
		case Sym{'+', 0}:
			r = a + b
		case Sym{'-', 0}:
			r = a - b
		case Sym{'*', 0}:
			r = a * b
		case Sym{'/', 0}:
			r = a / b // may panic: recovered by run
		case Sym{'<', '='}:
			if a <= b {
				r = 1
			}
		default:
			return "", fmt.Errorf("unknown operator %s", strings.TrimRight(string(v[:]), "\x00"))
		}
		m.stack = append(m.stack, r)
	}
	return "start", nil
}

func (m *Machine) assign(t Token) (string, error) {
	w, ok := t.(Word)
	if !ok || len(m.stack) == 0 {
		return "", errors.New("bad assignment")
	}
	m.vars[w.S] = m.stack[len(m.stack)-1]
	return "start", nil
}

func (m *Machine) run(src string) (result int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	toks, err := lex(src)
	if err != nil {
		return 0, err
	}
	state := "start"
	k := 0
loop:
	if k == len(toks) {
		goto done
	}
	m.trace = append(m.trace, state+":"+toks[k].Kind())
	state, err = m.states[state](toks[k])
	if err != nil {
		return 0, err
	}
	k++
	goto loop
done:
	if len(m.stack) == 0 {
		return 0, errors.New("empty")
	}
	return m.stack[len(m.stack)-1], nil
}

func main() {
	progs := []string{
		"2 3 + 4 *",
		"10 set x x x * set y y 1 -",
		"1 2 <=",
		"5 0 /",
		"1 +",
		"3 4 !",
		"7 $ 8",
		"set",
	}
	for _, p := range progs {
		m := NewMachine()
		r, err := m.run(p)
		var se *SyntaxError
		fmt.Printf("%-28q %4d  err=%v syntax=%v\n", p, r, err, errors.As(err, &se))
		fmt.Println("  ", strings.Join(m.trace, " "))
	}

	// token equality: structs, arrays and interfaces
	a, _ := lex("x 1 <= 1")
	b, _ := lex("x  1<=1")
	same := len(a) == len(b)
	for i := range a {
		same = same && a[i] == b[i]
	}
	fmt.Println(same, a[1] == Token(Num{1}), a[2] == Token(Sym{'<', '='}), a[0] != Token(Word{"y"}))

	// value semantics: modifying a copy in a slice of structs
	nums := []Num{{1}, {2}}
	n := nums[0]
	n.V = 100
	nums = append(nums, n)
	for i := range nums {
		nums[i].V *= 2
	}
	fmt.Println(nums, n)
}
