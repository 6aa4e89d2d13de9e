package os

type File struct{ fd int }

var Args []string
var Stdout = &File{1}
var Stderr = &File{2}

func Exit(code int) {}
