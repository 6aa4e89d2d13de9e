// Combination: maps of structs, interfaces in slices, closures over loop variables, deferred recovers.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type Shape interface {
	Area() float64
	Kind() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Bad struct{}

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Kind() string     { return "rect" }
func (c *Circle) Area() float64 { return 3.0 * c.R * c.R }
func (c *Circle) Kind() string  { return "circle" }
func (Bad) Area() float64       { panic(errors.New("bad shape has no area")) }
func (Bad) Kind() string        { return "bad" }

type Stats struct {
	Count int
	Total float64
	Names []string
}

func safeArea(s Shape) (a float64, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return s.Area(), nil
}

func main() {
	shapes := []Shape{Rect{1, 2}, &Circle{1}, Bad{}, Rect{3, 3}, &Circle{2}, Bad{}, Rect{0.5, 4}}
	stats := map[string]Stats{}
	var errs []error
	var reports []func() string
	for i, s := range shapes {
		i, s := i, s
		a, err := safeArea(s)
		if err != nil {
			errs = append(errs, fmt.Errorf("shape %d: %v", i, err))
			continue
		}
		st := stats[s.Kind()]
		st.Count++
		st.Total += a
		st.Names = append(st.Names, fmt.Sprint(s.Kind(), i))
		stats[s.Kind()] = st
		reports = append(reports, func() string { return fmt.Sprintf("#%d %s %.1f", i, s.Kind(), s.Area()) })
	}
	kinds := make([]string, 0, len(stats))
	for k := range stats {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	for _, k := range kinds {
		fmt.Printf("%s: %+v\n", k, stats[k])
	}
	for _, e := range errs {
		fmt.Println(e)
	}
	for _, r := range reports {
		fmt.Println(r())
	}
	// Mutating through pointers held in the interface slice.
	for _, s := range shapes {
		if c, ok := s.(*Circle); ok {
			c.R *= 10
		}
	}
	sort.Slice(shapes, func(i, j int) bool {
		ai, _ := safeArea(shapes[i])
		aj, _ := safeArea(shapes[j])
		if ai != aj {
			return ai < aj
		}
		return shapes[i].Kind() < shapes[j].Kind()
	})
	for _, s := range shapes {
		a, err := safeArea(s)
		fmt.Print(s.Kind(), ":", a, ":", err == nil, " ")
	}
	fmt.Println()
}
