//! ⑤ Checks on the typed configuration: NixOS's own assertions and the rules ncc adds
//! (DESIGN.md §4.7). One file per rule in `check/`, each named for what it flags, with a
//! stable code, a doc comment and fixtures in `testdata/check/`.
//!
//! Codes: `C0xx` are found while reading the configuration (`config.rs`), `C1xx` are
//! NixOS's own assertions and warnings restated with spans, `C2xx` are the rules NixOS
//! does not have. `RULES` lists every rule of this pass in the order its findings are
//! reported; `ncc explain CODE` documents each code. `check/nspawn_flags.rs` is not a rule:
//! it reads `extraFlags` as systemd-nspawn does, for the rules about them.

mod bridge_with_host_address;
mod container_name_too_long;
mod container_name_with_underscore;
mod containers_disabled;
mod duplicate_address;
mod duplicate_forwarded_port;
mod duplicate_mount_point;
mod extra_flag_breaks_container;
mod extra_flag_overrides_option;
mod extra_flag_repeats_option;
mod firewall_blocks_forwarded_port;
mod host_bridge_not_declared;
mod ignored_option;
mod invalid_allowed_device;
mod invalid_container_name;
mod invalid_interface_name;
mod invalid_ip_address;
mod invalid_port_protocol;
mod invalid_time_span;
mod multicast_mac_address;
mod nat_needs_external_interface;
mod nat_without_external_interface;
mod network_namespace_with_private_network;
mod nspawn_flags;
mod private_network_traffic_stays_on_host;
mod relative_mount_path;
mod unit_for_undeclared_container;
mod unit_reload_conflicts;
mod unit_setting_breaks_drop_in;
mod unit_with_two_exec_starts;
mod unknown_capability;
mod value_breaks_emitted_file;
pub mod written_stand_ins;
mod written_values;

use std::cell::OnceCell;
use std::collections::{BTreeMap, HashMap};

use lib_nix::modules::DefinitionSites;
use lib_nix::name::{BuildFx, Name};
use lib_nix::{Diagnostic, DiagnosticKind, Severity, Span};

use crate::model::HostConfig;

/// Where the user wrote each option, for pointing diagnostics at it.
#[derive(Debug, Default, Clone)]
pub struct DefinitionSpans {
    /// Every recorded option, container key (`containers.web`) and list element, taken
    /// over from the evaluator as it is (`Evaluator::definition_spans`): indexed only if a
    /// rule asks, which a clean host never makes it do.
    options: DefinitionSites,
    /// The start of the host file, for what has no better place.
    file: Option<Span>,
    /// The recorded elements of each list option, by the list's path, in merged order;
    /// built on first use from `options`.
    list_elements: OnceCell<HashMap<Vec<Name>, Vec<Name>, BuildFx>>,
    /// ncc's own sources (the schema, `lib`): a definition there, such as the default
    /// `mountPoint` of a bind mount, is not one the user wrote.
    own_sources: Vec<lib_nix::FileId>,
}

impl DefinitionSpans {
    pub fn new(options: DefinitionSites, file: Span) -> DefinitionSpans {
        DefinitionSpans {
            options,
            file: Some(file),
            list_elements: OnceCell::new(),
            own_sources: Vec::new(),
        }
    }

    /// The same, where a definition in one of `files` (ncc's own sources) counts as
    /// not written.
    pub fn with_own_sources(mut self, files: Vec<lib_nix::FileId>) -> DefinitionSpans {
        self.own_sources = files;
        self
    }

    /// The span of `containers.<container>.<path>` as written, else of the container,
    /// else of the file.
    pub fn option(&self, container: &str, path: &[&str]) -> Span {
        self.written(container, path)
            .unwrap_or_else(|| self.container(container))
    }

    /// The span of `containers.<container>.<path>` only if the user wrote it.
    pub fn written(&self, container: &str, path: &[&str]) -> Option<Span> {
        self.options
            .get(&container_key(container, path))
            .filter(|span| !self.own_sources.contains(&span.file))
    }

