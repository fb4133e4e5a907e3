//! The builtins of Nix: a table of named functions, one per builtin, grouped by what
//! they work on (one file per group). Impure ones (`getEnv`, `currentTime`, fetchers,
//! derivations) are present but report that ncc does not support them.

mod attrs;
mod compiled;
mod context;
mod control;
mod files;
pub(crate) mod hashes;
mod impure;
mod lists;
mod numbers;
mod serialise;
mod strings;
mod types;

use std::rc::Rc;

use crate::diagnostic::Span;
pub(crate) use crate::eval::context::{Context, ContextElement};
use crate::eval::value::BuiltinApp;
pub(crate) use crate::eval::{
    AttrEntry, Attrs, ErrorKind, EvalError, EvalResult, Evaluator, Thunk, Value,
};
pub(crate) use crate::name::Name;
pub(crate) use strings::posix_to_rust as posix_regex;

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

const fn builtin(name: &'static str, arity: usize, run: Run) -> Builtin {
    Builtin { name, arity, run }
}

/// Every builtin, by name.
static BUILTINS: &[Builtin] = &[
    builtin("abort", 1, control::abort),
    builtin("add", 2, numbers::add),
    builtin("sub", 2, numbers::sub),
    builtin("mul", 2, numbers::mul),
    builtin("div", 2, numbers::div),
    builtin("all", 2, lists::all),
    builtin("any", 2, lists::any),
    builtin("attrNames", 1, attrs::attr_names),
    builtin("attrValues", 1, attrs::attr_values),
    builtin("baseNameOf", 1, files::base_name_of),
    builtin("dirOf", 1, files::dir_of),
    builtin("bitAnd", 2, numbers::bit_and),
    builtin("bitOr", 2, numbers::bit_or),
    builtin("bitXor", 2, numbers::bit_xor),
    builtin("catAttrs", 2, attrs::cat_attrs),
    builtin("ceil", 1, numbers::ceil),
    builtin("floor", 1, numbers::floor),
    builtin("compareVersions", 2, strings::compare_versions),
    builtin("splitVersion", 1, strings::split_version),
    builtin("concatLists", 1, lists::concat_lists),
    builtin("concatMap", 2, lists::concat_map),
    builtin("concatStringsSep", 2, strings::concat_strings_sep),
    builtin("deepSeq", 2, control::deep_seq),
    builtin("seq", 2, control::seq),
    builtin("elem", 2, lists::elem),
    builtin("elemAt", 2, lists::elem_at),
    builtin("filter", 2, lists::filter),
    builtin("foldl'", 3, lists::foldl_strict),
    builtin("fromJSON", 1, serialise::from_json),
    builtin("functionArgs", 1, types::function_args),
    builtin("genList", 2, lists::gen_list),
    builtin("getAttr", 2, attrs::get_attr),
    builtin("hasAttr", 2, attrs::has_attr),
    builtin("groupBy", 2, lists::group_by),
    builtin("head", 1, lists::head),
    builtin("tail", 1, lists::tail),
    builtin("import", 1, files::import_file),
    builtin("intersectAttrs", 2, attrs::intersect_attrs),
    builtin("isAttrs", 1, types::is_attrs),
    builtin("isBool", 1, types::is_bool),
    builtin("isFloat", 1, types::is_float),
    builtin("isFunction", 1, types::is_function),
    builtin("isInt", 1, types::is_int),
    builtin("isList", 1, types::is_list),
    builtin("isNull", 1, types::is_null),
    builtin("isPath", 1, types::is_path),
    builtin("isString", 1, types::is_string),
    builtin("length", 1, lists::length),
    builtin("lessThan", 2, numbers::less_than),
    builtin("listToAttrs", 1, attrs::list_to_attrs),
    builtin("map", 2, lists::map),
    builtin("mapAttrs", 2, attrs::map_attrs),
    builtin("match", 2, strings::match_regex),
    builtin("split", 2, strings::split),
    builtin("parseDrvName", 1, strings::parse_drv_name),
    builtin("partition", 2, lists::partition),
    builtin("pathExists", 1, files::path_exists),
    builtin("readFile", 1, files::read_file),
    builtin("removeAttrs", 2, attrs::remove_attrs),
    builtin("replaceStrings", 3, strings::replace_strings),
    builtin("sort", 2, lists::sort),
    builtin("stringLength", 1, strings::string_length),
    builtin("substring", 3, strings::substring),
    builtin("throw", 1, control::throw),
    builtin("toJSON", 1, serialise::to_json),
    builtin("toString", 1, strings::to_string),
    builtin("trace", 2, control::trace),
    builtin("tryEval", 1, control::try_eval),
    builtin("typeOf", 1, types::type_of),
    builtin("zipAttrsWith", 2, attrs::zip_attrs_with),
    builtin("getEnv", 1, impure::get_env),
    builtin("currentTime", 0, impure::current_time),
    builtin("derivation", 1, impure::derivation),
    builtin("derivationStrict", 1, impure::derivation_strict),
    builtin("storePath", 1, impure::store_path),
    builtin("fetchurl", 1, files::fetch_source),
    builtin("fetchTarball", 1, files::fetch_source),
    builtin("fetchGit", 1, files::fetch_source),
    builtin("fetchMercurial", 1, files::fetch_source),
    builtin("fetchTree", 1, files::fetch_source),
    builtin("getFlake", 1, files::get_flake),
    builtin("toFile", 2, impure::to_file),
    builtin("placeholder", 1, impure::placeholder),
    builtin("addErrorContext", 2, control::add_error_context),
    builtin("appendContext", 2, context::append_context),
    builtin("convertHash", 1, hashes::convert_hash),
    builtin("filterSource", 2, files::filter_source),
    builtin("findFile", 2, files::find_file),
    builtin("fromTOML", 1, serialise::from_toml),
    builtin("genericClosure", 1, lists::generic_closure),
    builtin("getContext", 1, context::get_context),
    builtin("hasContext", 1, context::has_context),
    builtin("hashFile", 2, hashes::hash_file),
    builtin("hashString", 2, hashes::hash_string),
    builtin("path", 1, files::path),
    builtin("readDir", 1, files::read_dir),
    builtin("readFileType", 1, files::read_file_type),
    builtin("scopedImport", 2, files::scoped_import),
    builtin("toPath", 1, files::to_path),
    builtin("toXML", 1, serialise::to_xml),
    builtin("traceVerbose", 2, control::trace_verbose),
    builtin(
        "unsafeDiscardOutputDependency",
        1,
        context::discard_output_dependency,
    ),
    builtin("unsafeDiscardStringContext", 1, context::discard_context),
    builtin("unsafeGetAttrPos", 2, attrs::unsafe_get_attr_pos),
    builtin("warn", 2, control::warn),
];

