#include "rt.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}
static const double floats[] = {0, 1, -1, 0.1, 1.5, 1e-310, 1e308, 123456789, 9.9999999e9, 3.14159265358979,
	2.5e-5, 1.7976931348623157e308, 5e-324, 100, 0.000123456789, 99999995, 1e23};
void mainf(void) {
    rt_printint(-42); rt_printsp(); rt_printuint(18446744073709551615UL); rt_printsp();
    rt_printfloat(1.5); rt_printsp(); rt_printbool(1); rt_printsp(); rt_printbool(0); rt_printsp();
    rt_printstring(S("hi")); rt_printnl();
    for (unsigned i = 0; i < sizeof floats / sizeof floats[0]; i++) {
        rt_printfloat(floats[i]); rt_printsp(); rt_printfloat(-floats[i]); rt_printnl();
    }
    volatile double z = 0.0;
    double nz = -z, inf = 1 / z;
    rt_printfloat(z); rt_printsp(); rt_printfloat(nz); rt_printsp(); rt_printfloat(inf); rt_printsp();
    rt_printfloat(-inf); rt_printsp(); rt_printfloat(inf - inf); rt_printnl();
    rt_printpointer(0); rt_printnl();
    rt_printslice(0, 0, 0); rt_printnl();
    rt_printeface(0, 0); rt_printnl();
    rt_printcomplex(1.5, -2); rt_printnl();
    rt_printint(-9223372036854775807L - 1); rt_printsp(); rt_printint(-128); rt_printsp(); rt_printuint(255); rt_printnl();
    rt_printstring(S("no newline")); rt_printint(7); rt_printstring(S("\n"));
}
