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
    /// The text as Nix reads it (see [`compiler::io::source_text`]), or, for a file that
    /// is not UTF-8 and does not parse so, the text with its invalid bytes replaced and
    /// the byte offset of the first of them.
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
    /// Findings reported with another host's, which found them too.
    pub repeated: usize,
    /// The host of a project checked here (a file of its own given alone is none).
    pub host: Option<compiler::project::Host>,
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
    let text = compiler::io::decode_given(bytes);
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
            let unchecked = unchecked_of(&compilation);
            Compiled {
                name,
                diagnostics: compilation.diagnostics,
                sources: compilation.sources,
                plan: compilation.plan,
                unchecked,
                repeated: 0,
                host: None,
            }
        }),
        Err((lossy, offset)) => invalid_utf8(name, path, lossy, offset),
    }
}

/// What a compilation accepted without checking: the host's options and modules, and
/// those of its containers' own configurations.
fn unchecked_of(compilation: &compiler::Compilation) -> Vec<String> {
    compilation
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
        .collect()
}

/// A file that is not UTF-8 and does not parse as Nix reads it is one N002 diagnostic at
/// its first invalid byte.
fn invalid_utf8(name: String, path: String, lossy: String, offset: usize) -> Compiled {
    let mut sources = SourceDb::default();
    let replacement = '\u{fffd}'.len_utf8() as u32;
    let file = sources.add(name.clone(), path, lossy);
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
        repeated: 0,
        host: None,
    }
}

fn current_dir() -> anyhow::Result<PathBuf> {
    std::env::current_dir().context("cannot read the current directory")
}

/// What `ncc check` (or `build`) was asked to check, resolved against the project
/// around the working directory: ncc.toml, the flake, the hive.
pub struct Request {
    pub project: compiler::project::discover::Project,
    /// The files given, with their texts (none when hosts were named or nothing was
    /// given).
    pub files: Vec<(EntryFile, String)>,
    pub io: ConfinedIo,
    /// Files read the old way, one host each: standard input, and files that are not
    /// UTF-8 and do not parse as Nix reads them (each is one N002 diagnostic).
    pub legacy: Vec<Input>,
    /// Files given that are kept encrypted (git-crypt): a note each.
    pub encrypted: Vec<compiler::project::Note>,
    /// `[rules]` of ncc.toml.
    pub rules: std::collections::BTreeMap<String, compiler::project::config_file::Level>,
}

use compiler::project::config_file::{self, HostSpec};
use compiler::project::named::NamedHost;
use compiler::project::EntryFile;

