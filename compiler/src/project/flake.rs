//! Flakes: `flake.nix` evaluated as Nix evaluates it, with every input but the flake
//! itself an opaque source ncc does not fetch.
//!
//! `outputs` is called with `self` (the outputs, a fixpoint, `outPath` the flake's
//! directory) and one value per input named in `inputs`, in `flake.lock` or by the
//! `outputs` function's arguments. A nixpkgs input's `lib` is ncc's `lib`, whose
//! `nixosSystem` records a host (see flake.nix); flake-utils' and flake-parts' `lib` are
//! ncc's versions of the functions that shape outputs, and so are those of the tools
//! that make hosts (colmena, clan, blueprint, snowfall-lib, nixos-unified, digga, soxin,
//! flakelight, extra-container's `buildContainers`); any other input is a placeholder, whose attributes and calls give
//! more placeholders (`inputs.sops-nix.nixosModules.sops`).

use std::rc::Rc;

use lib_nix::eval::builtins::Builtin;
use lib_nix::eval::value::BuiltinApp;
use lib_nix::eval::{AttrEntry, Attrs, EvalError, EvalResult, Evaluator, Thunk, Value};
use lib_nix::modules::{lib_value, placeholder_package_value};
use lib_nix::syntax::EmbeddedSource;
use lib_nix::Span;

mod inputs_read;

/// The wiring, parsed and lowered when ncc is built (as its schemas are): a flake's check
/// neither parses nor lowers its 120 KB at run time.
const WIRING_SOURCE: EmbeddedSource = lib_nix::embedded_nix!("project/flake.nix");

/// The placeholder the wiring's colmena `makeHive` gives as its `nodes` (flake.nix).
pub const HIVE_NODES: &str = "opaque.nodes";

/// The maker of a value ncc does not evaluate, as a note names it: an input's path as
/// it is (`inputs.nixos-unified.lib.mkLinuxSystem`), a value of the wiring's own
/// stand-ins (`opaque.nodes`) by what it stands for, not by ncc's internal name, and a
/// value read out of the files of an input that is not a flake (`(import helpers).mapHosts`,
/// whose placeholder is named by the input's stand-in store path) by the input's name.
pub fn describe_maker(path: &str) -> String {
    if let Some(name) = path.strip_prefix("opaque.") {
        return format!("`{name}` of a library ncc stands in for");
    }
    match lib_nix::eval::opaque::split_package(path) {
        Some((package, "")) => match package.split_once('.') {
            Some((input, read)) => format!("`{read}` of the files of {input}"),
            None => format!("the files of {package}"),
        },
        Some((package, inner)) => format!("`{inner}` of the files of {package}"),
        None => path.to_owned(),
    }
}
pub(crate) const WIRING_FILE: &str = "<ncc flake inputs>";

/// What kind of source an input is, as far as ncc gives it a value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputKind {
    /// nixpkgs (any input fetched from NixOS/nixpkgs): its `lib` is ncc's `lib`.
    Nixpkgs,
    /// numtide/flake-utils: its `lib.eachSystem` family is evaluated.
    FlakeUtils,
    /// gytis-ivaskevicius/flake-utils-plus: flake-utils' `lib` with `mkFlake`, which
    /// makes a host per `hosts.<name>`, and its `nixosModules.autoGenFromInputs`.
    FlakeUtilsPlus,
    /// divnix/digga: flake-utils-plus' `lib` with digga's `mkFlake`, which makes a host
    /// per `nixos.hosts.<name>`, and its importers (`rakeLeaves`, `importHosts`, ...).
    Digga,
    /// hercules-ci/flake-parts: its `lib.mkFlake` is evaluated.
    FlakeParts,
    /// zhaofengli/colmena: its `lib.makeHive` keeps the hive it is given.
    Colmena,
    /// clan-core (clan.lol): its `lib.buildClan` and `lib.clan` make a host per machine.
    Clan,
    /// numtide/blueprint: the input, called with the flake's inputs, makes a host per
    /// `hosts/<name>/configuration.nix`.
    Blueprint,
    /// vic/import-tree: the input, called with a directory, is a module importing the
    /// `.nix` files below it.
    ImportTree,
    /// nix-community/haumea: its `lib.load` makes an attribute set of a directory's files.
    Haumea,
    /// denful/den (formerly vic/den): its flake module makes a host per
    /// `den.hosts.<system>.<name>` of class nixos, of the `nixos` modules of its aspects.
    Den,
    /// vic/flake-file: its flake modules declare the `flake-file` options and make no host.
    FlakeFile,
    /// snowfallorg/lib: its `mkLib` and `mkFlake` make a host per
    /// `systems/<target>/<name>/default.nix`.
    Snowfall,
    /// srid/nixos-unified: its flake-parts module's `mkLinuxSystem` makes a host, and its
    /// `flakeModules.autoWire` one per `configurations/nixos/<name>`; its `lib.mkFlake`
    /// is flake-parts' of the flake's own flake modules.
    NixosUnified,
    /// tgirlcloud/easy-hosts: its flake-parts module makes a host per
    /// `easy-hosts.hosts.<name>` and, with `autoConstruct`, per directory of its `path`.
    EasyHosts,
    /// ehllie/ez-configs: its flake-parts module makes a host per module of
    /// `nixos-configurations`.
    EzConfigs,
    /// erikarvstedt/extra-container: its `lib.buildContainers` makes the containers of a
    /// configuration, checked as a host of its own.
    ExtraContainer,
    /// nix-community/flakelight: the input, called with the flake's directory and a
    /// module (`flakelight ./. { ... }`), makes a host per `nixosConfigurations.<name>`,
    /// given there or by a file of its `nixDir`.
    Flakelight,
    /// SoxinOS/soxin: flake-utils-plus' `mkFlake` under its own `lib.mkFlake`, which
    /// makes a host per `hosts.<name>` of mode `NixOS`.
    Soxin,
    /// Anything else: an opaque placeholder.
    Other,
}

