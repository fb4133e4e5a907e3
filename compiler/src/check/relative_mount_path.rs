//! C210: a `bindMounts` or `tmpfs` path that is not absolute.
//!
//! **What it flags.** A bind mount whose source or destination is not an absolute path,
//! and a `tmpfs` entry whose path is not. NixOS writes `--bind[-ro]=<hostPath>:<mountPoint>`
//! (or `--bind[-ro]=<mountPoint>` without a `hostPath`), and systemd-nspawn splits that at
//! `:` into source, destination and options; both paths must start with `/` (a source may
//! also start with `+`, relative to the container's root). So without a `hostPath`, a
//! mount point `/data:idmap` names the destination `idmap`, which is flagged too. An
//! empty `hostPath` is flagged as well: nspawn would bind a new temporary directory, and
//! the unit's `RequiresMountsFor=` would get an empty assignment, which clears the list.
//! `tmpfs` entries are `<path>[:<options>]`.
//!
//! **Why it matters.** systemd-nspawn refuses to start the container ("Failed to parse
//! --bind(-ro)= argument"), and systemd ignores a relative `RequiresMountsFor=` path.
//!
//! **Example.**
//!
//! ```nix
//! containers.web = {
//!   bindMounts."/var/www" = { hostPath = "srv/www"; };
//!   config = { };
//! };
//! ```
//!
//! **Fix.** Write the path from the root: `hostPath = "/srv/www";`.

use lib_nix::{Diagnostic, Severity, Span};

use super::{finding, has_control_character, option_name, quoted, Context};

pub(super) const CODE: &str = "C210";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    for container in context.host.containers.values() {
        let name = container.name.as_str();
        for (key, bind) in &container.bind_mounts {
            if has_control_character(&bind.mount_point)
                || bind.host_path.as_deref().is_some_and(has_control_character)
            {
                continue;
            }
            // Named and located only when reported, as almost no entry is: the mount
            // point where it is written, else the key it defaults to.
            let mount_point_span = || {
                let written = context
                    .spans
                    .written(name, &["bindMounts", key, "mountPoint"]);
                match written {
                    Some(span) => span,
                    None if &bind.mount_point == key => {
                        context.spans.option(name, &["bindMounts", key])
                    }
                    None => context
                        .spans
                        .option(name, &["bindMounts", key, "mountPoint"]),
                }
            };
            let host_path_span = || context.spans.option(name, &["bindMounts", key, "hostPath"]);
            let mount_point_option = || option_name(name, &["bindMounts", key, "mountPoint"]);
            let host_path_option = || option_name(name, &["bindMounts", key, "hostPath"]);
            match &bind.host_path {
                Some(host_path) => {
                    if host_path.is_empty() {
                        out.push(report(&host_path_option(), host_path, "it is empty: systemd-nspawn would bind a new temporary directory, and the unit's RequiresMountsFor= would be cleared", host_path_span()));
                    } else if !(host_path.starts_with('/') || host_path.starts_with('+')) {
                        out.push(report(
                            &host_path_option(),
                            host_path,
                            "systemd-nspawn takes only absolute source paths",
                            host_path_span(),
                        ));
                    }
                    let destination = bind.mount_point.split(':').next().unwrap_or_default();
                    if !destination.starts_with('/') {
                        out.push(report(
                            &mount_point_option(),
                            &bind.mount_point,
                            "systemd-nspawn takes only absolute mount points",
                            mount_point_span(),
                        ));
                    }
                }
                None => {
                    let mut parts = bind.mount_point.split(':');
                    let source = parts.next().unwrap_or_default();
                    let destination = parts.next();
                    if !source.starts_with('/') {
                        out.push(report(&mount_point_option(), &bind.mount_point, "without a hostPath it is also the source, and systemd-nspawn takes only absolute paths", mount_point_span()));
                    } else if let Some(destination) = destination.filter(|d| !d.starts_with('/')) {
                        out.push(report(
                            &mount_point_option(),
                            &bind.mount_point,
                            &format!("without a hostPath systemd-nspawn reads `<source>:<destination>` from it, and the destination `{destination}` is not absolute"),
                            mount_point_span(),
                        ));
                    }
                }
            }
        }
        for (index, path) in container.tmpfs.iter().enumerate() {
            if has_control_character(path) {
                continue;
            }
            let mount_point = path.split(':').next().unwrap_or_default();
            if !mount_point.starts_with('/') {
                out.push(report(
                    &format!("containers.{name}.tmpfs"),
                    path,
                    "a tmpfs entry is `<absolute path>[:<options>]`",
                    context.spans.list_element(name, &["tmpfs"], index, &[]),
                ));
            }
        }
    }
}

fn report(option: &str, path: &str, reason: &str, span: Span) -> Diagnostic {
    let problem = if path.is_empty() {
        "an empty path"
    } else {
        "a relative path"
    };
    let help = if path.is_empty() {
        "give the absolute path of the host directory to bind".to_owned()
    } else if let Some((source, _)) = path
        .split_once(':')
        .filter(|(source, _)| source.starts_with('/'))
    {
        format!(
            "set `hostPath = \"{source}\";` to keep `{path}` as the mount point with its options"
        )
    } else {
        format!(
            "write it as an absolute path, such as `/{}`",
            path.trim_start_matches("./")
        )
    };
    finding(
        CODE,
        Severity::Error,
        format!("{option} is {problem}, {}: {reason}", quoted(path)),
        span,
    )
    .with_note("systemd-nspawn refuses to start the container with it")
    .with_help(help)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, host_of, messages};
    use crate::model::BindMount;

    fn bind(mount_point: &str, host_path: Option<&str>) -> BindMount {
        BindMount {
            mount_point: mount_point.to_owned(),
            host_path: host_path.map(str::to_owned),
            is_read_only: true,
        }
    }

    #[test]
    fn sources_destinations_and_tmpfs_must_be_absolute() {
        let mut web = container("web");
        let binds = [
            ("/ok", bind("/ok", Some("/srv/ok"))),
            ("/idmap", bind("/idmap:idmap", Some("/srv/idmap"))),
            ("/plus", bind("/plus", Some("+/var/plus"))),
            ("/rel-source", bind("/rel-source", Some("srv/x"))),
            ("/empty", bind("/empty", Some(""))),
            ("rel-dest", bind("rel-dest", Some("/srv/y"))),
            ("/a:b", bind("/a:b", None)),
        ];
        for (key, b) in binds {
            web.bind_mounts.insert(key.to_owned(), b);
        }
        web.tmpfs = vec!["/var/tmp:mode=1777".to_owned(), "tmp".to_owned()];
        let found = messages(check, &host_of(vec![web]));
        let options: Vec<&str> = found
            .iter()
            .map(|(_, m)| m.split(' ').next().unwrap())
            .collect();
        assert_eq!(
            options,
            [
                "containers.web.bindMounts.\"/a:b\".mountPoint",
                "containers.web.bindMounts.\"/empty\".hostPath",
                "containers.web.bindMounts.\"/rel-source\".hostPath",
                "containers.web.bindMounts.rel-dest.mountPoint",
                "containers.web.tmpfs",
            ]
        );
    }
}
