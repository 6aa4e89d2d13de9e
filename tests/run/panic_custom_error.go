// panic with a custom error type: its Error method is used (pointer receiver).
package main

import "fmt"

type HTTPError struct {
	Code int
	Path string
}

func (e *HTTPError) Error() string { return fmt.Sprintf("HTTP %d at %s", e.Code, e.Path) }

func main() {
	fmt.Println("serving")
	panic(&HTTPError{404, "/missing"})
}
