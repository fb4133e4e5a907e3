//! What the server asks of the compiler: check the hosts a document belongs to (found as
//! `ncc check` finds them) and sort their diagnostics by the file they concern; the merged value of one option and where it was defined; every
//! definition of an option across the files a host reads. Each runs the same pipeline as
//! `ncc check`, reading through an [`OverlayIo`].

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::rc::Rc;

use lib_nix::eval::{print, EvalIo, Evaluator, Thunk, Value};
use lib_nix::modules::{eval_modules_open, ModuleInput};
use lib_nix::name::Name;
use lib_nix::{Diagnostic, SourceDb, Span};
use lsp_types as lsp;

use crate::project::config_file::apply_rules;
use crate::project::discover::{check_files, Outcome, Project};
use crate::project::{locate, EntryFile, HostKind};

use super::convert::{self, LineIndex};
use super::documents::OverlayIo;
use super::outline;

/// The longest merged value a hover shows.
const MAX_VALUE_LENGTH: usize = 2_000;

/// One host's check, in the protocol's terms.
#[derive(Debug, Clone, Default)]
pub struct HostReport {
    /// The real files the host read: itself and what it imports.
    pub files: Vec<PathBuf>,
    /// The diagnostics of each file, every read file present (clean ones with none).
    pub diagnostics: HashMap<PathBuf, Vec<lsp::Diagnostic>>,
}

/// Checks what `path` (shown as `name`, with contents `text`) belongs to, as `ncc check`
/// given that one file would: the hosts of the project around it (`ncc.toml`, the
/// flake, the hive) that reach it, else the repository's host modules that import it,
/// else the file itself when it is a host; a file no host reaches is only parsed.
pub fn check_host(
    path: &Path,
    name: &str,
    text: &str,
    root: &Path,
    io: &OverlayIo,
    docs_base: &str,
) -> HostReport {
    let mut report = HostReport::default();
    report.files.push(path.to_path_buf());
    report.diagnostics.insert(path.to_path_buf(), Vec::new());
    let root = root.to_string_lossy();
    let dir = path.parent().unwrap_or(Path::new("/")).to_string_lossy();
    let located = match locate::around(io, &root, &dir) {
        Ok(located) => located,
        Err(message) => {
            // The project file is broken: say so where the user is, and check the file
            // on its own.
            report
                .diagnostics
                .entry(path.to_path_buf())
                .or_default()
                .push(lsp::Diagnostic {
                    range: lsp::Range::default(),
                    severity: Some(lsp::DiagnosticSeverity::ERROR),
                    source: Some("ncc".to_owned()),
                    message,
                    ..Default::default()
                });
            locate::Located {
                project: Project {
                    root: root.clone().into_owned(),
                    entries: Vec::new(),
                    only: None,
                },
                rules: Default::default(),
            }
        }
    };
    let entry = EntryFile {
        name: name.to_owned(),
        path: path.to_string_lossy().into_owned(),
    };
    let given = [(entry, text.to_owned())];
    let mut outcome = check_files(&located.project, &given, io, false, crate::Teardown::Free);
    // A nested flake (hive, network) whose hosts do not read the document (a bootstrap
    // flake in `host/` beside the `host/default.nix` the root flake imports) hides the
    // ones above it that do: the nearest above whose hosts read it is checked instead. A
    // project `ncc.toml` names is taken as it is; none reading it, the nearest stands.
    let configured = matches!(locate::find_config(io, &root, &dir), Ok(Some(_)));
    let mut above = located
        .project
        .entries
        .first()
        .map(|(entry, _)| entry.dir());
    while !configured && !reaches(&outcome, path) {
        let Some(dir) = above.filter(|dir| dir.as_str() != root.as_ref()) else {
            break;
        };
        let Ok(next) = locate::around(io, &root, &lib_nix::path::dir_of(&dir)) else {
            break;
        };
        let Some((next_entry, _)) = next.project.entries.first() else {
            break;
        };
        above = Some(next_entry.dir());
        let tried = check_files(&next.project, &given, io, false, crate::Teardown::Free);
        if reaches(&tried, path) {
            outcome = tried;
        }
    }
    for mut checked in outcome.checked {
        for file in &checked.files {
            let file = PathBuf::from(file);
            if file.is_absolute() && !report.files.contains(&file) {
                report.diagnostics.insert(file.clone(), Vec::new());
                report.files.push(file);
            }
        }
        apply_rules(&located.rules, &mut checked.compilation.diagnostics);
        let compilation = &checked.compilation;
        add(
            &mut report,
            path,
            &compilation.diagnostics,
            &compilation.sources,
            docs_base,
        );
    }
    for listing in &outcome.listings {
        add(
            &mut report,
            path,
            &listing.diagnostics,
            &listing.sources,
            docs_base,
        );
    }
    for (_, diagnostics, sources) in &outcome.unparsed {
        add(&mut report, path, diagnostics, sources, docs_base);
    }
    report
}

/// Whether a host of the project reads `path`, not counting the file checked on its own.
fn reaches(outcome: &Outcome, path: &Path) -> bool {
    outcome.checked.iter().any(|checked| {
        let alone = matches!(checked.host.kind, HostKind::Module)
            && Path::new(&checked.host.entry.path) == path;
        !alone && checked.files.iter().any(|file| Path::new(file) == path)
    })
}

/// Sorts `diagnostics` into the files they concern; one in no real file goes to `path`.
fn add(
    report: &mut HostReport,
    path: &Path,
    diagnostics: &[Diagnostic],
    sources: &SourceDb,
    docs_base: &str,
) {
    for diagnostic in diagnostics {
        let (file, in_real_file) = match convert::real_path(sources, diagnostic.span) {
            Some(file) => (file, true),
            None => (path.to_path_buf(), false),
        };
        let converted = convert::diagnostic(diagnostic, sources, in_real_file, docs_base);
        let entry = report.diagnostics.entry(file).or_default();
        if !entry.contains(&converted) {
            entry.push(converted);
        }
    }
}

