//! The SSA optimizer: one ordered pass table modelled on gc's
//! (`cmd/compile/internal/ssa/compile.go`), ordering constraints written as
//! data, and the driver [`run_passes`].
//!
//! Every pass is a function `fn(&mut Function, &mut PassCtx)` in its own file,
//! which starts with its contract: what it needs, what it invalidates, what
//! must follow. Passes never panic on a verified function and never print:
//! debug reports (`Proved IsInBounds`) are [`Diagnostic`]s of Info severity,
//! dumps are strings.
//!
//! Pass names are gc's where gc has the pass (`opt`, `generic cse`,
//! `nilcheckelim`, `prove`, `check bce`, ...); on the command line spaces are
//! written `_` (`-d=ssa/check_bce/debug=1`, `-d=ssa/generic_cse/off`).

pub mod branchelim;
pub mod checkbce;
pub mod copyelim;
pub mod cse;
pub mod deadauto;
pub mod deadcode;
pub mod dse;
pub mod fuse;
pub mod loopbce;
pub mod nilcheck;
pub mod opt;
pub mod phielim;
pub mod phiopt;
pub mod prove;
pub mod shortcircuit;
pub mod util;

use crate::{Function, Program, print_function, verify_function};
use std::collections::{BTreeMap, BTreeSet};
use syntax::{Diagnostic, Pos};

/// What a pass gets besides the function: its name, its debug level
/// (`-d=ssa/NAME/debug=N`) and where to put its reports.
pub struct PassCtx<'a> {
    pub pass: &'static str,
    pub debug: u32,
    diags: &'a mut Vec<Diagnostic>,
}

impl<'a> PassCtx<'a> {
    pub fn new(pass: &'static str, debug: u32, diags: &'a mut Vec<Diagnostic>) -> PassCtx<'a> {
        PassCtx { pass, debug, diags }
    }

    /// A debug report (`-d=ssa/prove/debug=1` style), Info severity.
    pub fn report(&mut self, pos: Pos, msg: impl Into<String>) {
        self.diags.push(Diagnostic::info(pos, msg));
    }
}

pub type PassFn = fn(&mut Function, &mut PassCtx);

/// One entry of the pass table.
#[derive(Clone, Copy)]
pub struct Pass {
    /// gc's spelling, with spaces (`generic cse`).
    pub name: &'static str,
    pub run: PassFn,
    /// Runs even with `-N` (and cannot be switched off, as in gc).
    pub required: bool,
}

/// A pass-ordering constraint: `before` must run before `after`.
pub struct Constraint {
    pub before: &'static str,
    pub after: &'static str,
    pub reason: &'static str,
}

const fn pass(name: &'static str, run: PassFn, required: bool) -> Pass {
    Pass { name, run, required }
}

/// The passes, in order. gc's required/optional split is kept: with `-N`
/// only the required ones run (so constant folding still happens, as in gc).
pub const PASSES: &[Pass] = &[
    pass("early phielim", phielim::phielim, false),
    pass("early copyelim", copyelim::copyelim, false),
    pass("early deadcode", deadcode::deadcode, false),
    pass("short circuit", shortcircuit::shortcircuit, false),
    pass("opt", opt::opt, true),
    pass("opt deadcode", deadcode::deadcode, true),
    pass("generic cse", cse::cse, false),
    pass("phiopt", phiopt::phiopt, false),
    pass("gcse deadcode", deadcode::deadcode, true),
    pass("nilcheckelim", nilcheck::nilcheckelim, false),
    pass("prove", prove::prove, false),
    pass("early fuse", fuse::fuse_early, false),
    pass("late opt", opt::opt, true),
    pass("late cse", cse::cse, false),
    pass("dead auto elim", deadauto::dead_auto_elim, false),
    pass("generic deadcode", deadcode::deadcode, true),
    pass("check bce", checkbce::checkbce, false),
    pass("branchelim", branchelim::branchelim, false),
    pass("late fuse", fuse::fuse_late, false),
    pass("dse", dse::dse, false),
    pass("late phielim", phielim::phielim, false),
    pass("late copyelim", copyelim::copyelim, false),
    pass("late deadcode", deadcode::deadcode, false),
];

