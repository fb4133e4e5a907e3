//! ④ The NixOS module system: `evalModules` in Rust.
//!
//! ```text
//! collect (imports, disabledModules, module arguments)
//!   ─ declare (the option tree from `options`)
//!   ─ properties (definitions split along the tree, mkIf/mkOverride pushed down)
//!   ─ merge (discharge, priorities, order, types) when an option is first read
//!   ─ check (definitions of options that do not exist)
//! ```
//!
//! `config` is a lazy fixpoint: modules receive it before it exists, and each option is
//! merged when first read. Semantics, ordering and error wording follow nixpkgs lib
//! 25.11 (proved by `testdata/modules/`); errors also carry the span of every definition.

mod arguments;
mod check;
mod choice;
mod collect;
mod declare;
mod hoist;
pub mod library;
mod merge;
mod open;
pub(crate) use open::given_whatever_its_type;
mod pkgs;
mod pretty;
mod properties;
pub use crate::eval::sites::DefinitionSites;
pub use arguments::EARLY_FILE;
pub use properties::LazyGroup;
pub mod types;

use std::collections::BTreeMap;
use std::rc::Rc;

use crate::diagnostic::Span;
use crate::eval::print::quote_string;
use crate::eval::{AttrEntry, Attrs, EvalError, EvalResult, Evaluator, Thunk, Value};
use crate::name::Name;

pub use merge::{is_plain_default, merge_option, merge_typed, EntriesAlone, Entry};
pub use pkgs::{
    apply_placeholder, import_opaque, pkgs_placeholder, pkgs_value, placeholder_package_value,
    ACTIVATED_SYSTEM,
};

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
    /// Whether a module ncc does not evaluate was imported: it may define what ncc
    /// does not see defined.
    pub imports_opaque: bool,
    /// The declared options.
    pub options: Rc<OptionGroup>,
    /// The options as the `options` module argument shows them: each with its
    /// `value`, `isDefined`, `definitions`, `files` and `highestPrio`.
    pub options_argument: Thunk,
    /// The definitions of every module, by option path, as the merges read them.
    pub definitions: Rc<properties::LazyGroup>,
    /// The freeform type the modules give (`_module.freeformType`), if any.
    pub freeform_type: Option<Thunk>,
    /// The evaluation's `config`, `_module.args` and early `config` cells, which its
    /// modules' arguments point back at (see [`Evaluated::release`]).
    cells: [Thunk; 3],
}

impl Evaluated {
    /// `config._module.args.<name>`: the module argument a definition gives (NixOS's
    /// `pkgs`), not yet forced; `None` where nothing defines it.
    pub fn module_argument(&self, ev: &mut Evaluator, name: &str) -> EvalResult<Option<Thunk>> {
        Ok(match ev.force(&self.cells[1], None)? {
            Value::Attrs(args) => args.get(name).map(|entry| entry.value.clone()),
            _ => None,
        })
    }

    /// The `_module.args` cell: the module arguments the definitions give, as the
    /// evaluation's `_module.args` shows them.
    pub fn module_arguments(&self) -> Thunk {
        self.cells[1].clone()
    }

    /// Frees the evaluation, for a caller that has read all it needs from it and knows
    /// that nothing else holds a value it made: its `config`, `options`, early `config`
    /// and `_module.args` cells are emptied, which breaks the cycles from them through the
    /// arguments of every module it called back to them (reference counting never frees
    /// those). Forcing one of its values afterwards is an error.
    pub fn release(self) {
        for cell in self.cells.iter().chain([&self.options_argument]) {
            cell.clear();
        }
    }
}

/// A group of options: `containers.<name>` or the top level.
#[derive(Default)]
pub struct OptionGroup {
    pub children: BTreeMap<Name, OptionNode>,
    /// On the root of an evaluation's options: whether a module's `options` are, whole,
    /// the sub-options of a submodule of the open world (see
    /// `declare.rs`, `copies_open_declarations`).
    pub copies_open: bool,
}

#[derive(Clone)]
pub enum OptionNode {
    Option(Rc<OptionDecl>),
    Group(Rc<OptionGroup>),
    /// A declaration nixpkgs rejects only when something reaches it: a value that is
    /// neither `mkOption` nor a set of options (`options.a.b = { type = types.str; }`,
    /// where `type` is not an option). nixpkgs declares each name lazily, so NixOS
    /// accepts the module as long as no definition or read reaches the name.
    Invalid(Rc<InvalidDecl>),
}

/// What [`OptionNode::Invalid`] stands for: the error reaching it gives.
pub struct InvalidDecl {
    pub message: String,
    pub span: Option<Span>,
}

impl InvalidDecl {
    pub fn error(&self) -> Box<EvalError> {
        EvalError::new(
            crate::eval::ErrorKind::Module(
                crate::diagnostic::ModuleErrorCode::InvalidModule,
                self.message.clone(),
            ),
            self.span,
        )
    }
}

/// One `mkOption` declaration (several, when submodule types were declared more than once
/// and merged). It does not know where it is: the declarations of a submodule are shared
/// by every evaluation of it (`containers.web`, `containers.db`, ...).
pub struct OptionDecl {
    /// The `mkOption { ... }` attribute set, with `type` merged across declarations.
    pub declaration: Rc<Attrs>,
    pub file: Rc<str>,
    /// The fields every merge reads, looked up once: a declaration is shared by every
    /// evaluation of its submodule, and merged once per container.
    fields: DeclFields,
    /// The decoded `type`, once a merge has needed it.
    decoded: std::cell::RefCell<Option<Rc<types::Type>>>,
    /// The option's value when nothing defines it, once merged, if it is plain data: the
    /// same for every evaluation that shares this declaration (see `merged_default`).
    merged_default: std::cell::RefCell<Option<Value>>,
    /// Whether more than one module declares the option: its `default` may then be
    /// another module's than `file`'s.
    joined: bool,
    /// The files of the declarations after the first (`file`), in the order declared,
    /// as far as known (nixpkgs' `declarations`): options declared below a submodule
    /// option, which join it, are not counted.
    also_declared_in: Vec<Rc<str>>,
}

