//! The pure builtins configurations use, under `builtins` and, where Nix has them, as
//! globals. Impure ones (`getEnv`, `currentTime`, fetchers, derivations) are present
//! but report that ncc does not support them.

use std::rc::Rc;

use crate::diagnostic::Span;
use crate::eval::print::{format_float_to_string, to_json};
use crate::eval::value::BuiltinApp;
use crate::eval::{AttrEntry, Attrs, ErrorKind, EvalError, EvalResult, Evaluator, Thunk, Value};
use crate::name::Name;
use crate::path::{base_name_of, canonicalize, dir_of};
use crate::version::{compare_versions, split_version};

type Run = fn(&mut Evaluator, &[Thunk], Span) -> EvalResult<Value>;

/// Steps charged for each element a builtin allocates as a new thunk (`genList`, `map`,
/// `mapAttrs`): an allocation, a closure, and later a free, each dearer than a step.
const ALLOCATION_STEPS: u64 = 4;

/// A builtin function: its name, how many arguments it takes, and what it does.
pub struct Builtin {
    pub name: &'static str,
    pub arity: usize,
    pub run: Run,
}

macro_rules! builtins_table {
    ($($name:literal, $arity:literal, $run:expr;)*) => {
        static BUILTINS: &[Builtin] = &[$(Builtin { name: $name, arity: $arity, run: $run },)*];
    };
}

