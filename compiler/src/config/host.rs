//! Reads the host options containers meet (`networking.*`, `systemd.services."container@<name>"`)
//! into the typed model. A value that cannot be read is [`HostValue::Unknown`], never a
//! guess: the rules that need it stay silent.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use lib_nix::eval::{AttrEntry, Attrs, EvalError, Thunk, Value};
use lib_nix::modules::{EntriesAlone, Entry, LazyGroup, OptionGroup, OptionNode};
use lib_nix::name::Name;
use lib_nix::Span;

use super::Reader;
use crate::model::{ContainerUnit, HostNetwork, HostValue, Nat};

/// The top-level option groups the schema declares for the host besides `containers`,
/// `assertions` and `warnings`, which are read on their own.
const HOST_GROUPS: &[&str] = &["boot", "networking", "system", "systemd", "virtualisation"];

/// The units of containers the host defines, as [`Reader::container_units`] reads them.
#[derive(Default)]
pub(super) struct ContainerUnits {
    /// By container name.
    pub(super) read: BTreeMap<String, ContainerUnit>,
    /// The containers whose unit depends on a value ncc cannot know (reported).
    pub(super) unknown: UnknownUnits,
}

/// Which containers' units ncc could not know.
pub(super) enum UnknownUnits {
    These(BTreeSet<String>),
    /// The host's set of units itself is unknown: NixOS may drop or replace any unit.
    All,
}

impl Default for UnknownUnits {
    fn default() -> UnknownUnits {
        UnknownUnits::These(BTreeSet::new())
    }
}

impl ContainerUnits {
    fn note_unknown(&mut self, container: &str, unknown: bool) {
        if let (true, UnknownUnits::These(names)) = (unknown, &mut self.unknown) {
            names.insert(container.to_owned());
        }
    }
}

impl UnknownUnits {
    pub(super) fn contains(&self, container: &str) -> bool {
        match self {
            UnknownUnits::These(names) => names.contains(container),
            UnknownUnits::All => true,
        }
    }
}

/// The scripts of a unit NixOS's systemd module turns into `ExecStartPre=`, `ExecStart=`,
/// `ExecStartPost=`, `ExecStop=`, `ExecStopPost=` and `ExecReload=` (the first three
/// added to the lines of the container's own, as `types.lines` merges them).
const UNIT_SCRIPTS: &[&str] = &[
    "preStart",
    "script",
    "postStart",
    "reload",
    "preStop",
    "postStop",
];

/// `systemd.services.<name>` list options that become one space-separated `[Unit]` line,
/// with the key NixOS's unit generator writes.
const UNIT_LISTS: &[(&str, &str)] = &[
    ("after", "After"),
    ("before", "Before"),
    ("bindsTo", "BindsTo"),
    ("conflicts", "Conflicts"),
    ("documentation", "Documentation"),
    ("onFailure", "OnFailure"),
    ("onSuccess", "OnSuccess"),
    ("partOf", "PartOf"),
    ("requires", "Requires"),
    ("requisite", "Requisite"),
    ("upholds", "Upholds"),
    ("wants", "Wants"),
];

impl Reader<'_, '_> {
    /// Forces every declared host option, deeply, so each bad definition is reported even
    /// where nothing reads it (NixOS type-checks every option it builds the system from).
    /// The units NixOS's containers module alone defines are left out: ncc makes them
    /// from the containers, which are checked on their own.
    pub(super) fn force_host_options(
        &mut self,
        options: &OptionGroup,
        definitions: &Rc<LazyGroup>,
        root: &Rc<Attrs>,
        host_units: &BTreeSet<Name>,
        span: Span,
    ) {
        let root = self.without_nixos_units(root, host_units);
        for group in HOST_GROUPS {
            let Some(node) = options.children.get(*group) else {
                continue;
            };
            let mut one = OptionGroup::default();
            one.children.insert(Name::new(group), clone_node(node));
            self.force_declared(&one, definitions, &Value::Attrs(root.clone()), span);
        }
    }