impl InputKind {
    fn from_name(name: &str) -> InputKind {
        match name {
            "nixpkgs" => InputKind::Nixpkgs,
            "flake-utils" => InputKind::FlakeUtils,
            "flake-utils-plus" => InputKind::FlakeUtilsPlus,
            "digga" => InputKind::Digga,
            "flake-parts" => InputKind::FlakeParts,
            "colmena" => InputKind::Colmena,
            "clan" => InputKind::Clan,
            "blueprint" => InputKind::Blueprint,
            "import-tree" => InputKind::ImportTree,
            "haumea" => InputKind::Haumea,
            "den" => InputKind::Den,
            "flake-file" => InputKind::FlakeFile,
            "snowfall" => InputKind::Snowfall,
            "nixos-unified" => InputKind::NixosUnified,
            "easy-hosts" => InputKind::EasyHosts,
            "ez-configs" => InputKind::EzConfigs,
            "extra-container" => InputKind::ExtraContainer,
            "flakelight" => InputKind::Flakelight,
            "soxin" => InputKind::Soxin,
            _ => InputKind::Other,
        }
    }
}

/// A flake's outputs, evaluated as far as `self`, and what its inputs are.
pub struct Outputs {
    /// `self`: the outputs with `outPath`, `inputs` and `sourceInfo`.
    pub value: Value,
    /// Each input's name and kind, sorted by name.
    pub inputs: Vec<(String, InputKind)>,
}

impl Outputs {
    /// Whether an input of this kind is among the flake's inputs.
    pub fn uses(&self, kind: InputKind) -> bool {
        self.inputs.iter().any(|(_, k)| *k == kind)
    }
}

/// Evaluates the flake whose `flake.nix` is already loaded as `root` (its value), at
/// absolute `dir`, with `lock` the text of its `flake.lock`, if any.
pub fn evaluate(
    ev: &mut Evaluator,
    root: Value,
    dir: &str,
    lock: Option<&str>,
    span: Span,
) -> EvalResult<Outputs> {
    let Value::Attrs(flake) = root else {
        return Err(EvalError::message(
            format!(
                "a flake is an attribute set with `inputs` and `outputs`, not {}",
                root.type_phrase()
            ),
            Some(span),
        ));
    };
    if flake.get("outputs").is_none() {
        return Err(EvalError::message(
            "the flake has no `outputs` attribute: nothing to check",
            Some(span),
        ));
    }
    let wiring = wiring(ev, span)?;
    let lock_value = match lock {
        Some(text) => {
            let parse = attribute(ev, &wiring, "parseLock", span)?;
            match ev.apply(parse, Thunk::ready(Value::string(text)), span) {
                Ok(value) => value,
                // Nix reads a `flake.lock` that is there as JSON or stops ("Could not
                // parse '.../flake.lock'"), an empty one too: said at the flake, not in
                // ncc's wiring (the text read again only to say why).
                Err(error) => match serde_json::from_str::<serde_json::Value>(text) {
                    Err(json) => {
                        let message = format!(
                            "Could not parse the flake's `flake.lock` (Nix cannot either): {json}"
                        );
                        return Err(EvalError::message(message, Some(span)));
                    }
                    Ok(_) => return Err(error),
                },
            }
        }
        None => Value::Null,
    };
    // The same for every host of the flake: read by the first host's evaluator only.
    let flake_text = ev.sources.file(span.file).text.clone();
    let kept = inputs_read::kept(dir, &flake_text, lock);
    let kinds = match &kept {
        Some(read) => read.kinds.clone(),
        None => input_kinds(ev, &wiring, (&flake, &lock_value), span)?,
    };
    let mut entries = Vec::new();
    // The flake's inputs as its `outputs` is given them, for an input that reads them
    // itself (flakelight's from flake.lock): filled once every input is made (read
    // before, it is infinite recursion).
    let own = Thunk::uninitialised();
    for (name, kind) in &kinds {
        let flake_value = Value::Attrs(flake.clone());
        let value = input_value(
            ev,
            &wiring,
            (name, *kind),
            (&flake_value, &lock_value, &own),
            span,
        )?;
        entries.push(AttrEntry::new(name, Thunk::ready(value)));
    }
    match kept {
        Some(read) => {
            ev.library_release = read.release.as_deref().map(Rc::from);
            ev.library_carried = read.carried.as_deref().map(Rc::from);
        }
        None => {
            ev.library_release = library_release(ev, &wiring, (&flake, &lock_value), &kinds, span);
            let read = inputs_read::InputsRead {
                kinds: kinds.clone(),
                release: ev.library_release.as_deref().map(str::to_owned),
                carried: ev.library_carried.as_deref().map(str::to_owned),
            };
            inputs_read::keep(dir, &flake_text, lock, read);
        }
    }
    let inputs = kinds;
    let inputs_value = Value::Attrs(Rc::new(Attrs::from_entries(entries)));
    own.set_value(inputs_value.clone());
    let outputs = attribute(ev, &wiring, "outputs", span)?;
    let outputs = ev.apply(outputs, Thunk::ready(Value::Attrs(flake)), span)?;
    let outputs = ev.apply(outputs, Thunk::ready(inputs_value), span)?;
    let value = ev.apply(outputs, Thunk::ready(Value::string(dir)), span)?;
    Ok(Outputs { value, inputs })
}

