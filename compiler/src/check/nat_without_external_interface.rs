//! C222: NAT enabled without an external interface.
//!
//! **What it flags.** `networking.nat.enable = true` with `networking.nat.externalInterface`
//! unset, on a host whose NAT forwards no ports and has no DMZ host (those make NixOS
//! refuse the host: C105).
//!
//! **Why it matters.** Without an external interface NixOS writes its masquerading rule
//! with no output interface (`-o`/`oifname`): the source of every packet from the internal
//! interfaces is rewritten whichever way it leaves, towards the internet as well as
//! towards the host's other networks, another container or a VPN, which then see the
//! host's address instead of the container's. It works for reaching the internet, which is
//! why it goes unnoticed; a host whose uplink changes (a laptop) may leave it unset on
//! purpose, hence a warning.
//!
//! **Example.**
//!
//! ```nix
//! networking.nat = { enable = true; internalInterfaces = [ "ve-+" ]; };
//! ```
//!
//! **Fix.** Name the uplink: `networking.nat.externalInterface = "eth0";`.

use lib_nix::{Diagnostic, Severity};

use super::{finding, Context};
use crate::model::HostValue;

pub(super) const CODE: &str = "C222";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    let nat = &context.host.network.nat;
    let only_masquerading =
        nat.forward_ports == HostValue::Known(0) && nat.dmz_host == HostValue::Known(None);
    if nat.enable != HostValue::Known(true)
        || nat.external_interface != HostValue::Known(None)
        || !only_masquerading
    {
        return;
    }
    let span = context
        .spans
        .host_option(&["networking", "nat", "enable"])
        .or_else(|| context.spans.host_option(&["networking", "nat"]))
        .unwrap_or_else(|| context.spans.file());
    out.push(
        finding(
            CODE,
            Severity::Warning,
            "networking.nat is enabled without networking.nat.externalInterface: traffic from the internal interfaces is rewritten whichever interface it leaves by".to_owned(),
            span,
        )
        .with_note("NixOS writes its masquerading rule without an output interface, so other local networks, containers and VPNs see the host's address instead of the sender's")
        .with_help("set `networking.nat.externalInterface` to the host's uplink, e.g. \"eth0\""),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{codes, host_of};

    #[test]
    fn only_masquerading_nat_without_an_uplink_is_flagged() {
        let mut host = host_of(Vec::new());
        assert!(codes(check, &host).is_empty(), "NAT is off by default");
        host.network.nat.enable = HostValue::Known(true);
        assert_eq!(codes(check, &host), ["C222"]);
        host.network.nat.forward_ports = HostValue::Known(2);
        assert!(
            codes(check, &host).is_empty(),
            "C105 reports it as NixOS's assertion"
        );
        host.network.nat.forward_ports = HostValue::Known(0);
        host.network.nat.external_interface = HostValue::Known(Some("eth0".to_owned()));
        assert!(codes(check, &host).is_empty());
        host.network.nat.external_interface = HostValue::Unknown;
        assert!(codes(check, &host).is_empty());
    }
}
