//! `ncc diff FILE DIR`: what `ncc build FILE -o DIR` would change in DIR, without writing.
//!
//! The tree `build` would write (the plan's artifacts, their parent directories with mode
//! 0755, and `manifest.json`) is compared with what DIR holds, entry by entry: files by
//! content and mode, links by target, directories by mode. Every difference is printed,
//! files as unified diffs. `build` replaces the whole tree, so an entry in DIR that the
//! plan lacks is reported as removed, and marked when DIR's `manifest.json` does not list
//! it (ncc did not write it). `manifest.json` itself is derived from the rest and is
//! shown only when everything else agrees.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

use anyhow::{anyhow, Context};
use compiler::emit::{self, MANIFEST_FILE_NAME};
use compiler::plan::{ArtifactKind, Plan};
use similar::TextDiff;

/// One entry of a tree, keyed by its path relative to the root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    File { contents: Vec<u8>, mode: u32 },
    Symlink { target: String },
    Directory { mode: u32 },
}

pub type Tree = BTreeMap<String, Entry>;

/// What would change, as printable text, and how many entries differ.
pub struct Difference {
    pub text: String,
    pub added: usize,
    pub removed: usize,
    pub changed: usize,
}

impl Difference {
    pub fn is_empty(&self) -> bool {
        self.added + self.removed + self.changed == 0
    }
}

/// The tree `build` writes for `plan`.
pub fn planned_tree(plan: &Plan) -> anyhow::Result<Tree> {
    emit::validate_plan(plan).context("the plan cannot be written")?;
    let mut tree = Tree::new();
    for artifact in &plan.artifacts {
        let mut parent = artifact.path.as_str();
        while let Some((ancestor, _)) = parent.rsplit_once('/') {
            tree.entry(ancestor.to_owned())
                .or_insert(Entry::Directory { mode: 0o755 });
            parent = ancestor;
        }
        let entry = match &artifact.kind {
            ArtifactKind::File { contents, mode } => Entry::File {
                contents: contents.as_bytes().to_vec(),
                mode: *mode,
            },
            ArtifactKind::Symlink { target } => Entry::Symlink {
                target: target.clone(),
            },
            ArtifactKind::Directory { mode } => Entry::Directory { mode: *mode },
        };
        tree.insert(artifact.path.clone(), entry);
    }
    let mut manifest = serde_json::to_string_pretty(&emit::manifest(plan))?;
    manifest.push('\n');
    tree.insert(
        MANIFEST_FILE_NAME.to_owned(),
        Entry::File {
            contents: manifest.into_bytes(),
            mode: 0o644,
        },
    );
    Ok(tree)
}

/// What `directory` holds; empty when it does not exist. Links are not followed.
pub fn read_tree(directory: &Path) -> anyhow::Result<Tree> {
    let mut tree = Tree::new();
    match std::fs::symlink_metadata(directory) {
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(tree),
        Err(error) => {
            return Err(error).with_context(|| format!("cannot read '{}'", directory.display()))
        }
        Ok(metadata) if !metadata.is_dir() => {
            return Err(anyhow!("'{}' is not a directory", directory.display()))
        }
        Ok(_) => {}
    }
    let mut stack = vec![directory.to_path_buf()];
    while let Some(current) = stack.pop() {
        let entries = std::fs::read_dir(&current)
            .with_context(|| format!("cannot read '{}'", current.display()))?;
        for entry in entries {
            let entry = entry.with_context(|| format!("cannot read '{}'", current.display()))?;
            let path = entry.path();
            let relative = path
                .strip_prefix(directory)
                .expect("read_dir yields children")
                .to_string_lossy()
                .into_owned();
            let metadata = std::fs::symlink_metadata(&path)
                .with_context(|| format!("cannot read '{}'", path.display()))?;
            let mode = metadata.permissions().mode() & 0o7777;
            let found = if metadata.file_type().is_symlink() {
                let target = std::fs::read_link(&path)
                    .with_context(|| format!("cannot read the link '{}'", path.display()))?;
                Entry::Symlink {
                    target: target.to_string_lossy().into_owned(),
                }
            } else if metadata.is_dir() {
                stack.push(path.clone());
                Entry::Directory { mode }
            } else {
                let contents = std::fs::read(&path)
                    .with_context(|| format!("cannot read '{}'", path.display()))?;
                Entry::File { contents, mode }
            };
            tree.insert(relative, found);
        }
    }
    Ok(tree)
}

