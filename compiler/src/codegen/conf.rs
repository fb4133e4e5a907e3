//! `etc/<nixos-containers|containers>/<name>.conf`: the `EnvironmentFile` of one container,
//! byte for byte the text NixOS's `environment.etc."<dir>/<name>.conf".text` produces
//! (spec §4.2, §4.3).
//!
//! The NixOS generator is an indented string in which every conditional slot sits on a line
//! of its own, so each slot leaves one `\n` behind whether or not it fires. The renderer
//! below mirrors that string line for line, which keeps the blank lines right by
//! construction. Values are written raw, as Nix interpolates them: only `INTERFACES`,
//! `MACVLANS` and `EXTRA_NSPAWN_FLAGS` are wrapped in double quotes.

use crate::model::{BindMount, ContainerConfig, ForwardPort, HostConfig, SystemSource};
use crate::plan::{Artifact, ArtifactKind};

/// The conf file of every container of `host`, given their texts ([`render`]) in the
/// order of `host.containers`.
pub(crate) fn artifacts(host: &HostConfig, texts: Vec<String>) -> Vec<Artifact> {
    debug_assert_eq!(texts.len(), host.containers.len(), "one text per container");
    host.containers
        .values()
        .zip(texts)
        .map(|(container, text)| Artifact {
            path: conf_path(host, &container.name),
            kind: ArtifactKind::File {
                contents: text,
                mode: 0o644,
            },
        })
        .collect()
}

/// `etc/nixos-containers/<name>.conf`, or `etc/containers/<name>.conf` on a host whose
/// `system.stateVersion` is older than 22.05.
pub(crate) fn conf_path(host: &HostConfig, name: &str) -> String {
    format!("etc/{}/{name}.conf", host.configuration_directory_name())
}

/// The text of one container's conf file.
pub(crate) fn render(container: &ContainerConfig) -> String {
    let mut text = String::new();

    // `${optionalString (cfg.flake == null) "SYSTEM_PATH=${cfg.path}\n"}`. The `config`
    // route has no store path ncc could name, so the line is left out and the container
    // boots its per-container profile (DESIGN.md §4.5); the slot's newline stays.
    let system_path_line = match &container.system {
        SystemSource::Path(path) => format!("SYSTEM_PATH={path}\n"),
        SystemSource::Config | SystemSource::Flake(_) => String::new(),
    };
    push_slot(&mut text, &system_path_line);

    let flake_line = match &container.system {
        SystemSource::Flake(flake) => format!("FLAKE={flake}\n"),
        SystemSource::Config | SystemSource::Path(_) => String::new(),
    };
    push_slot(&mut text, &flake_line);

    let copy_resolv_conf = if container.copy_resolv_conf { "1" } else { "0" };
    text.push_str(&format!("COPY_RESOLV_CONF={copy_resolv_conf}\n"));

    let private_network_block = if container.private_network {
        render_private_network_block(container)
    } else {
        String::new()
    };
    push_slot(&mut text, &private_network_block);

    let network_namespace_line =
        optional_line("NETWORK_NAMESPACE_PATH", &container.network_namespace);
    push_slot(&mut text, &network_namespace_line);

    text.push_str(&format!(
        "PRIVATE_USERS={}\n",
        container.private_users.as_conf_value()
    ));
    text.push_str(&format!(
        "INTERFACES=\"{}\"\n",
        container.interfaces.join(" ")
    ));
    text.push_str(&format!("MACVLANS=\"{}\"\n", container.macvlans.join(" ")));

    let auto_start_line = if container.auto_start {
        "AUTO_START=1\n"
    } else {
        ""
    };
    push_slot(&mut text, auto_start_line);

    text.push_str(&format!(
        "EXTRA_NSPAWN_FLAGS=\"{}\"\n",
        extra_nspawn_flags(container)
    ));
    text
}

/// The value of `EXTRA_NSPAWN_FLAGS`: one ` --bind[-ro]=…` per bind mount in key order
/// (`attrValues` sorts by name), then a space and the `extraFlags` joined by spaces.
pub(crate) fn extra_nspawn_flags(container: &ContainerConfig) -> String {
    let mut flags: String = container.bind_mounts.values().map(bind_flag).collect();
    if !container.extra_flags.is_empty() {
        flags.push(' ');
        flags.push_str(&container.extra_flags.join(" "));
    }
    flags
}

/// `mkBindFlag`: ` --bind-ro=<hostPath>:<mountPoint>`, or just the mount point when the
/// host path is null.
fn bind_flag(bind: &BindMount) -> String {
    let prefix = if bind.is_read_only {
        " --bind-ro="
    } else {
        " --bind="
    };
    match &bind.host_path {
        Some(host_path) => format!("{prefix}{host_path}:{}", bind.mount_point),
        None => format!("{prefix}{}", bind.mount_point),
    }
}

