//! A repository's hosts: where they are declared (a host module file, a flake's
//! `nixosConfigurations` and `colmena` outputs, a colmena hive, a NixOps network), and
//! checking each one on its own with its diagnostics naming it.
//!
//! ```text
//! locate (the project around a file, ncc.toml by config_file)
//!   ─ discover (which files are hosts, which hosts reach a file)
//!   ─ list_hosts (the hosts an entry file declares) ─ check_host (one host, one evaluator)
//! ```
//!
//! Everything reads files through the [`EvalIo`] it is given.

pub mod checkout;
pub mod config_file;
pub mod discover;
pub mod flake;
pub mod hive;
mod host_names;
pub mod linked;
mod lix;
pub mod locate;
pub mod named;
mod parallel;
mod pinned;
mod repeats;
mod tree;

use std::rc::Rc;

use lib_nix::eval::{EvalError, EvalIo, EvalResult, Evaluator, Thunk, Value};
use lib_nix::modules::ModuleInput;
use lib_nix::name::Name;
use lib_nix::{Diagnostic, SourceDb, Span};

use crate::Compilation;

/// A file that declares one host or more, by the name messages show and its absolute
/// path.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryFile {
    pub name: String,
    pub path: String,
}

impl EntryFile {
    /// The directory holding the file.
    pub fn dir(&self) -> String {
        lib_nix::path::dir_of(&self.path)
    }
}

/// What an entry file is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    Flake,
    Fleet(hive::Tool),
    /// `import <nixpkgs/nixos> { configuration = ...; }`: one system, or a table of them.
    Systems,
    /// A NixOS module: the file is the host.
    Module,
}

/// Which host of its entry file a host is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum HostKind {
    /// The entry file is itself the host's module.
    Module,
    /// A flake's `nixosConfigurations.<name>`.
    FlakeConfiguration(String),
    /// A flake's `nixosConfigurations.<name>` kept among its packages:
    /// `packages.<system>.nixosConfigurations.<name>` (or `legacyPackages`'), by the
    /// output, the system and the name.
    FlakePackageConfiguration(String, String, String),
    /// A NixOS system a flake keeps per system, `nixosConfigurations.<system>.<name>`
    /// (`nixosConfigurations = eachSystem (system: { lab = nixosSystem { ... }; })`), by
    /// the system and the name.
    FlakeSystemConfiguration(String, String),
    /// A node of a flake's `colmena` output.
    FlakeColmena(String),
    /// A machine of the NixOps network a flake gives NixOps 2.0 as its
    /// `nixopsConfigurations.default` output.
    FlakeNixops(String),
    /// The containers extra-container's `lib.buildContainers` makes, by the output path
    /// holding them (`packages.x86_64-linux.default`): a configuration of its own,
    /// checked as a host.
    FlakeContainers(Vec<String>),
    /// The system a profile of a flake's deploy-rs node activates
    /// (`deploy.nodes.<node>.profiles.<profile>.path = deploy-rs.lib.<system>.activate.nixos
    /// system`) where the flake's `nixosConfigurations` do not hold it: by node and profile.
    FlakeDeployProfile(String, String),
    /// A machine of a colmena hive or a NixOps network.
    Machine(hive::Tool, String),
    /// A system `import <nixpkgs/nixos> { configuration = ...; }` makes: the attribute
    /// of the table holding it, or `""` when the entry file is that system.
    System(String),
    /// The entry module (`configuration.nix`) as one machine evaluates it, with `link`, a
    /// path git ignores that each machine makes a symbolic link, leading to `target`, the
    /// machine's directory (see [`linked`]): both as messages show them.
    Linked { link: String, target: String },
}

/// One host ncc checks.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Host {
    pub entry: EntryFile,
    pub kind: HostKind,
}

impl Host {
    pub fn module(entry: EntryFile) -> Host {
        Host {
            entry,
            kind: HostKind::Module,
        }
    }

    /// The host as diagnostics name it: `nixosConfigurations.web`, `colmena node web`.
    pub fn label(&self) -> String {
        match &self.kind {
            HostKind::Module => self.entry.name.clone(),
            HostKind::FlakeConfiguration(name) => format!("nixosConfigurations.{name}"),
            HostKind::FlakePackageConfiguration(output, system, name) => {
                format!("{output}.{system}.nixosConfigurations.{name}")
            }
            HostKind::FlakeSystemConfiguration(system, name) => {
                format!("nixosConfigurations.{system}.{name}")
            }
            HostKind::FlakeColmena(name) => format!("colmena.{name}"),
            HostKind::FlakeNixops(name) => format!("nixopsConfigurations.default.{name}"),
            HostKind::FlakeContainers(path) => {
                let path: Vec<Name> = path.iter().map(|step| Name::new(step)).collect();
                lib_nix::modules::show_option(&path)
            }
            HostKind::FlakeDeployProfile(node, profile) => {
                format!("deploy.nodes.{node}.profiles.{profile}")
            }
            HostKind::Machine(hive::Tool::Colmena, name) => format!("colmena node {name}"),
            HostKind::Machine(hive::Tool::Nixops, name) => format!("NixOps machine {name}"),
            HostKind::System(name) if name.is_empty() => self.entry.name.clone(),
            HostKind::System(name) => format!("system {name}"),
            HostKind::Linked { link, target } => {
                format!("{} with {link} -> {target}", self.entry.name)
            }
        }
    }

    /// How the user would name the host on the command line (`flake.nix#web`).
    pub fn reference(&self) -> String {
        match &self.kind {
            HostKind::Module => self.entry.name.clone(),
            HostKind::Machine(_, name) => format!("{}#{name}", self.entry.name),
            HostKind::System(name) if name.is_empty() => self.entry.name.clone(),
            HostKind::System(name) => format!("{}#{name}", self.entry.name),
            HostKind::Linked { .. } => self.label(),
            _ => format!("{}#{}", self.entry.name, self.label()),
        }
    }
}

/// One line about a file: what ncc did not check there, and why (a file no host reaches,
/// a host made by something ncc does not evaluate). Shown after the diagnostics, and in
/// machine output as a note-level entry.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Note {
    /// The file as messages name it.
    pub file: String,
    pub message: String,
}

impl Note {
    pub fn new(file: &str, message: impl Into<String>) -> Note {
        Note {
            file: file.to_owned(),
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Note {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.file, self.message)
    }
}

/// The hosts an entry file declares, or why there are none.
pub struct Listing {
    pub hosts: Vec<Host>,
    /// Errors that stop the file's hosts from being found (a syntax error in flake.nix).
    pub diagnostics: Vec<Diagnostic>,
    pub sources: SourceDb,
    /// One line each: what ncc could not evaluate, and so did not check.
    pub notes: Vec<Note>,
    /// The file was evaluated and declares no host (a flake of `darwinConfigurations`).
    pub declares_none: bool,
    /// The host names of the flake's systems its evaluation found, for the checks of its
    /// hosts (see [`host_names`]).
    pub host_names: Option<KnownHostNames>,
}

pub use host_names::KnownHostNames;

/// A host to check: the host, its entry file's text, and the host names its listing
/// found (see [`host_names`]).
pub type ToCheck<'a> = (&'a Host, &'a str, Option<&'a KnownHostNames>);

