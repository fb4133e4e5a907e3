//! Properties, checked on generated inputs (proptest):
//!
//! 1. A value ncc prints, evaluated again, is the same value (and so is one it writes as
//!    JSON, read back with `builtins.fromJSON`).
//! 2. Merging gives the same result whatever the order of independent modules.
//! 3. Code generation is deterministic: the same host compiles to the same plan.
//! 4. Every string the injection rule (C201) lets through comes back from the `.conf`
//!    line it is written to as the same string, read as systemd reads an
//!    `EnvironmentFile=`. The rule is consulted through `compiler::compile`, so the
//!    property holds for the rule as it is, not for a copy of it.

use std::collections::BTreeMap;
use std::rc::Rc;

use compiler::plan::{ArtifactKind, Plan};
use lib_nix::eval::{print, AttrEntry, Attrs, Evaluator, MemoryIo, Thunk, Value};
use lib_nix::name::Name;
use proptest::prelude::*;

// ---------------------------------------------------------------------------------------
// 1. Printing and evaluating again.

/// A Nix value without functions, paths or floats (floats print with six significant
/// digits, as Nix prints them, so they do not survive printing).
#[derive(Debug, Clone)]
enum Data {
    Null,
    Bool(bool),
    Int(i64),
    String(String),
    List(Vec<Data>),
    Attrs(BTreeMap<String, Data>),
}

/// Strings with what is hard to print: quotes, backslashes, `${`, `$`, `''`, newlines,
/// tabs, carriage returns, other control characters and non-ASCII text. Not NUL, which
/// no Nix string can hold.
fn text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "[a-zA-Z0-9 _.-]{0,6}",
        Just("\"".to_owned()),
        Just("\\".to_owned()),
        Just("${".to_owned()),
        Just("$".to_owned()),
        Just("''".to_owned()),
        Just("'".to_owned()),
        Just("\n".to_owned()),
        Just("\r".to_owned()),
        Just("\t".to_owned()),
        "[\u{1}-\u{1f}\u{7f}]",
        "[äß€😀\u{feff}\u{200b}]",
        any::<char>()
            .prop_filter("no NUL", |c| *c != '\0')
            .prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..6).prop_map(|pieces| pieces.concat())
}

/// Integers, avoiding the smallest: `-9223372036854775808` reads back as the negation of
/// a literal one too large, in ncc as in Nix.
fn integer() -> impl Strategy<Value = i64> {
    prop_oneof![
        -1000i64..1000,
        (i64::MIN + 1)..=i64::MAX,
        Just(i64::MAX),
        Just(i64::MIN + 1),
    ]
}

fn data() -> impl Strategy<Value = Data> {
    let leaf = prop_oneof![
        Just(Data::Null),
        any::<bool>().prop_map(Data::Bool),
        integer().prop_map(Data::Int),
        text().prop_map(Data::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Data::List),
            prop::collection::btree_map(text(), inner, 0..6).prop_map(Data::Attrs),
        ]
    })
}

/// The value `data` stands for, built directly (no source, no evaluation).
fn to_value(data: &Data) -> Value {
    match data {
        Data::Null => Value::Null,
        Data::Bool(b) => Value::Bool(*b),
        Data::Int(i) => Value::Int(*i),
        Data::String(s) => Value::string(s),
        Data::List(items) => Value::List(
            items
                .iter()
                .map(|item| Thunk::ready(to_value(item)))
                .collect(),
        ),
        Data::Attrs(entries) => Value::Attrs(Rc::new(Attrs::from_entries(
            entries
                .iter()
                .map(|(name, value)| AttrEntry {
                    name: Name::new(name),
                    value: Thunk::ready(to_value(value)),
                    span: None,
                    value_span: None,
                })
                .collect(),
        ))),
    }
}

