//! C225: a host's `reload` script for a container's unit, which conflicts with NixOS's own.
//!
//! **What it flags.** The host gives `systemd.services."container@<name>".reload` a
//! script. NixOS's systemd module makes a unit's `reload` its `serviceConfig.ExecReload`,
//! and NixOS's containers module already sets that setting of every declared container's
//! unit to the container's reload script (`nixos-container run <name> --
//! switch-to-configuration test`): two definitions of one value that differ. Not flagged:
//! an empty `reload`, and a unit whose `ExecReload` the host replaces with a stronger
//! definition (`lib.mkForce`), which discards both.
//!
//! **Why it matters.** nixos-rebuild stops: "The option
//! `systemd.services."container@web".serviceConfig.ExecReload' has conflicting definition
//! values". The host is not built.
//!
//! **Example.**
//!
//! ```nix
//! containers.web.config = { };
//! systemd.services."container@web".reload = "echo reloading web";
//! ```
//!
//! **Fix.** Replace the container's reload with `serviceConfig.ExecReload = lib.mkForce
//! [ ... ]` (a list of commands, NixOS's reload script among them if it should still
//! run), or run the command inside the container, where `switch-to-configuration test`
//! activates its configuration on reload.

use lib_nix::{Diagnostic, Severity};

use super::{finding, Context};
use crate::model::ExecReload;

pub(super) const CODE: &str = "C225";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    let host = context.host;
    for (instance, unit) in &host.container_units {
        if !host.containers.contains_key(instance) {
            continue;
        }
        // A script whose text ncc does not know may be empty: that one stays unknown.
        if unit.added_script("reload").is_none() || unit.exec_reload() != ExecReload::Kept {
            continue;
        }
        let unit_name = format!("container@{instance}");
        let span = context.spans.container_unit_option(instance, &["reload"]);
        out.push(
            finding(
                CODE,
                Severity::Error,
                format!(
                    "`reload` of {unit_name}.service conflicts with the ExecReload= NixOS's containers module gives the unit"
                ),
                span,
            )
            .with_note(format!(
                "NixOS's systemd module makes a unit's `reload` its ExecReload=, which NixOS's containers module sets to the container's own reload script (`nixos-container run {instance} -- switch-to-configuration test`): nixos-rebuild stops with \"The option `systemd.services.\"{unit_name}\".serviceConfig.ExecReload' has conflicting definition values\""
            ))
            .with_help("replace the reload with `serviceConfig.ExecReload = lib.mkForce [ ... ]`, or run the command inside the container, whose configuration is activated on reload"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, host_of, messages};
    use crate::model::{ContainerUnit, NIXOS_EXEC_RELOAD};

    fn host_with_reload(
        reload: Option<Option<&str>>,
        exec_reload: &[&str],
    ) -> crate::model::HostConfig {
        let mut host = host_of(vec![container("web")]);
        let mut unit = ContainerUnit::default();
        if let Some(text) = reload {
            unit.scripts
                .insert("reload".to_owned(), text.map(str::to_owned));
        }
        unit.service_config.insert(
            "ExecReload".to_owned(),
            exec_reload.iter().map(|c| (*c).to_owned()).collect(),
        );
        host.container_units.insert("web".to_owned(), unit);
        host
    }

    #[test]
    fn a_reload_script_conflicts_unless_exec_reload_is_replaced() {
        let found = messages(
            check,
            &host_with_reload(Some(Some("echo web")), &[NIXOS_EXEC_RELOAD]),
        );
        assert_eq!(found.len(), 1);
        assert!(found[0]
            .1
            .starts_with("`reload` of container@web.service conflicts"));
        assert!(messages(check, &host_with_reload(None, &[NIXOS_EXEC_RELOAD])).is_empty());
        // Text ncc does not know may be empty, which defines nothing.
        assert!(messages(check, &host_with_reload(Some(None), &[NIXOS_EXEC_RELOAD])).is_empty());
        let replaced = host_with_reload(Some(Some("echo web")), &["/bin/own"]);
        assert!(messages(check, &replaced).is_empty());
    }
}
