//! ⑦ Plan -> disk, and Plan -> JSON. This is the only code in ncc that writes files.
//!
//! [`write_tree`] never leaves a half-written tree and never touches files ncc did not
//! create:
//!
//! 1. The plan is validated first: every path relative, without `.`, `..` or empty
//!    components, without NUL, no component longer than a file name may be, unique, not
//!    `manifest.json`, and never below a file or a symlink of the plan.
//! 2. `out` must be absent, an empty directory, or a directory holding the
//!    `manifest.json` of an earlier ncc build; anything else is refused.
//! 3. In a tree of an earlier build, every entry its manifest does not list (and that is
//!    not a directory holding listed ones) is the user's: it is kept. A kept entry where
//!    the new plan writes, or a special file (a FIFO, a socket, a device), is refused
//!    before anything is written.
//! 4. The whole tree and its `manifest.json` are built in a fresh directory beside `out`
//!    (same parent, so the same file system), with every mode set explicitly. The user's
//!    files are hard-linked into it (the same file, not a copy), their symlinks and
//!    directories recreated.
//! 5. The new tree is swapped in: the old `out` is renamed away, the new one renamed in,
//!    and the old one deleted. If the second rename fails the old tree is put back. Between
//!    the two renames `out` is briefly absent; it is never partly written.
//!
//! On any failure before the swap the new directory is removed and `out` is as it was. A
//! build killed before the swap leaves `out` as it was, and its unfinished tree beside it
//! as `.<out>.ncc-new-<pid>-<n>`.

pub mod nix;

use std::fs;
use std::io::{self, Write};
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use crate::plan::{sha256_hex, Artifact, ArtifactKind, Plan};

/// The file at the root of every tree ncc writes, listing every artifact in it.
pub const MANIFEST_FILE_NAME: &str = "manifest.json";

/// The `generator` field of a manifest: how ncc recognises a tree it wrote before.
const MANIFEST_GENERATOR: &str = "ncc";

/// The version of the manifest's layout.
const MANIFEST_FORMAT: u64 = 1;

/// The longest file name Linux file systems take (`NAME_MAX`), in bytes.
const MAX_NAME_LENGTH: usize = 255;

/// Writes `plan` to the directory `out`, atomically, with a `manifest.json`.
///
/// `out` may be absent (its missing parents are created), an empty directory, or a tree
/// an earlier ncc build wrote (it has ncc's `manifest.json`); it is then replaced as a
/// whole, except for the entries its manifest does not list, which are kept as they are.
/// A non-empty directory without that manifest, or anything that is not a directory, is
/// refused with an error and left untouched.
pub fn write_tree(plan: &Plan, out: &Path) -> io::Result<()> {
    write_tree_with(plan, out, &mut |_| Ok(()))
}

/// The plan as JSON for `ncc build --format json`: the manifest's fields plus the contents
/// of every file.
pub fn to_json(plan: &Plan) -> Value {
    document(plan, true)
}

/// The `manifest.json` written with a tree: every artifact's path, kind
/// (`file`, `symlink` or `directory`), mode as an octal string, link target, and the
/// SHA-256 of a file's contents. Fields that do not apply to a kind are `null`.
pub fn manifest(plan: &Plan) -> Value {
    document(plan, false)
}

/// Checks that every path of `plan` can be written below an output directory and nowhere
/// else (see the module documentation).
pub fn validate_plan(plan: &Plan) -> io::Result<()> {
    let mut kinds: std::collections::HashMap<&str, &ArtifactKind> =
        std::collections::HashMap::with_capacity(plan.artifacts.len());
    for artifact in &plan.artifacts {
        validate_path(&artifact.path)?;
        if artifact.path == MANIFEST_FILE_NAME {
            return Err(invalid_plan(&artifact.path, "is reserved for the manifest"));
        }
        if let ArtifactKind::Symlink { target } = &artifact.kind {
            if target.is_empty() || target.contains('\0') {
                return Err(invalid_plan(
                    &artifact.path,
                    "has an empty or NUL link target",
                ));
            }
        }
        if kinds.insert(&artifact.path, &artifact.kind).is_some() {
            return Err(invalid_plan(&artifact.path, "appears twice"));
        }
    }
    for artifact in &plan.artifacts {
        let mut ancestor = artifact.path.as_str();
        while let Some((parent, _)) = ancestor.rsplit_once('/') {
            if let Some(kind) = kinds.get(parent) {
                if !matches!(kind, ArtifactKind::Directory { .. }) {
                    return Err(invalid_plan(
                        &artifact.path,
                        &format!("lies below {parent:?}, which is not a directory"),
                    ));
                }
            }
            ancestor = parent;
        }
    }
    Ok(())
}

