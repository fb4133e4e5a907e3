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
    (
        "release-26.05",
        crate::embedded_nix!("modules/lib/release-26.05.nix"),
    ),
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

static MARK: Builtin = Builtin {
    name: "markLibrary",
    arity: 3,
    run: mark_whole,
};

static UNKNOWN: Builtin = Builtin {
    name: "unknown",
    arity: 1,
    run: unknown,
};

static MARK_PART: Builtin = Builtin {
    name: "markLibraryPart",
    arity: 2,
    run: mark_part,
};

/// Evaluates `lib.nix`, a function of `{ load, markLibrary, markLibraryPart, unknown,
/// evalModules, mergeAs, maintainers }`, to the `lib` set.
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
        AttrEntry::new("markLibrary", builtin(&MARK)),
        AttrEntry::new("markLibraryPart", builtin(&MARK_PART)),
        AttrEntry::new("unknown", builtin(&UNKNOWN)),
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

/// `markLibrary "lib.strings" function argument`: what `function argument` gives, marked
/// as ncc's `lib` (or the namespace) read at that path, whose missing attributes the
/// evaluator may take for unknown (see [`Evaluator::library_release`]). The call is made
/// here so that the set it makes is this builtin's alone, marked without a copy.
fn mark_whole(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let path = library_path(ev, &args[0], span)?;
    let function = ev.force(&args[1], Some(span))?;
    let value = ev.apply(function, args[2].clone(), span)?;
    Ok(marked(value, &path, false))
}

/// `markLibraryPart "lib.licenses" set`: the namespace at that path, which ncc carries in
/// part (the licenses configurations name most, no table of hardware platforms): a name
/// it lacks is unknown, since nixpkgs lib 25.11 may well have it.
fn mark_part(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let path = library_path(ev, &args[0], span)?;
    let value = ev.force(&args[1], Some(span))?;
    Ok(marked(value, &path, true))
}

/// `unknown "what"`: a value ncc cannot know (what a function of nixpkgs lib gives that
/// ncc does not compute: the files git tracks), an N301 wherever it is forced.
fn unknown(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let what = match ev.force(&args[0], Some(span))? {
        Value::String(what) => what,
        _ => Rc::from("a value of nixpkgs lib"),
    };
    Err(EvalError::unknown(what.to_string(), Some(span)))
}

fn library_path(ev: &mut Evaluator, path: &Thunk, span: Span) -> EvalResult<Rc<str>> {
    match ev.force(path, Some(span))? {
        Value::String(path) => Ok(path),
        _ => Err(EvalError::message(
            "internal error: markLibrary takes a string",
            Some(span),
        )),
    }
}

