//! Values to and from text formats: JSON, TOML, XML.

use std::rc::Rc;

use super::*;
use crate::eval::print::format_float;

/// `builtins.fromJSON`.
pub(super) fn from_json(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let text = string(ev, args, 0, span)?;
    ev.charge_bytes(text.len(), span)?;
    if let Some(value) = read_before(&text) {
        return Ok(value);
    }
    let value = {
        let text = without_negative_integer_zeros(&text);
        let mut reader = serde_json::Deserializer::from_str(&text);
        serde::de::DeserializeSeed::deserialize(JsonValue, &mut reader)
            .and_then(|value| reader.end().map(|()| value))
            .map_err(|e| EvalError::message(format!("while parsing JSON: {e}"), Some(span)))?
    };
    keep_read(text, &value);
    Ok(value)
}

/// How many texts of at least [`KEPT_LENGTH`] bytes a thread keeps the values of.
const KEPT: usize = 4;
/// The shortest text whose value is kept: shorter ones cost little to read again.
const KEPT_LENGTH: usize = 1024;

thread_local! {
    /// The last long texts `builtins.fromJSON` read on this thread, with their values.
    /// Every host of a flake reads its `flake.lock` (ncc's flake wiring does), each in
    /// an evaluator of its own on one of the process's threads. A value read from JSON
    /// holds only data, every thunk of it evaluated, so evaluators of one thread can
    /// share it as they share any value they never change.
    static READ: std::cell::RefCell<Vec<(Rc<str>, Value)>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// The value of `text` if this thread read it before.
fn read_before(text: &str) -> Option<Value> {
    if text.len() < KEPT_LENGTH {
        return None;
    }
    READ.with_borrow(|read| {
        read.iter()
            .find(|(kept, _)| **kept == *text)
            .map(|(_, value)| value.clone())
    })
}

/// Keeps the value of `text` for the next evaluator of this thread that reads it.
fn keep_read(text: String, value: &Value) {
    if text.len() < KEPT_LENGTH {
        return;
    }
    READ.with_borrow_mut(|read| {
        if read.len() == KEPT {
            read.remove(0);
        }
        read.push((Rc::from(text), value.clone()));
    });
}

/// `builtins.toJSON`.
pub(super) fn to_json(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let v = arg(ev, args, 0, span)?;
    let mut context = Context::new();
    let text = crate::eval::print::to_json_in(ev, &v, span, &mut context)?;
    Ok(ev.string_with_context(&text, context))
}

/// `text` with each integer `-0` written `0`, one space before it so that every
/// position stays where it was: Nix reads that integer as the integer 0, where
/// serde_json reads a float, -0.0, as it reads `-0.0`.
fn without_negative_integer_zeros(text: &str) -> std::borrow::Cow<'_, str> {
    // `-0` at `at` is a whole integer: no digit, fraction or exponent follows.
    let whole = |bytes: &[u8], at: usize| {
        !matches!(bytes.get(at + 2), Some(b'0'..=b'9' | b'.' | b'e' | b'E'))
    };
    let bytes = text.as_bytes();
    let integer_zero_at = |at: usize| {
        let before = bytes[..at].iter().rev().find(|b| !b.is_ascii_whitespace());
        matches!(before, None | Some(b'[' | b',' | b':')) && whole(bytes, at)
    };
    // Most texts have none (a hash in a lock file, `sha256-0…`, is no value of its own):
    // the whole text is walked only when one may be.
    if !memchr::memmem::find_iter(bytes, b"-0").any(integer_zero_at) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut bytes = bytes.to_vec();
    let (mut in_string, mut escaped) = (false, false);
    // The last byte outside a string that is not white space: a value starts after
    // nothing, `[`, `,` or `:`.
    let mut before = b'[';
    for at in 0..bytes.len() {
        let byte = bytes[at];
        if in_string {
            match (escaped, byte) {
                (true, _) => escaped = false,
                (false, b'\\') => escaped = true,
                (false, b'"') => in_string = false,
                _ => {}
            }
            continue;
        }
        let value_starts = matches!(before, b'[' | b',' | b':');
        if !byte.is_ascii_whitespace() {
            before = byte;
        }
        match byte {
            b'"' => in_string = true,
            b'-' if value_starts && bytes.get(at + 1) == Some(&b'0') && whole(&bytes, at) => {
                bytes[at] = b' ';
            }
            _ => {}
        }
    }
    // Only an ASCII byte outside a string was replaced by another.
    std::borrow::Cow::Owned(String::from_utf8(bytes).unwrap_or_else(|_| text.to_owned()))
}

