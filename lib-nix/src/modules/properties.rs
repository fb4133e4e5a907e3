//! Definitions and their properties as nixpkgs handles them: `pushDownProperties` splits
//! a module's `config` along the option tree, wrapping each child in the `mkIf` and
//! `mkOverride` above it; at an option, `dischargeProperties` expands `mkMerge` and
//! evaluates `mkIf`, `filterOverrides` keeps the highest priority and strips one
//! `mkOverride`, and `sortProperties` orders by `mkOrder` and strips one.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use crate::diagnostic::ModuleErrorCode;
use crate::eval::{AttrEntry, Attrs, ErrorKind, EvalError, EvalResult, Evaluator, Thunk, Value};
use crate::modules::{choice, show_option, Def};
use crate::name::Name;

pub const DEFAULT_PRIORITY: i64 = 100;
pub const DEFAULT_ORDER: i64 = 1000;
pub const OPTION_DEFAULT_PRIORITY: i64 = 1500;

/// A group's definitions, by the name of the option or group they define: the names in
/// order, each child's definitions in the order they were found.
///
/// Kept as long as its group, and a large fleet has tens of thousands of groups whose
/// children mostly have one definition each: one vector of all definitions, and one of
/// where each child's end, rather than a map to a vector per child (a map's nodes are
/// half empty, and a vector grown by pushing holds room for four).
#[derive(Default)]
pub struct SplitDefs {
    /// Each child and the end of its definitions in `defs`.
    children: Vec<(Name, u32)>,
    defs: Vec<Def>,
}

impl SplitDefs {
    /// Gathers `found` (each child's name and one of its definitions, in the order
    /// found): the definitions of one name keep their order.
    fn gather(mut found: Vec<(Name, Def)>) -> SplitDefs {
        found.sort_by(|a, b| a.0.cmp(&b.0));
        let distinct = 1 + found.windows(2).filter(|w| w[0].0 != w[1].0).count();
        let mut children: Vec<(Name, u32)> = Vec::with_capacity(distinct.min(found.len()));
        let mut defs = Vec::with_capacity(found.len());
        for (name, def) in found {
            defs.push(def);
            let end = defs.len() as u32;
            match children.last_mut() {
                Some((last, last_end)) if *last == name => *last_end = end,
                _ => children.push((name, end)),
            }
        }
        SplitDefs { children, defs }
    }

    /// The definitions of the child `name`.
    pub fn get(&self, name: &Name) -> Option<&[Def]> {
        let at = self
            .children
            .binary_search_by(|(child, _)| child.cmp(name))
            .ok()?;
        Some(&self.defs[self.start(at)..self.children[at].1 as usize])
    }

    /// Each child with its definitions, in the order of the names.
    pub fn iter(&self) -> impl Iterator<Item = (&Name, &[Def])> {
        (0..self.children.len()).map(|at| {
            let (name, end) = &self.children[at];
            (name, &self.defs[self.start(at)..*end as usize])
        })
    }

    fn start(&self, at: usize) -> usize {
        match at {
            0 => 0,
            _ => self.children[at - 1].1 as usize,
        }
    }
}

/// The definitions of one option group, split by child name when first needed.
pub struct LazyGroup {
    source: DefsSource,
    /// Where the group is (`containers.web`): for messages, and the location every
    /// option of the group is merged at.
    loc: Rc<[Name]>,
    split: RefCell<Option<Rc<SplitDefs>>>,
    /// The child groups handed out while alive (see [`LazyGroup::child_of`]).
    children: RefCell<Vec<(Name, std::rc::Weak<LazyGroup>)>>,
    /// Whether the evaluation imports a module ncc cannot know, which may define
    /// entries of any set of this group (see [`LazyGroup::imports_unknown`]).
    imports_unknown: bool,
}

enum DefsSource {
    Root(Vec<Def>),
    Child(Rc<LazyGroup>, Name),
}

impl LazyGroup {
    pub fn root(defs: Vec<Def>, loc: Vec<Name>) -> LazyGroup {
        LazyGroup {
            source: DefsSource::Root(defs),
            loc: Rc::from(loc),
            split: RefCell::new(None),
            children: RefCell::default(),
            imports_unknown: false,
        }
    }