/// One host checked.
pub struct Checked {
    pub host: Host,
    pub compilation: Compilation,
    /// One line each: what ncc could not evaluate, and so did not check.
    pub notes: Vec<Note>,
    /// Every file the host's evaluation read: its import graph, as far as evaluated;
    /// a file read through a linked directory also by its real path.
    pub files: Vec<String>,
    /// Findings of this host reported with an earlier host's, which found them too (a
    /// mistake in a module both import): not in `compilation`, counted here.
    pub repeated: usize,
}

/// The kind of the entry file at `entry` with `text`.
pub fn entry_kind(entry: &EntryFile, text: &str, io: &dyn EvalIo) -> EntryKind {
    match discover::classify_with_io(io, &entry.path, text) {
        discover::Role::Flake => EntryKind::Flake,
        discover::Role::Fleet(tool) => EntryKind::Fleet(tool),
        discover::Role::Systems => EntryKind::Systems,
        _ => EntryKind::Module,
    }
}

/// The hosts `entry` (holding `text`) declares.
pub fn list_hosts(entry: &EntryFile, text: &str, io: &dyn EvalIo) -> Listing {
    let kind = entry_kind(entry, text, io);
    let mut listing = Listing {
        hosts: Vec::new(),
        diagnostics: Vec::new(),
        sources: SourceDb::default(),
        notes: Vec::new(),
        declares_none: false,
        host_names: None,
    };
    if kind == EntryKind::Module {
        listing.hosts.push(Host::module(entry.clone()));
        return listing;
    }
    let mut ev = host_evaluator(io);
    let (body, load_diagnostics) = ev.load_source(&entry.name, &entry.path, text);
    let span = Span::new(ev.ir.span(body.root).file, 0, 0);
    let failed = !load_diagnostics.is_empty();
    listing.diagnostics.extend(load_diagnostics);
    if !failed {
        let found = match kind {
            EntryKind::Flake => flake_hosts(&mut ev, body, entry, io, span, &mut listing.notes),
            EntryKind::Fleet(tool) => {
                fleet_hosts(&mut ev, body, entry, tool, span, &mut listing.notes)
            }
            EntryKind::Systems => system_hosts(&mut ev, body, entry, span),
            EntryKind::Module => Ok(Vec::new()),
        };
        match found {
            Ok(hosts) => listing.hosts = hosts,
            Err(error) => {
                // Which hosts there are depends on a value ncc cannot know (outputs ending
                // with `// filterAttrs (...) perSystem` over packages it stands in for):
                // the warning names the value, and the hosts are not checked, not absent.
                if error.is_unknown() {
                    listing.notes.push(Note::new(
                        &entry.name,
                        "which hosts it declares depends on a value ncc cannot know (its N301 warning names it): none checked",
                    ));
                }
                listing.diagnostics.extend(error.to_diagnostic(span));
            }
        }
        listing.diagnostics.append(&mut ev.diagnostics);
        if listing.hosts.is_empty() && listing.diagnostics.is_empty() && listing.notes.is_empty() {
            listing.declares_none = true;
            listing.notes.push(Note::new(
                &entry.name,
                "declares no host (no nixosConfigurations, colmena or machine): nothing to check",
            ));
        }
    }
    listing.diagnostics = crate::tidy_diagnostics(listing.diagnostics, &ev.sources);
    listing.sources = ev.sources.clone();
    listing.host_names = host_names::found(&mut ev);
    listing
}

fn flake_hosts(
    ev: &mut Evaluator,
    body: lib_nix::ir::Body,
    entry: &EntryFile,
    io: &dyn EvalIo,
    span: Span,
    notes: &mut Vec<Note>,
) -> EvalResult<Vec<Host>> {
    let outputs = match evaluate_flake(ev, body, entry, io, span) {
        Ok(outputs) => outputs,
        Err((error, uses_parts)) if uses_parts => {
            notes.push(framework_note(entry, &error, span));
            return Ok(Vec::new());
        }
        Err((error, _)) => return Err(error),
    };
    let mut hosts = Vec::new();
    if let Value::Attrs(result) = flake::attribute(ev, &outputs.value, "outputs", span)? {
        if let Some(maker) = result.placeholder() {
            notes.push(Note::new(
                &entry.name,
                format!(
                    "its outputs are made by {}, which ncc does not evaluate: no host checked",
                    flake::describe_maker(maker)
                ),
            ));
            return Ok(hosts);
        }
    }
    let Value::Attrs(set) = &outputs.value else {
        return Ok(hosts);
    };
    for (output, make) in [
        (
            "nixosConfigurations",
            HostKind::FlakeConfiguration as fn(String) -> HostKind,
        ),
        ("colmena", HostKind::FlakeColmena as fn(String) -> HostKind),
        (
            "colmenaHive",
            HostKind::FlakeColmena as fn(String) -> HostKind,
        ),
    ] {
        if set.get(output).is_none() {
            continue;
        }
        // `colmenaHive = colmena.lib.makeHive self.colmena` repeats `colmena`.
        if output == "colmenaHive"
            && hosts
                .iter()
                .any(|h: &Host| matches!(h.kind, HostKind::FlakeColmena(_)))
        {
            continue;
        }
        let value = match fleet_output(ev, &outputs.value, output, span) {
            Ok(value) => value,
            Err(error) if outputs.uses(flake::InputKind::FlakeParts) => {
                notes.push(framework_note(entry, &error, span));
                continue;
            }
            Err(error) => return Err(error),
        };
        match value {
            // `nixosConfigurations = self.colmenaHive.nodes`: the hive's own machines,
            // checked as the hive's (its `colmena` or `colmenaHive` output, read next).
            Value::Attrs(configurations)
                if configurations.placeholder() == Some(flake::HIVE_NODES)
                    && (set.get("colmena").is_some() || set.get("colmenaHive").is_some()) => {}
            Value::Attrs(configurations) if configurations.placeholder().is_some() => {
                notes.push(Note::new(
                    &entry.name,
                    format!(
                        "`{output}` is made by {}, which ncc does not evaluate: not checked",
                        flake::describe_maker(configurations.placeholder().unwrap_or_default())
                    ),
                ));
            }
            Value::Attrs(configurations) => {
                let names: Vec<String> = if output != "nixosConfigurations" {
                    hive::machine_names(&configurations, hive::Tool::Colmena)
                } else {
                    let (per_system, names) = per_system_hosts(ev, &configurations, entry, span);
                    hosts.extend(per_system);
                    names
                };
                hosts.extend(names.into_iter().map(|name| Host {
                    entry: entry.clone(),
                    kind: make(name),
                }));
            }
            other => {
                return Err(EvalError::message(
                    format!(
                        "`{output}` is {}, not an attribute set",
                        other.type_phrase()
                    ),
                    Some(span),
                ))
            }
        }
    }
    hosts.extend(nixops_hosts(ev, &outputs.value, entry, span, notes)?);
    hosts.extend(package_hosts(ev, &outputs.value, entry, span));
    if outputs.uses(flake::InputKind::ExtraContainer) {
        hosts.extend(container_builds(ev, &outputs.value, entry, span));
    }
    hosts.extend(deployed_hosts(ev, &outputs.value, entry, span));
    // Outputs of the open world: a flake module ncc does not evaluate (an input's, such
    // as a framework's that makes the hosts from a directory) may define the hosts the
    // flake declares none of itself. They are not checked, which is not "no host".
    if hosts.is_empty() && set.open().is_some() {
        notes.push(Note::new(
            &entry.name,
            "its outputs are made with a flake module ncc does not evaluate (an input's), which may declare its hosts: none checked",
        ));
    }
    Ok(hosts)
}