/// [`write_tree`] with a hook called before each artifact is written; tests use it to make
/// a write fail half-way.
fn write_tree_with(
    plan: &Plan,
    out: &Path,
    before_each: &mut dyn FnMut(&Artifact) -> io::Result<()>,
) -> io::Result<()> {
    validate_plan(plan)?;
    let Some(out_name) = out.file_name() else {
        return Err(io::Error::new(
            io::ErrorKind::InvalidInput,
            format!("{}: the output must name a directory", out.display()),
        ));
    };
    let out_name = out_name.to_string_lossy().into_owned();
    let parent = match out.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let kept = check_replaceable(out)?;
    check_kept_entries(plan, out, &kept)?;
    fs::create_dir_all(&parent)?;

    let staging = create_unique_directory(&parent, &format!(".{out_name}.ncc-new"))?;
    let written = fill_tree(plan, &staging, out, &kept, before_each)
        .and_then(|()| swap(&staging, out, &kept));
    if written.is_err() && staging.exists() {
        // Best effort: the error that matters is the one being returned.
        let _ = fs::remove_dir_all(&staging);
    }
    written
}

/// An entry of an earlier tree that its manifest does not list: the user's, kept.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Kept {
    /// Relative to the output directory.
    path: PathBuf,
    kind: KeptKind,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum KeptKind {
    File,
    Symlink(PathBuf),
    Directory(u32),
}

/// Refuses an `out` that ncc must not replace; otherwise returns the entries in it that
/// ncc must keep (none when `out` is absent or empty).
fn check_replaceable(out: &Path) -> io::Result<Vec<Kept>> {
    let metadata = match fs::symlink_metadata(out) {
        Ok(metadata) => metadata,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(error) => return Err(error),
    };
    if !metadata.is_dir() {
        return Err(io::Error::new(
            io::ErrorKind::AlreadyExists,
            format!(
                "{}: exists and is not a directory; ncc will not replace it",
                out.display()
            ),
        ));
    }
    if fs::read_dir(out)?.next().is_none() {
        return Ok(Vec::new());
    }
    if let Some(listed) = ncc_manifest_paths(out) {
        let mut kept = Vec::new();
        find_kept(out, Path::new(""), &listed, false, &mut kept)?;
        return Ok(kept);
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!(
            "{}: is not empty and has no {MANIFEST_FILE_NAME} from an earlier ncc build; \
             ncc will not replace files it did not create",
            out.display()
        ),
    ))
}

/// The paths an ncc manifest in `directory` lists, or `None` if there is no such
/// manifest. Only ever compared with what is in `directory`: a manifest naming paths
/// outside it (`../x`) makes nothing outside it ncc's.
fn ncc_manifest_paths(directory: &Path) -> Option<Listed> {
    let path = directory.join(MANIFEST_FILE_NAME);
    let is_file = fs::symlink_metadata(&path)
        .map(|metadata| metadata.is_file())
        .unwrap_or(false);
    if !is_file {
        return None;
    }
    let text = fs::read_to_string(&path).ok()?;
    let manifest: Value = serde_json::from_str(&text).ok()?;
    if manifest["generator"] != MANIFEST_GENERATOR {
        return None;
    }
    let mut listed = Listed::default();
    let paths = manifest["artifacts"].as_array().into_iter().flatten();
    for path in paths.filter_map(|artifact| artifact["path"].as_str()) {
        let path = PathBuf::from(path);
        for ancestor in path.ancestors().skip(1) {
            listed.holders.insert(ancestor.to_path_buf());
        }
        listed.paths.insert(path);
    }
    Some(listed)
}

