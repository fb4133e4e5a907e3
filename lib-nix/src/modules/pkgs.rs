//! The stand-ins for what ncc does not build or fetch (DESIGN.md §4.2, §8.3): `pkgs`,
//! whose every `pkgs.<name>` is a placeholder package with a recognisable fake store
//! path, and the external sources (`<nixpkgs>`, `fetchTarball ...`), whose files
//! import as placeholders, except nixpkgs itself (a `pkgs`) and its `lib` (ncc's).

use std::rc::Rc;

use crate::diagnostic::Span;
use crate::eval::builtins::Builtin;
use crate::eval::opaque::{self, describe, source_path, split_source};
use crate::eval::value::BuiltinApp;
use crate::eval::{AttrEntry, Attrs, EvalResult, Evaluator, Thunk, Value};
use crate::ir::Param;
use crate::modules::{lib_value, library};
use crate::syntax::EmbeddedSource;

thread_local! {
    /// `pkgs` without its `lib`, built once.
    static PKGS: Value = placeholder_package("pkgs");
}

/// The value modules receive as `pkgs`, without `lib` (see [`pkgs_value`]).
pub fn pkgs_placeholder() -> Value {
    PKGS.try_with(Value::clone)
        .unwrap_or_else(|_| placeholder_package("pkgs"))
}

/// `pkgs` for evaluator `ev`: the placeholder whose `lib` is ncc's `lib`, for a platform
/// nobody named (see [`pkgs_for`]).
pub fn pkgs_value(ev: &mut Evaluator) -> EvalResult<Value> {
    pkgs_for(ev, null())
}

/// `pkgs` as `import <nixpkgs> arguments` makes it (`arguments` is `null` for the stand-in
/// nobody imported): the placeholder whose `lib` is ncc's `lib`, and whose `stdenv` and
/// `system` answer for the platform the arguments name (see [`platforms`]).
fn pkgs_for(ev: &mut Evaluator, arguments: Thunk) -> EvalResult<Value> {
    let lib = lib_value(ev)?;
    let platforms = {
        let arguments = arguments.clone();
        Thunk::native(move |ev| platforms(ev, &arguments))
    };
    let stdenv = {
        let platforms = platforms.clone();
        Thunk::native(move |ev| stdenv_value(ev, &platforms, "pkgs.stdenv"))
    };
    // nixpkgs' `stdenvNoCC` is `stdenv` without a compiler, for the same platforms:
    // `inherit (pkgs.stdenvNoCC) isDarwin;`.
    let stdenv_no_cc = {
        let platforms = platforms.clone();
        Thunk::native(move |ev| stdenv_value(ev, &platforms, "pkgs.stdenvNoCC"))
    };
    let system = Thunk::native(move |ev| system_value(ev, &platforms));
    Ok(Value::Attrs(Rc::new(
        Attrs::from_entries(vec![
            AttrEntry::new("type", Thunk::ready(Value::string("derivation"))),
            AttrEntry::new(
                "outPath",
                Thunk::ready(Value::string(&opaque::stand_in_text("pkgs", "pkgs"))),
            ),
            AttrEntry::new("name", Thunk::ready(Value::string("pkgs"))),
            AttrEntry::new("lib", Thunk::ready(lib.clone())),
            // nixpkgs' own source tree, as a nixpkgs input's `outPath` and `<nixpkgs>` are:
            // `import "${pkgs.path}/nixos/lib/eval-config.nix"`, and a module finding the
            // input its `pkgs` came from (`input.outPath == toString pkgs.path`).
            AttrEntry::new("path", Thunk::ready(Value::string(&source_path("nixpkgs")))),
            AttrEntry::new("formats", Thunk::native(move |ev| formats_value(ev, lib))),
            AttrEntry::new("stdenv", stdenv),
            AttrEntry::new("stdenvNoCC", stdenv_no_cc),
            AttrEntry::new("system", system),
            AttrEntry::new(
                "appendOverlays",
                Thunk::ready(given(&APPEND_OVERLAYS, vec![arguments.clone(), none()])),
            ),
            AttrEntry::new(
                "extend",
                Thunk::ready(given(&EXTEND, vec![arguments, none()])),
            ),
        ])
        .into_placeholder("pkgs"),
    )))
}

