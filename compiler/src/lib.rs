//! ncc: NixOS container declarations in, the files NixOS would write out.
//!
//! [`compile`] runs the whole pipeline on one host file: parse, lower, evaluate, merge
//! the modules against the container schema, check, and generate a [`plan::Plan`]. It
//! reads files only through the [`lib_nix::eval::EvalIo`] it is given and writes nothing.

pub mod check;
pub mod codegen;
pub mod config;
pub mod emit;
pub mod io;
pub mod lsp;
pub mod model;
pub mod options;
pub mod plan;
pub mod project;
pub mod render;
pub mod schema;
pub mod stand_ins;

use std::rc::Rc;

use lib_nix::eval::{EvalIo, Evaluator, Thunk, Value};
use lib_nix::modules::{eval_modules_open, ModuleInput};
use lib_nix::{Diagnostic, Severity, SourceDb, Span};

/// Everything one compilation produced. `plan` is present only when no error was found.
pub struct Compilation {
    pub host: Option<model::HostConfig>,
    /// What ncc accepted without checking: the host's options outside its declared
    /// subset of NixOS (`services.nginx.enable`), and the modules it did not evaluate
    /// (`<nixpkgs/nixos/modules/installer/scan/not-detected.nix>`).
    pub unchecked: Vec<String>,
    /// Containers whose options depend on values ncc cannot know.
    pub incomplete: Vec<config::Incomplete>,
    /// What only `ncc build` reports: the stand-ins its files would hold
    /// (`check/written_stand_ins.rs`), added to `diagnostics` by [`generate_plan`].
    pub stand_ins_written: Vec<Diagnostic>,
    pub plan: Option<plan::Plan>,
    pub diagnostics: Vec<Diagnostic>,
    pub sources: SourceDb,
}

impl Compilation {
    pub fn has_errors(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity() == Severity::Error)
    }
}

/// Compiles the host file `name` (shown in messages) at absolute `path` with contents
/// `text`. Never panics on user input and never fails: problems are diagnostics.
pub fn compile(name: &str, path: &str, text: &str, io: &dyn EvalIo) -> Compilation {
    compile_with(name, path, text, io, Teardown::Free)
}

/// [`compile`], ending as `teardown` says.
pub fn compile_with(
    name: &str,
    path: &str,
    text: &str,
    io: &dyn EvalIo,
    teardown: Teardown,
) -> Compilation {
    let mut compilation = check_host(name, path, text, io, teardown, Purpose::Build);
    generate_plan(&mut compilation);
    compilation
}

/// Generates the plan of a checked compilation, unless something stops it: an error, or
/// a container whose files would depend on a value ncc cannot know (each is an N302).
/// The stand-ins the files would hold are reported here too: N303 warnings for packages,
/// N302 errors for values of files ncc does not read.
pub fn generate_plan(compilation: &mut Compilation) {
    compilation
        .diagnostics
        .append(&mut compilation.stand_ins_written);
    for incomplete in std::mem::take(&mut compilation.incomplete) {
        let Some(container) = &incomplete.container else {
            compilation.diagnostics.push(
                unwritable(
                    "no container's files can be written: which containers the host declares depends on a value ncc cannot know".to_owned(),
                    incomplete.span,
                )
                .with_help("the warning above names what ncc could not read; declare the containers in a module ncc evaluates"),
            );
            continue;
        };
        let diagnostic = match &incomplete.unwritten {
            None => unwritable(
                format!("the files of container `{container}' cannot be written: they depend on a value ncc cannot know"),
                incomplete.span,
            )
            .with_help("the warnings above name what ncc could not read; define it in a module ncc evaluates, or write the value itself"),
            Some(options) => {
                let options: Vec<String> = options.iter().map(|o| format!("`{o}'")).collect();
                unwritable(
                    format!("the files of container `{container}' cannot be written: ncc does not write {}, which NixOS runs", options.join(", ")),
                    incomplete.span,
                )
                .with_note(format!("ncc writes the host's `preStart`, `script`, `postStart`, `preStop` and `postStop` of container@{container}.service as NixOS runs them when it knows their text, and no `reload` beside a list of `ExecReload` commands (beside NixOS's own alone, it is the error C225); a unit ncc wrote without them would differ from NixOS's"))
                .with_help("`ncc check` checks the host all the same; build it with the tool that deploys it (nixos-rebuild, colmena, extra-container)")
            }
        };
        compilation.diagnostics.push(diagnostic);
    }
    if !compilation.has_errors() {
        compilation.plan = compilation.host.as_ref().map(codegen::generate);
    }
}