    /// This root group, of an evaluation that imports a module ncc cannot know (an
    /// unknown value, N301): what that module defines is not among `defs`.
    pub fn importing_unknown(mut self) -> LazyGroup {
        self.imports_unknown = true;
        self
    }

    /// Whether the evaluation imports a module ncc cannot know: an attribute set of
    /// this group's options may have entries no definition ncc sees names.
    pub fn imports_unknown(&self) -> bool {
        self.imports_unknown
    }

    /// The group of the child `name`: the same one for every reader while any holds it
    /// (the merged `config`, the unknown-option check, `options`), so that its
    /// definitions are split once. Children are held weakly: they hold their parent.
    pub fn child_of(parent: &Rc<LazyGroup>, name: &Name) -> Rc<LazyGroup> {
        let mut children = parent.children.borrow_mut();
        let found = children
            .iter()
            .find(|(child, _)| child == name)
            .and_then(|(_, group)| group.upgrade());
        if let Some(group) = found {
            return group;
        }
        // Collected straight into its counted slice: one allocation, not a vector's too.
        let loc: Rc<[Name]> = parent
            .loc
            .iter()
            .cloned()
            .chain(std::iter::once(name.clone()))
            .collect();
        let group = Rc::new(LazyGroup {
            source: DefsSource::Child(parent.clone(), name.clone()),
            loc,
            split: RefCell::new(None),
            children: RefCell::default(),
            imports_unknown: parent.imports_unknown,
        });
        children.retain(|(_, group)| group.strong_count() > 0);
        children.push((name.clone(), Rc::downgrade(&group)));
        group
    }

    /// Where the group is (`containers.web`).
    pub fn loc(&self) -> &[Name] {
        &self.loc
    }

    /// The definitions of this group as a whole.
    pub fn defs(&self, ev: &mut Evaluator) -> EvalResult<Vec<Def>> {
        match &self.source {
            DefsSource::Root(defs) => Ok(defs.clone()),
            DefsSource::Child(parent, name) => {
                let split = parent.split(ev)?;
                Ok(split.get(name).map(<[Def]>::to_vec).unwrap_or_default())
            }
        }
    }

    /// The definitions of this group's children, by name.
    pub fn split(&self, ev: &mut Evaluator) -> EvalResult<Rc<SplitDefs>> {
        if let Some(split) = self.split.borrow().as_ref() {
            return Ok(split.clone());
        }
        let mut found = Vec::new();
        // The group's definitions are read where they are, not copied out.
        match &self.source {
            DefsSource::Root(defs) => self.push_down_all(ev, defs, &mut found)?,
            DefsSource::Child(parent, name) => {
                let parent_split = parent.split(ev)?;
                if let Some(defs) = parent_split.get(name) {
                    self.push_down_all(ev, defs, &mut found)?;
                }
            }
        }
        let split = Rc::new(SplitDefs::gather(found));
        *self.split.borrow_mut() = Some(split.clone());
        Ok(split)
    }

    /// Splits each of `defs` (this group's definitions) into `found`.
    fn push_down_all(
        &self,
        ev: &mut Evaluator,
        defs: &[Def],
        found: &mut Vec<(Name, Def)>,
    ) -> EvalResult<()> {
        for def in defs {
            push_down(ev, def, &def.value, &mut Vec::new(), found, &self.loc)?;
        }
        Ok(())
    }
}

/// The kind of a property value (`{ _type = "if"; ... }` and friends).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Property {
    Merge,
    If,
    Override,
    Order,
}

pub fn property_of(ev: &mut Evaluator, attrs: &Attrs) -> EvalResult<Option<Property>> {
    let Some(entry) = attrs.get("_type") else {
        return Ok(None);
    };
    let value = ev.force(&entry.value.clone(), None)?;
    Ok(match value {
        Value::String(s) => match &*s {
            "merge" => Some(Property::Merge),
            "if" => Some(Property::If),
            "override" => Some(Property::Override),
            "order" => Some(Property::Order),
            _ => None,
        },
        _ => None,
    })
}

/// The definitions an `mkMerge` (`attrs`, found in `def`) holds.
fn merge_contents(ev: &mut Evaluator, attrs: &Attrs, def: &Def) -> EvalResult<Rc<[Thunk]>> {
    match ev.force(&field(attrs, "contents"), def.location())? {
        Value::List(items) => Ok(items),
        other => Err(EvalError::message(
            format!("value is {} while a list was expected", other.type_phrase()),
            def.location(),
        )),
    }
}

