//! The option reference, read from the one schema (`schema.nix`) and from the declared
//! subset of NixOS a container's own `config` meets (`inner-schema.nix`), by evaluating
//! their declarations with lib-nix's module system, as NixOS builds its manual. `ncc
//! options` prints it; the language server's hover and completion read it.
//!
//! Options of a submodule are listed under the parent's name with `<name>` for an
//! attribute set's key and `*` for a list's element, as NixOS names them
//! (`containers.<name>.autoStart`, `containers.<name>.forwardPorts.*.hostPort`). Options
//! marked `internal` or `visible = false` are left out.

use std::rc::Rc;

use lib_nix::eval::{print, EvalResult, Evaluator, MemoryIo, Thunk, Value};
use lib_nix::modules::types::{self, Type, TypeKind};
use lib_nix::modules::{eval_modules, ModuleInput, OptionDecl, OptionGroup, OptionNode};
use lib_nix::name::Name;
use lib_nix::Span;

/// One documented option.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionDoc {
    /// The option's path, e.g. `["containers", "<name>", "autoStart"]`.
    pub loc: Vec<String>,
    /// The type as nixpkgs describes it, e.g. `null or string`.
    pub type_description: String,
    pub description: String,
    /// The default and the example in Nix syntax, when declared.
    pub default: Option<String>,
    pub example: Option<String>,
    pub read_only: bool,
}

impl OptionDoc {
    pub fn name(&self) -> String {
        self.loc.join(".")
    }
}

/// Every visible option of the schema, in the order of the manual.
pub fn collect() -> Result<Vec<OptionDoc>, String> {
    collect_from(Schema::Host)
}

/// Every visible option of the declared subset of NixOS that a container's own `config`
/// is checked against, named below `containers.<name>.config`.
pub fn collect_inner() -> Result<Vec<OptionDoc>, String> {
    collect_from(Schema::Container)
}

#[derive(Clone, Copy)]
enum Schema {
    Host,
    Container,
}

fn collect_from(schema: Schema) -> Result<Vec<OptionDoc>, String> {
    lib_nix::run_with_stack(move || {
        let mut docs = Vec::new();
        walk_schema(schema, &mut |ev, decl, loc| {
            option(ev, decl, loc, &mut docs)
        })?;
        Ok(docs)
    })
}

/// What [`walk`] does with each option: the type whose submodules' options to walk
/// next, if any.
type Visit<'a> =
    dyn FnMut(&mut Evaluator, &OptionDecl, Vec<String>) -> EvalResult<Option<Type>> + 'a;

/// Evaluates `schema`'s declarations and visits each of its options, then the options
/// of the submodules the visit returns the type of.
fn walk_schema(schema: Schema, visit: &mut Visit) -> Result<(), String> {
    let io = MemoryIo::new();
    let mut ev = Evaluator::new(&io);
    let result = (|| -> EvalResult<()> {
        let (value, file, args, prefix) = match schema {
            Schema::Host => (
                crate::schema::load(&mut ev)?,
                crate::schema::SCHEMA_FILE,
                Vec::new(),
                Vec::new(),
            ),
            Schema::Container => (
                crate::schema::load_inner(&mut ev)?,
                crate::schema::INNER_SCHEMA_FILE,
                vec![(Name::new("name"), Thunk::ready(Value::string("<name>")))],
                vec![
                    "containers".to_owned(),
                    "<name>".to_owned(),
                    "config".to_owned(),
                ],
            ),
        };
        let modules = vec![ModuleInput {
            value,
            file: Rc::from(file),
        }];
        let evaluated = eval_modules(&mut ev, modules, args, Vec::new())?;
        walk(&mut ev, &evaluated.options, &prefix, visit)
    })();
    result.map_err(|error| {
        let span = Span::nowhere();
        error
            .to_diagnostic(span)
            .map(|d| d.message())
            .unwrap_or_else(|| "the schema could not be evaluated".to_owned())
    })
}

fn walk(
    ev: &mut Evaluator,
    group: &OptionGroup,
    prefix: &[String],
    visit: &mut Visit,
) -> EvalResult<()> {
    for (name, node) in &group.children {
        let mut loc = prefix.to_vec();
        loc.push(name.to_string());
        match node {
            OptionNode::Group(inner) => walk(ev, inner, &loc, visit)?,
            OptionNode::Option(decl) => {
                if let Some(option_type) = visit(ev, decl, loc.clone())? {
                    submodule_options(ev, &option_type, loc, visit)?;
                }
            }
            OptionNode::Invalid(_) => {}
        }
    }
    Ok(())
}

/// The documentation of one option, unless it is internal or hidden; its type, to
/// document the options of its submodules.
fn option(
    ev: &mut Evaluator,
    decl: &OptionDecl,
    loc: Vec<String>,
    docs: &mut Vec<OptionDoc>,
) -> EvalResult<Option<Type>> {
    let internal = matches!(field(ev, decl, "internal")?, Some(Value::Bool(true)));
    let hidden = matches!(field(ev, decl, "visible")?, Some(Value::Bool(false)));
    if internal || hidden {
        return Ok(None);
    }
    let option_type = match field(ev, decl, "type")? {
        Some(value @ Value::Attrs(_)) => Some(types::decode(ev, &value)?),
        _ => None,
    };
    let description = match field(ev, decl, "description")? {
        Some(Value::String(text)) => text.to_string(),
        _ => String::new(),
    };
    let default = match printed(ev, decl, "default")? {
        Some(default) => Some(default),
        None => default_text(ev, decl)?,
    };
    let example = printed(ev, decl, "example")?;
    let read_only = matches!(field(ev, decl, "readOnly")?, Some(Value::Bool(true)));
    docs.push(OptionDoc {
        loc,
        type_description: option_type
            .as_ref()
            .map(|t| t.description.clone())
            .unwrap_or_else(|| "unspecified value".to_owned()),
        description,
        default,
        example,
        read_only,
    });
    Ok(option_type)
}

