//! C203: `hostAddress`, `hostAddress6`, `localAddress` or `localAddress6` that is not an
//! IP address of its kind, or has a prefix length where NixOS cannot use one.
//!
//! **What it flags.** For the container's own veth pair (with `privateNetwork`) and for
//! each of its `extraVeths`:
//!
//! - `hostAddress` and `localAddress` must be IPv4 addresses, `hostAddress6` and
//!   `localAddress6` IPv6 addresses (as Rust's `std::net` parses them: dotted quads, and
//!   RFC 4291 text without a zone);
//! - only `localAddress` and `localAddress6` may carry a prefix length (`/24`), and only
//!   with a `hostBridge`, as the option descriptions say.
//!
//! An IPv4 address `ip` reads though it is not written as four decimal numbers
//! (`10.50.01.2`, `10.1`, `0x0a.0.0.1`: iproute2 takes each part as C's `strtoul` does,
//! octal after a leading `0`, and fills missing parts with zeros) works, but may not be the
//! address meant (`10.0.0.010` is 10.0.0.8): a warning names the address `ip` uses.
//!
//! Addresses of a container without `privateNetwork` are never used (C207 says so) and are
//! not checked here.
//!
//! **Why it matters.** NixOS passes the values to `ip` without checking them. A host name
//! or a typo (`10.0.0.256`) makes `ip addr add` fail in the container's start, and the
//! container does not start. A prefix length breaks the routes: without a bridge the
//! host runs `ip route add <localAddress> dev ve-<name>` and the container runs
//! `ip route add <hostAddress> dev eth0` and `ip route add default via <hostAddress>`;
//! `ip` refuses `10.0.0.2/24` there ("Invalid prefix for given prefix length") and a
//! prefix in a gateway.
//!
//! **Example.**
//!
//! ```nix
//! containers.web = {
//!   privateNetwork = true;
//!   hostAddress = "10.0.0.1/24";
//!   localAddress = "10.0.0.2/24";
//!   config = { };
//! };
//! ```
//!
//! **Fix.** Write plain addresses (`hostAddress = "10.0.0.1"; localAddress =
//! "10.0.0.2";`); give `localAddress` a prefix only when the container sits on a bridge.

use std::net::{IpAddr, Ipv4Addr};

use lib_nix::{Diagnostic, Severity};

use super::{
    finding, has_control_character, quoted, stands_in, ContainerOption, Context, DefinitionSpans,
};
use crate::model::NetworkOptions;

pub(super) const CODE: &str = "C203";

/// One address option of a veth pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum AddressOption {
    Host,
    Host6,
    Local,
    Local6,
}

impl AddressOption {
    pub(super) const ALL: [AddressOption; 4] = [
        AddressOption::Host,
        AddressOption::Host6,
        AddressOption::Local,
        AddressOption::Local6,
    ];

    pub(super) fn name(self) -> &'static str {
        match self {
            AddressOption::Host => "hostAddress",
            AddressOption::Host6 => "hostAddress6",
            AddressOption::Local => "localAddress",
            AddressOption::Local6 => "localAddress6",
        }
    }

    pub(super) fn value(self, network: &NetworkOptions) -> Option<&str> {
        match self {
            AddressOption::Host => network.host_address.as_deref(),
            AddressOption::Host6 => network.host_address6.as_deref(),
            AddressOption::Local => network.local_address.as_deref(),
            AddressOption::Local6 => network.local_address6.as_deref(),
        }
    }

    fn wants_ipv6(self) -> bool {
        matches!(self, AddressOption::Host6 | AddressOption::Local6)
    }

    pub(super) fn is_local(self) -> bool {
        matches!(self, AddressOption::Local | AddressOption::Local6)
    }
}

/// One veth pair of a container: its own (`privateNetwork`) or an extra one.
pub(super) struct VethPair<'a> {
    /// The option path of the pair's options, `[]` or `["extraVeths", "<key>"]`.
    pub(super) path: Vec<&'a str>,
    pub(super) network: &'a NetworkOptions,
}

