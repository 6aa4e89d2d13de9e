#include "types.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}
typedef struct node { struct node *next; long val; } node;
static const unsigned char gcn[1] = {1};
static const Type t_node = {.size = 16, .ptrdata = 8, .align = 8, .kind = KStruct, .gcdata = gcn, .string = {"main.node", 9}};
static const Type t_chanint = {.size = 8, .ptrdata = 8, .kind = 18 | KDirect, .string = {"chan int", 8}, .elem = &t_int};
struct clo { void (*code)(struct clo *); long id; void *res; };
static void worker(struct clo *k) {
    node *head = 0;
    long m1 = -1;
    for (long i = 0; i < 20000; i++) {
        node *n = rt_newobject(&t_node);
        n->next = head; n->val = i; head = n;
        if (i % 1000 == 0) rt_chansend1(k->res, &m1);
    }
    long s = 0;
    for (node *p = head; p; p = p->next) s += p->val;
    s += k->id;
    rt_chansend1(k->res, &s);
}
void mainf(void) {
    void *res = rt_makechan(&t_chanint, 0);
    for (long i = 0; i < 8; i++) {
        struct clo *k = rt_mallocgc(sizeof *k, 0, 1);
        k->code = worker; k->id = i; k->res = res;
        rt_newproc((closure *)k);
    }
    long sum = 0, n = 0;
    while (n < 8) {
        long v;
        rt_chanrecv1(res, &v);
        if (v == -1) { rt_makeslice(&t_uint8, 100000, 100000); continue; }
        sum += v; n++;
    }
    PS("sum "); rt_printint(sum); rt_printnl();
}
