//! Lexer unit tests: literal forms and values, escapes, semicolon insertion,
//! positions, directives, and gc's lexical error messages.

use syntax::ast::Lit;
use syntax::lexer::{SemiKind, Tok, lex};
use syntax::{FileId, parse_file};

fn toks(src: &str) -> Vec<String> {
    lex(FileId(0), src)
        .toks
        .iter()
        .map(|(_, t, _)| match t {
            Tok::Name(n) => format!("name:{n}"),
            Tok::Lit(l) => format!("lit:{}", l.text),
            Tok::Semi(SemiKind::Semi) => ";".into(),
            Tok::Semi(SemiKind::Newline) => ";nl".into(),
            Tok::Semi(SemiKind::Eof) => ";eof".into(),
            Tok::Eof => "EOF".into(),
            t => t.text().to_string(),
        })
        .collect()
}

fn lits(src: &str) -> Vec<(Lit, bool)> {
    lex(FileId(0), src)
        .toks
        .into_iter()
        .filter_map(|(_, t, _)| match t {
            Tok::Lit(l) => Some((l.lit, l.bad)),
            _ => None,
        })
        .collect()
}

fn lit(src: &str) -> Lit {
    let v = lits(src);
    assert_eq!(v.len(), 1, "{src}: {v:?}");
    assert!(!v[0].1, "{src}: marked bad");
    v[0].0.clone()
}

/// Lexical errors as `line:col: msg`.
fn errs(src: &str) -> Vec<String> {
    lex(FileId(0), src).errors.iter().map(|(p, m)| format!("{}:{}: {}", p.line, p.col, m)).collect()
}

#[test]
fn integer_literals() {
    for (src, text) in [
        ("0", "0"),
        ("42", "42"),
        ("1_000_000", "1000000"),
        ("0x1F", "0x1F"),
        ("0XaBcD", "0XaBcD"),
        ("0x_1f", "0x1f"),
        ("0o17", "0o17"),
        ("0O7_7", "0O77"),
        ("0777", "0777"),
        ("0_17", "017"),
        ("0b1010", "0b1010"),
        ("0B1_0", "0B10"),
        ("18446744073709551616", "18446744073709551616"),
    ] {
        assert_eq!(lit(src), Lit::Int(text.into()), "{src}");
    }
}

#[test]
fn float_and_imaginary_literals() {
    for (src, text) in [
        ("0.", "0."),
        ("1.5", "1.5"),
        (".5", ".5"),
        ("1e10", "1e10"),
        ("1E-3", "1E-3"),
        ("1.e+2", "1.e+2"),
        ("0x1p-2", "0x1p-2"),
        ("0X1.8P3", "0X1.8P3"),
        ("0x.8p1", "0x.8p1"),
        ("1_0.2_5", "10.25"),
        ("089.5", "089.5"),
        ("1_2e1_0", "12e10"),
    ] {
        assert_eq!(lit(src), Lit::Float(text.into()), "{src}");
    }
    for (src, text) in [
        ("0i", "0i"),
        ("1.5i", "1.5i"),
        ("1e3i", "1e3i"),
        ("0x1p2i", "0x1p2i"),
        ("089i", "089i"),
        ("0b1i", "0b1i"),
    ] {
        assert_eq!(lit(src), Lit::Imag(text.into()), "{src}");
    }
}

#[test]
fn rune_literals() {
    for (src, v) in [
        ("'a'", 'a' as u32),
        ("'ä'", 'ä' as u32),
        ("'本'", '本' as u32),
        ("'\\a'", 7),
        ("'\\b'", 8),
        ("'\\f'", 12),
        ("'\\n'", 10),
        ("'\\r'", 13),
        ("'\\t'", 9),
        ("'\\v'", 11),
        ("'\\\\'", '\\' as u32),
        ("'\\''", '\'' as u32),
        ("'\"'", '"' as u32),
        ("'\\000'", 0),
        ("'\\377'", 255),
        ("'\\x7f'", 0x7f),
        ("'\\u12e4'", 0x12e4),
        ("'\\U00101234'", 0x101234),
    ] {
        assert_eq!(lit(src), Lit::Rune(v), "{src}");
    }
}

