//! The open world (DESIGN.md §8.2): definitions of options that no module ncc
//! evaluates declares. A real host sets hundreds of them (`networking.useDHCP`,
//! `services.nginx`, the options of third-party modules); NixOS knows their types,
//! ncc does not. They are accepted, merged as NixOS merges data whose type it cannot
//! see, and readable by every module; what ncc cannot know is *unknown*, never an error.
//!
//! - Sets merge per attribute, with `mkIf`, `mkMerge` and `mkOverride` pushed down onto
//!   each attribute as for any group of options.
//! - Lists concatenate in `mkOrder` order, and are known only in part: NixOS's own
//!   modules may add items to them (see [`crate::eval::open_lists`]).
//! - Equal scalars are that scalar; scalars that disagree are unknown (the type might
//!   concatenate them, or reject them: ncc cannot tell).
//! - A read of an attribute no module defines is unknown: its default is not known.

use std::rc::Rc;

use crate::eval::{
    AttrEntry, Attrs, EvalError, EvalResult, Evaluator, Thunk, UndecidedName, Value,
};
use crate::modules::merge::{self, entries_with, final_defs, record_definition};
use crate::modules::properties::{property_of, LazyGroup, Property};
use crate::modules::{show_option, Def, OptionGroup, OptionNode};
use crate::name::Name;

/// The value of the declared group `group` (the top level, `networking`) in an open
/// evaluation: its declared options and child groups, and every undeclared attribute
/// its definitions name. Reading one no definition names is unknown.
pub fn open_group(
    ev: &mut Evaluator,
    group: &Rc<OptionGroup>,
    lazy: &Rc<LazyGroup>,
    declared: Vec<AttrEntry>,
) -> EvalResult<Value> {
    let split = match lazy.split(ev) {
        Ok(split) => split,
        // A definition of the group that reads the group itself (`my.system =
        // optionalAttrs (config.my.system ? impermanence) { ... }`): nixpkgs names a
        // group's attributes from its declarations alone, and answers. So does this: the
        // declared options, the group open for what else some definition may add.
        Err(error)
            if error.kind == crate::eval::ErrorKind::InfiniteRecursion
                && !group.children.is_empty() =>
        {
            return Ok(Value::Attrs(Rc::new(
                Attrs::from_entries(declared).into_open_at(lazy.loc()),
            )));
        }
        Err(error) => return Err(error),
    };
    let mut entries = declared;
    let mut undeclared_names = Vec::new();
    for (name, defs) in split.iter() {
        if group.children.contains_key(name) || name.as_str() == "_module" {
            continue;
        }
        undeclared_names.push(name.clone());
        entries.push(AttrEntry {
            name: name.clone(),
            value: undeclared(lazy, name),
            span: defs.first().and_then(|d| d.key_span),
            value_span: defs.first().and_then(|d| d.value_span),
        });
    }
    let attrs = Attrs::from_entries(entries);
    Ok(Value::Attrs(Rc::new(
        match closed_project_group(ev, group, lazy) {
            true => attrs,
            false => attrs
                .into_open_at(lazy.loc())
                .with_undeclared_names(undeclared_names),
        },
    )))
}

/// Whether the declared group at `lazy` is the project's alone, so that reading an
/// attribute nothing declares or defines there is missing, as in NixOS
/// (`config.homelab.features.caddy.openFirewall or false` is `false`), not unknown: under
/// a top-level name NixOS's own modules do not declare (`homelab`, not `services`), every
/// option of it declared in the project's own files (not ncc's stand-ins for modules it
/// does not evaluate), in an evaluation of a whole host (not a module checked by itself)
/// that imports no module ncc cannot know and none it does not evaluate that may declare
/// the project's options (a private flake input's).
fn closed_project_group(ev: &Evaluator, group: &OptionGroup, lazy: &LazyGroup) -> bool {
    let Some(top) = lazy.loc().first() else {
        return false;
    };
    // A module checked as a host of its own may be one of a host ncc did not find,
    // whose other modules may declare more of the group, as they may give arguments.
    if ev.missing_arguments_are_unknown
        || (ev.hooks.open_namespace)(top.as_str())
        || lazy.imports_unknown()
    {
        return false;
    }
    if merge::unread_module_of_the_project(ev).is_some() {
        return false;
    }
    declared_by_project_alone(ev, group)
}

