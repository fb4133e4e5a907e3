//! Definition values shown in messages as nixpkgs shows them: `lib.generators.toPretty`
//! (multi-line) cut to five lines by `showDefs`.

use crate::eval::{EvalResult, Evaluator, Value};
use crate::modules::Def;

const DEPTH_LIMIT: usize = 10;

/// `showDefs`: one `\n- In `file'` line per definition, with its value when it evaluates.
pub fn show_defs(ev: &mut Evaluator, defs: &[&Def]) -> String {
    let mut out = String::new();
    for def in defs {
        out.push_str(&format!("\n- In `{}'", def.file));
        let pretty = ev
            .force(&def.value, def.location())
            .and_then(|value| to_pretty(ev, &value, "", 0));
        let Ok(pretty) = pretty else { continue };
        let lines: Vec<&str> = pretty.split('\n').collect();
        let mut shown: Vec<&str> = lines.iter().take(5).copied().collect();
        if lines.len() > 5 {
            shown.push("...");
        }
        if lines.len() > 1 {
            out.push_str(":\n    ");
            out.push_str(&shown.join("\n    "));
        } else {
            out.push_str(": ");
            out.push_str(&shown.join(""));
        }
    }
    out
}

/// `lib.generators.toPretty { multiline = true; }`.
pub fn to_pretty(
    ev: &mut Evaluator,
    value: &Value,
    indent: &str,
    depth: usize,
) -> EvalResult<String> {
    if depth > DEPTH_LIMIT {
        return Ok("<unevaluated>".to_owned());
    }
    let intro = format!("\n{indent}  ");
    let outro = format!("\n{indent}");
    let deeper = format!("{indent}  ");
    Ok(match value {
        Value::Null => "null".to_owned(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => crate::eval::print::format_float(*f),
        Value::Path(p) => p.to_string(),
        Value::String(s) => pretty_string(s, &intro, &outro),
        Value::List(items) if items.is_empty() => "[ ]".to_owned(),
        Value::List(items) => {
            let mut parts = Vec::with_capacity(items.len());
            for item in items.iter() {
                let inner = ev.force(item, None)?;
                parts.push(to_pretty(ev, &inner, &deeper, depth + 1)?);
            }
            format!("[{intro}{}{outro}]", parts.join(&intro))
        }
        Value::Lambda(closure) => match &closure.lambda.param {
            crate::ir::Param::Formals { formals, .. } if !formals.is_empty() => {
                let mut names: Vec<String> = formals
                    .iter()
                    .map(|f| {
                        if f.default.is_some() {
                            format!("{}?", f.name)
                        } else {
                            f.name.to_string()
                        }
                    })
                    .collect();
                names.sort();
                format!("<function, args: {{{}}}>", names.join(", "))
            }
            _ => "<function>".to_owned(),
        },
        Value::Builtin(_) => "<function>".to_owned(),
        Value::Attrs(attrs) if attrs.is_empty() => "{ }".to_owned(),
        Value::Attrs(attrs) => {
            if let Some(kind) = attrs.get("type") {
                if let Ok(Value::String(kind)) = ev.force(&kind.value.clone(), None) {
                    if &*kind == "derivation" {
                        let name = match attrs.get("name") {
                            Some(n) => match ev.force(&n.value.clone(), None)? {
                                Value::String(s) => s.to_string(),
                                _ => "???".to_owned(),
                            },
                            None => "???".to_owned(),
                        };
                        return Ok(format!("<derivation {name}>"));
                    }
                }
            }
            let mut parts = Vec::with_capacity(attrs.len());
            for entry in attrs.entries() {
                let inner = ev.force(&entry.value, None)?;
                let shown = to_pretty(ev, &inner, &deeper, depth + 1)?;
                parts.push(format!(
                    "{} = {shown};",
                    crate::eval::print::quote_attr_name(entry.name.as_str())
                ));
            }
            format!("{{{intro}{}{outro}}}", parts.join(&intro))
        }
    })
}

fn pretty_string(s: &str, intro: &str, outro: &str) -> String {
    let lines: Vec<&str> = s.split('\n').collect();
    if lines.len() > 1 {
        let escaped: Vec<String> = lines
            .iter()
            .map(|line| {
                line.replace("${", "''${")
                    .replace("''", "'''")
                    .replace("'''${", "''${")
            })
            .collect();
        let last = escaped.last().cloned().unwrap_or_default();
        let init = &escaped[..escaped.len() - 1];
        let ending = if last.is_empty() {
            outro.to_owned()
        } else {
            format!("{intro}{last}")
        };
        format!("''{intro}{}{ending}''", init.join(intro))
    } else {
        let escaped = s
            .replace('\\', "\\\\")
            .replace('"', "\\\"")
            .replace("${", "\\${");
        format!("\"{escaped}\"")
    }
}
