// Test shim: package math's runtime hook, from /proc/cpuinfo.

package math

import (
	"os"
	"strings"
)

func x86HasFMA() bool {
	// GODEBUG=cpu.fma=off (or cpu.avx=off, cpu.all=off) makes Go's math.Exp
	// take its non-FMA path; follow it so both paths can be tested.
	for _, opt := range strings.Split(os.Getenv("GODEBUG"), ",") {
		switch opt {
		case "cpu.fma=off", "cpu.avx=off", "cpu.all=off":
			return false
		}
	}
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
