// A small bank: structs with methods, error values, maps of pointers, transaction log, rollback with defer.
package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrFunds = errors.New("insufficient funds")

type Account struct {
	ID      string
	Balance int64
	Log     []string
}

type Bank struct {
	accounts map[string]*Account
	txCount  int
}

func NewBank() *Bank { return &Bank{accounts: make(map[string]*Account)} }

func (b *Bank) Open(id string, initial int64) *Account {
	a := &Account{ID: id, Balance: initial}
	b.accounts[id] = a
	a.Log = append(a.Log, fmt.Sprintf("open %d", initial))
	return a
}

func (b *Bank) get(id string) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("no account %q", id)
	}
	return a, nil
}

func (b *Bank) Transfer(from, to string, amt int64) (err error) {
	src, err := b.get(from)
	if err != nil {
		return err
	}
	dst, err := b.get(to)
	if err != nil {
		return err
	}
	snapshot := [2]int64{src.Balance, dst.Balance}
	defer func() {
		if err != nil {
			src.Balance, dst.Balance = snapshot[0], snapshot[1]
			src.Log = append(src.Log, "rollback")
		} else {
			b.txCount++
		}
	}()
	dst.Balance += amt
	src.Balance -= amt
	if src.Balance < 0 {
		return fmt.Errorf("transfer %s->%s of %d: %v", from, to, amt, ErrFunds)
	}
	src.Log = append(src.Log, fmt.Sprintf("-%d to %s", amt, to))
	dst.Log = append(dst.Log, fmt.Sprintf("+%d from %s", amt, from))
	return nil
}

func main() {
	b := NewBank()
	b.Open("alice", 100)
	b.Open("bob", 50)
	b.Open("carol", 0)
	ops := []struct {
		from, to string
		amt      int64
	}{{"alice", "bob", 30}, {"bob", "carol", 70}, {"carol", "alice", 100}, {"alice", "dave", 1}, {"bob", "alice", 10}}
	for _, op := range ops {
		if err := b.Transfer(op.from, op.to, op.amt); err != nil {
			fmt.Println("error:", err)
		}
	}
	ids := []string{}
	for id := range b.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var total int64
	for _, id := range ids {
		a := b.accounts[id]
		total += a.Balance
		fmt.Printf("%-6s %4d %v\n", a.ID, a.Balance, a.Log)
	}
	fmt.Println("total", total, "transactions", b.txCount)
}