fn marked(value: Value, path: &str, part: bool) -> Value {
    match value {
        Value::Attrs(set) => Value::Attrs(Rc::new(Attrs::unshared(set).into_library(path, part))),
        other => other,
    }
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

    /// Every plain type of `lib.types` (`str`, `port`, `optionType`, ...) merges by a kind
    /// the module system dispatches on, or by a function of its own. A type made by
    /// `mkType` under a name the module system does not know decodes as a type of one's
    /// own whose merge is `lib.types`' merge of itself, which merges it again without end:
    /// `optionType` overflowed the stack so (quentinmit/isz, thirty-first real-world pass).
    #[test]
    fn every_plain_type_of_lib_types_has_a_kind() {
        let merging_as_itself = crate::run_with_stack(|| {
            let io = crate::eval::MemoryIo::new();
            let mut ev = Evaluator::new(&io);
            crate::modules::install_hooks(&mut ev);
            let Ok(Value::Attrs(lib)) = crate::modules::lib_value(&mut ev) else {
                panic!("lib is a set");
            };
            let types = lib.get("types").expect("lib.types").value.clone();
            let Ok(Value::Attrs(types)) = ev.force(&types, None) else {
                panic!("lib.types is a set");
            };
            let mut merging_as_itself = Vec::new();
            for entry in types.entries() {
                let Ok(value @ Value::Attrs(_)) = ev.force(&entry.value, None) else {
                    continue;
                };
                let Value::Attrs(attrs) = &value else {
                    continue;
                };
                let is_type = match attrs.get("_type") {
                    Some(tag) => matches!(
                        ev.force(&tag.value, None),
                        Ok(Value::String(tag)) if &*tag == "option-type"
                    ),
                    None => false,
                };
                if !is_type {
                    continue;
                }
                let ty = super::super::types::decode_lazily(&mut ev, &value).expect("decodes");
                if let super::super::types::TypeKind::Custom {
                    merge: Some(merge), ..
                } = &ty.kind
                {
                    if super::super::merge::is_native_merge(merge) {
                        merging_as_itself.push(entry.name.as_str().to_owned());
                    }
                }
            }
            merging_as_itself
        });
        assert_eq!(merging_as_itself, Vec::<String>::new());
    }

    /// `f lib` for the function `text`, in an evaluator whose code was written against
    /// `release`: the printed value, or the error's message and help.
    fn applied_to_lib(text: &str, release: Option<&str>) -> Result<String, (String, bool, String)> {
        let (text, release) = (text.to_owned(), release.map(str::to_owned));
        crate::run_with_stack(move || {
            let io = crate::eval::MemoryIo::new();
            let mut ev = Evaluator::new(&io);
            crate::modules::install_hooks(&mut ev);
            ev.library_release = release.map(Rc::from);
            let (body, _) = ev.load_source("t.nix", "/t.nix", &text);
            let span = ev.ir.span(body.root);
            let result = (|| {
                let function = ev.eval_body(body)?;
                let lib = crate::modules::lib_value(&mut ev)?;
                let value = ev.apply(function, Thunk::ready(lib), span)?;
                ev.deep_force(&value, span)?;
                crate::eval::print::print_value(&mut ev, &value, span)
            })();
            result.map_err(|error| {
                let help = error.help.clone().unwrap_or_default();
                (error.text(), error.is_unknown(), help)
            })
        })
    }

    /// A name ncc's lib (25.11) lacks is missing, unless the code was written against
    /// another nixpkgs, whose lib may have it: then it is unknown, read as `lib.x.y`, as
    /// `inherit (lib.x) y`, or through `with lib;`. `or` still gives its default.
    #[test]
    fn a_name_lib_lacks_is_unknown_under_another_release() {
        let unstable = Some("the flake's input `nixpkgs` (nixos-unstable)");
        let read = "lib: lib.cli.toCommandLine";
        let (message, unknown, help) = applied_to_lib(read, None).unwrap_err();
        assert_eq!(
            (message.as_str(), unknown),
            ("attribute 'toCommandLine' missing", false)
        );
        assert_eq!(help, "did you mean 'toGNUCommandLine'?");
        for text in [
            read,
            "lib: let inherit (lib.cli) toCommandLine; in toCommandLine",
            "lib: with lib; toCommandLine",
        ] {
            let (message, unknown, help) = applied_to_lib(text, unstable).unwrap_err();
            assert!(unknown, "{text}: {message}");
            assert!(message.contains("toCommandLine'"), "{text}: {message}");
            assert!(
                help.contains("(nixos-unstable) may have it"),
                "{text}: {help}"
            );
        }
        let extended = "lib: (lib.extend (final: prev: { })).strings.toSentence";
        assert!(applied_to_lib(extended, unstable).unwrap_err().1);
        // A namespace of a namespace: `lib.network.ipv6`.
        let nested = "lib: lib.network.ipv6.nextAddress";
        let (message, unknown, _) = applied_to_lib(nested, unstable).unwrap_err();
        assert!(unknown, "{nested}: {message}");
        assert!(
            message.contains("`lib.network.ipv6.nextAddress'"),
            "{message}"
        );
        assert!(!applied_to_lib(nested, None).unwrap_err().1);
        assert_eq!(
            applied_to_lib("lib: lib.cli.toCommandLine or 1", unstable),
            Ok("1".to_owned())
        );
        assert_eq!(
            applied_to_lib("lib: lib.cli ? toCommandLine", unstable),
            Ok("false".to_owned())
        );
        // A builtin lib lacks is lib's in a later release (`lib.readDir`), not before.
        for text in [
            "lib: lib.div 7 2 - 2",
            "lib: with lib; compareVersions \"2\" \"1\"",
            "lib: let inherit (lib) mul; in mul 1 1",
        ] {
            assert_eq!(applied_to_lib(text, unstable), Ok("1".to_owned()), "{text}");
        }
        assert_eq!(
            applied_to_lib("lib: lib ? readDir", unstable),
            Ok("true".to_owned())
        );
        assert_eq!(
            applied_to_lib("lib: lib ? readDir", None),
            Ok("false".to_owned())
        );
        let (message, unknown, _) = applied_to_lib("lib: lib.readDir", None).unwrap_err();
        assert_eq!(
            (message.as_str(), unknown),
            ("attribute 'readDir' missing", false)
        );
        assert!(
            applied_to_lib("lib: lib.strings.readDir", unstable)
                .unwrap_err()
                .1
        );
        // What lib has is read as always.
        assert_eq!(
            applied_to_lib("lib: lib.toUpper \"a\"", unstable),
            Ok("\"A\"".to_owned())
        );
        // An undefined name in a `with lib;` is not lib's when the release is ncc's.
        let (message, unknown, _) =
            applied_to_lib("lib: with lib; toCommandLine", None).unwrap_err();
        assert_eq!(
            (message.as_str(), unknown),
            ("undefined variable 'toCommandLine'", false)
        );
    }

    /// A namespace ncc carries in part (`lib.licenses`, `lib.systems.parse`, ...) may lack
    /// a name nixpkgs lib 25.11 has: reading one is unknown, in 25.11 code too, and so are
    /// `?` and `or` on it; what it carries is read as always, and a whole namespace's
    /// missing name stays an error; and so is what lib computes that ncc does not.
    #[test]
    fn a_name_a_namespace_carried_in_part_lacks_is_unknown() {
        for text in [
            "lib: lib.licenses.cc-by-nc-40",
            "lib: with lib.licenses; [ mit cc-by-nc-40 ]",
            "lib: lib.licensesSpdx.\"CC-BY-NC-4.0\"",
            "lib: lib.systems.parse.mkSystemFromString \"x86_64-linux\"",
            "lib: lib.systems.inspect.patterns.isLinux",
            "lib: lib.systems.platforms.raspberrypi",
            "lib: lib.systems.examples.aarch64-android",
            "lib: lib.systems.architectures.features",
            "lib: lib.licenses ? cc-by-nc-40",
            "lib: lib.licenses.cc-by-nc-40 or null",
        ] {
            let (message, unknown, help) = applied_to_lib(text, None).unwrap_err();
            assert!(unknown, "{text}: {message}");
            assert!(
                help.starts_with("ncc carries part of `lib."),
                "{text}: {help}"
            );
        }
        assert_eq!(
            applied_to_lib("lib: lib.licenses.mit.spdxId", None),
            Ok("\"MIT\"".to_owned())
        );
        assert_eq!(
            applied_to_lib(
                "lib: builtins.elem \"x86_64-linux\" lib.platforms.linux",
                None
            ),
            Ok("true".to_owned())
        );
        // What lib computes and ncc does not is unknown, not an error.
        for text in [
            "lib: lib.modules.mergeModules [ ] [ ]",
            "lib: lib.modules.collectModules",
            "lib: lib.fileset.toList (lib.fileset.gitTracked ./.)",
        ] {
            let (message, unknown, _) = applied_to_lib(text, None).unwrap_err();
            assert!(unknown, "{text}: {message}");
        }
        let (message, unknown, _) = applied_to_lib("lib: lib.systems.nope", None).unwrap_err();
        assert_eq!(
            (message.as_str(), unknown),
            ("attribute 'nope' missing", false)
        );
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
