//! The links and directories around the units: what starts containers at boot, the getty
//! links of DESIGN.md §4.6, and the directories a container's state lives in.
//!
//! - `machines.target.wants/container@<name>.service -> ../container@.service` for each
//!   `autoStart` container. NixOS links `../container@<name>.service`, its complete
//!   per-instance unit. ncc writes no such file: the instance is the template plus a
//!   drop-in, so that target would dangle. systemd only reads the link's own name in a
//!   `.wants/` directory, and `systemctl enable container@web` itself links an instance to
//!   its template file, so `../container@.service` both works and is what `systemctl
//!   is-enabled` recognises as enabled.
//! - `multi-user.target.d/overrides.conf` with `Wants=machines.target`: NixOS sets
//!   `systemd.targets.multi-user.wants` whenever `boot.enableContainers` is true, not only
//!   when containers are declared, since imperative containers started at boot hang off
//!   `machines.target` too. `multi-user.target` is a systemd unit, so NixOS writes this as
//!   a drop-in with that name.
//! - `autovt@.service -> getty@.service` and
//!   `getty.target.wants/autovt@tty1.service -> ../autovt@tty1.service`: DESIGN.md §4.6
//!   decides ncc emits them. On NixOS every host's unit tree has them (spec §8: the first is
//!   systemd's own alias, copied; the second is hard-coded in `generateUnits`). The second
//!   link's target is no file: systemd instantiates `autovt@.service`, itself an alias of
//!   `getty@.service`, with `tty1`. The container-side console getty of spec §8 belongs to
//!   the container's own system, which ncc does not build, so nothing is written for it.
//! - `nix/var/nix/{profiles,gcroots}/per-container/<name>` (0755, as the start script and
//!   `nixos-container create` make them); `nix/var/nix/profiles/per-container` itself is
//!   0700 as `nixos-container` makes it ("restricted to prevent users on the host from
//!   messing with guest users who happen to have the same uid").
//! - The state directory `var/lib/<dir>` (0700, as `nixos-container` makes it) and
//!   `var/lib/<dir>/<name>` (0755: it becomes the container's `/`), except for `ephemeral`
//!   containers, whose root lives under `/run` and exists only while they run.

use crate::model::HostConfig;
use crate::plan::{Artifact, ArtifactKind};

const SYSTEM_UNIT_DIRECTORY: &str = "etc/systemd/system";

/// True when `name` is made of the characters systemd allows in unit names (letters,
/// digits, `:-_.\@`) and is not `.` or `..`.
fn is_unit_name(name: &str) -> bool {
    !name.is_empty()
        && name != "."
        && name != ".."
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || ":-_.\\@".contains(c))
}

/// Every link and directory of `host`.
pub(crate) fn artifacts(host: &HostConfig) -> Vec<Artifact> {
    let mut artifacts = vec![
        Artifact {
            path: format!("{SYSTEM_UNIT_DIRECTORY}/multi-user.target.d/overrides.conf"),
            kind: ArtifactKind::File {
                contents: "[Unit]\nWants=machines.target\n".to_owned(),
                mode: 0o644,
            },
        },
        symlink(
            format!("{SYSTEM_UNIT_DIRECTORY}/autovt@.service"),
            "getty@.service",
        ),
        symlink(
            format!("{SYSTEM_UNIT_DIRECTORY}/getty.target.wants/autovt@tty1.service"),
            "../autovt@tty1.service",
        ),
    ];

    // Declared containers, and the imperative ones the host writes a drop-in for.
    let imperative = host.container_units.iter().filter(|(name, unit)| {
        unit.as_drop_in && is_unit_name(name) && !host.containers.contains_key(*name)
    });
    let instances = host
        .containers
        .values()
        .map(|container| (container.name.as_str(), container.auto_start))
        .chain(imperative.map(|(name, _)| (name.as_str(), false)));
    for (instance, auto_start) in instances {
        // `wantedBy`, `requiredBy` and `upheldBy` of the container's unit: `autoStart`'s
        // `machines.target`, then what the host's `systemd.services."container@<name>"`
        // adds, each link made once.
        let mut links: Vec<(String, &str)> = Vec::new();
        if auto_start {
            links.push(("machines.target".to_owned(), "wants"));
        }
        if let Some(unit) = host.container_units.get(instance) {
            let lists = [
                (&unit.wanted_by, "wants"),
                (&unit.required_by, "requires"),
                (&unit.upheld_by, "upholds"),
            ];
            for (targets, kind) in lists {
                // A name that is not a unit name (a `/`, a control character) would
                // make a link outside the unit directory: such a unit cannot exist.
                for target in targets.iter().filter(|t| is_unit_name(t)) {
                    if !links.iter().any(|(t, k)| t == target && *k == kind) {
                        links.push((target.clone(), kind));
                    }
                }
            }
        }
        for (target, kind) in links {
            artifacts.push(symlink(
                format!("{SYSTEM_UNIT_DIRECTORY}/{target}.{kind}/container@{instance}.service"),
                "../container@.service",
            ));
        }
    }

    if !host.containers.is_empty() {
        artifacts.push(directory(
            "nix/var/nix/profiles/per-container".to_owned(),
            0o700,
        ));
        artifacts.push(directory(
            "nix/var/nix/gcroots/per-container".to_owned(),
            0o755,
        ));
    }
    for name in host.containers.keys() {
        artifacts.push(directory(
            format!("nix/var/nix/profiles/per-container/{name}"),
            0o755,
        ));
        artifacts.push(directory(
            format!("nix/var/nix/gcroots/per-container/{name}"),
            0o755,
        ));
    }

    let state_directory = format!("var/lib/{}", host.configuration_directory_name());
    let persistent: Vec<&String> = host
        .containers
        .values()
        .filter(|container| !container.ephemeral)
        .map(|container| &container.name)
        .collect();
    if !persistent.is_empty() {
        artifacts.push(directory(state_directory.clone(), 0o700));
    }
    for name in persistent {
        artifacts.push(directory(format!("{state_directory}/{name}"), 0o755));
    }
    artifacts
}

