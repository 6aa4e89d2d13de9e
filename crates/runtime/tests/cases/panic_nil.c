#include "rt.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}
static long *volatile p;
void mainf(void) { rt_printint(p[1]); rt_printnl(); }