fn field(attrs: &Attrs, name: &str) -> Thunk {
    attrs
        .get(name)
        .map(|e| e.value.clone())
        .unwrap_or_else(|| Thunk::ready(Value::Null))
}

/// Wraps `content` in the property `wrapper` came from (`mkIf c` or `mkOverride p`).
fn rewrap(wrapper: &Attrs, content: Thunk) -> Value {
    let entries = wrapper
        .entries()
        .iter()
        .map(|e| {
            if e.name.as_str() == "content" {
                AttrEntry {
                    value: content.clone(),
                    ..e.clone()
                }
            } else {
                e.clone()
            }
        })
        .collect();
    Value::Attrs(Rc::new(Attrs::from_sorted(entries)))
}

/// `pushDownProperties`: adds the attributes of `value` to `into`, each wrapped in the
/// `mkIf`s and `mkOverride`s (`wrappers`, outermost first) found on the way down.
fn push_down(
    ev: &mut Evaluator,
    def: &Def,
    value: &Thunk,
    wrappers: &mut Vec<Rc<Attrs>>,
    into: &mut Vec<(Name, Def)>,
    loc: &[Name],
) -> EvalResult<()> {
    let written = choice::written_choice(ev, value);
    let forced = match ev.force(value, def.location()) {
        Err(error) if error.is_unknown() => {
            return push_down_unknown_choice(ev, def, written, error, wrappers, into, loc);
        }
        forced => forced?,
    };
    let Value::Attrs(attrs) = forced else {
        if !wrappers.is_empty() {
            // nixpkgs pushes an `mkIf` or `mkOverride` down into the attributes of its
            // content before it looks at what the content is.
            return Err(EvalError::message(
                format!("value is {} while a set was expected", forced.type_phrase()),
                def.location(),
            ));
        }
        return Err(group_defined_as_value(def, &forced, loc));
    };
    match property_of(ev, &attrs)? {
        Some(Property::Merge) => {
            for item in merge_contents(ev, &attrs, def)?.iter() {
                push_down(ev, def, item, wrappers, into, loc)?;
            }
            Ok(())
        }
        Some(property @ (Property::If | Property::Override)) => {
            wrappers.push(attrs.clone());
            // What the content adds is taken back should it fail (below).
            let start = into.len();
            let result = push_down(ev, def, &field(&attrs, "content"), wrappers, into, loc);
            wrappers.pop();
            match result {
                Ok(()) => Ok(()),
                // `mkIf false { ${cfg.name} = ...; }` whose names fail: where the set is
                // an option's value (`sops.secrets`, declared by a module ncc does not
                // evaluate), nixpkgs discards the definition before it reads a name.
                // ncc, which cannot tell such an option from a group of options, does
                // the same.
                Err(_) if property == Property::If && condition_is_false(ev, &attrs, def) => {
                    into.truncate(start);
                    Ok(())
                }
                Err(error) => Err(error),
            }
        }
        _ => {
            for entry in attrs.entries() {
                let mut wrapped = entry.value.clone();
                for wrapper in wrappers.iter().rev() {
                    wrapped = Thunk::ready(rewrap(wrapper, wrapped));
                }
                into.push((
                    entry.name.clone(),
                    Def {
                        value: wrapped,
                        file: def.file.clone(),
                        key_span: entry.span,
                        value_span: entry.value_span,
                    },
                ));
            }
            Ok(())
        }
    }
}

/// Definitions whose value is unknown (`error`) because they are chosen by a question ncc
/// cannot know (see [`choice`]): each branch pushed down under the `mkIf` that holds it.
/// Anything else, or a branch that fails, leaves the definitions as unknown as before.
fn push_down_unknown_choice(
    ev: &mut Evaluator,
    def: &Def,
    written: Option<(crate::ir::ExprId, Rc<crate::eval::Env>)>,
    error: Box<EvalError>,
    wrappers: &mut Vec<Rc<Attrs>>,
    into: &mut Vec<(Name, Def)>,
    loc: &[Name],
) -> EvalResult<()> {
    let Some(branches) =
        written.and_then(|(expr, env)| choice::unknown_choice_branches(ev, expr, &env))
    else {
        return Err(error);
    };
    let start = into.len();
    for branch in branches {
        let pushed = branch.wrapper.is_some();
        if let Some(wrapper) = branch.wrapper {
            wrappers.push(wrapper);
        }
        let result = push_down(ev, def, &branch.content, wrappers, into, loc);
        if pushed {
            wrappers.pop();
        }
        if result.is_err() {
            into.truncate(start);
            return Err(error);
        }
    }
    Ok(())
}

