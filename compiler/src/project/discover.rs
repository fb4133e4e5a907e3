//! Which files are hosts, and which hosts reach a file.
//!
//! pre-commit passes every staged `.nix` file; most are not hosts (packages, overlays,
//! `shell.nix`, home-manager modules, helpers, one container's attributes). Each file is
//! checked through the hosts whose evaluation reads it: the project's hosts (ncc.toml,
//! the flake, the hive), the files given that are hosts themselves, and, when a file is
//! still not reached, the repository's host modules that may import it. A file no host
//! reaches is only parsed.
//!
//! [`classify`] reads a file's shape without evaluating it; [`static_paths`] the paths
//! it writes, a cheap over-approximation of what it imports, used to pick the host
//! modules worth evaluating.

use std::collections::{BTreeMap, BTreeSet};

use lib_nix::eval::{EvalIo, Evaluator};
use lib_nix::ir::{BinaryOp, Expr, ExprId, Ir, Param, StrPart};
use lib_nix::{Diagnostic, FileId, SourceDb};

use super::named::NamedHost;
use super::{
    check_host, check_host_loaded, check_host_parsed, hive, list_hosts, Checked, EntryFile, Host,
    KnownHostNames, Listing, Note, ToCheck,
};
use crate::Teardown;

/// What a file is, by its shape.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// `flake.nix` with `outputs`.
    Flake,
    /// A colmena hive or a NixOps network.
    Fleet(hive::Tool),
    /// NixOS systems made as nixpkgs' `nixos/default.nix` makes them, `import
    /// <nixpkgs/nixos> { configuration = ...; }`: one, or a table of them by name (a
    /// channel-era repository's hosts).
    Systems,
    /// A NixOS module that sets what only a whole machine sets (its state version, file
    /// systems, boot loader, host name, an import of hardware-configuration.nix): a host.
    Host,
    /// A NixOS module that declares containers and nothing of a whole machine: checked
    /// as a host when no other host reaches it.
    ContainerModule,
    /// Anything else, as the note about it names it.
    Other(&'static str),
}

/// The role of the file at `path` holding `text`.
pub fn classify(path: &str, text: &str) -> Role {
    classify_parsed(path, &lib_nix::syntax::parse(text))
}

/// [`classify`], and a `default.nix` that makes its systems through a file of the
/// project (`hosts = builtins.mapAttrs (import ./mkHost.nix { ... }) { web = ...; }`,
/// `mkHost.nix` calling nixpkgs' `eval-config.nix`) is a table of systems too: as
/// nixpkgs' own `default.nix`, it is what `nix-build -A hosts.web` builds from.
pub fn classify_with_io(io: &dyn EvalIo, path: &str, text: &str) -> Role {
    let role = classify(path, text);
    if !matches!(role, Role::Other(_)) || lib_nix::path::base_name_of(path) != "default.nix" {
        return role;
    }
    let makes_systems = static_paths(path, text)
        .iter()
        .filter(|written| written.ends_with(".nix") && written.as_str() != path)
        .take(64)
        .any(|written| {
            io.check_access(written).is_ok()
                && io.path_exists(written)
                && !io.is_directory(written)
                && io
                    .read_file(written)
                    .is_ok_and(|text| classify(written, &text) == Role::Systems)
        });
    if makes_systems {
        Role::Systems
    } else {
        role
    }
}

/// [`classify`] for a text already parsed, whose tree the caller goes on to evaluate.
pub fn classify_parsed(path: &str, parsed: &lib_nix::syntax::Parse) -> Role {
    let mut ir = Ir::default();
    let (body, _) = lib_nix::lower::lower(
        &parsed.root,
        FileId::new(0),
        &lib_nix::path::dir_of(path),
        &mut ir,
        &|_| true,
    );
    classify_loaded(path, &ir, body.root)
}

/// [`classify`] for a file already lowered into `ir`, its top expression at `root`: the
/// shape reads no variable, so it is the same whatever scope the file was lowered in.
pub fn classify_loaded(path: &str, ir: &Ir, root: ExprId) -> Role {
    let base = lib_nix::path::base_name_of(path);
    let shape = Shape::of(ir, root);
    if base == "flake.nix" && shape.keys.contains("outputs") {
        return Role::Flake;
    }
    // NixOps calls a network that is a function with the deployment's arguments
    // (`nixops set-args`, none by default): `{ domain ? "example.org", ... }: let ... in
    // { network.description = ...; web = ...; }` is a network too.
    if shape.lambdas <= 1 && shape.nixops_network(ir) {
        return Role::Fleet(hive::Tool::Nixops);
    }
    if shape.keys.contains("meta")
        && shape.lambdas == 0
        && (base == "hive.nix" || shape.keys.contains("defaults"))
    {
        return Role::Fleet(hive::Tool::Colmena);
    }
    // A hive.nix written as a function, which colmena calls with `{ }`: a set of
    // `meta` and machines, none of a NixOS module's options.
    if base == "hive.nix"
        && shape.keys.contains("meta")
        && shape.lambdas == 1
        && !shape.module_keys()
    {
        return Role::Fleet(hive::Tool::Colmena);
    }
    if base == "shell.nix" {
        return Role::Other("a development shell");
    }
    let module_shape =
        shape.module_arguments || (shape.lambdas == 0 && shape.is_attrs && shape.module_keys());
    if !module_shape && makes_nixos_systems(ir, root) {
        return Role::Systems;
    }
    if shape.overlay {
        return Role::Other("an overlay");
    }
    // A module may take a builder among its arguments (`{ config, pkgs, stdenv, ... }:`),
    // or give `pkgs` a default; a body of NixOS options says what it is.
    let module_body = shape.is_attrs && shape.module_keys();
    if shape.package && !(shape.module_arguments && module_body) {
        return Role::Other("a package");
    }
    if shape.build_entry && !module_body {
        return Role::Other("an expression for nix-build");
    }
    // A function of a module's arguments that gives another function is no module: the
    // module system would call it and find a function ("does not look like a module").
    // It is a helper a file calls with `import` (`{ config, lib, ... }: cfg: ...`) or one
    // that makes a module (`{ inputs, ... }: { config, ... }: { ... }`); a host importing
    // it as a module is checked with it.
    if shape.module_arguments && shape.lambdas > 1 && !shape.overlay {
        return Role::Other("a function that gives a module or a helper's value, not a module");
    }
    // A NixOS test (`{ name = "web"; nodes.server = { ... }; containers.client = { ...
    // }; testScript = "..."; }`, the module nixpkgs' `runNixOSTest` evaluates): its
    // `nodes` and `containers` are machines' configurations, not NixOS's containers, and
    // no NixOS configuration declares `testScript`, so NixOS never reads it as a module.
    if shape.is_attrs && shape.keys.contains("testScript") {
        return Role::Other("a NixOS test");
    }
    let module =
        shape.module_arguments || (shape.lambdas == 0 && shape.is_attrs && shape.module_keys());
    if module && (base == "configuration.nix" || shape.host_markers(ir)) {
        return Role::Host;
    }
    if shape.keys.contains("home") {
        return Role::Other("a home-manager module");
    }
    if shape.oci_container_settings(ir) {
        return Role::Other("OCI containers' settings");
    }
    if module && (shape.keys.contains("containers") || shape.keys.contains("imports")) {
        return Role::ContainerModule;
    }
    // `{ lib, ... }: lib.mkIf cond { ... }` and `lib.mkMerge [ ... ]`: a module whose
    // shape shows nothing; checked as a host when nothing reaches it, as before. A
    // function of `{ pkgs }` giving a list of packages is no module.
    if shape.module_arguments && !shape.is_attrs && !shape.plain_value {
        return Role::ContainerModule;
    }
    const CONTAINER_ATTRIBUTES: &[&str] = &[
        "autoStart",
        "privateNetwork",
        "hostAddress",
        "localAddress",
        "bindMounts",
        "ephemeral",
        "hostBridge",
    ];
    if CONTAINER_ATTRIBUTES
        .iter()
        .any(|key| shape.keys.contains(*key))
    {
        return Role::Other("one container's attributes");
    }
    if module && shape.is_attrs && (shape.module_arguments || shape.module_keys()) {
        return Role::Other("a NixOS module");
    }
    if shape.is_attrs {
        return Role::Other("an attribute set");
    }
    Role::Other("a Nix expression")
}

/// The top of a file after its functions, `let`s and `with`s.
struct Shape {
    /// The attribute names at the top (and under a top-level `config`).
    keys: BTreeSet<String>,
    /// The top-level attribute set's entries, when there is one.
    entries: Vec<(String, ExprId)>,
    is_attrs: bool,
    /// How many functions wrap the top.
    lambdas: usize,
    /// The first function takes a module's arguments (`config`, `pkgs`, `lib`, `...`).
    module_arguments: bool,
    /// `final: prev:` / `self: super:` returning a set.
    overlay: bool,
    /// A call at the top (`stdenv.mkDerivation`, `buildGoModule`, or, in a function of
    /// module-like arguments, a builder one of them gives: `pkgs.substituteAll { ... }`,
    /// `writeShellApplication { ... }`) or a function of `stdenv`, `fetchurl` and the like.
    package: bool,
    /// A list, string, number or path at the top: a value, never a module.
    plain_value: bool,
    /// The first function gives its package set a default
    /// (`{ pkgs ? import <nixpkgs> { } }:`): a file `nix-build` calls, which the module
    /// system never needs to.
    build_entry: bool,
}

