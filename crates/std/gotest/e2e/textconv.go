package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	for _, s := range []string{"", "hello world", "  Hello,  Wörld! ", "ǅungla straße ΣΑΣ", "a,b,,c", "x\ty\nz"} {
		fmt.Printf("%q %q %q %q %q\n", strings.ToUpper(s), strings.ToLower(s), strings.Title(s), strings.TrimSpace(s), strings.Fields(s))
		fmt.Println(strings.Split(s, ","), strings.SplitN(s, " ", 2), strings.Count(s, "l"), strings.Index(s, "o"), strings.LastIndex(s, "o"),
			strings.Contains(s, "ll"), strings.HasPrefix(s, "he"), strings.HasSuffix(s, "d"), strings.ReplaceAll(s, "l", "L"),
			strings.Trim(s, " !"), strings.TrimLeft(s, " H"), strings.EqualFold(s, strings.ToUpper(s)))
		fmt.Println(strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) {
				return -1
			}
			return unicode.ToUpper(r)
		}, s))
	}
	fmt.Println(strings.Join([]string{"a", "b", "c"}, "-"), strings.Repeat("=", 10))
	for _, s := range []string{"0", "-12", "+7", "9223372036854775807", "9223372036854775808", "0x1F", "1_000", "abc", ""} {
		n, err := strconv.Atoi(s)
		i, err2 := strconv.ParseInt(s, 0, 64)
		u, err3 := strconv.ParseUint(s, 10, 8)
		fmt.Println(n, err, i, err2, u, err3)
	}
	for _, s := range []string{"1.5", "1e400", "-0", "nan", "inf", "0x1p-2", "1.7976931348623157e308", "3.4e39", "x"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		fmt.Println(f, err, g, err2)
	}
	for _, f := range []float64{0, 1, -1.5, 1.0 / 3, 2.0 / 3, 1e21, 1e-7, 123456789.125, 5e-324, 1.7976931348623157e308} {
		fmt.Println(strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'f', -1, 32),
			strconv.FormatFloat(f, 'f', 2, 64), strconv.FormatFloat(f, 'G', 10, 64), strconv.FormatFloat(f, 'x', -1, 64))
	}
	fmt.Println(strconv.Quote("héllo\n\x00"), strconv.QuoteToASCII("日本"), strconv.QuoteRune('☺'), strconv.FormatInt(-255, 16),
		strconv.FormatUint(1<<63, 2), string(strconv.AppendInt([]byte("n="), 42, 10)), strconv.Itoa(-9))
	u, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(u, err)
	b, err := strconv.ParseBool("maybe")
	fmt.Println(b, err)
	words := strings.Fields("the quick brown fox jumps over the lazy dog")
	sort.Strings(words)
	fmt.Println(words, sort.SearchStrings(words, "fox"))
	fl := []float64{3, 1, 2.5, -1}
	sort.Float64s(fl)
	fmt.Println(fl)
	sort.Sort(sort.Reverse(sort.IntSlice([]int{1, 2, 3})))
}