/// An N302: a container whose files `ncc build` does not write.
fn unwritable(message: String, span: Span) -> Diagnostic {
    Diagnostic::new(
        lib_nix::DiagnosticKind::Rule {
            code: "N302",
            severity: Severity::Error,
            message,
        },
        span,
    )
}

/// What `ncc check` runs: [`compile`] up to and including the rules, without generating
/// the files (`plan` is always `None`). Code generation finds nothing to report.
pub fn check(name: &str, path: &str, text: &str, io: &dyn EvalIo) -> Compilation {
    check_with(name, path, text, io, Teardown::Free)
}

/// What happens to the evaluator's memory (every value, thunk and IR node of the run)
/// when a compilation returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Teardown {
    /// Freed: for callers that go on (tests, a long-running process).
    #[default]
    Free,
    /// Left to the operating system: for a command line about to exit, where freeing
    /// millions of small objects one by one is time spent for nothing (6% of `ncc check`
    /// at 10,000 containers). clang's `-disable-free` does the same.
    LeaveToExit,
}

impl Teardown {
    /// Frees `value` or leaves it to the operating system.
    pub fn end<T>(self, value: T) {
        match self {
            Teardown::Free => drop(value),
            Teardown::LeaveToExit => std::mem::forget(value),
        }
    }
}

/// [`check`], ending as `teardown` says.
pub fn check_with(
    name: &str,
    path: &str,
    text: &str,
    io: &dyn EvalIo,
    teardown: Teardown,
) -> Compilation {
    check_host(name, path, text, io, teardown, Purpose::Check)
}

/// What a host is checked for: `ncc check`, or `ncc build`, which also reports what
/// the files it writes would hold of ncc's stand-ins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    Check,
    Build,
}

/// Checks the host file `name` at `path` for `purpose`: [`check_with`]'s work, and the
/// first half of [`compile_with`]'s.
fn check_host(
    name: &str,
    path: &str,
    text: &str,
    io: &dyn EvalIo,
    teardown: Teardown,
    purpose: Purpose,
) -> Compilation {
    let mut ev = Evaluator::new(io);
    lib_nix::modules::install_hooks(&mut ev);
    ev.hooks.open_namespace = schema::is_nixos_namespace;
    ev.hooks.stand_in_module = stand_ins::stand_in_module;
    ev.hooks.configuration = config::read_by_host::configuration;
    let (body, load_diagnostics) = ev.load_source(name, path, text);
    let whole_file = Span::new(ev.ir.span(body.root).file, 0, 0);
    let modules = vec![file_module(&body, name), schema::nixos_rebuild_defaults()];
    // A file checked by itself, as a host of its own (see `project::prepare_for`).
    ev.lenient_root_modules = true;
    let HostCheck {
        host,
        mut diagnostics,
        unchecked,
        incomplete,
        stand_ins_written,
    } = check_modules(&mut ev, modules, Vec::new(), whole_file, purpose);
    diagnostics.extend(load_diagnostics);
    let diagnostics = tidy_diagnostics(diagnostics, &ev.sources);
    let sources = ev.sources.clone();
    teardown.end(ev);
    Compilation {
        host,
        unchecked,
        incomplete,
        stand_ins_written,
        plan: None,
        diagnostics,
        sources,
    }
}