/// The attributes of nixpkgs' `stdenv` that it inherits from its host platform
/// (`pkgs/stdenv/generic/default.nix`): `pkgs.stdenv.isAarch64`.
const STDENV_PLATFORM_FLAGS: [&str; 16] = [
    "isDarwin",
    "isLinux",
    "isSunOS",
    "isCygwin",
    "isBSD",
    "isFreeBSD",
    "isOpenBSD",
    "isi686",
    "isx86_32",
    "isx86_64",
    "is32bit",
    "is64bit",
    "isAarch32",
    "isAarch64",
    "isMips",
    "isBigEndian",
];

/// The platforms nixpkgs is imported for, as `pkgs/top-level/impure.nix` and
/// `default.nix` take them from its arguments: `localSystem` (else `{ inherit system; }`)
/// is the build platform, `crossSystem` (else the same) the host platform, each
/// elaborated by `lib.systems.elaborate`. A list `[ host build ]`, or `null` where ncc
/// cannot know them: no `system` given (nixpkgs takes `builtins.currentSystem`, the
/// evaluating machine's), or one that depends on what ncc cannot know. Each platform is
/// marked as standing for itself (`pkgs.stdenv.hostPlatform`), so that what ncc's `lib`
/// does not elaborate (`hostPlatform.gcc`) is unknown, not missing.
fn platforms(ev: &mut Evaluator, arguments: &Thunk) -> EvalResult<Value> {
    let known = |result: EvalResult<Option<Value>>| match result {
        Err(error) if error.is_unknown() => Ok(None),
        other => other,
    };
    let Some(local) = known(local_system(ev, arguments))? else {
        return Ok(Value::Null);
    };
    let cross = match known(argument(ev, arguments, "crossSystem"))? {
        Some(Value::Null) | None => None,
        Some(cross) => Some(cross),
    };
    let host_given = cross.unwrap_or_else(|| local.clone());
    let (Some(host), Some(build)) = (
        known(elaborate(ev, host_given, "pkgs.stdenv.hostPlatform"))?,
        known(elaborate(ev, local, "pkgs.stdenv.buildPlatform"))?,
    ) else {
        return Ok(Value::Null);
    };
    Ok(Value::List(Rc::from(vec![
        Thunk::ready(host),
        Thunk::ready(build),
    ])))
}

/// The `localSystem` of nixpkgs' arguments, `{ inherit system; }` without one; `None`
/// where neither is given.
fn local_system(ev: &mut Evaluator, arguments: &Thunk) -> EvalResult<Option<Value>> {
    if let Some(local) = argument(ev, arguments, "localSystem")? {
        return Ok(Some(local));
    }
    let Some(system) = argument(ev, arguments, "system")? else {
        return Ok(None);
    };
    let set = Attrs::from_entries(vec![AttrEntry::new("system", Thunk::ready(system))]);
    Ok(Some(Value::Attrs(Rc::new(set))))
}

/// Argument `name` of nixpkgs' arguments, forced; `None` where it is not given.
fn argument(ev: &mut Evaluator, arguments: &Thunk, name: &str) -> EvalResult<Option<Value>> {
    let Value::Attrs(set) = ev.force(arguments, None)? else {
        return Ok(None);
    };
    match set.get(name) {
        Some(entry) => Ok(Some(ev.force(&entry.value.clone(), None)?)),
        None => Ok(None),
    }
}

/// `lib.systems.elaborate given`, marked as standing for `path`; `None` where `given` is
/// not a system ncc can read: a placeholder, or a set naming neither `system` nor
/// `config` by a string.
fn elaborate(ev: &mut Evaluator, given: Value, path: &str) -> EvalResult<Option<Value>> {
    let named = match &given {
        Value::String(_) => true,
        Value::Attrs(set) if set.placeholder().is_none() => {
            let mut named = false;
            for field in ["system", "config"] {
                if let Some(entry) = set.get(field) {
                    named |= matches!(ev.force(&entry.value.clone(), None)?, Value::String(_));
                }
            }
            named
        }
        _ => false,
    };
    if !named {
        return Ok(None);
    }
    let span = Span::nowhere();
    let lib = lib_value(ev)?;
    let systems = attribute(ev, lib, "systems", span)?;
    let function = attribute(ev, systems, "elaborate", span)?;
    let platform = ev.apply(function, Thunk::ready(given), span)?;
    let platform = ev.expect_attrs(platform, span)?;
    Ok(Some(Value::Attrs(Rc::new(
        Attrs::from_entries(platform.entries().to_vec()).into_placeholder(path),
    ))))
}

