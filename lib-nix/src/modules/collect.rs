//! Loading modules: values, functions or paths, breadth-first through `imports`, once per
//! key, without the ones `disabledModules` names (and what only they import).

use std::collections::VecDeque;
use std::rc::Rc;

use crate::diagnostic::{ModuleErrorCode, Span};
use crate::eval::{AttrEntry, Attrs, ErrorKind, EvalError, EvalResult, Evaluator, Thunk, Value};
use crate::modules::arguments::ModuleArguments;
use crate::modules::ModuleInput;
use crate::name::{FxHashMap, FxHashSet, Name};

/// One loaded module, split into its parts.
#[derive(Clone)]
pub struct CollectedModule {
    pub file: Rc<str>,
    pub span: Option<Span>,
    pub options: Option<Thunk>,
    pub config: Option<Thunk>,
    /// Where `config` is written, when the module has a `config` attribute: the place a
    /// `config` that is no set is shown at.
    pub config_span: Option<Span>,
    /// `freeformType`: the type undeclared definitions are merged with.
    pub freeform: Option<Thunk>,
}

struct Node {
    key: Option<String>,
    module: CollectedModule,
    imports: Vec<usize>,
}

/// The attributes of a module that are not configuration: `_type` is not among them.
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

/// The key a module of NixOS's own tree is known by, `nixos:<path below nixos/modules>`,
/// for what `disabledModules` may name it by: the path relative to `modulesPath`
/// (`"virtualisation/nixos-containers.nix"`, as nixpkgs reads a relative string), or a
/// path inside some `nixos/modules` (`modulesPath + "/..."`, `<nixpkgs/nixos/modules/...>`).
/// ncc's own declarations of a NixOS module carry such a key.
fn nixos_module_key(written: &str) -> Option<String> {
    let relative = match written.find("/nixos/modules/") {
        Some(at) => &written[at + "/nixos/modules/".len()..],
        None if !written.starts_with('/') && !written.starts_with('<') => written,
        None => return None,
    };
    Some(format!("nixos:{}", relative.trim_start_matches("./")))
}

/// Adds to `disabled` the keys of the modules that `item`, one of the `disabledModules` of
/// the module in `file`, disables, as nixpkgs reads it: a string is a path, relative to
/// `specialArgs.modulesPath` unless absolute; a path or a set that converts to a string is
/// that string; any other set is its `key`. The relative strings and the paths inside a
/// `nixos/modules` also disable ncc's own declarations of that NixOS module.
fn disabled_keys(
    ev: &mut Evaluator,
    item: &Value,
    file: &str,
    arguments: &ModuleArguments,
    span: Option<Span>,
    disabled: &mut FxHashSet<String>,
) -> EvalResult<()> {
    let anywhere = Span::nowhere();
    let key = match item {
        Value::String(written) if !written.starts_with('/') => {
            let modules_path = match arguments.get("specialArgs") {
                Some(special) => match ev.force(&special.clone(), span)? {
                    Value::Attrs(special) => match special.get("modulesPath") {
                        Some(path) => {
                            let path = ev.force(&path.value.clone(), span)?;
                            ev.coerce_to_string(&path, span.unwrap_or(anywhere), true)?
                        }
                        None => String::new(),
                    },
                    _ => String::new(),
                },
                None => String::new(),
            };
            format!("{modules_path}/{written}")
        }
        Value::String(written) | Value::Path(written) => written.to_string(),
        // A module ncc does not evaluate, named by its value: it disables nothing ncc
        // evaluates.
        item if item.opaque().is_some() => return Ok(()),
        // What `toString` takes is its text (nixpkgs' `isConvertibleWithToString`).
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::Null | Value::List(_) => {
            ev.coerce_to_string(item, span.unwrap_or(anywhere), true)?
        }
        Value::Attrs(set) if set.get("outPath").is_some() || set.get("__toString").is_some() => {
            let text = ev.coerce_to_string(item, span.unwrap_or(anywhere), true)?;
            if let Some(key) = set.get("key") {
                let key = ev.force(&key.value.clone(), span)?;
                let key = ev.coerce_to_string(&key, span.unwrap_or(anywhere), true)?;
                if key != text {
                    return Err(EvalError::message(
                        format!("Module `{file}` contains a disabledModules item that is an attribute set that can be converted to a string ({text}) but also has a `.key` attribute ({key}) with a different value. This makes it ambiguous which module should be disabled."),
                        span,
                    ));
                }
            }
            text
        }
        Value::Attrs(set) => match set.get("key") {
            Some(key) => match ev.force(&key.value.clone(), span)? {
                Value::String(key) | Value::Path(key) => key.to_string(),
                // A key of another kind names no module, whose keys are text.
                _ => return Ok(()),
            },
            None => {
                return Err(EvalError::message(
                    format!("Module `{file}` contains a disabledModules item that is an attribute set, presumably a module, that does not have a `key` attribute. This means that the module system doesn't have any means to identify the module that should be disabled. Make sure that you've put the correct value in disabledModules: a string path relative to modulesPath, a path value, or an attribute set with a `key` attribute."),
                    span,
                ))
            }
        },
        other => {
            return Err(EvalError::message(
                format!("Each disabledModules item must be a path, string, or a attribute set with a key attribute, or a value supported by toString. However, one of the disabledModules items in `{file}` is none of that, but is of type {}.", other.type_name()),
                span,
            ))
        }
    };
    if let Value::String(written) | Value::Path(written) = item {
        if let Some(module) = nixos_module_key(written) {
            disabled.insert(module);
        }
    }
    disabled.insert(key);
    Ok(())
}

