//! C220: a private-network container that the host's NAT leaves out: its traffic never
//! leaves the host.
//!
//! **What it flags.** A container with `privateNetwork` that is on no bridge (no
//! `hostBridge`) whose host-side interface `ve-<name>` matches no entry of
//! `networking.nat.internalInterfaces` and whose `localAddress` lies in no range of
//! `networking.nat.internalIPs`, on a host that sets NAT up for something (NAT enabled).
//! Interface patterns match as the host's packet filter matches them: with iptables (the
//! default) a trailing `+` is a wildcard (`ve-+`), with `networking.nftables.enable` a
//! trailing `*` is (`ve-*`), and the other character is taken literally; where no module
//! ncc evaluates sets `networking.nftables.enable` but the host imports one it does not
//! evaluate (a shared hardening module of a flake input), which packet filter matches is
//! unknown, and a container that only one of them would match is not flagged. A `ve-<name>`
//! listed in a `networking.bridges.<bridge>.interfaces`, an `extraVeths` interface that
//! is bridged or translated, a `macvlans` interface (on the parent's network) or a host
//! interface moved into the container (`interfaces`) counts as a way out. A name longer
//! than Linux's 15 bytes is matched as systemd-nspawn shortens it (`ve-changedetection` is
//! `ve-changede2KnI`): packet filters match that name, not the long alternative one.
//!
//! A container that a `networking.nat.forwardPorts` entry forwards to (by its
//! `localAddress`) is still flagged, with a message that says what stays on the host: the
//! connections forwarded to it reach it and it answers them, but none it opens leaves.
//!
//! It also flags a container that such NAT settings do name while `networking.nat.enable`
//! is not set: the settings are there, but NixOS writes no rule from them.
//!
//! It stays silent on a host that translates addresses by rules of its own
//! (`networking.nat.extraCommands`, `networking.firewall.extraCommands` or
//! `networking.nftables.ruleset` or the `content` of a `networking.nftables.tables.<name>`
//! with a `MASQUERADE` or `SNAT` rule), which may cover the container whatever NixOS's own
//! rules say, and on a host without NAT: a container that only talks to the host (a
//! database behind the host's reverse proxy) is a correct design, and a host may route
//! the containers' addresses without translating them. It stays silent too where ncc
//! cannot read a setting it would need (an unknown value), and for a container whose only
//! address is IPv6, which is usually routed rather than translated.
//!
//! **Why it matters.** The container reaches the host and nothing else: package
//! downloads, DNS to outside resolvers and every outgoing connection time out. This is the
//! most asked question about NixOS containers, and with nftables `ve-+` (the pattern of
//! the NixOS manual) matches nothing.
//!
//! **Example.**
//!
//! ```nix
//! networking.nat = { enable = true; internalInterfaces = [ "ve-web" ]; externalInterface = "eth0"; };
//! containers.db = { privateNetwork = true; hostAddress = "10.231.136.1"; localAddress = "10.231.136.3"; config = { }; };
//! ```
//!
//! **Fix.** Add the container's interface, or all of them, to the NAT:
//! `networking.nat.internalInterfaces = [ "ve-+" ];` (`"ve-*"` with nftables).

use std::net::Ipv4Addr;

use lib_nix::{Diagnostic, Severity};

use super::{finding, host_interface_names, Context};
use crate::model::{ContainerConfig, HostValue};

