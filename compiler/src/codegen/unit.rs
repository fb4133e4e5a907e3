//! `etc/systemd/system/container@.service`, the template every container runs from, and
//! `etc/systemd/system/container@<name>.service.d/overrides.conf`, what one declared
//! container changes in it.
//!
//! NixOS writes a complete unit per declared container next to the template (spec §5.4,
//! §13.2). ncc writes the template once and a drop-in per container instead (DESIGN.md
//! §4.6): systemd reads `container@web.service` as the template instantiated with `web`
//! plus `container@web.service.d/*.conf`, which gives the same settings with far less text,
//! and a change to the template reaches declared containers too.
//!
//! The text follows NixOS's rendering (spec §5.2): `[Unit]` keys, then `[Service]` with the
//! `Environment=` lines sorted by variable name, then `X-RestartIfChanged`, then the
//! service keys in bytewise order; list values give one line each; sections are separated
//! by a blank line. What a drop-in cannot remove from the template is listed where it
//! matters (`RequiresMountsFor=`, see [`drop_in`]).

use super::escape::{
    environment_assignment, escape_specifiers, network_device_unit, unit_path_word,
};
use std::collections::BTreeMap;

use super::scripts::{script_path, OwnScripts, ScriptKind};

use crate::model::{ContainerConfig, ContainerUnit, HostConfig, NIXOS_EXEC_RELOAD};
use crate::plan::{sha256_hex, Artifact, ArtifactKind};

/// The template unit's path in the output tree.
pub(crate) const TEMPLATE_PATH: &str = "etc/systemd/system/container@.service";

/// The `timeoutStartSec` default; the template carries it, drop-ins only differ from it.
const DEFAULT_TIMEOUT_START_SEC: &str = "1min";

/// The template's `PATH`. NixOS gives every unit it renders a `PATH` of store paths
/// (iproute2, nix, coreutils, findutils, gnugrep, gnused, systemd); a unit file NixOS did
/// not render gets systemd's built-in `/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin`,
/// where a NixOS host has no bash for the scripts' `#!/usr/bin/env bash` to find. ncc
/// names no store paths, so it puts the NixOS system profile first, then the usual
/// directories of other distributions.
const UNIT_PATH: &str =
    "/run/current-system/sw/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/// The template and one drop-in per container, given the text of each container's conf
/// in the order of `host.containers`.
pub(crate) fn artifacts(host: &HostConfig, confs: &[String]) -> Vec<Artifact> {
    debug_assert_eq!(confs.len(), host.containers.len(), "one conf per container");
    let mut artifacts = vec![Artifact {
        path: TEMPLATE_PATH.to_owned(),
        kind: ArtifactKind::File {
            contents: template(host),
            mode: 0o644,
        },
    }];
    for (container, conf) in host.containers.values().zip(confs) {
        artifacts.push(Artifact {
            path: drop_in_path(&container.name),
            kind: ArtifactKind::File {
                contents: drop_in(host, container, conf),
                mode: 0o644,
            },
        });
    }
    for (instance, unit) in &host.container_units {
        // Only a name a unit can have: anything else (a `/`, `..`) would be a path outside
        // the unit directory, and systemd could never load such a unit.
        let unit_name = !instance.starts_with('.')
            && instance
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || "-_.:".contains(c));
        if unit.as_drop_in
            && unit_name
            && !instance.is_empty()
            && !host.containers.contains_key(instance)
        {
            artifacts.push(Artifact {
                path: drop_in_path(instance),
                kind: ArtifactKind::File {
                    contents: imperative_drop_in(instance, unit),
                    mode: 0o644,
                },
            });
        }
    }
    artifacts
}

/// The drop-in NixOS writes for `systemd.services."container@<instance>"` defined with
/// `overrideStrategy = "asDropin"` where no container `<instance>` is declared: what was
/// defined, for an imperative container of that name, rendered as NixOS's unit generator
/// renders a unit.
fn imperative_drop_in(instance: &str, unit: &ContainerUnit) -> String {
    let mut unit_settings = Settings::new();
    for (key, values) in &unit.unit_lists {
        unit_settings.push(key, values.join(" "));
    }
    if !unit.description.is_empty() {
        unit_settings.push("Description", unit.description.clone());
    }
    for (key, values) in &unit.unit_config {
        unit_settings.extend(key, values);
    }
    let mut text = UnitText::default();
    unit_settings.write(text.section("Unit"));
    let service = text.section("Service");
    for (variable, value) in &unit.environment {
        service.line("Environment", &environment_assignment(variable, value));
    }
    if !unit.restart_if_changed {
        service.line("X-RestartIfChanged", "false");
    }
    let mut service_settings = Settings::new();
    for (key, values) in &unit.service_config {
        service_settings.extend(key, values);
    }
    service_settings.write(service);
    if !unit.wanted_by.is_empty() {
        text.section("Install")
            .line("WantedBy", &unit.wanted_by.join(" "));
    }
    let mut out = format!(
        "# container@{instance}.service: systemd.services.\"container@{instance}\" of the host, a\n\
         # drop-in for an imperative container. Generated by ncc; do not edit.\n"
    );
    let body = text.render();
    if !body.is_empty() {
        out.push('\n');
        out.push_str(&body);
    }
    out
}

