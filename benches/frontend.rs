//! Front-end throughput: lexing, parsing and type checking a large generated program
//! (issue 2). The program is generated here: `UNITS` copies of a unit with a struct type,
//! methods, an interface, a function with loops, a switch, a closure, maps, slices,
//! constants and conversions, plus a `main` calling every unit. It type-checks cleanly
//! (asserted). Throughput is reported in source lines per second.
//!
//! `cargo bench -p types --bench frontend [-- FILTER]`

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use std::fmt::Write;
use std::hint::black_box;
use syntax::FileId;

const UNITS: usize = 1000;

fn unit(s: &mut String, i: usize) {
    write!(
        s,
        r#"
// Unit {i}: a type, its methods, an interface and a function using them.
type T{i} struct {{
	a, b  int
	name  string
	next  *T{i}
	vals  []float64
}}

type Summer{i} interface {{
	Sum(x int) int
	Name() string
}}

func (t *T{i}) Sum(x int) int {{
	s := t.a*x + t.b
	for n := t.next; n != nil; n = n.next {{
		s += n.a - n.b<<1
	}}
	return s
}}

func (t T{i}) Name() string {{ return t.name + "_{i}" }}

const (
	k{i}a = iota * {i}
	k{i}b
	k{i}c = 1 << 20 / (k{i}b + 1)
)

func f{i}(xs []int, m map[string]int) (total int, err error) {{
	for j, v := range xs {{
		if v%2 == 0 && j > 0 {{
			total += v * j
		}} else if v < 0 {{
			total -= v
		}} else {{
			continue
		}}
	}}
	switch total % 3 {{
	case 0:
		total++
	case 1, 2:
		total += k{i}c
	default:
		total--
	}}
	add := func(k int) int {{ return k + total + len(m) }}
	var s Summer{i} = &T{i}{{a: 1, b: 2, name: "t", vals: []float64{{1.5, 2.5}}}}
	total += s.Sum(add(3))
	if t, ok := s.(*T{i}); ok {{
		total += len(t.vals) + int(t.vals[0]*2)
	}}
	m["k{i}"] = total
	bs := []byte(s.Name())
	for k := 0; k < len(bs); k++ {{
		total += int(bs[k]) ^ k
	}}
	var arr [4]int
	arr[total&3] = int(uint8(total))
	total += arr[0] + arr[1] + arr[2] + arr[3]
	return total, nil
}}
"#
    )
    .unwrap();
}

fn program() -> String {
    let mut s = String::from("package main\n");
    for i in 0..UNITS {
        unit(&mut s, i);
    }
    s.push_str(
        "\nfunc main() {\n\tm := map[string]int{}\n\txs := []int{1, 2, 3, -4, 5, 6}\n\tt := 0\n",
    );
    for i in 0..UNITS {
        writeln!(s, "\tif n, err := f{i}(xs, m); err == nil {{\n\t\tt += n\n\t}}").unwrap();
    }
    s.push_str("\tprintln(t, len(m))\n}\n");
    s
}

fn check(file: &syntax::ast::File) -> types::Program {
    let pkgs = [types::PackageFiles { path: "main".into(), files: vec![file] }];
    let cfg = types::Config { file_names: vec!["./gen.go".into()] };
    let (prog, d) = types::check_program(&cfg, &pkgs);
    assert!(d.iter().all(|d| d.severity != syntax::Severity::Error), "{:?}", &d[..d.len().min(5)]);
    prog
}

fn bench(c: &mut Criterion) {
    let src = program();
    let lines = src.lines().count() as u64;
    let (file, diags) = syntax::parse_file(FileId(0), &src);
    assert!(diags.is_empty(), "{:?}", &diags[..diags.len().min(5)]);
    check(&file);

    let mut g = c.benchmark_group(format!("frontend/{lines} lines"));
    g.throughput(Throughput::Elements(lines));
    g.sample_size(10);
    g.bench_function("lex", |b| {
        b.iter(|| black_box(syntax::lexer::lex(FileId(0), black_box(&src)).toks.len()))
    });
    g.bench_function("parse (lex + parse)", |b| {
        b.iter(|| black_box(syntax::parse_file(FileId(0), black_box(&src))))
    });
    g.bench_function("check", |b| b.iter(|| black_box(check(black_box(&file)))));
    g.bench_function("parse + check", |b| {
        b.iter(|| {
            let (f, _) = syntax::parse_file(FileId(0), black_box(&src));
            black_box(check(&f))
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
