//! What `ncc build` says of the stand-ins its files would hold (DESIGN.md §8.3). Not a
//! rule of `ncc check`: NixOS accepts these hosts, and what they hold is only a problem
//! for the files ncc writes in NixOS's place.
//!
//! - **A package** ncc stands in for (`"--bind-ro=${pkgs.cacert}/etc/ssl:/etc/ssl"`, a
//!   `path` that is another system's toplevel) is written as ncc's placeholder store
//!   path, `/nix/store/000…-ncc-placeholder-cacert`, where NixOS writes the package's
//!   own: N303, a warning. The files are written; the warning says which option's
//!   value differs from NixOS's, and how.
//! - **A value of a file ncc does not read** (`"${(import <site/vars.nix>).subnet}.2"`,
//!   a private flake input's `vars.json`) has text ncc does not know, which no store
//!   path stands for: N302, as for any value ncc cannot know. The files would hold
//!   ncc's stand-in where Nix has an address, a path or a name, so none is written.

use lib_nix::eval::opaque;
use lib_nix::name::Name;
use lib_nix::{Diagnostic, Severity, Span};

use super::written_values::values;
use super::{finding, option_name, quoted, stands_in, DefinitionSpans};
use crate::model::HostConfig;

/// A package's placeholder written where NixOS writes the package's store path.
pub const PLACEHOLDER_WRITTEN: &str = "N303";

/// Every stand-in the files of `host` would hold, as N302 errors and N303 warnings; not
/// those of the containers `unwritten` names, whose files are not written anyway.
pub fn findings(
    host: &HostConfig,
    spans: &DefinitionSpans,
    unwritten: impl Fn(&str) -> bool,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for container in host.containers.values() {
        let name = container.name.as_str();
        if unwritten(name) {
            continue;
        }
        let written = values(container);
        let mut reported = Vec::new();
        for value in written.iter().filter(|w| stands_in(w.value)) {
            if reported.contains(&value.identity()) {
                continue;
            }
            reported.push(value.identity());
            let option = option_name(name, &value.option_path(spans, name));
            let span = value.span(spans, name);
            out.push(finding_of(name, &option, value.value, span));
        }
    }
    for (name, unit) in &host.container_units {
        if unwritten(name) {
            continue;
        }
        let unit_name = format!("container@{name}");
        let settings = [
            ("unitConfig", &unit.unit_config),
            ("serviceConfig", &unit.service_config),
        ];
        let mut found: Vec<(Vec<&str>, &str)> = Vec::new();
        if stands_in(&unit.description) {
            found.push((vec!["description"], &unit.description));
        }
        for (section, entries) in settings {
            for (key, lines) in entries {
                if let Some(line) = lines.iter().find(|line| stands_in(line)) {
                    found.push((vec![section, key], line));
                }
            }
        }
        for (variable, value) in &unit.environment {
            if stands_in(value) {
                found.push((vec!["environment", variable], value));
            }
        }
        for (script, text) in &unit.scripts {
            if let Some(text) = text.as_deref().filter(|text| stands_in(text)) {
                found.push((vec![script], text));
            }
        }
        for (path, value) in found {
            let mut option = vec!["systemd", "services", unit_name.as_str()];
            option.extend(path);
            let names: Vec<Name> = option.iter().map(|part| Name::new(part)).collect();
            let shown = lib_nix::modules::show_option(&names);
            // Set by a module ncc stands in for (extra-container's `enableWAN`): at
            // the container.
            let span = spans
                .host_option_written(&option)
                .unwrap_or_else(|| spans.container(name));
            out.push(finding_of(name, &shown, value, span));
        }
    }
    out
}

/// The finding about `option` of container `container`, whose written `value` holds a
/// stand-in.
fn finding_of(container: &str, option: &str, value: &str, span: Span) -> Diagnostic {
    if opaque::holds_unread_value(value) {
        return finding(
            "N302",
            Severity::Error,
            format!(
                "the files of container `{container}' cannot be written: `{option}' is made of a value of a file ncc does not read"
            ),
            span,
        )
        .with_note(format!(
            "Nix has that value's own text where ncc has a stand-in: the value would be written as {}",
            quoted(value)
        ))
        .with_help("`ncc check` checks the host all the same; give the value in a file ncc reads, or build the host with the tool that deploys it");
    }
    let package = match package_in(value) {
        Some(name) => format!("a package (`{name}')"),
        None => "a source ncc does not fetch".to_owned(),
    };
    finding(
        PLACEHOLDER_WRITTEN,
        Severity::Warning,
        format!(
            "`{option}' is written with ncc's placeholder for {package}: ncc builds nothing, so the file holds a made-up store path where NixOS writes the real one"
        ),
        span,
    )
    .with_note(format!("the value is written as {}", quoted(value)))
    .with_help("the rest of each file is as NixOS writes it; for the real store path, build the host with the tool that deploys it (nixos-rebuild, colmena)")
}

/// The name of the first package of the `pkgs` stand-in whose store path `text` holds
/// (`hello` in `"--bind-ro=/nix/store/000…-ncc-placeholder-hello:/opt"`): the
/// characters a store path's name may hold.
fn package_in(text: &str) -> Option<&str> {
    let start = text.find(opaque::FAKE_STORE_PREFIX)? + opaque::FAKE_STORE_PREFIX.len();
    let rest = text[start..].strip_prefix("placeholder-")?;
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || "+-._?=".contains(c)))
        .unwrap_or(rest.len());
    Some(&rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packages_are_named_by_their_store_path() {
        let path = format!("{}placeholder-hello", opaque::FAKE_STORE_PREFIX);
        assert_eq!(package_in(&format!("--bind-ro={path}:/opt")), Some("hello"));
        assert_eq!(package_in(&format!("{path}/bin/hello")), Some("hello"));
        assert_eq!(package_in(&opaque::source_path("nixpkgs")), None);
        assert_eq!(package_in("/srv/data"), None);
    }
}
