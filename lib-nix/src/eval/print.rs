//! Values printed exactly as `nix-instantiate --eval --strict` (Nix 2.8) prints them,
//! and as `--json` prints them. Printing is charged to the evaluation budget by what it
//! visits and writes, and nests under the depth limit, so no value can make it hang or
//! overflow the stack.

use std::collections::HashSet;
use std::fmt::Write;
use std::rc::Rc;

use crate::diagnostic::Span;
use crate::eval::{EvalError, EvalResult, Evaluator, Thunk, Value};
use crate::name::Name;

/// Prints a fully forced value in Nix's syntax. Forces what it prints. A set or list
/// met a second time prints as `«repeated»`, as Nix 2.8 prints it. The walk keeps its
/// own stack, so the depth of the value does not matter.
pub fn print_value(evaluator: &mut Evaluator, value: &Value, span: Span) -> EvalResult<String> {
    enum Step {
        Value(Thunk),
        Text(&'static str),
        Name(Name),
    }
    let mut out = String::new();
    let mut seen = HashSet::new();
    let mut steps = Vec::new();
    let mut next = Some(value.clone());
    loop {
        let value = match next.take() {
            Some(value) => value,
            None => match steps.pop() {
                None => return Ok(out),
                Some(Step::Text(text)) => {
                    out.push_str(text);
                    continue;
                }
                Some(Step::Name(name)) => {
                    out.push_str(&quote_attr_name(name.as_str()));
                    out.push_str(" = ");
                    continue;
                }
                Some(Step::Value(thunk)) => evaluator.force(&thunk, Some(span))?,
            },
        };
        match &value {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Value::Float(f) => out.push_str(&format_float(*f)),
            Value::String(s) => {
                evaluator.charge_bytes(s.len(), span)?;
                out.push_str(&quote_string(s));
            }
            Value::Path(p) => out.push_str(p),
            Value::Lambda(_) => out.push_str("<LAMBDA>"),
            Value::Builtin(app) => out.push_str(if app.args.is_empty() {
                "<PRIMOP>"
            } else {
                "<PRIMOP-APP>"
            }),
            Value::Attrs(attrs) => {
                if !attrs.is_empty() && !seen.insert(Rc::as_ptr(attrs) as *const u8 as usize) {
                    out.push_str("«repeated»");
                    continue;
                }
                evaluator.charge_items(attrs.len(), span)?;
                out.push_str("{ ");
                steps.push(Step::Text("}"));
                for entry in attrs.entries().iter().rev() {
                    steps.push(Step::Text("; "));
                    steps.push(Step::Value(entry.value.clone()));
                    steps.push(Step::Name(entry.name.clone()));
                }
            }
            Value::List(items) => {
                if !items.is_empty() && !seen.insert(items.as_ptr() as usize) {
                    out.push_str("«repeated»");
                    continue;
                }
                evaluator.charge_items(items.len(), span)?;
                out.push_str("[ ");
                steps.push(Step::Text("]"));
                for item in items.iter().rev() {
                    steps.push(Step::Text(" "));
                    steps.push(Step::Value(item.clone()));
                }
            }
        }
    }
}

/// A string literal as Nix prints it.
pub fn quote_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '$' if chars.peek() == Some(&'{') => out.push_str("\\$"),
            other => out.push(other),
        }
    }
    out.push('"');
    out
}

/// An attribute name, quoted unless it is a plain identifier.
pub fn quote_attr_name(name: &str) -> String {
    let mut chars = name.chars();
    let plain = match chars.next() {
        Some(first) if first.is_ascii_alphabetic() || first == '_' => {
            chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '\'' || c == '-')
        }
        _ => false,
    };
    // Nix 2.8 quotes `if` but prints the other keywords bare (seen in the corpus).
    if plain && name != "if" {
        name.to_owned()
    } else {
        // Nix 2.8 escapes every `$` in a quoted attribute name, not only `${`.
        let mut quoted = String::with_capacity(name.len() + 2);
        quoted.push('"');
        for c in name.chars() {
            match c {
                '"' => quoted.push_str("\\\""),
                '\\' => quoted.push_str("\\\\"),
                '\n' => quoted.push_str("\\n"),
                '\r' => quoted.push_str("\\r"),
                '\t' => quoted.push_str("\\t"),
                '$' => quoted.push_str("\\$"),
                other => quoted.push(other),
            }
        }
        quoted.push('"');
        quoted
    }
}

