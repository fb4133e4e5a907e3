//! C105: NAT forwards ports, or has a DMZ host, but names no external interface.
//!
//! **What it flags.** NixOS's own assertions of its NAT module, restated at the option:
//! with `networking.nat.enable`, a non-empty `networking.nat.forwardPorts` or a
//! `networking.nat.dmzHost` needs `networking.nat.externalInterface`.
//!
//! **Why it matters.** NixOS refuses to build the host ("Failed assertions: -
//! networking.nat.forwardPorts requires networking.nat.externalInterface"): the forwarding
//! rules match packets by the interface they arrive on.
//!
//! **Example.**
//!
//! ```nix
//! networking.nat = {
//!   enable = true;
//!   internalInterfaces = [ "ve-+" ];
//!   forwardPorts = [ { sourcePort = 80; destination = "10.231.136.2:80"; } ];
//! };
//! ```
//!
//! **Fix.** Name the interface the forwarded traffic arrives on:
//! `networking.nat.externalInterface = "eth0";`.

use lib_nix::{Diagnostic, Severity};

use super::{finding, Context};
use crate::model::HostValue;

pub(super) const CODE: &str = "C105";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    let nat = &context.host.network.nat;
    if nat.enable != HostValue::Known(true) || nat.external_interface != HostValue::Known(None) {
        return;
    }
    let forwards = matches!(nat.forward_ports, HostValue::Known(count) if count > 0);
    let dmz = matches!(nat.dmz_host, HostValue::Known(Some(_)));
    for (present, option) in [(dmz, "dmzHost"), (forwards, "forwardPorts")] {
        if !present {
            continue;
        }
        let span = context
            .spans
            .host_option_or_file(&["networking", "nat", option]);
        out.push(
            finding(
                CODE,
                Severity::Error,
                format!("networking.nat.{option} requires networking.nat.externalInterface"),
                span,
            )
            .with_note("NixOS's NAT module asserts this: the host does not build (\"Failed assertions\")")
            .with_help("set `networking.nat.externalInterface` to the interface the traffic arrives on, e.g. \"eth0\""),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{host_of, messages};

    #[test]
    fn forward_ports_and_dmz_host_need_an_external_interface() {
        let mut host = host_of(Vec::new());
        host.network.nat.enable = HostValue::Known(true);
        host.network.nat.forward_ports = HostValue::Known(1);
        host.network.nat.dmz_host = HostValue::Known(Some("10.0.0.2".to_owned()));
        let found = messages(check, &host);
        assert_eq!(found.len(), 2);
        assert!(found[1]
            .1
            .ends_with("networking.nat.forwardPorts requires networking.nat.externalInterface"));
        host.network.nat.external_interface = HostValue::Known(Some("eth0".to_owned()));
        assert!(messages(check, &host).is_empty());
        host.network.nat.external_interface = HostValue::Unknown;
        assert!(
            messages(check, &host).is_empty(),
            "unknown is never an error"
        );
        host.network.nat.external_interface = HostValue::Known(None);
        host.network.nat.enable = HostValue::Known(false);
        assert!(
            messages(check, &host).is_empty(),
            "NixOS asserts only with NAT enabled"
        );
    }
}