/// Whether every option below `group` is declared only in the project's own files.
fn declared_by_project_alone(ev: &Evaluator, group: &OptionGroup) -> bool {
    let project_file = |file: &str| merge::is_project_file(ev, file);
    group.children.values().all(|node| match node {
        OptionNode::Option(decl) => {
            project_file(&decl.file) && decl.also_declared_in().iter().all(|f| project_file(f))
        }
        OptionNode::Group(child) => declared_by_project_alone(ev, child),
        OptionNode::Invalid(_) => true,
    })
}

/// The entries of a declared group in an open evaluation: as
/// [`group_entries`](crate::modules::merge::group_entries), with
/// each child group open too.
pub fn open_group_entries(group: &Rc<OptionGroup>, lazy: &Rc<LazyGroup>) -> Vec<AttrEntry> {
    entries_with(group, lazy, |child, lazy| {
        Thunk::native(move |ev| {
            let lazy = lazy.get();
            let declared = open_group_entries(&child, &lazy);
            open_group(ev, &child, &lazy, declared)
        })
    })
}

/// The undeclared attribute `name` of the group `parent`, merged when first read.
fn undeclared(parent: &Rc<LazyGroup>, name: &Name) -> Thunk {
    let (parent, name) = (parent.clone(), name.clone());
    Thunk::native(move |ev| {
        let defs = parent
            .split(ev)?
            .get(&name)
            .map(<[Def]>::to_vec)
            .unwrap_or_default();
        let lazy = LazyGroup::child_of(&parent, &name);
        merge_undeclared(ev, &lazy, defs)
    })
}

/// Merges the definitions of the undeclared option at `lazy`'s location.
fn merge_undeclared(ev: &mut Evaluator, lazy: &Rc<LazyGroup>, defs: Vec<Def>) -> EvalResult<Value> {
    let loc = lazy.loc().to_vec();
    if all_groups(ev, &defs)? {
        // A group of options whatever the conditions decide: its attributes are read
        // without deciding any `mkIf` above them, as NixOS reads a declared group
        // (`config.services.x` while `services.y` is under `mkIf` on a value that
        // itself reads `config.services.x`).
        record_definition(ev, &loc, &defs);
        return group_of(ev, lazy);
    }
    let kept = final_defs(ev, defs)?;
    if kept.is_empty() {
        // Every definition was under `mkIf false` or lost to a higher priority that
        // was itself dropped: NixOS would give the option's default.
        return Err(unknown_option(&loc, "its default"));
    }
    record_definition(ev, &loc, &kept);
    let mut values = Vec::with_capacity(kept.len());
    for def in &kept {
        values.push(ev.force(&def.value, def.location())?);
    }
    let all_sets = values
        .iter()
        .all(|v| matches!(v, Value::Attrs(attrs) if attrs.placeholder().is_none() && !is_value_set(attrs)));
    if all_sets {
        // A group of options, a submodule or an attribute set of them: split further,
        // with the properties above pushed down (the definitions as written, which
        // `split` discharges itself).
        return group_of(ev, lazy);
    }
    if values.len() == 1 {
        if is_module_function(&values[0]) || is_module_path(ev, &values[0]) {
            // `home-manager.users.alice = { pkgs, ... }: { ... };`, or the file of one
            // (`microvm.vms.web.config = ./vms/web;`): most likely a module of a submodule
            // ncc does not see declared, whose value NixOS gives is the configuration
            // that module evaluates to, not the function or the path.
            return Err(unknown_option(
                &loc,
                "the configuration its module evaluates to",
            ));
        }
        return Ok(match values.pop().expect("one value") {
            // Its own list, not the definition's: only the option's value is known in
            // part, not a list the definition may also use elsewhere.
            Value::List(items) => Value::List(ev.open_lists.make(items.to_vec(), &loc)),
            value => value,
        });
    }
    if values.iter().all(|v| matches!(v, Value::List(_))) {
        let mut items = Vec::new();
        for value in &values {
            if let Value::List(list) = value {
                ev.charge_items(
                    list.len(),
                    kept[0]
                        .location()
                        .unwrap_or(crate::diagnostic::Span::nowhere()),
                )?;
                items.extend(list.iter().cloned());
            }
        }
        return Ok(Value::List(ev.open_lists.make(items, &loc)));
    }
    let first = &values[0];
    for other in &values[1..] {
        let same = match (first, other) {
            (Value::Lambda(_) | Value::Builtin(_), _)
            | (_, Value::Lambda(_) | Value::Builtin(_)) => false,
            _ => ev.values_equal(first, other, crate::diagnostic::Span::nowhere())?,
        };
        if !same {
            return Err(unknown_option(
                &loc,
                "how its type merges definitions that differ",
            ));
        }
    }
    Ok(values.swap_remove(0))
}

