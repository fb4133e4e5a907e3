//! Builtins that need a Nix store, the network or the environment: present, but reported
//! as unsupported, except `toFile`, whose store path stands in as an opaque one.

use super::*;

/// `builtins.getEnv`.
pub(super) fn get_env(_ev: &mut Evaluator, _args: &[Thunk], span: Span) -> EvalResult<Value> {
    unsupported("builtins.getEnv", span)
}

/// `builtins.currentTime`.
pub(super) fn current_time(_ev: &mut Evaluator, _args: &[Thunk], span: Span) -> EvalResult<Value> {
    unsupported("builtins.currentTime", span)
}

/// `builtins.derivation`.
pub(super) fn derivation(_ev: &mut Evaluator, _args: &[Thunk], span: Span) -> EvalResult<Value> {
    unsupported("derivation", span)
}

/// `builtins.derivationStrict`.
pub(super) fn derivation_strict(
    _ev: &mut Evaluator,
    _args: &[Thunk],
    span: Span,
) -> EvalResult<Value> {
    unsupported("builtins.derivationStrict", span)
}

/// `builtins.storePath`.
pub(super) fn store_path(_ev: &mut Evaluator, _args: &[Thunk], span: Span) -> EvalResult<Value> {
    unsupported("builtins.storePath", span)
}

/// `builtins.toFile name contents`: a file in the store, which ncc does not write. Its
/// path is a recognisable fake store path named `name`, as an external source's is
/// (DESIGN.md §8.3): a real host's `toFile` works, so it is never an error here. The
/// contents are still evaluated, so their own mistakes are reported.
pub(super) fn to_file(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let name = string(ev, args, 0, span)?;
    coerce(ev, &args[1], span, false)?;
    Ok(Value::string(&crate::eval::opaque::source_path(&name)))
}

/// `builtins.placeholder`.
pub(super) fn placeholder(_ev: &mut Evaluator, _args: &[Thunk], span: Span) -> EvalResult<Value> {
    unsupported("placeholder", span)
}

fn unsupported(what: &str, span: Span) -> EvalResult<Value> {
    Err(EvalError::message(
        format!("{what} is not supported by ncc: it needs a Nix store or the environment"),
        Some(span),
    ))
}
