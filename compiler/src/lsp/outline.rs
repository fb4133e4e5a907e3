//! The option paths a module file writes, read from its syntax alone: which option each
//! key names, which option set each attribute set fills. Hover, completion and go to
//! definition start here; none of them needs the file to evaluate.
//!
//! A module is read as the module system reads it: the function's body, `config.` dropped
//! where the module splits `options` from `config`, `imports` and `options` skipped,
//! through `mkIf`, `mkMerge`, `mkDefault`, `mkForce`, `mkOverride`, `//`, `let`, `with`
//! and `if`. A list element is named `*`, as in the option reference
//! (`containers.web.forwardPorts.*.hostPort`); a container's `config` is a module of its
//! own. What the syntax cannot name (a dynamic key, a module built by a function call)
//! is left out.

use rnix::ast::{self, HasEntry};
use rnix::TextRange;
use rowan::ast::AstNode;

/// One key as written: `web` in `containers.web.autoStart = true;` names `containers.web`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub path: Vec<String>,
    pub range: TextRange,
}

/// One `attrpath = value;` entry: the option path it defines and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Binding {
    pub path: Vec<String>,
    /// The last key of the attribute path.
    pub key_range: TextRange,
    pub value_range: TextRange,
}

/// An attribute set whose entries define the options below `path`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionSet {
    pub path: Vec<String>,
    pub range: TextRange,
}

/// Everything [`outline`] found in one file.
#[derive(Debug, Default)]
pub struct Outline {
    pub keys: Vec<Key>,
    pub bindings: Vec<Binding>,
    pub sets: Vec<OptionSet>,
}

/// How deep the walk goes; the parser already refuses deeper nesting than this matters for,
/// and this keeps the walk's own stack small on any input.
const MAX_DEPTH: usize = 400;

/// Reads the option paths of the module `text`. Never fails: what cannot be read is left out.
pub fn outline(text: &str) -> Outline {
    let parse = lib_nix::syntax::parse(text);
    let mut outline = Outline::default();
    if let Some(expr) = parse.root.expr() {
        walk(&mut outline, expr, &[], true, 0);
    }
    outline
}

impl Outline {
    /// The key under `offset`, if the cursor is on one.
    pub fn key_at(&self, offset: u32) -> Option<&Key> {
        self.keys
            .iter()
            .filter(|key| contains_inclusive(key.range, offset))
            .min_by_key(|key| key.range.len())
    }

    /// The innermost binding whose value holds `offset`.
    pub fn binding_at_value(&self, offset: u32) -> Option<&Binding> {
        self.bindings
            .iter()
            .filter(|binding| contains_inclusive(binding.value_range, offset))
            .min_by_key(|binding| binding.value_range.len())
    }

    /// The innermost option set whose braces hold `offset`.
    pub fn set_at(&self, offset: u32) -> Option<&OptionSet> {
        self.sets
            .iter()
            .filter(|set| {
                let start: u32 = set.range.start().into();
                let end: u32 = set.range.end().into();
                start < offset && offset < end
            })
            .min_by_key(|set| set.range.len())
    }
}

fn contains_inclusive(range: TextRange, offset: u32) -> bool {
    let start: u32 = range.start().into();
    let end: u32 = range.end().into();
    start <= offset && offset <= end
}

/// The functions whose last argument is (part of) the module value itself.
const TRANSPARENT: &[&str] = &[
    "mkIf",
    "mkMerge",
    "mkDefault",
    "mkForce",
    "mkOverride",
    "mkOptionDefault",
    "mkBefore",
    "mkAfter",
    "mkOrder",
    "mkVMOverride",
    "optionalAttrs",
];

/// Keys at the top of a module that are not options.
const MODULE_KEYWORDS: &[&str] = &[
    "imports",
    "options",
    "disabledModules",
    "_file",
    "key",
    "meta",
    "_class",
    "freeformType",
];