/// An option's merged value, printed in Nix syntax, and where its winning definition is.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Merged {
    pub value: Option<String>,
    pub defined_at: Option<lsp::Location>,
}

/// Evaluates the host and reads the option at `loc` (a path written in the host, e.g.
/// `containers.web.autoStart`). An option inside a container's own `config`
/// (`containers.web.config.networking.hostName`) is read from that module evaluated
/// against the declared subset of NixOS, as `ncc check` evaluates it.
pub fn merged_value(
    path: &Path,
    name: &str,
    text: &str,
    io: &dyn EvalIo,
    loc: &[String],
) -> Merged {
    if loc.iter().any(|key| key == "*") {
        return Merged::default();
    }
    let mut ev = Evaluator::new(io);
    let (body, _) = ev.load_source(name, &path.to_string_lossy(), text);
    let span = ev.ir.span(body.root);
    let Ok((evaluated, _)) = crate::evaluate_host(&mut ev, body, name) else {
        return Merged::default();
    };
    let in_container_config = loc.len() > 3 && outline::is_container_config(&loc[..3]);
    let (root, rest, recorded) = if in_container_config {
        let Some(container) = select(&mut ev, &evaluated.config, &loc[..2], span) else {
            return Merged::default();
        };
        let Some(config) = container_config(&mut ev, &loc[1], &container, span) else {
            return Merged::default();
        };
        // The container's options are recorded as NixOS names them, without `config`.
        let recorded: Vec<&String> = loc[..2].iter().chain(&loc[3..]).collect();
        (config, &loc[3..], recorded)
    } else {
        (evaluated.config.clone(), loc, loc.iter().collect())
    };
    let value = select(&mut ev, &root, rest, span);
    let printed = value
        .and_then(|value| print::print_value(&mut ev, &value, span).ok())
        .map(|mut text| {
            if text.len() > MAX_VALUE_LENGTH {
                let mut cut = MAX_VALUE_LENGTH;
                while !text.is_char_boundary(cut) {
                    cut -= 1;
                }
                text.truncate(cut);
                text.push_str(" ...");
            }
            text
        });
    let names: Vec<Name> = recorded.iter().map(|key| Name::new(key)).collect();
    let defined_at = ev
        .definition_spans
        .get(&names)
        .and_then(|span| location(&ev.sources, span));
    Merged {
        value: printed,
        defined_at,
    }
}

/// The value at `path` below `value`, forcing what it passes through.
fn select(ev: &mut Evaluator, value: &Value, path: &[String], span: Span) -> Option<Value> {
    let mut value = value.clone();
    for key in path {
        let Value::Attrs(attrs) = ev.force(&Thunk::ready(value), Some(span)).ok()? else {
            return None;
        };
        let thunk = attrs.get(key)?.value.clone();
        value = ev.force(&thunk, Some(span)).ok()?;
    }
    Some(value)
}

/// The merged configuration of a container's own `config`: the module evaluated with the
/// declared subset of NixOS, `name` and the container's `specialArgs`, as `ncc check`
/// evaluates it (`config.rs`).
fn container_config(
    ev: &mut Evaluator,
    name: &str,
    container: &Value,
    span: Span,
) -> Option<Value> {
    let Value::Attrs(attrs) = container else {
        return None;
    };
    let module = attrs.get("config")?.value.clone();
    let module = crate::config::read_by_host::module_of(ev, &module);
    let schema = crate::schema::load_inner(ev).ok()?;
    let modules = vec![
        ModuleInput {
            value: schema,
            file: Rc::from(crate::schema::INNER_SCHEMA_FILE),
        },
        ModuleInput {
            value: module,
            file: Rc::from(format!("containers.{name}.config").as_str()),
        },
    ];
    let mut args = vec![(Name::new("name"), Thunk::ready(Value::string(name)))];
    if let Some(Value::Attrs(special)) = select(ev, container, &["specialArgs".to_owned()], span) {
        for entry in special.entries() {
            args.push((entry.name.clone(), entry.value.clone()));
        }
    }
    let prefix = vec![Name::new("containers"), Name::new(name)];
    let (evaluated, _) = eval_modules_open(ev, modules, args, prefix).ok()?;
    Some(evaluated.config)
}

/// Every place the files of a host define the option (or option set) at `loc`, in file
/// order: each key that names it.
pub fn definitions(files: &[PathBuf], io: &dyn EvalIo, loc: &[String]) -> Vec<lsp::Location> {
    let mut found = Vec::new();
    for file in files {
        let Ok(text) = io.read_file(&file.to_string_lossy()) else {
            continue;
        };
        let outline = outline::outline(&text);
        let index = LineIndex::new(&text);
        // Keys, not only whole bindings: `containers.db.autoStart = true;` defines
        // `containers.db` too.
        for key in outline.keys.iter().filter(|key| key.path == loc) {
            found.push(lsp::Location::new(
                convert::uri_of_path(file),
                index.range(key.range.start().into(), key.range.end().into()),
            ));
        }
    }
    found
}

/// The location of `span` if it lies in a real file.
pub fn location(sources: &SourceDb, span: Span) -> Option<lsp::Location> {
    let path = convert::real_path(sources, span)?;
    let text = &sources.file(span.file).text;
    Some(lsp::Location::new(
        convert::uri_of_path(&path),
        LineIndex::new(text).range(span.start, span.end),
    ))
}
