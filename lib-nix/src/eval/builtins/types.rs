//! Type tests and function introspection.

use std::rc::Rc;

use super::*;

/// `builtins.isAttrs`.
pub(super) fn is_attrs(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    Ok(Value::Bool(matches!(
        arg(ev, args, 0, span)?,
        Value::Attrs(_)
    )))
}

/// `builtins.isBool`.
pub(super) fn is_bool(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    Ok(Value::Bool(matches!(
        arg(ev, args, 0, span)?,
        Value::Bool(_)
    )))
}

/// `builtins.isFloat`.
pub(super) fn is_float(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    Ok(Value::Bool(matches!(
        arg(ev, args, 0, span)?,
        Value::Float(_)
    )))
}

/// `builtins.isFunction`.
pub(super) fn is_function(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    Ok(Value::Bool(arg(ev, args, 0, span)?.is_function()))
}

/// `builtins.isInt`.
pub(super) fn is_int(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    Ok(Value::Bool(matches!(
        arg(ev, args, 0, span)?,
        Value::Int(_)
    )))
}

/// `builtins.isList`.
pub(super) fn is_list(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    Ok(Value::Bool(matches!(
        arg(ev, args, 0, span)?,
        Value::List(_)
    )))
}

/// `builtins.isNull`.
pub(super) fn is_null(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    Ok(Value::Bool(matches!(arg(ev, args, 0, span)?, Value::Null)))
}

/// `builtins.isPath`.
pub(super) fn is_path(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    Ok(Value::Bool(matches!(
        arg(ev, args, 0, span)?,
        Value::Path(_)
    )))
}

/// `builtins.isString`.
pub(super) fn is_string(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    Ok(Value::Bool(matches!(
        arg(ev, args, 0, span)?,
        Value::String(_)
    )))
}

/// `builtins.typeOf`.
pub(super) fn type_of(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    Ok(Value::string(arg(ev, args, 0, span)?.type_name()))
}

pub(super) fn function_args(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    match arg(ev, args, 0, span)? {
        Value::Lambda(closure) => match &closure.lambda.param {
            crate::ir::Param::Formals { formals, .. } => {
                Ok(Value::Attrs(Rc::new(Attrs::from_entries(
                    formals
                        .iter()
                        .map(|f| AttrEntry {
                            span: Some(f.span),
                            ..AttrEntry::new(
                                f.name.as_str(),
                                Thunk::ready(Value::Bool(f.default.is_some())),
                            )
                        })
                        .collect(),
                ))))
            }
            crate::ir::Param::Ident(_) => Ok(Value::Attrs(Rc::new(Attrs::default()))),
        },
        Value::Builtin(_) => Ok(Value::Attrs(Rc::new(Attrs::default()))),
        _ => Err(EvalError::message(
            "'functionArgs' requires a function",
            Some(span),
        )),
    }
}
