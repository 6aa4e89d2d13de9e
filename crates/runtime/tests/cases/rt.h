/* C declarations of mingo's runtime ABI (docs/abi.md) for the link tests:
 * each NAME.c here is the C transliteration of NAME.go, whose output Go 1.19
 * produced (regen.sh). Runtime symbols are named runtime.X, so they are bound
 * with asm labels. */
#ifndef RT_H
#define RT_H
typedef unsigned long u64;
typedef long i64;
typedef struct { const char *p; i64 n; } gostr;
typedef struct { void *p; i64 len, cap; } goslice;
typedef struct Type Type;
typedef struct { gostr name; const Type *mtyp; const void *ifn; } Method;
typedef struct { gostr name; const Type *typ; u64 offset, embedded; } StructField;
struct Type {
    u64 size, ptrdata;
    unsigned int hash;
    unsigned char tflag, align, field_align, kind;
    _Bool (*equal)(const void *, const void *);
    const unsigned char *gcdata;
    gostr string;
    const Type *elem, *key;
    u64 len;
    struct { const StructField *p; i64 len, cap; } fields;
    struct { const Method *p; i64 len, cap; } methods;
    gostr name, pkgpath;
    const Type *ptr_to_this;
};
_Static_assert(__builtin_offsetof(Type, equal) == 24, "layout");
_Static_assert(__builtin_offsetof(Type, string) == 40, "layout");
_Static_assert(__builtin_offsetof(Type, fields) == 80, "layout");
_Static_assert(__builtin_offsetof(Type, methods) == 104, "layout");
_Static_assert(__builtin_offsetof(Type, ptr_to_this) == 160, "layout");
typedef struct { const Type *typ; void *data; } eface;
typedef struct { const Type *inter, *typ; unsigned hash, pad; const void *fun[]; } Itab;
typedef struct { const Itab *tab; void *data; } iface;
typedef struct closure { void (*code)(struct closure *); } closure;
typedef struct { u64 w[12]; } DeferFrame;
typedef struct { void *key, *elem; u64 rest[10]; } HIter;
typedef struct { void *v; _Bool ok; } access2;
typedef struct { i64 r, pos; } runepos;

#define S(x) x, (i64)(sizeof(x) - 1)
#define GS(x) ((gostr){x, (i64)(sizeof(x) - 1)})
#define RT(ret, name, args) ret rt_##name args __asm__("runtime." #name)
#define NORET __attribute__((noreturn))

RT(void, printint, (i64));
RT(void, printuint, (u64));
RT(void, printfloat, (double));
RT(void, printcomplex, (double, double));
RT(void, printbool, (_Bool));
RT(void, printstring, (const char *, i64));
RT(void, printpointer, (const void *));
RT(void, printhex, (u64));
RT(void, printslice, (const void *, i64, i64));
RT(void, printeface, (const void *, const void *));
RT(void, printiface, (const void *, const void *));
RT(void, printsp, (void));
RT(void, printnl, (void));

RT(void *, newobject, (const Type *));
RT(void *, mallocgc, (u64, const Type *, _Bool));
RT(void *, makeslice, (const Type *, i64, i64));
RT(void, growslice, (goslice *, const Type *, void *, i64, i64, i64));
RT(void, GC, (void));
RT(void, readgcstats, (u64 *));

RT(gostr, concatstring2, (const char *, i64, const char *, i64));
RT(gostr, concatstring3, (const char *, i64, const char *, i64, const char *, i64));
RT(gostr, concatstrings, (const gostr *, i64));
RT(i64, cmpstring, (const char *, i64, const char *, i64));
RT(_Bool, memequal, (const void *, const void *, u64));
RT(gostr, intstring, (i64));
RT(gostr, slicebytetostring, (const void *, i64));
RT(void, stringtoslicebyte, (goslice *, const char *, i64));
RT(void, stringtoslicerune, (goslice *, const char *, i64));
RT(gostr, slicerunetostring, (const int *, i64));
RT(runepos, decoderune, (const char *, i64, i64));

