//! Derivations as Nix makes them, without building or writing anything: the attributes
//! become a store derivation (its ATerm text), whose hash names the outputs and whose
//! text names the `.drv` file, by the scheme of Nix's `hashDerivationModulo`.
//!
//! `builtins.derivationStrict` computes the paths; `derivation` is the Nix function
//! around it (`derivation.nix`) that gives one set per output.

use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

use crate::diagnostic::Span;
use crate::eval::builtins::hashes;
use crate::eval::context::{Context, ContextElement};
use crate::eval::store;
use crate::eval::{AttrEntry, Attrs, EvalError, EvalResult, Evaluator, Thunk, Value};

/// A store derivation: what the builder gets and what it makes.
#[derive(Debug, Clone, Default)]
pub(crate) struct Derivation {
    /// Output name to its path (empty while the hash that names it is computed) and,
    /// for a fixed-output derivation, its hash algorithm (`r:sha256`) and hash (hex).
    outputs: BTreeMap<String, (String, String, String)>,
    /// The derivations it needs, by `.drv` path, with the outputs it needs of each.
    input_derivations: BTreeMap<String, BTreeSet<String>>,
    /// The store paths it needs that are not built (sources, `toFile`s).
    input_sources: BTreeSet<String>,
    system: String,
    builder: String,
    args: Vec<String>,
    environment: BTreeMap<String, String>,
}

impl Derivation {
    fn is_fixed_output(&self) -> bool {
        self.outputs
            .values()
            .any(|(_, algorithm, _)| !algorithm.is_empty())
    }

    /// The ATerm text of the derivation, as Nix writes a `.drv` file. With
    /// `mask_outputs`, output paths (and the variables that hold them) are empty; with
    /// `inputs`, the input derivations are replaced by those (hashes to outputs).
    fn aterm(
        &self,
        mask_outputs: bool,
        inputs: Option<&BTreeMap<String, BTreeSet<String>>>,
    ) -> String {
        let mut out = String::from("Derive([");
        for (index, (name, (path, algorithm, hash))) in self.outputs.iter().enumerate() {
            if index > 0 {
                out.push(',');
            }
            out.push('(');
            quote(&mut out, name);
            out.push(',');
            quote(&mut out, if mask_outputs { "" } else { path });
            out.push(',');
            quote(&mut out, algorithm);
            out.push(',');
            quote(&mut out, hash);
            out.push(')');
        }
        out.push_str("],[");
        let inputs = inputs.unwrap_or(&self.input_derivations);
        for (index, (path, outputs)) in inputs.iter().enumerate() {
            if index > 0 {
                out.push(',');
            }
            out.push('(');
            quote(&mut out, path);
            out.push(',');
            quote_list(&mut out, outputs.iter());
            out.push(')');
        }
        out.push_str("],");
        quote_list(&mut out, self.input_sources.iter());
        out.push(',');
        quote(&mut out, &self.system);
        out.push(',');
        quote(&mut out, &self.builder);
        out.push(',');
        quote_list(&mut out, self.args.iter());
        out.push_str(",[");
        for (index, (name, value)) in self.environment.iter().enumerate() {
            if index > 0 {
                out.push(',');
            }
            out.push('(');
            quote(&mut out, name);
            out.push(',');
            let masked = mask_outputs && self.outputs.contains_key(name);
            quote(&mut out, if masked { "" } else { value });
            out.push(')');
        }
        out.push_str("])");
        out
    }
}

/// A string in an ATerm: quoted, with `"`, `\`, newline, return and tab escaped.
fn quote(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out.push('"');
}

fn quote_list<'a>(out: &mut String, items: impl Iterator<Item = &'a String>) {
    out.push('[');
    for (index, item) in items.enumerate() {
        if index > 0 {
            out.push(',');
        }
        quote(out, item);
    }
    out.push(']');
}

/// What stands for a derivation among the inputs of another when its hash is taken:
/// its own hash (a regular derivation) or its output's (a fixed-output one, whose
/// path depends only on what it makes).
enum HashModulo {
    Regular([u8; 32]),
    FixedOutput(BTreeMap<String, [u8; 32]>),
}