builtins_table! {
    "abort", 1, |ev, a, s| { let m = coerce(ev, &a[0], s, false)?; Err(EvalError::new(ErrorKind::Abort(m), Some(s))) };
    "add", 2, |ev, a, s| { let (x, y) = (arg(ev, a, 0, s)?, arg(ev, a, 1, s)?); ev.arithmetic(crate::ir::BinaryOp::Add, x, y, s) };
    "sub", 2, |ev, a, s| { let (x, y) = (arg(ev, a, 0, s)?, arg(ev, a, 1, s)?); ev.arithmetic(crate::ir::BinaryOp::Sub, x, y, s) };
    "mul", 2, |ev, a, s| { let (x, y) = (arg(ev, a, 0, s)?, arg(ev, a, 1, s)?); ev.arithmetic(crate::ir::BinaryOp::Mul, x, y, s) };
    "div", 2, |ev, a, s| { let (x, y) = (arg(ev, a, 0, s)?, arg(ev, a, 1, s)?); ev.arithmetic(crate::ir::BinaryOp::Div, x, y, s) };
    "all", 2, |ev, a, s| { let f = arg(ev, a, 0, s)?; for item in list(ev, a, 1, s)?.iter() { if !predicate(ev, &f, item, s)? { return Ok(Value::Bool(false)); } } Ok(Value::Bool(true)) };
    "any", 2, |ev, a, s| { let f = arg(ev, a, 0, s)?; for item in list(ev, a, 1, s)?.iter() { if predicate(ev, &f, item, s)? { return Ok(Value::Bool(true)); } } Ok(Value::Bool(false)) };
    "attrNames", 1, |ev, a, s| { let set = attrs(ev, a, 0, s)?; ev.charge(set.len() as u64, s)?; Ok(list_of(set.names().map(Value::string).collect())) };
    "attrValues", 1, |ev, a, s| { let set = attrs(ev, a, 0, s)?; ev.charge_items(set.len(), s)?; Ok(Value::List(set.entries().iter().map(|e| e.value.clone()).collect())) };
    "baseNameOf", 1, |ev, a, s| { let p = coerce(ev, &a[0], s, false)?; Ok(Value::string(&base_name_of(&p))) };
    "dirOf", 1, |ev, a, s| { let v = arg(ev, a, 0, s)?; match v { Value::Path(p) => Ok(Value::Path(Rc::from(dir_of(&p)))), other => { let t = ev.coerce_to_string(&other, s, false)?; Ok(Value::string(&dir_of(&t))) } } };
    "bitAnd", 2, |ev, a, s| Ok(Value::Int(int(ev, a, 0, s)? & int(ev, a, 1, s)?));
    "bitOr", 2, |ev, a, s| Ok(Value::Int(int(ev, a, 0, s)? | int(ev, a, 1, s)?));
    "bitXor", 2, |ev, a, s| Ok(Value::Int(int(ev, a, 0, s)? ^ int(ev, a, 1, s)?));
    "catAttrs", 2, |ev, a, s| { let name = string(ev, a, 0, s)?; let items = list(ev, a, 1, s)?; ev.charge_items(items.len(), s)?; let mut out = Vec::new(); for item in items.iter() { let v = ev.force(item, Some(s))?; let set = ev.expect_attrs(v, s)?; if let Some(e) = set.get(&name) { out.push(e.value.clone()); } } Ok(Value::List(Rc::from(out))) };
    "ceil", 1, |ev, a, s| float_to_int(ev, a, s, f64::ceil);
    "floor", 1, |ev, a, s| float_to_int(ev, a, s, f64::floor);
    "compareVersions", 2, |ev, a, s| { let (x, y) = (string(ev, a, 0, s)?, string(ev, a, 1, s)?); Ok(Value::Int(compare_versions(&x, &y) as i64)) };
    "splitVersion", 1, |ev, a, s| { let v = string(ev, a, 0, s)?; Ok(list_of(split_version(&v).into_iter().map(Value::string).collect())) };
    "concatLists", 1, |ev, a, s| { let mut out = Vec::new(); for item in list(ev, a, 0, s)?.iter() { let v = ev.force(item, Some(s))?; let inner = expect_list(ev, v, s)?; ev.charge_items(inner.len() + 1, s)?; out.extend(inner.iter().cloned()); } Ok(Value::List(Rc::from(out))) };
    "concatMap", 2, |ev, a, s| { let f = arg(ev, a, 0, s)?; let mut out = Vec::new(); for item in list(ev, a, 1, s)?.iter() { let v = call(ev, &f, item.clone(), s)?; let inner = expect_list(ev, v, s)?; ev.charge_items(inner.len(), s)?; out.extend(inner.iter().cloned()); } Ok(Value::List(Rc::from(out))) };
    "concatStringsSep", 2, |ev, a, s| { let sep = string(ev, a, 0, s)?; let items = list(ev, a, 1, s)?; ev.charge_items(items.len(), s)?; let mut out = String::new(); for (i, item) in items.iter().enumerate() { if i > 0 { out.push_str(&sep); ev.charge_bytes(sep.len(), s)?; } out.push_str(&coerce(ev, item, s, false)?); } Ok(Value::string(&out)) };
    "deepSeq", 2, |ev, a, s| { let v = arg(ev, a, 0, s)?; ev.deep_force(&v, s)?; arg(ev, a, 1, s) };
    "seq", 2, |ev, a, s| { arg(ev, a, 0, s)?; arg(ev, a, 1, s) };
    "elem", 2, |ev, a, s| { let x = arg(ev, a, 0, s)?; let items = list(ev, a, 1, s)?; ev.charge_items(items.len(), s)?; for item in items.iter() { let v = ev.force(item, Some(s))?; if ev.values_equal(&x, &v, s)? { return Ok(Value::Bool(true)); } } Ok(Value::Bool(false)) };
    "elemAt", 2, |ev, a, s| { let items = list(ev, a, 0, s)?; let n = int(ev, a, 1, s)?; if n < 0 || n as usize >= items.len() { return Err(EvalError::message(format!("list index {n} is out of bounds"), Some(s))); } ev.force(&items[n as usize], Some(s)) };
    "filter", 2, |ev, a, s| { let f = arg(ev, a, 0, s)?; let mut out = Vec::new(); for item in list(ev, a, 1, s)?.iter() { if predicate(ev, &f, item, s)? { out.push(item.clone()); } } Ok(Value::List(Rc::from(out))) };
    "foldl'", 3, |ev, a, s| { let f = arg(ev, a, 0, s)?; let mut acc = arg(ev, a, 1, s)?; for item in list(ev, a, 2, s)?.iter() { let partial = ev.apply(f.clone(), Thunk::ready(acc), s)?; acc = ev.apply(partial, item.clone(), s)?; } Ok(acc) };
    "fromJSON", 1, |ev, a, s| { let text = string(ev, a, 0, s)?; ev.charge_bytes(text.len(), s)?; let json: serde_json::Value = serde_json::from_str(&text).map_err(|e| EvalError::message(format!("while parsing JSON: {e}"), Some(s)))?; Ok(from_json(&json)) };
    "functionArgs", 1, |ev, a, s| function_args(ev, a, s);
    "genList", 2, |ev, a, s| { let f = arg(ev, a, 0, s)?; let n = int(ev, a, 1, s)?; if n < 0 { return Err(EvalError::message(format!("cannot create list of size {n}"), Some(s))); } ev.charge((n as u64).saturating_mul(ALLOCATION_STEPS), s)?; let items: Vec<Thunk> = (0..n).map(|i| { let f = f.clone(); Thunk::native(move |ev| ev.apply(f, Thunk::ready(Value::Int(i)), s)) }).collect(); Ok(Value::List(Rc::from(items))) };
    "getAttr", 2, |ev, a, s| { let name = string(ev, a, 0, s)?; let set = attrs(ev, a, 1, s)?; match set.get(&name) { Some(e) => { let t = e.value.clone(); ev.force(&t, Some(s)) } None => { let mut error = ev.missing_attribute(&Name::new(&name), &set, s); error.kind = ErrorKind::Message(format!("attribute '{name}' missing for call to 'getAttr'")); Err(error) } } };
    "hasAttr", 2, |ev, a, s| { let name = string(ev, a, 0, s)?; let set = attrs(ev, a, 1, s)?; Ok(Value::Bool(set.get(&name).is_some())) };
    "groupBy", 2, |ev, a, s| { let f = arg(ev, a, 0, s)?; let mut groups: indexmap::IndexMap<String, Vec<Thunk>> = indexmap::IndexMap::new(); for item in list(ev, a, 1, s)?.iter() { let key = call(ev, &f, item.clone(), s)?; let key = expect_string(ev, key, s)?; groups.entry(key).or_default().push(item.clone()); } Ok(Value::Attrs(Rc::new(Attrs::from_entries(groups.into_iter().map(|(k, v)| AttrEntry::new(&k, Thunk::ready(Value::List(Rc::from(v))))).collect())))) };
    "head", 1, |ev, a, s| { let items = list(ev, a, 0, s)?; match items.first() { Some(t) => ev.force(t, Some(s)), None => Err(EvalError::message("list index 0 is out of bounds", Some(s))) } };
    "tail", 1, |ev, a, s| { let items = list(ev, a, 0, s)?; if items.is_empty() { return Err(EvalError::message("'tail' called on an empty list", Some(s))); } ev.charge_items(items.len(), s)?; Ok(Value::List(Rc::from(&items[1..]))) };
    "import", 1, |ev, a, s| { let v = arg(ev, a, 0, s)?; let path = match v { Value::Attrs(_) => { let p = ev.coerce_to_string(&v, s, false)?; if !p.starts_with('/') { return Err(EvalError::message(format!("string '{p}' doesn't represent an absolute path"), Some(s))); } p } Value::Path(p) => p.to_string(), Value::String(p) if p.starts_with('/') => p.to_string(), Value::String(p) => return Err(EvalError::message(format!("string '{p}' doesn't represent an absolute path"), Some(s))), other => { ev.coerce_to_string(&other, s, false)?; return Err(EvalError::message(format!("cannot import {}", other.type_phrase()), Some(s))) } }; ev.import(&path, Some(s)) };
    "intersectAttrs", 2, |ev, a, s| { let x = attrs(ev, a, 0, s)?; let y = attrs(ev, a, 1, s)?; ev.charge_items(x.len() + y.len(), s)?; Ok(Value::Attrs(Rc::new(Attrs::from_sorted(y.entries().iter().filter(|e| x.get(e.name.as_str()).is_some()).cloned().collect())))) };
    "isAttrs", 1, |ev, a, s| Ok(Value::Bool(matches!(arg(ev, a, 0, s)?, Value::Attrs(_))));
    "isBool", 1, |ev, a, s| Ok(Value::Bool(matches!(arg(ev, a, 0, s)?, Value::Bool(_))));
    "isFloat", 1, |ev, a, s| Ok(Value::Bool(matches!(arg(ev, a, 0, s)?, Value::Float(_))));
    "isFunction", 1, |ev, a, s| Ok(Value::Bool(arg(ev, a, 0, s)?.is_function()));
    "isInt", 1, |ev, a, s| Ok(Value::Bool(matches!(arg(ev, a, 0, s)?, Value::Int(_))));
    "isList", 1, |ev, a, s| Ok(Value::Bool(matches!(arg(ev, a, 0, s)?, Value::List(_))));
    "isNull", 1, |ev, a, s| Ok(Value::Bool(matches!(arg(ev, a, 0, s)?, Value::Null)));
    "isPath", 1, |ev, a, s| Ok(Value::Bool(matches!(arg(ev, a, 0, s)?, Value::Path(_))));
    "isString", 1, |ev, a, s| Ok(Value::Bool(matches!(arg(ev, a, 0, s)?, Value::String(_))));
    "length", 1, |ev, a, s| Ok(Value::Int(list(ev, a, 0, s)?.len() as i64));
    "lessThan", 2, |ev, a, s| { let (x, y) = (arg(ev, a, 0, s)?, arg(ev, a, 1, s)?); Ok(Value::Bool(ev.less_than(&x, &y, s)?)) };
    "listToAttrs", 1, |ev, a, s| { let items = list(ev, a, 0, s)?; ev.charge(items.len() as u64, s)?; let mut entries: Vec<AttrEntry> = Vec::new(); let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new(); for item in items.iter() { let v = ev.force(item, Some(s))?; let set = ev.expect_attrs(v, s)?; let name = match set.get("name") { Some(e) => { let t = e.value.clone(); let v = ev.force(&t, Some(s))?; expect_string(ev, v, s)? } None => return Err(EvalError::message("attribute 'name' missing for call to 'listToAttrs'", Some(s))) }; let value = match set.get("value") { Some(e) => e.value.clone(), None => return Err(EvalError::message("attribute 'value' missing for call to 'listToAttrs'", Some(s))) }; if seen.insert(name.clone()) { entries.push(AttrEntry::new(&name, value)); } } Ok(Value::Attrs(Rc::new(Attrs::from_entries(entries)))) };
    "map", 2, |ev, a, s| { let f = arg(ev, a, 0, s)?; let items = list(ev, a, 1, s)?; ev.charge(items.len() as u64 * ALLOCATION_STEPS, s)?; Ok(Value::List(items.iter().map(|item| { let (f, item) = (f.clone(), item.clone()); Thunk::native(move |ev| ev.apply(f, item, s)) }).collect())) };
    "mapAttrs", 2, |ev, a, s| { let f = arg(ev, a, 0, s)?; let set = attrs(ev, a, 1, s)?; ev.charge(set.len() as u64 * ALLOCATION_STEPS, s)?; Ok(Value::Attrs(Rc::new(Attrs::from_sorted(set.entries().iter().map(|e| { let (f, name, value) = (f.clone(), e.name.clone(), e.value.clone()); AttrEntry { name: e.name.clone(), span: e.span, value_span: e.value_span, value: Thunk::native(move |ev| { let partial = ev.apply(f, Thunk::ready(Value::String(Rc::from(name.as_str()))), s)?; ev.apply(partial, value, s) }) } }).collect())))) };
    "match", 2, |ev, a, s| regex_match(ev, a, s);
    "split", 2, |ev, a, s| regex_split(ev, a, s);
    "parseDrvName", 1, |ev, a, s| { let text = string(ev, a, 0, s)?; let (name, version) = parse_drv_name(&text); Ok(Value::Attrs(Rc::new(Attrs::from_entries(vec![AttrEntry::new("name", Thunk::ready(Value::string(&name))), AttrEntry::new("version", Thunk::ready(Value::string(&version)))])))) };
    "partition", 2, |ev, a, s| { let f = arg(ev, a, 0, s)?; let items = list(ev, a, 1, s)?; ev.charge_items(items.len(), s)?; let (mut right, mut wrong) = (Vec::new(), Vec::new()); for item in items.iter() { if predicate(ev, &f, item, s)? { right.push(item.clone()); } else { wrong.push(item.clone()); } } Ok(Value::Attrs(Rc::new(Attrs::from_entries(vec![AttrEntry::new("right", Thunk::ready(Value::List(Rc::from(right)))), AttrEntry::new("wrong", Thunk::ready(Value::List(Rc::from(wrong))))])))) };
    "pathExists", 1, |ev, a, s| { let p = accessible_path_arg(ev, a, 0, s)?; Ok(Value::Bool(ev.io().path_exists(&p))) };
    "readFile", 1, |ev, a, s| { let p = accessible_path_arg(ev, a, 0, s)?; ev.io().read_file(&p).map(|t| Value::string(&t)).map_err(|m| EvalError::message(m, Some(s))) };
    "removeAttrs", 2, |ev, a, s| { let set = attrs(ev, a, 0, s)?; let items = list(ev, a, 1, s)?; ev.charge_items(set.len() + items.len(), s)?; let mut names = std::collections::HashSet::new(); for item in items.iter() { let v = ev.force(item, Some(s))?; names.insert(expect_string(ev, v, s)?); } Ok(Value::Attrs(Rc::new(Attrs::from_sorted(set.entries().iter().filter(|e| !names.contains(e.name.as_str())).cloned().collect())))) };
    "replaceStrings", 3, |ev, a, s| replace_strings(ev, a, s);
    "sort", 2, |ev, a, s| sort(ev, a, s);
    "stringLength", 1, |ev, a, s| { let text = coerce(ev, &a[0], s, false)?; Ok(Value::Int(text.len() as i64)) };
    "substring", 3, |ev, a, s| { let start = int(ev, a, 0, s)?; let len = int(ev, a, 1, s)?; let text = coerce(ev, &a[2], s, false)?; if start < 0 { return Err(EvalError::message("negative start position in 'substring'", Some(s))); } let bytes = text.as_bytes(); let start = (start as usize).min(bytes.len()); let end = if len < 0 { bytes.len() } else { start.saturating_add(len as usize).min(bytes.len()) }; Ok(Value::string(&String::from_utf8_lossy(&bytes[start..end]))) };
    "throw", 1, |ev, a, s| { let m = coerce(ev, &a[0], s, false)?; Err(EvalError::new(ErrorKind::Throw(m), Some(s))) };
    "toJSON", 1, |ev, a, s| { let v = arg(ev, a, 0, s)?; Ok(Value::string(&to_json(ev, &v, s)?)) };
    "toString", 1, |ev, a, s| { let v = arg(ev, a, 0, s)?; let text = ev.coerce_to_string(&v, s, true)?; ev.charge_bytes(text.len(), s)?; Ok(Value::string(&text)) };
    "trace", 2, |ev, a, s| { let v = arg(ev, a, 0, s)?; let text = match &v { Value::String(t) => t.to_string(), other => { ev.deep_force(other, s)?; crate::eval::print::print_value(ev, other, s)? } }; ev.traces.push(text); arg(ev, a, 1, s) };
    "tryEval", 1, |ev, a, s| { let result = ev.force(&a[0], Some(s)); match result { Ok(v) => Ok(Value::Attrs(Rc::new(Attrs::from_entries(vec![AttrEntry::new("success", Thunk::ready(Value::Bool(true))), AttrEntry::new("value", Thunk::ready(v))])))), Err(e) if e.is_catchable() => Ok(Value::Attrs(Rc::new(Attrs::from_entries(vec![AttrEntry::new("success", Thunk::ready(Value::Bool(false))), AttrEntry::new("value", Thunk::ready(Value::Bool(false)))])))), Err(e) => Err(e) } };
    "typeOf", 1, |ev, a, s| Ok(Value::string(arg(ev, a, 0, s)?.type_name()));
    "zipAttrsWith", 2, |ev, a, s| { let f = arg(ev, a, 0, s)?; let mut groups: std::collections::BTreeMap<Name, Vec<Thunk>> = std::collections::BTreeMap::new(); for item in list(ev, a, 1, s)?.iter() { let v = ev.force(item, Some(s))?; let set = ev.expect_attrs(v, s)?; ev.charge(set.len() as u64 + 1, s)?; for e in set.entries() { groups.entry(e.name.clone()).or_default().push(e.value.clone()); } } Ok(Value::Attrs(Rc::new(Attrs::from_sorted(groups.into_iter().map(|(name, values)| { let (f, key) = (f.clone(), name.clone()); AttrEntry { name, span: None, value_span: None, value: Thunk::native(move |ev| { let partial = ev.apply(f, Thunk::ready(Value::String(Rc::from(key.as_str()))), s)?; ev.apply(partial, Thunk::ready(Value::List(Rc::from(values))), s) }) } }).collect())))) };
    "getEnv", 1, |_, _, s| unsupported("builtins.getEnv", s);
    "currentTime", 0, |_, _, s| unsupported("builtins.currentTime", s);
    "derivation", 1, |_, _, s| unsupported("derivation", s);
    "derivationStrict", 1, |_, _, s| unsupported("builtins.derivationStrict", s);
    "storePath", 1, |_, _, s| unsupported("builtins.storePath", s);
    "fetchurl", 1, fetch_source;
    "fetchTarball", 1, fetch_source;
    "fetchGit", 1, fetch_source;
    "fetchMercurial", 1, fetch_source;
    "fetchTree", 1, fetch_source;
    "findFile", 2, find_file;
    "scopedImport", 2, |_, _, s| unsupported("scopedImport", s);
    "readDir", 1, |ev, a, s| read_dir(ev, a, s);
    "toFile", 2, |_, _, s| unsupported("builtins.toFile", s);
    "placeholder", 1, |_, _, s| unsupported("placeholder", s);
}

