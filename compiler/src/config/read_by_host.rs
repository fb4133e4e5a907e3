//! What a host reads of a container's own configuration: NixOS's
//! `containers.<name>.config` is typed so that reading it gives the container's evaluated
//! NixOS system (`config.containers.monitoring.config.services.grafana.dataDir` as a bind
//! mount's `hostPath`). Read by the host, the option is the container's configuration as
//! ncc evaluates it against its container-side subset of NixOS (`inner-schema.nix`): an
//! option that subset declares has the container's value, its default included; any
//! other name is unknown, as before, never missing. The container is evaluated only
//! when the host reads it, once, apart from the evaluation its checks read.
//!
//! What NixOS's own modules add, which ncc does not evaluate, stays unknown: each set
//! read is open (a user the container's services make, `users.users.postgres`) and each
//! list known in part (a port a service's `openFirewall` opens). So is what the
//! container's modules take from the host's `specialArgs`, which the read does not have,
//! and whatever stops the container's evaluation: it is the host's container reader
//! that reports the container's own errors, once.

use std::cell::RefCell;
use std::rc::Rc;

use lib_nix::eval::{AttrEntry, Attrs, EvalError, EvalResult, Evaluator, Thunk, Value};
use lib_nix::modules::{eval_modules_open, show_option, Evaluated, ModuleInput, OptionNode};
use lib_nix::name::Name;

/// The top-level names the container-side schema (with the `nixpkgs` module) declares
/// options under; a test keeps it so.
const DECLARED: [&str; 10] = [
    "assertions",
    "boot",
    "environment",
    "networking",
    "nixpkgs",
    "services",
    "system",
    "time",
    "users",
    "warnings",
];

/// The hook [`lib_nix::eval::hooks::Hooks::configuration`]: for `containers.<name>.config`,
/// the container's configuration, each declared top-level name read from its evaluation
/// when first read, marked with the merged `module` (see [`module_of`]).
pub fn configuration(_: &mut Evaluator, loc: &[Name], module: &Value) -> Option<Value> {
    let [containers, name, config] = loc else {
        return None;
    };
    if containers.as_str() != "containers" || config.as_str() != "config" {
        return None;
    }
    let container = Rc::new(Container {
        name: name.clone(),
        module: Thunk::ready(module.clone()),
        state: RefCell::new(State::NotYet),
    });
    // Built for every container, read or not: one closure a name, each naming it when read.
    let entries = DECLARED
        .iter()
        .map(|top| {
            let container = container.clone();
            let value = Thunk::native(move |ev| read(ev, &container, vec![Name::new(top)]));
            AttrEntry::new(top, value)
        })
        .collect();
    let view = Attrs::from_sorted(entries)
        .into_open_at(loc)
        .with_module(container.module.clone());
    Some(Value::Attrs(Rc::new(view)))
}

/// The module a container's `config` option merged to, which its evaluation starts from:
/// the option's value as the host reads it carries it; `config` itself otherwise.
pub fn module_of(ev: &mut Evaluator, config: &Thunk) -> Thunk {
    match ev.force(config, None) {
        Ok(Value::Attrs(attrs)) => attrs.module().cloned().unwrap_or_else(|| config.clone()),
        _ => config.clone(),
    }
}

struct Container {
    name: Name,
    module: Thunk,
    state: RefCell<State>,
}

enum State {
    NotYet,
    /// Being evaluated: a read from within (the container's modules reading the host's
    /// read of it) is a cycle, unknown rather than evaluated again.
    Evaluating,
    /// Evaluated; `None` where the evaluation stopped.
    Done(Option<Rc<Evaluated>>),
}

impl Container {
    /// The option `path` of the container, as the host reads it.
    fn option(&self, path: &[Name]) -> Vec<Name> {
        let mut loc = vec![
            Name::new("containers"),
            self.name.clone(),
            Name::new("config"),
        ];
        loc.extend(path.iter().cloned());
        loc
    }

    fn unknown(&self, path: &[Name]) -> Box<EvalError> {
        EvalError::unknown(
            format!("the option `{}'", show_option(&self.option(path))),
            None,
        )
    }

    /// The container's configuration evaluated as `Reader::inner` evaluates it, without
    /// the host's `specialArgs` and platform (what depends on them stays unknown); the
    /// findings of the evaluation are the reader's to make, so none is kept.
    fn evaluated(&self, ev: &mut Evaluator) -> Option<Rc<Evaluated>> {
        match &*self.state.borrow() {
            State::Done(evaluated) => return evaluated.clone(),
            State::Evaluating => return None,
            State::NotYet => {}
        }
        *self.state.borrow_mut() = State::Evaluating;
        let (diagnostics, opaque) = (ev.diagnostics.len(), ev.opaque_modules.len());
        let special_args = ev
            .special_args_option
            .replace(format!("containers.{}.specialArgs", self.name.as_str()));
        let evaluated = crate::schema::load_inner(ev).and_then(|schema| {
            let modules = vec![
                ModuleInput {
                    value: schema,
                    file: Rc::from(crate::schema::INNER_SCHEMA_FILE),
                },
                ModuleInput {
                    value: self.module.clone(),
                    file: Rc::from(format!("containers.{}.config", self.name.as_str()).as_str()),
                },
            ];
            let args = vec![(
                Name::new("name"),
                Thunk::ready(Value::string(self.name.as_str())),
            )];
            let prefix = vec![Name::new("containers"), self.name.clone()];
            eval_modules_open(ev, modules, args, prefix)
        });
        ev.special_args_option = special_args;
        ev.diagnostics.truncate(diagnostics);
        ev.opaque_modules.truncate(opaque);
        let evaluated = evaluated.ok().map(|(evaluated, _)| Rc::new(evaluated));
        *self.state.borrow_mut() = State::Done(evaluated.clone());
        evaluated
    }
}

