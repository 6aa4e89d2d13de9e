#include "types.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}
#define PI(x) rt_printint(x)
#define SP rt_printsp()
#define NL rt_printnl()

static long get(const Type *t, void *m, long k) { return *(long *)rt_mapaccess1(t, m, &k); }

void mainf(void) {
    void *m = rt_makemap(&t_map_int_int, 0);
    for (long i = 0; i < 10000; i++) { long k = i * 7; *(long *)rt_mapassign(&t_map_int_int, m, &k) = i; }
    PI(rt_maplen(m)); SP; PI(get(&t_map_int_int, m, 700)); SP; PI(get(&t_map_int_int, m, 701)); NL;
    long k = 14;
    access2 a = rt_mapaccess2(&t_map_int_int, m, &k);
    PI(*(long *)a.v); SP; rt_printbool(a.ok); NL;
    k = 15;
    a = rt_mapaccess2(&t_map_int_int, m, &k);
    rt_printbool(a.ok); NL;
    for (long i = 0; i < 10000; i += 2) { k = i * 7; rt_mapdelete(&t_map_int_int, m, &k); }
    PI(rt_maplen(m)); NL;
    long sum = 0, cnt = 0;
    HIter it;
    for (rt_mapiterinit(&t_map_int_int, m, &it); it.key; rt_mapiternext(&it)) {
        sum += *(long *)it.key + *(long *)it.elem;
        cnt++;
    }
    PI(cnt); SP; PI(sum); NL;
    long n = 0;
    for (rt_mapiterinit(&t_map_int_int, m, &it); it.key; rt_mapiternext(&it)) {
        long kk = *(long *)it.key;
        rt_mapdelete(&t_map_int_int, m, &kk);
        n++;
    }
    PI(n); SP; PI(rt_maplen(m)); NL;

    void *s = rt_makemap(&t_map_string_int, 0);
    static const gostr words[] = {{S("a")}, {S("bb")}, {S("ccc")}, {S("a")}, {S("bb")}, {S("a")}};
    for (int i = 0; i < 6; i++) (*(long *)rt_mapassign(&t_map_string_int, s, &words[i]))++;
    gostr q[] = {GS("a"), GS("bb"), GS("ccc"), GS("zz")};
    PI(rt_maplen(s));
    for (int i = 0; i < 4; i++) { SP; PI(*(long *)rt_mapaccess1(&t_map_string_int, s, &q[i])); }
    NL;

    void *f = rt_makemap(&t_map_float_int, 0);
    volatile double z = 0.0;
    double nan = z / z, nz = -z, pz = z;
    *(long *)rt_mapassign(&t_map_float_int, f, &nan) = 1;
    *(long *)rt_mapassign(&t_map_float_int, f, &nan) = 2;
    *(long *)rt_mapassign(&t_map_float_int, f, &pz) = 3;
    *(long *)rt_mapassign(&t_map_float_int, f, &nz) = 4;
    PI(rt_maplen(f)); SP; PI(*(long *)rt_mapaccess1(&t_map_float_int, f, &pz)); NL;
    long nans = 0;
    for (rt_mapiterinit(&t_map_float_int, f, &it); it.key; rt_mapiternext(&it)) {
        double kk = *(double *)it.key;
        if (kk != kk) nans += *(long *)it.elem;
    }
    PI(nans); NL;

    void *e = rt_makemap(&t_map_eface_int, 0);
    static long one = 1; static gostr x = {S("x")}; static double d25 = 2.5;
    eface k1 = {&t_int, &one}, kx = {&t_string, &x}, kd = {&t_float64, &d25}, knil = {0, 0};
    *(long *)rt_mapassign(&t_map_eface_int, e, &k1) = 1;
    *(long *)rt_mapassign(&t_map_eface_int, e, &kx) = 2;
    long one2 = 1; eface k1b = {&t_int, &one2};
    *(long *)rt_mapassign(&t_map_eface_int, e, &k1b) = 3;
    *(long *)rt_mapassign(&t_map_eface_int, e, &kd) = 4;
    PI(rt_maplen(e));
    eface qs[] = {k1, kx, kd, knil};
    for (int i = 0; i < 4; i++) { SP; PI(*(long *)rt_mapaccess1(&t_map_eface_int, e, &qs[i])); }
    NL;

    gostr qq = GS("q");
    PI(*(long *)rt_mapaccess1(&t_map_string_int, 0, &qq)); SP; PI(rt_maplen(0)); NL;
    rt_mapdelete(&t_map_string_int, 0, &qq);

    void *g = rt_makemap(&t_map_int_int, 0);
    for (long i = 0; i < 100; i++) *(long *)rt_mapassign(&t_map_int_int, g, &i) = i;
    void *seen = rt_makemap(&t_map_int_int, 0);
    for (rt_mapiterinit(&t_map_int_int, g, &it); it.key; rt_mapiternext(&it)) {
        long kk = *(long *)it.key;
        (*(long *)rt_mapassign(&t_map_int_int, seen, &kk))++;
        if (kk < 100) { long k2 = kk + 1000; *(long *)rt_mapassign(&t_map_int_int, g, &k2) = 1; }
    }
    long dup = 0, orig = 0;
    for (rt_mapiterinit(&t_map_int_int, seen, &it); it.key; rt_mapiternext(&it)) {
        if (*(long *)it.elem > 1) dup++;
        if (*(long *)it.key < 100) orig++;
    }
    PS("dups "); PI(dup); PS(" orig "); PI(orig); SP; PI(rt_maplen(g)); NL;
}
