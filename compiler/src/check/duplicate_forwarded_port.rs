//! C206: one host port and protocol forwarded twice.
//!
//! **What it flags.** Two `forwardPorts` entries, in one container or in two (with
//! `privateNetwork`, where NixOS uses them), with the same `protocol` and `hostPort`. An
//! error in one container, or when two of the containers start with the host
//! (`autoStart`); a warning when at most one does: containers started by hand may be
//! alternatives that never run at once (two gateways, one port).
//!
//! **Why it matters.** systemd-nspawn's `--port=` installs a DNAT rule on the host for the
//! host port that sends its traffic to one container. With two such rules only the first
//! one matches: the other container never sees a connection, and which one wins depends on
//! which container started first.
//!
//! **Example.**
//!
//! ```nix
//! containers.blue = { privateNetwork = true; forwardPorts = [ { hostPort = 8080; containerPort = 80; } ]; config = { }; };
//! containers.green = { privateNetwork = true; forwardPorts = [ { hostPort = 8080; containerPort = 80; } ]; config = { }; };
//! ```
//!
//! **Fix.** Forward a different host port to the second container (`hostPort = 8081`).

use std::collections::BTreeMap;

use lib_nix::{Diagnostic, Severity, Span};

use super::{finding, Context};

pub(super) const CODE: &str = "C206";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    // Each forward as (container, index in its forwardPorts), located only if reported.
    let mut forwards: BTreeMap<(&str, u16), Vec<(&str, usize)>> = BTreeMap::new();
    for container in context.host.containers.values() {
        if !container.private_network {
            continue;
        }
        let name = container.name.as_str();
        for (index, port) in container.network.forward_ports.iter().enumerate() {
            forwards
                .entry((port.protocol.as_str(), port.host_port))
                .or_default()
                .push((name, index));
        }
    }
    for ((protocol, port), uses) in forwards {
        if uses.len() < 2 {
            continue;
        }
        let uses: Vec<(&str, Span)> = uses
            .into_iter()
            .map(|(name, index)| {
                let span =
                    context
                        .spans
                        .list_element(name, &["forwardPorts"], index, &["hostPort"]);
                (name, span)
            })
            .collect();
        let (primary, others) = uses.split_last().expect("at least two forwards");
        let mut names: Vec<String> = uses
            .iter()
            .map(|(name, _)| format!("containers.{name}"))
            .collect();
        names.dedup();
        let message = if names.len() == 1 {
            format!(
                "host port {port}/{protocol} is forwarded twice by {}",
                names[0]
            )
        } else {
            format!(
                "host port {port}/{protocol} is forwarded to more than one container: {}",
                names.join(", ")
            )
        };
        // The rule is installed when a container starts: containers that do not start
        // with the host conflict only if someone runs them at the same time.
        let started_with_host = names
            .iter()
            .filter(|name| {
                let name = name.trim_start_matches("containers.");
                context
                    .host
                    .containers
                    .values()
                    .any(|c| c.name == name && c.auto_start)
            })
            .count();
        let severity = if names.len() == 1 || started_with_host >= 2 {
            Severity::Error
        } else {
            Severity::Warning
        };
        let mut diagnostic = finding(CODE, severity, message, primary.1)
            .with_note("the host's DNAT rule for a port can send its traffic to one container only; the first rule installed wins")
            .with_help("forward a different host port for each container");
        if severity == Severity::Warning {
            diagnostic = diagnostic.with_note(
                "at most one of these containers starts with the host (autoStart): they conflict only when they run at the same time",
            );
        }
        for (name, span) in others {
            diagnostic = diagnostic.with_label(
                *span,
                format!("{port}/{protocol} is also forwarded to containers.{name} here"),
            );
        }
        out.push(diagnostic);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, host_of, messages};
    use crate::model::{ContainerConfig, ForwardPort};

    fn forwarding(name: &str, ports: &[(&str, u16)]) -> ContainerConfig {
        let mut c = container(name);
        c.private_network = true;
        c.network.forward_ports = ports
            .iter()
            .map(|(protocol, host_port)| ForwardPort {
                protocol: (*protocol).to_owned(),
                host_port: *host_port,
                container_port: None,
            })
            .collect();
        c
    }

    #[test]
    fn the_same_port_and_protocol_twice() {
        let host = host_of(vec![
            forwarding("a", &[("tcp", 80), ("udp", 53)]),
            forwarding("b", &[("tcp", 80), ("tcp", 53)]),
        ]);
        let found = messages(check, &host);
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(
            found[0].1,
            "host port 80/tcp is forwarded to more than one container: containers.a, containers.b"
        );
        let host = host_of(vec![
            forwarding("a", &[("tcp", 80)]),
            forwarding("b", &[("tcp", 80)]),
        ]);
        let spans = crate::check::DefinitionSpans::default();
        let mut out = Vec::new();
        check(&Context::new(&host, &spans), &mut out);
        assert_eq!(
            out[0].severity(),
            Severity::Warning,
            "neither starts with the host"
        );
        let started = |name: &str| {
            let mut c = forwarding(name, &[("tcp", 80)]);
            c.auto_start = true;
            c
        };
        let host = host_of(vec![started("a"), started("b")]);
        let spans = crate::check::DefinitionSpans::default();
        let mut out = Vec::new();
        check(&Context::new(&host, &spans), &mut out);
        assert_eq!(
            out[0].severity(),
            Severity::Error,
            "both start with the host"
        );
        let host = host_of(vec![forwarding("a", &[("tcp", 80), ("tcp", 80)])]);
        assert_eq!(
            messages(check, &host)[0].1,
            "host port 80/tcp is forwarded twice by containers.a"
        );
    }
}
