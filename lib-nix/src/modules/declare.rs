//! The option tree: every module's `options` merged into one, with declarations of the
//! same submodule-typed option combined as nixpkgs' `typeMerge` does.

use std::rc::Rc;

use crate::diagnostic::{ModuleErrorCode, Span};
use crate::eval::{AttrEntry, Attrs, ErrorKind, EvalError, EvalResult, Evaluator, Thunk, Value};
use crate::modules::collect::{invalid_module, CollectedModule};
use crate::modules::hoist;
use crate::modules::properties::LazyGroup;
use crate::modules::{show_option, Def, InvalidDecl, OptionDecl, OptionGroup, OptionNode};
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
        root.copies_open |= copies_open_declarations(value);
        declare(ev, &mut root, value, prefix, file)?;
    }
    let root = Rc::new(root);
    // A provisional tree leaves out what was being declared: it is no one's to share.
    if ev.provisional_declarations == 0 {
        hoist::remember_declared(ev, forced, root.clone());
    }
    Ok(root)
}

/// Whether a module's `options` (forced) are, whole, the sub-options of a submodule
/// NixOS declares more of than the modules ncc evaluates (`options = builtins.removeAttrs
/// (options.virtualisation.oci-containers.containers.type.getSubOptions [ ]) [ "_module" ]
/// // { fullName = mkOption { ... }; }`): in nixpkgs that copies every option NixOS
/// declares there (`image`, `volumes`, ...), so the options no module ncc sees declares
/// exist in this evaluation too, as they do in the submodule copied (the open world).
fn copies_open_declarations(options: &Value) -> bool {
    matches!(options, Value::Attrs(attrs) if attrs.open_declarations())
}

/// The options `modules` declare, for a read of `config` made while they are being
/// declared: nixpkgs declares each option when it is first asked for, so a declaration
/// may read `config` (`good = with config.device; mkOption { ... }`) or `pkgs`, which
/// NixOS makes from `config.nixpkgs.overlays`, whose definitions may read `config`. ncc
/// declares all options at once, so such a read sees the options declared again
/// without those whose declaration is under way (and those that need one that is):
/// an option cannot be read while it is being declared, in NixOS either.
pub fn provisional_options(
    ev: &mut Evaluator,
    modules: &[CollectedModule],
    prefix: &[Name],
) -> EvalResult<Rc<OptionGroup>> {
    ev.provisional_declarations += 1;
    let root = declare_all(ev, modules, prefix);
    ev.provisional_declarations -= 1;
    root
}

/// An N301 for a declaration ncc cannot know, once.
fn note_unknown(ev: &mut Evaluator, error: &EvalError, at: Option<Span>) {
    if let Some(diagnostic) = error.to_diagnostic(at.unwrap_or_else(Span::nowhere)) {
        if !ev.diagnostics.contains(&diagnostic) {
            ev.diagnostics.push(diagnostic);
        }
    }
}