    /// The span of a host-level option such as `["system", "stateVersion"]`.
    pub fn host_option(&self, path: &[&str]) -> Option<Span> {
        let key: Vec<Name> = path.iter().map(|p| Name::new(p)).collect();
        self.options.get(&key)
    }

    /// The span of a host-level option only if the user wrote it (not one of ncc's
    /// stand-ins for a module, such as extra-container's).
    pub fn host_option_written(&self, path: &[&str]) -> Option<Span> {
        self.host_option(path)
            .filter(|span| !self.own_sources.contains(&span.file))
    }

    /// Where the host writes `option` (`["serviceConfig", "ExecStart"]`) of
    /// `systemd.services."container@<container>"`, else the unit, else the container
    /// (ncc's schema defines some of the unit's settings too, with NixOS's values).
    pub fn container_unit_option(&self, container: &str, option: &[&str]) -> Span {
        let unit_name = format!("container@{container}");
        let unit_path = ["systemd", "services", unit_name.as_str()];
        let option_path = [&unit_path[..], option].concat();
        self.host_option_written(&option_path)
            .or_else(|| self.host_option_written(&unit_path))
            .unwrap_or_else(|| self.container(container))
    }

    /// The span of a host-level option as written, else of the file.
    pub fn host_option_or_file(&self, path: &[&str]) -> Span {
        self.host_option(path).unwrap_or_else(|| self.file())
    }

    /// The start of the host file.
    pub fn file(&self) -> Span {
        self.file.unwrap_or(Span::nowhere())
    }

    /// The span of `containers.<container>` as written, else of the file.
    pub fn container(&self, container: &str) -> Span {
        self.options
            .get(&container_key(container, &[]))
            .or(self.file)
            .unwrap_or(Span::nowhere())
    }

    /// The span of `field` inside element `index` (counted from 0 in the merged list) of
    /// the list option `containers.<container>.<list>`, as written; else of the list
    /// option, else of the container. An empty `field` asks for the element itself.
    ///
    /// The module system names list elements `"[definition N-entry M]"` and concatenates
    /// the definitions in order, so the elements sorted by `(N, M)` are the merged list.
    pub fn list_element(
        &self,
        container: &str,
        list: &[&str],
        index: usize,
        field: &[&str],
    ) -> Span {
        let mut key = container_key(container, list);
        let Some(element) = self.element(&key, index) else {
            return self.option(container, list);
        };
        key.push(element.clone());
        let element_span = self.options.get(&key);
        key.extend(field.iter().map(|p| Name::new(p)));
        self.options
            .get(&key)
            .or(element_span)
            .unwrap_or_else(|| self.option(container, list))
    }

    /// The module system's name of element `index` of the list option
    /// `containers.<container>.<list>`, `"[definition N-entry M]"`, when it was recorded.
    pub fn list_element_name(&self, container: &str, list: &[&str], index: usize) -> Option<&str> {
        self.element(&container_key(container, list), index)
            .map(Name::as_str)
    }

    /// The name of element `index` of the list option at `list`, when it was recorded.
    fn element(&self, list: &[Name], index: usize) -> Option<&Name> {
        self.list_elements()
            .get(list)
            .and_then(|elements| elements.get(index))
    }

    /// Every list option's recorded elements, `"[definition N-entry M]"` sorted by
    /// `(N, M)`, keyed by the list option's path.
    fn list_elements(&self) -> &HashMap<Vec<Name>, Vec<Name>, BuildFx> {
        self.list_elements.get_or_init(|| {
            let mut lists: HashMap<Vec<Name>, Vec<(DefinitionEntry, Name)>, BuildFx> =
                HashMap::default();
            self.options.for_each_location(|key| {
                let Some((last, list)) = key.split_last() else {
                    return;
                };
                if let Some(entry) = definition_entry(last.as_str()) {
                    lists
                        .entry(list.to_vec())
                        .or_default()
                        .push((entry, last.clone()));
                }
            });
            lists
                .into_iter()
                .map(|(list, mut elements)| {
                    elements.sort();
                    (list, elements.into_iter().map(|(_, name)| name).collect())
                })
                .collect()
        })
    }

