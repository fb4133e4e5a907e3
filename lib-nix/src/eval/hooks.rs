//! What the layers above plug into the evaluator, which knows nothing of them: the
//! module system says what the `pkgs` stand-in's placeholders lead to, what importing an
//! external source gives, and how an option is named. Without it, plain Nix: bare
//! placeholders, and an external source that cannot be imported.

use std::rc::Rc;

use crate::eval::{opaque, Attrs, EvalError, EvalIo, EvalResult, Evaluator, Thunk, Value};
use crate::name::Name;

/// Functions the evaluator calls where a layer above decides.
#[derive(Clone, Copy)]
pub struct Hooks {
    /// What a placeholder set gives for a missing attribute: the placeholder for the
    /// longer path (`pkgs.htop` to `pkgs.htop.bin`).
    pub placeholder: fn(&str) -> Value,
    /// What calling the placeholder at a path with an argument gives.
    pub apply_placeholder: fn(&str, Thunk) -> Value,
    /// What `import` of an external source's fake store path gives.
    pub import_opaque: fn(&mut Evaluator, &str) -> EvalResult<Value>,
    /// An option's path as messages show it (`containers.web."a.b"`).
    pub option_name: fn(&[Name]) -> String,
    /// Whether an attribute of `builtins` that this Nix lacks is unknown rather than
    /// missing, and what to call it then: one that a plugin adds when the user's
    /// `nix.conf` loads it.
    pub unknown_builtin: fn(&str) -> Option<String>,
    /// What an impure builtin reads of the machine that evaluates (`builtins.getEnv`,
    /// `builtins.currentTime`) is, given what it reads: an unknown named by the text
    /// returned, or, for `None`, an evaluation ncc does not support.
    pub machine_fact: fn(&str) -> Option<String>,
    /// Whether options under this top-level name may be declared by modules the layer
    /// above does not evaluate (NixOS's own `services`): a submodule option a project
    /// declares there may have sub-options declared there too, which nixpkgs merges
    /// into its submodule.
    pub open_namespace: fn(&str) -> bool,
    /// Whether the project of the file at this path evaluates with Lix's
    /// `coerce-integers` experimental feature on, which interpolates an integer as its
    /// decimal text (`"10.0.${subnet}.1"`) where Nix refuses it.
    pub coerce_integers: fn(&dyn EvalIo, &str) -> bool,
    /// A module the layer above loads beside a module ncc does not evaluate, named as
    /// the module shows (`inputs.sops-nix.nixosModules.sops`, `<agenix/modules/age.nix>`):
    /// what hosts read back of that module (a secret's `path`), declared as it declares
    /// it. The module itself stays one ncc does not evaluate.
    pub stand_in_module: fn(&mut Evaluator, &str) -> Option<EvalResult<Value>>,
    /// Whether a module ncc does not evaluate, named as the module shows
    /// (`inputs.private.nixosModule`), may define options the project declares itself: a
    /// module published for everyone (`inputs.sops-nix.nixosModules.sops`) knows none.
    pub may_define_project_options: fn(&str) -> bool,
    /// What a read of an option whose value is a configuration evaluated apart gives
    /// (NixOS's `containers.<name>.config`, see `types::TypeKind::DeferredModule`), given
    /// the option and its merged module: the configuration those modules evaluate to, as
    /// far as the layer above evaluates it, marked with the module ([`Attrs::module`]);
    /// `None`: the module itself, every other attribute of it unknown.
    pub configuration: fn(&mut Evaluator, &[Name], &Value) -> Option<Value>,
    /// Whether the module system's hooks are installed (`modules::install_hooks`): from
    /// then on, what the layer above sets in their place (`import_opaque`) stays.
    pub modules_installed: bool,
}

impl Default for Hooks {
    fn default() -> Hooks {
        Hooks {
            placeholder: bare_placeholder,
            apply_placeholder: |path, _| bare_placeholder(path),
            import_opaque: |_, path| {
                Err(EvalError::unknown(
                    format!("`{}'", opaque::describe(path)),
                    None,
                ))
            },
            option_name: |loc| {
                let parts: Vec<String> = loc
                    .iter()
                    .map(|part| crate::eval::print::quote_attr_name(part.as_str()))
                    .collect();
                parts.join(".")
            },
            unknown_builtin: |_| None,
            machine_fact: |_| None,
            open_namespace: |_| false,
            coerce_integers: |_, _| false,
            stand_in_module: |_, _| None,
            may_define_project_options: |_| true,
            configuration: |_, _, _| None,
            modules_installed: false,
        }
    }
}

/// A placeholder with nothing in it but its path.
fn bare_placeholder(path: &str) -> Value {
    Value::Attrs(Rc::new(Attrs::default().into_placeholder(path)))
}