/// The paths DIR's `manifest.json` says ncc wrote, if it has one of ncc's.
pub fn owned_paths(on_disk: &Tree) -> Option<BTreeSet<String>> {
    let Some(Entry::File { contents, .. }) = on_disk.get(MANIFEST_FILE_NAME) else {
        return None;
    };
    let manifest: serde_json::Value = serde_json::from_slice(contents).ok()?;
    if manifest["generator"] != "ncc" {
        return None;
    }
    let artifacts = manifest["artifacts"].as_array()?;
    let mut owned: BTreeSet<String> = artifacts
        .iter()
        .filter_map(|artifact| artifact["path"].as_str().map(str::to_owned))
        .collect();
    // The parents of what ncc wrote are ncc's too.
    for path in owned.clone() {
        let mut parent = path.as_str();
        while let Some((ancestor, _)) = parent.rsplit_once('/') {
            owned.insert(ancestor.to_owned());
            parent = ancestor;
        }
    }
    owned.insert(MANIFEST_FILE_NAME.to_owned());
    Some(owned)
}

/// Compares the tree `build` would write with the one on disk. `shown_as` names the
/// directory in headers; `color` adds ANSI colours to the diff lines.
pub fn compare(planned: &Tree, on_disk: &Tree, shown_as: &str, color: bool) -> Difference {
    let owned = owned_paths(on_disk);
    let mut difference = Difference {
        text: String::new(),
        added: 0,
        removed: 0,
        changed: 0,
    };
    let paths: BTreeSet<&String> = planned.keys().chain(on_disk.keys()).collect();
    let mut changes: Vec<(&str, Option<&Entry>, Option<&Entry>)> = Vec::new();
    for path in paths {
        if path == MANIFEST_FILE_NAME {
            continue;
        }
        let (new, old) = (planned.get(path), on_disk.get(path));
        if new != old {
            changes.push((path, old, new));
        }
    }
    if changes.is_empty() && planned.get(MANIFEST_FILE_NAME) != on_disk.get(MANIFEST_FILE_NAME) {
        changes.push((
            MANIFEST_FILE_NAME,
            on_disk.get(MANIFEST_FILE_NAME),
            planned.get(MANIFEST_FILE_NAME),
        ));
    }
    // A directory added or removed along with entries below it says nothing more.
    let below = |directory: &str, changes: &[(&str, Option<&Entry>, Option<&Entry>)]| {
        let prefix = format!("{directory}/");
        changes
            .iter()
            .any(|(path, old, new)| path.starts_with(&prefix) && (old.is_none() || new.is_none()))
    };
    for (path, old, new) in &changes {
        let directory_only = matches!(
            (old, new),
            (None, Some(Entry::Directory { .. })) | (Some(Entry::Directory { .. }), None)
        );
        if directory_only && below(path, &changes) {
            continue;
        }
        match (old, new) {
            (None, Some(_)) => difference.added += 1,
            (Some(_), None) => difference.removed += 1,
            _ => difference.changed += 1,
        }
        let foreign = match (&owned, old, new) {
            (Some(owned), Some(_), None) => !owned.contains(*path),
            (None, Some(_), None) => true,
            _ => false,
        };
        describe(
            &mut difference.text,
            shown_as,
            path,
            *old,
            *new,
            foreign,
            color,
        );
    }
    difference
}

fn describe(
    out: &mut String,
    shown_as: &str,
    path: &str,
    old: Option<&Entry>,
    new: Option<&Entry>,
    foreign: bool,
    color: bool,
) {
    let on_disk = format!("{}/{path}", shown_as.trim_end_matches('/'));
    match (old, new) {
        (None, Some(Entry::Directory { mode })) => {
            let _ = writeln!(out, "added directory {on_disk}/ (mode {mode:04o})");
        }
        (Some(Entry::Directory { .. }), None) => {
            let _ = writeln!(out, "removed directory {on_disk}/{}", foreign_note(foreign));
        }
        (None, Some(Entry::Symlink { target })) => {
            let _ = writeln!(out, "added link {on_disk} -> {target}");
        }
        (Some(Entry::Symlink { target }), None) => {
            let _ = writeln!(
                out,
                "removed link {on_disk} -> {target}{}",
                foreign_note(foreign)
            );
        }
        (Some(Entry::Symlink { target: was }), Some(Entry::Symlink { target })) => {
            let _ = writeln!(out, "changed link {on_disk}: -> {was} becomes -> {target}");
        }
        (Some(Entry::Directory { mode: was }), Some(Entry::Directory { mode })) => {
            let _ = writeln!(
                out,
                "changed mode of directory {on_disk}/: {was:04o} becomes {mode:04o}"
            );
        }
        (None, Some(Entry::File { contents, mode })) => {
            let _ = writeln!(out, "added file {on_disk} (mode {mode:04o})");
            text_diff(out, path, b"", contents, true, false, color);
        }
        (Some(Entry::File { contents, .. }), None) => {
            let _ = writeln!(out, "removed file {on_disk}{}", foreign_note(foreign));
            text_diff(out, path, contents, b"", false, true, color);
        }
        (
            Some(Entry::File {
                contents: was,
                mode: old_mode,
            }),
            Some(Entry::File { contents, mode }),
        ) => {
            if old_mode != mode {
                let _ = writeln!(
                    out,
                    "changed mode of file {on_disk}: {old_mode:04o} becomes {mode:04o}"
                );
            }
            if was != contents {
                let _ = writeln!(out, "changed file {on_disk}");
                text_diff(out, path, was, contents, false, false, color);
            }
        }
        (Some(old), Some(new)) => {
            let _ = writeln!(
                out,
                "changed {on_disk}: {} becomes {}",
                kind_phrase(old),
                kind_phrase(new)
            );
        }
        (None, None) => {}
    }
}

