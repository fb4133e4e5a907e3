//! The host names of a flake's NixOS systems, evaluated once per flake.
//!
//! A flake may name its hosts by their own host name (`listToAttrs (map (system:
//! nameValuePair system.config.networking.hostName system) systems)`): to find any one
//! of its `nixosConfigurations`, every system's `networking.hostName` is evaluated, each
//! a module evaluation of its own. The flake's hosts are listed in one evaluator and each
//! is checked in another, so without more each check would evaluate every host's name
//! again: the work grows with the square of the hosts.
//!
//! So the listing keeps the names it found, in the order its evaluation asked for them,
//! each with the shape of the system's arguments (the modules it is given, as files,
//! functions by where they are written, sets by their names; the names of its special
//! arguments), and a check of one of the flake's `nixosConfigurations`, which reaches
//! them as the listing did, is given them: the name asked for n-th, when the system's
//! shape is the n-th's, is the one the listing found. The check then evaluates the one
//! name that decides which host it is, of the system it took as its host; if that is not
//! the name it was looked up by, the names given are not trusted and the host is checked
//! again without them ([`contradicted`]).

use std::rc::Rc;
use std::sync::Arc;

use lib_nix::diagnostic::Span;
use lib_nix::eval::{EvalResult, Evaluator, Value};

use super::flake::attribute;

/// The host names a listing's evaluation found, in the order it asked for them: shared
/// by the threads that check the listing's hosts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KnownHostNames(Arc<[Option<Found>]>);

/// A system's host name, with the shape of the arguments it was made with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    shape: String,
    name: String,
}

/// What an evaluator keeps of host names (in its extensions).
#[derive(Default)]
struct Log {
    /// What the listing found, when this evaluator checks one of its hosts.
    given: Option<KnownHostNames>,
    /// How many names were asked for so far.
    asked: usize,
    /// What this evaluator found, by the order asked.
    found: Vec<Option<Found>>,
    /// Whether a name was taken from `given`.
    replayed: bool,
    /// Whether a name taken from `given` proved wrong.
    contradicted: bool,
}

/// Gives `ev` the names a listing of the host's flake found.
pub fn give(ev: &mut Evaluator, names: KnownHostNames) {
    ev.extensions.get_or_default::<Log>().given = Some(names);
}

/// The names `ev` found, for the checks of the hosts it listed; `None` when it found none.
pub fn found(ev: &mut Evaluator) -> Option<KnownHostNames> {
    let log = ev.extensions.take::<Log>()?;
    (!log.found.is_empty()).then(|| KnownHostNames(log.found.into()))
}

/// Whether a name given to `ev` proved wrong: the host it checked may not be the one
/// asked for, and is to be checked again without the names given.
pub fn contradicted(ev: &Evaluator) -> bool {
    ev.extensions
        .get::<Log>()
        .is_some_and(|log| log.contradicted)
}

/// The host name of the system `lib.nixosSystem` makes of `arguments`: the one the
/// listing found for the system asked for at the same turn, when its arguments have the
/// same shape, else evaluated.
pub fn host_name(ev: &mut Evaluator, arguments: &Value, span: Span) -> EvalResult<Value> {
    let turn = {
        let log = ev.extensions.get_or_default::<Log>();
        log.asked += 1;
        log.asked - 1
    };
    let shape = shape(ev, arguments, span);
    let log = ev.extensions.get_or_default::<Log>();
    let given = log
        .given
        .as_ref()
        .and_then(|given| given.0.get(turn).cloned());
    if let Some(Some(found)) = given.filter(|given| matches!(given, Some(f) if f.shape == shape)) {
        log.replayed = true;
        let name = Value::String(Rc::from(found.name.as_str()));
        record(ev, turn, Some(found));
        return Ok(name);
    }
    let name = evaluate(ev, arguments, span);
    let found = match &name {
        Ok(Value::String(name)) => Some(Found {
            shape,
            name: name.to_string(),
        }),
        _ => None,
    };
    record(ev, turn, found);
    name
}

fn record(ev: &mut Evaluator, turn: usize, found: Option<Found>) {
    let log = ev.extensions.get_or_default::<Log>();
    if log.found.len() <= turn {
        log.found.resize(turn + 1, None);
    }
    log.found[turn] = found;
}

/// Checks the name `system` was taken by: when names were given and one was taken, the
/// name of the system taken is evaluated, and if it is not `name`, the names given are
/// said to be wrong (see [`contradicted`]).
pub fn confirm(ev: &mut Evaluator, system: &Value, name: &str, span: Span) {
    if !ev.extensions.get::<Log>().is_some_and(|log| log.replayed) {
        return;
    }
    let arguments = match attribute(ev, system, super::NIXOS_SYSTEM, span) {
        Ok(arguments) => arguments,
        // Not a system `lib.nixosSystem` made: not named by its host name.
        Err(_) => return,
    };
    let confirmed =
        matches!(evaluate(ev, &arguments, span), Ok(Value::String(real)) if *real == *name);
    if !confirmed {
        ev.extensions.get_or_default::<Log>().contradicted = true;
    }
}

