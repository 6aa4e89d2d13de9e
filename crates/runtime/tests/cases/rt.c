/* Shared helpers for the C link tests (see rt.h). */
#include "rt.h"

_Bool rt_eq8(const void *a, const void *b) { return *(const u64 *)a == *(const u64 *)b; }
_Bool rt_eq1(const void *a, const void *b) { return *(const unsigned char *)a == *(const unsigned char *)b; }
_Bool rt_eq4(const void *a, const void *b) { return *(const unsigned *)a == *(const unsigned *)b; }
_Bool rt_eqf64(const void *a, const void *b) { return *(const double *)a == *(const double *)b; }
_Bool rt_eqstr(const void *a, const void *b) {
    const gostr *x = a, *y = b;
    return x->n == y->n && rt_memequal(x->p, y->p, x->n);
}
static const unsigned char gc_one[1] = {1};
static const unsigned char gc_none[1] = {0};
#define BASIC(sym, sz, k, eq, str) \
    const Type sym = {.size = sz, .tflag = 4 | 8, .align = sz, .field_align = sz, .kind = k, \
                      .equal = eq, .gcdata = gc_none, .string = {str, sizeof(str) - 1}, \
                      .name = {str, sizeof(str) - 1}}
BASIC(t_int, 8, KInt, rt_eq8, "int");
BASIC(t_uint8, 1, KUint8, rt_eq1, "uint8");
BASIC(t_int32, 4, KInt32, rt_eq4, "int32");
BASIC(t_bool, 1, KBool, rt_eq1, "bool");
const Type t_float64 = {.size = 8, .tflag = 4, .align = 8, .field_align = 8, .kind = KFloat64,
                        .equal = rt_eqf64, .gcdata = gc_none, .string = {"float64", 7},
                        .name = {"float64", 7}};
const Type t_string = {.size = 16, .ptrdata = 8, .tflag = 4, .align = 8, .field_align = 8,
                       .kind = KString, .equal = rt_eqstr, .gcdata = gc_one,
                       .string = {"string", 6}, .name = {"string", 6}};

int call_string_method(const Type *t, void *data, const char *name, gostr *out) {
    for (i64 i = 0; i < t->methods.len; i++) {
        const Method *m = &t->methods.p[i];
        i64 n = 0;
        while (name[n]) n++;
        if (m->name.n == n && rt_memequal(m->name.p, name, n)) {
            gostr (*f)(void *) = (gostr (*)(void *))m->ifn;
            *out = f(data);
            return 1;
        }
    }
    return 0;
}

void print_recovered(eface r) {
    gostr s;
    if (!r.typ) { PS("nil\n"); return; }
    if (call_string_method(r.typ, r.data, "Error", &s)) { pstr(s); rt_printnl(); return; }
    PS("(not an error)\n");
}
