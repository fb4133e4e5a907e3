//! Merging an option from its definitions (`mergeDefinitions`, `type.merge`), and the
//! lazy `config` attribute set whose leaves do it when first read.

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::diagnostic::{Label, ModuleErrorCode, Span};
use crate::eval::builtins::Builtin;
use crate::eval::{AttrEntry, Attrs, ErrorKind, EvalError, EvalResult, Evaluator, Thunk, Value};
use crate::modules::pretty::show_defs;
use crate::modules::properties::{
    self, discharge, filter_overrides, sort_by_order, LazyGroup, OPTION_DEFAULT_PRIORITY,
};
use crate::modules::types::{self, Type, TypeKind};
use crate::modules::{show_option, Def, ModuleInput, OptionDecl, OptionGroup, OptionNode};
use crate::name::Name;

const PRIORITY_SUGGESTION: &str =
    "Use `lib.mkForce value` or `lib.mkDefault value` to change the priority on any of these definitions.";

/// The `config` value of an option group: its options merge when read.
pub fn group_value(group: &Rc<OptionGroup>, lazy: &Rc<LazyGroup>) -> Value {
    Value::Attrs(Rc::new(Attrs::from_sorted(group_entries(group, lazy))))
}

/// The attributes of [`group_value`], sorted by name: a thunk per option, merging it at
/// the group's location ([`LazyGroup::loc`]) when read, and a thunk per child group,
/// made into its own [`group_value`] when read (most of a declared tree is never read).
pub fn group_entries(group: &Rc<OptionGroup>, lazy: &Rc<LazyGroup>) -> Vec<AttrEntry> {
    entries_with(group, lazy, |child, lazy| {
        Thunk::native(move |_| Ok(group_value(&child, &lazy.get())))
    })
}

/// The entries of `group`'s options and invalid declarations, with `child_group` making
/// the value of each child group from it and a maker of its [`LazyGroup`] (made when
/// called, so that a group no one reads splits nothing).
pub fn entries_with(
    group: &Rc<OptionGroup>,
    lazy: &Rc<LazyGroup>,
    child_group: impl Fn(Rc<OptionGroup>, ChildGroup) -> Thunk,
) -> Vec<AttrEntry> {
    group
        .children
        .iter()
        .map(|(name, node)| {
            let value = match node {
                OptionNode::Option(decl) => option_thunk(decl, lazy, name),
                OptionNode::Group(child) => child_group(
                    child.clone(),
                    ChildGroup {
                        parent: lazy.clone(),
                        name: name.clone(),
                    },
                ),
                OptionNode::Invalid(invalid) => {
                    let invalid = invalid.clone();
                    Thunk::native(move |_| Err(invalid.error()))
                }
            };
            AttrEntry {
                name: name.clone(),
                value,
                span: None,
                value_span: None,
            }
        })
        .collect()
}

/// The [`LazyGroup`] of a child group, made when asked for.
pub struct ChildGroup {
    parent: Rc<LazyGroup>,
    name: Name,
}

impl ChildGroup {
    /// The child's group ([`LazyGroup::child_of`]).
    pub fn get(&self) -> Rc<LazyGroup> {
        LazyGroup::child_of(&self.parent, &self.name)
    }
}

/// The option `name` of the group `lazy`, declared by `decl`, merged when first read.
/// Merging it again after it met infinite recursion, as Nix forces a thunk again: the
/// recursion may be ncc's own, met where NixOS reads no definition (which names an
/// option of the open world has under a `mkIf`, decided while that `mkIf`'s condition
/// reads this option), and the option has a value once that is over.
fn option_thunk(decl: &Rc<OptionDecl>, lazy: &Rc<LazyGroup>, name: &Name) -> Thunk {
    let (decl, lazy, name) = (decl.clone(), lazy.clone(), name.clone());
    Thunk::repeatable(move |ev| {
        let defs = lazy
            .split(ev)?
            .get(&name)
            .map(<[Def]>::to_vec)
            .unwrap_or_default();
        let loc = child_loc(lazy.loc(), name.clone());
        if !lazy.imports_unknown() {
            return merge_option(ev, &decl, &loc, defs);
        }
        // A submodule merged here is open to the unknown module as well.
        let outer = DEFINED_BY_UNKNOWN.replace(true);
        let merged = merge_option(ev, &decl, &loc, defs);
        DEFINED_BY_UNKNOWN.set(outer);
        open_to_unknown_module(ev, &decl, &loc, merged?)
    })
}

thread_local! {
    /// Whether the option being merged is in an evaluation that imports a module ncc
    /// cannot know, which may define in a submodule of it too (`homelab.vps.interfaces.eth0`
    /// with `homelab` a submodule option): read once, by the submodule's evaluation
    /// made for it (see [`merge_submodule`]).
    static DEFINED_BY_UNKNOWN: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// The value `merged` of the option `decl` at `loc`, in an evaluation that imports a
/// module ncc cannot know (`builtins.extraBuiltins.importEncrypted ./site.nix.age`):
/// an `attrsOf` set is open, as that module may define entries of it, so that reading
/// one no module ncc sees defines is unknown, not "attribute missing".
fn open_to_unknown_module(
    ev: &mut Evaluator,
    decl: &OptionDecl,
    loc: &[Name],
    merged: Value,
) -> EvalResult<Value> {
    let Value::Attrs(attrs) = &merged else {
        return Ok(merged);
    };
    if attrs.placeholder().is_some() || attrs.open().is_some() {
        return Ok(merged);
    }
    let ty = decl.decoded_type(ev)?;
    if !matches!(types::resolve(ev, &ty)?.kind, TypeKind::AttrsOf(..)) {
        return Ok(merged);
    }
    Ok(Value::Attrs(Rc::new(
        Attrs::unshared(attrs.clone()).into_open_at(loc),
    )))
}

/// `loc` with `name` appended, allocated once.
pub(super) fn child_loc(loc: &[Name], name: Name) -> Vec<Name> {
    let mut child = Vec::with_capacity(loc.len() + 1);
    child.extend_from_slice(loc);
    child.push(name);
    child
}

fn module_error(
    code: ModuleErrorCode,
    message: String,
    defs: &[&Def],
    help: Option<String>,
) -> Box<EvalError> {
    let mut error = EvalError::new(
        ErrorKind::Module(code, message),
        defs.first().and_then(|d| d.location()),
    );
    for def in defs.iter().skip(1) {
        if let Some(span) = def.location() {
            error.labels.push(Label {
                span,
                message: "also defined here".to_owned(),
            });
        }
    }
    error.help = help;
    error
}

/// A module ncc does not evaluate that may define an option the project declares: one of
/// a flake input or another external source (`inputs.private.nixosModules.default`), not
/// one of NixOS's own (`<nixpkgs/nixos/modules/...>`), which set no project's options,
/// nor one published for everyone (see `Hooks::may_define_project_options`).
/// `None` for the options ncc declares itself, whose values NixOS's modules would give.
fn module_that_may_define(ev: &Evaluator, decl: &OptionDecl) -> Option<String> {
    if !is_project_file(ev, &decl.file) {
        return None;
    }
    unread_module_of_the_project(ev).cloned()
}

/// Whether `file` is one of the project's, not ncc's own (its schema, its stand-ins) nor
/// a name in angle brackets (`<submodule type>`, NixOS's modules).
pub(super) fn is_project_file(ev: &Evaluator, file: &str) -> bool {
    !file.starts_with('<') && !ev.is_own_file(file)
}

/// The first module of the evaluation ncc does not evaluate that may declare or define
/// the project's options (see [`module_that_may_define`]).
pub(super) fn unread_module_of_the_project<'a>(ev: &'a Evaluator) -> Option<&'a String> {
    let may_define = ev.hooks.may_define_project_options;
    ev.opaque_modules
        .iter()
        .find(|module| !module.starts_with("<nixpkgs/") && may_define(module))
}