    /// The name NixOS gives `field` of element `index` of a list option, as in
    /// ``containers.web.forwardPorts."[definition 1-entry 2]".protocol``; `*` stands for
    /// the element when its name was not recorded.
    pub fn list_option_name(
        &self,
        container: &str,
        list: &[&str],
        index: usize,
        field: &[&str],
    ) -> String {
        let element = self
            .list_element_name(container, list, index)
            .unwrap_or("*");
        let mut path: Vec<&str> = list.to_vec();
        path.push(element);
        path.extend_from_slice(field);
        option_name(container, &path)
    }
}

/// The location `containers.<container>.<path>` as the module system records it.
fn container_key(container: &str, path: &[&str]) -> Vec<Name> {
    let mut key = Vec::with_capacity(path.len() + 3);
    key.push(Name::new("containers"));
    key.push(Name::new(container));
    key.extend(path.iter().map(|p| Name::new(p)));
    key
}

/// `(N, M)` of a list element named `"[definition N-entry M]"`: the definition and the
/// entry within it, both counted from 1.
type DefinitionEntry = (u32, u32);

/// The [`DefinitionEntry`] of a list element named `"[definition N-entry M]"`.
fn definition_entry(name: &str) -> Option<DefinitionEntry> {
    let inner = name.strip_prefix("[definition ")?.strip_suffix(']')?;
    let (definition, entry) = inner.split_once("-entry ")?;
    Some((definition.parse().ok()?, entry.parse().ok()?))
}

/// What every rule sees.
pub struct Context<'a> {
    pub host: &'a HostConfig,
    pub spans: &'a DefinitionSpans,
    /// Each container's `extraFlags` as systemd-nspawn reads them, shared by the three
    /// rules about them; read on first use.
    extra_flags: OnceCell<Vec<nspawn_flags::ContainerFlags<'a>>>,
}

impl<'a> Context<'a> {
    pub fn new(host: &'a HostConfig, spans: &'a DefinitionSpans) -> Context<'a> {
        Context {
            host,
            spans,
            extra_flags: OnceCell::new(),
        }
    }

    /// The containers with `extraFlags` that systemd-nspawn would read, in the host's
    /// order, each with its flags read once (see [`nspawn_flags::read_extra_flags`]).
    fn extra_flags(&self) -> &[nspawn_flags::ContainerFlags<'a>] {
        self.extra_flags
            .get_or_init(|| nspawn_flags::read_extra_flags(self.host))
    }
}