/// Checks the host made of `modules` (already loaded into `ev`) with `special` as its
/// `specialArgs`: the module system over ncc's schema and these modules, the typed
/// model, then the rules. `whole_file` is where problems without a place are shown.
/// Returns the host (when it evaluated) and every diagnostic, the evaluator's own
/// included, neither sorted nor deduplicated (see [`tidy_diagnostics`]).
pub fn check_modules(
    ev: &mut Evaluator,
    modules: Vec<ModuleInput>,
    special: Vec<(lib_nix::name::Name, Thunk)>,
    whole_file: Span,
    purpose: Purpose,
) -> HostCheck {
    let mut diagnostics = Vec::new();
    let mut unchecked = Vec::new();
    // The modules ncc does not evaluate are listed per host: not those a flake's own
    // evaluation met (flake-parts modules) or an earlier host of the same evaluator.
    ev.opaque_modules.clear();
    ev.open_copies.clear();
    let mut declared = None;
    let host = match evaluate_host_modules(ev, modules, special) {
        Ok((host, unmatched)) => {
            declared = Some(host.options.clone());
            unchecked.extend(
                unmatched
                    .iter()
                    .filter(|u| !u.files().all(|file| file == schema::SCHEMA_FILE))
                    .map(|u| lib_nix::modules::show_option(&u.loc)),
            );
            let open = open_world_definitions(ev, &host);
            if !open.is_empty() {
                unchecked.extend(open);
                unchecked.sort();
            }
            Some(host)
        }
        Err(error) => {
            if let Some(diagnostic) = error.to_diagnostic(whole_file) {
                diagnostics.push(diagnostic);
            }
            None
        }
    };
    let (host, incomplete) = match host {
        Some(evaluated) => {
            if !config::declares_nixos_containers(&evaluated) {
                unchecked.push(
                    "containers: virtualisation/nixos-containers.nix is disabled \
                     (disabledModules), so they are not NixOS's and not checked as such"
                        .to_owned(),
                );
            }
            let (host, found, incomplete) = config::read_host(ev, &evaluated, whole_file);
            diagnostics.extend(found);
            (Some(host), incomplete)
        }
        None => (None, Vec::new()),
    };
    let mut stand_ins_written = Vec::new();
    if let Some(host) = &host {
        let spans = definition_spans(ev, whole_file);
        diagnostics.extend(check_rules(host, &incomplete, &spans));
        if purpose == Purpose::Build {
            // A container read in part is refused on its own (N302).
            let unwritten = |name: &str| incomplete.iter().any(|i| i.is_of(name));
            stand_ins_written = check::written_stand_ins::findings(host, &spans, unwritten);
        }
    }
    diagnostics.append(&mut ev.diagnostics);
    if let Some(declared) = &declared {
        let copies = open_copies(ev, declared);
        if !copies.is_empty() {
            unchecked.extend(copies);
            unchecked.sort();
            unchecked.dedup();
        }
    }
    unchecked.extend(
        ev.opaque_modules
            .iter()
            .map(|module| format!("the module {module} (not evaluated)")),
    );
    HostCheck {
        host,
        diagnostics,
        unchecked,
        incomplete,
        stand_ins_written,
    }
}

/// The options ncc declares as NixOS's open-world submodules (`users.users`) that the
/// host defines: ncc checks none of their sub-options.
fn open_world_definitions(ev: &mut Evaluator, host: &lib_nix::modules::Evaluated) -> Vec<String> {
    let mut found = Vec::new();
    lib_nix::modules::open_world_options(
        ev,
        &host.options,
        &host.definitions,
        &mut Vec::new(),
        &mut found,
    );
    let mut defined = Vec::new();
    for loc in found {
        let mut value = host.config.clone();
        for name in &loc {
            value = match value {
                Value::Attrs(attrs) => match attrs.get(name.as_str()) {
                    Some(entry) => match ev.force(&entry.value.clone(), None) {
                        Ok(value) => value,
                        Err(_) => Value::Null,
                    },
                    None => Value::Null,
                },
                _ => Value::Null,
            };
        }
        let empty = match &value {
            Value::Attrs(attrs) => attrs.entries().is_empty(),
            Value::List(items) => items.is_empty(),
            _ => true,
        };
        if !empty {
            defined.push(lib_nix::modules::show_option(&loc));
        }
    }
    defined
}

