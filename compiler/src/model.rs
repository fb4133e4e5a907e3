//! The typed configuration of a host's containers: what the module system's merged
//! `config` means, once checked. Codegen reads only this; it never sees a Nix value.

use std::collections::BTreeMap;

/// Everything codegen needs to know about one host.
#[derive(Debug, Clone, PartialEq)]
pub struct HostConfig {
    /// `system.stateVersion`; decides between `/etc/nixos-containers` (>= 22.05) and
    /// the legacy `/etc/containers` layout.
    pub state_version: String,
    /// `boot.enableContainers`: gates every emitted file, the template included.
    pub enable_containers: bool,
    /// `containers.<name>`, sorted by name.
    pub containers: BTreeMap<String, ContainerConfig>,
    /// The host's own networking, as far as containers meet it.
    pub network: HostNetwork,
    /// `systemd.services."container@<name>"` as the host's modules define it, merged with
    /// what NixOS's containers module defines for a declared container, by `<name>`. Only
    /// units the host defines are here; `<name>` need not be a declared container.
    pub container_units: BTreeMap<String, ContainerUnit>,
}

/// A value read from the host's configuration, or `Unknown` when ncc could not read it
/// (an option of a module it does not evaluate, a definition that failed): rules that
/// would need it stay silent rather than guess.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum HostValue<T> {
    Known(T),
    Unknown,
}

impl<T> HostValue<T> {
    /// The value, when it is known.
    pub fn known(&self) -> Option<&T> {
        match self {
            HostValue::Known(value) => Some(value),
            HostValue::Unknown => None,
        }
    }
}

impl<T> From<Option<T>> for HostValue<T> {
    fn from(value: Option<T>) -> HostValue<T> {
        match value {
            Some(value) => HostValue::Known(value),
            None => HostValue::Unknown,
        }
    }
}

/// The host options of `networking` that containers meet.
#[derive(Debug, Clone, PartialEq)]
pub struct HostNetwork {
    /// `networking.hostName`.
    pub host_name: HostValue<String>,
    /// `networking.nat`.
    pub nat: Nat,
    /// `networking.nftables.enable`: decides how NAT and firewall rules match interface
    /// name wildcards (`*` with nftables, `+` with iptables).
    pub nftables: HostValue<bool>,
    /// `networking.networkmanager.enable`.
    pub network_manager: HostValue<bool>,
    /// `networking.bridges.<name>.interfaces`, by bridge name.
    pub bridges: HostValue<BTreeMap<String, Vec<String>>>,
    /// `networking.interfaces.<name>` addresses (`address/prefixLength`), by interface.
    pub interfaces: HostValue<BTreeMap<String, Vec<String>>>,
    /// `networking.firewall.enable`.
    pub firewall_enable: HostValue<bool>,
    /// `networking.firewall.trustedInterfaces`.
    pub trusted_interfaces: HostValue<Vec<String>>,
    /// Options defined on the host that can create network devices by means ncc does not
    /// model (`systemd.network.netdevs`, `networking.vswitches`, NetworkManager...), by
    /// name: a bridge missing from `networking.bridges` may come from one of them.
    pub other_device_sources: Vec<String>,
    /// Whether the host's kernel is newer than Linux 5.8, as far as its modules ncc
    /// evaluates say: none sets `boot.kernelPackages` (NixOS 25.11's default is 6.12), or
    /// they set a package set of nixpkgs whose name gives no older version
    /// (`pkgs.linuxPackages_latest`, `pkgs.linuxKernel.packages.linux_6_6`). `false` where
    /// ncc cannot tell. Modules ncc does not evaluate are not asked: none of those
    /// configurations import in 25.11's time picks a kernel that old.
    pub kernel_after_5_8: bool,
}

