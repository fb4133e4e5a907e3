//! `checkUnmatched`: definitions of options that do not exist. Each becomes a
//! diagnostic and evaluation goes on, so one run reports every unknown option.

use std::rc::Rc;

use crate::diagnostic::{did_you_mean, Diagnostic, DiagnosticKind, ModuleErrorCode, Span};
use crate::eval::Evaluator;
use crate::modules::pretty::show_defs;
use crate::modules::properties::LazyGroup;
use crate::modules::{show_option, Def, OptionGroup, OptionNode, Unmatched};
use crate::name::Name;

/// Adds to `unmatched` each definition in `lazy` (the definitions of `group`, and of
/// its child groups, at the group's location) of an option `group` does not declare.
pub fn check_unknown(
    ev: &mut Evaluator,
    group: &Rc<OptionGroup>,
    lazy: &Rc<LazyGroup>,
    unmatched: &mut Vec<Unmatched>,
) {
    let split = match lazy.split(ev) {
        Ok(split) => split,
        Err(error) => {
            if let Some(diagnostic) = error.to_diagnostic(Span::nowhere()) {
                if !ev.diagnostics.contains(&diagnostic) {
                    ev.diagnostics.push(diagnostic);
                }
            }
            return;
        }
    };
    for (name, defs) in split.iter() {
        if name.as_str() == "_module" {
            continue;
        }
        match group.children.get(name) {
            None => {
                let mut loc = Vec::with_capacity(lazy.loc().len() + 1);
                loc.extend_from_slice(lazy.loc());
                loc.push(name.clone());
                unmatched.push(Unmatched {
                    loc,
                    group: group.clone(),
                    defs: defs.to_vec(),
                })
            }
            Some(OptionNode::Group(child)) => {
                check_unknown(ev, child, &LazyGroup::child_of(lazy, name), unmatched);
            }
            Some(OptionNode::Option(_)) => {}
            // A definition reaching a declaration nixpkgs rejects: its error.
            Some(OptionNode::Invalid(invalid)) => {
                let error = invalid.error();
                let at = defs.iter().find_map(|d| d.key_span.or(d.location()));
                let fallback = at.unwrap_or(crate::diagnostic::Span::new(
                    crate::diagnostic::FileId::new(0),
                    0,
                    0,
                ));
                if let Some(diagnostic) = error.to_diagnostic(fallback) {
                    ev.diagnostics.push(diagnostic);
                }
            }
        }
    }
}

pub(super) fn report_unknown(
    ev: &mut Evaluator,
    group: &OptionGroup,
    loc: &[Name],
    child_loc: &[Name],
    defs: &[Def],
) -> Diagnostic {
    let all: Vec<&Def> = defs.iter().collect();
    let mut message = format!(
        "The option `{}' does not exist. Definition values:{}",
        show_option(child_loc),
        show_defs(ev, &all)
    );
    if group.children.keys().all(|k| k.as_str() == "_module") {
        if loc.is_empty() {
            message.push_str("\n\nIt seems as if you're trying to declare an option by placing it into `config' rather than `options'!");
        } else {
            message.push_str(&format!(
                "\n\nHowever there are no options defined in `{}'. Are you sure you've\ndeclared your options properly? This can happen if you e.g. declared your options in `types.submodule'\nunder `config' rather than `options'.",
                show_option(loc)
            ));
        }
    }
    let first = defs.first().and_then(|d| d.key_span.or(d.location()));
    let mut diagnostic = Diagnostic::new(
        DiagnosticKind::Module {
            code: ModuleErrorCode::OptionDoesNotExist,
            message,
        },
        first.unwrap_or(Span::nowhere()),
    );
    for def in defs.iter().skip(1) {
        if let Some(span) = def.key_span {
            diagnostic = diagnostic.with_label(span, "also defined here");
        }
    }
    let name = child_loc.last().map(|n| n.as_str()).unwrap_or("");
    let suggestions = did_you_mean(name, group.children.keys().map(|k| k.as_str()));
    if !suggestions.is_empty() {
        let shown: Vec<String> = suggestions
            .iter()
            .map(|s| {
                let mut path = loc.to_vec();
                path.push(Name::new(s));
                format!("`{}'", show_option(&path))
            })
            .collect();
        diagnostic = diagnostic.with_help(format!("did you mean {}?", shown.join(", ")));
        // The fix renames the key where it is written, as a name or a quoted string, alone
        // or last in an attribute path (`containers.web.autoStrt`).
        if let Some(span) = first {
            let written = ev.sources.snippet(span);
            let quoted = format!("\"{name}\"");
            let key = [name, quoted.as_str()].into_iter().find(|key| {
                written == *key
                    || written
                        .strip_suffix(key)
                        .is_some_and(|path| path.ends_with('.'))
            });
            if let Some(key) = key {
                let start = span.end - key.len() as u32;
                let key_span = Span::new(span.file, start, span.end);
                for suggestion in &suggestions {
                    let replacement = if key == name {
                        suggestion.clone()
                    } else {
                        format!("\"{suggestion}\"")
                    };
                    diagnostic = diagnostic.with_suggestion(key_span, replacement);
                }
            }
        }
    }
    diagnostic
}