/// What a manifest lists: its paths, and the directories that hold them.
#[derive(Debug, Default)]
struct Listed {
    paths: std::collections::HashSet<PathBuf>,
    holders: std::collections::HashSet<PathBuf>,
}

/// Collects, below `out/relative`, every entry that is not ncc's: not listed, not the
/// manifest, and not a directory holding listed entries. Below a kept directory all is
/// kept. Directories come before what they hold.
fn find_kept(
    out: &Path,
    relative: &Path,
    listed: &Listed,
    inside_kept: bool,
    kept: &mut Vec<Kept>,
) -> io::Result<()> {
    let mut children: Vec<_> = fs::read_dir(out.join(relative))?
        .map(|entry| entry.map(|entry| entry.file_name()))
        .collect::<io::Result<_>>()?;
    children.sort();
    for name in children {
        let path = relative.join(&name);
        if !inside_kept && (path == Path::new(MANIFEST_FILE_NAME) || listed.paths.contains(&path)) {
            if fs::symlink_metadata(out.join(&path))?.is_dir() {
                find_kept(out, &path, listed, false, kept)?;
            }
            continue;
        }
        let metadata = fs::symlink_metadata(out.join(&path))?;
        let file_type = metadata.file_type();
        if file_type.is_dir() {
            let holds_listed = !inside_kept && listed.holders.contains(&path);
            if !holds_listed {
                kept.push(Kept {
                    path: path.clone(),
                    kind: KeptKind::Directory(metadata.permissions().mode() & 0o7777),
                });
            }
            find_kept(out, &path, listed, inside_kept || !holds_listed, kept)?;
        } else if file_type.is_symlink() {
            let target = fs::read_link(out.join(&path))?;
            kept.push(Kept {
                path,
                kind: KeptKind::Symlink(target),
            });
        } else if file_type.is_file() {
            kept.push(Kept {
                path,
                kind: KeptKind::File,
            });
        } else {
            return Err(io::Error::new(
                io::ErrorKind::InvalidInput,
                format!(
                    "{}: is not a file, a directory or a symlink, and ncc did not write it; \
                     move it out of the output directory",
                    out.join(&path).display()
                ),
            ));
        }
    }
    Ok(())
}

/// Refuses a plan that would write where a kept entry is, or below a kept file or
/// symlink, or that needs a kept entry to be below one of its files.
fn check_kept_entries(plan: &Plan, out: &Path, kept: &[Kept]) -> io::Result<()> {
    if kept.is_empty() {
        return Ok(());
    }
    let mut planned: std::collections::HashMap<PathBuf, bool> = std::collections::HashMap::new();
    for artifact in &plan.artifacts {
        let path = PathBuf::from(&artifact.path);
        for ancestor in path.ancestors().skip(1) {
            if !ancestor.as_os_str().is_empty() {
                planned.entry(ancestor.to_path_buf()).or_insert(true);
            }
        }
        let is_directory = matches!(artifact.kind, ArtifactKind::Directory { .. });
        planned.insert(path, is_directory);
    }
    for entry in kept {
        let is_directory = matches!(entry.kind, KeptKind::Directory(_));
        let clash = match planned.get(&entry.path) {
            Some(planned_directory) => !(is_directory && *planned_directory),
            None => entry
                .path
                .ancestors()
                .skip(1)
                .any(|ancestor| planned.get(ancestor) == Some(&false)),
        };
        if clash {
            return Err(io::Error::new(
                io::ErrorKind::AlreadyExists,
                format!(
                    "{}: was not written by ncc (the manifest does not list it), and the new \
                     build writes there; move it out of the output directory",
                    out.join(&entry.path).display()
                ),
            ));
        }
    }
    Ok(())
}

