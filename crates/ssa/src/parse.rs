//! Reads the text form written by print.rs back into a `Program`, keeping value,
//! block and slot numbers (gaps become dead values), so that a pass's file test
//! can be written as SSA text. Whole-line `//` and `;` comments are skipped.
//! Errors carry the 1-based line number; the parser never panics.

use crate::{
    Aux, Block, BlockCall, BlockData, CallAux, DataObject, Function, Op, Program, Reloc, Signature,
    Slot, SlotData, Term, Type, Value, ValueData, ValueDef,
};
use cranelift_entity::EntityRef;
use std::fmt;
use syntax::{FileId, Pos};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub msg: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.msg)
    }
}

type R<T> = Result<T, String>;

/// Parse a whole program (files, data objects, functions).
pub fn parse_program(text: &str) -> Result<Program, ParseError> {
    let mut p = Program::default();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i].trim();
        let ln = i + 1;
        i += 1;
        if line.is_empty() || line.starts_with("//") || line.starts_with(';') {
            continue;
        }
        let mut c = Cursor::new(line);
        let res: R<()> = (|| {
            let kw = c.word();
            match kw.as_str() {
                "file" => {
                    let n = c.string()?;
                    p.files.push(n);
                    c.end()
                }
                "data" => {
                    let d = parse_data(&mut c)?;
                    p.data.push(d);
                    Ok(())
                }
                "func" => {
                    let f = parse_func(&mut c, &lines, &mut i, &mut p.files)?;
                    p.funcs.push(f);
                    Ok(())
                }
                _ => Err(format!("expected file, data or func, found {line:?}")),
            }
        })();
        if let Err(msg) = res {
            // errors inside a function report their own line through `i`
            let line = if kw_is_func(line) { i } else { ln };
            return Err(ParseError { line, msg });
        }
    }
    Ok(p)
}

fn kw_is_func(line: &str) -> bool {
    line.starts_with("func")
}

fn parse_data(c: &mut Cursor) -> R<DataObject> {
    let name = c.symbol()?;
    let readonly = match c.word().as_str() {
        "ro" => true,
        "rw" => false,
        w => return Err(format!("expected ro or rw, found {w:?}")),
    };
    c.expect("size=")?;
    let size = c.int()?;
    c.expect("align=")?;
    let align = c.int()?;
    let mut d = DataObject::zeroed(name, size as u64, align as u32);
    d.readonly = readonly;
    if c.eat("init=") {
        let hex = c.word();
        if !hex.len().is_multiple_of(2) {
            return Err("odd number of hex digits in init".into());
        }
        let mut bytes = Vec::new();
        for k in (0..hex.len()).step_by(2) {
            let b = u8::from_str_radix(hex.get(k..k + 2).unwrap_or(""), 16)
                .map_err(|_| "bad hex digit in init".to_string())?;
            bytes.push(b);
        }
        d.init = Some(bytes);
    }
    while c.eat("reloc") {
        let offset = c.int()? as u32;
        let sym = c.symbol()?;
        c.ws();
        let addend = c.int()?;
        d.relocs.push(Reloc { offset, sym, addend });
    }
    c.end()?;
    Ok(d)
}

/// State of one function being parsed.
struct FuncParser<'a> {
    f: Function,
    files: &'a mut Vec<String>,
    cur: Option<Block>,
}

fn parse_func(
    c: &mut Cursor,
    lines: &[&str],
    i: &mut usize,
    files: &mut Vec<String>,
) -> R<Function> {
    let name = c.symbol()?;
    let sig = c.signature()?;
    let mut fp = FuncParser { f: Function::new(name, sig), files, cur: None };
    fp.f.pos = c.opt_pos(fp.files)?;
    c.expect("{")?;
    c.end()?;
    loop {
        let Some(line) = lines.get(*i) else {
            return Err("missing } at the end of the function".into());
        };
        *i += 1;
        let line = line.trim();
        if line.is_empty() || line.starts_with("//") || line.starts_with(';') {
            continue;
        }
        if line == "}" {
            break;
        }
        fp.line(line)?;
    }
    Ok(fp.f)
}

fn id_after(prefix: &str, w: &str) -> Option<usize> {
    let rest = w.strip_prefix(prefix)?;
    // ids are dense: cap them so a stray `v999999999` cannot allocate gigabytes
    if rest.is_empty() || !rest.bytes().all(|b| b.is_ascii_digit()) || rest.len() > 6 {
        return None;
    }
    rest.parse().ok()
}

