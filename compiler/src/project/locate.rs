//! The project around a file, found as `ncc check` finds it from the working directory:
//! `ncc.toml` in the file's directory or above it (its `hosts` and `[rules]`), else the
//! `flake.nix`, `hive.nix` or `network.nix` nearest above it, never above the root. The
//! language server asks this of every document; everything is read through the
//! [`EvalIo`] it is given, so unsaved buffers count.

use std::collections::BTreeMap;

use lib_nix::eval::EvalIo;
use lib_nix::path::{canonicalize, dir_of};

use super::config_file::{self, Config, HostSpec, Level};
use super::discover::{display_name, Project};
use super::named::NamedHost;
use super::EntryFile;

/// Entry files with their texts.
pub type Entries = Vec<(EntryFile, String)>;

/// The names of the files that declare a whole project's hosts, in the order looked for.
pub const ENTRY_NAMES: [&str; 3] = ["flake.nix", "hive.nix", "network.nix"];

/// The project around a file, and the severities its `ncc.toml` sets.
pub struct Located {
    pub project: Project,
    pub rules: BTreeMap<String, Level>,
}

/// The project `dir` (a directory inside `root`) belongs to. The error is an `ncc.toml`
/// that does not parse, or that names a host file that cannot be read.
pub fn around(io: &dyn EvalIo, root: &str, dir: &str) -> Result<Located, String> {
    let root = match root.trim_end_matches('/') {
        "" => "/",
        root => root,
    };
    let mut entries = Vec::new();
    let mut only = None;
    let mut rules = BTreeMap::new();
    match find_config(io, root, dir)? {
        Some((config_dir, config)) => {
            (entries, only) = config_entries(io, root, &config_dir, &config)?;
            rules = config.rules;
        }
        None => {
            if let Some(path) = nearest_entry(io, root, dir) {
                let text = io.read_file(&path)?;
                entries.push((entry_file(root, &path), text));
            }
        }
    }
    Ok(Located {
        project: Project {
            root: root.to_owned(),
            entries,
            only,
        },
        rules,
    })
}

/// `ncc.toml` in `dir` or the nearest directory above it up to `root`, with the
/// directory it is in.
pub fn find_config(
    io: &dyn EvalIo,
    root: &str,
    dir: &str,
) -> Result<Option<(String, Config)>, String> {
    for dir in ancestors(root, dir) {
        let path = format!("{}/{}", dir.trim_end_matches('/'), config_file::FILE_NAME);
        if !io.path_exists(&path) || io.is_directory(&path) {
            continue;
        }
        let text = io.read_file(&path)?;
        let config = config_file::parse(&text).map_err(|message| format!("{path}: {message}"))?;
        return Ok(Some((dir, config)));
    }
    Ok(None)
}

/// The flake, hive or network nearest above `dir` (itself included), up to `root`: by
/// its shape, not only its name, since a `network.nix` is as often a host's module of
/// network settings as a NixOps network. A `default.nix` counts when it is a table of
/// NixOS systems, as a channel-era repository's hosts (`nix-build -A web`) are.
pub fn nearest_entry(io: &dyn EvalIo, root: &str, dir: &str) -> Option<String> {
    ancestors(root, dir).into_iter().find_map(|dir| {
        ENTRY_NAMES
            .iter()
            .chain(&["default.nix"])
            .map(|name| format!("{}/{name}", dir.trim_end_matches('/')))
            .find(|path| {
                io.path_exists(path)
                    && !io.is_directory(path)
                    && io
                        .read_file(path)
                        .is_ok_and(|text| declares_hosts(io, path, &text))
            })
    })
}

/// The flake, hive, network or table of systems in the directory `dir` (`ncc check
/// dir`, `.#web`), found as [`nearest_entry`] finds one.
pub fn entry_in(io: &dyn EvalIo, dir: &str) -> Option<String> {
    nearest_entry(io, dir, dir)
}

/// Whether the file at `path` is a flake, a fleet (colmena hive, NixOps network) or a
/// table of NixOS systems (`import <nixpkgs/nixos> { configuration = ...; }`).
pub fn declares_hosts(io: &dyn EvalIo, path: &str, text: &str) -> bool {
    matches!(
        super::discover::classify_with_io(io, path, text),
        super::discover::Role::Flake
            | super::discover::Role::Fleet(_)
            | super::discover::Role::Systems
    )
}

