#include "types.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}
static const Type t_chanint = {.size = 8, .ptrdata = 8, .kind = 18 | KDirect, .string = {"chan int", 8}, .elem = &t_int};
struct clo { void (*code)(struct clo *); void *c; };
static void sender(struct clo *k) { long one = 1; rt_chansend1(k->c, &one); }
void mainf(void) {
    void *c = rt_makechan(&t_chanint, 0);
    struct clo *k = rt_mallocgc(sizeof *k, 0, 1);
    k->code = sender; k->c = c;
    rt_newproc((closure *)k);
    long v;
    rt_chanrecv1(c, &v); rt_printint(v); rt_printnl();
    rt_chanrecv1(c, &v);
}