struct DeclFields {
    read_only: Option<Thunk>,
    default: Option<Thunk>,
    ty: Option<Thunk>,
    apply: Option<Thunk>,
}

impl OptionDecl {
    pub fn new(declaration: Rc<Attrs>, file: Rc<str>) -> OptionDecl {
        let field = |name: &str| declaration.get(name).map(|entry| entry.value.clone());
        let fields = DeclFields {
            read_only: field("readOnly"),
            default: field("default"),
            ty: field("type"),
            apply: field("apply"),
        };
        OptionDecl {
            declaration,
            file,
            fields,
            decoded: std::cell::RefCell::new(None),
            merged_default: std::cell::RefCell::new(None),
            joined: false,
            also_declared_in: Vec::new(),
        }
    }

    /// The declaration of an option more than one module declares, merged, named by the
    /// file of its first declaration; `also` are the files of the others.
    pub fn joined(declaration: Rc<Attrs>, file: Rc<str>, also: Vec<Rc<str>>) -> OptionDecl {
        OptionDecl {
            joined: true,
            also_declared_in: also,
            ..OptionDecl::new(declaration, file)
        }
    }

    /// The files of the declarations merged after the first.
    pub fn also_declared_in(&self) -> &[Rc<str>] {
        &self.also_declared_in
    }

    /// Whether a declaration of the option is `file`'s: the first (`self.file`) or
    /// one merged with it.
    pub fn declared_in(&self, file: &str) -> bool {
        &*self.file == file || self.also_declared_in.iter().any(|also| &**also == file)
    }

    /// Whether more than one module declares the option.
    pub fn is_joined(&self) -> bool {
        self.joined
    }

    /// The merged default, if an earlier merge with no definitions kept it.
    ///
    /// With no definitions a merge reads only the declaration (its default, type and
    /// order), so it gives the same value each time; the location it is merged at shows
    /// only in errors, which are never kept, and in values merged later, which plain data
    /// has none of. This is most options of most containers: their defaults.
    pub fn merged_default(&self) -> Option<Value> {
        self.merged_default.borrow().clone()
    }

    /// Keeps `merged`, the merge of no definitions, if it is plain data.
    pub fn remember_default(&self, merged: &Value) {
        let plain = match merged {
            Value::Null
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::String(_)
            | Value::Path(_) => true,
            Value::List(items) => items.is_empty(),
            Value::Attrs(attrs) => attrs.is_empty() && attrs.placeholder().is_none(),
            Value::Lambda(_) | Value::Builtin(_) => false,
        };
        if plain {
            *self.merged_default.borrow_mut() = Some(merged.clone());
        }
    }

    pub fn read_only(&self) -> Option<&Thunk> {
        self.fields.read_only.as_ref()
    }

    pub fn default(&self) -> Option<&Thunk> {
        self.fields.default.as_ref()
    }

    /// Where the declaration's `default` is written, when it came from source.
    pub fn default_span(&self) -> Option<Span> {
        self.declaration.get("default").and_then(|entry| entry.span)
    }

    pub fn apply(&self) -> Option<&Thunk> {
        self.fields.apply.as_ref()
    }

    /// The option's type, decoded (`unspecified` when it has none).
    pub fn decoded_type(&self, ev: &mut Evaluator) -> EvalResult<Rc<types::Type>> {
        if let Some(ty) = self.decoded.borrow().as_ref() {
            return Ok(ty.clone());
        }
        let ty = match &self.fields.ty {
            Some(ty) => match ev.force(ty, None)? {
                Value::Null => Rc::new(merge::unspecified()),
                ty => types::as_declared(hoist::decoded_type(ev, &ty)?),
            },
            None => Rc::new(merge::unspecified()),
        };
        *self.decoded.borrow_mut() = Some(ty.clone());
        Ok(ty)
    }
}

/// One definition of an option: its value (with any `mkIf`/`mkOverride` wrappers pushed
/// down onto it, as nixpkgs represents them) and where it was written.
#[derive(Clone)]
pub struct Def {
    pub value: Thunk,
    pub file: Rc<str>,
    /// The key as written, when known.
    pub key_span: Option<Span>,
    /// The value as written, when known.
    pub value_span: Option<Span>,
}

impl Def {
    pub fn location(&self) -> Option<Span> {
        self.value_span.or(self.key_span)
    }
}

/// Whether `value`, one definition of an attribute, still defines something once its
/// `mkMerge`s are expanded and its `mkIf`s decided: `attrsOf` leaves out a name all of
/// whose definitions come to nothing (`mkIf false`), as nixpkgs' `dischargeProperties`.
pub fn defines_a_value(ev: &mut Evaluator, value: &Thunk) -> EvalResult<bool> {
    let def = Def {
        value: value.clone(),
        file: Rc::from(""),
        key_span: None,
        value_span: None,
    };
    Ok(!properties::discharge(ev, vec![def])?.is_empty())
}

/// `def` as the values it gives its option once its `mkMerge`s are expanded and its
/// `mkIf`s decided, each keeping where it was written (nixpkgs' `dischargeProperties`).
pub fn discharged(ev: &mut Evaluator, def: Def) -> EvalResult<Vec<Def>> {
    properties::discharge(ev, vec![def])
}

/// The `lib` attribute set modules receive, evaluated once per evaluator.
pub fn lib_value(ev: &mut Evaluator) -> EvalResult<Value> {
    if let Some(lib) = ev.cached_lib() {
        return Ok(lib);
    }
    // `lib.evalModules` is this module system itself.
    let lib = library::evaluate(ev, &EVAL_MODULES)?;
    ev.cache_lib(lib.clone());
    Ok(lib)
}

static EVAL_MODULES: crate::eval::builtins::Builtin = crate::eval::builtins::Builtin {
    name: "evalModules",
    arity: 1,
    run: call_eval_modules,
};

