//! Sharing option declarations between the evaluations of one submodule.
//!
//! `containers.<name>` is `attrsOf (submodule containerOptions)`: every container
//! evaluates `containerOptions` again, and with it every `mkOption { ... }` and every
//! `types.listOf types.str`, although nearly all of them read nothing that differs from
//! one container to the next. An option declaration that reads no per-evaluation
//! variable (`config`, `name`, `options`, ...) has the same value every time, so it is
//! evaluated once and shared: a not yet evaluated declaration is keyed by its expression
//! and the identity of the values its free variables hold ([`crate::ir::Ir::free_vars`]);
//! a later declaration with the same key takes the first one's thunk. In a pure language
//! this changes no value, only how often it is computed. Declarations that read `config`
//! see a different `config` each time and are never shared.
//!
//! The table lives as long as the evaluator it was filled by: it is keyed by that
//! evaluator's `lib`, and starts afresh when another evaluator asks.

use std::cell::RefCell;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use crate::eval::value::ThunkState;
use crate::eval::{Attrs, Env, EvalResult, Evaluator, Thunk, Value};
use crate::ir::{AttrKey, Expr, ExprId};
use crate::modules::types::{self, Type};
use crate::modules::OptionGroup;
use crate::name::BuildFx;

/// What a free variable holds, compared by identity: shared values by address (and kept
/// alive by the key, so an address is never reused while it is in the table), strings
/// and numbers by content, thunks not yet forced by the thunk.
#[derive(Clone)]
enum Ident {
    Value(Value),
    Thunk(Thunk),
}

impl Ident {
    fn address(&self) -> Option<*const u8> {
        Some(match self {
            Ident::Thunk(t) => Rc::as_ptr(&t.0) as *const u8,
            Ident::Value(Value::Attrs(a)) => Rc::as_ptr(a) as *const u8,
            Ident::Value(Value::List(l)) => Rc::as_ptr(l) as *const u8,
            Ident::Value(Value::Lambda(f)) => Rc::as_ptr(f) as *const u8,
            Ident::Value(Value::Builtin(b)) => Rc::as_ptr(b) as *const u8,
            Ident::Value(_) => return None,
        })
    }
}

