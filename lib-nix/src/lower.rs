//! ② Lowering: rnix syntax to the arena IR of [`crate::ir`].
//!
//! Lowering never fails. It merges nested attribute keys (`a.b = 1; a.c = 2;`) as Nix's
//! parser does, rejects what Nix rejects while parsing (duplicate attributes, undefined
//! variables, dynamic keys in `let`), and resolves every variable to a frame slot, a
//! `with` lookup or a builtin global. Each problem is a diagnostic; the expression it
//! concerns becomes [`Expr::Missing`].

use std::rc::Rc;

use rnix::ast::{self, HasEntry};
use rnix::{NixLanguage, SyntaxKind};
use rowan::ast::AstNode;
use rowan::Language;

use crate::diagnostic::{Diagnostic, DiagnosticKind, FileId, Span};
use crate::ir::*;
use crate::name::{FxHashMap, Name};
use crate::path::canonicalize;

/// Lowers one parsed file into `ir`. `base_dir` is the absolute directory of the file,
/// against which relative path literals resolve; `is_global` says which names the
/// builtins scope provides.
pub fn lower(
    root: &ast::Root,
    file: FileId,
    base_dir: &str,
    ir: &mut Ir,
    is_global: &dyn Fn(&str) -> bool,
) -> (Body, Vec<Diagnostic>) {
    lower_in_scope(root, file, base_dir, ir, is_global, &[])
}

/// Lowers a file whose body sees `scope` as variables around it, in slots 0.. of an
/// outermost frame the caller provides (`scopedImport`).
pub fn lower_in_scope(
    root: &ast::Root,
    file: FileId,
    base_dir: &str,
    ir: &mut Ir,
    is_global: &dyn Fn(&str) -> bool,
    scope: &[Name],
) -> (Body, Vec<Diagnostic>) {
    let mut scopes = Vec::new();
    if !scope.is_empty() {
        let slots = scope
            .iter()
            .enumerate()
            .map(|(slot, name)| (name.clone(), slot as u32))
            .collect();
        scopes.push(Scope::Frame(slots));
    }
    let mut lowerer = Lowerer {
        ir,
        file,
        base_dir: Rc::from(base_dir),
        scopes,
        diagnostics: Vec::new(),
        is_global,
    };
    let whole = lowerer.span_of(root.syntax());
    let root_expr = match root.expr() {
        Some(expr) => lowerer.expr(expr),
        None => lowerer.ir.alloc(Expr::Missing, whole),
    };
    (Body { root: root_expr }, lowerer.diagnostics)
}

enum Scope {
    Frame(FxHashMap<Name, u32>),
    With,
}

struct Lowerer<'a> {
    ir: &'a mut Ir,
    file: FileId,
    base_dir: Rc<str>,
    scopes: Vec<Scope>,
    diagnostics: Vec<Diagnostic>,
    is_global: &'a dyn Fn(&str) -> bool,
}

/// An attribute set or `let` while its bindings are being collected and merged.
struct PendingSet {
    recursive: bool,
    entries: PendingEntries,
    dynamic: Vec<(AttrKeySyntax, PendingValue, Span)>,
    inherit_sources: Vec<ast::Expr>,
}

struct PendingEntry {
    key_span: Span,
    value: PendingValue,
}

enum PendingValue {
    Syntax(ast::Expr),
    Nested(PendingSet),
    InheritVariable(Name, Span),
    InheritFrom {
        source: usize,
        name: Name,
        span: Span,
    },
    Missing(Span),
}

/// The attribute path of one binding (`a.b.c = ...;`), its keys read from the syntax once.
struct BindingPath {
    keys: Vec<PathKey>,
    /// Where the path starts: every key it creates is located from here, as Nix does.
    start: u32,
}

struct PathKey {
    key: AttrKeySyntax,
    /// The span of the key alone.
    span: Span,
}

impl BindingPath {
    /// The path as a duplicate-attribute message names it: `a.b."${...}"`. Built only
    /// when a message needs it.
    fn text(&self) -> String {
        let keys: Vec<&str> = self
            .keys
            .iter()
            .map(|key| match &key.key {
                AttrKeySyntax::Static(name) => name.as_str(),
                AttrKeySyntax::Dynamic(_) => "\"${...}\"",
            })
            .collect();
        keys.join(".")
    }
}

enum AttrKeySyntax {
    Static(Name),
    Dynamic(ast::Expr),
}

/// The static bindings of a pending set, in the order they were first written. Most sets
/// bind a handful of names, found fastest by a scan (names are interned, so comparing two
/// is mostly comparing addresses); from [`INDEXED_FROM`] bindings on, a hash index finds
/// them instead.
#[derive(Default)]
struct PendingEntries {
    entries: Vec<(Name, PendingEntry)>,
    /// The position of every name in `entries`, once there are enough of them. Boxed:
    /// most sets never need one, and a smaller pending set is cheaper to move.
    index: Option<Box<FxHashMap<Name, usize>>>,
}

/// How many bindings a pending set holds before it indexes them by name.
const INDEXED_FROM: usize = 12;

impl PendingEntries {
    fn position(&self, name: &Name) -> Option<usize> {
        match &self.index {
            Some(index) => index.get(name).copied(),
            None => self.entries.iter().position(|(bound, _)| bound == name),
        }
    }

    fn get(&self, name: &Name) -> Option<&PendingEntry> {
        self.position(name)
            .map(|position| &self.entries[position].1)
    }

    fn get_mut(&mut self, name: &Name) -> Option<&mut PendingEntry> {
        self.position(name).map(|position| self.at_mut(position))
    }

    fn at_mut(&mut self, position: usize) -> &mut PendingEntry {
        &mut self.entries[position].1
    }

