// errorcheck -0 -m

// Devirtualization (full and partial) and inlining across bundled packages.

package devirt

import (
	"strconv"
	"strings"
)

type Shape interface {
	Area() int
	Perimeter() int
}

type Rect struct{ w, h int }

func (r Rect) Area() int      { return r.w * r.h } // ERROR "^can inline Rect\.Area$"
func (r Rect) Perimeter() int { return 2 * (r.w + r.h) } // ERROR "^can inline Rect\.Perimeter$"

type Sq struct{ s int }

func (q *Sq) Area() int      { return q.s * q.s } // ERROR "^can inline \(\*Sq\)\.Area$" "^q does not escape$"
func (q *Sq) Perimeter() int { return 4 * q.s } // ERROR "^can inline \(\*Sq\)\.Perimeter$" "^q does not escape$"

type Named struct{ Shape }

func use() int {
	var s Shape = Rect{2, 3} // ERROR "^Rect\{\.\.\.\} does not escape$"
	var q Shape = &Sq{4} // ERROR "^&Sq\{\.\.\.\} does not escape$"
	var n Shape = Named{Rect{1, 1}} // ERROR "^Named\{\.\.\.\} does not escape$" "^Rect\{\.\.\.\} escapes to heap$"
	return s.Area() + q.Perimeter() + n.Area() // ERROR "^devirtualizing s\.Area to Rect$" "^devirtualizing q\.Perimeter to \*Sq$" "^partially devirtualizing n\.Area to Named$"
}

func lib(a, b string) bool { // ERROR "^a does not escape$" "^b does not escape$"
	return strings.HasPrefix(a, b) || strings.Contains(a, b) || strconv.Itoa(len(a)) == b // ERROR "^inlining call to strings\.HasPrefix$" "^inlining call to strings\.Contains$" "^inlining call to strconv\.Itoa$"
}