/// Resolves the arguments of `ncc check` (files, directories, `flake#host`, or nothing)
/// into a [`Request`]. Files that cannot be read are reported and counted.
pub fn request(args: &[PathBuf], options: &InputOptions) -> anyhow::Result<(Request, usize)> {
    let cwd = current_dir()?;
    let config = find_config(&cwd)?;
    let root = match (&options.root, &config) {
        (Some(root), _) => std::fs::canonicalize(root)
            .with_context(|| format!("cannot resolve root '{}'", root.display()))?,
        (None, Some((dir, config))) => {
            let root = dir.join(config.root.as_deref().unwrap_or("."));
            std::fs::canonicalize(&root).with_context(|| {
                format!("cannot resolve the root of ncc.toml '{}'", root.display())
            })?
        }
        (None, None) => {
            // A directory given stands for its flake.nix: the root is found from inside it.
            // A file is where it lies, not where a symbolic link points (a committed
            // `empty.nix -> /dev/null` does not widen the root to the whole filesystem).
            let given: Vec<PathBuf> = args
                .iter()
                .filter(|a| named_host(a).is_none())
                .filter_map(|a| match a.is_dir() {
                    true => std::fs::canonicalize(a)
                        .ok()
                        .map(|dir| dir.join("flake.nix")),
                    false => located(a),
                })
                .collect();
            ConfinedIo::default_root_of(&given)
                .unwrap_or_else(|| ConfinedIo::default_root(&cwd.join("flake.nix")))
        }
    };
    let io = ConfinedIo::new(root.clone());
    let mut entries: Vec<(EntryFile, String)> = Vec::new();
    let mut only: Option<Vec<NamedHost>> = None;
    let mut files = Vec::new();
    let mut legacy = Vec::new();
    let mut encrypted = Vec::new();
    let mut unreadable = 0;
    let mut named =
        |flake: &Path, name: &str, entries: &mut Vec<(EntryFile, String)>| -> anyhow::Result<()> {
            let path = match flake.is_dir() {
                true => entry_in_directory(flake, &io),
                false => flake.to_path_buf(),
            };
            let entry = entry_file(&path, &cwd)?;
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read '{}'", path.display()))?;
            only.get_or_insert_with(Vec::new).push(NamedHost {
                entry: entry.clone(),
                name: name.to_owned(),
            });
            if !entries.iter().any(|(e, _)| *e == entry) {
                entries.push((entry, text));
            }
            Ok(())
        };
    for arg in args {
        if let Some((flake, name)) = named_host(arg) {
            named(Path::new(&flake), &name, &mut entries)?;
            continue;
        }
        if arg.is_dir() {
            let path = entry_in_directory(arg, &io);
            if !path.is_file() {
                return Err(anyhow!(
                    "'{}' is a directory with no flake.nix, hive.nix or network.nix in it",
                    arg.display()
                ));
            }
            let entry = entry_file(&path, &cwd)?;
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read '{}'", path.display()))?;
            entries.push((entry, text));
            continue;
        }
        let bytes = (arg.as_os_str() != "-")
            .then(|| std::fs::read(arg).ok())
            .flatten();
        // Kept encrypted in the repository (git-crypt, age, sops): what ncc cannot read is
        // never an error, as when a host imports it.
        if let Some(tool) = bytes.as_deref().and_then(lib_nix::eval::encryption_tool) {
            encrypted.push(compiler::project::Note::new(
                &arg.display().to_string(),
                format!("encrypted with {tool}; not checked"),
            ));
            continue;
        }
        // Read once: the text checked is the text decoded here.
        let Some(Ok(text)) = bytes.map(compiler::io::decode_given) else {
            match read(arg, options) {
                Ok(input) => legacy.push(input),
                Err(error) => {
                    eprintln!("error: {error:#}");
                    unreadable += 1;
                }
            }
            continue;
        };
        match entry_file(arg, &cwd) {
            Ok(mut entry) => {
                entry.name = arg.display().to_string();
                files.push((entry, text));
            }
            Err(error) => {
                eprintln!("error: {error:#}");
                unreadable += 1;
            }
        }
    }
    // The project's hosts are the context of the files given, or what is checked when
    // nothing is given. Where files are given but none of them is read as a file of the
    // project (each is kept encrypted, cannot be read, or is standard input, which is
    // checked alone), no host is asked for: checking them all would report findings that
    // concern none of the files given (a commit staging only a sops-encrypted file).
    let given_but_none_read = !args.is_empty() && files.is_empty();
    if entries.is_empty() && !given_but_none_read {
        if let Some((dir, config)) = &config {
            for spec in &config.hosts {
                match spec {
                    HostSpec::Attribute { flake, name } => {
                        named(&dir.join(flake), name, &mut entries)?
                    }
                    HostSpec::File(file) => {
                        let path = dir.join(file);
                        let path = if path.is_dir() {
                            path.join("flake.nix")
                        } else {
                            path
                        };
                        let entry = entry_file(&path, &cwd)?;
                        let text = std::fs::read_to_string(&path).with_context(|| {
                            format!("cannot read '{}' (named by ncc.toml)", path.display())
                        })?;
                        entries.push((entry, text));
                    }
                }
            }
        } else {
            // A directory of bare hosts (`hosts/web/configuration.nix`, each a machine's
            // `nixos-config`), with nothing given: its host modules (and fleets below its
            // top, `deploy/morph.nix`), as when every file is given. Not where a hive.nix
            // ncc does not read says the machines are its nodes; a network.nix of another
            // shape is a host's module of settings.
            if args.is_empty()
                && nearest_entry(&cwd, &root).is_none()
                && unread_entries(&cwd, &root)
                    .iter()
                    .all(|name| name.ends_with("network.nix"))
            {
                let below = std::fs::canonicalize(&cwd).unwrap_or_else(|_| cwd.clone());
                let below = below.to_string_lossy();
                for path in compiler::project::discover::hosts_below(&io, &below) {
                    // Read as Nix reads it, as the search did.
                    let text = lib_nix::eval::EvalIo::read_file(&io, &path)
                        .map_err(|error| anyhow!("cannot read '{path}': {error}"))?;
                    files.push((entry_file(Path::new(&path), &cwd)?, text));
                }
            }
            // The flake (hive, network) around the working directory, else around each
            // file given.
            let mut starts = vec![cwd.clone()];
            starts.extend(files.iter().map(|(file, _): &(EntryFile, String)| {
                PathBuf::from(lib_nix::path::dir_of(&file.path))
            }));
            for start in starts {
                let Some(path) = nearest_entry(&start, &root) else {
                    continue;
                };
                let entry = entry_file(&path, &cwd)?;
                if entries.iter().any(|(known, _)| *known == entry) {
                    continue;
                }
                let text = std::fs::read_to_string(&path)
                    .with_context(|| format!("cannot read '{}'", path.display()))?;
                entries.push((entry, text));
                if start == cwd {
                    break;
                }
            }
        }
    }
    // An ncc.toml naming some hosts of a flake, and the flake given: all its hosts.
    if args.is_empty()
        && config
            .as_ref()
            .is_some_and(|(_, c)| c.hosts.iter().any(|h| matches!(h, HostSpec::File(_))))
    {
        only = None;
    }
    if args.is_empty() && entries.is_empty() && files.is_empty() {
        // A hive.nix (network.nix) of another shape, computed by its own code, is there
        // but not a fleet ncc reads: say so rather than that there is none.
        let unread = unread_entries(&cwd, &root);
        if !unread.is_empty() {
            return Err(anyhow!(
                "nothing to check: {} is not a flake, a colmena hive or a NixOps network ncc reads (one computed by its own code is not); give host files, or name them in ncc.toml",
                unread.join(", ")
            ));
        }
        return Err(anyhow!(
            "nothing to check: no ncc.toml in the working directory or above it, no flake.nix, hive.nix or network.nix from there up to the project root{}, and no host module below it (a NixOS module setting a state version, file systems, a boot loader or a host name); give host files, or `ncc check .#host`",
            match cwd.strip_prefix(&root) {
                Ok(below) if below.as_os_str().is_empty() => " (the working directory)".to_owned(),
                Ok(below) => format!(" ({})", vec![".."; below.components().count()].join("/")),
                Err(_) => format!(" '{}'", root.display()),
            }
        ));
    }
    let project = compiler::project::discover::Project {
        root: root.to_string_lossy().into_owned(),
        entries,
        only,
    };
    let rules = config.map(|(_, c)| c.rules).unwrap_or_default();
    Ok((
        Request {
            project,
            files,
            io,
            legacy,
            encrypted,
            rules,
        },
        unreadable,
    ))
}

