//! A container's `users.users`, forced as NixOS reads it. NixOS reads every user's
//! account settings (name, ids, groups, home, shell, packages) whatever else the
//! configuration enables, but a user's `openssh` keys only where the container runs
//! sshd (`services.openssh.enable`: sshd.nix writes `/etc/ssh/authorized_keys.d/<user>`
//! under it). Where it does not, a key nothing reads is never evaluated, and a
//! mistake in it (`[ site.keys.public.editor ]` of a file with no `keys`) is no error
//! (`testdata/hosts/container-user-keys-unread`).

use lib_nix::eval::{Evaluator, Value};
use lib_nix::Span;

use super::{forced_field, Reader};

/// Whether the container's configuration runs sshd, as far as ncc knows: a value ncc
/// cannot know (a module it does not evaluate may enable it) counts as not, so that a
/// key is checked only where NixOS certainly reads it.
pub(super) fn runs_sshd(ev: &mut Evaluator, config: &Value) -> bool {
    let enable = forced_field(ev, config, "services")
        .and_then(|services| forced_field(ev, &services, "openssh"))
        .and_then(|openssh| forced_field(ev, &openssh, "enable"));
    matches!(enable, Some(Value::Bool(true)))
}

impl Reader<'_, '_> {
    /// Forces `users` (the value of the container's `users.users`) but for each user's
    /// `openssh` where `sshd` is false; values ncc cannot know pass, as the open world's
    /// do. The first error is reported.
    pub(super) fn force_container_users(&mut self, users: &Value, sshd: bool, span: Span) {
        let Value::Attrs(users) = users else {
            if let Err(error) = self.ev.deep_force_known(users, span) {
                self.report(&error, span);
            }
            return;
        };
        for user in users.entries() {
            let fields = match self.ev.force(&user.value, Some(span)) {
                Ok(Value::Attrs(fields)) => fields,
                Ok(other) => {
                    if let Err(error) = self.ev.deep_force_known(&other, span) {
                        self.report(&error, span);
                        return;
                    }
                    continue;
                }
                Err(error) if error.is_unknown() => continue,
                Err(error) => {
                    self.report(&error, span);
                    return;
                }
            };
            for field in fields.entries() {
                if !sshd && field.name.as_str() == "openssh" {
                    continue;
                }
                let forced = match self.ev.force(&field.value, Some(span)) {
                    Ok(value) => self.ev.deep_force_known(&value, span),
                    Err(error) if error.is_unknown() => Ok(()),
                    Err(error) => Err(error),
                };
                if let Err(error) = forced {
                    self.report(&error, span);
                    return;
                }
            }
        }
    }
}
