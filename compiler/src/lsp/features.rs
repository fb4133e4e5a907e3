//! The answers to the editor's questions, built from an [`Outline`] of the document, the
//! [`OptionIndex`] and, for values, the merged configuration: hover text, completion
//! items and the code actions that apply a diagnostic's fixes.

use std::collections::HashMap;

use lsp_types as lsp;

use super::analysis::Merged;
use super::outline::Outline;
use super::reference::OptionIndex;
use crate::options::OptionDoc;

/// What the cursor is on, for a hover.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// A key naming the option (or option set) at this path.
    Name(Vec<String>, lsp_types::Range),
    /// The value of the binding of this path.
    Value(Vec<String>, lsp_types::Range),
}

/// What the cursor at `offset` points at.
pub fn target(
    outline: &Outline,
    offset: u32,
    range_of: impl Fn(u32, u32) -> lsp::Range,
) -> Option<Target> {
    if let Some(key) = outline.key_at(offset) {
        let range = range_of(key.range.start().into(), key.range.end().into());
        return Some(Target::Name(key.path.clone(), range));
    }
    let binding = outline.binding_at_value(offset)?;
    let range = range_of(
        binding.value_range.start().into(),
        binding.value_range.end().into(),
    );
    Some(Target::Value(binding.path.clone(), range))
}

/// The hover text of the option at `path`: its documentation, and when `merged` is
/// given, the merged value and where it was defined. `None` when ncc knows nothing of it.
pub fn hover_text(index: &OptionIndex, path: &[String], merged: Option<&Merged>) -> Option<String> {
    let written = path.join(".");
    let mut text = match index.find(path) {
        Some(doc) => option_doc(doc, &written),
        None if index.is_group(path) => format!("`{written}`\n\nA set of options ncc checks."),
        None => return None,
    };
    if let Some(merged) = merged {
        if let Some(value) = &merged.value {
            text.push_str(&format!(
                "\n\n---\n\n*Merged value:* {}",
                inline_code(value)
            ));
        }
        if let Some(location) = &merged.defined_at {
            let file = location
                .uri
                .as_str()
                .rsplit('/')
                .next()
                .unwrap_or_default()
                .to_owned();
            text.push_str(&format!(
                "\n\n*Defined at:* {}:{}:{}",
                file,
                location.range.start.line + 1,
                location.range.start.character + 1
            ));
        }
    }
    Some(text)
}

fn option_doc(doc: &OptionDoc, written: &str) -> String {
    let mut text = format!("**{}**", inline_code(&doc.name()));
    if doc.name() != written {
        text.push_str(&format!(" ({})", inline_code(written)));
    }
    text.push_str(&format!("\n\n*Type:* {}", doc.type_description));
    if doc.read_only {
        text.push_str(" *(read only)*");
    }
    if let Some(default) = &doc.default {
        text.push_str(&format!("\n\n*Default:* {}", inline_code(default)));
    }
    if let Some(example) = &doc.example {
        text.push_str(&format!("\n\n*Example:* {}", inline_code(example)));
    }
    if !doc.description.is_empty() {
        text.push_str("\n\n");
        text.push_str(&doc.description);
    }
    text
}

/// Inline code in Markdown, with a fence longer than any run of backquotes inside.
fn inline_code(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    if longest > 0 {
        format!("{fence} {text} {fence}")
    } else {
        format!("{fence}{text}{fence}")
    }
}

/// The option names that may be written at `offset`: the children of the innermost option
/// set around it.
pub fn completions(
    outline: &Outline,
    index: &OptionIndex,
    offset: u32,
) -> Vec<lsp::CompletionItem> {
    // On a key being typed, the names beside it; else the names of the set around.
    let parent = match outline.key_at(offset) {
        Some(key) => key.path[..key.path.len() - 1].to_vec(),
        None => match outline.set_at(offset) {
            Some(set) => set.path.clone(),
            None => return Vec::new(),
        },
    };
    index
        .children(&parent)
        .into_iter()
        .map(|child| match child.doc {
            Some(doc) => lsp::CompletionItem {
                label: child.name.clone(),
                kind: Some(lsp::CompletionItemKind::PROPERTY),
                detail: Some(doc.type_description.clone()),
                documentation: Some(lsp::Documentation::MarkupContent(lsp::MarkupContent {
                    kind: lsp::MarkupKind::Markdown,
                    value: option_doc(doc, &doc.name()),
                })),
                ..Default::default()
            },
            None => lsp::CompletionItem {
                label: child.name.clone(),
                kind: Some(lsp::CompletionItemKind::MODULE),
                detail: Some("option set".to_owned()),
                ..Default::default()
            },
        })
        .collect()
}