/// The `optionalString cfg.privateNetwork ''…''` block: `PRIVATE_NETWORK=1` and seven
/// slots, each followed by the newline its own line leaves.
fn render_private_network_block(container: &ContainerConfig) -> String {
    let network = &container.network;
    let host_port = (!network.forward_ports.is_empty()).then(|| {
        network
            .forward_ports
            .iter()
            .map(port_string)
            .collect::<Vec<_>>()
            .join(",")
    });
    let mut block = String::from("PRIVATE_NETWORK=1\n");
    push_slot(
        &mut block,
        &optional_line("HOST_BRIDGE", &network.host_bridge),
    );
    push_slot(&mut block, &optional_line("HOST_PORT", &host_port));
    push_slot(
        &mut block,
        &optional_line("HOST_ADDRESS", &network.host_address),
    );
    push_slot(
        &mut block,
        &optional_line("HOST_ADDRESS6", &network.host_address6),
    );
    push_slot(
        &mut block,
        &optional_line("LOCAL_ADDRESS", &network.local_address),
    );
    push_slot(
        &mut block,
        &optional_line("LOCAL_ADDRESS6", &network.local_address6),
    );
    push_slot(
        &mut block,
        &optional_line("LOCAL_MAC_ADDRESS", &network.local_mac_address),
    );
    block
}

/// `mkPortStr`: `<protocol>:<hostPort>:<containerPort>`, the container port defaulting to
/// the host port.
fn port_string(port: &ForwardPort) -> String {
    let container_port = port.container_port.unwrap_or(port.host_port);
    format!("{}:{}:{container_port}", port.protocol, port.host_port)
}

fn optional_line(key: &str, value: &Option<String>) -> String {
    match value {
        Some(value) => format!("{key}={value}\n"),
        None => String::new(),
    }
}

