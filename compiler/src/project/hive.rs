//! Fleets of machines: colmena hives (`hive.nix`, or a flake's `colmena` output) and
//! NixOps networks (`network.nix`, or NixOps 2.0's flake output
//! `nixopsConfigurations.default`). Each machine is one module plus the fleet's
//! `defaults`, evaluated with the arguments the deployment tool gives it (`name`, `nodes`,
//! colmena's `meta.specialArgs` and `meta.nodeSpecialArgs.<name>`, NixOps' `resources`).

use std::rc::Rc;

use lib_nix::eval::{Attrs, EvalResult, Evaluator, Thunk, Value};
use lib_nix::modules::{placeholder_package_value, ModuleInput};
use lib_nix::name::Name;
use lib_nix::Span;

/// Which deployment tool the fleet is written for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Tool {
    Colmena,
    Nixops,
}

impl Tool {
    /// The attributes of the fleet's set that are not machines.
    fn reserved(self) -> &'static [&'static str] {
        match self {
            Tool::Colmena => &["meta", "defaults"],
            // NixOps 2.0's eval-machine-info.nix: `nixpkgs` is the nixpkgs a flake's
            // network builds its machines with.
            Tool::Nixops => &[
                "network",
                "defaults",
                "resources",
                "require",
                "nixpkgs",
                "_file",
            ],
        }
    }
}

/// The options the deployment tool declares on every machine (`deployment.targetHost`,
/// `deployment.keys`, ...), accepted as they are: ncc checks none of them. They are the
/// open world's ([`lib_nix::modules::OPEN_WORLD_TYPE`]): merged as NixOS merges data
/// whose type it cannot see, as the tool's own types merge them (colmena's `keys` is an
/// `attrsOf` several modules add to, its `tags` a list), and a read of one nothing
/// defines is unknown (colmena gives `targetHost` the machine's name).
const DEPLOYMENT_OPTIONS: &str = r#"{ lib, ... }: {
  options.deployment = lib.mkOption {
    type = lib.types.submodule { freeformType = lib.mkOptionType { name = "ncc-open-world"; }; };
    default = { };
    description = "How the deployment tool reaches and deploys this machine.";
  };
}"#;

/// Where NixOps' (and morph's) default of a machine's `nixpkgs.system` comes from.
const NIXOPS_DEFAULTS_FILE: &str = "<ncc NixOps defaults>";

/// One machine of a fleet: its modules and special arguments.
pub struct Machine {
    pub modules: Vec<ModuleInput>,
    pub special: Vec<(Name, Thunk)>,
}

/// The machines of a fleet's set, sorted.
pub fn machine_names(fleet: &Rc<Attrs>, tool: Tool) -> Vec<String> {
    fleet
        .names()
        .filter(|name| !tool.reserved().contains(name))
        .map(str::to_owned)
        .collect()
}

/// The machine `name` of `fleet`; `file` is the fleet's file as messages show it.
pub fn machine(
    ev: &mut Evaluator,
    fleet: &Rc<Attrs>,
    tool: Tool,
    name: &str,
    file: &str,
    span: Span,
) -> EvalResult<Machine> {
    let file: Rc<str> = Rc::from(file);
    let mut modules = vec![deployment_options(ev, span)?];
    // NixOps and morph evaluate each machine with nixpkgs' eval-config.nix and no
    // `system`, which it takes to be `builtins.currentSystem` and makes the default
    // (`mkDefault`) of `nixpkgs.system`: a module reading the machine's platform the
    // legacy way (`nixpkgs.localSystem.system`) has one.
    if tool == Tool::Nixops {
        let current = Value::string(lib_nix::eval::CURRENT_SYSTEM);
        modules.push(crate::schema::system_module(
            current,
            1000,
            Rc::from(NIXOPS_DEFAULTS_FILE),
        ));
    }
    if let Some(defaults) = fleet.get("defaults") {
        modules.push(ModuleInput {
            value: defaults.value.clone(),
            file: file.clone(),
        });
    }
    let Some(node) = fleet.get(name) else {
        return Err(ev.missing_attribute(&Name::new(name), fleet, span));
    };
    modules.push(ModuleInput {
        value: node.value.clone(),
        file,
    });
    let mut special: Vec<(Name, Thunk)> = Vec::new();
    if tool == Tool::Colmena {
        if let Some(meta) = fleet.get("meta") {
            let meta = ev.force(&meta.value.clone(), Some(span))?;
            if let Value::Attrs(meta) = meta {
                special.extend(attrs_at(ev, &meta, &["specialArgs"], span)?);
                special.extend(attrs_at(ev, &meta, &["nodeSpecialArgs", name], span)?);
            }
        }
    }
    special.push((Name::new("name"), Thunk::ready(Value::string(name))));
    special.push((
        Name::new("nodes"),
        Thunk::ready(placeholder_package_value("nodes")),
    ));
    if tool == Tool::Nixops {
        special.push((
            Name::new("resources"),
            Thunk::ready(placeholder_package_value("resources")),
        ));
    }
    // A later special argument of the same name wins, as `//` would have it.
    let mut seen = std::collections::HashSet::new();
    let mut kept: Vec<(Name, Thunk)> = special
        .into_iter()
        .rev()
        .filter(|(name, _)| seen.insert(name.clone()))
        .collect();
    kept.reverse();
    Ok(Machine {
        modules,
        special: kept,
    })
}

/// The entries of the set at `path` under `set`, when there is one.
fn attrs_at(
    ev: &mut Evaluator,
    set: &Rc<Attrs>,
    path: &[&str],
    span: Span,
) -> EvalResult<Vec<(Name, Thunk)>> {
    let mut current = Value::Attrs(set.clone());
    for part in path {
        let Value::Attrs(attrs) = &current else {
            return Ok(Vec::new());
        };
        let Some(entry) = attrs.get(part) else {
            return Ok(Vec::new());
        };
        let thunk = entry.value.clone();
        current = ev.force(&thunk, Some(span))?;
    }
    match current {
        Value::Attrs(attrs) => Ok(attrs
            .entries()
            .iter()
            .map(|e| (e.name.clone(), e.value.clone()))
            .collect()),
        _ => Ok(Vec::new()),
    }
}

fn deployment_options(ev: &mut Evaluator, span: Span) -> EvalResult<ModuleInput> {
    let (body, diagnostics) = ev.load_source(
        "<ncc deployment options>",
        "/<ncc>/deployment.nix",
        DEPLOYMENT_OPTIONS,
    );
    if let Some(first) = diagnostics.first() {
        return Err(lib_nix::eval::EvalError::message(
            format!(
                "internal error: the deployment options do not parse: {}",
                first.message()
            ),
            Some(span),
        ));
    }
    let value = ev.eval_body(body)?;
    Ok(ModuleInput {
        value: Thunk::ready(value),
        file: Rc::from("<ncc deployment options>"),
    })
}