/// `lib.evalModules { modules; specialArgs ? { }; prefix ? [ ]; }`: `{ config; options; }`.
fn call_eval_modules(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let Value::Attrs(arguments) = ev.force(&args[0], Some(span))? else {
        return Err(EvalError::message(
            "evalModules takes an attribute set",
            Some(span),
        ));
    };
    let field = |name: &str| arguments.get(name).map(|e| e.value.clone());
    let modules = match field("modules") {
        Some(modules) => match ev.force(&modules, Some(span))? {
            Value::List(items) => items
                .iter()
                .map(|item| ModuleInput {
                    value: item.clone(),
                    file: Rc::from("<unknown-file>"),
                })
                .collect(),
            other => return Err(ev.type_error(&other, "a list", span)),
        },
        None => Vec::new(),
    };
    let mut special = Vec::new();
    if let Some(args) = field("specialArgs") {
        if let Value::Attrs(args) = ev.force(&args, Some(span))? {
            special.extend(
                args.entries()
                    .iter()
                    .map(|e| (e.name.clone(), e.value.clone())),
            );
        }
    }
    let mut prefix = Vec::new();
    if let Some(list) = field("prefix") {
        if let Value::List(items) = ev.force(&list, Some(span))? {
            for item in items.iter() {
                if let Value::String(part) = ev.force(item, Some(span))? {
                    prefix.push(Name::new(&part));
                }
            }
        }
    }
    // The class the modules are for (`"nixos"`): a module whose `_class` is another is
    // refused; the result gives it back.
    let class = field("class").unwrap_or_else(|| Thunk::ready(Value::Null));
    let expected = match ev.force(&class, Some(span))? {
        Value::String(class) => Some(class.to_string()),
        _ => None,
    };
    // The `lib` whose `evalModules` this is (lib/modules.nix passes it): nixpkgs gives
    // modules that one as their `lib` argument, a `lib.extend`ed one included, unless
    // `specialArgs` names another.
    let own_lib = field("_nccLib");
    let (evaluated, unmatched) = eval_modules_inner(
        ev,
        modules,
        special,
        own_lib,
        prefix,
        World::Closed,
        expected.as_deref(),
        false,
    )?;
    // As nixpkgs does, a definition of an option no module declares is an error where
    // `config` or `options` is read, not where the modules are evaluated.
    let unmatched = Rc::new(unmatched);
    let checked = |value: Value| {
        let unmatched = unmatched.clone();
        Thunk::native(move |ev| match unmatched.first() {
            Some(first) => Err(first.error(ev)),
            None => Ok(value),
        })
    };
    Ok(Value::Attrs(Rc::new(Attrs::from_entries(vec![
        AttrEntry::new("_type", Thunk::ready(Value::string("configuration"))),
        AttrEntry::new("class", class),
        // ncc's own: whether a module ncc does not evaluate was imported, for ncc's flake
        // wiring (a flake-parts module of an input may add outputs).
        AttrEntry::new(
            "_nccImportsOpaque",
            Thunk::ready(Value::Bool(evaluated.imports_opaque)),
        ),
        // nixpkgs' `_module`: the internal group `config` leaves out, of which ncc keeps
        // `args`, the module arguments the definitions give (flake-parts' `withSystem`
        // reads a `perSystem` evaluation's), and `freeformType`, null where no module
        // gives one (a custom type merging with `evalModules` may refuse one).
        AttrEntry::new(
            "_module",
            checked(Value::Attrs(Rc::new(Attrs::from_entries(vec![
                AttrEntry::new("args", evaluated.module_arguments()),
                AttrEntry::new(
                    "freeformType",
                    evaluated
                        .freeform_type
                        .clone()
                        .unwrap_or_else(|| Thunk::ready(Value::Null)),
                ),
            ])))),
        ),
        AttrEntry {
            name: Name::new("config"),
            value: checked(evaluated.config),
            span: None,
            value_span: None,
        },
        AttrEntry {
            name: Name::new("options"),
            value: {
                let (unmatched, options) = (unmatched.clone(), evaluated.options_argument.clone());
                Thunk::native(move |ev| match unmatched.first() {
                    Some(first) => Err(first.error(ev)),
                    None => ev.force(&options, None),
                })
            },
            span: None,
            value_span: None,
        },
    ]))))
}

/// Evaluates `modules` as nixpkgs' `lib.evalModules` does, with `args` as special
/// arguments (`name` for submodules) and `prefix` as the location of the result.
/// Tells the evaluator what the module system decides for it (see
/// [`crate::eval::hooks::Hooks`]): what the `pkgs` stand-in's placeholders give, what
/// importing an external source gives, how options are named. Module evaluations do
/// it themselves; a plain evaluation that should see the same calls it first.
pub fn install_hooks(ev: &mut Evaluator) {
    ev.hooks = crate::eval::hooks::Hooks {
        placeholder: placeholder_package_value,
        apply_placeholder,
        import_opaque,
        option_name: show_option,
        unknown_builtin: plugin_builtin,
        machine_fact: evaluating_machine,
        // Which names are another system's namespaces is the layer above's to say.
        open_namespace: ev.hooks.open_namespace,
        // So is which language features the project's Nix has on.
        coerce_integers: ev.hooks.coerce_integers,
        // And which modules ncc does not evaluate it knows stand-ins for.
        stand_in_module: ev.hooks.stand_in_module,
        // And which of those may set the project's own options.
        may_define_project_options: ev.hooks.may_define_project_options,
        // And what a configuration evaluated apart gives where it is read.
        configuration: ev.hooks.configuration,
        modules_installed: true,
    };
}

/// What `builtins.getEnv` or `builtins.currentTime` reads: a fact of the machine that
/// evaluates the configuration (nixos-rebuild's environment and clock), which ncc cannot
/// know; a real host that reads one builds.
fn evaluating_machine(what: &str) -> Option<String> {
    Some(format!(
        "{what} of the machine that evaluates the configuration"
    ))
}