/// Puts the kept entries of `out` into `root`: files hard-linked, symlinks and
/// directories recreated. Returns the modes kept directories must get at the end.
fn carry_kept(root: &Path, out: &Path, kept: &[Kept]) -> io::Result<Vec<(PathBuf, u32)>> {
    let mut directory_modes = Vec::new();
    for entry in kept {
        let target = root.join(&entry.path);
        let mut parent = root.to_path_buf();
        for component in entry.path.parent().into_iter().flat_map(Path::components) {
            parent.push(component);
            if create_directory_if_absent(&parent)? {
                set_mode(&parent, 0o755)?;
            }
        }
        match &entry.kind {
            KeptKind::Directory(mode) => {
                if create_directory_if_absent(&target)? {
                    directory_modes.push((target, *mode));
                }
            }
            KeptKind::File => fs::hard_link(out.join(&entry.path), &target)?,
            KeptKind::Symlink(link) => std::os::unix::fs::symlink(link, &target)?,
        }
    }
    Ok(directory_modes)
}

/// Writes every artifact and the manifest below `root`, then gives directories their
/// modes, deepest first, so that a read-only directory never blocks a write below it.
fn fill_tree(
    plan: &Plan,
    root: &Path,
    out: &Path,
    kept: &[Kept],
    before_each: &mut dyn FnMut(&Artifact) -> io::Result<()>,
) -> io::Result<()> {
    set_mode(root, 0o755)?;
    let mut directory_modes: Vec<(PathBuf, u32)> = Vec::new();
    let mut made = std::collections::HashSet::new();
    for artifact in &plan.artifacts {
        before_each(artifact)?;
        let path = root.join(&artifact.path);
        create_parents(root, &artifact.path, &mut made)?;
        match &artifact.kind {
            ArtifactKind::File { contents, mode } => {
                write_file(&path, contents.as_bytes(), *mode)?;
            }
            ArtifactKind::Symlink { target } => std::os::unix::fs::symlink(target, &path)?,
            ArtifactKind::Directory { mode } => {
                create_directory_if_absent(&path)?;
                directory_modes.push((path, *mode));
            }
        }
    }
    directory_modes.extend(carry_kept(root, out, kept)?);
    directory_modes.sort();
    let mut manifest_text = serde_json::to_string_pretty(&manifest(plan))
        .map_err(|error| io::Error::new(io::ErrorKind::InvalidData, error))?;
    manifest_text.push('\n');
    write_file(
        &root.join(MANIFEST_FILE_NAME),
        manifest_text.as_bytes(),
        0o644,
    )?;
    for (path, mode) in directory_modes.iter().rev() {
        set_mode(path, *mode)?;
    }
    Ok(())
}

/// Creates the missing ancestors of `relative` below `root`, each with mode 0755. A
/// directory artifact that comes later keeps its own mode, set at the end. `made` holds
/// the ancestors (relative) already made or found, so that a thousand files in one
/// directory do not try to make it a thousand times.
fn create_parents<'a>(
    root: &Path,
    relative: &'a str,
    made: &mut std::collections::HashSet<&'a str>,
) -> io::Result<()> {
    let Some((parent, _)) = relative.rsplit_once('/') else {
        return Ok(());
    };
    if made.contains(parent) {
        return Ok(());
    }
    let mut current = root.to_path_buf();
    for (end, _) in relative.match_indices('/') {
        let ancestor = &relative[..end];
        current.push(&ancestor[ancestor.rfind('/').map_or(0, |slash| slash + 1)..]);
        if made.insert(ancestor) && create_directory_if_absent(&current)? {
            set_mode(&current, 0o755)?;
        }
    }
    Ok(())
}

/// Creates `path` as a directory; `Ok(false)` when it already is one.
fn create_directory_if_absent(path: &Path) -> io::Result<bool> {
    match fs::create_dir(path) {
        Ok(()) => Ok(true),
        Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {
            if fs::symlink_metadata(path)?.is_dir() {
                Ok(false)
            } else {
                Err(error)
            }
        }
        Err(error) => Err(error),
    }
}

fn write_file(path: &Path, contents: &[u8], mode: u32) -> io::Result<()> {
    let mut file = fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)?;
    file.write_all(contents)?;
    file.sync_all()?;
    drop(file);
    set_mode(path, mode)
}