/// `builtins.readDir path`: `{ <name> = "regular" | "directory" | "symlink" | "unknown"; }`.
fn read_dir(ev: &mut Evaluator, a: &[Thunk], s: Span) -> EvalResult<Value> {
    let path = accessible_path_arg(ev, a, 0, s)?;
    let entries = ev
        .io()
        .read_dir(&path)
        .map_err(|message| EvalError::message(message, Some(s)))?;
    ev.charge_items(entries.len(), s)?;
    Ok(Value::Attrs(Rc::new(Attrs::from_entries(
        entries
            .into_iter()
            .map(|(name, kind)| AttrEntry::new(&name, Thunk::ready(Value::string(kind))))
            .collect(),
    ))))
}

/// Names Nix binds globally, not only under `builtins`.
const GLOBALS: &[&str] = &[
    "abort",
    "baseNameOf",
    "derivation",
    "dirOf",
    "fetchTarball",
    "import",
    "isNull",
    "map",
    "placeholder",
    "removeAttrs",
    "scopedImport",
    "throw",
    "toString",
];

/// Installs `builtins` and the globals into the evaluator.
pub fn install(evaluator: &mut Evaluator) {
    let mut entries: Vec<AttrEntry> = Vec::new();
    let mut globals: crate::name::FxHashMap<Name, Thunk> = Default::default();
    for builtin in BUILTINS {
        let value = Thunk::ready(Value::Builtin(Rc::new(BuiltinApp {
            builtin,
            args: Vec::new(),
        })));
        if builtin.arity == 0 {
            let run = builtin.run;
            let thunk = Thunk::native(move |ev| {
                run(
                    ev,
                    &[],
                    crate::diagnostic::Span::new(crate::diagnostic::FileId(0), 0, 0),
                )
            });
            entries.push(AttrEntry::new(builtin.name, thunk));
            continue;
        }
        if GLOBALS.contains(&builtin.name) {
            globals.insert(Name::new(builtin.name), value.clone());
        }
        globals.insert(Name::new(&format!("__{}", builtin.name)), value.clone());
        entries.push(AttrEntry::new(builtin.name, value));
    }
    let constants = [
        ("true", Value::Bool(true)),
        ("false", Value::Bool(false)),
        ("null", Value::Null),
        ("nixVersion", Value::string("2.8.0")),
        ("langVersion", Value::Int(6)),
        ("currentSystem", Value::string("x86_64-linux")),
        ("storeDir", Value::string("/nix/store")),
        // No search path is given: `<nixpkgs>` and the like are external sources.
        ("nixPath", Value::List(Rc::from(Vec::new()))),
    ];
    for (name, value) in constants {
        let thunk = Thunk::ready(value);
        if matches!(name, "true" | "false" | "null") {
            globals.insert(Name::new(name), thunk.clone());
        } else {
            globals.insert(Name::new(&format!("__{name}")), thunk.clone());
        }
        entries.push(AttrEntry::new(name, thunk));
    }
    // `builtins.builtins` is `builtins` itself.
    let slot = Thunk::uninitialised();
    entries.push(AttrEntry::new("builtins", slot.clone()));
    let builtins = Value::Attrs(Rc::new(Attrs::from_entries(entries)));
    *slot.0.borrow_mut() = crate::eval::value::ThunkState::Done(builtins.clone());
    globals.insert(Name::new("builtins"), Thunk::ready(builtins.clone()));
    evaluator.set_globals(globals, builtins);
}

