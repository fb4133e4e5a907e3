//! C219: an `extraFlags` entry that keeps the container from starting or from running
//! its NixOS.
//!
//! **What it flags.** An option or word in `extraFlags` (read as systemd-nspawn reads
//! them, see `nspawn_flags.rs`; the start script passes `extraFlags` after its own flags)
//! that
//!
//! - combines network options that systemd-nspawn refuses to combine ("--network-namespace-path=
//!   cannot be combined with other network options"): `--network-veth`,
//!   `--network-veth-extra=`, `--network-bridge=` or `--network-zone=` with
//!   `networkNamespace`, or `--network-namespace-path=` with the flags ncc passes for
//!   addresses, `extraVeths` or `hostBridge`;
//! - binds over a mount point ncc already binds, with another source or mode: a
//!   `bindMounts` entry (the later mount hides it, as in C211) or one of the `/nix`
//!   directories the container boots from;
//! - replaces the root or the init ncc runs: `-D`/`--directory=`, `-i`/`--image=`,
//!   `--oci-bundle=`, `-b`/`--boot`, `-a`/`--as-pid2`;
//! - is `--` or a word that is not an option: systemd-nspawn stops reading options there,
//!   and that word and everything after it become the command the container runs,
//!   instead of ncc's container-init (`extraFlags = [ "--volatile" "state" ]` is such a
//!   case: `--volatile` takes its value only as `--volatile=state`).
//!
//! **Why it matters.** systemd-nspawn refuses to start, or the container starts without
//! its network setup, without its store, or without its NixOS.
//!
//! **Example.**
//!
//! ```nix
//! containers.db = {
//!   extraFlags = [ "--volatile" "state" ];
//!   config = { };
//! };
//! ```
//!
//! **Fix.** Remove the flag, or attach the value to its option (`"--volatile=state"`);
//! bind other directories with `bindMounts`.

use lib_nix::{Diagnostic, Severity};

use super::nspawn_flags::{describe_origin, Bind, Word};
use super::{finding, Context};

pub(super) const CODE: &str = "C219";

/// The network flags systemd-nspawn refuses next to `--network-namespace-path=`.
const EXCLUDED_BY_NAMESPACE: &[&str] = &[
    "network-veth",
    "network-veth-extra",
    "network-bridge",
    "network-zone",
];

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    for flags in context.extra_flags() {
        let name = flags.container.name.as_str();
        // Located only when there is something to say (a lookup indexes every span).
        let mut report = |index: usize, message: String, help: String| {
            let span = flags.span_of(context.spans, index);
            out.push(
                finding(
                    CODE,
                    Severity::Error,
                    format!("containers.{name}.extraFlags: {message}"),
                    span,
                )
                .with_help(help),
            );
        };
        for (index, word) in flags.words.iter().enumerate() {
            let (option, value, written) = match word {
                Word::EndOfOptions(word) => {
                    report(
                        index,
                        format!("`{word}` ends systemd-nspawn's options: it and everything after it would become the command the container runs, in place of ncc's container-init"),
                        if word == "--" {
                            "remove `--`".to_owned()
                        } else {
                            format!("remove `{word}`, or attach it to its option (`--option={word}`)")
                        },
                    );
                    break;
                }
                Word::Unknown(_) => continue,
                Word::Option {
                    name,
                    value,
                    written,
                } => (name.as_str(), value, written),
            };
            let generated = flags.generated();
            match option {
                flag if EXCLUDED_BY_NAMESPACE.contains(&flag)
                    && generated.single("network-namespace-path").is_some() =>
                {
                    report(
                        index,
                        format!("`{written}` cannot be combined with `networkNamespace`: systemd-nspawn refuses to start (\"--network-namespace-path= cannot be combined with other network options\")"),
                        format!("remove `{written}`, or `networkNamespace`"),
                    );
                }
                "network-namespace-path" => {
                    let conflict = EXCLUDED_BY_NAMESPACE
                        .iter()
                        .find_map(|flag| generated.single(flag).map(|(_, origin)| (*flag, origin)));
                    if let Some((flag, origin)) = conflict {
                        report(
                            index,
                            format!("`{written}` cannot be combined with `--{flag}`, which ncc passes from {}: systemd-nspawn refuses to start", describe_origin(origin)),
                            "join the namespace with `networkNamespace` and remove the container's own network options".to_owned(),
                        );
                    }
                }
                "directory" | "image" | "oci-bundle" => report(
                    index,
                    format!("`{written}` replaces the container's root, which ncc passes as `-D` (its state directory, or a runtime directory with `ephemeral`)"),
                    format!("remove `{written}`; bind what the container needs with `bindMounts`"),
                ),
                "boot" | "as-pid2" => report(
                    index,
                    format!("`{written}` changes how systemd-nspawn runs the container's init: ncc runs its container-init, which sets up the network and then starts the container's NixOS"),
                    format!("remove `{written}`"),
                ),
                "bind" | "bind-ro" => {
                    let Some(spec) = value else { continue };
                    let bind = Bind::parse(spec, option == "bind-ro");
                    let clash = generated
                        .binds
                        .iter()
                        .find(|(ours, _)| ours.destination == bind.destination && *ours != bind);
                    if let Some((_, origin)) = clash {
                        let (already, help) = if *origin == "bindMounts" {
                            ("ncc already binds from a `bindMounts` entry", "mount it elsewhere, or change the bindMounts entry instead")
                        } else {
                            ("ncc's start script already binds for every container", "mount it elsewhere: the container boots from this directory")
                        };
                        report(
                            index,
                            format!("`{written}` mounts over {}, which {already}: the later mount hides the other", bind.destination),
                            help.to_owned(),
                        );
                    }
                }
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, flagged};
    use crate::model::BindMount;

    #[test]
    fn positional_words_end_the_options() {
        let mut web = container("web");
        web.extra_flags = vec!["--volatile".to_owned(), "state".to_owned(), "-M".to_owned()];
        let found = flagged(check, web);
        assert_eq!(found.len(), 1);
        assert!(found[0].contains("`state` ends systemd-nspawn's options"));
    }

    #[test]
    fn binds_over_generated_mount_points() {
        let mut web = container("web");
        web.bind_mounts.insert(
            "/data".to_owned(),
            BindMount {
                mount_point: "/data".to_owned(),
                host_path: Some("/srv/data".to_owned()),
                is_read_only: true,
            },
        );
        web.extra_flags = vec![
            "--bind=/srv/other:/data".to_owned(),
            "--bind-ro=/srv/store:/nix/store".to_owned(),
            "--bind=/srv/x:/x".to_owned(),
        ];
        let found = flagged(check, web);
        assert_eq!(found.len(), 2, "{found:?}");
    }

    #[test]
    fn network_namespaces_exclude_other_network_flags() {
        let mut web = container("web");
        web.network_namespace = Some("/run/netns/web".to_owned());
        web.extra_flags = vec![
            "--network-veth".to_owned(),
            "--network-bridge=br0".to_owned(),
        ];
        assert_eq!(flagged(check, web.clone()).len(), 2);
        web.network_namespace = None;
        web.extra_veths.insert("vx".to_owned(), Default::default());
        web.extra_flags = vec!["--network-namespace-path=/run/netns/x".to_owned()];
        assert_eq!(flagged(check, web).len(), 1);
    }
}
