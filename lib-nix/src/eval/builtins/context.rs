//! The builtins that read and change a string's context (see [`crate::eval::context`]):
//! `getContext`, `hasContext`, `appendContext` and the two `unsafeDiscard*`.

use std::rc::Rc;

use super::*;

/// `builtins.getContext`: the context as a set keyed by store path, each with `path`,
/// `allOutputs` and `outputs` where they apply.
pub(super) fn get_context(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let mut context = Context::new();
    coerce_in(ev, &args[0], span, false, &mut context)?;
    #[derive(Default)]
    struct Uses {
        path: bool,
        all_outputs: bool,
        outputs: Vec<Rc<str>>,
    }
    let mut by_path: std::collections::BTreeMap<Rc<str>, Uses> = Default::default();
    for element in context {
        match element {
            ContextElement::Path(path) => by_path.entry(path).or_default().path = true,
            ContextElement::AllOutputs(path) => by_path.entry(path).or_default().all_outputs = true,
            ContextElement::Output { derivation, output } => {
                by_path.entry(derivation).or_default().outputs.push(output)
            }
        }
    }
    let entries = by_path
        .into_iter()
        .map(|(path, uses)| {
            let mut fields = Vec::new();
            if uses.path {
                fields.push(AttrEntry::new("path", Thunk::ready(Value::Bool(true))));
            }
            if uses.all_outputs {
                fields.push(AttrEntry::new(
                    "allOutputs",
                    Thunk::ready(Value::Bool(true)),
                ));
            }
            if !uses.outputs.is_empty() {
                let outputs = uses
                    .outputs
                    .iter()
                    .map(|o| Value::String(o.clone()))
                    .collect();
                fields.push(AttrEntry::new("outputs", Thunk::ready(list_of(outputs))));
            }
            let set = Value::Attrs(Rc::new(Attrs::from_entries(fields)));
            AttrEntry::new(&path, Thunk::ready(set))
        })
        .collect();
    Ok(Value::Attrs(Rc::new(Attrs::from_entries(entries))))
}

/// `builtins.hasContext`: whether a string refers to store paths.
pub(super) fn has_context(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let mut context = Context::new();
    string_in(ev, args, 0, span, &mut context)?;
    Ok(Value::Bool(!context.is_empty()))
}

/// `builtins.unsafeDiscardStringContext`: the string without its context.
pub(super) fn discard_context(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let text = coerce(ev, &args[0], span, false)?;
    Ok(Value::string(&text))
}

/// `builtins.unsafeDiscardOutputDependency`: a derivation and all it builds becomes the
/// `.drv` file alone; the rest of the context stays.
pub(super) fn discard_output_dependency(
    ev: &mut Evaluator,
    args: &[Thunk],
    span: Span,
) -> EvalResult<Value> {
    let mut context = Context::new();
    let text = coerce_in(ev, &args[0], span, false, &mut context)?;
    let context = context
        .into_iter()
        .map(|element| match element {
            ContextElement::AllOutputs(path) => ContextElement::Path(path),
            other => other,
        })
        .collect();
    Ok(ev.string_with_context(&text, context))
}

/// `builtins.appendContext string context`: the string with more context, given as
/// `getContext` gives it. Every key must be a store path, and one with `allOutputs` or
/// `outputs` a derivation's.
pub(super) fn append_context(ev: &mut Evaluator, args: &[Thunk], span: Span) -> EvalResult<Value> {
    let mut context = Context::new();
    let text = string_in(ev, args, 0, span, &mut context)?;
    let given = attrs(ev, args, 1, span)?;
    for entry in given.entries() {
        let path: Rc<str> = Rc::from(entry.name.as_str());
        if !crate::eval::store::is_store_path(&path) {
            // Nix 2.8 quotes the key twice over.
            return Err(EvalError::message(
                format!("Context key '\"{path}\"' is not a store path"),
                Some(span),
            ));
        }
        let uses = ev.force(&entry.value, Some(span))?;
        let uses = ev.expect_attrs(uses, span)?;
        let flag = |ev: &mut Evaluator, name: &str| -> EvalResult<bool> {
            match uses.get(name) {
                Some(found) => {
                    let value = ev.force(&found.value, Some(span))?;
                    boolean(ev, value, span)
                }
                None => Ok(false),
            }
        };
        if flag(ev, "path")? {
            context.insert(ContextElement::Path(path.clone()));
        }
        if flag(ev, "allOutputs")? {
            if !path.ends_with(".drv") {
                return Err(EvalError::message(
                    format!("Tried to add all-outputs context of \"{path}\", which is not a derivation, to a string"),
                    Some(span),
                ));
            }
            context.insert(ContextElement::AllOutputs(path.clone()));
        }
        if let Some(outputs) = uses.get("outputs") {
            let outputs = ev.force(&outputs.value, Some(span))?;
            let outputs = expect_list(ev, outputs, span)?;
            if !outputs.is_empty() && !path.ends_with(".drv") {
                return Err(EvalError::message(
                    format!("Tried to add derivation output context of \"{path}\", which is not a derivation, to a string"),
                    Some(span),
                ));
            }
            for output in outputs.iter() {
                let output = ev.force(output, Some(span))?;
                let output = expect_string(ev, output, span)?;
                context.insert(ContextElement::Output {
                    derivation: path.clone(),
                    output: Rc::from(output),
                });
            }
        }
    }
    Ok(ev.string_with_context(&text, context))
}