/// The files from the working directory `cwd` up to `root` that have the name of a
/// project's entry (`hive.nix`) but not its shape (a hive computed by its own code), as
/// the user knows them.
fn unread_entries(cwd: &Path, root: &Path) -> Vec<String> {
    cwd.ancestors()
        .take_while(|dir| dir.starts_with(root))
        .flat_map(|dir| {
            compiler::project::locate::ENTRY_NAMES
                .iter()
                .map(move |name| dir.join(name))
        })
        .filter(|path| path.is_file())
        .map(|path| match path.strip_prefix(cwd) {
            Ok(relative) => relative.display().to_string(),
            Err(_) => path.display().to_string(),
        })
        .collect()
}

/// The flake.nix, hive.nix or network.nix (one that declares hosts, by its shape) nearest
/// above `start` (itself included), up to `root`; or a default.nix that is a table of
/// NixOS systems (`import <nixpkgs/nixos> { configuration = ...; }`).
fn nearest_entry(start: &Path, root: &Path) -> Option<PathBuf> {
    let io = ConfinedIo::new(root.to_path_buf());
    let mut current = Some(start);
    while let Some(dir) = current {
        for name in ["flake.nix", "hive.nix", "network.nix", "default.nix"] {
            let path = dir.join(name);
            // By its shape, not only its name: a `network.nix` is as often a host's
            // module of network settings as a NixOps network.
            let declares_hosts = std::fs::read_to_string(&path).is_ok_and(|text| {
                compiler::project::locate::declares_hosts(&io, &path.to_string_lossy(), &text)
            });
            if declares_hosts {
                return Some(path);
            }
        }
        if dir == root {
            return None;
        }
        current = dir.parent();
    }
    None
}

