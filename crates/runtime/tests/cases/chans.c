#include "types.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}

static const Type t_chanint = {.size = 8, .ptrdata = 8, .align = 8, .field_align = 8, .kind = 18 | KDirect,
                               .string = {"chan int", 8}, .elem = &t_int};
#define MK(n) rt_makechan(&t_chanint, n)
static void send(void *c, long v) { rt_chansend1(c, &v); }
static long recv(void *c) { long v = 0; rt_chanrecv1(c, &v); return v; }

struct clo2 { void (*code)(struct clo2 *); void *a, *b; long i; };
static struct clo2 *mk(void (*code)(struct clo2 *), void *a, void *b, long i) {
    struct clo2 *c = rt_mallocgc(sizeof *c, 0, 1);
    c->code = code; c->a = a; c->b = b; c->i = i;
    return c;
}
static void go(struct clo2 *c) { rt_newproc((closure *)c); }

static void doubler(struct clo2 *c) {
    long v;
    while (rt_chanrecv2(c->a, &v)) send(c->b, v * 2);
    rt_closechan(c->b);
}
static void producer(struct clo2 *c) {
    for (long i = 0; i < c->i; i++) send(c->a, i);
    rt_closechan(c->a);
}
static void sendi(struct clo2 *c) { send(c->a, c->i); }

void mainf(void) {
    void *ping = MK(0), *pong = MK(0);
    go(mk(doubler, ping, pong, 0));
    long sum = 0;
    for (long i = 0; i < 1000; i++) { send(ping, i); sum += recv(pong); }
    rt_closechan(ping);
    long v;
    _Bool ok = rt_chanrecv2(pong, &v);
    PS("pingpong "); rt_printint(sum); rt_printsp(); rt_printbool(ok); rt_printnl();

    void *b = MK(5);
    for (long i = 0; i < 5; i++) send(b, i * i);
    PS("buffered "); rt_printint(rt_chanlen(b)); rt_printsp(); rt_printint(rt_chancap(b)); rt_printnl();
    rt_closechan(b);
    while (rt_chanrecv2(b, &v)) { rt_printint(v); PS(" "); }
    rt_printnl();
    ok = rt_chanrecv2(b, &v);
    PS("closed "); rt_printint(v); rt_printsp(); rt_printbool(ok); rt_printnl();

    void *c = MK(3);
    go(mk(producer, c, 0, 100));
    long total = 0;
    while (rt_chanrecv2(c, &v)) total += v;
    PS("producer "); rt_printint(total); rt_printnl();

    void *done = MK(0);
    for (long i = 0; i < 4; i++) go(mk(sendi, done, 0, i));
    for (int i = 0; i < 4; i++) { rt_printint(recv(done)); PS(" "); }
    rt_printnl();

    void *s1 = MK(1), *s2 = MK(1);
    nbrecv nb = rt_selectnbrecv(&v, s1);
    if (nb.selected) { PS("unexpected\n"); } else PS("default\n");
    send(s2, 7);
    long v1 = 0, v2 = 0;
    scase cs[2] = {{s1, &v1}, {s2, &v2}};
    selres sr = rt_selectgo(cs, 0, 2, 1);
    if (sr.index == 0) { PS("s1 "); rt_printint(v1); } else { PS("s2 "); rt_printint(v2); }
    rt_printnl();
    void *r = MK(0);
    go(mk(sendi, r, 0, 42));
    long rv = 0;
    scase cs2[2] = {{r, &rv}, {s1, &v1}};
    sr = rt_selectgo(cs2, 0, 2, 1);
    if (sr.index == 0) { PS("r "); rt_printint(rv); } else { PS("s1 "); rt_printint(v1); }
    rt_printnl();
    void *out = MK(1);
    long five = 5;
    if (rt_selectnbsend(out, &five)) { PS("sent "); rt_printint(recv(out)); rt_printnl(); }
    else PS("full\n");
    long one = 1;
    if (rt_selectnbsend(0, &one)) PS("nil send\n"); else PS("nil default\n");
}
