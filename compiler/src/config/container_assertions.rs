//! Assertions NixOS makes inside a container from modules ncc does not evaluate
//! (systemd-resolved's, users-groups.nix's), restated over what ncc sees of the
//! container's own configuration. Each is reported only where nothing ncc does not see
//! could decide otherwise: a module it does not evaluate may set the same options, and
//! NixOS's own service modules define the users they run as.
//!
//! - `services.resolved.enable = true` while `networking.useHostResolvConf` is true, as
//!   NixOS's container profile makes it by default (`mkDefault true`): resolved's module
//!   asserts "Using host resolv.conf is not supported with systemd-resolved"
//!   (`testdata/hosts/container-resolved-with-host-resolv-conf`).
//! - A user with neither `isNormalUser` nor `isSystemUser` (nor a `uid` below 1000, which
//!   makes one a system user), or with both: "Exactly one of users.users.<name>.isSystemUser
//!   and users.users.<name>.isNormalUser must be set."
//!   (`testdata/hosts/container-user-neither-normal-nor-system`).

use lib_nix::diagnostic::ModuleErrorCode;
use lib_nix::eval::{Attrs, Value};
use lib_nix::modules::Unmatched;
use lib_nix::name::Name;
use lib_nix::{Diagnostic, DiagnosticKind, Span};

use super::Reader;

/// The users NixOS defines in every system whatever it enables: users-groups.nix's own,
/// and those of the modules every system imports and enables by default (dbus, nscd,
/// polkit, systemd's daemons, the Nix daemon's build users), with openssh's `sshd` and
/// `dhcpcd`, which an interface with `useDHCP` brings. A
/// container's definition of one of them adds to NixOS's, which makes it a system user.
const USERS_NIXOS_DEFINES: [&str; 12] = [
    "root",
    "nobody",
    "dhcpcd",
    "messagebus",
    "nscd",
    "polkituser",
    "sshd",
    "systemd-coredump",
    "systemd-network",
    "systemd-oom",
    "systemd-resolve",
    "systemd-timesync",
];

/// The top-level options of a container's configuration whose NixOS modules define no
/// user: an unchecked definition under any other (a service, a program, `systemd`,
/// `virtualisation`, `nix`, whose `sshServe` defines `nix-ssh`) may enable a module
/// that defines one. ncc reads an option it does not declare below one it declares
/// (`networking.interfaces`) apart, and one below none (`i18n`) as a whole.
const OPTIONS_DEFINING_NO_USER: [&str; 7] = [
    "users",
    "environment",
    "time",
    "i18n",
    "console",
    "system",
    "nixpkgs",
];

impl Reader<'_, '_> {
    /// The assertions above for the container `name`, whose merged configuration is
    /// `root`; `opaque` when it imports a module ncc does not evaluate, `unmatched` its
    /// definitions of options ncc does not declare (each at `containers.<name>.<path>`).
    pub(super) fn unevaluated_container_assertions(
        &mut self,
        name: &str,
        root: &Attrs,
        opaque: bool,
        unmatched: &[Unmatched],
        span: Span,
    ) {
        if opaque {
            return;
        }
        self.quietly(true, |reader| {
            reader.resolved_with_host_resolv_conf(name, root, span);
            if unmatched
                .iter()
                .all(|u| defines_no_user(u.loc.get(2..).unwrap_or_default()))
            {
                reader.users_neither_normal_nor_system(name, root, span);
            }
        });
    }

    fn resolved_with_host_resolv_conf(&mut self, name: &str, root: &Attrs, span: Span) {
        let resolved = self
            .attrs(root, "services", span)
            .and_then(|services| self.attrs(&services, "resolved", span))
            .and_then(|resolved| self.boolean(&resolved, "enable", span));
        let host_resolv_conf = self
            .attrs(root, "networking", span)
            .and_then(|networking| self.boolean(&networking, "useHostResolvConf", span));
        if resolved != Some(true) || host_resolv_conf != Some(true) {
            return;
        }
        let at = self
            .container_definition(name, &["services", "resolved", "enable"])
            .unwrap_or(span);
        let diagnostic = failed_assertion(
            "Using host resolv.conf is not supported with systemd-resolved",
            at,
        )
        .with_help(
            "NixOS's container profile sets `networking.useHostResolvConf` to `mkDefault true`: set it to `false` in the container's `config` beside `services.resolved.enable`",
        );
        self.diagnostics.push(diagnostic);
    }

