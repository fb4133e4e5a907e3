//! The option tree: every module's `options` merged into one, with declarations of the
//! same submodule-typed option combined as nixpkgs' `typeMerge` does.

use std::rc::Rc;

use crate::diagnostic::{ModuleErrorCode, Span};
use crate::eval::{AttrEntry, Attrs, ErrorKind, EvalError, EvalResult, Evaluator, Thunk, Value};
use crate::modules::collect::{invalid_module, CollectedModule};
use crate::modules::hoist;
use crate::modules::properties::LazyGroup;
use crate::modules::{show_option, Def, OptionDecl, OptionGroup, OptionNode};
use crate::name::Name;

/// Declares the options of every collected module under `prefix` (which only messages
/// show). Modules whose `options` are the very values an earlier evaluation declared
/// (see [`hoist`]) get the option tree it built.
pub fn declare_all(
    ev: &mut Evaluator,
    modules: &[CollectedModule],
    prefix: &[Name],
) -> EvalResult<Rc<OptionGroup>> {
    let mut forced = Vec::new();
    for module in modules {
        if let Some(options) = &module.options {
            let options = hoist::shared(ev, options);
            match ev.force(&options, module.span) {
                Ok(value) => forced.push((value, module.file.clone())),
                // Declared one module at a time below, failing where nixpkgs fails.
                Err(_) => return declare_each(ev, modules, prefix).map(Rc::new),
            }
        }
    }
    if let Some(group) = hoist::declared(ev, &forced) {
        return Ok(group);
    }
    let mut root = OptionGroup::default();
    for (value, file) in &forced {
        declare(ev, &mut root, value, prefix, file)?;
    }
    let root = Rc::new(root);
    hoist::remember_declared(ev, forced, root.clone());
    Ok(root)
}

fn declare_each(
    ev: &mut Evaluator,
    modules: &[CollectedModule],
    prefix: &[Name],
) -> EvalResult<OptionGroup> {
    let mut root = OptionGroup::default();
    for module in modules {
        if let Some(options) = &module.options {
            let options = hoist::shared(ev, options);
            let value = ev.force(&options, module.span)?;
            declare(ev, &mut root, &value, prefix, &module.file)?;
        }
    }
    Ok(root)
}

fn string_type(ev: &mut Evaluator, attrs: &Attrs, expected: &str) -> EvalResult<bool> {
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
        let mut child_loc = Vec::with_capacity(loc.len() + 1);
        child_loc.extend_from_slice(loc);
        child_loc.push(entry.name.clone());
        let declaration = hoist::shared(ev, &entry.value);
        let child = ev.force(&declaration, entry.span)?;
        let Value::Attrs(child_attrs) = &child else {
            let error = invalid_module(
                format!(
                    "The option `{}' in `{file}' is declared as {} rather than with `mkOption'.",
                    show_option(&child_loc),
                    child.type_phrase()
                ),
                entry.span,
            );
            if group.children.contains_key(&entry.name) {
                return Err(error);
            }
            // nixpkgs' option tree is lazy: NixOS fails only when something reads this
            // option (its value, or its declaration for the manual), not because it is
            // declared. So it is an option whose type and default are that error.
            let fails = |error: Box<EvalError>| Thunk::native(move |_| Err(error));
            group.children.insert(
                entry.name.clone(),
                OptionNode::Option(Rc::new(OptionDecl::new(
                    Rc::new(Attrs::from_entries(vec![
                        AttrEntry::new("default", fails(error.clone())),
                        AttrEntry::new("type", fails(error)),
                    ])),
                    file.clone(),
                ))),
            );
            continue;
        };
        if string_type(ev, child_attrs, "option")? {
            let merged = match group.children.get(&entry.name) {
                Some(OptionNode::Option(existing)) => Some(merge_declarations(
                    ev,
                    existing,
                    child_attrs,
                    &child_loc,
                    file,
                    entry.span,
                )?),
                Some(OptionNode::Group(_)) => {
                    return Err(invalid_module(
                        format!(
                        "The option `{}' in `{file}' is a prefix of options declared elsewhere.",
                        show_option(&child_loc)
                    ),
                        entry.span,
                    ))
                }
                None => None,
            };
            let declaration = merged.unwrap_or_else(|| child_attrs.clone());
            let decl_file = match group.children.get(&entry.name) {
                Some(OptionNode::Option(existing)) => existing.file.clone(),
                _ => file.clone(),
            };
            group.children.insert(
                entry.name.clone(),
                OptionNode::Option(Rc::new(OptionDecl::new(declaration, decl_file))),
            );
        } else {
            let mut merged = match group.children.remove(&entry.name) {
                Some(OptionNode::Group(existing)) => {
                    Rc::try_unwrap(existing).unwrap_or_else(|shared| OptionGroup {
                        children: shared
                            .children
                            .iter()
                            .map(|(k, v)| {
                                (
                                    k.clone(),
                                    match v {
                                        OptionNode::Option(o) => OptionNode::Option(o.clone()),
                                        OptionNode::Group(g) => OptionNode::Group(g.clone()),
                                    },
                                )
                            })
                            .collect(),
                    })
                }
                Some(OptionNode::Option(existing)) => {
                    group
                        .children
                        .insert(entry.name.clone(), OptionNode::Option(existing));
                    return Err(invalid_module(
                        format!("The option `{}' in `{file}' is a prefix of an option declared elsewhere.", show_option(&child_loc)),
                        entry.span,
                    ));
                }
                None => {
                    // A group declared by this module alone: the tree built for the same
                    // declarations before, if any.
                    let key = vec![(child.clone(), file.clone())];
                    let built = match hoist::declared(ev, &key) {
                        Some(built) => built,
                        None => {
                            let mut fresh = OptionGroup::default();
                            declare(ev, &mut fresh, &child, &child_loc, file)?;
                            let fresh = Rc::new(fresh);
                            hoist::remember_declared(ev, key, fresh.clone());
                            fresh
                        }
                    };
                    group
                        .children
                        .insert(entry.name.clone(), OptionNode::Group(built));
                    continue;
                }
            };
            declare(ev, &mut merged, &child, &child_loc, file)?;
            group
                .children
                .insert(entry.name.clone(), OptionNode::Group(Rc::new(merged)));
        }
    }
    Ok(())
}

