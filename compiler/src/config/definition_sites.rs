//! Where an element of the host's `assertions` or `warnings` was written: the list is
//! merged from every module's definitions, and a failed assertion is reported at the
//! definition that holds it, not at the first definition of the option.

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