/// Names Nix binds globally, not only under `builtins`.
const GLOBALS: &[&str] = &[
    "abort",
    "baseNameOf",
    "derivation",
    "derivationStrict",
    "dirOf",
    "fetchGit",
    "fetchMercurial",
    "fetchTarball",
    "fetchTree",
    "fromTOML",
    "import",
    "isNull",
    "map",
    "placeholder",
    "removeAttrs",
    "scopedImport",
    "throw",
    "toString",
];

/// `builtins.currentSystem`: the platform ncc takes the evaluating machine to be.
pub const CURRENT_SYSTEM: &str = "x86_64-linux";

/// Installs `builtins` and the globals into the evaluator.
pub fn install(evaluator: &mut Evaluator) {
    let mut entries: Vec<AttrEntry> = Vec::with_capacity(BUILTINS.len() + 10);
    let mut globals: crate::name::FxHashMap<Name, Thunk> = Default::default();
    globals.reserve(BUILTINS.len() + GLOBALS.len() + 10);
    // `__name`, written into one buffer rather than a string per builtin.
    let mut prefixed = String::with_capacity(48);
    let mut prefixed_name = |name: &str| {
        prefixed.clear();
        prefixed.push_str("__");
        prefixed.push_str(name);
        Name::new(&prefixed)
    };
    for builtin in BUILTINS {
        let value = Thunk::ready(Value::Builtin(Rc::new(BuiltinApp {
            builtin,
            args: Vec::new(),
        })));
        if builtin.arity == 0 {
            let run = builtin.run;
            let thunk = Thunk::native(move |ev| run(ev, &[], crate::diagnostic::Span::nowhere()));
            entries.push(AttrEntry::new(builtin.name, thunk));
            continue;
        }
        if GLOBALS.contains(&builtin.name) {
            globals.insert(Name::new(builtin.name), value.clone());
        }
        globals.insert(prefixed_name(builtin.name), value.clone());
        entries.push(AttrEntry::new(builtin.name, value));
    }
    let constants = [
        ("true", Value::Bool(true)),
        ("false", Value::Bool(false)),
        ("null", Value::Null),
        ("nixVersion", Value::string("2.8.0")),
        ("langVersion", Value::Int(6)),
        ("currentSystem", Value::string(CURRENT_SYSTEM)),
        ("storeDir", Value::string("/nix/store")),
    ];
    for (name, value) in constants {
        let thunk = Thunk::ready(value);
        if matches!(name, "true" | "false" | "null") {
            globals.insert(Name::new(name), thunk.clone());
        } else {
            globals.insert(prefixed_name(name), thunk.clone());
        }
        entries.push(AttrEntry::new(name, thunk));
    }
    // `~/x`, lowered to this global applied to its text; not in `builtins`.
    static HOME_PATH: Builtin = builtin(crate::eval::HOME_PATH_GLOBAL, 1, impure::home_path);
    globals.insert(
        Name::new(crate::eval::HOME_PATH_GLOBAL),
        Thunk::ready(Value::Builtin(Rc::new(BuiltinApp {
            builtin: &HOME_PATH,
            args: Vec::new(),
        }))),
    );
    // `builtins.nixPath`: the search path as it is when first read.
    let nix_path = Thunk::native(|ev| {
        let entries = ev.search_path().to_vec();
        Ok(Value::List(
            entries
                .into_iter()
                .map(|(prefix, path)| {
                    Thunk::ready(Value::Attrs(Rc::new(Attrs::from_entries(vec![
                        AttrEntry::new("path", Thunk::ready(Value::string(&path))),
                        AttrEntry::new("prefix", Thunk::ready(Value::string(&prefix))),
                    ]))))
                })
                .collect(),
        ))
    });
    globals.insert(Name::new("__nixPath"), nix_path.clone());
    entries.push(AttrEntry::new("nixPath", nix_path));
    // `builtins.builtins` is `builtins` itself.
    let slot = Thunk::uninitialised();
    entries.push(AttrEntry::new("builtins", slot.clone()));
    let builtins = Value::Attrs(Rc::new(Attrs::from_entries(entries)));
    *slot.0.borrow_mut() = crate::eval::value::ThunkState::Done(builtins.clone());
    globals.insert(Name::new("builtins"), Thunk::ready(builtins.clone()));
    evaluator.set_globals(globals, builtins);
}

