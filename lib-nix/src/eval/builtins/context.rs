//! String context: which store paths a string refers to. ncc builds nothing and makes no
//! store paths, so its strings carry no context: these builtins answer as Nix does for a
//! string without one.

use std::rc::Rc;

use super::*;

/// `builtins.getContext`: the store paths a string refers to; none in ncc.
pub(super) fn get_context(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    coerce(ev, &args[0], span, false)?;
    Ok(Value::Attrs(Rc::new(Attrs::default())))
}

/// `builtins.hasContext`: whether a string refers to store paths; never in ncc.
pub(super) fn has_context(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    string(ev, args, 0, span)?;
    Ok(Value::Bool(false))
}

/// `builtins.unsafeDiscardStringContext` and `unsafeDiscardOutputDependency`: the string.
pub(super) fn discard_context(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let text = coerce(ev, &args[0], span, false)?;
    Ok(Value::string(&text))
}

/// `builtins.appendContext string context`: Nix accepts only store paths as keys of the
/// context, and ncc has none to accept.
pub(super) fn append_context(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let text = string(ev, args, 0, span)?;
    let context = attrs(ev, args, 1, span)?;
    // Nix 2.8 quotes the key twice over.
    if let Some(entry) = context.entries().first() {
        let name = entry.name.as_str();
        return Err(EvalError::message(
            format!("Context key '\"{name}\"' is not a store path"),
            Some(span),
        ));
    }
    Ok(Value::string(&text))
}