/// The entry files `config` (found in `config_dir`) names, with their texts, and the
/// hosts named one by one (`.#web`), if any.
pub fn config_entries(
    io: &dyn EvalIo,
    root: &str,
    config_dir: &str,
    config: &Config,
) -> Result<(Entries, Option<Vec<NamedHost>>), String> {
    let mut entries: Entries = Vec::new();
    let mut only: Option<Vec<NamedHost>> = None;
    for spec in &config.hosts {
        let (written, name) = match spec {
            HostSpec::File(file) => (file, None),
            HostSpec::Attribute { flake, name } => (flake, Some(name)),
        };
        let mut path = canonicalize(&format!("{config_dir}/{written}"));
        if io.is_directory(&path) {
            path = entry_in(io, &path).unwrap_or_else(|| format!("{path}/flake.nix"));
        }
        let entry = entry_file(root, &path);
        if let Some(name) = name {
            only.get_or_insert_with(Vec::new).push(NamedHost {
                entry: entry.clone(),
                name: name.clone(),
            });
        }
        if !entries.iter().any(|(known, _)| *known == entry) {
            let text = io
                .read_file(&path)
                .map_err(|error| format!("{error} (named by ncc.toml)"))?;
            entries.push((entry, text));
        }
    }
    // A file named whole checks all its hosts, even where others name some of them.
    if config
        .hosts
        .iter()
        .any(|spec| matches!(spec, HostSpec::File(_)))
    {
        only = None;
    }
    Ok((entries, only))
}

fn entry_file(root: &str, path: &str) -> EntryFile {
    EntryFile {
        name: display_name(root, path),
        path: path.to_owned(),
    }
}

/// `dir` and the directories above it, up to and including `root`; nothing when `dir`
/// is outside `root`.
fn ancestors(root: &str, dir: &str) -> Vec<String> {
    let mut dir = canonicalize(dir);
    let below = format!("{}/", root.trim_end_matches('/'));
    let inside = |dir: &str| dir == root || dir.starts_with(&below);
    let mut found = Vec::new();
    while inside(&dir) {
        found.push(dir.clone());
        if dir == root || dir == "/" {
            break;
        }
        dir = dir_of(&dir);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use lib_nix::eval::MemoryIo;

    const FLAKE: &str = "{ outputs = { self }: { }; }";

    #[test]
    fn the_nearest_flake_above_the_file() {
        let io = MemoryIo::new()
            .with_file("/r/flake.nix", FLAKE)
            .with_file("/r/hosts/web/default.nix", "{ }");
        let located = around(&io, "/r", "/r/hosts/web").unwrap();
        let names: Vec<&str> = located
            .project
            .entries
            .iter()
            .map(|(entry, _)| entry.name.as_str())
            .collect();
        assert_eq!(names, ["flake.nix"]);
        assert!(located.project.only.is_none());
    }

    #[test]
    fn nothing_above_the_root() {
        let io = MemoryIo::new()
            .with_file("/flake.nix", FLAKE)
            .with_file("/r/host.nix", "{ }");
        let located = around(&io, "/r", "/r").unwrap();
        assert!(located.project.entries.is_empty());
        // A directory outside the root finds nothing either.
        assert!(nearest_entry(&io, "/r", "/elsewhere").is_none());
        // A network.nix that is a host's module is no NixOps network: the flake above it is.
        let io = MemoryIo::new().with_file("/r/flake.nix", FLAKE).with_file(
            "/r/hosts/network.nix",
            "{ ... }: { networking.hostName = \"web\"; }",
        );
        assert_eq!(
            nearest_entry(&io, "/r", "/r/hosts").as_deref(),
            Some("/r/flake.nix")
        );
    }

    #[test]
    fn ncc_toml_names_hosts_and_rules() {
        let io = MemoryIo::new()
            .with_file(
                "/r/ncc.toml",
                "hosts = [\".#web\", \"./flake.nix#colmena.db\"]\n[rules]\nC218 = \"off\"\n",
            )
            .with_file("/r/flake.nix", FLAKE)
            .with_file("/r/hosts/web.nix", "{ }");
        let located = around(&io, "/r", "/r/hosts").unwrap();
        assert_eq!(located.project.entries.len(), 1);
        assert_eq!(located.project.entries[0].0.path, "/r/flake.nix");
        let only: Vec<String> = located
            .project
            .only
            .unwrap()
            .iter()
            .map(|named| named.name.clone())
            .collect();
        assert_eq!(only, ["web", "colmena.db"]);
        assert_eq!(located.rules.get("C218"), Some(&Level::Off));
    }

    #[test]
    fn a_broken_ncc_toml_is_an_error_naming_it() {
        let io = MemoryIo::new().with_file("/r/ncc.toml", "hosts = 3\n");
        let error = around(&io, "/r", "/r").err().unwrap();
        assert!(error.starts_with("/r/ncc.toml: "), "{error}");
        let io = MemoryIo::new().with_file("/r/ncc.toml", "hosts = [\"gone.nix\"]\n");
        let error = around(&io, "/r", "/r").err().unwrap();
        assert!(error.ends_with("(named by ncc.toml)"), "{error}");
    }
}
