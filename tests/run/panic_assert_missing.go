// Failed assertion to an interface: `interface conversion: main.File is not main.Closer: missing method Close`.
package main

import "fmt"

type Reader interface{ Read() string }
type Closer interface{ Close() }

type File struct{ name string }

func (f File) Read() string { return "data from " + f.name }

func main() {
	var r Reader = File{"f.txt"}
	fmt.Println(r.Read())
	c := r.(Closer)
	c.Close()
}
