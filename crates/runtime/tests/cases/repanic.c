#include "types.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}
static gostr s1 = {S("first")}, s2 = {S("second")};
static void d(closure *c) {
    (void)c;
    eface r = rt_gorecover(CFA());
    PS("recovered "); pstr(*(gostr *)r.data); rt_printnl();
    rt_gopanic(&t_string, &s2);
}
static closure cd = {d};
static void body(void *fr) { rt_deferproc(fr, &cd); rt_gopanic(&t_string, &s1); }
void mainf(void) { DeferFrame fr; rt_callprotected(&fr, body, &fr); rt_deferreturn(&fr); }