    /// Binds `name`, which is not bound yet, and returns its position.
    fn push(&mut self, name: Name, entry: PendingEntry) -> usize {
        let position = self.entries.len();
        match &mut self.index {
            Some(index) => {
                index.insert(name.clone(), position);
            }
            None if position + 1 >= INDEXED_FROM => {
                let mut index: FxHashMap<Name, usize> = self
                    .entries
                    .iter()
                    .enumerate()
                    .map(|(position, (bound, _))| (bound.clone(), position))
                    .collect();
                index.insert(name.clone(), position);
                self.index = Some(Box::new(index));
            }
            None => {}
        }
        self.entries.push((name, entry));
        position
    }

    fn len(&self) -> usize {
        self.entries.len()
    }

    fn iter(&self) -> impl Iterator<Item = &(Name, PendingEntry)> {
        self.entries.iter()
    }
}

impl IntoIterator for PendingEntries {
    type Item = (Name, PendingEntry);
    type IntoIter = std::vec::IntoIter<(Name, PendingEntry)>;

    fn into_iter(self) -> Self::IntoIter {
        self.entries.into_iter()
    }
}

impl PendingSet {
    fn new(recursive: bool) -> PendingSet {
        PendingSet {
            recursive,
            entries: PendingEntries::default(),
            dynamic: Vec::new(),
            inherit_sources: Vec::new(),
        }
    }
}

