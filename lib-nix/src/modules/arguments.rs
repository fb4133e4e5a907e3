//! The arguments module functions receive (`lib`, `config`, `options`, `pkgs`,
//! `specialArgs`, `_class`, `_prefix` and the special arguments such as `name`), and the
//! parts of them that are the same for every evaluation of one evaluator, built once.
//!
//! A host of 1,000 containers runs several thousand module evaluations; each used to
//! intern six names, look `lib._nccInternal.moduleArgsModule` up and fill a `BTreeMap`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::eval::opaque::source_path;
use crate::eval::{AttrEntry, Attrs, EvalError, EvalResult, Evaluator, Thunk, Value};
use crate::modules::{pkgs_value, placeholder_package_value, ModuleInput};
use crate::name::Name;

/// The arguments of one evaluation, sorted by name: a map with few entries, built
/// once per evaluation and read by every module function it loads.
pub struct ModuleArguments {
    entries: Vec<(Name, Thunk)>,
    /// Whether `pkgs` is a special argument: then it is the `pkgs` modules get, as
    /// nixpkgs reads `specialArgs` before `config._module.args`. Otherwise the `pkgs`
    /// among the fixed arguments is ncc's stand-in, which `_module.args.pkgs` overrides.
    pub pkgs_is_special: bool,
}

/// The cells of one evaluation that its arguments point at, filled once its `config`
/// and `options` exist.
pub struct Cells {
    pub config: Thunk,
    pub options: Thunk,
    /// `config._module.args`, which module functions fall back to.
    pub module_args: Thunk,
    /// The options of the modules given as [`EARLY_FILE`], merged from every module's
    /// definitions before the other options are declared.
    pub early_config: Thunk,
}

impl Cells {
    /// Cells not set yet: reading one before it is set is infinite recursion.
    pub fn new() -> Cells {
        Cells {
            config: Thunk::uninitialised(),
            options: Thunk::uninitialised(),
            module_args: Thunk::uninitialised(),
            early_config: Thunk::uninitialised(),
        }
    }
}

impl ModuleArguments {
    /// The arguments of an evaluation whose special arguments are `special`: the fixed
    /// ones, `lib` being `lib` where it is given (the `lib` whose `evalModules` was
    /// called), `_class` the evaluation's class (`"nixos"`, or null) and `_prefix` its
    /// prefix (`[ "containers" "web" ]`), as nixpkgs' `evalModules` passes them, then
    /// `specialArgs` (all of `special` as a set), then each special argument, which
    /// replaces a fixed one of the same name.
    pub fn new(
        shared: &Shared,
        cells: &Cells,
        special: Vec<(Name, Thunk)>,
        lib: Option<Thunk>,
        class: Option<&str>,
        prefix: &[Name],
    ) -> ModuleArguments {
        let names = &shared.names;
        let special_set = special
            .iter()
            .map(|(name, value)| AttrEntry {
                name: name.clone(),
                value: value.clone(),
                span: None,
                value_span: None,
            })
            .collect();
        // In the order of the names (`Name`'s order, bytewise).
        let class = class.map_or(Value::Null, Value::string);
        let prefix = prefix
            .iter()
            .map(|part| Thunk::ready(Value::string(part.as_str())))
            .collect();
        let mut entries = Vec::with_capacity(11 + special.len());
        entries.extend([
            (names.early_config.clone(), cells.early_config.clone()),
            (names.module_args.clone(), cells.module_args.clone()),
            (names.class.clone(), Thunk::ready(class)),
            (names.prefix.clone(), Thunk::ready(Value::List(prefix))),
            (names.config.clone(), cells.config.clone()),
            (names.lib.clone(), lib.unwrap_or_else(|| shared.lib.clone())),
            (names.modules_path.clone(), shared.modules_path.clone()),
            (names.options.clone(), cells.options.clone()),
            (names.pkgs.clone(), shared.pkgs.clone()),
            (
                names.special_args.clone(),
                Thunk::ready(Value::Attrs(Rc::new(Attrs::from_entries(special_set)))),
            ),
            (names.utils.clone(), shared.utils.clone()),
        ]);
        debug_assert!(entries.windows(2).all(|pair| pair[0].0 < pair[1].0));
        let pkgs_is_special = special.iter().any(|(name, _)| name.as_str() == "pkgs");
        let mut arguments = ModuleArguments {
            entries,
            pkgs_is_special,
        };
        for (name, value) in special {
            arguments.insert(name, value);
        }
        arguments
    }

    /// Sets `name` to `value`, replacing what it was.
    fn insert(&mut self, name: Name, value: Thunk) {
        match self.entries.binary_search_by(|(other, _)| other.cmp(&name)) {
            Ok(index) => self.entries[index].1 = value,
            Err(index) => self.entries.insert(index, (name, value)),
        }
    }