impl Shape {
    fn of(ir: &Ir, root: ExprId) -> Shape {
        let mut shape = Shape {
            keys: BTreeSet::new(),
            entries: Vec::new(),
            is_attrs: false,
            lambdas: 0,
            module_arguments: false,
            overlay: false,
            package: false,
            plain_value: false,
            build_entry: false,
        };
        let mut current = root;
        let mut plain_parameters = 0;
        // The names the first function's formals bind.
        let mut formals_of_first: Vec<String> = Vec::new();
        // Whether a `with` above opens a set one of those gives (`with pkgs.python3Packages;`).
        let mut with_given = false;
        // The bindings of the `let` just passed, for a body that is one of its names.
        let mut let_bindings: Option<&[ExprId]> = None;
        // `let a = b; b = a; in a` must not loop.
        let mut steps = 0;
        loop {
            steps += 1;
            if steps > 64 {
                break;
            }
            // Only the expression right below a `let` sees its frame at `up: 0`.
            let frame = let_bindings.take();
            match ir.expr(current) {
                Expr::Lambda(lambda) => {
                    match &lambda.param {
                        Param::Ident(_) => plain_parameters += 1,
                        Param::Formals {
                            formals, ellipsis, ..
                        } => {
                            let names: Vec<&str> =
                                formals.iter().map(|f| f.name.as_str()).collect();
                            if shape.lambdas == 0 {
                                formals_of_first = names.iter().map(|n| (*n).to_owned()).collect();
                                // The module system gives every argument a module
                                // names, so a default is never read there: `config ?
                                // { }` is nixpkgs' `config` passed through and `sources ?
                                // import ./sources.nix` niv's pins (niv's `nix/default.nix`).
                                shape.build_entry = formals.iter().any(|formal| {
                                    matches!(
                                        formal.name.as_str(),
                                        "pkgs" | "nixpkgs" | "sources" | "config"
                                    ) && formal.default.is_some()
                                });
                            }
                            const PACKAGE_ARGUMENTS: &[&str] = &[
                                "stdenv",
                                "stdenvNoCC",
                                "fetchurl",
                                "fetchFromGitHub",
                                "buildGoModule",
                                "rustPlatform",
                                "buildPythonPackage",
                                "mkDerivation",
                                "writeShellScriptBin",
                                "runCommand",
                                "mkShell",
                            ];
                            if names.iter().any(|n| PACKAGE_ARGUMENTS.contains(n)) {
                                shape.package = true;
                            }
                            const MODULE_ARGUMENTS: &[&str] =
                                &["config", "lib", "pkgs", "modulesPath", "options"];
                            // The module system calls a module with `config`, `options`,
                            // `lib` and `specialArgs` whatever it asks for, so a function
                            // without `...` that does not take `config` is none: it is
                            // called with its own arguments (`{ lib, fetchgit }:`, a
                            // package `callPackage` calls).
                            let callable_as_module = *ellipsis || names.contains(&"config");
                            if shape.lambdas == 0
                                && callable_as_module
                                && (*ellipsis || names.iter().any(|n| MODULE_ARGUMENTS.contains(n)))
                            {
                                shape.module_arguments = true;
                            }
                        }
                    }
                    shape.lambdas += 1;
                    current = lambda.body;
                }
                Expr::Let { bindings, body } => {
                    // `let inherit (pkgs) stdenv fetchurl; in stdenv.mkDerivation { ... }`:
                    // builders taken from an argument are given by it too.
                    for binding in bindings.iter() {
                        if let Expr::InheritFrom { from, name } = ir.expr(*binding) {
                            if let Expr::Local { name: source, .. } = ir.expr(*from) {
                                if formals_of_first.iter().any(|f| f == source.as_str()) {
                                    formals_of_first.push(name.as_str().to_owned());
                                }
                            }
                        }
                    }
                    let_bindings = Some(bindings);
                    current = *body;
                }
                Expr::With { namespace, body } => {
                    with_given |= given_root(ir, *namespace, &formals_of_first);
                    current = *body;
                }
                Expr::Assert { body, .. } => {
                    current = *body;
                }
                // `let tested = pkgs.callPackage ./tests { }; in tested`: the body is what
                // that binding is.
                Expr::Local { up: 0, slot, .. }
                    if frame.is_some_and(|bindings| (*slot as usize) < bindings.len()) =>
                {
                    current = frame.expect("checked above")[*slot as usize];
                }
                // `{ pkgs, ... }: pkgs.kanidm`: a package of the set, not a module.
                Expr::Select { set, .. }
                    if shape.lambdas > 0
                        && matches!(ir.expr(*set), Expr::Local { name, .. } if name.as_str() == "pkgs") =>
                {
                    shape.package = true;
                    break;
                }
                // `with builtins; __trace "morph eval" { network = ...; }`: the value
                // traced is what the file is.
                Expr::Apply { function, argument } if is_trace_of(ir, *function) => {
                    current = *argument;
                }
                Expr::Apply { .. } => {
                    if shape.lambdas > 0
                        && (!shape.module_arguments
                            || calls_a_given_builder(ir, current, &formals_of_first, with_given)
                            || calls_a_builder_bound_above(
                                ir,
                                current,
                                frame,
                                &formals_of_first,
                                with_given,
                            ))
                    {
                        shape.package = true;
                    }
                    break;
                }
                // `(writeShellApplication { ... }) // { meta = ...; }`: the package's
                // own attributes added to the builder's result.
                Expr::Binary {
                    op: lib_nix::ir::BinaryOp::Update,
                    left,
                    ..
                } if shape.lambdas > 0
                    && matches!(ir.expr(*left), Expr::Apply { .. })
                    && calls_a_given_builder(ir, *left, &formals_of_first, with_given) =>
                {
                    shape.package = true;
                    break;
                }
                // `{ meta = ...; defaults = ...; } // nodes`: a set written out, with more
                // added by an expression, shows its keys in the part written out.
                Expr::Binary {
                    op: lib_nix::ir::BinaryOp::Update,
                    left,
                    ..
                } if shape.lambdas == 0 && matches!(ir.expr(*left), Expr::Attrs(_)) => {
                    current = *left;
                }
                Expr::List(_)
                | Expr::Str(_)
                | Expr::Int(_)
                | Expr::Float(_)
                | Expr::Path { .. } => {
                    shape.plain_value = true;
                    break;
                }
                // `{ config }: config ? network && config.network ? ip`: a truth or a
                // number, never a module.
                Expr::HasAttr { .. }
                | Expr::Unary { .. }
                | Expr::Binary {
                    op:
                        BinaryOp::And
                        | BinaryOp::Or
                        | BinaryOp::Implication
                        | BinaryOp::Equal
                        | BinaryOp::NotEqual
                        | BinaryOp::Less
                        | BinaryOp::LessOrEqual
                        | BinaryOp::Greater
                        | BinaryOp::GreaterOrEqual
                        | BinaryOp::Sub
                        | BinaryOp::Mul
                        | BinaryOp::Div,
                    ..
                } => {
                    shape.plain_value = true;
                    break;
                }
                // `{ config }: config.network.ip`: a value read from the `config` it is
                // given, which a script passes with `nix-instantiate --arg config`. No
                // module is that: the module system would need the whole configuration
                // to find the module's own definitions (infinite recursion).
                Expr::Select { set, .. }
                    if shape.lambdas > 0
                        && matches!(ir.expr(*set), Expr::Local { name, .. } if name.as_str() == "config") =>
                {
                    shape.plain_value = true;
                    break;
                }
                Expr::Attrs(attrs) => {
                    shape.is_attrs = true;
                    for entry in &attrs.entries {
                        shape.keys.insert(entry.name.as_str().to_owned());
                        shape
                            .entries
                            .push((entry.name.as_str().to_owned(), entry.value));
                        if entry.name.as_str() == "config" {
                            if let Expr::Attrs(config) = ir.expr(entry.value) {
                                for inner in &config.entries {
                                    shape.keys.insert(inner.name.as_str().to_owned());
                                    shape
                                        .entries
                                        .push((inner.name.as_str().to_owned(), inner.value));
                                }
                            }
                        }
                    }
                    break;
                }
                _ => break,
            }
        }
        shape.overlay = plain_parameters == 2 && shape.lambdas == 2 && shape.is_attrs;
        shape
    }

    /// Whether the set has NixOps' `network` (`network.description = "...";`), which is
    /// a set: a set of data whose `network` is a string or a number
    /// (`{ network = "192.168.2.0/24"; hosts = { ... }; }`, imported by hosts) is no
    /// NixOps network, and NixOps would refuse it as one; nor is a set whose other
    /// attributes are not all machines.
    fn nixops_network(&self, ir: &Ir) -> bool {
        let scalar = |value: ExprId| {
            matches!(
                ir.expr(value),
                Expr::Str(_) | Expr::Int(_) | Expr::Float(_) | Expr::List(_)
            )
        };
        // A set written out whose own attributes hold text or numbers is a record of
        // data (`host = { name = "h003"; overlayIp = "100.64.0.14"; };`), not a machine:
        // a module keeps its values one level down (`networking.hostName = "h003";`).
        let record = |value: ExprId| match ir.expr(value) {
            Expr::Attrs(attrs) => attrs.entries.iter().any(|entry| {
                !matches!(entry.name.as_str(), "_file" | "key")
                    && matches!(
                        ir.expr(entry.value),
                        Expr::Str(_) | Expr::Int(_) | Expr::Float(_)
                    )
            }),
            _ => false,
        };
        // NixOps and morph read a few settings of their own from `network`: a `network`
        // written out with none of them (`network = { ip = "10.10.1.2"; bridge = "br0";
        // }` beside `configuration = { pkgs, ip, ... }: { ... }`, the description of a
        // container another tool makes) is that tool's data.
        const NETWORK_SETTINGS: &[&str] = &[
            "description",
            "enableRollback",
            "enableState",
            "storage",
            "lock",
            "nixpkgs",
            "pkgs",
            "lib",
            "ordering",
            "evalConfig",
            "specialArgs",
            "runTests",
        ];
        let foreign_settings = |value: ExprId| match ir.expr(value) {
            Expr::Attrs(attrs) => {
                !attrs.entries.is_empty()
                    && !attrs
                        .entries
                        .iter()
                        .any(|entry| NETWORK_SETTINGS.contains(&entry.name.as_str()))
            }
            _ => false,
        };
        // Every other attribute is a machine (a module) or `defaults`, `resources`: a
        // number, text or list among them, or a record of data, makes the set data that
        // happens to have a `network` (an application's settings, `network = { wifi =
        // true; }; version = 39;`, a host's constants beside the network it routes).
        self.entries.iter().any(|(key, value)| {
            key == "network"
                && !scalar(*value)
                && !matches!(ir.expr(*value), Expr::Path { .. } | Expr::Lambda(_))
                && !foreign_settings(*value)
        }) && !self
            .entries
            .iter()
            .any(|(key, value)| key != "network" && (scalar(*value) || record(*value)))
    }