pub(super) fn list_of(values: Vec<Value>) -> Value {
    Value::List(values.into_iter().map(Thunk::ready).collect())
}

pub(super) fn arg(
    ev: &mut Evaluator,
    args: &[Thunk],
    index: usize,
    span: Span,
) -> EvalResult<Value> {
    ev.force(&args[index], Some(span))
}

pub(super) fn call(
    ev: &mut Evaluator,
    function: &Value,
    argument: Thunk,
    span: Span,
) -> EvalResult<Value> {
    ev.apply(function.clone(), argument, span)
}

pub(super) fn predicate(
    ev: &mut Evaluator,
    function: &Value,
    item: &Thunk,
    span: Span,
) -> EvalResult<bool> {
    let result = call(ev, function, item.clone(), span)?;
    boolean(ev, result, span)
}

pub(super) fn boolean(ev: &mut Evaluator, value: Value, span: Span) -> EvalResult<bool> {
    match value {
        Value::Bool(b) => Ok(b),
        other => Err(ev.type_error(&other, "a Boolean", span)),
    }
}

pub(super) fn int(ev: &mut Evaluator, args: &[Thunk], index: usize, span: Span) -> EvalResult<i64> {
    match arg(ev, args, index, span)? {
        Value::Int(i) => Ok(i),
        other => Err(ev.type_error(&other, "an integer", span)),
    }
}

