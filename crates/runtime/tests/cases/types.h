/* Type descriptors shared by several C test programs. */
#include "rt.h"
static const unsigned char gc1[1] = {1};
static const unsigned char gc3[1] = {3};
static const Type t_eface = {.size = 16, .ptrdata = 16, .align = 8, .field_align = 8, .kind = KInterface,
                             .gcdata = gc3, .string = {"interface {}", 12}};
static const Type t_sliceint = {.size = 24, .ptrdata = 8, .align = 8, .field_align = 8, .kind = KSlice,
                                .gcdata = gc1, .string = {"[]int", 5}, .elem = &t_int};
static void m_nop(void *recv) { (void)recv; }
static const Type t_func = {.size = 8, .ptrdata = 8, .align = 8, .field_align = 8, .kind = KFunc | KDirect,
                            .gcdata = gc1, .string = {"func()", 6}};
static const Method i_methods[] = {{{"M", 1}, &t_func, 0}};
static const Type t_I = {.size = 16, .ptrdata = 16, .align = 8, .field_align = 8, .kind = KInterface,
                         .gcdata = gc3, .string = {"main.I", 6}, .tflag = 4,
                         .methods = {i_methods, 1, 1}, .name = {"I", 1}, .pkgpath = {"main", 4}};
static const StructField t_fields[] = {{{"x", 1}, &t_int, 0, 0}};
static const Type t_T = {.size = 8, .align = 8, .field_align = 8, .kind = KStruct, .tflag = 4 | 8,
                         .equal = rt_eq8, .string = {"main.T", 6}, .fields = {t_fields, 1, 1},
                         .name = {"T", 1}, .pkgpath = {"main", 4}};
static const Method tm_methods[] = {{{"M", 1}, &t_func, (const void *)m_nop}};
static const Type t_TM = {.size = 8, .align = 8, .field_align = 8, .kind = KStruct, .tflag = 1 | 4 | 8,
                          .equal = rt_eq8, .string = {"main.TM", 7}, .fields = {t_fields, 1, 1},
                          .methods = {tm_methods, 1, 1}, .name = {"TM", 2}, .pkgpath = {"main", 4}};
static const Type t_map_eface_int = {.size = 8, .ptrdata = 8, .align = 8, .field_align = 8,
                                     .kind = KMap | KDirect, .gcdata = gc1,
                                     .string = {"map[interface {}]int", 20}, .key = &t_eface,
                                     .elem = &t_int};
static const Type t_map_int_int = {.size = 8, .ptrdata = 8, .align = 8, .field_align = 8,
                                   .kind = KMap | KDirect, .gcdata = gc1,
                                   .string = {"map[int]int", 11}, .key = &t_int, .elem = &t_int};
static const Type t_map_string_int = {.size = 8, .ptrdata = 8, .align = 8, .field_align = 8,
                                      .kind = KMap | KDirect, .gcdata = gc1,
                                      .string = {"map[string]int", 14}, .key = &t_string,
                                      .elem = &t_int};
static const Type t_map_float_int = {.size = 8, .ptrdata = 8, .align = 8, .field_align = 8,
                                     .kind = KMap | KDirect, .gcdata = gc1,
                                     .string = {"map[float64]int", 15}, .key = &t_float64,
                                     .elem = &t_int};

/* try(name, f): runs f protected with a deferred call that recovers and prints
 * `name msg` as println(name, r.(error).Error()). */
static const char *try_name;
static void try_rec(closure *c) {
    (void)c;
    eface r = rt_gorecover(CFA());
    rt_printstring(try_name, __builtin_strlen(try_name));
    rt_printsp();
    print_recovered(r);
}
static closure try_clo = {try_rec};
struct try_env { DeferFrame *fr; void (*f)(void); };
static void try_body(void *env) {
    struct try_env *e = env;
    rt_deferproc(e->fr, &try_clo);
    e->f();
}
static void __attribute__((noinline)) try(const char *name, void (*f)(void)) {
    DeferFrame fr;
    struct try_env env = {&fr, f};
    try_name = name;
    rt_callprotected(&fr, try_body, &env);
    rt_deferreturn(&fr);
}
