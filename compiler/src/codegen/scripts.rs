//! The scripts `container@.service` runs, as executable files under `etc/ncc/scripts/`.
//!
//! NixOS builds these as store paths (`unit-script-container_-start/bin/container_-start`
//! and friends, `reload-container`, `container-init`, spec §5.2, §5.3). ncc builds no store
//! paths, so it writes them as plain files that the units name by their place on the host,
//! `/etc/ncc/scripts/<name>`. Their text follows `preStartScript`, `startScript`,
//! `postStartScript`, `containerInit` and `ExecReload` of `nixos-containers.nix` step by
//! step; where it differs, a comment in the script says why.
//!
//! The template's scripts are rendered for NixOS's `dummyConfig` and read everything from
//! the environment file. A container gets scripts of its own only for what that file cannot
//! carry: `container_<name>-start` for `ephemeral`, `additionalCapabilities` (including
//! the `CAP_NET_ADMIN` of `enableTun`), `tmpfs` and `extraVeths`; `container_<name>-init`,
//! `-pre-start` and `-post-start` for `extraVeths`. Everything else a per-instance NixOS
//! script hard-codes equals what the template's script reads from the environment file.
//!
//! The host's own lines for the unit (`systemd.services."container@web".preStart`) are
//! added as NixOS adds them: `preStart`, `script` and `postStart` after the lines of the
//! container's own pre-start, start and post-start scripts (`types.lines` puts NixOS's
//! definition first), `preStop` and `postStop` as scripts of their own,
//! `container_<name>-pre-stop` and `-post-stop`, which the drop-in runs as `ExecStop=` and
//! `ExecStopPost=`.

use std::collections::BTreeMap;

use super::escape::{comment_text, shell_quote};
use crate::model::{ContainerConfig, ContainerUnit, HostConfig, NetworkOptions};
use crate::plan::{Artifact, ArtifactKind};

/// Where the scripts live on the host; the output tree mirrors `/`.
pub(crate) const SCRIPT_DIRECTORY: &str = "/etc/ncc/scripts";

/// `ExecReload=` of every container: `switch-to-configuration test` inside it.
pub(crate) const RELOAD_SCRIPT_NAME: &str = "reload-container";

/// One of the scripts rendered for the template or for a single container.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ScriptKind {
    PreStart,
    Start,
    PostStart,
    /// Runs inside the container as its first process, then sources stage 2.
    Init,
    /// The host's `preStop` (`ExecStop=`); a container's own only.
    PreStop,
    /// The host's `postStop` (`ExecStopPost=`); a container's own only.
    PostStop,
}

impl ScriptKind {
    fn suffix(self) -> &'static str {
        match self {
            ScriptKind::PreStart => "pre-start",
            ScriptKind::Start => "start",
            ScriptKind::PostStart => "post-start",
            ScriptKind::Init => "init",
            ScriptKind::PreStop => "pre-stop",
            ScriptKind::PostStop => "post-stop",
        }
    }

    /// The option of `systemd.services.<name>` whose lines the host adds to this script.
    fn host_option(self) -> &'static str {
        match self {
            ScriptKind::PreStart => "preStart",
            ScriptKind::Start => "script",
            ScriptKind::PostStart => "postStart",
            ScriptKind::Init => "",
            ScriptKind::PreStop => "preStop",
            ScriptKind::PostStop => "postStop",
        }
    }
}

/// The file name of a script: `container_-start` for the template (`None`), and
/// `container_<name>-start` for a container, as NixOS's `makeJobScript` names them
/// (`container@` with `@` replaced by `_`).
pub(crate) fn script_file_name(container: Option<&str>, kind: ScriptKind) -> String {
    format!("container_{}-{}", container.unwrap_or(""), kind.suffix())
}

/// The absolute path of a script on the host.
pub(crate) fn script_path(container: Option<&str>, kind: ScriptKind) -> String {
    format!("{SCRIPT_DIRECTORY}/{}", script_file_name(container, kind))
}

/// Which scripts of its own a container needs (see the module documentation).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct OwnScripts {
    pub(crate) pre_start: bool,
    pub(crate) start: bool,
    pub(crate) post_start: bool,
    pub(crate) init: bool,
    pub(crate) pre_stop: bool,
    pub(crate) post_stop: bool,
}

