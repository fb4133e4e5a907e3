//! Errors, forcing, tracing and catching.

use std::rc::Rc;

use super::*;

/// `builtins.abort`.
pub(super) fn abort(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let m = coerce(ev, &args[0], span, false)?;
    Err(EvalError::new(ErrorKind::Abort(m), Some(span)))
}

/// `builtins.deepSeq`.
pub(super) fn deep_seq(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let v = arg(ev, args, 0, span)?;
    ev.deep_force(&v, span)?;
    arg(ev, args, 1, span)
}

/// `builtins.seq`.
pub(super) fn seq(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    arg(ev, args, 0, span)?;
    arg(ev, args, 1, span)
}

/// `builtins.throw`.
pub(super) fn throw(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let m = coerce(ev, &args[0], span, false)?;
    Err(EvalError::new(ErrorKind::Throw(m), Some(span)))
}

/// `builtins.trace`.
pub(super) fn trace(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let v = arg(ev, args, 0, span)?;
    let text = match &v {
        Value::String(t) => t.to_string(),
        other => {
            ev.deep_force(other, span)?;
            crate::eval::print::print_value(ev, other, span)?
        }
    };
    ev.traces.push(text);
    arg(ev, args, 1, span)
}

/// `builtins.tryEval`.
pub(super) fn try_eval(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let result = ev.force(&args[0], Some(span));
    match result {
        Ok(v) => Ok(Value::Attrs(Rc::new(Attrs::from_entries(vec![
            AttrEntry::new("success", Thunk::ready(Value::Bool(true))),
            AttrEntry::new("value", Thunk::ready(v)),
        ])))),
        Err(e) if e.is_catchable() => Ok(Value::Attrs(Rc::new(Attrs::from_entries(vec![
            AttrEntry::new("success", Thunk::ready(Value::Bool(false))),
            AttrEntry::new("value", Thunk::ready(Value::Bool(false))),
        ])))),
        Err(e) => Err(e),
    }
}

/// `builtins.addErrorContext`: the value of its second argument; the context shows only
/// in Nix's `--show-trace`, which ncc's labelled frames stand in for.
pub(super) fn add_error_context(
    ev: &mut Evaluator,
    args: &[Thunk],
    span: Span,
) -> EvalResult<Value> {
    arg(ev, args, 1, span)
}

/// `builtins.traceVerbose` (Nix 2.10 and later): its second argument. Nix evaluates and
/// prints the first, as `trace` does, only under `--trace-verbose`, which is off unless
/// asked: ncc, which evaluates as Nix does by default, never reads it.
pub(super) fn trace_verbose(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    arg(ev, args, 1, span)
}

/// `builtins.warn` (Nix 2.23 and later): records the message, as `trace` does, and
/// returns its second argument. The message must be a string.
pub(super) fn warn(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let message = arg(ev, args, 0, span)?;
    let Value::String(text) = message else {
        return Err(EvalError::message(
            format!(
                "expected a string but found {}: {}",
                message.type_phrase(),
                crate::eval::print::print_value(ev, &message, span)?
            ),
            Some(span),
        ));
    };
    ev.traces.push(format!("evaluation warning: {text}"));
    arg(ev, args, 1, span)
}
