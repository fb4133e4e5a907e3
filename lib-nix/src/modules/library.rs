//! ncc's `lib`, loaded in parts: `lib.nix` names every function of nixpkgs lib and loads
//! the file of a namespace (`lib/strings.nix`, `lib/generators.nix`, ...) only when one
//! of its values is first read, so that a run which only uses `lib.mkIf` parses little.

use std::rc::Rc;

use crate::diagnostic::Span;
use crate::eval::builtins::Builtin;
use crate::eval::value::BuiltinApp;
use crate::eval::{AttrEntry, Attrs, EvalError, EvalResult, Evaluator, Thunk, Value};
use crate::syntax::EmbeddedSource;

const TOP_LEVEL: EmbeddedSource = crate::embedded_nix!("modules/lib.nix");

/// Every namespace file, by the name `lib.nix` asks for it with.
pub const FILES: &[(&str, EmbeddedSource)] = &[
    ("asserts", crate::embedded_nix!("modules/lib/asserts.nix")),
    ("attrsets", crate::embedded_nix!("modules/lib/attrsets.nix")),
    ("cli", crate::embedded_nix!("modules/lib/cli.nix")),
    ("core", crate::embedded_nix!("modules/lib/core.nix")),
    (
        "customisation",
        crate::embedded_nix!("modules/lib/customisation.nix"),
    ),
    ("debug", crate::embedded_nix!("modules/lib/debug.nix")),
    ("fileset", crate::embedded_nix!("modules/lib/fileset.nix")),
    (
        "filesystem",
        crate::embedded_nix!("modules/lib/filesystem.nix"),
    ),
    (
        "fixed-points",
        crate::embedded_nix!("modules/lib/fixed-points.nix"),
    ),
    (
        "generators",
        crate::embedded_nix!("modules/lib/generators.nix"),
    ),
    ("licenses", crate::embedded_nix!("modules/lib/licenses.nix")),
    ("lists", crate::embedded_nix!("modules/lib/lists.nix")),
    ("meta", crate::embedded_nix!("modules/lib/meta.nix")),
    ("misc", crate::embedded_nix!("modules/lib/misc.nix")),
    ("modules", crate::embedded_nix!("modules/lib/modules.nix")),
    ("network", crate::embedded_nix!("modules/lib/network.nix")),
    ("options", crate::embedded_nix!("modules/lib/options.nix")),
    ("path", crate::embedded_nix!("modules/lib/path.nix")),
    ("sources", crate::embedded_nix!("modules/lib/sources.nix")),
    ("strings", crate::embedded_nix!("modules/lib/strings.nix")),
    ("systems", crate::embedded_nix!("modules/lib/systems.nix")),
    ("trivial", crate::embedded_nix!("modules/lib/trivial.nix")),
    ("types", crate::embedded_nix!("modules/lib/types.nix")),
    (
        "types-more",
        crate::embedded_nix!("modules/lib/types-more.nix"),
    ),
    ("versions", crate::embedded_nix!("modules/lib/versions.nix")),
];

static LOAD: Builtin = Builtin {
    name: "loadLibFile",
    arity: 1,
    run: load,
};

/// Evaluates `lib.nix`, a function of `{ load, evalModules, mergeAs, maintainers }`, to the `lib` set.
pub fn evaluate(ev: &mut Evaluator, eval_modules: &'static Builtin) -> EvalResult<Value> {
    let function = evaluate_file(ev, "lib", "lib.nix", &TOP_LEVEL)?;
    let builtin = |builtin: &'static Builtin| {
        Thunk::ready(Value::Builtin(Rc::new(BuiltinApp {
            builtin,
            args: Vec::new(),
        })))
    };
    let arguments = Attrs::from_entries(vec![
        AttrEntry::new("evalModules", builtin(eval_modules)),
        AttrEntry::new("load", builtin(&LOAD)),
        AttrEntry::new("mergeAs", builtin(&super::merge::MERGE_AS)),
        // nixpkgs' list of people is not ncc's to carry: any `lib.maintainers.<name>` is
        // an opaque record, as any `pkgs.<name>` is.
        AttrEntry::new(
            "maintainers",
            Thunk::ready(crate::modules::placeholder_package_value("lib.maintainers")),
        ),
    ]);
    let span = Span::nowhere();
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
    let Some((_, source)) = FILES.iter().find(|(file, _)| *file == &*name) else {
        return Err(EvalError::message(
            format!("internal error: ncc's lib has no file {name}.nix"),
            Some(span),
        ));
    };
    let file = format!("lib/{name}.nix");
    evaluate_file(ev, &file, &file, source)
}

/// Loads (from the tree its build script prepared) and evaluates one file of the lib,
/// shown in diagnostics as `<ncc NAME>`.
pub(crate) fn evaluate_file(
    ev: &mut Evaluator,
    name: &str,
    file: &str,
    source: &EmbeddedSource,
) -> EvalResult<Value> {
    let (body, diagnostics) =
        ev.load_embedded(&format!("<ncc {name}>"), &format!("/<ncc>/{file}"), source);
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

    /// Every lib file's prepared IR is the one its text lowers to.
    #[test]
    fn every_lib_file_is_prepared_as_it_lowers() {
        let io = crate::eval::MemoryIo::new();
        let ev = Evaluator::new(&io);
        for (name, source) in std::iter::once(&("lib", TOP_LEVEL)).chain(FILES) {
            assert!(!source.ir.is_empty(), "{name}.nix has a prepared IR");
            let difference =
                crate::syntax::prepared_ir_difference(source, &|global| ev.is_global(global));
            assert_eq!(difference, None, "{name}.nix");
        }
    }

    /// A lib file that does not parse would fail only when a run first reads it.
    #[test]
    fn every_lib_file_parses_and_evaluates() {
        let io = crate::eval::MemoryIo::new();
        let mut ev = Evaluator::new(&io);
        for (name, source) in std::iter::once(&("lib", TOP_LEVEL)).chain(FILES) {
            let value = evaluate_file(&mut ev, name, &format!("{name}.nix"), source);
            assert!(
                matches!(value, Ok(Value::Lambda(_))),
                "{name}.nix is a function"
            );
        }
    }
}