/// The host's options whose submodules were evaluated with options copied whole from
/// a submodule of the open world (`options = removeAttrs (options.virtualisation
/// .oci-containers.containers.type.getSubOptions [ ]) [ "_module" ] // { ... }`): NixOS
/// declares the options copied, ncc does not, so what the host defines there (`image`,
/// `volumes`) is accepted without checking, as in the submodule copied. Each is listed
/// once, by the host option holding it (`lab.apps`, not each `lab.apps.<name>`).
fn open_copies(ev: &Evaluator, declared: &lib_nix::modules::OptionGroup) -> Vec<String> {
    ev.open_copies
        .iter()
        .filter_map(|prefix| lib_nix::modules::option_holding(declared, prefix))
        .map(|loc| lib_nix::modules::show_option(&loc))
        .collect()
}

/// What checking one host found: see [`check_modules`].
pub struct HostCheck {
    pub host: Option<model::HostConfig>,
    pub diagnostics: Vec<Diagnostic>,
    /// Host options ncc accepted without checking, and modules it did not evaluate.
    pub unchecked: Vec<String>,
    /// Containers read only in part.
    pub incomplete: Vec<config::Incomplete>,
    /// What `ncc build` would report of the stand-ins in its files (for
    /// [`Purpose::Build`]).
    pub stand_ins_written: Vec<Diagnostic>,
}

/// Sorts diagnostics by place, drops repeats and the errors that only restate a syntax
/// error: what [`check`] does before returning.
pub fn tidy_diagnostics(diagnostics: Vec<Diagnostic>, sources: &SourceDb) -> Vec<Diagnostic> {
    let diagnostics = diagnostics
        .into_iter()
        .map(|d| anchored_in_user_files(d, sources))
        .collect();
    grouped_unknowns(drop_follow_on_errors(tidy(diagnostics), sources))
}

/// How many options a grouped N301 names before "and N more".
const GROUPED_UNKNOWNS_SHOWN: usize = 3;

/// The N301s one place raises for several options (an assertion over every user reading
/// `user.isSystemUser`, one secret path per container through the same helper), said once:
/// "it depends on the options `a', `b', `c' and 47 more". A warning per option repeated the
/// same lines dozens of times. Only warnings alike but for the option they name are
/// joined; their order is kept.
fn grouped_unknowns(diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    type Place = (
        Span,
        Vec<lib_nix::diagnostic::Label>,
        Vec<String>,
        Option<String>,
    );
    let option_of = |d: &Diagnostic| match &d.kind {
        lib_nix::DiagnosticKind::Unknown { what } if d.suggestions.is_empty() => {
            what.strip_prefix("the option ").map(str::to_owned)
        }
        _ => None,
    };
    let mut kept: Vec<(Diagnostic, Vec<String>)> = Vec::with_capacity(diagnostics.len());
    let mut by_place: std::collections::HashMap<Place, usize> = std::collections::HashMap::new();
    for diagnostic in diagnostics {
        let Some(option) = option_of(&diagnostic) else {
            kept.push((diagnostic, Vec::new()));
            continue;
        };
        let place = (
            diagnostic.span,
            diagnostic.labels.clone(),
            diagnostic.notes.clone(),
            diagnostic.help.clone(),
        );
        match by_place.get(&place) {
            Some(&index) => kept[index].1.push(option),
            None => {
                by_place.insert(place, kept.len());
                kept.push((diagnostic, vec![option]));
            }
        }
    }
    kept.into_iter()
        .map(|(mut diagnostic, options)| {
            if options.len() > 1 {
                let rest = options.len().saturating_sub(GROUPED_UNKNOWNS_SHOWN);
                let what = match (rest, options.split_last()) {
                    (0, Some((last, first))) => {
                        format!("the options {} and {last}", first.join(", "))
                    }
                    _ => format!(
                        "the options {} and {rest} more",
                        options[..GROUPED_UNKNOWNS_SHOWN].join(", ")
                    ),
                };
                diagnostic.kind = lib_nix::DiagnosticKind::Unknown { what };
            }
            diagnostic
        })
        .collect()
}

