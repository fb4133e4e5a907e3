//! Type tests and function introspection.

use std::rc::Rc;

use super::*;
use crate::eval::opaque;

/// `builtins.isAttrs`.
pub(super) fn is_attrs(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let value = arg(ev, args, 0, span)?;
    if value.opaque().is_some_and(opaque::is_unread_file_value) {
        return typed_arg(ev, args, span).map(|_| Value::Bool(true));
    }
    Ok(Value::Bool(matches!(value, Value::Attrs(_))))
}

/// `builtins.isBool`.
pub(super) fn is_bool(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    Ok(Value::Bool(matches!(
        typed_arg(ev, args, span)?,
        Value::Bool(_)
    )))
}

/// `builtins.isFloat`.
pub(super) fn is_float(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    Ok(Value::Bool(matches!(
        typed_arg(ev, args, span)?,
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
        typed_arg(ev, args, span)?,
        Value::Int(_)
    )))
}

/// `builtins.isList`.
pub(super) fn is_list(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    Ok(Value::Bool(matches!(
        typed_arg(ev, args, span)?,
        Value::List(_)
    )))
}

/// `builtins.isNull`.
pub(super) fn is_null(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let value = arg(ev, args, 0, span)?;
    // As `== null`: only a value of a file ncc does not read may be null.
    if value.opaque().is_some_and(opaque::is_unread_file_value) {
        return typed_arg(ev, args, span).map(|_| Value::Bool(false));
    }
    Ok(Value::Bool(matches!(value, Value::Null)))
}

/// `builtins.isPath`.
pub(super) fn is_path(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    Ok(Value::Bool(matches!(
        typed_arg(ev, args, span)?,
        Value::Path(_)
    )))
}

/// `builtins.isString`.
pub(super) fn is_string(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    Ok(Value::Bool(matches!(
        typed_arg(ev, args, span)?,
        Value::String(_)
    )))
}

/// `builtins.typeOf`.
pub(super) fn type_of(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    Ok(Value::string(typed_arg(ev, args, span)?.type_name()))
}

/// The argument of a type test (`isString`, `isInt`, `typeOf`; `isAttrs` and `isNull`
/// of a value of a file ncc does not read, as a package or an input is a set). A value
/// ncc stands in for (`VARS.domain` of a private input's file, `pkgs.hello.version`) is
/// taken for a set wherever it is read, but may be a string, a number, a list or null
/// where Nix has it: asked by the project's code, what its type is, is unknown
/// (DESIGN.md §8.3), never a known answer that would fail an assertion (`isString x ||
/// x == null`, `isNull x || isAttrs x`) or pick a `throw`. ncc's own Nix sources (its `lib`, its flake wiring) take the
/// stand-in for the package it stands for, as they were written to.
fn typed_arg(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let value = arg(ev, args, 0, span)?;
    if let Some(what) = value.opaque() {
        if !crate::source::is_ncc_own(&ev.sources.file(span.file).path) {
            return Err(EvalError::unknown(
                format!("the type of `{what}'"),
                Some(span),
            ));
        }
    }
    Ok(value)
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