/// Each input the flake's `outputs` is given, by name, and its kind, as the wiring's
/// `inputKinds` reads them from flake.nix and flake.lock.
fn input_kinds(
    ev: &mut Evaluator,
    wiring: &Value,
    (flake, lock): (&Rc<Attrs>, &Value),
    span: Span,
) -> EvalResult<Vec<(String, InputKind)>> {
    let kinds_of = attribute(ev, wiring, "inputKinds", span)?;
    let kinds_of = ev.apply(kinds_of, Thunk::ready(Value::Attrs(flake.clone())), span)?;
    let kinds = ev.apply(kinds_of, Thunk::ready(lock.clone()), span)?;
    let kinds = ev.expect_attrs(kinds, span)?;
    let mut read = Vec::with_capacity(kinds.len());
    for entry in kinds.entries() {
        let kind = match ev.force(&entry.value.clone(), Some(span))? {
            Value::String(kind) => InputKind::from_name(&kind),
            _ => InputKind::Other,
        };
        read.push((entry.name.as_str().to_owned(), kind));
    }
    Ok(read)
}

/// The first of the flake's nixpkgs inputs (`nixpkgs` before the others) not known to
/// be nixpkgs 25.11, whose lib ncc's is, said as [`Evaluator::library_release`] says it.
fn library_release(
    ev: &mut Evaluator,
    wiring: &Value,
    (flake, lock): (&Rc<Attrs>, &Value),
    inputs: &[(String, InputKind)],
    span: Span,
) -> Option<Rc<str>> {
    let mut names: Vec<&str> = inputs
        .iter()
        .filter(|(_, kind)| *kind == InputKind::Nixpkgs)
        .map(|(name, _)| name.as_str())
        .collect();
    names.sort_by_key(|name| *name != "nixpkgs");
    ev.library_carried = None;
    let first = *names.first()?;
    let list = names
        .iter()
        .map(|name| Thunk::ready(Value::string(name)))
        .collect::<Vec<_>>();
    let releases = (|| -> EvalResult<Vec<(bool, String, bool)>> {
        let function = attribute(ev, wiring, "nixpkgsReleases", span)?;
        let function = ev.apply(function, Thunk::ready(Value::Attrs(flake.clone())), span)?;
        let function = ev.apply(function, Thunk::ready(lock.clone()), span)?;
        let releases = ev.apply(function, Thunk::ready(Value::List(Rc::from(list))), span)?;
        names
            .iter()
            .map(|name| {
                let release = attribute(ev, &releases, name, span)?;
                let is_nccs = match attribute(ev, &release, "said", span)? {
                    Value::String(said) => super::pinned::names_nccs_release(&said),
                    _ => false,
                };
                let said = match attribute(ev, &release, "release", span)? {
                    Value::String(said) => said.to_string(),
                    _ => String::new(),
                };
                let gains = matches!(attribute(ev, &release, "gains", span)?, Value::Bool(true));
                Ok((is_nccs, said, gains))
            })
            .collect()
    })();
    match releases {
        Ok(releases) => {
            let (name, (_, said, gains)) = names
                .iter()
                .zip(releases)
                .find(|(_, (is_nccs, _, _))| !is_nccs)?;
            // Its lib has what lib 26.05 added (flake.nix, `nixpkgsLibOf`).
            ev.library_carried = gains.then(|| Rc::from("nixpkgs lib 25.11 with what 26.05 added"));
            Some(Rc::from(format!("the flake's input `{name}` ({said})")))
        }
        // What ncc could not read of the inputs does not say they are 25.11.
        Err(_) => Some(Rc::from(format!("the flake's input `{first}`"))),
    }
}

