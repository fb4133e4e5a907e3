//! C218: a forwarded port that the container's own firewall blocks.
//!
//! **What it flags.** A `forwardPorts` entry (of a container with `privateNetwork` and a
//! `config`) whose container port (`containerPort`, else `hostPort`) the container's own
//! NixOS firewall does not open, while that firewall is enabled (`networking.firewall.enable`
//! defaults to true inside containers too). A port counts as open when it is in
//! `networking.firewall.allowedTCPPorts` or `allowedUDPPorts` for its protocol, or, for
//! TCP, in `services.openssh.ports` with `services.openssh.enable` and its
//! `openFirewall` (the default).
//!
//! The container's configuration may open ports in ways ncc does not check (another
//! service's `openFirewall`, `networking.firewall.allowedTCPPortRanges`,
//! `trustedInterfaces`, `extraCommands`...). When any option whose name contains
//! `firewall` or `openFirewall` is among the unchecked ones, or an unchecked option sets
//! one below it (`services.immich.openFirewall = true`), or another whose name says it
//! opens ports (`services.syncthing.openDefaultPorts = true`, transmission's
//! `openPeerPorts`), or the configuration imports a
//! module ncc does not evaluate (a mail server's from a flake input, which opens its
//! ports itself), the rule stays silent rather than guess.
//!
//! **Why it matters.** systemd-nspawn forwards the host port into the container, where
//! the firewall drops the packets: the service looks up but is unreachable from outside.
//!
//! **Example.**
//!
//! ```nix
//! containers.web = {
//!   privateNetwork = true;
//!   hostAddress = "10.231.136.1";
//!   localAddress = "10.231.136.2";
//!   forwardPorts = [ { hostPort = 8080; containerPort = 80; } ];
//!   config = { services.nginx.enable = true; };
//! };
//! ```
//!
//! **Fix.** Open the port inside the container: `config.networking.firewall.allowedTCPPorts
//! = [ 80 ];`.

use lib_nix::{Diagnostic, Severity};

use super::{finding, Context};
use crate::model::InnerConfig;

pub(super) const CODE: &str = "C218";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    for container in context.host.containers.values() {
        if !container.private_network {
            continue;
        }
        let Some(inner) = &container.inner else {
            continue;
        };
        if !inner.firewall_enable || inner.unchecked_opens_ports || opens_ports_unchecked(inner) {
            continue;
        }
        let name = container.name.as_str();
        for (index, port) in container.network.forward_ports.iter().enumerate() {
            let container_port = port.container_port.unwrap_or(port.host_port);
            let (open, option) = match port.protocol.as_str() {
                "tcp" => (
                    inner.allowed_tcp_ports.contains(&container_port)
                        || (inner.openssh_enable
                            && inner.openssh_open_firewall
                            && inner.openssh_ports.contains(&container_port)),
                    "allowedTCPPorts",
                ),
                "udp" => (
                    inner.allowed_udp_ports.contains(&container_port),
                    "allowedUDPPorts",
                ),
                _ => continue,
            };
            if open {
                continue;
            }
            let field = if port.container_port.is_some() {
                "containerPort"
            } else {
                "hostPort"
            };
            let span = context
                .spans
                .list_element(name, &["forwardPorts"], index, &[field]);
            let protocol = port.protocol.to_ascii_uppercase();
            out.push(
                finding(
                    CODE,
                    Severity::Warning,
                    format!(
                        "{protocol} port {container_port} is forwarded into containers.{name}, but the container's firewall does not open it",
                    ),
                    span,
                )
                .with_note(format!(
                    "containers.{name}.config has networking.firewall enabled (the default), and {container_port} is not in networking.firewall.{option}"
                ))
                .with_help(format!(
                    "open it in the container: `config.networking.firewall.{option} = [ {container_port} ];`, or disable the container's firewall"
                )),
            );
        }
    }
}

/// True when the container's configuration sets options ncc does not check that may open
/// ports (`services.*.openFirewall`, `networking.firewall.allowedTCPPortRanges`, ...).
fn opens_ports_unchecked(inner: &InnerConfig) -> bool {
    inner
        .unchecked
        .iter()
        .any(|option| option.contains("firewall") || option.contains("openFirewall"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, host_of, messages};
    use crate::model::ForwardPort;

    fn forwarding(
        inner: InnerConfig,
        ports: &[(&str, u16, Option<u16>)],
    ) -> crate::model::ContainerConfig {
        let mut web = container("web");
        web.private_network = true;
        web.inner = Some(inner);
        web.network.forward_ports = ports
            .iter()
            .map(|(protocol, host_port, container_port)| ForwardPort {
                protocol: (*protocol).to_owned(),
                host_port: *host_port,
                container_port: *container_port,
            })
            .collect();
        web
    }

    fn firewall() -> InnerConfig {
        InnerConfig {
            firewall_enable: true,
            openssh_ports: vec![22],
            openssh_open_firewall: true,
            ..InnerConfig::default()
        }
    }

    #[test]
    fn closed_ports_are_reported_open_ones_are_not() {
        let inner = InnerConfig {
            allowed_tcp_ports: vec![80],
            ..firewall()
        };
        let web = forwarding(
            inner,
            &[
                ("tcp", 8080, Some(80)),
                ("udp", 5353, None),
                ("tcp", 2222, Some(22)),
            ],
        );
        let found = messages(check, &host_of(vec![web]));
        let ports: Vec<&str> = found
            .iter()
            .map(|(_, m)| m.split(" is forwarded").next().unwrap())
            .collect();
        assert_eq!(ports, ["UDP port 5353", "TCP port 22"]);
    }

    #[test]
    fn ssh_opens_its_ports_and_a_disabled_firewall_opens_all() {
        let ssh = InnerConfig {
            openssh_enable: true,
            ..firewall()
        };
        assert!(messages(
            check,
            &host_of(vec![forwarding(ssh, &[("tcp", 2222, Some(22))])])
        )
        .is_empty());
        let off = InnerConfig {
            firewall_enable: false,
            ..firewall()
        };
        assert!(messages(check, &host_of(vec![forwarding(off, &[("tcp", 80, None)])])).is_empty());
    }

    #[test]
    fn an_unchecked_service_opening_its_firewall_silences_the_rule() {
        let inner = InnerConfig {
            unchecked: vec!["containers.web.services.immich".to_owned()],
            unchecked_opens_ports: true,
            ..firewall()
        };
        assert!(messages(
            check,
            &host_of(vec![forwarding(inner, &[("tcp", 2283, None)])])
        )
        .is_empty());
    }

    #[test]
    fn unchecked_firewall_options_silence_the_rule() {
        let inner = InnerConfig {
            unchecked: vec!["containers.web.services.nginx.openFirewall".to_owned()],
            ..firewall()
        };
        assert!(messages(
            check,
            &host_of(vec![forwarding(inner, &[("tcp", 80, None)])])
        )
        .is_empty());
    }
}
