package math

const (
	Pi       = 3.14159265358979323846264338327950288419716939937510582097494459
	MaxInt64 = 1<<63 - 1
	MinInt64 = -1 << 63
	MaxInt32 = 1<<31 - 1
	MaxUint8 = 1<<8 - 1
)

func Sqrt(x float64) float64 { return x }
func Abs(x float64) float64  { return x }
