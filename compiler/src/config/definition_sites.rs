//! Where an element of the `assertions` or `warnings` of the host (or of a container's own
//! configuration) was written: the list is merged from every module's definitions, and a
//! failed assertion is reported at the definition that holds it, not at the first
//! definition of the option.

use std::rc::Rc;

use lib_nix::eval::{Evaluator, Value};
use lib_nix::modules::LazyGroup;
use lib_nix::name::Name;
use lib_nix::Span;

/// The definition of the top-level list option `option` (`assertions`, `warnings`) of
/// which an element answers `holds`, once its `mkIf`s are decided; `None` where no
/// definition can be read so far.
pub(super) fn definition_holding(
    ev: &mut Evaluator,
    definitions: &Rc<LazyGroup>,
    option: &str,
    mut holds: impl FnMut(&mut Evaluator, &Value) -> bool,
) -> Option<Span> {
    let group = LazyGroup::child_of(definitions, &Name::new(option));
    for def in group.defs(ev).ok()? {
        let Ok(values) = lib_nix::modules::discharged(ev, def) else {
            continue;
        };
        for value in values {
            let Ok(Value::List(items)) = ev.force(&value.value, None) else {
                continue;
            };
            for item in items.iter() {
                let found = match ev.force(item, None) {
                    Ok(element) => holds(ev, &element),
                    Err(_) => false,
                };
                if found {
                    return value.location();
                }
            }
        }
    }
    None
}

/// Whether `element` is an assertion that fails with `message`.
pub(super) fn is_failed_assertion(ev: &mut Evaluator, element: &Value, message: &str) -> bool {
    let Value::Attrs(assertion) = element else {
        return false;
    };
    let mut field = |name: &str| {
        let entry = assertion.get(name)?;
        ev.force(&entry.value.clone(), None).ok()
    };
    matches!(field("assertion"), Some(Value::Bool(false)))
        && matches!(field("message"), Some(Value::String(text)) if &*text == message)
}

/// Where the option at `path` (below `definitions`) is first defined, if anywhere.
pub(super) fn first_definition(
    ev: &mut Evaluator,
    definitions: &Rc<LazyGroup>,
    path: &[Name],
) -> Option<Span> {
    let group = path.iter().fold(definitions.clone(), |group, step| {
        LazyGroup::child_of(&group, step)
    });
    group.defs(ev).ok()?.iter().find_map(|def| def.location())
}

/// The option a rename warning of lib's `mkRenamedOptionModule` is about ("The option
/// `services.foo.packages' defined in ... has been renamed to ..."), as its path: the
/// warning is defined in lib, and is shown at the user's definition of the old name.
/// Names `showOption` quoted (`"container@web"`) are read back unquoted.
pub(super) fn renamed_option(warning: &str) -> Option<Vec<Name>> {
    let shown = warning.strip_prefix("The option `")?;
    let (shown, rest) = shown.split_once("' defined in ")?;
    if !rest.contains("' has been renamed to `") {
        return None;
    }
    let mut path = Vec::new();
    let mut chars = shown.chars().peekable();
    while chars.peek().is_some() {
        let mut step = String::new();
        if chars.peek() == Some(&'"') {
            chars.next();
            loop {
                match chars.next()? {
                    '"' => break,
                    '\\' => step.push(chars.next()?),
                    c => step.push(c),
                }
            }
            match chars.next() {
                None | Some('.') => {}
                Some(_) => return None,
            }
        } else {
            for c in chars.by_ref() {
                if c == '.' {
                    break;
                }
                step.push(c);
            }
        }
        path.push(Name::new(&step));
    }
    Some(path)
}

#[cfg(test)]
mod tests {
    use super::renamed_option;

    fn shown(path: Option<Vec<lib_nix::name::Name>>) -> Option<Vec<String>> {
        path.map(|p| p.iter().map(|n| n.as_str().to_owned()).collect())
    }

    #[test]
    fn reads_the_old_name_of_a_rename_warning() {
        let warning = "The option `services.ci-runner.packages' defined in `a.nix' has been renamed to `services.ci-runner.extraPackages'.";
        assert_eq!(
            shown(renamed_option(warning)),
            Some(vec![
                "services".into(),
                "ci-runner".into(),
                "packages".into()
            ])
        );
        let quoted = "The option `systemd.services.\"container@web\".x' defined in `a.nix' has been renamed to `y'.";
        assert_eq!(
            shown(renamed_option(quoted)),
            Some(vec![
                "systemd".into(),
                "services".into(),
                "container@web".into(),
                "x".into()
            ])
        );
        assert_eq!(renamed_option("archive relays on port 25"), None);
    }
}