/// Whether a forced value is `data`.
fn is(value: &Value, data: &Data) -> bool {
    let forced = |thunk: &Thunk| thunk.value_if_forced().expect("deeply forced");
    match (value, data) {
        (Value::Null, Data::Null) => true,
        (Value::Bool(a), Data::Bool(b)) => a == b,
        (Value::Int(a), Data::Int(b)) => a == b,
        (Value::String(a), Data::String(b)) => **a == **b,
        (Value::List(a), Data::List(b)) => {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| is(&forced(x), y))
        }
        (Value::Attrs(a), Data::Attrs(b)) => {
            a.len() == b.len()
                && a.entries().iter().zip(b).all(|(entry, (name, inner))| {
                    entry.name.as_str() == name && is(&forced(&entry.value), inner)
                })
        }
        _ => false,
    }
}

fn has_negative_list_item(data: &Data) -> bool {
    match data {
        Data::List(items) => items
            .iter()
            .any(|item| matches!(item, Data::Int(i) if *i < 0) || has_negative_list_item(item)),
        Data::Attrs(entries) => entries.values().any(has_negative_list_item),
        _ => false,
    }
}

/// Evaluates `text` strictly; the value or the rendered problems.
fn evaluate(text: &str) -> Result<Value, String> {
    let io = MemoryIo::new();
    let mut evaluator = Evaluator::new(&io);
    let (body, diagnostics) = evaluator.load_source("printed.nix", "/printed.nix", text);
    if let Some(diagnostic) = diagnostics.first() {
        return Err(diagnostic.message());
    }
    let span = evaluator.ir.span(body.root);
    let value = evaluator.eval_body(body).map_err(|e| e.text())?;
    evaluator.deep_force(&value, span).map_err(|e| e.text())?;
    Ok(value)
}

/// Prints `data` as ncc prints values (`nix-instantiate --eval --strict`), or as JSON.
fn print(data: &Data, json: bool) -> String {
    let io = MemoryIo::new();
    let mut evaluator = Evaluator::new(&io);
    let span = lib_nix::Span::new(lib_nix::FileId::new(0), 0, 0);
    let value = to_value(data);
    let printed = if json {
        print::to_json(&mut evaluator, &value, span)
    } else {
        print::print_value(&mut evaluator, &value, span)
    };
    printed.expect("plain data prints")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn a_printed_value_evaluates_to_itself(data in data()) {
        // Nix prints `[ (-1) ]` as `[ -1 ]`, which it cannot read back (a list item
        // cannot start with `-`); ncc prints as Nix does.
        prop_assume!(!has_negative_list_item(&data));
        let printed = print(&data, false);
        let value = evaluate(&printed);
        prop_assert!(
            value.as_ref().is_ok_and(|value| is(value, &data)),
            "printed {printed:?}, evaluated {:?}",
            value.map(|v| format!("{v:?}"))
        );
    }

    #[test]
    fn a_value_written_as_json_reads_back_as_itself(data in data()) {
        let json = print(&data, true);
        let source = format!("builtins.fromJSON {}", print(&Data::String(json.clone()), false));
        let value = evaluate(&source);
        prop_assert!(
            value.as_ref().is_ok_and(|value| is(value, &data)),
            "JSON {json:?}, read back {:?}",
            value.map(|v| format!("{v:?}"))
        );
    }
}

// ---------------------------------------------------------------------------------------
// 2 and 3. Merging and code generation.

/// One definition a module makes.
#[derive(Debug, Clone)]
enum Definition {
    /// `containers.<name>.config = { };`: every container needs one.
    Config,
    AutoStart(bool),
    /// `lib.mkDefault`, overridden by a plain definition in another module.
    DefaultAutoStart(bool),
    /// `lib.mkForce`, overriding a plain definition in another module.
    ForcedAutoStart(bool),
    PrivateNetwork {
        host: u8,
        local: u8,
    },
    BindMount {
        key: u8,
        read_only: bool,
    },
    Timeout(u8),
}

