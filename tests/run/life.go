// Conway's game of life on a fixed-size torus using arrays.
package main

import "fmt"

const W, H = 16, 10

type Grid [H][W]bool

func (g *Grid) neighbors(x, y int) int {
	n := 0
	for dy := -1; dy <= 1; dy++ {
		for dx := -1; dx <= 1; dx++ {
			if (dx != 0 || dy != 0) && g[(y+dy+H)%H][(x+dx+W)%W] {
				n++
			}
		}
	}
	return n
}

func (g Grid) Step() Grid {
	var next Grid
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := g.neighbors(x, y)
			next[y][x] = n == 3 || n == 2 && g[y][x]
		}
	}
	return next
}

func (g *Grid) String() string {
	s := ""
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			if g[y][x] {
				s += "#"
			} else {
				s += "."
			}
		}
		s += "\n"
	}
	return s
}

func main() {
	var g Grid
	// glider
	g[0][1] = true
	g[1][2] = true
	g[2][0], g[2][1], g[2][2] = true, true, true
	// blinker
	g[6][10], g[6][11], g[6][12] = true, true, true
	for gen := 0; gen <= 8; gen++ {
		if gen%4 == 0 {
			fmt.Printf("generation %d:\n%s", gen, g.String())
		}
		g = g.Step()
	}
	alive := 0
	for _, row := range g {
		for _, c := range row {
			if c {
				alive++
			}
		}
	}
	fmt.Println("alive", alive)
}