    /// `root` with only the units of `systemd.services` a module of the host defines
    /// (`host_units`); as it is where that option cannot be read (forcing it reports why).
    fn without_nixos_units(&mut self, root: &Rc<Attrs>, host_units: &BTreeSet<Name>) -> Rc<Attrs> {
        let Some(systemd) = root.get("systemd").map(|e| e.value.clone()) else {
            return root.clone();
        };
        let Ok(Value::Attrs(systemd)) = self.ev.force(&systemd, None) else {
            return root.clone();
        };
        let Some(services) = systemd.get("services").map(|e| e.value.clone()) else {
            return root.clone();
        };
        let Ok(Value::Attrs(services)) = self.ev.force(&services, None) else {
            return root.clone();
        };
        let kept: Vec<_> = services
            .entries()
            .iter()
            .filter(|unit| host_units.contains(&unit.name))
            .cloned()
            .collect();
        if kept.len() == services.len() {
            return root.clone();
        }
        let services = Attrs::from_sorted(kept).with_marks_of(&services);
        let replace = |attrs: &Attrs, name: &str, value: Value| {
            let entries = attrs
                .entries()
                .iter()
                .map(|entry| match entry.name.as_str() == name {
                    true => AttrEntry {
                        value: Thunk::ready(value.clone()),
                        ..entry.clone()
                    },
                    false => entry.clone(),
                })
                .collect();
            Attrs::from_sorted(entries).with_marks_of(attrs)
        };
        let systemd = replace(&systemd, "services", Value::Attrs(Rc::new(services)));
        Rc::new(replace(root, "systemd", Value::Attrs(Rc::new(systemd))))
    }

    /// `networking.*` as far as containers meet it.
    pub(super) fn host_network(&mut self, root: &Rc<Attrs>, span: Span) -> HostNetwork {
        let mut network = HostNetwork::default();
        let Some(networking) = self.attrs(root, "networking", span) else {
            return network;
        };
        network.host_name = self.string(&networking, "hostName", span).into();
        network.nftables = self.nested_bool(&networking, &["nftables", "enable"], span);
        // A module ncc does not evaluate (a shared hardening module of a flake input) may
        // turn nftables on, which changes how NAT patterns match: left at its default by
        // every module ncc sees, it is unknown.
        if self.evaluated.imports_opaque
            && network.nftables == HostValue::Known(false)
            && !super::defined_by_a_module(
                self.ev,
                self.evaluated,
                &["networking", "nftables"],
                &["enable"],
            )
        {
            network.nftables = HostValue::Unknown;
        }
        network.network_manager =
            self.nested_bool(&networking, &["networkmanager", "enable"], span);
        network.nat = match self.attrs(&networking, "nat", span) {
            Some(nat) => Nat {
                enable: self.boolean(&nat, "enable", span).into(),
                internal_interfaces: self.known_strings(&nat, "internalInterfaces", span),
                internal_ips: self.known_strings(&nat, "internalIPs", span),
                external_interface: self.nullable_string(&nat, "externalInterface", span),
                forward_ports: match self.get(&nat, "forwardPorts", span) {
                    Some(Value::List(items)) => HostValue::Known(items.len()),
                    _ => HostValue::Unknown,
                },
                forward_destinations: self.forward_destinations(&nat, span),
                dmz_host: self.nullable_string(&nat, "dmzHost", span),
                hand_written_translation: HostValue::Unknown,
            },
            None => unknown_nat(),
        };
        network.nat.hand_written_translation = self.hand_written_translation(&networking);
        network.bridges = match self.attrs(&networking, "bridges", span) {
            Some(bridges) => {
                let mut known = BTreeMap::new();
                for entry in bridges.entries() {
                    let members = match self.ev.force(&entry.value, Some(span)) {
                        Ok(Value::Attrs(bridge)) => self.strings(&bridge, "interfaces", span),
                        _ => Vec::new(),
                    };
                    known.insert(entry.name.to_string(), members);
                }
                HostValue::Known(known)
            }
            None => HostValue::Unknown,
        };
        network.interfaces = match self.attrs(&networking, "interfaces", span) {
            Some(interfaces) => {
                let mut known = BTreeMap::new();
                for entry in interfaces.entries() {
                    let mut addresses = Vec::new();
                    if let Ok(Value::Attrs(interface)) = self.ev.force(&entry.value, Some(span)) {
                        for family in ["ipv4", "ipv6"] {
                            let Some(family) = self.attrs(&interface, family, span) else {
                                continue;
                            };
                            for address in self.submodules(&family, "addresses", span) {
                                let ip = self.string(&address, "address", span);
                                let prefix = match self.get(&address, "prefixLength", span) {
                                    Some(Value::Int(prefix)) => Some(prefix),
                                    _ => None,
                                };
                                if let (Some(ip), Some(prefix)) = (ip, prefix) {
                                    addresses.push(format!("{ip}/{prefix}"));
                                }
                            }
                        }
                    }
                    known.insert(entry.name.to_string(), addresses);
                }
                HostValue::Known(known)
            }
            None => HostValue::Unknown,
        };
        if let Some(firewall) = self.attrs(&networking, "firewall", span) {
            network.firewall_enable = self.boolean(&firewall, "enable", span).into();
            network.trusted_interfaces = self.known_strings(&firewall, "trustedInterfaces", span);
        }
        network.other_device_sources = self.other_device_sources(root, &networking, span);
        network
    }