/// Whether the option is a project's declaration that adds options to a submodule NixOS's
/// own modules declare too (`options.services.borgbackup.jobs = mkOption { type = attrsOf
/// (submodule { ... }); }`, whose type lib's `openWorldElements` opened and marked):
/// nixpkgs merges it with NixOS's declaration, whose default (`{ }`) is the value when
/// nothing defines it, and ncc does not evaluate that declaration.
fn extends_open_world_submodule(ev: &mut Evaluator, decl: &OptionDecl) -> EvalResult<bool> {
    let Some(ty) = decl.declaration.get("type") else {
        return Ok(false);
    };
    match ev.force(&ty.value.clone(), None)? {
        Value::Attrs(ty) => Ok(ty.get("_nccOpenWorld").is_some()),
        _ => Ok(false),
    }
}

fn no_value(loc: &[Name]) -> Box<EvalError> {
    EvalError::new(
        ErrorKind::Module(
            ModuleErrorCode::NoValue,
            format!(
                "The option `{}' was accessed but has no value defined. Try setting the option.",
                show_option(loc)
            ),
        ),
        None,
    )
}

/// `mergeDefinitions` without the type: discharged, filtered and ordered definitions.
pub(super) fn final_defs(ev: &mut Evaluator, defs: Vec<Def>) -> EvalResult<Vec<Def>> {
    let defs = discharge(ev, defs)?;
    let (defs, _) = filter_overrides(ev, defs)?;
    sort_by_order(ev, defs)
}

/// The `config` of a module set with a `freeformType`: the declared options plus every
/// undeclared definition, merged per name with the freeform type's element type.
pub fn with_freeform(
    ev: &mut Evaluator,
    declared: Value,
    freeform: &Thunk,
    lazy: &Rc<LazyGroup>,
    root: &Rc<OptionGroup>,
    loc: &[Name],
) -> EvalResult<Value> {
    let freeform = ev.force(freeform, None)?;
    let freeform = types::decode_lazily(ev, &freeform)?;
    let (element, lazy_names) = match &freeform.kind {
        TypeKind::AttrsOf(element, lazy) => ((**element).clone(), *lazy),
        // nixpkgs checks and merges the undeclared definitions as one set, each wrapped
        // as `{ name = value; }`: `types.attrs` (`lazyAttrsOf`'s old spelling) accepts any
        // value under a name, so per name it is the loosest type, not itself.
        TypeKind::Attrs => (
            types::Type {
                kind: TypeKind::Unspecified,
                description: "unspecified value".to_owned(),
                descriptor: freeform.descriptor.clone(),
            },
            false,
        ),
        _ => (freeform.clone(), false),
    };
    // `types.attrs` merges the undeclared definitions with `//`, name by name as written
    // (pushed down one level, their `mkIf`s and priorities left in them): a name is
    // there without its value being looked at, which may read the whole set (`my.email
    // = "${my.username}@..."` with `my` this configuration), and the last definition of
    // it, in nixpkgs' order, is its value.
    let replaced_whole = matches!(freeform.kind, TypeKind::Attrs);
    let split = lazy.split(ev)?;
    let mut entries: Vec<AttrEntry> = match &declared {
        Value::Attrs(attrs) => attrs.entries().to_vec(),
        _ => Vec::new(),
    };
    for (name, defs) in split.iter() {
        if root.children.contains_key(name) || name.as_str() == "_module" {
            continue;
        }
        let key_loc = child_loc(loc, name.clone());
        let element = element.clone();
        // `lazyAttrsOf` (flake-parts' `flake`, most freeform settings) has every defined
        // name without looking at its definitions: a value that reads the whole set, as
        // `self.lib` does in a flake, is not forced to know the set's names. `attrsOf`
        // drops a name whose definitions are all `mkIf false`, so it discharges them here.
        let value = if replaced_whole {
            let Some(last) = defs.last() else {
                continue;
            };
            record_definition(ev, &key_loc, std::slice::from_ref(last));
            last.value.clone()
        } else if lazy_names {
            record_definition(ev, &key_loc, defs);
            let defs = defs.to_vec();
            Thunk::native(move |ev| merge_lazy_element(ev, &element, &key_loc, defs))
        } else {
            let kept = final_defs(ev, defs.to_vec())?;
            if kept.is_empty() {
                continue;
            }
            record_definition(ev, &key_loc, &kept);
            Thunk::native(move |ev| merge_typed(ev, &element, &key_loc, kept))
        };
        entries.push(AttrEntry {
            name: name.clone(),
            value,
            span: defs.first().and_then(|d| d.key_span),
            value_span: defs.first().and_then(|d| d.value_span),
        });
    }
    Ok(Value::Attrs(Rc::new(Attrs::from_entries(entries))))
}

/// Remembers where the winning definition of `loc` was written; an option's default has
/// no place in the user's files and is not recorded.
pub(super) fn record_definition(ev: &mut Evaluator, loc: &[Name], defs: &[Def]) {
    if let Some(span) = users_first(ev, defs.iter().filter_map(|d| d.location())) {
        ev.definition_spans.record(loc, span);
    }
}