fn walk(outline: &mut Outline, expr: ast::Expr, path: &[String], top: bool, depth: usize) {
    if depth > MAX_DEPTH {
        return;
    }
    let depth = depth + 1;
    match expr {
        ast::Expr::Paren(paren) => {
            if let Some(inner) = paren.expr() {
                walk(outline, inner, path, top, depth);
            }
        }
        // `{ priv }` with no `:` after it is a set being typed, not a function.
        ast::Expr::Lambda(lambda) if lambda.token_colon().is_none() => {
            if let Some(ast::Param::Pattern(pattern)) = lambda.param() {
                typed_set(outline, &pattern, path);
            }
        }
        ast::Expr::Lambda(lambda) => {
            if let Some(body) = lambda.body() {
                walk(outline, body, path, top, depth);
            }
        }
        ast::Expr::LetIn(let_in) => {
            if let Some(body) = let_in.body() {
                walk(outline, body, path, top, depth);
            }
        }
        ast::Expr::With(with) => {
            if let Some(body) = with.body() {
                walk(outline, body, path, top, depth);
            }
        }
        ast::Expr::Assert(assert) => {
            if let Some(body) = assert.body() {
                walk(outline, body, path, top, depth);
            }
        }
        ast::Expr::IfElse(if_else) => {
            for branch in [if_else.body(), if_else.else_body()].into_iter().flatten() {
                walk(outline, branch, path, top, depth);
            }
        }
        ast::Expr::BinOp(binary) if binary.operator() == Some(ast::BinOpKind::Update) => {
            for side in [binary.lhs(), binary.rhs()].into_iter().flatten() {
                walk(outline, side, path, top, depth);
            }
        }
        ast::Expr::Apply(apply) => {
            let Some(function) = function_name(&apply) else {
                return;
            };
            if !TRANSPARENT.contains(&function.as_str()) {
                return;
            }
            match apply.argument() {
                // `mkMerge [ a b ]`: each element is a definition of the same path.
                Some(ast::Expr::List(list)) if function == "mkMerge" => {
                    for item in list.items() {
                        walk(outline, item, path, top, depth);
                    }
                }
                Some(argument) => walk(outline, argument, path, top, depth),
                None => {}
            }
        }
        ast::Expr::List(list) => {
            let mut element = path.to_vec();
            element.push("*".to_owned());
            for item in list.items() {
                walk(outline, item, &element, false, depth);
            }
        }
        ast::Expr::AttrSet(set) => attr_set(outline, &set, path, top, depth),
        _ => {}
    }
}

fn attr_set(outline: &mut Outline, set: &ast::AttrSet, path: &[String], top: bool, depth: usize) {
    outline.sets.push(OptionSet {
        path: path.to_vec(),
        range: set.syntax().text_range(),
    });
    let entries: Vec<(Vec<(String, TextRange)>, ast::AttrpathValue)> = set
        .attrpath_values()
        .filter_map(|entry| Some((attr_keys(&entry.attrpath()?), entry)))
        .collect();
    // A module that says `config = ...` or `options = ...` at its top splits the two;
    // its options are then defined under `config` only.
    let split = top
        && entries.iter().any(|(keys, _)| {
            keys.first()
                .is_some_and(|(name, _)| name == "config" || name == "options")
        });
    for (mut keys, entry) in entries {
        if keys.is_empty() {
            continue;
        }
        if top {
            let first = keys[0].0.as_str();
            if split {
                if first != "config" {
                    continue;
                }
                keys.remove(0);
                if keys.is_empty() {
                    if let Some(value) = entry.value() {
                        walk(outline, value, path, false, depth);
                    }
                    continue;
                }
            } else if MODULE_KEYWORDS.contains(&first) {
                continue;
            }
        }
        let mut full = path.to_vec();
        for (name, range) in &keys {
            full.push(name.clone());
            outline.keys.push(Key {
                path: full.clone(),
                range: *range,
            });
        }
        let Some(value) = entry.value() else {
            continue;
        };
        outline.bindings.push(Binding {
            path: full.clone(),
            key_range: keys[keys.len() - 1].1,
            value_range: value.syntax().text_range(),
        });
        walk(outline, value, &full, is_container_config(&full), depth);
    }
}

/// A set being typed that rnix read as a function's formals: its names are keys.
fn typed_set(outline: &mut Outline, pattern: &ast::Pattern, path: &[String]) {
    outline.sets.push(OptionSet {
        path: path.to_vec(),
        range: pattern.syntax().text_range(),
    });
    for entry in pattern.pat_entries() {
        let Some(ident) = entry.ident() else { continue };
        let Some(token) = ident.ident_token() else {
            continue;
        };
        let mut full = path.to_vec();
        full.push(token.text().to_owned());
        outline.keys.push(Key {
            path: full,
            range: ident.syntax().text_range(),
        });
    }
}

