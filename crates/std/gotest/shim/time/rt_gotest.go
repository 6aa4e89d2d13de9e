// Test shim: package time's runtime hooks over the real time package.

package time

import realtime "time"

var base = realtime.Now()

func runtimeNano() int64 { return int64(realtime.Since(base)) + 1 }

func walltime() (sec int64, nsec int32) {
	t := realtime.Now()
	return t.Unix(), int32(t.Nanosecond())
}

func timeSleep(ns int64) { realtime.Sleep(realtime.Duration(ns)) }
