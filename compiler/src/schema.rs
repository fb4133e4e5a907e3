//! The container option set, declared once in `schema.nix` and evaluated by lib-nix's
//! module system like any NixOS module.

use std::rc::Rc;

use lib_nix::eval::{AttrEntry, Attrs, EvalResult, Evaluator, Thunk, Value};
use lib_nix::modules::ModuleInput;
use lib_nix::syntax::EmbeddedSource;

/// The name the schema is shown by in messages.
pub const SCHEMA_FILE: &str = "<ncc schema>";

const SCHEMA_SOURCE: EmbeddedSource = lib_nix::embedded_nix!("schema.nix");

/// What the schema defines of options NixOS declares and it leaves to the open world,
/// apart from `schema.nix` so that nixpkgs lib evaluates that by itself.
const SCHEMA_OPEN_WORLD_SOURCE: EmbeddedSource = lib_nix::embedded_nix!("schema-open-world.nix");

/// Loads the schema module into the evaluator, with what it defines of the open world's
/// options and NixOS's `nixpkgs` module.
pub fn load(ev: &mut Evaluator) -> EvalResult<Thunk> {
    let schema = load_file(ev, SCHEMA_FILE, "schema.nix", &SCHEMA_SOURCE)?;
    let open_world = load_file(
        ev,
        "<ncc schema open world>",
        "schema-open-world.nix",
        &SCHEMA_OPEN_WORLD_SOURCE,
    )?;
    let imports = Value::List(Rc::from(vec![
        Thunk::ready(schema),
        Thunk::ready(open_world),
    ]));
    let schema = Attrs::from_sorted(vec![AttrEntry::new("imports", Thunk::ready(imports))]);
    with_nixpkgs_module(ev, Value::Attrs(Rc::new(schema)))
}

/// The name the container-side schema is shown by in messages.
pub const INNER_SCHEMA_FILE: &str = "<ncc container schema>";

const INNER_SCHEMA_SOURCE: EmbeddedSource = lib_nix::embedded_nix!("inner-schema.nix");

/// Loads the declared subset of NixOS a container's own `config` is checked against,
/// with NixOS's `nixpkgs` module: each container has its own `pkgs`.
pub fn load_inner(ev: &mut Evaluator) -> EvalResult<Thunk> {
    let schema = load_file(
        ev,
        INNER_SCHEMA_FILE,
        "inner-schema.nix",
        &INNER_SCHEMA_SOURCE,
    )?;
    with_nixpkgs_module(ev, schema)
}

/// What NixOS's `misc/nixpkgs.nix` makes of the `nixpkgs` options, which the host's
/// evaluation and every container's have alike.
const NIXPKGS_MODULE_SOURCE: EmbeddedSource = lib_nix::embedded_nix!("nixpkgs-module.nix");

/// `{ imports = [ schema nixpkgs-module ]; }`, given as the schema's file: the schema's
/// declarations are its own as before, the `nixpkgs` module names its own file.
fn with_nixpkgs_module(ev: &mut Evaluator, schema: Value) -> EvalResult<Thunk> {
    let nixpkgs = load_file(
        ev,
        "<ncc nixpkgs module>",
        "nixpkgs-module.nix",
        &NIXPKGS_MODULE_SOURCE,
    )?;
    // Its declarations are named by its `_file`, the early modules' file.
    ev.mark_own_file(lib_nix::modules::EARLY_FILE);
    let imports = Value::List(Rc::from(vec![Thunk::ready(schema), Thunk::ready(nixpkgs)]));
    let module = Attrs::from_sorted(vec![AttrEntry::new("imports", Thunk::ready(imports))]);
    Ok(Thunk::ready(Value::Attrs(Rc::new(module))))
}

/// One of ncc's own Nix files, shown as `name`, evaluated (once per evaluator: the
/// `nixpkgs` module both schemas import is lowered once).
fn load_file(
    ev: &mut Evaluator,
    name: &str,
    file: &str,
    source: &EmbeddedSource,
) -> EvalResult<Value> {
    // Every plain default of ncc's own files is its own merge (`options.rs` tests it).
    // (The `nixpkgs` module's declarations carry its `_file`: see `with_nixpkgs_module`.)
    ev.mark_own_file(name);
    ev.embedded_value(name, &format!("/<ncc>/{file}"), source)
}

/// Whether NixOS's own modules, which ncc does not evaluate, declare options under the
/// top-level name `name` (`services.tailscale.enable`): a submodule option a project
/// declares there joins what NixOS declares, so it belongs to the open world
/// (`testdata/hosts/extends-nixos-service-submodule`).
pub fn is_nixos_namespace(name: &str) -> bool {
    matches!(
        name,
        "boot"
            | "console"
            | "documentation"
            | "environment"
            | "fonts"
            | "hardware"
            | "i18n"
            | "location"
            | "networking"
            | "nix"
            | "power"
            | "powerManagement"
            | "programs"
            | "qt"
            | "security"
            | "services"
            | "system"
            | "time"
            | "users"
            | "virtualisation"
            | "xdg"
    )
}

