//! `ncc eval`: a host's merged configuration as JSON, like `nix eval --json` on a NixOS
//! configuration, optionally narrowed to one attribute path (`-A containers.web`).
//!
//! Options that have no value and no default are left out rather than reported;
//! functions, such as a container's `config`
//! module, print as the string `"<function>"`; packages print as their (placeholder)
//! store path, as Nix prints a derivation.

use std::rc::Rc;

use lib_nix::diagnostic::ModuleErrorCode;
use lib_nix::eval::{Env, ErrorKind, EvalError, Evaluator, Thunk, Value};
use lib_nix::modules::{eval_modules_open, ModuleInput};
use lib_nix::{Diagnostic, SourceDb, Span};
use serde_json::Value as Json;

use super::input::Input;

/// How deep a value is printed before `"<too deep>"` stands for the rest.
const MAX_DEPTH: usize = 64;

/// What `ncc eval` found.
pub enum Outcome {
    /// The configuration (or the part asked for) as JSON, and the findings of ncc's own
    /// rules, which NixOS's evaluation does not make (they go to standard error).
    Value(Json, Vec<Diagnostic>, SourceDb),
    /// The file does not check: what `ncc check` would report.
    Diagnostics(Vec<Diagnostic>, SourceDb),
    /// `-A` named an attribute the configuration does not have; the message says which.
    NoSuchAttribute(String),
}

/// The merged configuration of `input` at `attr_path` (all of it when empty). A file
/// with errors is not printed: its diagnostics are returned instead, as `check` gives them.
pub fn host_json(input: Input, attr_path: Vec<String>) -> Outcome {
    let Input {
        name,
        path,
        text,
        io,
    } = input;
    let text = match text {
        Ok(text) => text,
        Err((lossy, offset)) => {
            let input = Input {
                name,
                path,
                text: Err((lossy, offset)),
                io,
            };
            let compiled = super::input::check(input, false);
            return Outcome::Diagnostics(compiled.diagnostics, compiled.sources);
        }
    };
    lib_nix::run_with_stack(move || {
        let compilation = compiler::check(&name, &path, &text, &io);
        if fails_in_nixos(&compilation.diagnostics) {
            return Outcome::Diagnostics(compilation.diagnostics, compilation.sources);
        }
        let (findings, sources) = (compilation.diagnostics, compilation.sources);
        let mut ev = Evaluator::new(&io);
        lib_nix::modules::install_hooks(&mut ev);
        ev.hooks.open_namespace = compiler::schema::is_nixos_namespace;
        ev.hooks.stand_in_module = compiler::stand_ins::stand_in_module;
        let (body, _) = ev.load_source(&name, &path, &text);
        let whole_file = Span::new(ev.ir.span(body.root).file, 0, 0);
        let host = ModuleInput {
            value: Thunk::suspended(body.root, Env::top_level()),
            file: Rc::from(name.as_str()),
        };
        let evaluated = evaluate(&mut ev, vec![host], Vec::new(), &attr_path);
        outcome(&mut ev, evaluated, findings, sources, whole_file)
    })
}

/// [`host_json`] for a file or a host as `ncc check` takes it (`.#web`, `hive.nix#web`,
/// a flake's one host, a table of systems, a module as the host its project reaches it
/// through or as a host of its own): the host its check found, its modules evaluated as
/// the check evaluates them, with the `specialArgs` its entry file gives them.
pub fn checked_host_json(
    file: &std::path::Path,
    options: &super::input::InputOptions,
    attr_path: Vec<String>,
) -> anyhow::Result<Outcome> {
    let super::input::NamedCheck { compiled, io, .. } =
        super::input::check_named_host(file, options, false)?;
    if fails_in_nixos(&compiled.diagnostics) {
        return Ok(Outcome::Diagnostics(compiled.diagnostics, compiled.sources));
    }
    let Some(host) = compiled.host.clone() else {
        return Ok(Outcome::NoSuchAttribute(format!(
            "{} names no host",
            file.display()
        )));
    };
    let text = lib_nix::eval::EvalIo::read_file(&io, &host.entry.path)
        .map_err(|error| anyhow::anyhow!("cannot read '{}': {error}", host.entry.path))?;
    Ok(lib_nix::run_with_stack(move || {
        host_outcome(&host, &text, &io, &attr_path, compiled)
    }))
}

