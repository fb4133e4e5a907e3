//! C104: containers declared while `boot.enableContainers = false`.
//!
//! **What it flags.** NixOS's warning "containers.<name> is used, but
//! boot.enableContainers is false", one per declared container.
//!
//! **Why it matters.** `boot.enableContainers` gates everything the containers module
//! emits, the `container@.service` template included. NixOS only warns and builds a host
//! on which the declared containers silently do not exist; ncc emits nothing at all for
//! such a host, so it reports an error.
//!
//! **Example.**
//!
//! ```nix
//! boot.enableContainers = false;
//! containers.web.config = { };
//! ```
//!
//! **Fix.** Remove `boot.enableContainers = false` (it defaults to true when containers
//! are declared), or remove the containers.

use lib_nix::{Diagnostic, Severity};

use super::{finding, Context};

pub(super) const CODE: &str = "C104";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    if context.host.enable_containers {
        return;
    }
    let switch = context.spans.host_option(&["boot", "enableContainers"]);
    for name in context.host.containers.keys() {
        let message = format!(
            "containers.{name} is used, but boot.enableContainers is false. To use containers.{name}, set boot.enableContainers to true."
        );
        let mut diagnostic = finding(CODE, Severity::Error, message, context.spans.container(name))
            .with_note("nothing is emitted for a host with boot.enableContainers = false: no .conf, no unit, no template")
            .with_help("remove `boot.enableContainers = false;` (it defaults to true when containers are declared)");
        if let Some(span) = switch {
            diagnostic = diagnostic.with_label(span, "containers are disabled here");
        }
        out.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{codes, container, host_of};

    #[test]
    fn one_error_per_container_when_disabled() {
        let mut host = host_of(vec![container("a"), container("b")]);
        assert!(codes(check, &host).is_empty());
        host.enable_containers = false;
        assert_eq!(codes(check, &host), ["C104", "C104"]);
    }
}