/// The options a submodule type declares, below `loc` with `<name>` or `*` added where
/// the type is an attribute set or a list of submodules.
fn submodule_options(
    ev: &mut Evaluator,
    option_type: &Type,
    mut loc: Vec<String>,
    visit: &mut Visit,
) -> EvalResult<()> {
    match &option_type.kind {
        TypeKind::NullOr(inner)
        | TypeKind::Uniq(inner, _)
        | TypeKind::AddCheck(inner, _)
        | TypeKind::CheckReplaced(inner, _) => submodule_options(ev, inner, loc, visit),
        TypeKind::AttrsOf(inner, _) => {
            loc.push("<name>".to_owned());
            submodule_options(ev, inner, loc, visit)
        }
        TypeKind::ListOf(inner, _) => {
            loc.push("*".to_owned());
            submodule_options(ev, inner, loc, visit)
        }
        TypeKind::Submodule { modules, .. } => {
            let inputs = modules
                .iter()
                .map(|module| ModuleInput {
                    value: module.clone(),
                    file: Rc::from(crate::schema::SCHEMA_FILE),
                })
                .collect();
            let name = loc.last().cloned().unwrap_or_default();
            let args = vec![(Name::new("name"), Thunk::ready(Value::string(&name)))];
            let prefix: Vec<Name> = loc.iter().map(|part| Name::new(part)).collect();
            let evaluated = eval_modules(ev, inputs, args, prefix)?;
            walk(ev, &evaluated.options, &loc, visit)
        }
        _ => Ok(()),
    }
}

fn field(ev: &mut Evaluator, decl: &OptionDecl, name: &str) -> EvalResult<Option<Value>> {
    match decl.declaration.get(name) {
        Some(entry) => {
            let thunk = entry.value.clone();
            ev.force(&thunk, None).map(Some)
        }
        None => Ok(None),
    }
}

/// What `defaultText` says the default is, for an option declared without one whose
/// default is a definition elsewhere (`lib.literalExpression "config.nixpkgs.system"`),
/// as NixOS's manual shows it.
fn default_text(ev: &mut Evaluator, decl: &OptionDecl) -> EvalResult<Option<String>> {
    Ok(match field(ev, decl, "defaultText")? {
        Some(Value::String(text)) => Some(text.to_string()),
        Some(Value::Attrs(literal)) => match literal.get("text") {
            Some(entry) => match ev.force(&entry.value.clone(), None)? {
                Value::String(text) => Some(text.to_string()),
                _ => None,
            },
            None => None,
        },
        _ => None,
    })
}

/// A declaration field in Nix syntax, if declared. A value that cannot be printed (a
/// default computed from other options) shows as `<computed>`, never as an error.
fn printed(ev: &mut Evaluator, decl: &OptionDecl, name: &str) -> EvalResult<Option<String>> {
    let Some(entry) = decl.declaration.get(name) else {
        return Ok(None);
    };
    let thunk = entry.value.clone();
    let span = Span::nowhere();
    let shown = ev
        .force(&thunk, None)
        .and_then(|value| print::print_value(ev, &value, span));
    Ok(Some(shown.unwrap_or_else(|_| "<computed>".to_owned())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use lib_nix::modules::{is_plain_default, merge_typed, Def};

    /// Every option of ncc's own schemas whose default is plain data (null, a Boolean, an
    /// integer, a string, an empty list) merges to that default when nothing defines it,
    /// its type checking and merging it as nixpkgs would: what `schema::load_file` tells
    /// the evaluator (`mark_own_file`), so that such an option's type is not
    /// decoded. Hidden and internal options are checked too.
    #[test]
    fn plain_defaults_merge_to_themselves() {
        let (checked, wrong) = lib_nix::run_with_stack(|| {
            let mut checked = 0;
            let mut wrong = Vec::new();
            for schema in [Schema::Host, Schema::Container] {
                walk_schema(schema, &mut |ev, decl, loc| {
                    let option_type = decl.decoded_type(ev)?;
                    if let Some(default) = decl.default() {
                        let value = ev.force(default, None)?;
                        if is_plain_default(&value) {
                            let names: Vec<Name> = loc.iter().map(|part| Name::new(part)).collect();
                            let def = Def {
                                value: default.clone(),
                                file: decl.file.clone(),
                                key_span: None,
                                value_span: None,
                            };
                            let span = Span::nowhere();
                            let shown = print::print_value(ev, &value, span)?;
                            match merge_typed(ev, &option_type, &names, vec![def]) {
                                Ok(merged) if print::print_value(ev, &merged, span)? == shown => {}
                                Ok(merged) => {
                                    let merged = print::print_value(ev, &merged, span)?;
                                    wrong.push(format!(
                                        "{}: {shown} merges to {merged}",
                                        loc.join(".")
                                    ));
                                }
                                Err(error) => wrong.push(format!(
                                    "{}: {shown} does not merge: {:?}",
                                    loc.join("."),
                                    error.to_diagnostic(span).map(|d| d.message())
                                )),
                            }
                            checked += 1;
                        }
                    }
                    Ok(Some((*option_type).clone()))
                })
                .expect("the schemas evaluate");
            }
            (checked, wrong)
        });
        assert!(wrong.is_empty(), "{wrong:#?}");
        // Both schemas' plain defaults, the containers' own among them.
        assert!(checked >= 100, "only {checked} plain defaults checked");
    }
}