    pub fn get(&self, name: &str) -> Option<&Thunk> {
        let wanted = name.as_bytes();
        self.entries
            .binary_search_by(|(other, _)| {
                crate::name::compare_bytes(other.as_str().as_bytes(), wanted)
            })
            .ok()
            .map(|index| &self.entries[index].1)
    }

    /// Every argument, sorted by name.
    pub fn iter(&self) -> impl Iterator<Item = (&Name, &Thunk)> {
        self.entries.iter().map(|(name, value)| (name, value))
    }
}

/// The names of the fixed arguments, interned once.
pub struct FixedNames {
    pub early_config: Name,
    pub module_args: Name,
    pub class: Name,
    pub prefix: Name,
    pub config: Name,
    pub lib: Name,
    pub modules_path: Name,
    pub options: Name,
    pub pkgs: Name,
    pub special_args: Name,
    pub utils: Name,
}

/// What every evaluation of one evaluator passes alike: `lib` and `pkgs` (as ready
/// thunks, which nothing ever changes) and the internal module declaring `_module.args`.
pub struct Shared {
    /// The `lib` these were built for: they belong to its evaluator.
    owner: Value,
    pub lib: Thunk,
    pub pkgs: Thunk,
    /// NixOS's `modulesPath`: the `nixos/modules` of an external nixpkgs.
    pub modules_path: Thunk,
    /// NixOS's `utils` (systemd unit helpers and the like): a stand-in.
    pub utils: Thunk,
    pub internal: ModuleInput,
    pub names: FixedNames,
}

thread_local! {
    static SHARED: RefCell<Option<Rc<Shared>>> = const { RefCell::new(None) };
}

/// The shared arguments for `lib` (the evaluator's, from [`crate::modules::lib_value`]):
/// the ones built before if they were built for it, else new ones.
pub fn shared(ev: &mut Evaluator, lib: &Value) -> EvalResult<Rc<Shared>> {
    let cached = SHARED.with(|shared| {
        shared
            .borrow()
            .as_ref()
            .filter(|shared| same_value(&shared.owner, lib))
            .cloned()
    });
    if let Some(shared) = cached {
        return Ok(shared);
    }
    let internal = internal_module(ev, lib)?;
    let shared = Rc::new(Shared {
        owner: lib.clone(),
        lib: Thunk::ready(lib.clone()),
        pkgs: Thunk::ready(pkgs_value(ev)?),
        modules_path: Thunk::ready(Value::Path(Rc::from(format!(
            "{}/nixos/modules",
            source_path("nixpkgs")
        )))),
        utils: Thunk::ready(placeholder_package_value("utils")),
        internal: ModuleInput {
            value: Thunk::ready(internal),
            file: Rc::from(INTERNAL_FILE),
        },
        names: FixedNames {
            early_config: Name::new("__earlyConfig"),
            module_args: Name::new("__moduleArgs"),
            class: Name::new("_class"),
            prefix: Name::new("_prefix"),
            config: Name::new("config"),
            lib: Name::new("lib"),
            modules_path: Name::new("modulesPath"),
            options: Name::new("options"),
            pkgs: Name::new("pkgs"),
            special_args: Name::new("specialArgs"),
            utils: Name::new("utils"),
        },
    });
    SHARED.with(|cell| *cell.borrow_mut() = Some(shared.clone()));
    Ok(shared)
}

/// Whether `a` and `b` are the very same `lib`.
fn same_value(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Attrs(a), Value::Attrs(b)) => Rc::ptr_eq(a, b),
        _ => false,
    }
}

/// The file the internal module is known by.
pub const INTERNAL_FILE: &str = "<ncc internal>";

/// The file (`_file`) of a module whose options the module arguments are made from, as
/// NixOS makes `pkgs` from `config.nixpkgs`: they are declared apart and merged from
/// every module's definitions before the other options are declared, and read as the
/// module argument `__earlyConfig`. nixpkgs declares each option lazily, so a module
/// may read `pkgs` while its own options are declared (`options.x = pkgs.lib.mkOption
/// { ... }`); ncc, which declares them all at once, reads these first.
pub const EARLY_FILE: &str = "<ncc early module>";

/// The module that declares `_module.args`, from `lib._nccInternal`.
fn internal_module(ev: &mut Evaluator, lib: &Value) -> EvalResult<Value> {
    lib_internal(ev, lib, "moduleArgsModule")
}

/// `lib._nccInternal.<name>`, what ncc's lib gives the module system.
pub(super) fn lib_internal(ev: &mut Evaluator, lib: &Value, name: &str) -> EvalResult<Value> {
    let mut value = lib.clone();
    for name in ["_nccInternal", name] {
        let Value::Attrs(set) = value else {
            return Err(EvalError::message(
                format!("internal error: ncc's lib has no set holding {name}"),
                None,
            ));
        };
        let entry = set.get(name).map(|e| e.value.clone()).ok_or_else(|| {
            EvalError::message(format!("internal error: ncc's lib lacks {name}"), None)
        })?;
        value = ev.force(&entry, None)?;
    }
    Ok(value)
}
