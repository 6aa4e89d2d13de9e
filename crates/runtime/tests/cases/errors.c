#include "types.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}

static void f_index(void) { rt_panicIndex(5, 3); }
static void f_index_neg(void) { rt_panicIndex(-1, 3); }
static void f_index_u(void) { rt_panicBounds(0x80, (i64)(1UL << 63), 3); }
static void f_slice_alen(void) { rt_panicBounds(1, 5, 3); }
static void f_slice_acap(void) { rt_panicBounds(2, 5, 3); }
static void f_slice_acap_neg(void) { rt_panicBounds(2, -1, 3); }
static void f_slice_b(void) { rt_panicBounds(3, 2, 1); }
static void f_slice_b_neg(void) { rt_panicBounds(3, -1, 3); }
static void f_slice3_acap(void) { rt_panicBounds(5, 5, 3); }
static void f_slice3_b(void) { rt_panicBounds(6, 3, 2); }
static void f_slice3_c(void) { rt_panicBounds(7, 2, 1); }
static void f_convert(void) { rt_panicBounds(8, 4, 3); }
static volatile long vzero = 0;
static void f_divide(void) { volatile long x = 7 / vzero; (void)x; }
static void f_shift(void) { rt_panicshift(); }
static void f_nilmap(void) { long k = 0; rt_mapassign(&t_map_string_int, 0, &k); }
static void f_nilptr(void) { volatile long *p = (long *)vzero; (void)*p; }
static void f_nilptr8(void) { volatile long *p = (long *)vzero; rt_printint(p[1]); rt_printnl(); }
static void f_makeslice_len(void) { rt_makeslice(&t_int, -1, -1); }
static void f_makeslice_cap(void) { rt_makeslice(&t_int, 2, 1); }
static void f_dottype(void) { rt_panicdottypeE(&t_string, &t_int, &t_eface); }
static void f_missing(void) { rt_assertE2I(&t_I, &t_T); }
static void f_nil_iface(void) { rt_assertE2I(&t_I, 0); }
static void f_uncomparable(void) {
    static goslice a, b;
    rt_efaceeq(&t_sliceint, &a, &b);
}
static void f_unhashable(void) {
    static goslice s;
    void *m = rt_makemap(&t_map_eface_int, 0);
    eface k = {&t_sliceint, &s};
    rt_mapassign(&t_map_eface_int, m, &k);
}

void mainf(void) {
    try("index", f_index);
    try("index-neg", f_index_neg);
    try("index-u", f_index_u);
    try("slice-alen", f_slice_alen);
    try("slice-acap", f_slice_acap);
    try("slice-acap-neg", f_slice_acap_neg);
    try("slice-b", f_slice_b);
    try("slice-b-neg", f_slice_b_neg);
    try("slice3-acap", f_slice3_acap);
    try("slice3-b", f_slice3_b);
    try("slice3-c", f_slice3_c);
    try("convert", f_convert);
    try("divide", f_divide);
    try("shift", f_shift);
    try("nilmap", f_nilmap);
    try("nilptr", f_nilptr);
    for (int k = 0; k < 8; k++) try("nilptr-loop", f_nilptr);
    try("nilptr8", f_nilptr8);
    try("makeslice-len", f_makeslice_len);
    try("makeslice-cap", f_makeslice_cap);
    try("dottype", f_dottype);
    try("missing", f_missing);
    try("nil-iface", f_nil_iface);
    try("uncomparable", f_uncomparable);
    try("unhashable", f_unhashable);
}
