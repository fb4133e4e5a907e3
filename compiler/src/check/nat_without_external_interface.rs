//! C222: NAT enabled without an external interface.
//!
//! **What it flags.** `networking.nat.enable = true` with `networking.nat.externalInterface`
//! unset, on a host whose NAT forwards no ports and has no DMZ host (those make NixOS
//! refuse the host: C105) and has internal interfaces or internal addresses to
//! masquerade, known (without either, NixOS writes no masquerading rule: a host
//! translating with rules of its own in `networking.nat.extraCommands` is not flagged).
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
    // NixOS writes one masquerading rule for the internal interfaces and one per
    // internal address; with neither (or neither known), there is none known to lack an
    // output interface.
    let known_non_empty = |list: &HostValue<Vec<String>>| matches!(list, HostValue::Known(items) if !items.is_empty());
    let masquerades_nothing =
        !known_non_empty(&nat.internal_interfaces) && !known_non_empty(&nat.internal_ips);
    if nat.enable != HostValue::Known(true)
        || nat.external_interface != HostValue::Known(None)
        || !only_masquerading
        || masquerades_nothing
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
        assert!(
            codes(check, &host).is_empty(),
            "nothing to masquerade: NixOS writes no masquerading rule"
        );
        host.network.nat.internal_ips = HostValue::Known(vec!["10.0.0.0/24".to_owned()]);
        assert_eq!(codes(check, &host), ["C222"]);
        host.network.nat.internal_ips = HostValue::Known(Vec::new());
        host.network.nat.internal_interfaces = HostValue::Unknown;
        assert!(
            codes(check, &host).is_empty(),
            "what it masquerades is unknown"
        );
        host.network.nat.internal_interfaces = HostValue::Known(vec!["ve-+".to_owned()]);
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