/// The machines of the NixOps network a flake gives NixOps 2.0: its
/// `nixopsConfigurations.default`, the one network NixOps reads of a flake
/// (`nixops deploy` with a `flake.nix`), each a host. A network made by something ncc
/// does not evaluate is noted, not checked.
fn nixops_hosts(
    ev: &mut Evaluator,
    outputs: &Value,
    entry: &EntryFile,
    span: Span,
    notes: &mut Vec<Note>,
) -> EvalResult<Vec<Host>> {
    let Value::Attrs(set) = outputs else {
        return Ok(Vec::new());
    };
    if set.get(NIXOPS_OUTPUT).is_none() {
        return Ok(Vec::new());
    }
    let configurations = flake::attribute(ev, outputs, NIXOPS_OUTPUT, span)?;
    let configurations = ev.expect_attrs(configurations, span)?;
    if configurations.get("default").is_none() && configurations.placeholder().is_none() {
        notes.push(Note::new(
            &entry.name,
            format!("`{NIXOPS_OUTPUT}` has no `default`, the one network NixOps reads of a flake: not checked"),
        ));
        return Ok(Vec::new());
    }
    if let Some(default) = configurations.get("default") {
        let network = ev.force(&default.value.clone(), Some(span))?;
        if needs_deployment_arguments(&network) {
            notes.push(Note::new(
                &entry.name,
                format!("`{NIXOPS_OUTPUT}.default` is a function of deployment arguments (`nixops set-args`), which ncc does not know: not checked"),
            ));
            return Ok(Vec::new());
        }
    }
    let network = flake_nixops_network(ev, outputs, span)?;
    if let Some(maker) = network.placeholder().or(configurations.placeholder()) {
        notes.push(Note::new(
            &entry.name,
            format!(
                "`{NIXOPS_OUTPUT}.default` is made by {}, which ncc does not evaluate: not checked",
                flake::describe_maker(maker)
            ),
        ));
        return Ok(Vec::new());
    }
    Ok(hive::machine_names(&network, hive::Tool::Nixops)
        .into_iter()
        .map(|name| Host {
            entry: entry.clone(),
            kind: HostKind::FlakeNixops(name),
        })
        .collect())
}

/// Whether a network is a function that reads the deployment's arguments, which NixOps
/// gives it from `nixops set-args` (kept in its state, not in the repository): one that
/// asks for an argument without a default, or may read any through `@` or a plain
/// parameter. A function of defaults only is called with none, as NixOps calls it when
/// none are set.
fn needs_deployment_arguments(network: &Value) -> bool {
    let Value::Lambda(closure) = network else {
        return false;
    };
    match &closure.lambda.param {
        lib_nix::ir::Param::Formals { formals, bind, .. } => {
            bind.is_some() || formals.iter().any(|formal| formal.default.is_none())
        }
        lib_nix::ir::Param::Ident(_) => true,
    }
}

/// The flake output NixOps 2.0 reads its network from.
const NIXOPS_OUTPUT: &str = "nixopsConfigurations";

/// A flake's `nixopsConfigurations.default`, called with no deployment arguments when it
/// is a function (of defaults only, see [`needs_deployment_arguments`]), as NixOps'
/// eval-machine-info.nix calls it when `nixops set-args` gave none.
fn flake_nixops_network(
    ev: &mut Evaluator,
    outputs: &Value,
    span: Span,
) -> EvalResult<Rc<lib_nix::eval::Attrs>> {
    let configurations = flake::attribute(ev, outputs, NIXOPS_OUTPUT, span)?;
    let mut network = flake::attribute(ev, &configurations, "default", span)?;
    if network.is_function() {
        let empty = Value::Attrs(Rc::new(lib_nix::eval::Attrs::default()));
        network = ev.apply(network, Thunk::ready(empty), span)?;
    }
    ev.expect_attrs(network, span)
}

/// The names of `nixosConfigurations` that are hosts, and the hosts of those that are a
/// system's set of hosts (`nixosConfigurations.x86_64-linux.lab`, made per system, which
/// `nix build .#nixosConfigurations.x86_64-linux.lab.config.system.build.vm` builds): a
/// name that is a system (`x86_64-linux`) whose value is a set of NixOS systems, not one
/// itself. The same host in each system is checked once, in the first Linux system of
/// `x86_64-linux`, `aarch64-linux`, then the others by name, as [`package_hosts`] does.
/// What ncc cannot evaluate there is left a host, whose check says so.
fn per_system_hosts(
    ev: &mut Evaluator,
    configurations: &Rc<lib_nix::eval::Attrs>,
    entry: &EntryFile,
    span: Span,
) -> (Vec<Host>, Vec<String>) {
    let is_system = |name: &str| name.ends_with("-linux") || name.ends_with("-darwin");
    let mut names = Vec::new();
    let mut systems = Vec::new();
    for name in configurations.names() {
        if !is_system(name) {
            names.push(name.to_owned());
            continue;
        }
        let value = flake::attribute(ev, &Value::Attrs(configurations.clone()), name, span);
        let hosts_of_system = match &value {
            Ok(Value::Attrs(set))
                if !is_nixos_system(set) && set.placeholder().is_none() && !set.is_empty() =>
            {
                set.entries().iter().all(|entry| {
                    matches!(
                        ev.force(&entry.value.clone(), Some(span)),
                        Ok(Value::Attrs(system)) if is_nixos_system(&system)
                    )
                })
            }
            _ => false,
        };
        match (hosts_of_system, value) {
            (true, Ok(Value::Attrs(set))) => systems.push((name.to_owned(), set)),
            _ => names.push(name.to_owned()),
        }
    }
    let rank = |system: &str| match system {
        "x86_64-linux" => 0,
        "aarch64-linux" => 1,
        system if system.ends_with("-linux") => 2,
        _ => 3,
    };
    systems.sort_by_key(|(system, _)| (rank(system), system.clone()));
    let mut hosts: Vec<Host> = Vec::new();
    for (system, set) in systems {
        for name in set.names() {
            let seen = hosts.iter().any(
                |host| matches!(&host.kind, HostKind::FlakeSystemConfiguration(_, n) if n == name),
            );
            if !seen {
                hosts.push(Host {
                    entry: entry.clone(),
                    kind: HostKind::FlakeSystemConfiguration(system.clone(), name.to_owned()),
                });
            }
        }
    }
    (hosts, names)
}