/// The veth pairs of a container whose addresses NixOS uses.
pub(super) fn veth_pairs(container: &crate::model::ContainerConfig) -> Vec<VethPair<'_>> {
    let mut pairs = Vec::new();
    if container.private_network {
        pairs.push(VethPair {
            path: Vec::new(),
            network: &container.network,
        });
    }
    for (key, network) in &container.extra_veths {
        pairs.push(VethPair {
            path: vec!["extraVeths", key.as_str()],
            network,
        });
    }
    pairs
}

/// An address with its optional prefix length, if `text` is one.
pub(super) fn parse_address(text: &str) -> Option<(IpAddr, Option<u8>)> {
    let (address, prefix) = match text.split_once('/') {
        Some((address, prefix)) => (address, Some(prefix)),
        None => (text, None),
    };
    let address: IpAddr = match address.parse() {
        Ok(address) => address,
        Err(_) => IpAddr::V4(ip_reads_ipv4(address)?),
    };
    let prefix = match prefix {
        None => None,
        Some(digits) => {
            if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit())
            {
                return None;
            }
            let length: u8 = digits.parse().ok()?;
            let max = if address.is_ipv4() { 32 } else { 128 };
            if length > max {
                return None;
            }
            Some(length)
        }
    };
    Some((address, prefix))
}

/// The IPv4 address iproute2's `ip` reads in `text` (`get_addr_ipv4`): one to four parts
/// separated by dots, each decimal, octal after a leading `0` or hexadecimal after `0x`,
/// at most 255; the parts not written are zero.
fn ip_reads_ipv4(text: &str) -> Option<Ipv4Addr> {
    let parts: Vec<&str> = text.split('.').collect();
    if parts.len() > 4 {
        return None;
    }
    let mut octets = [0u8; 4];
    for (octet, part) in octets.iter_mut().zip(&parts) {
        let (digits, radix) =
            if let Some(hex) = part.strip_prefix("0x").or_else(|| part.strip_prefix("0X")) {
                (hex, 16)
            } else if part.len() > 1 && part.starts_with('0') {
                (&part[1..], 8)
            } else {
                (*part, 10)
            };
        if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
            return None;
        }
        *octet = u8::try_from(u64::from_str_radix(digits, radix).ok()?).ok()?;
    }
    Some(Ipv4Addr::from(octets))
}

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    for container in context.host.containers.values() {
        let name = container.name.as_str();
        for pair in veth_pairs(container) {
            for option in AddressOption::ALL {
                let Some(value) = option.value(pair.network) else {
                    continue;
                };
                if has_control_character(value) || stands_in(value) {
                    continue;
                }
                let mut path = pair.path.clone();
                path.push(option.name());
                let at = ContainerOption {
                    container: name,
                    path,
                };
                if let Some(diagnostic) = inspect(
                    option,
                    value,
                    pair.network.host_bridge.is_some(),
                    &at,
                    context.spans,
                ) {
                    out.push(diagnostic);
                }
            }
        }
    }
}