/// `host` (its entry file's `text`) evaluated as its check evaluates it, `attr_path` of
/// its configuration printed after the check's findings (`compiled`).
fn host_outcome(
    host: &compiler::project::Host,
    text: &str,
    io: &dyn lib_nix::eval::EvalIo,
    attr_path: &[String],
    compiled: super::input::Compiled,
) -> Outcome {
    let mut ev = compiler::project::host_evaluator(io);
    compiler::project::prepare_for(&mut ev, host, io);
    let (whole_file, modules) = compiler::project::modules_of(&mut ev, host, text, io);
    let evaluated = match modules {
        Ok(Some((modules, special))) => evaluate(&mut ev, modules, special, attr_path),
        Ok(None) => {
            return Outcome::NoSuchAttribute(format!(
                "ncc does not evaluate how {} makes this host",
                host.entry.name
            ))
        }
        Err(error) => Err(error),
    };
    outcome(
        &mut ev,
        evaluated,
        compiled.diagnostics,
        compiled.sources,
        whole_file,
    )
}

/// Whether NixOS itself would fail on `diagnostics`: ncc's own rules (an address that
/// is not one, a name too long for an interface) do not stop a value being printed.
fn fails_in_nixos(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| {
        d.severity() == lib_nix::Severity::Error
            && !matches!(d.kind, lib_nix::DiagnosticKind::Rule { .. })
    })
}

/// What evaluating the configuration gave, with the check's `findings`.
fn outcome(
    ev: &mut Evaluator,
    evaluated: Result<Result<Json, String>, Box<EvalError>>,
    findings: Vec<Diagnostic>,
    sources: SourceDb,
    whole_file: Span,
) -> Outcome {
    match evaluated {
        Ok(Ok(json)) => Outcome::Value(json, findings, sources),
        Ok(Err(message)) => Outcome::NoSuchAttribute(message),
        Err(error) => {
            let mut found = std::mem::take(&mut ev.diagnostics);
            found.extend(error.to_diagnostic(whole_file));
            Outcome::Diagnostics(found, ev.sources.clone())
        }
    }
}

/// The options of `ncc eval --plain` as `nix-instantiate` takes them: `--arg NAME EXPR`
/// and `--argstr NAME VALUE` in the order given (clap hands each as two values), and
/// `-I PATH` or `-I prefix=PATH`, relative paths made absolute from the current directory.
pub fn plain_options(
    json: bool,
    arg: &[String],
    argstr: &[String],
    include: &[String],
) -> anyhow::Result<compiler::PlainEval> {
    let directory = std::env::current_dir()
        .map_err(|error| anyhow::anyhow!("cannot read the current directory: {error}"))?;
    let mut args: Vec<(String, compiler::AutoArg)> = Vec::new();
    for pair in arg.chunks(2) {
        args.push((pair[0].clone(), compiler::AutoArg::Expr(pair[1].clone())));
    }
    for pair in argstr.chunks(2) {
        args.push((pair[0].clone(), compiler::AutoArg::Str(pair[1].clone())));
    }
    // nix-instantiate reads `-I` first, then `NIX_PATH`.
    let from_environment = std::env::var("NIX_PATH").unwrap_or_default();
    let search_path = include
        .iter()
        .cloned()
        .chain(split_nix_path(&from_environment))
        .map(|entry| {
            let (prefix, path) = match entry.split_once('=') {
                Some((prefix, path)) => (prefix.to_owned(), path),
                None => (String::new(), entry.as_str()),
            };
            let absolute = directory.join(path);
            let path = lib_nix::path::canonicalize(&absolute.to_string_lossy());
            (prefix, path)
        })
        .collect();
    Ok(compiler::PlainEval {
        json,
        args,
        search_path,
        directory: directory.to_string_lossy().into_owned(),
    })
}

/// The entries of `NIX_PATH`: separated by `:`, except the one after a URL's scheme
/// (`nixpkgs=https://example.org/nixpkgs.tar.gz`).
fn split_nix_path(text: &str) -> Vec<String> {
    let mut entries: Vec<String> = Vec::new();
    for piece in text.split(':') {
        match entries.last_mut() {
            Some(last) if piece.starts_with("//") => {
                last.push(':');
                last.push_str(piece);
            }
            _ if piece.is_empty() => {}
            _ => entries.push(piece.to_owned()),
        }
    }
    entries
}

/// Splits an attribute path as Nix writes it: `containers.web.bindMounts."/srv/pg"`.
/// A quoted part may hold dots; `\"` and `\\` escape inside quotes.
pub fn parse_attr_path(text: &str) -> Result<Vec<String>, String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut quoted = false;
    let mut was_quoted = false;
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') => quoted = false,
            (true, '\\') => current.extend(chars.next()),
            (true, c) => current.push(c),
            (false, '"') if current.is_empty() && !was_quoted => {
                quoted = true;
                was_quoted = true;
            }
            (false, '.') => {
                if current.is_empty() && !was_quoted {
                    return Err(format!("`{text}' has an empty attribute name"));
                }
                parts.push(std::mem::take(&mut current));
                was_quoted = false;
            }
            (false, c) if !was_quoted => current.push(c),
            (false, c) => return Err(format!("`{text}': unexpected `{c}' after a quoted name")),
        }
    }
    if quoted {
        return Err(format!("`{text}' has an unclosed quote"));
    }
    if current.is_empty() && !was_quoted {
        return Err(format!("`{text}' has an empty attribute name"));
    }
    parts.push(current);
    Ok(parts)
}