/// `thunk` forced, or `None` when its value is unknown (noted once, at `at`).
fn force_or_note(ev: &mut Evaluator, thunk: &Thunk, at: Option<Span>) -> EvalResult<Option<Value>> {
    match ev.force(thunk, at) {
        Ok(value) => Ok(Some(value)),
        Err(error) if error.is_unknown() => {
            note_unknown(ev, &error, at);
            Ok(None)
        }
        // Being declared already, further out (see [`provisional_options`]).
        Err(error)
            if ev.provisional_declarations > 0
                && error.kind == crate::eval::ErrorKind::InfiniteRecursion =>
        {
            Ok(None)
        }
        Err(error) => Err(error),
    }
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
            let Some(value) = force_or_note(ev, &options, module.span)? else {
                continue;
            };
            root.copies_open |= copies_open_declarations(&value);
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

/// Whether an option a project file (not one of ncc's, `<ncc schema>`) declares at `loc`
/// is in a namespace modules ncc does not evaluate declare options in too (NixOS's
/// `services`, as the layer above says): nixpkgs merges the sub-options NixOS declares
/// under `services.tailscale` into a submodule a project declares there (`options.
/// services.tailscale = mkOption { type = submodule { options.tags = ...; }; }`), so
/// definitions of them are the open world's, never "does not exist".
fn in_open_namespace(ev: &Evaluator, loc: &[Name], file: &str) -> bool {
    loc.len() >= 2 && !file.starts_with('<') && (ev.hooks.open_namespace)(loc[0].as_str())
}

/// The declaration with its `type`, where that is a submodule, made a submodule of the
/// open world (`lib._nccInternal.openWorldSubmodule`); without a default, also the
/// submodules of an attribute set, list or null of them (`openWorldElements`), as an
/// extension of NixOS's own declaration, which has the default, can only be. Read only
/// when the type is.
fn open_world_submodule_declaration(declaration: &Rc<Attrs>) -> Rc<Attrs> {
    let Some(ty) = declaration.get("type").map(|entry| entry.value.clone()) else {
        return declaration.clone();
    };
    let opener = match declaration.get("default") {
        Some(_) => "openWorldSubmodule",
        None => "openWorldElements",
    };
    let opened = Thunk::native(move |ev| {
        let lib = crate::modules::lib_value(ev)?;
        let open = super::arguments::lib_internal(ev, &lib, opener)?;
        ev.apply(open, ty.clone(), Span::nowhere())
    });
    Rc::new(declaration.update(&Attrs::from_entries(vec![AttrEntry::new("type", opened)])))
}

/// Whether the option declaration `declaration` has a submodule type.
fn is_submodule_option(ev: &mut Evaluator, declaration: &Attrs) -> EvalResult<bool> {
    let Some(ty) = declaration.get("type") else {
        return Ok(false);
    };
    match ev.force(&ty.value.clone(), None)? {
        Value::Attrs(ty) => Ok(type_name(ev, &ty)? == "submodule"),
        _ => Ok(false),
    }
}

/// `mkOption { type = types.submoduleWith { modules = [ { options = group; } ]; }; }`:
/// a group of option declarations as an option, to join a submodule-typed option.
fn submodule_option(ev: &mut Evaluator, group: Value) -> EvalResult<Rc<Attrs>> {
    let lib = crate::modules::lib_value(ev)?;
    let field = |ev: &mut Evaluator, set: &Value, name: &str| -> EvalResult<Value> {
        match set {
            Value::Attrs(attrs) => match attrs.get(name) {
                Some(entry) => ev.force(&entry.value.clone(), None),
                None => Err(EvalError::message(
                    format!("internal error: lib lacks `{name}'"),
                    None,
                )),
            },
            _ => Err(EvalError::message("internal error: lib is not a set", None)),
        }
    };
    let types = field(ev, &lib, "types")?;
    let submodule_with = field(ev, &types, "submoduleWith")?;
    let module = Value::Attrs(Rc::new(Attrs::from_entries(vec![AttrEntry::new(
        "options",
        Thunk::ready(group),
    )])));
    let argument = Value::Attrs(Rc::new(Attrs::from_entries(vec![AttrEntry::new(
        "modules",
        Thunk::ready(Value::List(Rc::from(vec![Thunk::ready(module)]))),
    )])));
    let ty = ev.apply(submodule_with, Thunk::ready(argument), Span::nowhere())?;
    Ok(Rc::new(Attrs::from_entries(vec![
        AttrEntry::new("_type", Thunk::ready(Value::string("option"))),
        AttrEntry::new("type", Thunk::ready(ty)),
    ])))
}

/// The `_type` of a set that is some other kind of value than an option
/// (`option-type`, `if`, ...), if it is one.
fn other_type_tag(ev: &mut Evaluator, attrs: &Attrs) -> EvalResult<Option<String>> {
    match attrs.get("_type") {
        Some(entry) => match ev.force(&entry.value.clone(), None)? {
            Value::String(kind) if &*kind != "option" => Ok(Some(kind.to_string())),
            _ => Ok(None),
        },
        None => Ok(None),
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
        // A declaration ncc cannot know (`inherit (options.x.type.getSubOptions [ ])
        // files;` where `x` is declared by a module ncc does not evaluate): noted, and left
        // undeclared, so that its definitions are the open world's and nothing else waits
        // on it.
        let Some(child) = force_or_note(ev, &declaration, entry.span)? else {
            continue;
        };
        // So is one made by what ncc does not evaluate (`mkBoolOpt false "..."` from a
        // flake input's or an overlay's library): an option in NixOS, or a group of
        // them, ncc cannot tell, and a stand-in's attributes are none of the options.
        if let Some(what) = child.opaque() {
            let unknown = EvalError::unknown(format!("`{what}'"), entry.span);
            note_unknown(ev, &unknown, entry.span);
            continue;
        }
        let invalid = |message: String| {
            OptionNode::Invalid(Rc::new(InvalidDecl {
                message,
                span: entry.span,
            }))
        };
        let Value::Attrs(child_attrs) = &child else {
            let message = format!(
                "The option `{}' in `{file}' is declared as {} rather than with `mkOption'.",
                show_option(&child_loc),
                child.type_phrase()
            );
            group.children.insert(entry.name.clone(), invalid(message));
            continue;
        };
        if let Some(kind) = other_type_tag(ev, child_attrs)? {
            let message = format!(
                "In module `{file}': expected an option declaration at option path `{}' but got an attribute set with type {kind}",
                show_option(&child_loc)
            );
            group.children.insert(entry.name.clone(), invalid(message));
            continue;
        }
        if matches!(
            group.children.get(&entry.name),
            Some(OptionNode::Invalid(_))
        ) {
            continue;
        }
        if string_type(ev, child_attrs, "option")? {
            let opened;
            let child_attrs = if in_open_namespace(ev, &child_loc, file) {
                opened = open_world_submodule_declaration(child_attrs);
                &opened
            } else {
                child_attrs
            };
            let merged = match group.children.get(&entry.name) {
                Some(OptionNode::Option(existing)) => Some(merge_declarations(
                    ev,
                    existing,
                    child_attrs,
                    &child_loc,
                    file,
                    entry.span,
                )?),
                // Kept as it is (see above): not reached.
                Some(OptionNode::Invalid(_)) => continue,
                Some(OptionNode::Group(existing)) if is_submodule_option(ev, child_attrs)? => {
                    // Options declared under an option whose type is a submodule join
                    // that submodule (nixpkgs' `optionTreeToOption`).
                    let existing = options_value_plain(existing);
                    let joined = submodule_option(ev, existing)?;
                    let decl = OptionDecl::new(joined, file.clone());
                    Some(merge_declarations(
                        ev,
                        &decl,
                        child_attrs,
                        &child_loc,
                        file,
                        entry.span,
                    )?)
                }
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
            let (decl_file, also) = match group.children.get(&entry.name) {
                Some(OptionNode::Option(existing)) => {
                    (existing.file.clone(), declared_after(existing, file))
                }
                _ => (file.clone(), Vec::new()),
            };
            let decl = match merged {
                Some(merged) => OptionDecl::joined(merged, decl_file, also),
                None => OptionDecl::new(child_attrs.clone(), decl_file),
            };
            group
                .children
                .insert(entry.name.clone(), OptionNode::Option(Rc::new(decl)));
        } else {
            let mut merged = match group.children.remove(&entry.name) {
                Some(invalid @ OptionNode::Invalid(_)) => {
                    group.children.insert(entry.name.clone(), invalid);
                    continue;
                }
                Some(OptionNode::Group(existing)) => {
                    Rc::try_unwrap(existing).unwrap_or_else(|shared| OptionGroup {
                        children: shared
                            .children
                            .iter()
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect(),
                        copies_open: shared.copies_open,
                    })
                }
                Some(OptionNode::Option(existing))
                    if is_submodule_option(ev, &existing.declaration)? =>
                {
                    // Options declared under an option whose type is a submodule join
                    // that submodule (nixpkgs' `optionTreeToOption`).
                    let joined = submodule_option(ev, child.clone())?;
                    let merged =
                        merge_declarations(ev, &existing, &joined, &child_loc, file, entry.span)?;
                    group.children.insert(
                        entry.name.clone(),
                        OptionNode::Option(Rc::new(OptionDecl::joined(
                            merged,
                            existing.file.clone(),
                            declared_after(&existing, file),
                        ))),
                    );
                    continue;
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
                    // declarations before, if any. A provisional tree is not kept, as in
                    // [`declare_all`]: it lacks the declarations under way (`enable =
                    // site.lib.mkBoolOpt ...` while `site` is being made), so the tree
                    // built later would have lost them and their N301s.
                    let key = vec![(child.clone(), file.clone())];
                    let built = match hoist::declared(ev, &key) {
                        Some(built) => built,
                        None => {
                            let mut fresh = OptionGroup::default();
                            declare(ev, &mut fresh, &child, &child_loc, file)?;
                            let fresh = Rc::new(fresh);
                            if ev.provisional_declarations == 0 {
                                hoist::remember_declared(ev, key, fresh.clone());
                            }
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
/// The files of `existing`'s declarations after its first, then `file`'s.
fn declared_after(existing: &OptionDecl, file: &Rc<str>) -> Vec<Rc<str>> {
    let mut also = existing.also_declared_in().to_vec();
    also.push(file.clone());
    also
}

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

/// What the type `ty` checks and merges as (see [`super::types::kind_field`]).
fn type_name(ev: &mut Evaluator, ty: &Attrs) -> EvalResult<String> {
    super::types::kind_field(ev, ty)
}

/// nixpkgs' `typeMerge` for the types that support it: submodules concatenate their
/// modules, enums join their values, and `attrsOf`, `lazyAttrsOf`, `listOf` and `nullOr`
/// merge their elements.
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
        "enum" => {
            // Modules extend an enum declared elsewhere: the values of both, each once,
            // made into an enum by the type's own constructor (`functor.type`).
            let (Some(Value::List(va)), Some(Value::List(vb))) =
                (field(ev, a, "values")?, field(ev, b, "values")?)
            else {
                return Ok(None);
            };
            let Some(Value::Attrs(functor)) = field(ev, a, "functor")? else {
                return Ok(None);
            };
            let Some(constructor) = field(ev, &functor, "type")? else {
                return Ok(None);
            };
            let anywhere = Span::nowhere();
            // nixpkgs meets the later declaration first.
            let mut values: Vec<Value> = Vec::new();
            for item in vb.iter().chain(va.iter()) {
                let item = ev.force(item, None)?;
                let mut seen = false;
                for kept in &values {
                    if ev.values_equal(kept, &item, anywhere)? {
                        seen = true;
                        break;
                    }
                }
                if !seen {
                    values.push(item);
                }
            }
            // The constructor takes the payload, `{ values = [ ... ]; }`, as nixpkgs' does.
            let list = Value::List(values.into_iter().map(Thunk::ready).collect());
            let payload = Value::Attrs(Rc::new(Attrs::from_entries(vec![AttrEntry::new(
                "values",
                Thunk::ready(list),
            )])));
            ev.apply(constructor, Thunk::ready(payload), anywhere)
                .map(Some)
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
            let Some(elem) = merge_types(ev, &ea, &eb)? else {
                return Ok(None);
            };
            let same =
                matches!((&elem, &ea), (Value::Attrs(x), Value::Attrs(y)) if Rc::ptr_eq(x, y));
            let lazy = matches!(field(ev, a, "lazy")?, Some(Value::Bool(true)));
            // An element that changed (enums joined) is made into the type again by its
            // constructor, as nixpkgs does, so that its description says so; lib.types'
            // `functor.type` of a lazy attribute set makes an eager one.
            if !same && !lazy {
                if let Some(Value::Attrs(functor)) = field(ev, a, "functor")? {
                    if let Some(constructor) = field(ev, &functor, "type")? {
                        let anywhere = Span::nowhere();
                        return ev
                            .apply(constructor, Thunk::ready(elem), anywhere)
                            .map(Some);
                    }
                }
            }
            Ok(Some(Value::Attrs(Rc::new(a.update(&Attrs::from_entries(
                vec![AttrEntry::new("elemType", Thunk::ready(elem))],
            ))))))
        }
        _ => {
            // Identical plain types merge to themselves.
            let same = ev.values_equal(
                &Value::Attrs(a.clone()),
                &Value::Attrs(b.clone()),
                Span::nowhere(),
            );
            Ok(matches!(same, Ok(true)).then(|| Value::Attrs(a.clone())))
        }
    }
}

/// What the `options` module argument is built from: the modules' own `options`, for
/// a read made while they are still being declared, and the finished tree once it is.
pub struct OptionsSource {
    /// Each module's `options` and its file.
    pub modules: Vec<(Thunk, Rc<str>)>,
    /// The option tree, once [`declare_all`] has built it.
    pub declared: std::cell::RefCell<Option<Rc<OptionGroup>>>,
    /// Where the evaluation is (`containers.web`).
    pub prefix: Vec<Name>,
    /// Whether options no module declares may exist (the open world): reading one
    /// from `options` is unknown, as reading it from `config` is. Set once more when
    /// the declarations turn out to copy such a submodule's ([`OptionGroup::copies_open`]).
    pub open: std::cell::Cell<bool>,
}

impl OptionsSource {
    /// The node declared at `path` (`[ "networking" ]`, `[ "my" "hosts" ]`): the finished
    /// tree's, or, while the modules are still being declared, one declared from what
    /// each module declares at `path` alone, as nixpkgs declares each name lazily: a
    /// module may read `options.networking` to declare options of its own
    /// (`options.networking.interfaces.type...`).
    fn node_at(&self, ev: &mut Evaluator, path: &[Name]) -> EvalResult<Option<OptionNode>> {
        if let Some(root) = self.declared.borrow().as_ref() {
            return Ok(node_in(root, path));
        }
        // Declared while the whole tree is: what is under way further out is left out
        // (`options ? gio.restate` while `gio.services` is declared with the `lib` of
        // `pkgs`), as nixpkgs, which declares each name when asked, never reaches it.
        ev.provisional_declarations += 1;
        let group = self.declared_alone(ev, path);
        ev.provisional_declarations -= 1;
        Ok(node_in(&group?, path))
    }

    /// What every module declares at `path`, declared on its own.
    fn declared_alone(&self, ev: &mut Evaluator, path: &[Name]) -> EvalResult<OptionGroup> {
        let mut group = OptionGroup::default();
        for (options, file) in &self.modules {
            let Some(entry) = self.entry_at(ev, options, path)? else {
                continue;
            };
            // The declaration alone, at its path: `{ my = { hosts = ...; }; }`.
            let mut single = Attrs::from_entries(vec![entry]);
            for name in path.iter().rev().skip(1) {
                single = Attrs::from_entries(vec![AttrEntry::new(
                    name.as_str(),
                    Thunk::ready(Value::Attrs(Rc::new(single))),
                )]);
            }
            declare(
                ev,
                &mut group,
                &Value::Attrs(Rc::new(single)),
                &self.prefix,
                file,
            )?;
        }
        Ok(group)
    }

    /// The entry a module's `options` hold at `path`, when every set above it is a
    /// plain set of declarations.
    fn entry_at(
        &self,
        ev: &mut Evaluator,
        options: &Thunk,
        path: &[Name],
    ) -> EvalResult<Option<AttrEntry>> {
        let options = hoist::shared(ev, options);
        let mut set = ev.force(&options, None)?;
        let Some((last, above)) = path.split_last() else {
            return Ok(None);
        };
        for name in above {
            let Value::Attrs(attrs) = &set else {
                return Ok(None);
            };
            let Some(entry) = attrs.get(name.as_str()) else {
                return Ok(None);
            };
            let thunk = entry.value.clone();
            set = ev.force(&thunk, None)?;
        }
        let Value::Attrs(attrs) = &set else {
            return Ok(None);
        };
        Ok(attrs.get(last.as_str()).cloned())
    }

    /// The names below `path` when every module declaring there makes it a plain set of
    /// declarations (no `mkOption`, no `mkIf`, nothing ncc cannot see), else `None`.
    fn group_names(&self, ev: &mut Evaluator, path: &[Name]) -> EvalResult<Option<Vec<Name>>> {
        let mut names = std::collections::BTreeSet::new();
        let mut declared = false;
        for (options, _) in &self.modules {
            let Some(entry) = self.entry_at(ev, options, path)? else {
                continue;
            };
            let thunk = entry.value.clone();
            let Value::Attrs(attrs) = ev.force(&thunk, None)? else {
                return Ok(None);
            };
            if attrs.get("_type").is_some() || attrs.placeholder().is_some() {
                return Ok(None);
            }
            declared = true;
            names.extend(attrs.entries().iter().map(|e| e.name.clone()));
        }
        Ok(declared.then(|| names.into_iter().collect()))
    }

    /// The top-level names: the finished tree's, or those the modules declare.
    fn names(&self, ev: &mut Evaluator) -> EvalResult<Vec<Name>> {
        if let Some(root) = self.declared.borrow().as_ref() {
            return Ok(root.children.keys().cloned().collect());
        }
        let mut names = std::collections::BTreeSet::new();
        for (options, _) in &self.modules {
            let options = hoist::shared(ev, options);
            if let Value::Attrs(attrs) = ev.force(&options, None)? {
                names.extend(attrs.entries().iter().map(|e| e.name.clone()));
            }
        }
        Ok(names.into_iter().collect())
    }
}

/// The node at `path` below `group`, if one is declared there.
fn node_in(group: &OptionGroup, path: &[Name]) -> Option<OptionNode> {
    let (first, rest) = path.split_first()?;
    let node = group.children.get(first)?;
    match (rest.is_empty(), node) {
        (true, node) => Some(node.clone()),
        (false, OptionNode::Group(child)) => node_in(child, rest),
        (false, _) => None,
    }
}

/// The `options` module argument of a whole evaluation: each name is declared when
/// first read (see [`OptionsSource::node_at`]), and `config` is read only when an
/// option's `value` is.
pub fn options_argument(
    ev: &mut Evaluator,
    source: &Rc<OptionsSource>,
    lazy: &Rc<LazyGroup>,
    config: &Thunk,
    lib: &Value,
) -> EvalResult<Value> {
    // What every option's thunk reads, shared by all of them.
    let shared = Rc::new(OptionsArgument {
        source: source.clone(),
        lazy: lazy.clone(),
        config: config.clone(),
        lib: lib.clone(),
        constant: internal_constant(lib),
    });
    // The names come sorted (a BTreeMap's keys or a BTreeSet), as a set keeps them.
    let names = source.names(ev)?;
    let mut entries = Vec::with_capacity(names.len());
    for name in names {
        let shared = shared.clone();
        let entry_name = name.clone();
        let value = Thunk::native(move |ev| {
            let (lazy, config) = child_view(&name, &shared.lazy, &shared.config);
            declaring_options(ev, &shared, vec![name.clone()], lazy, config)
        });
        entries.push(AttrEntry {
            name: entry_name,
            value,
            span: None,
            value_span: None,
        });
    }
    let options = Attrs::from_sorted(entries);
    let options = match source.open.get() {
        true => options.into_open_declarations_at(&source.prefix),
        false => options,
    };
    Ok(Value::Attrs(Rc::new(options)))
}

/// The `options` entry at `path` below the evaluation's top, whose own view of the
/// definitions is `lazy` and `config`. While the modules are still being declared, a
/// name every module makes a plain set of declarations (`options.my = { hosts = ...;
/// mirror = ...; }`) is a set whose children are declared each when read, as nixpkgs
/// declares them: a module may declare `options.my.mirror` from
/// `options.my.hosts.type.getSubOptions [ ]`, which reads `options.my` while `my` is
/// being declared. Anything else is declared whole, as a top-level name is.
fn declaring_options(
    ev: &mut Evaluator,
    shared: &Rc<OptionsArgument>,
    path: Vec<Name>,
    lazy: Rc<LazyGroup>,
    config: Thunk,
) -> EvalResult<Value> {
    let source = &shared.source;
    let mut loc = source.prefix.clone();
    loc.extend(path.iter().cloned());
    let declaring = source.declared.borrow().is_none();
    if declaring {
        if let Some(names) = source.group_names(ev, &path)? {
            let entries = names
                .into_iter()
                .map(|name| {
                    let (child_lazy, child_config) = child_view(&name, &lazy, &config);
                    let (shared, mut child_path) = (shared.clone(), path.clone());
                    child_path.push(name.clone());
                    let value = Thunk::native(move |ev| {
                        declaring_options(
                            ev,
                            &shared,
                            child_path.clone(),
                            child_lazy.clone(),
                            child_config.clone(),
                        )
                    });
                    AttrEntry {
                        name,
                        value,
                        span: None,
                        value_span: None,
                    }
                })
                .collect();
            let options = Attrs::from_sorted(entries);
            let options = match source.open.get() {
                true => options.into_open_declarations_at(&loc),
                false => options,
            };
            return Ok(Value::Attrs(Rc::new(options)));
        }
    }
    let Some(node) = source.node_at(ev, &path)? else {
        let name = path.last().expect("a path names an option");
        return Err(EvalError::message(
            format!("attribute '{name}' missing"),
            None,
        ));
    };
    let options = node_options(
        &node,
        lazy,
        config,
        &shared.lib,
        loc,
        &shared.constant,
        source.open.get(),
    );
    ev.force(&options, None)
}

/// What the thunks of one [`options_argument`] read.
struct OptionsArgument {
    source: Rc<OptionsSource>,
    lazy: Rc<LazyGroup>,
    config: Thunk,
    lib: Value,
    constant: Option<Thunk>,
}

/// `lib._nccInternal`, whose `constant` gives each option its `__toString`.
fn internal_constant(lib: &Value) -> Option<Thunk> {
    match lib {
        Value::Attrs(lib) => lib.get("_nccInternal").map(|e| e.value.clone()),
        _ => None,
    }
}

/// The declarations of `group` as the `options` module argument shows them: each
/// `mkOption` set plus `isDefined`, `value`, `loc` and a `__toString` giving its path.
/// `config` is the group's merged configuration, read only for an option's `value`.
pub fn options_value(
    group: &Rc<OptionGroup>,
    lazy: &Rc<LazyGroup>,
    config: &Thunk,
    lib: &Value,
    loc: &[Name],
    open: bool,
) -> Value {
    let constant = internal_constant(lib);
    let mut entries = Vec::with_capacity(group.children.len());
    for (name, node) in &group.children {
        entries.push(AttrEntry {
            name: name.clone(),
            value: child_options(name, node, lazy, config, lib, loc, &constant, open),
            span: None,
            value_span: None,
        });
    }
    let options = Attrs::from_sorted(entries);
    // In the open world, the options of a group are as open as its `config`.
    let options = match open {
        true => options.into_open_declarations_at(loc),
        false => options,
    };
    Value::Attrs(Rc::new(options))
}

/// The `options` entry of the child `name` (declared as `node`) of the group at `loc`,
/// whose configuration is `config`.
#[allow(clippy::too_many_arguments)] // the parts of one group's view, passed down as they are
fn child_options(
    name: &Name,
    node: &OptionNode,
    lazy: &Rc<LazyGroup>,
    config: &Thunk,
    lib: &Value,
    loc: &[Name],
    constant: &Option<Thunk>,
    open: bool,
) -> Thunk {
    let mut child_loc = loc.to_vec();
    child_loc.push(name.clone());
    let (child_lazy, child_config) = child_view(name, lazy, config);
    node_options(
        node,
        child_lazy,
        child_config,
        lib,
        child_loc,
        constant,
        open,
    )
}

/// The definitions and the configuration of the child `name` of a group whose own are
/// `lazy` and `config`.
fn child_view(name: &Name, lazy: &Rc<LazyGroup>, config: &Thunk) -> (Rc<LazyGroup>, Thunk) {
    let child_lazy = LazyGroup::child_of(lazy, name);
    let child_config = {
        let (config, name) = (config.clone(), name.clone());
        Thunk::native(move |ev| match ev.force(&config, None)? {
            Value::Attrs(attrs) => match attrs.get(name.as_str()) {
                Some(entry) => {
                    let thunk = entry.value.clone();
                    ev.force(&thunk, None)
                }
                None => Err(ev.missing_attribute(&name, &attrs, Span::nowhere())),
            },
            other => Ok(other),
        })
    };
    (child_lazy, child_config)
}

/// The `options` entry of `node`, declared at `child_loc`, whose definitions and
/// configuration are `child_lazy` and `child_config`.
fn node_options(
    node: &OptionNode,
    child_lazy: Rc<LazyGroup>,
    child_config: Thunk,
    lib: &Value,
    child_loc: Vec<Name>,
    constant: &Option<Thunk>,
    open: bool,
) -> Thunk {
    match node {
        OptionNode::Option(decl) => {
            let (decl, constant) = (decl.clone(), constant.clone());
            Thunk::native(move |ev| {
                option_object(
                    ev,
                    &decl,
                    &child_loc,
                    &child_lazy,
                    Some(child_config),
                    constant,
                )
            })
        }
        OptionNode::Invalid(invalid) => {
            let invalid = invalid.clone();
            Thunk::native(move |_| Err(invalid.error()))
        }
        OptionNode::Group(child) => {
            let (child, lib) = (child.clone(), lib.clone());
            Thunk::native(move |_| {
                Ok(options_value(
                    &child,
                    &child_lazy,
                    &child_config,
                    &lib,
                    &child_loc,
                    open,
                ))
            })
        }
    }
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
    // mkOrder order), their files and that priority. As in nixpkgs, the default is one
    // of them, `mkOptionDefault default` before the others, written in the declaration.
    let final_lazy = lazy.clone();
    let final_defs = Rc::new(std::cell::OnceCell::new());
    let (default, declared_in) = (decl.default().cloned(), decl.file.clone());
    let winning = move |ev: &mut Evaluator| -> EvalResult<(Vec<Def>, i64)> {
        use crate::modules::properties::OPTION_DEFAULT_PRIORITY;
        if let Some(kept) = final_defs.get() {
            return Ok(Clone::clone(kept));
        }
        let defs = final_lazy.defs(ev)?;
        let defs = crate::modules::properties::discharge(ev, defs)?;
        let (mut defs, mut priority) = crate::modules::properties::filter_overrides(ev, defs)?;
        if let Some(default) = &default {
            let default = Def {
                value: default.clone(),
                file: declared_in.clone(),
                key_span: None,
                value_span: None,
            };
            if defs.is_empty() || priority > OPTION_DEFAULT_PRIORITY {
                defs = vec![default];
                priority = OPTION_DEFAULT_PRIORITY;
            } else if priority == OPTION_DEFAULT_PRIORITY {
                defs.insert(0, default);
            }
        }
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
    let located = winning.clone();
    extra.push(AttrEntry::new(
        "definitionsWithLocations",
        Thunk::native(move |ev| {
            let (defs, _) = (*located)(ev)?;
            Ok(Value::List(
                defs.iter()
                    .map(|d| {
                        Thunk::ready(Value::Attrs(Rc::new(Attrs::from_entries(vec![
                            AttrEntry::new("file", Thunk::ready(Value::String(d.file.clone()))),
                            AttrEntry::new("value", d.value.clone()),
                        ]))))
                    })
                    .collect(),
            ))
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
            let (_, priority) = (*winning)(ev)?;
            Ok(Value::Int(priority))
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
                    Span::nowhere(),
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
                OptionNode::Invalid(invalid) => {
                    let invalid = invalid.clone();
                    Thunk::native(move |_| Err(invalid.error()))
                }
            },
            span: None,
            value_span: None,
        })
        .collect();
    Value::Attrs(Rc::new(Attrs::from_sorted(entries)))
}
