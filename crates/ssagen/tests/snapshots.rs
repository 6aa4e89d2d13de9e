//! Snapshot tests of the SSA text of small functions (expect-test; re-bless
//! with `UPDATE_EXPECT=1 cargo test -p ssagen --test snapshots`).
mod common;

use expect_test::{Expect, expect};

fn check(src: &str, func: &str, opts: ssagen::Options, want: Expect) {
    let prog = common::check(src, &[]).unwrap_or_else(|e| panic!("{e}"));
    let mut p = common::build_verified(&prog, &opts);
    p.files = vec!["prog.go".into()];
    let f = p.func(func).unwrap_or_else(|| panic!("no function {func}"));
    want.assert_eq(&ssa::print_function(f, &p.files));
}

fn dflt() -> ssagen::Options {
    ssagen::Options::default()
}

#[test]
fn add() {
    check(
        "package main\nfunc add(a, b int) int { return a + b }\nfunc main() { println(add(1, 2)) }\n",
        "main.add",
        dflt(),
        expect![[r#"
            func main.add(i64, i64) -> i64 (prog.go:2:6) {
            b0(v0: i64, v1: i64):
              v2 = Add <i64> v0 v1 (prog.go:2:35)
              Ret v2 (prog.go:2:26)
            }
        "#]],
    );
}

#[test]
fn index_bounds() {
    check(
        "package main\nfunc get(s []int, i int) int { return s[i] }\nfunc main() { println(get([]int{1}, 0)) }\n",
        "main.get",
        dflt(),
        expect![[r#"
            func main.get(ptr, i64, i64, i64) -> i64 (prog.go:2:6) {
            b0(v0: ptr, v1: i64 nonneg, v2: i64 nonneg, v3: i64):
              v4 = IsInBounds <bool> v3 v1 (prog.go:2:40)
              If v4 → b1 b2 (prog.go:2:40)
            b1: ← b0
              v6 = Const <i64> [8] (prog.go:2:40)
              v7 = Mul <i64> v3 v6 (prog.go:2:40)
              v8 = AddPtr <ptr> v0 v7 (prog.go:2:40)
              v9 = Load <i64> [0] v8 (prog.go:2:40)
              Ret v9 (prog.go:2:32)
            b2: ← b0
              v5 = Call <void> {runtime.panicIndex} (i64, i64) -> ! v3 v1 (prog.go:2:40)
              Exit (prog.go:2:40)
            }
        "#]],
    );
}

#[test]
fn index_no_bounds() {
    check(
        "package main\nfunc get(s []int, i int) int { return s[i] }\nfunc main() { println(get([]int{1}, 0)) }\n",
        "main.get",
        ssagen::Options { no_bounds: true, ..dflt() },
        expect![[r#"
            func main.get(ptr, i64, i64, i64) -> i64 (prog.go:2:6) {
            b0(v0: ptr, v1: i64 nonneg, v2: i64 nonneg, v3: i64):
              v4 = Const <i64> [8] (prog.go:2:40)
              v5 = Mul <i64> v3 v4 (prog.go:2:40)
              v6 = AddPtr <ptr> v0 v5 (prog.go:2:40)
              v7 = Load <i64> [0] v6 (prog.go:2:40)
              Ret v7 (prog.go:2:32)
            }
        "#]],
    );
}

#[test]
fn sum_loop() {
    check(
        "package main\nfunc sum(s []int) int {\n\tt := 0\n\tfor _, x := range s {\n\t\tt += x\n\t}\n\treturn t\n}\nfunc main() { println(sum(nil)) }\n",
        "main.sum",
        dflt(),
        expect![[r#"
            func main.sum(ptr, i64, i64) -> i64 (prog.go:2:6) {
            b0(v0: ptr, v1: i64 nonneg, v2: i64 nonneg):
              v3 = Const <i64> [0] (prog.go:3:7)
              v4 = Const <i64> [0] (prog.go:4:2)
              Plain → b1(v4, v3) (prog.go:4:2)
            b1(v5: i64, v11: i64): ← b0 b3
              v6 = Less <bool> v5 v1 (prog.go:4:2)
              If v6 → b2 b4 (prog.go:4:2)
            b2: ← b1
              v7 = Const <i64> [8] (prog.go:4:2)
              v8 = Mul <i64> v5 v7 (prog.go:4:2)
              v9 = AddPtr <ptr> v0 v8 (prog.go:4:2)
              v10 = Load <i64> [0] v9 (prog.go:4:2)
              v12 = Add <i64> v11 v10 (prog.go:5:5)
              Plain → b3 (prog.go:4:2)
            b3: ← b2
              v13 = Const <i64> [1] (prog.go:4:2)
              v14 = Add <i64> v5 v13 (prog.go:4:2)
              Plain → b1(v14, v12) (prog.go:4:2)
            b4: ← b1
              Ret v11 (prog.go:7:2)
            }
        "#]],
    );
}

#[test]
fn sum_loop_no_opt() {
    check(
        "package main\nfunc sum(s []int) int {\n\tt := 0\n\tfor _, x := range s {\n\t\tt += x\n\t}\n\treturn t\n}\nfunc main() { println(sum(nil)) }\n",
        "main.sum",
        ssagen::Options { no_opt: true, ..dflt() },
        expect![[r#"
            func main.sum(ptr, i64, i64) -> i64 (prog.go:2:6) {
              ss0 = slot size=24 align=8 "s"
              ss1 = slot size=8 align=8 "~r0"
              ss2 = slot size=8 align=8 "t"
              ss3 = slot size=8 align=8 "x"
            b0(v0: ptr, v1: i64 nonneg, v2: i64 nonneg):
              v3 = SlotAddr <ptr> {ss0} (prog.go:2:6)
              v4 = Store <void> [0] v3 v0 (prog.go:2:6)
              v5 = Store <void> [8] v3 v1 (prog.go:2:6)
              v6 = Store <void> [16] v3 v2 (prog.go:2:6)
              v7 = SlotAddr <ptr> {ss1} (prog.go:2:6)
              v8 = Zero <void> [8] v7 (prog.go:2:6)
              v9 = Const <i64> [0] (prog.go:3:7)
              v10 = SlotAddr <ptr> {ss2} (prog.go:3:4)
              v11 = Zero <void> [8] v10 (prog.go:3:4)
              v12 = SlotAddr <ptr> {ss2} (prog.go:3:2)
              v13 = Store <void> [0] v12 v9 (prog.go:3:4)
              v14 = SlotAddr <ptr> {ss0} (prog.go:4:20)
              v15 = Load <ptr> [0] v14 (prog.go:4:20)
              v16 = Load <i64> [8] v14 nonneg (prog.go:4:20)
              v17 = Load <i64> [16] v14 nonneg (prog.go:4:20)
              v18 = Const <i64> [0] (prog.go:4:2)
              Plain → b1(v18) (prog.go:4:2)
            b1(v19: i64): ← b0 b3
              v20 = Less <bool> v19 v16 (prog.go:4:2)
              If v20 → b2 b4 (prog.go:4:2)
            b2: ← b1
              v21 = Const <i64> [8] (prog.go:4:2)
              v22 = Mul <i64> v19 v21 (prog.go:4:2)
              v23 = AddPtr <ptr> v15 v22 (prog.go:4:2)
              v24 = Load <i64> [0] v23 (prog.go:4:2)
              v25 = SlotAddr <ptr> {ss3} (prog.go:4:2)
              v26 = Zero <void> [8] v25 (prog.go:4:2)
              v27 = SlotAddr <ptr> {ss3} (prog.go:4:9)
              v28 = Store <void> [0] v27 v24 (prog.go:4:2)
              v29 = SlotAddr <ptr> {ss2} (prog.go:5:3)
              v30 = Load <i64> [0] v29 (prog.go:5:5)
              v31 = SlotAddr <ptr> {ss3} (prog.go:5:8)
              v32 = Load <i64> [0] v31 (prog.go:5:8)
              v33 = Add <i64> v30 v32 (prog.go:5:5)
              v34 = Store <void> [0] v29 v33 (prog.go:5:5)
              Plain → b3 (prog.go:4:2)
            b3: ← b2
              v35 = Const <i64> [1] (prog.go:4:2)
              v36 = Add <i64> v19 v35 (prog.go:4:2)
              Plain → b1(v36) (prog.go:4:2)
            b4: ← b1
              v37 = SlotAddr <ptr> {ss2} (prog.go:7:9)
              v38 = Load <i64> [0] v37 (prog.go:7:9)
              Ret v38 (prog.go:7:2)
            }
        "#]],
    );
}

#[test]
fn divide_and_shift() {
    check(
        "package main\nfunc f(a int32, b int32, n int) int32 { return a/b + a<<n }\nfunc main() { println(f(1, 2, 3)) }\n",
        "main.f",
        dflt(),
        expect![[r#"
            func main.f(i32, i32, i64) -> i32 (prog.go:2:6) {
            b0(v0: i32, v1: i32, v2: i64):
              v3 = Const <i32> [0] (prog.go:2:49)
              v4 = Neq <bool> v1 v3 (prog.go:2:49)
              If v4 → b1 b2 (prog.go:2:49)
            b1: ← b0
              v6 = Div <i32> v0 v1 (prog.go:2:49)
              v7 = Const <i64> [0] (prog.go:2:55)
              v8 = Leq <bool> v7 v2 (prog.go:2:55)
              If v8 → b4 b5 (prog.go:2:55)
            b2: ← b0
              v5 = Call <void> {runtime.panicdivide} () -> ! (prog.go:2:49)
              Exit (prog.go:2:49)
            b4: ← b1
              v10 = Shl <i32> [0] v0 v2 (prog.go:2:55)
              v11 = Add <i32> v6 v10 (prog.go:2:52)
              Ret v11 (prog.go:2:41)
            b5: ← b1
              v9 = Call <void> {runtime.panicshift} () -> ! (prog.go:2:55)
              Exit (prog.go:2:55)
            }
        "#]],
    );
}

#[test]
fn concat_compare() {
    check(
        "package main\nfunc f(a, b string) bool { return a+b == \"xy\" }\nfunc main() { println(f(\"x\", \"y\")) }\n",
        "main.f",
        dflt(),
        expect![[r#"
            func main.f(ptr, i64, ptr, i64) -> bool (prog.go:2:6) {
            b0(v0: ptr, v1: i64 nonneg, v2: ptr, v3: i64 nonneg):
              v4 = Call <tuple> {runtime.concatstring2} (ptr, i64, ptr, i64) -> (ptr, i64) v0 v1 v2 v3 (prog.go:2:36)
              v5 = Proj <ptr> [0] v4 (prog.go:2:36)
              v6 = Proj <i64> [1] v4 (prog.go:2:36)
              v7 = SymAddr <ptr> [0] {go.string."xy"} (prog.go:2:42)
              v8 = Const <i64> [2] (prog.go:2:42)
              v9 = Const <i64> [2] (prog.go:2:39)
              v10 = Eq <bool> v6 v9 (prog.go:2:39)
              If v10 → b1 b2 (prog.go:2:39)
            b1: ← b0
              v11 = Load <i16> [0] v5 (prog.go:2:39)
              v12 = Const <i16> [31096] (prog.go:2:39)
              v13 = Eq <bool> v11 v12 (prog.go:2:39)
              Plain → b3(v13) (prog.go:2:39)
            b2: ← b0
              v14 = Const <bool> [0] (prog.go:2:39)
              Plain → b3(v14) (prog.go:2:39)
            b3(v15: bool): ← b1 b2
              Ret v15 (prog.go:2:28)
            }
        "#]],
    );
}

#[test]
fn closure_capture() {
    check(
        "package main\nfunc f() func() int {\n\tn := 0\n\treturn func() int { n++; return n }\n}\nfunc main() { println(f()()) }\n",
        "main.f",
        dflt(),
        expect![[r#"
            func main.f() -> ptr (prog.go:2:6) {
            b0:
              v0 = Const <i64> [0] (prog.go:3:7)
              v1 = SymAddr <ptr> [0] {type.int} (prog.go:3:4)
              v2 = Call <ptr> {runtime.newobject} (ptr) -> ptr v1 (prog.go:3:4)
              v3 = Store <void> [0] v2 v0 (prog.go:3:4)
              v4 = Const <i64> [16] (prog.go:4:9)
              v5 = Const <ptr> [0] (prog.go:4:9)
              v6 = Const <bool> [1] (prog.go:4:9)
              v7 = Call <ptr> {runtime.mallocgc} (i64, ptr, bool) -> ptr v4 v5 v6 (prog.go:4:9)
              v8 = SymAddr <ptr> [0] {main.f.func1} (prog.go:4:9)
              v9 = Store <void> [0] v7 v8 (prog.go:4:9)
              v10 = Store <void> [8] v7 v2 (prog.go:4:9)
              Ret v7 (prog.go:4:2)
            }
        "#]],
    );
}