fn hash_modulo(ev: &Evaluator, derivation: &Derivation, mask_outputs: bool) -> HashModulo {
    if derivation.is_fixed_output() {
        let hashes = derivation
            .outputs
            .iter()
            .map(|(name, (path, algorithm, hash))| {
                let description = format!("fixed:out:{algorithm}:{hash}:{path}");
                (name.clone(), store::sha256(description.as_bytes()))
            })
            .collect();
        return HashModulo::FixedOutput(hashes);
    }
    let mut inputs: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, outputs) in &derivation.input_derivations {
        let Some(input) = ev.derivations.get(path.as_str()) else {
            // Only derivations ncc made can be inputs: their paths come from contexts.
            continue;
        };
        match hash_modulo(ev, input, false) {
            HashModulo::Regular(hash) => {
                inputs.insert(hashes::base16(&hash), outputs.clone());
            }
            HashModulo::FixedOutput(by_output) => {
                for output in outputs {
                    if let Some(hash) = by_output.get(output) {
                        inputs.insert(hashes::base16(hash), BTreeSet::from(["out".to_owned()]));
                    }
                }
            }
        }
    }
    HashModulo::Regular(store::sha256(
        derivation.aterm(mask_outputs, Some(&inputs)).as_bytes(),
    ))
}

fn error(message: impl Into<String>, span: Span) -> Box<EvalError> {
    EvalError::message(message, Some(span))
}