/// The first of `spans`, the user's before one of ncc's own sources: its schema gives
/// NixOS's value of a container unit's `ExecStart` beside the host's, and a type's own
/// modules come first, but a finding about the setting belongs at the host's line.
fn users_first(ev: &Evaluator, mut spans: impl Iterator<Item = Span>) -> Option<Span> {
    let first = spans.next()?;
    let own = |span: Span| crate::source::is_ncc_own(&ev.sources.file(span.file).path);
    if !own(first) {
        return Some(first);
    }
    Some(spans.find(|span| !own(*span)).unwrap_or(first))
}

/// Merges the option declared by `decl` at `loc`: its definitions plus its default,
/// then its type, then `apply`.
pub fn merge_option(
    ev: &mut Evaluator,
    decl: &Rc<OptionDecl>,
    loc: &[Name],
    defs: Vec<Def>,
) -> EvalResult<Value> {
    let apply = match decl.apply() {
        Some(apply) => Some(ev.force(apply, None)?).filter(|f| !matches!(f, Value::Null)),
        None => None,
    };
    match apply {
        // `apply` receives the merged value lazily: if it ignores it, nothing is merged.
        Some(function) => {
            let (decl, loc) = (decl.clone(), loc.to_vec());
            let merged = Thunk::native(move |ev| merge_definitions(ev, &decl, &loc, defs));
            ev.apply(function, merged, Span::nowhere())
        }
        None => merge_definitions(ev, decl, loc, defs),
    }
}

/// The entries of an `attrsOf` option, each merged from its own definitions alone
/// ([`EntriesAlone::of`]).
pub struct EntriesAlone {
    element: Type,
    loc: Vec<Name>,
    /// The option's default, a set of names ncc reads.
    default: Option<Rc<Attrs>>,
}

/// One entry, as [`EntriesAlone::merge`] finds it.
pub enum Entry {
    Merged(Value),
    /// No definition of the name is left once its conditions are read.
    Absent,
    /// The option's default names it: whether it stands depends on the other definitions.
    Undecided,
}

impl EntriesAlone {
    /// The entries of the `attrsOf` option `decl` at `loc`, where each is what its own
    /// definitions merge to. nixpkgs discharges the option's definitions (`option_defs`)
    /// whole before it merges each name from those left, so a set kept by a condition
    /// ncc cannot know (`systemd.services = mkIf config.services.bazarr.enable { ... }`)
    /// leaves every name unknown; yet where only conditions choose among them (no
    /// priority, no order, every one a set whose names ncc reads) and no `apply` takes
    /// the set whole, an entry is what its own definitions merge to, whatever the other
    /// names are. `None` where that does not hold.
    pub fn of(
        ev: &mut Evaluator,
        decl: &OptionDecl,
        loc: &[Name],
        option_defs: &[Def],
    ) -> EvalResult<Option<EntriesAlone>> {
        if decl.apply().is_some() || !properties::only_conditions_choose(ev, option_defs)? {
            return Ok(None);
        }
        let default = match decl.default() {
            None => None,
            Some(default) => match ev.force(default, None)? {
                Value::Attrs(names) if names.placeholder().is_none() => Some(names),
                _ => return Ok(None),
            },
        };
        let ty = decl.decoded_type(ev)?;
        let ty = types::resolve(ev, &ty)?;
        let TypeKind::AttrsOf(element, false) = &ty.kind else {
            return Ok(None);
        };
        Ok(Some(EntriesAlone {
            element: (**element).clone(),
            loc: loc.to_vec(),
            default,
        }))
    }

    /// The entry `name`, from its definitions (`name_defs`, split out of the option's
    /// with the conditions around them, as [`LazyGroup::split`] gives them).
    pub fn merge(&self, ev: &mut Evaluator, name: &Name, name_defs: Vec<Def>) -> EvalResult<Entry> {
        if self
            .default
            .as_ref()
            .is_some_and(|default| default.get(name.as_str()).is_some())
        {
            return Ok(Entry::Undecided);
        }
        let entry_loc = child_loc(&self.loc, name.clone());
        let spans = name_defs.iter().filter_map(|d| d.key_span.or(d.value_span));
        if let Some(span) = users_first(ev, spans) {
            ev.definition_spans.record_first(entry_loc.clone(), span);
        }
        let kept = final_defs(ev, name_defs)?;
        if kept.is_empty() {
            return Ok(Entry::Absent);
        }
        merge_typed(ev, &self.element, &entry_loc, kept).map(Entry::Merged)
    }
}

/// The option's definitions and default, merged by priority, order and type.
fn merge_definitions(
    ev: &mut Evaluator,
    decl: &OptionDecl,
    loc: &[Name],
    defs: Vec<Def>,
) -> EvalResult<Value> {
    let read_only = match decl.read_only() {
        Some(flag) => matches!(ev.force(flag, None)?, Value::Bool(true)),
        None => false,
    };
    // nixpkgs counts the default as a definition here: a read-only option with a
    // default may not be set at all.
    let default_def = decl.default().map(|default| Def {
        value: default.clone(),
        file: decl.file.clone(),
        key_span: None,
        value_span: None,
    });
    if read_only && defs.len() + usize::from(default_def.is_some()) > 1 {
        let all: Vec<&Def> = default_def.iter().chain(defs.iter()).collect();
        let shown = show_defs(ev, &all);
        // Pointed at where it is set: the default is written in the declaration.
        let set: Vec<&Def> = defs.iter().collect();
        return Err(module_error(
            ModuleErrorCode::ConflictingDefinitions,
            format!(
                "The option `{}' is read-only, but it's set multiple times. Definition values:{shown}",
                show_option(loc)
            ),
            &set,
            None,
        ));
    }
    // The default is `mkOptionDefault default` placed before the definitions. It is
    // not built as such: its priority (1500) decides whether it takes part, and when it
    // does it is, after `filterOverrides`, the bare default (never discharged).
    let defs = discharge(ev, defs)?;
    let (mut defs, best) = filter_overrides(ev, defs)?;
    let default_only = defs.is_empty();
    if default_only {
        if let Some(merged) = decl.merged_default() {
            return Ok(merged);
        }
        if let Some(merged) = trusted_default(ev, decl)? {
            decl.remember_default(&merged);
            return Ok(merged);
        }
    }
    if let Some(default) = decl.default() {
        let default = Def {
            value: default.clone(),
            file: decl.file.clone(),
            key_span: None,
            // The default is written in the declaration, not in the user's files.
            value_span: None,
        };
        if defs.is_empty() || best > OPTION_DEFAULT_PRIORITY {
            defs = vec![default];
        } else if best == OPTION_DEFAULT_PRIORITY {
            defs.insert(0, default);
        }
    }
    let defs = sort_by_order(ev, defs)?;
    if defs.is_empty() {
        if extends_open_world_submodule(ev, decl)? {
            return Err(EvalError::unknown(
                format!(
                    "the option `{}' (declared in the project without a default, to add options to NixOS's own declaration of it, whose default ncc does not evaluate)",
                    show_option(loc)
                ),
                None,
            ));
        }
        if let Some(module) = module_that_may_define(ev, decl) {
            return Err(EvalError::unknown(
                format!(
                    "the option `{}' (no module ncc evaluates defines it; the module {module}, which ncc does not evaluate, may)",
                    show_option(loc)
                ),
                None,
            ));
        }
        return Err(no_value(loc));
    }
    record_definition(ev, loc, &defs);
    let ty = decl.decoded_type(ev)?;
    let merged = merge_typed(ev, &ty, loc, defs)?;
    if default_only {
        decl.remember_default(&merged);
    }
    Ok(merged)
}