impl OwnScripts {
    /// The scripts of `container`, whose unit the host defines as `unit`.
    pub(crate) fn of(container: &ContainerConfig, unit: Option<&ContainerUnit>) -> OwnScripts {
        let (_, capabilities) = container.effective_devices_and_capabilities();
        let has_extra_veths = !container.extra_veths.is_empty();
        let adds =
            |kind: ScriptKind| unit.is_some_and(|u| u.added_script(kind.host_option()).is_some());
        OwnScripts {
            pre_start: has_extra_veths || adds(ScriptKind::PreStart),
            start: container.ephemeral
                || !capabilities.is_empty()
                || !container.tmpfs.is_empty()
                || has_extra_veths
                || adds(ScriptKind::Start),
            post_start: has_extra_veths || adds(ScriptKind::PostStart),
            init: has_extra_veths,
            pre_stop: adds(ScriptKind::PreStop),
            post_stop: adds(ScriptKind::PostStop),
        }
    }

    /// The path of the script of `kind` this container runs: its own or the template's.
    pub(crate) fn path(&self, container: &str, kind: ScriptKind) -> String {
        let own = match kind {
            ScriptKind::PreStart => self.pre_start,
            ScriptKind::Start => self.start,
            ScriptKind::PostStart => self.post_start,
            ScriptKind::Init => self.init,
            ScriptKind::PreStop => self.pre_stop,
            ScriptKind::PostStop => self.post_stop,
        };
        script_path(own.then_some(container), kind)
    }
}

/// The template's scripts and every container's own, as executable files.
pub(crate) fn artifacts(host: &HostConfig) -> Vec<Artifact> {
    let template = ScriptConfig::template();
    let mut artifacts = vec![
        script_artifact(None, ScriptKind::PreStart, pre_start_script(&template)),
        script_artifact(None, ScriptKind::Start, start_script(&template)),
        script_artifact(None, ScriptKind::PostStart, post_start_script(&template)),
        script_artifact(None, ScriptKind::Init, init_script(&template)),
        Artifact {
            path: relative(crate::model::NIXOS_EXEC_RELOAD),
            kind: ArtifactKind::File {
                contents: reload_script(),
                mode: 0o755,
            },
        },
    ];
    for container in host.containers.values() {
        let unit = host.container_units.get(&container.name);
        let config = ScriptConfig::of(container, unit);
        let own = config.own;
        let name = Some(container.name.as_str());
        if own.pre_start {
            artifacts.push(script_artifact(
                name,
                ScriptKind::PreStart,
                with_host_lines(pre_start_script(&config), &config, ScriptKind::PreStart),
            ));
        }
        if own.start {
            artifacts.push(script_artifact(
                name,
                ScriptKind::Start,
                with_host_lines(start_script(&config), &config, ScriptKind::Start),
            ));
        }
        if own.post_start {
            artifacts.push(script_artifact(
                name,
                ScriptKind::PostStart,
                with_host_lines(post_start_script(&config), &config, ScriptKind::PostStart),
            ));
        }
        if own.init {
            artifacts.push(script_artifact(
                name,
                ScriptKind::Init,
                init_script(&config),
            ));
        }
        for kind in [ScriptKind::PreStop, ScriptKind::PostStop] {
            if let Some(stop) = stop_script(&config, kind) {
                artifacts.push(script_artifact(name, kind, stop));
            }
        }
    }
    artifacts
}

/// What a script is rendered from: NixOS's `dummyConfig` for the template, the container's
/// effective configuration for its own scripts.
struct ScriptConfig<'a> {
    /// `None` for the template.
    container: Option<&'a str>,
    own: OwnScripts,
    ephemeral: bool,
    capabilities: Vec<String>,
    tmpfs: &'a [String],
    extra_veths: Option<&'a BTreeMap<String, NetworkOptions>>,
    /// What the host defines for the container's unit, whose scripts add lines.
    unit: Option<&'a ContainerUnit>,
}

impl<'a> ScriptConfig<'a> {
    fn template() -> ScriptConfig<'static> {
        ScriptConfig {
            container: None,
            own: OwnScripts {
                pre_start: false,
                start: false,
                post_start: false,
                init: false,
                pre_stop: false,
                post_stop: false,
            },
            ephemeral: false,
            capabilities: Vec::new(),
            tmpfs: &[],
            extra_veths: None,
            unit: None,
        }
    }

    fn of(container: &'a ContainerConfig, unit: Option<&'a ContainerUnit>) -> ScriptConfig<'a> {
        let (_, capabilities) = container.effective_devices_and_capabilities();
        ScriptConfig {
            container: Some(&container.name),
            own: OwnScripts::of(container, unit),
            ephemeral: container.ephemeral,
            capabilities,
            tmpfs: &container.tmpfs,
            extra_veths: Some(&container.extra_veths),
            unit,
        }
    }

    /// The lines the host adds to the script of `kind`, if any.
    fn added(&self, kind: ScriptKind) -> Option<&'a str> {
        self.unit?.added_script(kind.host_option())
    }

    fn extra_veths(&self) -> impl Iterator<Item = (&'a String, &'a NetworkOptions)> {
        self.extra_veths.into_iter().flatten()
    }

    fn init_script_path(&self) -> String {
        match self.container {
            Some(name) => self.own.path(name, ScriptKind::Init),
            None => script_path(None, ScriptKind::Init),
        }
    }
}