/// `builtins.derivationStrict attrs`: `{ drvPath; <output> = path; ... }`.
pub(crate) fn derivation_strict(
    ev: &mut Evaluator,
    attrs: &Attrs,
    span: Span,
) -> EvalResult<Value> {
    let name = match attrs.get("name") {
        Some(entry) => {
            let value = ev.force(&entry.value, Some(span))?;
            match value {
                Value::String(text) => text.to_string(),
                other => return Err(ev.type_error(&other, "a string", span)),
            }
        }
        None => return Err(error("required attribute 'name' missing", span)),
    };
    if !store::is_valid_name(&name) {
        return Err(error(format!("invalid derivation name '{name}'"), span));
    }
    if name.ends_with(".drv") {
        return Err(error(
            "derivation names are not allowed to end in '.drv'",
            span,
        ));
    }
    let ignore_nulls = match attrs.get("__ignoreNulls") {
        Some(entry) => matches!(ev.force(&entry.value, Some(span))?, Value::Bool(true)),
        None => false,
    };
    let structured = match attrs.get("__structuredAttrs") {
        Some(entry) => matches!(ev.force(&entry.value, Some(span))?, Value::Bool(true)),
        None => false,
    };
    let mut derivation = Derivation::default();
    let mut context = Context::new();
    let mut outputs: Vec<String> = vec!["out".to_owned()];
    let (mut output_hash, mut output_hash_algorithm, mut recursive) = (None, None, false);
    let mut json = Vec::new();
    for entry in attrs.entries() {
        let key = entry.name.as_str();
        if key == "__ignoreNulls" || key == "__structuredAttrs" {
            continue;
        }
        let value = ev.force(&entry.value, Some(span))?;
        if ignore_nulls && matches!(value, Value::Null) {
            continue;
        }
        if key == "args" {
            let Value::List(items) = value else {
                return Err(ev.type_error(&value, "a list", span));
            };
            for item in items.iter() {
                let item = ev.force(item, Some(span))?;
                let item = copy_paths(ev, item, span)?;
                let text = ev.coerce_to_string_in(&item, span, true, &mut context)?;
                derivation.args.push(text);
            }
            continue;
        }
        let text = if structured {
            // Every attribute goes to the builder as JSON instead, `outputs` as a list.
            let text = crate::eval::print::to_json_in(ev, &value, span, &mut context)?;
            if key == "outputs" {
                let Value::List(items) = &value else {
                    return Err(ev.type_error(&value, "a list", span));
                };
                let mut names = Vec::new();
                for item in items.iter() {
                    let item = ev.force(item, Some(span))?;
                    names.push(ev.coerce_to_string(&item, span, false)?);
                }
                outputs = check_outputs(names, span)?;
            }
            json.push((key.to_owned(), text));
            match &value {
                Value::String(text) => Some(text.to_string()),
                _ => None,
            }
        } else {
            let value = copy_paths(ev, value, span)?;
            let text = ev.coerce_to_string_in(&value, span, true, &mut context)?;
            if key == "outputs" {
                outputs = check_outputs(
                    text.split_ascii_whitespace().map(str::to_owned).collect(),
                    span,
                )?;
            }
            derivation.environment.insert(key.to_owned(), text.clone());
            Some(text)
        };
        let Some(text) = text else { continue };
        match key {
            "builder" => derivation.builder = text,
            "system" => derivation.system = text,
            "outputHash" => output_hash = Some(text),
            "outputHashAlgo" => output_hash_algorithm = Some(text),
            // `nar` is the name current Nix (2.21) gives `recursive` as well; Nix 2.8
            // refuses it, but a configuration that writes it builds today.
            "outputHashMode" => match text.as_str() {
                "recursive" | "nar" => recursive = true,
                "flat" => recursive = false,
                other => {
                    return Err(error(
                        format!("invalid value '{other}' for 'outputHashMode' attribute"),
                        span,
                    ))
                }
            },
            _ => {}
        }
    }
    if structured {
        let fields: Vec<String> = json
            .iter()
            .map(|(key, text)| format!("{}:{text}", crate::eval::print::json_string(key)))
            .collect();
        derivation
            .environment
            .insert("__json".to_owned(), format!("{{{}}}", fields.join(",")));
    }
    for element in &context {
        match element {
            ContextElement::Path(path) => {
                derivation.input_sources.insert(path.to_string());
            }
            ContextElement::Output {
                derivation: path,
                output,
            } => {
                derivation
                    .input_derivations
                    .entry(path.to_string())
                    .or_default()
                    .insert(output.to_string());
            }
            ContextElement::AllOutputs(path) => add_closure(ev, &mut derivation, path),
        }
    }
    if derivation.builder.is_empty() {
        return Err(error("required attribute 'builder' missing", span));
    }
    if derivation.system.is_empty() {
        return Err(error("required attribute 'system' missing", span));
    }
    if let Some(hash) = output_hash {
        if outputs != ["out"] {
            return Err(error(
                "multiple outputs are not supported in fixed-output derivations",
                span,
            ));
        }
        let algorithm = output_hash_algorithm.as_deref().filter(|a| !a.is_empty());
        let (algorithm, digest) =
            hashes::parse_named_hash(&hash, algorithm).map_err(|message| error(message, span))?;
        let path = store::make_fixed_output_path(recursive, algorithm, &digest, &name);
        derivation
            .environment
            .insert("out".to_owned(), path.clone());
        let method = if recursive { "r:" } else { "" };
        derivation.outputs.insert(
            "out".to_owned(),
            (
                path,
                format!("{method}{algorithm}"),
                hashes::base16(&digest),
            ),
        );
    } else {
        for output in &outputs {
            derivation.environment.insert(output.clone(), String::new());
            derivation.outputs.insert(
                output.clone(),
                (String::new(), String::new(), String::new()),
            );
        }
        let HashModulo::Regular(hash) = hash_modulo(ev, &derivation, true) else {
            unreachable!("a derivation without an output hash is not fixed-output")
        };
        for output in &outputs {
            let path = store::make_output_path(output, &hash, &name);
            derivation.environment.insert(output.clone(), path.clone());
            derivation
                .outputs
                .insert(output.clone(), (path, String::new(), String::new()));
        }
    }
    let text = derivation.aterm(false, None);
    let references: BTreeSet<&str> = derivation
        .input_sources
        .iter()
        .chain(derivation.input_derivations.keys())
        .map(String::as_str)
        .collect();
    let drv_path = store::make_text_path(
        &format!("{name}.drv"),
        &store::sha256(text.as_bytes()),
        references,
    );
    let drv_path: Rc<str> = Rc::from(drv_path);
    let mut entries = vec![AttrEntry::new(
        "drvPath",
        Thunk::ready(ev.string_with_context(
            &drv_path,
            Context::from([ContextElement::AllOutputs(drv_path.clone())]),
        )),
    )];
    for (output, (path, _, _)) in &derivation.outputs {
        let context = Context::from([ContextElement::Output {
            derivation: drv_path.clone(),
            output: Rc::from(output.as_str()),
        }]);
        entries.push(AttrEntry::new(
            output,
            Thunk::ready(ev.string_with_context(path, context)),
        ));
    }
    ev.derivations.insert(drv_path, Rc::new(derivation));
    Ok(Value::Attrs(Rc::new(Attrs::from_entries(entries))))
}

