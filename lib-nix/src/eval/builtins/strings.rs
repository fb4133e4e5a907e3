//! Builtins on strings: slicing, joining, replacing, regular expressions, versions.

use std::rc::Rc;

use super::*;

/// `builtins.compareVersions`.
pub(super) fn compare_versions(
    ev: &mut Evaluator,
    args: &[Thunk],
    span: Span,
) -> EvalResult<Value> {
    let (x, y) = (string(ev, args, 0, span)?, string(ev, args, 1, span)?);
    Ok(Value::Int(crate::version::compare_versions(&x, &y) as i64))
}

/// `builtins.splitVersion`.
pub(super) fn split_version(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let v = string(ev, args, 0, span)?;
    Ok(list_of(
        crate::version::split_version(&v)
            .into_iter()
            .map(Value::string)
            .collect(),
    ))
}

/// `builtins.concatStringsSep`.
pub(super) fn concat_strings_sep(
    ev: &mut Evaluator,
    args: &[Thunk],
    span: Span,
) -> EvalResult<Value> {
    let sep = string(ev, args, 0, span)?;
    let items = list(ev, args, 1, span)?;
    ev.charge_items(items.len(), span)?;
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
            ev.charge_bytes(sep.len(), span)?;
        }
        out.push_str(&coerce(ev, item, span, false)?);
    }
    Ok(Value::string(&out))
}

/// `builtins.parseDrvName`.
pub(super) fn parse_drv_name(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let text = string(ev, args, 0, span)?;
    let (name, version) = split_drv_name(&text);
    Ok(Value::Attrs(Rc::new(Attrs::from_entries(vec![
        AttrEntry::new("name", Thunk::ready(Value::string(&name))),
        AttrEntry::new("version", Thunk::ready(Value::string(&version))),
    ]))))
}

/// `builtins.stringLength`.
pub(super) fn string_length(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let text = coerce(ev, &args[0], span, false)?;
    Ok(Value::Int(text.len() as i64))
}

/// `builtins.substring`.
pub(super) fn substring(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let start = int(ev, args, 0, span)?;
    let len = int(ev, args, 1, span)?;
    let text = coerce(ev, &args[2], span, false)?;
    if start < 0 {
        return Err(EvalError::message(
            "negative start position in 'substring'",
            Some(span),
        ));
    }
    let bytes = text.as_bytes();
    let start = (start as usize).min(bytes.len());
    let end = if len < 0 {
        bytes.len()
    } else {
        start.saturating_add(len as usize).min(bytes.len())
    };
    Ok(Value::string(&String::from_utf8_lossy(&bytes[start..end])))
}

/// `builtins.toString`.
pub(super) fn to_string(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let v = arg(ev, args, 0, span)?;
    let text = ev.coerce_to_string(&v, span, true)?;
    ev.charge_bytes(text.len(), span)?;
    Ok(Value::string(&text))
}

fn split_drv_name(text: &str) -> (String, String) {
    let bytes = text.as_bytes();
    for index in 0..bytes.len() {
        if bytes[index] == b'-'
            && bytes
                .get(index + 1)
                .is_some_and(|c| !c.is_ascii_alphabetic())
        {
            return (text[..index].to_owned(), text[index + 1..].to_owned());
        }
    }
    (text.to_owned(), String::new())
}

fn compile_regex(pattern: &str, anchored: bool, span: Span) -> EvalResult<regex::Regex> {
    let source = if anchored {
        format!("^(?:{pattern})$")
    } else {
        pattern.to_owned()
    };
    regex::Regex::new(&source).map_err(|_| {
        EvalError::message(
            format!("invalid regular expression '{pattern}'"),
            Some(span),
        )
    })
}

pub(super) fn match_regex(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let pattern = string(ev, args, 0, span)?;
    let text = coerce(ev, &args[1], span, false)?;
    ev.charge_bytes(text.len(), span)?;
    let regex = compile_regex(&pattern, true, span)?;
    match regex.captures(&text) {
        None => Ok(Value::Null),
        Some(captures) => Ok(list_of(
            captures
                .iter()
                .skip(1)
                .map(|group| match group {
                    Some(m) => Value::string(m.as_str()),
                    None => Value::Null,
                })
                .collect(),
        )),
    }
}

pub(super) fn split(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let pattern = string(ev, args, 0, span)?;
    let text = coerce(ev, &args[1], span, false)?;
    ev.charge_bytes(text.len(), span)?;
    let regex = compile_regex(&pattern, false, span)?;
    let mut out = Vec::new();
    let mut last = 0;
    for captures in regex.captures_iter(&text) {
        let whole = captures.get(0).expect("group 0 always matches");
        out.push(Value::string(&text[last..whole.start()]));
        out.push(list_of(
            captures
                .iter()
                .skip(1)
                .map(|group| match group {
                    Some(m) => Value::string(m.as_str()),
                    None => Value::Null,
                })
                .collect(),
        ));
        last = whole.end();
    }
    out.push(Value::string(&text[last..]));
    Ok(list_of(out))
}

pub(super) fn replace_strings(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let from_items = list(ev, args, 0, span)?;
    let to_items = list(ev, args, 1, span)?;
    if from_items.len() != to_items.len() {
        return Err(EvalError::message(
            "'from' and 'to' arguments to 'replaceStrings' have different lengths",
            Some(span),
        ));
    }
    let mut from = Vec::new();
    for item in from_items.iter() {
        let v = ev.force(item, Some(span))?;
        from.push(expect_string(ev, v, span)?);
    }
    let mut to_cache: Vec<Option<String>> = vec![None; to_items.len()];
    let text = coerce(ev, &args[2], span, false)?;
    ev.charge_bytes(text.len().saturating_mul(from.len()), span)?;
    let mut out = String::new();
    let mut position = 0;
    let bytes = text.as_bytes();
    while position <= bytes.len() {
        let mut matched = false;
        for (index, pattern) in from.iter().enumerate() {
            if bytes[position..].starts_with(pattern.as_bytes()) {
                if to_cache[index].is_none() {
                    let v = ev.force(&to_items[index], Some(span))?;
                    to_cache[index] = Some(ev.coerce_to_string(&v, span, false)?);
                }
                let replacement = to_cache[index].as_deref().unwrap_or("");
                ev.charge_bytes(replacement.len(), span)?;
                out.push_str(replacement);
                if pattern.is_empty() {
                    if let Some(c) = text[position..].chars().next() {
                        out.push(c);
                        position += c.len_utf8();
                    } else {
                        position += 1;
                    }
                } else {
                    position += pattern.len();
                }
                matched = true;
                break;
            }
        }
        if !matched {
            match text[position..].chars().next() {
                Some(c) => {
                    out.push(c);
                    position += c.len_utf8();
                }
                None => break,
            }
        }
    }
    Ok(Value::string(&out))
}