/// The entry file of the directory `dir` names (`ncc check dir`, `dir#web`): its flake,
/// hive, network or table of systems by their shapes; else the first of those names
/// there (a hive ncc does not read as one is still the directory's); else its flake.nix,
/// which the caller fails to read.
fn entry_in_directory(dir: &Path, io: &dyn lib_nix::eval::EvalIo) -> PathBuf {
    std::fs::canonicalize(dir)
        .ok()
        .and_then(|dir| compiler::project::locate::entry_in(io, &dir.to_string_lossy()))
        .map(PathBuf::from)
        .or_else(|| {
            compiler::project::locate::ENTRY_NAMES
                .iter()
                .map(|name| dir.join(name))
                .find(|path| path.is_file())
        })
        .unwrap_or_else(|| dir.join("flake.nix"))
}

/// ncc.toml in `start` or the nearest directory above it, parsed.
fn find_config(start: &Path) -> anyhow::Result<Option<(PathBuf, config_file::Config)>> {
    let mut current = Some(start);
    while let Some(dir) = current {
        let path = dir.join(config_file::FILE_NAME);
        if path.is_file() {
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("cannot read '{}'", path.display()))?;
            let config = config_file::parse(&text)
                .map_err(|message| anyhow!("{}: {message}", path.display()))?;
            return Ok(Some((dir.to_path_buf(), config)));
        }
        current = dir.parent();
    }
    Ok(None)
}

/// The host an argument names (`.#web`, `hive.nix#web`): `None` for an argument without
/// `#`, and for one naming a file or directory that exists, which is that path. pre-commit
/// gives every staged file by its path, and a project may keep files under a name with
/// `#` in it (`#laptop/default.nix`, a host's directory its flake imports as
/// `../${"#" + name}`); a dangling symbolic link (an editor's `.#file.nix` lock) is none.
pub fn named_host(arg: &Path) -> Option<(String, String)> {
    if arg.exists() {
        return None;
    }
    match HostSpec::parse(&arg.to_string_lossy()) {
        HostSpec::Attribute { flake, name } => Some((flake, name)),
        HostSpec::File(_) => None,
    }
}

/// Where a given file lies: its directory resolved, its own name kept, so that a file that
/// is a symbolic link stays in the directory it was committed to.
fn located(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?;
    let parent = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    std::fs::canonicalize(parent).ok().map(|dir| dir.join(name))
}

/// The file at `path`, named as the user sees it: relative to `cwd` when inside it.
fn entry_file(path: &Path, cwd: &Path) -> anyhow::Result<EntryFile> {
    let absolute =
        std::fs::canonicalize(path).with_context(|| format!("cannot read '{}'", path.display()))?;
    let name = absolute
        .strip_prefix(cwd)
        .map(|p| p.display().to_string())
        .unwrap_or_else(|_| path.display().to_string());
    Ok(EntryFile {
        name,
        path: absolute.to_string_lossy().into_owned(),
    })
}

/// The one host a `FILE#NAME` argument names (`.#web`, `hive.nix#web`), checked as
/// [`check_request`] checks it (with `generate`, its plan made), with the reader it was
/// found with, for a caller that evaluates it further (`ncc eval`).
pub struct NamedCheck {
    pub compiled: Compiled,
    pub notes: Vec<compiler::project::Note>,
    pub io: ConfinedIo,
}

/// [`NamedCheck`] of `file`; an error when it is not one host ncc can check.
pub fn check_named_host(
    file: &Path,
    options: &InputOptions,
    generate: bool,
) -> anyhow::Result<NamedCheck> {
    let (request, _) = request(&[file.to_path_buf()], options)?;
    let io = request.io.clone();
    let (mut compiled, notes) = check_request(request, generate)?;
    if compiled.len() > 1 {
        let hosts: Vec<String> = compiled.iter().map(|c| format!("`{}'", c.name)).collect();
        return Err(anyhow!(
            "{} is not one host but {}: {}; name one of them",
            file.display(),
            hosts.len(),
            hosts.join(", ")
        ));
    }
    if compiled.len() != 1 {
        return Err(anyhow!(
            "{} is not one host ncc can check; `ncc check {}` says why",
            file.display(),
            file.display()
        ));
    }
    Ok(NamedCheck {
        compiled: compiled.remove(0),
        notes,
        io,
    })
}

