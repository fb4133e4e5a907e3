//! The container option set, declared once in `schema.nix` and evaluated by lib-nix's
//! module system like any NixOS module.

use lib_nix::eval::{EvalError, EvalResult, Evaluator, Thunk};

/// The name the schema is shown by in messages.
pub const SCHEMA_FILE: &str = "<ncc schema>";

const SCHEMA_SOURCE: &str = include_str!("schema.nix");

/// Loads the schema module into the evaluator.
pub fn load(ev: &mut Evaluator) -> EvalResult<Thunk> {
    let (body, diagnostics) = ev.load_source(SCHEMA_FILE, "/<ncc>/schema.nix", SCHEMA_SOURCE);
    if let Some(first) = diagnostics.first() {
        return Err(EvalError::message(
            format!(
                "internal error: ncc's schema does not parse: {}",
                first.message()
            ),
            None,
        ));
    }
    let value = ev.eval_body(body)?;
    Ok(Thunk::ready(value))
}