/// A line of the Nix string that holds only `${…}`: its content, then the line's newline.
fn push_slot(text: &mut String, slot: &str) {
    text.push_str(slot);
    text.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{NetworkOptions, PrivateUsers};
    use std::collections::BTreeMap;

    fn container(system: SystemSource) -> ContainerConfig {
        ContainerConfig::with_defaults("foo", system)
    }

    fn host(state_version: &str, containers: Vec<ContainerConfig>) -> HostConfig {
        HostConfig {
            network: Default::default(),
            container_units: Default::default(),
            state_version: state_version.to_owned(),
            enable_containers: true,
            containers: containers
                .into_iter()
                .map(|container| (container.name.clone(), container))
                .collect(),
        }
    }

    #[test]
    fn minimal_example_of_the_spec() {
        let conf = render(&container(SystemSource::Path(
            "/nix/store/aaaa-nixos-system-foo-25.11".to_owned(),
        )));
        assert_eq!(
            conf,
            "SYSTEM_PATH=/nix/store/aaaa-nixos-system-foo-25.11\n\
             \n\
             \n\
             COPY_RESOLV_CONF=1\n\
             \n\
             \n\
             PRIVATE_USERS=no\n\
             INTERFACES=\"\"\n\
             MACVLANS=\"\"\n\
             \n\
             EXTRA_NSPAWN_FLAGS=\"\"\n"
        );
    }

    #[test]
    fn config_route_omits_system_path_but_keeps_its_blank_line() {
        let conf = render(&container(SystemSource::Config));
        assert_eq!(
            conf,
            "\n\nCOPY_RESOLV_CONF=1\n\n\nPRIVATE_USERS=no\nINTERFACES=\"\"\nMACVLANS=\"\"\n\nEXTRA_NSPAWN_FLAGS=\"\"\n"
        );
    }

    #[test]
    fn flake_route_writes_flake_and_no_system_path() {
        let mut foo = container(SystemSource::Flake("github:me/cfg#foo".to_owned()));
        foo.copy_resolv_conf = false;
        assert_eq!(
            render(&foo),
            "\nFLAKE=github:me/cfg#foo\n\nCOPY_RESOLV_CONF=0\n\n\nPRIVATE_USERS=no\nINTERFACES=\"\"\nMACVLANS=\"\"\n\nEXTRA_NSPAWN_FLAGS=\"\"\n"
        );
    }

    #[test]
    fn full_private_network() {
        let mut foo = container(SystemSource::Path("/nix/store/sys".to_owned()));
        foo.private_network = true;
        foo.auto_start = true;
        foo.network = NetworkOptions {
            host_bridge: Some("br0".to_owned()),
            forward_ports: vec![
                ForwardPort {
                    protocol: "tcp".to_owned(),
                    host_port: 8080,
                    container_port: Some(80),
                },
                ForwardPort {
                    protocol: "udp".to_owned(),
                    host_port: 53,
                    container_port: None,
                },
            ],
            host_address: Some("10.231.136.1".to_owned()),
            host_address6: Some("fc00::1".to_owned()),
            local_address: Some("10.231.136.2".to_owned()),
            local_address6: Some("fc00::2".to_owned()),
            local_mac_address: Some("de:b7:73:01:10:90".to_owned()),
            unread_written: Vec::new(),
        };
        foo.interfaces = vec!["eth1".to_owned(), "eth2".to_owned()];
        foo.macvlans = vec!["eno1".to_owned()];
        foo.private_users = PrivateUsers::Pick;
        assert_eq!(
            render(&foo),
            "SYSTEM_PATH=/nix/store/sys\n\
             \n\
             \n\
             COPY_RESOLV_CONF=1\n\
             PRIVATE_NETWORK=1\n\
             HOST_BRIDGE=br0\n\
             \n\
             HOST_PORT=tcp:8080:80,udp:53:53\n\
             \n\
             HOST_ADDRESS=10.231.136.1\n\
             \n\
             HOST_ADDRESS6=fc00::1\n\
             \n\
             LOCAL_ADDRESS=10.231.136.2\n\
             \n\
             LOCAL_ADDRESS6=fc00::2\n\
             \n\
             LOCAL_MAC_ADDRESS=de:b7:73:01:10:90\n\
             \n\
             \n\
             \n\
             PRIVATE_USERS=pick\n\
             INTERFACES=\"eth1 eth2\"\n\
             MACVLANS=\"eno1\"\n\
             AUTO_START=1\n\
             \n\
             EXTRA_NSPAWN_FLAGS=\"\"\n"
        );
    }

    #[test]
    fn private_network_with_nothing_set_leaves_seven_blank_lines() {
        let mut foo = container(SystemSource::Config);
        foo.private_network = true;
        assert_eq!(
            render(&foo),
            "\n\nCOPY_RESOLV_CONF=1\nPRIVATE_NETWORK=1\n\n\n\n\n\n\n\n\n\nPRIVATE_USERS=no\nINTERFACES=\"\"\nMACVLANS=\"\"\n\nEXTRA_NSPAWN_FLAGS=\"\"\n"
        );
    }

    #[test]
    fn network_options_without_private_network_are_dropped() {
        let mut foo = container(SystemSource::Config);
        foo.network.host_address = Some("10.0.0.1".to_owned());
        foo.network.forward_ports = vec![ForwardPort {
            protocol: "tcp".to_owned(),
            host_port: 22,
            container_port: None,
        }];
        assert_eq!(render(&foo), render(&container(SystemSource::Config)));
    }

    #[test]
    fn network_namespace_and_private_users_uid() {
        let mut foo = container(SystemSource::Config);
        foo.network_namespace = Some("/run/netns/foo".to_owned());
        foo.private_users = PrivateUsers::BaseUid(65536);
        assert_eq!(
            render(&foo),
            "\n\nCOPY_RESOLV_CONF=1\n\nNETWORK_NAMESPACE_PATH=/run/netns/foo\n\nPRIVATE_USERS=65536\nINTERFACES=\"\"\nMACVLANS=\"\"\n\nEXTRA_NSPAWN_FLAGS=\"\"\n"
        );
    }

    #[test]
    fn bind_mounts_sorted_by_key_with_and_without_host_path() {
        let mut foo = container(SystemSource::Config);
        let binds = [
            ("/var/lib/postgresql", Some("/srv/pg"), false),
            ("/home", None, true),
            ("/etc/secret", Some("/run/keys/secret"), true),
        ];
        foo.bind_mounts = binds
            .into_iter()
            .map(|(key, host_path, is_read_only)| {
                let bind = BindMount {
                    mount_point: key.to_owned(),
                    host_path: host_path.map(str::to_owned),
                    is_read_only,
                };
                (key.to_owned(), bind)
            })
            .collect::<BTreeMap<_, _>>();
        let conf = render(&foo);
        assert!(conf.ends_with(
            "EXTRA_NSPAWN_FLAGS=\" --bind-ro=/run/keys/secret:/etc/secret --bind-ro=/home --bind=/srv/pg:/var/lib/postgresql\"\n"
        ));
    }

    #[test]
    fn extra_flags_follow_binds_after_one_space() {
        let mut foo = container(SystemSource::Config);
        foo.extra_flags = vec![
            "--drop-capability=CAP_SYS_CHROOT".to_owned(),
            "--volatile=state".to_owned(),
        ];
        assert!(render(&foo).ends_with(
            "EXTRA_NSPAWN_FLAGS=\" --drop-capability=CAP_SYS_CHROOT --volatile=state\"\n"
        ));
        foo.bind_mounts.insert(
            "/data".to_owned(),
            BindMount {
                mount_point: "/mnt/data".to_owned(),
                host_path: None,
                is_read_only: false,
            },
        );
        assert!(render(&foo).ends_with(
            "EXTRA_NSPAWN_FLAGS=\" --bind=/mnt/data --drop-capability=CAP_SYS_CHROOT --volatile=state\"\n"
        ));
    }

    #[test]
    fn path_follows_the_state_version() {
        let current = host("25.11", vec![container(SystemSource::Config)]);
        let legacy = host("21.11", vec![container(SystemSource::Config)]);
        let path = |host: &HostConfig| artifacts(host, vec![String::new()])[0].path.clone();
        assert_eq!(path(&current), "etc/nixos-containers/foo.conf");
        assert_eq!(path(&legacy), "etc/containers/foo.conf");
    }
}