/// Two declarations of one option: allowed when their types merge (submodules), and
/// at most one of them gives a default, example, description or apply.
fn merge_declarations(
    ev: &mut Evaluator,
    existing: &OptionDecl,
    new: &Rc<Attrs>,
    loc: &[Name],
    file: &Rc<str>,
    span: Option<Span>,
) -> EvalResult<Rc<Attrs>> {
    let clash = || {
        EvalError::new(
            ErrorKind::Module(
                ModuleErrorCode::InvalidModule,
                format!(
                    "The option `{}' in `{file}' is already declared in `{}'.",
                    show_option(loc),
                    existing.file
                ),
            ),
            span,
        )
    };
    let old = &existing.declaration;
    for field in ["default", "example", "description", "apply"] {
        if old.get(field).is_some() && new.get(field).is_some() {
            return Err(clash());
        }
    }
    let merged_type = match (old.get("type"), new.get("type")) {
        (Some(a), Some(b)) => {
            let a = ev.force(&a.value.clone(), span)?;
            let b = ev.force(&b.value.clone(), span)?;
            match merge_types(ev, &a, &b)? {
                Some(merged) => Some(merged),
                None => return Err(clash()),
            }
        }
        (Some(a), None) => Some(ev.force(&a.value.clone(), span)?),
        (None, Some(b)) => Some(ev.force(&b.value.clone(), span)?),
        (None, None) => None,
    };
    let mut combined = old.update(new);
    if let Some(ty) = merged_type {
        combined = combined.update(&Attrs::from_entries(vec![AttrEntry::new(
            "type",
            Thunk::ready(ty),
        )]));
    }
    Ok(Rc::new(combined))
}

fn type_name(ev: &mut Evaluator, ty: &Attrs) -> EvalResult<String> {
    match ty.get("name") {
        Some(e) => match ev.force(&e.value.clone(), None)? {
            Value::String(s) => Ok(s.to_string()),
            _ => Ok(String::new()),
        },
        None => Ok(String::new()),
    }
}