/// One rule of this pass: its code and the function that looks for it.
struct Rule {
    code: &'static str,
    check: fn(&Context, &mut Vec<Diagnostic>),
    /// The options of `containers.<name>` whose default, standing where ncc could not
    /// know the value, can make this rule report on the container what the real value
    /// would not (`privateNetwork`'s `false`: "hostAddress is ignored"); the others'
    /// defaults only keep it silent; in groups, so that lists several rules share
    /// ([`NETWORK_OPTIONS`]) are written once. `None`: not worked out, so a container with any
    /// value ncc cannot know is not shown to it (see [`run_partly_known`]).
    misled_by: Option<&'static [&'static [&'static str]]>,
}

/// The options of `containers.<name>` that give its private network's addresses, ports
/// and extra veths (`privateNetwork` deciding whether they count).
const NETWORK_OPTIONS: &[&str] = &[
    "privateNetwork",
    "hostBridge",
    "forwardPorts",
    "hostAddress",
    "hostAddress6",
    "localAddress",
    "localAddress6",
    "localMacAddress",
    "extraVeths",
];

/// The host interfaces a container takes.
const LINK_OPTIONS: &[&str] = &["interfaces", "macvlans"];

/// Every option of `containers.<name>` the flags ncc passes to systemd-nspawn are made
/// from (`nspawn_flags::Generated`), with `extraFlags`: what the rules comparing the two
/// read.
const FLAG_OPTIONS: &[&[&str]] = &[
    NETWORK_OPTIONS,
    LINK_OPTIONS,
    &[
        "extraFlags",
        "privateUsers",
        "ephemeral",
        "allowedDevices",
        "additionalCapabilities",
        "enableTun",
        "tmpfs",
        "networkNamespace",
        "bindMounts",
    ],
];

/// Every rule, in the order its findings are reported (the driver then sorts all
/// diagnostics by position).
const RULES: &[Rule] = &[
    Rule {
        code: container_name_too_long::CODE,
        check: container_name_too_long::check,
        misled_by: Some(&[&["hostBridge"]]),
    },
    Rule {
        code: container_name_with_underscore::CODE,
        check: container_name_with_underscore::check,
        misled_by: Some(&[]),
    },
    Rule {
        code: network_namespace_with_private_network::CODE,
        check: network_namespace_with_private_network::check,
        misled_by: Some(&[&["networkNamespace", "privateNetwork", "interfaces"]]),
    },
    Rule {
        code: containers_disabled::CODE,
        check: containers_disabled::check,
        misled_by: Some(&[]),
    },
    Rule {
        code: value_breaks_emitted_file::CODE,
        check: value_breaks_emitted_file::check,
        // Every option whose value it looks at, and `privateNetwork`, which decides
        // whether the addresses are written; the system is `path` or `flake` (one made
        // from `config` is ncc's placeholder, whatever `config` holds).
        misled_by: Some(&[
            NETWORK_OPTIONS,
            LINK_OPTIONS,
            &[
                "path",
                "flake",
                "networkNamespace",
                "bindMounts",
                "tmpfs",
                "allowedDevices",
                "additionalCapabilities",
                "extraFlags",
                "timeoutStartSec",
            ],
        ]),
    },
    Rule {
        code: unit_setting_breaks_drop_in::CODE,
        check: unit_setting_breaks_drop_in::check,
        misled_by: Some(&[]),
    },
    Rule {
        code: invalid_container_name::CODE,
        check: invalid_container_name::check,
        misled_by: Some(&[]),
    },
    Rule {
        code: invalid_ip_address::CODE,
        check: invalid_ip_address::check,
        misled_by: Some(&[NETWORK_OPTIONS]),
    },
    Rule {
        code: multicast_mac_address::CODE,
        check: multicast_mac_address::check,
        misled_by: Some(&[NETWORK_OPTIONS]),
    },
    Rule {
        code: duplicate_address::CODE,
        check: duplicate_address::check,
        misled_by: Some(&[NETWORK_OPTIONS]),
    },
    Rule {
        code: duplicate_forwarded_port::CODE,
        check: duplicate_forwarded_port::check,
        misled_by: Some(&[&["privateNetwork", "forwardPorts", "autoStart"]]),
    },
    Rule {
        code: ignored_option::CODE,
        check: ignored_option::check,
        misled_by: Some(&[&["privateNetwork", "autoStart", "restartIfChanged"]]),
    },
    Rule {
        code: bridge_with_host_address::CODE,
        check: bridge_with_host_address::check,
        misled_by: Some(&[]),
    },
    Rule {
        code: invalid_interface_name::CODE,
        check: invalid_interface_name::check,
        misled_by: Some(&[NETWORK_OPTIONS, LINK_OPTIONS]),
    },
    Rule {
        code: relative_mount_path::CODE,
        check: relative_mount_path::check,
        misled_by: Some(&[&["bindMounts", "tmpfs"]]),
    },
    Rule {
        code: duplicate_mount_point::CODE,
        check: duplicate_mount_point::check,
        misled_by: Some(&[&["bindMounts", "privateUsers", "tmpfs"]]),
    },
    Rule {
        code: invalid_allowed_device::CODE,
        check: invalid_allowed_device::check,
        misled_by: Some(&[&["allowedDevices"]]),
    },
    Rule {
        code: invalid_time_span::CODE,
        check: invalid_time_span::check,
        misled_by: Some(&[&["timeoutStartSec"]]),
    },
    Rule {
        code: unknown_capability::CODE,
        check: unknown_capability::check,
        misled_by: Some(&[&["additionalCapabilities"]]),
    },
    Rule {
        code: extra_flag_repeats_option::CODE,
        check: extra_flag_repeats_option::check,
        misled_by: Some(FLAG_OPTIONS),
    },
    Rule {
        code: extra_flag_overrides_option::CODE,
        check: extra_flag_overrides_option::check,
        misled_by: Some(FLAG_OPTIONS),
    },
    Rule {
        code: invalid_port_protocol::CODE,
        check: invalid_port_protocol::check,
        misled_by: Some(&[NETWORK_OPTIONS]),
    },
    Rule {
        code: firewall_blocks_forwarded_port::CODE,
        check: firewall_blocks_forwarded_port::check,
        misled_by: Some(&[&["config", "forwardPorts"]]),
    },
    Rule {
        code: extra_flag_breaks_container::CODE,
        check: extra_flag_breaks_container::check,
        misled_by: Some(FLAG_OPTIONS),
    },
    Rule {
        code: nat_needs_external_interface::CODE,
        check: nat_needs_external_interface::check,
        misled_by: Some(&[]),
    },
    Rule {
        code: private_network_traffic_stays_on_host::CODE,
        check: private_network_traffic_stays_on_host::check,
        misled_by: Some(&[&[
            "hostBridge",
            "networkNamespace",
            "localAddress",
            "localAddress6",
            "macvlans",
            "interfaces",
            "extraVeths",
        ]]),
    },
    Rule {
        code: host_bridge_not_declared::CODE,
        check: host_bridge_not_declared::check,
        misled_by: Some(&[]),
    },
    Rule {
        code: nat_without_external_interface::CODE,
        check: nat_without_external_interface::check,
        misled_by: Some(&[]),
    },
    Rule {
        code: unit_for_undeclared_container::CODE,
        check: unit_for_undeclared_container::check,
        misled_by: Some(&[]),
    },
    Rule {
        code: unit_with_two_exec_starts::CODE,
        check: unit_with_two_exec_starts::check,
        misled_by: Some(&[]),
    },
    Rule {
        code: unit_reload_conflicts::CODE,
        check: unit_reload_conflicts::check,
        misled_by: Some(&[]),
    },
];

/// Runs every rule on a host some of whose containers ncc read only in part: `unknown`
/// names each such container with the options its unknown values were met in (`None`:
/// not known which). A rule sees such a container only where no default standing in for
/// one of them can mislead it ([`Rule::misled_by`]); the findings in rule order.
pub fn run_partly_known(
    host: &HostConfig,
    spans: &DefinitionSpans,
    unknown: &BTreeMap<String, Option<Vec<&'static str>>>,
) -> Vec<Diagnostic> {
    // The host each rule sees, one per set of containers left out.
    let mut hosts: Vec<(Vec<&str>, HostConfig)> = Vec::new();
    let mut diagnostics = Vec::new();
    for rule in RULES {
        let left_out: Vec<&str> = unknown
            .iter()
            .filter(|(_, options)| match (rule.misled_by, options) {
                (Some(misled_by), Some(options)) => options
                    .iter()
                    .any(|option| misled_by.iter().any(|group| group.contains(option))),
                _ => true,
            })
            .map(|(name, _)| name.as_str())
            .collect();
        let index = match hosts.iter().position(|(names, _)| *names == left_out) {
            Some(index) => index,
            None => {
                let mut seen = host.clone();
                seen.containers
                    .retain(|name, _| !left_out.contains(&name.as_str()));
                // Its unit goes with it: a `container@<name>` the host defines for a
                // container that is declared is no unit for an undeclared one (C223).
                seen.container_units
                    .retain(|name, _| !left_out.contains(&name.as_str()));
                hosts.push((left_out, seen));
                hosts.len() - 1
            }
        };
        (rule.check)(&Context::new(&hosts[index].1, spans), &mut diagnostics);
    }
    diagnostics
}

/// Runs every rule; the findings in rule order.
pub fn run(context: &Context) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    for rule in RULES {
        let before = diagnostics.len();
        (rule.check)(context, &mut diagnostics);
        debug_assert!(
            diagnostics[before..].iter().all(|d| d.code() == rule.code),
            "rule {} reported another code",
            rule.code
        );
    }
    diagnostics
}

