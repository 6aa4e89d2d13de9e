#include "types.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}

static void tm_m(void *recv) { PS("M called "); rt_printint(*(long *)recv); rt_printnl(); }
static const Method tm2_methods[] = {{{"M", 1}, &t_func, (const void *)tm_m}};
static const Type t_TM2 = {.size = 8, .align = 8, .field_align = 8, .kind = KStruct, .tflag = 1 | 4 | 8,
                           .equal = rt_eq8, .string = {"main.TM", 7}, .fields = {t_fields, 1, 1},
                           .methods = {tm2_methods, 1, 1}, .name = {"TM", 2}, .pkgpath = {"main", 4}};
/* the compiler's static itab for (TM, I), listed in go.itablinks */
static const struct { const Type *inter, *typ; unsigned hash, pad; const void *fun[1]; } itab_TM_I = {
    &t_I, &t_TM2, 0, 0, {(const void *)tm_m}};
const void *const itablinks[] __asm__("go.itablinks") = {&itab_TM_I, 0};

void mainf(void) {
    static long v1 = 1, v1b = 1, v2 = 2, w = 1;
    iface a = {(const Itab *)&itab_TM_I, &v1};
    iface b = {rt_assertE2I(&t_I, &t_TM2), &v1b};
    rt_printbool(a.tab == b.tab && rt_efaceeq(a.tab->typ, a.data, b.data)); rt_printnl();
    ((void (*)(void *))b.tab->fun[0])(b.data);
    iface c = {rt_assertE2I(&t_I, &t_TM2), &v2};
    rt_printbool(a.tab == c.tab && rt_efaceeq(a.tab->typ, a.data, c.data)); rt_printnl();
    (void)w;
    rt_printbool(rt_getitab(&t_I, &t_T, 1) != 0); rt_printnl();
}