fn list_of(values: Vec<Value>) -> Value {
    Value::List(values.into_iter().map(Thunk::ready).collect())
}

fn unsupported(what: &str, span: Span) -> EvalResult<Value> {
    Err(EvalError::message(
        format!("{what} is not supported by ncc: it needs a Nix store or the environment"),
        Some(span),
    ))
}

fn arg(ev: &mut Evaluator, args: &[Thunk], index: usize, span: Span) -> EvalResult<Value> {
    ev.force(&args[index], Some(span))
}

fn call(ev: &mut Evaluator, function: &Value, argument: Thunk, span: Span) -> EvalResult<Value> {
    ev.apply(function.clone(), argument, span)
}

fn predicate(ev: &mut Evaluator, function: &Value, item: &Thunk, span: Span) -> EvalResult<bool> {
    let result = call(ev, function, item.clone(), span)?;
    boolean(ev, result, span)
}

fn boolean(ev: &mut Evaluator, value: Value, span: Span) -> EvalResult<bool> {
    match value {
        Value::Bool(b) => Ok(b),
        other => Err(ev.type_error(&other, "a Boolean", span)),
    }
}

fn int(ev: &mut Evaluator, args: &[Thunk], index: usize, span: Span) -> EvalResult<i64> {
    match arg(ev, args, index, span)? {
        Value::Int(i) => Ok(i),
        other => Err(ev.type_error(&other, "an integer", span)),
    }
}