    /// Whether the file is a set of no function whose `containers` are each an image's
    /// settings (`{ containers.wiki = { image = "..."; ports = [ ... ]; }; environment =
    /// { WIKI_URL = "..."; }; }`): NixOS's containers have no `image`, which an OCI
    /// container must have, so this is data a project reads with `import` to make
    /// `virtualisation.oci-containers` entries, not a module
    /// (`testdata/repos/flake-oci-container-settings`). A module written as a function,
    /// or one with `imports`, `options` or `config`, that sets an `image` on a NixOS
    /// container stays one.
    fn oci_container_settings(&self, ir: &Ir) -> bool {
        if self.lambdas != 0
            || ["imports", "options", "config"]
                .iter()
                .any(|key| self.keys.contains(*key))
        {
            return false;
        }
        let Some(containers) = self.containers(ir) else {
            return false;
        };
        !containers.entries.is_empty()
            && containers.entries.iter().all(|container| {
                matches!(ir.expr(container.value), Expr::Attrs(settings)
                    if settings.entries.iter().any(|e| e.name.as_str() == "image"))
            })
    }

    /// The set written at the top's `containers`, when it is one.
    fn containers<'ir>(&self, ir: &'ir Ir) -> Option<&'ir lib_nix::ir::AttrsExpr> {
        let (_, containers) = self.entries.iter().find(|(key, _)| key == "containers")?;
        match ir.expr(*containers) {
            Expr::Attrs(containers) => Some(containers),
            _ => None,
        }
    }

    /// Whether a container the set declares sets extra-container's options
    /// (`containers.demo.extra.addressPrefix = "10.250.0";`), which only extra-container's
    /// module declares. A container may be named as it is written or by an expression
    /// (`containers.${builtins.readFile ./name} = { extra = { ... }; }`, a file a script
    /// fills in before `extra-container create`).
    fn sets_extra_container_options(&self, ir: &Ir) -> bool {
        let Some(containers) = self.containers(ir) else {
            return false;
        };
        let named = containers.entries.iter().map(|container| container.value);
        let computed = containers.dynamic.iter().map(|container| container.value);
        named.chain(computed).any(|container| {
            matches!(ir.expr(container), Expr::Attrs(options)
                if options.entries.iter().any(|e| e.name.as_str() == "extra"))
        })
    }

    /// Whether the set has a key only a NixOS module has at its top.
    fn module_keys(&self) -> bool {
        const KEYS: &[&str] = &[
            "imports",
            "options",
            "config",
            "containers",
            "services",
            "networking",
            "boot",
            "system",
            "environment",
            "users",
            "systemd",
            "security",
            "programs",
            "hardware",
            "fileSystems",
            "nix",
            "nixpkgs",
            "virtualisation",
            "time",
            "i18n",
            "fonts",
            "console",
            "documentation",
            "xdg",
            "powerManagement",
            "swapDevices",
        ];
        KEYS.iter().any(|key| self.keys.contains(*key))
    }

    /// Whether the module sets something only a whole machine sets.
    fn host_markers(&self, ir: &Ir) -> bool {
        let child = |name: &str, child: &str| {
            self.entries.iter().any(|(key, value)| {
                key == name
                    && matches!(ir.expr(*value), Expr::Attrs(set)
                        if set.entries.iter().any(|e| e.name.as_str() == child))
            })
        };
        if self.keys.contains("fileSystems")
            || child("system", "stateVersion")
            || child("boot", "loader")
            || child("networking", "hostName")
        {
            return true;
        }
        self.entries.iter().any(|(key, value)| {
            key == "imports" && {
                let mut found = false;
                walk_paths(ir, *value, &mut |path| {
                    found |= path.ends_with("hardware-configuration.nix");
                });
                found
            }
        })
    }
}

/// Arguments a module is given that are no package set: neither a builder nor a `with`
/// of one comes from them.
const NOT_BUILDERS: &[&str] = &[
    "lib",
    "config",
    "options",
    "modulesPath",
    "name",
    "specialArgs",
];

/// Whether the call at `call` is of a builder one of `formals` gives
/// (`pkgs.substituteAll { ... }`, `writeShellApplication { ... }`,
/// `dockerTools.buildImage { ... }`): the body of a package a `callPackage` calls, not of
/// a module. A call of the module system's own functions (`lib.mkIf`, `pkgs.lib.mkMerge`),
/// of `lib` or `builtins`, or of a name the file binds itself is not one.
fn calls_a_given_builder(ir: &Ir, call: ExprId, formals: &[String], with_given: bool) -> bool {
    const MODULE_FUNCTIONS: &[&str] = &[
        "mkIf",
        "mkMerge",
        "mkDefault",
        "mkForce",
        "mkOverride",
        "mkOrder",
        "mkBefore",
        "mkAfter",
        "mkOptionDefault",
        "mkImageMediaOverride",
        "mkVMOverride",
    ];
    // Down to the variable the call starts from, through calls, selections and `with`s
    // (`(writeShellApplication { ... }).overrideAttrs f`,
    // `(with dotnetCorePackages; combinePackages [ ... ]).overrideAttrs f`).
    let mut head = call;
    let mut path: Vec<&str> = Vec::new();
    let mut with_given = with_given;
    loop {
        match ir.expr(head) {
            Expr::Apply { function, .. } => head = *function,
            Expr::With { namespace, body } => {
                with_given |= given_root(ir, *namespace, formals);
                head = *body;
            }
            Expr::Select {
                set, path: keys, ..
            } => {
                for key in keys.iter() {
                    match key {
                        lib_nix::ir::AttrKey::Static(name) => path.push(name.as_str()),
                        lib_nix::ir::AttrKey::Dynamic(_) => return false,
                    }
                }
                head = *set;
            }
            _ => break,
        }
    }
    let root = match ir.expr(head) {
        Expr::Local { name, .. } => name.as_str(),
        // `with pkgs.python3Packages; buildPythonApplication { ... }` (a name the `with`
        // gives, or a global where the file was lowered with every free name global).
        Expr::WithVar { name } | Expr::Global { name } => {
            return with_given
                && !MODULE_FUNCTIONS.contains(&name.as_str())
                && !matches!(name.as_str(), "import" | "builtins" | "throw" | "abort")
                && !path.iter().any(|name| MODULE_FUNCTIONS.contains(name));
        }
        _ => return false,
    };
    if path.iter().any(|name| MODULE_FUNCTIONS.contains(name)) || NOT_BUILDERS.contains(&root) {
        return false;
    }
    formals.iter().any(|formal| formal == root)
}

/// Whether `call` starts from a name the `let` just above binds to what a builder one of
/// the first function's arguments gives makes (`let vmTools = pkgs.callPackage ...; in
/// vmTools.runInLinuxVM (pkgs.runCommand ...)`): a package made in the file, called
/// with its own arguments, not a module.
fn calls_a_builder_bound_above(
    ir: &Ir,
    call: ExprId,
    frame: Option<&[ExprId]>,
    formals: &[String],
    with_given: bool,
) -> bool {
    let Some(bindings) = frame else {
        return false;
    };
    let mut head = call;
    while let Expr::Apply {
        function: inner, ..
    }
    | Expr::Select { set: inner, .. } = ir.expr(head)
    {
        head = *inner;
    }
    let Expr::Local { up: 0, slot, .. } = ir.expr(head) else {
        return false;
    };
    let Some(bound) = bindings.get(*slot as usize) else {
        return false;
    };
    matches!(ir.expr(*bound), Expr::Apply { .. })
        && calls_a_given_builder(ir, *bound, formals, with_given)
}

/// Whether `expr` (a `with`'s namespace) is, or is selected from, an argument the first
/// function takes that can be a package set (`pkgs`, `pkgs.python3Packages`), not `lib`.
fn given_root(ir: &Ir, expr: ExprId, formals: &[String]) -> bool {
    let mut head = expr;
    while let Expr::Select { set, .. } = ir.expr(head) {
        head = *set;
    }
    matches!(ir.expr(head), Expr::Local { name, .. }
        if formals.iter().any(|f| f == name.as_str()) && !NOT_BUILDERS.contains(&name.as_str()))
}

/// Calls `each` with every path literal under `expr` (its literal text, joined).
fn walk_paths(ir: &Ir, expr: ExprId, each: &mut dyn FnMut(&str)) {
    walk(ir, expr, &mut |_, node| {
        if let Expr::Path { base, parts } = node {
            let mut text = String::new();
            for part in parts {
                if let StrPart::Literal(literal) = part {
                    text.push_str(literal);
                }
            }
            let joined = if text.starts_with('/') {
                text
            } else {
                format!("{base}/{text}")
            };
            each(&lib_nix::path::canonicalize(&joined));
        }
    });
}