/// nix-plugins' `builtins.extraBuiltins`, there when the user's `nix.conf` names an
/// `extra-builtins-file` (configurations decrypt their secrets with it at evaluation
/// time): whether this user's Nix has it ncc cannot know.
fn plugin_builtin(name: &str) -> Option<String> {
    (name == "extraBuiltins").then(|| {
        "nix-plugins' `builtins.extraBuiltins' (the extra-builtins-file of your nix.conf)"
            .to_owned()
    })
}

pub fn eval_modules(
    ev: &mut Evaluator,
    modules: Vec<ModuleInput>,
    args: Vec<(Name, Thunk)>,
    prefix: Vec<Name>,
) -> EvalResult<Evaluated> {
    eval_submodule(ev, modules, args, prefix, false)
}

/// [`eval_modules`] of a submodule's modules; `defined_by_unknown` when the option's
/// evaluation imports a module ncc cannot know, which may define in it too: its
/// `attrsOf` sets are open then, as in that evaluation's own.
fn eval_submodule(
    ev: &mut Evaluator,
    modules: Vec<ModuleInput>,
    args: Vec<(Name, Thunk)>,
    prefix: Vec<Name>,
    defined_by_unknown: bool,
) -> EvalResult<Evaluated> {
    let (evaluated, unmatched) = eval_modules_inner(
        ev,
        modules,
        args,
        None,
        prefix,
        World::Closed,
        None,
        defined_by_unknown,
    )?;
    for definition in unmatched {
        let diagnostic = definition.diagnostic(ev);
        ev.diagnostics.push(diagnostic);
    }
    Ok(evaluated)
}

/// A definition of an option that is not declared.
pub struct Unmatched {
    /// Where it would be, e.g. `containers.web.services.nginx`.
    pub loc: Vec<Name>,
    /// The group it would be in, and its definitions.
    group: Rc<OptionGroup>,
    defs: Vec<Def>,
}

impl Unmatched {
    /// The files of its definitions: a definition ncc's own schema makes of an option of
    /// NixOS's it leaves to the open world is not the host's to list.
    pub fn files(&self) -> impl Iterator<Item = &str> {
        self.defs.iter().map(|def| &*def.file)
    }

    /// The "does not exist" diagnostic nixpkgs would raise for it. Built on request: a
    /// lenient evaluation's caller may only want the locations.
    pub fn diagnostic(&self, ev: &mut Evaluator) -> crate::diagnostic::Diagnostic {
        let parent = &self.loc[..self.loc.len().saturating_sub(1)];
        check::report_unknown(ev, &self.group, parent, &self.loc, &self.defs)
    }

    /// The same as the error nixpkgs throws where the evaluation's result is read.
    pub fn error(&self, ev: &mut Evaluator) -> Box<EvalError> {
        let diagnostic = self.diagnostic(ev);
        let message = diagnostic.message();
        let code = match &diagnostic.kind {
            crate::diagnostic::DiagnosticKind::Module { code, .. } => *code,
            _ => crate::diagnostic::ModuleErrorCode::OptionDoesNotExist,
        };
        let mut error = EvalError::new(
            crate::eval::ErrorKind::Module(code, message),
            Some(diagnostic.span),
        );
        error.labels = diagnostic.labels;
        error.notes = diagnostic.notes;
        error.help = diagnostic.help;
        error
    }
}

/// Like [`eval_modules`], but definitions of undeclared options are returned rather than
/// reported: for configurations that are only partly declared, such as a container's own
/// NixOS configuration checked against a subset of NixOS.
pub fn eval_modules_lenient(
    ev: &mut Evaluator,
    modules: Vec<ModuleInput>,
    args: Vec<(Name, Thunk)>,
    prefix: Vec<Name>,
) -> EvalResult<(Evaluated, Vec<Unmatched>)> {
    eval_modules_inner(ev, modules, args, None, prefix, World::Closed, None, false)
}

/// Like [`eval_modules_lenient`], and definitions of undeclared options are also merged
/// into `config` as the open world merges them ([`open`]), where every module can read
/// them: for a NixOS host, or a container's own configuration, that ncc declares only
/// a part of.
pub fn eval_modules_open(
    ev: &mut Evaluator,
    modules: Vec<ModuleInput>,
    args: Vec<(Name, Thunk)>,
    prefix: Vec<Name>,
) -> EvalResult<(Evaluated, Vec<Unmatched>)> {
    eval_modules_inner(ev, modules, args, None, prefix, World::Open, None, false)
}

/// Sets `config._module.args`, which module functions fall back to (`pkgs` comes from
/// it), to its definitions merged by the internal module's declaration alone, before the
/// other options are declared. A module that declares options through `with pkgs;` or
/// `pkgs.lib.mkOption` reads `pkgs` while its declarations are evaluated; nixpkgs, which
/// declares each option lazily, never needs the other declarations to merge
/// `_module.args`, and neither does this. The early `config` (the options of the
/// modules given as [`arguments::EARLY_FILE`], which `_module.args` may be made from) is
/// merged the same way.
fn module_args_from_definitions(
    cells: &arguments::Cells,
    collected: &[collect::CollectedModule],
    lazy: &Rc<properties::LazyGroup>,
    prefix: &[Name],
) {
    let internal: Vec<collect::CollectedModule> = collected
        .iter()
        .filter(|module| &*module.file == arguments::INTERNAL_FILE)
        .cloned()
        .collect();
    let early: Vec<collect::CollectedModule> = collected
        .iter()
        .filter(|module| &*module.file == arguments::EARLY_FILE)
        .cloned()
        .collect();
    {
        let (lazy, prefix) = (lazy.clone(), prefix.to_vec());
        cells.early_config.set_native(move |ev| {
            let root = declare::declare_all(ev, &early, &prefix)?;
            Ok(merge::group_value(&root, &lazy))
        });
    }
    let (lazy, prefix) = (lazy.clone(), prefix.to_vec());
    cells.module_args.set_native(move |ev| {
        let empty = || Ok(Value::Attrs(Rc::new(Attrs::default())));
        let root = declare::declare_all(ev, &internal, &prefix)?;
        let (module, args) = (Name::new("_module"), Name::new("args"));
        let Some(OptionNode::Group(group)) = root.children.get(&module) else {
            return empty();
        };
        let Some(OptionNode::Option(decl)) = group.children.get(&args) else {
            return empty();
        };
        let module_defs = properties::LazyGroup::child_of(&lazy, &module);
        let defs = module_defs
            .split(ev)?
            .get(&args)
            .map(<[Def]>::to_vec)
            .unwrap_or_default();
        let loc = merge::child_loc(module_defs.loc(), args);
        merge::merge_option(ev, decl, &loc, defs)
    });
}

