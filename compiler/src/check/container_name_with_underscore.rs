//! C102: a declarative container whose name contains an underscore.
//!
//! **What it flags.** NixOS's own assertion (`nixos-containers.nix`, checked inside the
//! container's evaluation): `!lib.strings.hasInfix "_" name`, with NixOS's message.
//!
//! **Why it matters.** The name becomes the container's machine name and host name, and
//! systemd-nspawn refuses machine names that are not valid host names ("Invalid machine
//! name"), which excludes `_`. NixOS stops the build of the host. (`nixos-container
//! create` admits `_`, and such imperative containers then fail the same way.)
//!
//! **Example.**
//!
//! ```nix
//! containers.web_frontend.config = { };
//! ```
//!
//! **Fix.** Rename the container, for example with `-` in place of `_`.

use lib_nix::{Diagnostic, Severity};

use super::{finding, Context};

pub(super) const CODE: &str = "C102";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    for name in context.host.containers.keys() {
        if !name.contains('_') {
            continue;
        }
        let message = format!(
            "Names containing underscores are not allowed in nixos-containers. Please rename the container '{name}'"
        );
        out.push(
            finding(
                CODE,
                Severity::Error,
                message,
                context.spans.container(name),
            )
            .with_help(format!(
                "rename it, for example to `{}`",
                name.replace('_', "-")
            )),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, host_of, messages};

    #[test]
    fn underscores_are_refused_with_nixos_words() {
        let found = messages(
            check,
            &host_of(vec![container("web_1"), container("web-2")]),
        );
        assert_eq!(
            found,
            [(
                "C102".to_owned(),
                "Names containing underscores are not allowed in nixos-containers. Please rename the container 'web_1'".to_owned()
            )]
        );
    }
}
