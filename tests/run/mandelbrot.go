// ASCII Mandelbrot set: float64 loops, escape-time iteration, byte slices to strings.
package main

import "fmt"

func main() {
	const w, h, maxIter = 64, 24, 200
	chars := " .:-=+*#%@"
	total := 0
	for y := 0; y < h; y++ {
		row := make([]byte, w)
		for x := 0; x < w; x++ {
			cr := -2.2 + 3.0*float64(x)/float64(w)
			ci := -1.2 + 2.4*float64(y)/float64(h)
			zr, zi := 0.0, 0.0
			i := 0
			for ; i < maxIter && zr*zr+zi*zi <= 4; i++ {
				zr, zi = zr*zr-zi*zi+cr, 2*zr*zi+ci
			}
			total += i
			if i == maxIter {
				row[x] = '@'
			} else {
				row[x] = chars[i%(len(chars)-1)]
			}
		}
		fmt.Println(string(row))
	}
	fmt.Println("total iterations:", total)
}