pub(super) fn list(
    ev: &mut Evaluator,
    args: &[Thunk],
    index: usize,
    span: Span,
) -> EvalResult<Rc<[Thunk]>> {
    let value = arg(ev, args, index, span)?;
    expect_list(ev, value, span)
}

pub(super) fn expect_list(ev: &mut Evaluator, value: Value, span: Span) -> EvalResult<Rc<[Thunk]>> {
    match value {
        Value::List(items) => Ok(items),
        other => Err(ev.type_error(&other, "a list", span)),
    }
}

pub(super) fn attrs(
    ev: &mut Evaluator,
    args: &[Thunk],
    index: usize,
    span: Span,
) -> EvalResult<Rc<Attrs>> {
    let value = arg(ev, args, index, span)?;
    ev.expect_attrs(value, span)
}

pub(super) fn string(
    ev: &mut Evaluator,
    args: &[Thunk],
    index: usize,
    span: Span,
) -> EvalResult<String> {
    let value = arg(ev, args, index, span)?;
    expect_string(ev, value, span)
}

pub(super) fn expect_string(ev: &mut Evaluator, value: Value, span: Span) -> EvalResult<String> {
    match value {
        Value::String(s) => {
            ev.charge_bytes(s.len(), span)?;
            Ok(s.to_string())
        }
        other => Err(ev.type_error(&other, "a string", span)),
    }
}

/// The string a thunk coerces to, charged by its length: builtins copy it.
pub(super) fn coerce(
    ev: &mut Evaluator,
    thunk: &Thunk,
    span: Span,
    more: bool,
) -> EvalResult<String> {
    let value = ev.force(thunk, Some(span))?;
    let text = ev.coerce_to_string(&value, span, more)?;
    ev.charge_bytes(text.len(), span)?;
    Ok(text)
}

/// As [`coerce`], adding the context of what it reads to `context`.
pub(super) fn coerce_in(
    ev: &mut Evaluator,
    thunk: &Thunk,
    span: Span,
    more: bool,
    context: &mut Context,
) -> EvalResult<String> {
    let value = ev.force(thunk, Some(span))?;
    let text = ev.coerce_to_string_in(&value, span, more, context)?;
    ev.charge_bytes(text.len(), span)?;
    Ok(text)
}

/// As [`string`], adding the string's context to `context`.
pub(super) fn string_in(
    ev: &mut Evaluator,
    args: &[Thunk],
    index: usize,
    span: Span,
    context: &mut Context,
) -> EvalResult<String> {
    let value = arg(ev, args, index, span)?;
    ev.collect_context(&value, context);
    expect_string(ev, value, span)
}

pub(super) fn path_arg(
    ev: &mut Evaluator,
    args: &[Thunk],
    index: usize,
    span: Span,
) -> EvalResult<String> {
    let value = arg(ev, args, index, span)?;
    let text = ev.coerce_to_string(&value, span, false)?;
    if !text.starts_with('/') {
        return Err(EvalError::message(
            format!("string '{text}' doesn't represent an absolute path"),
            Some(span),
        ));
    }
    Ok(crate::path::canonicalize(&text))
}

