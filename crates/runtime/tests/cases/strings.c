#include "rt.h"
void mainf(void) __asm__("main.main");
void initf(void) __asm__("main.init");
void initf(void) {}
static const char bad[] = "a\xff" "b\xe2\x82" "c\xed\xa0\x80" "d\xf0\x9f\x98\x80" "e\xc0\x80";
#define GSTR(s) (s).p, (s).n
void mainf(void) {
    gostr a = GS("hello"), b = GS(", "), c = GS("world");
    gostr ab = rt_concatstring2(GSTR(a), GSTR(b));
    pstr(rt_concatstring3(GSTR(a), GSTR(b), GSTR(c))); rt_printnl();
    gostr parts[4] = {a, b, c, GS("!")};
    pstr(ab); rt_printsp(); rt_printint(rt_concatstrings(parts, 4).n); rt_printnl();
    gostr ax = rt_concatstring2(GSTR(a), S("x"));
    rt_printbool(rt_cmpstring(GSTR(a), GSTR(c)) < 0); rt_printsp();
    rt_printbool(rt_cmpstring(GSTR(c), GSTR(a)) < 0); rt_printsp();
    rt_printbool(rt_cmpstring(GSTR(a), GSTR(ax)) < 0); rt_printsp();
    rt_printbool(rt_cmpstring(S(""), S("a")) < 0); rt_printsp();
    gostr hello = rt_concatstring2(S("hel"), S("lo"));
    rt_printbool(hello.n == a.n && rt_memequal(hello.p, a.p, a.n)); rt_printnl();
    static const long vs[] = {65, 0x4e16, -1, 0x10ffff, 0x110000, 0xd800};
    for (int i = 0; i < 6; i++) {
        gostr s = rt_intstring(vs[i]);
        rt_printint(vs[i]); rt_printsp(); pstr(s); rt_printsp(); rt_printint(s.n); rt_printnl();
    }
    gostr fffd = rt_intstring(1L << 40);
    rt_printbool(fffd.n == 3 && rt_memequal(fffd.p, "\xef\xbf\xbd", 3)); rt_printnl();
    goslice bs, bs2, rs, big;
    rt_stringtoslicebyte(&bs, GSTR(a));
    rt_printint(bs.len); rt_printsp(); rt_printint(bs.cap); rt_printsp();
    pstr(rt_slicebytetostring((char *)bs.p + 1, 2)); rt_printnl();
    rt_stringtoslicebyte(&bs2, S(""));
    rt_printint(bs2.len); rt_printsp(); rt_printint(bs2.cap); rt_printnl();
    rt_stringtoslicerune(&rs, S(bad));
    rt_printint(rs.len); rt_printsp(); rt_printint(rs.cap); rt_printnl();
    for (long k = 0; k < (long)sizeof(bad) - 1;) {
        runepos rp = rt_decoderune(S(bad), k);
        rt_printint(k); rt_printsp(); rt_printint((int)rp.r); rt_printnl();
        k = rp.pos;
    }
    pstr(rt_slicerunetostring(rs.p, rs.len)); rt_printnl();
    static const int rr[] = {0x41, -5, 0xd800, 0x1f600};
    pstr(rt_slicerunetostring(rr, 4)); rt_printnl();
    rt_stringtoslicebyte(&big, S("0123456789012345678901234567890123456789"));
    rt_printint(big.len); rt_printsp(); rt_printint(big.cap); rt_printnl();
}
