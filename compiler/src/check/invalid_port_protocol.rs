//! C217: a `forwardPorts` protocol other than `tcp` or `udp`.
//!
//! **What it flags.** A `forwardPorts.*.protocol` (of a container with `privateNetwork`,
//! where NixOS uses it) that is not exactly `tcp` or `udp`. The option is a free string
//! in NixOS.
//!
//! **Why it matters.** NixOS writes `HOST_PORT=<protocol>:<hostPort>:<containerPort>`, and
//! systemd-nspawn's `--port=` knows only these two lowercase protocols: with `TCP` or
//! `sctp` it refuses to start ("Failed to parse host port"). A `,` or `:` in the protocol
//! would also split the list the start script reads.
//!
//! **Example.**
//!
//! ```nix
//! containers.dns = {
//!   privateNetwork = true;
//!   forwardPorts = [ { protocol = "UDP"; hostPort = 53; } ];
//!   config = { };
//! };
//! ```
//!
//! **Fix.** Write `"tcp"` or `"udp"`; forward a port twice for both.

use lib_nix::{Diagnostic, Severity};

use super::{finding, has_control_character, quoted, Context};

pub(super) const CODE: &str = "C217";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    for container in context.host.containers.values() {
        if !container.private_network {
            continue;
        }
        let name = container.name.as_str();
        for (index, port) in container.network.forward_ports.iter().enumerate() {
            let protocol = port.protocol.as_str();
            if protocol == "tcp" || protocol == "udp" || has_control_character(protocol) {
                continue;
            }
            let option =
                context
                    .spans
                    .list_option_name(name, &["forwardPorts"], index, &["protocol"]);
            let lower = protocol.to_ascii_lowercase();
            let help = if lower == "tcp" || lower == "udp" {
                format!("write it in lower case: \"{lower}\"")
            } else {
                "use \"tcp\" or \"udp\"; forward the port twice to forward both".to_owned()
            };
            out.push(
                finding(
                    CODE,
                    Severity::Error,
                    format!("{option} is {}, but systemd-nspawn forwards only \"tcp\" and \"udp\"", quoted(protocol)),
                    context.spans.list_element(name, &["forwardPorts"], index, &["protocol"]),
                )
                .with_note("systemd-nspawn refuses to start with any other protocol in --port= (\"Failed to parse host port\")")
                .with_help(help),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, host_of, messages};
    use crate::model::ForwardPort;

    #[test]
    fn only_lowercase_tcp_and_udp() {
        let mut dns = container("dns");
        dns.private_network = true;
        dns.network.forward_ports = ["tcp", "udp", "UDP", "sctp"]
            .iter()
            .map(|p| ForwardPort {
                protocol: (*p).to_owned(),
                host_port: 53,
                container_port: None,
            })
            .collect();
        let found = messages(check, &host_of(vec![dns]));
        assert_eq!(found.len(), 2);
        assert!(
            found[0]
                .1
                .starts_with("containers.dns.forwardPorts.*.protocol is \"UDP\""),
            "{found:?}"
        );
    }
}