/// `etc/systemd/system/container@<name>.service.d/overrides.conf`, the name NixOS's
/// `generateUnits` gives drop-ins.
pub(crate) fn drop_in_path(name: &str) -> String {
    format!("etc/systemd/system/container@{name}.service.d/overrides.conf")
}

/// `/var/lib/nixos-containers`, or `/var/lib/containers` on a legacy host.
pub(crate) fn state_directory(host: &HostConfig) -> String {
    format!("/var/lib/{}", host.configuration_directory_name())
}

/// The template's `Description=`, which NixOS's containers module also gives each
/// declared container's unit.
const TEMPLATE_DESCRIPTION: &str = "Container '%i'";

/// The `[Service]` settings of the template that NixOS's containers module also sets, with
/// their values, in bytewise key order (`serviceDirectives`).
fn template_service_settings(host: &HostConfig) -> Vec<(&'static str, String)> {
    let configuration_directory = format!("/etc/{}", host.configuration_directory_name());
    vec![
        ("Delegate", "true".to_owned()),
        ("DevicePolicy", "closed".to_owned()),
        (
            "EnvironmentFile",
            format!("-{configuration_directory}/%i.conf"),
        ),
        ("ExecReload", NIXOS_EXEC_RELOAD.to_owned()),
        ("ExecStart", script_path(None, ScriptKind::Start)),
        ("ExecStartPost", script_path(None, ScriptKind::PostStart)),
        ("ExecStartPre", script_path(None, ScriptKind::PreStart)),
        ("KillMode", "mixed".to_owned()),
        ("KillSignal", "TERM".to_owned()),
        ("Restart", "on-failure".to_owned()),
        ("RestartForceExitStatus", "133".to_owned()),
        ("Slice", "machine.slice".to_owned()),
        ("SuccessExitStatus", "133".to_owned()),
        ("SyslogIdentifier", "container %i".to_owned()),
        ("TimeoutStartSec", DEFAULT_TIMEOUT_START_SEC.to_owned()),
        ("Type", "notify".to_owned()),
    ]
}

/// The `[Service]` settings of the template that systemd adds up, each assignment to the
/// ones before it (an empty one resets them), where a later one of the others replaces
/// the earlier (`systemd.service(5)`, `systemd.exec(5)`).
const ACCUMULATING_SETTINGS: &[&str] = &[
    "EnvironmentFile",
    "ExecReload",
    "RestartForceExitStatus",
    "SuccessExitStatus",
];

/// The value NixOS's containers module gives `container`'s unit for the scalar `[Service]`
/// setting `key`, if it sets one (the script settings are not among them: they are lists
/// or come from the scripts, see [`drop_in`]).
fn nixos_service_setting(
    host: &HostConfig,
    container: &ContainerConfig,
    key: &str,
) -> Option<String> {
    if key.starts_with("ExecStart") {
        return None;
    }
    if key == "TimeoutStartSec" {
        return Some(container.timeout_start_sec.clone());
    }
    template_service_settings(host)
        .into_iter()
        .find(|(name, _)| *name == key)
        .map(|(_, value)| value)
}

/// The script NixOS's systemd module makes a `[Service]` setting of, from the unit's
/// `preStart`, `script` or `postStart`; `schema.nix` gives it as the template's script.
fn nixos_script_setting(key: &str) -> Option<ScriptKind> {
    match key {
        "ExecStart" => Some(ScriptKind::Start),
        "ExecStartPre" => Some(ScriptKind::PreStart),
        "ExecStartPost" => Some(ScriptKind::PostStart),
        _ => None,
    }
}

