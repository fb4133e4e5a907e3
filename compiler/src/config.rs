//! Reads the merged module `config` into the typed [`crate::model`]. Every option is
//! forced on its own, so one bad definition is one diagnostic and the rest still read.

use std::collections::BTreeMap;
use std::rc::Rc;

use lib_nix::diagnostic::ModuleErrorCode;
use lib_nix::eval::Thunk;
use lib_nix::eval::{AttrEntry, Attrs, ErrorKind, EvalError, Evaluator, Value};
use lib_nix::modules::{
    eval_modules_open, Evaluated, LazyGroup, ModuleInput, OptionGroup, OptionNode,
};
use lib_nix::name::Name;
use lib_nix::{Diagnostic, DiagnosticKind, Span};

use crate::model::*;

mod container_assertions;
mod definition_sites;
mod host;
pub(crate) mod read_by_host;
mod users;

/// A container whose files ncc cannot write: some of its options depend on values ncc
/// cannot know (DESIGN.md §8.3), or the host gives its unit what ncc does not write. It
/// is checked as far as ncc can.
#[derive(Debug, Clone, PartialEq)]
pub struct Incomplete {
    /// The container; `None` for every container of a host whose set of containers is a
    /// value ncc cannot know (`containers = inputs.lab.lib.mkContainers { ... }`).
    pub container: Option<String>,
    /// Where the container (or the set) is declared.
    pub span: Span,
    /// For a container read whole, the options of its unit ncc does not write
    /// (`systemd.services."container@web".preStart`); `None`: a value ncc cannot know.
    pub unwritten: Option<Vec<String>>,
    /// Of a container with values ncc cannot know, the options of `containers.<name>`
    /// they were met in (`hostAddress6`, `config` for its own NixOS), which the rules
    /// that a default there cannot mislead read all the same; `None`: not known which.
    pub unknown_options: Option<Vec<&'static str>>,
}

impl Incomplete {
    fn container(name: &str, span: Span, unwritten: Option<Vec<String>>) -> Incomplete {
        Incomplete {
            container: Some(name.to_owned()),
            span,
            unwritten,
            unknown_options: None,
        }
    }

    /// Whether some option of the container is unknown (not only unwritten).
    pub fn is_unknown(&self) -> bool {
        self.unwritten.is_none()
    }

    /// Whether this is the container `name` (or every container).
    pub fn is_of(&self, name: &str) -> bool {
        self.container
            .as_deref()
            .is_none_or(|container| container == name)
    }
}

/// Whether `containers` is NixOS's own (ncc's declaration of it, which a module may
/// extend: extra-container's `containers.<name>.extra`): a host may disable
/// `virtualisation/nixos-containers.nix` (`disabledModules`) and declare containers of its
/// own, which are not NixOS containers and are neither checked nor written as such.
pub fn declares_nixos_containers(evaluated: &Evaluated) -> bool {
    matches!(
        evaluated.options.children.get("containers"),
        Some(OptionNode::Option(decl)) if decl.declared_in(crate::schema::SCHEMA_FILE)
    )
}

/// Reads the host's container configuration; problems come back as diagnostics, and
/// the containers ncc could not read whole as [`Incomplete`].
pub fn read_host(
    ev: &mut Evaluator,
    evaluated: &Evaluated,
    fallback: Span,
) -> (HostConfig, Vec<Diagnostic>, Vec<Incomplete>) {
    let mut reader = Reader {
        ev,
        diagnostics: Vec::new(),
        inner_schema: None,
        unknowns: 0,
        quiet_unknowns: false,
        host_platform: None,
        container_sshd: false,
        reading: None,
        unknown_options: None,
        evaluated,
    };
    let mut incomplete = Vec::new();
    let root = match &evaluated.config {
        Value::Attrs(attrs) => attrs.clone(),
        _ => Rc::new(Attrs::default()),
    };
    let system = reader.attrs(&root, "system", fallback);
    let boot = reader.attrs(&root, "boot", fallback);
    let state_version = system
        .as_ref()
        .and_then(|s| reader.string(s, "stateVersion", fallback))
        .unwrap_or_else(|| "25.11".to_owned());
    let nixos_containers = declares_nixos_containers(evaluated);
    let declared = match nixos_containers {
        true => reader.attrs(&root, "containers", fallback),
        false => None,
    };
    // A set of containers ncc stands in for (`containers = inputs.lab.lib.mkContainers
    // { ... }`, a library ncc does not evaluate): which containers the host declares is
    // unknown, said where it is defined, and ncc writes none of them. Nor does it read
    // `boot.enableContainers`, whose default asks whether there are any.
    let stood_in = declared
        .as_ref()
        .and_then(|declared| declared.placeholder().map(str::to_owned));
    if let Some(path) = &stood_in {
        let at = reader
            .ev
            .definition_spans
            .get(&[Name::new("containers")])
            .unwrap_or(fallback);
        reader.report(&EvalError::unknown(format!("`{path}'"), Some(at)), at);
        incomplete.push(Incomplete {
            container: None,
            span: at,
            unwritten: None,
            unknown_options: None,
        });
    }
    let enable_containers = nixos_containers
        && (stood_in.is_some()
            || boot
                .as_ref()
                .and_then(|b| reader.boolean(b, "enableContainers", fallback))
                .unwrap_or(true));
    // Collected in order and built in bulk: a map filled one insertion at a time leaves
    // its nodes half empty, and a container's model is half a kilobyte.
    let mut containers = Vec::with_capacity(declared.as_ref().map_or(0, |d| d.len()));
    // Declared containers whose model could not be read (an error reported on the way).
    let mut unread = Vec::new();
    if let Some(declared) = &declared {
        for entry in declared.entries() {
            let span = entry.span.unwrap_or(fallback);
            let name = entry.name.to_string();
            let value = match reader.ev.force(&entry.value, Some(span)) {
                Ok(Value::Attrs(attrs)) => attrs,
                Ok(_) => continue,
                Err(error) => {
                    reader.report(&error, span);
                    unread.push(name);
                    continue;
                }
            };
            let unknowns = reader.unknowns;
            reader.unknown_options = Some(Vec::new());
            match reader.container(&name, &value, span) {
                Some(container) => containers.push((name.clone(), container)),
                None => unread.push(name.clone()),
            }
            let unknown_options = reader.unknown_options.take();
            if reader.unknowns > unknowns {
                incomplete.push(Incomplete {
                    unknown_options,
                    ..Incomplete::container(&name, span, None)
                });
            }
        }
    }
    let containers: BTreeMap<String, ContainerConfig> = containers.into_iter().collect();
    let host_units = reader.host_defined_units(&evaluated.options_argument);
    let network = reader.quietly(true, |reader| {
        reader.force_host_options(
            &evaluated.options,
            &evaluated.definitions,
            &root,
            &host_units,
            fallback,
        );
        let mut network = reader.host_network(&root, fallback);
        network.kernel_after_5_8 = kernel_after_5_8(reader.ev, evaluated, &root);
        network
    });
    // Of a set ncc stands in for, every unit is a container's ncc does not write.
    let units = match nixos_containers
        && stood_in.is_none()
        && reader.may_define_container_unit(&evaluated.definitions, !containers.is_empty())
    {
        true => reader.container_units(&root, &host_units, fallback),
        false => host::ContainerUnits::default(),
    };
    // A declared container whose unit ncc cannot know is checked as far as ncc reads it,
    // and its files are not written: the unit NixOS makes may differ.
    for entry in declared.iter().flat_map(|declared| declared.entries()) {
        let name = entry.name.as_str();
        let said = unread.iter().any(|n| n == name) || incomplete.iter().any(|i| i.is_of(name));
        if units.unknown.contains(name) && !said {
            incomplete.push(Incomplete::container(
                name,
                entry.span.unwrap_or(fallback),
                None,
            ));
        }
    }
    let mut container_units = units.read;
    // The unit of a container already in error is no unit "for an undeclared container"
    // (C223): the container is declared, only its model is missing.
    container_units.retain(|name, _| !unread.contains(name));
    // A declared container read whole whose unit the host gives scripts whose text ncc
    // does not know, or a `reload` that joins a list of `ExecReload` commands (ncc writes
    // none). Not a `reload` that a stronger `ExecReload` discards; one ncc knows that
    // NixOS's own `ExecReload=` meets is the error C225.
    for (name, unit) in &container_units {
        let declared_at = declared.as_ref().and_then(|d| d.get(name));
        let unwritten: Vec<&String> = unit
            .scripts
            .iter()
            .filter(|(script, text)| match script.as_str() {
                "reload" => match unit.exec_reload() {
                    ExecReload::Kept => text.is_none(),
                    ExecReload::Joined => true,
                    ExecReload::Replaced => false,
                },
                _ => text.is_none(),
            })
            .map(|(script, _)| script)
            .collect();
        let (Some(entry), false) = (declared_at, unwritten.is_empty()) else {
            continue;
        };
        if incomplete.iter().any(|i| i.is_of(name)) {
            continue;
        }
        let unit_name = format!("container@{name}");
        let options = unwritten
            .iter()
            .map(|script| {
                lib_nix::modules::show_option(&[
                    Name::new("systemd"),
                    Name::new("services"),
                    Name::new(&unit_name),
                    Name::new(script),
                ])
            })
            .collect();
        incomplete.push(Incomplete::container(
            name,
            entry.span.unwrap_or(fallback),
            Some(options),
        ));
    }
    reader.assertions_and_warnings(&root, fallback);
    let host = HostConfig {
        state_version,
        enable_containers,
        containers,
        network,
        container_units,
    };
    (host, reader.diagnostics, incomplete)
}