/// The quick fixes of the diagnostics the editor sends back: each fix ncc put in a
/// diagnostic's `data` becomes one action.
pub fn code_actions(
    uri: &lsp::Uri,
    diagnostics: &[lsp::Diagnostic],
) -> Vec<lsp::CodeActionOrCommand> {
    let mut actions = Vec::new();
    for diagnostic in diagnostics {
        if diagnostic.source.as_deref() != Some("ncc") {
            continue;
        }
        let Some(fixes) = diagnostic
            .data
            .as_ref()
            .and_then(|data| data.get("fixes"))
            .and_then(|fixes| serde_json::from_value::<Vec<lsp::TextEdit>>(fixes.clone()).ok())
        else {
            continue;
        };
        for (position, fix) in fixes.into_iter().enumerate() {
            let title = format!("Replace with `{}`", fix.new_text);
            #[allow(
                clippy::mutable_key_type,
                reason = "lsp-types keys workspace edits by Uri, which caches its parse inside"
            )]
            let changes = HashMap::from([(uri.clone(), vec![fix])]);
            actions.push(lsp::CodeActionOrCommand::CodeAction(lsp::CodeAction {
                title,
                kind: Some(lsp::CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic.clone()]),
                edit: Some(lsp::WorkspaceEdit {
                    changes: Some(changes),
                    ..Default::default()
                }),
                is_preferred: Some(position == 0),
                ..Default::default()
            }));
        }
    }
    actions
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lsp::outline::outline;

    fn index() -> OptionIndex {
        let doc = |loc: &str, type_description: &str| OptionDoc {
            loc: loc.split('.').map(str::to_owned).collect(),
            type_description: type_description.to_owned(),
            description: "What it does.".to_owned(),
            default: Some("false".to_owned()),
            example: None,
            read_only: false,
        };
        OptionIndex::from_docs(vec![
            doc("containers.<name>.privateNetwork", "boolean"),
            doc(
                "containers.<name>.bindMounts.<name>.hostPath",
                "null or string",
            ),
            doc("containers.<name>.config.networking.hostName", "string"),
        ])
    }

    #[test]
    fn completes_inside_a_container_and_its_submodules() {
        let text = "{ containers.web = { bindMounts.\"/srv\" = { }; config = { }; }; }";
        let outline = outline(text);
        let labels = |offset: usize| -> Vec<String> {
            completions(&outline, &index(), offset as u32)
                .into_iter()
                .map(|item| item.label)
                .collect()
        };
        assert_eq!(
            labels(text.find("bindMounts").unwrap() - 1),
            ["privateNetwork", "bindMounts", "config"]
        );
        assert_eq!(labels(text.find("{ }").unwrap() + 1), ["hostPath"]);
        assert_eq!(labels(text.rfind("{ }").unwrap() + 1), ["networking"]);
    }

    #[test]
    fn hover_shows_the_doc_and_the_merged_value() {
        let path: Vec<String> = ["containers", "web", "privateNetwork"]
            .map(str::to_owned)
            .to_vec();
        let merged = Merged {
            value: Some("true".to_owned()),
            defined_at: None,
        };
        let text = hover_text(&index(), &path, Some(&merged)).unwrap();
        assert!(
            text.starts_with(
                "**`containers.<name>.privateNetwork`** (`containers.web.privateNetwork`)"
            ),
            "{text}"
        );
        assert!(text.contains("*Type:* boolean"));
        assert!(text.contains("*Default:* `false`"));
        assert!(text.contains("*Merged value:* `true`"));
        assert_eq!(inline_code("a `b` c"), "`` a `b` c ``");
    }
}

#[cfg(test)]
mod typing_tests {
    use super::*;
    use crate::lsp::outline::outline;

    #[test]
    fn completes_a_key_being_typed() {
        let index = OptionIndex::from_docs(vec![OptionDoc {
            loc: ["containers", "<name>", "privateNetwork"]
                .map(str::to_owned)
                .to_vec(),
            type_description: "boolean".to_owned(),
            description: String::new(),
            default: None,
            example: None,
            read_only: false,
        }]);
        for text in [
            "{ containers.web = { priv }; }",
            "{ containers.web = { priv",
            "{ containers.web = { autoStart = true; priv }; }",
            "{ containers.web.priv }",
            "{ containers.web = { x = 1; }; containers.web.priv",
        ] {
            let offset = text.find("priv").unwrap() as u32 + 4;
            let labels: Vec<String> = completions(&outline(text), &index, offset)
                .into_iter()
                .map(|item| item.label)
                .collect();
            assert_eq!(labels, ["privateNetwork"], "in {text:?}");
        }
    }
}