fn set_mode(path: &Path, mode: u32) -> io::Result<()> {
    fs::set_permissions(path, fs::Permissions::from_mode(mode))
}

/// Puts the finished tree `staging` in the place of `out`.
fn swap(staging: &Path, out: &Path, kept: &[Kept]) -> io::Result<()> {
    // Checked again: `out` may have changed while the tree was written, and what the
    // user added meanwhile would be lost.
    if check_replaceable(out)? != kept {
        return Err(io::Error::new(
            io::ErrorKind::Interrupted,
            format!(
                "{}: changed while the new tree was written; nothing was replaced, try again",
                out.display()
            ),
        ));
    }
    if fs::symlink_metadata(out).is_err() {
        return fs::rename(staging, out);
    }
    let parent = staging.parent().unwrap_or(Path::new("."));
    let out_name = out
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let old = unused_sibling(parent, &format!(".{out_name}.ncc-old"))?;
    fs::rename(out, &old)?;
    if let Err(error) = fs::rename(staging, out) {
        // Put the old tree back; if even that fails, say where it is.
        return match fs::rename(&old, out) {
            Ok(()) => Err(error),
            Err(_) => Err(io::Error::new(
                error.kind(),
                format!(
                    "{}: could not move the new tree in ({error}); the previous tree is at {}",
                    out.display(),
                    old.display()
                ),
            )),
        };
    }
    fs::remove_dir_all(&old).map_err(|error| {
        io::Error::new(
            error.kind(),
            format!(
                "{}: the new tree is in place, but removing the previous one at {} failed: {error}",
                out.display(),
                old.display()
            ),
        )
    })
}

/// Creates a new directory `<parent>/<prefix>-<pid>-<n>` that did not exist before.
fn create_unique_directory(parent: &Path, prefix: &str) -> io::Result<PathBuf> {
    let process = std::process::id();
    for attempt in 0..1000u32 {
        let candidate = parent.join(format!("{prefix}-{process}-{attempt}"));
        match fs::create_dir(&candidate) {
            Ok(()) => return Ok(candidate),
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(error) => return Err(error),
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!(
            "{}: no unused name for a temporary directory",
            parent.display()
        ),
    ))
}

/// A path `<parent>/<prefix>-<pid>-<n>` that does not exist yet.
fn unused_sibling(parent: &Path, prefix: &str) -> io::Result<PathBuf> {
    let process = std::process::id();
    for attempt in 0..1000u32 {
        let candidate = parent.join(format!("{prefix}-{process}-{attempt}"));
        if fs::symlink_metadata(&candidate).is_err() {
            return Ok(candidate);
        }
    }
    Err(io::Error::new(
        io::ErrorKind::AlreadyExists,
        format!("{}: no unused name for the previous tree", parent.display()),
    ))
}

fn validate_path(path: &str) -> io::Result<()> {
    if path.is_empty() {
        return Err(invalid_plan(path, "is empty"));
    }
    if path.starts_with('/') {
        return Err(invalid_plan(path, "is absolute"));
    }
    if path.contains('\0') {
        return Err(invalid_plan(path, "contains NUL"));
    }
    for component in path.split('/') {
        match component {
            "" => return Err(invalid_plan(path, "has an empty component")),
            "." | ".." => return Err(invalid_plan(path, "has a `.` or `..` component")),
            long if long.len() > MAX_NAME_LENGTH => {
                return Err(invalid_plan(
                    path,
                    "has a component longer than a file name may be",
                ))
            }
            _ => {}
        }
    }
    Ok(())
}

fn invalid_plan(path: &str, problem: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!("internal error: the plan's path {path:?} {problem}"),
    )
}

fn document(plan: &Plan, with_contents: bool) -> Value {
    let artifacts: Vec<Value> = plan
        .artifacts
        .iter()
        .map(|artifact| artifact_json(artifact, with_contents))
        .collect();
    json!({
        "generator": MANIFEST_GENERATOR,
        "format": MANIFEST_FORMAT,
        "artifacts": artifacts,
    })
}

