#include "types.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}
static gostr msg = {S("in goroutine")};
static void d(closure *c) { (void)c; PS("deferred in goroutine\n"); }
static closure dc = {d};
static void body(void *fr) { rt_deferproc(fr, &dc); rt_gopanic(&t_string, &msg); }
static void g(closure *c) { (void)c; DeferFrame fr; rt_callprotected(&fr, body, &fr); rt_deferreturn(&fr); }
static closure gc = {g};
void mainf(void) { rt_newproc(&gc); rt_timeSleep(1000000000L); }