/// `{ nixpkgs.hostPlatform = platform; }`, as nixos-containers.nix defines it in every
/// container (at the normal priority).
fn platform_module(platform: &Value) -> ModuleInput {
    let set = |name: &str, value: Value| {
        Value::Attrs(Rc::new(Attrs::from_entries(vec![AttrEntry::new(
            name,
            Thunk::ready(value),
        )])))
    };
    ModuleInput {
        value: Thunk::ready(set("nixpkgs", set("hostPlatform", platform.clone()))),
        file: Rc::from(CONTAINERS_MODULE_FILE),
    }
}

/// The file NixOS's own definitions in a container's configuration come from.
const CONTAINERS_MODULE_FILE: &str = "<nixpkgs/nixos/modules/virtualisation/nixos-containers.nix>";

struct Reader<'e, 'io> {
    ev: &'e mut Evaluator<'io>,
    diagnostics: Vec<Diagnostic>,
    /// The container-side schema, loaded once per host and shared by every container.
    inner_schema: Option<Thunk>,
    /// How many values ncc could not know were met so far.
    unknowns: usize,
    /// While reading the host options containers meet: values ncc cannot know are not
    /// reported (see [`Reader::report`]).
    quiet_unknowns: bool,
    /// The platform the host's `pkgs` is built for, where ncc knows it: every container
    /// is built for it too. Read for the first container.
    host_platform: Option<Option<Value>>,
    /// Whether the container being read runs sshd (see `users.rs`).
    container_sshd: bool,
    /// While a container is read: the option of `containers.<name>` being read, the
    /// outermost (`extraVeths`, not the `hostAddress` of one of them).
    reading: Option<&'static str>,
    /// While a container is read: the options its unknown values were met in, or `None`
    /// once one was met outside any (see [`Reader::reading`]).
    unknown_options: Option<Vec<&'static str>>,
    evaluated: &'e Evaluated,
}

/// The platform of the host's `pkgs` (its `stdenv.hostPlatform`), where ncc knows it:
/// NixOS builds each container for it (nixos-containers.nix defines the container's
/// `nixpkgs.hostPlatform` as `host.pkgs.stdenv.hostPlatform`). Where ncc knows the
/// host's (its `system` is a string), it is read from the options `pkgs` is made from, as
/// NixOS's misc/nixpkgs.nix makes it: `hostPlatform` where defined, else `crossSystem`,
/// else `localSystem` (`{ inherit system; }`), each elaborated by ncc's `lib` (the one in
/// `pkgs` is marked as standing for itself, what another evaluation cannot take apart).
/// Where ncc cannot know it, the container's is left undefined, and unknown as before.
fn host_platform(ev: &mut Evaluator, evaluated: &Evaluated) -> Option<Value> {
    if !defines_platform(ev, evaluated) {
        return None;
    }
    let pkgs = evaluated.module_argument(ev, "pkgs").ok()??;
    let pkgs = ev.force(&pkgs, None).ok()?;
    let stdenv = forced_field(ev, &pkgs, "stdenv")?;
    let platform = forced_field(ev, &stdenv, "hostPlatform")?;
    if !matches!(
        forced_field(ev, &platform, "system"),
        Some(Value::String(_))
    ) {
        return None;
    }
    let nixpkgs = forced_field(ev, &evaluated.config, "nixpkgs")?;
    let platform = forced_field(ev, &nixpkgs, "hostPlatform")
        .or_else(|| {
            forced_field(ev, &nixpkgs, "crossSystem").filter(|cross| !matches!(cross, Value::Null))
        })
        .or_else(|| forced_field(ev, &nixpkgs, "localSystem"))?;
    matches!(platform, Value::Attrs(_)).then_some(platform)
}

/// Whether a module of the host defines what nixpkgs takes its platform from (or the
/// `pkgs` to use): without, `pkgs` is imported without a platform, which ncc cannot know.
/// ncc's own module defines `localSystem` from `system`, at the default's priority; a
/// host built from a `configuration.nix` alone has a `system` that stands for the
/// evaluating machine's (`builtins.currentSystem`), no platform to build containers for.
fn defines_platform(ev: &mut Evaluator, evaluated: &Evaluated) -> bool {
    let platform = [
        "hostPlatform",
        "system",
        "localSystem",
        "crossSystem",
        "pkgs",
    ];
    defined_by_a_module(ev, evaluated, &["nixpkgs"], &platform)
}

/// Whether the host's kernel is newer than Linux 5.8 (see
/// [`crate::model::HostNetwork::kernel_after_5_8`]).
fn kernel_after_5_8(ev: &mut Evaluator, evaluated: &Evaluated, root: &Rc<Attrs>) -> bool {
    if !defined_by_a_module(ev, evaluated, &["boot"], &["kernelPackages"]) {
        return true;
    }
    let packages = forced_field(ev, &Value::Attrs(root.clone()), "boot")
        .and_then(|boot| forced_field(ev, &boot, "kernelPackages"));
    packages
        .as_ref()
        .and_then(Value::opaque)
        .is_some_and(kernel_packages_after_5_8)
}