impl Lowerer<'_> {
    fn span_of(&self, node: &rnix::SyntaxNode) -> Span {
        let range = node.text_range();
        Span::new(self.file, range.start().into(), range.end().into())
    }

    fn token_span(&self, token: &rnix::SyntaxToken) -> Span {
        let range = token.text_range();
        Span::new(self.file, range.start().into(), range.end().into())
    }

    fn report(&mut self, kind: DiagnosticKind, span: Span) {
        self.diagnostics.push(Diagnostic::new(kind, span));
    }

    fn missing(&mut self, span: Span) -> ExprId {
        self.ir.alloc(Expr::Missing, span)
    }

    fn opt_expr(&mut self, expr: Option<ast::Expr>, parent: &rnix::SyntaxNode) -> ExprId {
        match expr {
            Some(expr) => self.expr(expr),
            None => {
                let span = self.span_of(parent);
                self.missing(Span::new(span.file, span.end, span.end))
            }
        }
    }

    fn expr(&mut self, expr: ast::Expr) -> ExprId {
        let span = self.span_of(expr.syntax());
        let lowered = match expr {
            ast::Expr::Paren(paren) => return self.opt_expr(paren.expr(), paren.syntax()),
            ast::Expr::Root(root) => return self.opt_expr(root.expr(), root.syntax()),
            ast::Expr::Error(_) => Expr::Missing,
            ast::Expr::Literal(literal) => self.literal(&literal, span),
            ast::Expr::Str(string) => Expr::Str(self.string_parts(&string)),
            ast::Expr::PathAbs(path) => self.path(path.syntax(), "", span),
            ast::Expr::PathRel(path) => {
                let base = self.base_dir.clone();
                self.path(path.syntax(), &base, span)
            }
            // `~/x` is a path in the home directory of whoever evaluates: what the
            // evaluation makes of it is the machine's, so it is `__nccHomePath "~/x"`,
            // which says so when (and only when) it is evaluated.
            ast::Expr::PathHome(home) => {
                let text = home.syntax().text().to_string();
                let function = self.ir.alloc(
                    Expr::Global {
                        name: Name::new(crate::ir::HOME_PATH_GLOBAL),
                    },
                    span,
                );
                let argument = self.ir.alloc(
                    Expr::Str(vec![StrPart::Literal(Rc::from(text.as_str()))]),
                    span,
                );
                Expr::Apply { function, argument }
            }
            ast::Expr::PathSearch(search) => {
                // `<nixpkgs/lib>` is `__findFile __nixPath "nixpkgs/lib"`, as in Nix.
                let text = search.syntax().text().to_string();
                let inner = text.trim_start_matches('<').trim_end_matches('>');
                let find_file = self.ir.alloc(
                    Expr::Global {
                        name: Name::new("__findFile"),
                    },
                    span,
                );
                let nix_path = self.ir.alloc(
                    Expr::Global {
                        name: Name::new("__nixPath"),
                    },
                    span,
                );
                let partial = self.ir.alloc(
                    Expr::Apply {
                        function: find_file,
                        argument: nix_path,
                    },
                    span,
                );
                let argument = self
                    .ir
                    .alloc(Expr::Str(vec![StrPart::Literal(Rc::from(inner))]), span);
                Expr::Apply {
                    function: partial,
                    argument,
                }
            }
            ast::Expr::Ident(ident) => self.variable(&ident, span),
            ast::Expr::Select(select) => {
                let (attrpath, [set, default]) = attrpath_and_exprs(select.syntax());
                let set = self.opt_expr(set, select.syntax());
                let path = self.attr_path(attrpath);
                let default = default.map(|d| self.expr(d));
                Expr::Select { set, path, default }
            }
            ast::Expr::HasAttr(has) => {
                let (attrpath, [set]) = attrpath_and_exprs(has.syntax());
                let set = self.opt_expr(set, has.syntax());
                let path = self.attr_path(attrpath);
                Expr::HasAttr { set, path }
            }
            ast::Expr::AttrSet(set) => {
                let mut pending = PendingSet::new(is_rec(&set));
                self.collect(&mut pending, &set, false);
                return self.finish_set(pending, span);
            }
            ast::Expr::List(list) => {
                let items: Vec<ExprId> = list.items().map(|item| self.expr(item)).collect();
                Expr::List(items.into_boxed_slice())
            }
            ast::Expr::Lambda(lambda) => self.lambda(&lambda),
            ast::Expr::Apply(apply) => {
                let [function, argument] = child_exprs(apply.syntax());
                let function = self.opt_expr(function, apply.syntax());
                let argument = self.opt_expr(argument, apply.syntax());
                Expr::Apply { function, argument }
            }
            ast::Expr::IfElse(if_else) => {
                let [condition, then, otherwise] = child_exprs(if_else.syntax());
                let condition = self.opt_expr(condition, if_else.syntax());
                let then = self.opt_expr(then, if_else.syntax());
                let otherwise = self.opt_expr(otherwise, if_else.syntax());
                Expr::If {
                    condition,
                    then,
                    otherwise,
                }
            }
            ast::Expr::Assert(assert) => {
                let [condition, body] = child_exprs(assert.syntax());
                let condition = self.opt_expr(condition, assert.syntax());
                let body = self.opt_expr(body, assert.syntax());
                Expr::Assert { condition, body }
            }
            ast::Expr::With(with) => {
                let [namespace, body] = child_exprs(with.syntax());
                let namespace = self.opt_expr(namespace, with.syntax());
                self.scopes.push(Scope::With);
                let body = self.opt_expr(body, with.syntax());
                self.scopes.pop();
                Expr::With { namespace, body }
            }
            ast::Expr::LetIn(let_in) => {
                let mut pending = PendingSet::new(true);
                self.collect(&mut pending, &let_in, true);
                return self.finish_let(pending, let_in.body(), let_in.syntax(), span);
            }
            ast::Expr::LegacyLet(legacy) => {
                // `let { a = 1; body = a; }` is `(rec { a = 1; body = a; }).body`.
                let mut pending = PendingSet::new(true);
                self.collect(&mut pending, &legacy, false);
                let set = self.finish_set(pending, span);
                Expr::Select {
                    set,
                    path: Box::new([AttrKey::Static(Name::new("body"))]),
                    default: None,
                }
            }
            ast::Expr::CurPos(_) => Expr::CurPos,
            ast::Expr::UnaryOp(unary) => {
                let operand = self.opt_expr(unary.expr(), unary.syntax());
                match token_kinds(unary.syntax()).find_map(ast::UnaryOpKind::from_kind) {
                    Some(ast::UnaryOpKind::Invert) => Expr::Unary {
                        op: UnaryOp::Not,
                        operand,
                    },
                    Some(ast::UnaryOpKind::Negate) => Expr::Unary {
                        op: UnaryOp::Negate,
                        operand,
                    },
                    None => Expr::Missing,
                }
            }
            ast::Expr::BinOp(binary) => self.binary(&binary),
        };
        self.ir.alloc(lowered, span)
    }

    fn literal(&mut self, literal: &ast::Literal, span: Span) -> Expr {
        let Some(token) = literal.syntax().first_token() else {
            return Expr::Missing;
        };
        match token.kind() {
            SyntaxKind::TOKEN_INTEGER => match token.text().parse::<i64>() {
                Ok(value) => Expr::Int(value),
                Err(_) => {
                    self.report(
                        DiagnosticKind::Syntax(format!("invalid integer '{}'", token.text())),
                        span,
                    );
                    Expr::Missing
                }
            },
            SyntaxKind::TOKEN_FLOAT => match token.text().parse::<f64>() {
                Ok(value) if float_in_range(token.text(), value) => Expr::Float(value),
                _ => {
                    self.report(
                        DiagnosticKind::Syntax(format!("invalid float '{}'", token.text())),
                        span,
                    );
                    Expr::Missing
                }
            },
            // URIs are strings in Nix.
            _ => Expr::Str(vec![StrPart::Literal(Rc::from(token.text()))]),
        }
    }

    fn path(&mut self, node: &rnix::SyntaxNode, base: &str, span: Span) -> Expr {
        let mut parts = Vec::new();
        let mut first = true;
        for child in node.children_with_tokens() {
            match child {
                rowan::NodeOrToken::Token(token) => {
                    let text = token.text();
                    let literal = if first && !base.is_empty() {
                        format!("{base}/{text}")
                    } else {
                        text.to_owned()
                    };
                    parts.push(StrPart::Literal(Rc::from(literal.as_str())));
                }
                rowan::NodeOrToken::Node(interpolation) => {
                    let inner = ast::Interpol::cast(interpolation.clone()).and_then(|i| i.expr());
                    let id = self.opt_expr(inner, &interpolation);
                    parts.push(StrPart::Interpolation(id));
                }
            }
            first = false;
        }
        if let [StrPart::Literal(only)] = parts.as_slice() {
            let canonical = canonicalize(only);
            return Expr::Path {
                base: Rc::from(""),
                parts: vec![StrPart::Literal(Rc::from(canonical.as_str()))],
            };
        }
        let _ = span;
        Expr::Path {
            base: Rc::from(""),
            parts,
        }
    }

    fn variable(&mut self, ident: &ast::Ident, span: Span) -> Expr {
        let Some(text) = token_text(ident.syntax(), SyntaxKind::TOKEN_IDENT) else {
            return Expr::Missing;
        };
        let name = Name::new(text);
        self.resolve(name, 0, span)
    }

    /// Resolves `name` ignoring the innermost `skip` scopes (for `inherit x;`, whose `x`
    /// comes from outside the set or `let` that contains it).
    fn resolve(&mut self, name: Name, skip: usize, span: Span) -> Expr {
        let mut under_with = false;
        for (up, scope) in self.scopes.iter().rev().enumerate().skip(skip) {
            match scope {
                Scope::Frame(slots) => {
                    if let Some(slot) = slots.get(&name) {
                        return Expr::Local {
                            name,
                            up: up as u32,
                            slot: *slot,
                        };
                    }
                }
                Scope::With => under_with = true,
            }
        }
        // Builtins live in the outermost lexical scope, so `with` never shadows them.
        if (self.is_global)(name.as_str()) {
            return Expr::Global { name };
        }
        if under_with {
            return Expr::WithVar { name };
        }
        self.report(
            DiagnosticKind::UndefinedVariable {
                name: name.to_string(),
            },
            span,
        );
        Expr::Missing
    }

    fn attr_path(&mut self, path: Option<ast::Attrpath>) -> Box<[AttrKey]> {
        let Some(path) = path else {
            return Box::new([]);
        };
        let mut keys = Vec::new();
        for attr in path.attrs() {
            let key = match self.attr_key(attr) {
                AttrKeySyntax::Static(name) => AttrKey::Static(name),
                AttrKeySyntax::Dynamic(expr) => AttrKey::Dynamic(self.expr(expr)),
            };
            keys.push(key);
        }
        keys.into_boxed_slice()
    }

    fn attr_key(&mut self, attr: ast::Attr) -> AttrKeySyntax {
        match attr {
            ast::Attr::Ident(ident) => match token_text(ident.syntax(), SyntaxKind::TOKEN_IDENT) {
                Some(text) => AttrKeySyntax::Static(Name::new(text)),
                None => AttrKeySyntax::Static(Name::new(&ident.syntax().text().to_string())),
            },
            ast::Attr::Str(string) => match static_string(&string) {
                Some(text) => AttrKeySyntax::Static(Name::new(&text)),
                None => AttrKeySyntax::Dynamic(ast::Expr::Str(string)),
            },
            ast::Attr::Dynamic(dynamic) => match dynamic.expr() {
                Some(ast::Expr::Str(string)) => match static_string(&string) {
                    Some(text) => AttrKeySyntax::Static(Name::new(&text)),
                    None => AttrKeySyntax::Dynamic(ast::Expr::Str(string)),
                },
                Some(expr) => AttrKeySyntax::Dynamic(expr),
                None => AttrKeySyntax::Static(Name::new("")),
            },
        }
    }

    /// Collects the bindings of a set or `let` into `pending`, merging nested keys.
    fn collect(&mut self, pending: &mut PendingSet, node: &impl HasEntry, is_let: bool) {
        for entry in node.entries() {
            match entry {
                ast::Entry::Inherit(inherit) => self.collect_inherit(pending, &inherit),
                ast::Entry::AttrpathValue(binding) => {
                    let (path, [value]) = attrpath_and_exprs(binding.syntax());
                    let Some(path) = path else {
                        continue;
                    };
                    let keys: Vec<PathKey> = path
                        .attrs()
                        .map(|attr| PathKey {
                            span: self.span_of(attr.syntax()),
                            key: self.attr_key(attr),
                        })
                        .collect();
                    if keys.is_empty() {
                        continue;
                    }
                    let value = match value {
                        Some(value) => PendingValue::Syntax(value),
                        None => PendingValue::Missing(self.span_of(binding.syntax())),
                    };
                    let path = BindingPath {
                        keys,
                        start: self.span_of(path.syntax()).start,
                    };
                    self.insert_path(pending, &path, 0, value, is_let);
                }
            }
        }
    }

    fn collect_inherit(&mut self, pending: &mut PendingSet, inherit: &ast::Inherit) {
        let source = match inherit.from() {
            Some(from) => match from.expr() {
                Some(expr) => {
                    pending.inherit_sources.push(expr);
                    Some(pending.inherit_sources.len() - 1)
                }
                // The parser already reported the missing expression.
                None => return,
            },
            None => None,
        };
        for attr in inherit.attrs() {
            let span = self.span_of(attr.syntax());
            let name = match self.attr_key(attr) {
                AttrKeySyntax::Static(name) => name,
                AttrKeySyntax::Dynamic(_) => {
                    self.report(
                        DiagnosticKind::Syntax(
                            "dynamic attributes not allowed in inherit".to_owned(),
                        ),
                        span,
                    );
                    continue;
                }
            };
            let value = match source {
                Some(source) => PendingValue::InheritFrom {
                    source,
                    name: name.clone(),
                    span,
                },
                None => PendingValue::InheritVariable(name.clone(), span),
            };
            if let Some(existing) = pending.entries.get(&name) {
                let first = existing.key_span;
                self.duplicate(name.as_str(), span, first);
                continue;
            }
            pending.entries.push(
                name,
                PendingEntry {
                    key_span: span,
                    value,
                },
            );
        }
    }

    fn duplicate(&mut self, name: &str, span: Span, first: Span) {
        self.diagnostics.push(
            Diagnostic::new(
                DiagnosticKind::DuplicateAttribute {
                    name: name.to_owned(),
                    first_defined_at: None,
                },
                span,
            )
            .with_label(first, "first defined here"),
        );
    }

    /// Binds `path.keys[depth..]` to `value` in `pending`, creating or extending the nested
    /// sets the keys before the last one name.
    fn insert_path(
        &mut self,
        pending: &mut PendingSet,
        path: &BindingPath,
        depth: usize,
        value: PendingValue,
        is_let: bool,
    ) {
        let PathKey { key, span } = &path.keys[depth];
        let is_last = depth + 1 == path.keys.len();
        // A key written as part of `a.b.c` is located from the start of the path, as Nix does.
        let key_span = Span {
            start: path.start,
            ..*span
        };
        match key {
            AttrKeySyntax::Dynamic(key) => {
                if is_let {
                    self.report(DiagnosticKind::DynamicAttributeInLet, key_span);
                    return;
                }
                let value = if is_last {
                    self.expand(value)
                } else {
                    let mut nested = PendingSet::new(false);
                    self.insert_path(&mut nested, path, depth + 1, value, false);
                    PendingValue::Nested(nested)
                };
                pending
                    .dynamic
                    .push((AttrKeySyntax::Dynamic(key.clone()), value, key_span));
            }
            AttrKeySyntax::Static(name) => {
                if is_last {
                    let value = self.expand(value);
                    match pending.entries.get_mut(name) {
                        None => {
                            pending
                                .entries
                                .push(name.clone(), PendingEntry { key_span, value });
                        }
                        Some(existing) => {
                            let first_span = existing.key_span;
                            match (&mut existing.value, value) {
                                (PendingValue::Nested(into), PendingValue::Nested(from)) => {
                                    let mut clashes = Vec::new();
                                    merge_sets(into, from, &mut clashes);
                                    for (clash, span, first) in clashes {
                                        self.duplicate(clash.as_str(), span, first);
                                    }
                                }
                                _ => self.duplicate(&path.text(), key_span, first_span),
                            }
                        }
                    }
                } else {
                    let position = match pending.entries.position(name) {
                        Some(position) => position,
                        None => pending.entries.push(
                            name.clone(),
                            PendingEntry {
                                key_span,
                                value: PendingValue::Nested(PendingSet::new(false)),
                            },
                        ),
                    };
                    let entry = pending.entries.at_mut(position);
                    match &mut entry.value {
                        PendingValue::Nested(nested) => {
                            self.insert_path(nested, path, depth + 1, value, false);
                        }
                        _ => {
                            let first_span = entry.key_span;
                            self.duplicate(&path.text(), key_span, first_span);
                        }
                    }
                }
            }
        }
    }

    /// Turns an attribute set literal into a pending set so later keys can merge into it.
    fn expand(&mut self, value: PendingValue) -> PendingValue {
        match value {
            PendingValue::Syntax(expr) => match unparen(expr) {
                ast::Expr::AttrSet(set) => {
                    let mut nested = PendingSet::new(is_rec(&set));
                    self.collect(&mut nested, &set, false);
                    PendingValue::Nested(nested)
                }
                other => PendingValue::Syntax(other),
            },
            other => other,
        }
    }

    fn finish_set(&mut self, pending: PendingSet, span: Span) -> ExprId {
        if pending.recursive {
            let slots = pending
                .entries
                .iter()
                .map(|(name, _)| name)
                .enumerate()
                .map(|(i, name)| (name.clone(), i as u32))
                .collect();
            self.scopes.push(Scope::Frame(slots));
        }
        let skip = usize::from(pending.recursive);
        let sources: Vec<ExprId> = pending
            .inherit_sources
            .into_iter()
            .map(|source| self.expr(source))
            .collect();
        let mut entries = Vec::with_capacity(pending.entries.len());
        for (name, entry) in pending.entries {
            let value = self.finish_value(entry.value, &sources, skip);
            self.ir.set_lambda_name(value, name.clone());
            entries.push(AttrEntryExpr {
                name,
                value,
                key_span: entry.key_span,
            });
        }
        let mut dynamic = Vec::with_capacity(pending.dynamic.len());
        for (key, value, key_span) in pending.dynamic {
            let key = match key {
                AttrKeySyntax::Dynamic(expr) => self.expr(expr),
                AttrKeySyntax::Static(name) => self.ir.alloc(
                    Expr::Str(vec![StrPart::Literal(Rc::from(name.as_str()))]),
                    key_span,
                ),
            };
            let value = self.finish_value(value, &sources, skip);
            dynamic.push(DynamicEntry {
                key,
                value,
                key_span,
            });
        }
        if pending.recursive {
            self.scopes.pop();
        }
        self.ir.alloc(
            Expr::Attrs(Box::new(AttrsExpr::new(
                pending.recursive,
                entries,
                dynamic,
            ))),
            span,
        )
    }

    fn finish_let(
        &mut self,
        pending: PendingSet,
        body: Option<ast::Expr>,
        node: &rnix::SyntaxNode,
        span: Span,
    ) -> ExprId {
        let slots = pending
            .entries
            .iter()
            .map(|(name, _)| name)
            .enumerate()
            .map(|(i, name)| (name.clone(), i as u32))
            .collect();
        self.scopes.push(Scope::Frame(slots));
        let sources: Vec<ExprId> = pending
            .inherit_sources
            .into_iter()
            .map(|source| self.expr(source))
            .collect();
        let bindings: Vec<ExprId> = pending
            .entries
            .into_iter()
            .map(|(name, entry)| {
                let value = self.finish_value(entry.value, &sources, 1);
                self.ir.set_lambda_name(value, name);
                value
            })
            .collect();
        let body = self.opt_expr(body, node);
        self.scopes.pop();
        self.ir.alloc(
            Expr::Let {
                bindings: bindings.into_boxed_slice(),
                body,
            },
            span,
        )
    }

    fn finish_value(&mut self, value: PendingValue, sources: &[ExprId], skip: usize) -> ExprId {
        match value {
            PendingValue::Syntax(expr) => self.expr(expr),
            PendingValue::Nested(set) => {
                let span = self.nested_span(&set);
                self.finish_set(set, span)
            }
            PendingValue::InheritVariable(name, span) => {
                let resolved = self.resolve(name, skip, span);
                self.ir.alloc(resolved, span)
            }
            PendingValue::InheritFrom { source, name, span } => self.ir.alloc(
                Expr::InheritFrom {
                    from: sources[source],
                    name,
                },
                span,
            ),
            PendingValue::Missing(span) => self.missing(span),
        }
    }

    fn nested_span(&self, set: &PendingSet) -> Span {
        let mut spans = set.entries.iter().map(|(_, entry)| entry.key_span);
        match spans.next() {
            Some(first) => spans.fold(first, |acc, s| {
                Span::new(acc.file, acc.start.min(s.start), acc.end.max(s.end))
            }),
            None => Span::new(self.file, 0, 0),
        }
    }

    fn lambda(&mut self, lambda: &ast::Lambda) -> Expr {
        let (param, names) = match lambda.param() {
            Some(ast::Param::IdentParam(ident)) => {
                let name = ident
                    .ident()
                    .and_then(|i| token_text(i.syntax(), SyntaxKind::TOKEN_IDENT).map(Name::new))
                    .unwrap_or_else(|| Name::new(""));
                (Param::Ident(name.clone()), vec![name])
            }
            Some(ast::Param::Pattern(pattern)) => {
                let mut names: Vec<Name> = Vec::new();
                let mut formal_nodes = Vec::new();
                for entry in pattern.pat_entries() {
                    let Some(token) = entry.ident().and_then(|i| i.ident_token()) else {
                        continue;
                    };
                    let name = Name::new(token.text());
                    if names.contains(&name) {
                        let span = self.token_span(&token);
                        self.report(
                            DiagnosticKind::DuplicateFormal {
                                name: name.to_string(),
                            },
                            span,
                        );
                        continue;
                    }
                    names.push(name.clone());
                    let span = self.token_span(&token);
                    formal_nodes.push((name, span, entry.default()));
                }
                let bind = pattern
                    .pat_bind()
                    .and_then(|b| b.ident())
                    .and_then(|i| i.ident_token())
                    .map(|t| Name::new(t.text()));
                if let Some(bind) = &bind {
                    if names.contains(bind) {
                        let span = self.span_of(pattern.syntax());
                        self.report(
                            DiagnosticKind::DuplicateFormal {
                                name: bind.to_string(),
                            },
                            span,
                        );
                    }
                    names.push(bind.clone());
                }
                let slots = names
                    .iter()
                    .enumerate()
                    .map(|(i, n)| (n.clone(), i as u32))
                    .collect();
                self.scopes.push(Scope::Frame(slots));
                let formals = formal_nodes
                    .into_iter()
                    .map(|(name, span, default)| Formal {
                        name,
                        span,
                        default: default.map(|d| self.expr(d)),
                    })
                    .collect();
                self.scopes.pop();
                (
                    Param::Formals {
                        formals,
                        ellipsis: pattern.ellipsis_token().is_some(),
                        bind,
                    },
                    names,
                )
            }
            None => (Param::Ident(Name::new("")), vec![Name::new("")]),
        };
        let slots = names
            .iter()
            .enumerate()
            .map(|(i, n)| (n.clone(), i as u32))
            .collect();
        self.scopes.push(Scope::Frame(slots));
        let body = self.opt_expr(lambda.body(), lambda.syntax());
        self.scopes.pop();
        Expr::Lambda(Rc::new(LambdaExpr {
            param,
            body,
            frame_size: names.len() as u32,
        }))
    }

    fn binary(&mut self, binary: &ast::BinOp) -> Expr {
        let [left, right] = child_exprs(binary.syntax());
        let left = self.opt_expr(left, binary.syntax());
        let right = self.opt_expr(right, binary.syntax());
        let op = match token_kinds(binary.syntax()).find_map(ast::BinOpKind::from_kind) {
            Some(op) => op,
            None => return Expr::Missing,
        };
        let op = match op {
            ast::BinOpKind::Concat => BinaryOp::Concat,
            ast::BinOpKind::Update => BinaryOp::Update,
            ast::BinOpKind::Add => BinaryOp::Add,
            ast::BinOpKind::Sub => BinaryOp::Sub,
            ast::BinOpKind::Mul => BinaryOp::Mul,
            ast::BinOpKind::Div => BinaryOp::Div,
            ast::BinOpKind::And => BinaryOp::And,
            ast::BinOpKind::Or => BinaryOp::Or,
            ast::BinOpKind::Implication => BinaryOp::Implication,
            ast::BinOpKind::Equal => BinaryOp::Equal,
            ast::BinOpKind::NotEqual => BinaryOp::NotEqual,
            ast::BinOpKind::Less => BinaryOp::Less,
            ast::BinOpKind::LessOrEq => BinaryOp::LessOrEqual,
            ast::BinOpKind::More => BinaryOp::Greater,
            ast::BinOpKind::MoreOrEq => BinaryOp::GreaterOrEqual,
            // The pipe operators of current Nix (and Lix), which Nix 2.8 lacks and
            // configurations that enable them use: `x |> f` and `f <| x` are `f x`.
            ast::BinOpKind::PipeRight => {
                return Expr::Apply {
                    function: right,
                    argument: left,
                }
            }
            ast::BinOpKind::PipeLeft => {
                return Expr::Apply {
                    function: left,
                    argument: right,
                }
            }
        };
        Expr::Binary { op, left, right }
    }

    fn string_parts(&mut self, string: &ast::Str) -> Vec<StrPart> {
        let indented = is_indented(string);
        if !indented {
            return self.plain_string_parts(string);
        }
        let mut pieces = Vec::new();
        for child in string.syntax().children_with_tokens() {
            match child {
                rowan::NodeOrToken::Token(token) => push_content(&token, indented, &mut pieces),
                rowan::NodeOrToken::Node(node) => {
                    let inner = ast::Interpol::cast(node.clone()).and_then(|i| i.expr());
                    pieces.push(Piece::Interpolation(self.opt_expr(inner, &node)));
                }
            }
        }
        if indented {
            strip_indentation(&mut pieces);
        }
        let mut parts = Parts::default();
        for piece in pieces {
            match piece {
                Piece::Raw(text) | Piece::Escaped(text) => parts.literal.push_str(&text),
                Piece::Interpolation(id) => parts.interpolation(id),
            }
        }
        parts.finish()
    }

    /// The parts of a `"..."` string: its content unescaped straight into one buffer
    /// between interpolations, its tokens read from the green tree. (An indented string
    /// needs the pieces apart, to strip their indentation.)
    fn plain_string_parts(&mut self, string: &ast::Str) -> Vec<StrPart> {
        let mut parts = Parts::default();
        let mut interpolations = string.syntax().children();
        for child in string.syntax().green().children() {
            match child {
                rowan::NodeOrToken::Token(token) => {
                    if NixLanguage::kind_from_raw(token.kind()) == SyntaxKind::TOKEN_STRING_CONTENT
                    {
                        unescape_plain_into(token.text(), &mut parts.literal);
                    }
                }
                rowan::NodeOrToken::Node(_) => {
                    let Some(node) = interpolations.next() else {
                        continue;
                    };
                    let inner = ast::Interpol::cast(node.clone()).and_then(|i| i.expr());
                    let id = self.opt_expr(inner, &node);
                    parts.interpolation(id);
                }
            }
        }
        parts.finish()
    }
}