/// Attribute `name` of the set `value`, forced.
fn attribute(ev: &mut Evaluator, value: Value, name: &str, span: Span) -> EvalResult<Value> {
    let set = ev.expect_attrs(value, span)?;
    match set.get(name) {
        Some(entry) => ev.force(&entry.value.clone(), Some(span)),
        None => Err(crate::eval::EvalError::message(
            format!("internal error: `{name}' missing"),
            Some(span),
        )),
    }
}

/// `pkgs.stdenv`: its platforms and the flags it inherits from the host platform where
/// they are known, the placeholder's otherwise.
fn stdenv_value(ev: &mut Evaluator, platforms: &Thunk, name: &str) -> EvalResult<Value> {
    let Value::List(pair) = ev.force(platforms, None)? else {
        return Ok(placeholder_package(name));
    };
    let (host, build) = (pair[0].clone(), pair[1].clone());
    let Value::Attrs(host_set) = ev.force(&host, None)? else {
        return Ok(placeholder_package(name));
    };
    let Value::Attrs(stdenv) = placeholder_package(name) else {
        return Ok(placeholder_package(name));
    };
    let mut entries = vec![
        AttrEntry::new("hostPlatform", host.clone()),
        AttrEntry::new("buildPlatform", build),
        AttrEntry::new("targetPlatform", host),
    ];
    entries.extend(STDENV_PLATFORM_FLAGS.iter().filter_map(|flag| {
        host_set
            .get(flag)
            .map(|entry| AttrEntry::new(flag, entry.value.clone()))
    }));
    let known = Attrs::from_entries(entries);
    Ok(Value::Attrs(Rc::new(
        stdenv.update(&known).into_placeholder(name),
    )))
}

/// `pkgs.system`: the host platform's `system` where it is known.
fn system_value(ev: &mut Evaluator, platforms: &Thunk) -> EvalResult<Value> {
    let Value::List(pair) = ev.force(platforms, None)? else {
        return Ok(placeholder_package("pkgs.system"));
    };
    let host = ev.force(&pair[0], None)?;
    attribute(ev, host, "system", Span::nowhere())
}

/// `pkgs.formats`: `formats.nix` applied to `{ lib, pkgs }`, so that a module's
/// `(pkgs.formats.yaml { }).type` is the option type NixOS gives it.
fn formats_value(ev: &mut Evaluator, lib: Value) -> EvalResult<Value> {
    const FORMATS: EmbeddedSource = crate::embedded_nix!("modules/formats.nix");
    let function = library::evaluate_file(ev, "pkgs.formats", "formats.nix", &FORMATS)?;
    let pkgs = pkgs_value(ev)?;
    let arguments = Attrs::from_entries(vec![
        AttrEntry::new("lib", Thunk::ready(lib)),
        AttrEntry::new("pkgs", Thunk::ready(pkgs)),
    ]);
    let span = Span::nowhere();
    ev.apply(
        function,
        Thunk::ready(Value::Attrs(Rc::new(arguments))),
        span,
    )
}

/// The placeholder for `path` (`pkgs.htop`, `pkgs.python3.pkgs.requests`), as the
/// evaluator makes it when a placeholder lacks an attribute or is called.
pub fn placeholder_package_value(path: &str) -> Value {
    if path.ends_with(".appendOverlays") {
        return placeholder_append_overlays();
    }
    placeholder_package(path)
}

/// What calling the placeholder `path` with `argument` gives: for `pkgs.callPackage`
/// and `pkgs.callPackages`, a function that evaluates the project's own file; for
/// anything else another placeholder (`pkgs.writeText "a" "b"`).
pub fn apply_placeholder(path: &str, argument: Thunk) -> Value {
    if path.ends_with(".callPackage") || path.ends_with(".callPackages") {
        return given(&CALL_PACKAGE, vec![argument]);
    }
    if is_settings_format(path) {
        return settings_format(path);
    }
    if path.ends_with(".activate.nixos") {
        return activation(path, argument);
    }
    placeholder_package(path)
}

