//! The string values of a container that `ncc build` writes into its files, each with
//! the option it comes from and the place it goes: what C201 judges and what `ncc build`
//! looks through for the stand-ins it would write (`written_stand_ins.rs`). Not a rule.

use lib_nix::Span;

use super::DefinitionSpans;
use crate::model::{ContainerConfig, SystemSource};

/// Where a value ends up, which decides what it may contain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    /// `KEY=value` in the `.conf`, unquoted.
    ConfRaw(&'static str),
    /// One word of `KEY="a b c"` in the `.conf`.
    ConfWord(&'static str),
    /// Free text inside `KEY="…"` in the `.conf` (`extraFlags`).
    ConfText(&'static str),
    /// A value written raw to a unit drop-in (`TimeoutStartSec=`, a `DeviceAllow=` mode).
    UnitRaw,
    /// The address of a line of `etc/ncc/hosts` (the host's `/etc/hosts`).
    HostsLine,
    /// A value ncc quotes or escapes itself (scripts, unit paths).
    Quoted,
}

/// One string value of a container and where it goes.
pub(super) struct Written<'a> {
    pub(super) value: &'a str,
    /// The option's path below `containers.<name>`, as messages show it; the element of a
    /// list option is [`ELEMENT`] until a message names it (`Written::option_path`).
    pub(super) option: Vec<&'a str>,
    pub(super) at: At<'a>,
    pub(super) place: Place,
    /// Whether the value ends its word in the quoted key (a bind mount's `mountPoint`
    /// ends `--bind=HOST:MOUNT`), so whitespace after it only separates words.
    pub(super) ends_word: bool,
}

/// Where a value was written. It is looked up in the definition spans only for a value
/// that is reported: looking it up for every value was most of this rule's cost.
pub(super) enum At<'a> {
    /// The option itself (`DefinitionSpans::option`).
    Option,
    /// Another option: the key `bindMounts.<key>` for a `mountPoint` left to default to
    /// it, the key `extraVeths.<interface>` for the interface's name.
    Other(Vec<&'a str>),
    /// Element `index` of the option, a list of strings: the definition that holds it
    /// (a list may be defined in several modules). Reported once per option, as
    /// [`At::Option`] is.
    Item(usize),
    /// `field` of element `index` of the list option `list`
    /// (`DefinitionSpans::list_element`).
    ListElement {
        list: &'static str,
        index: usize,
        field: &'static str,
    },
}

/// Stands for the element of a list option in `Written::option` (`"*"` is also what a
/// message shows when the module system recorded no name for the element).
pub(super) const ELEMENT: &str = "*";

impl<'a> Written<'a> {
    /// The option's path as messages show it: a list element by the name the module
    /// system gives it, `"[definition N-entry M]"`.
    pub(super) fn option_path(&self, spans: &'a DefinitionSpans, container: &str) -> Vec<&'a str> {
        let mut path = self.option.clone();
        if let At::ListElement { list, index, .. } = &self.at {
            if let Some(element) = spans.list_element_name(container, &[list], *index) {
                path[1] = element;
            }
        }
        path
    }

    /// Which value this is, for reporting each once: the option, and the list element.
    pub(super) fn identity(&self) -> (&[&'a str], Option<usize>) {
        let index = match &self.at {
            At::ListElement { index, .. } => Some(*index),
            _ => None,
        };
        (&self.option, index)
    }

    /// The span of what the user wrote for this value.
    pub(super) fn span(&self, spans: &DefinitionSpans, container: &str) -> Span {
        match &self.at {
            At::Option => spans.option(container, &self.option),
            At::Item(index) => spans.list_element(container, &self.option, *index, &[]),
            At::Other(path) => spans.option(container, path),
            At::ListElement { list, index, field } => {
                spans.list_element(container, &[list], *index, &[field])
            }
        }
    }
}

/// Every string value of `container` that codegen writes somewhere, with its place.
pub(super) fn values<'a>(container: &'a ContainerConfig) -> Vec<Written<'a>> {
    let mut values = Vec::new();
    let mut push = |value: &'a str, option: &[&'a str], at: At<'a>, place: Place| {
        values.push(Written {
            value,
            option: option.to_vec(),
            at,
            place,
            ends_word: false,
        });
    };

    match &container.system {
        SystemSource::Path(path) => {
            push(path, &["path"], At::Option, Place::ConfRaw("SYSTEM_PATH"))
        }
        SystemSource::Flake(flake) => push(flake, &["flake"], At::Option, Place::ConfRaw("FLAKE")),
        SystemSource::Config => {}
    }
    if container.private_network {
        let network = &container.network;
        let singles = [
            ("hostBridge", "HOST_BRIDGE", &network.host_bridge),
            ("hostAddress", "HOST_ADDRESS", &network.host_address),
            ("hostAddress6", "HOST_ADDRESS6", &network.host_address6),
            ("localAddress", "LOCAL_ADDRESS", &network.local_address),
            ("localAddress6", "LOCAL_ADDRESS6", &network.local_address6),
            (
                "localMacAddress",
                "LOCAL_MAC_ADDRESS",
                &network.local_mac_address,
            ),
        ];
        for (option_key, conf_key, value) in singles {
            if let Some(value) = value {
                push(value, &[option_key], At::Option, Place::ConfRaw(conf_key));
            }
        }
        for (index, port) in network.forward_ports.iter().enumerate() {
            push(
                &port.protocol,
                &["forwardPorts", ELEMENT, "protocol"],
                At::ListElement {
                    list: "forwardPorts",
                    index,
                    field: "protocol",
                },
                Place::ConfRaw("HOST_PORT"),
            );
        }
    }
    if let Some(address) = &container.network.local_address {
        // NixOS lists every container's localAddress in the host's /etc/hosts, with or
        // without privateNetwork.
        push(address, &["localAddress"], At::Option, Place::HostsLine);
    }
    if let Some(namespace) = &container.network_namespace {
        push(
            namespace,
            &["networkNamespace"],
            At::Option,
            Place::ConfRaw("NETWORK_NAMESPACE_PATH"),
        );
    }
    for (index, interface) in container.interfaces.iter().enumerate() {
        push(
            interface,
            &["interfaces"],
            At::Item(index),
            Place::ConfWord("INTERFACES"),
        );
    }
    // An empty entry of `macvlans` is dropped as harmlessly as NixOS drops it: the start
    // script splits `MACVLANS` into words, so it reaches no command, and no unit or script
    // names it (`macvlans = [ cfg.device ]` with no device, for the host's network).
    for (index, macvlan) in container.macvlans.iter().enumerate() {
        if macvlan.is_empty() {
            continue;
        }
        push(
            macvlan,
            &["macvlans"],
            At::Item(index),
            Place::ConfWord("MACVLANS"),
        );
    }
    for (key, bind) in &container.bind_mounts {
        // The schema defaults `mountPoint` to the key; only a different value was written.
        let mount_point_at = if &bind.mount_point == key {
            At::Other(vec!["bindMounts", key])
        } else {
            At::Option
        };
        push(
            &bind.mount_point,
            &["bindMounts", key, "mountPoint"],
            mount_point_at,
            Place::ConfWord("EXTRA_NSPAWN_FLAGS"),
        );
        if let Some(host_path) = &bind.host_path {
            push(
                host_path,
                &["bindMounts", key, "hostPath"],
                At::Option,
                Place::ConfWord("EXTRA_NSPAWN_FLAGS"),
            );
        }
    }
    for (index, flag) in container.extra_flags.iter().enumerate() {
        push(
            flag,
            &["extraFlags"],
            At::Item(index),
            Place::ConfText("EXTRA_NSPAWN_FLAGS"),
        );
    }
    push(
        &container.timeout_start_sec,
        &["timeoutStartSec"],
        At::Option,
        Place::UnitRaw,
    );
    for (index, device) in container.allowed_devices.iter().enumerate() {
        let field = |field| At::ListElement {
            list: "allowedDevices",
            index,
            field,
        };
        push(
            &device.node,
            &["allowedDevices", ELEMENT, "node"],
            field("node"),
            Place::Quoted,
        );
        push(
            &device.modifier,
            &["allowedDevices", ELEMENT, "modifier"],
            field("modifier"),
            Place::UnitRaw,
        );
    }
    for (index, path) in container.tmpfs.iter().enumerate() {
        push(path, &["tmpfs"], At::Item(index), Place::Quoted);
    }
    for (index, capability) in container.additional_capabilities.iter().enumerate() {
        push(
            capability,
            &["additionalCapabilities"],
            At::Item(index),
            Place::Quoted,
        );
    }
    for (interface, veth) in &container.extra_veths {
        push(
            interface,
            &["extraVeths"],
            At::Other(vec!["extraVeths", interface]),
            Place::Quoted,
        );
        let singles = [
            ("hostBridge", &veth.host_bridge),
            ("hostAddress", &veth.host_address),
            ("hostAddress6", &veth.host_address6),
            ("localAddress", &veth.local_address),
            ("localAddress6", &veth.local_address6),
        ];
        for (option_key, value) in singles {
            if let Some(value) = value {
                push(
                    value,
                    &["extraVeths", interface, option_key],
                    At::Option,
                    Place::Quoted,
                );
            }
        }
    }
    // `--bind=HOST:MOUNT` (or `--bind-ro=`) ends with the mount point.
    for written in &mut values {
        written.ends_word = written.option.first() == Some(&"bindMounts")
            && written.option.last() == Some(&"mountPoint");
    }
    values
}