/// Definitions for containers `c0`, `c1`, ..., each at most once per container and
/// option (so no two modules conflict), spread over modules.
fn modules() -> impl Strategy<Value = Vec<Vec<(u8, Definition)>>> {
    let definitions = prop::collection::vec(
        (
            0u8..3,
            prop_oneof![
                any::<bool>().prop_map(Definition::AutoStart),
                any::<bool>().prop_map(Definition::DefaultAutoStart),
                any::<bool>().prop_map(Definition::ForcedAutoStart),
                (1u8..250, 1u8..250)
                    .prop_map(|(host, local)| Definition::PrivateNetwork { host, local }),
                (0u8..4, any::<bool>())
                    .prop_map(|(key, read_only)| Definition::BindMount { key, read_only }),
                (1u8..60).prop_map(Definition::Timeout),
            ],
            0usize..4,
        ),
        1..12,
    );
    definitions.prop_map(|definitions| {
        let mut modules: Vec<Vec<(u8, Definition)>> = vec![Vec::new(); 4];
        let mut seen = std::collections::HashSet::new();
        for (container, definition, module) in definitions {
            let key = match &definition {
                Definition::AutoStart(_) => "plain".to_owned(),
                Definition::DefaultAutoStart(_) => "default".to_owned(),
                Definition::ForcedAutoStart(_) => "forced".to_owned(),
                Definition::PrivateNetwork { .. } => "network".to_owned(),
                Definition::BindMount { key, .. } => format!("bind{key}"),
                Definition::Timeout(_) => "timeout".to_owned(),
                Definition::Config => "config".to_owned(),
            };
            if seen.insert((container, key)) {
                modules[module].push((container, definition));
            }
        }
        let containers: std::collections::BTreeSet<u8> = modules
            .iter()
            .flatten()
            .map(|(container, _)| *container)
            .collect();
        for (index, container) in containers.into_iter().enumerate() {
            modules[index % 4].push((container, Definition::Config));
        }
        modules
    })
}

fn module_text(definitions: &[(u8, Definition)]) -> String {
    let mut text = String::from("{ lib, ... }: {\n");
    for (container, definition) in definitions {
        let prefix = format!("  containers.c{container}");
        let line = match definition {
            Definition::Config => format!("{prefix}.config = {{ }};"),
            Definition::AutoStart(b) => format!("{prefix}.autoStart = {b};"),
            Definition::DefaultAutoStart(b) => format!("{prefix}.autoStart = lib.mkDefault {b};"),
            Definition::ForcedAutoStart(b) => format!("{prefix}.autoStart = lib.mkForce {b};"),
            Definition::PrivateNetwork { host, local } => format!(
                "{prefix} = {{ privateNetwork = true; hostAddress = \"10.{container}.{host}.1\"; localAddress = \"10.{container}.{local}.2\"; }};"
            ),
            Definition::BindMount { key, read_only } => format!(
                "{prefix}.bindMounts.\"/srv/m{key}\" = {{ hostPath = \"/data/{container}/{key}\"; isReadOnly = {read_only}; }};"
            ),
            Definition::Timeout(minutes) => format!("{prefix}.timeoutStartSec = \"{minutes}min\";"),
        };
        text.push_str(&line);
        text.push('\n');
    }
    text.push_str("}\n");
    text
}

/// Compiles a host importing `modules` in the order given by `order`: whether it had
/// errors, and the plan.
fn compile_modules(modules: &[Vec<(u8, Definition)>], order: &[usize]) -> (bool, Option<Plan>) {
    let mut io = MemoryIo::new();
    for (index, module) in modules.iter().enumerate() {
        io = io.with_file(&format!("/host/m{index}.nix"), &module_text(module));
    }
    let imports: Vec<String> = order
        .iter()
        .map(|index| format!("./m{index}.nix"))
        .collect();
    let host = format!("{{ imports = [ {} ]; }}\n", imports.join(" "));
    compile_text(io, host)
}

