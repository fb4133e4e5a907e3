//! Paths and the files they name, read only through `EvalIo` and inside the project root.

use std::rc::Rc;

use super::*;

/// `builtins.baseNameOf`.
pub(super) fn base_name_of(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let p = coerce(ev, &args[0], span, false)?;
    Ok(Value::string(&crate::path::base_name_of(&p)))
}

/// `builtins.dirOf`.
pub(super) fn dir_of(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let v = arg(ev, args, 0, span)?;
    match v {
        Value::Path(p) => Ok(Value::Path(Rc::from(crate::path::dir_of(&p)))),
        other => {
            let t = ev.coerce_to_string(&other, span, false)?;
            Ok(Value::string(&crate::path::dir_of(&t)))
        }
    }
}

/// `builtins.import`.
pub(super) fn import_file(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let v = arg(ev, args, 0, span)?;
    let path = match v {
        Value::Path(p) => p.to_string(),
        Value::String(p) if p.starts_with('/') => p.to_string(),
        Value::String(p) => {
            return Err(EvalError::message(
                format!("string '{p}' doesn't represent an absolute path"),
                Some(span),
            ))
        }
        other => {
            ev.coerce_to_string(&other, span, false)?;
            return Err(EvalError::message(
                format!("cannot import {}", other.type_phrase()),
                Some(span),
            ));
        }
    };
    ev.import(&path, Some(span))
}

/// `builtins.pathExists`.
pub(super) fn path_exists(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let p = accessible_path_arg(ev, args, 0, span)?;
    Ok(Value::Bool(ev.io().path_exists(&p)))
}

/// `builtins.readFile`.
pub(super) fn read_file(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let p = accessible_path_arg(ev, args, 0, span)?;
    ev.io()
        .read_file(&p)
        .map(|t| Value::string(&t))
        .map_err(|m| EvalError::message(m, Some(span)))
}
