#include "rt.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}
void *memmove(void *, const void *, unsigned long);
void *memset(void *, int, unsigned long);
int memcmp(const void *, const void *, unsigned long);

static unsigned char buf[1024];
static u64 h;
static void mix(void) {
    for (int i = 0; i < 1024; i++) { h ^= buf[i]; h *= 1099511628211UL; }
}
static void reset(void) {
    for (int i = 0; i < 1024; i++) buf[i] = (unsigned char)(i * 7 + (i >> 8));
}
void mainf(void) {
    static const int ds[] = {-70, -33, -17, -9, -1, 0, 1, 3, 8, 16, 31, 64, 65, 200};
    h = 1469598103934665603UL;
    for (int n = 0; n <= 300; n++) {
        for (unsigned j = 0; j < sizeof ds / sizeof ds[0]; j++) {
            reset();
            int src = 300, d = ds[j];
            void *r = memmove(buf + src + d, buf + src, n);
            if (r != buf + src + d) PS("bad memmove result\n");
            mix();
        }
    }
    PS("copy "); rt_printuint(h); rt_printnl();
    h = 1469598103934665603UL;
    for (int n = 0; n <= 300; n++) {
        reset();
        void *r = memset(buf + 100, n, n);
        if (r != buf + 100) PS("bad memset result\n");
        mix();
    }
    PS("fill "); rt_printuint(h); rt_printnl();
    long lt = 0, eq = 0, gt = 0;
    static unsigned char a[128], b[128];
    for (int n = 0; n <= 100; n++) {
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) { a[i] = i; b[i] = i; }
            b[k] = k + 1;
            int c = memcmp(a, b, n);
            if (c < 0) lt++; else if (c == 0) eq++; else gt++;
            b[k] = k - 1;
            if (rt_cmpstring((char *)a, n, (char *)b, n) > 0) gt++;
        }
    }
    PS("cmp "); rt_printint(lt); rt_printsp(); rt_printint(eq); rt_printsp(); rt_printint(gt); rt_printnl();
}