fn is_module_key(name: &str) -> bool {
    MODULE_KEYS.contains(&name)
}

/// The attributes a module loader reads, found in one pass over the module: a module is
/// loaded once per evaluation, and looking each one up by name cost more than the pass.
#[derive(Default)]
struct ModuleFields<'a> {
    /// `_type`: a module written as `mkIf`, `mkMerge`, ... is configuration.
    kind: Option<&'a AttrEntry>,
    /// `_class`: the kind of evaluation the module is written for (`"nixos"`).
    class: Option<&'a AttrEntry>,
    key: Option<&'a AttrEntry>,
    file: Option<&'a AttrEntry>,
    disabled_modules: Option<&'a AttrEntry>,
    config: Option<&'a AttrEntry>,
    options: Option<&'a AttrEntry>,
    imports: Option<&'a AttrEntry>,
    freeform: Option<&'a AttrEntry>,
    /// How many of the attributes are [`MODULE_KEYS`].
    known: usize,
}

impl<'a> ModuleFields<'a> {
    fn of(attrs: &'a Attrs) -> ModuleFields<'a> {
        let mut fields = ModuleFields::default();
        for entry in attrs.entries() {
            let slot = match entry.name.as_str() {
                "_type" => {
                    fields.kind = Some(entry);
                    continue;
                }
                "_class" => Some(&mut fields.class),
                "meta" => None,
                "_file" => Some(&mut fields.file),
                "config" => Some(&mut fields.config),
                "disabledModules" => Some(&mut fields.disabled_modules),
                "freeformType" => Some(&mut fields.freeform),
                "imports" => Some(&mut fields.imports),
                "key" => Some(&mut fields.key),
                "options" => Some(&mut fields.options),
                _ => continue,
            };
            if let Some(slot) = slot {
                *slot = Some(entry);
            }
            fields.known += 1;
        }
        fields
    }
}

/// The configuration of a module written without `config`: its attributes other than
/// the [`MODULE_KEYS`] (the very set, when it has none of them).
fn shorthand_config(attrs: &Rc<Attrs>, fields: &ModuleFields) -> Rc<Attrs> {
    if fields.known == 0 && attrs.placeholder().is_none() {
        return attrs.clone();
    }
    let config: Vec<AttrEntry> = attrs
        .entries()
        .iter()
        .filter(|e| !is_module_key(e.name.as_str()))
        .cloned()
        .collect();
    Rc::new(Attrs::from_sorted(config))
}

pub fn invalid_module(message: String, span: Option<Span>) -> Box<EvalError> {
    EvalError::new(
        ErrorKind::Module(ModuleErrorCode::InvalidModule, message),
        span,
    )
}

/// Loads `roots` and everything they import, in breadth-first order. `imports_opaque` is
/// set when one of them is a module ncc does not evaluate, and `imports_unknown` when
/// one is a module ncc cannot know (an unknown value, N301), which may define anything.
/// With a `class`, a module whose `_class` is another is an error.
pub fn collect(
    ev: &mut Evaluator,
    roots: Vec<ModuleInput>,
    arguments: &ModuleArguments,
    imports_opaque: &mut bool,
    imports_unknown: &mut bool,
    class: Option<&str>,
) -> EvalResult<Vec<CollectedModule>> {
    let lenient_roots = std::mem::take(&mut ev.lenient_root_modules);
    let mut nodes: Vec<Node> = Vec::new();
    let mut by_key: FxHashMap<String, usize> = FxHashMap::default();
    let mut disabled: FxHashSet<String> = FxHashSet::default();
    // (module, where it was imported, its parent node)
    // What goes wrong loading a root written as a path (a missing file in
    // `lib.nixosSystem { modules = [ ./hardware-configuration.nix ]; }`) is shown at the
    // path as written.
    let mut queue: VecDeque<(ModuleInput, Option<Span>, Option<usize>)> = roots
        .into_iter()
        .map(|m| {
            let at = m
                .value
                .suspended_expr()
                .filter(|expr| matches!(ev.ir.expr(*expr), crate::ir::Expr::Path { .. }))
                .map(|expr| ev.ir.span(expr));
            (m, at, None)
        })
        .collect();
    let mut root_nodes = Vec::new();
    // Whether some module was reached a second time (by its key).
    let mut revisited = false;
    while let Some((input, at, parent)) = queue.pop_front() {
        let loaded_before = nodes.len();
        let loaded = match load(
            ev,
            input,
            at,
            parent,
            parent.is_some() || !lenient_roots,
            arguments,
            &mut nodes,
            &mut by_key,
            &mut disabled,
            &mut queue,
            imports_opaque,
            imports_unknown,
            class,
        ) {
            Ok(loaded) => loaded,
            // A module ncc cannot know (`self.nixosModules.default` where `self` is a
            // module argument ncc does not have): noted, and loaded no further, as a
            // module ncc does not evaluate; the modules beside it are still loaded.
            Err(error) if error.is_unknown() => {
                let fallback = at.unwrap_or(Span::nowhere());
                if let Some(diagnostic) = error.to_diagnostic(fallback) {
                    if !ev.diagnostics.contains(&diagnostic) {
                        ev.diagnostics.push(diagnostic);
                    }
                }
                *imports_unknown = true;
                None
            }
            Err(error) => return Err(error),
        };
        let Some(index) = loaded else {
            // A module ncc does not evaluate (see `load`).
            *imports_opaque = true;
            continue;
        };
        revisited |= nodes.len() == loaded_before;
        match parent {
            Some(parent) => nodes[parent].imports.push(index),
            None => root_nodes.push(index),
        }
    }
    if !revisited && disabled.is_empty() {
        // Each module was reached once, breadth-first, as the walk below would visit
        // them: nodes are in load order, which is that order.
        return Ok(nodes.into_iter().map(|node| node.module).collect());
    }
    // Keep, in breadth-first order, what is reachable without passing a disabled module.
    let mut order = Vec::new();
    let mut seen = vec![false; nodes.len()];
    let mut walk: VecDeque<usize> = root_nodes.into_iter().collect();
    while let Some(index) = walk.pop_front() {
        if std::mem::replace(&mut seen[index], true) {
            continue;
        }
        if nodes[index]
            .key
            .as_ref()
            .is_some_and(|k| disabled.contains(k))
        {
            continue;
        }
        order.push(index);
        walk.extend(nodes[index].imports.iter().copied());
    }
    let mut slots: Vec<Option<Node>> = nodes.into_iter().map(Some).collect();
    Ok(order
        .into_iter()
        .filter_map(|i| slots[i].take().map(|node| node.module))
        .collect())
}

#[allow(clippy::too_many_arguments)] // The loader threads the collection state through.
fn load(
    ev: &mut Evaluator,
    input: ModuleInput,
    at: Option<Span>,
    parent: Option<usize>,
    called_as_module: bool,
    arguments: &ModuleArguments,
    nodes: &mut Vec<Node>,
    by_key: &mut FxHashMap<String, usize>,
    disabled: &mut FxHashSet<String>,
    queue: &mut VecDeque<(ModuleInput, Option<Span>, Option<usize>)>,
    imports_opaque: &mut bool,
    imports_unknown: &mut bool,
    class: Option<&str>,
) -> EvalResult<Option<usize>> {
    let mut file = input.file.clone();
    let mut value = ev.force(&input.value, at)?;
    let mut key: Option<String> = None;
    if let Value::List(_) = value {
        let def = crate::modules::Def {
            value: input.value.clone(),
            file: file.clone(),
            key_span: None,
            value_span: at,
        };
        let shown = crate::modules::pretty::show_defs(ev, &[&def]);
        return Err(invalid_module(
            format!("Module imports can't be nested lists. Perhaps you meant to remove one level of lists? Definitions:{shown}"),
            at,
        ));
    }
    if let Value::Path(path) | Value::String(path) = &value {
        let path = path.to_string();
        if !path.starts_with('/') {
            return Err(invalid_module(
                format!("the module `{path}' is not an absolute path"),
                at,
            ));
        }
        if let Some(existing) = by_key.get(&path) {
            return Ok(Some(*existing));
        }
        key = Some(path.clone());
        value = ev.import(&path, at)?;
        file = Rc::from(ev.display_name(&path));
        if crate::eval::opaque::split_source(&path).is_some() && value.opaque().is_none() {
            // A file of an external source ncc stands in for by a guess (`<x/lib>` read as
            // nixpkgs' lib, `<x>` as nixpkgs' top level) is no module: that it is imported
            // as one says the guess does not fit, and ncc does not evaluate it.
            let what = crate::eval::opaque::describe(&path);
            if !ev.opaque_modules.contains(&what) {
                ev.opaque_modules.push(what);
            }
            return Ok(None);
        }
    }
    let functor = functor_arguments(ev, &value, at)?;
    let applied = value.is_function() || functor.is_some();
    if applied {
        let argument = match functor {
            Some(requested) => functor_module_arguments(requested, arguments, at),
            None => module_arguments(ev, &value, arguments, called_as_module, at),
        };
        // A root given as a value is shown where its function is written.
        let written = match &value {
            Value::Lambda(closure) => Some(ev.ir.span(closure.expr)),
            _ => None,
        };
        let span = at.or(written).unwrap_or(Span::nowhere());
        let function = value.clone();
        value = ev
            .apply(value, Thunk::ready(argument.clone()), span)
            .map_err(|error| closed_function_help(error, &function, &argument, written))?;
    }
    if let Some(what) = value.opaque() {
        // A module of NixOS or of an external source (`modulesPath + "/..."`,
        // `<home-manager/nixos>`, a flake input's module): ncc does not evaluate it;
        // the options it declares are part of the open world, but for what a stand-in
        // the layer above knows declares of them (see `Hooks::stand_in_module`).
        let what = what.to_owned();
        // The stand-in takes its place among the imports of the module that imported it,
        // so that `disabledModules` naming that module drops it too, as nixpkgs drops
        // what only a disabled module imports.
        if let Some(stand_in) = (ev.hooks.stand_in_module)(ev, &what) {
            let stand_in = ModuleInput {
                value: Thunk::ready(stand_in?),
                file: file.clone(),
            };
            queue.push_back((stand_in, at, parent));
        }
        if !ev.opaque_modules.contains(&what) {
            ev.opaque_modules.push(what);
        }
        return Ok(None);
    }
    let attrs = match value {
        Value::Attrs(attrs) => attrs,
        // A function whose result is no set (an overlay, `inputs: final: prev: { }`):
        // nixpkgs says it "does not look like a module".
        _ if applied => {
            // nixpkgs names an inline module `file:anon-N`; ncc, which does not number
            // them, names its file.
            let key = match &key {
                Some(path) => ev.display_name(path),
                None => file.to_string(),
            };
            return Err(invalid_module(
                format!("module {file} ({key}) does not look like a module."),
                at,
            ));
        }
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
    let fields = ModuleFields::of(&attrs);
    if let Some(kind) = fields.kind {
        let kind = ev.force(&kind.value.clone(), at)?;
        if let Value::String(kind) = kind {
            // A module written as `mkIf c { ... }` or `mkMerge [ ... ]` is shorthand config.
            let property = matches!(&*kind, "if" | "merge" | "override" | "order");
            if &*kind != "module" && !property {
                return Err(invalid_module(
                    format!("Expected a module, but found a value of type \"{kind}\", while trying to load a module into {file}.\nA module is typically loaded by adding it to the imports = [ ... ]; attribute of an existing module, or in the modules = [ ... ]; argument of various functions.\nPlease make sure that each of the list items is a module, and not a different kind of value."),
                    at,
                ));
            }
        }
    }
    if let Some(entry) = fields.key {
        if let Value::String(k) | Value::Path(k) = ev.force(&entry.value.clone(), at)? {
            key = Some(k.to_string());
        }
    }
    if let Some(k) = &key {
        if let Some(existing) = by_key.get(k) {
            return Ok(Some(*existing));
        }
    }
    if let Some(entry) = fields.file {
        if let Value::String(f) | Value::Path(f) = ev.force(&entry.value.clone(), at)? {
            file = Rc::from(f.as_ref());
        }
    }
    if let (Some(expected), Some(entry)) = (class, fields.class) {
        let span = entry.value_span.or(at);
        if let Value::String(written) = ev.force(&entry.value.clone(), span)? {
            if &*written != expected {
                return Err(invalid_module(
                    format!("The module `{file}` (class: \"{written}\") cannot be imported into a module evaluation that expects class \"{expected}\"."),
                    span,
                ));
            }
        }
    }
    if let Some(entry) = fields.disabled_modules {
        let span = entry.value_span.or(at);
        match ev.force(&entry.value.clone(), span)? {
            Value::List(items) => {
                for item in items.iter() {
                    let item = ev.force(item, span)?;
                    disabled_keys(ev, &item, &file, arguments, span, disabled)?;
                }
            }
            // A list ncc does not see into: it disables nothing ncc evaluates.
            list if list.opaque().is_some() => {}
            other => {
                return Err(EvalError::message(
                    format!("value is {} while a list was expected", other.type_phrase()),
                    span,
                ))
            }
        }
    }
    let is_property = match fields.kind {
        Some(kind) => {
            matches!(ev.force(&kind.value.clone(), at)?, Value::String(k) if matches!(&*k, "if" | "merge" | "override" | "order"))
        }
        None => false,
    };
    if is_property {
        let index = nodes.len();
        if let Some(k) = &key {
            by_key.insert(k.clone(), index);
        }
        nodes.push(Node {
            key,
            module: CollectedModule {
                file,
                span: at,
                options: None,
                config: Some(Thunk::ready(Value::Attrs(attrs))),
                config_span: None,
                freeform: None,
            },
            imports: Vec::new(),
        });
        return Ok(Some(index));
    }
    let structured = fields.config.is_some() || fields.options.is_some();
    let (options, config) = if structured {
        if fields.known < attrs.len() {
            let extra: Vec<&str> = attrs.names().filter(|n| !is_module_key(n)).collect();
            let first = extra[0];
            return Err(invalid_module(
                format!(
                    "Module `{file}' has an unsupported attribute `{first}'. This is caused by introducing a top-level `config' or `options' attribute. Add configuration attributes immediately on the top level instead, or move all of them (namely: {}) into the explicit `config' attribute.",
                    extra.join(" ")
                ),
                attrs.get(first).and_then(|e| e.span).or(at),
            ));
        }
        (
            fields.options.map(|e| e.value.clone()),
            fields.config.map(|e| e.value.clone()),
        )
    } else {
        (
            None,
            Some(Thunk::ready(Value::Attrs(shorthand_config(
                &attrs, &fields,
            )))),
        )
    };
    let index = nodes.len();
    if let Some(k) = &key {
        by_key.insert(k.clone(), index);
    }
    if let Some(imports) = fields.imports {
        let imports_span = imports.value_span;
        let written = imports.value.suspended_parts();
        let list = match ev.force(&imports.value.clone(), imports_span) {
            Ok(list) => list,
            // A list ncc cannot know (`lib.optional (builtins.getEnv "X" != "") ./x.nix`):
            // noted, and read as modules ncc does not evaluate; the module's own
            // definitions are still loaded, as are the modules beside it.
            Err(error) if error.is_unknown() => {
                let fallback = imports_span.or(at).unwrap_or(Span::new(
                    crate::diagnostic::FileId::new(0),
                    0,
                    0,
                ));
                if let Some(diagnostic) = error.to_diagnostic(fallback) {
                    if !ev.diagnostics.contains(&diagnostic) {
                        ev.diagnostics.push(diagnostic);
                    }
                }
                *imports_opaque = true;
                *imports_unknown = true;
                // What the list is made of that ncc knows is still loaded: the modules
                // written beside the unknown part of a concatenation (`[ config
                // ./wireguard.nix ] ++ (import sources.modules).all`).
                match written {
                    Some((expr, env)) => Value::List(Rc::from(known_concatenated(ev, expr, env))),
                    None => Value::List(Default::default()),
                }
            }
            Err(error) => return Err(error),
        };
        let items = match list {
            Value::List(items) => items.to_vec(),
            // The list itself comes from an external source ncc does not evaluate (`with
            // import <lib/util>; recImport ./.`): so do the modules it names, which are
            // part of the open world like any module of such a source (a flake-parts
            // flake's `imports = inputs.helpers.lib.getModules ./.;` may hold the module
            // defining its hosts).
            list if list.opaque().is_some() => {
                let what = list.opaque().unwrap_or_default().to_owned();
                if !ev.opaque_modules.contains(&what) {
                    ev.opaque_modules.push(what);
                }
                *imports_opaque = true;
                Vec::new()
            }
            list => {
                return Err(invalid_module(
                    format!(
                        "The `imports' of module `{file}' must be a list, but it is {}.",
                        list.type_phrase()
                    ),
                    imports_span,
                ))
            }
        };
        for item in items.iter() {
            // What goes wrong loading an element (a missing file) is shown at the element
            // as written (`./modules/x.nix`), when it is one; else at the list.
            let item_span = item.suspended_expr().map(|expr| ev.ir.span(expr));
            queue.push_back((
                ModuleInput {
                    value: item.clone(),
                    file: file.clone(),
                },
                item_span.or(imports_span),
                Some(index),
            ));
        }
    }
    let freeform = fields.freeform.map(|e| e.value.clone());
    nodes.push(Node {
        key,
        module: CollectedModule {
            file,
            span: at,
            options,
            config,
            config_span: fields.config.and_then(|e| e.value_span),
            freeform,
        },
        imports: Vec::new(),
    });
    Ok(Some(index))
}

/// The arguments a set with `__functor` asks for when it is a module (`lib.setFunctionArgs`,
/// as ez-configs wraps a module to give it `earlyModuleArgs`): nixpkgs' `isFunction` takes
/// it for a function, and its `functionArgs` reads `__functionArgs`, else those of what
/// `__functor` gives. `None` for any other value, a placeholder's too.
fn functor_arguments(
    ev: &mut Evaluator,
    value: &Value,
    at: Option<Span>,
) -> EvalResult<Option<Vec<(Name, bool)>>> {
    let Value::Attrs(attrs) = value else {
        return Ok(None);
    };
    if value.opaque().is_some() {
        return Ok(None);
    }
    let Some(functor) = attrs.get("__functor") else {
        return Ok(None);
    };
    let declared = match attrs.get("__functionArgs") {
        Some(entry) => ev.force(&entry.value.clone(), at)?,
        None => {
            let functor = ev.force(&functor.value.clone(), at)?;
            let function = ev.apply(
                functor,
                Thunk::ready(value.clone()),
                at.unwrap_or(Span::nowhere()),
            )?;
            let Value::Lambda(closure) = function else {
                return Ok(Some(Vec::new()));
            };
            let crate::ir::Param::Formals { formals, .. } = &closure.lambda.param else {
                return Ok(Some(Vec::new()));
            };
            let requested = formals
                .iter()
                .map(|f| (f.name.clone(), f.default.is_some()))
                .collect();
            return Ok(Some(requested));
        }
    };
    let Value::Attrs(declared) = declared else {
        return Ok(Some(Vec::new()));
    };
    let mut requested = Vec::new();
    for entry in declared.entries() {
        let has_default = matches!(ev.force(&entry.value.clone(), at)?, Value::Bool(true));
        requested.push((entry.name.clone(), has_default));
    }
    Ok(Some(requested))
}

/// The argument set nixpkgs calls a module that is a set with `__functor` with: the
/// context arguments and, as it gives a function the names it asks for, each name
/// `__functionArgs` names (from `_module.args` where the context has none; `pkgs` from
/// there first, as [`module_arguments`] reads it), a default or not.
fn functor_module_arguments(
    requested: Vec<(Name, bool)>,
    arguments: &ModuleArguments,
    at: Option<Span>,
) -> Value {
    let shape = Shape {
        requested,
        sees_others: true,
        closed: false,
        defaults_apply: false,
    };
    arguments_for(shape, arguments, false, at)
}

/// What a module function asks of its argument set.
struct Shape {
    /// The names it asks for, each with whether it has a default.
    requested: Vec<(Name, bool)>,
    /// Whether `@` sees the other arguments (`...` alone takes them and sees none: they
    /// need not be passed).
    sees_others: bool,
    /// Whether it takes no others (a set pattern without `...`).
    closed: bool,
    /// Whether a name nothing gives is left to its default.
    defaults_apply: bool,
}

/// The argument set a module function is called with: the names it asks for, as nixpkgs
/// passes them (a name nobody provides fails when it is used), and, to a function
/// without `...` `called_as_module` (all but a root of an evaluation told to be lenient,
/// see [`Evaluator::lenient_root_modules`]), the arguments nixpkgs passes every module.
fn module_arguments(
    ev: &Evaluator,
    function: &Value,
    arguments: &ModuleArguments,
    called_as_module: bool,
    at: Option<Span>,
) -> Value {
    let _ = ev;
    let (requested, sees_others, closed): (Vec<(Name, bool)>, bool, bool) = match function {
        Value::Lambda(closure) => match &closure.lambda.param {
            crate::ir::Param::Formals {
                formals,
                ellipsis,
                bind,
                ..
            } => (
                formals
                    .iter()
                    .map(|f| (f.name.clone(), f.default.is_some()))
                    .collect(),
                bind.is_some(),
                !*ellipsis,
            ),
            // `args: { ... }` is given the context arguments, as `...` sees them
            // (nixpkgs calls it with `args // extraArgs`, and asks it for none).
            crate::ir::Param::Ident(_) => (Vec::new(), true, false),
        },
        _ => (Vec::new(), false, false),
    };
    let shape = Shape {
        requested,
        sees_others,
        closed,
        defaults_apply: true,
    };
    arguments_for(shape, arguments, called_as_module, at)
}

/// The argument set of a module of `shape` (see [`module_arguments`]).
fn arguments_for(
    shape: Shape,
    arguments: &ModuleArguments,
    called_as_module: bool,
    at: Option<Span>,
) -> Value {
    let Shape {
        requested,
        sees_others,
        closed,
        defaults_apply,
    } = shape;
    // ncc's own `pkgs` stands in for `config._module.args.pkgs`; one given in
    // `specialArgs` is read first, as nixpkgs reads `specialArgs` first.
    let stand_in = |name: &Name| name.as_str() == "pkgs" && !arguments.pkgs_is_special;
    let mut entries = Vec::new();
    if called_as_module && closed && !sees_others {
        // nixpkgs calls every module with `lib`, `config`, `options`, `specialArgs`,
        // `_class` and `_prefix` (and the special arguments) besides the ones it asks
        // for: a function without `...` that does not ask for one of these fails, "called
        // with unexpected argument". Only these six are passed, which nixpkgs always
        // gives, so ncc fails where nixpkgs fails and nowhere else. Not to the root of a
        // file ncc takes for a host on its own (`{ name, config, nodes }:`, a function a
        // deployment file calls), which a strict call would fail where nothing evaluates
        // it as a module.
        for name in [
            "_class",
            "_prefix",
            "config",
            "lib",
            "options",
            "specialArgs",
        ] {
            if let Some(thunk) = arguments.get(name) {
                if !requested.iter().any(|(n, _)| n.as_str() == name) {
                    entries.push(AttrEntry {
                        name: Name::new(name),
                        value: thunk.clone(),
                        span: None,
                        value_span: None,
                    });
                }
            }
        }
    }
    if sees_others {
        // As nixpkgs does, `@` sees the context arguments, not `_module.args`.
        for (name, thunk) in arguments.iter() {
            if !stand_in(name)
                && !name.as_str().starts_with("__")
                && !requested.iter().any(|(n, _)| n == name)
            {
                entries.push(AttrEntry {
                    name: name.clone(),
                    value: thunk.clone(),
                    span: None,
                    value_span: None,
                });
            }
        }
    }
    for (name, has_default) in requested {
        let value = match arguments.get(name.as_str()) {
            Some(thunk) if !stand_in(&name) => thunk.clone(),
            _ => {
                let module_args = arguments.get("__moduleArgs").cloned();
                let fallback = arguments.get(name.as_str()).cloned();
                if module_args.is_none() && fallback.is_none() && has_default && defaults_apply {
                    continue;
                }
                let message = format!("attribute '{name}' missing");
                let wanted = name.clone();
                // Read again if it meets infinite recursion: an argument a module's
                // `options` read (`site.lib.mkBoolOpt ...`) while they were being declared,
                // whose `_module.args` needed them, has its value once they are.
                Thunk::repeatable(move |ev| {
                    if let Some(module_args) = &module_args {
                        let args = ev
                            .force(module_args, at)
                            .map_err(|error| argument_help(ev, error, &wanted))?;
                        if let Value::Attrs(args) = args {
                            if let Some(entry) = args.get(wanted.as_str()) {
                                let thunk = entry.value.clone();
                                return ev.force(&thunk, at);
                            }
                        }
                    }
                    match &fallback {
                        Some(thunk) => ev.force(thunk, at),
                        None => Err(argument_help(
                            ev,
                            EvalError::message(message.clone(), at),
                            &wanted,
                        )),
                    }
                })
            }
        };
        entries.push(AttrEntry {
            name,
            value,
            span: None,
            value_span: None,
        });
    }
    Value::Attrs(Rc::new(Attrs::from_entries(entries)))
}

/// A module function without `...` called with an argument it does not name (nixpkgs
/// passes every module `lib`, `config`, `options`, `specialArgs`...): the argument Nix
/// names, and how to take them all. `argument` is the set the function was called with.
fn closed_function_help(
    mut error: Box<EvalError>,
    function: &Value,
    argument: &Value,
    written: Option<Span>,
) -> Box<EvalError> {
    const UNEXPECTED: &str = " called with unexpected argument '";
    // Only the call of the module function itself, not one inside its body.
    let at_function =
        written.is_some() && error.labels.iter().any(|label| Some(label.span) == written);
    let ErrorKind::Message(message) = &mut error.kind else {
        return error;
    };
    let Some(at) = message.find(UNEXPECTED).filter(|_| at_function) else {
        return error;
    };
    // Nix names the first unexpected argument in the order of its symbols, which for the
    // arguments the module system passes is this one (what Nix 2.8 prints with nixpkgs
    // lib 25.11), not by name.
    const NIX_ORDER: [&str; 6] = [
        "lib",
        "specialArgs",
        "config",
        "options",
        "_class",
        "_prefix",
    ];
    if let (Value::Lambda(closure), Value::Attrs(given)) = (function, argument) {
        if let crate::ir::Param::Formals { formals, .. } = &closure.lambda.param {
            let asked = |name: &str| formals.iter().any(|f| f.name.as_str() == name);
            let named = NIX_ORDER
                .iter()
                .find(|name| given.get(name).is_some() && !asked(name));
            if let Some(named) = named {
                message.truncate(at + UNEXPECTED.len());
                message.push_str(named);
                message.push('\'');
                error.help = None;
            }
        }
    }
    if error.help.is_none() {
        error.help = Some(
            "a module is called with every module argument (`lib`, `config`, `options`, \
             `pkgs`, `specialArgs`...), not only those it names: end its arguments with \
             `...`, as in `{ config, pkgs, ... }:`"
                .to_owned(),
        );
    }
    error
}

/// Says where module arguments come from, on the error of reading one nobody gave:
/// missing, or infinite recursion when `imports` needs it before `config` exists.
/// Where a module ncc does not evaluate may give it (a private input's module setting
/// `_module.args.vars`), the argument is unknown instead.
fn argument_help(ev: &Evaluator, mut error: Box<EvalError>, name: &Name) -> Box<EvalError> {
    let missing = matches!(&error.kind, ErrorKind::Message(m) if m.starts_with("attribute '"));
    if ev.missing_arguments_are_unknown && (missing || error.kind == ErrorKind::InfiniteRecursion) {
        return EvalError::unknown(
            format!("the module argument `{name}', which the host importing this file would give (through `specialArgs')"),
            error.span,
        );
    }
    if missing {
        if let Some(module) = crate::modules::merge::unread_module_of_the_project(ev) {
            return EvalError::unknown(
                format!("the module argument `{name}', which `{module}' (a module ncc does not evaluate) may give (through `_module.args')"),
                error.span,
            );
        }
    }
    if error.help.is_none() && (missing || error.kind == ErrorKind::InfiniteRecursion) {
        let special_args = match &ev.special_args_option {
            Some(option) => format!(
                "`{option}' (`{option} = {{ inherit {name}; }};', given to these modules alone)"
            ),
            None => format!(
                "`specialArgs' (`lib.nixosSystem {{ specialArgs = {{ inherit {name}; }}; }}')"
            ),
        };
        error.help = Some(format!(
            "`{name}' is a module argument that nothing provides: NixOS gives modules `config', \
             `lib', `pkgs', `options' and `modulesPath'; others come from {special_args}, \
             which `imports' may use, or from `_module.args.{name}', which `imports' may not"
        ));
    }
    error
}

/// The elements of the operands of a list concatenation (`a ++ b ++ c`) that evaluate to
/// a list, in order; an operand ncc cannot know (or that fails) gives none.
fn known_concatenated(
    ev: &mut Evaluator,
    expr: crate::ir::ExprId,
    env: Rc<crate::eval::Env>,
) -> Vec<Thunk> {
    if let crate::ir::Expr::Binary {
        op: crate::ir::BinaryOp::Concat,
        left,
        right,
        ..
    } = ev.ir.expr(expr)
    {
        let (left, right) = (*left, *right);
        let mut items = known_concatenated(ev, left, env.clone());
        items.extend(known_concatenated(ev, right, env));
        return items;
    }
    match ev.force(&Thunk::suspended(expr, env), None) {
        Ok(Value::List(items)) => items.to_vec(),
        _ => Vec::new(),
    }
}