/// Whether options no module declares exist.
#[derive(Clone, Copy, PartialEq, Eq)]
enum World {
    /// Not: defining one is an error (`lib.evalModules`).
    Closed,
    /// Perhaps, in a module ncc does not evaluate (DESIGN.md §8.2).
    Open,
}

// Each argument is one of the ways the callers' evaluations differ (nixpkgs' evalModules
// takes as many): a struct for them would only be built to be taken apart here.
#[allow(clippy::too_many_arguments)]
fn eval_modules_inner(
    ev: &mut Evaluator,
    modules: Vec<ModuleInput>,
    args: Vec<(Name, Thunk)>,
    lib_argument: Option<Thunk>,
    prefix: Vec<Name>,
    world: World,
    class: Option<&str>,
    defined_by_unknown: bool,
) -> EvalResult<(Evaluated, Vec<Unmatched>)> {
    // The module system's hooks, unless the caller installed them already: what it set in
    // their place since stays (a host's `import "${nixpkgs}/nixos/lib/eval-config.nix"`
    // inside flake-parts' evaluation is a system ncc checks). Whether plugins' builtins
    // and the machine's environment are unknown is the caller's to say either way (plain
    // Nix has no plugins; ncc's plain evaluation does not read the machine).
    if !ev.hooks.modules_installed {
        let (unknown_builtin, machine_fact) = (ev.hooks.unknown_builtin, ev.hooks.machine_fact);
        install_hooks(ev);
        ev.hooks.unknown_builtin = unknown_builtin;
        ev.hooks.machine_fact = machine_fact;
    }
    let lib = lib_value(ev)?;
    let shared = arguments::shared(ev, &lib)?;
    let mut cells = arguments::Cells::new();
    if let Some(config) = ev.next_config_cell.take() {
        cells.config = config;
    }
    // A host's evaluation and a container's are NixOS's (`lib.nixosSystem` and the
    // containers' `eval-config.nix` give `class = "nixos"`), which modules read as
    // `_class` (`if _class == "nixos" then ... else ...` in a module shared with
    // nix-darwin); a submodule's class is null unless its type names one.
    let class_argument = class.or((world == World::Open).then_some("nixos"));
    let arguments = arguments::ModuleArguments::new(
        &shared,
        &cells,
        args,
        lib_argument,
        class_argument,
        &prefix,
    );
    let mut modules = modules;
    modules.push(shared.internal.clone());
    let (mut imports_opaque, mut imports_unknown) = (false, defined_by_unknown);
    let collected = Rc::new(collect::collect(
        ev,
        modules,
        &arguments,
        &mut imports_opaque,
        &mut imports_unknown,
        class,
    )?);
    // A module ncc does not evaluate may declare options and define any: what no module
    // ncc sees declares is the open world's, not "does not exist" (DESIGN.md §8.3).
    let mut world = world;
    let opened_by_opaque = imports_opaque && world == World::Closed;
    if opened_by_opaque {
        world = World::Open;
    }
    // nixpkgs gathers definitions so that later modules come first: each evaluation
    // reverses the order in which its modules were collected.
    let defs: Vec<Def> = collected
        .iter()
        .rev()
        .filter_map(|module| {
            module.config.clone().map(|value| Def {
                value,
                file: module.file.clone(),
                key_span: None,
                value_span: module.config_span.or(module.span),
            })
        })
        .collect();
    let lazy = properties::LazyGroup::root(defs, prefix.clone());
    let lazy = Rc::new(match imports_unknown {
        true => lazy.importing_unknown(),
        false => lazy,
    });
    let mut freeform = collected.iter().rev().find_map(|m| m.freeform.clone());
    let mut opened = opened_by_opaque;
    if let Some(ty) = &freeform {
        if is_open_world_marker(ev, ty)? {
            opened = true;
            // A submodule NixOS declares more of than the modules ncc evaluates: the
            // open world, not a freeform type (see [`OPEN_WORLD_TYPE`]).
            freeform = None;
            world = World::Open;
        }
    }
    // `options` is built when a module reads it, which most never do; a module may
    // read it while the options are being declared (see `OptionsSource`).
    let options_source = Rc::new(declare::OptionsSource {
        modules: collected
            .iter()
            .filter_map(|m| m.options.clone().map(|o| (o, m.file.clone())))
            .collect(),
        declared: Default::default(),
        prefix: prefix.clone(),
        open: std::cell::Cell::new(world == World::Open && freeform.is_none()),
    });
    {
        let (source, lazy, config, lib) = (
            options_source.clone(),
            lazy.clone(),
            cells.config.clone(),
            lib.clone(),
        );
        cells
            .options
            .set_native(move |ev| declare::options_argument(ev, &source, &lazy, &config, &lib));
    }
    module_args_from_definitions(&cells, &collected, &lazy, &prefix);
    {
        // `config` read while the options are declared; replaced by the real one below.
        let (collected, lazy, prefix) = (Rc::clone(&collected), lazy.clone(), prefix.clone());
        cells.config.set_native(move |ev| {
            let root = declare::provisional_options(ev, &collected, &prefix)?;
            Ok(match world {
                World::Closed => merge::group_value(&root, &lazy),
                World::Open => Value::Attrs(Rc::new(Attrs::from_sorted(open::open_group_entries(
                    &root, &lazy,
                )))),
            })
        });
    }
    let root = declare::declare_all(ev, &collected, &prefix)?;
    *options_source.declared.borrow_mut() = Some(root.clone());
    // Options copied whole from a submodule of the open world (`getSubOptions [ ]` of
    // `virtualisation.oci-containers.containers`) bring NixOS's others with them.
    if world == World::Closed && root.copies_open {
        world = World::Open;
        opened = true;
        options_source.open.set(freeform.is_none());
        if !ev.open_copies.contains(&prefix) {
            ev.open_copies.push(prefix.clone());
        }
    }
    let mut entries = match world {
        World::Closed => merge::group_entries(&root, &lazy),
        World::Open => open::open_group_entries(&root, &lazy),
    };
    // The `config` evaluation returns leaves out the internal `_module`, which feeds
    // module arguments; the `config` modules are given has it (`config._module.args`).
    let module_entry = entries
        .iter()
        .position(|e| e.name.as_str() == "_module")
        .map(|index| entries.remove(index));
    let config = Value::Attrs(Rc::new(Attrs::from_sorted(entries)));
    let internal = |config: Value| with_internal(config, module_entry.clone());
    let config = match &freeform {
        None if world == World::Open => {
            let (root, lazy) = (root.clone(), lazy.clone());
            let declared = match config {
                Value::Attrs(attrs) => Rc::try_unwrap(attrs)
                    .map(Attrs::into_entries)
                    .unwrap_or_else(|attrs| attrs.entries().to_vec()),
                _ => Vec::new(),
            };
            let module_entry = module_entry.clone();
            // The set without `_module`, as the evaluation returns it, kept as it is made
            // rather than copied again out of the one modules see.
            let returned = Rc::new(std::cell::RefCell::new(None));
            let keep = returned.clone();
            cells.config.set_native(move |ev| {
                let config = open::open_group(ev, &root, &lazy, declared)?;
                *keep.borrow_mut() = Some(config.clone());
                Ok(with_internal(config, module_entry))
            });
            let forced = ev.force(&cells.config, None)?;
            let made = returned.borrow_mut().take();
            made.unwrap_or_else(|| without_internal(forced))
        }
        None => {
            cells.config.set_value(internal(config.clone()));
            config
        }
        Some(freeform) => {
            // Undeclared definitions merge with the freeform type, next to the options.
            let (freeform, lazy, root, prefix, declared) = (
                freeform.clone(),
                lazy.clone(),
                root.clone(),
                prefix.clone(),
                config,
            );
            let module_entry = module_entry.clone();
            // A module ncc does not evaluate may define undeclared attributes too: in an
            // open evaluation, one no module ncc sees defines is unknown, not missing.
            let open = world == World::Open;
            cells.config.set_native(move |ev| {
                let config = merge::with_freeform(ev, declared, &freeform, &lazy, &root, &prefix)?;
                let config = match config {
                    Value::Attrs(attrs) if open => {
                        Value::Attrs(Rc::new(Attrs::unshared(attrs).into_open_at(lazy.loc())))
                    }
                    other => other,
                };
                Ok(with_internal(config, module_entry.clone()))
            });
            without_internal(ev.force(&cells.config, None)?)
        }
    };
    let mut unmatched = Vec::new();
    if freeform.is_none() {
        // A module whose `config` is no set (`{ config = 1; }`) is an error however the
        // configuration is read, as in nixpkgs, not only when an option is; the split is
        // kept for the check below.
        if let Err(error) = lazy.split(ev) {
            if !error.is_unknown() {
                return Err(error);
            }
        }
        check::check_unknown(ev, &root, &lazy, &mut unmatched);
    }
    if opened {
        // The definitions of sub-options ncc does not see declared are the open world's,
        // never "does not exist": the option itself is listed as unchecked
        // ([`open_world_options`]).
        unmatched.clear();
    }
    Ok((
        Evaluated {
            config,
            imports_opaque,
            options: root,
            options_argument: cells.options.clone(),
            definitions: lazy,
            freeform_type: freeform,
            cells: [
                cells.config.clone(),
                cells.module_args.clone(),
                cells.early_config.clone(),
            ],
        },
        unmatched,
    ))
}