/// nixpkgs' `typeMerge` for the types that support it: submodules concatenate their
/// modules, and `attrsOf`, `lazyAttrsOf`, `listOf` and `nullOr` merge their elements.
fn merge_types(ev: &mut Evaluator, a: &Value, b: &Value) -> EvalResult<Option<Value>> {
    let (Value::Attrs(a), Value::Attrs(b)) = (a, b) else {
        return Ok(None);
    };
    let (name_a, name_b) = (type_name(ev, a)?, type_name(ev, b)?);
    if name_a != name_b {
        return Ok(None);
    }
    let field = |ev: &mut Evaluator, set: &Attrs, name: &str| -> EvalResult<Option<Value>> {
        match set.get(name) {
            Some(e) => ev.force(&e.value.clone(), None).map(Some),
            None => Ok(None),
        }
    };
    match name_a.as_str() {
        "submodule" => {
            let mut modules = Vec::new();
            for set in [a, b] {
                if let Some(Value::List(items)) = field(ev, set, "modules")? {
                    modules.extend(items.iter().cloned());
                }
            }
            let merged = a.update(&Attrs::from_entries(vec![AttrEntry::new(
                "modules",
                Thunk::ready(Value::List(Rc::from(modules))),
            )]));
            Ok(Some(Value::Attrs(Rc::new(merged))))
        }
        "attrsOf" | "listOf" | "nullOr" => {
            if name_a == "attrsOf"
                && field(ev, a, "lazy")?.map(|v| matches!(v, Value::Bool(true)))
                    != field(ev, b, "lazy")?.map(|v| matches!(v, Value::Bool(true)))
            {
                return Ok(None);
            }
            let (Some(ea), Some(eb)) = (field(ev, a, "elemType")?, field(ev, b, "elemType")?)
            else {
                return Ok(None);
            };
            match merge_types(ev, &ea, &eb)? {
                Some(elem) => Ok(Some(Value::Attrs(Rc::new(a.update(&Attrs::from_entries(
                    vec![AttrEntry::new("elemType", Thunk::ready(elem))],
                )))))),
                None => Ok(None),
            }
        }
        _ => {
            // Identical plain types merge to themselves.
            let same = ev.values_equal(
                &Value::Attrs(a.clone()),
                &Value::Attrs(b.clone()),
                Span::new(crate::diagnostic::FileId(0), 0, 0),
            );
            Ok(matches!(same, Ok(true)).then(|| Value::Attrs(a.clone())))
        }
    }
}

/// The declarations as the `options` module argument shows them: each `mkOption` set
/// plus `isDefined`, `value`, `loc` and a `__toString` giving its path.
pub fn options_value(
    ev: &mut Evaluator,
    group: &Rc<OptionGroup>,
    lazy: &Rc<LazyGroup>,
    config: &Value,
    lib: &Value,
    loc: &[Name],
) -> Value {
    let constant = match lib {
        Value::Attrs(lib) => lib.get("_nccInternal").map(|e| e.value.clone()),
        _ => None,
    };
    let mut entries = Vec::with_capacity(group.children.len());
    for (name, node) in &group.children {
        let mut child_loc = loc.to_vec();
        child_loc.push(name.clone());
        let child_lazy = LazyGroup::child_of(lazy, name);
        let child_config = match config {
            Value::Attrs(attrs) => attrs.get(name.as_str()).map(|e| e.value.clone()),
            _ => None,
        };
        let value = match node {
            OptionNode::Option(decl) => {
                let decl = decl.clone();
                let constant = constant.clone();
                let loc = child_loc.clone();
                Thunk::native(move |ev| {
                    option_object(ev, &decl, &loc, &child_lazy, child_config, constant)
                })
            }
            OptionNode::Group(child) => {
                let child = child.clone();
                let lib = lib.clone();
                Thunk::native(move |ev| {
                    let config = match child_config {
                        Some(thunk) => ev.force(&thunk, None)?,
                        None => Value::Attrs(Rc::new(Attrs::default())),
                    };
                    Ok(options_value(
                        ev,
                        &child,
                        &child_lazy,
                        &config,
                        &lib,
                        &child_loc,
                    ))
                })
            }
        };
        entries.push(AttrEntry {
            name: name.clone(),
            value,
            span: None,
            value_span: None,
        });
    }
    let _ = ev;
    let options = Attrs::from_sorted(entries);
    // In the open world, the options of a group are as open as its `config`.
    let options = match config {
        Value::Attrs(attrs) => match attrs.open() {
            Some(path) => options.into_open(path),
            None => options,
        },
        _ => options,
    };
    Value::Attrs(Rc::new(options))
}

