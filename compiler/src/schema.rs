//! The container option set, declared once in `schema.nix` and evaluated by lib-nix's
//! module system like any NixOS module.

use lib_nix::eval::{EvalError, EvalResult, Evaluator, Thunk};
use lib_nix::syntax::EmbeddedSource;

/// The name the schema is shown by in messages.
pub const SCHEMA_FILE: &str = "<ncc schema>";

const SCHEMA_SOURCE: EmbeddedSource = lib_nix::embedded_nix!("schema.nix");

/// Loads the schema module into the evaluator.
pub fn load(ev: &mut Evaluator) -> EvalResult<Thunk> {
    let (body, diagnostics) = ev.load_embedded(SCHEMA_FILE, "/<ncc>/schema.nix", &SCHEMA_SOURCE);
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

/// The name the container-side schema is shown by in messages.
pub const INNER_SCHEMA_FILE: &str = "<ncc container schema>";

const INNER_SCHEMA_SOURCE: EmbeddedSource = lib_nix::embedded_nix!("inner-schema.nix");

/// Loads the declared subset of NixOS a container's own `config` is checked against.
pub fn load_inner(ev: &mut Evaluator) -> EvalResult<Thunk> {
    let (body, diagnostics) = ev.load_embedded(
        INNER_SCHEMA_FILE,
        "/<ncc>/inner-schema.nix",
        &INNER_SCHEMA_SOURCE,
    );
    if let Some(first) = diagnostics.first() {
        return Err(EvalError::message(
            format!(
                "internal error: ncc's container schema does not parse: {}",
                first.message()
            ),
            None,
        ));
    }
    let value = ev.eval_body(body)?;
    Ok(Thunk::ready(value))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The schemas load from their prepared trees, which are the trees rnix parses.
    #[test]
    fn schemas_load_from_prepared_trees() {
        for source in [SCHEMA_SOURCE, INNER_SCHEMA_SOURCE] {
            let prepared = lib_nix::syntax::parse_embedded(&source);
            let parsed = lib_nix::syntax::parse(source.text);
            assert!(prepared.errors.is_empty());
            use rowan::ast::AstNode;
            assert_eq!(prepared.root.syntax().green(), parsed.root.syntax().green());
        }
    }

    /// The schemas load from their prepared IR, which is the IR their text lowers to.
    #[test]
    fn schemas_are_prepared_as_they_lower() {
        let io = lib_nix::eval::MemoryIo::new();
        let ev = Evaluator::new(&io);
        for source in [SCHEMA_SOURCE, INNER_SCHEMA_SOURCE] {
            assert!(!source.ir.is_empty());
            let difference =
                lib_nix::syntax::prepared_ir_difference(&source, &|name| ev.is_global(name));
            assert_eq!(difference, None);
        }
    }
}