/// The NixOS systems a flake keeps among its packages, `packages.<system>.nixosConfigurations.<name>`
/// (or `legacyPackages`'): `nixos-rebuild --flake .#web` builds the installable
/// `nixosConfigurations.web`, which Nix looks for under `packages.<system>` and
/// `legacyPackages.<system>` before the flake's top level, so these are hosts the flake
/// deploys. A flake making its outputs per system has the same host in each: each name
/// is checked once, in the first system of `x86_64-linux`, `aarch64-linux`, then the
/// other Linux systems by name (a Darwin system's are not NixOS's to build). What ncc
/// cannot evaluate there holds no host: packages are not what ncc checks.
fn package_hosts(ev: &mut Evaluator, outputs: &Value, entry: &EntryFile, span: Span) -> Vec<Host> {
    let mut hosts: Vec<Host> = Vec::new();
    for (output, system, packages) in package_sets(ev, outputs, span) {
        let Ok(Value::Attrs(configurations)) =
            flake::attribute(ev, &packages, "nixosConfigurations", span)
        else {
            continue;
        };
        if configurations.placeholder().is_some() {
            continue;
        }
        for name in configurations.names() {
            let seen = hosts.iter().any(|host| {
                matches!(&host.kind, HostKind::FlakePackageConfiguration(_, _, n) if n == name)
            });
            if !seen {
                hosts.push(Host {
                    entry: entry.clone(),
                    kind: HostKind::FlakePackageConfiguration(
                        output.to_owned(),
                        system.clone(),
                        name.to_owned(),
                    ),
                });
            }
        }
    }
    hosts
}

/// The package sets of a flake's `packages` and `legacyPackages`, each output's Linux
/// systems in the order a name is checked in: `x86_64-linux`, `aarch64-linux`, then the
/// others by name (a Darwin system's are not NixOS's to build). What ncc cannot evaluate
/// there holds no package set.
fn package_sets(
    ev: &mut Evaluator,
    outputs: &Value,
    span: Span,
) -> Vec<(&'static str, String, Value)> {
    let mut sets = Vec::new();
    for output in ["packages", "legacyPackages"] {
        let Ok(systems @ Value::Attrs(_)) = flake::attribute(ev, outputs, output, span) else {
            continue;
        };
        let Value::Attrs(set) = &systems else {
            continue;
        };
        let rank = |system: &str| match system {
            "x86_64-linux" => 0,
            "aarch64-linux" => 1,
            _ => 2,
        };
        let mut linux: Vec<String> = set
            .names()
            .filter(|system| system.ends_with("-linux"))
            .map(str::to_owned)
            .collect();
        linux.sort_by_key(|system| (rank(system), system.clone()));
        for system in linux {
            if let Ok(packages @ Value::Attrs(_)) = flake::attribute(ev, &systems, &system, span) {
                sets.push((output, system, packages));
            }
        }
    }
    sets
}

/// The containers a flake builds with extra-container's `lib.buildContainers`, among its
/// packages (`packages.<system>.<name>`, or `legacyPackages`') or as an output of its own
/// (`bitcoinhub = extra-container.lib.buildContainers { ... }`): `extra-container create
/// .#default` installs them, so each is checked as a host. A flake making its packages per
/// system has the same in each: each name is checked once, in the first Linux system of
/// `x86_64-linux`, `aarch64-linux`, then the others by name, as [`package_hosts`] does.
/// What ncc cannot evaluate there holds no containers.
fn container_builds(
    ev: &mut Evaluator,
    outputs: &Value,
    entry: &EntryFile,
    span: Span,
) -> Vec<Host> {
    let mut hosts: Vec<Host> = Vec::new();
    let builds_containers = |ev: &mut Evaluator, value: &Value, name: &str| {
        matches!(
            flake::attribute(ev, value, name, span),
            Ok(Value::Attrs(set)) if set.get("_nccExtraContainers").is_some()
        )
    };
    for (output, system, packages) in package_sets(ev, outputs, span) {
        let Value::Attrs(names) = &packages else {
            continue;
        };
        if names.placeholder().is_some() {
            continue;
        }
        let names: Vec<String> = names.names().map(str::to_owned).collect();
        for name in names {
            let seen = hosts.iter().any(|host| {
                matches!(&host.kind, HostKind::FlakeContainers(path) if path.len() == 3 && path[0] == output && path[2] == name)
            });
            if !seen && builds_containers(ev, &packages, &name) {
                hosts.push(Host {
                    entry: entry.clone(),
                    kind: HostKind::FlakeContainers(vec![output.to_owned(), system.clone(), name]),
                });
            }
        }
    }
    // Outputs of the flake's own naming; those Nix gives a meaning to hold other things.
    const KNOWN_OUTPUTS: [&str; 17] = [
        "packages",
        "legacyPackages",
        "nixosConfigurations",
        "nixosModules",
        "devShells",
        "apps",
        "checks",
        "overlays",
        "lib",
        "formatter",
        "templates",
        "colmena",
        "colmenaHive",
        "nixopsConfigurations",
        "deploy",
        "darwinConfigurations",
        "homeConfigurations",
    ];
    if let Value::Attrs(set) = outputs {
        let names: Vec<String> = set
            .names()
            .filter(|name| !KNOWN_OUTPUTS.contains(name) && !name.starts_with('_'))
            .filter(|name| {
                !matches!(
                    *name,
                    "outPath" | "inputs" | "outputs" | "sourceInfo" | "self"
                )
            })
            .map(str::to_owned)
            .collect();
        for name in names {
            if builds_containers(ev, outputs, &name) {
                hosts.push(Host {
                    entry: entry.clone(),
                    kind: HostKind::FlakeContainers(vec![name]),
                });
            }
        }
    }
    hosts
}

/// The systems a flake's deploy-rs nodes deploy that its `nixosConfigurations` do not
/// hold (`path = deploy-rs.lib.x86_64-linux.activate.nixos self.nixosConfiguration.vault`,
/// an output Nix gives no meaning to): `deploy` builds and activates them, so they are
/// hosts. A profile activating one of `nixosConfigurations` is that host, checked once.
/// What ncc cannot evaluate there holds no host.
fn deployed_hosts(ev: &mut Evaluator, outputs: &Value, entry: &EntryFile, span: Span) -> Vec<Host> {
    let mut hosts = Vec::new();
    let Ok(deploy @ Value::Attrs(_)) = flake::attribute(ev, outputs, "deploy", span) else {
        return hosts;
    };
    let Ok(Value::Attrs(nodes)) = flake::attribute(ev, &deploy, "nodes", span) else {
        return hosts;
    };
    if nodes.placeholder().is_some() {
        return hosts;
    }
    let configurations: Vec<Rc<lib_nix::eval::Attrs>> =
        match flake::attribute(ev, outputs, "nixosConfigurations", span) {
            Ok(Value::Attrs(set)) => {
                let entries: Vec<Thunk> = set.entries().iter().map(|e| e.value.clone()).collect();
                entries
                    .iter()
                    .filter_map(|thunk| match ev.force(thunk, Some(span)) {
                        Ok(Value::Attrs(system)) => Some(system),
                        _ => None,
                    })
                    .collect()
            }
            _ => Vec::new(),
        };
    let node_names: Vec<String> = nodes.names().map(str::to_owned).collect();
    for node in node_names {
        let Ok(Value::Attrs(profiles)) =
            flake::attribute(ev, &Value::Attrs(nodes.clone()), &node, span)
                .and_then(|node| flake::attribute(ev, &node, "profiles", span))
        else {
            continue;
        };
        if profiles.placeholder().is_some() {
            continue;
        }
        let profile_names: Vec<String> = profiles.names().map(str::to_owned).collect();
        for profile in profile_names {
            let system = flake::attribute(ev, &Value::Attrs(profiles.clone()), &profile, span)
                .and_then(|profile| flake::attribute(ev, &profile, "path", span))
                .and_then(|path| activated_system(ev, &path, span));
            let Ok(Some(Value::Attrs(system))) = system else {
                continue;
            };
            if configurations
                .iter()
                .any(|known| Rc::ptr_eq(known, &system))
            {
                continue;
            }
            hosts.push(Host {
                entry: entry.clone(),
                kind: HostKind::FlakeDeployProfile(node.clone(), profile),
            });
        }
    }
    hosts
}