/// Checks a request on a thread with a large stack: the hosts reached, the files no
/// host reaches (parsed only) and the one-line notes. ncc exits after it, so the last
/// host's evaluator is left to the operating system.
pub fn check_request(
    request: Request,
    generate: bool,
) -> anyhow::Result<(Vec<Compiled>, Vec<compiler::project::Note>)> {
    let Request {
        project,
        files,
        io,
        legacy,
        encrypted,
        rules,
    } = request;
    let mut compiled: Vec<Compiled> = legacy
        .into_iter()
        .map(|input| check(input, false))
        .collect();
    let checked = lib_nix::run_with_stack(move || {
        let outcome = compiler::project::discover::check_files(
            &project,
            &files,
            &io,
            generate,
            compiler::Teardown::LeaveToExit,
        );
        if let Some((named, declared)) = outcome.missing.first() {
            let declared: Vec<String> = declared.iter().map(|h| h.label()).collect();
            return Err(format!(
                "{} declares no host `{}`; it declares: {}",
                named.entry.name,
                named.name,
                if declared.is_empty() {
                    "no host".to_owned()
                } else {
                    declared.join(", ")
                }
            ));
        }
        let mut compiled = Vec::new();
        for listing in outcome.listings {
            let name = listing
                .sources
                .files()
                .next()
                .map(|(_, file)| file.name.clone())
                .unwrap_or_default();
            compiled.push(Compiled {
                name,
                diagnostics: listing.diagnostics,
                sources: listing.sources,
                plan: None,
                unchecked: Vec::new(),
                repeated: 0,
                host: None,
            });
        }
        for checked in outcome.checked {
            // A host ncc could not evaluate is only its note.
            if checked.compilation.host.is_none()
                && checked.compilation.diagnostics.is_empty()
                && checked.repeated == 0
            {
                continue;
            }
            let unchecked = unchecked_of(&checked.compilation);
            compiled.push(Compiled {
                name: checked.host.reference(),
                diagnostics: checked.compilation.diagnostics,
                sources: checked.compilation.sources,
                plan: checked.compilation.plan,
                unchecked,
                repeated: checked.repeated,
                host: Some(checked.host),
            });
        }
        for (file, diagnostics, sources) in outcome.unparsed {
            compiled.push(Compiled {
                name: file.name,
                diagnostics,
                sources,
                plan: None,
                unchecked: Vec::new(),
                repeated: 0,
                host: None,
            });
        }
        for file in &mut compiled {
            config_file::apply_rules(&rules, &mut file.diagnostics);
        }
        Ok((compiled, outcome.notes))
    });
    let (found, mut notes) = checked.map_err(|message| anyhow!(message))?;
    compiled.extend(found);
    notes.extend(encrypted);
    Ok((compiled, notes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_links_outside_the_checkout_keeps_the_root_at_the_checkout() {
        let scratch = tempfile::tempdir().expect("a temporary directory");
        let root = scratch.path().canonicalize().expect("canonical");
        std::fs::create_dir(root.join(".git")).unwrap();
        std::fs::create_dir_all(root.join("vendor/tool.nix")).unwrap();
        std::fs::write(
            root.join("vendor/tool.nix/flake.nix"),
            "{ outputs = _: { }; }\n",
        )
        .unwrap();
        std::fs::create_dir(root.join("misc")).unwrap();
        std::os::unix::fs::symlink("/dev/null", root.join("misc/empty.nix")).unwrap();
        let link = located(&root.join("misc/empty.nix")).expect("located");
        assert_eq!(link, root.join("misc/empty.nix"));
        let flake = root.join("vendor/tool.nix/flake.nix");
        assert_eq!(ConfinedIo::default_root_of(&[flake, link]), Some(root));
    }
}