impl FuncParser<'_> {
    fn value(&mut self, n: usize) -> Value {
        while self.f.values.len() <= n {
            self.f.values.push(ValueData::new(Op::Copy, Type::Void, Vec::new()));
        }
        Value::new(n)
    }

    fn block(&mut self, n: usize) -> Block {
        while self.f.blocks.len() <= n {
            self.f.blocks.push(BlockData::default());
        }
        Block::new(n)
    }

    fn slot(&mut self, n: usize) -> Slot {
        while self.f.slots.len() <= n {
            self.f.slots.push(SlotData { size: 0, align: 1, name: String::new() });
        }
        Slot::new(n)
    }

    fn value_ref(&mut self, w: &str) -> R<Value> {
        id_after("v", w)
            .map(|n| self.value(n))
            .ok_or_else(|| format!("expected a value, found {w:?}"))
    }

    fn line(&mut self, line: &str) -> R<()> {
        let mut c = Cursor::new(line);
        let w = c.word();
        if let Some(n) = id_after("ss", &w) {
            let s = self.slot(n);
            c.expect("=")?;
            c.expect_word("slot")?;
            c.expect("size=")?;
            let size = c.int()? as u32;
            c.expect("align=")?;
            let align = c.int()? as u32;
            let name = c.string()?;
            self.f.slots[s] = SlotData { size, align, name };
            return c.end();
        }
        if let Some(n) = id_after("b", &w) {
            let b = self.block(n);
            if self.f.layout.contains(&b) {
                return Err(format!("{b} defined twice"));
            }
            self.f.layout.push(b);
            self.cur = Some(b);
            if c.peek() == Some('(') {
                c.expect("(")?;
                while !c.eat(")") {
                    let pv = c.word();
                    let v = self.value_ref(&pv)?;
                    c.expect(":")?;
                    let ty = c.ty()?;
                    let nonneg = c.eat("nonneg");
                    self.define(v)?;
                    let idx = self.f.blocks[b].params.len() as u32;
                    self.f.values[v] = ValueData::new(Op::Copy, ty, Vec::new());
                    self.f.values[v].def = ValueDef::Param(b, idx);
                    self.f.values[v].nonneg = nonneg;
                    self.f.blocks[b].params.push(v);
                    c.eat(",");
                    if c.at_end() {
                        return Err("unterminated block parameter list".into());
                    }
                }
            }
            c.expect(":")?;
            return Ok(()); // the rest (← preds) is informational
        }
        let Some(b) = self.cur else { return Err("value or terminator outside a block".into()) };
        if let Some(n) = id_after("v", &w) {
            let v = self.value(n);
            self.define(v)?;
            c.expect("=")?;
            let mut d = self.value_body(&mut c)?;
            d.def = ValueDef::Inst(b);
            self.f.values[v] = d;
            self.f.blocks[b].insts.push(v);
            return Ok(());
        }
        if self.f.blocks[b].term != Term::None {
            return Err(format!("{b} already has a terminator"));
        }
        let term = match w.as_str() {
            "Plain" => {
                c.arrow()?;
                Term::Jump(self.block_call(&mut c)?)
            }
            "If" => {
                let cond = self.value_ref(&c.word())?;
                c.arrow()?;
                let then = self.block_call(&mut c)?;
                let els = self.block_call(&mut c)?;
                Term::If { cond, then, els }
            }
            "Switch" => {
                let index = self.value_ref(&c.word())?;
                c.arrow()?;
                c.expect("[")?;
                let mut targets = Vec::new();
                while !c.eat("]") {
                    if c.at_end() {
                        return Err("unterminated Switch target list".into());
                    }
                    targets.push(self.block_call(&mut c)?);
                }
                let default = self.block_call(&mut c)?;
                Term::Switch { index, targets, default }
            }
            "Ret" => {
                let mut vs = Vec::new();
                while c.peek_value() {
                    let w = c.word();
                    vs.push(self.value_ref(&w)?);
                }
                Term::Ret(vs)
            }
            "Exit" => Term::Exit,
            _ => return Err(format!("unknown statement {w:?}")),
        };
        self.f.blocks[b].term = term;
        self.f.blocks[b].term_pos = c.opt_pos(self.files)?;
        c.end()
    }

    fn define(&mut self, v: Value) -> R<()> {
        if self.f.values[v].def != ValueDef::Dead {
            return Err(format!("{v} defined twice"));
        }
        Ok(())
    }

    fn block_call(&mut self, c: &mut Cursor) -> R<BlockCall> {
        let w = c.word();
        let n = id_after("b", &w).ok_or_else(|| format!("expected a block, found {w:?}"))?;
        let b = self.block(n);
        let mut args = Vec::new();
        if c.peek_raw() == Some('(') {
            c.expect("(")?;
            while !c.eat(")") {
                if c.at_end() {
                    return Err("unterminated argument list".into());
                }
                let w = c.word();
                args.push(self.value_ref(&w)?);
                c.eat(",");
            }
        }
        Ok(BlockCall { block: b, args })
    }

    fn value_body(&mut self, c: &mut Cursor) -> R<ValueData> {
        let name = c.word();
        let op = Op::from_name(&name).ok_or_else(|| format!("unknown op {name:?}"))?;
        c.expect("<")?;
        let ty = c.ty()?;
        c.expect(">")?;
        let mut d = ValueData::new(op, ty, Vec::new());
        match op.aux_int() {
            crate::AuxIntKind::None => {}
            crate::AuxIntKind::Int => {
                c.expect("[")?;
                d.aux_int = c.int()?;
                c.expect("]")?;
            }
            crate::AuxIntKind::Float => {
                c.expect("[")?;
                let w = c.until(']');
                let x: f64 = w.trim().parse().map_err(|_| format!("bad float {w:?}"))?;
                d.aux_int = x.to_bits() as i64;
                c.expect("]")?;
            }
        }
        match op {
            Op::SymAddr => d.aux = Aux::Sym(c.braced()?),
            Op::SlotAddr => {
                let s = c.braced()?;
                let n =
                    id_after("ss", &s).ok_or_else(|| format!("expected a slot, found {s:?}"))?;
                d.aux = Aux::Slot(self.slot(n));
            }
            Op::Call => {
                let callee = c.braced()?;
                let sig = c.signature()?;
                d.aux = Aux::Call(Box::new(CallAux { callee: Some(callee), sig }));
            }
            Op::CallInd => {
                let sig = c.signature()?;
                d.aux = Aux::Call(Box::new(CallAux { callee: None, sig }));
            }
            _ => {}
        }
        while c.peek_value() {
            let w = c.word();
            d.args.push(self.value_ref(&w)?);
        }
        d.nonneg = c.eat("nonneg");
        d.pos = c.opt_pos(self.files)?;
        c.end()?;
        Ok(d)
    }
}

