//! Files in: a path or `-` (standard input) read into text, with the project root that
//! `import` and `readFile` may not leave, then compiled on a thread with a large stack.

use std::io::Read;
use std::path::{Path, PathBuf};

use anyhow::{anyhow, Context};
use compiler::io::ConfinedIo;
use compiler::plan::Plan;
use lib_nix::{Diagnostic, DiagnosticKind, SourceDb, Span};

/// How the user named the files of one call.
#[derive(Debug, Clone, Default)]
pub struct InputOptions {
    /// The name `-` stands for, in messages and for resolving relative imports.
    pub stdin_filename: Option<PathBuf>,
    /// The directory `import` and `readFile` must stay inside.
    pub root: Option<PathBuf>,
}

/// One input file, read.
pub struct Input {
    /// The name shown in messages: the path as given, or the `--stdin-filename`.
    pub name: String,
    /// The absolute path the evaluator resolves relative imports against.
    pub path: String,
    /// The text, or the text with invalid UTF-8 replaced and the byte offset of the first
    /// invalid byte.
    pub text: Result<String, (String, usize)>,
    pub io: ConfinedIo,
}

/// Everything one file's compilation produced.
pub struct Compiled {
    pub name: String,
    pub diagnostics: Vec<Diagnostic>,
    pub sources: SourceDb,
    pub plan: Option<Plan>,
    /// Options of containers' own configurations outside ncc's checked subset.
    pub unchecked: Vec<String>,
}

/// Reads `file`, or standard input for `-`.
pub fn read(file: &Path, options: &InputOptions) -> anyhow::Result<Input> {
    let (name, absolute, bytes) = if file == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("cannot read standard input")?;
        let cwd = current_dir()?;
        let (name, absolute) = match &options.stdin_filename {
            Some(name) => (name.display().to_string(), cwd.join(name)),
            None => ("<stdin>".to_owned(), cwd.join("<stdin>")),
        };
        (name, absolute, bytes)
    } else {
        let metadata =
            std::fs::metadata(file).with_context(|| format!("cannot read '{}'", file.display()))?;
        if metadata.is_dir() {
            return Err(anyhow!(
                "'{}' is a directory, not a Nix file",
                file.display()
            ));
        }
        let bytes =
            std::fs::read(file).with_context(|| format!("cannot read '{}'", file.display()))?;
        let absolute = std::fs::canonicalize(file)
            .with_context(|| format!("cannot resolve '{}'", file.display()))?;
        (file.display().to_string(), absolute, bytes)
    };
    let text = match String::from_utf8(bytes) {
        Ok(text) => Ok(text
            .strip_prefix('\u{feff}')
            .map(str::to_owned)
            .unwrap_or(text)),
        Err(error) => {
            let offset = error.utf8_error().valid_up_to();
            Err((
                String::from_utf8_lossy(error.as_bytes()).into_owned(),
                offset,
            ))
        }
    };
    let root = match &options.root {
        Some(root) => std::fs::canonicalize(root)
            .with_context(|| format!("cannot resolve root '{}'", root.display()))?,
        None => ConfinedIo::default_root(&absolute),
    };
    Ok(Input {
        name,
        path: absolute.to_string_lossy().into_owned(),
        text,
        io: ConfinedIo::new(root),
    })
}

/// Reads every file; a file that cannot be read is reported on standard error and
/// skipped. Returns the inputs and how many could not be read.
pub fn read_all(files: &[PathBuf], options: &InputOptions) -> anyhow::Result<(Vec<Input>, usize)> {
    if files.iter().filter(|f| f.as_os_str() == "-").count() > 1 {
        return Err(anyhow!("standard input (`-`) can be read only once"));
    }
    if options.stdin_filename.is_some() && !files.iter().any(|f| f.as_os_str() == "-") {
        return Err(anyhow!(
            "--stdin-filename names standard input, but no `-` is among the files"
        ));
    }
    let mut inputs = Vec::new();
    let mut failed = 0;
    for file in files {
        match read(file, options) {
            Ok(input) => inputs.push(input),
            Err(error) => {
                eprintln!("error: {error:#}");
                failed += 1;
            }
        }
    }
    Ok((inputs, failed))
}

/// Compiles one input: the whole pipeline, in memory. `last` says that ncc exits after
/// it, so the evaluator's memory is left to the operating system.
pub fn compile(input: Input, last: bool) -> Compiled {
    run(input, compiler::compile_with, last)
}

/// Checks one input: the pipeline without generating the files.
pub fn check(input: Input, last: bool) -> Compiled {
    run(input, compiler::check_with, last)
}

type Pipeline =
    fn(&str, &str, &str, &dyn lib_nix::eval::EvalIo, compiler::Teardown) -> compiler::Compilation;

fn run(input: Input, pipeline: Pipeline, last: bool) -> Compiled {
    let teardown = if last {
        compiler::Teardown::LeaveToExit
    } else {
        compiler::Teardown::Free
    };
    let Input {
        name,
        path,
        text,
        io,
    } = input;
    match text {
        Ok(text) => lib_nix::run_with_stack(move || {
            let compilation = pipeline(&name, &path, &text, &io, teardown);
            let unchecked = compilation
                .unchecked
                .iter()
                .cloned()
                .chain(
                    compilation
                        .host
                        .iter()
                        .flat_map(|host| host.containers.values())
                        .filter_map(|container| container.inner.as_ref())
                        .flat_map(|inner| inner.unchecked.iter().cloned()),
                )
                .collect();
            Compiled {
                name,
                diagnostics: compilation.diagnostics,
                sources: compilation.sources,
                plan: compilation.plan,
                unchecked,
            }
        }),
        Err((lossy, offset)) => invalid_utf8(name, path, lossy, offset),
    }
}

/// A file that is not UTF-8 is one N002 diagnostic at its first invalid byte.
fn invalid_utf8(name: String, path: String, lossy: String, offset: usize) -> Compiled {
    let mut sources = SourceDb::default();
    let replacement = '\u{fffd}'.len_utf8() as u32;
    let file = sources.add(name.clone(), path, lossy.into());
    let offset = offset as u32;
    let diagnostic = Diagnostic::new(
        DiagnosticKind::InvalidSource(format!(
            "the file is not valid UTF-8 (an invalid byte at offset {offset})"
        )),
        Span::new(file, offset, offset + replacement),
    )
    .with_help("save the file as UTF-8");
    Compiled {
        name,
        diagnostics: vec![diagnostic],
        sources,
        plan: None,
        unchecked: Vec::new(),
    }
}

fn current_dir() -> anyhow::Result<PathBuf> {
    std::env::current_dir().context("cannot read the current directory")
}
