// Sprint/Sprintln/Sprintf/Print/Fprintln/Fprintf/Errorf: spacing rules, return values, os.Stdout and os.Stderr.
package main

import (
	"fmt"
	"os"
)

type P struct{ A int }

func main() {
	// Sprint adds spaces between operands when neither side is a string.
	fmt.Printf("%q\n", fmt.Sprint("a", "b", 1, 2, "c", 3, true, false, 4.5, P{1}, P{2}))
	fmt.Printf("%q\n", fmt.Sprint(1, 2, 3))
	fmt.Printf("%q\n", fmt.Sprint("x", 1, "y"))
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Printf("%q\n", fmt.Sprint(nil, nil, "s", nil))
	// Sprintln always adds spaces and a newline.
	fmt.Printf("%q\n", fmt.Sprintln("a", "b", 1, 2))
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%q\n", fmt.Sprintf("%d-%d", 1, 2))
	// Print follows Sprint's rule.
	fmt.Print("p", 1, 2, "q", "\n")
	fmt.Print(1, 2, "\n")
	n, err := fmt.Print("counted\n")
	fmt.Println(n, err)
	n, err = fmt.Printf("%s=%d\n", "x", 10)
	fmt.Println(n, err)
	// Fprintln/Fprintf to stdout and stderr.
	fmt.Fprintln(os.Stdout, "to stdout", 1)
	fmt.Fprintf(os.Stdout, "to stdout %v\n", []int{1})
	fmt.Fprintln(os.Stderr, "to stderr", 2)
	fmt.Fprintf(os.Stderr, "to stderr %q\n", "quoted")
	n, err = fmt.Fprintln(os.Stderr, "seven")
	fmt.Println(n, err)
	// Errorf builds errors.
	e := fmt.Errorf("failed %d times: %s", 3, "oops")
	fmt.Println(e)
	fmt.Println(e.Error())
	fmt.Printf("%v|%s|%q\n", e, e, e)
	wrapped := fmt.Errorf("outer: %v", e)
	fmt.Println(wrapped)
	// Wrong arguments are reported inline.
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%z\n", 3)
	fmt.Printf("%!\n")
	fmt.Printf("%s\n", nil)
	fmt.Printf("%d\n", nil)
	fmt.Println(fmt.Sprintf("%"))
	// Printing many values.
	fmt.Println(1, "two", 3.0, '4', []byte("5"), [1]int{6}, P{7}, &P{8}, nil, true)
}