/// A finding of a rule: `code` with `severity`, `message` at `span`.
fn finding(code: &'static str, severity: Severity, message: String, span: Span) -> Diagnostic {
    Diagnostic::new(
        DiagnosticKind::Rule {
            code,
            severity,
            message,
        },
        span,
    )
}

/// True when `value` holds a control character (a newline, a tab, NUL...): such values
/// are reported once, by `value_breaks_emitted_file`, and the rules that check a value's
/// shape leave them alone.
fn has_control_character(value: &str) -> bool {
    value.chars().any(char::is_control)
}

/// Whether `value` holds the text of something ncc stands in for (`"${inputs.net.ip}"`,
/// a value of a file on a search path ncc does not read): what it really is, ncc cannot
/// know, so a rule judging the text must stay silent.
fn stands_in(value: &str) -> bool {
    value.contains(lib_nix::eval::opaque::FAKE_STORE_PREFIX)
}

/// The names the kernel may give the host side of a container's veth pair, `prefix` and
/// the container's `name` (`ve-web`): that name when it fits Linux's 15 bytes, else the
/// name systemd-nspawn shortens it to, which keeps the long one as an alternative name
/// that packet filters do not match. systemd 251 and later keep the first 11 bytes and
/// add four characters of a hash of the whole name (`ve-changedetection` is
/// `ve-changede2KnI`, see `net_shorten_ifname`); older ones cut it at 15 bytes. The
/// first name is the one of a current systemd.
fn host_interface_names(prefix: &str, name: &str) -> Vec<String> {
    use std::hash::Hasher;
    /// `IFNAMSIZ - 1`: the longest interface name.
    const LONGEST: usize = 15;
    /// systemd's `SHORTEN_IFNAME_HASH_KEY`.
    const KEY: [u8; 16] = [
        0xe1, 0x90, 0xa4, 0x04, 0xa8, 0xef, 0x4b, 0x51, 0x8c, 0xcc, 0xc3, 0x3a, 0x9f, 0x11, 0xfc,
        0xa2,
    ];
    /// The url-safe base64 alphabet systemd encodes the hash in.
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let full = format!("{prefix}{name}");
    if full.len() <= LONGEST {
        return vec![full];
    }
    let bytes = full.as_bytes();
    let mut hasher = siphasher::sip::SipHasher24::new_with_key(&KEY);
    hasher.write(bytes);
    let hash = hasher.finish();
    let mut hashed = bytes[..LONGEST - 4].to_vec();
    for shift in [18, 12, 6, 0] {
        hashed.push(ALPHABET[((hash >> shift) & 63) as usize]);
    }
    [&hashed[..], &bytes[..LONGEST]]
        .iter()
        .map(|name| String::from_utf8_lossy(name).into_owned())
        .collect()
}