fn evaluate(
    ev: &mut Evaluator,
    host_modules: Vec<ModuleInput>,
    special: Vec<(lib_nix::name::Name, Thunk)>,
    attr_path: &[String],
) -> Result<Result<Json, String>, Box<EvalError>> {
    let schema = compiler::schema::load(ev)?;
    let mut modules = vec![ModuleInput {
        value: schema,
        file: Rc::from(compiler::schema::SCHEMA_FILE),
    }];
    modules.extend(host_modules);
    let (evaluated, _) = eval_modules_open(ev, modules, special, Vec::new())?;
    let mut value = evaluated.config;
    for (depth, part) in attr_path.iter().enumerate() {
        let Value::Attrs(attrs) = value else {
            return Ok(Err(format!(
                "`{}' is not an attribute set, so it has no attribute `{part}'",
                attr_path[..depth].join(".")
            )));
        };
        let Some(entry) = attrs.get(part) else {
            let known: Vec<&str> = attrs.names().collect();
            return Ok(Err(format!(
                "the configuration has no attribute `{}'; `{}' has: {}",
                attr_path[..=depth].join("."),
                if depth == 0 {
                    "config".to_owned()
                } else {
                    attr_path[..depth].join(".")
                },
                known.join(", ")
            )));
        };
        let thunk = entry.value.clone();
        value = ev.force(&thunk, None)?;
    }
    to_json(ev, &value, 0, &mut attr_path.to_vec()).map(Ok)
}

/// `containers.<name>.config`, the container's own NixOS module: shown as "<module>", as
/// nixpkgs-based tools show a deferred module they cannot print.
fn is_container_module(at: &[String]) -> bool {
    at.len() == 3 && at[0] == "containers" && at[2] == "config"
}

fn to_json(
    ev: &mut Evaluator,
    value: &Value,
    depth: usize,
    at: &mut Vec<String>,
) -> Result<Json, Box<EvalError>> {
    if depth > MAX_DEPTH {
        return Ok(Json::from("<too deep>"));
    }
    if is_container_module(at) {
        return Ok(Json::from("<module>"));
    }
    Ok(match value {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::from(*b),
        Value::Int(i) => Json::from(*i),
        Value::Float(x) => serde_json::Number::from_f64(*x)
            .map(Json::Number)
            .unwrap_or(Json::Null),
        Value::String(s) | Value::Path(s) => Json::from(s.to_string()),
        Value::Lambda(_) | Value::Builtin(_) => Json::from("<function>"),
        Value::List(items) => {
            let mut out = Vec::with_capacity(items.len());
            for item in items.iter() {
                let item = ev.force(item, None)?;
                out.push(to_json(ev, &item, depth + 1, at)?);
            }
            Json::Array(out)
        }
        Value::Attrs(attrs) => {
            if let Some(out_path) = attrs.get("outPath") {
                let thunk = out_path.value.clone();
                let out_path = ev.force(&thunk, None)?;
                return to_json(ev, &out_path, depth + 1, at);
            }
            let mut out = serde_json::Map::new();
            for entry in attrs.entries() {
                let thunk = entry.value.clone();
                match ev.force(&thunk, None) {
                    Ok(value) => {
                        at.push(entry.name.to_string());
                        let json = to_json(ev, &value, depth + 1, at);
                        at.pop();
                        out.insert(entry.name.to_string(), json?);
                    }
                    Err(error)
                        if matches!(error.kind, ErrorKind::Module(ModuleErrorCode::NoValue, _)) => {
                    }
                    Err(error) => return Err(error),
                }
            }
            Json::Object(out)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::parse_attr_path;

    #[test]
    fn attribute_paths_split_at_dots_outside_quotes() {
        assert_eq!(
            parse_attr_path("containers.web").unwrap(),
            ["containers", "web"]
        );
        assert_eq!(
            parse_attr_path("containers.db.bindMounts.\"/var/lib/x.y\"").unwrap(),
            ["containers", "db", "bindMounts", "/var/lib/x.y"]
        );
        assert_eq!(parse_attr_path("\"a\\\"b\"").unwrap(), ["a\"b"]);
        assert!(parse_attr_path("containers..web").is_err());
        assert!(parse_attr_path("containers.").is_err());
        assert!(parse_attr_path("\"open").is_err());
    }
}
