//! The `ncc` command line: arguments and files in, diagnostics and artifacts out.
//! This is the only place (with `emit`) that touches the disk; its modules under `cli/`
//! read inputs and trees and print every output format.
//!
//! Exit codes are the same in every format: 0 clean, 1 findings (or, for `diff`, a
//! difference), 2 a usage or I/O error.

mod cli {
    pub mod diff;
    pub mod eval;
    pub mod explain;
    pub mod github;
    pub mod human;
    pub mod input;
    pub mod json;
    pub mod options;
    pub mod report;
    pub mod sarif;
}

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{anyhow, Context};
use clap::{Args, CommandFactory, Parser, Subcommand, ValueEnum};

use cli::input::{Input, InputOptions};
use cli::report::{Report, Scope};
use compiler::io::ConfinedIo;

/// The evaluator allocates a small object per thunk, environment and attribute set; mimalloc
/// serves those in a third of glibc malloc's instructions (see README, Performance).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use compiler::render::{self, Style};

#[derive(Parser)]
#[command(
    name = "ncc",
    version,
    about = "The NixOS container compiler: check NixOS container declarations and emit the files NixOS would write",
    after_help = "Examples:\n  ncc check hosts/*.nix\n  ncc build host.nix -o out/\n  ncc diff host.nix out/\n  ncc explain M001\n\nExit status: 0 clean, 1 findings (or a difference, for diff), 2 usage or I/O error."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// When to colour the output; `auto` colours a terminal unless NO_COLOR is set.
    #[arg(long, global = true, value_enum, default_value_t = ColorWhen::Auto, value_name = "WHEN")]
    color: ColorWhen,
    /// Print findings only: no summary, no progress.
    #[arg(short, long, global = true)]
    quiet: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Parse, evaluate, merge and type-check host files; write nothing.
    #[command(
        after_help = "Examples:\n  ncc check hosts/*.nix\n  ncc check --format github hosts/*.nix\n  cat web.nix | ncc check - --stdin-filename hosts/web.nix"
    )]
    Check(CheckArgs),
    /// Everything `check` does, then write the artifact tree into DIR atomically.
    #[command(
        after_help = "Examples:\n  ncc build host.nix -o out/\n  ncc build host.nix --format json > plan.json"
    )]
    Build(BuildArgs),
    /// Print a host's merged configuration as JSON, or evaluate a Nix expression.
    #[command(
        after_help = "Examples:\n  ncc eval host.nix -A containers.web\n  ncc eval --expr '{ a = 1 + 2; }'\n  ncc eval --plain file.nix --json"
    )]
    Eval(EvalArgs),
    /// Show what `ncc build FILE -o DIR` would change in DIR; exit 1 when anything would.
    #[command(
        after_help = "Examples:\n  ncc diff host.nix out/          # in CI: fail when out/ is stale"
    )]
    Diff(DiffArgs),
    /// Print the reference of every option ncc checks.
    #[command(
        after_help = "Examples:\n  ncc options > options.md\n  ncc options --format json | jq 'keys'"
    )]
    Options(OptionsArgs),
    /// Explain a diagnostic code: what it means, why it matters, an example and the fix.
    #[command(
        after_help = "Examples:\n  ncc explain M001\n  ncc explain            # list every code"
    )]
    Explain(ExplainArgs),
    /// Run the language server on standard input and output, for editors.
    #[command(
        after_help = "Editors start it themselves; see README, \"In the editor\", for Neovim, Helix and VS Code."
    )]
    Lsp,
    /// Print a shell completion script.
    #[command(
        hide = true,
        after_help = "Example:\n  ncc completions bash > /etc/bash_completion.d/ncc"
    )]
    Completions { shell: clap_complete::Shell },
    /// Print the man page (roff).
    #[command(hide = true, after_help = "Example:\n  ncc man > ncc.1")]
    Man,
}