RT(void, panicIndex, (i64, i64)) NORET;
RT(void, panicBounds, (u64, i64, i64)) NORET;
RT(void, panicdivide, (void)) NORET;
RT(void, panicshift, (void)) NORET;
RT(void, panicmem, (void)) NORET;
RT(void, panicnilmap, (void)) NORET;
RT(void, gopanic, (const Type *, void *)) NORET;
RT(void, panicdottypeE, (const Type *, const Type *, const Type *)) NORET;
RT(void, panicdottypeI, (const Itab *, const Type *, const Type *)) NORET;

RT(_Bool, callprotected, (DeferFrame *, void (*)(void *), void *)) __attribute__((returns_twice));
RT(void, deferproc, (DeferFrame *, closure *));
RT(void, deferreturn, (DeferFrame *));
RT(eface, gorecover, (u64));

RT(const Itab *, getitab, (const Type *, const Type *, _Bool));
RT(const Itab *, assertE2I, (const Type *, const Type *));
RT(_Bool, efaceeq, (const Type *, void *, void *));

RT(void *, makemap, (const Type *, i64));
RT(void *, mapaccess1, (const Type *, void *, const void *));
RT(access2, mapaccess2, (const Type *, void *, const void *));
RT(void *, mapassign, (const Type *, void *, const void *));
RT(void, mapdelete, (const Type *, void *, const void *));
RT(void, mapclear, (const Type *, void *));
RT(i64, maplen, (void *));
RT(void, mapiterinit, (const Type *, void *, HIter *));
RT(void, mapiternext, (HIter *));

RT(void, newproc, (closure *));
RT(void, Gosched, (void));
RT(void *, makechan, (const Type *, i64));
RT(void, chansend1, (void *, const void *));
RT(void, chanrecv1, (void *, void *));
RT(_Bool, chanrecv2, (void *, void *));
RT(void, closechan, (void *));
RT(i64, chanlen, (void *));
RT(i64, chancap, (void *));
RT(_Bool, selectnbsend, (void *, const void *));
typedef struct { _Bool selected, received; } nbrecv;
RT(nbrecv, selectnbrecv, (void *, void *));
typedef struct { void *c; void *elem; } scase;
typedef struct { i64 index; _Bool received; } selres;
RT(selres, selectgo, (scase *, i64, i64, _Bool));
RT(void, semacquire, (unsigned *));
RT(void, semrelease, (unsigned *));
RT(void, timeSleep, (i64));

RT(void, exit, (i64)) NORET;
RT(void, os_args, (goslice *));

/* The CFA of the calling function (frame pointers are kept: -fno-omit-frame-pointer). */
#define CFA() ((u64)__builtin_frame_address(0) + 16)

/* print helpers mirroring println's spacing */
#define PS(x) rt_printstring(S(x))
static inline void pstr(gostr s) { rt_printstring(s.p, s.n); }

/* Descriptors of some predeclared types. */
enum { KBool = 1, KInt = 2, KInt32 = 5, KInt64 = 6, KUint8 = 8, KFloat64 = 14, KArray = 17,
       KFunc = 19, KInterface = 20, KMap = 21, KPtr = 22, KSlice = 23, KString = 24,
       KStruct = 25, KDirect = 0x20 };
_Bool rt_eq8(const void *a, const void *b);
_Bool rt_eqstr(const void *a, const void *b);
_Bool rt_eqf64(const void *a, const void *b);
extern const Type t_int, t_string, t_float64, t_uint8, t_int32, t_bool;

/* Calls an `Error() string` or `String() string` method of a dynamic type, if any. */
int call_string_method(const Type *t, void *data, const char *name, gostr *out);
/* Prints a recovered value as println(r.(error).Error()) / println(r) would. */
void print_recovered(eface r);

#endif