/// A float as C++'s `ostream <<` prints it (`%g`, six significant digits).
pub fn format_float(value: f64) -> String {
    if value.is_nan() {
        return if value.is_sign_negative() {
            "-nan"
        } else {
            "nan"
        }
        .to_owned();
    }
    if value.is_infinite() {
        return if value < 0.0 { "-inf" } else { "inf" }.to_owned();
    }
    if value == 0.0 {
        return if value.is_sign_negative() { "-0" } else { "0" }.to_owned();
    }
    let precision = 6i32;
    let scientific = format!("{:.*e}", (precision - 1) as usize, value);
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    if exponent < -4 || exponent >= precision {
        let mantissa = strip_zeros(mantissa);
        let sign = if exponent < 0 { '-' } else { '+' };
        format!("{mantissa}e{sign}{:02}", exponent.abs())
    } else {
        let decimals = (precision - 1 - exponent).max(0) as usize;
        strip_zeros(&format!("{value:.decimals$}"))
    }
}

fn strip_zeros(text: &str) -> String {
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text.to_owned()
    }
}

/// `toString` of a float: C's `%f`.
pub fn format_float_to_string(value: f64) -> String {
    format!("{value:.6}")
}

/// The value as JSON, as `builtins.toJSON` and `--json` write it.
pub fn to_json(evaluator: &mut Evaluator, value: &Value, span: Span) -> EvalResult<String> {
    to_json_in(
        evaluator,
        value,
        span,
        &mut crate::eval::context::Context::new(),
    )
}

/// As [`to_json`], adding the context of every string written to `context`.
pub fn to_json_in(
    evaluator: &mut Evaluator,
    value: &Value,
    span: Span,
    context: &mut crate::eval::context::Context,
) -> EvalResult<String> {
    enum Step {
        Value(Thunk),
        Text(&'static str),
        Key(Name),
    }
    let mut out = String::new();
    let mut steps = Vec::new();
    let mut next = Some(value.clone());
    loop {
        let value = match next.take() {
            Some(value) => value,
            None => match steps.pop() {
                None => return Ok(out),
                Some(Step::Text(text)) => {
                    out.push_str(text);
                    continue;
                }
                Some(Step::Key(name)) => {
                    out.push_str(&json_string(name.as_str()));
                    out.push(':');
                    continue;
                }
                Some(Step::Value(thunk)) => evaluator.force(&thunk, Some(span))?,
            },
        };
        match &value {
            Value::Null => out.push_str("null"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Value::Float(f) => out.push_str(&json_float(*f)),
            Value::String(s) => {
                evaluator.charge_bytes(s.len(), span)?;
                evaluator.collect_context(&value, context);
                out.push_str(&json_string(s));
            }
            Value::Path(p) => match evaluator.copied_to_store(value.clone(), span)? {
                // As Nix does, a path is written as the store path it is copied to.
                copied @ Value::String(_) => {
                    evaluator.collect_context(&copied, context);
                    if let Value::String(stored) = &copied {
                        out.push_str(&json_string(stored));
                    }
                }
                _ => out.push_str(&json_string(p)),
            },
            Value::List(items) => {
                evaluator.charge_items(items.len(), span)?;
                out.push('[');
                steps.push(Step::Text("]"));
                for (index, item) in items.iter().enumerate().rev() {
                    steps.push(Step::Value(item.clone()));
                    if index > 0 {
                        steps.push(Step::Text(","));
                    }
                }
            }
            Value::Attrs(attrs) => {
                if attrs.get("__toString").is_some() {
                    let text = evaluator.coerce_to_string_in(&value, span, false, context)?;
                    out.push_str(&json_string(&text));
                    continue;
                }
                if let Some(out_path) = attrs.get("outPath") {
                    steps.push(Step::Value(out_path.value.clone()));
                    continue;
                }
                evaluator.charge_items(attrs.len(), span)?;
                out.push('{');
                steps.push(Step::Text("}"));
                for (index, entry) in attrs.entries().iter().enumerate().rev() {
                    steps.push(Step::Value(entry.value.clone()));
                    steps.push(Step::Key(entry.name.clone()));
                    if index > 0 {
                        steps.push(Step::Text(","));
                    }
                }
            }
            Value::Lambda(_) | Value::Builtin(_) => {
                return Err(EvalError::message(
                    "cannot convert a function to JSON",
                    Some(span),
                ))
            }
        }
    }
}

fn json_float(value: f64) -> String {
    // Nix 2.8 writes floats to JSON as its printer does: six significant digits.
    format_float(value)
}

/// A JSON string literal with the escapes Nix writes.
pub fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_like_cpp_streams() {
        assert_eq!(format_float(1.0), "1");
        assert_eq!(format_float(0.1), "0.1");
        assert_eq!(format_float(1e20), "1e+20");
        assert_eq!(format_float(10.0 / 3.0), "3.33333");
        assert_eq!(format_float(123456789.0), "1.23457e+08");
        assert_eq!(format_float(0.0001), "0.0001");
        assert_eq!(format_float(0.00001), "1e-05");
        assert_eq!(format_float(-2.5), "-2.5");
    }
}
