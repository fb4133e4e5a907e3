//! ④ The NixOS module system: `evalModules` in Rust.
//!
//! Modules are collected breadth-first through `imports`; their `options` form an
//! option tree; their `config` definitions are split along that tree lazily, with
//! `mkIf`, `mkMerge`, `mkOverride` and `mkOrder` pushed down as nixpkgs does; each option
//! is merged when first read, by priority, order and type. `config` is a lazy fixpoint:
//! modules receive it before it exists. Errors are worded as nixpkgs words them and
//! carry the span of every definition involved.

pub mod types;

use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet, VecDeque};
use std::rc::Rc;

use crate::diagnostic::{did_you_mean, Diagnostic, DiagnosticKind, Label, ModuleErrorCode, Span};
use crate::eval::print::quote_string;
use crate::eval::{AttrEntry, Attrs, ErrorKind, EvalError, EvalResult, Evaluator, Thunk, Value};
use crate::name::Name;
use types::{Type, TypeKind};

const LIB_SOURCE: &str = include_str!("modules/lib.nix");
const DEFAULT_PRIORITY: i64 = 100;
const DEFAULT_ORDER: i64 = 1000;
const OPTION_DEFAULT_PRIORITY: i64 = 1500;

/// A module handed to [`eval_modules`]: a value (set, function or path) and the file it
/// is reported as coming from.
#[derive(Clone)]
pub struct ModuleInput {
    pub value: Thunk,
    pub file: Rc<str>,
}

/// The result of evaluating a set of modules.
pub struct Evaluated {
    /// The merged configuration, lazily: each option is merged when read.
    pub config: Value,
    /// The declared options.
    pub options: Rc<OptionGroup>,
}

/// A group of options: `containers.<name>` or the top level.
#[derive(Default)]
pub struct OptionGroup {
    pub children: BTreeMap<Name, OptionNode>,
}

pub enum OptionNode {
    Option(Rc<OptionDecl>),
    Group(Rc<OptionGroup>),
}

/// One `mkOption` declaration.
pub struct OptionDecl {
    pub loc: Vec<Name>,
    /// The `mkOption { ... }` attribute set as written.
    pub declaration: Rc<Attrs>,
    pub file: Rc<str>,
}

impl OptionDecl {
    fn field(&self, name: &str) -> Option<Thunk> {
        self.declaration.get(name).map(|entry| entry.value.clone())
    }
}

/// One definition of an option, with the properties pushed onto it.
#[derive(Clone)]
pub struct Def {
    pub value: Thunk,
    pub file: Rc<str>,
    /// The key as written, when known.
    pub key_span: Option<Span>,
    /// The value as written, when known.
    pub value_span: Option<Span>,
    conditions: Vec<Thunk>,
    priority: Option<i64>,
    order: Option<i64>,
}

impl Def {
    fn location(&self) -> Option<Span> {
        self.value_span.or(self.key_span)
    }
}

/// The `lib` attribute set modules receive, evaluated once per evaluator.
pub fn lib_value(ev: &mut Evaluator) -> EvalResult<Value> {
    if let Some(lib) = ev.cached_lib() {
        return Ok(lib);
    }
    let (body, diagnostics) = ev.load_source("<ncc lib>", "/<ncc>/lib.nix", LIB_SOURCE);
    if let Some(first) = diagnostics.first() {
        return Err(EvalError::message(
            format!(
                "internal error: ncc's lib does not parse: {}",
                first.message()
            ),
            None,
        ));
    }
    let lib = ev.eval_body(body)?;
    ev.cache_lib(lib.clone());
    Ok(lib)
}

/// Evaluates `modules` as nixpkgs' `lib.evalModules` does, with `args` as special
/// arguments (`name` for submodules) and `prefix` as the location of the result.
pub fn eval_modules(
    ev: &mut Evaluator,
    modules: Vec<ModuleInput>,
    args: Vec<(Name, Thunk)>,
    prefix: Vec<Name>,
) -> EvalResult<Evaluated> {
    let config_cell = Thunk::uninitialised();
    let options_cell = Thunk::uninitialised();
    let lib = lib_value(ev)?;
    let mut arguments: BTreeMap<Name, Thunk> = BTreeMap::new();
    arguments.insert(Name::new("lib"), Thunk::ready(lib));
    arguments.insert(Name::new("config"), config_cell.clone());
    arguments.insert(Name::new("options"), options_cell.clone());
    arguments.insert(
        Name::new("pkgs"),
        Thunk::ready(crate::modules::pkgs_placeholder(ev)),
    );
    for (name, value) in args {
        arguments.insert(name, value);
    }
    let collected = collect(ev, modules, &arguments)?;

    let mut root = OptionGroup::default();
    let mut declaration_errors = Vec::new();
    for module in &collected {
        if let Some(options) = &module.options {
            let value = ev.force(options, None)?;
            declare(
                ev,
                &mut root,
                &value,
                &prefix,
                &module.file,
                &mut declaration_errors,
            )?;
        }
    }
    ev.diagnostics.extend(declaration_errors);
    let root = Rc::new(root);
    let defs: Vec<Def> = collected
        .iter()
        .filter_map(|module| {
            module.config.clone().map(|value| Def {
                value,
                file: module.file.clone(),
                key_span: None,
                value_span: module.span,
                conditions: Vec::new(),
                priority: None,
                order: None,
            })
        })
        .collect();
    let lazy = Rc::new(LazyGroup {
        source: DefsSource::Root(defs),
        split: RefCell::new(None),
    });
    let config = group_value(&root, &lazy, &prefix);
    config_cell.set_value(config.clone());
    options_cell.set_value(options_value(&root));
    check_unknown(ev, &root, &lazy, &prefix);
    Ok(Evaluated {
        config,
        options: root,
    })
}