/// `value` as Nix would print a string: in double quotes, with `"`, `\`, `$` and control
/// characters escaped, for messages.
fn quoted(value: &str) -> String {
    let mut text = String::with_capacity(value.len() + 2);
    text.push('"');
    for c in value.chars() {
        match c {
            '"' => text.push_str("\\\""),
            '\\' => text.push_str("\\\\"),
            '\n' => text.push_str("\\n"),
            '\r' => text.push_str("\\r"),
            '\t' => text.push_str("\\t"),
            '$' => text.push_str("\\$"),
            c if c.is_control() => text.push_str(&format!("\\u{{{:04x}}}", c as u32)),
            c => text.push(c),
        }
    }
    text.push('"');
    text
}

/// `containers.<name>.<path>` as NixOS names options in messages.
fn option_name(container: &str, path: &[&str]) -> String {
    let mut parts = vec!["containers".to_owned(), container.to_owned()];
    parts.extend(path.iter().map(|p| (*p).to_owned()));
    lib_nix::modules::show_option(
        &parts
            .iter()
            .map(|p| lib_nix::name::Name::new(p))
            .collect::<Vec<_>>(),
    )
}

/// An option of one container, named and located only when a rule reports on it: almost
/// every value a rule looks at is fine, and naming and locating each one was most of the
/// rules' cost at 1,000 containers.
struct ContainerOption<'a> {
    container: &'a str,
    /// The option's path below `containers.<container>`.
    path: Vec<&'a str>,
}

