//! What the layers above plug into the evaluator, which knows nothing of them: the
//! module system's stand-in for `pkgs` says what its placeholders lead to.

use std::rc::Rc;

use crate::eval::{Attrs, Value};

/// Functions the evaluator calls where a layer above decides.
pub struct Hooks {
    /// What a placeholder set gives for a missing attribute or when called: the
    /// placeholder for the longer path (`pkgs.htop` to `pkgs.htop.bin`).
    pub placeholder: fn(&str) -> Value,
}

impl Default for Hooks {
    fn default() -> Hooks {
        Hooks {
            placeholder: bare_placeholder,
        }
    }
}

/// A placeholder with nothing in it but its path, until a layer above says more.
fn bare_placeholder(path: &str) -> Value {
    Value::Attrs(Rc::new(Attrs::default().into_placeholder(path)))
}