/// The name of the type that, as a submodule's `freeformType`, says that the submodule
/// belongs to the open world (DESIGN.md §8.2): NixOS declares sub-options of it that ncc
/// does not model (`users.users.<name>`), so a definition of one it does not see declared
/// is accepted and merged as the open world merges, and a read of one nothing defines is
/// unknown. A layer above declares such an option with
/// `freeformType = lib.mkOptionType { name = "ncc-open-world"; }`; a module that declares
/// the option again adds its submodule to that one, as nixpkgs' `typeMerge` does.
pub const OPEN_WORLD_TYPE: &str = "ncc-open-world";

/// The attribute that marks an `attrsOf` type (`types.attrsOf t // { <this> = true; }`)
/// as one whose sets NixOS's own modules add entries to, which ncc does not evaluate:
/// a read of an entry no module ncc sees defines is unknown, not missing. A layer above
/// declares with it what it models of an open-world submodule (a unit's `environment`,
/// which NixOS's `services.forgejo` fills for `systemd.services.forgejo`).
pub const OPEN_ENTRIES_MARK: &str = "_nccOpenEntries";

/// The options declared in `group` (at `loc`) and defined in `definitions` (its
/// definitions) whose submodules belong to the open world ([`OPEN_WORLD_TYPE`]),
/// directly or as the elements of `attrsOf`, `listOf` or `nullOr`, and whose first
/// declaration declares no sub-option of its own (`users.users`, not `systemd.services`,
/// whose unit options ncc checks): what a caller lists as accepted without checking. An
/// option nothing defines, or only ncc's own files ([`Evaluator::mark_own_file`]),
/// is not looked at, so its type is not decoded for this.
pub fn open_world_options(
    ev: &mut Evaluator,
    group: &OptionGroup,
    definitions: &Rc<LazyGroup>,
    loc: &mut Vec<Name>,
    found: &mut Vec<Vec<Name>>,
) {
    // A group whose definitions fail to split is reported where its options are merged.
    let Ok(split) = definitions.split(ev) else {
        return;
    };
    for (name, node) in &group.children {
        let Some(defs) = split.get(name) else {
            continue;
        };
        loc.push(name.clone());
        match node {
            OptionNode::Group(child) => {
                let below = LazyGroup::child_of(definitions, name);
                open_world_options(ev, child, &below, loc, found)
            }
            OptionNode::Option(decl) => {
                // What only ncc's own modules define (a platform's default, a
                // container's unit) is not the host's to be told about.
                let by_the_host = defs.iter().any(|def| !ev.is_own_file(&def.file));
                if by_the_host && matches!(has_open_world_submodule(ev, decl), Ok(true)) {
                    found.push(loc.clone());
                }
            }
            OptionNode::Invalid(_) => {}
        }
        loc.pop();
    }
}