    /// The options defined on the host that can create a network device by means ncc does
    /// not model. Read only where the host's open world holds them.
    fn other_device_sources(
        &mut self,
        root: &Rc<Attrs>,
        networking: &Rc<Attrs>,
        span: Span,
    ) -> Vec<String> {
        let mut sources = Vec::new();
        if self.nested_bool(networking, &["networkmanager", "enable"], span)
            != HostValue::Known(false)
        {
            sources.push("networking.networkmanager".to_owned());
        }
        for (path, option) in [
            (&["networking", "vswitches"][..], "networking.vswitches"),
            (&["networking", "macvlans"][..], "networking.macvlans"),
            (
                &["systemd", "network", "netdevs"][..],
                "systemd.network.netdevs",
            ),
            (
                &["virtualisation", "libvirtd", "enable"][..],
                "virtualisation.libvirtd",
            ),
            (
                &["virtualisation", "docker", "enable"][..],
                "virtualisation.docker",
            ),
            (
                &["virtualisation", "incus", "enable"][..],
                "virtualisation.incus",
            ),
            (
                &["virtualisation", "lxd", "enable"][..],
                "virtualisation.lxd",
            ),
        ] {
            if self.defined_and_not_empty(root, path, span) {
                sources.push(option.to_owned());
            }
        }
        sources
    }

    /// True when `path` holds something other than `false`, `null` or an empty set or list.
    fn defined_and_not_empty(&mut self, root: &Rc<Attrs>, path: &[&str], span: Span) -> bool {
        let mut current = root.clone();
        for (index, part) in path.iter().enumerate() {
            let Some(value) = self.get(&current, part, span) else {
                return false;
            };
            if index + 1 == path.len() {
                return match value {
                    Value::Bool(b) => b,
                    Value::Null => false,
                    Value::Attrs(attrs) => !attrs.entries().is_empty(),
                    Value::List(items) => !items.is_empty(),
                    _ => true,
                };
            }
            match value {
                Value::Attrs(inner) => current = inner,
                _ => return false,
            }
        }
        false
    }

    /// Whether a rule written by hand translates addresses. Read only as far as it can be
    /// without a finding: a value that fails to evaluate is unknown here, and NixOS
    /// reports it (or not) where it builds the script.
    fn hand_written_translation(&mut self, networking: &Attrs) -> HostValue<bool> {
        const SCRIPTS: [(&str, &str); 3] = [
            ("nat", "extraCommands"),
            ("firewall", "extraCommands"),
            ("nftables", "ruleset"),
        ];
        let mut answer = HostValue::Known(false);
        for (group, name) in SCRIPTS {
            let Some(group) = networking.get(group).map(|entry| entry.value.clone()) else {
                continue;
            };
            let script = match self.ev.force(&group, None) {
                Ok(Value::Attrs(group)) => group.get(name).map(|entry| entry.value.clone()),
                _ => {
                    answer = HostValue::Unknown;
                    continue;
                }
            };
            let Some(script) = script else { continue };
            match self.rule_translates(&script) {
                HostValue::Known(true) => return HostValue::Known(true),
                HostValue::Known(false) => {}
                HostValue::Unknown => answer = HostValue::Unknown,
            }
        }
        match self.nftables_tables_translate(networking) {
            HostValue::Known(false) => answer,
            other => other,
        }
    }