/// The attribute of a deploy-rs activation ([`activation`]) that holds the system it
/// activates.
pub const ACTIVATED_SYSTEM: &str = "_nccActivatedSystem";

/// deploy-rs' `lib.<system>.activate.nixos configuration`, the profile a node of
/// `deploy.nodes` deploys: a placeholder package, as the activation script is, that
/// keeps the NixOS system it activates under [`ACTIVATED_SYSTEM`], so that a flake's
/// deployed systems are found where its `nixosConfigurations` do not hold them.
fn activation(path: &str, system: Thunk) -> Value {
    let Value::Attrs(placeholder) = placeholder_package(path) else {
        return placeholder_package(path);
    };
    let kept = Attrs::from_entries(vec![AttrEntry::new(ACTIVATED_SYSTEM, system)]);
    Value::Attrs(Rc::new(placeholder.update(&kept).into_placeholder(path)))
}

/// Whether `path` is one of nixpkgs' `pkgs.formats` (`pkgs.formats.yaml`), which modules
/// call for the `type` of their `settings` options.
fn is_settings_format(path: &str) -> bool {
    path.rsplit_once('.')
        .is_some_and(|(prefix, _)| prefix == "pkgs.formats" || prefix.ends_with(".pkgs.formats"))
}

/// `pkgs.formats.<format> { }`: a placeholder whose `type` is an option type ncc cannot
/// see into (the format's data, merged as `unspecified` merges) rather than the
/// placeholder's `type = "derivation"`.
fn settings_format(path: &str) -> Value {
    let Value::Attrs(placeholder) = placeholder_package(path) else {
        return placeholder_package(path);
    };
    let name = path.rsplit('.').next().unwrap_or(path);
    let ty = Value::Attrs(Rc::new(Attrs::from_entries(vec![
        AttrEntry::new("_type", Thunk::ready(Value::string("option-type"))),
        AttrEntry::new("name", Thunk::ready(Value::string("unspecified"))),
        AttrEntry::new(
            "description",
            Thunk::ready(Value::string(&format!("{name} value"))),
        ),
        AttrEntry::new("descriptionClass", Thunk::ready(Value::string("noun"))),
    ])));
    let typed = Attrs::from_entries(vec![AttrEntry::new("type", Thunk::ready(ty))]);
    Value::Attrs(Rc::new(placeholder.update(&typed).into_placeholder(path)))
}

/// What `import` of a path inside an external source gives (DESIGN.md §8.3): nixpkgs'
/// top level is a function giving a `pkgs` (`import <nixpkgs> { }`), its `lib` is ncc's
/// `lib`, and every other file (`<nixpkgs/nixos/modules/...>`, `<home-manager/nixos>`,
/// a package's placeholder path) is a placeholder: as a module it contributes nothing
/// and is listed as not checked.
///
/// The top of a source ncc does not know by name (`import (fetchTarball url)`, a pin of
/// niv or npins) is most often nixpkgs, but may be any project's `default.nix`
/// (flake-compat's set, `(import sources.sensor).overrideInputs { ... }`): called, it
/// gives a `pkgs` as nixpkgs' does; its attributes are placeholders. The files nixpkgs'
/// top level calls, `pkgs/top-level/impure.nix` and the pure `pkgs/top-level/default.nix`
/// (which a flake imports to be given no `~/.config/nixpkgs` overlays), are nixpkgs' in
/// any source: each gives a `pkgs` as its top level does.
pub fn import_opaque(ev: &mut Evaluator, path: &str) -> EvalResult<Value> {
    if let Some((source, inner)) = split_source(path) {
        let inner = inner.trim_end_matches('/');
        let inner = inner.strip_suffix("default.nix").unwrap_or(inner);
        match inner.trim_end_matches('/') {
            "" if source == "nixpkgs" => {
                return Ok(Value::Builtin(Rc::new(BuiltinApp {
                    builtin: &IMPORT_NIXPKGS,
                    args: Vec::new(),
                })))
            }
            "pkgs/top-level" | "pkgs/top-level/impure.nix" => {
                return Ok(Value::Builtin(Rc::new(BuiltinApp {
                    builtin: &IMPORT_NIXPKGS,
                    args: Vec::new(),
                })))
            }
            "" => return Ok(source_root(&describe(path))),
            "lib" => return lib_value(ev),
            _ => {}
        }
    }
    Ok(placeholder_package(&describe(path)))
}