fn script_artifact(container: Option<&str>, kind: ScriptKind, contents: String) -> Artifact {
    Artifact {
        path: relative(&script_path(container, kind)),
        kind: ArtifactKind::File {
            contents,
            mode: 0o755,
        },
    }
}

fn relative(absolute: &str) -> String {
    absolute.trim_start_matches('/').to_owned()
}

/// The first lines of every host-side script: interpreter, what it is, and strict mode
/// (NixOS builds unit scripts with `writeShellApplication`, which sets errexit, nounset
/// and pipefail). The tools come from the unit's PATH (see `unit.rs`).
fn host_script_header(file_name: &str, role: &str, purpose: &str) -> String {
    let file_name = comment_text(file_name);
    format!(
        r#"#!/usr/bin/env bash
# {file_name}, {role}:
# {purpose}
# Generated by ncc from NixOS's nixos-containers.nix; do not edit.
set -euo pipefail

# INSTANCE comes from the unit's Environment=, everything else from its
# EnvironmentFile=.
: "${{INSTANCE:?}}"
"#
    )
}

/// The unit a script belongs to, for its header comment.
fn unit_name_for(config: &ScriptConfig) -> String {
    match config.container {
        Some(name) => comment_text(&format!("container@{name}.service")),
        None => "container@.service".to_owned(),
    }
}

/// `preStartScript`: forget a stale machine registration and stale interfaces.
fn pre_start_script(config: &ScriptConfig) -> String {
    let file_name = script_file_name(config.container, ScriptKind::PreStart);
    let role = format!("ExecStartPre= of {}", unit_name_for(config));
    let mut script = host_script_header(
        &file_name,
        &role,
        "cleans up what an earlier run of the container left behind.",
    );
    script.push_str(
        r#"
# Clean up existing machined registration and interfaces.
machinectl terminate "$INSTANCE" 2> /dev/null || true

if [[ -n "${HOST_ADDRESS-}" ]] || [[ -n "${LOCAL_ADDRESS-}" ]] ||
   [[ -n "${HOST_ADDRESS6-}" ]] || [[ -n "${LOCAL_ADDRESS6-}" ]]; then
  ip link del dev "ve-$INSTANCE" 2> /dev/null || true
  ip link del dev "vb-$INSTANCE" 2> /dev/null || true
fi
"#,
    );
    let mut veths = config.extra_veths().peekable();
    if veths.peek().is_some() {
        script.push_str("\n# The extra veth pairs of this container.\n");
    }
    for (interface, _) in veths {
        script.push_str(&format!(
            "ip link del dev {} 2> /dev/null || true\n",
            shell_quote(interface)
        ));
    }
    script
}