/// The default of an option nothing defines, when it is plain data declared by one of
/// ncc's own files, whose plain defaults merge to themselves ([`Evaluator::mark_own_file`]),
/// or written in one (the options of a submodule type that file declares): no type to
/// decode, no definition to check.
fn trusted_default(ev: &mut Evaluator, decl: &OptionDecl) -> EvalResult<Option<Value>> {
    let trusted = !decl.is_joined()
        && (ev.is_own_file(&decl.file)
            || decl
                .default_span()
                .is_some_and(|span| ev.is_written_in_own_file(span)));
    let Some(default) = decl.default().filter(|_| trusted) else {
        return Ok(None);
    };
    let value = ev.force(default, None)?;
    Ok(is_plain_default(&value).then_some(value))
}

/// Whether `value` is data an option's default can be without its type changing it
/// when merged alone: null, a Boolean, an integer, a string, an empty list.
pub fn is_plain_default(value: &Value) -> bool {
    match value {
        Value::Null | Value::Bool(_) | Value::Int(_) | Value::String(_) => true,
        Value::List(items) => items.is_empty(),
        _ => false,
    }
}

pub(super) fn unspecified() -> Type {
    Type {
        kind: TypeKind::Unspecified,
        description: "unspecified value".to_owned(),
        descriptor: Rc::new(Attrs::default()),
    }
}

/// Checks every definition against `ty` and merges them (`type.merge loc defs`).
pub fn merge_typed(
    ev: &mut Evaluator,
    ty: &Type,
    loc: &[Name],
    defs: Vec<Def>,
) -> EvalResult<Value> {
    let ty = types::resolve(ev, ty)?;
    let ty = ty.as_ref();
    let mut values = Vec::with_capacity(defs.len());
    let mut invalid = Vec::new();
    for (index, def) in defs.iter().enumerate() {
        let value = ev.force(&def.value, def.location())?;
        if !types::check(ev, ty, &value)? {
            // A package or an external source may be what the type wants, or coerce
            // to it: ncc cannot tell.
            if let Some(what) = value.opaque() {
                return Err(EvalError::unknown(
                    format!("whether `{what}' is of type `{}'", ty.describe(ev)?),
                    def.location(),
                ));
            }
            // Text made with such a value (`"node-${inputs.site.lib.pad 1}"`) holds its
            // stand-in path where Nix has what the value gives: ncc cannot tell either.
            if let Value::String(text) = &value {
                if text.contains(crate::eval::opaque::FAKE_STORE_PREFIX) {
                    return Err(EvalError::unknown(
                        format!("whether {text:?} is of type `{}'", ty.describe(ev)?),
                        def.location(),
                    ));
                }
            }
            invalid.push(index);
        }
        values.push(value);
    }
    if !invalid.is_empty() {
        let bad: Vec<&Def> = invalid.iter().map(|i| &defs[*i]).collect();
        let shown = show_defs(ev, &bad);
        let description = ty.describe(ev)?;
        return Err(module_error(
            ModuleErrorCode::NotOfType,
            format!(
                "A definition for option `{}' is not of type `{}'. Definition values:{shown}",
                show_option(loc),
                description
            ),
            &bad,
            None,
        ));
    }
    merge_checked(ev, ty, loc, defs, values)
}