/// The value an input of `kind` is given.
fn input_value(
    ev: &mut Evaluator,
    wiring: &Value,
    (name, kind): (&str, InputKind),
    (flake, lock, own): (&Value, &Value, &Thunk),
    span: Span,
) -> EvalResult<Value> {
    let path = format!("inputs.{name}");
    let lib = match kind {
        InputKind::Other => return other_input_value(ev, wiring, name, (flake, lock), span),
        InputKind::Nixpkgs => {
            let lib = applied_to_input(ev, wiring, "nixpkgsLibOf", (flake, lock), span)?;
            let lib = ev.apply(lib, Thunk::ready(Value::string(name)), span)?;
            return nixpkgs_input_value(ev, wiring, lib, &path, span);
        }
        InputKind::FlakeUtils => {
            let lib = attribute(ev, wiring, "flakeUtilsLib", span)?;
            opaque_with(ev, lib, &format!("{path}.lib"), span)?
        }
        InputKind::FlakeUtilsPlus => {
            let lib = applied_to_input(ev, wiring, "flakeUtilsPlusLibFor", (flake, lock), span)?;
            let lib = opaque_with(ev, lib, &format!("{path}.lib"), span)?;
            let own = attribute(ev, wiring, "flakeUtilsPlus", span)?;
            let options = attribute(ev, &own, "optionsModule", span)?;
            let modules = Attrs::from_entries(vec![AttrEntry::new(
                "autoGenFromInputs",
                Thunk::ready(options),
            )]);
            let nixos_modules = opaque_with(
                ev,
                Value::Attrs(Rc::new(modules)),
                &format!("{path}.nixosModules"),
                span,
            )?;
            return input_with(
                ev,
                [("lib", lib), ("nixosModules", nixos_modules)],
                &path,
                span,
            );
        }
        InputKind::Digga => {
            let lib = applied_to_input(ev, wiring, "diggaLibFor", (flake, lock), span)?;
            opaque_with(ev, lib, &format!("{path}.lib"), span)?
        }
        InputKind::FlakeParts => {
            let lib = applied_to_input(ev, wiring, "flakePartsLibFor", (flake, lock), span)?;
            let lib = ev.apply(lib, Thunk::ready(Value::string(name)), span)?;
            let lib = opaque_with(ev, lib, &format!("{path}.lib"), span)?;
            // Its extras `flakeModules.flakeModules` and `flakeModules.modules`.
            let modules = attribute(ev, wiring, "flakePartsModules", span)?;
            let modules = opaque_with(ev, modules, &format!("{path}.flakeModules"), span)?;
            return input_with(ev, [("lib", lib), ("flakeModules", modules)], &path, span);
        }
        // `flakelight ./. { ... }`, its `lib.mkFlake`: the flake's inputs are the module's
        // `inputs` where the flake gives none (flakelight reads them from flake.lock),
        // nixpkgs flakelight's own where the flake has no input of that name.
        InputKind::Flakelight => {
            let function = attribute(ev, wiring, "flakelightInput", span)?;
            let lib = attribute(ev, wiring, "nixpkgsLib", span)?;
            let nixpkgs =
                nixpkgs_input_value(ev, wiring, lib, &format!("{path}.inputs.nixpkgs"), span)?;
            let arguments = Attrs::from_entries(vec![
                AttrEntry::new("inputs", own.clone()),
                AttrEntry::new("nixpkgs", Thunk::ready(nixpkgs)),
            ]);
            let input = ev.apply(
                function,
                Thunk::ready(Value::Attrs(Rc::new(arguments))),
                span,
            )?;
            return opaque_with(ev, input, &path, span);
        }
        // soxin's `lib.mkFlake`, whose hosts import soxin's own modules: the input's own
        // placeholders (`inputs.soxin.nixosModule`); what it does depends on the revision
        // the lock fixes the input `name` at.
        InputKind::Soxin => {
            let lib = applied_to_input(ev, wiring, "soxinLibFor", (flake, lock), span)?;
            let lib = ev.apply(lib, Thunk::ready(Value::string(name)), span)?;
            let lib = ev.apply(lib, Thunk::ready(placeholder_package_value(&path)), span)?;
            opaque_with(ev, lib, &format!("{path}.lib"), span)?
        }
        InputKind::Colmena => {
            let lib = attribute(ev, wiring, "colmenaLib", span)?;
            opaque_with(ev, lib, &format!("{path}.lib"), span)?
        }
        InputKind::Clan => {
            let lib = attribute(ev, wiring, "clanLib", span)?;
            opaque_with(ev, lib, &format!("{path}.lib"), span)?
        }
        // Flakes shape their outputs with its own flake-utils input, as its example does:
        // `extra-container.inputs.flake-utils.lib.eachSystem extra-container.lib.supportedSystems`.
        InputKind::ExtraContainer => {
            let lib = attribute(ev, wiring, "extraContainerLib", span)?;
            let lib = opaque_with(ev, lib, &format!("{path}.lib"), span)?;
            let flake_utils = attribute(ev, wiring, "flakeUtilsLib", span)?;
            let flake_utils = opaque_with(
                ev,
                flake_utils,
                &format!("{path}.inputs.flake-utils.lib"),
                span,
            )?;
            let flake_utils = input_with(
                ev,
                [("lib", flake_utils)],
                &format!("{path}.inputs.flake-utils"),
                span,
            )?;
            let inputs = input_with(
                ev,
                [("flake-utils", flake_utils)],
                &format!("{path}.inputs"),
                span,
            )?;
            return input_with(ev, [("lib", lib), ("inputs", inputs)], &path, span);
        }
        // The input itself is called: `outputs = inputs: inputs.blueprint { inherit inputs; }`.
        InputKind::Blueprint => {
            let functor = attribute(ev, wiring, "blueprintFunctor", span)?;
            return input_with(ev, [("__functor", functor)], &path, span);
        }
        InputKind::Haumea => {
            let lib = attribute(ev, wiring, "haumeaLib", span)?;
            opaque_with(ev, lib, &format!("{path}.lib"), span)?
        }
        // Inputs that are more than their `lib`: `inputs.snowfall-lib.mkFlake { ... }` (or
        // `mkLib`); `inputs.nixos-unified.flakeModules.default` or its `lib.mkFlake`; the
        // flake modules a flake-parts flake imports (`inputs.easy-hosts.flakeModule`,
        // `inputs.den.flakeModules.dendritic`, ...); import-tree, which is called
        // (`imports = [ (inputs.import-tree ./modules) ]`).
        InputKind::Snowfall => return whole_input(ev, wiring, "snowfallLib", &path, span),
        InputKind::NixosUnified => return whole_input(ev, wiring, "nixosUnified", &path, span),
        InputKind::EasyHosts => return whole_input(ev, wiring, "easyHosts", &path, span),
        InputKind::EzConfigs => return whole_input(ev, wiring, "ezConfigs", &path, span),
        InputKind::ImportTree => return whole_input(ev, wiring, "importTreeInput", &path, span),
        InputKind::Den => return whole_input(ev, wiring, "denInput", &path, span),
        InputKind::FlakeFile => return whole_input(ev, wiring, "flakeFileInput", &path, span),
    };
    input_with(ev, [("lib", lib)], &path, span)
}