/// Whether a package set of the `pkgs` stand-in, by its attribute path, is a kernel's
/// newer than 5.8: nixpkgs' `linuxPackages*` and `linuxKernel.packages.*`, whose name
/// gives no version (`linuxPackages_latest`, `linuxPackages_rpi4`) or one after 5.8
/// (`linuxPackages_6_12_hardened`, `linux_5_10`).
fn kernel_packages_after_5_8(path: &str) -> bool {
    let Some(name) = path.strip_prefix("pkgs.linuxKernel.packages.").or_else(|| {
        path.strip_prefix("pkgs.")
            .filter(|n| n.starts_with("linuxPackages"))
    }) else {
        return false;
    };
    // Anything read from the set or done to it (`.extend`) is no set nixpkgs names.
    if name.contains('.') {
        return false;
    }
    let version: Vec<u32> = name
        .split('_')
        .skip_while(|part| part.parse::<u32>().is_err())
        .map_while(|part| part.parse::<u32>().ok())
        .collect();
    match version.as_slice() {
        [major, minor, ..] => (*major, *minor) > (5, 8),
        [major] => *major > 5,
        [] => true,
    }
}

/// Whether a module of the host, not one of ncc's own, defines one of the options
/// `names` of the group at `group`; `true` where its definitions cannot be read.
fn defined_by_a_module(
    ev: &mut Evaluator,
    evaluated: &Evaluated,
    group: &[&str],
    names: &[&str],
) -> bool {
    const NCC_OWN: [&str; 3] = [
        lib_nix::modules::EARLY_FILE,
        crate::schema::EVAL_CONFIG_FILE,
        crate::schema::SCHEMA_FILE,
    ];
    let mut definitions = evaluated.definitions.clone();
    for name in group {
        definitions = LazyGroup::child_of(&definitions, &Name::new(name));
    }
    let Ok(split) = definitions.split(ev) else {
        return true;
    };
    names
        .iter()
        .filter_map(|name| split.get(&Name::new(name)))
        .flatten()
        .any(|def| !NCC_OWN.contains(&&*def.file))
}

/// Whether `error` is NixOS's "was accessed but has no value defined" for an option
/// named `name` (the last part of its path): the option read, not another one its
/// definition reads.
fn is_no_value_of(error: &EvalError, name: &str) -> bool {
    match &error.kind {
        ErrorKind::Module(ModuleErrorCode::NoValue, message) => message
            .split('`')
            .nth(1)
            .and_then(|option| option.split('\'').next())
            .is_some_and(|option| {
                option == name
                    || option.ends_with(&format!(".{name}"))
                    || option.ends_with(&format!(".\"{name}\""))
            }),
        _ => false,
    }
}

/// `set.<name>`, forced; `None` where `set` is no set, lacks it, or it fails.
fn forced_field(ev: &mut Evaluator, set: &Value, name: &str) -> Option<Value> {
    let Value::Attrs(set) = set else {
        return None;
    };
    let value = set.get(name)?.value.clone();
    ev.force(&value, None).ok()
}

/// Which of the network options NixOS reads, for a container or one of its `extraVeths`:
/// nixos-containers.nix writes a container's `hostBridge`, `forwardPorts` and
/// `localMacAddress` to its `.conf` only inside the `privateNetwork` block, and its
/// scripts read an `extraVeths` entry's `hostBridge` and addresses, never its
/// `forwardPorts` or `localMacAddress`. The addresses are read in every case (the
/// start scripts compare each with `null`).
#[derive(Clone, Copy)]
enum NetworkReads<'n> {
    /// The container `name`'s own.
    Container {
        name: &'n str,
        private_network: bool,
    },
    ExtraVeth,
}

impl NetworkReads<'_> {
    /// Whether `forwardPorts` and `localMacAddress` are read.
    fn private_block(self) -> bool {
        match self {
            NetworkReads::Container {
                private_network, ..
            } => private_network,
            NetworkReads::ExtraVeth => false,
        }
    }

    /// Whether `hostBridge` is read.
    fn host_bridge(self) -> bool {
        match self {
            NetworkReads::Container {
                private_network, ..
            } => private_network,
            NetworkReads::ExtraVeth => true,
        }
    }
}

impl Reader<'_, '_> {
    /// `read` with the values ncc cannot know reported unless `quiet` (see
    /// [`Reader::report`]); as quiet as before after it.
    fn quietly<T>(&mut self, quiet: bool, read: impl FnOnce(&mut Self) -> T) -> T {
        let outer = std::mem::replace(&mut self.quiet_unknowns, quiet);
        let value = read(self);
        self.quiet_unknowns = outer;
        value
    }

    /// Whether the host imports a module ncc does not evaluate that may give one of the
    /// containers it names a part of their definition: one fetched from elsewhere, a
    /// flake input's, or one named by a value ncc cannot know (`self.inputs.x.nixosModules.y`
    /// of a `self` only `specialArgs` give). Not NixOS's own modules, which the generated
    /// `hardware-configuration.nix` imports (`modulesPath + "/installer/scan/not-detected.nix"`),
    /// nor those published for everyone (sops-nix, disko): none of them defines
    /// `containers.<name>` for a name the project chose.
    fn may_define_unseen_options(&self) -> bool {
        (self.evaluated.imports_opaque
            && lib_nix::modules::unread_module_of_the_project(self.ev).is_some())
            || self.evaluated.definitions.imports_unknown()
    }

    fn report(&mut self, error: &EvalError, fallback: Span) {
        if error.is_unknown() {
            // A host option containers meet that ncc cannot know is left unknown in the
            // model, where the rules that would need it stay silent: it decides nothing
            // ncc checks or writes.
            if self.quiet_unknowns {
                return;
            }
            self.unknowns += 1;
            match (self.reading, &mut self.unknown_options) {
                (Some(option), Some(options)) if !options.contains(&option) => options.push(option),
                (Some(_), _) => {}
                (None, _) => self.unknown_options = None,
            }
        }
        if let Some(diagnostic) = error.to_diagnostic(fallback) {
            self.diagnostics.push(diagnostic);
        }
    }

    /// What `read` gives, the unknowns it meets said to be met reading the container's
    /// `option` (unless an outer option is being read: an `extraVeths` entry's).
    fn reading<T>(&mut self, option: &'static str, read: impl FnOnce(&mut Self) -> T) -> T {
        let outer = self.reading;
        self.reading = outer.or(Some(option));
        let value = read(self);
        self.reading = outer;
        value
    }

    /// The container's Boolean `option`; `default` where it has no value or ncc cannot
    /// know it.
    fn flag(&mut self, attrs: &Attrs, option: &'static str, default: bool, span: Span) -> bool {
        self.reading(option, |r| r.boolean(attrs, option, span))
            .unwrap_or(default)
    }

    /// The container's string `option`, where it has one ncc can know.
    fn text(&mut self, attrs: &Attrs, option: &'static str, span: Span) -> Option<String> {
        self.reading(option, |r| r.string(attrs, option, span))
    }