/// A path argument the evaluation may look at (see [`crate::eval::EvalIo::check_access`]).
pub(super) fn accessible_path_arg(
    ev: &mut Evaluator,
    args: &[Thunk],
    index: usize,
    span: Span,
) -> EvalResult<String> {
    let path = path_arg(ev, args, index, span)?;
    if crate::eval::opaque::is_fake_store_path(&path) {
        // A file of an external source or a derivation's output (`readFile (runCommand
        // ...)`): Nix fetches or builds it while evaluating; ncc does neither.
        return Err(EvalError::unknown(
            crate::eval::opaque::contents_of(&path),
            Some(span),
        ));
    }
    ev.io()
        .check_access(&path)
        .map_err(|message| ev.outside_project(&path, message, Some(span)))?;
    Ok(path)
}

#[cfg(test)]
mod tests {
    //! Builtins Nix 2.8 lacks, so the corpus of testdata/eval cannot hold them: checked
    //! here against the latest Nix's documented behaviour (`warn` 2.23, `readFileType`
    //! 2.14, `convertHash` 2.19, `traceVerbose` 2.10), with digests from `sha256sum`,
    //! `openssl` and `nix-hash`.
    //! Likewise the pipe operators (2.24, with `experimental-features = pipe-operators`).

    use crate::eval::{print, Evaluator, MemoryIo};

    fn run(text: &str) -> Result<(String, Vec<String>), String> {
        let text = text.to_owned();
        crate::run_with_stack(move || {
            let io = MemoryIo::new()
                .with_file("/project/file.txt", "hello")
                .with_file("/project/dir/inner.nix", "1");
            let mut ev = Evaluator::new(&io);
            let (body, diagnostics) = ev.load_source("t.nix", "/project/t.nix", &text);
            assert!(diagnostics.is_empty(), "{text}");
            let span = ev.ir.span(body.root);
            let result = ev.eval_body(body).and_then(|value| {
                ev.deep_force(&value, span)?;
                print::print_value(&mut ev, &value, span)
            });
            result
                .map(|printed| (printed, ev.traces.clone()))
                .map_err(|error| {
                    error
                        .to_diagnostic(span)
                        .map(|d| d.message())
                        .unwrap_or_default()
                })
        })
    }

    /// Two set literals bound to one name merge recursively where both define a name as a
    /// set (NixOS/nix#11294; Nix 2.8 says "already defined", testdata/eval's
    /// follows-newer-nix.txt): the value is the one literal that writes both.
    #[test]
    fn set_literals_bound_to_one_name_merge_recursively() {
        let merged = run("{ s = { editor.cursor = { a = 1; }; }; n = 0; s = { editor = { b = 2; lsp.x = 3; }; }; }");
        let written =
            run("{ n = 0; s = { editor = { cursor = { a = 1; }; b = 2; lsp = { x = 3; }; }; }; }");
        assert!(merged.is_ok(), "{merged:?}");
        assert_eq!(merged, written);
    }

    /// `x |> f` is `f x`, grouping to the left; `f <| x` is `f x`, grouping to the right;
    /// both bind more loosely than every other operator. Each is compared with the
    /// application written out, whose value Nix 2.8 gives.
    #[test]
    fn pipe_operators_apply_functions() {
        let same = |piped: &str, applied: &str| {
            let piped_value = run(piped).map(|(value, _)| value);
            let applied_value = run(applied).map(|(value, _)| value);
            assert!(piped_value.is_ok(), "{piped}: {piped_value:?}");
            assert_eq!(piped_value, applied_value, "{piped}");
        };
        same(
            "[ 1 2 3 ] |> map (x: x * 2) |> builtins.filter (x: x > 2)",
            "builtins.filter (x: x > 2) (map (x: x * 2) [ 1 2 3 ])",
        );
        same(
            "let f = x: x + 1; g = x: x * 2; in f <| g <| 3",
            "let f = x: x + 1; g = x: x * 2; in f (g 3)",
        );
        same(
            "let f = x: [ x ]; in 1 + 2 |> f",
            "let f = x: [ x ]; in f (1 + 2)",
        );
        same(
            "let f = x: [ x ]; in f <| 1 + 2",
            "let f = x: [ x ]; in f (1 + 2)",
        );
        assert!(run("3 |> 4").is_err());
    }