/// `ExecStartPre=`, `ExecStart=` or `ExecStartPost=` as the host's definition merged with NixOS's own
/// entry (`values`, in which the template's script stands for it): kept first, the line
/// the drop-in already carries (the template's, or the container's own script written
/// above) stays and the host's lines follow; replaced by a stronger definition (`mkForce`,
/// as a host does to swap NixOS's post-start script for its own) or moved behind another
/// entry, the drop-in resets the setting and writes the merged list, with the script the
/// container runs (`runs`) where NixOS's stands.
fn merge_script_setting(
    settings: &mut Settings,
    key: &str,
    values: &[String],
    kind: ScriptKind,
    runs: String,
) {
    let nixos = script_path(None, kind);
    match values.split_first() {
        Some((first, rest)) if *first == nixos => settings.extend(key, rest),
        _ => {
            let mut lines = vec![String::new()];
            lines.extend(values.iter().map(|value| {
                if *value == nixos {
                    runs.clone()
                } else {
                    value.clone()
                }
            }));
            settings.set(key, lines);
        }
    }
}

/// The environment NixOS's containers module gives `container`'s unit.
fn nixos_environment(
    host: &HostConfig,
    container: &ContainerConfig,
) -> [(&'static str, String); 3] {
    let root = if container.ephemeral {
        "/run/nixos-containers/%i".to_owned()
    } else {
        format!("{}/%i", state_directory(host))
    };
    [
        ("INSTANCE", "%i".to_owned()),
        ("PATH", UNIT_PATH.to_owned()),
        ("root", root),
    ]
}

/// The text of `container@.service`.
pub(crate) fn template(host: &HostConfig) -> String {
    let state_directory = state_directory(host);
    let mut unit = UnitText::default();
    unit.section("Unit")
        .line("Description", TEMPLATE_DESCRIPTION)
        .line("RequiresMountsFor", &format!("{state_directory}/%i"));
    let service = unit.section("Service");
    service
        .line("Environment", &environment_assignment("INSTANCE", "%i"))
        .line("Environment", &environment_assignment("PATH", UNIT_PATH))
        .line(
            "Environment",
            &environment_assignment("root", &format!("{state_directory}/%i")),
        )
        .line("X-RestartIfChanged", "false");
    for (key, value) in template_service_settings(host) {
        service.line(key, &value);
    }
    unit.render()
}

/// The text of `container@<name>.service.d/overrides.conf`: NixOS's per-instance unit
/// minus the template. `conf` is the text of the container's conf file.
///
/// - `RequiresMountsFor=`: the template already requires the state directory, so only the
///   bind mounts' paths are added (their host path, or else their mount point, in key
///   order). systemd offers no way to remove an entry, so an `ephemeral` container keeps
///   the template's requirement on `/var/lib/<dir>/<name>`, which NixOS drops; it only
///   orders the container after the mount units of that path.
/// - `ephemeral`: `RuntimeDirectory=<dir>/%i` and `root=/run/nixos-containers/%i` (NixOS
///   hard-codes `nixos-containers` there even on a legacy host; so does ncc).
/// - `autoStart`: `Wants=`/`After=` `network.target` and each interface's device unit,
///   `X-Restart-Triggers=` (NixOS names the system path and the conf's store path; ncc
///   writes the SHA-256 of the conf text, so the drop-in changes whenever the conf does,
///   and of the lines the host adds to the unit's scripts, when it adds any),
///   `X-RestartIfChanged=true` when `restartIfChanged` (the template says `false`), and
///   `[Install] WantedBy=machines.target`.
/// - `ExecStartPre=`, `ExecStart=`, `ExecStartPost=`: reset with an empty assignment and
///   pointed at the container's own script, for those it has (see `scripts.rs`);
///   `ExecStop=` and `ExecStopPost=` for the host's `preStop` and `postStop`; the host's
///   `ExecStartPre` and `ExecStartPost` follow NixOS's script, or replace it where a
///   stronger definition does (see [`merge_script_setting`]).
/// - What the host defines in `systemd.services."container@<name>"` ([`crate::model::ContainerUnit`]),
///   merged as NixOS merges it with its own definition: list settings (`after`, `wants`,
///   `wantedBy`, `DeviceAllow`, `RequiresMountsFor`...) after NixOS's own entries, as
///   `evalModules` orders a NixOS module's definitions before the host's; scalar settings
///   NixOS sets (`TimeoutStartSec`, `Restart`, `environment.root`...) only where the merge
///   replaced NixOS's value (a `mkForce`); every other setting as it is. Each setting is
///   written as NixOS's unit generator writes it: a unit list as one space-separated line,
///   `[Unit]` and `[Service]` settings in bytewise key order, one line per list element.
pub(crate) fn drop_in(host: &HostConfig, container: &ContainerConfig, conf: &str) -> String {
    let name = container.name.as_str();
    let (devices, _) = container.effective_devices_and_capabilities();
    let defined = host.container_units.get(name);
    let own = OwnScripts::of(container, defined);

    let mut unit_settings = Settings::new();
    let mut unit_lists: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    if container.auto_start {
        let network_units = network_units(container);
        unit_lists.insert("After", network_units.clone());
        unit_lists.insert("Wants", network_units);
    }
    if let Some(defined) = defined {
        for (key, values) in &defined.unit_lists {
            unit_lists
                .entry(key)
                .or_default()
                .extend(values.iter().cloned());
        }
    }
    for (key, values) in unit_lists {
        unit_settings.push(key, values.join(" "));
    }
    for bind in container.bind_mounts.values() {
        let path = bind.host_path.as_deref().unwrap_or(&bind.mount_point);
        unit_settings.push("RequiresMountsFor", unit_path_word(path));
    }
    if container.auto_start {
        unit_settings.push("X-Restart-Triggers", sha256_hex(conf.as_bytes()));
        // The host's lines live in scripts the drop-in names by a fixed path, where
        // NixOS's unit names a new store path when they change: their digest stands in.
        // Not a `reload`'s, which a unit ncc writes never runs (see C225).
        let added: Vec<&str> = defined
            .iter()
            .flat_map(|unit| unit.scripts.iter())
            .filter(|(script, _)| *script != "reload")
            .filter_map(|(_, text)| text.as_deref())
            .collect();
        if !added.is_empty() {
            unit_settings.push(
                "X-Restart-Triggers",
                sha256_hex(added.join("\n").as_bytes()),
            );
        }
    }
    if let Some(defined) = defined {
        if defined.description != TEMPLATE_DESCRIPTION {
            unit_settings.set("Description", vec![defined.description.clone()]);
        }
        for (key, values) in &defined.unit_config {
            unit_settings.extend(key, values);
        }
    }

    let mut environment: BTreeMap<String, String> = BTreeMap::new();
    if container.ephemeral {
        environment.insert("root".to_owned(), "/run/nixos-containers/%i".to_owned());
    }
    let mut restart_if_changed = container.auto_start && container.restart_if_changed;
    let mut service_settings = Settings::new();
    for device in &devices {
        service_settings.push(
            "DeviceAllow",
            format!("{} {}", unit_path_word(&device.node), device.modifier),
        );
    }
    let script_overrides = [
        ("ExecStart", own.start, ScriptKind::Start),
        ("ExecStartPost", own.post_start, ScriptKind::PostStart),
        ("ExecStartPre", own.pre_start, ScriptKind::PreStart),
    ];
    for (key, overridden, kind) in script_overrides {
        if overridden {
            service_settings.push(key, String::new());
            service_settings.push(key, escape_specifiers(&script_path(Some(name), kind)));
        }
    }
    // The host's `preStop` and `postStop`: the template runs none.
    let stop_scripts = [
        ("ExecStop", own.pre_stop, ScriptKind::PreStop),
        ("ExecStopPost", own.post_stop, ScriptKind::PostStop),
    ];
    for (key, given, kind) in stop_scripts {
        if given {
            service_settings.push(key, escape_specifiers(&script_path(Some(name), kind)));
        }
    }
    if container.ephemeral {
        service_settings.push(
            "RuntimeDirectory",
            format!("{}/%i", host.configuration_directory_name()),
        );
    }
    if container.timeout_start_sec != DEFAULT_TIMEOUT_START_SEC {
        service_settings.push("TimeoutStartSec", container.timeout_start_sec.clone());
    }
    if let Some(defined) = defined {
        let nixos = nixos_environment(host, container);
        for (variable, value) in &defined.environment {
            let own = nixos.iter().find(|(name, _)| name == variable);
            if own.is_none_or(|(_, nixos_value)| nixos_value != value) {
                environment.insert(variable.clone(), value.clone());
            }
        }
        restart_if_changed = defined.restart_if_changed;
        for (key, values) in &defined.service_config {
            if let Some(kind) = nixos_script_setting(key) {
                let runs = escape_specifiers(&own.path(name, kind));
                merge_script_setting(&mut service_settings, key, values, kind, runs);
                continue;
            }
            match nixos_service_setting(host, container, key) {
                Some(nixos_value) if values.len() == 1 && values[0] == nixos_value => {}
                // A stronger definition replaced NixOS's value: it replaces the template's
                // (an empty assignment, when it is an empty list).
                Some(_) if values.is_empty() => service_settings.set(key, vec![String::new()]),
                // systemd adds each assignment of these to the template's: the host's
                // entries after NixOS's are added as they are, others follow an empty
                // assignment that resets the template's.
                Some(nixos_value) if ACCUMULATING_SETTINGS.contains(&key.as_str()) => {
                    match values.split_first() {
                        Some((first, rest)) if *first == nixos_value => {
                            service_settings.extend(key, rest)
                        }
                        _ => {
                            let mut lines = vec![String::new()];
                            lines.extend(values.iter().cloned());
                            service_settings.set(key, lines);
                        }
                    }
                }
                Some(_) => service_settings.set(key, values.clone()),
                None => service_settings.extend(key, values),
            }
        }
    }

    let mut unit = UnitText::default();
    unit_settings.write(unit.section("Unit"));
    let service = unit.section("Service");
    for (variable, value) in &environment {
        service.line("Environment", &environment_assignment(variable, value));
    }
    if restart_if_changed {
        service.line("X-RestartIfChanged", "true");
    }
    service_settings.write(service);

    let install = unit.section("Install");
    let mut wanted_by: Vec<String> = Vec::new();
    if container.auto_start {
        wanted_by.push("machines.target".to_owned());
    }
    // NixOS's unit text names only `wantedBy` in `[Install]`; `requiredBy` and
    // `upheldBy` become links alone (see `links.rs`).
    if let Some(defined) = defined {
        wanted_by.extend(defined.wanted_by.iter().cloned());
    }
    if !wanted_by.is_empty() {
        install.line("WantedBy", &wanted_by.join(" "));
    }

    let mut text = format!(
        "# container@{name}.service: what the declared container {name:?} changes in the\n\
         # template container@.service. Generated by ncc; do not edit.\n"
    );
    let body = unit.render();
    if !body.is_empty() {
        text.push('\n');
        text.push_str(&body);
    }
    text
}

/// The settings of one section by key, each with its lines' values in order; written in
/// bytewise key order, as NixOS's `attrsToSection` writes them.
struct Settings {
    by_key: BTreeMap<String, Vec<String>>,
}

impl Settings {
    fn new() -> Settings {
        Settings {
            by_key: BTreeMap::new(),
        }
    }

    fn push(&mut self, key: &str, value: String) {
        self.by_key.entry(key.to_owned()).or_default().push(value);
    }

    fn extend(&mut self, key: &str, values: &[String]) {
        self.by_key
            .entry(key.to_owned())
            .or_default()
            .extend(values.iter().cloned());
    }

    fn set(&mut self, key: &str, values: Vec<String>) {
        self.by_key.insert(key.to_owned(), values);
    }

    fn write(&self, section: &mut Section) {
        for (key, values) in &self.by_key {
            for value in values {
                section.line(key, value);
            }
        }
    }
}

/// `network.target`, then `sys-subsystem-net-devices-<iface>.device` for each interface
/// moved into the container, as NixOS's `wants` and `after` list them.
fn network_units(container: &ContainerConfig) -> Vec<String> {
    std::iter::once("network.target".to_owned())
        .chain(
            container
                .interfaces
                .iter()
                .map(|interface| network_device_unit(interface)),
        )
        .collect()
}

/// The sections of a unit file in order, each the text of its `Key=value` lines.
#[derive(Default)]
struct UnitText {
    sections: Vec<Section>,
}

struct Section {
    name: &'static str,
    /// `Key=value\n` for each line, in order.
    lines: String,
}

impl UnitText {
    fn section(&mut self, name: &'static str) -> &mut Section {
        self.sections.push(Section {
            name,
            lines: String::new(),
        });
        self.sections.last_mut().expect("a section was just pushed")
    }

    /// `[Name]` and its lines for every non-empty section, separated by blank lines.
    fn render(&self) -> String {
        let mut text = String::new();
        for section in self.sections.iter().filter(|s| !s.lines.is_empty()) {
            if !text.is_empty() {
                text.push('\n');
            }
            text.push('[');
            text.push_str(section.name);
            text.push_str("]\n");
            text.push_str(&section.lines);
        }
        text
    }
}

impl Section {
    fn line(&mut self, key: &str, value: &str) -> &mut Section {
        self.lines.push_str(key);
        self.lines.push('=');
        self.lines.push_str(value);
        self.lines.push('\n');
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::codegen::conf;
    use crate::model::{AllowedDevice, BindMount, PrivateUsers, SystemSource};

    /// The drop-in of `container`, with its conf rendered as codegen renders it.
    fn drop_in(host: &HostConfig, container: &ContainerConfig) -> String {
        super::drop_in(host, container, &conf::render(container))
    }

    fn host(state_version: &str) -> HostConfig {
        HostConfig {
            network: Default::default(),
            container_units: Default::default(),
            state_version: state_version.to_owned(),
            enable_containers: true,
            containers: Default::default(),
        }
    }

    /// The plan of the host `text`, compiled whole.
    fn compiled(text: &str) -> crate::plan::Plan {
        let text = text.to_owned();
        lib_nix::run_with_stack(move || {
            let io = lib_nix::eval::MemoryIo::new();
            let compilation = crate::compile("host.nix", "/host.nix", &text, &io);
            let messages: Vec<String> = compilation
                .diagnostics
                .iter()
                .map(|d| d.message())
                .collect();
            compilation
                .plan
                .unwrap_or_else(|| panic!("{text} does not compile: {messages:?}"))
        })
    }

    /// schema.nix gives a declared container's unit the values NixOS's containers module
    /// gives it, and this file writes what differs from them: the two must agree, so a
    /// definition that only restates NixOS's values changes nothing.
    #[test]
    fn restating_nixos_values_in_the_unit_changes_nothing() {
        let containers = [
            "{ config = { }; }",
            "{ ephemeral = true; autoStart = true; timeoutStartSec = \"2min\"; config = { }; }",
            "{ autoStart = true; restartIfChanged = false; path = \"/nix/store/x\"; }",
        ];
        let unit = r#"systemd.services."container@web" = {
            description = "Container '%i'";
            environment.INSTANCE = "%i";
            environment.PATH = "/run/current-system/sw/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
            serviceConfig = { Restart = "on-failure"; Delegate = true; KillMode = "mixed"; Type = "notify"; };
          };"#;
        for state_version in ["21.05", "25.11"] {
            for container in containers {
                let plain = format!(
                    "{{ system.stateVersion = \"{state_version}\"; containers.web = {container}; }}"
                );
                let restated = format!(
                    "{{ system.stateVersion = \"{state_version}\"; containers.web = {container}; {unit} }}"
                );
                assert_eq!(compiled(&plain), compiled(&restated), "{restated}");
            }
        }
    }

    #[test]
    fn the_unit_definition_reaches_the_drop_in_as_nixos_merges_it() {
        let plan = compiled(
            r#"{ lib, ... }: {
              containers.web = { autoStart = true; config = { }; };
              systemd.services."container@web" = {
                after = [ "network-online.target" ];
                environment = { root = lib.mkForce "/srv/web"; UNSET = null; };
                serviceConfig = { MemoryMax = "2G"; Restart = lib.mkForce [ ]; DeviceAllow = [ "/dev/fuse rw" ]; };
                wantedBy = [ "multi-user.target" ];
              };
            }"#,
        );
        let drop_in = plan
            .artifacts
            .iter()
            .find(|a| a.path == drop_in_path("web"))
            .expect("a drop-in");
        let ArtifactKind::File { contents, .. } = &drop_in.kind else {
            panic!("a file");
        };
        let body = contents.split_once("\n\n").expect("a header").1;
        assert_eq!(
            body,
            format!(
                "[Unit]\n\
                 After=network.target network-online.target\n\
                 Wants=network.target\n\
                 X-Restart-Triggers={}\n\
                 \n\
                 [Service]\n\
                 Environment=\"root=/srv/web\"\n\
                 X-RestartIfChanged=true\n\
                 DeviceAllow=/dev/fuse rw\n\
                 MemoryMax=2G\n\
                 Restart=\n\
                 \n\
                 [Install]\n\
                 WantedBy=machines.target multi-user.target\n",
                contents
                    .lines()
                    .find_map(|l| l.strip_prefix("X-Restart-Triggers="))
                    .unwrap()
            )
        );
        assert!(plan
            .artifacts
            .iter()
            .any(|a| a.path == "etc/systemd/system/multi-user.target.wants/container@web.service"));
    }

    /// The lines of `container`'s drop-in in `plan` that start with one of `prefixes`.
    fn drop_in_lines(plan: &crate::plan::Plan, container: &str, prefixes: &[&str]) -> Vec<String> {
        let drop_in = plan
            .artifacts
            .iter()
            .find(|a| a.path == drop_in_path(container))
            .expect("a drop-in");
        let ArtifactKind::File { contents, .. } = &drop_in.kind else {
            panic!("a file");
        };
        contents
            .lines()
            .filter(|line| prefixes.iter().any(|prefix| line.starts_with(prefix)))
            .map(str::to_owned)
            .collect()
    }

    /// NixOS makes `postStart` and `preStart` the one entry of `ExecStartPost` and
    /// `ExecStartPre`: a host's entries follow it, `mkBefore` puts them first, `mkForce`
    /// replaces it.
    #[test]
    fn the_host_scripts_merge_with_nixos_script_as_nixos_merges_them() {
        let plan = compiled(
            r#"{ lib, ... }: {
              containers.kept = { config = { }; };
              systemd.services."container@kept".serviceConfig.ExecStartPost = [ "/bin/after" ];
              containers.replaced = { config = { }; };
              systemd.services."container@replaced".serviceConfig.ExecStartPost = lib.mkForce [ "/bin/own" ];
              containers.emptied = { config = { }; };
              systemd.services."container@emptied".serviceConfig.ExecStartPre = lib.mkForce [ ];
              containers.first = { extraVeths.db = { }; config = { }; };
              systemd.services."container@first".serviceConfig.ExecStartPre = lib.mkBefore [ "/bin/before" ];
            }"#,
        );
        let scripts = |name: &str| drop_in_lines(&plan, name, &["ExecStartP"]);
        assert_eq!(scripts("kept"), ["ExecStartPost=/bin/after"]);
        assert_eq!(
            scripts("replaced"),
            ["ExecStartPost=", "ExecStartPost=/bin/own"]
        );
        assert_eq!(scripts("emptied"), ["ExecStartPre="]);
        assert_eq!(
            scripts("first"),
            [
                "ExecStartPost=",
                "ExecStartPost=/etc/ncc/scripts/container_first-post-start",
                "ExecStartPre=",
                "ExecStartPre=/bin/before",
                "ExecStartPre=/etc/ncc/scripts/container_first-pre-start",
            ]
        );
    }

    /// systemd adds up the assignments of `ExecReload=`, `SuccessExitStatus=`... (the
    /// template's among them): a host's list joining NixOS's value adds its entries, and one
    /// that replaces it (`mkForce`) resets the template's first.
    #[test]
    fn settings_systemd_adds_up_are_reset_where_nixos_value_is_replaced() {
        let plan = compiled(
            r#"{ lib, ... }: {
              containers.joined = { config = { }; };
              systemd.services."container@joined".serviceConfig.ExecReload = [ "/bin/log" ];
              containers.replaced = { config = { }; };
              systemd.services."container@replaced".serviceConfig = {
                ExecReload = lib.mkForce "/bin/own";
                SuccessExitStatus = lib.mkForce [ "SIGKILL" ];
              };
            }"#,
        );
        let lines = |name: &str| drop_in_lines(&plan, name, &["ExecReload", "SuccessExit"]);
        assert_eq!(lines("joined"), ["ExecReload=/bin/log"]);
        assert_eq!(
            lines("replaced"),
            [
                "ExecReload=",
                "ExecReload=/bin/own",
                "SuccessExitStatus=",
                "SuccessExitStatus=SIGKILL",
            ]
        );
    }

    #[test]
    fn the_template_is_nixos_template_without_store_paths() {
        assert_eq!(
            template(&host("25.11")),
            r#"[Unit]
Description=Container '%i'
RequiresMountsFor=/var/lib/nixos-containers/%i

[Service]
Environment="INSTANCE=%i"
Environment="PATH=/run/current-system/sw/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
Environment="root=/var/lib/nixos-containers/%i"
X-RestartIfChanged=false
Delegate=true
DevicePolicy=closed
EnvironmentFile=-/etc/nixos-containers/%i.conf
ExecReload=/etc/ncc/scripts/reload-container
ExecStart=/etc/ncc/scripts/container_-start
ExecStartPost=/etc/ncc/scripts/container_-post-start
ExecStartPre=/etc/ncc/scripts/container_-pre-start
KillMode=mixed
KillSignal=TERM
Restart=on-failure
RestartForceExitStatus=133
Slice=machine.slice
SuccessExitStatus=133
SyslogIdentifier=container %i
TimeoutStartSec=1min
Type=notify
"#
        );
    }

    #[test]
    fn a_legacy_template_uses_the_unprefixed_directories() {
        let text = template(&host("21.05"));
        assert!(text.contains("RequiresMountsFor=/var/lib/containers/%i\n"));
        assert!(text.contains("Environment=\"root=/var/lib/containers/%i\"\n"));
        assert!(text.contains("EnvironmentFile=-/etc/containers/%i.conf\n"));
    }

    #[test]
    fn a_default_container_changes_nothing() {
        let web = ContainerConfig::with_defaults("web", SystemSource::Config);
        assert_eq!(
            drop_in(&host("25.11"), &web),
            "# container@web.service: what the declared container \"web\" changes in the\n\
             # template container@.service. Generated by ncc; do not edit.\n"
        );
    }

    #[test]
    fn every_override_in_nixos_order() {
        let mut web = ContainerConfig::with_defaults("web", SystemSource::Config);
        web.auto_start = true;
        web.ephemeral = true;
        web.enable_tun = true;
        web.timeout_start_sec = "5min".to_owned();
        web.interfaces = vec!["eth1".to_owned(), "eth-2".to_owned()];
        web.allowed_devices = vec![AllowedDevice {
            node: "/dev/fuse".to_owned(),
            modifier: "rw".to_owned(),
        }];
        web.bind_mounts.insert(
            "/home".to_owned(),
            BindMount {
                mount_point: "/home".to_owned(),
                host_path: None,
                is_read_only: true,
            },
        );
        web.bind_mounts.insert(
            "/data".to_owned(),
            BindMount {
                mount_point: "/data".to_owned(),
                host_path: Some("/srv/my data".to_owned()),
                is_read_only: false,
            },
        );
        let text = drop_in(&host("25.11"), &web);
        let hash = sha256_hex(conf::render(&web).as_bytes());
        let expected = format!(
            r#"# container@web.service: what the declared container "web" changes in the
# template container@.service. Generated by ncc; do not edit.

[Unit]
After=network.target sys-subsystem-net-devices-eth1.device sys-subsystem-net-devices-eth\x2d2.device
RequiresMountsFor="/srv/my data"
RequiresMountsFor=/home
Wants=network.target sys-subsystem-net-devices-eth1.device sys-subsystem-net-devices-eth\x2d2.device
X-Restart-Triggers={hash}

[Service]
Environment="root=/run/nixos-containers/%i"
X-RestartIfChanged=true
DeviceAllow=/dev/fuse rw
DeviceAllow=/dev/net/tun rwm
ExecStart=
ExecStart=/etc/ncc/scripts/container_web-start
RuntimeDirectory=nixos-containers/%i
TimeoutStartSec=5min

[Install]
WantedBy=machines.target
"#
        );
        assert_eq!(text, expected);
    }

    #[test]
    fn restart_if_changed_only_matters_with_auto_start() {
        let mut web = ContainerConfig::with_defaults("web", SystemSource::Config);
        web.auto_start = true;
        web.restart_if_changed = false;
        assert!(!drop_in(&host("25.11"), &web).contains("X-RestartIfChanged"));
        web.auto_start = false;
        web.restart_if_changed = true;
        assert!(!drop_in(&host("25.11"), &web).contains("X-RestartIfChanged"));
    }

    #[test]
    fn private_users_with_private_network_allow_tun_without_capability() {
        let mut web = ContainerConfig::with_defaults("web", SystemSource::Config);
        web.private_network = true;
        web.private_users = PrivateUsers::BaseUid(65536);
        let text = drop_in(&host("25.11"), &web);
        assert!(text.contains("DeviceAllow=/dev/net/tun rwm\n"));
        assert!(!text.contains("ExecStart"));
    }

    #[test]
    fn extra_veths_override_all_three_scripts() {
        let mut web = ContainerConfig::with_defaults("web", SystemSource::Config);
        web.extra_veths.insert("vx1".to_owned(), Default::default());
        let text = drop_in(&host("21.05"), &web);
        assert!(text.ends_with(
            "[Service]\n\
             ExecStart=\n\
             ExecStart=/etc/ncc/scripts/container_web-start\n\
             ExecStartPost=\n\
             ExecStartPost=/etc/ncc/scripts/container_web-post-start\n\
             ExecStartPre=\n\
             ExecStartPre=/etc/ncc/scripts/container_web-pre-start\n"
        ));
    }

    #[test]
    fn legacy_ephemeral_keeps_the_nixos_mismatch() {
        let mut web = ContainerConfig::with_defaults("web", SystemSource::Config);
        web.ephemeral = true;
        let text = drop_in(&host("21.05"), &web);
        assert!(text.contains("Environment=\"root=/run/nixos-containers/%i\"\n"));
        assert!(text.contains("RuntimeDirectory=containers/%i\n"));
    }
}