    /// Whether a table of `networking.nftables.tables` (each a `content` written by hand,
    /// `oifname "eth0" masquerade`) translates addresses.
    fn nftables_tables_translate(&mut self, networking: &Attrs) -> HostValue<bool> {
        let Some(nftables) = networking.get("nftables").map(|entry| entry.value.clone()) else {
            return HostValue::Known(false);
        };
        let tables = match self.ev.force(&nftables, None) {
            Ok(Value::Attrs(nftables)) => match nftables.get("tables") {
                Some(entry) => entry.value.clone(),
                None => return HostValue::Known(false),
            },
            _ => return HostValue::Unknown,
        };
        let Ok(Value::Attrs(tables)) = self.ev.force(&tables, None) else {
            return HostValue::Unknown;
        };
        let mut answer = HostValue::Known(false);
        for table in tables.entries() {
            let translates = match self.ev.force(&table.value, None) {
                Ok(Value::Attrs(table)) => match table.get("content") {
                    Some(entry) => self.rule_translates(&entry.value),
                    None => continue,
                },
                _ => HostValue::Unknown,
            };
            match translates {
                HostValue::Known(true) => return HostValue::Known(true),
                HostValue::Known(false) => {}
                HostValue::Unknown => answer = HostValue::Unknown,
            }
        }
        answer
    }

    /// Whether a rule written by hand (a script, a table's `content`) translates
    /// addresses: it masquerades or rewrites the source (`MASQUERADE`, `snat`).
    fn rule_translates(&mut self, rule: &Thunk) -> HostValue<bool> {
        match self.ev.force(rule, None) {
            Ok(Value::String(text)) => {
                let text = text.to_ascii_lowercase();
                HostValue::Known(text.contains("masquerade") || text.contains("snat"))
            }
            _ => HostValue::Unknown,
        }
    }

    fn nested_bool(&mut self, attrs: &Rc<Attrs>, path: &[&str], span: Span) -> HostValue<bool> {
        let Some((last, groups)) = path.split_last() else {
            return HostValue::Unknown;
        };
        let mut current = attrs.clone();
        for group in groups {
            match self.attrs(&current, group, span) {
                Some(inner) => current = inner,
                None => return HostValue::Unknown,
            }
        }
        self.boolean(&current, last, span).into()
    }

    /// The `destination` of each `networking.nat.forwardPorts` entry that ncc can read;
    /// an entry it cannot read is left out.
    fn forward_destinations(&mut self, nat: &Attrs, span: Span) -> HostValue<Vec<String>> {
        let Some(Value::List(items)) = self.get(nat, "forwardPorts", span) else {
            return HostValue::Unknown;
        };
        let mut destinations = Vec::new();
        for item in items.iter() {
            if let Ok(Value::Attrs(entry)) = self.ev.force(item, Some(span)) {
                if let Some(destination) = self.string(&entry, "destination", span) {
                    destinations.push(destination);
                }
            }
        }
        HostValue::Known(destinations)
    }

    fn known_strings(&mut self, attrs: &Attrs, name: &str, span: Span) -> HostValue<Vec<String>> {
        match self.get(attrs, name, span) {
            Some(Value::List(items)) => {
                let mut out = Vec::new();
                for item in items.iter() {
                    match self.ev.force(item, Some(span)) {
                        Ok(Value::String(s)) => out.push(s.to_string()),
                        _ => return HostValue::Unknown,
                    }
                }
                HostValue::Known(out)
            }
            _ => HostValue::Unknown,
        }
    }

    fn nullable_string(
        &mut self,
        attrs: &Attrs,
        name: &str,
        span: Span,
    ) -> HostValue<Option<String>> {
        match self.get(attrs, name, span) {
            Some(Value::Null) => HostValue::Known(None),
            Some(Value::String(s)) => HostValue::Known(Some(s.to_string())),
            _ => HostValue::Unknown,
        }
    }