/// The file nixpkgs' own definition of `nixpkgs.system` comes from in a host built from a
/// `configuration.nix` alone (see [`nixos_rebuild_defaults`]): a `system` that gives no
/// platform to build its containers for (config.rs).
pub const EVAL_CONFIG_FILE: &str = "<nixpkgs/nixos/lib/eval-config.nix>";

/// What a host that is a `configuration.nix` alone has besides its modules: built by
/// `nixos-rebuild` without a flake, through nixpkgs' nixos/default.nix and its
/// `system ? builtins.currentSystem`, which eval-config.nix makes the default of
/// `nixpkgs.system`, so that a module reading the platform the legacy way
/// (`config.nixpkgs.system`, `nixpkgs.localSystem.system`) has one. One step below
/// `mkDefault`, so that the platform `pkgs` is made for stays the modules' to give
/// (nixpkgs-module.nix), as for any host given none.
pub fn nixos_rebuild_defaults() -> ModuleInput {
    let current = Value::string(lib_nix::eval::CURRENT_SYSTEM);
    system_module(current, 1001, Rc::from(EVAL_CONFIG_FILE))
}

/// A module defining `nixpkgs.system = lib.mkOverride priority system;`, from `file`.
pub fn system_module(system: Value, priority: i64, file: Rc<str>) -> ModuleInput {
    let set =
        |entries: Vec<AttrEntry>| Thunk::ready(Value::Attrs(Rc::new(Attrs::from_entries(entries))));
    let defined = set(vec![
        AttrEntry::new("_type", Thunk::ready(Value::string("override"))),
        AttrEntry::new("priority", Thunk::ready(Value::Int(priority))),
        AttrEntry::new("content", Thunk::ready(system)),
    ]);
    ModuleInput {
        value: set(vec![AttrEntry::new(
            "nixpkgs",
            set(vec![AttrEntry::new("system", defined)]),
        )]),
        file,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A container's own evaluation against the inner schema is freed once released, as
    /// `config::Reader::inner` releases each after reading it: no binding of the schema may
    /// keep a view of `options` (the `users.extraUsers` alias once did, a cycle through the
    /// evaluation's definitions left by every container: 94 MB at 10,000). Two containers
    /// are evaluated, as a host's are, and the first one's definitions must be gone.
    #[test]
    fn a_container_evaluation_is_freed_once_released() {
        use lib_nix::name::Name;
        let io = lib_nix::eval::MemoryIo::new();
        let mut ev = Evaluator::new(&io);
        let schema = load_inner(&mut ev).expect("the inner schema loads");
        let mut first = None;
        for name in ["web", "db"] {
            let modules = vec![
                ModuleInput {
                    value: schema.clone(),
                    file: Rc::from(INNER_SCHEMA_FILE),
                },
                ModuleInput {
                    value: Thunk::ready(Value::Attrs(Rc::new(Attrs::default()))),
                    file: Rc::from(format!("containers.{name}.config").as_str()),
                },
            ];
            let args = vec![(Name::new("name"), Thunk::ready(Value::string(name)))];
            let prefix = vec![Name::new("containers"), Name::new(name)];
            let (evaluated, unmatched) =
                lib_nix::modules::eval_modules_open(&mut ev, modules, args, prefix)
                    .expect("evaluates");
            // Read as the container reader reads it: `users.users`, which the schema defines.
            let Value::Attrs(root) = &evaluated.config else {
                panic!("a set")
            };
            let users = root.get("users").expect("users").value.clone();
            let Ok(Value::Attrs(users)) = ev.force(&users, None) else {
                panic!("users is a set")
            };
            let accounts = users.get("users").expect("users.users").value.clone();
            assert!(matches!(ev.force(&accounts, None), Ok(Value::Attrs(_))));
            first.get_or_insert_with(|| Rc::downgrade(&evaluated.definitions));
            drop((unmatched, users, accounts));
            evaluated.release();
        }
        let first = first.expect("evaluated");
        assert!(
            first.upgrade().is_none(),
            "the first container's definitions outlive it"
        );
    }

    /// The schemas load from their prepared trees, which are the trees rnix parses.
    #[test]
    fn schemas_load_from_prepared_trees() {
        for source in [SCHEMA_SOURCE, INNER_SCHEMA_SOURCE, NIXPKGS_MODULE_SOURCE] {
            let prepared = lib_nix::syntax::parse_embedded(&source);
            let parsed = lib_nix::syntax::parse(source.text);
            assert!(prepared.errors.is_empty());
            use rowan::ast::AstNode;
            assert_eq!(prepared.root.syntax().green(), parsed.root.syntax().green());
        }
    }

    /// The schemas load from their prepared IR, which is the IR their text lowers to.
    #[test]
    fn schemas_are_prepared_as_they_lower() {
        let io = lib_nix::eval::MemoryIo::new();
        let ev = Evaluator::new(&io);
        for source in [SCHEMA_SOURCE, INNER_SCHEMA_SOURCE, NIXPKGS_MODULE_SOURCE] {
            assert!(!source.ir.is_empty());
            let difference =
                lib_nix::syntax::prepared_ir_difference(&source, &|name| ev.is_global(name));
            assert_eq!(difference, None);
        }
    }
}