/// The stand-in for `pkgs`: any attribute is a package placeholder (DESIGN.md §4.2).
pub fn pkgs_placeholder(_ev: &mut Evaluator) -> Value {
    placeholder_package("pkgs")
}

fn placeholder_package(path: &str) -> Value {
    let name = path.rsplit('.').next().unwrap_or(path).to_owned();
    let out_path = format!("/nix/store/00000000000000000000000000000000-ncc-placeholder-{name}");
    let full = path.to_owned();
    let mut entries = vec![
        AttrEntry {
            name: Name::new("type"),
            value: Thunk::ready(Value::string("derivation")),
            span: None,
            value_span: None,
        },
        AttrEntry {
            name: Name::new("outPath"),
            value: Thunk::ready(Value::string(&out_path)),
            span: None,
            value_span: None,
        },
        AttrEntry {
            name: Name::new("name"),
            value: Thunk::ready(Value::string(&name)),
            span: None,
            value_span: None,
        },
        AttrEntry {
            name: Name::new("_nccPlaceholder"),
            value: Thunk::ready(Value::string(&full)),
            span: None,
            value_span: None,
        },
    ];
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    Value::Attrs(Rc::new(Attrs::from_sorted(entries)))
}

struct CollectedModule {
    file: Rc<str>,
    span: Option<Span>,
    options: Option<Thunk>,
    config: Option<Thunk>,
}

const MODULE_KEYS: &[&str] = &[
    "_class",
    "_file",
    "config",
    "disabledModules",
    "freeformType",
    "imports",
    "key",
    "meta",
    "options",
];

fn invalid_module(message: String, span: Option<Span>) -> Box<EvalError> {
    EvalError::new(
        ErrorKind::Module(ModuleErrorCode::InvalidModule, message),
        span,
    )
}