#[derive(Args)]
struct InputArgs {
    /// The name standard input (`-`) is shown by and resolved as.
    #[arg(long, value_name = "PATH")]
    stdin_filename: Option<PathBuf>,
    /// The directory `import` and `readFile` may not leave (default: the nearest
    /// directory with a .git, else with a flake.nix or hive.nix, else the file's
    /// directory; widened to hold every file given).
    #[arg(long, value_name = "DIR")]
    root: Option<PathBuf>,
}

impl InputArgs {
    fn options(&self) -> InputOptions {
        InputOptions {
            stdin_filename: self.stdin_filename.clone(),
            root: self.root.clone(),
        }
    }
}

#[derive(Args)]
struct CheckArgs {
    /// What to check: host files and any other .nix files (checked through the hosts that
    /// import them), a flake or hive directory, or one host of a flake (`.#web`); `-`
    /// reads standard input. Without any: what ncc.toml names, else the flake's or the
    /// hive's hosts, else the host modules below the working directory.
    #[arg(value_name = "FILE")]
    files: Vec<PathBuf>,
    /// How to print findings.
    #[arg(long, value_enum, default_value_t = DiagnosticFormat::Human)]
    format: DiagnosticFormat,
    /// Treat warnings as errors: they make the exit status 1.
    #[arg(long, value_enum, value_name = "WHAT")]
    deny: Vec<Deny>,
    /// List the options of containers' own configurations that ncc accepts without
    /// checking (those outside its declared subset of NixOS).
    #[arg(long)]
    explain_unchecked: bool,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Args)]
struct BuildArgs {
    /// The host file, or one host of a flake (`.#web`); `-` reads standard input.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// The directory to write (required for `--format tree`).
    #[arg(
        short = 'o',
        long = "out",
        value_name = "DIR",
        required_if_eq("format", "tree")
    )]
    out: Option<PathBuf>,
    /// What to produce: the tree on disk, the plan as JSON, or a NixOS module.
    #[arg(long, value_enum, default_value_t = BuildFormat::Tree)]
    format: BuildFormat,
    /// How to print findings.
    #[arg(long, value_enum, default_value_t = DiagnosticFormat::Human, value_name = "FORMAT")]
    diagnostic_format: DiagnosticFormat,
    /// Treat warnings as errors: they stop the build.
    #[arg(long, value_enum, value_name = "WHAT")]
    deny: Vec<Deny>,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Args)]
struct EvalArgs {
    /// The host file or one host of a flake (`.#web`); with --plain, any Nix file; `-` reads standard input.
    #[arg(
        value_name = "FILE",
        required_unless_present = "expr",
        conflicts_with = "expr"
    )]
    file: Option<PathBuf>,
    /// Print only this attribute of the configuration, e.g. `containers.web`.
    #[arg(short = 'A', long = "attr", value_name = "PATH", conflicts_with_all = ["plain", "expr"])]
    attr: Option<String>,
    /// Evaluate FILE as a plain Nix expression, like `nix-instantiate --eval --strict`.
    #[arg(long)]
    plain: bool,
    /// Evaluate this expression instead of a file (implies --plain).
    #[arg(long, value_name = "EXPR")]
    expr: Option<String>,
    /// With --plain or --expr: print JSON, like `nix-instantiate --eval --strict --json`.
    #[arg(long)]
    json: bool,
    /// With --plain or --expr: pass NAME = EXPR to a top-level function.
    #[arg(long = "arg", num_args = 2, value_names = ["NAME", "EXPR"], action = clap::ArgAction::Append)]
    arg: Vec<String>,
    /// With --plain or --expr: pass NAME = "VALUE" to a top-level function.
    #[arg(long = "argstr", num_args = 2, value_names = ["NAME", "VALUE"], action = clap::ArgAction::Append)]
    argstr: Vec<String>,
    /// With --plain or --expr: add PATH (or name=PATH) to the search path, before NIX_PATH's
    /// entries; `<name>` it lacks is an error, as in nix-instantiate (`<nixpkgs>` is ncc's own).
    #[arg(short = 'I', value_name = "PATH")]
    include: Vec<String>,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Args)]