/// The option of `group` that holds the configuration at `loc` (`lab.apps` for
/// `lab.apps.wiki`, a submodule's prefix): the first declared option on the way down,
/// `None` when `loc` is in no declared option (the open world's).
pub fn option_holding(group: &OptionGroup, loc: &[Name]) -> Option<Vec<Name>> {
    let mut node = group;
    for (depth, name) in loc.iter().enumerate() {
        match node.children.get(name)? {
            OptionNode::Group(child) => node = child,
            OptionNode::Option(_) => return Some(loc[..=depth].to_vec()),
            OptionNode::Invalid(_) => return None,
        }
    }
    None
}

fn has_open_world_submodule(ev: &mut Evaluator, decl: &OptionDecl) -> EvalResult<bool> {
    let Some(ty) = element_submodule(ev, decl)? else {
        return Ok(false);
    };
    // The first module is the first declaration's: the bare open-world module, or one
    // with sub-options of its own.
    let types::TypeKind::Submodule { modules, .. } = &ty.kind else {
        return Ok(false);
    };
    let bare = match modules.first() {
        Some(first) => match ev.force(first, None)? {
            Value::Attrs(attrs) => attrs.get("options").is_none(),
            _ => false,
        },
        None => false,
    };
    Ok(bare && is_open_world_submodule(ev, &ty)?)
}

/// Whether the declared option's elements are submodules of the open world, directly or
/// through `attrsOf`, `listOf` or `nullOr` (`users.users`, `systemd.services`): NixOS
/// declares sub-options of them that ncc does not model, whose values it checks
/// nothing of (force them with [`Evaluator::deep_force_known`]).
pub fn holds_open_world_submodules(ev: &mut Evaluator, decl: &OptionDecl) -> bool {
    match element_submodule(ev, decl) {
        Ok(Some(ty)) => matches!(is_open_world_submodule(ev, &ty), Ok(true)),
        _ => false,
    }
}

/// The submodule type the option's values are, or hold as elements through `attrsOf`,
/// `listOf` or `nullOr`; `None` for any other type.
fn element_submodule(ev: &mut Evaluator, decl: &OptionDecl) -> EvalResult<Option<Rc<types::Type>>> {
    let mut ty = decl.decoded_type(ev)?;
    loop {
        let next = match &ty.kind {
            types::TypeKind::AttrsOf(inner, _)
            | types::TypeKind::ListOf(inner, _)
            | types::TypeKind::NullOr(inner) => Rc::new((**inner).clone()),
            types::TypeKind::Submodule { .. } => return Ok(Some(ty)),
            _ => return Ok(None),
        };
        ty = next;
    }
}

/// Whether `ty` is a submodule of the open world: one of its modules (a set) has the
/// [`OPEN_WORLD_TYPE`] as its `freeformType`.
pub(crate) fn is_open_world_submodule(ev: &mut Evaluator, ty: &types::Type) -> EvalResult<bool> {
    let types::TypeKind::Submodule { modules, .. } = &ty.kind else {
        return Ok(false);
    };
    for module in modules.iter() {
        if let Value::Attrs(attrs) = ev.force(module, None)? {
            if let Some(entry) = attrs.get("freeformType") {
                if is_open_world_marker(ev, &entry.value.clone())? {
                    return Ok(true);
                }
            }
        }
    }
    Ok(false)
}

fn is_open_world_marker(ev: &mut Evaluator, ty: &Thunk) -> EvalResult<bool> {
    let Value::Attrs(attrs) = ev.force(ty, None)? else {
        return Ok(false);
    };
    let Some(name) = attrs.get("name").map(|entry| entry.value.clone()) else {
        return Ok(false);
    };
    Ok(matches!(ev.force(&name, None)?, Value::String(text) if &*text == OPEN_WORLD_TYPE))
}

/// `config` as modules see it: with the internal `_module` group.
fn with_internal(config: Value, module: Option<AttrEntry>) -> Value {
    match (config, module) {
        (Value::Attrs(attrs), Some(module)) => {
            // One ordered pass (the entry replaces a `_module` already there), not a sort;
            // `//` keeps the open world's mark.
            let module = Attrs::from_sorted(vec![module]);
            Value::Attrs(Rc::new(attrs.update(&module)))
        }
        (config, _) => config,
    }
}

/// `config` as the evaluation returns it: without the internal `_module` group.
fn without_internal(config: Value) -> Value {
    match &config {
        Value::Attrs(attrs) if attrs.get("_module").is_some() => {
            let entries = attrs
                .entries()
                .iter()
                .filter(|e| e.name.as_str() != "_module")
                .cloned()
                .collect();
            Value::Attrs(Rc::new(Attrs::from_sorted(entries).with_marks_of(attrs)))
        }
        _ => config,
    }
}

/// An option path as nixpkgs' `showOption` prints it.
/// The first module of the last evaluation that ncc does not evaluate and that may define
/// what a project names itself (its own options, the containers it names): one of a
/// flake input or another external source, not one of NixOS's own
/// (`<nixpkgs/nixos/modules/...>`) nor one published for everyone (see
/// `Hooks::may_define_project_options`).
pub fn unread_module_of_the_project<'a>(ev: &'a Evaluator) -> Option<&'a String> {
    merge::unread_module_of_the_project(ev)
}