/// A string's parts as they are built: literal text runs into one buffer until an
/// interpolation ends it.
#[derive(Default)]
struct Parts {
    parts: Vec<StrPart>,
    literal: String,
}

impl Parts {
    fn interpolation(&mut self, id: ExprId) {
        if !self.literal.is_empty() {
            let literal = std::mem::take(&mut self.literal);
            self.parts.push(StrPart::Literal(Rc::from(literal)));
        }
        self.parts.push(StrPart::Interpolation(id));
    }

    /// The parts; a string with none (`""`) is one empty literal.
    fn finish(mut self) -> Vec<StrPart> {
        if !self.literal.is_empty() || self.parts.is_empty() {
            self.parts.push(StrPart::Literal(Rc::from(self.literal)));
        }
        self.parts
    }
}

/// Whether `string` is an indented string (`'' ... ''`): its first token, found as rowan's
/// `first_token` finds it, but in the green tree.
fn is_indented(string: &ast::Str) -> bool {
    let mut node = string.syntax().green();
    loop {
        match node.children().next() {
            Some(rowan::NodeOrToken::Node(child)) => node = child,
            Some(rowan::NodeOrToken::Token(token)) => return token.text() == "''",
            None => return false,
        }
    }
}

/// Whether `set` is written `rec { ... }`. The parser puts `rec` first, before `{`, so
/// this looks no further than the first token, where rnix's `rec_token` would walk every
/// binding of the set.
fn is_rec(set: &ast::AttrSet) -> bool {
    set.syntax()
        .green()
        .children()
        .map(|child| NixLanguage::kind_from_raw(child.kind()))
        .find(|kind| !kind.is_trivia())
        == Some(SyntaxKind::TOKEN_REC)
}