fn list(ev: &mut Evaluator, args: &[Thunk], index: usize, span: Span) -> EvalResult<Rc<[Thunk]>> {
    let value = arg(ev, args, index, span)?;
    expect_list(ev, value, span)
}

fn expect_list(ev: &mut Evaluator, value: Value, span: Span) -> EvalResult<Rc<[Thunk]>> {
    match value {
        Value::List(items) => Ok(items),
        other => Err(ev.type_error(&other, "a list", span)),
    }
}

fn attrs(ev: &mut Evaluator, args: &[Thunk], index: usize, span: Span) -> EvalResult<Rc<Attrs>> {
    let value = arg(ev, args, index, span)?;
    ev.expect_attrs(value, span)
}

fn string(ev: &mut Evaluator, args: &[Thunk], index: usize, span: Span) -> EvalResult<String> {
    let value = arg(ev, args, index, span)?;
    expect_string(ev, value, span)
}

fn expect_string(ev: &mut Evaluator, value: Value, span: Span) -> EvalResult<String> {
    match value {
        Value::String(s) => {
            ev.charge_bytes(s.len(), span)?;
            Ok(s.to_string())
        }
        other => Err(ev.type_error(&other, "a string", span)),
    }
}

/// The string a thunk coerces to, charged by its length: builtins copy it.
fn coerce(ev: &mut Evaluator, thunk: &Thunk, span: Span, more: bool) -> EvalResult<String> {
    let value = ev.force(thunk, Some(span))?;
    let text = ev.coerce_to_string(&value, span, more)?;
    ev.charge_bytes(text.len(), span)?;
    Ok(text)
}