/// The system deploy-rs' `activate.nixos` was given, where `path` is such an activation.
fn activated_system(ev: &mut Evaluator, path: &Value, span: Span) -> EvalResult<Option<Value>> {
    let Value::Attrs(set) = path else {
        return Ok(None);
    };
    match set.get(lib_nix::modules::ACTIVATED_SYSTEM) {
        Some(entry) => Ok(Some(ev.force(&entry.value.clone(), Some(span))?)),
        None => Ok(None),
    }
}

/// The flake's output `name`; for a hive made by colmena's `lib.makeHive`, the hive it
/// was given.
fn fleet_output(ev: &mut Evaluator, outputs: &Value, name: &str, span: Span) -> EvalResult<Value> {
    let value = flake::attribute(ev, outputs, name, span)?;
    match &value {
        Value::Attrs(set) if set.get("_nccHive").is_some() => {
            flake::attribute(ev, &value, "_nccHive", span)
        }
        _ => Ok(value),
    }
}

/// The one note for a flake framework ncc could not evaluate.
fn framework_note(entry: &EntryFile, error: &EvalError, span: Span) -> Note {
    let reason = error
        .to_diagnostic(span)
        .map(|d| d.message())
        .unwrap_or_else(|| "an error reported above".to_owned());
    Note::new(
        &entry.name,
        format!("flake-parts' mkFlake could not be evaluated by ncc ({reason}): its hosts were not checked"),
    )
}

fn fleet_hosts(
    ev: &mut Evaluator,
    body: lib_nix::ir::Body,
    entry: &EntryFile,
    tool: hive::Tool,
    span: Span,
    notes: &mut Vec<Note>,
) -> EvalResult<Vec<Host>> {
    let Some(fleet) = fleet_value(ev, body, tool, span)? else {
        notes.push(Note::new(
            &entry.name,
            "the network is a function of deployment arguments (`nixops set-args`), which ncc does not know: not checked",
        ));
        return Ok(Vec::new());
    };
    // A fleet whose machines come from a set ncc stands in for (`mapAttrs` over the
    // systems of a library fetched at deploy time) has machines ncc cannot name: not
    // the stand-in's own `name`, `outPath` and `type`.
    if let Some(path) = fleet.placeholder() {
        return Err(EvalError::unknown(
            format!("the machines it declares (the names of `{path}`)"),
            Some(span),
        ));
    }
    Ok(hive::machine_names(&fleet, tool)
        .into_iter()
        .map(|name| Host {
            entry: entry.clone(),
            kind: HostKind::Machine(tool, name),
        })
        .collect())
}

/// The systems of a file of `import <nixpkgs/nixos> { ... }` (or `eval-config.nix`)
/// calls: the file itself when it is one, else each attribute holding one, else each
/// attribute of an attribute holding one (`hosts.web`, what `nix-build -A
/// hosts.web.config.system.build.toplevel` builds).
fn system_hosts(
    ev: &mut Evaluator,
    body: lib_nix::ir::Body,
    entry: &EntryFile,
    span: Span,
) -> EvalResult<Vec<Host>> {
    let value = ev.eval_body(body)?;
    let host = |name: String| Host {
        entry: entry.clone(),
        kind: HostKind::System(name),
    };
    // A list of systems (`map builder [ ./xps/configuration.nix ./nuc/configuration.nix ]`):
    // `nix-build` builds each, and `nix-build -A 1` the second.
    if let Value::List(items) = &value {
        let mut hosts = Vec::new();
        for (index, item) in items.iter().enumerate() {
            if let Ok(Value::Attrs(system)) = ev.force(item, Some(span)) {
                if is_nixos_system(&system) {
                    hosts.push(host(index.to_string()));
                }
            }
        }
        return Ok(hosts);
    }
    let Value::Attrs(set) = &value else {
        return Ok(Vec::new());
    };
    if is_nixos_system(set) {
        return Ok(vec![host(String::new())]);
    }
    let mut hosts = Vec::new();
    let mut tables = Vec::new();
    // An attribute that fails to evaluate is no system: `nix-build -A web` evaluates
    // only the attribute it builds, and a file that makes a system for its own use
    // (`acls = ... (import (sources.nixpkgs + "/nixos/lib/eval-config.nix") { ... })`)
    // is a file Nix evaluates whole, where ncc may not know every value.
    for attribute in set.entries() {
        match ev.force(&attribute.value.clone(), Some(span)) {
            Ok(Value::Attrs(system)) if is_nixos_system(&system) => {
                hosts.push(host(attribute.name.to_string()));
            }
            Ok(Value::Attrs(table)) if table.placeholder().is_none() => {
                tables.push((attribute.name.clone(), table));
            }
            _ => {}
        }
    }
    if !hosts.is_empty() {
        return Ok(hosts);
    }
    // One level down, where the file's other attributes (its `pkgs`, its tests) are no
    // systems.
    for (outer, table) in tables {
        for attribute in table.entries() {
            match ev.force(&attribute.value.clone(), Some(span)) {
                Ok(Value::Attrs(system)) if is_nixos_system(&system) => {
                    let path = [outer.as_str(), attribute.name.as_str()]
                        .map(attribute_path_segment)
                        .join(".");
                    hosts.push(host(path));
                }
                _ => {}
            }
        }
    }
    Ok(hosts)
}

/// The attribute by which ncc's stand-ins for `lib.nixosSystem` and nixpkgs'
/// `eval-config.nix` mark the NixOS system they make (its modules and `specialArgs`).
const NIXOS_SYSTEM: &str = "_nccNixosSystem";

/// Whether `set` is a NixOS system ncc's stand-ins made ([`NIXOS_SYSTEM`]).
fn is_nixos_system(set: &lib_nix::eval::Attrs) -> bool {
    set.get(NIXOS_SYSTEM).is_some()
}

