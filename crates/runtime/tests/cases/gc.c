#include "rt.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}

typedef struct node { struct node *next; long val; } node;
static const unsigned char gc_node[1] = {1};
static const Type t_node = {.size = 16, .ptrdata = 8, .align = 8, .field_align = 8, .kind = KStruct,
                            .gcdata = gc_node, .string = {"main.node", 9}};
static void *ring[1024];

static long sys3(long n, long a, long b, long c) {
    long r;
    __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c) : "rcx", "r11", "memory");
    return r;
}

/* VmHWM (peak RSS) in kB from /proc/self/status */
static long peak_rss_kb(void) {
    static char buf[8192];
    long fd = sys3(2, (long)"/proc/self/status", 0, 0);
    if (fd < 0) return -1;
    long n = sys3(0, fd, (long)buf, sizeof buf - 1);
    sys3(3, fd, 0, 0);
    if (n <= 0) return -1;
    buf[n] = 0;
    for (long i = 0; i + 6 < n; i++) {
        if (buf[i] == 'V' && buf[i + 1] == 'm' && buf[i + 2] == 'H' && buf[i + 3] == 'W' && buf[i + 4] == 'M') {
            long v = 0, j = i + 6;
            while (buf[j] == ' ' || buf[j] == '\t') j++;
            while (buf[j] >= '0' && buf[j] <= '9') v = v * 10 + (buf[j++] - '0');
            return v;
        }
    }
    return -1;
}

void mainf(void) {
    node *head = 0;
    for (long i = 0; i < 10000; i++) {
        node *p = rt_newobject(&t_node);
        p->next = head;
        p->val = i;
        head = p;
        if (i % 100 == 0) ring[i % 1024] = rt_makeslice(&t_uint8, 5000, 5000);
    }
    for (long i = 0; i < 400000; i++) {
        unsigned char *b = rt_makeslice(&t_uint8, 10000, 10000);
        b[0] = (unsigned char)i;
        ring[i % 1024] = b;
    }
    _Bool ok = 1;
    long n = 9999;
    for (node *p = head; p; p = p->next) {
        if (p->val != n) ok = 0;
        n--;
    }
    PS("list "); rt_printbool(ok); rt_printsp(); rt_printint(n); rt_printnl();
    u64 st[4];
    rt_readgcstats(st);
    long rss = peak_rss_kb();
    if (rss > 0 && rss < 64 * 1024 && st[1] > 10) {
        PS("rss ok\n");
    } else {
        PS("rss "); rt_printint(rss); PS(" kB, collections "); rt_printint(st[1]); rt_printnl();
    }
}
