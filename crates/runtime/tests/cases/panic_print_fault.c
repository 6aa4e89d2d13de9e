#include "types.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}
static const Type t_fstr = {.size = 8, .ptrdata = 8, .kind = KFunc | KDirect, .string = {"func() string", 13}};
/* Error() dereferences a nil pointer field */
static gostr e_error(void *p) { long *q = *(long *volatile *)p; return rt_intstring(*(volatile long *)q); }
static const Method m[] = {{{"Error", 5}, &t_fstr, (const void *)e_error}};
static const Type t_E = {.size = 8, .ptrdata = 8, .align = 8, .kind = KStruct, .tflag = 1 | 4,
                         .string = {"main.E", 6}, .methods = {m, 1, 1}};
static long val;
void mainf(void) { rt_gopanic(&t_E, &val); }
