//! Builtins that need a Nix store, the network or the environment: present, but reported as unsupported.

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

/// `builtins.toFile`.
pub(super) fn to_file(_ev: &mut Evaluator, _args: &[Thunk], span: Span) -> EvalResult<Value> {
    unsupported("builtins.toFile", span)
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