/// `type.merge loc defs` itself, for definitions already checked (or, called from Nix
/// as `types.str.merge`, not checked at all, as nixpkgs' `merge` does not check).
fn merge_checked(
    ev: &mut Evaluator,
    ty: &Type,
    loc: &[Name],
    defs: Vec<Def>,
    values: Vec<Value>,
) -> EvalResult<Value> {
    match &ty.kind {
        TypeKind::SingleLineStr => {
            let merged = merge_equal(ev, loc, &defs, &values)?;
            Ok(match merged {
                Value::String(s) => Value::string(s.strip_suffix('\n').unwrap_or(&s)),
                other => other,
            })
        }
        TypeKind::Separated(separator) => {
            let parts: Vec<String> = values
                .iter()
                .map(|v| match v {
                    Value::String(s) => s.to_string(),
                    _ => String::new(),
                })
                .collect();
            Ok(Value::string(&parts.join(separator)))
        }
        TypeKind::NullOr(inner) => {
            let nulls = values.iter().filter(|v| matches!(v, Value::Null)).count();
            if nulls == values.len() {
                Ok(Value::Null)
            } else if nulls == 0 {
                merge_typed(ev, inner, loc, defs)
            } else {
                let files: Vec<String> = defs.iter().map(|d| format!("`{}'", d.file)).collect();
                let all: Vec<&Def> = defs.iter().collect();
                Err(module_error(
                    ModuleErrorCode::NullAndNotNull,
                    format!(
                        "The option `{}` is defined both null and not null, in {}.",
                        show_option(loc),
                        files.join(" and ")
                    ),
                    &all,
                    None,
                ))
            }
        }
        TypeKind::ListOf(element, _) => merge_list(ev, element, loc, &defs, &values),
        TypeKind::AttrsOf(element, lazy) => {
            let open = ty
                .descriptor
                .get(crate::modules::OPEN_ENTRIES_MARK)
                .is_some();
            merge_attrs(ev, element, *lazy, open, loc, &defs, &values)
        }
        TypeKind::Submodule {
            modules,
            special_args,
            shorthand_only_defines_config,
        } => merge_submodule(
            ev,
            modules,
            special_args.clone(),
            *shorthand_only_defines_config,
            loc,
            &defs,
        ),
        TypeKind::Either(left, right) => {
            let mut all_left = true;
            let mut all_right = true;
            for value in &values {
                all_left &= types::check(ev, left, value)?;
                all_right &= types::check(ev, right, value)?;
            }
            if all_left {
                merge_typed(ev, left, loc, defs)
            } else if all_right {
                merge_typed(ev, right, loc, defs)
            } else {
                merge_one(ev, loc, &defs, &values, None)
            }
        }
        TypeKind::UnitOption(inner) => {
            if !values.iter().any(|v| matches!(v, Value::List(_))) {
                return merge_typed(ev, inner, loc, defs);
            }
            let mut entries = Vec::new();
            for value in values {
                match value {
                    Value::List(items) => entries.extend(items.iter().cloned()),
                    other => entries.push(Thunk::ready(other)),
                }
            }
            Ok(Value::List(Rc::from(entries)))
        }
        TypeKind::CoercedTo { from, function, to } => {
            // As nixpkgs' `coerceVal`: a value the coerced type accepts is converted,
            // whether or not the final type would take it as it is (a path given to
            // `coercedTo path (m: { module = m; }) (submodule ...)`, which the submodule
            // alone would import as a module file).
            let mut coerced = Vec::with_capacity(defs.len());
            for (def, value) in defs.iter().zip(&values) {
                if types::check(ev, from, value)? {
                    let span = def.location().unwrap_or_else(Span::nowhere);
                    let converted =
                        ev.apply(function.clone(), Thunk::ready(value.clone()), span)?;
                    coerced.push(Def {
                        value: Thunk::ready(converted),
                        ..def.clone()
                    });
                } else {
                    coerced.push(def.clone());
                }
            }
            merge_typed(ev, to, loc, coerced)
        }
        TypeKind::Uniq(inner, message) => {
            if defs.len() > 1 {
                return merge_one(ev, loc, &defs, &values, message.clone());
            }
            merge_typed(ev, inner, loc, defs)
        }
        TypeKind::AddCheck(inner, _) => merge_typed(ev, inner, loc, defs),
        TypeKind::CheckReplaced(inner, _) => merge_checked(ev, inner, loc, defs, values),
        TypeKind::Raw => merge_one(ev, loc, &defs, &values, None),
        TypeKind::Unspecified | TypeKind::Attrs => merge_default(ev, loc, &defs, &values),
        TypeKind::Anything => merge_anything(ev, loc, defs, values),
        TypeKind::DeferredModule {
            configuration,
            static_modules,
        } => {
            // `{ imports = staticModules ++ map (def: { _file = "${def.file}, via option
            // ${showOption loc}"; imports = [ def.value ]; }) defs; }`. A container's
            // configuration keeps the file alone: NixOS evaluates it with a type of its
            // own, not this one.
            let via = match configuration {
                true => String::new(),
                false => format!(", via option {}", show_option(loc)),
            };
            let imports: Vec<Thunk> = static_modules
                .iter()
                .cloned()
                .chain(defs.iter().map(|d| {
                    let file = if *configuration {
                        d.file.clone()
                    } else {
                        Rc::from(format!("{}{via}", d.file))
                    };
                    Thunk::ready(Value::Attrs(Rc::new(Attrs::from_entries(vec![
                        AttrEntry {
                            name: Name::new("_file"),
                            value: Thunk::ready(Value::String(file)),
                            span: None,
                            value_span: None,
                        },
                        AttrEntry {
                            name: Name::new("imports"),
                            value: Thunk::ready(Value::List(Rc::from(vec![d.value.clone()]))),
                            span: d.key_span,
                            value_span: d.value_span,
                        },
                    ]))))
                }))
                .collect();
            let module = Attrs::from_sorted(vec![AttrEntry {
                name: Name::new("imports"),
                value: Thunk::ready(Value::List(Rc::from(imports))),
                span: None,
                value_span: None,
            }]);
            if !*configuration {
                return Ok(Value::Attrs(Rc::new(module)));
            }
            let module = Value::Attrs(Rc::new(module.into_open(&(ev.hooks.option_name)(loc))));
            Ok((ev.hooks.configuration)(ev, loc, &module).unwrap_or(module))
        }
        TypeKind::FunctionTo(element) => Ok(merged_function(element, loc, &defs)),
        // `merge = types.str.merge` in a type of one's own: merged natively, so that an
        // error points at the definitions.
        TypeKind::Custom {
            merge: Some(Value::Builtin(app)),
            ..
        } if is_native_merge(&Value::Builtin(app.clone())) && app.args.len() == 1 => {
            let descriptor = ev.force(&app.args[0], None)?;
            let own = types::decode_lazily(ev, &descriptor)?;
            let own = types::resolve(ev, &own)?.into_owned();
            merge_checked(ev, &own, loc, defs, values)
        }
        TypeKind::Custom {
            merge: Some(function),
            ..
        } => {
            let loc_value = Value::List(
                loc.iter()
                    .map(|n| Thunk::ready(Value::string(n.as_str())))
                    .collect(),
            );
            let defs_value = Value::List(
                defs.iter()
                    .map(|d| {
                        Thunk::ready(Value::Attrs(Rc::new(Attrs::from_entries(vec![
                            AttrEntry {
                                name: Name::new("file"),
                                value: Thunk::ready(Value::String(d.file.clone())),
                                span: None,
                                value_span: None,
                            },
                            AttrEntry {
                                name: Name::new("value"),
                                value: d.value.clone(),
                                span: None,
                                value_span: None,
                            },
                        ]))))
                    })
                    .collect(),
            );
            let span = defs
                .first()
                .and_then(|d| d.location())
                .unwrap_or_else(Span::nowhere);
            let partial = ev.apply(function.clone(), Thunk::ready(loc_value), span)?;
            ev.apply(partial, Thunk::ready(defs_value), span)
        }
        _ => merge_equal(ev, loc, &defs, &values),
    }
}

