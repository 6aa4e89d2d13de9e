package main

import (
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Square struct{ S float64 }
type Circle struct{ R float64 }

func (s Square) Area() float64  { return s.S * s.S }
func (s Square) Name() string   { return "square" }
func (c *Circle) Area() float64 { return 3.14159 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

var base = len(registry) + 20

var registry = strings.Join([]string{"square", "circle"}, ",")

func init() { order = append(order, "init shapes.go 1") }

func describe(s Shape) string { return fmt.Sprintf("%s(%v)", s.Name(), s) }

func init() { order = append(order, "init shapes.go 2") }
