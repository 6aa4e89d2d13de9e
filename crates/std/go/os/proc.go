package os

// Args hold the command-line arguments, starting with the program name.
var Args []string

func init() {
	n := argc()
	Args = make([]string, n)
	for i := 0; i < n; i++ {
		Args[i] = argv(i)
	}
}

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error.
// The program terminates immediately; deferred functions are not run.
//
// (go:noinline: gc does not inline Go's os.Exit, which does more work.)
//
//go:noinline
func Exit(code int) {
	exit(code)
}

// Getenv retrieves the value of the environment variable named by the key.
// It returns the value, which will be empty if the variable is not present.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the key.
// If the variable is present the value (which may be empty) is returned and
// the boolean is true; otherwise the returned value is empty and the boolean false.
func LookupEnv(key string) (string, bool) {
	n := envc()
	for i := 0; i < n; i++ {
		s := envv(i)
		if len(s) > len(key) && s[len(key)] == '=' && s[:len(key)] == key {
			return s[len(key)+1:], true
		}
	}
	return "", false
}

// Environ returns a copy of strings representing the environment,
// in the form "key=value".
func Environ() []string {
	n := envc()
	env := make([]string, n)
	for i := 0; i < n; i++ {
		env[i] = envv(i)
	}
	return env
}
