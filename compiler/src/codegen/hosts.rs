//! The `/etc/hosts` lines NixOS adds for containers (`networking.extraHosts`): one
//! `<localAddress without /prefix> <name>.containers` line per container with an address.
//!
//! NixOS writes `/etc/hosts` as a whole, so ncc cannot emit the file itself; it emits the
//! lines as `etc/ncc/hosts`, which `--format nix` turns into `networking.extraHosts`.

use crate::model::HostConfig;
use crate::plan::{Artifact, ArtifactKind};

/// The path of the fragment inside the output tree.
pub const HOSTS_FRAGMENT: &str = "etc/ncc/hosts";

/// The lines, in container-name order, exactly as NixOS appends them.
pub fn lines(host: &HostConfig) -> String {
    let mut text = String::new();
    for (name, container) in &host.containers {
        if let Some(address) = &container.network.local_address {
            let address = address.split('/').next().unwrap_or(address);
            text.push_str(&format!("{address} {name}.containers\n"));
        }
    }
    text
}

pub fn artifacts(host: &HostConfig) -> Vec<Artifact> {
    let text = lines(host);
    if text.is_empty() {
        return Vec::new();
    }
    vec![Artifact {
        path: HOSTS_FRAGMENT.to_owned(),
        kind: ArtifactKind::File {
            contents: text,
            mode: 0o644,
        },
    }]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ContainerConfig, SystemSource};

    #[test]
    fn strips_the_prefix_and_names_each_container() {
        let mut host = HostConfig {
            network: Default::default(),
            container_units: Default::default(),
            state_version: "25.11".into(),
            enable_containers: true,
            containers: Default::default(),
        };
        let mut web = ContainerConfig::with_defaults("web", SystemSource::Config);
        web.network.local_address = Some("192.168.10.5/24".into());
        let db = ContainerConfig::with_defaults("db", SystemSource::Config);
        host.containers.insert("web".into(), web);
        host.containers.insert("db".into(), db);
        assert_eq!(lines(&host), "192.168.10.5 web.containers\n");
    }
}