/// A diagnostic raised inside ncc's own Nix code (its lib: `lib.assertMsg`, `throwIf`)
/// shown where the user's code called it: the innermost frame in a user's file becomes
/// its place, and ncc's line a label. A CI annotation, an editor and the summary's file
/// count all need a file of the project, not `<ncc lib/asserts.nix>`.
fn anchored_in_user_files(mut diagnostic: Diagnostic, sources: &SourceDb) -> Diagnostic {
    let internal = |span: Span| lib_nix::source::is_ncc_own(&sources.file(span.file).path);
    if !internal(diagnostic.span) {
        return diagnostic;
    }
    let Some(index) = diagnostic.labels.iter().position(|l| !internal(l.span)) else {
        return diagnostic;
    };
    let call = diagnostic.labels.remove(index);
    let raised = std::mem::replace(&mut diagnostic.span, call.span);
    // Definitions that conflict are one of the user's and one ncc's schema makes for
    // NixOS's modules (the value NixOS's containers module gives a container's unit),
    // which nixpkgs lists first: that one is a definition too, not where anything raised.
    let message = if call.message == "also defined here" {
        "also defined here, in ncc's own Nix code"
    } else {
        "raised here, in ncc's own Nix code"
    };
    diagnostic.labels.insert(
        0,
        lib_nix::diagnostic::Label {
            span: raised,
            message: message.to_owned(),
        },
    );
    diagnostic
}

/// The rules' findings. A container read only in part holds defaults where ncc could
/// not read a value, and a default can make a rule warn that the real value would not
/// (`forwardPorts` ignored without `privateNetwork`): such a container is shown only to
/// the rules no default of the options it was not read in can mislead, and of the
/// others only the errors are kept, which come from values that are there (a relative
/// mount point, an address that is not one), so that the open world hides nothing ncc
/// can check.
fn check_rules(
    host: &model::HostConfig,
    incomplete: &[config::Incomplete],
    spans: &check::DefinitionSpans,
) -> Vec<Diagnostic> {
    if !incomplete.iter().any(config::Incomplete::is_unknown) {
        return check::run(&check::Context::new(host, spans));
    }
    let mut unknown = std::collections::BTreeMap::new();
    for name in host.containers.keys() {
        let mut of_it = incomplete
            .iter()
            .filter(|i| i.is_unknown() && i.is_of(name));
        let Some(first) = of_it.next() else {
            continue;
        };
        // Read in part in one way only: the options it was met in; else in several
        // (or the host's set of containers is unknown): every option.
        let options = match of_it.next() {
            None => first.unknown_options.clone(),
            Some(_) => None,
        };
        unknown.insert(name.clone(), options);
    }
    let mut findings = check::run_partly_known(host, spans, &unknown);
    let errors: Vec<Diagnostic> = check::run(&check::Context::new(host, spans))
        .into_iter()
        .filter(|d| d.severity() == Severity::Error && !findings.contains(d))
        .collect();
    findings.extend(errors);
    findings
}

/// Where each option and container was written, from what the module system recorded.
/// The evaluator's table is taken, not copied: nothing reads it after the checks.
fn definition_spans(ev: &mut Evaluator, file: Span) -> check::DefinitionSpans {
    let own_sources = ev
        .sources
        .files()
        .filter(|(_, source)| source.name.starts_with("<ncc"))
        .map(|(id, _)| id)
        .collect();
    check::DefinitionSpans::new(std::mem::take(&mut ev.definition_spans), file)
        .with_own_sources(own_sources)
}