    /// The strings of the container's list `option` that ncc can know.
    fn texts(&mut self, attrs: &Attrs, option: &'static str, span: Span) -> Vec<String> {
        self.reading(option, |r| r.strings(attrs, option, span))
    }

    /// Forces `attrs.name`; `Err(None)` when the option has no value, `Err(Some)` after
    /// reporting any other failure.
    fn value(&mut self, attrs: &Attrs, name: &str, fallback: Span) -> Result<Value, bool> {
        let Some(entry) = attrs.get(name) else {
            return Err(false);
        };
        match self.ev.force(&entry.value.clone(), Some(fallback)) {
            Ok(value) => Ok(value),
            // The option itself without a value is one not set. Another one without a
            // value that its definition reads (`hostPath = config.my.dataDir;` with
            // nothing defining `my.dataDir`) is NixOS's error, reported below.
            Err(error) if is_no_value_of(&error, name) => Err(false),
            Err(error) => {
                self.report(&error, fallback);
                Err(true)
            }
        }
    }

    fn get(&mut self, attrs: &Attrs, name: &str, fallback: Span) -> Option<Value> {
        self.value(attrs, name, fallback).ok()
    }

    /// A field of a submodule's entry that NixOS always reads, forced: what fails, a
    /// field without a value among them (NixOS's "was accessed but has no value
    /// defined"), is reported at `at`.
    fn read_field(&mut self, entry: &Attrs, field: &str, at: Span) -> Option<Value> {
        let value = entry.get(field)?.value.clone();
        match self.ev.force(&value, Some(at)) {
            Ok(value) => Some(value),
            Err(mut error) => {
                // The submodule's evaluation places a missing value at the container;
                // the entry is better shown by the list it is in.
                if matches!(error.kind, ErrorKind::Module(ModuleErrorCode::NoValue, _)) {
                    error.span = Some(at);
                }
                self.report(&error, at);
                None
            }
        }
    }

    /// Where the container's `option` is defined, when it was recorded.
    fn option_span(&self, container: &str, option: &str) -> Option<Span> {
        let loc = [
            Name::new("containers"),
            Name::new(container),
            Name::new(option),
        ];
        self.ev.definition_spans.get(&loc)
    }

    fn attrs(&mut self, attrs: &Attrs, name: &str, fallback: Span) -> Option<Rc<Attrs>> {
        match self.get(attrs, name, fallback)? {
            Value::Attrs(inner) => Some(inner),
            _ => None,
        }
    }

    fn boolean(&mut self, attrs: &Attrs, name: &str, fallback: Span) -> Option<bool> {
        match self.get(attrs, name, fallback)? {
            Value::Bool(b) => Some(b),
            _ => None,
        }
    }

    fn string(&mut self, attrs: &Attrs, name: &str, fallback: Span) -> Option<String> {
        match self.get(attrs, name, fallback)? {
            Value::String(s) | Value::Path(s) => Some(s.to_string()),
            _ => None,
        }
    }