impl ContainerOption<'_> {
    /// `containers.<container>.<path>` as NixOS names it in messages.
    fn name(&self) -> String {
        option_name(self.container, &self.path)
    }

    /// Where the option was written ([`DefinitionSpans::option`]).
    fn span(&self, spans: &DefinitionSpans) -> Span {
        spans.option(self.container, &self.path)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::{ContainerConfig, SystemSource};

    /// A host holding `containers`, with no recorded spans.
    pub(crate) fn host_of(containers: Vec<ContainerConfig>) -> HostConfig {
        HostConfig {
            network: Default::default(),
            container_units: Default::default(),
            state_version: "25.11".to_owned(),
            enable_containers: true,
            containers: containers
                .into_iter()
                .map(|container| (container.name.clone(), container))
                .collect(),
        }
    }

    /// The codes `rule` finds on `host`.
    pub(crate) fn codes(
        check: fn(&Context, &mut Vec<Diagnostic>),
        host: &HostConfig,
    ) -> Vec<String> {
        messages(check, host)
            .into_iter()
            .map(|(code, _)| code)
            .collect()
    }

    /// The messages `rule` finds on a host of `container` alone.
    pub(crate) fn flagged(
        check: fn(&Context, &mut Vec<Diagnostic>),
        container: ContainerConfig,
    ) -> Vec<String> {
        messages(check, &host_of(vec![container]))
            .into_iter()
            .map(|(_, message)| message)
            .collect()
    }

    /// The codes and messages `rule` finds on `host`.
    pub(crate) fn messages(
        check: fn(&Context, &mut Vec<Diagnostic>),
        host: &HostConfig,
    ) -> Vec<(String, String)> {
        let spans = DefinitionSpans::default();
        let mut found = Vec::new();
        check(&Context::new(host, &spans), &mut found);
        found
            .iter()
            .map(|d| (d.code().to_owned(), d.message()))
            .collect()
    }

    pub(crate) fn container(name: &str) -> ContainerConfig {
        ContainerConfig::with_defaults(name, SystemSource::Config)
    }

    /// Each option a rule may be misled by is an option of `containers.<name>`, as the
    /// reader names it: a misspelt one would never match, and the rule would be shown
    /// containers it is misled on.
    #[test]
    fn rules_are_misled_by_container_options() {
        let schema = include_str!("schema.nix");
        for rule in RULES {
            for option in rule.misled_by.into_iter().flatten().copied().flatten() {
                assert!(
                    schema.contains(&format!(" {option} = mkOption")),
                    "{}: {option}",
                    rule.code
                );
            }
        }
    }

    /// A container read in part is shown to a rule only where no default standing in for
    /// what ncc could not read can mislead it: with `privateNetwork` unknown, C207 would
    /// call its addresses ignored; with `hostAddress6` unknown, its long name is still
    /// too long (C101).
    #[test]
    fn a_container_read_in_part_is_shown_to_the_rules_it_cannot_mislead() {
        let mut edge = container("edge-gateway");
        edge.network.host_address = Some("10.0.0.1".to_owned());
        let mut web = container("web-frontend");
        web.private_network = true;
        let host = host_of(vec![edge, web]);
        let spans = DefinitionSpans::default();
        let codes = |unknown: &[(&str, Option<Vec<&'static str>>)]| -> Vec<String> {
            let unknown = unknown
                .iter()
                .map(|(name, options)| (name.to_string(), options.clone()))
                .collect();
            run_partly_known(&host, &spans, &unknown)
                .iter()
                .map(|d| d.code().to_owned())
                .collect()
        };
        let everything: Vec<String> = run(&Context::new(&host, &spans))
            .iter()
            .map(|d| d.code().to_owned())
            .collect();
        assert_eq!(everything, ["C101", "C207"]);
        assert_eq!(codes(&[]), everything);
        assert_eq!(
            codes(&[("edge-gateway", Some(vec!["privateNetwork"]))]),
            ["C101"]
        );
        assert_eq!(
            codes(&[("web-frontend", Some(vec!["hostAddress6"]))]),
            everything
        );
        assert_eq!(
            codes(&[("web-frontend", Some(vec!["hostBridge"]))]),
            ["C207"]
        );
        assert!(codes(&[("web-frontend", None), ("edge-gateway", None)]).is_empty());
    }

    #[test]
    fn long_interface_names_are_shortened_as_systemd_nspawn_shortens_them() {
        assert_eq!(host_interface_names("ve-", "web"), ["ve-web"]);
        assert_eq!(
            host_interface_names("ve-", "twelve-chars"),
            ["ve-twelve-chars"]
        );
        // A real host's NAT rule names its `changedetection` container's interface so, as
        // systemd-nspawn named it there.
        assert_eq!(
            host_interface_names("ve-", "changedetection"),
            ["ve-changede2KnI", "ve-changedetect"]
        );
    }

    #[test]
    fn list_elements_are_found_in_definition_order() {
        let file = lib_nix::FileId::new(0);
        let key = |parts: &[&str]| parts.iter().map(|p| Name::new(p)).collect::<Vec<_>>();
        let mut options = DefinitionSites::default();
        let list = ["containers", "web", "forwardPorts"];
        options.record(&key(&list), Span::new(file, 1, 2));
        for (element, start) in [
            ("[definition 1-entry 1]", 10),
            ("[definition 1-entry 2]", 20),
            ("[definition 2-entry 1]", 30),
            ("[definition 10-entry 1]", 40),
        ] {
            let mut path = key(&list);
            path.push(Name::new(element));
            options.record(&path, Span::new(file, start, start + 1));
            path.push(Name::new("hostPort"));
            options.record(&path, Span::new(file, start + 5, start + 6));
        }
        let spans = DefinitionSpans::new(options, Span::new(file, 0, 0));
        let list = ["forwardPorts"];
        assert_eq!(spans.list_element("web", &list, 0, &["hostPort"]).start, 15);
        assert_eq!(spans.list_element("web", &list, 2, &[]).start, 30);
        assert_eq!(spans.list_element("web", &list, 3, &["hostPort"]).start, 45);
        assert_eq!(spans.list_element("web", &list, 1, &["protocol"]).start, 20);
        assert_eq!(spans.list_element("web", &list, 9, &["hostPort"]).start, 1);
    }

    #[test]
    fn values_are_quoted_as_nix_prints_them() {
        assert_eq!(quoted("a\"b\\c\n${x}"), "\"a\\\"b\\\\c\\n\\${x}\"");
        assert_eq!(quoted("nul\0"), "\"nul\\u{0000}\"");
    }
}
