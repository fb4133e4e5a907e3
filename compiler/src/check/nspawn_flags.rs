//! Support for C215, C216 and C219: `extraFlags` read as systemd-nspawn reads them, and the
//! flags ncc itself passes to systemd-nspawn for a container.
//!
//! NixOS joins `extraFlags` with spaces into `EXTRA_NSPAWN_FLAGS`, and the start script
//! splits that at whitespace into words, which systemd-nspawn reads with `getopt_long`
//! (its short options `+hD:u:abL:M:jS:Z:qi:xp:nUE:P`; the `+` stops at the first word that
//! is not an option). The table of options is systemd-nspawn 252's.
//!
//! [`read_extra_flags`] reads every container's `extraFlags` once for the three rules,
//! which reach it through `Context::extra_flags`.

use std::cell::OnceCell;

use lib_nix::Span;

use super::DefinitionSpans;
use crate::model::{ContainerConfig, HostConfig, PrivateUsers};

/// One container's `extraFlags` read as systemd-nspawn reads them, with the flags ncc
/// passes itself, which are worked out only when a rule first compares against them.
pub(super) struct ContainerFlags<'a> {
    pub(super) container: &'a ContainerConfig,
    /// What [`parse`] reads from the container's `extraFlags`; never empty.
    pub(super) words: Vec<Word>,
    /// For each of `words`, the index of the `extraFlags` element it was written in.
    elements: Vec<usize>,
    generated: OnceCell<Generated>,
}

impl ContainerFlags<'_> {
    /// Where word `index` of [`ContainerFlags::words`] was written: the definition of
    /// `extraFlags` that holds it (a host may define the list in several modules), else
    /// the option.
    pub(super) fn span_of(&self, spans: &DefinitionSpans, index: usize) -> Span {
        let name = self.container.name.as_str();
        match self.elements.get(index) {
            Some(element) => spans.list_element(name, &["extraFlags"], *element, &[]),
            None => spans.option(name, &["extraFlags"]),
        }
    }

    /// What ncc passes to systemd-nspawn for this container.
    pub(super) fn generated(&self) -> &Generated {
        self.generated.get_or_init(|| Generated::of(self.container))
    }
}

/// The containers of `host` whose `extraFlags` hold at least one word, in the host's
/// order, each read once. A container whose flags hold a control character is left out:
/// C201 reports it, and what systemd-nspawn would read from it is anyone's guess.
pub(super) fn read_extra_flags(host: &HostConfig) -> Vec<ContainerFlags<'_>> {
    host.containers
        .values()
        .filter(|container| {
            !container
                .extra_flags
                .iter()
                .any(|flag| super::has_control_character(flag))
        })
        .filter_map(|container| {
            let (words, elements) = parse_placed(&container.extra_flags).into_iter().unzip();
            let words: Vec<Word> = words;
            (!words.is_empty()).then(|| ContainerFlags {
                container,
                words,
                elements,
                generated: OnceCell::new(),
            })
        })
        .collect()
}

/// Whether an option takes an argument.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Argument {
    None,
    Required,
    /// Only as `--name=value`.
    Optional,
}