fn compile_text(io: MemoryIo, host: String) -> (bool, Option<Plan>) {
    lib_nix::run_with_stack(move || {
        let compilation = compiler::compile("host.nix", "/host/host.nix", &host, &io);
        (compilation.has_errors(), compilation.plan)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn merging_does_not_depend_on_the_order_of_independent_modules(
        modules in modules(),
        order in Just((0..4).collect::<Vec<usize>>()).prop_shuffle(),
    ) {
        let forward = compile_modules(&modules, &[0, 1, 2, 3]);
        let shuffled = compile_modules(&modules, &order);
        prop_assert_eq!(&forward, &shuffled, "order {:?}", order);
    }

    #[test]
    fn codegen_is_deterministic(modules in modules()) {
        let first = compile_modules(&modules, &[0, 1, 2, 3]);
        let second = compile_modules(&modules, &[0, 1, 2, 3]);
        prop_assert_eq!(&first, &second);
        if let Some(plan) = &first.1 {
            prop_assert_eq!(
                compiler::emit::to_json(plan).to_string(),
                compiler::emit::to_json(second.1.as_ref().expect("the same")).to_string()
            );
            prop_assert!(plan.artifacts.windows(2).all(|w| w[0].path < w[1].path));
        }
    }
}

// ---------------------------------------------------------------------------------------
// 4. Values that pass the injection rule read back from the `.conf`.

/// The value of `key` in an `EnvironmentFile=`, read as systemd's `parse_env_file`
/// reads it: leading whitespace skipped; a value that starts with `"` is read up to the
/// closing quote with `\` escaping `"`, `\`, `` ` `` and `$` only, one that starts with
/// `'` literally up to the next `'`; then (or else) unquoted text up to the end of the
/// line, a `\` taking the next character literally, trailing whitespace dropped. Quotes
/// later in the value are plain characters. `None` if the key is not on a line of its
/// own, or a quote is not closed.
fn read_environment_file(text: &str, key: &str) -> Option<String> {
    let prefix = format!("{key}=");
    let line_start = text
        .split_inclusive('\n')
        .scan(0, |offset, line| {
            let start = *offset;
            *offset += line.len();
            Some((start, line))
        })
        .find(|(_, line)| line.starts_with(&prefix))
        .map(|(start, _)| start)?;
    let mut chars = text[line_start + prefix.len()..].chars().peekable();
    while chars.next_if(|c| *c == ' ' || *c == '\t').is_some() {}
    let mut value = String::new();
    match chars.peek() {
        Some('"') => {
            chars.next();
            loop {
                match chars.next() {
                    None => return None,
                    Some('"') => break,
                    Some('\\') => match chars.next() {
                        Some(c @ ('"' | '\\' | '`' | '$')) => value.push(c),
                        Some('\n') => {}
                        Some(c) => {
                            value.push('\\');
                            value.push(c);
                        }
                        None => return None,
                    },
                    Some(c) => value.push(c),
                }
            }
        }
        Some('\'') => {
            chars.next();
            loop {
                match chars.next() {
                    None => return None,
                    Some('\'') => break,
                    Some(c) => value.push(c),
                }
            }
        }
        _ => {}
    }
    // Where unquoted trailing whitespace may be cut.
    let mut keep = value.len();
    loop {
        match chars.next() {
            None | Some('\n') => break,
            Some('\\') => match chars.next() {
                None => break,
                // A backslash before the newline joins the next line.
                Some('\n') => {}
                Some(c) => {
                    value.push(c);
                    keep = value.len();
                }
            },
            Some(c) => {
                value.push(c);
                if !c.is_whitespace() {
                    keep = value.len();
                }
            }
        }
    }
    value.truncate(keep);
    Some(value)
}

fn conf_of(plan: &Plan, name: &str) -> Option<String> {
    plan.artifacts
        .iter()
        .find_map(|artifact| match &artifact.kind {
            ArtifactKind::File { contents, .. }
                if artifact.path.ends_with(&format!("/{name}.conf")) =>
            {
                Some(contents.clone())
            }
            _ => None,
        })
}

/// Compiles `host`: whether C201 flagged it, and the plan.
fn compile_for_c201(host: String) -> (bool, bool, Option<Plan>) {
    let io = MemoryIo::new();
    lib_nix::run_with_stack(move || {
        let compilation = compiler::compile("host.nix", "/host/host.nix", &host, &io);
        let flagged = compilation.diagnostics.iter().any(|d| d.code() == "C201");
        (flagged, compilation.has_errors(), compilation.plan)
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn a_raw_conf_value_that_passes_the_injection_rule_reads_back(value in text()) {
        // `flake` is written raw: `FLAKE=<value>`.
        let host = format!("{{ containers.web.flake = {}; }}\n", print::quote_string(&value));
        let (flagged, errors, plan) = compile_for_c201(host);
        if value.contains(['\n', '\r']) {
            prop_assert!(flagged, "a line break in {value:?} went through");
        }
        if flagged || errors {
            return Ok(());
        }
        let conf = conf_of(plan.as_ref().expect("no errors, a plan"), "web").expect("a conf");
        prop_assert_eq!(read_environment_file(&conf, "FLAKE"), Some(value.clone()), "conf:\n{}", conf);
    }

    #[test]
    fn a_quoted_conf_value_that_passes_the_injection_rule_reads_back(value in text()) {
        // `extraFlags` are joined into `EXTRA_NSPAWN_FLAGS="<space><flags>"`.
        let host = format!(
            "{{ containers.web = {{ config = {{ }}; extraFlags = [ {} ]; }}; }}\n",
            print::quote_string(&value)
        );
        let (flagged, errors, plan) = compile_for_c201(host);
        // Inside the quotes systemd keeps a newline (and the start script splits flags at
        // it as at a space); a carriage return or a `"` would not come back as written.
        if value.contains(['\r', '"']) {
            prop_assert!(flagged || errors, "{value:?} went through");
        }
        if flagged || errors {
            return Ok(());
        }
        let conf = conf_of(plan.as_ref().expect("no errors, a plan"), "web").expect("a conf");
        let read = read_environment_file(&conf, "EXTRA_NSPAWN_FLAGS");
        prop_assert_eq!(read, Some(format!(" {value}")), "conf:\n{}", conf);
    }
}

#[test]
fn the_environment_file_reader_reads_as_systemd_does() {
    let text =
        "A=plain\nB=  spaced  \nC=\"quoted \\\" \\$x \\n\"\nD='single \\ '\nE=back\\\\slash\\ \n";
    assert_eq!(read_environment_file(text, "A").as_deref(), Some("plain"));
    assert_eq!(read_environment_file(text, "B").as_deref(), Some("spaced"));
    assert_eq!(
        read_environment_file(text, "C").as_deref(),
        Some("quoted \" $x \\n")
    );
    assert_eq!(
        read_environment_file(text, "D").as_deref(),
        Some("single \\ ")
    );
    assert_eq!(
        read_environment_file(text, "E").as_deref(),
        Some("back\\slash ")
    );
    assert_eq!(read_environment_file(text, "F"), None);
}

/// The injection properties are not vacuous: ordinary values pass the rule and are
/// compared, and the rule's refusals are real.
#[test]
fn ordinary_values_pass_the_injection_rule_and_read_back() {
    for value in [
        "github:NixOS/nixpkgs",
        "path:/srv/flakes/web#web",
        "git+https://example.org/x?ref=main&rev=1",
        "$HOME#not-a-comment=1",
        "a b",
    ] {
        let host = format!(
            "{{ containers.web.flake = {}; }}\n",
            print::quote_string(value)
        );
        let (flagged, errors, plan) = compile_for_c201(host);
        assert!(!flagged && !errors, "{value:?}");
        let conf = conf_of(&plan.expect("a plan"), "web").expect("a conf");
        assert_eq!(
            read_environment_file(&conf, "FLAKE").as_deref(),
            Some(value)
        );
    }
    for value in ["--private-users=pick", "--volatile=state", "--setenv=A=$B"] {
        let host = format!(
            "{{ containers.web = {{ config = {{ }}; extraFlags = [ {} ]; }}; }}\n",
            print::quote_string(value)
        );
        let (flagged, errors, plan) = compile_for_c201(host);
        assert!(!flagged && !errors, "{value:?}");
        let conf = conf_of(&plan.expect("a plan"), "web").expect("a conf");
        assert_eq!(
            read_environment_file(&conf, "EXTRA_NSPAWN_FLAGS"),
            Some(format!(" {value}"))
        );
    }
    for value in ["a\nFLAKE=evil", " leading", "\"quoted", "back\\slash"] {
        let host = format!(
            "{{ containers.web.flake = {}; }}\n",
            print::quote_string(value)
        );
        let (flagged, _, _) = compile_for_c201(host);
        assert!(flagged, "{value:?} was not flagged");
    }
}
