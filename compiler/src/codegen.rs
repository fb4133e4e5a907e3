//! ⑥ Config -> Plan: every file, link and directory NixOS would put on a host for its
//! containers, as data. Pure and deterministic: the plan is sorted by path, and the same
//! host gives the same plan.
//!
//! - `conf`: `etc/<dir>/<name>.conf`, byte for byte NixOS's text.
//! - `unit`: the `container@.service` template and one drop-in per container.
//! - `scripts`: the scripts those units run, under `etc/ncc/scripts/`.
//! - `links`: autostart and getty links, the `multi-user.target` drop-in, directories.
//! - `hosts`: the `/etc/hosts` lines NixOS adds for container addresses.
//! - `escape`: every escaping rule the others apply.

mod conf;
pub(crate) mod escape;
pub mod hosts;
mod links;
mod scripts;
mod unit;

use crate::model::HostConfig;
use crate::plan::Plan;

/// The artifacts of `host`, sorted by path. Nothing at all when `boot.enableContainers`
/// is false: NixOS gates the template and everything else on it.
pub fn generate(host: &HostConfig) -> Plan {
    if !host.enable_containers {
        return Plan::default();
    }
    let mut artifacts = Vec::new();
    // Each container's conf is rendered once: its text is written out, and its digest
    // goes into the container's drop-in.
    let confs: Vec<String> = host.containers.values().map(conf::render).collect();
    artifacts.extend(unit::artifacts(host, &confs));
    artifacts.extend(conf::artifacts(host, confs));
    artifacts.extend(scripts::artifacts(host));
    artifacts.extend(links::artifacts(host));
    artifacts.extend(hosts::artifacts(host));
    artifacts.sort_by(|left, right| left.path.cmp(&right.path));
    debug_assert!(
        artifacts
            .windows(2)
            .all(|pair| pair[0].path != pair[1].path),
        "codegen produced two artifacts with one path"
    );
    Plan { artifacts }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{
        AllowedDevice, BindMount, ContainerConfig, ForwardPort, NetworkOptions, PrivateUsers,
        SystemSource,
    };
    use crate::plan::ArtifactKind;

    /// A host with one container of each kind and every option of one of them set:
    /// the fixture of the end-to-end checks (`emit`, `scripts/verify-output.sh`).
    pub(crate) fn sample_host(state_version: &str) -> HostConfig {
        let minimal = ContainerConfig::with_defaults("minimal", SystemSource::Config);

        let mut path = ContainerConfig::with_defaults(
            "pathsys",
            SystemSource::Path("/nix/store/00000000000000000000000000000000-nixos-system".into()),
        );
        path.auto_start = true;
        path.restart_if_changed = false;

        let mut flake = ContainerConfig::with_defaults(
            "flakey",
            SystemSource::Flake("github:example/hosts#flakey".into()),
        );
        flake.network_namespace = Some("/run/netns/flakey".into());
        flake.private_users = PrivateUsers::Identity;

        let mut tmp = ContainerConfig::with_defaults("scratch", SystemSource::Config);
        tmp.ephemeral = true;
        tmp.macvlans = vec!["eno1".into()];

        let mut full = ContainerConfig::with_defaults("full", SystemSource::Config);
        full.additional_capabilities = vec!["CAP_MKNOD".into(), "CAP_SYS_TIME".into()];
        full.enable_tun = true;
        full.copy_resolv_conf = false;
        full.private_network = true;
        full.private_users = PrivateUsers::BaseUid(65536);
        full.interfaces = vec!["eth1".into(), "eth-2".into()];
        full.auto_start = true;
        full.timeout_start_sec = "5min".into();
        full.tmpfs = vec!["/var/tmp".into(), "/scratch:mode=0755".into()];
        full.extra_flags = vec!["--drop-capability=CAP_SYS_CHROOT".into()];
        full.allowed_devices = vec![AllowedDevice {
            node: "/dev/fuse".into(),
            modifier: "rwm".into(),
        }];
        full.bind_mounts.insert(
            "/var/lib/postgresql".into(),
            BindMount {
                mount_point: "/var/lib/postgresql".into(),
                host_path: Some("/srv/pg".into()),
                is_read_only: false,
            },
        );
        full.bind_mounts.insert(
            "/home".into(),
            BindMount {
                mount_point: "/home".into(),
                host_path: None,
                is_read_only: true,
            },
        );
        full.network = NetworkOptions {
            host_bridge: None,
            forward_ports: vec![
                ForwardPort {
                    protocol: "tcp".into(),
                    host_port: 8080,
                    container_port: Some(80),
                },
                ForwardPort {
                    protocol: "udp".into(),
                    host_port: 5353,
                    container_port: None,
                },
            ],
            host_address: Some("10.231.136.1".into()),
            host_address6: Some("fc00::1".into()),
            local_address: Some("10.231.136.2".into()),
            local_address6: Some("fc00::2".into()),
            local_mac_address: Some("de:b7:73:01:10:90".into()),
            unread_written: Vec::new(),
        };
        full.extra_veths.insert(
            "vb-full".into(),
            NetworkOptions {
                host_bridge: Some("br0".into()),
                ..NetworkOptions::default()
            },
        );
        full.extra_veths.insert(
            "vx-full".into(),
            NetworkOptions {
                host_address: Some("10.232.0.1".into()),
                host_address6: Some("fd00::1".into()),
                local_address: Some("10.232.0.2".into()),
                local_address6: Some("fd00::2".into()),
                ..NetworkOptions::default()
            },
        );

        let mut bridged = ContainerConfig::with_defaults("bridged", SystemSource::Config);
        bridged.private_network = true;
        bridged.private_users = PrivateUsers::Pick;
        bridged.network.host_bridge = Some("br0".into());
        bridged.network.local_address = Some("192.168.1.20/24".into());

        HostConfig {
            network: Default::default(),
            container_units: Default::default(),
            state_version: state_version.to_owned(),
            enable_containers: true,
            containers: [minimal, path, flake, tmp, full, bridged]
                .into_iter()
                .map(|container| (container.name.clone(), container))
                .collect(),
        }
    }

    #[test]
    fn disabled_containers_emit_nothing() {
        let mut host = sample_host("25.11");
        host.enable_containers = false;
        assert_eq!(generate(&host), Plan::default());
    }

    #[test]
    fn enabled_without_containers_emits_the_template_and_its_scripts() {
        let host = HostConfig {
            network: Default::default(),
            container_units: Default::default(),
            state_version: "25.11".into(),
            enable_containers: true,
            containers: Default::default(),
        };
        let paths: Vec<String> = generate(&host)
            .artifacts
            .into_iter()
            .map(|artifact| artifact.path)
            .collect();
        assert_eq!(
            paths,
            [
                "etc/ncc/scripts/container_-init",
                "etc/ncc/scripts/container_-post-start",
                "etc/ncc/scripts/container_-pre-start",
                "etc/ncc/scripts/container_-start",
                "etc/ncc/scripts/reload-container",
                "etc/systemd/system/autovt@.service",
                "etc/systemd/system/container@.service",
                "etc/systemd/system/getty.target.wants/autovt@tty1.service",
                "etc/systemd/system/multi-user.target.d/overrides.conf",
            ]
        );
    }

    #[test]
    fn the_plan_is_sorted_unique_and_deterministic() {
        let host = sample_host("25.11");
        let plan = generate(&host);
        assert!(plan
            .artifacts
            .windows(2)
            .all(|pair| pair[0].path < pair[1].path));
        assert_eq!(plan, generate(&host.clone()));
    }

    #[test]
    fn the_full_sample_has_every_kind_of_artifact() {
        let plan = generate(&sample_host("25.11"));
        let kind_of = |path: &str| {
            plan.artifacts
                .iter()
                .find(|artifact| artifact.path == path)
                .map(|artifact| artifact.kind.clone())
                .unwrap_or_else(|| panic!("missing {path}"))
        };
        assert!(matches!(
            kind_of("etc/nixos-containers/full.conf"),
            ArtifactKind::File { mode: 0o644, .. }
        ));
        assert!(matches!(
            kind_of("etc/ncc/scripts/container_full-start"),
            ArtifactKind::File { mode: 0o755, .. }
        ));
        assert!(matches!(
            kind_of("etc/systemd/system/machines.target.wants/container@full.service"),
            ArtifactKind::Symlink { .. }
        ));
        assert!(matches!(
            kind_of("var/lib/nixos-containers/full"),
            ArtifactKind::Directory { mode: 0o755 }
        ));
    }

    /// Emits the sample hosts and runs `scripts/verify-output.sh` on them: every script
    /// through `bash -n` and shellcheck, every unit through `systemd-analyze verify`. Skipped,
    /// saying so, when those tools are missing. With `NCC_SAMPLE_OUTPUT=DIR` the trees are
    /// written to `DIR/<stateVersion>` and kept, for reading them.
    #[test]
    fn emitted_sample_trees_pass_verify_output() {
        let tools = ["bash", "shellcheck", "systemd-analyze"];
        let missing: Vec<&str> = tools
            .into_iter()
            .filter(|tool| {
                std::process::Command::new(tool)
                    .arg("--version")
                    .output()
                    .is_err()
            })
            .collect();
        if !missing.is_empty() {
            eprintln!("skipping verify-output.sh: {missing:?} not installed");
            return;
        }
        let script =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../scripts/verify-output.sh");
        let scratch = tempfile::tempdir().unwrap();
        let keep = std::env::var_os("NCC_SAMPLE_OUTPUT").map(std::path::PathBuf::from);
        for state_version in ["25.11", "21.11"] {
            let out = keep
                .as_deref()
                .unwrap_or(scratch.path())
                .join(state_version);
            crate::emit::write_tree(&generate(&sample_host(state_version)), &out).unwrap();
            let result = std::process::Command::new("bash")
                .arg(&script)
                .arg(&out)
                .output()
                .unwrap();
            assert!(
                result.status.success(),
                "verify-output.sh {} failed:\n{}{}",
                out.display(),
                String::from_utf8_lossy(&result.stdout),
                String::from_utf8_lossy(&result.stderr)
            );
        }
    }
}