/// `name` as a segment of an attribute path `-A` takes: quoted when it holds a dot.
fn attribute_path_segment(name: &str) -> String {
    match name.contains(['.', '"']) {
        true => format!("{name:?}"),
        false => name.to_owned(),
    }
}

/// The system at the attribute path `path` of `value` (`hosts.web`, `hosts."a.b"`), as
/// [`system_hosts`] names it; a name of the file's own holding a dot is itself, and an
/// index the element of a list of systems (`1`, as `nix-build -A 1` selects it).
fn system_at(ev: &mut Evaluator, value: Value, path: &str, span: Span) -> EvalResult<Value> {
    if let (Value::List(items), Ok(index)) = (&value, path.parse::<usize>()) {
        return match items.get(index) {
            Some(item) => ev.force(&item.clone(), Some(span)),
            None => Err(EvalError::message(
                format!("the list has no element {index}"),
                Some(span),
            )),
        };
    }
    if matches!(&value, Value::Attrs(set) if set.get(path).is_some()) {
        return flake::attribute(ev, &value, path, span);
    }
    let mut segments = Vec::new();
    let mut rest = path;
    while !rest.is_empty() {
        let (segment, after) = match rest.strip_prefix('"') {
            Some(quoted) => {
                let end = quoted.find('"').unwrap_or(quoted.len());
                (&quoted[..end], quoted.get(end + 1..).unwrap_or(""))
            }
            None => rest.split_once('.').map_or((rest, ""), |(a, b)| (a, b)),
        };
        segments.push(segment);
        rest = after.strip_prefix('.').unwrap_or(after);
    }
    let mut value = value;
    for segment in segments {
        value = flake::attribute(ev, &value, segment, span)?;
    }
    Ok(value)
}

/// The fleet's set: the file's value, called with `{ }` when it is a function, as
/// colmena calls a hive (its eval.nix's `rawToHive`) and NixOps a network when
/// `nixops set-args` gave no argument (eval-machine-info.nix's `call`). `None` for a
/// network that needs such an argument (see [`needs_deployment_arguments`]).
fn fleet_value(
    ev: &mut Evaluator,
    body: lib_nix::ir::Body,
    tool: hive::Tool,
    span: Span,
) -> EvalResult<Option<Rc<lib_nix::eval::Attrs>>> {
    let mut value = ev.eval_body(body)?;
    if tool == hive::Tool::Nixops && needs_deployment_arguments(&value) {
        return Ok(None);
    }
    if value.is_function() {
        let empty = Value::Attrs(Rc::new(lib_nix::eval::Attrs::default()));
        value = ev.apply(value, Thunk::ready(empty), span)?;
    }
    ev.expect_attrs(value, span).map(Some)
}

/// Evaluates the flake; on failure, also whether it uses flake-parts (whose failure is
/// ncc's limit, not the user's mistake).
fn evaluate_flake(
    ev: &mut Evaluator,
    body: lib_nix::ir::Body,
    entry: &EntryFile,
    io: &dyn EvalIo,
    span: Span,
) -> Result<flake::Outputs, (Box<EvalError>, bool)> {
    let root = ev.eval_body(body).map_err(|e| (e, false))?;
    let uses_parts = match &root {
        Value::Attrs(set) => match set.get("inputs") {
            Some(inputs) => matches!(
                ev.force(&inputs.value.clone(), Some(span)),
                Ok(Value::Attrs(inputs)) if inputs.get("flake-parts").is_some()
            ),
            None => false,
        },
        _ => false,
    };
    let lock_path = format!("{}/flake.lock", entry.dir().trim_end_matches('/'));
    let lock = io.read_file(&lock_path).ok();
    flake::evaluate(ev, root, &entry.dir(), lock.as_deref(), span).map_err(|e| (e, uses_parts))
}

/// Checks `host`, whose entry file holds `text`: the whole pipeline in a fresh
/// evaluator, with the plan when `generate` is set and no error was found. The evaluator
/// is handed back with the result, for the caller to free or leave (see [`crate::Teardown`]).
pub fn check_host<'io>(
    host: &Host,
    text: &str,
    io: &'io dyn EvalIo,
    generate: bool,
) -> (Checked, Evaluator<'io>) {
    check_host_parsed(host, text, None, None, io, generate)
}

/// [`check_host`] with the entry file's text already parsed, when the caller has, and
/// the host names the listing of the host's flake found (see [`host_names`]).
pub fn check_host_parsed<'io>(
    host: &Host,
    text: &str,
    parsed: Option<lib_nix::syntax::Parse>,
    names: Option<&KnownHostNames>,
    io: &'io dyn EvalIo,
    generate: bool,
) -> (Checked, Evaluator<'io>) {
    let mut ev = host_evaluator(io);
    // Only a check of `nixosConfigurations.<name>` reaches the systems' names as the
    // listing did, first of all.
    let names = names.filter(|_| matches!(host.kind, HostKind::FlakeConfiguration(_)));
    if let Some(names) = names {
        host_names::give(&mut ev, names.clone());
    }
    let loaded = match parsed {
        Some(parsed) => ev.load_parsed_source(&host.entry.name, &host.entry.path, text, parsed),
        None => ev.load_source(&host.entry.name, &host.entry.path, text),
    };
    let (checked, ev) = check_host_loaded(host, ev, loaded, io, generate);
    if names.is_some() && host_names::contradicted(&ev) {
        return check_host_parsed(host, text, None, None, io, generate);
    }
    (checked, ev)
}

/// A fresh evaluator as a host's check starts with: the module system's hooks installed,
/// `import <nixpkgs/nixos>` making a system ncc checks (see [`flake::import_opaque`]).
pub fn host_evaluator(io: &dyn EvalIo) -> Evaluator<'_> {
    let mut ev = Evaluator::new(io);
    lib_nix::modules::install_hooks(&mut ev);
    ev.hooks.import_opaque = flake::import_opaque;
    ev.hooks.open_namespace = crate::schema::is_nixos_namespace;
    ev.hooks.stand_in_module = crate::stand_ins::stand_in_module;
    ev.hooks.may_define_project_options = crate::stand_ins::may_define_project_options;
    ev.hooks.coerce_integers = lix::coerce_integers;
    ev.hooks.configuration = crate::config::read_by_host::configuration;
    ev
}

/// Sets `ev` up to evaluate `host` as its check does: what its kind of host may lack
/// and the release of the nixpkgs it follows. `ncc eval` of the host evaluates it so too.
pub fn prepare_for(ev: &mut Evaluator, host: &Host, io: &dyn EvalIo) {
    // A module taken as a host of its own may be given arguments by a host ncc did not
    // find or could not evaluate.
    ev.missing_arguments_are_unknown = host.kind == HostKind::Module;
    // And it may be a function something else calls (a deployment tool's `{ name, config,
    // nodes }:`), not a module: its function is called with what it asks for.
    ev.lenient_root_modules = host.kind == HostKind::Module;
    // A host of a repository without a flake follows the nixpkgs its niv or npins pin
    // names (a flake's hosts, the one its lock names).
    if matches!(
        host.kind,
        HostKind::Module | HostKind::System(_) | HostKind::Machine(..) | HostKind::Linked { .. }
    ) && ev.library_release.is_none()
    {
        ev.library_release = pinned::nixpkgs_release(io, &host.entry.path);
    }
}

