//! C208: `hostBridge` together with `hostAddress` or `hostAddress6`.
//!
//! **What it flags.** A veth pair (the container's own with `privateNetwork`, or an
//! `extraVeths` entry) that sets both `hostBridge` and a host address.
//!
//! **Why it matters.** The option descriptions say "Only one of hostAddress* or hostBridge
//! can be given" and "(Not used when hostBridge is set.)", but NixOS does not check it.
//! With a bridge the host side of the pair joins the bridge and gets no address: NixOS's
//! post-start script skips `ip addr add <hostAddress>`. The container still runs
//! `ip route add <hostAddress> dev eth0` and `ip route add default via <hostAddress>`, so
//! the address silently becomes the container's default gateway, which works only if some
//! machine on the bridge has it. This is a warning, not an error, because configurations
//! use exactly that to set the gateway.
//!
//! **Example.**
//!
//! ```nix
//! containers.web = {
//!   privateNetwork = true;
//!   hostBridge = "br0";
//!   hostAddress = "192.168.1.1";
//!   localAddress = "192.168.1.20/24";
//!   config = { };
//! };
//! ```
//!
//! **Fix.** Remove `hostAddress`; give the bridge its address on the host, and set the
//! container's gateway inside it (`config.networking.defaultGateway = "192.168.1.1";`).

use lib_nix::{Diagnostic, Severity};

use super::invalid_ip_address::veth_pairs;
use super::{finding, option_name, Context};

pub(super) const CODE: &str = "C208";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    for container in context.host.containers.values() {
        let name = container.name.as_str();
        for pair in veth_pairs(container) {
            let Some(bridge) = &pair.network.host_bridge else {
                continue;
            };
            let addresses = [
                ("hostAddress", &pair.network.host_address),
                ("hostAddress6", &pair.network.host_address6),
            ];
            for (option, value) in addresses {
                let Some(value) = value else { continue };
                let mut path = pair.path.clone();
                path.push(option);
                let mut bridge_path = pair.path.clone();
                bridge_path.push("hostBridge");
                out.push(
                    finding(
                        CODE,
                        Severity::Warning,
                        format!(
                            "{} is not assigned on the host because hostBridge is set; the container only uses {value} as its default gateway",
                            option_name(name, &path)
                        ),
                        context.spans.option(name, &path),
                    )
                    .with_label(context.spans.option(name, &bridge_path), format!("the host side joins the bridge `{bridge}` instead"))
                    .with_note("NixOS's option description: \"Only one of hostAddress* or hostBridge can be given\"")
                    .with_help("remove the host address; give the bridge its address on the host and set the gateway in the container's own config (`networking.defaultGateway`)"),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{codes, container, host_of};

    #[test]
    fn a_bridge_and_a_host_address() {
        let mut web = container("web");
        web.private_network = true;
        web.network.host_bridge = Some("br0".to_owned());
        web.network.local_address = Some("192.168.1.20/24".to_owned());
        assert!(codes(check, &host_of(vec![web.clone()])).is_empty());
        web.network.host_address = Some("192.168.1.1".to_owned());
        web.network.host_address6 = Some("fd00::1".to_owned());
        assert_eq!(codes(check, &host_of(vec![web])), ["C208", "C208"]);
    }
}