impl Default for HostNetwork {
    /// NixOS's defaults.
    fn default() -> HostNetwork {
        HostNetwork {
            host_name: HostValue::Known("nixos".to_owned()),
            nat: Nat::default(),
            nftables: HostValue::Known(false),
            network_manager: HostValue::Known(false),
            bridges: HostValue::Known(BTreeMap::new()),
            interfaces: HostValue::Known(BTreeMap::new()),
            firewall_enable: HostValue::Known(true),
            trusted_interfaces: HostValue::Known(Vec::new()),
            other_device_sources: Vec::new(),
            kernel_after_5_8: false,
        }
    }
}

/// `networking.nat`.
#[derive(Debug, Clone, PartialEq)]
pub struct Nat {
    pub enable: HostValue<bool>,
    pub internal_interfaces: HostValue<Vec<String>>,
    pub internal_ips: HostValue<Vec<String>>,
    /// `None` when not set (NixOS's default, `null`).
    pub external_interface: HostValue<Option<String>>,
    /// How many `forwardPorts` entries there are.
    pub forward_ports: HostValue<usize>,
    /// The `destination` of each `forwardPorts` entry ncc can read, as written
    /// (`10.0.0.2:22`, `[fc00::2]:80`).
    pub forward_destinations: HostValue<Vec<String>>,
    pub dmz_host: HostValue<Option<String>>,
    /// Whether the host translates addresses by rules written by hand
    /// (`networking.nat.extraCommands`, `networking.firewall.extraCommands`,
    /// `networking.nftables.ruleset` with a `MASQUERADE` or `SNAT`): what those rules
    /// cover, ncc cannot tell.
    pub hand_written_translation: HostValue<bool>,
}

impl Default for Nat {
    /// NixOS's defaults: NAT off, nothing to translate.
    fn default() -> Nat {
        Nat {
            enable: HostValue::Known(false),
            internal_interfaces: HostValue::Known(Vec::new()),
            internal_ips: HostValue::Known(Vec::new()),
            external_interface: HostValue::Known(None),
            forward_ports: HostValue::Known(0),
            forward_destinations: HostValue::Known(Vec::new()),
            dmz_host: HostValue::Known(None),
            hand_written_translation: HostValue::Known(false),
        }
    }
}

/// `systemd.services."container@<name>"` after merging, in the text NixOS's unit
/// generator gives each setting (`true`/`false`, numbers in decimal, one entry per list
/// element). For a declared container the scalar settings NixOS's containers module sets
/// (`TimeoutStartSec`, `Restart`, `environment.root`, `description`...) hold the merged
/// result, NixOS's own value unless a stronger definition replaced it; the lists hold only
/// what the host added (NixOS's own entries come first, from code generation).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ContainerUnit {
    /// `description`.
    pub description: String,
    /// The unit lists of `[Unit]` by their key (`After`, `Wants`, `Requires`...), each
    /// written as one space-separated line.
    pub unit_lists: BTreeMap<&'static str, Vec<String>>,
    /// `wantedBy`, `requiredBy`, `upheldBy`: `[Install]` and the links that enable it.
    pub wanted_by: Vec<String>,
    pub required_by: Vec<String>,
    pub upheld_by: Vec<String>,
    /// `unitConfig.<Key>`, one line per value.
    pub unit_config: BTreeMap<String, Vec<String>>,
    /// `serviceConfig.<Key>`, one line per value.
    pub service_config: BTreeMap<String, Vec<String>>,
    /// `environment.<VAR>`, without the unset (`null`) ones.
    pub environment: BTreeMap<String, String>,
    pub restart_if_changed: bool,
    /// `enable`: false asks NixOS not to install the unit.
    pub enable: bool,
    /// `overrideStrategy = "asDropin"`: the definition is a drop-in for the template's
    /// instance rather than a unit of its own.
    pub as_drop_in: bool,
    /// The scripts the host gives the unit, by option (`preStart`, `postStop`...), with
    /// their text where ncc knows it: NixOS adds `preStart`, `script` and `postStart` to
    /// the lines of its own scripts and runs `preStop`, `postStop` and `reload` as
    /// `ExecStop=`, `ExecStopPost=` and `ExecReload=`.
    pub scripts: BTreeMap<String, Option<String>>,
}