/// Loads modules breadth-first through `imports`, once per key.
fn collect(
    ev: &mut Evaluator,
    modules: Vec<ModuleInput>,
    arguments: &BTreeMap<Name, Thunk>,
) -> EvalResult<Vec<CollectedModule>> {
    let mut queue: VecDeque<(ModuleInput, Option<Span>)> =
        modules.into_iter().map(|m| (m, None)).collect();
    let mut seen: HashSet<String> = HashSet::new();
    let mut collected = Vec::new();
    while let Some((input, at)) = queue.pop_front() {
        let mut file = input.file.clone();
        let mut value = ev.force(&input.value, at)?;
        let mut key: Option<String> = None;
        if let Value::Path(path) | Value::String(path) = &value {
            let path = path.to_string();
            if !path.starts_with('/') {
                return Err(invalid_module(
                    format!("the module `{path}' is not an absolute path"),
                    at,
                ));
            }
            key = Some(path.clone());
            if seen.contains(&path) {
                continue;
            }
            value = ev.import(&path, at)?;
            file = Rc::from(ev.display_name(&path));
        }
        let module_span = at;
        if value.is_function() {
            let requested = requested_arguments(ev, &value);
            let mut entries = Vec::new();
            for (name, has_default) in requested {
                match arguments.get(&name) {
                    Some(thunk) => entries.push(AttrEntry {
                        name,
                        value: thunk.clone(),
                        span: None,
                        value_span: None,
                    }),
                    None if has_default => {}
                    None => {
                        let message = format!("attribute '{name}' missing: the module argument `{name}' is not available");
                        let error_span = at;
                        entries.push(AttrEntry {
                            name,
                            value: Thunk::native(move |_| {
                                Err(EvalError::message(message, error_span))
                            }),
                            span: None,
                            value_span: None,
                        });
                    }
                }
            }
            let argument = Value::Attrs(Rc::new(Attrs::from_entries(entries)));
            let span = at.unwrap_or_else(|| Span::new(crate::diagnostic::FileId(0), 0, 0));
            value = ev.apply(value, Thunk::ready(argument), span)?;
        }
        let attrs = match value {
            Value::Attrs(attrs) => attrs,
            other => {
                return Err(invalid_module(
                    format!(
                        "A module in `{file}' is {} rather than a set, a function or a path.",
                        other.type_phrase()
                    ),
                    at,
                ))
            }
        };
        if let Some(entry) = attrs.get("key") {
            let key_value = ev.force(&entry.value.clone(), at)?;
            if let Value::String(k) | Value::Path(k) = key_value {
                key = Some(k.to_string());
            }
        }
        if let Some(k) = &key {
            if !seen.insert(k.clone()) {
                continue;
            }
        }
        if let Some(entry) = attrs.get("_file") {
            let file_value = ev.force(&entry.value.clone(), at)?;
            if let Value::String(f) | Value::Path(f) = file_value {
                file = Rc::from(f.as_ref());
            }
        }
        let structured = attrs.get("config").is_some() || attrs.get("options").is_some();
        let (options, config) = if structured {
            let extra: Vec<&str> = attrs.names().filter(|n| !MODULE_KEYS.contains(n)).collect();
            if !extra.is_empty() {
                return Err(invalid_module(
                    format!(
                        "Module `{file}' has an unsupported attribute `{}'. This is caused by introducing a top-level `config' or `options' attribute. Add configuration attributes immediately on the top level instead, or move all of them (namely: {}) into the explicit `config' attribute.",
                        extra[0],
                        extra.join(" ")
                    ),
                    attrs.get(extra[0]).and_then(|e| e.span).or(at),
                ));
            }
            (
                attrs.get("options").map(|e| e.value.clone()),
                attrs.get("config").map(|e| e.value.clone()),
            )
        } else {
            let config: Vec<AttrEntry> = attrs
                .entries()
                .iter()
                .filter(|e| !MODULE_KEYS.contains(&e.name.as_str()))
                .cloned()
                .collect();
            (
                None,
                Some(Thunk::ready(Value::Attrs(Rc::new(Attrs::from_sorted(
                    config,
                ))))),
            )
        };
        if let Some(imports) = attrs.get("imports") {
            let imports_span = imports.value_span;
            let list = ev.force(&imports.value.clone(), imports_span)?;
            let Value::List(items) = list else {
                return Err(invalid_module(
                    format!(
                        "The `imports' of module `{file}' must be a list, but it is {}.",
                        list.type_phrase()
                    ),
                    imports_span,
                ));
            };
            for item in items.iter() {
                queue.push_back((
                    ModuleInput {
                        value: item.clone(),
                        file: file.clone(),
                    },
                    imports_span,
                ));
            }
        }
        collected.push(CollectedModule {
            file,
            span: module_span,
            options,
            config,
        });
    }
    Ok(collected)
}

