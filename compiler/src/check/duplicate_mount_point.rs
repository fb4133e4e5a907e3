//! C211: two mounts on one mount point in a container.
//!
//! **What it flags.** Within one container, two of these with the same destination
//! (compared after removing repeated and trailing `/` and `.` components): the
//! `bindMounts` (keyed by any name, the destination is their `mountPoint`), the `tmpfs`
//! entries, and the directories ncc itself binds for every container (`/nix/store`,
//! `/nix/var/nix/db`, `/nix/var/nix/daemon-socket`, `/nix/var/nix/profiles`,
//! `/nix/var/nix/gcroots`). A bind mount of the very directory an earlier one mounts
//! there, as read-only or writable as it and with no options (`bindMounts."/nix/store" = {
//! hostPath = "/nix/store"; isReadOnly = true; }`, as sandboxes spell out the store they
//! see), hides nothing and is not flagged.
//!
//! **Why it matters.** systemd-nspawn mounts them in order, and the later mount hides the
//! earlier one: one of the two host directories is silently not visible in the container.
//! Over one of the `/nix` directories the container loses its store or its profiles and
//! cannot boot.
//!
//! **Example.**
//!
//! ```nix
//! containers.web = {
//!   bindMounts.data = { mountPoint = "/var/lib/data"; hostPath = "/srv/a"; };
//!   bindMounts.more-data = { mountPoint = "/var/lib/data/"; hostPath = "/srv/b"; };
//!   config = { };
//! };
//! ```
//!
//! **Fix.** Mount the second directory somewhere else, or keep one of the two.

use std::borrow::Cow;
use std::collections::BTreeMap;

use lib_nix::{Diagnostic, Severity, Span};

use super::{finding, has_control_character, option_name, Context, DefinitionSpans};
use crate::model::PrivateUsers;

pub(super) const CODE: &str = "C211";

/// The mount points ncc's start script binds in every container, each with the host
/// directory it binds there (a per-container one after `per-container/` for the last two)
/// and whether read-only.
const NCC_MOUNTS: &[(&str, &str, bool)] = &[
    ("/nix/store", "/nix/store", true),
    ("/nix/var/nix/db", "/nix/var/nix/db", true),
    (
        "/nix/var/nix/daemon-socket",
        "/nix/var/nix/daemon-socket",
        true,
    ),
    (
        "/nix/var/nix/profiles",
        "/nix/var/nix/profiles/per-container/",
        false,
    ),
    (
        "/nix/var/nix/gcroots",
        "/nix/var/nix/gcroots/per-container/",
        false,
    ),
];

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    let spans = context.spans;
    for container in context.host.containers.values() {
        // ncc's own mounts are on distinct directories: only the user's can meet them or
        // each other. Most containers have none, and building the table was most of the
        // cost of checking a container that only sets `path`.
        if container.bind_mounts.is_empty() && container.tmpfs.is_empty() {
            continue;
        }
        let name = container.name.as_str();
        // Normalised mount point to what mounts it, in mount order, each with the host
        // directory it binds and whether read-only where that is all it does.
        let mut mounts: BTreeMap<Cow<str>, Vec<(Mount, Option<Source>)>> = BTreeMap::new();
        for &(path, host_directory, read_only) in NCC_MOUNTS {
            // With user namespacing ncc's mounts add the `idmap` option.
            let source = matches!(container.private_users, PrivateUsers::No).then(|| {
                let directory = if host_directory.ends_with('/') {
                    Cow::Owned(normalize(&format!("{host_directory}{name}")).into_owned())
                } else {
                    normalize(host_directory)
                };
                (directory, read_only)
            });
            mounts
                .entry(Cow::Borrowed(path))
                .or_default()
                .push((Mount::Ncc, source));
        }
        for (key, bind) in &container.bind_mounts {
            if has_control_character(&bind.mount_point) {
                continue;
            }
            let destination = match (&bind.host_path, bind.mount_point.split_once(':')) {
                (None, Some((_, destination))) => destination.split(':').next().unwrap_or_default(),
                (_, Some((path, _))) => path,
                (_, None) => bind.mount_point.as_str(),
            };
            if !destination.starts_with('/') {
                continue;
            }
            // NixOS passes `hostPath:mountPoint`, or the mount point alone (the same
            // directory on the host); a `:` in the mount point adds options or a source.
            let source = (!bind.mount_point.contains(':')).then(|| {
                let directory = bind.host_path.as_deref().unwrap_or(&bind.mount_point);
                (normalize(directory), bind.is_read_only)
            });
            mounts.entry(normalize(destination)).or_default().push((
                Mount::Bind {
                    key,
                    at_key: &bind.mount_point == key,
                },
                source,
            ));
        }
        for (index, path) in container.tmpfs.iter().enumerate() {
            let destination = path.split(':').next().unwrap_or_default();
            if has_control_character(path) || !destination.starts_with('/') {
                continue;
            }
            mounts
                .entry(normalize(destination))
                .or_default()
                .push((Mount::Tmpfs(index), None));
        }
        for (mount_point, mut users) in mounts {
            // A mount of what an earlier one already mounts there hides nothing.
            let mut seen: Vec<Source> = Vec::new();
            users.retain(|(_, source)| match source {
                Some(source) if seen.contains(source) => false,
                Some(source) => {
                    seen.push(source.clone());
                    true
                }
                None => true,
            });
            let users: Vec<Mount> = users.into_iter().map(|(mount, _)| mount).collect();
            if users.len() < 2 {
                continue;
            }
            let (last, earlier) = users.split_last().expect("two mounts");
            let Some(span) = last.span(spans, name) else {
                continue;
            };
            let what: Vec<String> = users.iter().map(|mount| mount.describe(name)).collect();
            let mut diagnostic = finding(
                CODE,
                Severity::Error,
                format!(
                    "{mount_point} is mounted more than once in containers.{name}: by {}",
                    what.join(", ")
                ),
                span,
            )
            .with_note("systemd-nspawn mounts them in order, and the last one hides the others")
            .with_help(if earlier.iter().any(|mount| matches!(mount, Mount::Ncc)) {
                "ncc binds this directory for every container; mount yours elsewhere"
            } else {
                "mount one of them elsewhere, or keep only one"
            });
            for (mount, what) in earlier.iter().zip(&what) {
                if let Some(span) = mount.span(spans, name) {
                    diagnostic =
                        diagnostic.with_label(span, format!("also mounted here by {what}"));
                }
            }
            out.push(diagnostic);
        }
    }
}