/// The first `N` expression children of `node` as rnix's accessors number them (`lhs` is
/// the first, `rhs` the second), found in one walk over the children, where each
/// accessor would walk them again from the start.
fn child_exprs<const N: usize>(node: &rnix::SyntaxNode) -> [Option<ast::Expr>; N] {
    let mut found = std::array::from_fn(|_| None);
    for (slot, expr) in found
        .iter_mut()
        .zip(node.children().filter_map(ast::Expr::cast))
    {
        *slot = Some(expr);
    }
    found
}

/// The attribute path of `node` (a binding, `a.b` or `a ? b`) and its first `N`
/// expression children, in one walk over the children.
fn attrpath_and_exprs<const N: usize>(
    node: &rnix::SyntaxNode,
) -> (Option<ast::Attrpath>, [Option<ast::Expr>; N]) {
    let mut attrpath = None;
    let mut exprs: [Option<ast::Expr>; N] = std::array::from_fn(|_| None);
    let mut found = 0;
    for child in node.children() {
        if child.kind() == SyntaxKind::NODE_ATTRPATH {
            if attrpath.is_none() {
                attrpath = ast::Attrpath::cast(child);
            }
        } else if let Some(expr) = ast::Expr::cast(child) {
            if found < N {
                exprs[found] = Some(expr);
                found += 1;
            }
        }
        if attrpath.is_some() && found == N {
            break;
        }
    }
    (attrpath, exprs)
}

