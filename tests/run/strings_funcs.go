// The strings package: Repeat Count Contains Index HasPrefix HasSuffix Split Join Fields TrimSpace ToUpper ToLower ReplaceAll.
package main

import (
	"fmt"
	"strings"
)

func main() {
	fmt.Printf("%q %q %q\n", strings.Repeat("ab", 3), strings.Repeat("x", 0), strings.Repeat("", 5))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""), strings.Count("aaaa", "aa"), strings.Count("", "a"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"), strings.Contains("", ""), strings.Contains("abc", ""))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"), strings.Index("abc", ""), strings.Index("日本語", "語"), strings.Index("aab", "ab"))
	fmt.Println(strings.HasPrefix("golang", "go"), strings.HasPrefix("golang", "lang"), strings.HasPrefix("go", ""), strings.HasPrefix("", "x"))
	fmt.Println(strings.HasSuffix("golang", "lang"), strings.HasSuffix("golang", "go"), strings.HasSuffix("x", ""))
	for _, c := range []struct{ s, sep string }{
		{"a,b,c", ","}, {"a,b,c,", ","}, {",", ","}, {"", ","}, {"abc", ""}, {"a  b", " "}, {"one::two::three", "::"}, {"日本語", ""},
	} {
		parts := strings.Split(c.s, c.sep)
		fmt.Printf("Split(%q, %q) = %q (%d)\n", c.s, c.sep, parts, len(parts))
	}
	fmt.Printf("%q %q %q\n", strings.Join([]string{"a", "b", "c"}, ", "), strings.Join(nil, ","), strings.Join([]string{"x"}, "-"))
	fmt.Printf("%q\n", strings.Fields("  foo bar\tbaz \n qux  "))
	fmt.Printf("%q %q\n", strings.Fields(""), strings.Fields("   "))
	fmt.Printf("%q %q %q\n", strings.TrimSpace("  \t hello world \n "), strings.TrimSpace(""), strings.TrimSpace("x"))
	fmt.Println(strings.ToUpper("Hello, Wörld! ß"), strings.ToLower("HELLO, WÖRLD! ÀÉ"), strings.ToUpper("abc123"))
	fmt.Println(strings.ReplaceAll("oink oink oink", "k", "ky"), strings.ReplaceAll("oink oink", "oink", "moo"), strings.ReplaceAll("abc", "", "-"))
	fmt.Println(strings.ReplaceAll("aaaa", "aa", "b"), strings.ReplaceAll("no match", "x", "y"))
	// Combined use: word frequencies of a sentence.
	text := "The quick brown fox jumps over the lazy dog the end"
	words := strings.Fields(strings.ToLower(text))
	fmt.Println(len(words), strings.Count(strings.ToLower(text), "the"), strings.Join(words[:3], "+"))
	csv := "name,age\nann,31\nbob,27\n"
	for i, line := range strings.Split(strings.TrimSpace(csv), "\n") {
		cols := strings.Split(line, ",")
		fmt.Println(i, cols, len(cols))
	}
	path := "/usr/local/bin/go"
	idx := strings.Index(path, "/bin")
	fmt.Println(path[:idx], strings.HasSuffix(path, "/go"), strings.Split(path, "/")[1:])
}