/// The output names, refusing duplicates, `drv` and none at all, as Nix does.
fn check_outputs(names: Vec<String>, span: Span) -> EvalResult<Vec<String>> {
    let mut seen = Vec::new();
    for name in names {
        if seen.contains(&name) {
            return Err(error(format!("duplicate derivation output '{name}'"), span));
        }
        if name == "drv" {
            return Err(error("invalid derivation output name 'drv'", span));
        }
        seen.push(name);
    }
    if seen.is_empty() {
        return Err(error(
            "derivation cannot have an empty set of outputs",
            span,
        ));
    }
    Ok(seen)
}

/// A derivation and everything it builds (`drv.drvPath` in a string): the closure of
/// its `.drv` file, each derivation in it with all its outputs.
fn add_closure(ev: &Evaluator, derivation: &mut Derivation, path: &str) {
    let mut pending = vec![path.to_owned()];
    let mut seen = BTreeSet::new();
    while let Some(path) = pending.pop() {
        if !seen.insert(path.clone()) {
            continue;
        }
        derivation.input_sources.insert(path.clone());
        if let Some(input) = ev.derivations.get(path.as_str()) {
            derivation
                .input_derivations
                .insert(path.clone(), input.outputs.keys().cloned().collect());
            pending.extend(input.input_sources.iter().cloned());
            pending.extend(input.input_derivations.keys().cloned());
        }
    }
}

/// `derivation`'s Nix half, evaluated once per evaluator.
const WRAPPER: crate::syntax::EmbeddedSource = crate::embedded_nix!("eval/derivation.nix");

/// The `derivation` function: `derivation.nix` evaluated (once), applied to `argument`.
/// Its own mistakes are the caller's: they are placed at the call, not inside ncc's file.
pub(crate) fn derivation(ev: &mut Evaluator, argument: Thunk, span: Span) -> EvalResult<Value> {
    let (function, file) = match &ev.derivation_function {
        Some(known) => known.clone(),
        None => {
            let (body, diagnostics) =
                ev.load_embedded("<ncc derivation>", "/<ncc>/derivation.nix", &WRAPPER);
            if let Some(first) = diagnostics.first() {
                return Err(error(
                    format!(
                        "internal error: ncc's derivation.nix does not parse: {}",
                        first.message()
                    ),
                    span,
                ));
            }
            let file = ev.ir.span(body.root).file;
            let function = ev.eval_body(body)?;
            ev.derivation_function = Some((function.clone(), file));
            (function, file)
        }
    };
    // The paths are computed here rather than by the Nix half, so that a mistake in the
    // attributes is placed at the call whenever it is found.
    let attributes = argument.clone();
    let paths = Thunk::native(move |ev| {
        let value = ev.force(&attributes, Some(span))?;
        let set = ev.expect_attrs(value, span)?;
        derivation_strict(ev, &set, span)
    });
    let with_paths = ev.apply(function, paths, span)?;
    ev.apply(with_paths, argument, span).map_err(|mut error| {
        if error.span.is_none_or(|at| at.file == file) {
            error.span = Some(span);
        }
        error.labels.retain(|label| label.span.file != file);
        error
    })
}

/// A derivation's attribute with its paths, also inside lists, as the store paths Nix
/// copies them to (see [`Evaluator::copied_to_store`]).
fn copy_paths(ev: &mut Evaluator, value: Value, span: Span) -> EvalResult<Value> {
    match value {
        Value::Path(_) => ev.copied_to_store(value, span),
        Value::List(items) if ev.copy_paths_to_store => {
            let mut copied = Vec::with_capacity(items.len());
            for item in items.iter() {
                let item = ev.force(item, Some(span))?;
                copied.push(Thunk::ready(copy_paths(ev, item, span)?));
            }
            Ok(Value::List(copied.into()))
        }
        other => Ok(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aterm_quotes_as_nix_does() {
        let mut out = String::new();
        quote(&mut out, "a\"b\\c\nd\te\rf");
        assert_eq!(out, r#""a\"b\\c\nd\te\rf""#);
    }
}