/// The wiring's function `known` (`diggaLibFor`) applied to the input's flake and its
/// lock entry: what ncc gives for a framework that reads its own source or revision.
fn applied_to_input(
    ev: &mut Evaluator,
    wiring: &Value,
    known: &str,
    (flake, lock): (&Value, &Value),
    span: Span,
) -> EvalResult<Value> {
    let function = attribute(ev, wiring, known, span)?;
    let applied = ev.apply(function, Thunk::ready(flake.clone()), span)?;
    ev.apply(applied, Thunk::ready(lock.clone()), span)
}

/// The input at `path` that is the wiring's attribute `known`, whatever it does not
/// give a placeholder.
fn whole_input(
    ev: &mut Evaluator,
    wiring: &Value,
    known: &str,
    path: &str,
    span: Span,
) -> EvalResult<Value> {
    let known = attribute(ev, wiring, known, span)?;
    opaque_with(ev, known, path, span)
}

/// The nixpkgs source tree, as `<nixpkgs>` is: `import nixpkgs { overlays = ...; }` is the
/// `pkgs` stand-in whose `lib` is ncc's, and `"${nixpkgs}/nixos/modules/..."` a module of
/// nixpkgs. `legacyPackages.${system}` is that `pkgs` for `system`.
fn nixpkgs_input_value(
    ev: &mut Evaluator,
    wiring: &Value,
    lib: Value,
    path: &str,
    span: Span,
) -> EvalResult<Value> {
    let source_path = lib_nix::eval::opaque::source_path("nixpkgs");
    let import_nixpkgs = lib_nix::modules::import_opaque(ev, &source_path)?;
    let source = Value::string(&source_path);
    let legacy_packages = attribute(ev, wiring, "nixpkgsLegacyPackages", span)?;
    let legacy_packages = ev.apply(legacy_packages, Thunk::ready(import_nixpkgs), span)?;
    let known = [
        ("lib", lib),
        ("outPath", source),
        ("legacyPackages", legacy_packages),
    ];
    input_with(ev, known, path, span)
}