pub fn show_option(loc: &[Name]) -> String {
    let mut shown = String::with_capacity(loc.iter().map(|part| part.as_str().len() + 1).sum());
    for (index, part) in loc.iter().enumerate() {
        if index > 0 {
            shown.push('.');
        }
        let text = part.as_str();
        let plain = text
            .bytes()
            .next()
            .is_some_and(|c| c.is_ascii_alphabetic() || c == b'_')
            && text
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'\'' | b'-'));
        if plain || text == "*" || (text.starts_with('<') && text.ends_with('>')) {
            shown.push_str(text);
        } else {
            shown.push_str(&quote_string(text));
        }
    }
    shown
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use crate::eval::{Evaluator, MemoryIo, Thunk, Value};
    use crate::modules::{eval_modules_open, Evaluated, ModuleInput, Unmatched};

    /// The module `source` (the file `test.nix`) evaluated alone, in the open world.
    fn evaluate_open(ev: &mut Evaluator, source: &str) -> (Evaluated, Vec<Unmatched>) {
        let (body, _) = ev.load_source("test.nix", "/test.nix", source);
        let value = ev.eval_body(body).expect("evaluates");
        let modules = vec![ModuleInput {
            value: Thunk::ready(value),
            file: Rc::from("test.nix"),
        }];
        eval_modules_open(ev, modules, Vec::new(), Vec::new()).expect("merges")
    }

    /// A module that reads `config` and `options` makes cycles through the evaluation's
    /// arguments; `release` breaks them, so its `config` is freed while the evaluator
    /// goes on (without it, the set lives until the evaluator goes).
    #[test]
    fn a_released_evaluation_is_freed() {
        for release in [false, true] {
            let io = MemoryIo::new();
            let mut ev = Evaluator::new(&io);
            let module = r#"{ config, options, lib, ... }: {
              options.a = lib.mkOption { type = lib.types.int; default = 1; };
              options.b = lib.mkOption { type = lib.types.int; };
              config.b = config.a + (if options.a.isDefined then 1 else 0);
              config.services.unknown.enable = true;
            }"#;
            let (evaluated, unmatched) = evaluate_open(&mut ev, module);
            let Value::Attrs(config) = &evaluated.config else {
                panic!("a set")
            };
            // Read as a caller reads what it needs; the rest stays unevaluated.
            let b = &config.get("b").expect("b").value;
            let value = ev.force(b, None).ok();
            assert!(matches!(value, Some(Value::Int(2))), "{value:?}");
            // What modules see as `config` holds the same thunk.
            let weak = Rc::downgrade(&b.0);
            drop(unmatched);
            if release {
                evaluated.release();
            } else {
                drop(evaluated);
            }
            assert_eq!(weak.upgrade().is_none(), release, "release: {release}");
        }
    }

    /// `units` kept whole behind a condition ncc cannot know (an option of the open world)
    /// is unknown; its entry `web` is still what its own definitions merge to, unless
    /// the conditional set names it too, or carries a priority that may drop the rest.
    #[test]
    fn an_entry_merges_alone_where_only_conditions_choose() {
        use crate::modules::{EntriesAlone, Entry, LazyGroup, OptionNode};
        use crate::name::Name;

        let cases = [
            ("{ other.after = [ \"b\" ]; }", "merged [\"a\", \"c\"]"),
            ("{ web.after = [ \"b\" ]; }", "unknown"),
            ("(lib.mkForce { other.after = [ \"b\" ]; })", "undecided"),
        ];
        for (conditional, expected) in cases {
            let io = MemoryIo::new();
            let mut ev = Evaluator::new(&io);
            let module = format!(
                r#"{{ config, lib, ... }}: {{
                  imports = [
                    {{ units.web.after = [ "a" ]; }}
                    {{ units = lib.mkIf config.services.unmodelled.enable {conditional}; }}
                    {{ units.web = lib.mkIf true {{ after = [ "c" ]; }}; }}
                  ];
                  options.units = lib.mkOption {{
                    type = lib.types.attrsOf (lib.types.submodule {{
                      options.after = lib.mkOption {{ type = lib.types.listOf lib.types.str; default = [ ]; }};
                    }});
                    default = {{ }};
                  }};
                }}"#
            );
            let (evaluated, _) = evaluate_open(&mut ev, &module);
            let Value::Attrs(config) = &evaluated.config else {
                panic!("a set")
            };
            let whole = ev.force(&config.get("units").expect("units").value, None);
            assert!(whole.is_err_and(|e| e.is_unknown()), "{conditional}");

            let Some(OptionNode::Option(decl)) = evaluated.options.children.get("units") else {
                panic!("units is an option")
            };
            let group = LazyGroup::child_of(&evaluated.definitions, &Name::new("units"));
            let option_defs = group.defs(&mut ev).expect("definitions");
            let split = group.split(&mut ev).expect("split");
            let web = Name::new("web");
            let name_defs = split.get(&web).expect("web is defined").to_vec();
            let loc = [Name::new("units")];
            let entry = match EntriesAlone::of(&mut ev, decl, &loc, &option_defs) {
                Ok(Some(entries)) => entries.merge(&mut ev, &web, name_defs),
                Ok(None) => Ok(Entry::Undecided),
                Err(error) => Err(error),
            };
            let outcome = match entry {
                Ok(Entry::Merged(Value::Attrs(web))) => {
                    let after = ev.force(&web.get("after").expect("after").value, None);
                    let Ok(Value::List(items)) = after else {
                        panic!("a list")
                    };
                    let items: Vec<String> = items
                        .iter()
                        .map(|item| match ev.force(item, None) {
                            Ok(Value::String(s)) => s.to_string(),
                            other => panic!("{other:?}"),
                        })
                        .collect();
                    format!("merged {items:?}")
                }
                Ok(Entry::Undecided) => "undecided".to_owned(),
                Err(error) if error.is_unknown() => "unknown".to_owned(),
                Ok(Entry::Merged(_) | Entry::Absent) | Err(_) => panic!("{conditional}"),
            };
            assert_eq!(outcome, expected, "{conditional}");
        }
    }
}
