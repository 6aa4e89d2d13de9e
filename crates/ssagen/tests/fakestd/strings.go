package strings

type Builder struct {
	buf []byte
}

func (b *Builder) WriteString(s string) (int, error) {
	b.buf = append(b.buf, s...)
	return len(s), nil
}
func (b *Builder) WriteByte(c byte) error { b.buf = append(b.buf, c); return nil }
func (b *Builder) String() string        { return string(b.buf) }
func (b *Builder) Len() int              { return len(b.buf) }

func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[0:len(prefix)] == prefix
}
func Contains(s, substr string) bool { return Index(s, substr) >= 0 }
func Index(s, substr string) int {
	for i := 0; i+len(substr) <= len(s); i++ {
		if s[i:i+len(substr)] == substr {
			return i
		}
	}
	return -1
}
func Repeat(s string, count int) string {
	var b Builder
	for i := 0; i < count; i++ {
		b.WriteString(s)
	}
	return b.String()
}
func Split(s, sep string) []string { return []string{s} }
func Join(elems []string, sep string) string {
	r := ""
	for i, e := range elems {
		if i > 0 {
			r += sep
		}
		r += e
	}
	return r
}
func ToUpper(s string) string { return s }
