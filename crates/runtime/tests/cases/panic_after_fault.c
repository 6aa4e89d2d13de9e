#include "types.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}
static long *volatile p;
static gostr later = {S("later")};
static void rec(closure *c) { (void)c; rt_gorecover(0); }
static closure rc = {rec};
static void body(void *fr) { rt_deferproc(fr, &rc); rt_printint(*p); rt_printnl(); }
void mainf(void) {
    DeferFrame fr;
    rt_callprotected(&fr, body, &fr);
    rt_deferreturn(&fr);
    rt_gopanic(&t_string, &later);
}
