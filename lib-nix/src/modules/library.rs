//! ncc's `lib`, loaded in parts: `lib.nix` names every function of nixpkgs lib and loads
//! the file of a namespace (`lib/strings.nix`, `lib/generators.nix`, ...) only when one
//! of its values is first read, so that a run which only uses `lib.mkIf` parses little.

use std::rc::Rc;

use crate::diagnostic::{FileId, Span};
use crate::eval::builtins::Builtin;
use crate::eval::value::BuiltinApp;
use crate::eval::{AttrEntry, Attrs, EvalError, EvalResult, Evaluator, Thunk, Value};

const TOP_LEVEL: &str = include_str!("lib.nix");

/// Every namespace file, by the name `lib.nix` asks for it with.
pub const FILES: &[(&str, &str)] = &[
    ("asserts", include_str!("lib/asserts.nix")),
    ("attrsets", include_str!("lib/attrsets.nix")),
    ("cli", include_str!("lib/cli.nix")),
    ("core", include_str!("lib/core.nix")),
    ("customisation", include_str!("lib/customisation.nix")),
    ("debug", include_str!("lib/debug.nix")),
    ("fileset", include_str!("lib/fileset.nix")),
    ("filesystem", include_str!("lib/filesystem.nix")),
    ("fixed-points", include_str!("lib/fixed-points.nix")),
    ("generators", include_str!("lib/generators.nix")),
    ("licenses", include_str!("lib/licenses.nix")),
    ("lists", include_str!("lib/lists.nix")),
    ("meta", include_str!("lib/meta.nix")),
    ("misc", include_str!("lib/misc.nix")),
    ("modules", include_str!("lib/modules.nix")),
    ("network", include_str!("lib/network.nix")),
    ("options", include_str!("lib/options.nix")),
    ("path", include_str!("lib/path.nix")),
    ("sources", include_str!("lib/sources.nix")),
    ("strings", include_str!("lib/strings.nix")),
    ("systems", include_str!("lib/systems.nix")),
    ("trivial", include_str!("lib/trivial.nix")),
    ("types", include_str!("lib/types.nix")),
    ("types-more", include_str!("lib/types-more.nix")),
    ("versions", include_str!("lib/versions.nix")),
];

static LOAD: Builtin = Builtin {
    name: "loadLibFile",
    arity: 1,
    run: load,
};

/// Evaluates `lib.nix`, a function of `{ load, evalModules, maintainers }`, to the `lib` set.
pub fn evaluate(ev: &mut Evaluator, eval_modules: &'static Builtin) -> EvalResult<Value> {
    let function = evaluate_file(ev, "lib", "lib.nix", TOP_LEVEL)?;
    let builtin = |builtin: &'static Builtin| {
        Thunk::ready(Value::Builtin(Rc::new(BuiltinApp {
            builtin,
            args: Vec::new(),
        })))
    };
    let arguments = Attrs::from_entries(vec![
        AttrEntry::new("evalModules", builtin(eval_modules)),
        AttrEntry::new("load", builtin(&LOAD)),
        // nixpkgs' list of people is not ncc's to carry: any `lib.maintainers.<name>` is
        // an opaque record, as any `pkgs.<name>` is.
        AttrEntry::new(
            "maintainers",
            Thunk::ready(crate::modules::placeholder_package_value("lib.maintainers")),
        ),
    ]);
    let span = Span::new(FileId(0), 0, 0);
    ev.apply(
        function,
        Thunk::ready(Value::Attrs(Rc::new(arguments))),
        span,
    )
}

/// `load "strings"`: the value of `lib/strings.nix`.
fn load(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let Value::String(name) = ev.force(&args[0], Some(span))? else {
        return Err(EvalError::message(
            "internal error: loadLibFile takes a string",
            Some(span),
        ));
    };
    let Some((_, text)) = FILES.iter().find(|(file, _)| *file == &*name) else {
        return Err(EvalError::message(
            format!("internal error: ncc's lib has no file {name}.nix"),
            Some(span),
        ));
    };
    let file = format!("lib/{name}.nix");
    evaluate_file(ev, &file, &file, text)
}

/// Parses and evaluates one file of the lib, shown in diagnostics as `<ncc NAME>`.
fn evaluate_file(ev: &mut Evaluator, name: &str, file: &str, text: &str) -> EvalResult<Value> {
    let (body, diagnostics) =
        ev.load_source(&format!("<ncc {name}>"), &format!("/<ncc>/{file}"), text);
    if let Some(first) = diagnostics.first() {
        return Err(EvalError::message(
            format!(
                "internal error: ncc's {file} does not parse: {}",
                first.message()
            ),
            None,
        ));
    }
    ev.eval_body(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A lib file that does not parse would fail only when a run first reads it.
    #[test]
    fn every_lib_file_parses_and_evaluates() {
        let io = crate::eval::MemoryIo::new();
        let mut ev = Evaluator::new(&io);
        for (name, text) in std::iter::once(&("lib", TOP_LEVEL)).chain(FILES) {
            let value = evaluate_file(&mut ev, name, &format!("{name}.nix"), text);
            assert!(
                matches!(value, Ok(Value::Lambda(_))),
                "{name}.nix is a function"
            );
        }
    }
}
