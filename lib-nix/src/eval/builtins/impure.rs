//! Builtins about the store and the environment. Derivations and store paths are named
//! as Nix names them (nothing is built or written); the environment and the clock are
//! unknown in a host's check and unsupported in a plain evaluation.

use std::rc::Rc;

use super::*;

/// `builtins.getEnv`: in a host's check, unknown (see `Hooks::machine_fact`), except
/// the variables niv's and npins' generated `sources.nix` read to let a developer put a
/// local checkout in place of a pinned source (`NIV_OVERRIDE_nixpkgs`,
/// `NPINS_OVERRIDE_nixpkgs`): unset, as on a machine that deploys the pins, so that the
/// pin is the source ncc stands in for, as an override's checkout would be too.
pub(super) fn get_env(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let name = string(ev, args, 0, span)?;
    let pin_override = name.starts_with("NIV_OVERRIDE_") || name.starts_with("NPINS_OVERRIDE_");
    if pin_override && (ev.hooks.machine_fact)("the environment").is_some() {
        return Ok(Value::string(""));
    }
    machine_fact(
        ev,
        "builtins.getEnv",
        &format!("the environment variable `{name}'"),
        span,
    )
}

/// `builtins.currentTime`: in a host's check, unknown (see `Hooks::machine_fact`).
pub(super) fn current_time(ev: &mut Evaluator, _args: &[Thunk], span: Span) -> EvalResult<Value> {
    machine_fact(ev, "builtins.currentTime", "the time", span)
}

/// A home path, `~/x` (its text the argument): the home directory of the machine that
/// evaluates, as `builtins.getEnv "HOME"` is; unknown where the hooks say so, else
/// unsupported.
pub(super) fn home_path(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let text = string(ev, args, 0, span)?;
    match (ev.hooks.machine_fact)("the home directory") {
        Some(unknown) => Err(EvalError::unknown(
            format!("{unknown} (`{text}')"),
            Some(span),
        )),
        None => unsupported("a path relative to the home directory (`~/...`)", span),
    }
}

/// What `builtin` reads of the evaluating machine (`what`): unknown where the hooks say
/// so, else unsupported.
fn machine_fact(ev: &Evaluator, builtin: &str, what: &str, span: Span) -> EvalResult<Value> {
    match (ev.hooks.machine_fact)(what) {
        Some(unknown) => Err(EvalError::unknown(
            format!("{unknown} (`{builtin}')"),
            Some(span),
        )),
        None => unsupported(builtin, span),
    }
}

/// `derivation attrs`: see [`crate::eval::derivation`].
pub(super) fn derivation(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    crate::eval::derivation::derivation(ev, args[0].clone(), span)
}

/// `builtins.derivationStrict attrs`: the `.drv` path and the output paths.
pub(super) fn derivation_strict(
    ev: &mut Evaluator,
    args: &[Thunk],
    span: Span,
) -> EvalResult<Value> {
    let set = attrs(ev, args, 0, span)?;
    crate::eval::derivation::derivation_strict(ev, &set, span)
}

/// `builtins.storePath path`: the path, with the store path it is in as its context.
/// ncc has no store, so only a store path itself is known to be one; a path inside one
/// would need the store to resolve its links.
pub(super) fn store_path(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let mut context = Context::new();
    let path = coerce_in(ev, &args[0], span, false, &mut context)?;
    if !crate::eval::store::is_store_path(&path) {
        let missing = crate::eval::store::to_store_path(&path).unwrap_or(&path);
        let message = if ev.io().path_exists(&path) {
            format!("path '{path}' is not in the Nix store")
        } else {
            format!("getting status of '{missing}': No such file or directory")
        };
        return Err(EvalError::message(message, Some(span)));
    }
    context.insert(ContextElement::Path(Rc::from(path.as_str())));
    Ok(ev.string_with_context(&path, context))
}

/// `builtins.toFile name contents`: a file in the store, which ncc does not write. Its
/// path is a recognisable fake store path named `name`, as an external source's is
/// (DESIGN.md §8.3): a real host's `toFile` works, so it is never an error here. The
/// contents are still evaluated, so their own mistakes are reported; the path is in
/// its own context, as a store file's is.
pub(super) fn to_file(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let name = string(ev, args, 0, span)?;
    coerce(ev, &args[1], span, false)?;
    let path = crate::eval::opaque::source_path(&name);
    let context = Context::from([ContextElement::Path(Rc::from(path.as_str()))]);
    Ok(ev.string_with_context(&path, context))
}

/// `builtins.placeholder output`: the text a builder finds replaced by the path of
/// `output`, `/` and the Nix base32 of the SHA-256 of `nix-output:<output>`.
pub(super) fn placeholder(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let output = string(ev, args, 0, span)?;
    let digest = crate::eval::store::sha256(format!("nix-output:{output}").as_bytes());
    Ok(Value::string(&format!(
        "/{}",
        super::hashes::nix_base32(&digest)
    )))
}

fn unsupported(what: &str, span: Span) -> EvalResult<Value> {
    Err(EvalError::message(
        format!("{what} is not supported by ncc: it needs a Nix store or the environment"),
        Some(span),
    ))
}