/// An input ncc does not evaluate: a placeholder, but for its `lib.nixosSystem`
/// (nvmd/nixos-raspberrypi's), which is nixpkgs' with the modules that flake adds, which
/// ncc does not evaluate, and the inputs of its own that flake.lock says are nixpkgs
/// (`inputs.core.inputs.nixpkgs.lib`), which are nixpkgs. Those are read from the lock
/// when a flake asks for them, which few do: every host's evaluation makes every input.
fn other_input_value(
    ev: &mut Evaluator,
    wiring: &Value,
    name: &str,
    (flake, lock): (&Value, &Value),
    span: Span,
) -> EvalResult<Value> {
    let path = format!("inputs.{name}");
    let wrap = attribute(ev, wiring, "inputNixosSystem", span)?;
    let own = placeholder_package_value(&format!("{path}.lib.nixosSystem"));
    let nixos_system = ev.apply(wrap, Thunk::ready(own), span)?;
    let lib = input_with(
        ev,
        [("nixosSystem", nixos_system)],
        &format!("{path}.lib"),
        span,
    )?;
    let inputs = {
        let (wiring, lock, name) = (wiring.clone(), lock.clone(), name.to_owned());
        Thunk::native(move |ev| locked_nixpkgs_inputs(ev, &wiring, &lock, &name, span))
    };
    let out_path = {
        let (wiring, flake, lock) = (wiring.clone(), flake.clone(), lock.clone());
        let (name, path) = (name.to_owned(), path.clone());
        Thunk::native(move |ev| out_path_of_other(ev, &wiring, (&flake, &lock), &name, &path, span))
    };
    let known = Attrs::from_entries(vec![
        AttrEntry::new("lib", Thunk::ready(lib)),
        AttrEntry::new("inputs", inputs),
        AttrEntry::new("outPath", out_path),
    ]);
    opaque_with(ev, Value::Attrs(Rc::new(known)), &path, span)
}

/// The prefix of the source name that stands for a nix-systems flake, its systems after
/// it joined by `+` (`nix-systems=aarch64-linux+x86_64-linux`): importing that source
/// gives the list (see [`import_opaque`]).
const NIX_SYSTEMS_SOURCE: &str = "nix-systems=";

/// The `outPath` of input `name`, which ncc does not evaluate: a source whose `import`
/// is the list of systems where flake.lock fixes a nix-systems flake at a revision whose
/// list ncc knows (the wiring's `nixSystemsOf`), else the placeholder's own path.
fn out_path_of_other(
    ev: &mut Evaluator,
    wiring: &Value,
    (flake, lock): (&Value, &Value),
    name: &str,
    path: &str,
    span: Span,
) -> EvalResult<Value> {
    let systems = applied_to_input(ev, wiring, "nixSystemsOf", (flake, lock), span)?;
    let systems = ev.apply(systems, Thunk::ready(Value::string(name)), span)?;
    if let Value::List(items) = systems {
        let mut names = Vec::with_capacity(items.len());
        for item in items.iter() {
            match ev.force(item, Some(span))? {
                Value::String(system) => names.push(system.to_string()),
                _ => return attribute(ev, &placeholder_package_value(path), "outPath", span),
            }
        }
        let source = format!("{NIX_SYSTEMS_SOURCE}{}", names.join("+"));
        return Ok(Value::string(&lib_nix::eval::opaque::source_path(&source)));
    }
    attribute(ev, &placeholder_package_value(path), "outPath", span)
}

/// The inputs of the input `name` ncc does not evaluate: those flake.lock says are
/// nixpkgs, each nixpkgs; any other a placeholder.
fn locked_nixpkgs_inputs(
    ev: &mut Evaluator,
    wiring: &Value,
    lock: &Value,
    name: &str,
    span: Span,
) -> EvalResult<Value> {
    let path = format!("inputs.{name}.inputs");
    let function = attribute(ev, wiring, "lockedNixpkgsInputsOf", span)?;
    let function = ev.apply(function, Thunk::ready(lock.clone()), span)?;
    let mut entries = Vec::new();
    if let Value::List(names) = ev.apply(function, Thunk::ready(Value::string(name)), span)? {
        for input in names.iter() {
            let Value::String(input) = ev.force(input, Some(span))? else {
                continue;
            };
            let lib = attribute(ev, wiring, "nixpkgsLib", span)?;
            let value = nixpkgs_input_value(ev, wiring, lib, &format!("{path}.{input}"), span)?;
            entries.push(AttrEntry::new(&input, Thunk::ready(value)));
        }
    }
    opaque_with(
        ev,
        Value::Attrs(Rc::new(Attrs::from_entries(entries))),
        &path,
        span,
    )
}

/// The input at `path` (`inputs.nixpkgs`) with the `known` attributes: every other
/// attribute a placeholder, its `outPath` too unless known (a store path ncc has not
/// fetched).
fn input_with<const N: usize>(
    ev: &mut Evaluator,
    known: [(&str, Value); N],
    path: &str,
    span: Span,
) -> EvalResult<Value> {
    let entries = known
        .into_iter()
        .map(|(name, value)| AttrEntry::new(name, Thunk::ready(value)))
        .collect();
    let known = Value::Attrs(Rc::new(Attrs::from_entries(entries)));
    opaque_with(ev, known, path, span)
}