/// The module of a file whose lowered `body` is shown as `name`.
fn file_module(body: &lib_nix::ir::Body, name: &str) -> ModuleInput {
    ModuleInput {
        value: Thunk::suspended(body.root, lib_nix::eval::Env::top_level()),
        file: Rc::from(name),
    }
}

/// The host file `body` (shown as `name`) evaluated over ncc's schema, as [`check`]
/// evaluates it: the merged configuration, each option merged when read. `check` reads
/// it whole; the language server reads one option.
pub fn evaluate_host(
    ev: &mut Evaluator,
    body: lib_nix::ir::Body,
    name: &str,
) -> lib_nix::eval::EvalResult<(
    lib_nix::modules::Evaluated,
    Vec<lib_nix::modules::Unmatched>,
)> {
    let module = file_module(&body, name);
    ev.lenient_root_modules = true;
    evaluate_host_modules(ev, vec![module], Vec::new())
}

/// `host_modules` with `special` as their `specialArgs`, over ncc's schema.
pub(crate) fn evaluate_host_modules(
    ev: &mut Evaluator,
    host_modules: Vec<ModuleInput>,
    special: Vec<(lib_nix::name::Name, Thunk)>,
) -> lib_nix::eval::EvalResult<(
    lib_nix::modules::Evaluated,
    Vec<lib_nix::modules::Unmatched>,
)> {
    let schema = schema::load(ev)?;
    let mut modules = vec![ModuleInput {
        value: schema,
        file: Rc::from(schema::SCHEMA_FILE),
    }];
    modules.extend(host_modules);
    ev.next_config_cell = project::flake::take_own_configuration(ev);
    let evaluated = eval_modules_open(ev, modules, special, Vec::new());
    // Only the host's own roots may be called leniently (see `project::prepare_for`).
    ev.lenient_root_modules = false;
    evaluated
}

/// rnix recovers from a syntax error by reading on, so the lines around one often yield
/// undefined variables or bad calls that only restate it. Those are dropped; the syntax
/// error says what to fix.
fn drop_follow_on_errors(diagnostics: Vec<Diagnostic>, sources: &SourceDb) -> Vec<Diagnostic> {
    let syntax_lines: Vec<(lib_nix::FileId, u32)> = diagnostics
        .iter()
        .filter(|d| matches!(d.kind, lib_nix::DiagnosticKind::Syntax(_)))
        .map(|d| (d.span.file, sources.line_col(d.span.file, d.span.start).0))
        .collect();
    if syntax_lines.is_empty() {
        return diagnostics;
    }
    diagnostics
        .into_iter()
        .filter(|d| {
            let follow_on = matches!(
                d.kind,
                lib_nix::DiagnosticKind::UndefinedVariable { .. }
                    | lib_nix::DiagnosticKind::Eval { .. }
            );
            if !follow_on {
                return true;
            }
            let first = sources.line_col(d.span.file, d.span.start).0;
            let last = sources.line_col(d.span.file, d.span.end).0;
            !syntax_lines
                .iter()
                .any(|(file, line)| *file == d.span.file && (first..=last).contains(line))
        })
        .collect()
}

/// Removes repeated diagnostics and orders them by file and position.
fn tidy(mut diagnostics: Vec<Diagnostic>) -> Vec<Diagnostic> {
    let mut seen = std::collections::HashSet::new();
    diagnostics.retain(|d| seen.insert((d.span, d.message())));
    diagnostics.sort_by_key(|d| (d.span.file, d.span.start, d.span.end));
    diagnostics
}

/// Evaluates a file as `nix-instantiate --eval --strict` does and prints the value, in
/// Nix syntax or as JSON. Errors come back as diagnostics.
pub fn evaluate_file(
    name: &str,
    path: &str,
    text: &str,
    io: &dyn EvalIo,
    json: bool,
) -> (Result<String, Vec<Diagnostic>>, SourceDb) {
    let options = PlainEval {
        json,
        ..PlainEval::default()
    };
    evaluate_file_with(name, path, text, io, &options)
}