/// [`check_host`] in `ev`, an evaluator from [`host_evaluator`] that holds nothing but
/// the host's entry file, already loaded (its body and the diagnostics of loading it):
/// the entry file is lowered once, for [`discover::classify_loaded`] and the check.
pub fn check_host_loaded<'io>(
    host: &Host,
    mut ev: Evaluator<'io>,
    (body, load_diagnostics): (lib_nix::ir::Body, Vec<Diagnostic>),
    io: &'io dyn EvalIo,
    generate: bool,
) -> (Checked, Evaluator<'io>) {
    prepare_for(&mut ev, host, io);
    let mut notes = Vec::new();
    let file = ev.ir.span(body.root).file;
    let span = Span::new(file, 0, 0);
    let mut diagnostics = load_diagnostics;
    let modules = host_modules(&mut ev, body, host, io, span, &mut notes);
    let mut config = None;
    let mut unchecked = Vec::new();
    let mut incomplete = Vec::new();
    let mut stand_ins_written = Vec::new();
    match modules {
        Ok(Some((modules, special))) => {
            let purpose = match generate {
                true => crate::Purpose::Build,
                false => crate::Purpose::Check,
            };
            let checked = crate::check_modules(&mut ev, modules, special, span, purpose);
            config = checked.host;
            unchecked = checked.unchecked;
            incomplete = checked.incomplete;
            stand_ins_written = checked.stand_ins_written;
            diagnostics.extend(checked.diagnostics);
        }
        Ok(None) => {}
        Err(error) => diagnostics.extend(error.to_diagnostic(span)),
    }
    diagnostics.append(&mut ev.diagnostics);
    let mut diagnostics = crate::tidy_diagnostics(diagnostics, &ev.sources);
    // Every diagnostic names its host; one in the host's own module file already does.
    let label = repeats::host_note(host);
    for diagnostic in &mut diagnostics {
        let in_entry = ev.sources.file(diagnostic.span.file).path == host.entry.path;
        if host.kind != HostKind::Module || !in_entry {
            diagnostic.notes.push(label.clone());
        }
    }
    // Each file as its path reads, and as it really is when a linked directory leads
    // to it (`./lib/system.nix`, `lib -> ../lib`): files given are named by the latter.
    let mut files: Vec<String> = Vec::new();
    for (_, file) in ev.sources.files() {
        if lib_nix::source::is_ncc_own(&file.path) {
            continue;
        }
        files.push(file.path.clone());
        if let Some(real) = io.real_path(&file.path).filter(|real| *real != file.path) {
            files.push(real);
        }
    }
    let mut compilation = Compilation {
        host: config,
        unchecked,
        incomplete,
        stand_ins_written,
        plan: None,
        diagnostics,
        sources: ev.sources.clone(),
    };
    if generate {
        crate::generate_plan(&mut compilation);
    }
    let checked = Checked {
        host: host.clone(),
        compilation,
        notes,
        files,
        repeated: 0,
    };
    (checked, ev)
}

/// A host's modules and the `specialArgs` they are evaluated with.
pub type HostModules = (Vec<ModuleInput>, Vec<(Name, Thunk)>);

/// The modules of `host` (whose entry file's text is `text`) loaded into `ev`, an
/// evaluator from [`host_evaluator`], as its check takes them: for `ncc eval .#web`.
/// `None` when ncc cannot tell what they are (a host made by something it does not
/// evaluate). The span is the entry file's, for errors that have no place of their own.
pub fn modules_of(
    ev: &mut Evaluator,
    host: &Host,
    text: &str,
    io: &dyn EvalIo,
) -> (Span, EvalResult<Option<HostModules>>) {
    let (body, _) = ev.load_source(&host.entry.name, &host.entry.path, text);
    let span = Span::new(ev.ir.span(body.root).file, 0, 0);
    (
        span,
        host_modules(ev, body, host, io, span, &mut Vec::new()),
    )
}

/// The modules and special arguments of `host`, or `None` (with a note) when ncc cannot
/// tell what they are.
fn host_modules(
    ev: &mut Evaluator,
    body: lib_nix::ir::Body,
    host: &Host,
    io: &dyn EvalIo,
    span: Span,
    notes: &mut Vec<Note>,
) -> EvalResult<Option<HostModules>> {
    let file: Rc<str> = Rc::from(host.entry.name.as_str());
    match &host.kind {
        HostKind::Module | HostKind::Linked { .. } => {
            let extra_container =
                discover::is_extra_container_file(&host.entry.path, &ev.ir, body.root);
            let value = Thunk::suspended(body.root, lib_nix::eval::Env::top_level());
            let defaults = crate::schema::nixos_rebuild_defaults();
            let mut modules = vec![ModuleInput { value, file }, defaults];
            // Checked as extra-container evaluates it (its eval-config.nix): with its
            // module, for the `extra` options.
            if extra_container {
                modules.insert(0, crate::stand_ins::extra_container_input());
                notes.push(Note::new(
                    &host.entry.name,
                    "a file of containers for extra-container (they set `extra` options): checked with extra-container's module",
                ));
            }
            Ok(Some((modules, Vec::new())))
        }
        HostKind::Machine(tool, name) => {
            let Some(fleet) = fleet_value(ev, body, *tool, span)? else {
                return Ok(None);
            };
            let machine = hive::machine(ev, &fleet, *tool, name, &host.entry.name, span)?;
            Ok(Some((machine.modules, machine.special)))
        }
        HostKind::FlakeConfiguration(name) | HostKind::FlakeColmena(name) => {
            let Some(outputs) = host_flake_outputs(ev, body, host, io, span, notes)? else {
                return Ok(None);
            };
            if let HostKind::FlakeColmena(_) = host.kind {
                let has_colmena =
                    matches!(&outputs.value, Value::Attrs(set) if set.get("colmena").is_some());
                let output = if has_colmena {
                    "colmena"
                } else {
                    "colmenaHive"
                };
                let hive = fleet_output(ev, &outputs.value, output, span)?;
                let hive = ev.expect_attrs(hive, span)?;
                let machine =
                    hive::machine(ev, &hive, hive::Tool::Colmena, name, &host.entry.name, span)?;
                return Ok(Some((machine.modules, machine.special)));
            }
            let configurations = flake::attribute(ev, &outputs.value, "nixosConfigurations", span)?;
            let system = flake::attribute(ev, &configurations, name, span)?;
            host_names::confirm(ev, &system, name, span);
            system_modules(ev, system, host, file, span, notes)
        }
        HostKind::FlakeNixops(name) => {
            let Some(outputs) = host_flake_outputs(ev, body, host, io, span, notes)? else {
                return Ok(None);
            };
            let network = flake_nixops_network(ev, &outputs.value, span)?;
            let machine = hive::machine(
                ev,
                &network,
                hive::Tool::Nixops,
                name,
                &host.entry.name,
                span,
            )?;
            Ok(Some((machine.modules, machine.special)))
        }
        HostKind::FlakePackageConfiguration(output, system, name) => {
            let Some(outputs) = host_flake_outputs(ev, body, host, io, span, notes)? else {
                return Ok(None);
            };
            let mut value = outputs.value;
            for step in [output.as_str(), system, "nixosConfigurations", name] {
                value = flake::attribute(ev, &value, step, span)?;
            }
            system_modules(ev, value, host, file, span, notes)
        }
        HostKind::FlakeContainers(path) => {
            let Some(outputs) = host_flake_outputs(ev, body, host, io, span, notes)? else {
                return Ok(None);
            };
            let mut value = outputs.value;
            for step in path {
                value = flake::attribute(ev, &value, step, span)?;
            }
            system_modules(ev, value, host, file, span, notes)
        }
        HostKind::FlakeSystemConfiguration(system, name) => {
            let Some(outputs) = host_flake_outputs(ev, body, host, io, span, notes)? else {
                return Ok(None);
            };
            let mut value = outputs.value;
            for step in ["nixosConfigurations", system, name] {
                value = flake::attribute(ev, &value, step, span)?;
            }
            system_modules(ev, value, host, file, span, notes)
        }
        HostKind::FlakeDeployProfile(node, profile) => {
            let Some(outputs) = host_flake_outputs(ev, body, host, io, span, notes)? else {
                return Ok(None);
            };
            let mut value = outputs.value;
            for step in ["deploy", "nodes", node, "profiles", profile, "path"] {
                value = flake::attribute(ev, &value, step, span)?;
            }
            let system = activated_system(ev, &value, span)?.unwrap_or(value);
            system_modules(ev, system, host, file, span, notes)
        }
        HostKind::System(name) => {
            let value = ev.eval_body(body)?;
            let system = match name.is_empty() {
                true => value,
                false => system_at(ev, value, name, span)?,
            };
            system_modules(ev, system, host, file, span, notes)
        }
    }
}