fn artifact_json(artifact: &Artifact, with_contents: bool) -> Value {
    let mut entry = match &artifact.kind {
        ArtifactKind::File { contents, mode } => json!({
            "path": artifact.path,
            "kind": "file",
            "mode": octal(*mode),
            "target": null,
            "sha256": sha256_hex(contents.as_bytes()),
        }),
        ArtifactKind::Symlink { target } => json!({
            "path": artifact.path,
            "kind": "symlink",
            "mode": null,
            "target": target,
            "sha256": null,
        }),
        ArtifactKind::Directory { mode } => json!({
            "path": artifact.path,
            "kind": "directory",
            "mode": octal(*mode),
            "target": null,
            "sha256": null,
        }),
    };
    if with_contents {
        let contents = match &artifact.kind {
            ArtifactKind::File { contents, .. } => Value::from(contents.as_str()),
            _ => Value::Null,
        };
        entry["contents"] = contents;
    }
    entry
}

fn octal(mode: u32) -> String {
    format!("{mode:04o}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use std::os::unix::fs::MetadataExt;

    fn file(path: &str, contents: &str, mode: u32) -> Artifact {
        Artifact {
            path: path.to_owned(),
            kind: ArtifactKind::File {
                contents: contents.to_owned(),
                mode,
            },
        }
    }

    fn symlink(path: &str, target: &str) -> Artifact {
        Artifact {
            path: path.to_owned(),
            kind: ArtifactKind::Symlink {
                target: target.to_owned(),
            },
        }
    }

    fn directory(path: &str, mode: u32) -> Artifact {
        Artifact {
            path: path.to_owned(),
            kind: ArtifactKind::Directory { mode },
        }
    }

    fn small_plan() -> Plan {
        Plan {
            artifacts: vec![
                file("etc/a.conf", "A=1\n", 0o644),
                file("etc/scripts/run", "#!/bin/sh\n", 0o755),
                symlink("etc/systemd/link.service", "../a.conf"),
                directory("var/lib/state", 0o700),
                directory("var/lib/state/web", 0o755),
            ],
        }
    }

    /// Everything observable about a tree: per relative path, its kind, mode and contents
    /// or link target.
    fn snapshot(root: &Path) -> BTreeMap<String, String> {
        fn walk(root: &Path, directory: &Path, entries: &mut BTreeMap<String, String>) {
            let mut children: Vec<_> = fs::read_dir(directory)
                .unwrap()
                .map(|entry| entry.unwrap().path())
                .collect();
            children.sort();
            for path in children {
                let relative = path.strip_prefix(root).unwrap().display().to_string();
                let metadata = fs::symlink_metadata(&path).unwrap();
                let mode = metadata.mode() & 0o7777;
                let description = if metadata.file_type().is_symlink() {
                    format!("symlink -> {}", fs::read_link(&path).unwrap().display())
                } else if metadata.is_dir() {
                    walk(root, &path, entries);
                    format!("directory {mode:o}")
                } else {
                    format!("file {mode:o} {:?}", fs::read_to_string(&path).unwrap())
                };
                entries.insert(relative, description);
            }
        }
        let mut entries = BTreeMap::new();
        walk(root, root, &mut entries);
        entries
    }

    fn siblings(parent: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(parent)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }

    #[test]
    fn writes_every_artifact_with_its_mode_and_a_manifest() {
        let scratch = tempfile::tempdir().unwrap();
        let out = scratch.path().join("out");
        write_tree(&small_plan(), &out).unwrap();
        let tree = snapshot(&out);
        assert_eq!(tree["etc"], "directory 755");
        assert_eq!(tree["etc/a.conf"], "file 644 \"A=1\\n\"");
        assert_eq!(tree["etc/scripts/run"], "file 755 \"#!/bin/sh\\n\"");
        assert_eq!(tree["etc/systemd/link.service"], "symlink -> ../a.conf");
        assert_eq!(tree["var/lib/state"], "directory 700");
        assert_eq!(tree["var/lib/state/web"], "directory 755");
        assert!(tree.contains_key(MANIFEST_FILE_NAME));

        let manifest: Value =
            serde_json::from_str(&fs::read_to_string(out.join(MANIFEST_FILE_NAME)).unwrap())
                .unwrap();
        assert_eq!(manifest["generator"], "ncc");
        assert_eq!(
            manifest["artifacts"][0],
            json!({
                "path": "etc/a.conf",
                "kind": "file",
                "mode": "0644",
                "target": null,
                // printf 'A=1\n' | sha256sum
                "sha256": "91d6a3d55e9fea7911c537afae6607c77fa8bc0f3a76c375e104ac5a8cfa84db",
            })
        );
        assert_eq!(manifest["artifacts"][2]["kind"], "symlink");
        assert_eq!(manifest["artifacts"][2]["target"], "../a.conf");
        assert_eq!(manifest["artifacts"][3]["mode"], "0700");
        assert_eq!(siblings(scratch.path()), ["out"]);
    }

    #[test]
    fn writing_twice_gives_identical_trees() {
        let scratch = tempfile::tempdir().unwrap();
        let first = scratch.path().join("first");
        let second = scratch.path().join("second");
        write_tree(&small_plan(), &first).unwrap();
        write_tree(&small_plan(), &second).unwrap();
        assert_eq!(snapshot(&first), snapshot(&second));

        // Writing again over a tree ncc wrote replaces it with the same bytes.
        write_tree(&small_plan(), &first).unwrap();
        assert_eq!(snapshot(&first), snapshot(&second));
        assert_eq!(siblings(scratch.path()), ["first", "second"]);
    }

    #[test]
    fn a_previous_tree_is_replaced_as_a_whole() {
        let scratch = tempfile::tempdir().unwrap();
        let out = scratch.path().join("out");
        write_tree(&small_plan(), &out).unwrap();
        let smaller = Plan {
            artifacts: vec![file("etc/only.conf", "X=1\n", 0o600)],
        };
        write_tree(&smaller, &out).unwrap();
        let tree = snapshot(&out);
        assert_eq!(
            tree.keys().collect::<Vec<_>>(),
            ["etc", "etc/only.conf", MANIFEST_FILE_NAME]
        );
        assert_eq!(tree["etc/only.conf"], "file 600 \"X=1\\n\"");
    }

    #[test]
    fn an_empty_directory_is_replaced() {
        let scratch = tempfile::tempdir().unwrap();
        let out = scratch.path().join("out");
        fs::create_dir(&out).unwrap();
        write_tree(&small_plan(), &out).unwrap();
        assert!(out.join("etc/a.conf").is_file());
        assert_eq!(siblings(scratch.path()), ["out"]);
    }

    #[test]
    fn missing_parents_of_the_output_are_created() {
        let scratch = tempfile::tempdir().unwrap();
        let out = scratch.path().join("a/b/out");
        write_tree(&small_plan(), &out).unwrap();
        assert!(out.join("etc/a.conf").is_file());
        assert_eq!(siblings(&scratch.path().join("a/b")), ["out"]);
    }

    #[test]
    fn a_foreign_directory_is_refused_and_left_alone() {
        let scratch = tempfile::tempdir().unwrap();
        let out = scratch.path().join("out");
        fs::create_dir(&out).unwrap();
        fs::write(out.join("precious"), "keep me").unwrap();
        let error = write_tree(&small_plan(), &out).unwrap_err();
        assert!(
            error.to_string().contains("has no manifest.json"),
            "{error}"
        );
        assert_eq!(fs::read_to_string(out.join("precious")).unwrap(), "keep me");
        assert_eq!(siblings(&out), ["precious"]);
        assert_eq!(siblings(scratch.path()), ["out"]);

        // A manifest.json that is not ncc's does not count either.
        fs::write(out.join(MANIFEST_FILE_NAME), "{\"generator\": \"other\"}").unwrap();
        assert!(write_tree(&small_plan(), &out).is_err());
        assert_eq!(siblings(&out), [MANIFEST_FILE_NAME, "precious"]);
    }

    #[test]
    fn a_file_in_the_way_is_refused() {
        let scratch = tempfile::tempdir().unwrap();
        let out = scratch.path().join("out");
        fs::write(&out, "not a directory").unwrap();
        assert!(write_tree(&small_plan(), &out).is_err());
        assert_eq!(fs::read_to_string(&out).unwrap(), "not a directory");
    }

    #[test]
    fn a_failed_write_leaves_the_old_tree_intact() {
        let scratch = tempfile::tempdir().unwrap();
        let out = scratch.path().join("out");
        write_tree(&small_plan(), &out).unwrap();
        let before = snapshot(&out);

        let changed = Plan {
            artifacts: vec![
                file("etc/a.conf", "A=2\n", 0o644),
                file("etc/b.conf", "B=2\n", 0o644),
                file("etc/c.conf", "C=2\n", 0o644),
            ],
        };
        let mut written = 0;
        let error = write_tree_with(&changed, &out, &mut |artifact| {
            if written == 2 {
                return Err(io::Error::other(format!(
                    "injected before {}",
                    artifact.path
                )));
            }
            written += 1;
            Ok(())
        })
        .unwrap_err();
        assert_eq!(error.to_string(), "injected before etc/c.conf");
        assert_eq!(snapshot(&out), before);
        assert_eq!(siblings(scratch.path()), ["out"]);
    }

    #[test]
    fn a_file_added_while_the_tree_is_written_is_not_lost() {
        let scratch = tempfile::tempdir().unwrap();
        let out = scratch.path().join("out");
        write_tree(&small_plan(), &out).unwrap();
        let mut added = false;
        let error = write_tree_with(&small_plan(), &out, &mut |_| {
            if !added {
                fs::write(out.join("added-meanwhile"), "mine\n").unwrap();
                added = true;
            }
            Ok(())
        })
        .unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::Interrupted, "{error}");
        assert_eq!(
            fs::read_to_string(out.join("added-meanwhile")).unwrap(),
            "mine\n"
        );
        assert_eq!(siblings(scratch.path()), ["out"]);
        // The next build keeps it.
        write_tree(&small_plan(), &out).unwrap();
        assert!(out.join("added-meanwhile").is_file());
    }

    #[test]
    fn invalid_paths_are_refused_before_anything_is_written() {
        let scratch = tempfile::tempdir().unwrap();
        let out = scratch.path().join("out");
        let bad_paths = [
            "",
            "/etc/absolute",
            "etc/../escape",
            "etc/./dot",
            "etc//double",
            "etc/trailing/",
            "etc/nul\0byte",
            MANIFEST_FILE_NAME,
        ];
        for bad in bad_paths {
            let plan = Plan {
                artifacts: vec![file("etc/fine", "", 0o644), file(bad, "", 0o644)],
            };
            let error = write_tree(&plan, &out).unwrap_err();
            assert_eq!(error.kind(), io::ErrorKind::InvalidInput, "{bad:?}");
            assert!(!out.exists(), "{bad:?}");
        }
        assert!(siblings(scratch.path()).is_empty());
    }

    #[test]
    fn nothing_may_be_written_through_a_file_or_a_link() {
        let below_link = Plan {
            artifacts: vec![symlink("etc", "/etc"), file("etc/passwd", "", 0o644)],
        };
        assert!(validate_plan(&below_link).is_err());
        let below_file = Plan {
            artifacts: vec![file("a", "", 0o644), file("a/b", "", 0o644)],
        };
        assert!(validate_plan(&below_file).is_err());
        let twice = Plan {
            artifacts: vec![file("a", "", 0o644), directory("a", 0o755)],
        };
        assert!(validate_plan(&twice).is_err());
        assert!(validate_plan(&small_plan()).is_ok());
    }

    #[test]
    fn json_carries_contents_and_the_manifest_does_not() {
        let json = to_json(&small_plan());
        assert_eq!(json["artifacts"][0]["contents"], "A=1\n");
        assert_eq!(json["artifacts"][2]["contents"], Value::Null);
        let manifest = manifest(&small_plan());
        assert!(manifest["artifacts"][0].get("contents").is_none());
    }
}