/// A JSON text read straight into a value, as Nix reads it: an integer is a Nix integer
/// (one above the largest wraps around, as Nix 2.8's cast does), a number with a
/// fraction or an exponent a float, and of an object's keys written twice the last one
/// counts.
struct JsonValue;

impl<'de> serde::de::DeserializeSeed<'de> for JsonValue {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, reader: D) -> Result<Value, D::Error> {
        reader.deserialize_any(self)
    }
}

impl<'de> serde::de::Visitor<'de> for JsonValue {
    type Value = Value;

    fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
        formatter.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_bool<E>(self, value: bool) -> Result<Value, E> {
        Ok(Value::Bool(value))
    }

    fn visit_i64<E>(self, value: i64) -> Result<Value, E> {
        Ok(Value::Int(value))
    }

    fn visit_u64<E>(self, value: u64) -> Result<Value, E> {
        Ok(Value::Int(value as i64))
    }

    fn visit_f64<E>(self, value: f64) -> Result<Value, E> {
        Ok(Value::Float(value))
    }

    fn visit_str<E>(self, value: &str) -> Result<Value, E> {
        Ok(Value::string(value))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut items: A) -> Result<Value, A::Error> {
        let mut list = Vec::with_capacity(items.size_hint().unwrap_or(0));
        while let Some(item) = items.next_element_seed(JsonValue)? {
            list.push(item);
        }
        Ok(list_of(list))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
        let mut entries = Vec::with_capacity(map.size_hint().unwrap_or(0));
        while let Some(key) = map.next_key::<String>()? {
            let value = map.next_value_seed(JsonValue)?;
            entries.push(AttrEntry::new(&key, Thunk::ready(value)));
        }
        Ok(Value::Attrs(Rc::new(Attrs::from_entries(entries))))
    }
}

/// `builtins.fromTOML`: a TOML document as a set. Nix has no dates or times, so a
/// document holding one is refused, as Nix refuses it.
pub(super) fn from_toml(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let text = string(ev, args, 0, span)?;
    ev.charge_bytes(text.len(), span)?;
    let table: toml::Table = text.parse().map_err(|error: toml::de::Error| {
        EvalError::message(
            format!("while parsing a TOML string: {}", error.message()),
            Some(span),
        )
    })?;
    toml_value(toml::Value::Table(table)).map_err(|message| {
        EvalError::message(
            format!("while parsing a TOML string: {message}"),
            Some(span),
        )
    })
}