fn symlink(path: String, target: &str) -> Artifact {
    Artifact {
        path,
        kind: ArtifactKind::Symlink {
            target: target.to_owned(),
        },
    }
}

fn directory(path: String, mode: u32) -> Artifact {
    Artifact {
        path,
        kind: ArtifactKind::Directory { mode },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ContainerConfig, SystemSource};

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

    fn find<'a>(artifacts: &'a [Artifact], path: &str) -> Option<&'a ArtifactKind> {
        artifacts
            .iter()
            .find(|artifact| artifact.path == path)
            .map(|artifact| &artifact.kind)
    }

    #[test]
    fn auto_start_links_to_the_template() {
        let mut web = ContainerConfig::with_defaults("web", SystemSource::Config);
        web.auto_start = true;
        let db = ContainerConfig::with_defaults("db", SystemSource::Config);
        let artifacts = artifacts(&host("25.11", vec![web, db]));
        assert_eq!(
            find(
                &artifacts,
                "etc/systemd/system/machines.target.wants/container@web.service"
            ),
            Some(&ArtifactKind::Symlink {
                target: "../container@.service".to_owned()
            })
        );
        assert_eq!(
            find(
                &artifacts,
                "etc/systemd/system/machines.target.wants/container@db.service"
            ),
            None
        );
    }

    #[test]
    fn getty_links_and_machines_target_are_there_without_containers() {
        let artifacts = artifacts(&host("25.11", Vec::new()));
        let paths: Vec<&str> = artifacts.iter().map(|a| a.path.as_str()).collect();
        assert_eq!(
            paths,
            [
                "etc/systemd/system/multi-user.target.d/overrides.conf",
                "etc/systemd/system/autovt@.service",
                "etc/systemd/system/getty.target.wants/autovt@tty1.service",
            ]
        );
        assert_eq!(
            find(&artifacts, "etc/systemd/system/autovt@.service"),
            Some(&ArtifactKind::Symlink {
                target: "getty@.service".to_owned()
            })
        );
    }

    #[test]
    fn directories_and_their_modes() {
        let web = ContainerConfig::with_defaults("web", SystemSource::Config);
        let mut tmp = ContainerConfig::with_defaults("tmp", SystemSource::Config);
        tmp.ephemeral = true;
        let artifacts = artifacts(&host("21.11", vec![web, tmp]));
        let directory = |mode| Some(ArtifactKind::Directory { mode });
        let expectations = [
            ("nix/var/nix/profiles/per-container", directory(0o700)),
            ("nix/var/nix/gcroots/per-container", directory(0o755)),
            ("nix/var/nix/profiles/per-container/web", directory(0o755)),
            ("nix/var/nix/gcroots/per-container/web", directory(0o755)),
            ("nix/var/nix/profiles/per-container/tmp", directory(0o755)),
            ("nix/var/nix/gcroots/per-container/tmp", directory(0o755)),
            ("var/lib/containers", directory(0o700)),
            ("var/lib/containers/web", directory(0o755)),
            ("var/lib/containers/tmp", None),
        ];
        for (path, expected) in expectations {
            assert_eq!(find(&artifacts, path).cloned(), expected, "{path}");
        }
    }

    #[test]
    fn only_ephemeral_containers_need_no_state_directory() {
        let mut tmp = ContainerConfig::with_defaults("tmp", SystemSource::Config);
        tmp.ephemeral = true;
        let artifacts = artifacts(&host("25.11", vec![tmp]));
        assert_eq!(find(&artifacts, "var/lib/nixos-containers"), None);
    }
}