/// The top of the source at `path` that is not nixpkgs by name: a placeholder that,
/// called, is `import <nixpkgs>` called.
fn source_root(path: &str) -> Value {
    let Value::Attrs(placeholder) = placeholder_package(path) else {
        return placeholder_package(path);
    };
    let functor = Value::Builtin(Rc::new(BuiltinApp {
        builtin: &CALL_SOURCE_ROOT,
        args: Vec::new(),
    }));
    let known = Attrs::from_entries(vec![AttrEntry::new("__functor", Thunk::ready(functor))]);
    Value::Attrs(Rc::new(placeholder.update(&known).into_placeholder(path)))
}

/// The `__functor` of [`source_root`]: `self: arguments: import <nixpkgs> arguments`.
static CALL_SOURCE_ROOT: Builtin = Builtin {
    name: "import <nixpkgs>",
    arity: 2,
    run: call_source_root,
};

fn call_source_root(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    import_nixpkgs(ev, &args[1..], span)
}

/// `import <nixpkgs> { ... }`: the `pkgs` stand-in for the platform the arguments name
/// (`system`, `localSystem`, `crossSystem`), with the `overlays` given applied (`config`
/// changes nothing ncc models).
static IMPORT_NIXPKGS: Builtin = Builtin {
    name: "import <nixpkgs>",
    arity: 1,
    run: import_nixpkgs,
};

fn import_nixpkgs(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let overlays = match ev.force(&args[0], Some(span))? {
        Value::Attrs(arguments) => match arguments.get("overlays") {
            Some(entry) => overlay_list(ev, &entry.value.clone(), span)?,
            None => Vec::new(),
        },
        _ => Vec::new(),
    };
    with_overlays(ev, args[0].clone(), overlays, span)
}

/// The overlays of a list value, in order; an unknown list (an input's `overlays`, or
/// NixOS's `nixpkgs.overlays` where one definition is that) is none that ncc can apply.
fn overlay_list(ev: &mut Evaluator, list: &Thunk, span: Span) -> EvalResult<Vec<Thunk>> {
    match ev.force(list, Some(span)) {
        Ok(Value::List(items)) => Ok(items.iter().cloned().collect()),
        Ok(other) if other.opaque().is_some() => Ok(Vec::new()),
        Ok(other) => Err(ev.type_error(&other, "a list", span)),
        Err(error) if error.is_unknown() => Ok(Vec::new()),
        Err(error) => Err(error),
    }
}

/// Whether `value` is what importing the top of an external source gives
/// (`import (fetchTarball url)`), which ncc takes for nixpkgs; given as an overlay, it
/// is one (emacs-overlay's is its top-level file), which ncc does not see.
fn is_fetched_source_root(value: &Value) -> bool {
    matches!(value, Value::Builtin(app) if std::ptr::eq(app.builtin, &IMPORT_NIXPKGS))
}

/// `pkgs.appendOverlays overlays` of a set made with nixpkgs' arguments and `base` (the
/// overlays it was made with): nixpkgs made again for the same platform with both, the
/// new ones last.
static APPEND_OVERLAYS: Builtin = Builtin {
    name: "appendOverlays",
    arity: 3,
    run: append_overlays,
};

fn append_overlays(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let mut overlays = overlay_list(ev, &args[1], span)?;
    overlays.extend(overlay_list(ev, &args[2], span)?);
    with_overlays(ev, args[0].clone(), overlays, span)
}

/// `pkgs.extend overlay`: `pkgs.appendOverlays [ overlay ]`.
static EXTEND: Builtin = Builtin {
    name: "extend",
    arity: 3,
    run: extend,
};

fn extend(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let mut overlays = overlay_list(ev, &args[1], span)?;
    overlays.push(args[2].clone());
    with_overlays(ev, args[0].clone(), overlays, span)
}