/// The kinds of `node`'s own tokens, read from the green tree: walking the tokens through
/// the syntax tree would create and free a cursor for each.
fn token_kinds(node: &rnix::SyntaxNode) -> impl Iterator<Item = SyntaxKind> + '_ {
    node.green()
        .children()
        .filter_map(|child| child.into_token())
        .map(|token| NixLanguage::kind_from_raw(token.kind()))
}

/// The text of the first of `node`'s own tokens of `kind` (as rnix's token accessors such
/// as `ident_token` find it), read from the green tree.
fn token_text(node: &rnix::SyntaxNode, kind: SyntaxKind) -> Option<&str> {
    node.green()
        .children()
        .filter_map(|child| child.into_token())
        .find(|token| NixLanguage::kind_from_raw(token.kind()) == kind)
        .map(|token| token.text())
}

fn unparen(mut expr: ast::Expr) -> ast::Expr {
    while let ast::Expr::Paren(paren) = &expr {
        match paren.expr() {
            Some(inner) => expr = inner,
            None => break,
        }
    }
    expr
}

/// Merges `from` into `into` as Nix merges `a = { x = 1; }; a = { y = 2; };`: an
/// attribute both define as a set (`a = { b.c = 1; }; a = { b = { d = 2; }; };`) is
/// merged the same way, as the parser of current Nix does (NixOS/nix#11294), and
/// any other is defined twice. `into`'s `rec` holds for the whole, as in Nix.
fn merge_sets(into: &mut PendingSet, from: PendingSet, clashes: &mut Vec<(Name, Span, Span)>) {
    let offset = into.inherit_sources.len();
    into.inherit_sources.extend(from.inherit_sources);
    for (name, mut entry) in from.entries {
        if let PendingValue::InheritFrom { source, .. } = &mut entry.value {
            *source += offset;
        }
        let Some(existing) = into.entries.get_mut(&name) else {
            into.entries.push(name, entry);
            continue;
        };
        match (&mut existing.value, entry.value) {
            (PendingValue::Nested(nested), PendingValue::Nested(more)) => {
                merge_sets(nested, more, clashes);
            }
            _ => clashes.push((name, entry.key_span, existing.key_span)),
        }
    }
    into.dynamic.extend(from.dynamic);
}