#[test]
fn string_literals_and_escapes() {
    for (src, v) in [
        (r#""""#, &b""[..]),
        (r#""abc""#, b"abc"),
        (r#""\a\b\f\n\r\t\v\\\"""#, b"\x07\x08\x0c\n\r\t\x0b\\\""),
        (r#""\000\377\xff\x41""#, b"\x00\xff\xffA"),
        (r#""\u00e4\U0001F600""#, "ä😀".as_bytes()),
        ("\"日本\"", "日本".as_bytes()),
        ("`raw \\n`", b"raw \\n"),
        ("`a\r\nb\r`", b"a\nb"),
        ("`multi\nline`", b"multi\nline"),
    ] {
        assert_eq!(lit(src), Lit::Str(v.to_vec()), "{src}");
    }
}

#[test]
fn semicolon_insertion() {
    assert_eq!(toks("x\n"), ["name:x", ";nl", "EOF"]);
    assert_eq!(toks("x"), ["name:x", ";eof", "EOF"]);
    assert_eq!(
        toks("1\n'a'\n\"s\"\n`r`\n"),
        ["lit:1", ";nl", "lit:'a'", ";nl", "lit:\"s\"", ";nl", "lit:`r`", ";nl", "EOF"]
    );
    assert_eq!(
        toks("break\ncontinue\nfallthrough\nreturn\nx++\ny--\n)\n]\n}\n"),
        [
            "break",
            ";nl",
            "continue",
            ";nl",
            "fallthrough",
            ";nl",
            "return",
            ";nl",
            "name:x",
            "++",
            ";nl",
            "name:y",
            "--",
            ";nl",
            ")",
            ";nl",
            "]",
            ";nl",
            "}",
            ";nl",
            "EOF"
        ]
    );
    // no semicolon after operators, keywords, opening brackets
    assert_eq!(toks("x +\ny\n"), ["name:x", "+", "name:y", ";nl", "EOF"]);
    assert_eq!(toks("func\n(\n{\n[\n,\n"), ["func", "(", "{", "[", ",", "EOF"]);
    // comments: a line comment ends at the newline; a multi-line block
    // comment acts as a newline; a one-line block comment does not
    assert_eq!(toks("x // c\ny"), ["name:x", ";nl", "name:y", ";eof", "EOF"]);
    assert_eq!(toks("x /* a\nb */ y"), ["name:x", ";nl", "name:y", ";eof", "EOF"]);
    assert_eq!(toks("x /* a */ + y"), ["name:x", "+", "name:y", ";eof", "EOF"]);
    assert_eq!(toks("x;y"), ["name:x", ";", "name:y", ";eof", "EOF"]);
    // `..` is two dots, `...` one token
    assert_eq!(toks("a..b...c"), ["name:a", ".", ".", "name:b", "...", "name:c", ";eof", "EOF"]);
}

#[test]
fn operators() {
    assert_eq!(
        toks(
            "+ - * / % & | ^ << >> &^ += -= *= /= %= &= |= ^= <<= >>= &^= && || <- ++ -- == < > = ! ~ != <= >= := ..."
        ),
        [
            "+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "&^", "op=", "op=", "op=", "op=",
            "op=", "op=", "op=", "op=", "op=", "op=", "op=", "&&", "||", "<-", "++", "--", "==",
            "<", ">", "=", "!", "~", "!=", "<=", ">=", ":=", "...", "EOF"
        ]
    );
    assert_eq!(
        toks("breakx go_ _x x1 ä"),
        ["name:breakx", "name:go_", "name:_x", "name:x1", "name:ä", ";eof", "EOF"]
    );
}

#[test]
fn positions_are_gc_byte_columns() {
    let l = lex(FileId(3), "package p\n\tvar ä, b = 1\n");
    let pos: Vec<(u32, u32)> = l.toks.iter().map(|(p, _, _)| (p.line, p.col)).collect();
    // `ä` is two bytes: the comma is at byte column 8
    assert_eq!(
        pos,
        [
            (1, 1),
            (1, 9),
            (1, 10),
            (2, 2),
            (2, 6),
            (2, 8),
            (2, 10),
            (2, 12),
            (2, 14),
            (2, 15),
            (3, 1)
        ]
    );
    assert_eq!(l.toks[0].0.file, FileId(3));
    assert_eq!((l.eof.line, l.eof.col), (3, 1));
}

#[test]
fn directives_precede_their_token() {
    let l = lex(FileId(0), "package p\n\n//go:noinline\n//go:linkname a b\nfunc f()\n");
    let d: Vec<(usize, String, u32)> =
        l.directives.iter().map(|(i, d)| (*i, d.text.clone(), d.pos.line)).collect();
    assert_eq!(d, [(3, "noinline".to_string(), 3), (3, "linkname a b".to_string(), 4)]);
    assert_eq!(l.toks[3].1, Tok::Func);
}

#[test]
fn number_errors() {
    assert_eq!(errs("x := 1__0"), ["1:8: '_' must separate successive digits"]);
    assert_eq!(errs("x := 10_"), ["1:8: '_' must separate successive digits"]);
    assert_eq!(errs("x := 0x_"), ["1:9: hexadecimal literal has no digits"]);
    assert_eq!(errs("x := 0x"), ["1:8: hexadecimal literal has no digits"]);
    assert_eq!(errs("x := 0b"), ["1:8: binary literal has no digits"]);
    assert_eq!(errs("x := 0o78"), ["1:9: invalid digit '8' in octal literal"]);
    assert_eq!(errs("x := 0779"), ["1:9: invalid digit '9' in octal literal"]);
    assert_eq!(errs("x := 0b102"), ["1:10: invalid digit '2' in binary literal"]);
    assert_eq!(errs("x := 1e"), ["1:8: exponent has no digits"]);
    assert_eq!(errs("x := 1e+"), ["1:9: exponent has no digits"]);
    assert_eq!(errs("x := 0x1.5"), ["1:11: hexadecimal mantissa requires a 'p' exponent"]);
    assert_eq!(errs("x := 1p3"), ["1:7: 'p' exponent requires hexadecimal mantissa"]);
    assert_eq!(errs("x := 0b1e3"), ["1:9: 'e' exponent requires decimal mantissa"]);
    assert_eq!(errs("x := 0b1.0"), ["1:9: invalid radix point in binary literal"]);
    assert_eq!(errs("x := 0o1.0"), ["1:9: invalid radix point in octal literal"]);
    // legacy octal with a decimal point or exponent is a valid float
    assert!(errs("x := 089.5 + 09e1 + 09i").is_empty());
    assert!(errs("x := 0x_1 + 0b_1 + 1_2.3_4").is_empty());
}

#[test]
fn string_and_rune_errors() {
    assert_eq!(errs(r#"s := "a\qb""#), ["1:9: unknown escape"]);
    assert_eq!(errs(r#"s := "\xZZ""#), ["1:9: invalid character 'Z' in hexadecimal escape"]);
    assert_eq!(errs(r#"s := "\08""#), ["1:9: invalid character '8' in octal escape"]);
    assert_eq!(errs(r#"s := "\400""#), ["1:11: octal escape value 256 > 255"]);
    assert_eq!(errs(r#"s := "\uD800""#), ["1:13: escape is invalid Unicode code point U+D800"]);
    assert_eq!(
        errs(r#"s := "\U00110000""#),
        ["1:17: escape is invalid Unicode code point U+110000"]
    );
    assert_eq!(errs(r#"s := "\'""#), ["1:8: unknown escape"]);
    assert_eq!(errs(r#"r := '\"'"#), ["1:8: unknown escape"]);
    assert_eq!(errs("s := \"abc\ndef\"\n"), ["1:10: newline in string", "2:5: newline in string"]);
    assert_eq!(errs("s := \"abc"), ["1:6: string not terminated"]);
    assert_eq!(errs("s := `abc"), ["1:6: string not terminated"]);
    assert_eq!(errs("r := ''"), ["1:7: empty rune literal or unescaped '"]);
    assert_eq!(errs("r := 'ab'"), ["1:6: more than one character in rune literal"]);
    assert_eq!(errs("r := 'a\n"), ["1:8: newline in rune literal"]);
    assert_eq!(errs("r := 'a"), ["1:6: rune literal not terminated"]);
    assert_eq!(errs("/* abc"), ["1:1: comment not terminated"]);
}

#[test]
fn character_errors() {
    assert_eq!(errs("x := 1 @ 2"), ["1:8: invalid character U+0040 '@'"]);
    assert_eq!(errs("x := 1 # 2"), ["1:8: invalid character U+0023 '#'"]);
    assert_eq!(errs("x := 1 \x07"), ["1:8: invalid character U+0007"]);
    assert_eq!(errs("x\u{b7}y := 1"), ["1:2: invalid character U+00B7 '·' in identifier"]);
    assert_eq!(errs("\u{663}x := 1"), ["1:1: identifier cannot begin with digit U+0663 '٣'"]);
    assert_eq!(errs("x := 1\x00"), ["1:7: invalid NUL character"]);
    assert_eq!(errs("\u{feff}package p"), Vec::<String>::new());
    assert_eq!(errs("package p\u{feff}"), ["1:10: invalid BOM in the middle of the file"]);
}

#[test]
fn lexical_errors_reach_parse_file_without_syntax_prefix() {
    let (_, d) = parse_file(FileId(0), "package p\n\nvar x = 0x\n");
    assert_eq!(d.len(), 1);
    assert_eq!(
        (d[0].pos.line, d[0].pos.col, d[0].msg.as_str()),
        (3, 11, "hexadecimal literal has no digits")
    );
}