/// A character cursor over one line.
struct Cursor<'a> {
    s: &'a str,
    i: usize,
}

impl<'a> Cursor<'a> {
    fn new(s: &'a str) -> Cursor<'a> {
        Cursor { s, i: 0 }
    }

    fn rest(&self) -> &'a str {
        &self.s[self.i..]
    }

    fn ws(&mut self) {
        let r = self.rest();
        self.i += r.len() - r.trim_start().len();
    }

    fn peek(&mut self) -> Option<char> {
        self.ws();
        self.rest().chars().next()
    }

    fn peek_raw(&self) -> Option<char> {
        self.rest().chars().next()
    }

    fn at_end(&mut self) -> bool {
        self.peek().is_none()
    }

    fn end(&mut self) -> R<()> {
        if self.at_end() { Ok(()) } else { Err(format!("unexpected {:?}", self.rest())) }
    }

    fn eat(&mut self, t: &str) -> bool {
        self.ws();
        if self.rest().starts_with(t) {
            self.i += t.len();
            true
        } else {
            false
        }
    }

    fn expect(&mut self, t: &str) -> R<()> {
        if self.eat(t) { Ok(()) } else { Err(format!("expected {t:?} at {:?}", self.rest())) }
    }

    fn expect_word(&mut self, w: &str) -> R<()> {
        let got = self.word();
        if got == w { Ok(()) } else { Err(format!("expected {w:?}, found {got:?}")) }
    }

    fn arrow(&mut self) -> R<()> {
        if self.eat("→") || self.eat("->") { Ok(()) } else { Err("expected →".into()) }
    }

    /// Letters, digits and `_`.
    fn word(&mut self) -> String {
        self.ws();
        let r = self.rest();
        let n = r.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(r.len());
        self.i += n;
        r[..n].to_string()
    }

    /// Is the next word a value reference `vN`?
    fn peek_value(&mut self) -> bool {
        self.ws();
        let r = self.rest();
        let n = r.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(r.len());
        id_after("v", &r[..n]).is_some()
    }