/// The container's configuration at `path`: a group of declared options as a set of
/// them, an option as its value (opened, see [`opened`]); unknown where the container
/// schema declares nothing or the evaluation stopped.
fn read(ev: &mut Evaluator, container: &Rc<Container>, path: Vec<Name>) -> EvalResult<Value> {
    let evaluated = container
        .evaluated(ev)
        .ok_or_else(|| container.unknown(&path))?;
    let mut node = OptionNode::Group(evaluated.options.clone());
    for name in &path {
        let child = match &node {
            OptionNode::Group(group) => group.children.get(name).cloned(),
            _ => None,
        };
        node = child.ok_or_else(|| container.unknown(&path))?;
    }
    match node {
        OptionNode::Group(group) => {
            let entries = group
                .children
                .keys()
                .map(|name| {
                    let container = container.clone();
                    let mut below = path.clone();
                    below.push(name.clone());
                    AttrEntry::new(
                        name.as_str(),
                        Thunk::native(move |ev| read(ev, &container, below)),
                    )
                })
                .collect();
            let set = Attrs::from_sorted(entries).into_open_at(&container.option(&path));
            Ok(Value::Attrs(Rc::new(set)))
        }
        OptionNode::Option(_) => {
            let mut value = evaluated.config.clone();
            for name in &path {
                let Value::Attrs(attrs) = &value else {
                    return Err(container.unknown(&path));
                };
                let Some(entry) = attrs.get(name.as_str()) else {
                    return Err(container.unknown(&path));
                };
                let thunk = entry.value.clone();
                value = ev
                    .force(&thunk, None)
                    .map_err(|error| match error.is_unknown() {
                        true => error,
                        false => container.unknown(&path),
                    })?;
            }
            Ok(opened(ev, value, container.option(&path)))
        }
        OptionNode::Invalid(_) => Err(container.unknown(&path)),
    }
}

/// An option's value as the host may read it where NixOS's modules, which ncc does not
/// evaluate, may add to it: a set is open (a name it lacks is unknown, not missing), each
/// of its attributes too, and a list known in part. A package or a set that makes itself
/// a string or a function is read as it is.
fn opened(ev: &mut Evaluator, value: Value, loc: Vec<Name>) -> Value {
    match value {
        Value::Attrs(attrs)
            if attrs.placeholder().is_none()
                && ["outPath", "__toString", "__functor"]
                    .iter()
                    .all(|name| attrs.get(name).is_none()) =>
        {
            let entries = attrs
                .entries()
                .iter()
                .map(|entry| {
                    let (thunk, mut below) = (entry.value.clone(), loc.clone());
                    below.push(entry.name.clone());
                    AttrEntry {
                        value: Thunk::native(move |ev| {
                            let value = ev.force(&thunk, None)?;
                            Ok(opened(ev, value, below))
                        }),
                        ..entry.clone()
                    }
                })
                .collect();
            // A set open already (an `attrsOf` of the container's evaluation) keeps what
            // its marks say, and is named as the host reads it.
            let set = Attrs::from_sorted(entries).with_marks_of(&attrs);
            Value::Attrs(Rc::new(set.into_open_at(&loc)))
        }
        Value::List(items) => Value::List(ev.open_lists.make(items.to_vec(), &loc)),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`DECLARED`] names each top-level name the container schema declares options
    /// under, and no other.
    #[test]
    fn declared_names_are_the_container_schema_s() {
        let io = lib_nix::eval::MemoryIo::new();
        let mut ev = Evaluator::new(&io);
        lib_nix::modules::install_hooks(&mut ev);
        let schema = crate::schema::load_inner(&mut ev).expect("the inner schema loads");
        let modules = vec![ModuleInput {
            value: schema,
            file: Rc::from(crate::schema::INNER_SCHEMA_FILE),
        }];
        let args = vec![(Name::new("name"), Thunk::ready(Value::string("web")))];
        let prefix = vec![Name::new("containers"), Name::new("web")];
        let (evaluated, _) = eval_modules_open(&mut ev, modules, args, prefix).expect("evaluates");
        let names: Vec<&str> = evaluated
            .options
            .children
            .keys()
            .map(Name::as_str)
            .filter(|name| *name != "_module")
            .collect();
        assert_eq!(names, DECLARED);
    }
}