/// The outputs of the flake `host` is one of; `None`, with a note, when a framework ncc
/// does not evaluate makes them.
fn host_flake_outputs(
    ev: &mut Evaluator,
    body: lib_nix::ir::Body,
    host: &Host,
    io: &dyn EvalIo,
    span: Span,
    notes: &mut Vec<Note>,
) -> EvalResult<Option<flake::Outputs>> {
    match evaluate_flake(ev, body, &host.entry, io, span) {
        Ok(outputs) => Ok(Some(outputs)),
        Err((error, true)) => {
            notes.push(framework_note(&host.entry, &error, span));
            Ok(None)
        }
        Err((error, false)) => Err(error),
    }
}

/// The modules and special arguments of `system`, what `lib.nixosSystem` or `import
/// <nixpkgs/nixos>` recorded; `None`, with a note, for a system made otherwise.
fn system_modules(
    ev: &mut Evaluator,
    system: Value,
    host: &Host,
    file: Rc<str>,
    span: Span,
    notes: &mut Vec<Note>,
) -> EvalResult<Option<HostModules>> {
    let arguments = match &system {
        Value::Attrs(set) if is_nixos_system(set) => {
            flake::attribute(ev, &system, NIXOS_SYSTEM, span)?
        }
        Value::Attrs(set) => {
            let maker = set
                .placeholder()
                .map(|path| format!("by {}", flake::describe_maker(path)))
                .unwrap_or_else(|| "without lib.nixosSystem".to_owned());
            notes.push(Note::new(
                &host.entry.name,
                format!(
                    "{} is made {maker}, which ncc does not evaluate: not checked",
                    host.label()
                ),
            ));
            return Ok(None);
        }
        // A system made per call (`rescue = { address }: nixpkgs.lib.nixosSystem { ... }`,
        // which a package output calls): no host until called, and ncc has no arguments
        // to call it with. Nix builds the flake's other hosts all the same.
        function if function.is_function() => {
            notes.push(Note::new(
                &host.entry.name,
                format!(
                    "{} is a function (a NixOS system made when it is called), which ncc does not call: not checked",
                    host.label()
                ),
            ));
            return Ok(None);
        }
        other => {
            return Err(EvalError::message(
                format!(
                    "{} is {}, not a NixOS system",
                    host.label(),
                    other.type_phrase()
                ),
                Some(span),
            ))
        }
    };
    flake::expect_own_configuration(ev, &arguments);
    recorded_system_modules(ev, arguments, file, span).map(Some)
}

/// The modules and special arguments a `lib.nixosSystem` call was given (`arguments`,
/// as the wiring records them), as NixOS's eval-config.nix makes its modules of them.
pub(crate) fn recorded_system_modules(
    ev: &mut Evaluator,
    arguments: Value,
    file: Rc<str>,
    span: Span,
) -> EvalResult<HostModules> {
    let arguments = ev.expect_attrs(arguments, span)?;
    let mut modules = Vec::new();
    for field in ["modules", "extraModules"] {
        if let Some(entry) = arguments.get(field) {
            let list = ev.force(&entry.value.clone(), Some(span))?;
            let Value::List(items) = list else {
                return Err(ev.type_error(&list, "a list", span));
            };
            modules.extend(items.iter().map(|item| ModuleInput {
                value: item.clone(),
                file: file.clone(),
            }));
        }
    }
    // `lib.nixosSystem { pkgs = ...; }`: as NixOS's eval-config.nix, a module setting
    // `nixpkgs.pkgs` to it, at the default priority.
    if let Some(entry) = arguments.get("pkgs") {
        use lib_nix::eval::{AttrEntry, Attrs};
        let set = |name: &str, value: Thunk| {
            Thunk::ready(Value::Attrs(Rc::new(Attrs::from_entries(vec![
                AttrEntry::new(name, value),
            ]))))
        };
        modules.push(ModuleInput {
            value: set("nixpkgs", set("pkgs", entry.value.clone())),
            file: file.clone(),
        });
    }
    // `lib.nixosSystem { system = ...; }`: as eval-config.nix, a module setting
    // `nixpkgs.system` to it with `mkDefault`, unless it is null.
    if let Some(entry) = arguments.get("system") {
        let system = match ev.force(&entry.value.clone(), Some(span)) {
            Err(error) if error.is_unknown() => Value::Null,
            other => other?,
        };
        if !matches!(system, Value::Null) {
            modules.push(crate::schema::system_module(system, 1000, file.clone()));
        }
    }
    let mut special = Vec::new();
    // `lib`: as eval-config.nix, the lib whose `evalModules` evaluates the host, which
    // gives it to the modules (a nixpkgs input's `lib.nixosSystem` passes its own, one
    // the flake `extend`ed included); a special argument `lib` comes before it.
    if let Some(entry) = arguments.get("lib") {
        special.push((entry.name.clone(), entry.value.clone()));
    }
    if let Some(entry) = arguments.get("specialArgs") {
        let value = ev.force(&entry.value.clone(), Some(span))?;
        let set = ev.expect_attrs(value, span)?;
        special.extend(
            set.entries()
                .iter()
                .map(|e| (e.name.clone(), e.value.clone())),
        );
    }
    Ok((modules, special))
}