/// Ordering constraints between passes (checked by a test, as gc checks its
/// `passOrder`).
pub const PASS_ORDER: &[Constraint] = &[
    Constraint {
        before: "early phielim",
        after: "opt",
        reason: "a block parameter with one incoming value hides constants from the rules",
    },
    Constraint {
        before: "early copyelim",
        after: "early deadcode",
        reason: "copies keep their sources alive until their uses are redirected",
    },
    Constraint {
        before: "short circuit",
        after: "opt",
        reason: "short circuit leaves constant conditions and merge parameters for opt",
    },
    Constraint {
        before: "opt",
        after: "generic cse",
        reason: "rules canonicalize values (constant operands second) so CSE finds more duplicates",
    },
    Constraint {
        before: "generic cse",
        after: "prove",
        reason: "prove relies on CSE to see equal lengths and indexes as one value",
    },
    Constraint {
        before: "generic cse",
        after: "nilcheckelim",
        reason: "CSE substantially improves nilcheckelim (same pointer, same value)",
    },
    Constraint {
        before: "opt",
        after: "nilcheckelim",
        reason: "nilcheckelim relies on opt to fold user nil comparisons into branches",
    },
    Constraint {
        before: "nilcheckelim",
        after: "generic deadcode",
        reason: "deadcode cleans up after nilcheckelim",
    },
    Constraint {
        before: "nilcheckelim",
        after: "late fuse",
        reason: "nilcheckelim leaves sequences of plain blocks for fuse to merge",
    },
    Constraint {
        before: "prove",
        after: "generic deadcode",
        reason: "deadcode removes the blocks and checks prove cut off",
    },
    Constraint {
        before: "generic deadcode",
        after: "check bce",
        reason: "check bce must see only the bounds checks that are still live",
    },
    Constraint {
        before: "prove",
        after: "check bce",
        reason: "check bce reports the checks prove could not remove",
    },
    Constraint {
        before: "generic cse",
        after: "dse",
        reason: "CSE makes equal addresses one value, which dse compares",
    },
    Constraint {
        before: "dead auto elim",
        after: "dse",
        reason: "dse works on the stores dead auto elim leaves (slots that are read)",
    },
    Constraint {
        before: "prove",
        after: "late opt",
        reason: "prove bounds x % c and x / c, which late opt expands into multiplications",
    },
    Constraint {
        before: "late opt",
        after: "late cse",
        reason: "x / c and x % c expand into the same magic multiplication",
    },
    Constraint {
        before: "late cse",
        after: "generic deadcode",
        reason: "deadcode removes the values late cse replaced",
    },
    Constraint {
        before: "branchelim",
        after: "late fuse",
        reason: "branchelim leaves empty blocks and plain jumps for fuse",
    },
    Constraint {
        before: "late fuse",
        after: "late phielim",
        reason: "fusing blocks leaves block parameters with a single incoming value",
    },
    Constraint {
        before: "late copyelim",
        after: "late deadcode",
        reason: "the last deadcode removes the copies and values the late passes orphaned",
    },
];

/// Where a pass name was misspelled in a `-d=ssa/...` option.
pub fn find_pass(name: &str) -> Option<&'static Pass> {
    let spaced = name.replace('_', " ");
    PASSES.iter().find(|p| p.name == name || p.name == spaced)
}

/// Which passes run and what they report: the `-d=ssa/...` flags, `-N`.
#[derive(Clone, Debug, Default)]
pub struct PassConfig {
    /// Passes switched off (`-d=ssa/NAME/off`), by table name (with spaces).
    pub off: BTreeSet<String>,
    /// `-d=ssa/NAME/dump[=FUNC]`: the function's text after the pass; the
    /// value restricts it to one function (`None`: every function).
    pub dump: BTreeMap<String, Option<String>>,
    /// `-d=ssa/check/on`: run the verifier after every pass.
    pub check: bool,
    /// `-d=ssa/NAME/debug=N`.
    pub debug: BTreeMap<String, u32>,
    /// `-N`: skip every pass that is not required.
    pub no_opt: bool,
    /// File names for positions in dumps (a program's `files`).
    pub files: Vec<String>,
}