    /// The units of `systemd.services` a module of the host defines, by name, read from
    /// the option's definitions (`options.systemd.services.definitions` and `.files`).
    /// NixOS's containers module (in ncc's schema) defines the unit of the template and
    /// of every declared container as well, so that the host can read them: those are
    /// not the host's. A definition ncc cannot read defines nothing here; reading the
    /// option reports it.
    pub(super) fn host_defined_units(&mut self, options: &Thunk) -> BTreeSet<Name> {
        let mut names = BTreeSet::new();
        let mut option = options.clone();
        for name in ["systemd", "services"] {
            let Ok(Value::Attrs(group)) = self.ev.force(&option, None) else {
                return names;
            };
            let Some(entry) = group.get(name) else {
                return names;
            };
            option = entry.value.clone();
        }
        let Ok(Value::Attrs(option)) = self.ev.force(&option, None) else {
            return names;
        };
        let mut list = |name: &str| match option.get(name).map(|e| e.value.clone()) {
            Some(thunk) => match self.ev.force(&thunk, None) {
                Ok(Value::List(items)) => items.to_vec(),
                _ => Vec::new(),
            },
            None => Vec::new(),
        };
        let (definitions, files) = (list("definitions"), list("files"));
        for (definition, file) in definitions.iter().zip(&files) {
            match self.ev.force(file, None) {
                Ok(Value::String(file)) if &*file != crate::schema::SCHEMA_FILE => {}
                _ => continue,
            }
            let Ok(Value::Attrs(units)) = self.ev.force(definition, None) else {
                continue;
            };
            for unit in units.entries() {
                if !names.contains(&unit.name)
                    && lib_nix::modules::defines_a_value(self.ev, &unit.value).unwrap_or(false)
                {
                    names.insert(unit.name.clone());
                }
            }
        }
        names
    }

    /// Whether a module of the host may define a `systemd.services."container@<name>"`:
    /// some definition of such a unit, split out of the host's definitions without
    /// reading their conditions, that does define a value or whose condition ncc cannot
    /// read; `true` where the definitions cannot be split. Where none may, no unit of the
    /// host is a container's, and `systemd.services` is not read for them: a unit kept
    /// behind a condition ncc cannot know (`mkIf config.preservation.enable { ... }`, an
    /// option of a module it does not evaluate; `bazarr = mkIf config.services.bazarr.enable`,
    /// a service whose default ncc does not know) makes that set's names unknown, which
    /// decides nothing about containers (`testdata/hosts/units-behind-unknown-conditions`,
    /// `unit-chosen-by-unknown`). A set ncc stands in for, defined whole
    /// (`systemd.services = pkgs.helpers.unitsFor hosts`), may hold the unit of any
    /// container the host declares (`testdata/hosts/units-from-overlay-function`).
    pub(super) fn may_define_container_unit(
        &mut self,
        definitions: &Rc<LazyGroup>,
        declares_containers: bool,
    ) -> bool {
        let group = units_group(definitions);
        let Ok(split) = group.split(self.ev) else {
            return true;
        };
        // A set of units ncc stands in for may hold a declared container's unit (and the
        // unit of a container no host declares, which changes nothing ncc writes).
        if declares_containers && self.units_stood_in_for(&group).is_some() {
            return true;
        }
        for (name, defs) in split.iter() {
            if !name.as_str().starts_with("container@") {
                continue;
            }
            let host_defs = defs
                .iter()
                .filter(|def| &*def.file != crate::schema::SCHEMA_FILE);
            for def in host_defs {
                if lib_nix::modules::defines_a_value(self.ev, &def.value).unwrap_or(true) {
                    return true;
                }
            }
        }
        false
    }

    /// The definition of `systemd.services` (`group`) that is a set ncc stands in for,
    /// defined whole (`systemd.services = pkgs.helpers.unitsFor hosts`, a function of an
    /// overlay): what it stands for and where it is written. Its names, which ncc cannot
    /// read, may be any container's unit.
    fn units_stood_in_for(&mut self, group: &Rc<LazyGroup>) -> Option<(String, Option<Span>)> {
        let whole = group.defs(self.ev).ok()?;
        for def in whole {
            // A definition kept by a condition ncc cannot know is read as such elsewhere.
            let Ok(kept) = lib_nix::modules::discharged(self.ev, def) else {
                continue;
            };
            for def in kept {
                if let Ok(Value::Attrs(units)) = self.ev.force(&def.value, None) {
                    if let Some(path) = units.placeholder() {
                        return Some((path.to_owned(), def.location()));
                    }
                }
            }
        }
        None
    }

