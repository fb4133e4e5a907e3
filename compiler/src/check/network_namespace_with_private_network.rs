//! C103: `networkNamespace` together with `privateNetwork` or `interfaces`.
//!
//! **What it flags.** NixOS's host assertion that `networkNamespace` is mutually exclusive
//! with `privateNetwork` and `interfaces`. Upstream pushes the message as a bare string
//! into `assertions`, so when it triggers the evaluation fails on `x.assertion` instead of
//! printing it (and spells "mutally"); ncc makes it the working assertion it was meant to
//! be, with the spelling corrected.
//!
//! **Why it matters.** Joining an existing network namespace and creating a new one (or
//! moving host interfaces into it) contradict each other; systemd-nspawn refuses to start
//! ("--network-namespace-path= cannot be combined with other network options").
//!
//! **Example.**
//!
//! ```nix
//! containers.vpn = {
//!   networkNamespace = "/run/netns/vpn";
//!   privateNetwork = true;
//!   config = { };
//! };
//! ```
//!
//! **Fix.** Keep `networkNamespace`, or drop it and use `privateNetwork`/`interfaces`.

use lib_nix::{Diagnostic, Severity};

use super::{finding, Context};

pub(super) const CODE: &str = "C103";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    for container in context.host.containers.values() {
        let name = container.name.as_str();
        let joins_and_creates = container.private_network || !container.interfaces.is_empty();
        if container.network_namespace.is_none() || !joins_and_creates {
            continue;
        }
        let message = format!(
            "containers.{name}.networkNamespace is mutually exclusive to containers.{name}.privateNetwork and containers.{name}.interfaces."
        );
        let mut diagnostic = finding(
            CODE,
            Severity::Error,
            message,
            context.spans.option(name, &["networkNamespace"]),
        )
        .with_help("join the existing namespace with `networkNamespace` alone, or remove it and give the container its own network");
        if container.private_network {
            diagnostic = diagnostic.with_label(
                context.spans.option(name, &["privateNetwork"]),
                "`privateNetwork` set here",
            );
        }
        if !container.interfaces.is_empty() {
            diagnostic = diagnostic.with_label(
                context.spans.option(name, &["interfaces"]),
                "`interfaces` set here",
            );
        }
        out.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{codes, container, host_of};

    #[test]
    fn a_namespace_excludes_a_private_network_and_interfaces() {
        let mut private = container("a");
        private.network_namespace = Some("/run/netns/a".to_owned());
        private.private_network = true;
        let mut moved = container("b");
        moved.network_namespace = Some("/run/netns/b".to_owned());
        moved.interfaces = vec!["eth1".to_owned()];
        let mut alone = container("c");
        alone.network_namespace = Some("/run/netns/c".to_owned());
        assert_eq!(
            codes(check, &host_of(vec![private, moved, alone])),
            ["C103", "C103"]
        );
    }
}