/// Whether the condition of the `mkIf` `attrs` is known to be `false`.
pub(super) fn condition_is_false(ev: &mut Evaluator, attrs: &Attrs, def: &Def) -> bool {
    matches!(
        ev.force(&field(attrs, "condition"), def.location()),
        Ok(Value::Bool(false))
    )
}

/// The error nixpkgs gives when a group of options is defined as a non-set.
pub fn group_defined_as_value(def: &Def, value: &Value, loc: &[Name]) -> Box<EvalError> {
    let option = show_option(loc);
    EvalError::new(
        ErrorKind::Module(
            ModuleErrorCode::NotOfType,
            format!(
                "In module `{}', you're trying to define a value of type `{}'\nrather than an attribute set for the option\n`{option}'!\n\nThis usually happens if `{option}' has option\ndefinitions inside that are not matched. Please check how to properly define\nthis option by e.g. referring to `man 5 configuration.nix'!",
                def.file,
                value.type_name()
            ),
        ),
        def.location(),
    )
}

/// A definition's value forced to see whether it is a property (`mkIf`, `mkMerge`,
/// `mkOverride`, `mkOrder`), or `None` when it is a value ncc cannot know: such a value
/// is the value of an option (`config.services.postgresqlBackup.location`) or of a
/// source ncc does not evaluate, never a property (a merge strips those, as `pkgs` and
/// the opaque values, which force to no set, are never one either), so it stays a plain
/// definition whose value is needed only where it is read. nixpkgs' `listOf` forces each
/// element to find the properties, so `length config.my.paths` would otherwise be unknown
/// whenever one element is.
fn force_for_property(ev: &mut Evaluator, def: &Def) -> EvalResult<Option<Value>> {
    match ev.force(&def.value, def.location()) {
        Ok(value) => Ok(Some(value)),
        Err(error) if error.is_unknown() => Ok(None),
        Err(error) => Err(error),
    }
}

/// Whether conditions alone decide which of `defs` (the definitions of an attribute set
/// option, taken whole) count, and each is a set whose names ncc reads: none is, past its
/// `mkMerge`s and `mkIf`s (whose conditions are not read), an `mkOverride` or an order
/// (`mkForce`, `mkDefault`, `mkBefore`), a value ncc cannot know, or no set. Then the
/// definitions of one name, split out with the conditions around them, decide that
/// name's value whatever the conditions kept of the other names.
pub fn only_conditions_choose(ev: &mut Evaluator, defs: &[Def]) -> EvalResult<bool> {
    let mut work: Vec<(Thunk, &Def)> = defs.iter().map(|def| (def.value.clone(), def)).collect();
    while let Some((value, def)) = work.pop() {
        let attrs = match ev.force(&value, def.location()) {
            Ok(Value::Attrs(attrs)) if attrs.placeholder().is_none() => attrs,
            Ok(_) => return Ok(false),
            Err(error) if error.is_unknown() => return Ok(false),
            Err(error) => return Err(error),
        };
        match property_of(ev, &attrs)? {
            None => {}
            Some(Property::Merge) => {
                let contents = merge_contents(ev, &attrs, def)?;
                work.extend(contents.iter().map(|item| (item.clone(), def)));
            }
            Some(Property::If) => work.push((field(&attrs, "content"), def)),
            Some(Property::Override | Property::Order) => return Ok(false),
        }
    }
    Ok(true)
}

/// Whether any of `defs` is (forced, in order) one of the `properties`. Most
/// definitions are plain values, and the passes below leave those as they are.
fn any_property(ev: &mut Evaluator, defs: &[Def], properties: &[Property]) -> EvalResult<bool> {
    for def in defs {
        if let Some(Value::Attrs(attrs)) = force_for_property(ev, def)? {
            if property_of(ev, &attrs)?.is_some_and(|p| properties.contains(&p)) {
                return Ok(true);
            }
        }
    }
    Ok(false)
}