/// Whether `value` is the path of a module: a `.nix` file, or a directory's
/// `default.nix`, whose text is a function of a set with `...` (after any `let`, `with`
/// or brackets around it). Read as text, not imported: the declaration ncc does not see
/// may use the path as a file rather than a module (`"${./template.nix}"`, a template
/// with `%HOST%` in it, which Nix never parses), so its mistakes are no finding and it is
/// no file the host reaches. A path of anything else (a directory of files,
/// `./secrets.yaml`, a file ncc cannot read) is a value of its own.
fn is_module_path(ev: &Evaluator, value: &Value) -> bool {
    use rnix::ast;
    let Value::Path(path) = value else {
        return false;
    };
    let io = ev.io();
    let file = match io.is_directory(path) {
        true => format!("{}/default.nix", path.trim_end_matches('/')),
        false => path.to_string(),
    };
    if !file.ends_with(".nix") {
        return false;
    }
    let Ok(text) = io.read_file(&file) else {
        return false;
    };
    let mut expr = crate::syntax::parse(&text).root.expr();
    loop {
        expr = match expr {
            Some(ast::Expr::LetIn(let_in)) => let_in.body(),
            Some(ast::Expr::With(with)) => with.body(),
            Some(ast::Expr::Paren(paren)) => paren.expr(),
            Some(ast::Expr::Lambda(lambda)) => {
                return matches!(lambda.param(), Some(ast::Param::Pattern(pattern))
                    if pattern.ellipsis_token().is_some());
            }
            _ => return false,
        };
    }
}

/// Whether `value` has a module's shape: a function of a set with `...`
/// (`{ config, pkgs, ... }: { ... }`).
fn is_module_function(value: &Value) -> bool {
    matches!(value, Value::Lambda(closure)
        if matches!(closure.lambda.param, crate::ir::Param::Formals { ellipsis: true, .. }))
}

/// The undeclared group at `lazy`: an open set of its attributes, each merged when read.
/// A name only definitions under an undecided `mkIf` give (`config = mkIf cfg.enable {
/// virtualisation.oci-containers.containers.wiki = ...; }`) is listed all the same, as
/// the names of a group of options are known whatever its conditions; but the group
/// may be an `attrsOf`, which leaves such a name out where the condition is false, so
/// the set says which of its names are undecided.
fn group_of(ev: &mut Evaluator, lazy: &Rc<LazyGroup>) -> EvalResult<Value> {
    let split = lazy.split(ev)?;
    let mut undecided = Vec::new();
    let entries = split
        .iter()
        .map(|(child, defs)| {
            if defs
                .iter()
                .all(|def| under_undecided_condition(ev, &def.value))
            {
                undecided.push(UndecidedName {
                    name: child.clone(),
                    definitions: defs.iter().map(|def| def.value.clone()).collect(),
                });
            }
            AttrEntry {
                name: child.clone(),
                value: undeclared(lazy, child),
                span: defs.first().and_then(|d| d.key_span),
                value_span: defs.first().and_then(|d| d.value_span),
            }
        })
        .collect();
    let group = Attrs::from_entries(entries)
        .into_open_at(lazy.loc())
        .with_all_names_undeclared();
    Ok(Value::Attrs(Rc::new(group.with_undecided_names(undecided))))
}

/// Whether a definition, as the group's split made it, is under a `mkIf` pushed down
/// from above whose condition is not known to be true: seen only where the definition
/// is already a value (a pushed-down `mkIf` is one; what is not yet evaluated is not
/// evaluated here, where a condition may read the group itself).
fn under_undecided_condition(ev: &mut Evaluator, value: &Thunk) -> bool {
    let Some(Value::Attrs(attrs)) = value.value_if_forced() else {
        return false;
    };
    match property_of(ev, &attrs) {
        Ok(Some(Property::If)) => {
            let condition = attrs
                .get("condition")
                .and_then(|c| c.value.value_if_forced());
            match condition {
                Some(Value::Bool(true)) => attrs
                    .get("content")
                    .is_some_and(|content| under_undecided_condition(ev, &content.value)),
                _ => true,
            }
        }
        Ok(Some(Property::Override | Property::Order)) => attrs
            .get("content")
            .is_some_and(|content| under_undecided_condition(ev, &content.value)),
        _ => false,
    }
}

