//! A host named one by one, `FILE#NAME`, on the command line or in ncc.toml: which of
//! the hosts its entry file declares it is.
//!
//! ncc names hosts this way in its own output (`hive.nix#web`, `default.nix#ci`,
//! `flake.nix#colmena.edge`), so each such reference names its host when given back.

use super::{EntryFile, Host, HostKind};

/// `FILE#NAME`: the entry file and the name as written after `#`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedHost {
    pub entry: EntryFile,
    pub name: String,
}

impl NamedHost {
    /// The host of `hosts` (those the entry file declares) the name gives:
    /// - `nixosConfigurations.web`: that configuration of a flake;
    /// - `colmena.web`: that node of a flake's `colmena` output, or of a hive;
    /// - `web`: the flake's `nixosConfigurations.web` when there is one, as
    ///   `nixos-rebuild --flake .#web` takes it, else the one host called `web` (a
    ///   colmena or NixOps machine, a system of a hosts table, a colmena node or NixOps
    ///   machine of a flake);
    /// - `packages.x86_64-linux.nixosConfigurations.web`: that configuration kept among
    ///   the flake's packages, which `nixosConfigurations.web` and `web` name too when the
    ///   flake has no `nixosConfigurations.web` of its own.
    pub fn find<'h>(&self, hosts: &'h [Host]) -> Option<&'h Host> {
        let name = self.name.as_str();
        let find = |wanted: &dyn Fn(&HostKind) -> bool| hosts.iter().find(|h| wanted(&h.kind));
        let configuration = |wanted: &str| {
            find(&|kind| matches!(kind, HostKind::FlakeConfiguration(n) if n == wanted)).or_else(
                || {
                    find(&|kind| {
                        matches!(kind, HostKind::FlakePackageConfiguration(_, _, n) if n == wanted)
                    })
                },
            )
        };
        let kept_among_packages = hosts.iter().find(|h| {
            matches!(
                h.kind,
                HostKind::FlakePackageConfiguration(..) | HostKind::FlakeSystemConfiguration(..)
            ) && h.label() == name
        });
        if kept_among_packages.is_some() {
            return kept_among_packages;
        }
        let deployed = hosts.iter().find(|h| {
            matches!(
                h.kind,
                HostKind::FlakeDeployProfile(..)
                    | HostKind::FlakeContainers(..)
                    | HostKind::FlakeNixops(..)
            ) && h.label() == name
        });
        if deployed.is_some() {
            return deployed;
        }
        if let Some(wanted) = name.strip_prefix("nixosConfigurations.") {
            return configuration(wanted);
        }
        if let Some(node) = name.strip_prefix("colmena.") {
            return find(&|kind| match kind {
                HostKind::FlakeColmena(n) => n == node,
                HostKind::Machine(super::hive::Tool::Colmena, n) => n == node,
                _ => false,
            });
        }
        configuration(name).or_else(|| {
            find(&|kind| match kind {
                HostKind::Machine(_, n) | HostKind::FlakeColmena(n) | HostKind::FlakeNixops(n) => {
                    n == name
                }
                HostKind::System(n) => !n.is_empty() && n == name,
                HostKind::FlakeDeployProfile(node, _) => node == name,
                HostKind::Module
                | HostKind::Linked { .. }
                | HostKind::FlakeContainers(_)
                | HostKind::FlakeConfiguration(_)
                | HostKind::FlakePackageConfiguration(..)
                | HostKind::FlakeSystemConfiguration(..) => false,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::project::hive::Tool;

    fn host(kind: HostKind) -> Host {
        Host {
            entry: EntryFile {
                name: "e.nix".to_owned(),
                path: "/r/e.nix".to_owned(),
            },
            kind,
        }
    }

    fn found(name: &str, hosts: &[Host]) -> Option<HostKind> {
        let named = NamedHost {
            entry: hosts[0].entry.clone(),
            name: name.to_owned(),
        };
        named.find(hosts).map(|h| h.kind.clone())
    }

    #[test]
    fn a_bare_name_is_the_flake_configuration_before_a_colmena_node() {
        let hosts = [
            host(HostKind::FlakeColmena("web".to_owned())),
            host(HostKind::FlakeConfiguration("web".to_owned())),
            host(HostKind::FlakeColmena("db".to_owned())),
        ];
        assert_eq!(
            found("web", &hosts),
            Some(HostKind::FlakeConfiguration("web".to_owned()))
        );
        assert_eq!(
            found("colmena.web", &hosts),
            Some(HostKind::FlakeColmena("web".to_owned()))
        );
        assert_eq!(
            found("db", &hosts),
            Some(HostKind::FlakeColmena("db".to_owned()))
        );
        assert_eq!(found("nixosConfigurations.db", &hosts), None);
    }

    #[test]
    fn a_deployed_profile_is_named_by_its_label_or_its_node() {
        let deployed = HostKind::FlakeDeployProfile("vault".to_owned(), "system".to_owned());
        let hosts = [
            host(HostKind::FlakeConfiguration("web".to_owned())),
            host(deployed.clone()),
        ];
        assert_eq!(
            found("deploy.nodes.vault.profiles.system", &hosts),
            Some(deployed.clone())
        );
        assert_eq!(found("vault", &hosts), Some(deployed));
        assert_eq!(found("nixosConfigurations.vault", &hosts), None);
    }

    #[test]
    fn containers_built_by_extra_container_are_named_by_their_output() {
        let built = |path: &[&str]| {
            HostKind::FlakeContainers(path.iter().map(|step| (*step).to_owned()).collect())
        };
        let hosts = [
            host(built(&["packages", "x86_64-linux", "default"])),
            host(built(&["relay"])),
            host(HostKind::FlakeConfiguration("default".to_owned())),
        ];
        assert_eq!(
            found("packages.x86_64-linux.default", &hosts),
            Some(built(&["packages", "x86_64-linux", "default"]))
        );
        assert_eq!(found("relay", &hosts), Some(built(&["relay"])));
        assert_eq!(
            found("default", &hosts),
            Some(HostKind::FlakeConfiguration("default".to_owned()))
        );
    }

    #[test]
    fn a_configuration_kept_among_packages_is_named_as_nix_finds_it() {
        let kept = |name: &str| {
            HostKind::FlakePackageConfiguration(
                "packages".to_owned(),
                "x86_64-linux".to_owned(),
                name.to_owned(),
            )
        };
        let hosts = [
            host(kept("lab")),
            host(kept("web")),
            host(HostKind::FlakeConfiguration("web".to_owned())),
        ];
        assert_eq!(found("lab", &hosts), Some(kept("lab")));
        assert_eq!(found("nixosConfigurations.lab", &hosts), Some(kept("lab")));
        assert_eq!(
            found("packages.x86_64-linux.nixosConfigurations.lab", &hosts),
            Some(kept("lab"))
        );
        assert_eq!(
            found("packages.x86_64-linux.nixosConfigurations.web", &hosts),
            Some(kept("web"))
        );
        assert_eq!(
            found("web", &hosts),
            Some(HostKind::FlakeConfiguration("web".to_owned()))
        );
        assert_eq!(
            found("packages.aarch64-linux.nixosConfigurations.lab", &hosts),
            None
        );
    }

    #[test]
    fn the_names_ncc_prints_for_machines_and_systems_name_them() {
        let hive = [
            host(HostKind::Machine(Tool::Colmena, "mail".to_owned())),
            host(HostKind::Machine(Tool::Colmena, "web".to_owned())),
        ];
        assert_eq!(
            found("web", &hive),
            Some(HostKind::Machine(Tool::Colmena, "web".to_owned()))
        );
        assert_eq!(
            found("colmena.mail", &hive),
            Some(HostKind::Machine(Tool::Colmena, "mail".to_owned()))
        );
        assert_eq!(found("nixosConfigurations.web", &hive), None);
        let network = [host(HostKind::Machine(Tool::Nixops, "db".to_owned()))];
        assert_eq!(found("colmena.db", &network), None);
        assert!(found("db", &network).is_some());
        let table = [
            host(HostKind::System("ci".to_owned())),
            host(HostKind::System(String::new())),
        ];
        assert_eq!(found("ci", &table), Some(HostKind::System("ci".to_owned())));
        assert_eq!(found("", &table), None);
    }
}