impl PartialEq for Ident {
    fn eq(&self, other: &Ident) -> bool {
        match (self, other) {
            (Ident::Thunk(a), Ident::Thunk(b)) => a.ptr_eq(b),
            (Ident::Value(a), Ident::Value(b)) => match (a, b) {
                (Value::Null, Value::Null) => true,
                (Value::Bool(x), Value::Bool(y)) => x == y,
                (Value::Int(x), Value::Int(y)) => x == y,
                (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
                (Value::String(x), Value::String(y)) | (Value::Path(x), Value::Path(y)) => x == y,
                (Value::Attrs(x), Value::Attrs(y)) => Rc::ptr_eq(x, y),
                (Value::List(x), Value::List(y)) => Rc::ptr_eq(x, y),
                (Value::Lambda(x), Value::Lambda(y)) => Rc::ptr_eq(x, y),
                (Value::Builtin(x), Value::Builtin(y)) => Rc::ptr_eq(x, y),
                _ => false,
            },
            _ => false,
        }
    }
}

impl Eq for Ident {}

impl Hash for Ident {
    fn hash<H: Hasher>(&self, state: &mut H) {
        match self {
            Ident::Value(Value::Null) => 0u8.hash(state),
            Ident::Value(Value::Bool(b)) => b.hash(state),
            Ident::Value(Value::Int(i)) => i.hash(state),
            Ident::Value(Value::Float(f)) => f.to_bits().hash(state),
            Ident::Value(Value::String(s)) | Ident::Value(Value::Path(s)) => s.hash(state),
            other => other.address().hash(state),
        }
    }
}

#[derive(PartialEq, Eq, Hash)]
struct Key {
    expr: ExprId,
    free: Vec<Ident>,
}

/// The `options` values a tree was declared from, with their files.
type DeclaredKey = Vec<(Ident, Rc<str>)>;

#[derive(Default)]
struct Table {
    /// The `lib` of the evaluator the entries belong to (expression ids are per evaluator).
    owner: Option<Value>,
    shared: HashMap<Key, Thunk, BuildFx>,
    /// Option types decoded so far, by descriptor (kept alive here, so never reused).
    types: HashMap<*const Attrs, (Rc<Attrs>, Rc<Type>), BuildFx>,
    /// Option trees declared so far, by the `options` values and files they came from.
    declared: HashMap<DeclaredKey, Rc<OptionGroup>, BuildFx>,
}

thread_local! {
    static TABLE: RefCell<Table> = RefCell::default();
}

/// Runs `work` on the table of `ev`'s evaluation, emptying it first if it was another's.
fn with_table<R>(ev: &Evaluator, work: impl FnOnce(&mut Table) -> R) -> Option<R> {
    let lib = ev.cached_lib()?;
    TABLE.with(|table| {
        let mut table = table.borrow_mut();
        let same_owner = match (&table.owner, &lib) {
            (Some(Value::Attrs(a)), Value::Attrs(b)) => Rc::ptr_eq(a, b),
            _ => false,
        };
        if !same_owner {
            *table = Table::default();
            table.owner = Some(lib);
        }
        Some(work(&mut table))
    })
}

/// How deep [`ident`] follows `inherit (lib) mkOption`-like selections to their target.
const MAX_RESOLVE: u32 = 4;

/// The thunk to force for `thunk`: an earlier one of the same expression over the same
/// free values when there is one, else `thunk` itself (remembered for later ones).
pub fn shared(ev: &mut Evaluator, thunk: &Thunk) -> Thunk {
    let Some(key) = key_of(ev, thunk) else {
        return thunk.clone();
    };
    with_table(ev, |table| {
        table
            .shared
            .entry(key)
            .or_insert_with(|| thunk.clone())
            .clone()
    })
    .unwrap_or_else(|| thunk.clone())
}

/// The option type `descriptor` stands for, decoded once per descriptor: declarations
/// shared between containers share their types too.
pub fn decoded_type(ev: &mut Evaluator, descriptor: &Value) -> EvalResult<Rc<Type>> {
    let Value::Attrs(attrs) = descriptor else {
        return types::decode_lazily(ev, descriptor).map(Rc::new);
    };
    let address = Rc::as_ptr(attrs);
    if let Some(Some(found)) = with_table(ev, |t| t.types.get(&address).map(|(_, ty)| ty.clone())) {
        return Ok(found);
    }
    let decoded = Rc::new(types::decode_lazily(ev, descriptor)?);
    with_table(ev, |t| {
        t.types.insert(address, (attrs.clone(), decoded.clone()));
    });
    Ok(decoded)
}

fn declared_key(options: &[(Value, Rc<str>)]) -> DeclaredKey {
    options
        .iter()
        .map(|(value, file)| (Ident::Value(value.clone()), file.clone()))
        .collect()
}

/// The option tree declared before from these very `options` values and files: the
/// declarations of a submodule, built once for all its evaluations.
pub fn declared(ev: &Evaluator, options: &[(Value, Rc<str>)]) -> Option<Rc<OptionGroup>> {
    if options
        .iter()
        .any(|(value, _)| !matches!(value, Value::Attrs(_)))
    {
        return None;
    }
    let key = declared_key(options);
    with_table(ev, |t| t.declared.get(&key).cloned()).flatten()
}

/// Remembers the tree declared from `options`, for [`declared`].
pub fn remember_declared(ev: &Evaluator, options: Vec<(Value, Rc<str>)>, group: Rc<OptionGroup>) {
    if options
        .iter()
        .any(|(value, _)| !matches!(value, Value::Attrs(_)))
    {
        return;
    }
    let key = declared_key(&options);
    with_table(ev, |t| {
        t.declared.insert(key, group);
    });
}

fn key_of(ev: &Evaluator, thunk: &Thunk) -> Option<Key> {
    let (expr, env) = match &*thunk.0.borrow() {
        ThunkState::Suspended { expr, env } => (*expr, env.clone()),
        _ => return None,
    };
    let free = ev.ir.free_vars(expr);
    if free.with {
        return None;
    }
    let mut idents = Vec::with_capacity(free.locals.len());
    for (up, slot) in &free.locals {
        idents.push(ident(ev, &slot_of(&env, *up, *slot)?, MAX_RESOLVE));
    }
    Some(Key { expr, free: idents })
}

/// The thunk in `slot` of the frame `up` levels out of `env`, if there is such a frame.
fn slot_of(env: &Rc<Env>, up: u32, slot: u32) -> Option<Thunk> {
    let mut current = env;
    for _ in 0..up {
        current = current.parent.as_ref()?;
    }
    current.kind.slots()?.get(slot as usize).cloned()
}

/// The identity of what `thunk` holds. A thunk not yet forced that selects from a set
/// already known (`inherit (lib) mkOption;` in a module's `let`) is followed to the
/// attribute it selects, so each evaluation's own copy of such a binding counts as the
/// same value.
fn ident(ev: &Evaluator, thunk: &Thunk, budget: u32) -> Ident {
    let target = {
        let state = thunk.0.borrow();
        match &*state {
            ThunkState::Done(value) => return Ident::Value(value.clone()),
            ThunkState::Suspended { expr, env } if budget > 0 => selection(ev, *expr, env),
            _ => None,
        }
    };
    match target {
        Some(target) => ident(ev, &target, budget - 1),
        None => Ident::Thunk(thunk.clone()),
    }
}

/// For `inherit (set) name` or `set.name` where `set` is a variable holding a set
/// already evaluated: the thunk of that attribute, without forcing anything.
fn selection(ev: &Evaluator, expr: ExprId, env: &Rc<Env>) -> Option<Thunk> {
    let (from, name) = match ev.ir.expr(expr) {
        Expr::InheritFrom { from, name } => (*from, name),
        Expr::Select {
            set,
            path,
            default: None,
        } if path.len() == 1 => match &path[0] {
            AttrKey::Static(name) => (*set, name),
            AttrKey::Dynamic(_) => return None,
        },
        _ => return None,
    };
    let source = match ev.ir.expr(from) {
        Expr::Local { up, slot, .. } => slot_of(env, *up, *slot)?,
        _ => return None,
    };
    let state = source.0.borrow();
    match &*state {
        ThunkState::Done(Value::Attrs(set)) if set.placeholder().is_none() => {
            set.get(name.as_str()).map(|entry| entry.value.clone())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use crate::eval::{print, Evaluator, MemoryIo, Thunk};
    use crate::modules::{eval_modules, ModuleInput};

    /// Evaluates `module` alone and prints its `config` as JSON.
    fn config_of(module: &str) -> String {
        let io = MemoryIo::new();
        let mut ev = Evaluator::new(&io);
        let (body, diagnostics) = ev.load_source("test.nix", "/test.nix", module);
        assert!(diagnostics.is_empty(), "{:?}", diagnostics[0].message());
        let value = ev.eval_body(body).expect("evaluates");
        let modules = vec![ModuleInput {
            value: Thunk::ready(value),
            file: Rc::from("test.nix"),
        }];
        let evaluated = eval_modules(&mut ev, modules, Vec::new(), Vec::new()).expect("merges");
        let span = crate::diagnostic::Span::nowhere();
        ev.deep_force(&evaluated.config, span).expect("forces");
        print::to_json(&mut ev, &evaluated.config, span).expect("prints")
    }

    /// Declarations that read `name` or `config` are evaluated per element; the others
    /// are shared, and sharing changes no value.
    #[test]
    fn declarations_reading_the_element_are_not_shared() {
        let json = config_of(
            r#"{ lib, ... }:
            let inherit (lib) mkOption types; in {
              options.items = mkOption {
                type = types.attrsOf (types.submodule ({ name, config, ... }: {
                  options.label = mkOption { type = types.str; default = "item ${name}"; };
                  options.twice = mkOption { type = types.str; default = config.label + config.label; };
                  options.fixed = mkOption { type = types.int; default = 1; };
                  options.nested.port = mkOption { type = types.port; default = 80; };
                }));
              };
              config.items.a = { };
              config.items.b = { label = "bee"; nested.port = 8080; };
            }"#,
        );
        assert_eq!(
            json,
            r#"{"items":{"a":{"fixed":1,"label":"item a","nested":{"port":80},"twice":"item aitem a"},"b":{"fixed":1,"label":"bee","nested":{"port":8080},"twice":"beebee"}}}"#
        );
    }

    /// Each element's own module function runs again: what it reads of its arguments
    /// differs, and a shared declaration from an earlier element must not leak in.
    #[test]
    fn declarations_in_a_let_of_the_element_are_per_element() {
        let json = config_of(
            r#"{ lib, ... }: {
              options.items = lib.mkOption {
                type = lib.types.attrsOf (lib.types.submodule ({ name, ... }:
                  let greeting = "hello ${name}"; in {
                    options.greeting = lib.mkOption { type = lib.types.str; default = greeting; };
                  }));
              };
              config.items = { x = { }; y = { }; };
            }"#,
        );
        assert_eq!(
            json,
            r#"{"items":{"x":{"greeting":"hello x"},"y":{"greeting":"hello y"}}}"#
        );
    }
}