/// `dischargeProperties`: expands `mkMerge` and evaluates `mkIf` at an option.
pub fn discharge(ev: &mut Evaluator, defs: Vec<Def>) -> EvalResult<Vec<Def>> {
    if !any_property(ev, &defs, &[Property::Merge, Property::If])? {
        return Ok(defs);
    }
    let mut out = Vec::with_capacity(defs.len());
    let mut work: VecDeque<Def> = defs.into();
    while let Some(def) = work.pop_front() {
        let value = force_for_property(ev, &def)?;
        let Some(Value::Attrs(attrs)) = &value else {
            out.push(def);
            continue;
        };
        match property_of(ev, attrs)? {
            Some(Property::Merge) => {
                for item in merge_contents(ev, attrs, &def)?.iter().rev() {
                    work.push_front(Def {
                        value: item.clone(),
                        ..def.clone()
                    });
                }
            }
            Some(Property::If) => match ev.force(&field(attrs, "condition"), def.location())? {
                Value::Bool(true) => work.push_front(Def {
                    value: field(attrs, "content"),
                    ..def
                }),
                Value::Bool(false) => {}
                other => {
                    if let Some(what) = other.opaque() {
                        return Err(EvalError::unknown(format!("`{what}'"), def.location()));
                    }
                    return Err(EvalError::message(
                        "‘mkIf’ called with a non-Boolean condition",
                        def.location(),
                    ));
                }
            },
            _ => out.push(def),
        }
    }
    Ok(out)
}

fn number(ev: &mut Evaluator, attrs: &Attrs, name: &str, default: i64) -> EvalResult<i64> {
    match ev.force(&field(attrs, name), None)? {
        Value::Int(i) => Ok(i),
        _ => Ok(default),
    }
}

/// `filterOverrides`: keeps the definitions of the highest priority (the lowest number),
/// stripping one `mkOverride` from each. Returns them and that priority.
pub fn filter_overrides(ev: &mut Evaluator, defs: Vec<Def>) -> EvalResult<(Vec<Def>, i64)> {
    if !any_property(ev, &defs, &[Property::Override])? {
        let best = if defs.is_empty() {
            9999
        } else {
            DEFAULT_PRIORITY
        };
        return Ok((defs, best));
    }
    let mut prioritised = Vec::with_capacity(defs.len());
    for def in defs {
        let value = force_for_property(ev, &def)?;
        let (priority, content) = match &value {
            Some(Value::Attrs(attrs)) if property_of(ev, attrs)? == Some(Property::Override) => (
                number(ev, attrs, "priority", DEFAULT_PRIORITY)?,
                Some(field(attrs, "content")),
            ),
            _ => (DEFAULT_PRIORITY, None),
        };
        prioritised.push((priority, content, def));
    }
    let best = prioritised.iter().map(|(p, _, _)| *p).min().unwrap_or(9999);
    let kept = prioritised
        .into_iter()
        .filter(|(p, _, _)| *p == best)
        .map(|(_, content, def)| match content {
            Some(content) => Def {
                value: content,
                ..def
            },
            None => def,
        })
        .collect();
    Ok((kept, best))
}

/// `sortProperties`: orders by `mkOrder` priority (stable), stripping one `mkOrder`.
pub fn sort_by_order(ev: &mut Evaluator, defs: Vec<Def>) -> EvalResult<Vec<Def>> {
    if !any_property(ev, &defs, &[Property::Order])? {
        return Ok(defs);
    }
    let mut ordered = Vec::with_capacity(defs.len());
    let mut any = false;
    for def in defs {
        let value = force_for_property(ev, &def)?;
        match &value {
            Some(Value::Attrs(attrs)) if property_of(ev, attrs)? == Some(Property::Order) => {
                any = true;
                let priority = number(ev, attrs, "priority", DEFAULT_ORDER)?;
                ordered.push((
                    priority,
                    Def {
                        value: field(attrs, "content"),
                        ..def
                    },
                ));
            }
            _ => ordered.push((DEFAULT_ORDER, def)),
        }
    }
    if any {
        ordered.sort_by_key(|(priority, _)| *priority);
    }
    Ok(ordered.into_iter().map(|(_, def)| def).collect())
}