/// What `.appendOverlays` of a placeholder gives: a nixpkgs ncc does not see
/// (`inputs.nixpkgs.legacyPackages.${system}`, given as NixOS's `nixpkgs.pkgs`) is the
/// stand-in, to which the overlays are applied as to any.
pub(crate) fn placeholder_append_overlays() -> Value {
    given(&APPEND_OVERLAYS, vec![null(), none()])
}

/// `builtin` given its first arguments, `arguments`.
fn given(builtin: &'static Builtin, arguments: Vec<Thunk>) -> Value {
    Value::Builtin(Rc::new(BuiltinApp {
        builtin,
        args: arguments,
    }))
}

/// No arguments to nixpkgs: the stand-in's, for a platform nobody named.
fn null() -> Thunk {
    Thunk::ready(Value::Null)
}

/// No overlays: the overlays of the stand-in itself.
fn none() -> Thunk {
    Thunk::ready(Value::List(Rc::from(Vec::new())))
}

/// nixpkgs' fixpoint of its overlays: each `final: prev: { ... }` is given the final
/// package set and the one before it, and its attributes replace those of `prev`, so
/// that `pkgs.lib` is what an overlay made of it (`lib = prev.lib // { mine = ...; }`)
/// and a package an overlay adds is known. What no overlay sets stays the stand-in's.
/// The set's `callPackage` calls with the final set (a package asking for what an
/// overlay adds gets it), and its `appendOverlays` and `extend` add to these overlays.
/// An overlay ncc cannot evaluate (an input's `overlays.default`) adds what it adds,
/// unknown as any package ncc does not see; it is taken to replace nothing the
/// project's own overlays define. `arguments` are nixpkgs' (see [`pkgs_for`]).
pub fn with_overlays(
    ev: &mut Evaluator,
    arguments: Thunk,
    overlays: Vec<Thunk>,
    span: Span,
) -> EvalResult<Value> {
    let base = pkgs_for(ev, arguments.clone())?;
    if overlays.is_empty() {
        return Ok(base);
    }
    let fixpoint = Thunk::uninitialised();
    let list = Thunk::ready(Value::List(Rc::from(overlays.clone())));
    let builtin = |builtin: &'static Builtin, arguments: &[&Thunk]| {
        Thunk::ready(given(
            builtin,
            arguments.iter().map(|&a| a.clone()).collect(),
        ))
    };
    let own = Attrs::from_entries(vec![
        AttrEntry::new(
            "appendOverlays",
            builtin(&APPEND_OVERLAYS, &[&arguments, &list]),
        ),
        AttrEntry::new("callPackage", builtin(&CALL_PACKAGE_IN, &[&fixpoint])),
        AttrEntry::new("extend", builtin(&EXTEND, &[&arguments, &list])),
        AttrEntry::new("pkgs", fixpoint.clone()),
    ]);
    let mut current = Value::Attrs(Rc::new(ev.expect_attrs(base, span)?.update(&own)));
    for overlay in overlays {
        let function = match ev.force(&overlay, Some(span)) {
            Ok(function) => function,
            Err(error) if error.is_unknown() => continue,
            Err(error) => return Err(error),
        };
        if function.opaque().is_some() || is_fetched_source_root(&function) {
            continue;
        }
        // An overlay whose set ncc cannot make is one it does not see: what decides its
        // attributes is often a question about nixpkgs the stand-in cannot answer
        // (`assert !(prev ? myLib)`, `optionalAttrs prev.stdenv.isx86_64 { ... }`), so
        // what it would add or replace stays the stand-in's, unknown, never an error.
        let added = ev
            .apply(function, fixpoint.clone(), span)
            .and_then(|partial| ev.apply(partial, Thunk::ready(current.clone()), span));
        let added = match added {
            Ok(Value::Attrs(added)) if added.placeholder().is_none() => added,
            _ => continue,
        };
        let previous = ev.expect_attrs(current, span)?;
        current = Value::Attrs(Rc::new(previous.update(&added)));
    }
    fixpoint.set_value(current.clone());
    Ok(current)
}

/// `pkgs.callPackage f overrides`.
static CALL_PACKAGE: Builtin = Builtin {
    name: "callPackage",
    arity: 2,
    run: call_package,
};

/// `pkgs.callPackage f overrides` of a set that overlays made: its arguments come from
/// that set (the first argument), not from the stand-in.
static CALL_PACKAGE_IN: Builtin = Builtin {
    name: "callPackage",
    arity: 3,
    run: call_package_in,
};

