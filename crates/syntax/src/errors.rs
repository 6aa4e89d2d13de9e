//! gc's syntax error messages for LR errors.
//!
//! gc's parser is recursive descent: its message depends on the production
//! it was in (`… in argument list; possibly missing comma or )`, `… at end of
//! statement`, `…, expecting expression`). The LR automaton's equivalent of
//! "the production it was in" is the set of terminals it would have accepted;
//! lalrpop computes it exactly for the parse stack at the error. Phantom
//! terminals ("@args", "@hdr1", … — never produced by the lexer) are placed in
//! the grammar exactly where gc has a specific message, so their presence in
//! the expected set identifies the context. The rules below are ordered from
//! the most to the least specific.

use crate::parser::LrError;

/// Returns gc's message for an LR error (`None`: not reported).
pub fn classify(e: &LrError) -> Option<String> {
    let has = |t: &str| e.expected.iter().any(|x| x == t);
    let tok = &e.tok;
    let unexpected = |rest: &str| format!("syntax error: unexpected {}{}", tok, rest);
    let list = |ctx: &str, sep: &str, close: &str| {
        unexpected(&format!(" in {}; possibly missing {} or {}", ctx, sep, close))
    };
    let msg = if e.tok == "var" && (has("@ifinit") || has("@forinit") || has("@swinit")) {
        let kw = if has("@ifinit") {
            "if"
        } else if has("@forinit") {
            "for"
        } else {
            "switch"
        };
        return Some(format!("syntax error: var declaration not allowed in {} initializer", kw));
    } else if tok == ":=" && has("=") && !has(":=") {
        // gc's gotAssign accepts `:=` for `=` with this error
        unexpected(", expecting =")
    } else if tok == "comma" && has("]") && !has(",") && !has("lit") {
        "syntax error: unexpected comma; expecting ]".to_string()
    } else if has("@funcname") || has("@sel") {
        unexpected(", expecting name or (")
    } else if has("@args") {
        list("argument list", "comma", ")")
    } else if has("@complit") {
        list("composite literal", "comma", "}")
    } else if has("@params") {
        list("parameter list", "comma", ")")
    } else if has("@tparams") {
        list("parameter list", "comma", "]")
    } else if has("@tpstart") {
        unexpected(", expecting ]")
    } else if has("@pstart") {
        unexpected(", expecting )")
    } else if has("@group") {
        list("grouped declaration", "semicolon or newline", ")")
    } else if has("@struct") && has("map") {
        // after a field name: gc expects the field type
        unexpected(", expecting type")
    } else if has("@struct") {
        list("struct type", "semicolon or newline", "}")
    } else if has("@iface") {
        list("interface type", "semicolon or newline", "}")
    } else if has("@field") {
        unexpected(", expecting field name or embedded type")
    } else if has("@hdr1") {
        unexpected(", expecting {")
    } else if has("@ifbody") {
        unexpected(", expecting { after if clause")
    } else if has("@swbody") {
        "syntax error: missing { after switch clause".to_string()
    } else if has("@forcond") {
        unexpected(", expecting semicolon or newline")
    } else if has("@forbody") {
        unexpected(", expecting { after for clause")
    } else if has("@select") {
        "syntax error: missing { after select clause".to_string()
    } else if has("@import") {
        "syntax error: missing import path".to_string()
    } else if has("@typedecl") {
        unexpected(" in type declaration")
    } else if has("@forcond0") {
        if tok == "{" {
            unexpected(", expecting for loop condition")
        } else {
            unexpected(", expecting expression")
        }
    } else if has("@chanelem") {
        "syntax error: missing channel element type".to_string()
    } else if has("@index") {
        if tok == "]" {
            unexpected(", expecting operand")
        } else {
            unexpected(", expecting expression")
        }
    } else if e.is_eof && has(")") {
        unexpected(", expecting )")
    } else if e.is_eof && has("}") {
        unexpected(", expecting }")
    } else if e.is_eof && has("]") {
        unexpected(", expecting ]")
    } else if has("if") && has("for") {
        // at the start of a statement: gc's statement list ends here
        if has("case") {
            unexpected(", expecting case or default or }")
        } else {
            unexpected(", expecting }")
        }
    } else if has(";") && has("}") && has("lit") {
        // `return` with an optional result list
        unexpected(", expecting expression")
    } else if has(";") && has("}") {
        unexpected(" at end of statement")
    } else if e.expected.len() == 1 && has("}") {
        // a statement list closed early by a (lane-table) default reduction:
        // gc's list ends at a statement start, or complains about the end of
        // the last statement
        if e.after_semi { unexpected(", expecting }") } else { unexpected(" at end of statement") }
    } else if e.expected.len() == 1 && has(";") {
        unexpected(", expecting semicolon or newline")
    } else if has("case") && has("default") {
        unexpected(", expecting case or default or }")
    } else if has(";") && (has("EOF") || !has("func")) {
        unexpected(" after top level declaration")
    } else if has("func") && has("var") && has("const") && has("EOF") {
        if e.is_lbrace && e.after_bodyless_func {
            "syntax error: unexpected semicolon or newline before {".to_string()
        } else {
            "syntax error: non-declaration statement outside function body".to_string()
        }
    } else if has(":") && has(":=") && has("=") {
        // a select case `case x y:`
        unexpected(", expecting :")
    } else if has(":=") && has("=") && has(",") {
        unexpected(", expecting := or = or comma")
    } else if has(",") && has(":") && has("]") {
        unexpected(", expecting comma, : or ]")
    } else if has("if") && has("{") && e.expected.len() == 2 {
        "syntax error: else must be followed by if or statement block".to_string()
    } else if has("lit") {
        unexpected(", expecting expression")
    } else if has("map") && has("~") {
        unexpected(", expecting ~ term or type")
    } else if has("map") {
        unexpected(", expecting type")
    } else if has("name") && has(")") && e.expected.len() == 2 {
        // the start of a spec in a declaration group
        unexpected(", expecting name")
    } else if has(":") {
        unexpected(", expecting :")
    } else if has(")") {
        unexpected(", expecting )")
    } else if has("]") {
        unexpected(", expecting ]")
    } else if has("}") {
        unexpected(", expecting }")
    } else if has("{") {
        unexpected(", expecting {")
    } else if has("=") {
        unexpected(", expecting =")
    } else if has("[") && e.expected.len() == 1 {
        unexpected(", expecting [")
    } else if has("name") {
        unexpected(", expecting name")
    } else if has("(") {
        unexpected(", expecting (")
    } else if has(";") {
        unexpected(", expecting semicolon or newline")
    } else if has("chan") {
        unexpected(", expecting chan")
    } else {
        unexpected("")
    };
    Some(msg)
}