/// The host name of the system made of `arguments`, as ncc evaluates the host.
fn evaluate(ev: &mut Evaluator, arguments: &Value, span: Span) -> EvalResult<Value> {
    let (modules, special) = super::recorded_system_modules(
        ev,
        arguments.clone(),
        Rc::from(super::flake::WIRING_FILE),
        span,
    )?;
    let (evaluated, _) = crate::evaluate_host_modules(ev, modules, special)?;
    let networking = attribute(ev, &evaluated.config, "networking", span)?;
    attribute(ev, &networking, "hostName", span)
}

/// What tells the systems of one flake apart without evaluating them: each module given
/// (a file by its path, a function by where it is written, a set by its names) and the
/// names of the special arguments. Systems of one shape (the same function called with
/// other arguments) are told apart by the turn they are asked for at.
fn shape(ev: &mut Evaluator, arguments: &Value, span: Span) -> String {
    let mut shape = String::new();
    let Value::Attrs(arguments) = arguments else {
        return shape;
    };
    if let Some(modules) = arguments.get("modules").map(|entry| entry.value.clone()) {
        if let Ok(Value::List(modules)) = ev.force(&modules, Some(span)) {
            for module in modules.iter() {
                match ev.force(module, Some(span)) {
                    Ok(Value::Path(path)) => shape.push_str(&path),
                    Ok(Value::String(text)) => shape.push_str(&text),
                    Ok(Value::Lambda(closure)) => {
                        let at = ev.ir.span(closure.expr);
                        let file = &ev.sources.file(at.file).path;
                        shape.push_str(&format!("<function {file}:{}>", at.start));
                    }
                    Ok(Value::Attrs(set)) => {
                        shape.push('{');
                        for name in set.names() {
                            shape.push_str(name);
                            shape.push(';');
                        }
                        shape.push('}');
                    }
                    Ok(other) => shape.push_str(&other.type_phrase()),
                    Err(_) => shape.push('?'),
                }
                shape.push(' ');
            }
        }
    }
    shape.push('|');
    if let Some(special) = arguments
        .get("specialArgs")
        .map(|entry| entry.value.clone())
    {
        if let Ok(Value::Attrs(special)) = ev.force(&special, Some(span)) {
            for name in special.names() {
                shape.push_str(name);
                shape.push(';');
            }
        }
    }
    shape
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::{check_host_parsed, list_hosts, EntryFile, Host, HostKind};
    use lib_nix::eval::MemoryIo;

    const FLAKE: &str = r#"{
  outputs = { self, nixpkgs }:
    let
      mk = site: nixpkgs.lib.nixosSystem {
        specialArgs = { inherit site; };
        modules = [ ./host.nix ];
      };
    in {
      nixosConfigurations = nixpkgs.lib.listToAttrs (map
        (system: nixpkgs.lib.nameValuePair system.config.networking.hostName system)
        (map mk [ "north" "south" ]));
    };
}"#;

    const HOST: &str = r#"{ site, ... }: {
  networking.hostName = site;
  boot.isContainer = true;
  containers.${site} = { config = { }; };
  system.stateVersion = "25.11";
}"#;

    fn io() -> MemoryIo {
        MemoryIo::new()
            .with_file("/repo/flake.nix", FLAKE)
            .with_file("/repo/host.nix", HOST)
    }

    fn entry() -> EntryFile {
        EntryFile {
            name: "flake.nix".to_owned(),
            path: "/repo/flake.nix".to_owned(),
        }
    }

    /// The containers of `nixosConfigurations.<name>`, checked with `names` given.
    fn containers(io: &MemoryIo, name: &str, names: Option<&KnownHostNames>) -> Vec<String> {
        let host = Host {
            entry: entry(),
            kind: HostKind::FlakeConfiguration(name.to_owned()),
        };
        let (checked, _) = check_host_parsed(&host, FLAKE, None, names, io, false);
        let config = checked.compilation.host.expect("the host is evaluated");
        config.containers.keys().cloned().collect()
    }

    #[test]
    fn the_listing_finds_each_name_once_in_the_order_asked() {
        let io = io();
        let listing = list_hosts(&entry(), FLAKE, &io);
        let names = listing
            .host_names
            .expect("the listing asked for host names");
        let found: Vec<&str> = names.0.iter().flatten().map(|f| f.name.as_str()).collect();
        assert_eq!(found, ["north", "south"]);
        // Both systems are one function's: one shape, told apart by the turn.
        assert_eq!(
            names.0[0].as_ref().map(|f| &f.shape),
            names.0[1].as_ref().map(|f| &f.shape)
        );
        assert_eq!(containers(&io, "south", Some(&names)), ["south"]);
        assert_eq!(containers(&io, "north", Some(&names)), ["north"]);
    }

    #[test]
    fn names_given_wrong_are_found_out_and_the_host_checked_without_them() {
        let io = io();
        let listing = list_hosts(&entry(), FLAKE, &io);
        let names = listing
            .host_names
            .expect("the listing asked for host names");
        let mut swapped: Vec<Option<Found>> = names.0.to_vec();
        swapped.swap(0, 1);
        let swapped = KnownHostNames(swapped.into());
        // Taken as given, `south` would be the first system, whose container is `north`.
        assert_eq!(containers(&io, "south", Some(&swapped)), ["south"]);
        assert_eq!(containers(&io, "north", Some(&swapped)), ["north"]);
    }
}