/// `startScript`: prepare the root, then `exec systemd-nspawn` with every flag the
/// environment file and the container's options ask for.
fn start_script(config: &ScriptConfig) -> String {
    let file_name = script_file_name(config.container, ScriptKind::Start);
    let role = format!("ExecStart= of {}", unit_name_for(config));
    let mut script = host_script_header(
        &file_name,
        &role,
        "prepares the container's root and runs it with systemd-nspawn.",
    );
    script.push_str(
        r#"
# The container's root directory, also from the unit's Environment=.
: "${root:?}"

mkdir -p "$root/usr/bin"
mkdir -p "$root/etc" "$root/var/lib"
chmod 0755 "$root/etc" "$root/var/lib"
mkdir -p "$root/var/lib/private" "$root/root" /run/nixos-containers
chmod 0700 "$root/var/lib/private" "$root/root" /run/nixos-containers
if ! [[ -e "$root/etc/os-release" ]] && ! [[ -h "$root/etc/os-release" ]]; then
  touch "$root/etc/os-release"
fi

if ! [[ -e "$root/etc/machine-id" ]]; then
  touch "$root/etc/machine-id"
fi

mkdir -p \
  "/nix/var/nix/profiles/per-container/$INSTANCE" \
  "/nix/var/nix/gcroots/per-container/$INSTANCE"
chmod 0755 \
  "/nix/var/nix/profiles/per-container/$INSTANCE" \
  "/nix/var/nix/gcroots/per-container/$INSTANCE"

# NixOS tests "$COPY_RESOLV_CONF" bare; the environment files of imperative containers
# have no such line, so ncc reads it with a default to stay safe under nounset.
if [[ "${COPY_RESOLV_CONF-}" = 1 ]]; then
  cp --remove-destination /etc/resolv.conf "$root/etc/resolv.conf"
fi

if [[ -n "${FLAKE-}" ]] && [[ ! -e "/nix/var/nix/profiles/per-container/$INSTANCE/system" ]]; then
  # Build the container's system from its flake into the per-container profile.
  nixos-container update "$INSTANCE"
fi

declare -a extraFlags=()

if [[ "${PRIVATE_NETWORK-}" = 1 ]]; then
  extraFlags+=("--private-network")
fi

NIX_BIND_OPT=""
if [[ -n "${PRIVATE_USERS-}" ]]; then
  extraFlags+=("--private-users=$PRIVATE_USERS")
  if [[
    "$PRIVATE_USERS" = "pick"
    || ("$PRIVATE_USERS" =~ ^[[:digit:]]+$ && "$PRIVATE_USERS" -gt 0)
  ]]; then
    # When user namespacing is enabled, the idmap mount option gives the bind mounts
    # under /nix their proper owner (and not nobody/nogroup).
    NIX_BIND_OPT=":idmap"
  fi
fi

if [[ -n "${HOST_ADDRESS-}" ]] || [[ -n "${LOCAL_ADDRESS-}" ]] ||
   [[ -n "${HOST_ADDRESS6-}" ]] || [[ -n "${LOCAL_ADDRESS6-}" ]] ||
   [[ -n "${LOCAL_MAC_ADDRESS-}" ]]; then
  extraFlags+=("--network-veth")
fi

if [[ -n "${HOST_PORT-}" ]]; then
  IFS=, read -r -a ports <<< "$HOST_PORT"
  for port in "${ports[@]}"; do
    extraFlags+=("--port=$port")
  done
fi

if [[ -n "${HOST_BRIDGE-}" ]]; then
  extraFlags+=("--network-bridge=$HOST_BRIDGE")
fi

if [[ -n "${NETWORK_NAMESPACE_PATH-}" ]]; then
  extraFlags+=("--network-namespace-path=$NETWORK_NAMESPACE_PATH")
fi
"#,
    );

    let veth_flags: Vec<String> = config
        .extra_veths()
        .map(|(interface, _)| shell_quote(&format!("--network-veth-extra={interface}")))
        .collect();
    if !veth_flags.is_empty() {
        script.push_str(&format!(
            "\n# The extra veth pairs of this container.\nextraFlags+=({})\n",
            veth_flags.join(" ")
        ));
    }

    script.push_str(
        r#"
# INTERFACES, MACVLANS and EXTRA_NSPAWN_FLAGS are quoted in the .conf, where a value may
# run over several lines: they are split at spaces, tabs and newlines, as NixOS's
# unquoted expansions do, but without pathname expansion. read stops at the end of the
# text rather than at a NUL, which makes its status 1.
read -r -d '' -a interfaces <<< "${INTERFACES-}" || true
for iface in "${interfaces[@]}"; do
  extraFlags+=("--network-interface=$iface")
done

read -r -d '' -a macvlans <<< "${MACVLANS-}" || true
for iface in "${macvlans[@]}"; do
  extraFlags+=("--network-macvlan=$iface")
done

# If the host is 64-bit and the container is 32-bit, add a --personality flag. NixOS
# decides "the host is x86_64" when it builds the script; ncc asks uname at start.
machine=$(uname -m)
if [[ "$machine" = x86_64 ]]; then
  system_file="${SYSTEM_PATH:-/nix/var/nix/profiles/per-container/$INSTANCE/system}/system"
  if [[ -r "$system_file" ]] && [[ "$(< "$system_file")" = i686-linux ]]; then
    extraFlags+=("--personality=x86")
  fi
fi

read -r -d '' -a extraNspawnFlags <<< "${EXTRA_NSPAWN_FLAGS-}" || true

# container-init runs inside the container before the container's own system is
# activated, so it and the tools it calls must be reachable there. NixOS passes store
# paths. ncc passes the script's text to the host's bash and hands the container a PATH
# of the host's PATH directories, each resolved to its real location: on NixOS those are
# under /nix/store, which the container sees through the read-only bind below.
containerShell=$(readlink -f "$BASH")
containerPath=""
IFS=: read -r -a hostPathDirectories <<< "$PATH"
for directory in "${hostPathDirectories[@]}"; do
  if [[ -d "$directory" ]]; then
    containerPath+="${containerPath:+:}$(readlink -f "$directory")"
  fi
done
"#,
    );
    script.push_str(&format!(
        "containerInit=$(< {})\n",
        shell_quote(&config.init_script_path())
    ));

    script.push_str(
        r#"
export SYSTEMD_NSPAWN_UNIFIED_HIERARCHY=1

# Run systemd-nspawn without startup notification (we'll wait for the container
# systemd to signal readiness). Kill signal handling means systemd-nspawn will pass a
# system-halt signal to the container systemd when it receives SIGTERM for container
# shutdown; container-init and stage 2 have to handle this as well.
exec systemd-nspawn \
  --keep-unit \
  -M "$INSTANCE" -D "$root" "${extraFlags[@]}" \
  --notify-ready=yes \
  --kill-signal=SIGRTMIN+3 \
  --bind-ro="/nix/store:/nix/store$NIX_BIND_OPT" \
  --bind-ro="/nix/var/nix/db:/nix/var/nix/db$NIX_BIND_OPT" \
  --bind-ro="/nix/var/nix/daemon-socket:/nix/var/nix/daemon-socket$NIX_BIND_OPT" \
  --bind="/nix/var/nix/profiles/per-container/$INSTANCE:/nix/var/nix/profiles$NIX_BIND_OPT" \
  --bind="/nix/var/nix/gcroots/per-container/$INSTANCE:/nix/var/nix/gcroots$NIX_BIND_OPT" \
"#,
    );
    if !config.ephemeral {
        script.push_str("  --link-journal=try-guest \\\n");
    }
    script.push_str(
        r#"  --setenv PRIVATE_NETWORK="${PRIVATE_NETWORK-}" \
  --setenv PRIVATE_USERS="${PRIVATE_USERS-}" \
  --setenv HOST_BRIDGE="${HOST_BRIDGE-}" \
  --setenv HOST_ADDRESS="${HOST_ADDRESS-}" \
  --setenv LOCAL_ADDRESS="${LOCAL_ADDRESS-}" \
  --setenv HOST_ADDRESS6="${HOST_ADDRESS6-}" \
  --setenv LOCAL_ADDRESS6="${LOCAL_ADDRESS6-}" \
  --setenv LOCAL_MAC_ADDRESS="${LOCAL_MAC_ADDRESS-}" \
  --setenv HOST_PORT="${HOST_PORT-}" \
  --setenv PATH="$containerPath" \
"#,
    );
    if config.ephemeral {
        script.push_str("  --ephemeral \\\n");
    }
    if !config.capabilities.is_empty() {
        // NixOS writes `--capability="<entries>"` unescaped: the arguments bash makes of
        // it, each quoted here (an entry's `"` may add flags of its own).
        let joined = format!("--capability={}", config.capabilities.join(","));
        let words =
            super::escape::capability_words(&config.capabilities).unwrap_or_else(|| vec![joined]);
        let quoted: Vec<String> = words.iter().map(|word| shell_quote(word)).collect();
        script.push_str(&format!("  {} \\\n", quoted.join(" ")));
    }
    if !config.tmpfs.is_empty() {
        let tmpfs_flags: Vec<String> = config
            .tmpfs
            .iter()
            .map(|path| shell_quote(&format!("--tmpfs={path}")))
            .collect();
        script.push_str(&format!("  {} \\\n", tmpfs_flags.join(" ")));
    }
    script.push_str(
        r#"  "${extraNspawnFlags[@]}" \
  "$containerShell" -c "$containerInit" container-init \
  "${SYSTEM_PATH:-/nix/var/nix/profiles/system}/init"
"#,
    );
    script
}