/// Adds the literal content of a string token to `pieces`, as Nix's lexer splits it.
fn push_content(token: &rnix::SyntaxToken, indented: bool, pieces: &mut Vec<Piece>) {
    if token.kind() != SyntaxKind::TOKEN_STRING_CONTENT {
        return;
    }
    if indented {
        split_indented(token.text(), pieces);
    } else {
        pieces.push(Piece::Escaped(unescape_plain(token.text())));
    }
}

/// The text of a string without interpolations, or None.
fn static_string(string: &ast::Str) -> Option<String> {
    let mut text = String::new();
    let indented = is_indented(string);
    if !indented {
        for child in string.syntax().green().children() {
            match child {
                rowan::NodeOrToken::Token(token) => {
                    if NixLanguage::kind_from_raw(token.kind()) == SyntaxKind::TOKEN_STRING_CONTENT
                    {
                        unescape_plain_into(token.text(), &mut text);
                    }
                }
                rowan::NodeOrToken::Node(_) => return None,
            }
        }
        return Some(text);
    }
    let mut pieces = Vec::new();
    for child in string.syntax().children_with_tokens() {
        match child {
            rowan::NodeOrToken::Token(token) => push_content(&token, indented, &mut pieces),
            rowan::NodeOrToken::Node(_) => return None,
        }
    }
    if indented {
        strip_indentation(&mut pieces);
    }
    for piece in pieces {
        match piece {
            Piece::Raw(t) | Piece::Escaped(t) => text.push_str(&t),
            Piece::Interpolation(_) => return None,
        }
    }
    Some(text)
}