/// `containers.<name>.config`: a container's own NixOS module.
pub fn is_container_config(path: &[String]) -> bool {
    path.len() == 3 && path[0] == "containers" && path[2] == "config"
}

/// The names of an attribute path, each with its range; empty when any part is dynamic.
fn attr_keys(attrpath: &ast::Attrpath) -> Vec<(String, TextRange)> {
    let mut keys = Vec::new();
    for attr in attrpath.attrs() {
        let range = attr.syntax().text_range();
        let name = match &attr {
            ast::Attr::Ident(ident) => ident.ident_token().map(|t| t.text().to_owned()),
            ast::Attr::Str(string) => literal_string(string),
            ast::Attr::Dynamic(dynamic) => match dynamic.expr() {
                Some(ast::Expr::Str(string)) => literal_string(&string),
                _ => None,
            },
        };
        match name {
            Some(name) => keys.push((name, range)),
            None => return Vec::new(),
        }
    }
    keys
}

/// The text of a string without interpolations.
fn literal_string(string: &ast::Str) -> Option<String> {
    let mut text = String::new();
    for part in string.normalized_parts() {
        match part {
            ast::InterpolPart::Literal(literal) => text.push_str(&literal),
            ast::InterpolPart::Interpolation(_) => return None,
        }
    }
    Some(text)
}

/// The name of the function an application calls, through partial applications:
/// `mkIf` for `lib.mkIf cond { ... }`.
fn function_name(apply: &ast::Apply) -> Option<String> {
    let mut function = apply.lambda()?;
    loop {
        match function {
            ast::Expr::Apply(inner) => function = inner.lambda()?,
            ast::Expr::Paren(paren) => function = paren.expr()?,
            ast::Expr::Ident(ident) => return Some(ident.ident_token()?.text().to_owned()),
            ast::Expr::Select(select) => {
                let attr = select.attrpath()?.attrs().last()?;
                return match attr {
                    ast::Attr::Ident(ident) => Some(ident.ident_token()?.text().to_owned()),
                    _ => None,
                };
            }
            _ => return None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paths(outline: &Outline) -> Vec<String> {
        outline.bindings.iter().map(|b| b.path.join(".")).collect()
    }

    #[test]
    fn reads_a_host_through_functions_and_properties() {
        let text = r#"{ config, lib, ... }: {
  imports = [ ./a.nix ];
  containers.web = lib.mkIf true {
    privateNetwork = true;
    bindMounts."/srv" = { hostPath = "/data"; };
    forwardPorts = [ { hostPort = 80; } ];
    config = { pkgs, ... }: { networking.hostName = "web"; };
  };
  containers.db = lib.mkMerge [ { autoStart = true; } (lib.mkForce { ephemeral = true; }) ];
}"#;
        assert_eq!(
            paths(&outline(text)),
            [
                "containers.web",
                "containers.web.privateNetwork",
                "containers.web.bindMounts./srv",
                "containers.web.bindMounts./srv.hostPath",
                "containers.web.forwardPorts",
                "containers.web.forwardPorts.*.hostPort",
                "containers.web.config",
                "containers.web.config.networking.hostName",
                "containers.db",
                "containers.db.autoStart",
                "containers.db.ephemeral",
            ]
        );
    }

    #[test]
    fn a_split_module_defines_under_config_only() {
        let text = "{ options.x = 1; config = { containers.a.autoStart = true; }; config.boot.isContainer = false; }";
        assert_eq!(
            paths(&outline(text)),
            ["containers.a.autoStart", "boot.isContainer"]
        );
    }

    #[test]
    fn finds_the_key_and_the_set_under_the_cursor() {
        let text = "{ containers.web = { autoStart = true;  }; }";
        let outline = outline(text);
        let key = outline
            .key_at(text.find("web").unwrap() as u32 + 1)
            .unwrap();
        assert_eq!(key.path, ["containers", "web"]);
        let inside = text.find("true;").unwrap() as u32 + 6;
        assert_eq!(outline.set_at(inside).unwrap().path, ["containers", "web"]);
        let value = outline
            .binding_at_value(text.find("true").unwrap() as u32)
            .unwrap();
        assert_eq!(value.path, ["containers", "web", "autoStart"]);
    }

    #[test]
    fn dynamic_keys_and_unknown_calls_are_left_out() {
        let text =
            r#"{ containers.${name} = { autoStart = true; }; containers.b = mk { x = 1; }; }"#;
        assert_eq!(paths(&outline(text)), ["containers.b"]);
    }
}
