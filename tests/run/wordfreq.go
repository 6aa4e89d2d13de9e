// Word-frequency counter: strings.Fields, lower-casing, trimming punctuation, maps, sort.Slice.
package main

import (
	"fmt"
	"sort"
	"strings"
)

const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair, we had everything before us, we had nothing before us,
we were all going direct to Heaven, we were all going direct the other way.`

func clean(w string) string {
	w = strings.ToLower(w)
	start, end := 0, len(w)
	for start < end && !isLetter(w[start]) {
		start++
	}
	for end > start && !isLetter(w[end-1]) {
		end--
	}
	return w[start:end]
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' }

type entry struct {
	word  string
	count int
}

func main() {
	counts := map[string]int{}
	total := 0
	for _, w := range strings.Fields(text) {
		w = clean(w)
		if w == "" {
			continue
		}
		counts[w]++
		total++
	}
	entries := make([]entry, 0, len(counts))
	for w, c := range counts {
		entries = append(entries, entry{w, c})
	}
	sort.Slice(entries, func(i, j int) bool {
		if entries[i].count != entries[j].count {
			return entries[i].count > entries[j].count
		}
		return entries[i].word < entries[j].word
	})
	fmt.Println("total words:", total, "distinct:", len(counts))
	for _, e := range entries[:10] {
		fmt.Printf("%-10s %3d %s\n", e.word, e.count, strings.Repeat("*", e.count))
	}
	// Words by length.
	byLen := map[int][]string{}
	for w := range counts {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	lens := []int{}
	for l := range byLen {
		lens = append(lens, l)
	}
	sort.Ints(lens)
	for _, l := range lens {
		ws := byLen[l]
		sort.Strings(ws)
		fmt.Println(l, strings.Join(ws, ","))
	}
	// Letter histogram.
	var letters [26]int
	for i := 0; i < len(text); i++ {
		c := text[i] | 0x20
		if isLetter(c) {
			letters[c-'a']++
		}
	}
	for i, n := range letters {
		if n > 20 {
			fmt.Printf("%c:%d ", 'a'+i, n)
		}
	}
	fmt.Println()
}
