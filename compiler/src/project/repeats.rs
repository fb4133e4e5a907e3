//! One finding several hosts share: a mistake in a module they all import is found by
//! the check of each of them, with the same place, words and fixes. It is reported once,
//! at the first host that found it, naming every host; the others count it among their
//! findings (so a summary by hosts still says how many hosts it concerns) without
//! showing it again.

use std::collections::HashMap;

use lib_nix::{Diagnostic, SourceDb, Span};

use super::{Checked, Host, HostKind};

/// The note that names the host a diagnostic was found in (see [`super::check_host_loaded`]).
pub fn host_note(host: &Host) -> String {
    hosts_note(&[host_name(host)])
}

/// A host's name in a note, and its entry file when the name is not the file's.
type HostName = (String, Option<String>);

/// A host as a note names it: `host web.nix`, or `nixosConfigurations.web` of the entry
/// file `flake.nix`.
fn host_name(host: &Host) -> HostName {
    match host.kind {
        HostKind::Module => (format!("host {}", host.entry.name), None),
        HostKind::Linked { .. } => (format!("host {}", host.label()), None),
        _ => (host.label(), Some(host.entry.name.clone())),
    }
}

/// `in a, b (flake.nix), host c.nix`: the hosts, those of one entry file together.
fn hosts_note(hosts: &[HostName]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut index = 0;
    while index < hosts.len() {
        let (name, entry) = &hosts[index];
        let mut names = vec![name.as_str()];
        index += 1;
        if entry.is_some() {
            while index < hosts.len() && hosts[index].1 == *entry {
                names.push(hosts[index].0.as_str());
                index += 1;
            }
        }
        match entry {
            Some(entry) => parts.push(format!("{} ({entry})", names.join(", "))),
            None => parts.push(names.join(", ")),
        }
    }
    format!("in {}", parts.join(", "))
}

/// Merges the findings of `checked` (in report order) that an earlier host reported in
/// the same words at the same place: each is kept at the first host only, its note naming
/// every host that found it, and counted in [`Checked::repeated`] of the others.
pub fn merge_repeated_findings(checked: &mut [Checked]) {
    // The first host and index of each finding, by what identifies it across hosts.
    let mut first: HashMap<String, (usize, usize)> = HashMap::new();
    // The hosts that found each kept finding again, by its host and index.
    let mut also: HashMap<(usize, usize), Vec<HostName>> = HashMap::new();
    for (index, this) in checked.iter_mut().enumerate() {
        let note = host_note(&this.host);
        let mut repeats = Vec::new();
        for (position, diagnostic) in this.compilation.diagnostics.iter().enumerate() {
            let identity = identity(diagnostic, &this.compilation.sources, &note);
            match first.get(&identity) {
                Some(&(host, kept)) if host != index => {
                    let names = also.entry((host, kept)).or_default();
                    let name = host_name(&this.host);
                    if !names.contains(&name) {
                        names.push(name);
                    }
                    repeats.push(position);
                }
                Some(_) => {}
                // Where it will be once this host's repeats, all before it, are removed.
                None => {
                    first.insert(identity, (index, position - repeats.len()));
                }
            }
        }
        for position in repeats.iter().rev() {
            this.compilation.diagnostics.remove(*position);
        }
        this.repeated += repeats.len();
    }
    for ((host, position), names) in also {
        let note = host_note(&checked[host].host);
        let first_name = host_name(&checked[host].host);
        let diagnostic = &mut checked[host].compilation.diagnostics[position];
        let all: Vec<_> = std::iter::once(first_name).chain(names).collect();
        let all = hosts_note(&all);
        match diagnostic.notes.iter().position(|n| *n == note) {
            Some(at) => diagnostic.notes[at] = all,
            // A finding in a module host's own file names no host.
            None => diagnostic.notes.push(all),
        }
    }
}

/// What makes two hosts' findings the same: the file (by path: each host has its own
/// source table) and place of the finding and of its labels, and all it says but the
/// note naming the host.
fn identity(diagnostic: &Diagnostic, sources: &SourceDb, host_note: &str) -> String {
    let place = |span: Span| {
        format!(
            "{}:{}-{}",
            sources.file(span.file).path,
            span.start,
            span.end
        )
    };
    let mut identity = format!(
        "{}\u{0}{}\u{0}{}\u{0}{}",
        place(diagnostic.span),
        diagnostic.code(),
        diagnostic.message(),
        diagnostic.help.as_deref().unwrap_or_default()
    );
    for label in &diagnostic.labels {
        identity.push_str(&format!("\u{0}{}\u{0}{}", place(label.span), label.message));
    }
    for note in diagnostic.notes.iter().filter(|n| *n != host_note) {
        identity.push_str(&format!("\u{0}{note}"));
    }
    identity
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts_of_one_entry_file_are_named_together() {
        let flake = |name: &str| (name.to_owned(), Some("flake.nix".to_owned()));
        let module = |name: &str| (format!("host {name}"), None);
        assert_eq!(
            hosts_note(&[flake("nixosConfigurations.web")]),
            "in nixosConfigurations.web (flake.nix)"
        );
        assert_eq!(
            hosts_note(&[
                flake("nixosConfigurations.web"),
                flake("nixosConfigurations.db"),
                module("hosts/old.nix"),
                module("hosts/lab.nix"),
                ("machines.gw".to_owned(), Some("hive.nix".to_owned())),
            ]),
            "in nixosConfigurations.web, nixosConfigurations.db (flake.nix), host hosts/old.nix, host hosts/lab.nix, machines.gw (hive.nix)"
        );
    }
}
