//! Values to and from text formats (JSON).

use std::rc::Rc;

use super::*;

/// `builtins.fromJSON`.
pub(super) fn from_j_s_o_n(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let text = string(ev, args, 0, span)?;
    ev.charge_bytes(text.len(), span)?;
    let json: serde_json::Value = serde_json::from_str(&text)
        .map_err(|e| EvalError::message(format!("while parsing JSON: {e}"), Some(span)))?;
    Ok(from_json(&json))
}

/// `builtins.toJSON`.
pub(super) fn to_j_s_o_n(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let v = arg(ev, args, 0, span)?;
    Ok(Value::string(&crate::eval::print::to_json(ev, &v, span)?))
}

fn from_json(json: &serde_json::Value) -> Value {
    match json {
        serde_json::Value::Null => Value::Null,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or(0.0)),
        },
        serde_json::Value::String(s) => Value::string(s),
        serde_json::Value::Array(items) => list_of(items.iter().map(from_json).collect()),
        serde_json::Value::Object(map) => Value::Attrs(Rc::new(Attrs::from_entries(
            map.iter()
                .map(|(k, v)| AttrEntry::new(k, Thunk::ready(from_json(v))))
                .collect(),
        ))),
    }
}