struct DiffArgs {
    /// The host file, or one host of a flake (`.#web`); `-` reads standard input.
    #[arg(value_name = "FILE")]
    file: PathBuf,
    /// The directory an earlier `ncc build` wrote.
    #[arg(value_name = "DIR")]
    dir: PathBuf,
    /// How to print findings that stop the comparison.
    #[arg(long, value_enum, default_value_t = DiagnosticFormat::Human, value_name = "FORMAT")]
    diagnostic_format: DiagnosticFormat,
    #[command(flatten)]
    input: InputArgs,
}

#[derive(Args)]
struct OptionsArgs {
    /// How to print the reference: Markdown as in the NixOS manual, or JSON shaped like
    /// NixOS's options.json.
    #[arg(long, value_enum, default_value_t = OptionsFormat::Markdown)]
    format: OptionsFormat,
}

#[derive(Args)]
struct ExplainArgs {
    /// A diagnostic code such as M001; without one, every code is listed.
    #[arg(value_name = "CODE")]
    code: Option<String>,
    /// How to print the documentation.
    #[arg(long, value_enum, default_value_t = ExplainFormat::Text)]
    format: ExplainFormat,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorWhen {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DiagnosticFormat {
    /// rustc-style frames on standard error, then a summary line.
    Human,
    /// One JSON document on standard output.
    Json,
    /// A SARIF 2.1.0 log on standard output.
    Sarif,
    /// GitHub Actions workflow commands (annotations) on standard output.
    Github,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum Deny {
    /// Warnings fail the run.
    Warnings,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum BuildFormat {
    /// Files, links and directories under `-o DIR`, with manifest.json.
    Tree,
    /// The plan, every artifact with its contents, as JSON on standard output.
    Json,
    /// A NixOS module setting environment.etc and systemd.units, on standard output.
    Nix,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OptionsFormat {
    Markdown,
    Json,
}

#[derive(Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExplainFormat {
    Text,
    Markdown,
    Json,
}

const FINDINGS: u8 = 1;
const USAGE_OR_IO: u8 = 2;

/// Whether to colour output written to a stream that is (or is not) a terminal.
fn use_color(choice: ColorWhen, is_terminal: bool) -> bool {
    match choice {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && is_terminal,
    }
}

/// Prints a report in `format`: people's output on standard error, machines' on
/// standard output.
fn print_report(
    report: &Report,
    format: DiagnosticFormat,
    color: ColorWhen,
    quiet: bool,
) -> anyhow::Result<()> {
    match format {
        DiagnosticFormat::Human => {
            let color = use_color(color, std::io::stderr().is_terminal());
            let mut stderr = std::io::stderr().lock();
            cli::human::write(report, color, quiet, &mut stderr)?;
        }
        DiagnosticFormat::Json => print_json(&cli::json::document(report))?,
        DiagnosticFormat::Sarif => print_json(&cli::sarif::document(report))?,
        DiagnosticFormat::Github => emit(&cli::github::commands(report))?,
    }
    Ok(())
}

/// Writes `text` to standard output. A closed pipe (`ncc explain M001 | head`) ends the
/// run quietly instead of panicking, as `print!` would.
fn emit(text: &str) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()?;
    Ok(())
}

fn print_json(value: &serde_json::Value) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    serde_json::to_writer_pretty(&mut stdout, value).map_err(std::io::Error::from)?;
    writeln!(stdout)?;
    Ok(())
}

fn check(args: CheckArgs, color: ColorWhen, quiet: bool) -> anyhow::Result<ExitCode> {
    if args.files.iter().filter(|f| f.as_os_str() == "-").count() > 1 {
        return Err(anyhow!("standard input (`-`) can be read only once"));
    }
    if args.input.stdin_filename.is_some() && !args.files.iter().any(|f| f.as_os_str() == "-") {
        return Err(anyhow!(
            "--stdin-filename names standard input, but no `-` is among the files"
        ));
    }
    let (request, unreadable) = cli::input::request(&args.files, &args.input.options())?;
    let given = request.files.len() + request.legacy.len() + request.encrypted.len();
    // With nothing given, the files of a directory of bare hosts are its hosts.
    let scope = if given > 0 && !args.files.is_empty() {
        Scope::Files(given)
    } else {
        Scope::Hosts
    };
    let (compiled, notes) = cli::input::check_request(request, false)?;
    if !quiet {
        for note in &notes {
            eprintln!("note: {note}");
        }
    }
    if args.explain_unchecked {
        for file in &compiled {
            if file.unchecked.is_empty() {
                continue;
            }
            eprintln!(
                "{}: {} accepted without checking (outside ncc's declared subset of NixOS):",
                file.name,
                if file.unchecked.len() == 1 {
                    "1 option".to_owned()
                } else {
                    format!("{} options", file.unchecked.len())
                }
            );
            for option in &file.unchecked {
                eprintln!("  {option}");
            }
        }
    }
    let report = Report::new(compiled, args.deny.contains(&Deny::Warnings), unreadable)
        .with_notes(notes)
        .with_scope(scope);
    print_report(&report, args.format, color, quiet)?;
    Ok(if unreadable > 0 {
        ExitCode::from(USAGE_OR_IO)
    } else if report.fails() {
        ExitCode::from(FINDINGS)
    } else {
        ExitCode::SUCCESS
    })
}

fn build(args: BuildArgs, color: ColorWhen, quiet: bool) -> anyhow::Result<ExitCode> {
    if args.format != BuildFormat::Tree && args.diagnostic_format != DiagnosticFormat::Human {
        return Err(anyhow!(
            "--format json writes the plan to standard output; machine diagnostics need \
             --format tree"
        ));
    }
    let report = compile_one(
        &args.file,
        &args.input.options(),
        args.deny.contains(&Deny::Warnings),
        quiet,
    )?;
    let failed = report.fails();
    let plan = report.files[0].plan.clone();
    // Human output speaks only when there is something to say, and build prints its own
    // closing line; machine formats always print their document.
    if args.diagnostic_format != DiagnosticFormat::Human
        || report.counts().errors + report.counts().warnings > 0
    {
        print_report(&report, args.diagnostic_format, color, true)?;
    }
    let plan = match plan {
        Some(plan) if !failed => plan,
        _ => {
            if !quiet {
                eprintln!(
                    "{}: nothing written",
                    cli::human::summary(&report.summary())
                );
            }
            return Ok(ExitCode::from(FINDINGS));
        }
    };
    match args.format {
        BuildFormat::Json => print_json(&compiler::emit::to_json(&plan))?,
        BuildFormat::Nix => emit(&compiler::emit::nix::to_nix(
            &plan,
            &args.file.display().to_string(),
        ))?,
        BuildFormat::Tree => {
            let out = args
                .out
                .context("--out DIR is required for --format tree")?;
            compiler::emit::write_tree(&plan, &out)
                .with_context(|| format!("cannot write '{}'", out.display()))?;
            if !quiet {
                eprintln!(
                    "wrote {} artifacts to {}",
                    plan.artifacts.len(),
                    out.display()
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn eval(args: EvalArgs, color: ColorWhen) -> anyhow::Result<ExitCode> {
    let color = use_color(color, std::io::stderr().is_terminal());
    let options = args.input.options();
    // One host of a flake, hive or hosts table (`.#web`) is no file to read.
    let names_host = !args.plain
        && args.expr.is_none()
        && args
            .file
            .as_ref()
            .is_some_and(|file| cli::input::named_host(file).is_some());
    let input = match (&args.file, args.expr) {
        (Some(_), None) if names_host => None,
        (Some(file), None) => Some(cli::input::read(file, &options)?),
        (None, Some(expr)) => {
            let cwd = std::env::current_dir().context("cannot read the current directory")?;
            let root = match &options.root {
                Some(root) => std::fs::canonicalize(root)
                    .with_context(|| format!("cannot resolve root '{}'", root.display()))?,
                None => cwd.clone(),
            };
            Some(Input {
                name: "«string»".to_owned(),
                path: cwd.join("«string»").to_string_lossy().into_owned(),
                text: Ok(expr),
                io: ConfinedIo::new(root),
            })
        }
        _ => return Err(anyhow!("give either a FILE or --expr, not both")),
    };
    let plain = args.plain || args.file.is_none();
    let style = Style {
        color,
        relative_to: std::env::current_dir()
            .ok()
            .map(|dir| dir.to_string_lossy().into_owned()),
    };
    let print_diagnostics = |diagnostics: &[lib_nix::Diagnostic], sources: &lib_nix::SourceDb| {
        for diagnostic in diagnostics {
            eprintln!("{}\n", render::render_styled(diagnostic, sources, &style));
        }
    };
    if !plain && (!args.arg.is_empty() || !args.argstr.is_empty() || !args.include.is_empty()) {
        return Err(anyhow!("--arg, --argstr and -I go with --plain or --expr"));
    }
    if plain {
        let options = cli::eval::plain_options(args.json, &args.arg, &args.argstr, &args.include)?;
        let json = args.json;
        let Some(Input {
            name,
            path,
            text,
            io,
        }) = input
        else {
            return Err(anyhow!("--plain evaluates a file, not one host of a flake"));
        };
        let text = text.unwrap_or_else(|(lossy, _)| lossy);
        let (result, sources) = lib_nix::run_with_stack(move || {
            compiler::evaluate_file_with(&name, &path, &text, &io, &options)
        });
        return match result {
            Ok(text) => {
                if json {
                    emit(&text)?;
                } else {
                    emit(&format!("{text}\n"))?;
                }
                Ok(ExitCode::SUCCESS)
            }
            Err(diagnostics) => {
                print_diagnostics(&diagnostics, &sources);
                Ok(ExitCode::from(FINDINGS))
            }
        };
    }
    let attr_path = match args.attr.as_deref() {
        Some(path) => cli::eval::parse_attr_path(path).map_err(|message| anyhow!(message))?,
        None => Vec::new(),
    };
    let outcome = match (input, &args.file) {
        // A file as `ncc check` takes it; standard input as a host of its own.
        (Some(_), Some(file)) if file.as_os_str() != "-" => {
            cli::eval::checked_host_json(file, &options, attr_path)?
        }
        (Some(input), _) => cli::eval::host_json(input, attr_path),
        (None, Some(file)) => cli::eval::checked_host_json(file, &options, attr_path)?,
        (None, None) => return Err(anyhow!("give either a FILE or --expr")),
    };
    match outcome {
        cli::eval::Outcome::Value(value, findings, sources) => {
            print_diagnostics(&findings, &sources);
            print_json(&value)?;
            Ok(ExitCode::SUCCESS)
        }
        cli::eval::Outcome::Diagnostics(diagnostics, sources) => {
            print_diagnostics(&diagnostics, &sources);
            Ok(ExitCode::from(FINDINGS))
        }
        cli::eval::Outcome::NoSuchAttribute(message) => Err(anyhow!(message)),
    }
}

/// The report of compiling the one host `build` and `diff` are given: a file, or one
/// host of a flake, hive or hosts table (`.#web`, `hive.nix#web`), whose notes are
/// printed here unless `quiet`.
fn compile_one(
    file: &Path,
    options: &InputOptions,
    deny_warnings: bool,
    quiet: bool,
) -> anyhow::Result<Report> {
    // Standard input is one host of its own, as `ncc check -` takes it.
    if file.as_os_str() == "-" {
        let input = cli::input::read(file, options)?;
        let compiled = cli::input::compile(input, true);
        return Ok(Report::new(vec![compiled], deny_warnings, 0).with_scope(Scope::Files(1)));
    }
    // A file is the host `ncc check` finds in it (a host module, a flake's one host), or
    // the host that imports it: built from the same evaluation that check makes.
    let named = cli::input::check_named_host(file, options, true)?;
    if !quiet {
        for note in &named.notes {
            eprintln!("note: {note}");
        }
    }
    Ok(Report::new(vec![named.compiled], deny_warnings, 0)
        .with_notes(named.notes)
        .with_scope(Scope::Hosts))
}

fn diff(args: DiffArgs, color: ColorWhen, quiet: bool) -> anyhow::Result<ExitCode> {
    let report = compile_one(&args.file, &args.input.options(), false, quiet)?;
    let Some(plan) = report.files[0].plan.clone().filter(|_| !report.fails()) else {
        print_report(&report, args.diagnostic_format, color, quiet)?;
        if !quiet {
            eprintln!(
                "nothing to compare: {} does not compile",
                args.file.display()
            );
        }
        return Ok(ExitCode::from(FINDINGS));
    };
    let planned = cli::diff::planned_tree(&plan)?;
    let on_disk = cli::diff::read_tree(&args.dir)?;
    let shown_as = args.dir.display().to_string();
    let color = use_color(color, std::io::stdout().is_terminal());
    let difference = cli::diff::compare(&planned, &on_disk, &shown_as, color);
    emit(&difference.text)?;
    if difference.is_empty() {
        if !quiet {
            eprintln!("{} is up to date", args.dir.display());
        }
        return Ok(ExitCode::SUCCESS);
    }
    if !quiet {
        eprintln!(
            "{}: {} changed, {} added, {} removed; run `ncc build {} -o {}` to update it",
            args.dir.display(),
            difference.changed,
            difference.added,
            difference.removed,
            args.file.display(),
            args.dir.display()
        );
    }
    Ok(ExitCode::from(FINDINGS))
}

fn options(args: OptionsArgs) -> anyhow::Result<ExitCode> {
    let docs = cli::options::collect()
        .map_err(|message| anyhow!("internal error: the schema does not evaluate: {message}"))?;
    match args.format {
        OptionsFormat::Markdown => emit(&cli::options::to_markdown(&docs))?,
        OptionsFormat::Json => print_json(&cli::options::to_json(&docs))?,
    }
    Ok(ExitCode::SUCCESS)
}

fn explain(args: ExplainArgs) -> anyhow::Result<ExitCode> {
    let Some(code) = args.code else {
        match args.format {
            ExplainFormat::Json => print_json(&serde_json::Value::from(
                cli::explain::CODES
                    .iter()
                    .map(cli::explain::to_json)
                    .collect::<Vec<_>>(),
            ))?,
            _ => emit(&cli::explain::index())?,
        }
        return Ok(ExitCode::SUCCESS);
    };
    let Some(doc) = cli::explain::lookup(&code) else {
        return Err(anyhow!(
            "no diagnostic has the code '{code}'; `ncc explain` lists every code"
        ));
    };
    match args.format {
        ExplainFormat::Text => emit(&format!("{}\n", cli::explain::to_text(doc)))?,
        ExplainFormat::Markdown => emit(&cli::explain::to_markdown(doc))?,
        ExplainFormat::Json => print_json(&cli::explain::to_json(doc))?,
    }
    Ok(ExitCode::SUCCESS)
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let (color, quiet) = (cli.color, cli.quiet);
    match cli.command {
        Command::Check(args) => check(args, color, quiet),
        Command::Build(args) => build(args, color, quiet),
        Command::Eval(args) => eval(args, color),
        Command::Diff(args) => diff(args, color, quiet),
        Command::Options(args) => options(args),
        Command::Explain(args) => explain(args),
        Command::Lsp => compiler::lsp::run_stdio()
            .map(|()| ExitCode::SUCCESS)
            .map_err(|message| anyhow!(message)),
        Command::Completions { shell } => {
            clap_complete::generate(shell, &mut Cli::command(), "ncc", &mut std::io::stdout());
            Ok(ExitCode::SUCCESS)
        }
        Command::Man => {
            clap_mangen::Man::new(Cli::command()).render(&mut std::io::stdout())?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn main() -> ExitCode {
    // The whole command runs on the thread evaluation needs (a large stack), so that a
    // run has one heap, not a small one for the command line beside the evaluator's: on
    // a small host, the fresh pages of a second heap are a tenth of the run.
    lib_nix::run_with_stack(command)
}

fn command() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return if error.use_stderr() {
                ExitCode::from(USAGE_OR_IO)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(error)
            if error
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(USAGE_OR_IO)
        }
    }
}