/// The long options of systemd-nspawn 252, with their short forms.
const OPTIONS: &[(&str, Option<char>, Argument)] = &[
    ("help", Some('h'), Argument::None),
    ("version", None, Argument::None),
    ("quiet", Some('q'), Argument::None),
    ("no-pager", None, Argument::None),
    ("settings", None, Argument::Required),
    ("directory", Some('D'), Argument::Required),
    ("template", None, Argument::Required),
    ("ephemeral", Some('x'), Argument::None),
    ("image", Some('i'), Argument::Required),
    ("image-policy", None, Argument::Required),
    ("oci-bundle", None, Argument::Required),
    ("read-only", None, Argument::None),
    ("volatile", None, Argument::Optional),
    ("root-hash", None, Argument::Required),
    ("root-hash-sig", None, Argument::Required),
    ("verity-data", None, Argument::Required),
    ("pivot-root", None, Argument::Required),
    ("as-pid2", Some('a'), Argument::None),
    ("boot", Some('b'), Argument::None),
    ("chdir", None, Argument::Required),
    ("setenv", Some('E'), Argument::Required),
    ("user", Some('u'), Argument::Required),
    ("kill-signal", None, Argument::Required),
    ("notify-ready", None, Argument::Required),
    ("suppress-sync", None, Argument::Required),
    ("machine", Some('M'), Argument::Required),
    ("hostname", None, Argument::Required),
    ("uuid", None, Argument::Required),
    ("slice", Some('S'), Argument::Required),
    ("property", None, Argument::Required),
    ("register", None, Argument::Required),
    ("keep-unit", None, Argument::None),
    ("private-users", None, Argument::Optional),
    ("private-users-ownership", None, Argument::Required),
    ("private-users-chown", None, Argument::None),
    ("private-network", None, Argument::None),
    ("network-interface", None, Argument::Required),
    ("network-macvlan", None, Argument::Required),
    ("network-ipvlan", None, Argument::Required),
    ("network-veth", Some('n'), Argument::None),
    ("network-veth-extra", None, Argument::Required),
    ("network-bridge", None, Argument::Required),
    ("network-zone", None, Argument::Required),
    ("network-namespace-path", None, Argument::Required),
    ("port", Some('p'), Argument::Required),
    ("capability", None, Argument::Required),
    ("drop-capability", None, Argument::Required),
    ("ambient-capability", None, Argument::Required),
    ("no-new-privileges", None, Argument::Required),
    ("system-call-filter", None, Argument::Required),
    ("selinux-context", Some('Z'), Argument::Required),
    ("selinux-apifs-context", Some('L'), Argument::Required),
    ("rlimit", None, Argument::Required),
    ("oom-score-adjust", None, Argument::Required),
    ("cpu-affinity", None, Argument::Required),
    ("personality", None, Argument::Required),
    ("resolv-conf", None, Argument::Required),
    ("timezone", None, Argument::Required),
    ("link-journal", None, Argument::Required),
    ("bind", None, Argument::Required),
    ("bind-ro", None, Argument::Required),
    ("inaccessible", None, Argument::Required),
    ("tmpfs", None, Argument::Required),
    ("overlay", None, Argument::Required),
    ("overlay-ro", None, Argument::Required),
    ("bind-user", None, Argument::Required),
    ("console", None, Argument::Required),
    ("pipe", Some('P'), Argument::None),
    ("set-credential", None, Argument::Required),
    ("load-credential", None, Argument::Required),
];

/// Short options that are shorthands for a long option with a value.
const SHORTHANDS: &[(char, &str, &str)] = &[
    ('j', "link-journal", "try-guest"),
    ('U', "private-users", "pick"),
];

/// One word or option of `extraFlags` as systemd-nspawn reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Word {
    /// An option by its long name (`-n` is `network-veth`), with its value, and the text
    /// as written (`-p 80`, `--port=80`).
    Option {
        name: String,
        value: Option<String>,
        written: String,
    },
    /// An option systemd-nspawn 252 does not know, as written.
    Unknown(String),
    /// `--`, or the first word that is not an option: systemd-nspawn stops reading options
    /// here and takes it and everything after it as the command to run.
    EndOfOptions(String),
}

/// `extraFlags` split into words and read as options, as far as systemd-nspawn reads them.
#[cfg(test)]
pub(super) fn parse(extra_flags: &[String]) -> Vec<Word> {
    parse_placed(extra_flags)
        .into_iter()
        .map(|(word, _)| word)
        .collect()
}

