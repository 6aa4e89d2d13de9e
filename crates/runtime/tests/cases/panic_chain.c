#include "types.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}

static gostr s_x = {S("x")};
static gostr my_error(void *p) { (void)p; return GS("my error"); }
static gostr stringer(void *p) { (void)p; return GS("stringer"); }
static const Type t_fstr = {.size = 8, .ptrdata = 8, .kind = KFunc | KDirect, .string = {"func() string", 13}};
static const Method err_m[] = {{{"Error", 5}, &t_fstr, (const void *)my_error}};
static const Method str_m[] = {{{"String", 6}, &t_fstr, (const void *)stringer}};
static const Type t_E = {.size = 8, .align = 8, .kind = KInt, .tflag = 4 | 8, .equal = rt_eq8,
                         .string = {"main.E", 6}, .name = {"E", 1}, .pkgpath = {"main", 4}};
static const Type t_MyErr = {.size = 0, .align = 1, .kind = KStruct, .tflag = 1 | 4 | 8,
                             .string = {"main.MyErr", 10}, .methods = {err_m, 1, 1}};
static const Type t_St = {.size = 16, .align = 8, .kind = KStruct, .tflag = 1 | 4 | 8,
                          .string = {"main.St", 7}, .methods = {str_m, 1, 1}};
static long e5 = 5, st[2];
static double f45 = 4.5;

static void d_x(closure *c) { (void)c; rt_gopanic(&t_string, &s_x); }
static void d_st(closure *c) { (void)c; rt_gopanic(&t_St, st); }
static void d_err(closure *c) { (void)c; rt_gopanic(&t_MyErr, &e5); }
static void d_f(closure *c) { (void)c; rt_gopanic(&t_float64, &f45); }
static closure c_x = {d_x}, c_st = {d_st}, c_err = {d_err}, c_f = {d_f};
static void body(void *fr) {
    rt_deferproc(fr, &c_x); rt_deferproc(fr, &c_st); rt_deferproc(fr, &c_err); rt_deferproc(fr, &c_f);
    rt_gopanic(&t_E, &e5);
}
void mainf(void) { DeferFrame fr; rt_callprotected(&fr, body, &fr); rt_deferreturn(&fr); }