pub(super) const CODE: &str = "C220";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    let network = &context.host.network;
    let nat = &network.nat;
    let enabled = match nat.enable {
        HostValue::Known(enabled) => enabled,
        HostValue::Unknown => return,
    };
    if nat.hand_written_translation != HostValue::Known(false) {
        return;
    }
    let (Some(patterns), Some(ranges), Some(bridges)) = (
        nat.internal_interfaces.known(),
        nat.internal_ips.known(),
        network.bridges.known(),
    ) else {
        return;
    };
    let nftables = network.nftables.known().copied();
    for container in context.host.containers.values() {
        if !container.private_network
            || container.network.host_bridge.is_some()
            || container.network_namespace.is_some()
        {
            continue;
        }
        if container.network.local_address.is_none() && container.network.local_address6.is_some() {
            continue;
        }
        // A macvlan on a host interface, or a host interface itself, reaches the network
        // without the host's NAT.
        if !container.macvlans.is_empty() || !container.interfaces.is_empty() {
            continue;
        }
        let names = host_interface_names("ve-", &container.name);
        let bridged = |name: &str| {
            bridges
                .values()
                .any(|members| members.iter().any(|m| m == name))
        };
        if names.iter().any(|name| bridged(name)) {
            continue;
        }
        let Some(by_interface) = names
            .iter()
            .map(|name| matched(patterns, name, nftables))
            .try_fold(false, |any, this| Some(any | this?))
        else {
            continue;
        };
        let interface = match names.first() {
            Some(name) if *name != format!("ve-{}", container.name) => {
                format!("{name} (systemd-nspawn's name for ve-{})", container.name)
            }
            _ => format!("ve-{}", container.name),
        };
        let Some(by_address) = in_ranges(ranges, container.network.local_address.as_deref()) else {
            continue;
        };
        let Some(by_extra_veth) =
            extra_veth_way_out(container, patterns, ranges, nftables, &bridged)
        else {
            continue;
        };
        let translated = by_interface || by_address;
        let name = container.name.as_str();
        let span = context.spans.option(name, &["privateNetwork"]);
        if enabled && !translated && !by_extra_veth {
            // Connections the host's NAT forwards to the container (`forwardPorts`) do reach
            // it, and its answers leave: only what it opens itself stays on the host.
            let forwarded = forwarded_to(
                nat.forward_destinations.known().map(Vec::as_slice),
                container.network.local_address.as_deref(),
            );
            let what = if forwarded.is_empty() {
                "its traffic never leaves the host"
            } else {
                "no connection it opens leaves the host"
            };
            let mut diagnostic = finding(
                CODE,
                Severity::Warning,
                format!("containers.{name} has a private network, but {what}: {interface} is in no networking.nat.internalInterfaces and on no bridge"),
                span,
            );
            if !forwarded.is_empty() {
                let destinations = forwarded
                    .iter()
                    .map(|destination| format!("`{destination}`"))
                    .collect::<Vec<_>>()
                    .join(", ");
                diagnostic = diagnostic.with_note(format!(
                    "networking.nat.forwardPorts forwards connections to it ({destinations}): those reach it and it answers them, but what it opens itself (DNS to outside resolvers, downloads) stays on the host"
                ));
            }
            if let Some(at) =
                context
                    .spans
                    .host_option(&["networking", "nat", "internalInterfaces"])
            {
                diagnostic =
                    diagnostic.with_label(at, format!("{} matches none of these", names[0]));
            }
            if nftables == Some(true) && patterns.iter().any(|p| p.ends_with('+')) {
                diagnostic = diagnostic.with_note(
                    "networking.nftables is enabled: nftables reads `+` literally; its wildcard is `*` (`ve-*`)",
                );
            }
            // Whether nftables is on may be unknown (a module ncc does not evaluate may
            // turn it on): then both packet filters' wildcards are shown.
            let (wildcard, otherwise) = match nftables {
                Some(true) => ("ve-*", ""),
                Some(false) => ("ve-+", ""),
                None => ("ve-+", " (`\"ve-*\"` with nftables)"),
            };
            out.push(diagnostic.with_help(format!(
                "add it to the NAT: `networking.nat.internalInterfaces = [ \"{wildcard}\" ];`{otherwise} covers every container"
            )));
        } else if !enabled && translated {
            let mut diagnostic = finding(
                CODE,
                Severity::Warning,
                format!("containers.{name} has a private network and networking.nat names it, but networking.nat.enable is not set: its traffic never leaves the host"),
                span,
            );
            if let Some(at) =
                context
                    .spans
                    .host_option(&["networking", "nat", "internalInterfaces"])
            {
                diagnostic = diagnostic.with_label(at, "NAT is configured here, but not enabled");
            }
            out.push(diagnostic.with_help("enable it: `networking.nat.enable = true;`"));
        }
    }
}

