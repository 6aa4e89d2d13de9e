#include "rt.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}
/* an explicit nil check, as generated code does it */
static long *volatile p;
void mainf(void) {
    long *q = p;
    if (!q) rt_panicmem();
    rt_printint(q[1]);
    rt_printnl();
}