/// `known`'s attributes, with any other attribute a placeholder under `path`.
fn opaque_with(ev: &mut Evaluator, known: Value, path: &str, span: Span) -> EvalResult<Value> {
    let known = ev.expect_attrs(known, span)?;
    let Value::Attrs(placeholder) = placeholder_package_value(path) else {
        return Ok(Value::Attrs(known));
    };
    let merged = placeholder.update(&known).into_placeholder(path);
    Ok(Value::Attrs(Rc::new(merged)))
}

/// The wiring of flake.nix, applied to ncc's `lib` and the opaque placeholder.
/// What `import` of an external source's path gives, as [`lib_nix::modules::import_opaque`]
/// answers it, except the two files of nixpkgs that make a NixOS system, each a host ncc
/// checks: `<nixpkgs/nixos>`, of a `configuration` (see `nixos` in flake.nix), and
/// `<nixpkgs/nixos/lib/eval-config.nix>`, of `modules` and `specialArgs`, which is what
/// `lib.nixosSystem` calls (see `evalConfig` there). That file is nixpkgs' in any source
/// ncc stands in for: a nixpkgs pinned by niv or npins, or fetched by `fetchTarball`
/// (`import (sources.nixpkgs + "/nixos/lib/eval-config.nix") { ... }`), is a source
/// whose name ncc does not know (`import` of its root is a `pkgs` all the same); so is a
/// package whose output holds it, a nixpkgs tree patched by `applyPatches`
/// (`import (self.packages.${system}.pkgs-patched + "/nixos/lib/eval-config.nix")`).
/// A nix-systems flake's source whose list ncc knows is that list.
pub fn import_opaque(ev: &mut Evaluator, path: &str) -> EvalResult<Value> {
    use lib_nix::eval::opaque::{split_package, split_source};
    if let Some((source, "" | "/" | "default.nix")) = split_source(path) {
        if let Some(systems) = source.strip_prefix(NIX_SYSTEMS_SOURCE) {
            let items = systems
                .split('+')
                .map(|system| Thunk::ready(Value::string(system)))
                .collect::<Vec<_>>();
            return Ok(Value::List(Rc::from(items)));
        }
    }
    let maker = match split_source(path) {
        Some(("nixpkgs", "nixos" | "nixos/" | "nixos/default.nix")) => "nixos",
        Some((_, "nixos/lib/eval-config.nix")) => "evalConfig",
        _ => match split_package(path) {
            Some((_, "nixos/lib/eval-config.nix")) => "evalConfig",
            _ => return lib_nix::modules::import_opaque(ev, path),
        },
    };
    let span = Span::nowhere();
    let wiring = wiring(ev, span)?;
    attribute(ev, &wiring, maker, span)
}

fn wiring(ev: &mut Evaluator, span: Span) -> EvalResult<Value> {
    // Evaluated once per evaluator (its function), applied at each use.
    let function = ev.embedded_value(WIRING_FILE, "/<ncc>/flake.nix", &WIRING_SOURCE)?;
    let lib = lib_value(ev)?;
    let arguments = Value::Attrs(Rc::new(Attrs::from_entries(vec![
        AttrEntry::new("lib", Thunk::ready(lib)),
        AttrEntry::new("opaque", Thunk::ready(placeholder_package_value("opaque"))),
        AttrEntry::new(
            "extraContainerModule",
            Thunk::native(crate::stand_ins::extra_container_module),
        ),
        AttrEntry::new(
            "knownStrings",
            Thunk::ready(Value::Builtin(Rc::new(BuiltinApp {
                builtin: &KNOWN_STRINGS,
                args: Vec::new(),
            }))),
        ),
        AttrEntry::new(
            "hostConfig",
            Thunk::ready(Value::Builtin(Rc::new(BuiltinApp {
                builtin: &HOST_CONFIG,
                args: Vec::new(),
            }))),
        ),
    ])));
    ev.apply(function, Thunk::ready(arguments), span)
}

/// The wiring's `knownStrings list`: the list, when ncc knows it to be a list of
/// strings, else `null`: where a value ncc cannot know decides it (flake-parts'
/// `systems = import inputs.systems;`), the wiring makes what does not depend on it.
static KNOWN_STRINGS: Builtin = Builtin {
    name: "knownStrings",
    arity: 1,
    run: known_strings,
};

fn known_strings(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let items = match ev.force(&args[0], Some(span)) {
        Ok(Value::List(items)) => items,
        Ok(_) => return Ok(Value::Null),
        Err(error) if error.is_unknown() => return Ok(Value::Null),
        Err(error) => return Err(error),
    };
    for item in items.iter() {
        match ev.force(item, Some(span)) {
            Ok(Value::String(_)) => {}
            Ok(_) => return Ok(Value::Null),
            Err(error) if error.is_unknown() => return Ok(Value::Null),
            Err(error) => return Err(error),
        }
    }
    Ok(Value::List(items))
}