/// `merge` of every type `lib.types` makes (`lib.types.str.merge loc defs`): the type
/// applied to its own descriptor, which merges as the module system merges it. A type
/// whose `merge` is anything else (`types.str // { merge = ...; }`) merges by that
/// function (see [`is_native_merge`]).
pub static MERGE_AS: Builtin = Builtin {
    name: "mergeAs",
    arity: 3,
    run: merge_as,
};

/// Whether `value` is the `merge` a `lib.types` type is made with.
pub fn is_native_merge(value: &Value) -> bool {
    matches!(value, Value::Builtin(app) if std::ptr::eq(app.builtin, &MERGE_AS))
}

/// `mergeAs type loc defs`, with `defs` a list of `{ file; value; }` as nixpkgs passes it.
fn merge_as(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let descriptor = ev.force(&args[0], Some(span))?;
    let ty = types::decode_lazily(ev, &descriptor)?;
    let ty = types::resolve(ev, &ty)?.into_owned();
    let list = |ev: &mut Evaluator, thunk: &Thunk| -> EvalResult<Rc<[Thunk]>> {
        match ev.force(thunk, Some(span))? {
            Value::List(items) => Ok(items),
            other => Err(ev.type_error(&other, "a list", span)),
        }
    };
    let mut loc = Vec::new();
    for item in list(ev, &args[1])?.iter() {
        let item = ev.force(item, Some(span))?;
        loc.push(Name::new(&ev.coerce_to_string(&item, span, false)?));
    }
    let mut defs = Vec::new();
    let mut values = Vec::new();
    for item in list(ev, &args[2])?.iter() {
        let def = ev.force(item, Some(span))?;
        let def = ev.expect_attrs(def, span)?;
        let Some(value) = def.get("value").map(|e| e.value.clone()) else {
            return Err(EvalError::message("attribute 'value' missing", Some(span)));
        };
        let file = match def.get("file").map(|e| e.value.clone()) {
            Some(file) => {
                let file = ev.force(&file, Some(span))?;
                Rc::from(ev.coerce_to_string(&file, span, false)?)
            }
            None => Rc::from("<unknown-file>"),
        };
        values.push(ev.force(&value, Some(span))?);
        defs.push(Def {
            value,
            file,
            key_span: None,
            value_span: None,
        });
    }
    merge_checked(ev, &ty, &loc, defs, values)
}

/// `functionTo`: a function that calls every definition with its argument and merges
/// the results with the element type at `<loc>.<function body>`.
fn merged_function(element: &Type, loc: &[Name], defs: &[Def]) -> Value {
    let strings = |items: Vec<String>| {
        Thunk::ready(Value::List(
            items
                .into_iter()
                .map(|s| Thunk::ready(Value::string(&s)))
                .collect(),
        ))
    };
    let mut body_loc: Vec<String> = loc.iter().map(|n| n.to_string()).collect();
    body_loc.push("<function body>".to_owned());
    let data = Attrs::from_entries(vec![
        AttrEntry::new(
            "elemType",
            Thunk::ready(Value::Attrs(element.descriptor.clone())),
        ),
        AttrEntry::new(
            "files",
            strings(defs.iter().map(|d| d.file.to_string()).collect()),
        ),
        AttrEntry::new(
            "functions",
            Thunk::ready(Value::List(defs.iter().map(|d| d.value.clone()).collect())),
        ),
        AttrEntry::new("loc", strings(body_loc)),
    ]);
    Value::Builtin(Rc::new(crate::eval::value::BuiltinApp {
        builtin: &MERGED_FUNCTION,
        args: vec![Thunk::ready(Value::Attrs(Rc::new(data)))],
    }))
}

/// The builtin behind [`merged_function`]: its first argument carries the definitions.
static MERGED_FUNCTION: crate::eval::builtins::Builtin = crate::eval::builtins::Builtin {
    name: "functionTo",
    arity: 2,
    run: call_merged_function,
};

fn call_merged_function(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let Value::Attrs(data) = ev.force(&args[0], Some(span))? else {
        return Err(EvalError::message(
            "internal error: functionTo data",
            Some(span),
        ));
    };
    let field = |name: &str| {
        data.get(name)
            .map(|e| e.value.clone())
            .unwrap_or_else(|| Thunk::ready(Value::Null))
    };
    let list = |ev: &mut Evaluator, name: &str| -> EvalResult<Vec<Value>> {
        match ev.force(&field(name), Some(span))? {
            Value::List(items) => items.iter().map(|i| ev.force(i, Some(span))).collect(),
            _ => Ok(Vec::new()),
        }
    };
    let functions = list(ev, "functions")?;
    let files = list(ev, "files")?;
    let loc: Vec<Name> = list(ev, "loc")?
        .iter()
        .map(|v| match v {
            Value::String(s) => Name::new(s),
            _ => Name::new(""),
        })
        .collect();
    let element = ev.force(&field("elemType"), Some(span))?;
    let element = types::decode_lazily(ev, &element)?;
    let mut defs = Vec::with_capacity(functions.len());
    for (function, file) in functions.into_iter().zip(files) {
        let result = ev.apply(function, args[1].clone(), span)?;
        let file = match file {
            Value::String(f) => Rc::from(f.as_ref()),
            _ => Rc::from(""),
        };
        defs.push(Def {
            value: Thunk::ready(result),
            file,
            key_span: None,
            value_span: None,
        });
    }
    let defs = final_defs(ev, defs)?;
    if defs.is_empty() {
        return Err(no_value(&loc));
    }
    merge_typed(ev, &element, &loc, defs)
}

/// `mergeEqualOption`: every definition must equal the first.
fn merge_equal(
    ev: &mut Evaluator,
    loc: &[Name],
    defs: &[Def],
    values: &[Value],
) -> EvalResult<Value> {
    let first = &values[0];
    for (index, value) in values.iter().enumerate().skip(1) {
        let span = defs[index].location().unwrap_or_else(Span::nowhere);
        if value.is_function() || !ev.values_equal(first, value, span)? {
            let pair = [&defs[0], &defs[index]];
            let shown = show_defs(ev, &pair);
            return Err(module_error(
                ModuleErrorCode::ConflictingDefinitions,
                format!("The option `{}' has conflicting definition values:{shown}\n{PRIORITY_SUGGESTION}", show_option(loc)),
                &pair,
                None,
            ));
        }
    }
    Ok(first.clone())
}