/// `postStartScript`: the host side of the veth pairs.
fn post_start_script(config: &ScriptConfig) -> String {
    let file_name = script_file_name(config.container, ScriptKind::PostStart);
    let role = format!("ExecStartPost= of {}", unit_name_for(config));
    let mut script = host_script_header(
        &file_name,
        &role,
        "sets up the host side of the container's veth pairs.",
    );
    // NixOS's per-container script writes the container's addresses literally where the
    // template's reads them from the environment; both come from the same options, and the
    // environment file carries them exactly when the branch below can run (privateNetwork),
    // so ncc reads them from the environment in both.
    script.push_str(
        r#"
if [[ -n "${HOST_ADDRESS-}" ]] || [[ -n "${LOCAL_ADDRESS-}" ]] ||
   [[ -n "${HOST_ADDRESS6-}" ]] || [[ -n "${LOCAL_ADDRESS6-}" ]]; then
  if [[ -z "${HOST_BRIDGE-}" ]]; then
    ifaceHost="ve-$INSTANCE"
    ip link set dev "$ifaceHost" up

    if [[ -n "${HOST_ADDRESS-}" ]]; then
      ip addr add "$HOST_ADDRESS" dev "$ifaceHost"
    fi
    if [[ -n "${HOST_ADDRESS6-}" ]]; then
      ip -6 addr add "$HOST_ADDRESS6" dev "$ifaceHost"
    fi
    if [[ -n "${LOCAL_ADDRESS-}" ]]; then
      ip route add "$LOCAL_ADDRESS" dev "$ifaceHost"
    fi
    if [[ -n "${LOCAL_ADDRESS6-}" ]]; then
      ip -6 route add "$LOCAL_ADDRESS6" dev "$ifaceHost"
    fi
  fi
fi
"#,
    );
    for (interface, network) in config.extra_veths() {
        let interface = shell_quote(interface);
        script.push('\n');
        match &network.host_bridge {
            Some(bridge) => {
                script.push_str(&format!(
                    "ip link set dev {interface} master {} up\n",
                    shell_quote(bridge)
                ));
            }
            None => {
                script.push_str(&format!("ip link set dev {interface} up\n"));
                let commands = [
                    ("ip addr add", &network.host_address),
                    ("ip -6 addr add", &network.host_address6),
                    ("ip route add", &network.local_address),
                    ("ip -6 route add", &network.local_address6),
                ];
                for (command, address) in commands {
                    if let Some(address) = address {
                        script.push_str(&format!(
                            "{command} {} dev {interface}\n",
                            shell_quote(address)
                        ));
                    }
                }
            }
        }
    }
    script
}