/// As [`parse`], each word with the index of the `extraFlags` element it starts in (an
/// option's value may be the next element: `[ "--port" "80" ]`).
fn parse_placed(extra_flags: &[String]) -> Vec<(Word, usize)> {
    let joined = extra_flags.join(" ");
    // Where each element starts in `joined`.
    let starts: Vec<usize> = extra_flags
        .iter()
        .scan(0, |next, flag| {
            let start = *next;
            *next += flag.len() + 1;
            Some(start)
        })
        .collect();
    let element_at = |word: &str| {
        let offset = word.as_ptr() as usize - joined.as_ptr() as usize;
        starts
            .partition_point(|start| *start <= offset)
            .saturating_sub(1)
    };
    let mut words = joined.split_whitespace();
    let mut out = Vec::new();
    while let Some(word) = words.next() {
        let at = element_at(word);
        if word == "--" || !word.starts_with('-') || word == "-" {
            out.push((Word::EndOfOptions(word.to_owned()), at));
            break;
        }
        if let Some(long) = word.strip_prefix("--") {
            let (name, inline) = match long.split_once('=') {
                Some((name, value)) => (name, Some(value.to_owned())),
                None => (long, None),
            };
            let Some((canonical, _, argument)) = OPTIONS.iter().find(|(n, _, _)| *n == name) else {
                out.push((Word::Unknown(word.to_owned()), at));
                if inline.is_none() {
                    // Its argument, if it takes one, is the next word: skip it unread.
                    words.next();
                }
                continue;
            };
            let (value, written) = match (argument, inline) {
                (Argument::Required, None) => match words.next() {
                    Some(next) => (Some(next.to_owned()), format!("{word} {next}")),
                    None => (None, word.to_owned()),
                },
                (_, inline) => (inline, word.to_owned()),
            };
            out.push((
                Word::Option {
                    name: (*canonical).to_owned(),
                    value,
                    written,
                },
                at,
            ));
            continue;
        }
        // A cluster of short options, `-xn` or `-Mweb` or `-M web`.
        for (index, letter) in word[1..].char_indices() {
            if let Some((_, long, value)) = SHORTHANDS.iter().find(|(c, _, _)| *c == letter) {
                out.push((
                    Word::Option {
                        name: (*long).to_owned(),
                        value: Some((*value).to_owned()),
                        written: format!("-{letter}"),
                    },
                    at,
                ));
                continue;
            }
            let Some((long, _, argument)) =
                OPTIONS.iter().find(|(_, short, _)| *short == Some(letter))
            else {
                out.push((Word::Unknown(format!("-{letter}")), at));
                continue;
            };
            if *argument == Argument::Required {
                let rest = &word[1 + index + letter.len_utf8()..];
                let (value, written) = if rest.is_empty() {
                    match words.next() {
                        Some(next) => (Some(next.to_owned()), format!("-{letter} {next}")),
                        None => (None, format!("-{letter}")),
                    }
                } else {
                    (Some(rest.to_owned()), format!("-{letter}{rest}"))
                };
                out.push((
                    Word::Option {
                        name: (*long).to_owned(),
                        value,
                        written,
                    },
                    at,
                ));
                break;
            }
            out.push((
                Word::Option {
                    name: (*long).to_owned(),
                    value: None,
                    written: format!("-{letter}"),
                },
                at,
            ));
        }
    }
    out
}

/// A bind mount as systemd-nspawn reads `--bind[-ro]=SOURCE[:DESTINATION[:OPTIONS]]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Bind {
    pub(super) source: String,
    pub(super) destination: String,
    pub(super) options: String,
    pub(super) read_only: bool,
}

impl Bind {
    pub(super) fn parse(spec: &str, read_only: bool) -> Bind {
        let mut parts = spec.splitn(3, ':');
        let source = parts.next().unwrap_or_default().to_owned();
        let destination = parts
            .next()
            .map(str::to_owned)
            .unwrap_or_else(|| source.clone());
        let options = parts.next().unwrap_or_default().to_owned();
        Bind {
            source,
            destination: normalize(&destination),
            options,
            read_only,
        }
    }
}

/// A path with repeated `/`, `.` components and a trailing `/` removed.
pub(super) fn normalize(path: &str) -> String {
    let absolute = path.starts_with('/');
    let components: Vec<&str> = path
        .split('/')
        .filter(|c| !c.is_empty() && *c != ".")
        .collect();
    format!(
        "{}{}",
        if absolute { "/" } else { "" },
        components.join("/")
    )
}

/// A `--port=` value in its full form, `tcp:80:80` for `80`.
pub(super) fn normalize_port(spec: &str) -> String {
    let (protocol, rest) = match spec.split_once(':') {
        Some((protocol @ ("tcp" | "udp"), rest)) => (protocol, rest),
        _ => ("tcp", spec),
    };
    match rest.split_once(':') {
        Some((host, container)) => format!("{protocol}:{host}:{container}"),
        None => format!("{protocol}:{rest}:{rest}"),
    }
}

/// Where a generated flag comes from, for messages: an option in backquotes, or prose
/// ("ncc's start script", "the container's name").
pub(super) fn describe_origin(origin: &str) -> String {
    if origin.starts_with("ncc") || origin.starts_with("the ") {
        origin.to_owned()
    } else {
        format!("`{origin}`")
    }
}

/// The environment variables ncc's start script passes with `--setenv`.
pub(super) const SETENV_NAMES: &[&str] = &[
    "PRIVATE_NETWORK",
    "PRIVATE_USERS",
    "HOST_BRIDGE",
    "HOST_ADDRESS",
    "LOCAL_ADDRESS",
    "HOST_ADDRESS6",
    "LOCAL_ADDRESS6",
    "LOCAL_MAC_ADDRESS",
    "HOST_PORT",
    "PATH",
];

