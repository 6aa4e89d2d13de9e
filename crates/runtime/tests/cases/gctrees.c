#include "rt.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}

typedef struct node { struct node *left, *right; long val; } node;
static const unsigned char gc_node[1] = {3};
static const Type t_node = {.size = 24, .ptrdata = 16, .align = 8, .field_align = 8, .kind = KStruct,
                            .gcdata = gc_node, .string = {"main.node", 9}};
static const unsigned char gc_p[1] = {1};
static const Type t_pnode = {.size = 8, .ptrdata = 8, .align = 8, .field_align = 8, .kind = KPtr | KDirect,
                             .gcdata = gc_p, .string = {"*main.node", 10}, .elem = &t_node};

static node *build(long d) {
    node *n = rt_newobject(&t_node);
    if (d == 0) { n->val = 1; return n; }
    node *l = build(d - 1);
    n->left = l;
    n->right = build(d - 1);
    n->val = d;
    return n;
}

static long check(node *n) {
    if (!n->left) return n->val;
    return n->val + check(n->left) + check(n->right);
}

static node **keep;
static long keep_len;

void mainf(void) {
    node *lng = build(16);
    for (long d = 4; d <= 18; d += 2) {
        long total = 0;
        for (long i = 0; i < 1L << (18 - d); i++) total += check(build(d));
        rt_printint(d); rt_printsp(); rt_printint(total); rt_printnl();
    }
    keep = rt_makeslice(&t_pnode, 1000, 1000);
    keep_len = 1000;
    for (long i = 0; i < keep_len; i++) keep[i] = build(6);
    node **tail = keep + 500;
    long tail_len = 500;
    keep = 0;
    for (int i = 0; i < 50; i++) build(14);
    long sum = 0;
    for (long i = 0; i < tail_len; i++) sum += check(tail[i]);
    PS("tail "); rt_printint(tail_len); rt_printsp(); rt_printint(sum); rt_printnl();
    PS("long "); rt_printint(check(lng)); rt_printnl();
}