/// The hosts ncc is checking, each by the arguments of the `lib.nixosSystem` call that
/// made it, with the cell its evaluation makes `config` in: in Nix, a system's `config`
/// is that one evaluation, so a flake that hands a host its own configuration back
/// through its outputs (`specialArgs = { config = self.nixosConfigurations.${hostname}
/// .config; }`) gives it the configuration being checked.
#[derive(Default)]
pub(crate) struct OwnConfigurations {
    /// The host whose evaluation comes next, from [`expect_own_configuration`].
    next: Option<(Rc<Attrs>, Thunk)>,
    hosts: Vec<(Rc<Attrs>, Thunk)>,
}

/// Says that the next host evaluation is of the system `lib.nixosSystem` made of
/// `arguments` (as the wiring recorded them).
pub(crate) fn expect_own_configuration(ev: &mut Evaluator, arguments: &Value) {
    if let Value::Attrs(arguments) = arguments {
        ev.extensions.get_or_default::<OwnConfigurations>().next =
            Some((arguments.clone(), Thunk::uninitialised()));
    }
}

/// The cell the host evaluation about to start makes its `config` in, if that host is a
/// system [`expect_own_configuration`] named: from now on, its `config` as the flake's
/// outputs read it.
pub(crate) fn take_own_configuration(ev: &mut Evaluator) -> Option<Thunk> {
    let own = ev.extensions.get_or_default::<OwnConfigurations>();
    let (arguments, cell) = own.next.take()?;
    own.hosts.push((arguments, cell.clone()));
    Some(cell)
}

/// The `config` of the host being checked that `lib.nixosSystem` made of `arguments`.
fn own_configuration(ev: &mut Evaluator, arguments: &Thunk, span: Span) -> Option<Thunk> {
    if ev
        .extensions
        .get::<OwnConfigurations>()
        .is_none_or(|own| own.hosts.is_empty())
    {
        return None;
    }
    let Ok(Value::Attrs(arguments)) = ev.force(arguments, Some(span)) else {
        return None;
    };
    let own = ev.extensions.get::<OwnConfigurations>()?;
    own.hosts
        .iter()
        .find(|(made_of, _)| Rc::ptr_eq(made_of, &arguments))
        .map(|(_, cell)| cell.clone())
}

/// The wiring's `hostConfig arguments`: the `config` of the host a `lib.nixosSystem` call
/// with those arguments makes, as a flake reads it while making its outputs. The host
/// being checked reads its own (see [`OwnConfigurations`]); another host's is a
/// placeholder, as the rest of the system is (`config.system.build.toplevel`, a store
/// path ncc does not build), but for `networking.hostName`, evaluated as ncc evaluates
/// the host when it is read (once per flake: see [`super::host_names`]). A flake that
/// names its hosts by their own host name (`nameValuePair
/// system.config.networking.hostName system`) declares hosts ncc knows.
static HOST_CONFIG: Builtin = Builtin {
    name: "hostConfig",
    arity: 1,
    run: host_config,
};

fn host_config(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    if let Some(own) = own_configuration(ev, &args[0], span) {
        return ev.force(&own, Some(span));
    }
    let arguments = args[0].clone();
    let host_name = Thunk::native(move |ev| {
        let arguments = ev.force(&arguments, Some(span))?;
        super::host_names::host_name(ev, &arguments, span)
    });
    let known = Attrs::from_entries(vec![AttrEntry::new("hostName", host_name)]);
    let networking = opaque_with(
        ev,
        Value::Attrs(Rc::new(known)),
        "opaque.config.networking",
        span,
    )?;
    input_with(ev, [("networking", networking)], "opaque.config", span)
}

/// `set.name`, forced.
pub(crate) fn attribute(
    ev: &mut Evaluator,
    set: &Value,
    name: &str,
    span: Span,
) -> EvalResult<Value> {
    let Value::Attrs(attrs) = set else {
        return Err(EvalError::message(
            format!("expected an attribute set holding '{name}'"),
            Some(span),
        ));
    };
    match attrs.get(name) {
        Some(entry) => {
            let thunk = entry.value.clone();
            ev.force(&thunk, Some(span))
        }
        None => Err(ev.missing_attribute(&lib_nix::name::Name::new(name), attrs, span)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn makers_are_named_by_what_they_stand_for() {
        assert_eq!(
            describe_maker("inputs.nixos-unified.lib.mkLinuxSystem"),
            "inputs.nixos-unified.lib.mkLinuxSystem"
        );
        assert_eq!(
            describe_maker(HIVE_NODES),
            "`nodes` of a library ncc stands in for"
        );
        let files = "/nix/store/00000000000000000000000000000000-ncc-placeholder-helpers";
        assert_eq!(
            describe_maker(&format!("{files}.mapHosts")),
            "`mapHosts` of the files of helpers"
        );
        assert_eq!(
            describe_maker(&format!("{files}/lib.nix.mapHosts")),
            "`lib.nix.mapHosts` of the files of helpers"
        );
    }
}