/// Calls `each` with every expression under `expr` that evaluation may reach.
fn walk(ir: &Ir, expr: ExprId, each: &mut dyn FnMut(ExprId, &Expr)) {
    let mut stack = vec![expr];
    while let Some(id) = stack.pop() {
        let node = ir.expr(id);
        each(id, node);
        match node {
            Expr::Str(parts) => stack.extend(parts.iter().filter_map(|p| match p {
                StrPart::Interpolation(id) => Some(*id),
                StrPart::Literal(_) => None,
            })),
            Expr::Select { set, default, .. } => {
                stack.push(*set);
                stack.extend(*default);
            }
            Expr::HasAttr { set, .. } => stack.push(*set),
            Expr::Attrs(attrs) => {
                stack.extend(attrs.entries.iter().map(|e| e.value));
                stack.extend(attrs.dynamic.iter().flat_map(|d| [d.key, d.value]));
            }
            Expr::List(items) => stack.extend(items.iter().copied()),
            Expr::Lambda(lambda) => {
                stack.push(lambda.body);
                if let Param::Formals { formals, .. } = &lambda.param {
                    stack.extend(formals.iter().filter_map(|f| f.default));
                }
            }
            Expr::Apply { function, argument } => stack.extend([*function, *argument]),
            Expr::If {
                condition,
                then,
                otherwise,
            } => stack.extend([*condition, *then, *otherwise]),
            Expr::Let { bindings, body } => {
                stack.extend(bindings.iter().copied());
                stack.push(*body);
            }
            Expr::With { namespace, body } => stack.extend([*namespace, *body]),
            Expr::Assert { condition, body } => stack.extend([*condition, *body]),
            Expr::Unary { operand, .. } => stack.push(*operand),
            Expr::Binary { left, right, .. } => stack.extend([*left, *right]),
            Expr::InheritFrom { from, .. } => stack.push(*from),
            _ => {}
        }
    }
}

/// Whether `function` is `trace message` (`builtins.trace`, `__trace`, or `trace` under
/// `with builtins;`), whose call gives its second argument.
fn is_trace_of(ir: &Ir, function: ExprId) -> bool {
    let Expr::Apply { function, .. } = ir.expr(function) else {
        return false;
    };
    match ir.expr(*function) {
        Expr::Global { name } => name.as_str() == "__trace",
        Expr::WithVar { name } => name.as_str() == "trace",
        Expr::Select {
            set,
            path,
            default: None,
        } => {
            matches!(ir.expr(*set), Expr::Global { name } if name.as_str() == "builtins")
                && matches!(path.as_ref(), [lib_nix::ir::AttrKey::Static(name)] if name.as_str() == "trace")
        }
        _ => false,
    }
}

/// Whether the expression at `root` makes a NixOS system as nixpkgs' `nixos/default.nix`
/// does, `import <nixpkgs/nixos> { configuration = ...; }`, or as its
/// `nixos/lib/eval-config.nix` does, `import (sources.nixpkgs +
/// "/nixos/lib/eval-config.nix") { modules = ...; }`, somewhere in it.
fn makes_nixos_systems(ir: &Ir, root: ExprId) -> bool {
    let global = |id: ExprId, wanted: &str| matches!(ir.expr(id), Expr::Global { name } if name.as_str() == wanted);
    // `<nixpkgs/nixos>`, lowered as `__findFile __nixPath "nixpkgs/nixos"`.
    let nixos_lookup = |id: ExprId| match ir.expr(id) {
        Expr::Apply { function, argument } => {
            matches!(ir.expr(*function), Expr::Apply { function, .. } if global(*function, "__findFile"))
                && matches!(ir.expr(*argument), Expr::Str(parts)
                    if matches!(parts.as_slice(), [StrPart::Literal(text)]
                        if matches!(text.trim_end_matches('/'), "nixpkgs/nixos" | "nixpkgs/nixos/default.nix")))
        }
        _ => false,
    };
    let mut found = false;
    walk(ir, root, &mut |_, node| {
        if let Expr::Apply { function, argument } = node {
            let imports_nixos = matches!(ir.expr(*function), Expr::Apply { function, argument }
                if global(*function, "import") && nixos_lookup(*argument));
            let configured = matches!(ir.expr(*argument), Expr::Attrs(attrs)
                if attrs.entries.iter().any(|e| e.name.as_str() == "configuration"));
            let imports_eval_config = matches!(ir.expr(*function), Expr::Apply { function, argument }
                if global(*function, "import") && names_eval_config(ir, *argument));
            let given_modules = matches!(ir.expr(*argument), Expr::Attrs(attrs)
                if attrs.entries.iter().any(|e| e.name.as_str() == "modules"));
            found |= (imports_nixos && configured) || (imports_eval_config && given_modules);
        }
    });
    found
}

/// Whether the expression at `path` is written to name nixpkgs'
/// `nixos/lib/eval-config.nix`: a string (or a search path) ending so, whatever source
/// comes before it.
fn names_eval_config(ir: &Ir, path: ExprId) -> bool {
    let mut found = false;
    walk(ir, path, &mut |_, node| {
        if let Expr::Str(parts) = node {
            found |= parts.iter().any(|part| {
                matches!(part, StrPart::Literal(text)
                    if text.trim_end_matches('/').ends_with("nixos/lib/eval-config.nix"))
            });
        }
    });
    found
}

/// Every path the file at `path` writes as a literal, absolute and normalised.
pub fn static_paths(path: &str, text: &str) -> Vec<String> {
    let parsed = lib_nix::syntax::parse(text);
    let mut ir = Ir::default();
    let (body, _) = lib_nix::lower::lower(
        &parsed.root,
        FileId::new(0),
        &lib_nix::path::dir_of(path),
        &mut ir,
        &|_| true,
    );
    let mut paths = Vec::new();
    walk_paths(&ir, body.root, &mut |p| paths.push(p.to_owned()));
    paths.sort();
    paths.dedup();
    paths
}

/// The paths of the project's own checkout that `text` looks up through the search
/// path (`<infra/modules/nixos>`, where `<infra>` is the checkout: see
/// [`super::checkout`]), absolute and normalised.
fn own_checkout_paths(io: &dyn EvalIo, text: &str) -> Vec<String> {
    lib_nix::syntax::search_path_lookups(text)
        .into_iter()
        .filter_map(|lookup| {
            let (name, inner) = lookup.split_once('/').unwrap_or((lookup, ""));
            let directory = io.search_path_entry(name)?;
            Some(lib_nix::path::canonicalize(&format!("{directory}/{inner}")))
        })
        .collect()
}

/// Whether a path literal `written` may lead to `file`: it names the file, its
/// directory's `default.nix`, or a directory above it (`./containers` read by
/// `readDir`, `./.`).
fn may_lead_to(written: &str, file: &str) -> bool {
    let written = written.trim_end_matches('/');
    file == written
        || file.starts_with(&format!("{written}/"))
        || (written.is_empty() && file.starts_with('/'))
}

/// What checking a set of files found.
#[derive(Default)]
pub struct Outcome {
    /// The hosts checked whose diagnostics belong in the report, in order.
    pub checked: Vec<Checked>,
    /// Entry files whose hosts could not be listed (a syntax error in flake.nix).
    pub listings: Vec<Listing>,
    /// Files no host reaches that do not parse: their syntax errors.
    pub unparsed: Vec<(EntryFile, Vec<Diagnostic>, SourceDb)>,
    /// One line each: files skipped, hosts not checked.
    pub notes: Vec<Note>,
    /// Hosts named one by one (`.#web`) that their entry file does not declare, each
    /// with the hosts it does declare.
    pub missing: Vec<(NamedHost, Vec<Host>)>,
}

/// The project around the files: where it is and the hosts it declares.
#[derive(Clone)]
pub struct Project {
    /// The directory nothing is read outside of.
    pub root: String,
    /// The hosts ncc.toml names, else the flake's, else the hive's; with each entry
    /// file's text.
    pub entries: Vec<(EntryFile, String)>,
    /// Hosts named one by one (`.#web`): only these of their entry files are checked.
    pub only: Option<Vec<NamedHost>>,
}

