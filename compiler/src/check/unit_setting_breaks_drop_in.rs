//! C201 (for units): a setting of `systemd.services."container@<name>"` that the drop-in
//! ncc writes cannot carry unchanged.
//!
//! **What it flags.** A value (of `serviceConfig`, `unitConfig`, `environment`, a unit list
//! such as `after`, or `description`) holding a control character (a newline, a carriage
//! return, NUL...), and a setting or variable name that is not one word of letters,
//! digits and `_` (`-` and `.` too for a setting), for the units ncc writes: those of
//! declared containers, and the drop-ins of imperative ones. It is C201 applied to what the
//! host defines for a container's unit; `value_breaks_emitted_file.rs` covers the
//! container's own options.
//!
//! **Why it matters.** A newline ends the line in a unit file, and what follows is read as
//! a directive of its own (`MemoryMax = "2G\nExecStartPre=/evil"`); a name with `=` or a
//! space is not the setting it looks like.
//!
//! **Example.**
//!
//! ```nix
//! containers.web.config = { };
//! systemd.services."container@web".serviceConfig.MemoryMax = "2G\nExecStartPre=/bin/evil";
//! ```

use lib_nix::{Diagnostic, Severity};

use super::{finding, has_control_character, quoted, Context};

pub(super) const CODE: &str = "C201";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    let host = context.host;
    for (instance, unit) in &host.container_units {
        if !host.containers.contains_key(instance) && !unit.as_drop_in {
            continue;
        }
        let unit_name = format!("container@{instance}");
        let mut values: Vec<(Vec<String>, &str)> = Vec::new();
        let mut names: Vec<(Vec<String>, &str)> = Vec::new();
        values.push((vec!["description".to_owned()], &unit.description));
        for (key, list) in &unit.unit_lists {
            let option = unit_list_option(key);
            for value in list {
                values.push((vec![option.to_owned()], value));
            }
        }
        for (section, settings) in [
            ("unitConfig", &unit.unit_config),
            ("serviceConfig", &unit.service_config),
        ] {
            for (key, list) in settings {
                names.push((vec![section.to_owned(), key.clone()], key));
                for value in list {
                    values.push((vec![section.to_owned(), key.clone()], value));
                }
            }
        }
        for (variable, value) in &unit.environment {
            names.push((vec!["environment".to_owned(), variable.clone()], variable));
            values.push((vec!["environment".to_owned(), variable.clone()], value));
        }
        for list in [&unit.wanted_by, &unit.required_by, &unit.upheld_by] {
            for value in list {
                values.push((vec!["wantedBy".to_owned()], value));
            }
        }
        let mut reported: Vec<Vec<String>> = Vec::new();
        for (path, value) in values {
            if !has_control_character(value) || reported.contains(&path) {
                continue;
            }
            let (option, span) = located(context, &unit_name, &path);
            out.push(
                finding(
                    CODE,
                    Severity::Error,
                    format!("{option} is {}, which would break {unit_name}'s unit file: a control character there ends the line or corrupts it", quoted(value)),
                    span,
                )
                .with_help("remove the newline or other control character"),
            );
            reported.push(path);
        }
        for (path, name) in names {
            let environment = path[0] == "environment";
            let word = !name.is_empty()
                && name.chars().all(|c| {
                    c.is_ascii_alphanumeric()
                        || c == '_'
                        || (!environment && (c == '-' || c == '.'))
                });
            if word || reported.contains(&path) {
                continue;
            }
            let (option, span) = located(context, &unit_name, &path);
            out.push(
                finding(
                    CODE,
                    Severity::Error,
                    format!("{option} has a name that cannot be written to {unit_name}'s unit file as it is"),
                    span,
                )
                .with_help(if environment {
                    "name environment variables with letters, digits and `_`"
                } else {
                    "name unit settings with letters, digits, `_`, `-` and `.`"
                }),
            );
            reported.push(path);
        }
    }
}

/// The option's name as NixOS shows it, and where it was written (else the unit, else the
/// file).
fn located(context: &Context, unit_name: &str, path: &[String]) -> (String, lib_nix::Span) {
    let mut location = vec!["systemd", "services", unit_name];
    location.extend(path.iter().map(String::as_str));
    let names: Vec<lib_nix::name::Name> = location
        .iter()
        .map(|p| lib_nix::name::Name::new(p))
        .collect();
    let span = context
        .spans
        .host_option(&location)
        .or_else(|| context.spans.host_option(&location[..3]))
        .unwrap_or_else(|| context.spans.file());
    (lib_nix::modules::show_option(&names), span)
}

/// The option of a `[Unit]` list key (`After` is `after`).
fn unit_list_option(key: &str) -> String {
    let mut chars = key.chars();
    match chars.next() {
        Some(first) => first.to_ascii_lowercase().to_string() + chars.as_str(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, host_of, messages};
    use crate::model::ContainerUnit;

    #[test]
    fn control_characters_and_odd_names_are_flagged() {
        let mut host = host_of(vec![container("web")]);
        let mut unit = ContainerUnit::default();
        unit.service_config.insert(
            "MemoryMax".to_owned(),
            vec!["2G\nExecStartPre=/evil".to_owned()],
        );
        unit.service_config
            .insert("Memory Max".to_owned(), vec!["2G".to_owned()]);
        unit.environment
            .insert("GREETING".to_owned(), "hello world".to_owned());
        unit.unit_lists
            .insert("After", vec!["a.service\n".to_owned()]);
        host.container_units.insert("web".to_owned(), unit);
        let found: Vec<String> = messages(check, &host).into_iter().map(|(_, m)| m).collect();
        assert_eq!(found.len(), 3, "{found:?}");
        assert!(
            found[0].starts_with("systemd.services.\"container@web\".after is \"a.service\\n\"")
        );
        assert!(
            found[1].starts_with("systemd.services.\"container@web\".serviceConfig.MemoryMax is")
        );
        assert!(found[2].contains("\"Memory Max\" has a name"));
        host.containers.clear();
        assert!(
            messages(check, &host).is_empty(),
            "nothing is written for it"
        );
    }
}