/// `mergeOneOption` / `types.unique`: exactly one definition.
fn merge_one(
    ev: &mut Evaluator,
    loc: &[Name],
    defs: &[Def],
    values: &[Value],
    message: Option<String>,
) -> EvalResult<Value> {
    if values.len() == 1 {
        return Ok(values[0].clone());
    }
    let all: Vec<&Def> = defs.iter().collect();
    let shown = show_defs(ev, &all);
    Err(module_error(
        ModuleErrorCode::NotUnique,
        format!(
            "The option `{}' is defined multiple times while it's expected to be unique.\n{}\nDefinition values:{shown}\n{PRIORITY_SUGGESTION}",
            show_option(loc),
            message.unwrap_or_default()
        ),
        &all,
        None,
    ))
}

/// `mergeDefaultOption`, used by `unspecified` and `attrs`.
fn merge_default(
    ev: &mut Evaluator,
    loc: &[Name],
    defs: &[Def],
    values: &[Value],
) -> EvalResult<Value> {
    if values.len() == 1 {
        return Ok(values[0].clone());
    }
    if values.iter().all(|v| matches!(v, Value::List(_))) {
        let items: Vec<Thunk> = values
            .iter()
            .flat_map(|v| match v {
                Value::List(l) => l.to_vec(),
                _ => Vec::new(),
            })
            .collect();
        return Ok(Value::List(Rc::from(items)));
    }
    if values.iter().all(|v| matches!(v, Value::Attrs(_))) {
        let mut merged = Attrs::default();
        for value in values {
            if let Value::Attrs(attrs) = value {
                merged = merged.update(attrs);
            }
        }
        return Ok(Value::Attrs(Rc::new(merged)));
    }
    if values.iter().all(|v| matches!(v, Value::Bool(_))) {
        return Ok(Value::Bool(
            values.iter().any(|v| matches!(v, Value::Bool(true))),
        ));
    }
    if values.iter().all(|v| matches!(v, Value::String(_))) {
        let text: String = values
            .iter()
            .map(|v| match v {
                Value::String(s) => s.to_string(),
                _ => String::new(),
            })
            .collect();
        return Ok(Value::string(&text));
    }
    if let Value::Int(first) = values[0] {
        if values
            .iter()
            .all(|v| matches!(v, Value::Int(i) if *i == first))
        {
            return Ok(Value::Int(first));
        }
    }
    let all: Vec<&Def> = defs.iter().collect();
    let shown = show_defs(ev, &all);
    Err(module_error(
        ModuleErrorCode::ConflictingDefinitions,
        format!(
            "Cannot merge definitions of `{}'. Definition values:{shown}",
            show_option(loc)
        ),
        &all,
        None,
    ))
}

/// `types.anything`: sets merge per attribute, everything else must be equal, and
/// definitions of different types conflict.
fn merge_anything(
    ev: &mut Evaluator,
    loc: &[Name],
    defs: Vec<Def>,
    values: Vec<Value>,
) -> EvalResult<Value> {
    // A set that converts to a string (a package) is no set of options to merge.
    let kind = |v: &Value| match v {
        Value::Attrs(attrs)
            if attrs.get("outPath").is_some() || attrs.get("__toString").is_some() =>
        {
            "stringCoercibleSet"
        }
        _ => v.type_name(),
    };
    let first_kind = kind(&values[0]);
    if values.iter().any(|v| kind(v) != first_kind) {
        let files: Vec<String> = defs.iter().map(|d| format!("`{}'", d.file)).collect();
        let all: Vec<&Def> = defs.iter().collect();
        return Err(module_error(
            ModuleErrorCode::ConflictingDefinitions,
            format!(
                "The option `{}' has conflicting option types in {}",
                show_option(loc),
                files.join(" and ")
            ),
            &all,
            None,
        ));
    }
    if first_kind == "set" {
        let any = Type {
            kind: TypeKind::Anything,
            description: "anything".to_owned(),
            descriptor: Rc::new(Attrs::default()),
        };
        return merge_attrs(ev, &any, false, false, loc, &defs, &values);
    }
    if first_kind == "stringCoercibleSet" {
        return merge_one(ev, loc, &defs, &values, None);
    }
    merge_equal(ev, loc, &defs, &values)
}

fn merge_list(
    ev: &mut Evaluator,
    element: &Type,
    loc: &[Name],
    defs: &[Def],
    values: &[Value],
) -> EvalResult<Value> {
    let mut items = Vec::new();
    for (def_index, (def, value)) in defs.iter().zip(values).enumerate() {
        let Value::List(list) = value else { continue };
        for (entry_index, item) in list.iter().enumerate() {
            let item_loc = child_loc(
                loc,
                Name::new(&format!(
                    "[definition {}-entry {}]",
                    def_index + 1,
                    entry_index + 1
                )),
            );
            let item_def = Def {
                value: item.clone(),
                file: def.file.clone(),
                key_span: None,
                value_span: def.value_span,
            };
            let kept = final_defs(ev, vec![item_def])?;
            if kept.is_empty() {
                continue;
            }
            record_definition(ev, &item_loc, &kept);
            let element = element.clone();
            items.push(Thunk::native(move |ev| {
                merge_typed(ev, &element, &item_loc, kept)
            }));
        }
    }
    Ok(Value::List(Rc::from(items)))
}