impl PassConfig {
    /// Apply one option in gc's syntax, the part after `-d=`:
    /// `ssa/check/on`, `ssa/prove/debug=1`, `ssa/generic_cse/off`,
    /// `ssa/opt/dump=main.f`. The error is gc's message.
    pub fn apply(&mut self, opt: &str) -> Result<(), String> {
        let rest = opt.strip_prefix("ssa/").unwrap_or(opt);
        let (phase, flagval) = rest.split_once('/').unwrap_or((rest, ""));
        let (flag, val) = match flagval.split_once('=') {
            Some((f, v)) => (f, Some(v)),
            None => (flagval, None),
        };
        let num = val.and_then(|v| v.parse::<u32>().ok()).unwrap_or(1);
        if phase == "check" {
            return match flag {
                "on" => {
                    self.check = num != 0;
                    Ok(())
                }
                "off" => {
                    self.check = num == 0;
                    Ok(())
                }
                _ => Err(format!(
                    "Did not find a flag matching {flag} in -d=ssa/{phase} debug option"
                )),
            };
        }
        let targets: Vec<&'static Pass> = if phase == "all" {
            if flag != "dump" {
                return Err(format!(
                    "Did not find a flag matching {flag} in -d=ssa/{phase} debug option (expected ssa/all/{{time,mem,dump=function_name}})"
                ));
            }
            PASSES.iter().collect()
        } else {
            match find_pass(phase) {
                Some(p) => vec![p],
                None => {
                    return Err(format!(
                        "Did not find a phase matching {phase} in -d=ssa/... debug option"
                    ));
                }
            }
        };
        for p in targets {
            let name = p.name.to_string();
            match flag {
                "on" | "off" => {
                    let disable = (flag == "off") == (num != 0);
                    if disable && p.required {
                        return Err(format!(
                            "Cannot disable required SSA phase {phase} using -d=ssa/{phase} debug option"
                        ));
                    }
                    if disable {
                        self.off.insert(name);
                    } else {
                        self.off.remove(&name);
                    }
                }
                "debug" => {
                    self.debug.insert(name, num);
                }
                "dump" => {
                    let func = val.filter(|v| !v.is_empty()).map(|v| v.to_string());
                    self.dump.insert(name, func);
                }
                _ => {
                    return Err(format!(
                        "Did not find a flag matching {flag} in -d=ssa/{phase} debug option"
                    ));
                }
            }
        }
        Ok(())
    }

    /// Does the pass run under this configuration?
    pub fn runs(&self, p: &Pass) -> bool {
        !self.off.contains(p.name) && (p.required || !self.no_opt)
    }

    fn wants_dump(&self, pass: &str, func: &str) -> bool {
        match self.dump.get(pass) {
            None => false,
            Some(None) => true,
            Some(Some(want)) => func_matches(func, want),
        }
    }
}

/// Does a `GOSSAFUNC`/dump name designate this function? Full symbols
/// (`main.(*T).M`) and names without the package (`(*T).M`, `f`) both work.
pub fn func_matches(func: &str, want: &str) -> bool {
    if func == want {
        return true;
    }
    match func.split_once('.') {
        Some((_, short)) => short == want,
        None => false,
    }
}

/// The text of a function after a pass (`-d=ssa/NAME/dump`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dump {
    pub pass: String,
    pub func: String,
    pub text: String,
}

/// What running the passes produced besides the optimized function.
#[derive(Clone, Debug, Default)]
pub struct PassOutput {
    /// Debug reports (Info) in the order the passes made them, and, if the
    /// verifier or a pass failed, one Error `internal compiler error: ...`.
    pub diags: Vec<Diagnostic>,
    pub dumps: Vec<Dump>,
}

impl PassOutput {
    pub fn has_errors(&self) -> bool {
        self.diags.iter().any(|d| d.severity == syntax::Severity::Error)
    }
}

