package main

import (
	"fmt" "os" // ERROR "^syntax error: unexpected literal .os. in grouped declaration; possibly missing semicolon or newline or [)]$"
)