/// `script`, a container's own, with the lines the host adds to it (`preStart`, `script`,
/// `postStart` of `systemd.services."container@<name>"`) after its own, as `types.lines`
/// joins NixOS's definition and the host's. NixOS runs them under `set -e` alone (its
/// unit scripts are `writeShellScriptBin` texts starting `set -e`), so nounset and
/// pipefail, which ncc's own lines use, are turned off before them.
fn with_host_lines(mut script: String, config: &ScriptConfig, kind: ScriptKind) -> String {
    let (Some(name), Some(lines)) = (config.container, config.added(kind)) else {
        return script;
    };
    script.push_str(&format!(
        "\n# The lines the host adds: systemd.services.\"container@{}\".{}.\n\
         set +u +o pipefail\n{}\n",
        comment_text(name),
        kind.host_option(),
        lines.trim_end_matches('\n'),
    ));
    script
}

/// The host's `preStop` or `postStop` of a container's unit as a script of its own, run
/// by the drop-in as `ExecStop=` or `ExecStopPost=`: `None` when the host gives none.
fn stop_script(config: &ScriptConfig, kind: ScriptKind) -> Option<String> {
    let name = config.container?;
    let lines = config.added(kind)?;
    let file_name = comment_text(&script_file_name(Some(name), kind));
    let (key, when) = match kind {
        ScriptKind::PreStop => ("ExecStop", "before the container is stopped"),
        _ => ("ExecStopPost", "after the container has stopped"),
    };
    Some(format!(
        "#!/usr/bin/env bash\n\
         # {file_name}, {key}= of {}:\n\
         # the host's systemd.services.\"container@{}\".{}, run {when}.\n\
         # Generated by ncc from the host's configuration; do not edit.\n\
         set -e\n\n{}\n",
        unit_name_for(config),
        comment_text(name),
        kind.host_option(),
        lines.trim_end_matches('\n'),
    ))
}

/// `containerInit`: runs inside the container, configures `eth0` and the extra veths,
/// then sources stage 2. It is not a host-side unit script: NixOS runs it with
/// `runtimeShell -e`, without nounset, because stage 2 is sourced into it.
fn init_script(config: &ScriptConfig) -> String {
    let file_name = comment_text(&script_file_name(config.container, ScriptKind::Init));
    let mut script = format!(
        r#"#!/usr/bin/env bash
# {file_name}, the first process inside the container of {}:
# sets up the container side of the network, then sources the container's stage 2.
# Generated by ncc from NixOS's nixos-containers.nix; do not edit.
# The start script passes this text to bash -c, so the file itself never has to be
# reachable inside the container.
set -e

# Exit early if we're asked to shut down.
trap "exit 0" SIGRTMIN+3

# Initialise the container side of the veth pair.
if [[ -n "${{HOST_ADDRESS-}}" ]] || [[ -n "${{HOST_ADDRESS6-}}" ]] ||
   [[ -n "${{LOCAL_ADDRESS-}}" ]] || [[ -n "${{LOCAL_ADDRESS6-}}" ]] ||
   [[ -n "${{HOST_BRIDGE-}}" ]] || [[ -n "${{LOCAL_MAC_ADDRESS-}}" ]]; then
  ip link set host0 name eth0

  if [[ -n "${{LOCAL_MAC_ADDRESS-}}" ]]; then
    ip link set dev eth0 address "$LOCAL_MAC_ADDRESS"
  fi

  ip link set dev eth0 up

  if [[ -n "${{LOCAL_ADDRESS-}}" ]]; then
    ip addr add "$LOCAL_ADDRESS" dev eth0
  fi
  if [[ -n "${{LOCAL_ADDRESS6-}}" ]]; then
    ip -6 addr add "$LOCAL_ADDRESS6" dev eth0
  fi
  if [[ -n "${{HOST_ADDRESS-}}" ]]; then
    ip route add "$HOST_ADDRESS" dev eth0
    ip route add default via "$HOST_ADDRESS"
  fi
  if [[ -n "${{HOST_ADDRESS6-}}" ]]; then
    ip -6 route add "$HOST_ADDRESS6" dev eth0
    ip -6 route add default via "$HOST_ADDRESS6"
  fi
fi
"#,
        unit_name_for(config)
    );
    for (interface, network) in config.extra_veths() {
        let quoted = shell_quote(interface);
        script.push('\n');
        script.push_str(&format!(
            "echo {}\nip link set dev {quoted} up\n",
            shell_quote(&format!("Bringing {interface} up"))
        ));
        let steps = [
            ("Setting ip for", "ip addr add", &network.local_address),
            ("Setting ip6 for", "ip -6 addr add", &network.local_address6),
            (
                "Setting route to host for",
                "ip route add",
                &network.host_address,
            ),
            (
                "Setting route6 to host for",
                "ip -6 route add",
                &network.host_address6,
            ),
        ];
        for (message, command, address) in steps {
            if let Some(address) = address {
                script.push_str(&format!(
                    "echo {}\n{command} {} dev {quoted}\n",
                    shell_quote(&format!("{message} {interface}")),
                    shell_quote(address)
                ));
            }
        }
    }
    script.push_str(
        r#"
# Start the regular stage 2 script. We source instead of exec to not lose an early stop
# signal, which is also the only reliable shutdown signal we have since early stop does
# not execute ExecStop* commands.
set +e
# shellcheck disable=SC1090 # stage 2 is the container's own, named by the argument.
. "$1"
"#,
    );
    script
}