/// The host directory a bind mount binds, normalised, and whether read-only.
type Source<'a> = (Cow<'a, str>, bool);

/// What mounts a directory of a container, described and located only when it is
/// reported: doing so for every mount was most of this rule's cost.
enum Mount<'a> {
    /// One of ncc's own bind mounts, the same for every container.
    Ncc,
    /// The `bindMounts` entry `key`; `at_key` when its `mountPoint` is the key (the
    /// schema's default), so that only the key was written.
    Bind { key: &'a str, at_key: bool },
    /// The entry of `tmpfs` at this index of the merged list.
    Tmpfs(usize),
}

impl Mount<'_> {
    /// What mounts it, for messages.
    fn describe(&self, container: &str) -> String {
        match self {
            Mount::Ncc => "ncc's own bind mount".to_owned(),
            Mount::Bind { key, .. } => option_name(container, &["bindMounts", key]),
            Mount::Tmpfs(_) => format!("a tmpfs entry of containers.{container}.tmpfs"),
        }
    }

    /// Where the user wrote it; ncc's own mounts were written nowhere.
    fn span(&self, spans: &DefinitionSpans, container: &str) -> Option<Span> {
        match self {
            Mount::Ncc => None,
            Mount::Bind { key, at_key: true } => {
                Some(spans.option(container, &["bindMounts", key]))
            }
            Mount::Bind { key, at_key: false } => {
                Some(spans.option(container, &["bindMounts", key, "mountPoint"]))
            }
            Mount::Tmpfs(index) => Some(spans.list_element(container, &["tmpfs"], *index, &[])),
        }
    }
}

/// `path` with repeated `/`, `.` components and a trailing `/` removed.
/// `path` without repeated or trailing `/` and `.` components; borrowed where it has
/// none, as almost every path has (this runs for every mount of every container).
fn normalize(path: &str) -> Cow<'_, str> {
    let plain = |c: &str| !c.is_empty() && c != ".";
    if path == "/" || (path.starts_with('/') && path[1..].split('/').all(plain)) {
        return Cow::Borrowed(path);
    }
    let components: Vec<&str> = path.split('/').filter(|c| plain(c)).collect();
    Cow::Owned(format!("/{}", components.join("/")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, host_of, messages};
    use crate::model::BindMount;

    /// The rule passes over a container without mounts of its own: that holds only while
    /// ncc's own mounts are on distinct, normalised directories.
    #[test]
    fn ncc_mounts_alone_never_meet() {
        let mut points: Vec<&str> = NCC_MOUNTS.iter().map(|&(path, _, _)| path).collect();
        assert!(points.iter().all(|point| normalize(point) == *point));
        points.sort_unstable();
        points.dedup();
        assert_eq!(points.len(), NCC_MOUNTS.len());
    }

    #[test]
    fn mount_points_compare_as_paths() {
        assert_eq!(normalize("/var//lib/./data/"), "/var/lib/data");
        assert_eq!(normalize("/"), "/");
        let mut web = container("web");
        let bind = |mount_point: &str, host_path: &str| BindMount {
            mount_point: mount_point.to_owned(),
            host_path: Some(host_path.to_owned()),
            is_read_only: true,
        };
        web.bind_mounts
            .insert("a".to_owned(), bind("/var/lib/data", "/srv/a"));
        web.bind_mounts
            .insert("b".to_owned(), bind("/var/lib/data/", "/srv/b"));
        web.bind_mounts
            .insert("c".to_owned(), bind("/nix/store:idmap", "/srv/store"));
        web.bind_mounts
            .insert("d".to_owned(), bind("/var/lib/other", "/srv/a"));
        web.tmpfs = vec!["/var/lib/other:mode=0755".to_owned()];
        let mut sandbox = container("sandbox");
        sandbox
            .bind_mounts
            .insert("/nix/store".to_owned(), bind("/nix/store", "/nix/store/"));
        sandbox
            .bind_mounts
            .insert("e".to_owned(), bind("/srv/e", "/srv/e"));
        sandbox
            .bind_mounts
            .insert("f".to_owned(), bind("/srv/e/", "/srv/e"));
        let found = messages(check, &host_of(vec![web, sandbox]));
        let firsts: Vec<&str> = found
            .iter()
            .map(|(_, m)| m.split(" is mounted").next().unwrap())
            .collect();
        assert_eq!(
            firsts,
            ["/nix/store", "/var/lib/data", "/var/lib/other"],
            "{found:?}"
        );
    }
}
