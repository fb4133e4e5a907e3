//! C224: a container's unit that would have more than one `ExecStart=`.
//!
//! **What it flags.** The host gives `systemd.services."container@<name>".serviceConfig
//! .ExecStart` a list of its own (`[ "/run/current-system/sw/bin/wrapper" ]`). NixOS's
//! systemd module makes the unit's `script`, the container's start script, the first
//! value of `ExecStart`, and a list joins it rather than replacing it, so the unit gets
//! two `ExecStart=` lines. Not flagged: a list after `mkForce` with one command, an
//! empty entry that resets the ones before it, a unit whose `Type` is `oneshot`.
//!
//! **Why it matters.** NixOS builds the host, but systemd refuses to load the unit
//! ("Service has more than one ExecStart= setting, which is only allowed for
//! Type=oneshot services. Refusing."): the container does not start.
//!
//! **Example.**
//!
//! ```nix
//! containers.web.config = { };
//! systemd.services."container@web".serviceConfig.ExecStart = [ "/run/current-system/sw/bin/logger web" ];
//! ```
//!
//! **Fix.** Run another command before or after the container with `ExecStartPre` or
//! `ExecStartPost`; replace the start script with `lib.mkForce` and one command.

use lib_nix::{Diagnostic, Severity};

use super::{finding, Context};

pub(super) const CODE: &str = "C224";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    let host = context.host;
    for (instance, unit) in &host.container_units {
        if !host.containers.contains_key(instance) {
            continue;
        }
        let Some(commands) = unit.service_config.get("ExecStart") else {
            continue;
        };
        // An empty assignment resets the commands before it.
        let start = commands
            .iter()
            .rposition(String::is_empty)
            .map_or(0, |i| i + 1);
        let commands = &commands[start..];
        let oneshot = unit
            .service_config
            .get("Type")
            .and_then(|values| values.last())
            .is_some_and(|value| value == "oneshot");
        if commands.len() < 2 || oneshot {
            continue;
        }
        let unit_name = format!("container@{instance}");
        // Where the user wrote it (ncc's schema defines the setting too).
        let span = context
            .spans
            .container_unit_option(instance, &["serviceConfig", "ExecStart"]);
        out.push(
            finding(
                CODE,
                Severity::Error,
                format!(
                    "{unit_name}.service would have {} ExecStart= lines: systemd refuses to load a Type=notify service with more than one",
                    commands.len()
                ),
                span,
            )
            .with_note("NixOS makes the unit's `script`, the container's start script, the first value of ExecStart, and a list joins it (\"Service has more than one ExecStart= setting, which is only allowed for Type=oneshot services. Refusing.\")")
            .with_help("run the command before or after the container with `ExecStartPre` or `ExecStartPost`, or replace the start script with `lib.mkForce` and one command"),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, host_of, messages};
    use crate::model::ContainerUnit;

    fn host_with_exec_start(
        commands: &[&str],
        service_type: Option<&str>,
    ) -> crate::model::HostConfig {
        let mut host = host_of(vec![container("web")]);
        let mut unit = ContainerUnit::default();
        let commands = commands.iter().map(|c| (*c).to_owned()).collect();
        unit.service_config.insert("ExecStart".to_owned(), commands);
        if let Some(service_type) = service_type {
            unit.service_config
                .insert("Type".to_owned(), vec![service_type.to_owned()]);
        }
        host.container_units.insert("web".to_owned(), unit);
        host
    }

    #[test]
    fn a_second_command_is_refused_unless_reset_or_oneshot() {
        let start = "/etc/ncc/scripts/container_-start";
        let found = messages(check, &host_with_exec_start(&[start, "/bin/log"], None));
        assert_eq!(found.len(), 1);
        assert!(found[0]
            .1
            .starts_with("container@web.service would have 2 ExecStart= lines"));
        assert!(messages(check, &host_with_exec_start(&[start], None)).is_empty());
        assert!(messages(check, &host_with_exec_start(&[start, "", "/bin/own"], None)).is_empty());
        let oneshot = host_with_exec_start(&[start, "/bin/log"], Some("oneshot"));
        assert!(messages(check, &oneshot).is_empty());
    }
}
