//! C204: a `localMacAddress` that is a multicast address, or all zeros.
//!
//! **What it flags.** The container's `localMacAddress` (used with `privateNetwork`) when
//! the lowest bit of its first octet is set (a multicast or broadcast address, such as
//! `01:00:5e:00:00:01` or `ff:ff:ff:ff:ff:ff`), or when it is `00:00:00:00:00:00`. The
//! option's type already checks the `xx:xx:xx:xx:xx:xx` shape.
//!
//! **Why it matters.** An interface needs a unicast address. Inside the container NixOS runs
//! `ip link set dev eth0 address <localMacAddress>`, which the kernel refuses for these
//! addresses ("Cannot assign requested address"); the container's start fails.
//!
//! **Example.**
//!
//! ```nix
//! containers.web = {
//!   privateNetwork = true;
//!   localMacAddress = "01:23:45:67:89:ab";
//!   config = { };
//! };
//! ```
//!
//! **Fix.** Use a unicast address. For a made-up one, clear the lowest bit of the first
//! octet and set the next one (locally administered): `02:23:45:67:89:ab`.

use lib_nix::{Diagnostic, Severity};

use super::{finding, has_control_character, quoted, Context};

pub(super) const CODE: &str = "C204";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    for container in context.host.containers.values() {
        if !container.private_network {
            continue;
        }
        let Some(mac) = &container.network.local_mac_address else {
            continue;
        };
        if has_control_character(mac) {
            continue;
        }
        let Some(octets) = parse_mac(mac) else {
            continue;
        };
        let problem = if octets.iter().all(|o| *o == 0) {
            "is all zeros"
        } else if octets[0] & 1 == 1 {
            "is a multicast address (the lowest bit of its first octet is set)"
        } else {
            continue;
        };
        let name = container.name.as_str();
        let suggestion = format!("{:02x}{}", (octets[0] & 0xfe) | 0x02, &mac[2..]);
        out.push(
            finding(
                CODE,
                Severity::Error,
                format!("containers.{name}.localMacAddress {problem}: {}; an interface needs a unicast address", quoted(mac)),
                context.spans.option(name, &["localMacAddress"]),
            )
            .with_note("inside the container `ip link set dev eth0 address …` would fail, and the container with it")
            .with_help(format!("use a unicast address, for example the locally administered `{suggestion}`")),
        );
    }
}

/// The six octets of `xx:xx:xx:xx:xx:xx`.
fn parse_mac(text: &str) -> Option<[u8; 6]> {
    let mut octets = [0u8; 6];
    let mut parts = text.split(':');
    for octet in &mut octets {
        let part = parts.next()?;
        if part.len() != 2 {
            return None;
        }
        *octet = u8::from_str_radix(part, 16).ok()?;
    }
    parts.next().is_none().then_some(octets)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, host_of, messages};

    #[test]
    fn multicast_and_zero_addresses_are_refused() {
        let with_mac = |name: &str, mac: &str| {
            let mut c = container(name);
            c.private_network = true;
            c.network.local_mac_address = Some(mac.to_owned());
            c
        };
        let host = host_of(vec![
            with_mac("a", "01:23:45:67:89:ab"),
            with_mac("b", "ff:ff:ff:ff:ff:ff"),
            with_mac("c", "00:00:00:00:00:00"),
            with_mac("d", "02:23:45:67:89:ab"),
            with_mac("e", "de:b7:73:01:10:90"),
        ]);
        let found = messages(check, &host);
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0].1.contains("multicast"));
    }
}