    fn users_neither_normal_nor_system(&mut self, name: &str, root: &Attrs, span: Span) {
        let Some(users) = self
            .attrs(root, "users", span)
            .and_then(|users| self.attrs(&users, "users", span))
        else {
            return;
        };
        for user in users.entries() {
            let user_name = user.name.as_str();
            if USERS_NIXOS_DEFINES.contains(&user_name) || is_build_user(user_name) {
                continue;
            }
            let Ok(Value::Attrs(fields)) = self.ev.force(&user.value, Some(span)) else {
                continue;
            };
            let normal = self.boolean(&fields, "isNormalUser", span);
            let system = self.boolean(&fields, "isSystemUser", span);
            let uid = match self.get(&fields, "uid", span) {
                Some(Value::Null) => None,
                Some(Value::Int(uid)) => Some(uid),
                _ => continue,
            };
            let (Some(normal), Some(system)) = (normal, system) else {
                continue;
            };
            // users-groups.nix: a `uid` below 1000 makes a user a system one, unless it
            // is a normal one (another assertion speaks of that).
            let effectively_system = system || uid.is_some_and(|uid| uid < 1000) && !normal;
            if effectively_system != normal {
                continue;
            }
            let at = self
                .container_definition(name, &["users", "users", user_name])
                .unwrap_or(span);
            let help = match normal {
                true => "a user is either a person's account (`isNormalUser`) or a service's (`isSystemUser`): keep one",
                false => "set `isNormalUser = true;` for a person's account, or `isSystemUser = true;` (with a `group`) for a service's",
            };
            let diagnostic = failed_assertion(
                &format!("Exactly one of users.users.{user_name}.isSystemUser and users.users.{user_name}.isNormalUser must be set."),
                at,
            )
            .with_help(help);
            self.diagnostics.push(diagnostic);
        }
    }

    /// Where the container's configuration defines `path`, if ncc recorded it.
    fn container_definition(&self, name: &str, path: &[&str]) -> Option<Span> {
        let mut loc = vec![Name::new("containers"), Name::new(name)];
        loc.extend(path.iter().map(|step| Name::new(step)));
        self.ev.definition_spans.get(&loc)
    }
}

/// Whether the unchecked option at `path` (in the container's configuration) belongs to
/// no NixOS module that defines a user: one of [`OPTIONS_DEFINING_NO_USER`] but
/// `users.ldap` (whose daemon runs as `nslcd`), networking but NetworkManager's (its
/// plugins' users) and tcpcrypt's, or openssh's, which ncc models and whose one user is
/// `sshd`.
fn defines_no_user(path: &[Name]) -> bool {
    let step = |index: usize| path.get(index).map(Name::as_str);
    match (step(0), step(1)) {
        (Some("users"), Some("ldap")) => false,
        (Some(first), _) if OPTIONS_DEFINING_NO_USER.contains(&first) => true,
        (Some("networking"), Some(second)) => !matches!(second, "networkmanager" | "tcpcrypt"),
        (Some("services"), Some("openssh")) => true,
        _ => false,
    }
}

/// The Nix daemon's build users, `nixbld1` to `nixbld<nix.nrBuildUsers>`.
fn is_build_user(name: &str) -> bool {
    name.strip_prefix("nixbld")
        .is_some_and(|number| !number.is_empty() && number.bytes().all(|b| b.is_ascii_digit()))
}

/// NixOS's "Failed assertions:" error with `message`, at `at`.
fn failed_assertion(message: &str, at: Span) -> Diagnostic {
    Diagnostic::new(
        DiagnosticKind::Module {
            code: ModuleErrorCode::FailedAssertion,
            message: format!("Failed assertions:\n- {message}"),
        },
        at,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(steps: &[&str]) -> Vec<Name> {
        steps.iter().map(|step| Name::new(step)).collect()
    }

    #[test]
    fn only_options_of_modules_without_users_leave_users_to_the_container() {
        assert!(defines_no_user(&path(&["environment", "etc"])));
        assert!(defines_no_user(&path(&["users", "groups"])));
        assert!(defines_no_user(&path(&["nixpkgs", "pkgs"])));
        assert!(defines_no_user(&path(&["networking", "interfaces"])));
        assert!(defines_no_user(&path(&[
            "services",
            "openssh",
            "startWhenNeeded"
        ])));
        assert!(!defines_no_user(&path(&["networking", "networkmanager"])));
        assert!(!defines_no_user(&path(&["networking", "tcpcrypt"])));
        assert!(!defines_no_user(&path(&["users", "ldap"])));
        assert!(!defines_no_user(&path(&["nix"])));
        assert!(!defines_no_user(&path(&["services", "nginx"])));
        assert!(!defines_no_user(&path(&["systemd"])));
        assert!(!defines_no_user(&path(&["networking"])));
    }

    #[test]
    fn build_users_are_numbered() {
        assert!(is_build_user("nixbld1"));
        assert!(is_build_user("nixbld32"));
        assert!(!is_build_user("nixbld"));
        assert!(!is_build_user("nixbldx"));
        assert!(!is_build_user("alice"));
    }
}