fn path_arg(ev: &mut Evaluator, args: &[Thunk], index: usize, span: Span) -> EvalResult<String> {
    let value = arg(ev, args, index, span)?;
    let text = ev.coerce_to_string(&value, span, false)?;
    if !text.starts_with('/') {
        return Err(EvalError::message(
            format!("string '{text}' doesn't represent an absolute path"),
            Some(span),
        ));
    }
    Ok(canonicalize(&text))
}

/// A path argument the evaluation may look at (see [`crate::eval::EvalIo::check_access`]).
fn accessible_path_arg(
    ev: &mut Evaluator,
    args: &[Thunk],
    index: usize,
    span: Span,
) -> EvalResult<String> {
    let path = path_arg(ev, args, index, span)?;
    ev.io()
        .check_access(&path)
        .map_err(|message| EvalError::message(message, Some(span)))?;
    Ok(path)
}

fn float_to_int(
    ev: &mut Evaluator,
    args: &[Thunk],
    span: Span,
    round: fn(f64) -> f64,
) -> EvalResult<Value> {
    match arg(ev, args, 0, span)? {
        Value::Int(i) => Ok(Value::Int(i)),
        Value::Float(f) => Ok(Value::Int(round(f) as i64)),
        other => Err(ev.type_error(&other, "a float", span)),
    }
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

fn function_args(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    match arg(ev, args, 0, span)? {
        Value::Lambda(closure) => match &closure.lambda.param {
            crate::ir::Param::Formals { formals, .. } => {
                Ok(Value::Attrs(Rc::new(Attrs::from_entries(
                    formals
                        .iter()
                        .map(|f| {
                            AttrEntry::new(
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

fn parse_drv_name(text: &str) -> (String, String) {
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

fn regex_match(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
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

fn regex_split(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
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

fn replace_strings(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
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

fn sort(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let comparator = arg(ev, args, 0, span)?;
    let items: Vec<Thunk> = list(ev, args, 1, span)?.to_vec();
    ev.charge_items(items.len(), span)?;
    let sorted = merge_sort(ev, &comparator, items, span)?;
    Ok(Value::List(Rc::from(sorted)))
}

/// A stable merge sort whose comparison may fail.
fn merge_sort(
    ev: &mut Evaluator,
    comparator: &Value,
    items: Vec<Thunk>,
    span: Span,
) -> EvalResult<Vec<Thunk>> {
    if items.len() <= 1 {
        return Ok(items);
    }
    let mut right = items;
    let left = right.drain(..right.len() / 2).collect();
    let left = merge_sort(ev, comparator, left, span)?;
    let right = merge_sort(ev, comparator, right, span)?;
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        let partial = ev.apply(comparator.clone(), right[j].clone(), span)?;
        let right_first = ev.apply(partial, left[i].clone(), span)?;
        if boolean(ev, right_first, span)? {
            out.push(right[j].clone());
            j += 1;
        } else {
            out.push(left[i].clone());
            i += 1;
        }
    }
    out.extend_from_slice(&left[i..]);
    out.extend_from_slice(&right[j..]);
    Ok(out)
}

#[allow(dead_code)] // Kept for builtins that print floats as `toString` does.
fn float_string(value: f64) -> String {
    format_float_to_string(value)
}

/// `fetchTarball`, `fetchGit`, `fetchurl`, `fetchTree`: an external source ncc does not
/// fetch, named by its `name` when it has one (DESIGN.md §8.3).
fn fetch_source(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let name = match arg(ev, args, 0, span)? {
        Value::Attrs(set) => match set.get("name") {
            Some(entry) => {
                let entry = entry.value.clone();
                match ev.force(&entry, Some(span))? {
                    Value::String(name) => name.to_string(),
                    _ => "source".to_owned(),
                }
            }
            None => "source".to_owned(),
        },
        _ => "source".to_owned(),
    };
    Ok(Value::string(&crate::eval::opaque::source_path(&name)))
}

/// `builtins.findFile searchPath "nixpkgs/lib"`, what `<nixpkgs/lib>` calls: the first
/// entry of the search path whose prefix matches and under which the file exists;
/// with none, the external source the lookup names (DESIGN.md §8.3), where Nix would
/// stop ("not found in the Nix search path"): a real host has its channels there.
fn find_file(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let wanted = string(ev, args, 1, span)?;
    for entry in list(ev, args, 0, span)?.iter() {
        let Value::Attrs(entry) = ev.force(entry, Some(span))? else {
            continue;
        };
        let field = |name: &str| entry.get(name).map(|e| e.value.clone());
        let (Some(prefix), Some(path)) = (field("prefix"), field("path")) else {
            continue;
        };
        let prefix = match ev.force(&prefix, Some(span))? {
            Value::String(prefix) => prefix,
            _ => continue,
        };
        let path = ev.force(&path, Some(span))?;
        let path = ev.coerce_to_string(&path, span, false)?;
        let rest = if prefix.is_empty() {
            Some(wanted.as_str())
        } else if wanted == *prefix {
            Some("")
        } else {
            wanted
                .strip_prefix(&*prefix)
                .and_then(|rest| rest.strip_prefix('/'))
        };
        let Some(rest) = rest else { continue };
        let candidate = if rest.is_empty() {
            canonicalize(&path)
        } else {
            canonicalize(&format!("{path}/{rest}"))
        };
        if crate::eval::opaque::is_fake_store_path(&candidate) || ev.io().path_exists(&candidate) {
            return Ok(Value::Path(Rc::from(candidate)));
        }
    }
    let (source, inner) = wanted.split_once('/').unwrap_or((&wanted, ""));
    let root = crate::eval::opaque::source_path(source);
    let path = if inner.is_empty() {
        root
    } else {
        canonicalize(&format!("{root}/{inner}"))
    };
    Ok(Value::Path(Rc::from(path)))
}