/// The `ExecReload=` NixOS's containers module gives a declared container's unit, as ncc
/// writes it: its `reload-container` script (`schema.nix` gives the same value).
pub const NIXOS_EXEC_RELOAD: &str = "/etc/ncc/scripts/reload-container";

impl ContainerUnit {
    /// The text the host adds as `option` (`preStart`), if it adds one ncc knows.
    pub fn added_script(&self, option: &str) -> Option<&str> {
        self.scripts.get(option)?.as_deref()
    }

    /// How the unit's `ExecReload` stands to NixOS's own value.
    pub fn exec_reload(&self) -> ExecReload {
        match self.service_config.get("ExecReload").map(Vec::as_slice) {
            None => ExecReload::Kept,
            Some([only]) if only == NIXOS_EXEC_RELOAD => ExecReload::Kept,
            Some([first, ..]) if first == NIXOS_EXEC_RELOAD => ExecReload::Joined,
            Some(_) => ExecReload::Replaced,
        }
    }
}

/// A container unit's `ExecReload` beside the one NixOS's containers module gives it,
/// which decides what a host's `reload` script (NixOS's systemd module makes it one more
/// definition of `ExecReload`) comes to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExecReload {
    /// NixOS's value alone: a `reload` script conflicts with it (C225).
    Kept,
    /// NixOS's value first, the host's list after it: a `reload` script joins the list.
    Joined,
    /// Replaced by a stronger definition (`mkForce`), which discards a `reload` script.
    Replaced,
}

impl HostConfig {
    /// True when the host uses the `nixos-` prefixed layout (stateVersion >= 22.05).
    pub fn uses_nixos_prefix(&self) -> bool {
        lib_nix::version::compare_versions(&self.state_version, "22.05").is_ge()
    }

    /// `nixos-containers` or `containers`: the directory name under `/etc` and `/var/lib`.
    pub fn configuration_directory_name(&self) -> &'static str {
        if self.uses_nixos_prefix() {
            "nixos-containers"
        } else {
            "containers"
        }
    }
}

/// How the container's system is found.
#[derive(Debug, Clone, PartialEq)]
pub enum SystemSource {
    /// `config = { ... }`: ncc cannot build the system, so the container boots its
    /// per-container profile and `SYSTEM_PATH` is omitted (DESIGN.md §4.5).
    Config,
    /// `path = "/nix/store/...";` given explicitly.
    Path(String),
    /// `flake = "...";`: `path` is the per-container profile, `FLAKE=` is written.
    Flake(String),
}

/// `privateUsers`: `"no"`, `"identity"`, `"pick"` or a base UID.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PrivateUsers {
    No,
    Identity,
    Pick,
    BaseUid(u32),
}

impl PrivateUsers {
    /// The text NixOS writes for it (`toString cfg.privateUsers`).
    pub fn as_conf_value(&self) -> String {
        match self {
            PrivateUsers::No => "no".to_owned(),
            PrivateUsers::Identity => "identity".to_owned(),
            PrivateUsers::Pick => "pick".to_owned(),
            PrivateUsers::BaseUid(uid) => uid.to_string(),
        }
    }
}

/// One `containers.<name>` after merging and type checking.
#[derive(Debug, Clone, PartialEq)]
pub struct ContainerConfig {
    pub name: String,
    pub system: SystemSource,
    pub additional_capabilities: Vec<String>,
    pub ephemeral: bool,
    pub enable_tun: bool,
    pub copy_resolv_conf: bool,
    pub private_network: bool,
    pub network_namespace: Option<String>,
    pub private_users: PrivateUsers,
    pub interfaces: Vec<String>,
    pub macvlans: Vec<String>,
    /// `extraVeths.<interface>`, sorted by interface name.
    pub extra_veths: BTreeMap<String, NetworkOptions>,
    pub auto_start: bool,
    pub restart_if_changed: bool,
    pub timeout_start_sec: String,
    /// `bindMounts.<key>`, sorted by key as `attrValues` sorts them.
    pub bind_mounts: BTreeMap<String, BindMount>,
    pub allowed_devices: Vec<AllowedDevice>,
    pub tmpfs: Vec<String>,
    pub extra_flags: Vec<String>,
    pub network: NetworkOptions,
    /// What ncc checked of the container's own NixOS configuration (`config` route only).
    pub inner: Option<InnerConfig>,
}