fn call_package(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let pkgs = pkgs_value(ev)?;
    call_package_with(ev, pkgs, &args[0], &args[1], span)
}

fn call_package_in(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let pkgs = ev.force(&args[0], Some(span))?;
    call_package_with(ev, pkgs, &args[1], &args[2], span)
}

/// `pkgs.callPackage ./file.nix { ... }`: imports the file (or takes the function),
/// and calls it with its formal arguments taken from the overrides, then from `pkgs`.
fn call_package_with(
    ev: &mut Evaluator,
    pkgs: Value,
    function: &Thunk,
    overrides: &Thunk,
    span: Span,
) -> EvalResult<Value> {
    let mut function = ev.force(function, Some(span))?;
    // nixpkgs imports what is not a function, and `import` takes a set by its `outPath`
    // (a source pinned with niv: `callPackage sources.bot { }`).
    if let Value::Attrs(attrs) = &function {
        if attrs.get("__functor").is_none() {
            if let Some(out_path) = attrs.get("outPath") {
                function = ev.force(&out_path.value.clone(), Some(span))?;
            }
        }
    }
    if let Value::Path(path) | Value::String(path) = &function {
        let path = path.to_string();
        function = ev.import(&path, Some(span))?;
    }
    let overrides = match ev.force(overrides, Some(span))? {
        Value::Attrs(overrides) => overrides,
        other => return Err(ev.type_error(&other, "a set", span)),
    };
    let argument = match &function {
        Value::Lambda(closure) => match &closure.lambda.param {
            Param::Formals { formals, .. } => {
                let mut entries = Vec::with_capacity(formals.len());
                for formal in formals {
                    let name = formal.name.as_str();
                    if let Some(entry) = overrides.get(name) {
                        entries.push(entry.clone());
                    } else if name == "pkgs" {
                        // nixpkgs' `pkgs.pkgs` is the package set itself.
                        entries.push(AttrEntry::new(name, Thunk::ready(pkgs.clone())));
                    } else if let Some(entry) = pkgs_entry(&pkgs, name) {
                        entries.push(AttrEntry::new(name, entry));
                    } else if formal.default.is_none() {
                        let path = format!("pkgs.{name}");
                        entries.push(AttrEntry::new(
                            name,
                            Thunk::ready(placeholder_package(&path)),
                        ));
                    }
                }
                Value::Attrs(Rc::new(Attrs::from_entries(entries)))
            }
            Param::Ident(_) => with_overrides(&pkgs, &overrides),
        },
        _ if function.opaque().is_some() => return Ok(placeholder_package("pkgs.callPackage")),
        _ => with_overrides(&pkgs, &overrides),
    };
    ev.apply(function, Thunk::ready(argument), span)
}

/// `pkgs.<name>` where `pkgs` has it (`lib`).
fn pkgs_entry(pkgs: &Value, name: &str) -> Option<Thunk> {
    match pkgs {
        Value::Attrs(attrs) => attrs.get(name).map(|e| e.value.clone()),
        _ => None,
    }
}

fn with_overrides(pkgs: &Value, overrides: &Rc<Attrs>) -> Value {
    match pkgs {
        Value::Attrs(attrs) => {
            let merged = attrs.update(overrides);
            Value::Attrs(Rc::new(merged.into_placeholder("pkgs")))
        }
        other => other.clone(),
    }
}

fn placeholder_package(path: &str) -> Value {
    // `pkgs.python3.pkgs.requests` is `requests`; `<nixpkgs/nixos/x.nix>` is `x.nix`.
    let name = match path.rsplit_once('/') {
        Some((_, file)) => file.trim_end_matches('>'),
        None => path.rsplit('.').next().unwrap_or(path),
    };
    Value::Attrs(Rc::new(
        Attrs::from_entries(vec![
            AttrEntry::new("type", Thunk::ready(Value::string("derivation"))),
            AttrEntry::new(
                "outPath",
                Thunk::ready(Value::string(&opaque::stand_in_text(path, name))),
            ),
            AttrEntry::new("name", Thunk::ready(Value::string(name))),
        ])
        .into_placeholder(path),
    ))
}
