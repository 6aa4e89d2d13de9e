// A JSON-ish printer over map[string]any / []any / scalars with sorted keys, indentation and escaping.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func quote(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		case '\t':
			b.WriteString(`\t`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func write(b *strings.Builder, v any, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		if x {
			b.WriteString("true")
		} else {
			b.WriteString("false")
		}
	case int:
		b.WriteString(strconv.Itoa(x))
	case float64:
		b.WriteString(fmt.Sprint(x))
	case string:
		b.WriteString(quote(x))
	case []any:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range x {
			b.WriteString(pad + "  ")
			write(b, e, indent+1)
			if i < len(x)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "]")
	case map[string]any:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for i, k := range keys {
			b.WriteString(pad + "  " + quote(k) + ": ")
			write(b, x[k], indent+1)
			if i < len(keys)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "}")
	default:
		b.WriteString(quote(fmt.Sprintf("<%T>", x)))
	}
}

func count(v any) (n int) {
	switch x := v.(type) {
	case []any:
		for _, e := range x {
			n += count(e)
		}
	case map[string]any:
		for _, e := range x {
			n += count(e)
		}
	default:
		n = 1
	}
	return
}

func main() {
	doc := map[string]any{
		"name":    "mingo",
		"version": 1.19,
		"stable":  false,
		"tags":    []any{"compiler", "go", "rust", 42, nil, true},
		"authors": []any{
			map[string]any{"name": "Ann \"A\" Lee", "commits": 120},
			map[string]any{"name": "Bo\tTab", "commits": 7, "emails": []any{}},
		},
		"nested": map[string]any{"z": map[string]any{"deep": []any{1.5, -2, "x\ny"}}, "a": nil},
		"weird":  struct{}{},
	}
	var b strings.Builder
	write(&b, doc, 0)
	fmt.Println(b.String())
	fmt.Println("leaves:", count(doc))
}