    fn until(&mut self, end: char) -> &'a str {
        let r = self.rest();
        let n = r.find(end).unwrap_or(r.len());
        self.i += n;
        &r[..n]
    }

    fn int(&mut self) -> R<i64> {
        self.ws();
        let r = self.rest();
        let (neg, body) = match r.strip_prefix('-') {
            Some(b) => (true, b),
            None => (false, r.strip_prefix('+').unwrap_or(r)),
        };
        let sign_len = r.len() - body.len();
        let (radix, digits_at) = if body.starts_with("0x") { (16, 2) } else { (10, 0) };
        let digits = &body[digits_at..];
        let n = digits.find(|c: char| !c.is_ascii_alphanumeric()).unwrap_or(digits.len());
        let mag = u64::from_str_radix(&digits[..n], radix)
            .map_err(|_| format!("expected an integer at {r:?}"))?;
        self.i += sign_len + digits_at + n;
        let v = if neg { (mag as i64).wrapping_neg() } else { mag as i64 };
        if neg && mag > 1u64 << 63 {
            return Err(format!("integer out of range at {r:?}"));
        }
        Ok(v)
    }

    fn ty(&mut self) -> R<Type> {
        let w = self.word();
        Type::from_name(&w).ok_or_else(|| format!("unknown type {w:?}"))
    }

    /// `(t, t) [-> t | -> (t, t) | -> !]`
    fn signature(&mut self) -> R<Signature> {
        let mut sig = Signature::default();
        self.expect("(")?;
        sig.params = self.type_list()?;
        if self.eat("->") || self.eat("→") {
            if self.eat("!") {
                sig.noreturn = true;
            } else if self.eat("(") {
                sig.results = self.type_list()?;
            } else {
                sig.results = vec![self.ty()?];
            }
        }
        Ok(sig)
    }

    /// Types up to and including `)`.
    fn type_list(&mut self) -> R<Vec<Type>> {
        let mut v = Vec::new();
        while !self.eat(")") {
            if self.at_end() {
                return Err("unterminated type list".into());
            }
            v.push(self.ty()?);
            self.eat(",");
        }
        Ok(v)
    }

    fn string(&mut self) -> R<String> {
        self.expect("\"")?;
        let mut out = String::new();
        let mut chars = self.rest().char_indices();
        while let Some((k, c)) = chars.next() {
            match c {
                '"' => {
                    self.i += k + 1;
                    return Ok(out);
                }
                '\\' => match chars.next() {
                    Some((_, 'n')) => out.push('\n'),
                    Some((_, 't')) => out.push('\t'),
                    Some((_, '"')) => out.push('"'),
                    Some((_, '\\')) => out.push('\\'),
                    Some((_, 'u')) => {
                        let mut hex = String::new();
                        if !matches!(chars.next(), Some((_, '{'))) {
                            return Err("bad \\u escape".into());
                        }
                        for (_, h) in chars.by_ref() {
                            if h == '}' {
                                break;
                            }
                            hex.push(h);
                        }
                        let ch = u32::from_str_radix(&hex, 16)
                            .ok()
                            .and_then(char::from_u32)
                            .ok_or("bad \\u escape")?;
                        out.push(ch);
                    }
                    _ => return Err("bad escape in string".into()),
                },
                c => out.push(c),
            }
        }
        Err("unterminated string".into())
    }

    /// `{sym}` or `{"sym"}`.
    fn braced(&mut self) -> R<String> {
        self.expect("{")?;
        let s = if self.peek() == Some('"') {
            self.string()?
        } else {
            let s = self.until('}').to_string();
            if s.is_empty() {
                return Err("empty symbol".into());
            }
            s
        };
        self.expect("}")?;
        Ok(s)
    }

    /// A bare symbol or a braced one.
    fn symbol(&mut self) -> R<String> {
        if self.peek() == Some('{') {
            return self.braced();
        }
        let r = self.rest();
        let n = r
            .find(|c: char| !(c.is_alphanumeric() || matches!(c, '_' | '.' | '·' | '$')))
            .unwrap_or(r.len());
        if n == 0 {
            return Err(format!("expected a symbol at {r:?}"));
        }
        self.i += n;
        Ok(r[..n].to_string())
    }

    /// An optional ` (file:line:col)`.
    fn opt_pos(&mut self, files: &mut Vec<String>) -> R<Pos> {
        if self.peek() != Some('(') {
            return Ok(Pos::NONE);
        }
        self.expect("(")?;
        let body = self.until(')').to_string();
        self.expect(")")?;
        let mut parts = body.rsplitn(3, ':');
        let col = parts.next().and_then(|s| s.parse::<u32>().ok());
        let line = parts.next().and_then(|s| s.parse::<u32>().ok());
        let (Some(col), Some(line), Some(file)) = (col, line, parts.next()) else {
            return Err(format!("bad position ({body})"));
        };
        let id = match files.iter().position(|f| f == file) {
            Some(k) => k,
            None => {
                files.push(file.to_string());
                files.len() - 1
            }
        };
        Ok(Pos::new(FileId(id as u32), line, col))
    }
}
