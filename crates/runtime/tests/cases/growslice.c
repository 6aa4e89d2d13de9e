#include "rt.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}
static const unsigned char gc1[1] = {1};
#define T(sym, sz, al, pd) static const Type sym = {.size = sz, .ptrdata = pd, .align = al, .field_align = al, .kind = KArray, .gcdata = gc1}
T(t1, 1, 1, 0); T(t8, 8, 8, 0); T(t3, 3, 1, 0); T(t24, 24, 8, 0); T(t40, 40, 8, 0); T(tp, 8, 8, 8);

static void run(const char *label, const Type *t, int n) {
    goslice s = {0, 0, 0};
    i64 prev = -1;
    for (int i = 0; i < n; i++) {
        if (s.len + 1 > s.cap) rt_growslice(&s, t, s.p, s.len, s.cap, s.len + 1);
        else s.len++;
        ((char *)s.p)[(s.len - 1) * t->size] = 1;
        if (s.cap != prev) {
            rt_printstring(label, __builtin_strlen(label)); rt_printsp();
            rt_printint(s.len); rt_printsp(); rt_printint(s.cap); rt_printnl();
            prev = s.cap;
        }
    }
}

void mainf(void) {
    run("1", &t1, 5000); run("8", &t8, 5000); run("3", &t3, 3000); run("24", &t24, 3000);
    run("40", &t40, 3000); run("P", &tp, 100);
    goslice f;
    rt_growslice(&f, &t8, 0, 0, 0, 1000);
    PS("bulk "); rt_printint(f.len); rt_printsp(); rt_printint(f.cap); rt_printnl();
    long *g0 = rt_makeslice(&t8, 3, 5);
    g0[0] = 0;
    goslice g;
    rt_growslice(&g, &t8, g0, 3, 5, 11);
    ((long *)g.p)[10] = 8;
    PS("bulk2 "); rt_printint(g.len); rt_printsp(); rt_printint(g.cap); rt_printsp();
    rt_printint(((long *)g.p)[0]); rt_printsp(); rt_printint(((long *)g.p)[10]); rt_printnl();
    void *h0 = rt_makeslice(&t1, 700, 700);
    goslice h;
    rt_growslice(&h, &t1, h0, 700, 700, 701);
    PS("bulk3 "); rt_printint(h.len); rt_printsp(); rt_printint(h.cap); rt_printnl();
}
