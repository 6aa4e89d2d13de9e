// Test shim: package math's runtime hook, from /proc/cpuinfo.

package math

import (
	"os"
	"strings"
)

func x86HasFMA() bool {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return false
	}
	for _, line := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(line, "flags") {
			f := " " + line[strings.Index(line, ":")+1:] + " "
			return strings.Contains(f, " avx ") && strings.Contains(f, " fma ")
		}
	}
	return false
}
