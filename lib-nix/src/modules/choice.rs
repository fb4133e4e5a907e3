//! Definitions chosen by what ncc cannot know: `optionalAttrs (options ? age) { ... }`
//! or `if options ? home-manager then { ... } else { ... }` where a module's definitions
//! are expected (its `config`, an element of `mkMerge`, the content of `mkIf`), also
//! beside known definitions (`{ ... } // optionalAttrs (options ? age) { ... }`).
//!
//! NixOS takes one branch. ncc, which cannot tell which, takes each branch as the
//! content of an `mkIf` on that question (the other branch under its negation), which
//! is what the choice means to the module system: every option such a branch sets is
//! unknown where it is read, and nothing else is (DESIGN.md §8.2).

use std::rc::Rc;

use crate::eval::{AttrEntry, Attrs, Env, EvalError, EvalResult, Evaluator, Thunk, Value};
use crate::ir::{BinaryOp, Expr, ExprId, Param};
use crate::name::Name;

/// The written form of a thunk not yet forced, kept only where it may be such a choice
/// (an `if`, a call, a `//`): read before forcing, as a thunk that failed no longer has
/// it.
pub fn written_choice(ev: &Evaluator, thunk: &Thunk) -> Option<(ExprId, Rc<Env>)> {
    let expr = thunk.suspended_expr()?;
    match ev.ir.expr(expr) {
        Expr::If { .. }
        | Expr::Apply { .. }
        | Expr::Binary {
            op: BinaryOp::Update,
            ..
        } => thunk.suspended_parts(),
        _ => None,
    }
}

/// One part of the definitions a choice gives: `content`, held by the `mkIf` `wrapper`
/// where it is a branch, or plain where it is what every branch has (the known side
/// of `{ ... } // optionalAttrs (options ? age) { ... }`).
pub struct Branch {
    pub wrapper: Option<Rc<Attrs>>,
    pub content: Thunk,
}

/// The parts of the choice `expr` (in `env`) makes on a question ncc cannot know;
/// `None` when `expr` is no such choice, or its question is known (the unknown came from
/// elsewhere).
pub fn unknown_choice_branches(
    ev: &mut Evaluator,
    expr: ExprId,
    env: &Rc<Env>,
) -> Option<Vec<Branch>> {
    match ev.ir.expr(expr) {
        Expr::If {
            condition,
            then,
            otherwise,
        } => {
            let (condition, then, otherwise) = (*condition, *then, *otherwise);
            let question = ev.thunk(condition, env);
            if !is_unknown(ev, &question) {
                return None;
            }
            let then = ev.thunk(then, env);
            let otherwise = ev.thunk(otherwise, env);
            Some(vec![
                conditional(question.clone(), then),
                conditional(negated(question), otherwise),
            ])
        }
        Expr::Apply { function, argument } => {
            let (function, set) = (*function, *argument);
            let Expr::Apply {
                function,
                argument: condition,
            } = ev.ir.expr(function)
            else {
                return None;
            };
            let (function, condition) = (*function, *condition);
            if !is_optional_attrs(ev, function, env) {
                return None;
            }
            let question = ev.thunk(condition, env);
            if !is_unknown(ev, &question) {
                return None;
            }
            let set = ev.thunk(set, env);
            Some(vec![conditional(question, set)])
        }
        Expr::Binary {
            op: BinaryOp::Update,
            left,
            right,
            ..
        } => {
            let (left, right) = (*left, *right);
            let left = side(ev, left, env)?;
            let right = side(ev, right, env)?;
            if left.iter().chain(&right).all(|part| part.wrapper.is_none()) {
                return None;
            }
            // `left // right` defines what each side defines only where no name is on
            // both sides; otherwise the right side's value replaces the left's.
            let left_names = names(ev, &left)?;
            let right_names = names(ev, &right)?;
            if left_names.iter().any(|name| right_names.contains(name)) {
                return None;
            }
            Some(left.into_iter().chain(right).collect())
        }
        _ => None,
    }
}

/// One side of `//`: itself where it is known, its parts where it is a choice.
fn side(ev: &mut Evaluator, expr: ExprId, env: &Rc<Env>) -> Option<Vec<Branch>> {
    let thunk = ev.thunk(expr, env);
    match ev.force(&thunk, None) {
        Ok(_) => Some(vec![Branch {
            wrapper: None,
            content: thunk,
        }]),
        Err(error) if error.is_unknown() => unknown_choice_branches(ev, expr, env),
        Err(_) => None,
    }
}

/// The names the parts define; `None` where one is not a set ncc knows.
fn names(ev: &mut Evaluator, parts: &[Branch]) -> Option<Vec<Name>> {
    let mut names = Vec::new();
    for part in parts {
        let Ok(Value::Attrs(set)) = ev.force(&part.content, None) else {
            return None;
        };
        names.extend(set.entries().iter().map(|entry| entry.name.clone()));
    }
    Some(names)
}

fn is_unknown(ev: &mut Evaluator, question: &Thunk) -> bool {
    matches!(ev.force(question, None), Err(error) if error.is_unknown())
}

/// Whether `function` (in `env`) is `lib.optionalAttrs`, however it is reached
/// (`lib.optionalAttrs`, `inherit (lib) optionalAttrs`, the `lib` of another nixpkgs
/// release): a function `cond: set: if cond then set else { }`, known by that shape.
fn is_optional_attrs(ev: &mut Evaluator, function: ExprId, env: &Rc<Env>) -> bool {
    let function = ev.thunk(function, env);
    let Ok(Value::Lambda(called)) = ev.force(&function, None) else {
        return false;
    };
    let Expr::Lambda(inner) = ev.ir.expr(called.lambda.body) else {
        return false;
    };
    let (Param::Ident(_), Param::Ident(_)) = (&called.lambda.param, &inner.param) else {
        return false;
    };
    let Expr::If {
        condition,
        then,
        otherwise,
    } = ev.ir.expr(inner.body)
    else {
        return false;
    };
    is_variable(ev, *condition, 1) && is_variable(ev, *then, 0) && is_empty_set(ev, *otherwise)
}

/// Whether `expr` is the parameter of the function `up` frames out.
fn is_variable(ev: &Evaluator, expr: ExprId, up: u32) -> bool {
    match ev.ir.expr(expr) {
        Expr::Local {
            up: frames, slot, ..
        } => *frames == up && *slot == 0,
        _ => false,
    }
}

/// Whether `expr` is `{ }`.
fn is_empty_set(ev: &Evaluator, expr: ExprId) -> bool {
    match ev.ir.expr(expr) {
        Expr::Attrs(set) => set.entries.is_empty() && set.dynamic.is_empty(),
        _ => false,
    }
}

/// `content` under `mkIf question`, as nixpkgs' `mkIf` makes it.
fn conditional(question: Thunk, content: Thunk) -> Branch {
    let wrapper = Attrs::from_entries(vec![
        AttrEntry::new("_type", Thunk::ready(Value::string("if"))),
        AttrEntry::new("condition", question),
        AttrEntry::new("content", content.clone()),
    ]);
    Branch {
        wrapper: Some(Rc::new(wrapper)),
        content,
    }
}

/// `!question`.
fn negated(question: Thunk) -> Thunk {
    Thunk::native(move |ev| -> EvalResult<Value> {
        match ev.force(&question, None)? {
            Value::Bool(value) => Ok(Value::Bool(!value)),
            other => Err(EvalError::message(
                format!(
                    "value is {} while a Boolean was expected",
                    other.type_phrase()
                ),
                None,
            )),
        }
    })
}
