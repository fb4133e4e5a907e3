//! C216: an `extraFlags` entry that overrides a flag ncc passes from an option.
//!
//! **What it flags.** An option in `extraFlags` (read as systemd-nspawn reads them, see
//! `nspawn_flags.rs`; the start script passes `extraFlags` after its own flags) that gives
//! a single-valued flag another value than the container's options or name do:
//! `--private-users=`/`-U` (from `privateUsers`), `--network-bridge=` (from `hostBridge`),
//! `--network-namespace-path=` (from `networkNamespace`), `-M`/`--machine=` (the
//! container's name); or that sets with `--setenv`/`-E` a variable ncc's start script
//! passes to the container's init (`HOST_ADDRESS`, `PATH`, ...).
//!
//! Flags ncc passes with a fixed value and no option to change them (`--link-journal=`,
//! `--kill-signal=`, `--notify-ready=`) may be overridden in `extraFlags`; that is the only
//! way to change them. Overrides that keep the container from starting are C219.
//!
//! **Why it matters.** systemd-nspawn keeps the last value, so the option is silently
//! overruled while ncc's other settings still follow it: the `:idmap` of the `/nix` bind
//! mounts follows `privateUsers` (with `-U` and `privateUsers = "no"` the store appears
//! owned by nobody), and the unit, `machinectl` and `nixos-container` address the machine
//! by the container's name. It is a warning because older configurations used
//! `extraFlags = [ "-U" ]` before `privateUsers` existed, and such containers run.
//!
//! **Example.**
//!
//! ```nix
//! containers.web = {
//!   privateUsers = "pick";
//!   extraFlags = [ "--private-users=no" ];
//!   config = { };
//! };
//! ```
//!
//! **Fix.** Set the option instead of the flag (`privateUsers = "no";`), or remove the
//! flag.

use lib_nix::{Diagnostic, Severity};

use super::nspawn_flags::{describe_origin, Word, SETENV_NAMES};
use super::{finding, Context};

pub(super) const CODE: &str = "C216";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    for flags in context.extra_flags() {
        let name = flags.container.name.as_str();
        // Located only when there is something to say (a lookup indexes every span).
        let mut report = |index: usize, message: String, help: String| {
            let span = flags.span_of(context.spans, index);
            out.push(
                finding(
                    CODE,
                    Severity::Warning,
                    format!("containers.{name}.extraFlags: {message}"),
                    span,
                )
                .with_help(help),
            );
        };
        for (index, word) in flags.words.iter().enumerate() {
            let (option, value, written) = match word {
                Word::EndOfOptions(_) => break,
                Word::Unknown(_) => continue,
                Word::Option {
                    name,
                    value,
                    written,
                } => (name.as_str(), value, written),
            };
            let generated = flags.generated();
            match option {
                "private-users" | "network-bridge" | "network-namespace-path" | "machine" => {
                    let Some((ours, origin)) = generated.single(option) else {
                        continue;
                    };
                    if generated.has(option, value.as_deref()).is_some() {
                        continue;
                    }
                    let ours = match ours {
                        Some(ours) => format!("--{option}={ours}"),
                        None => format!("--{option}"),
                    };
                    report(
                        index,
                        format!("`{written}` overrides `{ours}`, which ncc passes to systemd-nspawn from {}", describe_origin(origin)),
                        if origin.starts_with("the ") {
                            format!("remove `{written}`; the machine is named after the container")
                        } else {
                            format!("set `{origin}` instead of passing `{written}`")
                        },
                    );
                }
                "setenv" => {
                    let variable = value
                        .as_deref()
                        .unwrap_or_default()
                        .split('=')
                        .next()
                        .unwrap_or_default();
                    if SETENV_NAMES.contains(&variable) {
                        report(
                            index,
                            format!("`{written}` overrides {variable}, which ncc's start script passes to the container's init"),
                            format!("remove `{written}`"),
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
    use crate::model::PrivateUsers;

    #[test]
    fn overriding_an_option() {
        let mut web = container("web");
        web.private_users = PrivateUsers::Pick;
        web.extra_flags = vec![
            "--private-users=no".to_owned(),
            "-U".to_owned(),
            "--private-users=pick".to_owned(),
        ];
        let found = flagged(check, web);
        assert_eq!(found, ["containers.web.extraFlags: `--private-users=no` overrides `--private-users=pick`, which ncc passes to systemd-nspawn from `privateUsers`"]);
    }

    #[test]
    fn the_old_way_to_user_namespaces_is_a_warning() {
        let mut web = container("web");
        web.extra_flags = vec![
            "-U".to_owned(),
            "--setenv=HOST_ADDRESS=10.0.0.1".to_owned(),
            "-E".to_owned(),
            "APP=1".to_owned(),
        ];
        let found = flagged(check, web);
        assert_eq!(found.len(), 2, "{found:?}");
        assert!(found[0].contains("`-U` overrides `--private-users=no`"));
    }
}