/// Checks `files` (each with its text) as pre-commit gives them: every host that
/// reaches one, once; `generate` also makes each plan.
pub fn check_files<'io>(
    project: &Project,
    files: &[(EntryFile, String)],
    io: &'io (dyn EvalIo + Sync),
    generate: bool,
    teardown: Teardown,
) -> Outcome {
    let mut outcome = Outcome::default();
    // The evaluator of the host checked last: each is freed when the next host's check
    // is done, and the last one ends as `teardown` says (a command line about to exit
    // leaves it to the operating system).
    let mut last: Option<Evaluator<'io>> = None;
    let mut done = |(checked, ev): (Checked, Evaluator<'io>)| {
        last = Some(ev);
        checked
    };
    let mut checked: Vec<Checked> = Vec::new();

    // 1. The project's hosts.
    let (project_hosts, declares_none) = project_hosts(project, io, &mut outcome);
    // A flake with no NixOS host (only `darwinConfigurations`, or a repository's
    // development shell): the flakes, fleets and tables of systems below it (each
    // machine's own `hosts/web/flake.nix`, a morph network, a colmena hive) are the
    // project's hosts. With nothing given, every one below is checked; with files given,
    // those in the directories above each file, checked first so that a module one of
    // them reads is checked through it (found by name: pre-commit's every commit does
    // not parse the whole repository). Not its host modules: beside such a flake they
    // are as likely nix-darwin's or home-manager's.
    let mut below = match (project.only.is_none() && declares_none, files.is_empty()) {
        (false, _) => Vec::new(),
        (true, true) => declared_below_entries(project, io),
        (true, false) => declared_above_files(project, files, io),
    };
    let hosts: Vec<ToCheck> = project_hosts
        .iter()
        .map(|(h, t, names)| (h, t.as_str(), names.as_ref()))
        .collect();
    checked.extend(super::parallel::check_hosts(&hosts, io, generate, teardown));
    // A file given that none of the project's hosts reads, inside a flake, hive or
    // network of its own below the project's (a template's `templates/starter/flake.nix`
    // whose host imports it): checked through that one, as the editor checks it, not
    // on its own.
    if below.is_empty() && !project_hosts.is_empty() && project.only.is_none() {
        let unreached: Vec<(EntryFile, String)> = files
            .iter()
            .filter(|(file, _)| !reached(&checked, &file.path))
            .cloned()
            .collect();
        below = declared_above_files(project, &unreached, io);
    }
    if declares_none && !below.is_empty() {
        for note in &mut outcome.notes {
            if project.entries.iter().any(|(e, _)| e.name == note.file) {
                note.message = "declares no host (no nixosConfigurations, colmena or machine): the hosts declared below it are checked".to_owned();
            }
        }
    }
    let nothing_given = files.is_empty();
    let given: BTreeSet<&str> = match nothing_given {
        true => below.iter().map(|(f, _)| f.path.as_str()).collect(),
        false => files.iter().map(|(f, _)| f.path.as_str()).collect(),
    };
    // What was found below and not given: checked for the files given it reads.
    let unasked = |path: &str| match nothing_given {
        true => false,
        false => !given.contains(path),
    };
    let files: Vec<&(EntryFile, String)> = below
        .iter()
        .filter(|(f, _)| files.iter().all(|(g, _)| g.path != f.path))
        .chain(files)
        .collect();
    let mut relevant_entries: BTreeSet<String> = BTreeSet::new();
    // A module checked as a host because none of the hosts the project declares (ncc.toml,
    // a flake, a hive) reaches it is a guess at its context: see [`hold_context_errors`].
    // Without such hosts, the files given are the hosts, checked whole.
    // A `hive.nix` ncc does not read as a hive (`(import ./.).colmena`, a hive computed by
    // the repository's own code) still says the machines are its nodes, given what its
    // `defaults` and `specialArgs` give them (an extended `lib`, arguments): checked on
    // their own, they are as much a guess.
    let unread_hive = project.entries.is_empty()
        && io.path_exists(&format!("{}/hive.nix", project.root.trim_end_matches('/')));
    let project_declares_hosts = !project.entries.is_empty() || unread_hive;

    // An entry file given is listed here, whether or not it gives hosts: not again below.
    for (entry, _) in &project.entries {
        if given.contains(entry.path.as_str()) && project.only.is_none() {
            relevant_entries.insert(entry.path.clone());
        }
    }
    for (host, ..) in &project_hosts {
        if given.contains(host.entry.path.as_str()) || files.is_empty() {
            relevant_entries.insert(host.entry.path.clone());
        }
    }
    // The project's hosts whose evaluation stopped before their modules were all known
    // (an import of a file that does not exist, an attribute missing from the table that
    // lists a host's modules): a file none of the others reaches may be one of theirs.
    let stopped = checked
        .iter()
        .filter(|this| this.compilation.host.is_none() && this.compilation.has_errors())
        .map(|this| this.host.label())
        .collect::<Vec<_>>();
    let stopped = match stopped.as_slice() {
        [] => String::new(),
        [one] => format!(
            "{one} stopped with an error before all of its modules were known, and may read it"
        ),
        many => format!(
            "{} stopped with an error before all of their modules were known, and may read it",
            many.join(", ")
        ),
    };
    let context = match unread_hive {
        true => Context::UnreadHive,
        false => Context::NotReached { stopped: &stopped },
    };
    let as_module_host = |mut checked: Checked| {
        if project_declares_hosts {
            hold_context_errors(&mut checked, context);
        }
        checked
    };

    // 1b. Without hosts the project declares, the machines a module above the files makes
    //     through a link git ignores (`./host/configuration.nix`, each machine's `host`
    //     linked to its `hosts/<machine>`): checked as that machine evaluates them, so a
    //     host's `../services` is read where the link puts it, and the host module is not
    //     checked again on its own (see [`super::linked`]).
    if project.entries.is_empty() {
        for linked in super::linked::hosts_through_ignored_links(io, &project.root, &files) {
            if checked.iter().any(|c| c.host == linked.host) {
                continue;
            }
            let through = super::linked::LinkedIo {
                inner: io,
                link: linked.link.clone(),
                target: linked.target.clone(),
            };
            let (mut host, ev) = check_host(&linked.host, &linked.text, &through, generate);
            drop(ev);
            super::linked::name_files_as_they_are(&mut host);
            checked.push(host);
        }
    }

    // 2. The files given that are whole hosts, unless a host already reads them. Each is
    //    parsed and lowered once: into a fresh evaluator, which goes on to check it when
    //    it is a host, or into the one evaluator of the files that are not (`spare`,
    //    whose diagnostics step 5 reports), where a host is lowered anew.
    let mut others: Vec<(&EntryFile, &'static str, Vec<Diagnostic>)> = Vec::new();
    let mut fragments: Vec<(&EntryFile, &str, Loaded)> = Vec::new();
    let mut spare: Option<Evaluator> = None;
    // With more than one core, the files given that are hosts are checked after this
    // loop, all at once (each parsed anew on its worker): each with the place it would
    // have taken among the hosts checked here, so that the order of the results is the
    // same on every machine.
    let at_once = files.len() > 1 && super::parallel::workers() > 1;
    let mut deferred: Vec<(usize, Host, &str)> = Vec::new();
    for (file, text) in files {
        if relevant_entries.contains(&file.path) {
            continue;
        }
        let parsed = lib_nix::syntax::parse(text);
        // The tree is kept only for a host lowered among the other files.
        let kept = spare.is_some().then(|| parsed.clone());
        let mut ev = spare.take().unwrap_or_else(|| super::host_evaluator(io));
        let (body, diagnostics) = ev.load_parsed_source(&file.name, &file.path, text, parsed);
        let role = classify_loaded(&file.path, &ev.ir, body.root);
        let loaded = match (role, kept) {
            (Role::Other(what), _) => {
                others.push((file, what, diagnostics));
                spare = Some(ev);
                continue;
            }
            (_, None) => Loaded::Ready(Box::new(ev), (body, diagnostics)),
            (_, Some(parsed)) => {
                spare = Some(ev);
                Loaded::Parsed(parsed)
            }
        };
        match role {
            Role::Other(_) => {}
            Role::ContainerModule => fragments.push((file, text, loaded)),
            Role::Flake | Role::Fleet(_) | Role::Systems | Role::Host => {
                if reached(&checked, &file.path) {
                    continue;
                }
                // A declaration found below that no file given leads to is kept only
                // for the hosts that read one.
                if given.contains(file.path.as_str()) {
                    relevant_entries.insert(file.path.clone());
                }
                if role == Role::Host && at_once {
                    deferred.push((checked.len(), Host::module(file.clone()), text));
                    continue;
                }
                if role == Role::Host {
                    let host = done(loaded.check(&Host::module(file.clone()), text, io, generate));
                    checked.push(as_module_host(host));
                    continue;
                }
                let listing = list_hosts(file, text, io);
                // What a declaration found below says of itself is said when it is given,
                // or when it was found with nothing given and declares hosts (a flake
                // declaring none, a template's or a package's, was not asked about).
                if !(unasked(&file.path) || nothing_given && listing.declares_none) {
                    outcome.notes.extend(listing.notes.iter().cloned());
                }
                let hosts: Vec<ToCheck> = listing
                    .hosts
                    .iter()
                    .map(|host| (host, text.as_str(), listing.host_names.as_ref()))
                    .collect();
                checked.extend(super::parallel::check_hosts(&hosts, io, generate, teardown));
                if !listing.diagnostics.is_empty() && !unasked(&file.path) {
                    outcome.listings.push(listing);
                }
            }
        }
    }

    if !deferred.is_empty() {
        let hosts: Vec<ToCheck> = deferred.iter().map(|(_, h, t)| (h, *t, None)).collect();
        let results = super::parallel::check_hosts(&hosts, io, generate, teardown);
        // From the last, so that each place is still where it was taken; hosts deferred
        // at one place keep their order.
        for ((at, ..), host) in deferred.iter().zip(results).rev() {
            checked.insert(*at, as_module_host(host));
        }
    }

    // 3. Files still not reached: the repository's host modules that may import them
    //    (when the project declares no hosts of its own), then each module that declares
    //    containers on its own, as a host.
    let unreached: Vec<&str> = others
        .iter()
        .map(|(file, ..)| file.path.as_str())
        .chain(fragments.iter().map(|(file, ..)| file.path.as_str()))
        .filter(|path| !reached(&checked, path))
        .collect();
    if !unreached.is_empty() && project_hosts.is_empty() {
        for candidate in host_modules_reaching(io, &project.root, &unreached, &checked) {
            let Ok(text) = io.read_file(&candidate) else {
                continue;
            };
            if reached(&checked, &candidate) {
                continue;
            }
            let entry = EntryFile {
                name: display_name(&project.root, &candidate),
                path: candidate,
            };
            let host = done(check_host(&Host::module(entry), &text, io, generate));
            checked.push(as_module_host(host));
        }
    }
    for (file, text, loaded) in fragments {
        if reached(&checked, &file.path) {
            continue;
        }
        relevant_entries.insert(file.path.clone());
        let host = done(loaded.check(&Host::module(file.clone()), text, io, generate));
        checked.push(as_module_host(host));
    }

    // 4. Keep the hosts a given file (or the project) asks for; a module host that
    //    another host reads is shown through that one.
    let keep: Vec<bool> = checked
        .iter()
        .enumerate()
        .map(|(index, this)| {
            let asked = relevant_entries.contains(&this.host.entry.path)
                || this.files.iter().any(|f| given.contains(f.as_str()));
            let inside_another = this.host.kind == super::HostKind::Module
                && checked.iter().enumerate().any(|(other, that)| {
                    other != index
                        && that.host.entry.path != this.host.entry.path
                        && that.files.contains(&this.host.entry.path)
                });
            asked && !inside_another
        })
        .collect();
    let mut seen = BTreeSet::new();
    for (this, keep) in checked.into_iter().zip(keep) {
        if !keep {
            continue;
        }
        for file in &this.files {
            seen.insert(file.clone());
        }
        outcome.notes.extend(this.notes.iter().cloned());
        outcome.checked.push(this);
    }
    super::repeats::merge_repeated_findings(&mut outcome.checked);

    // 5. Files no host reaches: parsed only, their problems those of loading them into
    //    the one evaluator of step 2 (a fresh one for each cost more than parsing most
    //    of them).
    for (file, what, diagnostics) in others {
        if seen.contains(&file.path) {
            continue;
        }
        let Some(ev) = &spare else { continue };
        // What Nix itself rejects when it parses the file; not what ncc does not support
        // (`<nixpkgs>` in a shell.nix), which only evaluation would meet.
        let diagnostics: Vec<Diagnostic> = diagnostics
            .into_iter()
            .filter(|d| !matches!(d.kind, lib_nix::DiagnosticKind::Unsupported { .. }))
            .collect();
        if diagnostics.is_empty() {
            let message = match stopped.as_str() {
                "" => format!("no host reaches this file ({what}); parsed only"),
                stopped => format!(
                    "no host ncc evaluated reaches this file ({what}; {stopped}); parsed only"
                ),
            };
            outcome.notes.push(Note::new(&file.name, message));
        } else {
            let diagnostics = crate::tidy_diagnostics(diagnostics, &ev.sources);
            outcome
                .unparsed
                .push((file.clone(), diagnostics, ev.sources.clone()));
        }
    }
    teardown.end(last);
    teardown.end(spare);
    outcome
}

/// Whether the module at `path` (lowered at `root`) is a file of containers for
/// extra-container (`extra-container create containers.nix`): a module of containers
/// only, no whole machine ([`Role::ContainerModule`]), one of which sets the options
/// extra-container's module adds to every container (`extra.addressPrefix`). NixOS has
/// no such options; extra-container evaluates the file with its module, and so does
/// its check when no host reads it.
pub fn is_extra_container_file(path: &str, ir: &Ir, root: ExprId) -> bool {
    classify_loaded(path, ir, root) == Role::ContainerModule
        && Shape::of(ir, root).sets_extra_container_options(ir)
}

/// A given file that may be checked as a host: lowered in an evaluator of its own, or,
/// when it was lowered among the files that are not hosts, only parsed.
enum Loaded<'io> {
    Ready(Box<Evaluator<'io>>, (lib_nix::ir::Body, Vec<Diagnostic>)),
    Parsed(lib_nix::syntax::Parse),
}

impl<'io> Loaded<'io> {
    fn check(
        self,
        host: &Host,
        text: &str,
        io: &'io dyn EvalIo,
        generate: bool,
    ) -> (Checked, Evaluator<'io>) {
        match self {
            Loaded::Ready(ev, loaded) => check_host_loaded(host, *ev, loaded, io, generate),
            Loaded::Parsed(parsed) => {
                check_host_parsed(host, text, Some(parsed), None, io, generate)
            }
        }
    }
}

/// Why a module checked as a host is a guess at its context.
#[derive(Clone, Copy)]
enum Context<'a> {
    /// None of the hosts the project declares reaches it, as far as ncc evaluated them:
    /// `stopped` says which stopped before their modules were all known
    /// (`nixosConfigurations.web stopped with an error ...`), one of which may read it;
    /// empty when none did.
    NotReached { stopped: &'a str },
    /// The project's machines come from a `hive.nix` ncc does not read as a hive.
    UnreadHive,
}

/// Keeps, of what checking a module as a host of its own found, only what stands whatever
/// host imports it; the rest becomes one note.
///
/// Such a module is checked because none of the hosts the project declares reaches it (a
/// module of containers not yet imported, a host module no flake names). What it needs from the
/// host that would import it (options other modules declare, files that host provides,
/// arguments, and the NAT, bridges and units its other modules set) ncc cannot know, so
/// an error there is no proof that NixOS fails: only what Nix rejects while parsing and
/// what concerns the containers it declares (NixOS's own options and assertions, the same
/// in every host) are reported.
fn hold_context_errors(checked: &mut Checked, context: Context) {
    let diagnostics = std::mem::take(&mut checked.compilation.diagnostics);
    // A warning stays, except that ncc could not know something (N301): what the module
    // depends on there (an argument from `specialArgs`, an option another module
    // declares) is what the host importing it would give.
    // So does a rule about what the host's other modules set (its NAT, bridges and units):
    // that the module alone lacks them says nothing of the host that imports it.
    let (kept, held): (Vec<Diagnostic>, Vec<Diagnostic>) = diagnostics.into_iter().partition(|d| {
        let unknown = matches!(d.kind, lib_nix::DiagnosticKind::Unknown { .. });
        let of_the_host = HOST_SETTING_RULES.contains(&d.code());
        (d.severity() == lib_nix::Severity::Warning && !unknown && !of_the_host)
            || stands_on_its_own(d)
    });
    checked.compilation.diagnostics = kept;
    let Some(first) = held.first() else {
        return;
    };
    let sources = &checked.compilation.sources;
    let (line, _) = sources.line_col(first.span.file, first.span.start);
    let place = format!("{}:{line}", sources.file(first.span.file).name);
    let more = match held.len() {
        1 => String::new(),
        n => format!(" and {} more", n - 1),
    };
    let why = match context {
        Context::NotReached { stopped: "" } => {
            "no host of the project reaches this module, so NixOS does not evaluate it".to_owned()
        }
        Context::NotReached { stopped } => {
            format!("no host of the project ncc evaluated reaches this module ({stopped})")
        }
        Context::UnreadHive => {
            "the project's machines come from hive.nix, which ncc does not read as a colmena hive"
                .to_owned()
        }
    };
    // A warning about the host's settings (C222's NAT without an external interface) is
    // a finding the host importing the module may not have, not a failure.
    let lint = first.severity() == lib_nix::Severity::Warning
        && HOST_SETTING_RULES.contains(&first.code());
    let what = match lint {
        true => {
            "it draws a warning a host importing it may answer with its own settings (not reported)"
        }
        false => "it fails where a host importing it may give what it needs (not an error)",
    };
    checked.notes.push(Note::new(
        &checked.host.entry.name,
        format!(
            "{why}; checked on its own, {what}: {} ({place}){more}",
            first.message().lines().next().unwrap_or_default()
        ),
    ));
}

/// The rules that judge a container by settings of the host its other modules may give:
/// the NAT's external interface (C105, C222) and internal interfaces (C220), the bridges
/// (C221), the containers a `container@<name>` unit is for (C223).
const HOST_SETTING_RULES: [&str; 5] = ["C105", "C220", "C221", "C222", "C223"];

/// Whether a diagnostic stands whatever host imports the module: what Nix rejects while
/// parsing the file, a rule about containers (not one of [`HOST_SETTING_RULES`]), a
/// module-system error about a container's option, except an option read without a value
/// (`containers.x.path`): the host's other modules may define it.
fn stands_on_its_own(diagnostic: &Diagnostic) -> bool {
    use lib_nix::DiagnosticKind as Kind;
    match &diagnostic.kind {
        Kind::Syntax(_)
        | Kind::InvalidSource(_)
        | Kind::DuplicateAttribute { .. }
        | Kind::UndefinedVariable { .. }
        | Kind::DynamicAttributeInLet
        | Kind::DuplicateFormal { .. } => true,
        Kind::Rule { code, .. } => !HOST_SETTING_RULES.contains(code),
        Kind::Module {
            code: lib_nix::diagnostic::ModuleErrorCode::NoValue,
            ..
        } => false,
        Kind::Module { message, .. } => message.contains("option `containers."),
        Kind::Unsupported { .. } | Kind::Eval { .. } | Kind::Unknown { .. } => false,
    }
}

fn reached(checked: &[Checked], path: &str) -> bool {
    checked.iter().any(|c| c.files.iter().any(|f| f == path))
}

/// Every host of the project, with its entry file's text; and whether it has entry files
/// and each says it declares no host (a flake of `darwinConfigurations` alone).
fn project_hosts(
    project: &Project,
    io: &dyn EvalIo,
    outcome: &mut Outcome,
) -> (Vec<(Host, String, Option<KnownHostNames>)>, bool) {
    let mut hosts = Vec::new();
    let mut declares_none = !project.entries.is_empty();
    for (entry, text) in &project.entries {
        let listing = list_hosts(entry, text, io);
        declares_none &= listing.declares_none;
        outcome.notes.extend(listing.notes.iter().cloned());
        // The hosts named one by one, as their entry file declares them.
        let mut found: Vec<&Host> = Vec::new();
        if let Some(only) = &project.only {
            for named in only.iter().filter(|h| h.entry == *entry) {
                match named.find(&listing.hosts) {
                    Some(host) => found.push(host),
                    None if listing.diagnostics.is_empty() => {
                        outcome.missing.push((named.clone(), listing.hosts.clone()))
                    }
                    None => {}
                }
            }
        }
        for host in &listing.hosts {
            let named = match &project.only {
                Some(_) => found.contains(&host),
                None => true,
            };
            if named {
                hosts.push((host.clone(), text.clone(), listing.host_names.clone()));
            }
        }
        if !listing.diagnostics.is_empty() {
            outcome.listings.push(listing);
        }
    }
    (hosts, declares_none)
}

/// The flakes, fleets and tables of systems in the directories above each of `files`,
/// below the directory of a project entry (`hosts/lab/flake.nix` for
/// `hosts/lab/configuration.nix`, `network/default.nix` for
/// `network/machines/web.nix`), each with its text: what most likely reads a file given.
/// Looked for by name (`flake.nix`, `default.nix`, `network.nix`, `hive.nix`), so that a
/// run costs a few reads, not a parse of the repository: a module that only a flake in
/// another directory reads is checked on its own, as before.
fn declared_above_files(
    project: &Project,
    files: &[(EntryFile, String)],
    io: &dyn EvalIo,
) -> Vec<(EntryFile, String)> {
    const NAMES: [&str; 4] = ["flake.nix", "default.nix", "network.nix", "hive.nix"];
    let tops: Vec<String> = project
        .entries
        .iter()
        .map(|(entry, _)| lib_nix::path::dir_of(&entry.path))
        .collect();
    let below_a_top = |dir: &str| {
        tops.iter().any(|top| {
            dir.strip_prefix(top.trim_end_matches('/'))
                .is_some_and(|rest| rest.starts_with('/'))
        })
    };
    let mut found: Vec<(EntryFile, String)> = Vec::new();
    // Each candidate is read once, however many of the files given lie below it.
    let mut examined: BTreeSet<String> = BTreeSet::new();
    for (file, _) in files {
        let mut dir = lib_nix::path::dir_of(&file.path);
        while below_a_top(&dir) {
            for name in NAMES {
                let path = format!("{dir}/{name}");
                let known = path == file.path
                    || project.entries.iter().any(|(e, _)| e.path == path)
                    || found.iter().any(|(e, _)| e.path == path);
                if known || !examined.insert(path.clone()) || !io.path_exists(&path) {
                    continue;
                }
                let Ok(text) = io.read_file(&path) else {
                    continue;
                };
                if matches!(
                    classify_with_io(io, &path, &text),
                    Role::Flake | Role::Fleet(_) | Role::Systems
                ) {
                    let name = display_name(&project.root, &path);
                    found.push((EntryFile { name, path }, text));
                }
            }
            dir = lib_nix::path::dir_of(&dir);
        }
    }
    found
}

/// The flakes, fleets (morph and NixOps networks, colmena hives) and tables of systems
/// below the directories of the project's entry files, each with its text: what declares
/// NixOS hosts by itself, where a host module may be another system's.
fn declared_below_entries(project: &Project, io: &dyn EvalIo) -> Vec<(EntryFile, String)> {
    let mut found: Vec<(EntryFile, String)> = Vec::new();
    for (entry, _) in &project.entries {
        for path in hosts_below(io, &lib_nix::path::dir_of(&entry.path)) {
            let known = project.entries.iter().any(|(e, _)| e.path == path)
                || found.iter().any(|(e, _)| e.path == path);
            if known {
                continue;
            }
            let Ok(text) = io.read_file(&path) else {
                continue;
            };
            if !matches!(
                classify_with_io(io, &path, &text),
                Role::Flake | Role::Fleet(_) | Role::Systems
            ) {
                continue;
            }
            let name = display_name(&project.root, &path);
            found.push((EntryFile { name, path }, text));
        }
    }
    found
}

/// The files below `dir` that are hosts or declare them, sorted: host modules, and
/// flakes, fleets and tables of systems not at its top (`deploy/morph.nix`), by
/// [`classify_with_io`]. What `ncc check` checks in a repository that is neither a flake
/// nor a fleet nor a table of systems: a directory of bare `configuration.nix` hosts.
pub fn hosts_below(io: &dyn EvalIo, dir: &str) -> Vec<String> {
    let all = super::tree::nix_files(io, dir, 10_000);
    let mut texts = BTreeMap::new();
    let mut modules = host_modules_among(io, &all, &mut texts);
    modules.extend(modules_importing(&texts, &modules));
    let mut found: Vec<String> = texts
        .iter()
        .filter(|(path, text)| {
            matches!(
                classify_with_io(io, path, text),
                Role::Flake | Role::Fleet(_) | Role::Systems
            )
        })
        .map(|(path, _)| path.clone())
        .chain(modules)
        .collect();
    found.sort();
    found
}

/// The NixOS modules among `texts` that import one of `modules`, directly or through
/// each other, and are not among them: a channel host's `default.nix` that only imports
/// `./system` (where the state version is set) and `./containers`, a module of imports
/// ([`Role::ContainerModule`]). As when every file is given, the host is the module no
/// other reads, and what it imports is checked through it.
fn modules_importing(texts: &BTreeMap<String, String>, modules: &[String]) -> Vec<String> {
    let mut reached: BTreeSet<String> = modules.iter().cloned().collect();
    let mut found = Vec::new();
    let written: Vec<(&String, Vec<String>)> = texts
        .iter()
        .filter(|(path, _)| !reached.contains(*path))
        .map(|(path, text)| (path, static_paths(path, text)))
        .filter(|(_, written)| !written.is_empty())
        .collect();
    loop {
        let more: Vec<&String> = written
            .iter()
            .filter(|(path, _)| !reached.contains(*path))
            .filter(|(_, written)| {
                written
                    .iter()
                    .any(|w| reached.iter().any(|module| may_lead_to(w, module)))
            })
            .map(|(path, _)| *path)
            .filter(|path| {
                matches!(
                    classify(path, &texts[*path]),
                    Role::Host | Role::ContainerModule
                )
            })
            .collect();
        if more.is_empty() {
            return found;
        }
        for path in more {
            reached.insert(path.clone());
            found.push(path.clone());
        }
    }
}

/// The host modules among `paths`, with the text of every file read put in `texts`.
fn host_modules_among(
    io: &dyn EvalIo,
    paths: &[String],
    texts: &mut BTreeMap<String, String>,
) -> Vec<String> {
    const MARKERS: &[&str] = &[
        "stateVersion",
        "fileSystems",
        "hardware-configuration",
        "loader",
        "hostName",
    ];
    let mut found = Vec::new();
    for path in paths {
        let Ok(text) = io.read_file(path) else {
            continue;
        };
        let named = lib_nix::path::base_name_of(path) == "configuration.nix";
        if (named || MARKERS.iter().any(|m| text.contains(m)))
            && classify(path, &text) == Role::Host
        {
            found.push(path.clone());
        }
        texts.insert(path.clone(), text);
    }
    found
}

/// The repository's host modules (by [`classify`]) whose written paths, followed file
/// to file, may lead to one of `files`; not those already checked.
fn host_modules_reaching(
    io: &dyn EvalIo,
    root: &str,
    files: &[&str],
    checked: &[Checked],
) -> Vec<String> {
    let all = super::tree::nix_files(io, root, 10_000);
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    let unchecked: Vec<String> = all
        .iter()
        .filter(|path| !checked.iter().any(|c| &c.host.entry.path == *path))
        .cloned()
        .collect();
    let candidates = host_modules_among(io, &unchecked, &mut texts);
    // Follow written paths from each candidate, file to file.
    let mut edges: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    candidates
        .into_iter()
        .filter(|candidate| {
            let mut seen: BTreeSet<String> = BTreeSet::new();
            let mut queue = vec![candidate.clone()];
            while let Some(current) = queue.pop() {
                if !seen.insert(current.clone()) {
                    continue;
                }
                let Some(text) = texts.get(&current) else {
                    continue;
                };
                let written = edges
                    .entry(
                        texts
                            .get_key_value(&current)
                            .map(|(k, _)| k.as_str())
                            .unwrap_or(""),
                    )
                    .or_insert_with(|| {
                        let mut written = static_paths(&current, text);
                        written.extend(own_checkout_paths(io, text));
                        // Through a linked directory (`./lib/x.nix`, `lib -> ../lib`),
                        // also where the path really leads.
                        let real: Vec<String> = written
                            .iter()
                            .filter_map(|path| io.real_path(path).filter(|real| real != path))
                            .collect();
                        written.extend(real);
                        written
                    });
                if files
                    .iter()
                    .any(|file| written.iter().any(|w| may_lead_to(w, file)))
                {
                    return true;
                }
                for next in &all {
                    if written.iter().any(|w| may_lead_to(w, next)) && !seen.contains(next) {
                        queue.push(next.clone());
                    }
                }
            }
            false
        })
        .collect()
}

/// `path` relative to `root`, as messages show it.
pub fn display_name(root: &str, path: &str) -> String {
    path.strip_prefix(&format!("{}/", root.trim_end_matches('/')))
        .unwrap_or(path)
        .to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn role(path: &str, text: &str) -> Role {
        classify(path, text)
    }

    /// [`is_extra_container_file`] of `text` at `path`.
    fn for_extra_container(path: &str, text: &str) -> bool {
        let mut ir = Ir::default();
        let parsed = lib_nix::syntax::parse(text);
        let (body, _) =
            lib_nix::lower::lower(&parsed.root, FileId::new(0), "/r", &mut ir, &|_| true);
        is_extra_container_file(path, &ir, body.root)
    }

    #[test]
    fn files_of_containers_with_extra_options_are_extra_containers() {
        for text in [
            "{ containers.demo = { extra.addressPrefix = \"10.250.0\"; config = { }; }; }",
            "{ lib, ... }: { containers.demo.extra.enableWAN = true; }",
            "{ containers = { a = { }; b = { extra = { enableSSH = true; }; }; }; }",
        ] {
            assert!(for_extra_container("/r/demo.nix", text), "{text}");
        }
        for text in [
            // A whole machine: NixOS has no `extra`, extra-container is not its reader.
            "{ system.stateVersion = \"25.11\"; containers.demo.extra.enableWAN = true; }",
            // Containers without extra-container's options.
            "{ containers.demo = { privateNetwork = true; config = { }; }; }",
            // `extra` of something else.
            "{ services.demo.extra = true; }",
        ] {
            assert!(!for_extra_container("/r/demo.nix", text), "{text}");
        }
        let text = "{ containers.demo.extra.enableWAN = true; }";
        assert!(!for_extra_container("/r/configuration.nix", text));
    }

    #[test]
    fn functions_giving_functions_are_no_modules() {
        for text in [
            "{ config, pkgs, lib, ... }: cfg: with lib; { containers.${cfg.name} = { }; }",
            "{ inputs, ... }: { config, pkgs, ... }: { containers.web.config = { }; }",
            "{ inputs, ... }: { ... }: { system.stateVersion = \"25.11\"; }",
        ] {
            assert!(matches!(role("/r/x.nix", text), Role::Other(_)), "{text}");
            assert!(
                matches!(role("/r/configuration.nix", text), Role::Other(_)),
                "{text}"
            );
        }
        // An overlay's own arguments stay an overlay's.
        let overlay = "final: prev: { tool = prev.hello; }";
        assert_eq!(role("/r/overlay.nix", overlay), Role::Other("an overlay"));
    }

    #[test]
    fn whole_machines_are_hosts() {
        for text in [
            "{ config, pkgs, ... }: { imports = [ ./hardware-configuration.nix ]; }",
            "{ ... }: { system.stateVersion = \"24.05\"; }",
            "{ lib, ... }: { boot.loader.grub.device = \"/dev/sda\"; }",
            "{ fileSystems.\"/\".device = \"/dev/sda1\"; }",
            "{ pkgs, ... }: let x = 1; in { networking.hostName = \"web\"; }",
        ] {
            assert_eq!(role("/r/hosts/web.nix", text), Role::Host, "{text}");
        }
        assert_eq!(role("/r/configuration.nix", "{ ... }: { }"), Role::Host);
    }

    #[test]
    fn modules_declaring_containers_are_container_modules() {
        for text in [
            "{ containers.web.autoStart = true; }",
            "{ lib, ... }: { containers.web = { }; }",
            "{ lib, config, ... }: lib.mkIf config.x { containers.web = { }; }",
            "{ pkgs, config, ... }: pkgs.lib.mkIf config.x { containers.web = { }; }",
            "{ lib, ... }: lib.mkMerge [ { containers.web = { }; } ]",
            "{ imports = [ ./a.nix ./b.nix ]; }",
        ] {
            assert_eq!(role("/r/c.nix", text), Role::ContainerModule, "{text}");
        }
    }

    #[test]
    fn what_is_not_a_host_is_named() {
        let cases = [
            (
                "/r/flake.nix",
                "{ inputs = { }; outputs = { self }: { }; }",
                Role::Flake,
            ),
            (
                "/r/hive.nix",
                "{ meta.nixpkgs = 1; web = { }; }",
                Role::Fleet(hive::Tool::Colmena),
            ),
            (
                "/r/net.nix",
                "{ network.description = \"x\"; web = { ... }: { }; }",
                Role::Fleet(hive::Tool::Nixops),
            ),
            (
                "/r/lan.nix",
                "rec { prefix = \"10.1.2\"; network = \"${prefix}.0/24\"; hosts.gw.ip = \"${prefix}.1\"; }",
                Role::Other("an attribute set"),
            ),
            (
                "/r/desktop/shell-settings.nix",
                "{ bar.position = \"top\"; network.wifiEnabled = true; settingsVersion = 39; }",
                Role::Other("an attribute set"),
            ),
            (
                "/r/shell.nix",
                "{ pkgs ? import <nixpkgs> { } }: pkgs.mkShell { }",
                Role::Other("a development shell"),
            ),
            (
                "/r/nix/default.nix",
                "{ sources ? import ./sources.nix, config ? { } }: with { o = self: super: { }; }; import sources.nixpkgs { overlays = [ o ]; inherit config; }",
                Role::Other("an expression for nix-build"),
            ),
            (
                "/r/overlay.nix",
                "final: prev: { hello = prev.hello; }",
                Role::Other("an overlay"),
            ),
            (
                "/r/pkg.nix",
                "{ stdenv, lib }: stdenv.mkDerivation { pname = \"x\"; }",
                Role::Other("a package"),
            ),
            (
                "/r/tool.nix",
                "{ writeShellScriptBin }: writeShellScriptBin \"t\" \"echo\"",
                Role::Other("a package"),
            ),
            (
                "/r/motd.nix",
                "{ pkgs, ... }: pkgs.substituteAll { name = \"motd\"; src = ./motd.in; }",
                Role::Other("a package"),
            ),
            (
                "/r/report.nix",
                "{ writeShellApplication, lib }: (writeShellApplication { name = \"r\"; text = \"\"; }).overrideAttrs (o: { })",
                Role::Other("a package"),
            ),
            (
                "/r/sdk.nix",
                "{ lib, dotnetCorePackages }: (with dotnetCorePackages; combinePackages [ sdk_8_0 ]).overrideAttrs (o: { })",
                Role::Other("a package"),
            ),
            (
                "/r/art.nix",
                "{ fetchgit, lib }: let src = fetchgit { url = \"u\"; }; in lib.recurseIntoAttrs { inherit src; }",
                Role::Other("a package"),
            ),
            (
                "/r/updater.nix",
                "{ lib, callPackage }: lib.concatMapStringsSep \"\\n\" (f: callPackage f { }) [ ./a ]",
                Role::Other("a package"),
            ),
            (
                "/r/modules/plain.nix",
                "{ config, lib, pkgs }: lib.mkIf config.plain.enable { services.nginx.enable = true; }",
                Role::ContainerModule,
            ),
            (
                "/r/modules/gated.nix",
                "{ config, lib, ... }: (with lib; mkIf config.gated.enable) { services.nginx.enable = true; }",
                Role::ContainerModule,
            ),
            (
                "/r/greeting.nix",
                "{ pkgs, lib, ... }: pkgs.writeText \"greeting\" \"hi\" // { meta = { }; }",
                Role::Other("a package"),
            ),
            (
                "/r/hello.nix",
                "{ pkgs, ... }: let inherit (pkgs) stdenv; in stdenv.mkDerivation { pname = \"hello\"; }",
                Role::Other("a package"),
            ),
            (
                "/r/backup.nix",
                "{ pkgs }: with pkgs.python3Packages; buildPythonApplication { pname = \"b\"; }",
                Role::Other("a package"),
            ),
            (
                "/r/grafana.nix",
                "{ pkgs, ... }: pkgs.grafana_11",
                Role::Other("a package"),
            ),
            (
                "/r/greeter.nix",
                "{ pkgs }: let plain = pkgs.callPackage ./g { }; tested = pkgs.callPackage ./t { g = plain; }; in tested",
                Role::Other("a package"),
            ),
            (
                "/r/modules/web.nix",
                "{ config, lib, pkgs, ... }: with lib; with pkgs; mkIf config.web.enable { services.nginx.enable = true; }",
                Role::ContainerModule,
            ),
            (
                "/r/modules/shared.nix",
                "{ pkgs, ... }: with pkgs; import ./shared-module.nix { inherit pkgs; }",
                Role::ContainerModule,
            ),
            (
                "/r/modules/cache.nix",
                "{ config, lib, pkgs, ... }: with pkgs; mkIf config.cache.enable { services.redis.servers.c.enable = true; }",
                Role::ContainerModule,
            ),
            (
                "/r/hosts/a/configuration.nix",
                "{ config, lib, pkgs, stdenv, ... }: let x = stdenv.mkDerivation { }; in { imports = [ ./hw.nix ]; system.stateVersion = \"24.05\"; }",
                Role::Host,
            ),
            (
                "/r/pkgs/web.nix",
                "{ stdenv, lib, ... }: { name = \"web\"; src = ./.; }",
                Role::Other("a package"),
            ),
            (
                "/r/images/persist.nix",
                "{ config, pkgs, system, hostId }: let vmTools = pkgs.callPackage \"${pkgs.path}/pkgs/build-support/vm\" { }; image = (import <nixpkgs/nixos/lib/eval-config.nix> { inherit system; modules = [ { fileSystems.\"/\".device = \"pool/root\"; networking.hostId = hostId; } ]; }).config; in vmTools.runInLinuxVM (pkgs.runCommand \"image\" { } \"touch $out\")",
                Role::Other("a package"),
            ),
            (
                "/r/modules/gated.nix",
                "{ config, lib, pkgs, ... }: let cfg = config.gated; in lib.mkIf cfg.enable { services.nginx.enable = true; }",
                Role::ContainerModule,
            ),
            (
                "/r/default.nix",
                "{ system ? builtins.currentSystem, pkgs ? import <nixpkgs> { inherit system; } }: let self = { hello = pkgs.callPackage ./hello.nix { }; }; in self",
                Role::Other("an expression for nix-build"),
            ),
            (
                "/r/release.nix",
                "{ nixpkgs ? <nixpkgs> }: if builtins.pathExists ./x then import ./x else { }",
                Role::Other("an expression for nix-build"),
            ),
            (
                "/r/modules/monitoring.nix",
                "{ config, lib, pkgs ? null, ... }: { services.prometheus.enable = true; }",
                Role::Other("a NixOS module"),
            ),
            (
                "/r/libraries.nix",
                "{ pkgs }: with pkgs; [ zlib openssl ]",
                Role::Other("a Nix expression"),
            ),
            (
                "/r/home.nix",
                "{ pkgs, ... }: { home.packages = [ pkgs.htop ]; programs.git.enable = true; }",
                Role::Other("a home-manager module"),
            ),
            (
                "/r/web.nix",
                "{ pkgs, config }: { autoStart = true; config = { }; }",
                Role::Other("one container's attributes"),
            ),
            (
                "/r/tests/relay.nix",
                "{ pkgs, ... }: { name = \"relay\"; containers.peer.networking.hostName = \"peer\"; testScript = \"start_all()\"; }",
                Role::Other("a NixOS test"),
            ),
            (
                "/r/tests/dns.nix",
                "{ name = \"dns\"; nodes.server.services.unbound.enable = true; testScript = ''server.wait_for_unit(\"unbound\")''; }",
                Role::Other("a NixOS test"),
            ),
            (
                "/r/lib.nix",
                "{ mkAddress = n: \"10.0.0.${toString n}\"; }",
                Role::Other("an attribute set"),
            ),
            (
                "/r/svc.nix",
                "{ config, ... }: { services.nginx.enable = true; }",
                Role::Other("a NixOS module"),
            ),
            ("/r/list.nix", "[ 1 2 ]", Role::Other("a Nix expression")),
        ];
        for (path, text, expected) in cases {
            assert_eq!(role(path, text), expected, "{path}: {text}");
        }
    }

    #[test]
    fn written_paths_lead_to_files_below_them() {
        let paths = static_paths(
            "/r/hosts/web.nix",
            "{ imports = [ ../containers ./hw.nix ] ++ map (n: ./x + \"/${n}\") [ ]; }",
        );
        assert_eq!(
            paths,
            vec!["/r/containers", "/r/hosts/hw.nix", "/r/hosts/x"]
        );
        assert!(may_lead_to("/r/containers", "/r/containers/web.nix"));
        assert!(may_lead_to("/r/hosts/hw.nix", "/r/hosts/hw.nix"));
        assert!(!may_lead_to("/r/hosts/hw.nix", "/r/hosts/hw.nix.bak"));
        assert!(!may_lead_to("/r/containers", "/r/containers-old/web.nix"));
    }
}
