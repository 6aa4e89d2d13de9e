#include "types.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}

static gostr s_boom = {S("boom")}, s_from_defer = {S("from defer")}, s_deep = {S("deep")};
#define CLO(name) static void name##_fn(closure *c); static closure name = {name##_fn}; \
    static void name##_fn(closure *c __attribute__((unused)))
#define PB(b) rt_printbool(b)
#define PSTR(e) pstr(*(gostr *)(e).data)

static __attribute__((noinline)) _Bool helper(void) { return rt_gorecover(CFA()).typ != 0; }

CLO(f1_d1) { PS("f1 defer 1\n"); }
CLO(f1_d2) { PS("f1 defer 2\n"); }
static void f1_body(void *fr) { rt_deferproc(fr, &f1_d1); rt_deferproc(fr, &f1_d2); PS("f1 body\n"); }
static void f1(void) { DeferFrame fr; rt_callprotected(&fr, f1_body, &fr); rt_deferreturn(&fr); }

static long f2_r;
CLO(f2_d) {
    PS("f2 helper recovers: "); PB(helper()); rt_printnl();
    eface e = rt_gorecover(CFA());
    PS("f2 recovered: "); PSTR(e); rt_printnl();
    PS("f2 second recover is nil: "); PB(rt_gorecover(CFA()).typ == 0); rt_printnl();
    f2_r = 7;
}
static void f2_body(void *fr) { rt_deferproc(fr, &f2_d); rt_gopanic(&t_string, &s_boom); }
static long f2(void) { DeferFrame fr; f2_r = 0; rt_callprotected(&fr, f2_body, &fr); rt_deferreturn(&fr); return f2_r; }

CLO(f3_d) { PS("f3 recover outside panic is nil: "); PB(rt_gorecover(CFA()).typ == 0); rt_printnl(); }
static void f3_body(void *fr) { rt_deferproc(fr, &f3_d); }
static void f3(void) { DeferFrame fr; rt_callprotected(&fr, f3_body, &fr); rt_deferreturn(&fr); }

static long f4_r;
CLO(f4_d1) { eface e = rt_gorecover(CFA()); PS("f4 recovered: "); PSTR(e); rt_printnl(); f4_r = 9; }
CLO(f4_d2) { rt_gopanic(&t_string, &s_from_defer); }
static void f4_body(void *fr) { rt_deferproc(fr, &f4_d1); rt_deferproc(fr, &f4_d2); f4_r = 1; }
static long f4(void) { DeferFrame fr; rt_callprotected(&fr, f4_body, &fr); rt_deferreturn(&fr); return f4_r; }

CLO(inner_d) { PS("inner defer runs\n"); }
static void inner_body(void *fr) { rt_deferproc(fr, &inner_d); rt_gopanic(&t_string, &s_deep); }
static void inner(void) { DeferFrame fr; rt_callprotected(&fr, inner_body, &fr); rt_deferreturn(&fr); }
CLO(f5_d) { eface e = rt_gorecover(CFA()); PS("f5 recovered: "); PSTR(e); rt_printnl(); }
static void f5_body(void *fr) { rt_deferproc(fr, &f5_d); inner(); PS("not reached\n"); }
static void f5(void) { DeferFrame fr; rt_callprotected(&fr, f5_body, &fr); rt_deferreturn(&fr); }

void mainf(void) {
    f1();
    { long r = f2(); PS("f2 = "); rt_printint(r); rt_printnl(); }
    f3();
    { long r = f4(); PS("f4 = "); rt_printint(r); rt_printnl(); }
    f5();
    for (int i = 0; i < 3; i++) { long r = f2(); PS("f2 again = "); rt_printint(r); rt_printnl(); }
    PS("done\n");
}
