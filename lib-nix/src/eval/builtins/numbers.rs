//! Arithmetic, bits, rounding and ordering.

use super::*;

/// `builtins.add`.
pub(super) fn add(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let (x, y) = (arg(ev, args, 0, span)?, arg(ev, args, 1, span)?);
    ev.arithmetic(crate::ir::BinaryOp::Add, x, y, span)
}

/// `builtins.sub`.
pub(super) fn sub(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let (x, y) = (arg(ev, args, 0, span)?, arg(ev, args, 1, span)?);
    ev.arithmetic(crate::ir::BinaryOp::Sub, x, y, span)
}

/// `builtins.mul`.
pub(super) fn mul(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let (x, y) = (arg(ev, args, 0, span)?, arg(ev, args, 1, span)?);
    ev.arithmetic(crate::ir::BinaryOp::Mul, x, y, span)
}

/// `builtins.div`.
pub(super) fn div(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let (x, y) = (arg(ev, args, 0, span)?, arg(ev, args, 1, span)?);
    ev.arithmetic(crate::ir::BinaryOp::Div, x, y, span)
}

/// `builtins.bitAnd`.
pub(super) fn bit_and(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    Ok(Value::Int(
        int(ev, args, 0, span)? & int(ev, args, 1, span)?,
    ))
}

/// `builtins.bitOr`.
pub(super) fn bit_or(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    Ok(Value::Int(
        int(ev, args, 0, span)? | int(ev, args, 1, span)?,
    ))
}

/// `builtins.bitXor`.
pub(super) fn bit_xor(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    Ok(Value::Int(
        int(ev, args, 0, span)? ^ int(ev, args, 1, span)?,
    ))
}

/// `builtins.ceil`.
pub(super) fn ceil(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    float_to_int(ev, args, span, f64::ceil)
}

/// `builtins.floor`.
pub(super) fn floor(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    float_to_int(ev, args, span, f64::floor)
}

/// `builtins.lessThan`.
pub(super) fn less_than(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let (x, y) = (arg(ev, args, 0, span)?, arg(ev, args, 1, span)?);
    Ok(Value::Bool(ev.less_than(&x, &y, span)?))
}

/// A whole float as Nix 2.8 converts it (a C++ cast, compiled to x86-64's `cvttsd2si`):
/// one out of the range of a 64-bit integer, or not a number, becomes the smallest
/// integer, not the nearest.
fn float_as_int(whole: f64) -> i64 {
    // 2^63, the first float past the largest integer.
    const LIMIT: f64 = 9_223_372_036_854_775_808.0;
    // Not a number is in no range.
    if (-LIMIT..LIMIT).contains(&whole) {
        whole as i64
    } else {
        i64::MIN
    }
}

fn float_to_int(
    ev: &mut Evaluator,
    args: &[Thunk],
    span: Span,
    round: fn(f64) -> f64,
) -> EvalResult<Value> {
    match arg(ev, args, 0, span)? {
        Value::Int(i) => Ok(Value::Int(i)),
        Value::Float(f) => Ok(Value::Int(float_as_int(round(f)))),
        other => Err(ev.type_error(&other, "a float", span)),
    }
}