/// Run the pass table over one function.
pub fn run_passes(f: &mut Function, cfg: &PassConfig) -> PassOutput {
    run_passes_with(f, cfg, &mut |_, _| {})
}

/// Run the pass table, calling `hook(pass, f)` with the function as it is
/// before the first pass (`"start"`) and after every pass that ran (what
/// GOSSAFUNC's ssa.html shows).
///
/// With `check`, the verifier runs on the input and after every pass; the
/// first failure becomes an `internal compiler error` diagnostic, the
/// function is restored to its state before the failing pass and no further
/// pass runs. A pass that panics is reported the same way.
pub fn run_passes_with(
    f: &mut Function,
    cfg: &PassConfig,
    hook: &mut dyn FnMut(&str, &Function),
) -> PassOutput {
    let mut out = PassOutput::default();
    if cfg.check
        && let Err(es) = verify_function(f)
    {
        out.diags.push(ice(f, "start", &es));
        return out;
    }
    hook("start", f);
    for p in PASSES {
        if !cfg.runs(p) {
            continue;
        }
        let debug = cfg.debug.get(p.name).copied().unwrap_or(0);
        let saved = cfg.check.then(|| f.clone());
        let result = {
            let mut cx = PassCtx::new(p.name, debug, &mut out.diags);
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (p.run)(f, &mut cx)))
        };
        if result.is_err() {
            out.diags.push(Diagnostic::error(
                f.pos,
                format!("internal compiler error: SSA pass {} panicked on {}", p.name, f.name),
            ));
            if let Some(s) = saved {
                *f = s;
            }
            return out;
        }
        if cfg.check
            && let Err(es) = verify_function(f)
        {
            out.diags.push(ice(f, p.name, &es));
            if let Some(s) = saved {
                *f = s;
            }
            return out;
        }
        hook(p.name, f);
        if cfg.wants_dump(p.name, &f.name) {
            out.dumps.push(Dump {
                pass: p.name.to_string(),
                func: f.name.clone(),
                text: print_function(f, &cfg.files),
            });
        }
    }
    out
}

fn ice(f: &Function, pass: &str, es: &[crate::VerifyError]) -> Diagnostic {
    let first: Vec<String> = es.iter().take(3).map(|e| e.to_string()).collect();
    Diagnostic::error(
        f.pos,
        format!(
            "internal compiler error: invalid SSA after {pass} in {}: {}",
            f.name,
            first.join("; ")
        ),
    )
}

/// Run the passes over every function of a program (dumps print positions
/// with the program's file names unless `cfg.files` is set).
pub fn run_program(p: &mut Program, cfg: &PassConfig) -> PassOutput {
    let mut cfg2;
    let cfg = if cfg.files.is_empty() && !p.files.is_empty() {
        cfg2 = cfg.clone();
        cfg2.files = p.files.clone();
        &cfg2
    } else {
        cfg
    };
    let mut out = PassOutput::default();
    for f in &mut p.funcs {
        let o = run_passes(f, cfg);
        out.diags.extend(o.diags);
        out.dumps.extend(o.dumps);
    }
    out
}

/// Run a list of passes by name (file tests: `// passes: opt, deadcode`).
/// Unknown names are an error. Check mode is always on.
pub fn run_named(f: &mut Function, names: &[&str], debug: u32) -> Result<PassOutput, String> {
    let mut out = PassOutput::default();
    for n in names {
        let p = find_pass(n)
            .or_else(|| PASSES.iter().find(|p| p.name.ends_with(&n.replace('_', " "))))
            .ok_or_else(|| format!("unknown pass {n:?}"))?;
        let saved = f.clone();
        {
            let mut cx = PassCtx::new(p.name, debug, &mut out.diags);
            if std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| (p.run)(f, &mut cx)))
                .is_err()
            {
                *f = saved;
                return Err(format!("pass {} panicked", p.name));
            }
        }
        if let Err(es) = verify_function(f) {
            let msgs: Vec<String> = es.iter().map(|e| e.to_string()).collect();
            return Err(format!("invalid SSA after {}:\n{}", p.name, msgs.join("\n")));
        }
    }
    Ok(out)
}