/// What ncc passes to systemd-nspawn for one container, and the option each flag comes
/// from.
pub(super) struct Generated {
    /// `(long option name, value, the container option it comes from)`.
    pub(super) flags: Vec<(&'static str, Option<String>, &'static str)>,
    pub(super) binds: Vec<(Bind, &'static str)>,
    /// Whether `CAP_NET_ADMIN` among the capabilities comes from `enableTun` alone (NixOS
    /// appends it to `additionalCapabilities`), so that a message names the option the
    /// user wrote.
    pub(super) tun_capability: bool,
}

/// The origin of capabilities some of which `additionalCapabilities` grants and one
/// `enableTun` (in backquotes as [`describe_origin`] writes an origin).
const CAPABILITIES_AND_TUN: &str = "additionalCapabilities` and `enableTun";

impl Generated {
    pub(super) fn of(container: &ContainerConfig) -> Generated {
        let network = &container.network;
        let mut flags: Vec<(&'static str, Option<String>, &'static str)> = vec![
            ("keep-unit", None, "ncc's start script"),
            (
                "machine",
                Some(container.name.clone()),
                "the container's name",
            ),
            ("notify-ready", Some("yes".to_owned()), "ncc's start script"),
            (
                "kill-signal",
                Some("SIGRTMIN+3".to_owned()),
                "ncc's start script",
            ),
            (
                "private-users",
                Some(container.private_users.as_conf_value()),
                "privateUsers",
            ),
        ];
        if !container.ephemeral {
            flags.push((
                "link-journal",
                Some("try-guest".to_owned()),
                "ncc's start script",
            ));
        } else {
            flags.push(("ephemeral", None, "ephemeral"));
        }
        let (_, capabilities) = container.effective_devices_and_capabilities();
        let tun_capability = container.enable_tun
            && !container
                .additional_capabilities
                .iter()
                .any(|c| super::unknown_capability::canonical(c) == Some("CAP_NET_ADMIN"));
        if !capabilities.is_empty() {
            flags.push((
                "capability",
                Some(capabilities.join(",")),
                "additionalCapabilities",
            ));
        }
        for path in &container.tmpfs {
            flags.push(("tmpfs", Some(path.clone()), "tmpfs"));
        }
        if container.private_network {
            flags.push(("private-network", None, "privateNetwork"));
            let veth = network.host_address.is_some()
                || network.host_address6.is_some()
                || network.local_address.is_some()
                || network.local_address6.is_some()
                || network.local_mac_address.is_some();
            if veth {
                flags.push(("network-veth", None, "the container's addresses"));
            }
            for port in &network.forward_ports {
                let container_port = port.container_port.unwrap_or(port.host_port);
                flags.push((
                    "port",
                    Some(format!(
                        "{}:{}:{container_port}",
                        port.protocol, port.host_port
                    )),
                    "forwardPorts",
                ));
            }
            if let Some(bridge) = &network.host_bridge {
                flags.push(("network-bridge", Some(bridge.clone()), "hostBridge"));
            }
        }
        if let Some(namespace) = &container.network_namespace {
            flags.push((
                "network-namespace-path",
                Some(namespace.clone()),
                "networkNamespace",
            ));
        }
        for key in container.extra_veths.keys() {
            flags.push(("network-veth-extra", Some(key.clone()), "extraVeths"));
        }
        for interface in &container.interfaces {
            flags.push(("network-interface", Some(interface.clone()), "interfaces"));
        }
        for macvlan in &container.macvlans {
            flags.push(("network-macvlan", Some(macvlan.clone()), "macvlans"));
        }

        let idmap = matches!(container.private_users, PrivateUsers::Pick)
            || matches!(container.private_users, PrivateUsers::BaseUid(uid) if uid > 0);
        let idmap = if idmap { ":idmap" } else { "" };
        let name = &container.name;
        let mut binds = vec![
            (
                Bind::parse(&format!("/nix/store:/nix/store{idmap}"), true),
                "ncc's start script",
            ),
            (
                Bind::parse(&format!("/nix/var/nix/db:/nix/var/nix/db{idmap}"), true),
                "ncc's start script",
            ),
            (
                Bind::parse(
                    &format!("/nix/var/nix/daemon-socket:/nix/var/nix/daemon-socket{idmap}"),
                    true,
                ),
                "ncc's start script",
            ),
            (
                Bind::parse(
                    &format!(
                        "/nix/var/nix/profiles/per-container/{name}:/nix/var/nix/profiles{idmap}"
                    ),
                    false,
                ),
                "ncc's start script",
            ),
            (
                Bind::parse(
                    &format!(
                        "/nix/var/nix/gcroots/per-container/{name}:/nix/var/nix/gcroots{idmap}"
                    ),
                    false,
                ),
                "ncc's start script",
            ),
        ];
        for bind in container.bind_mounts.values() {
            let spec = match &bind.host_path {
                Some(host_path) => format!("{host_path}:{}", bind.mount_point),
                None => bind.mount_point.clone(),
            };
            binds.push((Bind::parse(&spec, bind.is_read_only), "bindMounts"));
        }
        Generated {
            flags,
            binds,
            tun_capability,
        }
    }