/// Whether NixOS has `name` in its group whatever the group's type (a group of options
/// or an `attrsOf`): some definition of it is under `mkIf`s whose conditions all hold,
/// each decided now if it was not. A read of the group's names is where NixOS decides
/// them for an `attrsOf` (`mapAttrsToList f cfg.nodes.relay.links`, with every link
/// under the module's own `mkIf cfg.enable`). A condition that does not come out `true`
/// (`false`, unknown, failing, or being computed right now, the read being part of
/// computing it) leaves the name undecided.
pub(crate) fn given_whatever_its_type(ev: &mut Evaluator, name: &UndecidedName) -> bool {
    name.definitions
        .iter()
        .any(|definition| conditions_hold(ev, definition))
}

/// Whether the `mkIf`s a definition sits under, as [`under_undecided_condition`] finds
/// them, all hold, forcing each condition.
fn conditions_hold(ev: &mut Evaluator, value: &Thunk) -> bool {
    let Some(Value::Attrs(attrs)) = value.value_if_forced() else {
        return true;
    };
    let content_holds = |ev: &mut Evaluator| {
        attrs
            .get("content")
            .is_none_or(|content| conditions_hold(ev, &content.value))
    };
    match property_of(ev, &attrs) {
        Ok(Some(Property::If)) => {
            let Some(condition) = attrs.get("condition") else {
                return false;
            };
            let condition = condition.value.clone();
            matches!(ev.force(&condition, None), Ok(Value::Bool(true))) && content_holds(ev)
        }
        Ok(Some(Property::Override | Property::Order)) => content_holds(ev),
        Ok(_) => true,
        Err(_) => false,
    }
}

/// Whether every definition is a set of options under its properties (`mkIf`,
/// `mkMerge`, `mkOverride`, `mkOrder`), seen without deciding any condition.
///
/// One definition that is plainly not a set answers for all, whatever the others do
/// when forced: a module's `device = mkDefault (throw "set the device")` beside the
/// host's `device = "/dev/sda"` is a string option whose default loses by priority, and
/// NixOS never forces it. A definition that fails is the answer only when no other
/// definition says no; merging the definitions that are kept fails on it again if it
/// is kept.
fn all_groups(ev: &mut Evaluator, defs: &[Def]) -> EvalResult<bool> {
    let mut failed = None;
    for def in defs {
        match is_group(ev, &def.value, def) {
            Ok(true) => {}
            Ok(false) => return Ok(false),
            Err(error) => {
                failed.get_or_insert(error);
            }
        }
    }
    match failed {
        Some(error) => Err(error),
        None => Ok(!defs.is_empty()),
    }
}

fn is_group(ev: &mut Evaluator, value: &Thunk, def: &Def) -> EvalResult<bool> {
    let Value::Attrs(attrs) = ev.force(value, def.location())? else {
        return Ok(false);
    };
    if attrs.placeholder().is_some() {
        return Ok(false);
    }
    let field = |name: &str| attrs.get(name).map(|entry| entry.value.clone());
    match property_of(ev, &attrs)? {
        Some(Property::Merge) => {
            let Some(contents) = field("contents") else {
                return Ok(false);
            };
            let Value::List(items) = ev.force(&contents, def.location())? else {
                return Ok(false);
            };
            for item in items.iter() {
                if !is_group(ev, item, def)? {
                    return Ok(false);
                }
            }
            Ok(true)
        }
        Some(property @ (Property::If | Property::Override | Property::Order)) => {
            match field("content") {
                // `mkIf false { ${cfg.name} = ...; }` whose names fail: NixOS discards it
                // where it is an option's value, so it decides nothing here.
                Some(content) => match is_group(ev, &content, def) {
                    Err(_)
                        if property == Property::If
                            && super::properties::condition_is_false(ev, &attrs, def) =>
                    {
                        Ok(true)
                    }
                    result => result,
                },
                None => Ok(false),
            }
        }
        None => Ok(!is_value_set(&attrs)),
    }
}

/// Whether a set is a value in its own right rather than a group of options: a
/// derivation-like set (`type = "derivation"`) or one marked with `_type`.
fn is_value_set(attrs: &Attrs) -> bool {
    attrs.get("_type").is_some() || attrs.get("outPath").is_some()
}

fn unknown_option(loc: &[Name], what: &str) -> Box<EvalError> {
    EvalError::unknown(
        format!(
            "the option `{}' ({what} is not known to ncc)",
            show_option(loc)
        ),
        None,
    )
}