/// What `nix-instantiate --eval --strict` takes besides the file.
#[derive(Debug, Default, Clone)]
pub struct PlainEval {
    /// Print JSON (`--json`).
    pub json: bool,
    /// Arguments for a top-level function, in order: `--arg NAME EXPR`, `--argstr NAME VALUE`.
    pub args: Vec<(String, AutoArg)>,
    /// The search path, in order: `-I` entries, then `NIX_PATH`'s, each `(prefix, path)`
    /// with the prefix empty for a plain directory. A name it lacks is Nix's error.
    pub search_path: Vec<(String, String)>,
    /// Where `--arg` expressions are read from (their relative paths resolve here).
    pub directory: String,
}

/// One automatic argument.
#[derive(Debug, Clone)]
pub enum AutoArg {
    /// `--arg NAME EXPR`: a Nix expression, evaluated lazily.
    Expr(String),
    /// `--argstr NAME VALUE`: a string.
    Str(String),
}

/// As [`evaluate_file`], with `nix-instantiate`'s options: given automatic arguments, a
/// top-level function is called with them, as `nix-instantiate` calls it.
pub fn evaluate_file_with(
    name: &str,
    path: &str,
    text: &str,
    io: &dyn EvalIo,
    options: &PlainEval,
) -> (Result<String, Vec<Diagnostic>>, SourceDb) {
    use lib_nix::eval::Value;
    let mut ev = Evaluator::new(io);
    lib_nix::modules::install_hooks(&mut ev);
    // Plain Nix is the stock `nix-instantiate`, without plugins; what it would read of
    // this machine ncc does not support there.
    ev.hooks.unknown_builtin = |_| None;
    ev.hooks.machine_fact = |_| None;
    ev.set_search_path(options.search_path.clone());
    ev.search_path_is_closed = true;
    ev.copy_paths_to_store = true;
    let (body, diagnostics) = ev.load_source(name, path, text);
    let span = ev.ir.span(body.root);
    if !diagnostics.is_empty() {
        return (Err(diagnostics), ev.sources.clone());
    }
    let mut args = Vec::new();
    for (index, (arg_name, arg)) in options.args.iter().enumerate() {
        let thunk = match arg {
            AutoArg::Str(value) => Thunk::ready(Value::string(value)),
            AutoArg::Expr(expr) => {
                let shown = format!("«arg {}»", index + 1);
                let at = format!("{}/{shown}", options.directory.trim_end_matches('/'));
                let (arg_body, problems) = ev.load_source(&shown, &at, expr);
                if !problems.is_empty() {
                    return (Err(problems), ev.sources.clone());
                }
                Thunk::suspended(arg_body.root, lib_nix::eval::Env::top_level())
            }
        };
        args.push(lib_nix::eval::AttrEntry::new(arg_name, thunk));
    }
    let auto_args = lib_nix::eval::Attrs::from_entries(args);
    let result = ev
        .eval_body(body)
        // `nix-instantiate --eval` calls a top-level function only when given arguments.
        .and_then(|value| match options.args.is_empty() {
            true => Ok(value),
            false => ev.auto_call(value, &auto_args, span),
        })
        .and_then(|value| {
            ev.deep_force(&value, span)?;
            if options.json {
                lib_nix::eval::print::to_json(&mut ev, &value, span)
            } else {
                lib_nix::eval::print::print_value(&mut ev, &value, span)
            }
        });
    let result = match result {
        // An error the module system noted rather than returned (a submodule's definition
        // of an option it does not declare): `nix-instantiate` fails on it.
        Ok(_)
            if ev
                .diagnostics
                .iter()
                .any(|d| d.severity() == Severity::Error) =>
        {
            Err(tidy(std::mem::take(&mut ev.diagnostics)))
        }
        Ok(text) => Ok(text),
        Err(error) => {
            let mut found = std::mem::take(&mut ev.diagnostics);
            found.extend(error.to_diagnostic(span));
            Err(tidy(found))
        }
    };
    (result, ev.sources.clone())
}