    /// The value ncc passes for the single-valued option `name`, with its origin.
    pub(super) fn single(&self, name: &str) -> Option<(&Option<String>, &'static str)> {
        self.flags
            .iter()
            .find(|(n, _, _)| *n == name)
            .map(|(_, value, origin)| (value, *origin))
    }

    /// The option ncc passes `name` with `value` from (compared as systemd-nspawn would),
    /// if it does; a capability `enableTun` grants is named for `enableTun`.
    pub(super) fn has(&self, name: &str, value: Option<&str>) -> Option<&'static str> {
        let origin = self.flags.iter().find_map(|(n, v, origin)| {
            let same = *n == name
                && match (name, v.as_deref(), value) {
                    ("port", Some(ours), Some(theirs)) => {
                        normalize_port(ours) == normalize_port(theirs)
                    }
                    ("capability", Some(ours), Some(theirs)) => {
                        let ours: Vec<&str> = ours
                            .split(',')
                            .filter_map(super::unknown_capability::canonical)
                            .collect();
                        let theirs: Vec<Option<&str>> = theirs
                            .split(',')
                            .filter(|c| !c.is_empty())
                            .map(super::unknown_capability::canonical)
                            .collect();
                        !theirs.is_empty()
                            && theirs.iter().all(|c| c.is_some_and(|c| ours.contains(&c)))
                    }
                    ("tmpfs" | "network-namespace-path", Some(ours), Some(theirs)) => {
                        normalize(ours) == normalize(theirs)
                    }
                    (_, ours, theirs) => ours == theirs,
                };
            same.then_some(*origin)
        })?;
        if name != "capability" || !self.tun_capability {
            return Some(origin);
        }
        let theirs: Vec<Option<&str>> = value
            .unwrap_or_default()
            .split(',')
            .filter(|c| !c.is_empty())
            .map(super::unknown_capability::canonical)
            .collect();
        let from_tun = theirs
            .iter()
            .filter(|c| **c == Some("CAP_NET_ADMIN"))
            .count();
        Some(if from_tun == 0 {
            origin
        } else if from_tun == theirs.len() {
            "enableTun"
        } else {
            CAPABILITIES_AND_TUN
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(flags: &[&str]) -> Vec<Word> {
        parse(&flags.iter().map(|f| (*f).to_owned()).collect::<Vec<_>>())
    }

    fn option(name: &str, value: Option<&str>, written: &str) -> Word {
        Word::Option {
            name: name.to_owned(),
            value: value.map(str::to_owned),
            written: written.to_owned(),
        }
    }

    #[test]
    fn long_short_and_clustered_options() {
        assert_eq!(
            words(&[
                "--bind /a:/b --private-network",
                "-xn",
                "-Mweb",
                "-p 80",
                "-U",
                "--volatile",
                "state"
            ]),
            [
                option("bind", Some("/a:/b"), "--bind /a:/b"),
                option("private-network", None, "--private-network"),
                option("ephemeral", None, "-x"),
                option("network-veth", None, "-n"),
                option("machine", Some("web"), "-Mweb"),
                option("port", Some("80"), "-p 80"),
                option("private-users", Some("pick"), "-U"),
                option("volatile", None, "--volatile"),
                Word::EndOfOptions("state".to_owned()),
            ]
        );
        assert_eq!(
            words(&["--frobnicate", "value", "--", "x"]),
            [
                Word::Unknown("--frobnicate".to_owned()),
                Word::EndOfOptions("--".to_owned())
            ]
        );
    }

    #[test]
    fn binds_and_ports_in_full() {
        assert_eq!(Bind::parse("/srv/a", true).destination, "/srv/a");
        assert_eq!(
            Bind::parse("/srv/a:/data/:idmap", false).destination,
            "/data"
        );
        assert_eq!(normalize_port("80"), "tcp:80:80");
        assert_eq!(normalize_port("udp:53"), "udp:53:53");
        assert_eq!(normalize_port("8080:80"), "tcp:8080:80");
    }
}