fn requested_arguments(ev: &Evaluator, function: &Value) -> Vec<(Name, bool)> {
    let _ = ev;
    match function {
        Value::Lambda(closure) => match &closure.lambda.param {
            crate::ir::Param::Formals { formals, .. } => formals
                .iter()
                .map(|f| (f.name.clone(), f.default.is_some()))
                .collect(),
            crate::ir::Param::Ident(_) => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn is_type(ev: &mut Evaluator, attrs: &Attrs, expected: &str) -> EvalResult<bool> {
    match attrs.get("_type") {
        Some(entry) => {
            let value = ev.force(&entry.value.clone(), None)?;
            Ok(matches!(value, Value::String(s) if &*s == expected))
        }
        None => Ok(false),
    }
}

fn declare(
    ev: &mut Evaluator,
    group: &mut OptionGroup,
    value: &Value,
    loc: &[Name],
    file: &Rc<str>,
    errors: &mut Vec<Diagnostic>,
) -> EvalResult<()> {
    let Value::Attrs(attrs) = value else {
        return Err(invalid_module(
            format!(
                "The option declarations at `{}' in `{file}' are {} rather than a set.",
                show_option(loc),
                value.type_phrase()
            ),
            None,
        ));
    };
    for entry in attrs.entries() {
        let mut child_loc = loc.to_vec();
        child_loc.push(entry.name.clone());
        let child = ev.force(&entry.value.clone(), entry.span)?;
        let Value::Attrs(child_attrs) = &child else {
            return Err(invalid_module(
                format!(
                    "The option `{}' in `{file}' is declared as {} rather than with `mkOption'.",
                    show_option(&child_loc),
                    child.type_phrase()
                ),
                entry.span,
            ));
        };
        if is_type(ev, child_attrs, "option")? {
            match group.children.get(&entry.name) {
                Some(OptionNode::Option(existing)) => {
                    let message = format!(
                        "The option `{}' in `{file}' is already declared in `{}'.",
                        show_option(&child_loc),
                        existing.file
                    );
                    let span = entry
                        .span
                        .unwrap_or_else(|| Span::new(crate::diagnostic::FileId(0), 0, 0));
                    errors.push(Diagnostic::new(
                        DiagnosticKind::Module {
                            code: ModuleErrorCode::InvalidModule,
                            message,
                        },
                        span,
                    ));
                }
                _ => {
                    group.children.insert(
                        entry.name.clone(),
                        OptionNode::Option(Rc::new(OptionDecl {
                            loc: child_loc,
                            declaration: child_attrs.clone(),
                            file: file.clone(),
                        })),
                    );
                }
            }
        } else {
            let slot = group
                .children
                .entry(entry.name.clone())
                .or_insert_with(|| OptionNode::Group(Rc::new(OptionGroup::default())));
            match slot {
                OptionNode::Group(existing) => {
                    let mut merged = OptionGroup {
                        children: std::mem::take(
                            &mut Rc::get_mut(existing)
                                .map(|g| std::mem::take(&mut g.children))
                                .unwrap_or_default(),
                        ),
                    };
                    declare(ev, &mut merged, &child, &child_loc, file, errors)?;
                    *existing = Rc::new(merged);
                }
                OptionNode::Option(_) => {
                    return Err(invalid_module(
                        format!("The option `{}' in `{file}' is a prefix of an option declared elsewhere.", show_option(&child_loc)),
                        entry.span,
                    ));
                }
            }
        }
    }
    Ok(())
}

fn options_value(group: &Rc<OptionGroup>) -> Value {
    let entries = group
        .children
        .iter()
        .map(|(name, node)| AttrEntry {
            name: name.clone(),
            value: match node {
                OptionNode::Option(decl) => Thunk::ready(Value::Attrs(decl.declaration.clone())),
                OptionNode::Group(child) => Thunk::ready(options_value(child)),
            },
            span: None,
            value_span: None,
        })
        .collect();
    Value::Attrs(Rc::new(Attrs::from_sorted(entries)))
}

/// A group's definitions, by the name of the option or group they define.
type SplitDefs = BTreeMap<Name, Vec<Def>>;

/// Where a group's definitions come from, computed once when first needed.
struct LazyGroup {
    source: DefsSource,
    split: RefCell<Option<Rc<SplitDefs>>>,
}

enum DefsSource {
    Root(Vec<Def>),
    Child(Rc<LazyGroup>, Name),
}

impl LazyGroup {
    fn defs(&self, ev: &mut Evaluator) -> EvalResult<Vec<Def>> {
        match &self.source {
            DefsSource::Root(defs) => Ok(defs.clone()),
            DefsSource::Child(parent, name) => {
                let split = parent.split(ev)?;
                Ok(split.get(name).cloned().unwrap_or_default())
            }
        }
    }

    fn split(&self, ev: &mut Evaluator) -> EvalResult<Rc<SplitDefs>> {
        if let Some(split) = self.split.borrow().as_ref() {
            return Ok(split.clone());
        }
        let defs = self.defs(ev)?;
        let mut split: BTreeMap<Name, Vec<Def>> = BTreeMap::new();
        for def in defs {
            split_def(ev, def, &mut split)?;
        }
        let split = Rc::new(split);
        *self.split.borrow_mut() = Some(split.clone());
        Ok(split)
    }
}

/// Pushes the properties of `def` down into the attributes of its value.
fn split_def(ev: &mut Evaluator, def: Def, into: &mut BTreeMap<Name, Vec<Def>>) -> EvalResult<()> {
    let value = ev.force(&def.value, def.location())?;
    let Value::Attrs(attrs) = value else {
        return Err(EvalError::new(
            ErrorKind::Module(
                ModuleErrorCode::NotOfType,
                format!(
                    "A definition in `{}' is {} where an attribute set of options was expected.",
                    def.file,
                    value.type_phrase()
                ),
            ),
            def.location(),
        ));
    };
    if let Some(property) = property_of(ev, &attrs)? {
        for inner in expand_property(ev, &def, &attrs, property)? {
            split_def(ev, inner, into)?;
        }
        return Ok(());
    }
    for entry in attrs.entries() {
        into.entry(entry.name.clone()).or_default().push(Def {
            value: entry.value.clone(),
            file: def.file.clone(),
            key_span: entry.span,
            value_span: entry.value_span,
            conditions: def.conditions.clone(),
            priority: def.priority,
            order: def.order,
        });
    }
    Ok(())
}

#[derive(Clone, Copy, PartialEq)]
enum Property {
    Merge,
    If,
    Override,
    Order,
}

fn property_of(ev: &mut Evaluator, attrs: &Attrs) -> EvalResult<Option<Property>> {
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

fn expand_property(
    ev: &mut Evaluator,
    def: &Def,
    attrs: &Attrs,
    property: Property,
) -> EvalResult<Vec<Def>> {
    let get = |name: &str| attrs.get(name).map(|e| e.value.clone());
    let mut inner = def.clone();
    match property {
        Property::Merge => {
            let contents = get("contents")
                .ok_or_else(|| EvalError::message("mkMerge without contents", def.location()))?;
            let list = ev.force(&contents, def.location())?;
            let Value::List(items) = list else {
                return Err(ev.type_error(
                    &list,
                    "a list",
                    def.location()
                        .unwrap_or_else(|| Span::new(crate::diagnostic::FileId(0), 0, 0)),
                ));
            };
            Ok(items
                .iter()
                .map(|item| Def {
                    value: item.clone(),
                    ..def.clone()
                })
                .collect())
        }
        Property::If => {
            inner
                .conditions
                .push(get("condition").unwrap_or_else(|| Thunk::ready(Value::Bool(true))));
            inner.value = get("content").unwrap_or_else(|| Thunk::ready(Value::Null));
            Ok(vec![inner])
        }
        Property::Override => {
            let priority = get("priority")
                .map(|p| ev.force(&p, def.location()))
                .transpose()?;
            if inner.priority.is_none() {
                if let Some(Value::Int(p)) = priority {
                    inner.priority = Some(p);
                }
            }
            inner.value = get("content").unwrap_or_else(|| Thunk::ready(Value::Null));
            Ok(vec![inner])
        }
        Property::Order => {
            let priority = get("priority")
                .map(|p| ev.force(&p, def.location()))
                .transpose()?;
            if inner.order.is_none() {
                if let Some(Value::Int(p)) = priority {
                    inner.order = Some(p);
                }
            }
            inner.value = get("content").unwrap_or_else(|| Thunk::ready(Value::Null));
            Ok(vec![inner])
        }
    }
}

/// Expands properties at an option itself and evaluates `mkIf` conditions: the
/// definitions that remain.
fn discharge(ev: &mut Evaluator, defs: Vec<Def>) -> EvalResult<Vec<Def>> {
    let mut out = Vec::with_capacity(defs.len());
    let mut work: VecDeque<Def> = defs.into();
    while let Some(def) = work.pop_front() {
        let value = ev.force(&def.value, def.location())?;
        if let Value::Attrs(attrs) = &value {
            if let Some(property) = property_of(ev, attrs)? {
                let expanded = expand_property(ev, &def, attrs, property)?;
                for item in expanded.into_iter().rev() {
                    work.push_front(item);
                }
                continue;
            }
        }
        let mut keep = true;
        for condition in &def.conditions {
            match ev.force(condition, def.location())? {
                Value::Bool(true) => {}
                Value::Bool(false) => {
                    keep = false;
                    break;
                }
                other => {
                    return Err(EvalError::message(
                        format!(
                            "‘mkIf’ called with a non-Boolean condition: it is {}",
                            other.type_phrase()
                        ),
                        def.location(),
                    ))
                }
            }
        }
        if keep {
            out.push(Def {
                conditions: Vec::new(),
                ..def
            });
        }
    }
    Ok(out)
}

/// Keeps the highest-priority definitions, ordered by `mkOrder`.
fn filter_and_order(mut defs: Vec<Def>) -> Vec<Def> {
    let best = defs
        .iter()
        .map(|d| d.priority.unwrap_or(DEFAULT_PRIORITY))
        .min();
    if let Some(best) = best {
        defs.retain(|d| d.priority.unwrap_or(DEFAULT_PRIORITY) == best);
    }
    defs.sort_by_key(|d| d.order.unwrap_or(DEFAULT_ORDER));
    defs
}

fn group_value(group: &Rc<OptionGroup>, lazy: &Rc<LazyGroup>, loc: &[Name]) -> Value {
    let entries = group
        .children
        .iter()
        .map(|(name, node)| {
            let mut child_loc = loc.to_vec();
            child_loc.push(name.clone());
            let child_lazy = Rc::new(LazyGroup {
                source: DefsSource::Child(lazy.clone(), name.clone()),
                split: RefCell::new(None),
            });
            let value = match node {
                OptionNode::Option(decl) => {
                    let decl = decl.clone();
                    Thunk::native(move |ev| {
                        let defs = child_lazy.defs(ev)?;
                        merge_option(ev, &decl, defs)
                    })
                }
                OptionNode::Group(child) => {
                    let child = child.clone();
                    Thunk::ready(group_value(&child, &child_lazy, &child_loc))
                }
            };
            AttrEntry {
                name: name.clone(),
                value,
                span: None,
                value_span: None,
            }
        })
        .collect();
    Value::Attrs(Rc::new(Attrs::from_sorted(entries)))
}

/// Reports definitions of options that do not exist, as diagnostics.
fn check_unknown(ev: &mut Evaluator, group: &Rc<OptionGroup>, lazy: &Rc<LazyGroup>, loc: &[Name]) {
    let split = match lazy.split(ev) {
        Ok(split) => split,
        Err(error) => {
            report(ev, &error);
            return;
        }
    };
    for (name, defs) in split.iter() {
        if name.as_str() == "_module" {
            continue;
        }
        let mut child_loc = loc.to_vec();
        child_loc.push(name.clone());
        match group.children.get(name) {
            None => {
                let option = show_option(&child_loc);
                let mut message =
                    format!("The option `{option}' does not exist. Definition values:");
                for def in defs.iter().take(5) {
                    message.push_str(&format!("\n- In `{}'", def.file));
                }
                let first = defs.first().and_then(|d| d.key_span.or(d.location()));
                let mut diagnostic = Diagnostic::new(
                    DiagnosticKind::Module {
                        code: ModuleErrorCode::OptionDoesNotExist,
                        message,
                    },
                    first.unwrap_or_else(|| Span::new(crate::diagnostic::FileId(0), 0, 0)),
                );
                for def in defs.iter().skip(1) {
                    if let Some(span) = def.key_span {
                        diagnostic = diagnostic.with_label(span, "also defined here");
                    }
                }
                let suggestions =
                    did_you_mean(name.as_str(), group.children.keys().map(|k| k.as_str()));
                if !suggestions.is_empty() {
                    let mut prefix = loc.to_vec();
                    let shown: Vec<String> = suggestions
                        .iter()
                        .map(|s| {
                            prefix.push(Name::new(s));
                            let text = format!("`{}'", show_option(&prefix));
                            prefix.pop();
                            text
                        })
                        .collect();
                    diagnostic =
                        diagnostic.with_help(format!("did you mean {}?", shown.join(", ")));
                } else if group.children.is_empty() {
                    diagnostic = diagnostic.with_note(format!(
                        "However there are no options defined in `{}'. Are you sure you've declared your options properly?",
                        show_option(loc)
                    ));
                }
                ev.diagnostics.push(diagnostic);
            }
            Some(OptionNode::Group(child)) => {
                let child_lazy = Rc::new(LazyGroup {
                    source: DefsSource::Child(lazy.clone(), name.clone()),
                    split: RefCell::new(None),
                });
                check_unknown(ev, child, &child_lazy, &child_loc);
            }
            Some(OptionNode::Option(_)) => {}
        }
    }
}

fn report(ev: &mut Evaluator, error: &EvalError) {
    if let Some(span) = error.span {
        if let Some(diagnostic) = error.to_diagnostic(span) {
            if !ev.diagnostics.contains(&diagnostic) {
                ev.diagnostics.push(diagnostic);
            }
        }
    }
}

/// Merges one option from its definitions: `mergeDefinitions` plus default and `apply`.
pub fn merge_option(ev: &mut Evaluator, decl: &OptionDecl, defs: Vec<Def>) -> EvalResult<Value> {
    let mut defs = discharge(ev, defs)?;
    if let Some(default) = decl.field("default") {
        defs.push(Def {
            value: default,
            file: decl.file.clone(),
            key_span: None,
            value_span: decl.declaration.get("default").and_then(|e| e.value_span),
            conditions: Vec::new(),
            priority: Some(OPTION_DEFAULT_PRIORITY),
            order: None,
        });
        defs = discharge(ev, defs)?;
    }
    let defs = filter_and_order(defs);
    if defs.is_empty() {
        return Err(EvalError::new(
            ErrorKind::Module(
                ModuleErrorCode::NoValue,
                format!(
                    "The option `{}' was accessed but has no value defined. Try setting the option.",
                    show_option(&decl.loc)
                ),
            ),
            None,
        ));
    }
    let ty = match decl.field("type") {
        Some(ty) => {
            let ty = ev.force(&ty, None)?;
            if matches!(ty, Value::Null) {
                None
            } else {
                Some(types::decode(ev, &ty)?)
            }
        }
        None => None,
    };
    let value = match &ty {
        Some(ty) => merge_typed(ev, ty, &decl.loc, defs)?,
        None => merge_typed(ev, &unspecified(), &decl.loc, defs)?,
    };
    match decl.field("apply") {
        Some(apply) => {
            let function = ev.force(&apply, None)?;
            if matches!(function, Value::Null) {
                return Ok(value);
            }
            ev.apply(
                function,
                Thunk::ready(value),
                Span::new(crate::diagnostic::FileId(0), 0, 0),
            )
        }
        None => Ok(value),
    }
}

fn unspecified() -> Type {
    Type {
        kind: TypeKind::Unspecified,
        description: "unspecified value".to_owned(),
        descriptor: Rc::new(Attrs::default()),
    }
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

fn show_defs(ev: &mut Evaluator, defs: &[&Def]) -> String {
    let mut out = String::new();
    for def in defs {
        out.push_str(&format!("\n- In `{}'", def.file));
        if let Some(value) = def.value.value_if_forced() {
            out.push_str(": ");
            out.push_str(&pretty(ev, &value));
        }
    }
    out
}

/// A short rendering of a definition value, as nixpkgs' `toPretty` shows scalars.
fn pretty(ev: &mut Evaluator, value: &Value) -> String {
    let _ = ev;
    match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => crate::eval::print::format_float(*f),
        Value::String(s) => quote_string(s),
        Value::Path(p) => p.to_string(),
        Value::Attrs(a) if a.is_empty() => "{ }".to_owned(),
        Value::Attrs(_) => "{ ... }".to_owned(),
        Value::List(l) if l.is_empty() => "[ ]".to_owned(),
        Value::List(_) => "[ ... ]".to_owned(),
        Value::Lambda(_) | Value::Builtin(_) => "<function>".to_owned(),
    }
}

const PRIORITY_SUGGESTION: &str =
    "Use `lib.mkForce value` or `lib.mkDefault value` to change the priority on any of these definitions.";

/// Checks every definition against `ty` and merges them (`type.merge loc defs`).
fn merge_typed(ev: &mut Evaluator, ty: &Type, loc: &[Name], defs: Vec<Def>) -> EvalResult<Value> {
    let mut values = Vec::with_capacity(defs.len());
    let mut invalid = Vec::new();
    for (index, def) in defs.iter().enumerate() {
        let value = ev.force(&def.value, def.location())?;
        if !types::check(ev, ty, &value)? {
            invalid.push(index);
        }
        values.push(value);
    }
    if !invalid.is_empty() {
        let bad: Vec<&Def> = invalid.iter().map(|i| &defs[*i]).collect();
        let shown = show_defs(ev, &bad);
        return Err(module_error(
            ModuleErrorCode::NotOfType,
            format!(
                "A definition for option `{}' is not of type `{}'. Definition values:{}",
                show_option(loc),
                ty.description,
                shown
            ),
            &bad,
            None,
        ));
    }
    match &ty.kind {
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
        TypeKind::AttrsOf(element, _) => merge_attrs(ev, element, loc, defs),
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
            defs,
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
        TypeKind::CoercedTo { from, function, to } => {
            let mut coerced = Vec::with_capacity(defs.len());
            for (def, value) in defs.iter().zip(&values) {
                if !types::check(ev, to, value)? && types::check(ev, from, value)? {
                    let span = def
                        .location()
                        .unwrap_or_else(|| Span::new(crate::diagnostic::FileId(0), 0, 0));
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
        TypeKind::Raw => merge_one(ev, loc, &defs, &values, None),
        TypeKind::Unspecified | TypeKind::Attrs => merge_default(ev, loc, &defs, &values),
        TypeKind::Anything => merge_anything(ev, loc, defs, values),
        TypeKind::DeferredModule => {
            let imports: Vec<Thunk> = defs.iter().map(|d| d.value.clone()).collect();
            let entries = vec![AttrEntry {
                name: Name::new("imports"),
                value: Thunk::ready(Value::List(Rc::from(imports))),
                span: None,
                value_span: None,
            }];
            Ok(Value::Attrs(Rc::new(Attrs::from_sorted(entries))))
        }
        TypeKind::FunctionTo(_) => Ok(values.last().cloned().unwrap_or(Value::Null)),
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
                                value: Thunk::ready(Value::string(&d.file)),
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
                .unwrap_or_else(|| Span::new(crate::diagnostic::FileId(0), 0, 0));
            let partial = ev.apply(function.clone(), Thunk::ready(loc_value), span)?;
            ev.apply(partial, Thunk::ready(defs_value), span)
        }
        _ => merge_equal(ev, loc, &defs, &values),
    }
}

/// `mergeEqualOption`: every definition must be equal.
fn merge_equal(
    ev: &mut Evaluator,
    loc: &[Name],
    defs: &[Def],
    values: &[Value],
) -> EvalResult<Value> {
    let first = &values[0];
    for (index, value) in values.iter().enumerate().skip(1) {
        let span = defs[index]
            .location()
            .unwrap_or_else(|| Span::new(crate::diagnostic::FileId(0), 0, 0));
        if value.is_function() || !ev.values_equal(first, value, span)? {
            let pair = [&defs[0], &defs[index]];
            let shown = show_defs(ev, &pair);
            return Err(module_error(
                ModuleErrorCode::ConflictingDefinitions,
                format!(
                    "The option `{}' has conflicting definition values:{}",
                    show_option(loc),
                    shown
                ),
                &pair,
                Some(PRIORITY_SUGGESTION.to_owned()),
            ));
        }
    }
    Ok(first.clone())
}

/// `mergeOneOption`: exactly one definition.
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
    let message = message.map(|m| format!("\n{m}")).unwrap_or_default();
    Err(module_error(
        ModuleErrorCode::NotUnique,
        format!(
            "The option `{}' is defined multiple times while it's expected to be unique.{message}\nDefinition values:{shown}",
            show_option(loc)
        ),
        &all,
        Some(PRIORITY_SUGGESTION.to_owned()),
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

fn merge_anything(
    ev: &mut Evaluator,
    loc: &[Name],
    defs: Vec<Def>,
    values: Vec<Value>,
) -> EvalResult<Value> {
    if values.iter().all(|v| matches!(v, Value::Attrs(_))) && values.len() > 1 {
        let any = Type {
            kind: TypeKind::Anything,
            description: "anything".to_owned(),
            descriptor: Rc::new(Attrs::default()),
        };
        return merge_attrs(ev, &any, loc, defs);
    }
    if values.iter().all(|v| matches!(v, Value::List(_))) && values.len() > 1 {
        return merge_default(ev, loc, &defs, &values);
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
            let mut item_loc = loc.to_vec();
            item_loc.push(Name::new(&format!(
                "[definition {}-entry {}]",
                def_index + 1,
                entry_index + 1
            )));
            let item_def = Def {
                value: item.clone(),
                file: def.file.clone(),
                key_span: None,
                value_span: def.value_span,
                conditions: Vec::new(),
                priority: None,
                order: None,
            };
            let kept = discharge(ev, vec![item_def])?;
            if kept.is_empty() {
                continue;
            }
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
    loc: &[Name],
    defs: Vec<Def>,
) -> EvalResult<Value> {
    let mut per_key: BTreeMap<Name, Vec<Def>> = BTreeMap::new();
    for def in defs {
        let value = ev.force(&def.value, def.location())?;
        let Value::Attrs(attrs) = value else { continue };
        for entry in attrs.entries() {
            per_key.entry(entry.name.clone()).or_default().push(Def {
                value: entry.value.clone(),
                file: def.file.clone(),
                key_span: entry.span,
                value_span: entry.value_span,
                conditions: Vec::new(),
                priority: None,
                order: None,
            });
        }
    }
    let mut entries = Vec::with_capacity(per_key.len());
    for (name, key_defs) in per_key {
        let key_span = key_defs.first().and_then(|d| d.key_span);
        let value_span = key_defs.first().and_then(|d| d.value_span);
        let kept = filter_and_order(discharge(ev, key_defs)?);
        if kept.is_empty() {
            continue;
        }
        let mut key_loc = loc.to_vec();
        key_loc.push(name.clone());
        let element = element.clone();
        entries.push(AttrEntry {
            name,
            value: Thunk::native(move |ev| merge_typed(ev, &element, &key_loc, kept)),
            span: key_span,
            value_span,
        });
    }
    Ok(Value::Attrs(Rc::new(Attrs::from_sorted(entries))))
}

fn merge_submodule(
    ev: &mut Evaluator,
    modules: &Rc<[Thunk]>,
    special_args: Option<Rc<Attrs>>,
    shorthand_only_defines_config: bool,
    loc: &[Name],
    defs: Vec<Def>,
) -> EvalResult<Value> {
    let type_file: Rc<str> = Rc::from("<submodule type>");
    let mut inputs: Vec<ModuleInput> = modules
        .iter()
        .map(|m| ModuleInput {
            value: m.clone(),
            file: type_file.clone(),
        })
        .collect();
    for def in &defs {
        let value = ev.force(&def.value, def.location())?;
        let module = match &value {
            Value::Attrs(_) if shorthand_only_defines_config => {
                Value::Attrs(Rc::new(Attrs::from_entries(vec![
                    AttrEntry {
                        name: Name::new("config"),
                        value: def.value.clone(),
                        span: def.key_span,
                        value_span: def.value_span,
                    },
                    AttrEntry {
                        name: Name::new("_file"),
                        value: Thunk::ready(Value::string(&def.file)),
                        span: None,
                        value_span: None,
                    },
                ])))
            }
            _ => value.clone(),
        };
        inputs.push(ModuleInput {
            value: Thunk::ready(module),
            file: def.file.clone(),
        });
    }
    let mut args = Vec::new();
    if let Some(name) = loc.last() {
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
    let evaluated = eval_modules(ev, inputs, args, loc.to_vec())?;
    Ok(evaluated.config)
}

/// An option path as nixpkgs' `showOption` prints it.
pub fn show_option(loc: &[Name]) -> String {
    loc.iter()
        .map(|part| {
            let text = part.as_str();
            let plain = text
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
                && text
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '\'' || c == '-');
            if plain || text == "*" || (text.starts_with('<') && text.ends_with('>')) {
                text.to_owned()
            } else {
                quote_string(text)
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}
