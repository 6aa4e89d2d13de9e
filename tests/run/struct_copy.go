// Struct value semantics: assignment, parameters, results, arrays/slices/maps of structs, comparison.
package main

import "fmt"

type Vec struct{ X, Y, Z float64 }

type Body struct {
	Name string
	Pos  Vec
	Vel  Vec
	Hist [3]Vec
}

func (v Vec) Add(w Vec) Vec       { return Vec{v.X + w.X, v.Y + w.Y, v.Z + w.Z} }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k, v.Z * k} }
func (b *Body) Step(dt float64) {
	b.Hist[0], b.Hist[1], b.Hist[2] = b.Hist[1], b.Hist[2], b.Pos
	b.Pos = b.Pos.Add(b.Vel.Scale(dt))
}

func reset(b Body) Body {
	b.Pos = Vec{}
	return b
}

func main() {
	b := Body{Name: "probe", Pos: Vec{1, 2, 3}, Vel: Vec{0.5, -1, 2}}
	c := b
	for i := 0; i < 4; i++ {
		b.Step(0.5)
	}
	fmt.Println(b.Pos, b.Hist)
	fmt.Println(c.Pos, c.Hist)
	r := reset(b)
	fmt.Println(r.Pos, b.Pos, r.Name)
	bodies := []Body{b, c}
	bodies[0].Name = "first"
	fmt.Println(b.Name, bodies[0].Name)
	for _, x := range bodies {
		x.Name = "changed"
	}
	fmt.Println(bodies[0].Name, bodies[1].Name)
	for i := range bodies {
		bodies[i].Name = fmt.Sprint("body", i)
	}
	fmt.Println(bodies[0].Name, bodies[1].Name)
	m := map[string]Vec{"a": {1, 1, 1}}
	v := m["a"]
	v.X = 100
	fmt.Println(m["a"], v)
	m["a"] = v
	fmt.Println(m["a"])
	// Comparison of structs with arrays inside.
	d := c
	fmt.Println(d == c, d.Hist == c.Hist, d.Pos == Vec{1, 2, 3})
	d.Hist[2].Z = 1
	fmt.Println(d == c)
	// Swap structs.
	p, q := Vec{1, 0, 0}, Vec{0, 1, 0}
	p, q = q, p
	fmt.Println(p, q)
	// Struct in an array field updated via pointer.
	ptr := &bodies[1].Hist[0]
	ptr.Y = 42
	fmt.Println(bodies[1].Hist[0])
}