fn option_object(
    ev: &mut Evaluator,
    decl: &OptionDecl,
    loc: &[Name],
    lazy: &Rc<LazyGroup>,
    value: Option<Thunk>,
    internal: Option<Thunk>,
) -> EvalResult<Value> {
    let shown = show_option(loc);
    let mut extra = vec![
        AttrEntry::new("_type", Thunk::ready(Value::string("option"))),
        AttrEntry::new(
            "loc",
            Thunk::ready(Value::List(
                loc.iter()
                    .map(|n| Thunk::ready(Value::string(n.as_str())))
                    .collect(),
            )),
        ),
    ];
    let defined_lazy = lazy.clone();
    let has_default = decl.declaration.get("default").is_some();
    extra.push(AttrEntry {
        name: Name::new("isDefined"),
        value: Thunk::native(move |ev| {
            let defs = defined_lazy.defs(ev)?;
            let defs = crate::modules::properties::discharge(ev, defs)?;
            Ok(Value::Bool(!defs.is_empty() || has_default))
        }),
        span: None,
        value_span: None,
    });
    // What `mkRenamedOptionModule`, `mkAliasDefinitions` and `mkDerivedConfig` read: the
    // definitions that win (mkIf and mkMerge discharged, the highest priority kept, in
    // mkOrder order), their files and that priority.
    let final_lazy = lazy.clone();
    let final_defs = Rc::new(std::cell::OnceCell::new());
    let winning = move |ev: &mut Evaluator| -> EvalResult<(Vec<Def>, i64)> {
        if let Some(kept) = final_defs.get() {
            return Ok(Clone::clone(kept));
        }
        let defs = final_lazy.defs(ev)?;
        let defs = crate::modules::properties::discharge(ev, defs)?;
        let (defs, priority) = crate::modules::properties::filter_overrides(ev, defs)?;
        let defs = crate::modules::properties::sort_by_order(ev, defs)?;
        let _ = final_defs.set((defs.clone(), priority));
        Ok((defs, priority))
    };
    let winning = Rc::new(winning);
    let definitions = winning.clone();
    extra.push(AttrEntry::new(
        "definitions",
        Thunk::native(move |ev| {
            let (defs, _) = (*definitions)(ev)?;
            Ok(Value::List(defs.iter().map(|d| d.value.clone()).collect()))
        }),
    ));
    let files = winning.clone();
    extra.push(AttrEntry::new(
        "files",
        Thunk::native(move |ev| {
            let (defs, _) = (*files)(ev)?;
            Ok(Value::List(
                defs.iter()
                    .map(|d| Thunk::ready(Value::String(d.file.clone())))
                    .collect(),
            ))
        }),
    ));
    extra.push(AttrEntry::new(
        "highestPrio",
        Thunk::native(move |ev| {
            let (defs, priority) = (*winning)(ev)?;
            Ok(Value::Int(if defs.is_empty() && has_default {
                1500
            } else {
                priority
            }))
        }),
    ));
    if let Some(value) = value {
        extra.push(AttrEntry {
            name: Name::new("value"),
            value,
            span: None,
            value_span: None,
        });
    }
    if let Some(internal) = internal {
        if let Value::Attrs(internal) = ev.force(&internal, None)? {
            if let Some(constant) = internal.get("constant") {
                let constant = ev.force(&constant.value.clone(), None)?;
                let function = ev.apply(
                    constant,
                    Thunk::ready(Value::string(&shown)),
                    Span::new(crate::diagnostic::FileId(0), 0, 0),
                )?;
                extra.push(AttrEntry::new("__toString", Thunk::ready(function)));
            }
        }
    }
    Ok(Value::Attrs(Rc::new(
        decl.declaration.update(&Attrs::from_entries(extra)),
    )))
}

/// The declarations alone, as a nested set of `mkOption` sets.
pub fn options_value_plain(group: &Rc<OptionGroup>) -> Value {
    let entries = group
        .children
        .iter()
        .map(|(name, node)| AttrEntry {
            name: name.clone(),
            value: match node {
                OptionNode::Option(decl) => Thunk::ready(Value::Attrs(decl.declaration.clone())),
                OptionNode::Group(child) => Thunk::ready(options_value_plain(child)),
            },
            span: None,
            value_span: None,
        })
        .collect();
    Value::Attrs(Rc::new(Attrs::from_sorted(entries)))
}
