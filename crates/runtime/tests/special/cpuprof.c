/* A CPU-bound program for the MINGOCPUPROFILE test (see link.rs): main.hot must
 * dominate the profile. */
#include "../cases/rt.h"
void init(void) __asm__("main.init");
void init(void) {}
void mainf(void) __asm__("main.main");
long hot(long n) __asm__("main.hot");
long __attribute__((noinline)) hot(long n) {
    long s = 0;
    for (long i = 0; i < n; i++) s += i * i % 7;
    return s;
}
void mainf(void) { rt_printint(hot(400000000)); rt_printnl(); }