/// `ExecReload`: activate the container's current system inside it.
fn reload_script() -> String {
    let mut script = host_script_header(
        RELOAD_SCRIPT_NAME,
        "ExecReload= of container@.service",
        "activates the container's current system inside it.",
    );
    script.push_str(
        r#"
nixos-container run "$INSTANCE" -- \
  bash --login -c "${SYSTEM_PATH:-/nix/var/nix/profiles/system}/bin/switch-to-configuration test"
"#,
    );
    script
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::host_of;
    use crate::model::SystemSource;

    fn paths(artifacts: &[Artifact]) -> Vec<&str> {
        artifacts
            .iter()
            .map(|artifact| artifact.path.as_str())
            .collect()
    }

    fn contents<'a>(artifacts: &'a [Artifact], path: &str) -> &'a str {
        let artifact = artifacts
            .iter()
            .find(|artifact| artifact.path == path)
            .unwrap_or_else(|| panic!("no artifact {path}"));
        match &artifact.kind {
            ArtifactKind::File { contents, mode } => {
                assert_eq!(*mode, 0o755);
                contents
            }
            other => panic!("{path} is not a file: {other:?}"),
        }
    }

    #[test]
    fn a_default_container_uses_the_template_scripts() {
        let host = host_of(vec![ContainerConfig::with_defaults(
            "web",
            SystemSource::Config,
        )]);
        assert_eq!(
            paths(&artifacts(&host)),
            [
                "etc/ncc/scripts/container_-pre-start",
                "etc/ncc/scripts/container_-start",
                "etc/ncc/scripts/container_-post-start",
                "etc/ncc/scripts/container_-init",
                "etc/ncc/scripts/reload-container",
            ]
        );
    }

    #[test]
    fn the_reload_script_is_where_the_units_exec_reload_names_it() {
        assert_eq!(
            crate::model::NIXOS_EXEC_RELOAD,
            format!("{SCRIPT_DIRECTORY}/{RELOAD_SCRIPT_NAME}")
        );
    }

    #[test]
    fn the_template_start_script_keeps_the_journal_and_reads_the_env_file() {
        let host = host_of(Vec::new());
        let start = contents(&artifacts(&host), "etc/ncc/scripts/container_-start").to_owned();
        assert!(start.starts_with("#!/usr/bin/env bash\n"));
        assert!(start.contains("  --link-journal=try-guest \\\n"));
        assert!(!start.contains("--ephemeral"));
        assert!(!start.contains("--capability"));
        assert!(start.contains("containerInit=$(< /etc/ncc/scripts/container_-init)\n"));
        assert!(start.ends_with(
            "  \"$containerShell\" -c \"$containerInit\" container-init \\\n  \"${SYSTEM_PATH:-/nix/var/nix/profiles/system}/init\"\n"
        ));
    }

    #[test]
    fn the_hosts_lines_follow_the_containers_own_and_stop_scripts_are_their_own() {
        let web = ContainerConfig::with_defaults("web", SystemSource::Config);
        let mut host = host_of(vec![web]);
        let mut unit = ContainerUnit::default();
        let scripts = [
            ("preStart", "mkdir -p /srv/web\n"),
            ("postStop", "rm -rf /run/web"),
        ];
        for (option, text) in scripts {
            unit.scripts
                .insert(option.to_owned(), Some(text.to_owned()));
        }
        host.container_units.insert("web".to_owned(), unit);
        let artifacts = artifacts(&host);
        let pre_start = contents(&artifacts, "etc/ncc/scripts/container_web-pre-start");
        let template = contents(&artifacts, "etc/ncc/scripts/container_-pre-start");
        let own = pre_start.replace("container_web-pre-start", "container_-pre-start");
        let own = own.replace("container@web.service", "container@.service");
        assert!(own.starts_with(template), "{pre_start}");
        assert!(pre_start.ends_with(
            "\n# The lines the host adds: systemd.services.\"container@web\".preStart.\n\
             set +u +o pipefail\nmkdir -p /srv/web\n"
        ));
        let post_stop = contents(&artifacts, "etc/ncc/scripts/container_web-post-stop");
        assert!(
            post_stop.ends_with("set -e\n\nrm -rf /run/web\n"),
            "{post_stop}"
        );
        let listed = paths(&artifacts);
        assert!(!listed.contains(&"etc/ncc/scripts/container_web-start"));
        assert!(!listed.contains(&"etc/ncc/scripts/container_web-pre-stop"));
    }

    #[test]
    fn a_container_with_flags_the_env_file_cannot_carry_gets_its_own_start() {
        let mut web = ContainerConfig::with_defaults("web", SystemSource::Config);
        web.ephemeral = true;
        web.enable_tun = true;
        web.additional_capabilities = vec!["CAP_MKNOD".to_owned()];
        web.tmpfs = vec!["/var".to_owned(), "/tmp/my dir".to_owned()];
        let host = host_of(vec![web]);
        let artifacts = artifacts(&host);
        assert!(!paths(&artifacts).contains(&"etc/ncc/scripts/container_web-pre-start"));
        let start = contents(&artifacts, "etc/ncc/scripts/container_web-start");
        assert!(!start.contains("--link-journal"));
        assert!(start.contains("  --ephemeral \\\n"));
        assert!(start.contains("  --capability=CAP_MKNOD,CAP_NET_ADMIN \\\n"));
        assert!(start.contains("  --tmpfs=/var '--tmpfs=/tmp/my dir' \\\n"));
        assert!(start.contains("containerInit=$(< /etc/ncc/scripts/container_-init)\n"));
    }

    #[test]
    fn extra_veths_reach_every_script_of_the_container() {
        let mut web = ContainerConfig::with_defaults("web", SystemSource::Config);
        web.extra_veths.insert(
            "vbr1".to_owned(),
            NetworkOptions {
                host_bridge: Some("br1".to_owned()),
                ..NetworkOptions::default()
            },
        );
        web.extra_veths.insert(
            "vx1".to_owned(),
            NetworkOptions {
                host_address: Some("10.1.0.1".to_owned()),
                local_address: Some("10.1.0.2".to_owned()),
                local_address6: Some("fd00::2".to_owned()),
                ..NetworkOptions::default()
            },
        );
        let host = host_of(vec![web]);
        let artifacts = artifacts(&host);
        let pre = contents(&artifacts, "etc/ncc/scripts/container_web-pre-start");
        assert!(pre.ends_with(
            "ip link del dev vbr1 2> /dev/null || true\nip link del dev vx1 2> /dev/null || true\n"
        ));
        let start = contents(&artifacts, "etc/ncc/scripts/container_web-start");
        assert!(
            start.contains("extraFlags+=(--network-veth-extra=vbr1 --network-veth-extra=vx1)\n")
        );
        assert!(start.contains("containerInit=$(< /etc/ncc/scripts/container_web-init)\n"));
        let post = contents(&artifacts, "etc/ncc/scripts/container_web-post-start");
        assert!(post.contains("\nip link set dev vbr1 master br1 up\n"));
        assert!(post.contains(
            "\nip link set dev vx1 up\nip addr add 10.1.0.1 dev vx1\nip route add 10.1.0.2 dev vx1\nip -6 route add fd00::2 dev vx1\n"
        ));
        let init = contents(&artifacts, "etc/ncc/scripts/container_web-init");
        assert!(init.contains(
            "echo 'Bringing vx1 up'\nip link set dev vx1 up\necho 'Setting ip for vx1'\nip addr add 10.1.0.2 dev vx1\n"
        ));
        assert!(
            init.contains("echo 'Setting route to host for vx1'\nip route add 10.1.0.1 dev vx1\n")
        );
    }
}