fn merge_attrs(
    ev: &mut Evaluator,
    element: &Type,
    lazy: bool,
    open_entries: bool,
    loc: &[Name],
    defs: &[Def],
    values: &[Value],
) -> EvalResult<Value> {
    // A definition that is a placeholder (an input's or a package's value ncc does not
    // know) has names ncc does not know: so has the merged set.
    let placeholder = values.iter().find_map(|value| match value {
        Value::Attrs(attrs) => attrs.placeholder().map(str::to_owned),
        _ => None,
    });
    let mut per_key: BTreeMap<Name, Vec<Def>> = BTreeMap::new();
    for (def, value) in defs.iter().zip(values) {
        let Value::Attrs(attrs) = value else { continue };
        // The attributes the stand-in gives such a placeholder to be used as a package
        // (`type`, `outPath`, `name`, written nowhere) are not entries of the set it
        // stands for (`systemd.services = pkgs.helpers.unitsFor hosts`, a function of an
        // overlay): only those written in source (`pkgs.x // { web = ...; }`) are.
        let stand_in = attrs.placeholder().is_some();
        for entry in attrs.entries() {
            if stand_in && entry.span.is_none() {
                continue;
            }
            per_key.entry(entry.name.clone()).or_default().push(Def {
                value: entry.value.clone(),
                file: def.file.clone(),
                key_span: entry.span,
                value_span: entry.value_span,
            });
        }
    }
    let mut entries = Vec::with_capacity(per_key.len());
    for (name, key_defs) in per_key {
        let key_span = key_defs.first().and_then(|d| d.key_span);
        let value_span = key_defs.first().and_then(|d| d.value_span);
        let key_loc = child_loc(loc, name.clone());
        let spans = key_defs.iter().filter_map(|d| d.key_span.or(d.value_span));
        if let Some(span) = users_first(ev, spans) {
            ev.definition_spans.record_first(key_loc.clone(), span);
        }
        let element = element.clone();
        let value = if lazy {
            Thunk::native(move |ev| merge_lazy_element(ev, &element, &key_loc, key_defs))
        } else {
            let kept = final_defs(ev, key_defs)?;
            if kept.is_empty() {
                continue;
            }
            Thunk::native(move |ev| merge_typed(ev, &element, &key_loc, kept))
        };
        entries.push(AttrEntry {
            name,
            value,
            span: key_span,
            value_span,
        });
    }
    let merged = Attrs::from_sorted(entries);
    // NixOS's own modules define entries ncc does not evaluate (the group `keys`, the
    // user `root`): in a set of open-world submodules, one no module ncc sees defines is
    // unknown, not missing.
    let open = placeholder.is_none()
        && (open_entries
            || matches!(element.kind, TypeKind::Submodule { .. })
                && crate::modules::is_open_world_submodule(ev, element)?);
    Ok(Value::Attrs(Rc::new(match placeholder {
        Some(path) => merged.into_placeholder(&path),
        None if open => merged.into_open_at(loc),
        None => merged,
    })))
}

/// One attribute of a `lazyAttrsOf`, merged when read: its definitions discharged, and
/// with none left, the element type's empty value or "accessed but has no value".
fn merge_lazy_element(
    ev: &mut Evaluator,
    element: &Type,
    loc: &[Name],
    defs: Vec<Def>,
) -> EvalResult<Value> {
    let kept = final_defs(ev, defs)?;
    if kept.is_empty() {
        return match empty_value(types::resolve(ev, element)?.as_ref()) {
            Some(empty) => Ok(empty),
            None => Err(no_value(loc)),
        };
    }
    merge_typed(ev, element, loc, kept)
}

/// The value a type has with no definitions, where nixpkgs gives it one (`emptyValue`).
fn empty_value(ty: &Type) -> Option<Value> {
    match &ty.kind {
        TypeKind::ListOf(_, false) => Some(Value::List(Rc::from(Vec::new()))),
        TypeKind::AttrsOf(_, _) => Some(Value::Attrs(Rc::new(Attrs::default()))),
        TypeKind::NullOr(_) => Some(Value::Null),
        _ => None,
    }
}

/// The module `{ _module.args.name = name; }` a submodule's evaluation starts from.
fn module_args_name(name: &Name) -> Value {
    let set = |name: &str, value: Value| {
        Value::Attrs(Rc::new(Attrs::from_entries(vec![AttrEntry::new(
            name,
            Thunk::ready(value),
        )])))
    };
    set(
        "_module",
        set("args", set("name", Value::string(name.as_str()))),
    )
}

/// The module `{ <key> = value; _file = <where def was written>; }` for one definition of
/// a submodule option, located where the definition was.
fn definition_module(def: &Def, key: &str, value: Thunk) -> Value {
    Value::Attrs(Rc::new(Attrs::from_entries(vec![
        AttrEntry {
            name: Name::new(key),
            value,
            span: def.key_span,
            value_span: def.value_span,
        },
        AttrEntry {
            name: Name::new("_file"),
            value: Thunk::ready(Value::String(def.file.clone())),
            span: None,
            value_span: None,
        },
    ])))
}

fn merge_submodule(
    ev: &mut Evaluator,
    modules: &Rc<[Thunk]>,
    special_args: Option<Rc<Attrs>>,
    shorthand_only_defines_config: bool,
    loc: &[Name],
    defs: &[Def],
) -> EvalResult<Value> {
    let type_file: Rc<str> = Rc::from("<submodule type>");
    // nixpkgs gathers the definitions of the option's own modules (the type's) before
    // those of the modules its definitions make: as ncc reverses the order in which an
    // evaluation's modules are collected, the definitions' modules go first here, the
    // type's after them (`[ "static1" ] ++ [ "def" ]` for a list option, not the reverse).
    let mut inputs: Vec<ModuleInput> = Vec::with_capacity(defs.len() + modules.len() + 1);
    for def in defs {
        let value = ev.force(&def.value, def.location())?;
        // A set is the module's `config` (the shorthand); anything else (a function, a
        // path, a set with `options`) is imported as a module of its own.
        let module = match &value {
            Value::Attrs(_) if shorthand_only_defines_config => {
                definition_module(def, "config", def.value.clone())
            }
            _ => definition_module(
                def,
                "imports",
                Thunk::ready(Value::List(Rc::from(vec![def.value.clone()]))),
            ),
        };
        inputs.push(ModuleInput {
            value: Thunk::ready(module),
            file: def.file.clone(),
        });
    }
    inputs.extend(modules.iter().map(|m| ModuleInput {
        value: m.clone(),
        file: type_file.clone(),
    }));
    let mut args = Vec::new();
    if let Some(name) = loc.last() {
        // nixpkgs gives the attribute name as `_module.args.name` (read as
        // `config._module.args.name` too); as a special argument it is also there for
        // `imports`, which only accepts more.
        inputs.push(ModuleInput {
            value: Thunk::ready(module_args_name(name)),
            file: type_file.clone(),
        });
        args.push((
            Name::new("name"),
            Thunk::ready(Value::string(name.as_str())),
        ));
    }
    if let Some(special) = special_args {
        for entry in special.entries() {
            args.push((entry.name.clone(), entry.value.clone()));
        }
    }
    // Taken, so that no evaluation made while this one is under way inherits it.
    let defined_by_unknown = DEFINED_BY_UNKNOWN.replace(false);
    let evaluated = super::eval_submodule(ev, inputs, args, loc.to_vec(), defined_by_unknown);
    DEFINED_BY_UNKNOWN.set(defined_by_unknown);
    Ok(evaluated?.config)
}
