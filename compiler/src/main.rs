//! The `ncc` command line: arguments and files in, diagnostics and artifacts out.
//! This is the only place (with `emit`) that touches the disk.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{anyhow, Context};
use clap::{Parser, Subcommand};

use compiler::io::ConfinedIo;
use compiler::render;
use lib_nix::{Diagnostic, Severity, SourceDb};

#[derive(Parser)]
#[command(
    name = "ncc",
    version,
    about = "The NixOS container compiler: check NixOS container declarations and emit the files NixOS would write"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// When to use colour: auto, always or never (NO_COLOR is honoured).
    #[arg(long, global = true, default_value = "auto")]
    color: String,
}

#[derive(Subcommand)]
enum Command {
    /// Parse, evaluate, merge and type-check host files; write nothing.
    ///
    /// Example: ncc check hosts/web.nix hosts/db.nix
    Check {
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Directory that `import` and `readFile` may not leave (default: the nearest
        /// directory with a .git, else the file's directory).
        #[arg(long)]
        root: Option<PathBuf>,
    },
    /// Everything `check` does, then write the artifact tree into DIR atomically.
    ///
    /// Example: ncc build testdata/examples/seed.nix -o out
    Build {
        file: PathBuf,
        #[arg(short = 'o', long = "out")]
        out: PathBuf,
        #[arg(long)]
        root: Option<PathBuf>,
    },
    /// Evaluate a Nix file (or --expr) and print it like `nix-instantiate --eval --strict`.
    ///
    /// Example: ncc eval --expr '{ a = 1 + 2; }'
    Eval {
        file: Option<PathBuf>,
        #[arg(long)]
        expr: Option<String>,
        /// Print JSON like `nix-instantiate --eval --strict --json`.
        #[arg(long)]
        json: bool,
        #[arg(long)]
        root: Option<PathBuf>,
    },
}

struct Input {
    name: String,
    path: String,
    text: String,
    io: ConfinedIo,
}

fn read_input(file: &Path, root: Option<&Path>) -> anyhow::Result<Input> {
    let metadata =
        std::fs::metadata(file).with_context(|| format!("cannot read '{}'", file.display()))?;
    if metadata.is_dir() {
        return Err(anyhow!(
            "'{}' is a directory, not a Nix file",
            file.display()
        ));
    }
    let bytes = std::fs::read(file).with_context(|| format!("cannot read '{}'", file.display()))?;
    let text = String::from_utf8(bytes).map_err(|e| {
        anyhow!(
            "'{}' is not valid UTF-8 (invalid byte at offset {})",
            file.display(),
            e.utf8_error().valid_up_to()
        )
    })?;
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_owned)
        .unwrap_or(text);
    let absolute = std::fs::canonicalize(file)
        .with_context(|| format!("cannot resolve '{}'", file.display()))?;
    let root = match root {
        Some(root) => std::fs::canonicalize(root)
            .with_context(|| format!("cannot resolve root '{}'", root.display()))?,
        None => ConfinedIo::default_root(&absolute),
    };
    Ok(Input {
        name: file.display().to_string(),
        path: absolute.to_string_lossy().into_owned(),
        text,
        io: ConfinedIo::new(root),
    })
}

fn use_color(choice: &str) -> bool {
    match choice {
        "always" => true,
        "never" => false,
        _ => std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal(),
    }
}

fn print_diagnostics(
    diagnostics: &[Diagnostic],
    sources: &SourceDb,
    color: bool,
) -> (usize, usize) {
    let mut stderr = std::io::stderr().lock();
    let (mut errors, mut warnings) = (0, 0);
    for diagnostic in diagnostics {
        match diagnostic.severity() {
            Severity::Error => errors += 1,
            Severity::Warning => warnings += 1,
        }
        let _ = writeln!(stderr, "{}\n", render::render(diagnostic, sources, color));
    }
    (errors, warnings)
}

fn plural(count: usize, word: &str) -> String {
    if count == 1 {
        format!("{count} {word}")
    } else {
        format!("{count} {word}s")
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let color = use_color(&cli.color);
    match cli.command {
        Command::Check { files, root } => {
            let (mut errors, mut warnings) = (0, 0);
            for file in &files {
                let input = read_input(file, root.as_deref())?;
                let compilation = lib_nix::run_with_stack(move || {
                    let c = compiler::compile(&input.name, &input.path, &input.text, &input.io);
                    (c.diagnostics, c.sources)
                });
                let (e, w) = print_diagnostics(&compilation.0, &compilation.1, color);
                errors += e;
                warnings += w;
            }
            if errors + warnings > 0 {
                eprintln!(
                    "{}, {} in {}",
                    plural(errors, "error"),
                    plural(warnings, "warning"),
                    plural(files.len(), "file")
                );
                return Ok(ExitCode::from(1));
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Build { file, out, root } => {
            let input = read_input(&file, root.as_deref())?;
            let (plan, diagnostics, sources) = lib_nix::run_with_stack(move || {
                let c = compiler::compile(&input.name, &input.path, &input.text, &input.io);
                (c.plan, c.diagnostics, c.sources)
            });
            let (errors, warnings) = print_diagnostics(&diagnostics, &sources, color);
            let Some(plan) = plan.filter(|_| errors == 0) else {
                eprintln!(
                    "{}, {}: nothing written",
                    plural(errors, "error"),
                    plural(warnings, "warning")
                );
                return Ok(ExitCode::from(1));
            };
            compiler::emit::write_tree(&plan, &out)
                .with_context(|| format!("cannot write '{}'", out.display()))?;
            eprintln!(
                "wrote {} artifacts to {}",
                plan.artifacts.len(),
                out.display()
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Eval {
            file,
            expr,
            json,
            root,
        } => {
            let input = match (file, expr) {
                (Some(file), None) => read_input(&file, root.as_deref())?,
                (None, Some(expr)) => {
                    let cwd =
                        std::env::current_dir().context("cannot read the current directory")?;
                    let root = root
                        .map(std::fs::canonicalize)
                        .transpose()?
                        .unwrap_or_else(|| cwd.clone());
                    Input {
                        name: "«string»".to_owned(),
                        path: cwd.join("«string»").to_string_lossy().into_owned(),
                        text: expr,
                        io: ConfinedIo::new(root),
                    }
                }
                _ => return Err(anyhow!("give either a FILE or --expr, not both")),
            };
            let (result, sources) = lib_nix::run_with_stack(move || {
                compiler::evaluate_file(&input.name, &input.path, &input.text, &input.io, json)
            });
            match result {
                Ok(text) => {
                    if json {
                        print!("{text}");
                    } else {
                        println!("{text}");
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Err(diagnostics) => {
                    print_diagnostics(&diagnostics, &sources, color);
                    Ok(ExitCode::from(1))
                }
            }
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return if error.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}