/// A piece of string content as Nix's lexer sees it: raw text subject to indentation
/// stripping, an escape, or an interpolation.
enum Piece {
    Raw(String),
    Escaped(String),
    Interpolation(ExprId),
}

/// Whether the float literal `text`, read as `value`, is one Nix takes: its lexer refuses
/// what `strtod` reports out of range, a literal too large for a double and one too small
/// for a normal double (`5.0e-324`, `1.0e-400`), rather than reading it as infinity, a
/// denormal or zero.
fn float_in_range(text: &str, value: f64) -> bool {
    if value.is_infinite() {
        return false;
    }
    if value == 0.0 {
        let mantissa = text.split(['e', 'E']).next().unwrap_or(text);
        return !mantissa.bytes().any(|b| matches!(b, b'1'..=b'9'));
    }
    value.abs() >= f64::MIN_POSITIVE
}

fn unescape_plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    unescape_plain_into(text, &mut out);
    out
}

/// Appends `text`, the content of a `"..."` string, to `out` with its escapes resolved.
fn unescape_plain_into(text: &str, out: &mut String) {
    if !text.contains('\\') {
        out.push_str(text);
        return;
    }
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some('t') => out.push('\t'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
}

fn split_indented(text: &str, pieces: &mut Vec<Piece>) {
    let mut raw = String::new();
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("''$") {
            flush(&mut raw, pieces);
            pieces.push(Piece::Escaped("$".to_owned()));
            rest = after;
        } else if let Some(after) = rest.strip_prefix("'''") {
            flush(&mut raw, pieces);
            pieces.push(Piece::Escaped("''".to_owned()));
            rest = after;
        } else if let Some(after) = rest.strip_prefix("''\\") {
            flush(&mut raw, pieces);
            let mut chars = after.chars();
            let escaped = match chars.next() {
                Some('n') => "\n".to_owned(),
                Some('r') => "\r".to_owned(),
                Some('t') => "\t".to_owned(),
                Some(other) => other.to_string(),
                None => String::new(),
            };
            pieces.push(Piece::Escaped(escaped));
            rest = chars.as_str();
        } else {
            let mut chars = rest.chars();
            if let Some(c) = chars.next() {
                raw.push(c);
            }
            rest = chars.as_str();
        }
    }
    flush(&mut raw, pieces);
}

fn flush(raw: &mut String, pieces: &mut Vec<Piece>) {
    if !raw.is_empty() {
        pieces.push(Piece::Raw(std::mem::take(raw)));
    }
}

/// Nix's `stripIndentation`: drops the first line when it holds only spaces, removes the
/// smallest indentation of all non-blank lines, and drops a final line of spaces.
fn strip_indentation(pieces: &mut Vec<Piece>) {
    if let Some(Piece::Raw(first)) = pieces.first_mut() {
        if let Some(newline) = first.find('\n') {
            if first[..newline].bytes().all(|b| b == b' ') {
                first.drain(..=newline);
            }
        }
    }
    let mut at_start = true;
    let mut indent = 0usize;
    let mut min_indent = usize::MAX;
    for piece in pieces.iter() {
        match piece {
            Piece::Raw(text) => {
                for c in text.bytes() {
                    if at_start {
                        if c == b' ' {
                            indent += 1;
                        } else if c == b'\n' {
                            indent = 0;
                        } else {
                            at_start = false;
                            min_indent = min_indent.min(indent);
                        }
                    } else if c == b'\n' {
                        at_start = true;
                        indent = 0;
                    }
                }
            }
            _ => {
                if at_start {
                    at_start = false;
                    min_indent = min_indent.min(indent);
                }
            }
        }
    }
    let mut at_start = true;
    let mut dropped = 0usize;
    let count = pieces.len();
    for (index, piece) in pieces.iter_mut().enumerate() {
        let text = match piece {
            Piece::Raw(text) | Piece::Escaped(text) => text,
            Piece::Interpolation(_) => {
                at_start = false;
                dropped = 0;
                continue;
            }
        };
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if at_start {
                if c == ' ' {
                    if dropped >= min_indent {
                        out.push(c);
                    }
                    dropped += 1;
                } else if c == '\n' {
                    dropped = 0;
                    out.push(c);
                } else {
                    at_start = false;
                    dropped = 0;
                    out.push(c);
                }
            } else {
                out.push(c);
                if c == '\n' {
                    at_start = true;
                }
            }
        }
        if index + 1 == count {
            if let Some(newline) = out.rfind('\n') {
                if out[newline + 1..].bytes().all(|b| b == b' ') {
                    out.truncate(newline + 1);
                }
            }
        }
        *text = out;
    }
    pieces.retain(|piece| !matches!(piece, Piece::Raw(t) | Piece::Escaped(t) if t.is_empty()));
}