/// The `networking.nat.forwardPorts` destinations (`address:port`, as written) whose
/// address is the container's IPv4 `local_address` (maybe with a `/prefix`).
fn forwarded_to<'a>(
    destinations: Option<&'a [String]>,
    local_address: Option<&str>,
) -> Vec<&'a str> {
    let (Some(destinations), Some(local)) = (destinations, local_address) else {
        return Vec::new();
    };
    let Some(local) = local
        .split('/')
        .next()
        .filter(|address| !address.is_empty())
    else {
        return Vec::new();
    };
    destinations
        .iter()
        .filter(|destination| destination.split(':').next() == Some(local))
        .map(String::as_str)
        .collect()
}

/// Whether an `extraVeths` interface of `container` gives it a way out (bridged, or
/// translated by interface or address); `None` when that cannot be known.
fn extra_veth_way_out(
    container: &ContainerConfig,
    patterns: &[String],
    ranges: &[String],
    nftables: Option<bool>,
    bridged: &dyn Fn(&str) -> bool,
) -> Option<bool> {
    let mut way_out = false;
    for (interface, veth) in &container.extra_veths {
        if veth.host_bridge.is_some() || bridged(interface) {
            way_out = true;
            continue;
        }
        way_out |= matched(patterns, interface, nftables)?;
        way_out |= in_ranges(ranges, veth.local_address.as_deref())?;
    }
    Some(way_out)
}

/// Whether any of `patterns` matches `interface` as the host's packet filter matches
/// interface names; `None` when it depends on whether nftables is enabled, which is
/// unknown.
fn matched(patterns: &[String], interface: &str, nftables: Option<bool>) -> Option<bool> {
    let with = |nft: bool| {
        patterns
            .iter()
            .any(|p| interface_matches(p, interface, nft))
    };
    match nftables {
        Some(nft) => Some(with(nft)),
        None => {
            let (iptables, nft) = (with(false), with(true));
            (iptables == nft).then_some(iptables)
        }
    }
}

/// iptables (`-i`): a trailing `+` matches any suffix. nftables (`iifname`): a trailing
/// unescaped `*` matches any suffix and `\*` is a literal `*`.
fn interface_matches(pattern: &str, interface: &str, nftables: bool) -> bool {
    if nftables {
        if let Some(prefix) = pattern.strip_suffix('*') {
            if !prefix.ends_with('\\') {
                return interface.starts_with(&prefix.replace("\\*", "*"));
            }
        }
        pattern.replace("\\*", "*") == interface
    } else {
        match pattern.strip_suffix('+') {
            Some(prefix) => interface.starts_with(prefix),
            None => pattern == interface,
        }
    }
}

