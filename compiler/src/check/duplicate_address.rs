//! C205: one IP address given to two interfaces: the same `localAddress` in two places,
//! or a `localAddress` that is also a `hostAddress`.
//!
//! **What it flags.** Across all containers and their `extraVeths` (only addresses NixOS
//! uses: the main pair's with `privateNetwork`), an address (compared as an address,
//! without its prefix length, so `fc00::2` equals `fc00:0::2/64`) that is
//!
//! - the `localAddress`/`localAddress6` of two veth pairs, or
//! - the `localAddress`/`localAddress6` of one pair and the `hostAddress`/`hostAddress6`
//!   of another (or of the same pair).
//!
//! The same `hostAddress` on several containers is allowed: each container's host-side
//! interface gets it as a /32 (or /128) of its own, the routes to the containers go by
//! their distinct local addresses, and this works.
//!
//! **Why it matters.** For each container without a bridge the host runs `ip route add
//! <localAddress> dev ve-<name>`; the second container with the same address fails to
//! start ("RTNETLINK answers: File exists"), and on a bridge the two containers fight over
//! the address. A `localAddress` that is also a `hostAddress` is an address the host owns,
//! so traffic for the container is delivered to the host instead.
//!
//! **Example.**
//!
//! ```nix
//! containers.a = { privateNetwork = true; hostAddress = "10.0.0.1"; localAddress = "10.0.0.2"; config = { }; };
//! containers.b = { privateNetwork = true; hostAddress = "10.0.0.1"; localAddress = "10.0.0.2"; config = { }; };
//! ```
//!
//! **Fix.** Give every container a local address of its own (`10.0.0.3` for `b`).

use std::collections::BTreeMap;
use std::net::IpAddr;

use lib_nix::{Diagnostic, Severity};

use super::invalid_ip_address::{parse_address, veth_pairs, AddressOption};
use super::{finding, has_control_character, ContainerOption, Context};

pub(super) const CODE: &str = "C205";

/// One place an address is used.
struct Use<'a> {
    option: ContainerOption<'a>,
    local: bool,
}

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    let mut uses: BTreeMap<IpAddr, Vec<Use>> = BTreeMap::new();
    for container in context.host.containers.values() {
        let name = container.name.as_str();
        for pair in veth_pairs(container) {
            for option in AddressOption::ALL {
                let Some(value) = option.value(pair.network) else {
                    continue;
                };
                if has_control_character(value) {
                    continue;
                }
                let Some((address, _)) = parse_address(value) else {
                    continue;
                };
                let mut path = pair.path.clone();
                path.push(option.name());
                uses.entry(address).or_default().push(Use {
                    option: ContainerOption {
                        container: name,
                        path,
                    },
                    local: option.is_local(),
                });
            }
        }
    }
    for (address, uses) in uses {
        let locals = uses.iter().filter(|u| u.local).count();
        if locals == 0 || uses.len() < 2 {
            continue;
        }
        let (primary, others) = uses.split_last().expect("at least two uses");
        let listed: Vec<String> = uses.iter().map(|u| u.option.name()).collect();
        let message = if locals >= 2 {
            format!(
                "{address} is the local address of more than one interface: {}",
                listed.join(", ")
            )
        } else {
            format!(
                "{address} is both a container's local address and a host address: {}",
                listed.join(", ")
            )
        };
        let mut diagnostic = finding(CODE, Severity::Error, message, primary.option.span(context.spans))
            .with_note("each container's local address must be unique: the host routes to it, and a second route to the same address fails (\"RTNETLINK answers: File exists\")")
            .with_help("give each container a local address of its own, different from every host address");
        for (other, option) in others.iter().zip(&listed) {
            diagnostic = diagnostic.with_label(
                other.option.span(context.spans),
                format!("{address} is also {option} here"),
            );
        }
        out.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, host_of, messages};
    use crate::model::{ContainerConfig, NetworkOptions};

    fn private(name: &str, host: &str, local: &str) -> ContainerConfig {
        let mut c = container(name);
        c.private_network = true;
        c.network.host_address = Some(host.to_owned());
        c.network.local_address = Some(local.to_owned());
        c
    }

    #[test]
    fn shared_host_addresses_are_fine_shared_local_ones_are_not() {
        let host = host_of(vec![
            private("a", "10.0.0.1", "10.0.0.2"),
            private("b", "10.0.0.1", "10.0.0.3"),
        ]);
        assert!(messages(check, &host).is_empty());
        let host = host_of(vec![
            private("a", "10.0.0.1", "10.0.0.2"),
            private("b", "10.0.0.1", "10.0.0.2/24"),
        ]);
        let found = messages(check, &host);
        assert_eq!(found.len(), 1);
        assert!(found[0].1.starts_with("10.0.0.2 is the local address of more than one interface: containers.a.localAddress, containers.b.localAddress"));
    }

    #[test]
    fn a_local_address_may_not_be_a_host_address_even_of_an_extra_veth() {
        let mut b = container("b");
        b.extra_veths.insert(
            "vx".to_owned(),
            NetworkOptions {
                host_address: Some("10.0.0.2".to_owned()),
                ..NetworkOptions::default()
            },
        );
        let host = host_of(vec![private("a", "10.0.0.1", "10.0.0.2"), b]);
        let found = messages(check, &host);
        assert_eq!(found.len(), 1);
        assert!(
            found[0]
                .1
                .contains("containers.b.extraVeths.vx.hostAddress"),
            "{found:?}"
        );
    }

    #[test]
    fn addresses_without_a_private_network_do_not_count() {
        let mut b = private("b", "10.0.0.1", "10.0.0.2");
        b.private_network = false;
        assert!(messages(
            check,
            &host_of(vec![private("a", "10.0.0.1", "10.0.0.2"), b])
        )
        .is_empty());
    }
}