fn toml_value(value: toml::Value) -> Result<Value, String> {
    Ok(match value {
        toml::Value::String(text) => Value::string(&text),
        toml::Value::Integer(i) => Value::Int(i),
        toml::Value::Float(f) => Value::Float(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(_) => return Err("Dates and times are not supported".to_owned()),
        toml::Value::Array(items) => Value::List(
            items
                .into_iter()
                .map(|item| toml_value(item).map(Thunk::ready))
                .collect::<Result<_, _>>()?,
        ),
        toml::Value::Table(table) => Value::Attrs(Rc::new(Attrs::from_entries(
            table
                .into_iter()
                .map(|(key, item)| Ok(AttrEntry::new(&key, Thunk::ready(toml_value(item)?))))
                .collect::<Result<_, String>>()?,
        ))),
    })
}

/// `builtins.toXML`: a value as the XML `nix-instantiate --xml` prints, forcing what it
/// writes. Walks with an explicit stack, so the depth of the value does not matter.
pub(super) fn to_xml(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    enum Work {
        Value(Thunk),
        Attr(Name, Thunk),
        Close(&'static str),
    }
    let mut writer = XmlWriter::default();
    writer
        .out
        .push_str("<?xml version='1.0' encoding='utf-8'?>\n");
    writer.open("expr", &[]);
    let mut work = vec![Work::Close("expr"), Work::Value(args[0].clone())];
    let mut derivations_seen: std::collections::HashSet<String> = Default::default();
    let mut context = Context::new();
    while let Some(item) = work.pop() {
        let thunk = match item {
            Work::Close(name) => {
                writer.close(name);
                continue;
            }
            Work::Attr(name, thunk) => {
                writer.open("attr", &[("name", name.as_str())]);
                work.push(Work::Close("attr"));
                thunk
            }
            Work::Value(thunk) => thunk,
        };
        let value = ev.force(&thunk, Some(span))?;
        ev.charge_items(1, span)?;
        match value {
            Value::Int(i) => writer.empty("int", &[("value", &i.to_string())]),
            Value::Bool(b) => writer.empty("bool", &[("value", if b { "true" } else { "false" })]),
            Value::String(ref s) => {
                ev.charge_bytes(s.len(), span)?;
                ev.collect_context(&value, &mut context);
                writer.empty("string", &[("value", s)])
            }
            Value::Path(p) => writer.empty("path", &[("value", &p)]),
            Value::Null => writer.empty("null", &[]),
            Value::Float(f) => writer.empty("float", &[("value", &format_float(f))]),
            Value::Attrs(set) => {
                let derivation = match set.get("type") {
                    Some(entry) => {
                        matches!(ev.force(&entry.value.clone(), Some(span))?, Value::String(ref t) if &**t == "derivation")
                    }
                    None => false,
                };
                let entries = set.entries().iter().rev();
                let entries = entries.map(|e| Work::Attr(e.name.clone(), e.value.clone()));
                if derivation {
                    let mut paths = Vec::new();
                    for name in ["drvPath", "outPath"] {
                        if let Some(entry) = set.get(name) {
                            if let Value::String(text) =
                                ev.force(&entry.value.clone(), Some(span))?
                            {
                                paths.push((name, text.to_string()));
                            }
                        }
                    }
                    let fields: Vec<(&str, &str)> =
                        paths.iter().map(|(n, v)| (*n, v.as_str())).collect();
                    writer.open("derivation", &fields);
                    work.push(Work::Close("derivation"));
                    let drv_path = paths
                        .iter()
                        .find(|(n, _)| *n == "drvPath")
                        .map(|(_, v)| v.clone());
                    match drv_path {
                        Some(path) if !path.is_empty() && derivations_seen.insert(path.clone()) => {
                            work.extend(entries)
                        }
                        _ => writer.empty("repeated", &[]),
                    }
                } else {
                    writer.open("attrs", &[]);
                    work.push(Work::Close("attrs"));
                    work.extend(entries);
                }
            }
            Value::List(items) => {
                writer.open("list", &[]);
                work.push(Work::Close("list"));
                work.extend(items.iter().rev().map(|item| Work::Value(item.clone())));
            }
            Value::Lambda(closure) => {
                writer.open("function", &[]);
                match &closure.lambda.param {
                    crate::ir::Param::Ident(name) => {
                        writer.empty("varpat", &[("name", name.as_str())])
                    }
                    crate::ir::Param::Formals {
                        formals,
                        ellipsis,
                        bind,
                    } => {
                        let mut fields = Vec::new();
                        if *ellipsis {
                            fields.push(("ellipsis", "1"));
                        }
                        if let Some(bind) = bind {
                            fields.push(("name", bind.as_str()));
                        }
                        writer.open("attrspat", &fields);
                        let mut names: Vec<&str> =
                            formals.iter().map(|f| f.name.as_str()).collect();
                        names.sort_unstable();
                        for name in names {
                            writer.empty("attr", &[("name", name)]);
                        }
                        writer.close("attrspat");
                    }
                }
                writer.close("function");
            }
            Value::Builtin(_) => writer.empty("unevaluated", &[]),
        }
        ev.charge_bytes(writer.out.len().saturating_sub(writer.charged), span)?;
        writer.charged = writer.out.len();
    }
    Ok(ev.string_with_context(&writer.out, context))
}

/// Writes indented XML as Nix's `XMLWriter` does: attributes in name order, escaped.
#[derive(Default)]
struct XmlWriter {
    out: String,
    depth: usize,
    /// How much of `out` has been charged to the budget.
    charged: usize,
}

impl XmlWriter {
    fn start(&mut self, name: &str, fields: &[(&str, &str)]) {
        self.out.extend(std::iter::repeat_n(' ', self.depth * 2));
        self.out.push('<');
        self.out.push_str(name);
        let mut fields = fields.to_vec();
        fields.sort_unstable();
        for (key, value) in fields {
            self.out.push(' ');
            self.out.push_str(key);
            self.out.push_str("=\"");
            for c in value.chars() {
                match c {
                    '"' => self.out.push_str("&quot;"),
                    '<' => self.out.push_str("&lt;"),
                    '>' => self.out.push_str("&gt;"),
                    '&' => self.out.push_str("&amp;"),
                    '\n' => self.out.push_str("&#xA;"),
                    other => self.out.push(other),
                }
            }
            self.out.push('"');
        }
    }

    fn open(&mut self, name: &str, fields: &[(&str, &str)]) {
        self.start(name, fields);
        self.out.push_str(">\n");
        self.depth += 1;
    }

    fn empty(&mut self, name: &str, fields: &[(&str, &str)]) {
        self.start(name, fields);
        self.out.push_str(" />\n");
    }

    fn close(&mut self, name: &str) {
        self.depth -= 1;
        self.out.extend(std::iter::repeat_n(' ', self.depth * 2));
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push_str(">\n");
    }
}

#[cfg(test)]
mod tests {
    use crate::eval::{Evaluator, MemoryIo, Value};

    /// The value `builtins.fromJSON` gives for a long text read again on the thread: the
    /// first evaluator's, shared (a lock file every host of a flake reads); the same
    /// value for a text read anew.
    #[test]
    fn a_long_text_is_read_once_per_thread() {
        crate::run_with_stack(|| {
            let io = MemoryIo::new();
            let entries: Vec<String> = (0..100)
                .map(|i| format!(r#""input{i}": {{ "rev": "{i:040}", "n": [{i}, -0, 1.5] }}"#))
                .collect();
            let text = format!("{{ {} }}", entries.join(", "));
            let read = |text: &str| {
                let mut ev = Evaluator::new(&io);
                let source = format!("builtins.fromJSON ''{text}''");
                let (body, diagnostics) = ev.load_source("t.nix", "/t.nix", &source);
                assert!(diagnostics.is_empty());
                let value = ev.eval_body(body).expect("reads");
                let span = ev.ir.span(body.root);
                let shown = crate::eval::print::print_value(&mut ev, &value, span).expect("prints");
                (value, shown)
            };
            let (first, shown) = read(&text);
            let (again, shown_again) = read(&text);
            let (Value::Attrs(first), Value::Attrs(again)) = (&first, &again) else {
                panic!("sets");
            };
            assert!(std::rc::Rc::ptr_eq(first, again));
            assert_eq!(shown, shown_again);
            assert!(shown.contains("n = [ 99 0 1.5 ];"), "{shown}");
            let other = text.replace("input99", "input100");
            let (Value::Attrs(other), shown_other) = read(&other) else {
                panic!("a set");
            };
            assert!(!std::rc::Rc::ptr_eq(first, &other));
            assert!(shown_other.contains("input100 = "));
        });
    }
}