    /// A value of type `path`: a string, a path, or what coerces to one as Nix coerces
    /// it, a set with an `outPath` (a derivation: `nixosConfigurations.x.config.system.build.toplevel`).
    fn path_string(&mut self, attrs: &Attrs, name: &str, fallback: Span) -> Option<String> {
        match self.get(attrs, name, fallback)? {
            Value::String(s) | Value::Path(s) => Some(s.to_string()),
            Value::Attrs(set) => {
                let out_path = set.get("outPath")?.value.clone();
                match self.ev.force(&out_path, Some(fallback)) {
                    Ok(Value::String(s)) | Ok(Value::Path(s)) => Some(s.to_string()),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    fn strings(&mut self, attrs: &Attrs, name: &str, fallback: Span) -> Vec<String> {
        let Some(Value::List(items)) = self.get(attrs, name, fallback) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match self.ev.force(item, Some(fallback)) {
                Ok(Value::String(s)) => out.push(s.to_string()),
                Ok(_) => {}
                Err(error) => self.report(&error, fallback),
            }
        }
        out
    }

    fn submodules(&mut self, attrs: &Attrs, name: &str, fallback: Span) -> Vec<Rc<Attrs>> {
        let Some(Value::List(items)) = self.get(attrs, name, fallback) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match self.ev.force(item, Some(fallback)) {
                Ok(Value::Attrs(a)) => out.push(a),
                Ok(_) => {}
                Err(error) => self.report(&error, fallback),
            }
        }
        out
    }

    /// The network options of a container or of one of its `extraVeths`. Those NixOS
    /// never reads there (see [`NetworkReads`]) are read without reporting what fails: a
    /// value NixOS never forces fails nothing, whatever its type (`forwardPorts = [ {
    /// containerPort = 80; } ]` on a container without `privateNetwork` builds, and the
    /// port is ignored, as C207 says).
    fn network(&mut self, attrs: &Attrs, span: Span, reads: NetworkReads<'_>) -> NetworkOptions {
        let mut unread_written = Vec::new();
        let forward_ports = self.read_unless(!reads.private_block(), |r| {
            r.reading("forwardPorts", |r| r.forward_ports(attrs, span, reads))
        });
        if !reads.private_block()
            && forward_ports.is_empty()
            && self.written_entries(attrs, "forwardPorts")
        {
            unread_written.push("forwardPorts");
        }
        let host_bridge =
            self.read_unless(!reads.host_bridge(), |r| r.text(attrs, "hostBridge", span));
        let local_mac_address = self.read_unless(!reads.private_block(), |r| {
            r.text(attrs, "localMacAddress", span)
        });
        if !reads.private_block()
            && local_mac_address.is_none()
            && self.written_entries(attrs, "localMacAddress")
        {
            unread_written.push("localMacAddress");
        }
        if !reads.host_bridge()
            && host_bridge.is_none()
            && self.written_entries(attrs, "hostBridge")
        {
            unread_written.push("hostBridge");
        }
        NetworkOptions {
            host_bridge,
            forward_ports,
            host_address: self.text(attrs, "hostAddress", span),
            host_address6: self.text(attrs, "hostAddress6", span),
            local_address: self.text(attrs, "localAddress", span),
            local_address6: self.text(attrs, "localAddress6", span),
            local_mac_address,
            unread_written,
        }
    }

    /// `read`, or, where NixOS never reads what it reads (`unread`), `read` with nothing
    /// it meets reported: neither an error nor a value ncc cannot know.
    fn read_unless<T>(&mut self, unread: bool, read: impl FnOnce(&mut Self) -> T) -> T {
        if !unread {
            return read(self);
        }
        let reported = self.diagnostics.len();
        let value = self.quietly(true, read);
        self.diagnostics.truncate(reported);
        value
    }

    /// Whether `option` is defined with something other than `null` or an empty list,
    /// whether or not its value can be read.
    fn written_entries(&mut self, attrs: &Attrs, option: &str) -> bool {
        let Some(entry) = attrs.get(option) else {
            return false;
        };
        match self.ev.force(&entry.value.clone(), None) {
            Ok(Value::Null) => false,
            Ok(Value::List(items)) => !items.is_empty(),
            Ok(_) => true,
            // A value of a type NixOS would refuse, were it read, is written; an
            // evaluation that gave up (its budget spent) says nothing of it.
            Err(error) => matches!(
                error.kind,
                ErrorKind::Module(code, _) if code != ModuleErrorCode::NoValue
            ),
        }
    }

    /// The `forwardPorts` of a container or of one of its `extraVeths`; an entry that
    /// fails is shown `at` its list.
    fn forward_ports(
        &mut self,
        attrs: &Attrs,
        span: Span,
        reads: NetworkReads<'_>,
    ) -> Vec<ForwardPort> {
        let mut forward_ports = Vec::new();
        let entries = self.submodules(attrs, "forwardPorts", span);
        // Recorded once the list is forced.
        let at = match reads {
            NetworkReads::Container { name, .. } => self.option_span(name, "forwardPorts"),
            NetworkReads::ExtraVeth => None,
        }
        .unwrap_or(span);
        for port in entries {
            let protocol = self
                .string(&port, "protocol", span)
                .unwrap_or_else(|| "tcp".to_owned());
            // NixOS reads every entry's `hostPort` when it writes the `.conf`, so an entry
            // without one fails there: "accessed but has no value defined".
            let host_port = match self.read_field(&port, "hostPort", at) {
                Some(Value::Int(p)) => p as u16,
                _ => continue,
            };
            let container_port = match self.get(&port, "containerPort", span) {
                Some(Value::Int(p)) => Some(p as u16),
                _ => None,
            };
            forward_ports.push(ForwardPort {
                protocol,
                host_port,
                container_port,
            });
        }
        forward_ports
    }

    /// Evaluates the container's own `config` as NixOS would (with the defaults NixOS adds)
    /// against ncc's declared subset of NixOS; other options are listed as unchecked.
    fn inner(&mut self, name: &str, attrs: &Attrs, span: Span) -> Option<InnerConfig> {
        // The container's modules get its own `specialArgs`, none of the host's: a module
        // argument nothing provides there is named with that option.
        let host_special_args = self
            .ev
            .special_args_option
            .replace(format!("containers.{name}.specialArgs"));
        let inner = self.inner_evaluated(name, attrs, span);
        self.ev.special_args_option = host_special_args;
        inner
    }

    /// [`Reader::inner`], with the container's `specialArgs` named.
    fn inner_evaluated(&mut self, name: &str, attrs: &Attrs, span: Span) -> Option<InnerConfig> {
        let module = attrs.get("config")?.value.clone();
        let module = read_by_host::module_of(self.ev, &module);
        let special = match self.get(attrs, "specialArgs", span) {
            Some(Value::Attrs(special)) => special,
            _ => Rc::new(Attrs::default()),
        };
        let schema = match &self.inner_schema {
            Some(schema) => schema.clone(),
            None => match crate::schema::load_inner(self.ev) {
                Ok(schema) => {
                    self.inner_schema = Some(schema.clone());
                    schema
                }
                Err(error) => {
                    self.report(&error, span);
                    return None;
                }
            },
        };
        let mut modules = vec![
            ModuleInput {
                value: schema,
                file: Rc::from(crate::schema::INNER_SCHEMA_FILE),
            },
            ModuleInput {
                value: module,
                file: Rc::from(format!("containers.{name}.config").as_str()),
            },
        ];
        let evaluated = self.evaluated;
        let platform = self
            .host_platform
            .get_or_insert_with(|| host_platform(self.ev, evaluated));
        if let Some(platform) = platform {
            modules.insert(1, platform_module(platform));
        }
        let mut args = vec![(Name::new("name"), Thunk::ready(Value::string(name)))];
        for entry in special.entries() {
            args.push((entry.name.clone(), entry.value.clone()));
        }
        let prefix = vec![Name::new("containers"), Name::new(name)];
        let (evaluated, unmatched) = match eval_modules_open(self.ev, modules, args, prefix) {
            Ok(result) => result,
            Err(error) => {
                self.report(&error, span);
                return None;
            }
        };
        // The container's own options ncc declares are type-checked, but a value of them
        // ncc cannot know (`allowedUDPPorts = [ config.services.tailscale.port ]`, the
        // default of a service ncc does not model) decides nothing ncc checks or writes,
        // as on the host: it is quiet. Only C218 reads the firewall, and only for the
        // protocols the container forwards: those reads below say what they could not
        // read.
        let (tcp_forwarded, udp_forwarded) = self.forwarded_protocols(attrs);
        self.container_sshd = users::runs_sshd(self.ev, &evaluated.config);
        let quiet = self.quiet_unknowns;
        // What each read below may report: the declared options are forced and the name
        // read quietly; the firewall only where the container forwards ports, each list
        // where its protocol is forwarded, and openssh's where TCP is.
        let (any_forwarded, tcp_read, udp_read) = (
            quiet || !(tcp_forwarded || udp_forwarded),
            quiet || !tcp_forwarded,
            quiet || !udp_forwarded,
        );
        let root = self.quietly(true, |reader| {
            reader.force_declared(
                &evaluated.options,
                &evaluated.definitions,
                &evaluated.config,
                span,
            );
            match &evaluated.config {
                Value::Attrs(root) => Some(root.clone()),
                _ => None,
            }
        })?;
        // NixOS checks the container's own assertions and shows its warnings when it
        // builds the container's system, which the host's build does: a failed one stops
        // it. One ncc cannot decide is quiet, as the container's other unknowns are.
        let prefix = [Name::new("containers"), Name::new(name)];
        self.quietly(true, |reader| {
            reader.assertions_and_warnings_of(&root, &evaluated.definitions, &prefix, span)
        });
        // And those of NixOS's modules ncc does not evaluate, where ncc sees enough.
        self.unevaluated_container_assertions(
            name,
            &root,
            evaluated.imports_opaque,
            &unmatched,
            span,
        );
        let (networking, host_name) = self.quietly(true, |reader| {
            let networking = reader.attrs(&root, "networking", span);
            let host_name = networking
                .as_ref()
                .and_then(|n| reader.string(n, "hostName", span))
                .unwrap_or_default();
            (networking, host_name)
        });
        let (firewall, firewall_enable) = self.quietly(any_forwarded, |reader| {
            let firewall = networking
                .as_ref()
                .and_then(|n| reader.attrs(n, "firewall", span));
            let enable = firewall
                .as_ref()
                .and_then(|f| reader.boolean(f, "enable", span))
                .unwrap_or(true);
            (firewall, enable)
        });
        // Each list with whether one of its ports is unknown (reported where the
        // protocol is forwarded: C218 then stays silent rather than guess).
        let ports =
            |reader: &mut Self, set: &Option<Rc<Attrs>>, option: &str| -> (Vec<u16>, bool) {
                let Some(set) = set else {
                    return (Vec::new(), false);
                };
                let mut unknown = false;
                let mut found = Vec::new();
                match reader.value(set, option, span) {
                    Ok(Value::List(items)) => {
                        for item in items.iter() {
                            match reader.ev.force(item, Some(span)) {
                                Ok(Value::Int(port)) => found.extend(u16::try_from(port).ok()),
                                Ok(_) => {}
                                Err(error) if error.is_unknown() => {
                                    unknown = true;
                                    reader.report(&error, span);
                                }
                                Err(_) => {}
                            }
                        }
                    }
                    Ok(_) | Err(false) => {}
                    Err(true) => unknown = true,
                }
                (found, unknown)
            };
        let (allowed_tcp_ports, tcp_unknown) = self.quietly(tcp_read, |reader| {
            ports(reader, &firewall, "allowedTCPPorts")
        });
        let (allowed_udp_ports, udp_unknown) = self.quietly(udp_read, |reader| {
            ports(reader, &firewall, "allowedUDPPorts")
        });
        let (openssh_ports, openssh_unknown, openssh_enable, openssh_open_firewall) =
            self.quietly(tcp_read, |reader| {
                let openssh = reader
                    .attrs(&root, "services", span)
                    .and_then(|s| reader.attrs(&s, "openssh", span));
                let (ports, unknown) = ports(reader, &openssh, "ports");
                let enable = openssh
                    .as_ref()
                    .and_then(|o| reader.boolean(o, "enable", span))
                    .unwrap_or(false);
                let open_firewall = openssh
                    .as_ref()
                    .and_then(|o| reader.boolean(o, "openFirewall", span))
                    .unwrap_or(true);
                (ports, unknown, enable, open_firewall)
            });
        let ports_unknown =
            (tcp_unknown || openssh_unknown) && tcp_forwarded || udp_unknown && udp_forwarded;
        let inner = InnerConfig {
            host_name,
            firewall_enable,
            allowed_tcp_ports,
            allowed_udp_ports,
            openssh_enable,
            openssh_ports,
            openssh_open_firewall,
            // Only C218 asks, and only of a container that forwards ports: the others'
            // unchecked settings are not forced. Each unmatched option is at
            // `containers.<name>.<path in the config>`. A module ncc does not evaluate
            // (a mail server's, from a flake input) may open ports itself, and so may a
            // port ncc cannot read.
            unchecked_opens_ports: (tcp_forwarded || udp_forwarded)
                && (evaluated.imports_opaque
                    || ports_unknown
                    || unmatched
                        .iter()
                        .any(|u| self.may_open_ports(&root, u.loc.get(2..).unwrap_or_default()))),
            unchecked: unmatched
                .iter()
                .map(|u| lib_nix::modules::show_option(&u.loc))
                .collect(),
        };
        // All of the container's own evaluation that ncc reads is in `inner` now, and
        // nothing of the host holds a value it made (the host's definitions flow into
        // it, never back): freed now rather than when the host's evaluator goes.
        drop(unmatched);
        evaluated.release();
        Some(inner)
    }

    /// Which protocols the container forwards ports of, TCP and UDP (its `forwardPorts`,
    /// read again by the network reader, which reports a value that fails). An entry
    /// whose protocol ncc cannot read may forward either.
    fn forwarded_protocols(&mut self, attrs: &Attrs) -> (bool, bool) {
        let Some(entry) = attrs.get("forwardPorts") else {
            return (false, false);
        };
        let Ok(Value::List(ports)) = self.ev.force(&entry.value.clone(), None) else {
            return (false, false);
        };
        let (mut tcp, mut udp) = (false, false);
        for port in ports.iter() {
            let protocol = match self.ev.force(port, None) {
                Ok(Value::Attrs(port)) => match port.get("protocol") {
                    Some(entry) => self.ev.force(&entry.value.clone(), None),
                    None => Ok(Value::string("tcp")),
                },
                other => other,
            };
            match protocol {
                Ok(Value::String(protocol)) if &*protocol == "tcp" => tcp = true,
                Ok(Value::String(protocol)) if &*protocol == "udp" => udp = true,
                Ok(_) => {}
                Err(_) => (tcp, udp) = (true, true),
            }
        }
        (tcp, udp)
    }

    /// Whether the definitions of the unchecked option at `path` of a container's `config`
    /// may open ports: a setting whose name says so (`openFirewall`, `firewall`, or
    /// `open...Port(s)` as NixOS's `openPorts`, syncthing's `openDefaultPorts`,
    /// transmission's `openPeerPorts` and `openRPCPort`) that is not `false`, at most two
    /// groups below the option. A value that fails to evaluate is not reported here (the
    /// option is not checked) and may open.
    fn may_open_ports(&mut self, root: &Rc<Attrs>, path: &[Name]) -> bool {
        let mut current = Value::Attrs(root.clone());
        for name in path {
            let Value::Attrs(group) = &current else {
                return false;
            };
            let Some(entry) = group.get(name.as_str()) else {
                return false;
            };
            match self.ev.force(&entry.value.clone(), None) {
                Ok(value) => current = value,
                Err(_) => return true,
            }
        }
        self.opens_ports_below(&current, 2)
    }

    fn opens_ports_below(&mut self, value: &Value, depth: usize) -> bool {
        let Value::Attrs(group) = value else {
            return false;
        };
        for entry in group.entries() {
            let name = entry.name.as_str();
            let says_so = name.to_ascii_lowercase().contains("firewall")
                || (name.starts_with("open")
                    && (name.ends_with("Port") || name.ends_with("Ports")));
            let forced = self.ev.force(&entry.value.clone(), None);
            match forced {
                Ok(Value::Bool(false)) | Ok(Value::Null) if says_so => {}
                Ok(_) | Err(_) if says_so => return true,
                Ok(inner @ Value::Attrs(_))
                    if depth > 0 && self.opens_ports_below(&inner, depth - 1) =>
                {
                    return true;
                }
                _ => {}
            }
        }
        false
    }

    /// Forces every declared option that a module defines, deeply, so each bad
    /// definition is reported. An option nothing defines is its declaration's default,
    /// which ncc's schema gives valid: it is merged when something reads it.
    fn force_declared(
        &mut self,
        group: &OptionGroup,
        definitions: &Rc<LazyGroup>,
        config: &Value,
        span: Span,
    ) {
        let Value::Attrs(config) = config else { return };
        // A definition whose groups fail to split is reported where its option is forced.
        let split = definitions.split(self.ev).ok();
        for (name, node) in &group.children {
            if split
                .as_ref()
                .is_some_and(|split| split.get(name).is_none())
            {
                continue;
            }
            let Some(entry) = config.get(name.as_str()) else {
                continue;
            };
            match node {
                // Nothing reaches it: NixOS never sees that it is not an option.
                OptionNode::Invalid(_) => continue,
                // An option of the host's own modules is merged when something reads
                // it, as NixOS does: a bad default (`types.str` with `default = null`)
                // nothing reads is no error. NixOS reads the options ncc declares.
                OptionNode::Option(decl)
                    if !decl.declared_in(crate::schema::SCHEMA_FILE)
                        && !decl.declared_in(crate::schema::INNER_SCHEMA_FILE) =>
                {
                    continue
                }
                _ => {}
            }
            match self.ev.force(&entry.value.clone(), Some(span)) {
                Ok(value) => match node {
                    OptionNode::Group(child) => {
                        let below = LazyGroup::child_of(definitions, name);
                        self.force_declared(child, &below, &value, span)
                    }
                    OptionNode::Option(decl) => {
                        // In a container's own configuration, what a submodule of the
                        // open world (`users.users.<name>`) holds beyond ncc's options is
                        // checked by nothing: that it is unknown is no finding. (The
                        // host's options are forced with unknowns quiet.)
                        let open = decl.declared_in(crate::schema::INNER_SCHEMA_FILE)
                            && lib_nix::modules::holds_open_world_submodules(self.ev, decl);
                        let forced = match open {
                            true if name.as_str() == "users" => {
                                self.force_container_users(&value, self.container_sshd, span);
                                Ok(())
                            }
                            true => self.ev.deep_force_known(&value, span),
                            false => self.ev.deep_force(&value, span),
                        };
                        if let Err(error) = forced {
                            self.report(&error, span);
                        }
                    }
                    OptionNode::Invalid(_) => {}
                },
                Err(error)
                    if matches!(error.kind, ErrorKind::Module(ModuleErrorCode::NoValue, _)) => {}
                Err(error) => self.report(&error, span),
            }
        }
    }

    /// NixOS's `assertions` and `warnings`: each failed assertion is an error (NixOS stops
    /// with "Failed assertions:"), each warning a warning, at the definition that made it.
    fn assertions_and_warnings(&mut self, root: &Attrs, fallback: Span) {
        let definitions = self.evaluated.definitions.clone();
        self.assertions_and_warnings_of(root, &definitions, &[], fallback);
    }

    /// The `assertions` and `warnings` of the configuration `root`, whose definitions
    /// are `definitions`, at `prefix` (empty for the host, `containers.<name>` for a
    /// container's own, which NixOS checks when it builds the container's system).
    fn assertions_and_warnings_of(
        &mut self,
        root: &Attrs,
        definitions: &Rc<LazyGroup>,
        prefix: &[Name],
        fallback: Span,
    ) {
        let spans = |reader: &Self, option: &str| {
            let mut loc = prefix.to_vec();
            loc.push(Name::new(option));
            reader.ev.definition_spans.get(&loc).unwrap_or(fallback)
        };
        // Located only when there is something to say (a lookup indexes every span).
        let assertions = match self.get(root, "assertions", fallback) {
            Some(Value::List(items)) if !items.is_empty() => Some(items),
            _ => None,
        };
        if let Some(items) = assertions {
            let at = spans(self, "assertions");
            for item in items.iter() {
                let Ok(Value::Attrs(assertion)) = self.ev.force(item, Some(at)) else {
                    continue;
                };
                if self.boolean(&assertion, "assertion", at) == Some(false) {
                    let message = self.string(&assertion, "message", at).unwrap_or_default();
                    // One about a value ncc stands in for (`VARS.users.${name}` of a private
                    // input's file) tested ncc's stand-in, not what Nix has: unknown.
                    if message.contains(lib_nix::eval::opaque::FAKE_STORE_PREFIX) {
                        let what = format!(
                            "the assertion \"{message}\", made of a value ncc stands in for"
                        );
                        self.report(&EvalError::unknown(what, Some(at)), at);
                        continue;
                    }
                    // An assertion of one of ncc's stand-ins names the option it is about
                    // (`_nccAbout`, a path: `[ "containers" name ]`), whose definition is
                    // the user's line; the stand-in's own is not.
                    let about: Vec<Name> = self
                        .strings(&assertion, "_nccAbout", at)
                        .iter()
                        .map(|step| Name::new(step))
                        .collect();
                    let about = match about.is_empty() {
                        true => None,
                        false => self.ev.definition_spans.get(&about),
                    };
                    let site = about.or_else(|| {
                        definition_sites::definition_holding(
                            self.ev,
                            definitions,
                            "assertions",
                            |ev, element| {
                                definition_sites::is_failed_assertion(ev, element, &message)
                            },
                        )
                    });
                    self.diagnostics.push(Diagnostic::new(
                        DiagnosticKind::Module {
                            code: ModuleErrorCode::FailedAssertion,
                            message: format!("Failed assertions:\n- {message}"),
                        },
                        site.unwrap_or(at),
                    ));
                }
            }
        }
        let warnings = self.strings(root, "warnings", fallback);
        if warnings.is_empty() {
            return;
        }
        let at = spans(self, "warnings");
        for warning in warnings {
            let site = definition_sites::definition_holding(
                self.ev,
                definitions,
                "warnings",
                |_, element| matches!(element, Value::String(text) if **text == *warning),
            );
            // lib's rename warning is defined in lib: shown at the old name's definition.
            let site = match site {
                Some(span)
                    if lib_nix::source::is_ncc_own(&self.ev.sources.file(span.file).path) =>
                {
                    definition_sites::renamed_option(&warning)
                        .and_then(|path| {
                            definition_sites::first_definition(self.ev, definitions, &path)
                        })
                        .or(Some(span))
                }
                site => site,
            };
            self.diagnostics.push(Diagnostic::new(
                DiagnosticKind::Module {
                    code: ModuleErrorCode::Warning,
                    message: warning,
                },
                site.unwrap_or(at),
            ));
        }
    }

    fn container(&mut self, name: &str, attrs: &Attrs, span: Span) -> Option<ContainerConfig> {
        let has_config = match self.reading("config", |r| r.value(attrs, "config", span)) {
            Ok(_) => true,
            Err(reported) => {
                if reported {
                    return None;
                }
                false
            }
        };
        if self
            .reading("pkgs", |r| r.value(attrs, "pkgs", span))
            .is_ok()
        {
            let loc = vec![Name::new("containers"), Name::new(name), Name::new("pkgs")];
            let at = self.ev.definition_spans.get(&loc).unwrap_or(span);
            self.diagnostics.push(
                Diagnostic::new(
                    DiagnosticKind::Rule {
                        code: "C002",
                        severity: lib_nix::Severity::Error,
                        message: format!("The option definition `containers.{name}.pkgs' no longer has any effect; please remove it.\n\nAlternatively, you can use the following options:\n- containers.{name}.nixpkgs\n  This sets the nixpkgs (and thereby the modules, pkgs and lib) that\n  are used for evaluating the container.\n\n- containers.{name}.config.nixpkgs.pkgs\n  This only sets the `pkgs` argument used inside the container modules."),
                    },
                    at,
                )
                .with_help("remove `pkgs`"),
            );
        }
        let unknowns = self.unknowns;
        let flake = self.text(attrs, "flake", span);
        // With both `config` and `flake`, NixOS's `path` throws that they cannot both be
        // set before its definitions are merged (C001 below): reading it would add their
        // conflict, between two definitions of NixOS's own.
        let explicit_path = match (has_config, &flake) {
            (true, Some(_)) => None,
            _ => self.reading("path", |r| r.path_string(attrs, "path", span)),
        };
        // A `path` or `flake` whose value ncc cannot know (another system's
        // `config.system.build.toplevel`) is set all the same: NixOS has a value.
        let unknown_system = self.unknowns > unknowns;
        let mut missing_system = false;
        let system = match (has_config, flake, explicit_path) {
            (true, Some(_), _) => {
                self.diagnostics.push(Diagnostic::new(
                    DiagnosticKind::Rule {
                        code: "C001",
                        severity: lib_nix::Severity::Error,
                        message: format!("The options 'containers.{name}.path' and 'containers.{name}.flake' cannot both be set."),
                    },
                    span,
                ).with_help("set either `config` or `flake`, not both"));
                return None;
            }
            (true, None, _) => SystemSource::Config,
            (false, Some(flake), _) => SystemSource::Flake(flake),
            (false, None, Some(path)) => SystemSource::Path(path),
            (false, None, None) if unknown_system => SystemSource::Path(String::new()),
            // A module ncc does not evaluate (a flake input's, which makes containers
            // from options of its own that the host sets, the host adding `extraFlags`
            // or `bindMounts` to one) may give the container its system: NixOS has a
            // value ncc cannot see, and the container is unknown, not missing one.
            (false, None, None) if self.may_define_unseen_options() => {
                let what = format!(
                    "the `config`, `path` or `flake` of containers.{name}, which only a module ncc does not evaluate may give"
                );
                self.reading("config", |r| {
                    r.report(&EvalError::unknown(what, Some(span)), span)
                });
                SystemSource::Path(String::new())
            }
            (false, None, None) => {
                self.diagnostics.push(
                    Diagnostic::new(
                        DiagnosticKind::Module {
                            code: ModuleErrorCode::NoValue,
                            message: format!("The option `containers.{name}.path' was accessed but has no value defined. Try setting the option."),
                        },
                        span,
                    )
                    .with_help("give the container a `config = { ... };`, a `path` or a `flake`"),
                );
                // The other options are still read, so that each mistake among them is
                // reported too; the container itself is not kept.
                missing_system = true;
                SystemSource::Path(String::new())
            }
        };
        let inner = match system {
            SystemSource::Config => self.reading("config", |r| r.inner(name, attrs, span)),
            _ => None,
        };
        let mut container = ContainerConfig::with_defaults(name, system);
        container.inner = inner;
        container.additional_capabilities = self.texts(attrs, "additionalCapabilities", span);
        container.ephemeral = self.flag(attrs, "ephemeral", false, span);
        container.enable_tun = self.flag(attrs, "enableTun", false, span);
        container.copy_resolv_conf = self.flag(attrs, "copyResolvConf", true, span);
        container.private_network = self.flag(attrs, "privateNetwork", false, span);
        container.network_namespace = self.text(attrs, "networkNamespace", span);
        container.private_users =
            match self.reading("privateUsers", |r| r.get(attrs, "privateUsers", span)) {
                Some(Value::Int(uid)) => PrivateUsers::BaseUid(uid as u32),
                Some(Value::String(s)) if &*s == "identity" => PrivateUsers::Identity,
                Some(Value::String(s)) if &*s == "pick" => PrivateUsers::Pick,
                _ => PrivateUsers::No,
            };
        container.interfaces = self.texts(attrs, "interfaces", span);
        container.macvlans = self.texts(attrs, "macvlans", span);
        container.extra_veths = self.reading("extraVeths", |r| r.extra_veths(attrs, span));
        container.auto_start = self.flag(attrs, "autoStart", false, span);
        container.restart_if_changed = self.flag(attrs, "restartIfChanged", true, span);
        container.timeout_start_sec = self
            .text(attrs, "timeoutStartSec", span)
            .unwrap_or_else(|| "1min".to_owned());
        container.bind_mounts = self.reading("bindMounts", |r| r.bind_mounts(attrs, span));
        container.allowed_devices =
            self.reading("allowedDevices", |r| r.allowed_devices(name, attrs, span));
        container.tmpfs = self.texts(attrs, "tmpfs", span);
        container.extra_flags = self.texts(attrs, "extraFlags", span);
        container.network = self.network(
            attrs,
            span,
            NetworkReads::Container {
                name,
                private_network: container.private_network,
            },
        );
        (!missing_system).then_some(container)
    }

    /// The container's `extraVeths`, by interface name.
    fn extra_veths(&mut self, attrs: &Attrs, span: Span) -> BTreeMap<String, NetworkOptions> {
        let mut extra_veths = BTreeMap::new();
        if let Some(veths) = self.attrs(attrs, "extraVeths", span) {
            for entry in veths.entries() {
                let veth_span = entry.span.unwrap_or(span);
                match self.ev.force(&entry.value, Some(veth_span)) {
                    Ok(Value::Attrs(veth)) => {
                        let network = self.network(&veth, veth_span, NetworkReads::ExtraVeth);
                        extra_veths.insert(entry.name.to_string(), network);
                    }
                    Ok(_) => {}
                    Err(error) => self.report(&error, veth_span),
                }
            }
        }
        extra_veths
    }

    /// The container's `bindMounts`, by name; one without a mount point is left out.
    fn bind_mounts(&mut self, attrs: &Attrs, span: Span) -> BTreeMap<String, BindMount> {
        let mut bind_mounts = BTreeMap::new();
        if let Some(mounts) = self.attrs(attrs, "bindMounts", span) {
            for entry in mounts.entries() {
                let mount_span = entry.span.unwrap_or(span);
                match self.ev.force(&entry.value, Some(mount_span)) {
                    Ok(Value::Attrs(mount)) => {
                        let mount_point = self.string(&mount, "mountPoint", mount_span);
                        let host_path = self.string(&mount, "hostPath", mount_span);
                        let is_read_only = self
                            .boolean(&mount, "isReadOnly", mount_span)
                            .unwrap_or(true);
                        if let Some(mount_point) = mount_point {
                            bind_mounts.insert(
                                entry.name.to_string(),
                                BindMount {
                                    mount_point,
                                    host_path,
                                    is_read_only,
                                },
                            );
                        }
                    }
                    Ok(_) => {}
                    Err(error) => self.report(&error, mount_span),
                }
            }
        }
        bind_mounts
    }

    /// The container's `allowedDevices`; an entry without a node or a modifier is left out.
    /// NixOS writes every entry into the unit's `DeviceAllow=` (`"${d.node} ${d.modifier}"`),
    /// so an entry missing either fails the host's evaluation ("was accessed but has no
    /// value defined"), which is reported at the list's definition.
    fn allowed_devices(&mut self, name: &str, attrs: &Attrs, span: Span) -> Vec<AllowedDevice> {
        let entries = self.submodules(attrs, "allowedDevices", span);
        // Recorded once the list is forced.
        let at = self.option_span(name, "allowedDevices").unwrap_or(span);
        let mut devices = Vec::new();
        for device in entries {
            let node = self.read_field(&device, "node", at);
            let modifier = self.read_field(&device, "modifier", at);
            if let (Some(Value::String(node)), Some(Value::String(modifier))) = (node, modifier) {
                devices.push(AllowedDevice {
                    node: node.to_string(),
                    modifier: modifier.to_string(),
                });
            }
        }
        devices
    }
}

#[cfg(test)]
mod tests {
    use super::kernel_packages_after_5_8;

    #[test]
    fn kernel_package_sets_by_name() {
        for newer in [
            "pkgs.linuxPackages",
            "pkgs.linuxPackages_latest",
            "pkgs.linuxPackages_rpi4",
            "pkgs.linuxPackages_6_12_hardened",
            "pkgs.linuxKernel.packages.linux_5_10",
            "pkgs.linuxKernel.packages.linux_6_6",
        ] {
            assert!(kernel_packages_after_5_8(newer), "{newer}");
        }
        for older_or_unknown in [
            "pkgs.linuxPackages_5_4",
            "pkgs.linuxKernel.packages.linux_4_19",
            "pkgs.linuxPackages_latest.extend",
            "pkgs.linux_latest",
            "inputs.kernel.packages",
        ] {
            assert!(
                !kernel_packages_after_5_8(older_or_unknown),
                "{older_or_unknown}"
            );
        }
    }
}