    /// Every `systemd.services."container@<name>"` the host defines, by `<name>`: of
    /// the units in `root`, those named in `host_units`. Where the set of units cannot be
    /// known (a module keeps units of its own behind a condition ncc cannot know,
    /// `systemd.services = mkIf config.services.bazarr.enable { ... }`), each container's
    /// unit is merged from its own definitions where those alone decide it
    /// ([`lib_nix::modules::EntriesAlone`]); otherwise the unknown is reported, and
    /// every unit is unknown.
    pub(super) fn container_units(
        &mut self,
        root: &Attrs,
        host_units: &BTreeSet<Name>,
        span: Span,
    ) -> ContainerUnits {
        let mut units = ContainerUnits::default();
        let Some(systemd) = self.attrs(root, "systemd", span) else {
            return units;
        };
        let Some(entry) = systemd.get("services") else {
            return units;
        };
        let group = units_group(&self.evaluated.definitions);
        let forced = match self.units_stood_in_for(&group) {
            Some((path, at)) => Err(EvalError::unknown(
                format!("the names of `{path}'"),
                Some(at.unwrap_or(span)),
            )),
            None => self.ev.force(&entry.value.clone(), Some(span)),
        };
        let services = match forced {
            Ok(Value::Attrs(services)) => services,
            Ok(_) => return units,
            Err(error) if error.is_unknown() => {
                if !self.container_units_alone(&mut units, span) {
                    self.report(&error, span);
                    units.unknown = UnknownUnits::All;
                }
                return units;
            }
            Err(error) => {
                self.report(&error, span);
                return units;
            }
        };
        for entry in services.entries() {
            let Some(instance) = entry.name.as_str().strip_prefix("container@") else {
                continue;
            };
            if !host_units.contains(&entry.name) {
                continue;
            }
            let unit_span = entry.span.unwrap_or(span);
            let unknowns = self.unknowns;
            match self.ev.force(&entry.value, Some(unit_span)) {
                Ok(Value::Attrs(service)) => {
                    let unit = self.container_unit(&service, unit_span);
                    units.read.insert(instance.to_owned(), unit);
                }
                Ok(_) => {}
                Err(error) => self.report(&error, unit_span),
            }
            units.note_unknown(instance, self.unknowns > unknowns);
        }
        units
    }

    /// The units of containers a module of the host defines, each merged from its own
    /// definitions, into `units`; `false` where the definitions of `systemd.services` as
    /// a whole may decide one. The host's units are those of its split definitions (as in
    /// [`Reader::may_define_container_unit`]): the `definitions` of the option, which
    /// [`Reader::host_defined_units`] reads, are its discharged ones, unknown here.
    fn container_units_alone(&mut self, units: &mut ContainerUnits, span: Span) -> bool {
        let Some(OptionNode::Group(systemd)) = self.evaluated.options.children.get("systemd")
        else {
            return false;
        };
        let Some(OptionNode::Option(decl)) = systemd.children.get("services") else {
            return false;
        };
        let group = units_group(&self.evaluated.definitions);
        let (Ok(option_defs), Ok(split)) = (group.defs(self.ev), group.split(self.ev)) else {
            return false;
        };
        let loc = [Name::new("systemd"), Name::new("services")];
        let Ok(Some(entries)) = EntriesAlone::of(self.ev, decl, &loc, &option_defs) else {
            return false;
        };
        for (name, name_defs) in split.iter() {
            let Some(instance) = name.as_str().strip_prefix("container@") else {
                continue;
            };
            let mut host_defs = name_defs
                .iter()
                .filter(|def| &*def.file != crate::schema::SCHEMA_FILE);
            let Some(first) = host_defs.clone().next() else {
                continue;
            };
            let defined = host_defs
                .any(|def| lib_nix::modules::defines_a_value(self.ev, &def.value).unwrap_or(true));
            if !defined {
                continue;
            }
            let unit_span = first.key_span.unwrap_or(span);
            let unknowns = self.unknowns;
            match entries.merge(self.ev, name, name_defs.to_vec()) {
                Ok(Entry::Merged(Value::Attrs(service))) => {
                    let unit = self.container_unit(&service, unit_span);
                    units.read.insert(instance.to_owned(), unit);
                }
                Ok(Entry::Merged(_) | Entry::Absent) => {}
                Ok(Entry::Undecided) => return false,
                Err(error) => self.report(&error, unit_span),
            }
            units.note_unknown(instance, self.unknowns > unknowns);
        }
        true
    }