/// The parts of a container's own NixOS configuration that ncc declares and checks
/// (DESIGN.md §4.5), after merging with the defaults NixOS adds.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct InnerConfig {
    pub host_name: String,
    pub firewall_enable: bool,
    pub allowed_tcp_ports: Vec<u16>,
    pub allowed_udp_ports: Vec<u16>,
    pub openssh_enable: bool,
    pub openssh_ports: Vec<u16>,
    pub openssh_open_firewall: bool,
    /// Options defined in the configuration but outside ncc's declared subset, as
    /// `containers.<name>.<option>`: accepted, not checked.
    pub unchecked: Vec<String>,
    /// Whether an unchecked option may open ports in the container's firewall: a
    /// setting named like `openFirewall` below one (`services.immich.openFirewall`)
    /// that is not `false`.
    pub unchecked_opens_ports: bool,
}

/// The `networkOptions` shared by a container and each of its `extraVeths`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NetworkOptions {
    pub host_bridge: Option<String>,
    pub forward_ports: Vec<ForwardPort>,
    pub host_address: Option<String>,
    pub host_address6: Option<String>,
    pub local_address: Option<String>,
    pub local_address6: Option<String>,
    pub local_mac_address: Option<String>,
    /// Options NixOS never reads here (see `check::ignored_option`) that are written
    /// with a value ncc could not read (an entry of `forwardPorts` without `hostPort`):
    /// ignored all the same.
    pub unread_written: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BindMount {
    pub mount_point: String,
    pub host_path: Option<String>,
    pub is_read_only: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AllowedDevice {
    pub node: String,
    pub modifier: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ForwardPort {
    pub protocol: String,
    pub host_port: u16,
    pub container_port: Option<u16>,
}

impl ContainerConfig {
    /// A container with every option at its NixOS default; tests and the schema start here.
    pub fn with_defaults(name: &str, system: SystemSource) -> ContainerConfig {
        ContainerConfig {
            name: name.to_owned(),
            system,
            additional_capabilities: Vec::new(),
            ephemeral: false,
            enable_tun: false,
            copy_resolv_conf: true,
            private_network: false,
            network_namespace: None,
            private_users: PrivateUsers::No,
            interfaces: Vec::new(),
            macvlans: Vec::new(),
            extra_veths: BTreeMap::new(),
            auto_start: false,
            restart_if_changed: true,
            timeout_start_sec: "1min".to_owned(),
            bind_mounts: BTreeMap::new(),
            allowed_devices: Vec::new(),
            tmpfs: Vec::new(),
            extra_flags: Vec::new(),
            network: NetworkOptions::default(),
            inner: None,
        }
    }

    /// `allowedDevices` and `additionalCapabilities` as NixOS derives them before rendering
    /// (`enableTun`, and `privateUsers` with `privateNetwork`; spec §3.3).
    pub fn effective_devices_and_capabilities(&self) -> (Vec<AllowedDevice>, Vec<String>) {
        let mut devices = self.allowed_devices.clone();
        let mut capabilities = self.additional_capabilities.clone();
        let tun = AllowedDevice {
            node: "/dev/net/tun".to_owned(),
            modifier: "rwm".to_owned(),
        };
        let users_need_tun = matches!(self.private_users, PrivateUsers::Pick)
            || matches!(self.private_users, PrivateUsers::BaseUid(uid) if uid > 0);
        if self.enable_tun {
            devices.push(tun);
            capabilities.push("CAP_NET_ADMIN".to_owned());
        } else if self.private_network && users_need_tun {
            devices.push(tun);
        }
        (devices, capabilities)
    }
}