fn inspect(
    option: AddressOption,
    value: &str,
    bridged: bool,
    at: &ContainerOption,
    spans: &DefinitionSpans,
) -> Option<Diagnostic> {
    let family = if option.wants_ipv6() { "IPv6" } else { "IPv4" };
    let error = |message: String, help: String| {
        Some(finding(CODE, Severity::Error, message, at.span(spans)).with_help(help))
    };
    let Some((address, prefix)) = parse_address(value) else {
        let shown = at.name();
        return error(
            format!("{shown} is not an {family} address: {}", quoted(value)),
            format!(
                "write an {family} address such as `{}`",
                if option.wants_ipv6() {
                    "fc00::2"
                } else {
                    "10.231.136.2"
                }
            ),
        );
    };
    if address.is_ipv6() != option.wants_ipv6() {
        let shown = at.name();
        let other = if option.wants_ipv6() {
            option.name().trim_end_matches('6').to_owned()
        } else {
            format!("{}6", option.name())
        };
        return error(
            format!(
                "{shown} is an {} address, but it takes an {family} address: {}",
                if address.is_ipv6() { "IPv6" } else { "IPv4" },
                quoted(value)
            ),
            format!("move the address to `{other}`"),
        );
    }
    let plain = value.split('/').next().unwrap_or(value);
    let Some(length) = prefix.filter(|_| !(option.is_local() && bridged)) else {
        if address.is_ipv4() && address.to_string() != plain {
            let message = format!(
                "{} is written {}, which ip reads as {address}",
                at.name(),
                quoted(plain)
            );
            return Some(
                finding(CODE, Severity::Warning, message, at.span(spans))
                    .with_help(format!("write `{address}`")),
            );
        }
        return None;
    };
    let reason = if option.is_local() {
        format!("without hostBridge the host routes to it with `ip route add {value} dev <veth>`, which ip refuses for an address with a prefix length")
    } else {
        format!("the container routes to it with `ip route add {value} dev <veth>` and `ip route add default via {value}`, which ip refuses")
    };
    error(
        format!(
            "{} has a prefix length (/{length}), which NixOS cannot use here: {reason}",
            at.name()
        ),
        if option.is_local() {
            format!("write `{plain}`, or put the container on a bridge with `hostBridge`")
        } else {
            format!("write `{plain}`")
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, host_of, messages};

    #[test]
    fn addresses_parse_with_optional_prefixes() {
        assert!(parse_address("10.0.0.1").is_some());
        assert_eq!(parse_address("10.0.0.1/24").map(|(_, p)| p), Some(Some(24)));
        assert!(parse_address("fc00::1/64").is_some());
        // As `ip` reads them (checked with iproute2 6.1's `ip route get`).
        for (written, read) in [
            ("10.50.01.2", "10.50.1.2"),
            ("10.50.010.2", "10.50.8.2"),
            ("10.0.0", "10.0.0.0"),
            ("10.1", "10.1.0.0"),
            ("0x0a.0.0.1", "10.0.0.1"),
        ] {
            assert_eq!(
                parse_address(written).map(|(address, _)| address.to_string()),
                Some(read.to_owned()),
                "{written}"
            );
        }
        for bad in [
            "10.0.0.256",
            "10.50.08.2",
            "10.0.0.1.5",
            "10..0.1",
            "0x.0.0.1",
            "host.example",
            "10.0.0.1/33",
            "10.0.0.1/",
            "10.0.0.1/+1",
            "fc00::1/129",
            "fe80::1%eth0",
            " 10.0.0.1",
        ] {
            assert!(parse_address(bad).is_none(), "{bad}");
        }
    }

    #[test]
    fn families_and_prefixes_are_checked_per_option() {
        let mut web = container("web");
        web.private_network = true;
        web.network.host_address = Some("10.0.0.1/24".to_owned());
        web.network.local_address = Some("fc00::2".to_owned());
        web.network.local_address6 = Some("fc00::2/64".to_owned());
        web.network.host_address6 = Some("fc00::1".to_owned());
        let found = messages(check, &host_of(vec![web.clone()]));
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(found[0]
            .1
            .starts_with("containers.web.hostAddress has a prefix length (/24)"));
        assert!(found[1]
            .1
            .starts_with("containers.web.localAddress is an IPv6 address"));
        assert!(found[2]
            .1
            .starts_with("containers.web.localAddress6 has a prefix length (/64)"));

        web.network.host_bridge = Some("br0".to_owned());
        web.network.host_address = None;
        web.network.local_address = Some("192.168.1.5/24".to_owned());
        assert!(messages(check, &host_of(vec![web.clone()])).is_empty());

        web.private_network = false;
        web.network.local_address = Some("nonsense".to_owned());
        assert!(messages(check, &host_of(vec![web])).is_empty());
    }
}
