//! The stand-in for `pkgs` (DESIGN.md §4.2): ncc builds no packages, so any `pkgs.<name>`
//! is a placeholder package with a recognisable fake store path.

use std::rc::Rc;

use crate::eval::{AttrEntry, Attrs, Thunk, Value};

thread_local! {
    /// `pkgs` itself, built once: every module evaluation passes it, few read it.
    static PKGS: Value = placeholder_package("pkgs");
}

/// The value modules receive as `pkgs`.
pub fn pkgs_placeholder() -> Value {
    PKGS.try_with(Value::clone)
        .unwrap_or_else(|_| placeholder_package("pkgs"))
}

/// The placeholder for `path` (`pkgs.htop`, `pkgs.python3.pkgs.requests`), as the
/// evaluator makes it when a placeholder lacks an attribute or is called.
pub fn placeholder_package_value(path: &str) -> Value {
    placeholder_package(path)
}

fn placeholder_package(path: &str) -> Value {
    let name = path.rsplit('.').next().unwrap_or(path).to_owned();
    let out_path = format!("/nix/store/00000000000000000000000000000000-ncc-placeholder-{name}");
    Value::Attrs(Rc::new(
        Attrs::from_entries(vec![
            AttrEntry::new("type", Thunk::ready(Value::string("derivation"))),
            AttrEntry::new("outPath", Thunk::ready(Value::string(&out_path))),
            AttrEntry::new("name", Thunk::ready(Value::string(&name))),
        ])
        .into_placeholder(path),
    ))
}