    #[test]
    fn warn_records_its_message_and_returns_its_second_argument() {
        let (value, traces) = run("builtins.warn \"careful\" 42").expect("evaluates");
        assert_eq!(value, "42");
        assert_eq!(traces, ["evaluation warning: careful"]);
        let error = run("builtins.warn 1 2").expect_err("not a string");
        assert!(
            error.contains("expected a string but found an integer"),
            "{error}"
        );
    }

    /// Without `--trace-verbose` (off unless asked), Nix neither evaluates nor prints the
    /// first argument: the value is the second, and an error in the first is none.
    #[test]
    fn trace_verbose_is_its_second_argument() {
        let (value, traces) = run("builtins.traceVerbose \"loading\" [ 1 2 ]").expect("evaluates");
        assert_eq!(value, "[ 1 2 ]");
        assert!(traces.is_empty(), "{traces:?}");
        let (value, _) = run("builtins.traceVerbose (throw \"unread\") 7").expect("evaluates");
        assert_eq!(value, "7");
    }

    /// Current Nix reads `outputHashMode = "nar"` as `"recursive"`: the same path.
    #[test]
    fn output_hash_mode_nar_is_recursive() {
        let out_path = |mode: &str| {
            run(&format!(
                "(derivation {{ name = \"source\"; builder = \"/bin/sh\"; system = \"x86_64-linux\"; \
                 outputHashMode = \"{mode}\"; outputHashAlgo = \"sha256\"; \
                 outputHash = \"0000000000000000000000000000000000000000000000000000\"; }}).outPath"
            ))
        };
        let (recursive, _) = out_path("recursive").expect("evaluates");
        let (flat, _) = out_path("flat").expect("evaluates");
        assert_eq!(out_path("nar").expect("evaluates").0, recursive);
        assert_ne!(flat, recursive);
        assert!(out_path("sideways").is_err());
    }

    #[test]
    fn read_file_type_names_the_kind() {
        let (value, _) = run("map builtins.readFileType [ ./file.txt ./dir ]").expect("evaluates");
        assert_eq!(value, "[ \"regular\" \"directory\" ]");
        assert!(run("builtins.readFileType ./missing").is_err());
    }

    #[test]
    fn convert_hash_writes_every_format() {
        let empty = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        let sri = "sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=";
        let nix32 = "0mdqa9w1p6cmli6976v4wi0sw9r4p5prkj7lzfd1877wk11c9c73";
        let convert = |hash: &str, algo: &str, format: &str| {
            let algo = if algo.is_empty() {
                String::new()
            } else {
                format!("hashAlgo = \"{algo}\";")
            };
            run(&format!(
                "builtins.convertHash {{ hash = \"{hash}\"; {algo} toHashFormat = \"{format}\"; }}"
            ))
            .map(|(value, _)| value.trim_matches('"').to_owned())
        };
        assert_eq!(convert(sri, "", "base16").as_deref(), Ok(empty));
        assert_eq!(convert(empty, "sha256", "sri").as_deref(), Ok(sri));
        assert_eq!(convert(empty, "sha256", "nix32").as_deref(), Ok(nix32));
        assert_eq!(convert(nix32, "sha256", "base16").as_deref(), Ok(empty));
        assert_eq!(
            convert(&format!("sha256:{nix32}"), "", "base64").as_deref(),
            Ok(&sri[7..])
        );
        assert!(convert(empty, "", "base16").is_err(), "no algorithm");
        assert!(convert("abc", "sha256", "base16").is_err(), "wrong length");
        assert_eq!(
            run("builtins.hashString \"sha256\" \"\"").map(|(v, _)| v),
            Ok(format!("\"{empty}\""))
        );
    }
}