fn foreign_note(foreign: bool) -> &'static str {
    if foreign {
        " (not written by ncc)"
    } else {
        ""
    }
}

fn kind_phrase(entry: &Entry) -> String {
    match entry {
        Entry::File { mode, .. } => format!("a file (mode {mode:04o})"),
        Entry::Symlink { target } => format!("a link to {target}"),
        Entry::Directory { mode } => format!("a directory (mode {mode:04o})"),
    }
}

/// A unified diff of two files' contents, with git's headers: paths relative to the
/// directory, so that `git apply -p1` inside it would make the change.
fn text_diff(
    out: &mut String,
    path: &str,
    old: &[u8],
    new: &[u8],
    added: bool,
    removed: bool,
    color: bool,
) {
    let (Ok(old), Ok(new)) = (std::str::from_utf8(old), std::str::from_utf8(new)) else {
        out.push_str("binary contents differ\n");
        return;
    };
    let old_name = if added {
        "/dev/null".to_owned()
    } else {
        format!("a/{path}")
    };
    let new_name = if removed {
        "/dev/null".to_owned()
    } else {
        format!("b/{path}")
    };
    let diff = TextDiff::from_lines(old, new);
    let unified = diff
        .unified_diff()
        .context_radius(3)
        .missing_newline_hint(true)
        .header(&old_name, &new_name)
        .to_string();
    for line in unified.lines() {
        let style = match line.as_bytes().first() {
            _ if !color => None,
            Some(b'+') if !line.starts_with("+++") => Some("\x1b[32m"),
            Some(b'-') if !line.starts_with("---") => Some("\x1b[31m"),
            Some(b'@') => Some("\x1b[36m"),
            _ => None,
        };
        match style {
            Some(style) => {
                let _ = writeln!(out, "{style}{line}\x1b[0m");
            }
            None => {
                let _ = writeln!(out, "{line}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str, mode: u32) -> Entry {
        Entry::File {
            contents: text.as_bytes().to_vec(),
            mode,
        }
    }

    #[test]
    fn equal_trees_differ_in_nothing() {
        let tree: Tree = [("etc/a".to_owned(), file("x\n", 0o644))].into();
        let difference = compare(&tree, &tree, "out", false);
        assert!(difference.is_empty());
        assert_eq!(difference.text, "");
    }

    #[test]
    fn a_changed_line_is_one_hunk() {
        let planned: Tree = [("etc/a".to_owned(), file("one\ntwo\nthree\n", 0o644))].into();
        let on_disk: Tree = [("etc/a".to_owned(), file("one\n2\nthree\n", 0o644))].into();
        let difference = compare(&planned, &on_disk, "out", false);
        assert_eq!(difference.changed, 1);
        assert_eq!(
            difference.text,
            "changed file out/etc/a\n--- a/etc/a\n+++ b/etc/a\n@@ -1,3 +1,3 @@\n one\n-2\n+two\n three\n"
        );
    }

    #[test]
    fn modes_links_and_foreign_files_are_reported() {
        let planned: Tree = [
            ("etc/a".to_owned(), file("x\n", 0o755)),
            (
                "etc/l".to_owned(),
                Entry::Symlink {
                    target: "b".to_owned(),
                },
            ),
        ]
        .into();
        let on_disk: Tree = [
            ("etc/a".to_owned(), file("x\n", 0o644)),
            (
                "etc/l".to_owned(),
                Entry::Symlink {
                    target: "a".to_owned(),
                },
            ),
            ("etc/stray".to_owned(), file("", 0o644)),
        ]
        .into();
        let difference = compare(&planned, &on_disk, "out", false);
        assert_eq!(
            (difference.added, difference.removed, difference.changed),
            (0, 1, 2)
        );
        assert!(difference
            .text
            .contains("changed mode of file out/etc/a: 0644 becomes 0755"));
        assert!(difference
            .text
            .contains("changed link out/etc/l: -> a becomes -> b"));
        assert!(difference
            .text
            .contains("removed file out/etc/stray (not written by ncc)"));
    }
}
