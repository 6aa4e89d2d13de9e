#include "types.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}
static const Type t_fstr = {.size = 8, .ptrdata = 8, .kind = KFunc | KDirect, .string = {"func() string", 13}};
static gostr inner = {S("inner")};
static gostr e_error(void *p) { (void)p; rt_gopanic(&t_string, &inner); }
static const Method m[] = {{{"Error", 5}, &t_fstr, (const void *)e_error}};
static const Type t_E = {.size = 0, .align = 1, .kind = KStruct, .tflag = 1 | 4 | 8,
                         .string = {"main.E", 6}, .methods = {m, 1, 1}};
static long val;
void mainf(void) { rt_gopanic(&t_E, &val); }
