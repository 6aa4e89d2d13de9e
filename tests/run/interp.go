// A small interpreter: tokenizer, recursive-descent parser to an AST of interfaces, evaluator with variables.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Node interface {
	Eval(env map[string]int) (int, error)
}

type Num int
type Var string
type BinOp struct {
	Op   byte
	L, R Node
}
type Assign struct {
	Name string
	Val  Node
}

func (n Num) Eval(map[string]int) (int, error) { return int(n), nil }
func (v Var) Eval(env map[string]int) (int, error) {
	x, ok := env[string(v)]
	if !ok {
		return 0, fmt.Errorf("undefined: %s", string(v))
	}
	return x, nil
}
func (b *BinOp) Eval(env map[string]int) (int, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, fmt.Errorf("division by zero")
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad op %c", b.Op)
}
func (a *Assign) Eval(env map[string]int) (int, error) {
	v, err := a.Val.Eval(env)
	if err == nil {
		env[a.Name] = v
	}
	return v, err
}

type parser struct {
	toks []string
	pos  int
}

func tokenize(s string) []string {
	var toks []string
	for i := 0; i < len(s); {
		j := i + 1
		if !strings.Contains("+-*/()= ", s[i:i+1]) {
			for j < len(s) && !strings.Contains("+-*/()= ", s[j:j+1]) {
				j++
			}
		}
		if s[i] != ' ' {
			toks = append(toks, s[i:j])
		}
		i = j
	}
	return toks
}

func (p *parser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}
func (p *parser) next() string { t := p.peek(); p.pos++; return t }

func (p *parser) stmt() Node {
	if len(p.toks) > 2 && p.toks[1] == "=" {
		name := p.next()
		p.next()
		return &Assign{name, p.expr()}
	}
	return p.expr()
}
func (p *parser) expr() Node {
	n := p.term()
	for p.peek() == "+" || p.peek() == "-" {
		op := p.next()[0]
		n = &BinOp{op, n, p.term()}
	}
	return n
}
func (p *parser) term() Node {
	n := p.factor()
	for p.peek() == "*" || p.peek() == "/" {
		op := p.next()[0]
		n = &BinOp{op, n, p.factor()}
	}
	return n
}
func (p *parser) factor() Node {
	t := p.next()
	if t == "(" {
		n := p.expr()
		p.next()
		return n
	}
	if t == "-" {
		return &BinOp{'-', Num(0), p.factor()}
	}
	if v, err := strconv.Atoi(t); err == nil {
		return Num(v)
	}
	return Var(t)
}

func main() {
	env := map[string]int{}
	prog := []string{"x = 6 * 7", "y = (x - 2) / 4", "x + y * 2", "z = -(x + 1) * -2", "z / (y - 10)", "w + 1", "big = 1000000 * 1000000 * 1000", "big / 7"}
	for _, line := range prog {
		p := &parser{toks: tokenize(line)}
		v, err := p.stmt().Eval(env)
		if err != nil {
			fmt.Printf("%-32s => error: %v\n", line, err)
			continue
		}
		fmt.Printf("%-32s => %d\n", line, v)
	}
	fmt.Println(env)
}
