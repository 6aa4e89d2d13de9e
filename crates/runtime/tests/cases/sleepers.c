#include "types.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}
/* a WaitGroup and a mutex on the runtime's semaphores */
static unsigned done_sema, mutex_sema = 1;
static long total;
struct clo { void (*code)(struct clo *); long d; };
static void sleeper(struct clo *k) {
    rt_timeSleep(k->d * 1000000L);
    PS("woke "); rt_printint(k->d); rt_printnl();
    rt_semrelease(&done_sema);
}
static void adder(struct clo *k) {
    rt_semacquire(&mutex_sema);
    total += k->d;
    rt_Gosched();
    rt_semrelease(&mutex_sema);
    rt_semrelease(&done_sema);
}
static void go(void (*f)(struct clo *), long d) {
    struct clo *k = rt_mallocgc(sizeof *k, 0, 1);
    k->code = f; k->d = d;
    rt_newproc((closure *)k);
}
void mainf(void) {
    static const long ds[] = {30, 10, 20, 0};
    for (int i = 0; i < 4; i++) go(sleeper, ds[i]);
    for (int i = 0; i < 4; i++) rt_semacquire(&done_sema);
    for (long i = 1; i <= 100; i++) go(adder, i);
    for (int i = 0; i < 100; i++) rt_semacquire(&done_sema);
    PS("total "); rt_printint(total); rt_printnl();
}
