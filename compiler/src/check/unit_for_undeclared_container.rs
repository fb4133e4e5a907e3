//! C223: `systemd.services."container@<name>"` for a container that is not declared.
//!
//! **What it flags.** A definition of the unit `container@<name>` where no
//! `containers.<name>` exists (a renamed or removed container, a typo), unless it is
//! written as a drop-in (`overrideStrategy = "asDropin"`), which is how the unit of an
//! imperative container (`nixos-container create`) is tuned. `container@` itself, the
//! template, is not flagged.
//!
//! **Why it matters.** NixOS installs the definition as a unit file of its own,
//! `container@<name>.service`, holding only what was defined: no `ExecStart=`, so systemd
//! refuses to start it ("Service has no ExecStart=... Refusing"), and the settings reach no
//! container. For an imperative container of that name it hides the template the
//! container runs from.
//!
//! **Example.**
//!
//! ```nix
//! containers.web.config = { };
//! systemd.services."container@wbe".serviceConfig.MemoryMax = "2G";
//! ```
//!
//! **Fix.** Name a declared container; for an imperative container, add
//! `overrideStrategy = "asDropin";`.

use lib_nix::{Diagnostic, Severity};

use super::{finding, Context};

pub(super) const CODE: &str = "C223";

pub(super) fn check(context: &Context, out: &mut Vec<Diagnostic>) {
    let host = context.host;
    for (instance, unit) in &host.container_units {
        if instance.is_empty() || unit.as_drop_in || host.containers.contains_key(instance) {
            continue;
        }
        let unit_name = format!("container@{instance}");
        let option = lib_nix::modules::show_option(&[
            lib_nix::name::Name::new("systemd"),
            lib_nix::name::Name::new("services"),
            lib_nix::name::Name::new(&unit_name),
        ]);
        let span = context
            .spans
            .host_option_or_file(&["systemd", "services", &unit_name]);
        let closest = closest_name(instance, host.containers.keys().map(String::as_str));
        let help = match closest {
            Some(name) => format!("did you mean `systemd.services.\"container@{name}\"`? For an imperative container, add `overrideStrategy = \"asDropin\";`"),
            None => "declare `containers.".to_owned() + instance + "`, or, for an imperative container, add `overrideStrategy = \"asDropin\";`",
        };
        out.push(
            finding(
                CODE,
                Severity::Warning,
                format!("{option} is defined, but no container {instance} is declared"),
                span,
            )
            .with_note(format!("NixOS installs it as a unit of its own, {unit_name}.service, which has no ExecStart= and does not start"))
            .with_help(help),
        );
    }
}

/// The declared name closest to `name` (one edit away for every three characters, at
/// least one), for a "did you mean".
fn closest_name<'a>(name: &str, candidates: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let most = (name.chars().count() / 3).max(1);
    candidates
        .map(|candidate| (edit_distance(name, candidate), candidate))
        .filter(|(distance, _)| *distance <= most)
        .min()
        .map(|(_, candidate)| candidate)
}

/// The edit distance between `a` and `b`, by characters, where swapping two adjacent
/// characters is one edit (the optimal string alignment distance).
fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let mut table = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in table.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in table[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (table[i - 1][j] + 1)
                .min(table[i][j - 1] + 1)
                .min(table[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(table[i - 2][j - 2] + 1);
            }
            table[i][j] = best;
        }
    }
    table[a.len()][b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::tests::{container, host_of, messages};
    use crate::model::ContainerUnit;

    #[test]
    fn a_unit_of_an_undeclared_container_is_flagged_with_the_closest_name() {
        let mut host = host_of(vec![container("web")]);
        host.container_units
            .insert("wbe".to_owned(), ContainerUnit::default());
        host.container_units
            .insert("web".to_owned(), ContainerUnit::default());
        host.container_units
            .insert(String::new(), ContainerUnit::default());
        let found = messages(check, &host);
        assert_eq!(found.len(), 1);
        assert_eq!(
            found[0].1,
            "systemd.services.\"container@wbe\" is defined, but no container wbe is declared"
        );
        host.container_units.get_mut("wbe").unwrap().as_drop_in = true;
        assert!(messages(check, &host).is_empty());
        assert_eq!(closest_name("wbe", ["web", "db"].into_iter()), Some("web"));
        assert_eq!(closest_name("mail", ["web"].into_iter()), None);
        assert_eq!(closest_name("db", ["web"].into_iter()), None);
    }
}