    fn container_unit(&mut self, service: &Attrs, span: Span) -> ContainerUnit {
        let mut unit = ContainerUnit {
            description: self
                .string(service, "description", span)
                .unwrap_or_default(),
            wanted_by: self.strings(service, "wantedBy", span),
            required_by: self.strings(service, "requiredBy", span),
            upheld_by: self.strings(service, "upheldBy", span),
            restart_if_changed: self
                .boolean(service, "restartIfChanged", span)
                .unwrap_or(true),
            enable: self.boolean(service, "enable", span).unwrap_or(true),
            as_drop_in: self.string(service, "overrideStrategy", span).as_deref()
                == Some("asDropin"),
            ..ContainerUnit::default()
        };
        for (option, key) in UNIT_LISTS {
            let values = self.strings(service, option, span);
            if !values.is_empty() {
                unit.unit_lists.insert(key, values);
            }
        }
        for script in UNIT_SCRIPTS {
            if let Some(entry) = service.get(script) {
                let text = match self.ev.force(&entry.value.clone(), Some(span)) {
                    Ok(Value::String(text)) if text.is_empty() => continue,
                    Ok(Value::String(text)) => Some(text.to_string()),
                    _ => None,
                };
                unit.scripts.insert((*script).to_owned(), text);
            }
        }
        unit.unit_config = self.unit_settings(service, "unitConfig", span);
        unit.service_config = self.unit_settings(service, "serviceConfig", span);
        if let Some(environment) = self.attrs(service, "environment", span) {
            for entry in environment.entries() {
                let Ok(value) = self.ev.force(&entry.value, Some(span)) else {
                    continue;
                };
                if matches!(value, Value::Null) {
                    continue;
                }
                if let Some(text) = self.unit_text(&value, span) {
                    unit.environment.insert(entry.name.to_string(), text);
                }
            }
        }
        unit
    }

    /// `unitConfig` or `serviceConfig`: each setting's values as the unit generator
    /// writes them, one line each.
    fn unit_settings(
        &mut self,
        service: &Attrs,
        name: &str,
        span: Span,
    ) -> BTreeMap<String, Vec<String>> {
        let mut settings = BTreeMap::new();
        let Some(section) = self.attrs(service, name, span) else {
            return settings;
        };
        for entry in section.entries() {
            let Ok(value) = self.ev.force(&entry.value, Some(span)) else {
                continue;
            };
            let items = match value {
                Value::List(items) => {
                    let mut values = Vec::new();
                    for item in items.iter() {
                        if let Ok(item) = self.ev.force(item, Some(span)) {
                            values.extend(self.unit_text(&item, span));
                        }
                    }
                    values
                }
                other => self.unit_text(&other, span).into_iter().collect(),
            };
            settings.insert(entry.name.to_string(), items);
        }
        settings
    }

    /// A setting's value as NixOS's `toOption` writes it: `true`/`false`, else `toString`.
    fn unit_text(&mut self, value: &Value, span: Span) -> Option<String> {
        match value {
            Value::Bool(true) => Some("true".to_owned()),
            Value::Bool(false) => Some("false".to_owned()),
            other => match self.ev.coerce_to_string(other, span, true) {
                Ok(text) => Some(text),
                Err(error) => {
                    self.report(&error, span);
                    None
                }
            },
        }
    }
}

/// Every NAT option unknown: `networking.nat` could not be read.
fn unknown_nat() -> Nat {
    Nat {
        enable: HostValue::Unknown,
        internal_interfaces: HostValue::Unknown,
        internal_ips: HostValue::Unknown,
        external_interface: HostValue::Unknown,
        forward_ports: HostValue::Unknown,
        forward_destinations: HostValue::Unknown,
        dmz_host: HostValue::Unknown,
        hand_written_translation: HostValue::Unknown,
    }
}

fn clone_node(node: &OptionNode) -> OptionNode {
    node.clone()
}

/// The host's definitions of `systemd.services`, out of all of them (`definitions`).
fn units_group(definitions: &Rc<LazyGroup>) -> Rc<LazyGroup> {
    let systemd = LazyGroup::child_of(definitions, &Name::new("systemd"));
    LazyGroup::child_of(&systemd, &Name::new("services"))
}