/// Whether the IPv4 `address` (maybe with a `/prefix`) lies in one of `ranges` (addresses
/// or `address/prefix`); `None` when a range or the address is not one ncc can read.
fn in_ranges(ranges: &[String], address: Option<&str>) -> Option<bool> {
    if ranges.is_empty() {
        return Some(false);
    }
    let Some(address) = address else {
        return Some(false);
    };
    let address: Ipv4Addr = address.split('/').next()?.parse().ok()?;
    let mut inside = false;
    for range in ranges {
        let (network, prefix) = match range.split_once('/') {
            Some((network, prefix)) => (network, prefix.parse::<u32>().ok()?),
            None => (range.as_str(), 32),
        };
        let network: Ipv4Addr = network.parse().ok()?;
        if prefix > 32 {
            return None;
        }
        let mask = if prefix == 0 {
            0
        } else {
            u32::MAX << (32 - prefix)
        };
        inside |= u32::from(address) & mask == u32::from(network) & mask;
    }
    Some(inside)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, host_of, messages};
    use crate::model::HostConfig;

    fn host(patterns: &[&str], nftables: bool) -> HostConfig {
        let mut web = container("web");
        web.private_network = true;
        web.network.host_address = Some("10.231.136.1".to_owned());
        web.network.local_address = Some("10.231.136.2".to_owned());
        let mut host = host_of(vec![web]);
        host.network.nat.enable = HostValue::Known(true);
        host.network.nat.internal_interfaces =
            HostValue::Known(patterns.iter().map(|p| (*p).to_owned()).collect());
        host.network.nftables = HostValue::Known(nftables);
        host
    }

    #[test]
    fn wildcards_match_as_the_packet_filter_matches() {
        assert!(interface_matches("ve-+", "ve-web", false));
        assert!(!interface_matches("ve-+", "ve-web", true));
        assert!(interface_matches("ve-*", "ve-web", true));
        assert!(!interface_matches("ve-*", "ve-web", false));
        assert!(!interface_matches("ve-\\*", "ve-web", true));
        assert!(interface_matches("ve-web", "ve-web", true));
        assert!(!interface_matches("ve-we", "ve-web", false));
    }

    #[test]
    fn a_container_left_out_of_nat_is_flagged() {
        assert!(messages(check, &host(&["ve-+"], false)).is_empty());
        assert!(messages(check, &host(&["ve-*"], true)).is_empty());
        assert_eq!(messages(check, &host(&["ve-+"], true)).len(), 1);
        assert_eq!(messages(check, &host(&["wg0"], false)).len(), 1);
    }

    #[test]
    fn bridges_addresses_and_unknowns_keep_it_silent() {
        let mut bridged = host(&[], false);
        bridged
            .containers
            .get_mut("web")
            .unwrap()
            .network
            .host_bridge = Some("br0".to_owned());
        assert!(messages(check, &bridged).is_empty());
        let mut ranged = host(&[], false);
        ranged.network.nat.internal_ips = HostValue::Known(vec!["10.231.136.0/24".to_owned()]);
        assert!(messages(check, &ranged).is_empty());
        ranged.network.nat.internal_ips = HostValue::Known(vec!["10.231.137.0/24".to_owned()]);
        assert_eq!(messages(check, &ranged).len(), 1);
        let mut unknown = host(&["ve-+"], false);
        unknown.network.nftables = HostValue::Unknown;
        assert!(
            messages(check, &unknown).is_empty(),
            "ve-+ matches only with iptables"
        );
        let mut off = host(&["wg0"], false);
        off.network.nat.enable = HostValue::Known(false);
        assert!(
            messages(check, &off).is_empty(),
            "a host without NAT is not flagged"
        );
    }

    #[test]
    fn a_long_name_matches_as_systemd_nspawn_shortens_it() {
        let renamed = |patterns: &[&str]| {
            let mut host = host(patterns, false);
            let mut web = host.containers.remove("web").unwrap();
            web.name = "changedetection".to_owned();
            host.containers.insert(web.name.clone(), web);
            host
        };
        assert!(messages(check, &renamed(&["ve-changede2KnI"])).is_empty());
        assert!(messages(check, &renamed(&["ve-changede+"])).is_empty());
        let found = messages(check, &renamed(&["ve-changedetection"]));
        assert_eq!(found.len(), 1);
        assert!(found[0]
            .1
            .contains("ve-changede2KnI (systemd-nspawn's name for ve-changedetection)"));
    }

    #[test]
    fn a_macvlan_or_a_moved_interface_is_a_way_out() {
        let mut macvlan = host(&["wg0"], false);
        macvlan.containers.get_mut("web").unwrap().macvlans = vec!["eno1".to_owned()];
        assert!(messages(check, &macvlan).is_empty());
        let mut moved = host(&["wg0"], false);
        moved.containers.get_mut("web").unwrap().interfaces = vec!["eno2".to_owned()];
        assert!(messages(check, &moved).is_empty());
    }

    #[test]
    fn a_container_reached_through_a_forwarded_port_is_told_what_stays_on_the_host() {
        let mut forwarded = host(&["wg0"], false);
        forwarded.network.nat.forward_destinations = HostValue::Known(vec![
            "10.231.136.9:80".to_owned(),
            "10.231.136.2:22".to_owned(),
        ]);
        let found = messages(check, &forwarded);
        assert_eq!(found.len(), 1);
        assert!(found[0]
            .1
            .contains("no connection it opens leaves the host"));
        forwarded.network.nat.forward_destinations =
            HostValue::Known(vec!["10.231.136.20:22".to_owned()]);
        let found = messages(check, &forwarded);
        assert_eq!(found.len(), 1);
        assert!(
            found[0].1.contains("its traffic never leaves the host"),
            "10.231.136.20 is another address"
        );
    }

    #[test]
    fn nat_settings_without_enable_are_flagged_for_the_containers_they_name() {
        let mut host = host(&["ve-+"], false);
        host.network.nat.enable = HostValue::Known(false);
        let found = messages(check, &host);
        assert_eq!(found.len(), 1);
        assert!(found[0].1.contains("networking.nat.enable is not set"));
    }
}
